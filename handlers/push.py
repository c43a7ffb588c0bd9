"""The daily push and the weekly report: one job per (time, zone) slot, rebuilt from the database
at start; delivery with an intent ledger (at most once per chat and local day), retries, pauses
and migrations.

A slot job asks the database for its chats when it fires, so subscribing, pausing, moving a
chat to another time or migrating it never has to find and change a job, and planning the
push at start costs one job per slot in use, not one per chat."""

from __future__ import annotations

import asyncio
import html
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
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

from bot.context import PUSH_CONCURRENCY, AppContext
from bot.core import texts
from bot.core.drafts import provenance
from bot.core.schedule import excerpt, is_due, local_date, next_unit, week_start
from bot.services.quizbank import RECENT
from handlers.quiz import send_quiz
from storage.articles import StoredArticle
from storage.subscriptions import FINAL, Delivery, Subscription

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


async def deliver(context: AppContext, chat_id: int) -> str:
    """Deliver today's item to a chat if it has not had it: 'sent', 'already', 'inactive',
    'empty', 'paused', 'failed', 'unknown', or 'busy' when a delivery to the chat is already
    running (a slot job and /today at the same moment must not both send)."""
    delivering = context.services.delivering
    if chat_id in delivering:
        return "busy"
    delivering.add(chat_id)  # no await between the check and this: one event loop
    try:
        return await _deliver(context, chat_id)
    finally:
        delivering.discard(chat_id)


async def _deliver(context: AppContext, chat_id: int) -> str:
    subs = context.subscriptions
    sub = await subs.get(chat_id)
    if sub is None or not sub.active:
        return "inactive"
    now = context.now()
    day = local_date(now, ZoneInfo(sub.tz)).isoformat()
    delivery = await subs.delivery(chat_id, day)
    article: StoredArticle | None = None  # fetched when today's item is chosen now
    if delivery is None:
        cycle, sent = await subs.sent_units(chat_id)
        picked = next_unit(await context.library.units(), sent)
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
        return await _send_item(context, Target(chat_id, sub.thread_id), day, delivery, article)


async def _send_item(
    context: AppContext,
    target: Target,
    day: str,
    delivery: Delivery,
    article: StoredArticle | None,
) -> str:
    subs = context.subscriptions
    delivery = await subs.delivery(target.chat_id, day) or delivery  # settled while waiting?
    if delivery.state in FINAL:
        return "already" if delivery.state == "sent" else delivery.state
    question_id = delivery.question_id
    question = await context.bank.questions.get(question_id) if question_id else None
    try:
        if delivery.state == "pending":
            await subs.set_state(target.chat_id, day, "sending_excerpt", context.now())
            await call_with_retry(
                context, target, lambda t: send_excerpt(context, t, delivery, article)
            )
        if question is not None:
            # One write says both "the excerpt went out" and "the quiz is being sent".
            await subs.set_state(target.chat_id, day, "sending_quiz", context.now())
            await call_with_retry(
                context,
                target,
                lambda t: send_quiz(
                    context,
                    t.chat_id,
                    question,
                    purpose="daily",
                    thread_id=t.thread_id,
                    paid_broadcast=context.settings.paid_broadcast,
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


async def send_excerpt(
    context: AppContext, target: Target, delivery: Delivery, article: StoredArticle | None = None
) -> object:
    if article is None or article.id != delivery.article_id:
        article = await context.articles.get(delivery.article_id, include_retired=True)
    assert article is not None
    text, _ = excerpt([p.text for p in article.paragraphs], delivery.paragraph)
    author = f" {html.escape(article.author)}" if article.author else ""
    where = provenance(article.published, article.site, article.origin)
    where = f"\n{html.escape(where)}" if where else ""
    body = (
        f"{texts.DAILY_TITLE.format(date=delivery.local_date)}\n"
        f"<b>《{html.escape(article.title)}》</b>{author}{where}\n\n{html.escape(text)}"
    )
    link = f"https://t.me/{context.bot.username}?start=a{article.id}_{delivery.paragraph}"
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(texts.DAILY_READ, url=link)]])
    return await context.bot.send_message(
        target.chat_id,
        body,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        message_thread_id=target.thread_id,
        allow_paid_broadcast=context.settings.paid_broadcast or None,
    )


async def for_each_chat(
    chat_ids: Sequence[int], action: Callable[[int], Awaitable[object]], what: str
) -> Counter[str]:
    """Run ``action`` for many chats, PUSH_CONCURRENCY at a time (the rate limiter sets the
    pace); returns how many ended how. One chat's failure never stops the others."""
    outcomes: Counter[str] = Counter()
    pending = iter(chat_ids)

    async def worker() -> None:
        for chat_id in pending:  # one iterator shared by the workers: each chat taken once
            try:
                outcomes[str(await action(chat_id))] += 1
            except Exception:
                log.exception("%s to %s failed", what, chat_id)
                outcomes["error"] += 1

    await asyncio.gather(*(worker() for _ in range(PUSH_CONCURRENCY)))
    return outcomes


