"""Subscriptions and the daily push: commands, exactly-once delivery, restarts, failures,
zones, migrations, the weekly report. Job callbacks run directly with an injected clock; one
test lets the real JobQueue fire a job scheduled a second ahead."""

from __future__ import annotations

import asyncio
import dataclasses
import re
import time as clock
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core.pages import Paragraph
from bot.core.schedule import excerpt, is_due, next_delivery, parse_time, parse_zone
from bot.offline import Call, Fault, OfflineBotApi
from bot.push.delivery import deliver
from bot.push.weekly import send_weekly
from bot.updates import Chat, User, as_update
from handlers.push import PLAN
from tests import factories
from tests.conftest import started
from tests.test_quiz_handlers import Clock, answer

GROUP, OTHER, THIRD = -1001, -1002, -1003
# 00:30 UTC: 08:30 in Shanghai, 01:30 in Berlin, 19:30 the day before in New York.
NOW = datetime(2026, 11, 25, 0, 30, tzinfo=UTC)


async def no_sleep(seconds: float) -> None:
    return None


@pytest.fixture
async def push_app(settings: Settings, api: OfflineBotApi) -> AsyncIterator[AppType]:
    application = build_application(settings, request=api)
    application.bot_data.clock = Clock(NOW)
    application.bot_data.sleep = no_sleep
    async with started(application):
        yield application


def group(text: str, chat_id: int = GROUP, user_id: int = 9, **extra: Any) -> dict[str, Any]:
    return {"text": text, "chat_id": chat_id, "kind": "supergroup", "user_id": user_id, **extra}


async def say(app: AppType, text: str, chat_id: int = GROUP, user_id: int = 9, **kw: Any) -> None:
    kind = "private" if chat_id > 0 else "supergroup"
    await app.process_update(
        factories.message(app.bot, text, chat_id=chat_id, kind=kind, user_id=user_id, **kw)
    )


async def subscribe(app: AppType, api: OfflineBotApi, chat_id: int, at: str = "08:00") -> None:
    api.admins.setdefault(chat_id, set()).add(9)
    await say(app, f"/subscribe {at}", chat_id)
    assert "已订阅" in api.sent()[-1]["text"], api.sent()[-1]["text"]


def pushes(api: OfflineBotApi, chat_id: int) -> tuple[list[Call], list[Call]]:
    excerpts = [
        c
        for c in api.calls
        if c.method == "sendMessage"
        and c.params["chat_id"] == chat_id
        and "每日摘编" in c.params["text"]
    ]
    polls = [c for c in api.calls if c.method == "sendPoll" and c.params["chat_id"] == chat_id]
    return excerpts, polls


# -- the pure schedule ----------------------------------------------------------------------
def test_times_and_zones_parse_strictly() -> None:
    assert parse_time("08:00") == time(8)
    assert parse_time("８：３０") == time(8, 30)
    assert parse_time("7:05") == time(7, 5)
    for bad in ("25:00", "8点", "08:60", "", "0800", "8:00pm"):
        assert parse_time(bad) is None, bad
    zone = parse_zone("asia/shanghai")
    assert zone is not None
    assert zone.key == "Asia/Shanghai"
    for bad in ("Mars/Olympus", "CST", "", "../etc/passwd"):
        assert parse_zone(bad) is None, bad


def test_daylight_saving_keeps_the_wall_clock() -> None:
    berlin = parse_zone("Europe/Berlin")
    assert berlin is not None
    before = next_delivery(datetime(2026, 3, 27, 12, tzinfo=UTC), time(8), berlin, False)
    after = next_delivery(datetime(2026, 3, 29, 12, tzinfo=UTC), time(8), berlin, False)
    assert before.astimezone(berlin).hour == after.astimezone(berlin).hour == 8
    assert before.utcoffset() != after.utcoffset()


def test_due_only_after_the_time_and_once() -> None:
    zone = parse_zone("Asia/Shanghai")
    assert zone is not None
    assert is_due(NOW, time(8), zone, delivered_today=False)
    assert not is_due(NOW, time(9), zone, delivered_today=False)
    assert not is_due(NOW, time(8), zone, delivered_today=True)


