"""Group tests (知识竞赛) through the bot: real poll answers, the JobQueue's jobs run as the
JobQueue runs them (``Job.run``), an injected clock (no sleeping), restarts from the same
database."""

from __future__ import annotations

from collections.abc import AsyncIterator
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
from tests.test_quiz_handlers import Clock


@pytest.fixture
def settings(tmp_path: Path, with_report: Path) -> Settings:
    """The seed page and the 二十大报告: enough questions for a test of several (the seed page
    alone gives few a teacher would set: docs/quiz-review.md)."""
    return Settings(
        token="123456:TEST-TOKEN", db_path=tmp_path / "studybot.db", seeds_dir=with_report
    )


G = -100555
ADMIN = 9
T0 = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
OPEN = 30  # the default time limit per question, in seconds


async def say(app: AppType, text: str, chat: int = G, user: int = ADMIN) -> None:
    kind = "private" if chat > 0 else "supergroup"
    await app.process_update(
        factories.message(app.bot, text, chat_id=chat, kind=kind, user_id=user)
    )


async def vote(
    app: AppType,
    clock: Clock,
    poll: dict[str, Any],
    user: int,
    name: str,
    right: bool,
    after: float,
) -> None:
    """Answer ``poll`` ``after`` seconds after it was sent (the clock is moved there)."""
    clock.now = sent_at[poll["id"]] + timedelta(seconds=after)
    correct = poll["correct_option_ids"][0]
    option = correct if right else (correct + 1) % len(poll["options"])
    data = {
        "update_id": 7,
        "poll_answer": {
            "poll_id": poll["id"],
            "user": User(user, name).data(),
            "option_ids": [option],
            "option_persistent_ids": [str(option)],
        },
    }
    await app.process_update(Update.de_json(data, app.bot))


sent_at: dict[str, datetime] = {}


async def fire(app: AppType, clock: Clock, at: datetime | None = None) -> None:
    """Run the test's planned job as the JobQueue would at ``at`` (the scheduler is not
    running in tests: the job is taken off it and run, as it would have been)."""
    if at is not None:
        clock.now = at
    assert app.job_queue is not None
    jobs = [j for j in app.job_queue.jobs() if j.name and j.name.startswith("contest:")]
    assert jobs, "no test step is planned"
    job = jobs[-1]
    for planned in jobs:
        planned.schedule_removal()
    polls_before = len(polls(app))
    await job.run(app)
    for call in polls(app)[polls_before:]:
        sent_at[call["id"]] = clock.now


def polls(app: AppType) -> list[dict[str, Any]]:
    api = app.bot.request
    assert isinstance(api, OfflineBotApi)
    return [c.result["poll"] for c in api.calls if c.method == "sendPoll"]


def planned(app: AppType) -> list[str]:
    assert app.job_queue is not None
    return [j.name or "" for j in app.job_queue.jobs() if (j.name or "").startswith("contest:")]


@pytest.fixture
def clock() -> Clock:
    return Clock(T0)


@pytest.fixture
async def app(settings: Settings, api: OfflineBotApi, clock: Clock) -> AsyncIterator[AppType]:
    application = build_application(settings, request=api)
    application.bot_data.clock = clock
    api.admins = {G: {ADMIN}}
    async with started(application):
        yield application


def texts(api: OfflineBotApi, chat: int = G) -> list[str]:
    return [p["text"] for p in api.sent() if p["chat_id"] == chat]


