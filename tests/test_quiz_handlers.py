"""Quizzes in chat: polls, answers, leaderboards, review schedule (with an injected clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.offline import OfflineBotApi
from bot.updates import User
from tests import factories
from tests.conftest import started


@pytest.fixture
def settings(tmp_path: Path, with_report: Path) -> Settings:
    """The seed page and the 二十大报告: enough questions for a test of several (the seed page
    alone gives few a teacher would set: docs/quiz-review.md)."""
    return Settings(
        token="123456:TEST-TOKEN", db_path=tmp_path / "studybot.db", seeds_dir=with_report
    )


GROUP = -100123
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # a Wednesday, 10:00 in Shanghai


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def answer(
    app: AppType, poll: dict[str, Any], user_id: int, option: int, name: str = "甲"
) -> Update:
    """A member's vote for ``option`` (-1: a retracted vote)."""
    options = [option] if option >= 0 else []
    return factories.poll_answer(app.bot, poll["id"], options, User(user_id, name))


def last_poll(api: OfflineBotApi) -> dict[str, Any]:
    return [c.result["poll"] for c in api.calls if c.method == "sendPoll"][-1]


async def ask(app: AppType, api: OfflineBotApi, text: str = "/quiz", **kw: Any) -> dict[str, Any]:
    await app.process_update(factories.message(app.bot, text, **kw))
    return last_poll(api)


async def test_quiz_sends_a_native_quiz_poll(app: AppType, api: OfflineBotApi) -> None:
    await ask(app, api, chat_id=GROUP, kind="supergroup")
    params = api.sent("sendPoll")[-1]
    assert params["type"] == "quiz"
    assert params["is_anonymous"] is False
    assert len(params["correct_option_ids"]) == 1
    assert 2 <= len(params["options"]) <= 10
    assert params["explanation"]
    assert "open_period" not in params


async def test_quiz_keyword_picks_from_matching_articles(app: AppType, api: OfflineBotApi) -> None:
    for _ in range(3):
        poll = await ask(app, api, "/quiz 年轻干部")
        explanation = api.sent("sendPoll")[-1]["explanation"]
        # the two articles that speak of 年轻干部: the seed page's, and the report's part 十五
        assert (
            "全链条锻造高素质专业化年轻干部队伍" in explanation or "第十五部分" in explanation
        ), poll
    await app.process_update(factories.message(app.bot, "/quiz 围棋"))
    assert "没有找到" in api.sent()[-1]["text"]


async def test_quiz_keyword_prefers_a_question_about_it(app: AppType, api: OfflineBotApi) -> None:
    """The report's part 一 names the 四个意识 among much else; /quiz 四个意识 asks about them."""
    await ask(app, api, "/quiz 四个意识")
    assert "四个意识" in api.sent("sendPoll")[-1]["question"]


async def test_quiz_keyword_finds_its_question_beyond_the_best_match(
    app: AppType, api: OfflineBotApi
) -> None:
    """The best match for 四个面向 is a part of the report without a question on them; the
    question on them comes from part 五, which has one."""
    await ask(app, api, "/quiz 四个面向")
    assert "四个面向" in api.sent("sendPoll")[-1]["question"]


async def test_quiz_says_when_its_question_is_only_from_a_related_article(
    app: AppType, api: OfflineBotApi
) -> None:
    """养老's own article has no question; part 九 (民生), which speaks of 养老 too, has one."""
    await ask(app, api, "/quiz 养老")
    notes = [m["text"] for m in api.sent("sendMessage")]
    assert notes[-1:] == ["还没有直接关于“养老”的测验题，先来一道出自相关文章的题。"]


async def test_quiz_with_one_word_of_the_keyword_is_related_only(
    app: AppType, api: OfflineBotApi
) -> None:
    """No question speaks of the 千万工程; the 四个伟大 (伟大工程) shares only its 工程."""
    await ask(app, api, "/quiz 千万工程")
    notes = [m["text"] for m in api.sent("sendMessage")]
    assert notes[-1:] == ["还没有直接关于“千万工程”的测验题，先来一道出自相关文章的题。"]


async def test_quiz_about_every_word_of_its_keyword_needs_no_note(
    app: AppType, api: OfflineBotApi
) -> None:
    await ask(app, api, "/quiz 年轻 干部")
    assert api.sent("sendMessage") == []


