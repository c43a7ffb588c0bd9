"""The daily push and the weekly report: jobs rebuilt from the database at start, delivery with
an intent ledger (exactly once per chat and local day), retries, pauses and migrations."""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import time, timedelta
from zoneinfo import ZoneInfo

import httpx
from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application, JobQueue

from bot import texts
from bot.context import AppContext
from bot.quizbank import RECENT, week_start
from bot.schedule import excerpt, is_due, local_date, next_unit
from handlers.quiz import send_quiz
from storage.subscriptions import FINAL, Delivery, Subscription, SubscriptionRepository

log = logging.getLogger(__name__)

# A job that fires late (busy loop, suspended machine) still runs within this grace; several
# missed runs of one job coalesce into one. Anything later is caught up at the next start.
MISFIRE_GRACE = int(timedelta(hours=6).total_seconds())
RETRIES = 4
BACKOFF = (1.0, 4.0, 15.0, 60.0)  # seconds between attempts after a timeout or a 5xx
WEEKLY_AT = time(20, 0)
SUNDAY = 0  # PTB numbers days 0-6 from Sunday


class Paused(Exception):
    """The chat cannot be reached (blocked, removed, not found): its subscription is paused."""


class Ambiguous(Exception):
    """The request reached Telegram but no answer came back (a read timeout): it may have
    been delivered, so by the at-most-once rule it is not sent again."""


def reached_telegram(error: NetworkError) -> bool:
    """A timeout while waiting for the answer (not while connecting) means the request was
    sent and may have been carried out."""
    return isinstance(error, TimedOut) and isinstance(
        error.__cause__, httpx.ReadTimeout | httpx.WriteTimeout
    )


@dataclass
class Target:
    """Where a push goes; the chat id changes when a group migrates to a supergroup."""

    chat_id: int
    thread_id: int | None


async def call_with_retry(
    context: AppContext, target: Target, send: Callable[[Target], Awaitable[object]]
) -> object:
    """Run ``send(target)`` with the failure policy: migrate on ChatMigrated, pause on
    Forbidden or a chat that is gone, wait out RetryAfter, retry timeouts and 5xx with
    backoff a bounded number of times (then the error goes up)."""
    subs = context.subscriptions
    for attempt in range(RETRIES):
        try:
            return await send(target)
        except ChatMigrated as error:
            log.info("chat %s migrated to %s", target.chat_id, error.new_chat_id)
            await subs.migrate_chat(target.chat_id, error.new_chat_id)
            unschedule(context.job_queue, target.chat_id)
            await _reschedule(context.job_queue, subs, error.new_chat_id)
            target.chat_id = error.new_chat_id
        except RetryAfter as error:
            wait = error.retry_after
            await context.services.sleep(
                wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            )
        except Forbidden as error:
            await pause(context, target.chat_id, f"forbidden: {error.message}")
            raise Paused(error.message) from error
        except BadRequest as error:
            if "chat not found" in error.message.lower():
                await pause(context, target.chat_id, f"chat not found: {error.message}")
                raise Paused(error.message) from error
            raise
        except NetworkError as error:  # timeouts, dropped connections, 5xx
            if reached_telegram(error):
                raise Ambiguous(str(error)) from error
            if attempt == RETRIES - 1:
                raise
            log.warning("push to %s failed (%s), retrying", target.chat_id, error)
            await context.services.sleep(BACKOFF[attempt])
    raise NetworkError("retries exhausted")


async def pause(context: AppContext, chat_id: int, reason: str) -> None:
    log.warning("pausing the subscription of %s: %s", chat_id, reason)
    await context.subscriptions.update(chat_id, status="paused", reason=reason[:200])
    unschedule(context.job_queue, chat_id)


async def deliver(context: AppContext, chat_id: int) -> str:
    """Deliver today's item to a chat if it has not had it: 'sent', 'already', 'inactive',
    'empty', 'paused', 'failed' or 'unknown'."""
    subs = context.subscriptions
    sub = await subs.get(chat_id)
    if sub is None or not sub.active:
        return "inactive"
    now = context.now()
    day = local_date(now, ZoneInfo(sub.tz)).isoformat()
    delivery = await subs.delivery(chat_id, day)
    if delivery is None:
        cycle, sent = await subs.sent_units(chat_id)
        picked = next_unit(await subs.unit_order(), sent)
        if picked is None:
            return "empty"
        unit, wrapped = picked
        article = await context.articles.get(unit.article_id)
        assert article is not None
        _, used = excerpt([p.text for p in article.paragraphs], unit.paragraph)
        recent = await context.quizzes.recent_questions(chat_id, now - RECENT)
        question = await context.bank.pick(recent, [article.key])
        delivery = await subs.begin(
            chat_id, day, cycle + wrapped, unit, used, question.id if question else None, now
        )
    if delivery.state in FINAL:
        return "already" if delivery.state == "sent" else delivery.state
    # Only a few deliveries send at once: a delivery marked "sending" is then really on the
    # wire, not queued in the rate limiter, which keeps the at-most-once window (a crash
    # while sending) down to PUSH_CONCURRENCY chats. The limiter still sets the pace.
    async with context.services.push_slots:
        return await _send_item(context, Target(chat_id, sub.thread_id), day, delivery)