def text(*paragraphs: str | tuple[str, str]) -> list[Paragraph]:
    """Paragraphs of text, or (role, text) for a heading, a caption or a note."""
    return [
        Paragraph("", p, 0) if isinstance(p, str) else Paragraph("", p[1], 0, p[0])
        for p in paragraphs
    ]


def test_excerpts_stay_within_1000_characters() -> None:
    paragraphs = text("短段。" * 10, "也很短。" * 10, "长" * 3000)
    text_, used = excerpt(paragraphs, 1)
    assert used == 2
    assert "\n" in text_
    text_, used = excerpt(paragraphs, 3)
    assert used == 1
    assert len(text_) <= 1000


def test_an_excerpt_does_not_end_with_the_next_section_s_heading() -> None:
    """Review pages' excerpts: one in six had ended with the heading under it."""
    paragraphs = text(
        "形成合力，避免“各管一段、各扫门前雪”。" * 5, ("heading", "让生态优势转化为发展优势")
    )
    assert excerpt(paragraphs, 1)[1] == 1


def test_an_excerpt_does_not_end_with_a_caption() -> None:
    paragraphs = text("短段。" * 30, ("caption", "图为村民在合作社分拣茶叶。记者　李想　摄"))
    assert excerpt(paragraphs, 1)[1] == 1


# -- commands -------------------------------------------------------------------------------
async def test_subscribe_is_for_admins_and_states_the_next_delivery(
    push_app: AppType, api: OfflineBotApi
) -> None:
    await say(push_app, "/subscribe", user_id=55)
    assert "只有群管理员" in api.sent()[-1]["text"]
    api.admins[GROUP] = {9}
    await say(push_app, "/subscribe")
    text = api.sent()[-1]["text"]
    assert "每天 08:00（北京时间）" in text
    assert "11月26日 08:00" in text
    await say(push_app, "/status", user_id=55)
    assert "已订阅" in api.sent()[-1]["text"]


async def test_the_admin_cache_stays_bounded(push_app: AppType, api: OfflineBotApi) -> None:
    from bot.chat.admins import ADMIN_CACHE_SIZE, ADMIN_TTL

    cache = push_app.bot_data.admin_cache
    long_ago = clock.monotonic() - ADMIN_TTL - 1
    cache.update({(-1, user): (True, long_ago) for user in range(ADMIN_CACHE_SIZE)})
    api.admins[GROUP] = {9}
    await say(push_app, "/subscribe")
    assert "每天 08:00" in api.sent()[-1]["text"]
    assert list(cache) == [(GROUP, 9)]  # the expired answers were dropped, not kept forever


async def test_private_users_subscribe_themselves(push_app: AppType, api: OfflineBotApi) -> None:
    await say(push_app, "/subscribe 09:30", chat_id=501, user_id=501)
    assert "每天 09:30" in api.sent()[-1]["text"]
    assert "getChatMember" not in api.methods()


async def test_bad_values_get_an_example(push_app: AppType, api: OfflineBotApi) -> None:
    api.admins[GROUP] = {9}
    await say(push_app, "/settime 08:00")
    assert "/subscribe" in api.sent()[-1]["text"]  # not subscribed yet: says how
    for command in ("/subscribe 25:00", "/subscribe 8点"):
        await say(push_app, command)
        assert "例如 /subscribe 08:00" in api.sent()[-1]["text"]
    await subscribe(push_app, api, GROUP)
    for command, hint in (
        ("/settime 8点", "例如 /settime 08:00"),
        ("/settime", "例如 /settime 08:00"),
        ("/settz Mars/Base", "例如 /settz Asia/Shanghai"),
        ("/weekly maybe", "/weekly on"),
    ):
        await say(push_app, command)
        assert hint in api.sent()[-1]["text"], command


async def test_settime_and_settz_take_effect_at_once(
    push_app: AppType, api: OfflineBotApi
) -> None:
    await subscribe(push_app, api, GROUP)
    subs = push_app.bot_data.subscriptions
    assert push_app.job_queue is not None
    assert subs is not None
    assert await subs.in_slot("08:00", "Asia/Shanghai") == [GROUP]
    await say(push_app, "/settz Europe/Berlin")
    await say(push_app, "/settime 19:30")
    assert "每天 19:30（柏林时间）" in api.sent()[-1]["text"]
    assert await subs.in_slot("08:00", "Asia/Shanghai") == []
    assert await subs.in_slot("19:30", "Europe/Berlin") == [GROUP]
    [job] = push_app.job_queue.get_jobs_by_name("push:Europe/Berlin@19:30")
    trigger = job.job.trigger
    assert str(trigger.timezone) == "Europe/Berlin"
    assert "hour='19'" in str(trigger)
    assert "minute='30'" in str(trigger)
    assert job.data == ("19:30", "Europe/Berlin")


