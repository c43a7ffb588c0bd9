"""Group tests (知识竞赛): ``/test [N] [关键词]`` sends N quiz polls one after another, each
with a time limit, then posts the score card (ranking, each member's right answers and time).

The timing is the JobQueue's: a one-off job per step (``contest:<id>``) sends the next
question or, after the last, the score card. The state lives in the database
(``storage/contests.py``), so a restart resumes a test (the job is rebuilt from the stored
state) or, when the bot was down for long, closes it with the score card so far; claims in
the database make sure no question and no score card is posted twice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, BaseHandler, CommandHandler, JobQueue, PollAnswerHandler

from bot.chat.admins import is_chat_admin
from bot.chat.guards import expensive
from bot.chat.polls import send_quiz
from bot.context import AppContext
from bot.core import texts
from bot.core.contest import (
    DEFAULT_SECONDS,
    MAX_COUNT,
    ContestArgsError,
    numbered,
    parse_contest_args,
    score_card,
)
from bot.core.search import clean_query
from bot.services.quizbank import RECENT
from storage.contests import Contest

log = logging.getLogger(__name__)

FIRST_AFTER = 3.0  # seconds between the start message and the first question
GRACE = 2.0  # seconds after a question closes before the next one is sent
# A step that fell due longer ago than this (the bot was down) closes the test instead of
# resuming it: the members have gone.
RESUME_WITHIN = timedelta(minutes=10)


def job_name(contest_id: int) -> str:
    return f"contest:{contest_id}"


def millis(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def schedule_step(job_queue: JobQueue | None, contest_id: int, at: datetime) -> None:
    """The next step of a test at ``at`` (replacing one already planned). ``at`` comes from
    the bot's clock (``context.now()``), which the console can move forward."""
    if job_queue is None:
        return
    name = job_name(contest_id)
    job_queue.run_once(
        contest_job,
        when=at,
        data=contest_id,
        name=name,
        # However late the job runs (a busy loop), it runs: the step itself checks the time.
        job_kwargs={"id": name, "replace_existing": True, "misfire_grace_time": None},
    )


@expensive
async def test(update: Update, context: AppContext) -> None:
    """/test [N] [关键词] starts a test; /test stop ends the running one."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None
    assert chat is not None
    assert user is not None
    try:
        args = parse_contest_args(context.args or [])
    except ContestArgsError:
        await message.reply_text(texts.TEST_USAGE.format(most=MAX_COUNT))
        return
    if args.stop:
        await stop(update, context)
        return
    if chat.type != ChatType.PRIVATE and not await is_chat_admin(update, context):
        await message.reply_text(texts.TEST_ADMINS_ONLY)
        return
    running = await context.contests.running(chat.id)
    if running is not None:
        await message.reply_text(
            texts.TEST_RUNNING.format(asked=running.step, total=running.total)
        )
        return
    keyword = clean_query(args.keyword)
    keys = None
    if keyword:
        keys = [hit.article_key for hit in await context.library.search(keyword, limit=5)]
        if not keys:
            await message.reply_text(texts.QUIZ_NO_MATCH.format(query=keyword[:30]))
            return
    recent = await context.quizzes.recent_questions(chat.id, context.now() - RECENT)
    questions = await context.bank.pick_many(args.count, recent, keys)
    if not questions:
        await message.reply_text(texts.QUIZ_EMPTY)
        return
    seconds = await context.quizzes.open_period(chat.id) or DEFAULT_SECONDS
    thread = message.message_thread_id if message.is_topic_message else None
    contest = await context.contests.create(
        chat.id, thread, user.id, keyword, questions, seconds, context.now()
    )
    if contest is None:  # another /test got there first
        await message.reply_text(texts.TEST_RUNNING.format(asked=0, total=len(questions)))
        return
    start = texts.TEST_START.format(
        count=contest.total,
        seconds=seconds,
        topic=texts.TEST_TOPIC.format(keyword=keyword[:30]) if keyword else "",
    )
    if keyword and contest.total < args.count:
        start = texts.TEST_FEWER.format(keyword=keyword[:30], count=contest.total) + "\n" + start
    await message.reply_text(start, parse_mode=ParseMode.HTML)
    schedule_step(context.job_queue, contest.id, next_due(contest))


async def stop(update: Update, context: AppContext) -> None:
    """/test stop: end the running test now, with its score card so far."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None
    assert chat is not None
    contest = await context.contests.running(chat.id)
    if contest is None:
        await message.reply_text(texts.TEST_NONE_RUNNING)
        return
    if chat.type != ChatType.PRIVATE and not await is_chat_admin(update, context):
        await message.reply_text(texts.TEST_STOP_ADMINS_ONLY)
        return
    await finish(context, contest, "stopped")