async def _send_item(context: AppContext, target: Target, day: str, delivery: Delivery) -> str:
    subs = context.subscriptions
    delivery = await subs.delivery(target.chat_id, day) or delivery  # settled while waiting?
    if delivery.state in FINAL:
        return "already" if delivery.state == "sent" else delivery.state
    try:
        if delivery.state == "pending":
            await subs.set_state(target.chat_id, day, "sending_excerpt", context.now())
            await call_with_retry(context, target, lambda t: send_excerpt(context, t, delivery))
            await subs.set_state(target.chat_id, day, "excerpt_sent", context.now())
        question = await context.bank.questions.get(delivery.question_id or "")
        if question is not None:
            await subs.set_state(target.chat_id, day, "sending_quiz", context.now())
            await call_with_retry(
                context,
                target,
                lambda t: send_quiz(
                    context, t.chat_id, question, purpose="daily", thread_id=t.thread_id
                ),
            )
        await subs.set_state(target.chat_id, day, "sent", context.now())
        return "sent"
    except Paused:
        await subs.set_state(target.chat_id, day, "pending", context.now())
        return "paused"
    except Ambiguous as error:
        log.warning("push to %s for %s: no answer, not resent (at most once)", target.chat_id, day)
        await subs.set_state(target.chat_id, day, "unknown", context.now(), str(error))
        return "unknown"
    except TelegramError as error:
        log.error("push to %s failed for %s: %s", target.chat_id, day, error)
        await subs.set_state(target.chat_id, day, "failed", context.now(), str(error))
        return "failed"


async def send_excerpt(context: AppContext, target: Target, delivery: Delivery) -> object:
    article = await context.articles.get(delivery.article_id, include_retired=True)
    assert article is not None
    text, _ = excerpt([p.text for p in article.paragraphs], delivery.paragraph)
    author = f" {html.escape(article.author)}" if article.author else ""
    body = (
        f"{texts.DAILY_TITLE.format(date=delivery.local_date)}\n"
        f"<b>《{html.escape(article.title)}》</b>{author}\n\n{html.escape(text)}"
    )
    link = f"https://t.me/{context.bot.username}?start=a{article.id}_{delivery.paragraph}"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(texts.DAILY_READ, url=link)]])
    return await context.bot.send_message(
        target.chat_id,
        body,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        message_thread_id=target.thread_id,
    )


async def daily_job(context: AppContext) -> None:
    """The daily push for one chat (a JobQueue job; its chat_id says which)."""
    assert context.job is not None and context.job.chat_id is not None
    outcome = await deliver(context, context.job.chat_id)
    log.info("daily push to %s: %s", context.job.chat_id, outcome)


async def weekly_job(context: AppContext) -> None:
    """The weekly report for one group (a JobQueue job)."""
    assert context.job is not None and context.job.chat_id is not None
    await send_weekly(context, context.job.chat_id)