async def deliver_all(context: AppContext, chat_ids: Sequence[int]) -> Counter[str]:
    return await for_each_chat(chat_ids, lambda chat: deliver(context, chat), "daily push")


async def slot_job(context: AppContext) -> None:
    """The daily push for every chat of one (time, zone) slot (a JobQueue job)."""
    assert context.job is not None
    slot: tuple[str, str] = context.job.data  # type: ignore[assignment]
    at, tz = slot
    outcomes = await deliver_all(context, await context.subscriptions.in_slot(at, tz))
    log.info("daily push %s %s: %s", at, tz, dict(outcomes))


async def catchup_job(context: AppContext) -> None:
    """At start: the chats whose push time passed today while the bot was down."""
    assert context.job is not None
    outcomes = await deliver_all(context, context.job.data)  # type: ignore[arg-type]
    log.info("catch-up push: %s", dict(outcomes))


async def weekly_job(context: AppContext) -> None:
    """The weekly report for every group of one zone (a JobQueue job)."""
    assert context.job is not None
    tz: str = context.job.data  # type: ignore[assignment]
    chats = await context.subscriptions.weekly_chats(tz)
    outcomes = await for_each_chat(chats, lambda chat: send_weekly(context, chat), "weekly report")
    log.info("weekly reports %s: %s", tz, dict(outcomes))


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
JOB_OPTIONS = {"misfire_grace_time": MISFIRE_GRACE, "coalesce": True}


def slot_name(at: time, tz: str) -> str:
    return f"push:{tz}@{at:%H:%M}"


def schedule_slot(job_queue: JobQueue | None, at: time, tz: str) -> None:
    """Make sure the daily job of the slot (``at``, ``tz``) exists: DST-correct, as the
    trigger runs in the zone. Jobs have stable ids, so this is a dictionary lookup."""
    name = slot_name(at, tz)
    if job_queue is None or job_queue.scheduler.get_job(name) is not None:
        return
    job_queue.run_daily(
        slot_job,
        at.replace(tzinfo=ZoneInfo(tz)),
        data=(f"{at:%H:%M}", tz),
        name=name,
        job_kwargs={**JOB_OPTIONS, "id": name},
    )


def schedule_weekly(job_queue: JobQueue | None, tz: str) -> None:
    name = f"weekly:{tz}"
    if job_queue is None or job_queue.scheduler.get_job(name) is not None:
        return
    job_queue.run_daily(
        weekly_job,
        WEEKLY_AT.replace(tzinfo=ZoneInfo(tz)),
        days=(SUNDAY,),
        data=tz,
        name=name,
        job_kwargs={**JOB_OPTIONS, "id": name},
    )


def schedule(job_queue: JobQueue | None, sub: Subscription) -> None:
    """Make sure the jobs that serve a subscription exist (after /subscribe, /settime,
    /settz, /weekly on, a migration). Pausing or unsubscribing needs nothing: the jobs read
    the active chats when they fire; a slot nobody uses any more fires and finds no chat."""
    if not sub.active:
        return
    schedule_slot(job_queue, sub.at, sub.tz)
    if sub.weekly and sub.chat_id < 0:
        schedule_weekly(job_queue, sub.tz)


async def start_push(app: Application) -> int:
    """At start: settle interrupted deliveries, create the slot jobs from the database, and
    catch up on today's pushes missed while the bot was down (one job for all of them)."""
    services = app.bot_data
    subs = services.subscriptions
    now = services.clock()
    interrupted = await subs.reconcile(now)
    if interrupted:
        log.warning(
            "%d deliveries were interrupted by a crash; not resent (at most once)", interrupted
        )
    for at, tz in await subs.slots():
        schedule_slot(app.job_queue, time.fromisoformat(at), tz)
    for tz in await subs.weekly_zones():
        schedule_weekly(app.job_queue, tz)
    finished = await subs.finished_since((now - timedelta(days=2)).date().isoformat())
    zones: dict[str, ZoneInfo] = {}
    due = []
    for sub in await subs.active():
        zone = zones.setdefault(sub.tz, ZoneInfo(sub.tz))
        done = (sub.chat_id, local_date(now, zone).isoformat()) in finished
        if is_due(now, sub.at, zone, done):
            due.append(sub.chat_id)
    if due and app.job_queue is not None:
        app.job_queue.run_once(
            catchup_job,
            when=0,
            data=due,
            name="catchup",
            job_kwargs={"id": "catchup", "replace_existing": True},
        )
    return len(due)