async def test_one_job_per_slot_however_many_chats(push_app: AppType, api: OfflineBotApi) -> None:
    for chat in (GROUP, OTHER, THIRD):
        await subscribe(push_app, api, chat)
    await say(push_app, "/settime 07:15", THIRD)
    await PLAN.start(push_app)
    assert push_app.job_queue is not None
    names = sorted(j.name or "" for j in push_app.job_queue.jobs() if j.name)
    names = [name for name in names if name.startswith("push:")]
    assert names == ["push:Asia/Shanghai@07:15", "push:Asia/Shanghai@08:00"]
    weekly = [j.name for j in push_app.job_queue.jobs() if (j.name or "").startswith("weekly:")]
    assert weekly == ["weekly:Asia/Shanghai"]


# -- delivery -------------------------------------------------------------------------------
async def test_each_chat_gets_its_item_once_a_day(push_app: AppType, api: OfflineBotApi) -> None:
    await subscribe(push_app, api, GROUP)
    context = _context(push_app)
    assert await deliver(context, GROUP) == "sent"
    assert await deliver(context, GROUP) == "already"
    await say(push_app, "/today")
    assert "已经推送过了" in api.sent()[-1]["text"]
    excerpts, polls = pushes(api, GROUP)
    assert len(excerpts) == 1
    assert len(polls) == 1
    assert len(excerpts[0].params["text"]) <= 1100
    button = excerpts[0].params["reply_markup"]["inline_keyboard"][0][0]
    assert button["text"] == "阅读全文"
    # the first excerpt is the first paragraph the bank has a question about, and the quiz
    # asks about it: its sentence is in the excerpt
    assert re.search(r"\?start=a1_\d+", button["url"])
    assert "《奋力书写中国式现代化重庆篇章荣昌实践》" in polls[0].params["explanation"]
    asked = polls[0].params["explanation"].split("\n——")[0].rstrip("…")
    assert asked[-20:] in excerpts[0].params["text"]  # the sentence's end (whatever the kind)


async def test_paid_broadcast_is_asked_for_only_when_configured(
    settings: Settings, api: OfflineBotApi
) -> None:
    for paid in (False, True):
        app = build_application(dataclasses.replace(settings, paid_broadcast=paid), request=api)
        app.bot_data.clock = Clock(NOW)
        chat = GROUP - int(paid)  # each group's first item: an excerpt with its question
        async with started(app):
            await subscribe(app, api, chat)
            assert await deliver(_context(app), chat) == "sent"
        excerpts, polls = pushes(api, chat)
        assert excerpts[-1].params.get("allow_paid_broadcast") is (True if paid else None)
        assert polls[-1].params.get("allow_paid_broadcast") is (True if paid else None)


async def test_two_deliveries_to_one_chat_at_once_send_once(
    push_app: AppType, api: OfflineBotApi
) -> None:
    # The slot job and an admin's /today at the same moment.
    await subscribe(push_app, api, GROUP)
    outcomes = await asyncio.gather(
        deliver(_context(push_app), GROUP), deliver(_context(push_app), GROUP)
    )
    assert sorted(outcomes) == ["busy", "sent"]
    excerpts, polls = pushes(api, GROUP)
    assert len(excerpts) == 1
    assert len(polls) == 1
    assert await deliver(_context(push_app), GROUP) == "already"