async def test_quiz_about_its_keyword_needs_no_note(app: AppType, api: OfflineBotApi) -> None:
    await ask(app, api, "/quiz 四个意识")
    assert api.sent("sendMessage") == []


async def test_quiz_on_articles_without_questions_says_so(
    app: AppType, api: OfflineBotApi
) -> None:
    # The 养老 article is found, but none of its sentences makes a question good enough.
    await app.process_update(factories.message(app.bot, "/quiz 智慧养老"))
    reply = api.sent()[-1]["text"]
    assert "还没有可用的测验题" in reply
    assert "文章库里还没有" not in reply


async def test_quiz_while_the_bank_is_being_made_asks_to_wait(
    app: AppType, api: OfflineBotApi
) -> None:
    """A new page's questions are being made: not 「还没有可用的测验题」 for what gets some."""
    bank = app.bot_data.bank
    assert bank is not None
    async with bank._lock:  # what a refresh holds while its worker generates
        await app.process_update(factories.message(app.bot, "/quiz 智慧养老"))
    assert "题库正在为新文章出题" in api.sent()[-1]["text"]


async def test_a_chat_gets_questions_it_has_not_seen(app: AppType, api: OfflineBotApi) -> None:
    assert app.bot_data.bank is not None
    count = await app.bot_data.bank.questions.count()
    questions = set()
    for member in range(count):  # several members, so the per-user rate limit stays out of it
        await ask(app, api, chat_id=GROUP, kind="supergroup", user_id=600 + member)
        questions.add(api.sent("sendPoll")[-1]["question"])
    assert len(questions) == count


async def test_answers_are_scored_and_survive_a_restart(
    settings: Settings, api: OfflineBotApi
) -> None:
    app = build_application(settings, request=api)
    async with started(app):
        poll = await ask(app, api, chat_id=GROUP, kind="supergroup")
    right = poll["correct_option_ids"][0]
    restarted = build_application(settings, request=api)
    async with started(restarted):
        await restarted.process_update(answer(restarted, poll, 1, right, "甲"))
        await restarted.process_update(answer(restarted, poll, 2, (right + 1) % 4, "乙"))
        await restarted.process_update(answer(restarted, poll, 3, -1, "丙"))  # retracted
        # (asked by someone else: a member's name is the one they last showed the bot)
        await restarted.process_update(
            factories.message(restarted.bot, "/rank", chat_id=GROUP, kind="supergroup", user_id=9)
        )
        text = api.sent()[-1]["text"]
        assert "1. 甲 — 答对 1 题（共 1 题，正确率 100%）" in text
        assert "2. 乙 — 答对 0 题（共 1 题，正确率 0%）" in text
        assert "丙" not in text
        await restarted.process_update(
            factories.message(restarted.bot, "/me", user_id=2, chat_id=2)
        )
        assert "共答 1 题，答对 0 题" in api.sent()[-1]["text"]


async def test_rank_this_week_and_all_time(app: AppType, api: OfflineBotApi) -> None:
    clock = Clock(NOW - timedelta(days=10))
    app.bot_data.clock = clock
    old = await ask(app, api, chat_id=GROUP, kind="supergroup")
    await app.process_update(answer(app, old, 7, old["correct_option_ids"][0], "老张"))
    clock.now = NOW
    new = await ask(app, api, chat_id=GROUP, kind="supergroup")
    await app.process_update(answer(app, new, 8, new["correct_option_ids"][0], "小李"))
    await app.process_update(factories.message(app.bot, "/rank", chat_id=GROUP, kind="supergroup"))
    text = api.sent()[-1]["text"]
    week, total = text.split("总榜")
    assert "小李" in week
    assert "老张" not in week
    assert "小李" in total
    assert "老张" in total
    await app.process_update(factories.message(app.bot, "/rank"))
    assert "/me" in api.sent()[-1]["text"]


async def test_streak_counts_consecutive_days(app: AppType, api: OfflineBotApi) -> None:
    clock = Clock(NOW - timedelta(days=2))
    app.bot_data.clock = clock
    for _ in range(3):
        poll = await ask(app, api)
        await app.process_update(answer(app, poll, 501, poll["correct_option_ids"][0]))
        clock.now += timedelta(days=1)
    clock.now = NOW
    await app.process_update(factories.message(app.bot, "/me"))
    assert "连续答题 3 天" in api.sent()[-1]["text"]
    clock.now = NOW + timedelta(days=2)
    await app.process_update(factories.message(app.bot, "/me"))
    assert "连续答题 0 天" in api.sent()[-1]["text"]