async def contest_job(context: AppContext) -> None:
    """One step of a test (a JobQueue job)."""
    assert context.job is not None
    contest_id: int = context.job.data  # type: ignore[assignment]
    await step(context, contest_id)


async def step(context: AppContext, contest_id: int) -> None:
    """Send the next question, or close the test after the last one."""
    contest = await context.contests.get(contest_id)
    if contest is None or contest.state != "running":
        return
    now = context.now()
    due = next_due(contest)
    if now < due:  # the question still runs (a restart planned this step early)
        schedule_step(context.job_queue, contest.id, due)
        return
    if now - due > RESUME_WITHIN:
        await finish(context, contest, "interrupted")
        return
    if contest.step >= contest.total:
        await finish(context, contest, "done")
        return
    if not await context.contests.claim_step(contest.id, contest.step, now):
        return  # another job or a restart sent this question already
    await ask(context, contest, contest.step + 1)


def next_due(contest: Contest) -> datetime:
    """When the test's next step falls due: the first question shortly after the start, the
    others when the question before has closed."""
    if contest.step_at is None:
        return contest.started_at + timedelta(seconds=FIRST_AFTER)
    return after_question(contest.step_at, contest)


def after_question(sent: datetime, contest: Contest) -> datetime:
    """When the next step is due after a question sent at ``sent``: once it has closed."""
    return sent + timedelta(seconds=contest.seconds + GRACE)


async def ask(context: AppContext, contest: Contest, position: int) -> None:
    """Send question ``position`` (from 1) as a quiz poll with the test's time limit."""
    question = contest.questions[position - 1]
    try:
        message = await send_quiz(
            context,
            contest.chat_id,
            question,
            purpose="test",
            thread_id=contest.thread_id,
            open_period=contest.seconds,
            text=numbered(question.question, position, contest.total),
        )
    except TelegramError as error:
        if isinstance(error, Forbidden) or (
            isinstance(error, BadRequest) and "chat not found" in error.message.lower()
        ):  # removed from the group, or the chat is gone: nowhere to post anything
            log.warning("test %s in %s stopped: %s", contest.id, contest.chat_id, error)
            await finish(context, contest, "failed")
            return
        # The question is lost (at most once: it may have been sent); the test goes on.
        log.warning("test %s: question %d not sent: %s", contest.id, position, error)
        schedule_step(context.job_queue, contest.id, after_question(context.now(), contest))
        return
    assert message.poll is not None
    sent = context.now()
    await context.contests.record_poll(
        contest.id, position, message.poll.id, question.correct, millis(sent)
    )
    schedule_step(context.job_queue, contest.id, after_question(sent, contest))


async def finish(context: AppContext, contest: Contest, ending: str) -> None:
    """Close the test and post its score card (unless Telegram refused the chat)."""
    if not await context.contests.finish(contest.id, ending, context.now()):
        return  # closed already: the score card is not posted twice
    if context.job_queue is not None:
        for job in context.job_queue.get_jobs_by_name(job_name(contest.id)):
            job.schedule_removal()
    if ending == "failed":
        return
    closed = await context.contests.get(contest.id)
    asked = closed.step if closed is not None else contest.step
    card = score_card(contest.total, asked, await context.contests.scores(contest.id), ending)
    try:
        await context.bot.send_message(
            contest.chat_id,
            card,
            parse_mode=ParseMode.HTML,
            message_thread_id=contest.thread_id,
        )
    except TelegramError as error:
        log.warning("test %s: score card not sent: %s", contest.id, error)


async def contest_answer(update: Update, context: AppContext) -> None:
    """An answer to a test's poll: right or wrong, and how long it took (handler group 1, after
    the quiz handler has recorded it as an answer)."""
    answer = update.poll_answer
    assert answer is not None
    if answer.user is None or not answer.option_ids:
        return
    poll = await context.contests.poll(answer.poll_id)
    if poll is None:
        return
    await context.contests.record_answer(
        poll.contest_id,
        poll.position,
        answer.user.id,
        answer.option_ids[0] == poll.correct,
        millis(context.now()) - poll.sent_ms,
    )


async def resume_contests(app: Application) -> int:
    """At start: plan the next step of every running test from its stored state (the step
    itself decides between resuming and closing). Returns how many."""
    contests = app.bot_data.contests
    now = app.bot_data.clock()
    running = await contests.all_running()
    for contest in running:
        schedule_step(app.job_queue, contest.id, max(next_due(contest), now))
    return len(running)


HANDLERS: dict[int, Sequence[BaseHandler[Any, AppContext, Any]]] = {
    0: [CommandHandler("test", test)],
    # Group 1: the quiz handler (group 0) records every poll answer; this one adds the time.
    1: [PollAnswerHandler(contest_answer)],
}