async def test_chats_walk_through_the_corpus_without_repeats(
    push_app: AppType, api: OfflineBotApi
) -> None:
    await subscribe(push_app, api, GROUP)
    context = _context(push_app)
    clock: Clock = push_app.bot_data.clock  # type: ignore[assignment]
    seen = []
    for _ in range(30):
        assert await deliver(context, GROUP) == "sent"
        seen.append(pushes(api, GROUP)[0][-1].params["text"])
        clock.now += timedelta(days=1)
    delivered = await push_app.bot_data.deliveries.sent_units(GROUP)  # type: ignore[union-attr]
    assert delivered[0] == 1  # every paragraph was sent once: a second cycle began
    # Without the dated header, nor the note on where the day's question is from (the
    # excerpt's own question may have been asked too recently the second time).
    excerpts = [text.split("\n", 1)[1].split("\n\n📝")[0] for text in seen]
    restart = excerpts.index(excerpts[0], 1)  # the second cycle starts where the first did
    assert len(set(excerpts[:restart])) == restart  # no excerpt twice within a cycle


async def test_a_slot_job_serves_its_chats_and_a_weekly_job_its_zone(
    push_app: AppType, api: OfflineBotApi
) -> None:
    from bot.context import AppContext
    from handlers.push import slot_job, weekly_job

    for chat in (GROUP, OTHER, THIRD):
        await subscribe(push_app, api, chat)
    await say(push_app, "/settime 07:15", THIRD)
    assert push_app.job_queue is not None
    [job] = push_app.job_queue.get_jobs_by_name("push:Asia/Shanghai@08:00")
    await slot_job(AppContext.from_job(job, push_app))  # what the JobQueue runs at 08:00
    assert [len(pushes(api, chat)[0]) for chat in (GROUP, OTHER, THIRD)] == [1, 1, 0]
    [weekly] = push_app.job_queue.get_jobs_by_name("weekly:Asia/Shanghai")
    await weekly_job(AppContext.from_job(weekly, push_app))
    reports = [p["chat_id"] for p in api.sent() if "本周学习" in p["text"]]
    assert sorted(reports) == sorted([GROUP, OTHER, THIRD])


async def test_three_chats_in_three_zones(push_app: AppType, api: OfflineBotApi) -> None:
    await subscribe(push_app, api, GROUP)
    await subscribe(push_app, api, OTHER)
    await subscribe(push_app, api, THIRD)
    await say(push_app, "/settz Europe/Berlin", OTHER)
    await say(push_app, "/settz America/New_York", THIRD)
    await PLAN.start(push_app)  # the catch-up rule decides who is due at 00:30 UTC
    assert push_app.job_queue is not None
    [catchup] = push_app.job_queue.get_jobs_by_name("catchup")
    due: list[int] = catchup.data  # type: ignore[assignment]
    assert set(due) == {GROUP, THIRD}  # Shanghai 08:30 and New York 19:30 are past 08:00
    context = _context(push_app)
    for chat in (GROUP, OTHER, THIRD):
        await deliver(context, chat)
    ledger = push_app.bot_data.deliveries
    assert ledger is not None
    assert (await ledger.last_delivery(GROUP)).local_date == "2026-11-25"  # type: ignore[union-attr]
    assert (await ledger.last_delivery(OTHER)).local_date == "2026-11-25"  # type: ignore[union-attr]
    assert (await ledger.last_delivery(THIRD)).local_date == "2026-11-24"  # type: ignore[union-attr]


async def test_restart_in_the_middle_of_a_push_run(settings: Settings, api: OfflineBotApi) -> None:
    app = build_application(settings, request=api)
    app.bot_data.clock = Clock(NOW)
    async with started(app):
        for chat in (GROUP, OTHER, THIRD):
            await subscribe(app, api, chat)
        context = _context(app)
        assert await deliver(context, GROUP) == "sent"
        ledger = app.bot_data.deliveries
        assert ledger is not None
        # OTHER: the crash came after its intent was recorded, while the excerpt was sending.
        assert app.bot_data.library is not None
        order = await app.bot_data.library.units()
        await ledger.begin(OTHER, "2026-11-25", 0, order[0], 1, None, NOW)
        await ledger.set_state(OTHER, "2026-11-25", "sending_excerpt", NOW)
        # THIRD: the crash came after the intent, before anything was sent.
        await ledger.begin(THIRD, "2026-11-25", 0, order[0], 1, None, NOW)
    sent_before = len(api.sent()) + len(api.sent("sendPoll"))
    restarted = build_application(settings, request=api)
    restarted.bot_data.clock = Clock(NOW + timedelta(minutes=5))
    async with started(restarted):
        context = _context(restarted)
        results = {chat: await deliver(context, chat) for chat in (GROUP, OTHER, THIRD)}
    assert results == {GROUP: "already", OTHER: "unknown", THIRD: "sent"}
    assert len(pushes(api, GROUP)[0]) == 1
    assert len(pushes(api, OTHER)[0]) == 0
    assert len(pushes(api, THIRD)[0]) == 1
    assert len(api.sent()) + len(api.sent("sendPoll")) > sent_before