async def test_quiztimer_is_for_admins_and_sets_open_period(
    app: AppType, api: OfflineBotApi
) -> None:
    group: dict[str, Any] = {"chat_id": GROUP, "kind": "supergroup"}
    await app.process_update(factories.message(app.bot, "/quiztimer 30", user_id=9, **group))
    assert "只有群管理员" in api.sent()[-1]["text"]
    api.admins[GROUP] = {9}
    app.bot_data.admin_cache.clear()
    for bad in ("/quiztimer 3", "/quiztimer 601", "/quiztimer abc", "/quiztimer"):
        await app.process_update(factories.message(app.bot, bad, user_id=9, **group))
        assert "例如 /quiztimer 30" in api.sent()[-1]["text"]
    await app.process_update(factories.message(app.bot, "/quiztimer 30", user_id=9, **group))
    assert "30 秒" in api.sent()[-1]["text"]
    await ask(app, api, **group)
    assert api.sent("sendPoll")[-1]["open_period"] == 30
    await app.process_update(factories.message(app.bot, "/quiztimer off", user_id=9, **group))
    await ask(app, api, **group)
    assert "open_period" not in api.sent("sendPoll")[-1]


async def test_anonymous_admins_may_set_the_timer(app: AppType, api: OfflineBotApi) -> None:
    sender = {"id": GROUP, "type": "supergroup", "title": "学习小组"}
    update = factories.message(
        app.bot,
        "/quiztimer 60",
        chat_id=GROUP,
        kind="supergroup",
        user_id=1087968824,
        sender_chat=sender,
    )
    await app.process_update(update)
    assert "60 秒" in api.sent()[-1]["text"]


async def test_review_reasks_wrong_answers_on_a_schedule(app: AppType, api: OfflineBotApi) -> None:
    clock = Clock(NOW)
    app.bot_data.clock = clock
    await app.process_update(factories.message(app.bot, "/review"))
    assert "还没有答错" in api.sent()[-1]["text"]

    poll = await ask(app, api)
    right = poll["correct_option_ids"][0]
    await app.process_update(answer(app, poll, 501, (right + 1) % len(poll["options"])))
    question = poll["question"]

    async def review_once(correct: bool) -> str:
        before = len(api.sent("sendPoll"))
        await app.process_update(factories.message(app.bot, "/review"))
        if len(api.sent("sendPoll")) == before:
            return str(api.sent()[-1]["text"])
        asked = last_poll(api)
        assert asked["question"] == question
        pick = asked["correct_option_ids"][0]
        await app.process_update(answer(app, asked, 501, pick if correct else (pick + 1) % 4))
        return "asked"

    assert await review_once(correct=True) == "asked"
    assert "下一次复习时间" in await review_once(correct=True)  # due again in 1 day
    clock.now += timedelta(days=1)
    assert await review_once(correct=False) == "asked"  # missed again: comes back sooner
    assert "下一次复习" in await review_once(correct=True)
    clock.now += timedelta(minutes=11)
    assert await review_once(correct=True) == "asked"
    for days in (1, 3, 7):
        assert "下一次复习" in await review_once(correct=True)
        clock.now += timedelta(days=days)
        assert await review_once(correct=True) == "asked"
    assert "还没有答错" in await review_once(correct=True)  # learnt: it is retired


async def test_review_in_a_group_points_to_the_private_chat(
    app: AppType, api: OfflineBotApi
) -> None:
    await app.process_update(
        factories.message(app.bot, "/review", chat_id=GROUP, kind="supergroup")
    )
    sent = api.sent()[-1]
    assert "私聊" in sent["text"]
    assert sent["reply_markup"]["inline_keyboard"][0][0]["url"].endswith("?start=review")


async def test_an_answer_early_on_monday_counts_for_the_week(
    app: AppType, api: OfflineBotApi
) -> None:
    # Monday 2026-11-30, 07:00 in Beijing: still Sunday in UTC.
    app.bot_data.clock = Clock(datetime(2026, 11, 29, 23, 0, tzinfo=UTC))
    poll = await ask(app, api, chat_id=GROUP, kind="supergroup")
    await app.process_update(answer(app, poll, 8, poll["correct_option_ids"][0], "小李"))
    await app.process_update(factories.message(app.bot, "/rank", chat_id=GROUP, kind="supergroup"))
    week = api.sent()[-1]["text"].split("总榜")[0]
    assert "小李" in week