async def test_a_test_asks_its_questions_in_time_then_posts_the_score_card(
    app: AppType, api: OfflineBotApi, clock: Clock
) -> None:
    await say(app, "/test 3")
    assert "共 3 题，每题限时 30 秒" in texts(api)[-1]
    assert planned(app) == ["contest:1"]
    await fire(app, clock, T0 + timedelta(seconds=3))
    [first] = api.sent("sendPoll")
    assert first["question"].startswith("(1/3) ")
    assert (first["type"], first["is_anonymous"], first["open_period"]) == ("quiz", False, OPEN)
    [p1] = polls(app)
    await vote(app, clock, p1, 1, "甲", right=True, after=5)
    await vote(app, clock, p1, 2, "乙", right=False, after=8)
    await fire(app, clock, sent_at[p1["id"]] + timedelta(seconds=OPEN + 2))
    p2 = polls(app)[-1]
    assert api.sent("sendPoll")[-1]["question"].startswith("(2/3) ")
    await vote(app, clock, p2, 1, "甲", right=True, after=3)
    await vote(app, clock, p2, 2, "乙", right=True, after=10)
    await fire(app, clock, sent_at[p2["id"]] + timedelta(seconds=OPEN + 2))
    p3 = polls(app)[-1]
    await vote(app, clock, p3, 2, "乙", right=True, after=4)
    await fire(app, clock, sent_at[p3["id"]] + timedelta(seconds=OPEN + 2))
    card = texts(api)[-1]
    assert "全部 3 题已结束" in card
    assert "共 2 人参加" in card
    assert "🥇 甲 — 答对 2/3 题，用时 8.0 秒" in card
    assert "🥈 乙 — 答对 2/3 题，用时 22.0 秒" in card
    assert len(api.sent("sendPoll")) == 3
    assert planned(app) == []


async def test_the_next_question_waits_until_the_last_one_closed(
    app: AppType, api: OfflineBotApi, clock: Clock
) -> None:
    await say(app, "/test 2")
    await fire(app, clock, T0 + timedelta(seconds=3))
    await fire(app, clock, T0 + timedelta(seconds=10))  # early (e.g. planned before a restart)
    assert len(api.sent("sendPoll")) == 1
    assert planned(app) == ["contest:1"]


async def test_a_step_run_twice_posts_its_question_once(
    app: AppType, api: OfflineBotApi, clock: Clock
) -> None:
    await say(app, "/test 2")
    assert app.job_queue is not None
    [job] = app.job_queue.get_jobs_by_name("contest:1")
    clock.now = T0 + timedelta(seconds=3)
    await job.run(app)
    await job.run(app)  # a second run of the same step (a duplicate timer, a race)
    assert len(api.sent("sendPoll")) == 1


async def test_a_restart_resumes_a_running_test_without_asking_twice(
    settings: Settings, api: OfflineBotApi, app: AppType, clock: Clock
) -> None:
    await say(app, "/test 3")
    await fire(app, clock, T0 + timedelta(seconds=3))
    # The bot stops (the first app just stays idle, as a killed process would) and starts again.
    restarted = build_application(settings, request=api)
    restarted.bot_data.clock = clock
    clock.now = T0 + timedelta(seconds=20)  # back while question 1 still runs
    async with started(restarted):
        assert planned(restarted) == ["contest:1"]
        await fire(restarted, clock, T0 + timedelta(seconds=3 + OPEN + 2))
        assert [p["question"][:6] for p in api.sent("sendPoll")] == ["(1/3) ", "(2/3) "]


async def test_after_a_long_outage_the_test_closes_cleanly_once(
    settings: Settings, api: OfflineBotApi, app: AppType, clock: Clock
) -> None:
    await say(app, "/test 3")
    await fire(app, clock, T0 + timedelta(seconds=3))
    [p1] = polls(app)
    await vote(app, clock, p1, 1, "甲", right=True, after=6)
    for _ in range(2):  # two restarts, hours later
        clock.now += timedelta(hours=2)
        restarted = build_application(settings, request=api)
        restarted.bot_data.clock = clock
        async with started(restarted):
            if planned(restarted):
                await fire(restarted, clock)
    cards = [t for t in texts(api) if "成绩单" in t]
    assert len(cards) == 1
    assert "竞赛在第 1/3 题后结束" in cards[0]
    assert "🥇 甲 — 答对 1/1 题，用时 6.0 秒" in cards[0]
    assert len(api.sent("sendPoll")) == 1


