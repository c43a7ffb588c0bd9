"""The ledger through the bot: readings recorded where they count, /stats from a group's
records with known answers (every number checked), /export (the workbook and CSV read back),
/forgetme and /me, the weekly report's chart. Real updates through
``Application.process_update``; only the transport is replaced."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook
from PIL import Image
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.context import AppContext, AppType
from bot.core.quiz import Question
from bot.offline import Call, Fault, OfflineBotApi
from bot.push.weekly import send_weekly
from bot.updates import User, as_update
from tests import factories
from tests.conftest import started
from tests.test_quiz_handlers import Clock

G, H, EMPTY = -100777, -100888, -100999
ADMIN = 9
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Shanghai


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=SHANGHAI)


def question(n: int) -> Question:
    return Question(
        id=f"ledger-q{n}",
        kind="blank",
        article_key="k",
        question=f"第{n}题：____",
        options=("甲项", "乙项", "丙项", "丁项"),
        correct=0,
        explanation="解析",
    )


class Bot:
    """Drives the app as members would, at chosen times."""

    def __init__(self, app: AppType, api: OfflineBotApi, clock: Clock) -> None:
        self.app, self.api, self.clock = app, api, clock

    async def say(
        self, text: str, chat: int, user: int, name: str, at: datetime | None = None
    ) -> None:
        if at is not None:
            self.clock.now = at
        kind = "private" if chat > 0 else "supergroup"
        data = factories.message_data(text, chat_id=chat, kind=kind, user_id=user)
        data["from"] = User(user, name).data()
        await self.app.process_update(
            Update.de_json({"update_id": 1, "message": data}, self.app.bot)
        )

    async def poll(self, chat: int, n: int, at: datetime) -> str:
        poll_id = f"poll{chat}-{n}"
        await self.app.bot_data.quizzes.record_poll(question(n), poll_id, chat, n, at, "daily")  # type: ignore[union-attr]
        return poll_id

    async def vote(self, poll_id: str, user: int, name: str, option: int, at: datetime) -> None:
        self.clock.now = at
        data = {
            "update_id": 2,
            "poll_answer": {
                "poll_id": poll_id,
                "user": User(user, name).data(),
                "option_ids": [option],
                "option_persistent_ids": [str(option)],
            },
        }
        await self.app.process_update(Update.de_json(data, self.app.bot))

    async def press(self, data: str, sent: dict[str, Any], user: int, name: str) -> None:
        press = factories.UPDATES.callback(data, sent, user=User(user, name))
        await self.app.process_update(as_update(press, self.app.bot))


@pytest.fixture
async def bot(settings: Settings, api: OfflineBotApi) -> AsyncIterator[Bot]:
    app = build_application(settings, request=api)
    clock = Clock(NOW)
    app.bot_data.clock = clock
    api.admins = {G: {ADMIN}, H: {ADMIN}, EMPTY: {ADMIN}}
    api.member_counts = {G: 13}  # twelve members and this bot
    async with started(app):
        yield Bot(app, api, clock)


async def known_records(bot: Bot) -> None:
    """The fixture of known answers (this week began on Monday 23 November in Shanghai)."""
    p1 = await bot.poll(G, 1, local(23, 9))
    await bot.vote(p1, 1, "甲", 0, local(24, 8))
    await bot.vote(p1, 2, "乙", 1, local(24, 9))
    await bot.vote(p1, 3, "丙", 2, local(24, 10))
    p2 = await bot.poll(G, 2, local(24, 9))
    await bot.vote(p2, 1, "甲", 0, local(24, 12))
    await bot.vote(p2, 2, "乙", 3, local(24, 13))
    p3 = await bot.poll(G, 3, local(22, 23))  # Sunday night, last week
    await bot.vote(p3, 4, "丁", 0, local(23, 0, 30))  # Monday 00:30 here, Sunday in UTC
    p0 = await bot.poll(G, 0, local(18, 9))  # last week
    await bot.vote(p0, 5, "戊", 0, local(18, 10))
    ph = await bot.poll(H, 9, local(24, 9))  # another group
    await bot.vote(ph, 1, "甲", 0, local(24, 9, 30))
    await bot.vote(ph, 10, "壬", 1, local(24, 9, 31))
    await bot.say("/read 2", G, 6, "己", local(24, 20))
    await bot.say("/read 2", G, 1, "甲", local(24, 21))
    await bot.say("/read 3", G, 1, "甲", local(24, 22))
    await bot.say("/help", G, 7, "庚", local(24, 23))
    bot.clock.now = NOW


def texts_to(api: OfflineBotApi, chat: int) -> list[str]:
    return [p["text"] for p in api.sent() if p["chat_id"] == chat]


def calls(api: OfflineBotApi, method: str, chat: int) -> list[Call]:
    return [c for c in api.calls if c.method == method and c.params.get("chat_id") == chat]


# -- /stats ------------------------------------------------------------------------------------
async def test_stats_this_week_every_number(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/stats", G, ADMIN, "王")
    report = [t for t in texts_to(bot.api, G) if "学习统计 ·" in t][-1]
    assert "11月23日—11月29日" in report
    assert "参与成员：5 人，占群成员 12 人的 42%" in report
    assert "答题：共 6 题，答对 3 题，正确率 50%" in report
    assert "阅读：2 篇文章，共 3 人次" in report
    assert (
        "最积极：甲（答题 2，正确率 100%，阅读 2 篇）；乙（答题 2，正确率 0%，阅读 0 篇）；"
        "丁（答题 1，正确率 100%，阅读 0 篇）"
    ) in report
    assert "1. 第1题：____（答 3 次，错 2 次）正确答案：甲项" in report
    assert "2. 第2题：____（答 2 次，错 1 次）正确答案：甲项" in report
    assert "本期未参与的成员：3 人（名单只私信给管理员）" in report


async def test_stats_names_the_absent_to_the_admin_alone(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/stats", G, ADMIN, "王")
    group_texts = "\n".join(texts_to(bot.api, G))
    assert "庚" not in group_texts
    [private] = texts_to(bot.api, ADMIN)
    assert "本期未参与的成员（3 人）：庚、戊、王" in private
    assert "共 8 人" in private
    assert "群里另有约 4 人它无从知晓" in private
    assert texts_to(bot.api, G)[-1] == "未参与成员的名单已私信发给您。"


async def test_stats_sends_the_chart_as_a_photo_with_a_one_line_caption(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/stats", G, ADMIN, "王")
    [photo] = calls(bot.api, "sendPhoto", G)
    caption = photo.params["caption"]
    assert "本周参与 5 人，正确率 50%" in caption
    assert "\n" not in caption
    _, png = photo.file()
    assert Image.open(io.BytesIO(png)).size == (960, 540)


async def test_stats_of_a_named_month_and_of_last_week(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/stats 2026-11", G, ADMIN, "王")
    month = [t for t in texts_to(bot.api, G) if "学习统计 ·" in t][-1]
    assert "2026年11月" in month
    assert "参与成员：6 人，占群成员 12 人的 50%" in month
    assert "答题：共 7 题，答对 4 题，正确率 57%" in month
    await bot.say("/stats 上周", G, ADMIN, "王")
    week = [t for t in texts_to(bot.api, G) if "学习统计 ·" in t][-1]
    assert "11月16日—11月22日" in week
    assert "参与成员：1 人" in week
    assert "答题：共 1 题，答对 1 题，正确率 100%" in week


async def test_a_groups_records_never_show_in_another(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/stats", H, ADMIN, "王")
    report = [t for t in texts_to(bot.api, H) if "学习统计 ·" in t][-1]
    assert "答题：共 2 题，答对 1 题，正确率 50%" in report
    assert "己" not in report
    assert "乙" not in report
    [private] = [t for t in texts_to(bot.api, ADMIN) if "未参与" in t]
    assert "庚" not in private
    assert "戊" not in private


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("/stats 2026-13", "没有“2026-13”这个月份。请按 年-月 写，例如 /stats 2026-11。"),
        (
            "/stats 2027-01",
            "2027-01 还没有到，没有记录可看。请写本月或以前的月份，例如 /stats 本月。",
        ),
        (
            "/stats 明天",
            "没看懂“明天”。请写本周、上周、本月、上月或月份，例如 /stats 本月 或 /stats 2026-11。",
        ),
    ],
)
async def test_stats_refuses_months_it_cannot_report(bot: Bot, text: str, reply: str) -> None:
    await bot.say(text, G, ADMIN, "王")
    assert texts_to(bot.api, G)[-1] == reply
    assert calls(bot.api, "sendPhoto", G) == []


async def test_stats_in_a_group_is_for_admins(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/stats", G, 1, "甲")
    assert texts_to(bot.api, G)[-1] == "只有群管理员可以查看学习统计。您的个人成绩请发送 /me。"


async def test_a_group_with_no_records_gets_a_friendly_empty_report(bot: Bot) -> None:
    await bot.say("/stats", EMPTY, ADMIN, "王")
    report = [t for t in texts_to(bot.api, EMPTY) if "学习统计 ·" in t][-1]
    assert "本期还没有学习记录" in report
    assert calls(bot.api, "sendPhoto", EMPTY) == []


async def test_private_stats_offers_the_groups_one_administers(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/help", G, ADMIN, "王")  # the bot lists groups where it has seen the admin
    await bot.say("/stats 本月", ADMIN, ADMIN, "王")
    offer = bot.api.sent()[-1]
    assert offer["text"].startswith("请选择要查看统计的群")
    buttons = [b for row in offer["reply_markup"]["inline_keyboard"] for b in row]
    assert [b["callback_data"] for b in buttons] == [f"stats:{G}:2026-11"]
    assert buttons[0]["text"] == "学习小组"
    sent = [c for c in bot.api.calls if c.method == "sendMessage"][-1].result
    await bot.press(buttons[0]["callback_data"], sent, ADMIN, "王")
    report = [t for t in texts_to(bot.api, ADMIN) if "学习统计 ·" in t][-1]
    assert "参与成员：6 人" in report
    assert "本期未参与的成员（2 人）：庚、王" in report
    assert len(calls(bot.api, "sendPhoto", ADMIN)) == 1


async def test_private_stats_for_a_chat_one_does_not_administer(bot: Bot) -> None:
    await known_records(bot)
    await bot.say(f"/stats {G}", 1, 1, "甲")
    assert texts_to(bot.api, 1)[-1].startswith("您不是这个群的管理员")
    await bot.say("/stats 100777", 1, 1, "甲")
    assert "不是群的 id" in texts_to(bot.api, 1)[-1]
    await bot.say("/stats", 1, 1, "甲")
    assert texts_to(bot.api, 1)[-1].startswith("没有找到您管理的、已有学习记录的群")


async def test_a_forged_stats_button_is_checked_again(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/help", 1, 1, "甲")
    sent = [c for c in bot.api.calls if c.method == "sendMessage"][-1].result
    await bot.press(f"stats:{G}:2026-11", sent, 1, "甲")
    assert bot.api.sent("answerCallbackQuery")[-1]["show_alert"] is True
    assert [t for t in texts_to(bot.api, 1) if "学习统计 ·" in t] == []


async def test_names_cannot_reach_an_admin_who_never_opened_a_private_chat(bot: Bot) -> None:
    await known_records(bot)
    bot.api.faults[("sendMessage", ADMIN)] = [Fault.forbidden()]
    await bot.say("/stats", G, ADMIN, "王")
    reply = bot.api.sent()[-1]
    assert reply["text"].startswith("未参与成员的名单只私信给管理员")
    assert "?start=stats" in reply["reply_markup"]["inline_keyboard"][0][0]["url"]


# -- readings ----------------------------------------------------------------------------------
async def readings(bot: Bot, chat: int) -> list[tuple[int, str, int]]:
    records = bot.app.bot_data.ledger.records  # type: ignore[union-attr]
    span = (NOW - timedelta(days=30), NOW + timedelta(days=1))
    return [(r.user_id, r.via, r.page) for r in await records.readings_between(chat, span)]


async def test_reading_from_a_groups_excerpt_link_counts_for_that_group(bot: Bot) -> None:
    await bot.say(f"/start a1_2_c{G}", 8, 8, "辛")  # 「阅读全文」 under G's daily excerpt
    opened = [c for c in bot.api.calls if c.method == "sendMessage"][-1].result
    await bot.press("read:1:2", opened, 8, "辛")  # paging on in the private chat
    assert await readings(bot, G) == [(8, "link", 1), (8, "page", 2)]
    assert await readings(bot, 8) == []


async def test_a_copied_link_does_not_count_for_a_group_one_is_not_in(bot: Bot) -> None:
    bot.api.outsiders = {G: {11}}
    await bot.say(f"/start a1_2_c{G}", 11, 11, "外")
    opened = [c for c in bot.api.calls if c.method == "sendMessage"][-1].result
    await bot.press("read:1:2", opened, 11, "外")
    assert await readings(bot, G) == []
    assert await readings(bot, 11) == [(11, "link", 1), (11, "page", 2)]


async def test_read_search_buttons_and_paging_are_recorded(bot: Bot) -> None:
    await bot.say("/read 1", 12, 12, "癸")
    opened = [c for c in bot.api.calls if c.method == "sendMessage"][-1].result
    await bot.press("read:1:2", opened, 12, "癸")
    await bot.say("/search 双昌产业园", 12, 12, "癸")
    results = [c for c in bot.api.calls if c.method == "sendMessage"][-1]
    button = results.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await bot.press(button, results.result, 12, "癸")
    assert await readings(bot, 12) == [(12, "read", 1), (12, "page", 2), (12, "open", 2)]


async def test_paging_a_message_in_a_group_counts_for_the_group(bot: Bot) -> None:
    await bot.say("/read 1", G, 6, "己")
    opened = [c for c in bot.api.calls if c.method == "sendMessage"][-1].result
    await bot.press("read:1:2", opened, 7, "庚")  # another member turns the page
    assert await readings(bot, G) == [(6, "read", 1), (7, "page", 2)]


async def test_the_daily_excerpt_link_names_the_group(bot: Bot) -> None:
    bot.api.admins[G].add(ADMIN)
    await bot.say("/subscribe", G, ADMIN, "王")
    await bot.say("/today", G, ADMIN, "王")
    [excerpt] = [p for p in bot.api.sent() if "每日摘编" in p["text"]]
    url = excerpt["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert url.endswith(f"_c{G}")


# -- /export -----------------------------------------------------------------------------------
def album(api: OfflineBotApi, chat: int) -> Call:
    [call] = calls(api, "sendMediaGroup", chat)
    return call


async def test_export_sends_the_workbook_and_csv_to_the_admin_privately(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/export 2026-11", G, ADMIN, "王")
    assert texts_to(bot.api, G)[-1] == "学习台账已私信发给您。"
    sent = album(bot.api, ADMIN)
    names = [name for name, _ in sent.files.values()]
    assert names == [
        "学习台账_2026-11.xlsx",
        "学习台账_2026-11_成员按周.csv",
        "学习台账_2026-11_答题明细.csv",
        "学习台账_2026-11_阅读明细.csv",
    ]
    assert "学习小组 · 2026年11月 学习台账" in sent.params["media"][-1]["caption"]
    assert calls(bot.api, "sendMediaGroup", G) == []


async def test_export_workbook_read_back_cell_by_cell(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/export 2026-11", G, ADMIN, "王")
    _, data = album(bot.api, ADMIN).file(0)
    book = load_workbook(io.BytesIO(data))
    answers = list(book["答题明细"].iter_rows(values_only=True))
    assert answers[0][0] == "时间（北京时间）"

    def row(day: int, hour: int, minute: int, who: str, uid: int, n: int, chosen: str) -> tuple:
        right = "正确" if chosen == "甲项" else "错误"
        at = datetime(2026, 11, day, hour, minute)
        return (at, who, uid, f"第{n}题：____", chosen, "甲项", right, "每日测验")

    assert answers[1:] == [
        row(18, 10, 0, "戊", 5, 0, "甲项"),
        row(23, 0, 30, "丁", 4, 3, "甲项"),
        row(24, 8, 0, "甲", 1, 1, "甲项"),
        row(24, 9, 0, "乙", 2, 1, "乙项"),
        row(24, 10, 0, "丙", 3, 1, "丙项"),
        row(24, 12, 0, "甲", 1, 2, "甲项"),
        row(24, 13, 0, "乙", 2, 2, "丁项"),
    ]
    members = list(book["成员按周"].iter_rows(values_only=True))
    assert members[1:4] == [
        ("甲", 1, 0, 0, 0, 0, 2, 0, 2, 2, 1, 2, "是"),
        ("乙", 2, 0, 0, 0, 0, 2, 0, 2, 0, 0, 0, "是"),
        ("丁", 4, 0, 0, 0, 0, 1, 0, 1, 1, 1, 0, "是"),
    ]
    assert [row[0] for row in members[4:]] == ["丙", "戊", "己", "庚", "王"]
    readings = list(book["阅读明细"].iter_rows(values_only=True))
    assert [(r[1], r[3], r[6]) for r in readings[1:]] == [
        ("己", 2, "/read 命令"),
        ("甲", 2, "/read 命令"),
        ("甲", 3, "/read 命令"),
    ]
    assert book["阅读明细"].freeze_panes == "A2"


async def test_export_csv_read_back(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/export 2026-11", G, ADMIN, "王")
    name, data = album(bot.api, ADMIN).file(2)
    assert name.endswith("答题明细.csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 8
    assert rows[2] == [
        "2026-11-23 00:30",
        "丁",
        "4",
        "第3题：____",
        "甲项",
        "甲项",
        "正确",
        "每日测验",
    ]


async def test_export_by_a_member_who_is_not_an_admin(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/export", G, 1, "甲")
    assert texts_to(bot.api, G)[-1] == "只有群管理员可以导出学习台账。请联系管理员操作。"
    assert bot.api.sent("sendMediaGroup") == []


async def test_export_of_an_empty_month_is_a_friendly_answer_not_an_empty_file(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/export 2026-10", G, ADMIN, "王")
    assert texts_to(bot.api, G)[-1].startswith("学习小组 在 2026年10月 还没有学习记录")
    assert bot.api.sent("sendMediaGroup") == []


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("/export 2026-13", "没有“2026-13”这个月份"),
        ("/export 2030-01", "2030-01 还没有到"),
        ("/export 本周", "没看懂“本周”。请按 年-月 写月份"),
    ],
)
async def test_export_refuses_months_it_cannot_export(bot: Bot, text: str, start: str) -> None:
    await bot.say(text, G, ADMIN, "王")
    assert texts_to(bot.api, G)[-1].startswith(start)


async def test_export_to_an_admin_the_bot_cannot_write_to(bot: Bot) -> None:
    await known_records(bot)
    bot.api.faults[("sendMediaGroup", ADMIN)] = [Fault.forbidden()]
    await bot.say("/export", G, ADMIN, "王")
    reply = bot.api.sent()[-1]
    assert reply["text"].startswith("学习台账只私信发给管理员，但我还不能给您发私信")
    assert "?start=export" in reply["reply_markup"]["inline_keyboard"][0][0]["url"]


async def test_private_export_for_a_group_by_id_and_by_button(bot: Bot) -> None:
    await known_records(bot)
    await bot.say(f"/export {G} 2026-11", ADMIN, ADMIN, "王")
    assert len(album(bot.api, ADMIN).files) == 4
    await bot.say(f"/export {G}", 1, 1, "甲")
    assert texts_to(bot.api, 1)[-1].startswith("您不是这个群的管理员")
    await bot.say("/help", G, ADMIN, "王")
    await bot.say("/export", ADMIN, ADMIN, "王")
    offer = bot.api.sent()[-1]
    assert offer["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == f"export:{G}:2026-11"


# -- privacy -----------------------------------------------------------------------------------
async def test_me_says_what_is_kept(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/me", 1, 1, "甲")
    assert "答题 3 条、阅读 2 条，涉及 2 个群" in texts_to(bot.api, 1)[-1]


async def test_forgetme_deletes_a_members_records_everywhere_after_confirmation(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/forgetme", 1, 1, "甲")
    confirm = [c for c in bot.api.calls if c.method == "sendMessage"][-1]
    assert "答题 3 条、阅读 2 条" in confirm.params["text"]
    assert "2 个群" in confirm.params["text"]
    yes = confirm.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await bot.press(yes, confirm.result, 1, "甲")
    assert bot.api.sent("editMessageText")[-1]["text"].startswith(
        "✅ 已删除您的全部学习记录（答题 3 条、阅读 2 条）"
    )
    kept = await bot.app.bot_data.ledger.records.kept(1)  # type: ignore[union-attr]
    assert not kept.anything
    await bot.say("/stats", G, ADMIN, "王")
    report = [t for t in texts_to(bot.api, G) if "学习统计 ·" in t][-1]
    assert "甲（" not in report
    assert "答题：共 4 题，答对 1 题，正确率 25%" in report


async def test_forgetme_cancelled_or_expired_deletes_nothing(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/forgetme", 1, 1, "甲")
    confirm = [c for c in bot.api.calls if c.method == "sendMessage"][-1]
    yes, no = confirm.params["reply_markup"]["inline_keyboard"][0]
    await bot.press(no["callback_data"], confirm.result, 1, "甲")
    assert bot.api.sent("editMessageText")[-1]["text"] == "已取消，您的记录没有改动。"
    bot.clock.now = NOW + timedelta(hours=1)
    await bot.press(yes["callback_data"], confirm.result, 1, "甲")
    assert bot.api.sent("editMessageText")[-1]["text"].startswith("这个确认已过期")
    kept = await bot.app.bot_data.ledger.records.kept(1)  # type: ignore[union-attr]
    assert kept.answers == 3


async def test_forgetme_in_a_group_points_to_the_private_chat(bot: Bot) -> None:
    await bot.say("/forgetme", G, 1, "甲")
    reply = bot.api.sent()[-1]
    assert reply["text"] == "删除个人记录请私聊我发送 /forgetme。"
    assert "?start=forgetme" in reply["reply_markup"]["inline_keyboard"][0][0]["url"]


# -- the weekly report -------------------------------------------------------------------------
async def test_the_weekly_report_ends_with_the_chart(bot: Bot) -> None:
    await known_records(bot)
    await bot.say("/subscribe", G, ADMIN, "王")
    bot.clock.now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)  # Sunday 20:00 in Shanghai
    assert await send_weekly(AppContext(bot.app, chat_id=None, user_id=None), G)
    last = bot.api.calls[-1]
    assert last.method == "sendPhoto"
    assert "本周参与 5 人，正确率 50%" in last.params["caption"]


async def test_the_private_chat_opened_from_a_groups_button_goes_on_with_the_command(
    bot: Bot,
) -> None:
    await known_records(bot)
    await bot.say("/start forgetme", 1, 1, "甲")
    assert texts_to(bot.api, 1)[-1].startswith("⚠️ 确定要删除您的全部学习记录吗？")
    await bot.say("/start stats", 3, 3, "丙")
    assert texts_to(bot.api, 3)[-1].startswith("没有找到您管理的、已有学习记录的群")
    await bot.say("/start a1", 3, 3, "丙")
    assert "第 1/" in texts_to(bot.api, 3)[-1]  # other payloads still open articles


async def test_a_group_that_becomes_a_supergroup_keeps_its_ledger(bot: Bot) -> None:
    await known_records(bot)
    new = -1009999
    bot.api.admins[new] = {ADMIN}
    bot.api.member_counts[new] = 13
    data = factories.message_data("", chat_id=G, kind="group", migrate_to_chat_id=new)
    await bot.app.process_update(Update.de_json({"update_id": 3, "message": data}, bot.app.bot))
    await bot.say("/stats", new, ADMIN, "王")
    report = [t for t in texts_to(bot.api, new) if "学习统计 ·" in t][-1]
    assert "参与成员：5 人，占群成员 12 人的 42%" in report
    assert "阅读：2 篇文章，共 3 人次" in report
    # 戊, 庚, the admin, and the member whose upgrade the service message reports
    assert "本期未参与的成员：4 人" in report