async def test_forbidden_pauses_and_subscribe_resumes(
    push_app: AppType, api: OfflineBotApi
) -> None:
    await subscribe(push_app, api, GROUP)
    api.faults[("sendMessage", GROUP)] = [Fault.forbidden()]
    assert await deliver(_context(push_app), GROUP) == "paused"
    assert len(api.failed) == 1  # no retries after Forbidden
    await say(push_app, "/status")
    assert "已暂停" in api.sent()[-1]["text"]
    assert "forbidden" in api.sent()[-1]["text"]
    subs = push_app.bot_data.subscriptions
    assert subs is not None
    assert await subs.in_slot("08:00", "Asia/Shanghai") == []
    await say(push_app, "/today")
    assert "已暂停" in api.sent()[-1]["text"]
    assert "/subscribe" in api.sent()[-1]["text"]
    await subscribe(push_app, api, GROUP)
    assert await deliver(_context(push_app), GROUP) == "sent"


async def test_retry_after_and_transient_errors_are_retried(
    push_app: AppType, api: OfflineBotApi
) -> None:
    await subscribe(push_app, api, GROUP)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    push_app.bot_data.sleep = record
    api.faults[("sendMessage", GROUP)] = [
        Fault.retry_after(7),
        Fault.server_error(),
        Fault.timeout(),
    ]
    assert await deliver(_context(push_app), GROUP) == "sent"
    assert waits[0] == 7
    assert len(waits) == 3
    assert len(pushes(api, GROUP)[0]) == 1


async def test_persistent_transient_errors_give_up_and_log(
    push_app: AppType, api: OfflineBotApi, caplog: pytest.LogCaptureFixture
) -> None:
    await subscribe(push_app, api, GROUP)
    api.faults[("sendMessage", GROUP)] = [Fault.server_error()] * 10
    assert await deliver(_context(push_app), GROUP) == "failed"
    assert len(api.failed) == 4  # a bounded number of attempts
    assert "push to -1001 failed" in caplog.text
    assert await deliver(_context(push_app), GROUP) == "failed"  # not resent the same day


async def test_migrated_groups_keep_everything(
    settings: Settings, with_report: Path, api: OfflineBotApi
) -> None:
    # With the report: a /quiz first, and still a question left for the day's item.
    app = build_application(dataclasses.replace(settings, seeds_dir=with_report), request=api)
    app.bot_data.clock = Clock(NOW)
    app.bot_data.sleep = no_sleep
    async with started(app):
        assert app.bot_data.bank is not None
        await app.bot_data.bank.settled()
        await subscribe(app, api, GROUP)
        # a question on other articles than the day's first excerpt (the report's part 一):
        # a random /quiz could take the day's question, and the item would have no poll
        await say(app, "/quiz 年轻干部")
        poll = [c.result["poll"] for c in api.calls if c.method == "sendPoll"][-1]
        await app.process_update(answer(app, poll, 77, poll["correct_option_ids"][0], "甲"))
        new_id = -1009999
        api.faults[("sendMessage", GROUP)] = [Fault.migrated(new_id)]
        assert await deliver(_context(app), GROUP) == "sent"
        assert len(pushes(api, new_id)[0]) == 1
        assert len(pushes(api, new_id)[1]) == 1
        subs = app.bot_data.subscriptions
        assert subs is not None
        assert await subs.get(GROUP) is None
        assert await subs.get(new_id)
        await say(app, "/rank", new_id)
        assert "甲" in api.sent()[-1]["text"]


async def test_migration_service_message_moves_the_subscription(
    push_app: AppType, api: OfflineBotApi
) -> None:
    await subscribe(push_app, api, GROUP)
    update = as_update(
        factories.UPDATES.migration(Chat.group(GROUP, basic=True), -100777), push_app.bot
    )
    await push_app.process_update(update)
    subs = push_app.bot_data.subscriptions
    assert subs is not None
    assert (await subs.get(-100777)) is not None
    assert await subs.in_slot("08:00", "Asia/Shanghai") == [-100777]