async def test_one_test_at_a_time_in_a_chat(app: AppType, api: OfflineBotApi) -> None:
    await say(app, "/test 3")
    await say(app, "/test 5", user=ADMIN)
    assert texts(api)[-1].startswith("本群正在进行一场知识竞赛（已出 0/3 题）")


@pytest.mark.parametrize("count", ["1000", "0", "31", "99999999999"])
async def test_a_huge_or_empty_count_is_refused(
    app: AppType, api: OfflineBotApi, count: str
) -> None:
    await say(app, f"/test {count}")
    assert texts(api)[-1] == "一场知识竞赛 1–30 题。请写题数，例如 /test 10 或 /test 5 乡村振兴。"
    assert planned(app) == []


async def test_in_a_group_only_admins_start_a_test_in_private_anyone(
    app: AppType, api: OfflineBotApi, clock: Clock
) -> None:
    await say(app, "/test", user=5)
    assert texts(api)[-1].startswith("只有群管理员可以在群里发起知识竞赛")
    await say(app, "/test 2", chat=5, user=5)
    assert "共 2 题" in texts(api, 5)[-1]
    await fire(app, clock, T0 + timedelta(seconds=3))
    assert api.sent("sendPoll")[-1]["chat_id"] == 5


async def test_an_admin_stops_a_test_with_its_score_card_so_far(
    app: AppType, api: OfflineBotApi, clock: Clock
) -> None:
    await say(app, "/test 5")
    await fire(app, clock, T0 + timedelta(seconds=3))
    [p1] = polls(app)
    await vote(app, clock, p1, 1, "甲", right=True, after=2)
    await say(app, "/test stop", user=5)
    assert texts(api)[-1] == "只有群管理员可以提前结束知识竞赛。"
    await say(app, "/test stop")
    assert "竞赛已提前结束（出了 1/5 题）" in texts(api)[-1]
    assert "🥇 甲 — 答对 1/1 题，用时 2.0 秒" in texts(api)[-1]
    assert planned(app) == []
    await say(app, "/test stop")
    assert texts(api)[-1] == "现在没有进行中的知识竞赛。发送 /test 开始一场。"


async def test_the_time_limit_is_the_chats_quiz_timer(
    app: AppType, api: OfflineBotApi, clock: Clock
) -> None:
    await say(app, "/quiztimer 15")
    await say(app, "/test 2")
    assert "每题限时 15 秒" in texts(api)[-1]
    await fire(app, clock, T0 + timedelta(seconds=3))
    assert api.sent("sendPoll")[-1]["open_period"] == 15


async def test_a_keyword_picks_questions_on_matching_articles(
    app: AppType, api: OfflineBotApi, clock: Clock
) -> None:
    await say(app, "/test 3 荣昌")
    await fire(app, clock, T0 + timedelta(seconds=3))
    # The 荣昌 article's questions: its own, and the report's on the sentences it quotes.
    library, bank = app.bot_data.library, app.bot_data.bank
    assert library is not None
    assert bank is not None
    [key] = [a.key for a in await library.articles.list_articles() if "荣昌" in a.title]
    on_it = {q.question for q in await bank.questions.of_article(key)}
    assert api.sent("sendPoll")[-1]["question"].split(" ", 1)[1] in on_it  # after "(1/3) "
    await say(app, "/test stop")
    await say(app, "/test 3 围棋")
    assert texts(api)[-1].startswith("没有找到与“围棋”相关的测验题")


async def test_a_group_the_bot_left_ends_the_test_without_a_card(
    app: AppType, api: OfflineBotApi, clock: Clock
) -> None:
    from bot.offline import Fault

    await say(app, "/test 2")
    api.faults[("sendPoll", G)] = [Fault.forbidden()]
    await fire(app, clock, T0 + timedelta(seconds=3))
    assert planned(app) == []
    assert [t for t in texts(api) if "成绩单" in t] == []
    await say(app, "/test 2")
    assert "共 2 题" in texts(api)[-1]  # the chat is free for a new test