async def send_weekly(context: AppContext, chat_id: int) -> bool:
    sub = await context.subscriptions.get(chat_id)
    if sub is None or not sub.active or not sub.weekly:
        return False
    zone = ZoneInfo(sub.tz)
    now = context.now()
    start = week_start(now, zone)
    if not await context.subscriptions.claim_weekly(chat_id, start.date().isoformat(), now):
        return False  # this week's report was already sent
    end = start + timedelta(days=6)
    lines = [texts.WEEKLY_TITLE.format(start=f"{start:%m月%d日}", end=f"{end:%m月%d日}")]
    standings = await context.quizzes.standings(chat_id, start, limit=1000)
    if standings:
        answered = sum(s.answered for s in standings)
        correct = sum(s.correct for s in standings)
        lines.append(
            texts.WEEKLY_ANSWERS.format(
                members=len(standings), answered=answered, accuracy=correct / answered
            )
        )
        top = "、".join(html.escape(s.name or str(s.user_id)) for s in standings[:3])
        lines.append(texts.WEEKLY_TOP.format(names=top))
    else:
        lines.append(texts.WEEKLY_NOBODY)
    titles = []
    for article_id in await context.subscriptions.articles_delivered(chat_id, f"{start:%Y-%m-%d}"):
        article = await context.articles.get(article_id, include_retired=True)
        if article is not None:
            titles.append(f"《{html.escape(article.title)}》")
    if titles:
        lines.append(texts.WEEKLY_ARTICLES.format(titles="".join(titles)))
    missed = await context.subscriptions.most_missed(chat_id, start)
    if missed is not None:
        question = await context.quizzes.question(missed[0])
        if question is not None:
            lines.append(
                texts.WEEKLY_MISSED.format(
                    question=html.escape(question.question), answer=html.escape(question.answer)
                )
            )
    target = Target(chat_id, sub.thread_id)
    try:
        await call_with_retry(
            context,
            target,
            lambda t: context.bot.send_message(
                t.chat_id,
                "\n".join(lines),
                parse_mode=ParseMode.HTML,
                message_thread_id=t.thread_id,
            ),
        )
    except (Paused, Ambiguous, TelegramError) as error:
        log.warning("weekly report to %s failed: %s", chat_id, error)
        return False
    return True


# -- scheduling ---------------------------------------------------------------------------
def unschedule(job_queue: JobQueue | None, chat_id: int) -> None:
    """Remove a chat's jobs by their ids (a dictionary lookup, not a scan of every job)."""
    if job_queue is None:
        return
    for name in (f"push:{chat_id}", f"weekly:{chat_id}", f"catchup:{chat_id}"):
        job = job_queue.scheduler.get_job(name)
        if job is not None:
            job.remove()


def schedule(job_queue: JobQueue | None, sub: Subscription, *, fresh: bool = False) -> None:
    """(Re)create a chat's jobs from its subscription. Jobs have stable ids (their names), so
    a new job replaces the old one; ``fresh`` (at start, nothing scheduled yet) skips removal."""
    if job_queue is None:
        return
    if not fresh:
        unschedule(job_queue, sub.chat_id)
    if not sub.active:
        return
    zone = ZoneInfo(sub.tz)
    job_kwargs = {"misfire_grace_time": MISFIRE_GRACE, "coalesce": True, "replace_existing": True}
    job_queue.run_daily(
        daily_job,
        sub.at.replace(tzinfo=zone),
        chat_id=sub.chat_id,
        name=f"push:{sub.chat_id}",
        job_kwargs={**job_kwargs, "id": f"push:{sub.chat_id}"},
    )
    if sub.weekly and sub.chat_id < 0:
        job_queue.run_daily(
            weekly_job,
            WEEKLY_AT.replace(tzinfo=zone),
            days=(SUNDAY,),
            chat_id=sub.chat_id,
            name=f"weekly:{sub.chat_id}",
            job_kwargs={**job_kwargs, "id": f"weekly:{sub.chat_id}"},
        )


async def _reschedule(
    job_queue: JobQueue | None, subs: SubscriptionRepository, chat_id: int
) -> None:
    sub = await subs.get(chat_id)
    if sub is not None:
        schedule(job_queue, sub)


async def start_push(app: Application) -> int:
    """At start: settle interrupted deliveries, schedule every active subscription from the
    database, and catch up on today's pushes missed while the bot was down."""
    services = app.bot_data
    subs = services.subscriptions
    now = services.clock()
    interrupted = await subs.reconcile(now)
    if interrupted:
        log.warning(
            "%d deliveries were interrupted by a crash; not resent (at most once)", interrupted
        )
    caught_up = 0
    finished = await subs.finished_since((now - timedelta(days=2)).date().isoformat())
    zones: dict[str, ZoneInfo] = {}
    for sub in await subs.active():
        schedule(app.job_queue, sub, fresh=True)
        zone = zones.setdefault(sub.tz, ZoneInfo(sub.tz))
        done = (sub.chat_id, local_date(now, zone).isoformat()) in finished
        if is_due(now, sub.at, zone, done) and app.job_queue is not None:
            app.job_queue.run_once(
                daily_job,
                when=0.05 * caught_up,  # spread out; the rate limiter paces the rest
                chat_id=sub.chat_id,
                name=f"catchup:{sub.chat_id}",
                job_kwargs={"id": f"catchup:{sub.chat_id}", "replace_existing": True},
            )
            caught_up += 1
    return caught_up