def member_update(app: AppType, old: str, new: str, chat_id: int = GROUP) -> Update:
    change = factories.UPDATES.my_chat_member(
        Chat.group(chat_id), old=old, new=new, by=User(9, "管理员")
    )
    return as_update(change, app.bot)


async def test_removed_bot_pauses_and_added_bot_welcomes(
    push_app: AppType, api: OfflineBotApi
) -> None:
    await subscribe(push_app, api, GROUP)
    await push_app.process_update(member_update(push_app, "member", "left"))
    subs = push_app.bot_data.subscriptions
    assert subs is not None
    sub = await subs.get(GROUP)
    assert sub is not None
    assert sub.status == "paused"
    assert "移出" in sub.reason
    await push_app.process_update(member_update(push_app, "left", "member"))
    assert "/subscribe" in api.sent()[-1]["text"]
    assert "大家好" in api.sent()[-1]["text"]


async def test_forum_topics_get_the_push_where_subscribe_was_sent(
    push_app: AppType, api: OfflineBotApi
) -> None:
    api.admins[GROUP] = {9}
    await say(push_app, "/subscribe", message_thread_id=42, is_topic_message=True)
    assert await deliver(_context(push_app), GROUP) == "sent"
    excerpts, polls = pushes(api, GROUP)
    assert excerpts[0].params["message_thread_id"] == 42
    assert polls[0].params["message_thread_id"] == 42


async def test_weekly_report(push_app: AppType, api: OfflineBotApi) -> None:
    await subscribe(push_app, api, GROUP)
    assert await deliver(_context(push_app), GROUP) == "sent"
    poll = await _quiz(push_app, api)
    right = poll["correct_option_ids"][0]
    await push_app.process_update(answer(push_app, poll, 1, right, "甲"))
    await push_app.process_update(answer(push_app, poll, 2, (right + 1) % 4, "乙"))
    await push_app.process_update(answer(push_app, poll, 3, (right + 2) % 4, "丙"))
    assert await send_weekly(_context(push_app), GROUP)
    report = api.sent()[-1]["text"]
    assert "参与答题 3 人，共答 3 题，正确率 33%" in report
    assert "答题之星：甲、" in report
    assert "《奋力书写中国式现代化重庆篇章荣昌实践》" in report
    assert "错得最多的题" in report
    assert "正确答案" in report
    assert not await send_weekly(_context(push_app), GROUP)  # once a week
    await say(push_app, "/weekly off")
    subs = push_app.bot_data.subscriptions
    assert subs is not None
    assert await subs.weekly_chats("Asia/Shanghai") == []


async def test_the_job_queue_really_fires_a_scheduled_push(
    settings: Settings, api: OfflineBotApi
) -> None:
    """The one test that waits for the clock: a push scheduled a second ahead is delivered."""
    app = build_application(settings, request=api)
    done = asyncio.Event()
    api.on_call = lambda call: done.set() if call.method == "sendPoll" else None
    async with started(app):
        await subscribe(app, api, GROUP)
        subs = app.bot_data.subscriptions
        assert subs is not None
        assert app.job_queue is not None
        soon = (datetime.now(UTC) + timedelta(seconds=2.5)).time().replace(microsecond=0)
        sub = await subs.update(GROUP, tz="UTC", at=soon)
        assert sub is not None
        # The stored time has minutes only; the slot's job gets seconds, to fire soon.
        PLAN.schedule_slot(app.job_queue, soon, "UTC")
        await app.job_queue.start()
        try:
            await asyncio.wait_for(done.wait(), timeout=10)
        finally:
            await app.job_queue.stop(wait=True)
    assert len(pushes(api, GROUP)[0]) == 1


# -- helpers --------------------------------------------------------------------------------
def _context(app: AppType) -> Any:
    from bot.context import AppContext

    return AppContext(app, chat_id=None, user_id=None)


async def _quiz(app: AppType, api: OfflineBotApi) -> dict[str, Any]:
    await say(app, "/quiz")
    return [c.result["poll"] for c in api.calls if c.method == "sendPoll"][-1]
