"""Delivering the day's item to a chat: the excerpt and the quiz, each bracketed by a write to
the delivery ledger (at most once per chat and day), with the failure policy: migrate on
ChatMigrated, pause on Forbidden or a chat that is gone, wait out RetryAfter, retry timeouts
and 5xx with backoff; a request that reached Telegram without an answer is never resent."""

from __future__ import annotations

import asyncio
import html
import logging
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
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

from bot.chat.polls import send_quiz
from bot.context import PUSH_CONCURRENCY, AppContext
from bot.core import texts
from bot.core.display import format_date, heading, provenance
from bot.core.quiz import Question
from bot.core.reading import article_payload
from bot.core.schedule import excerpt, local_date, next_unit, quiz_place
from bot.services.quizbank import RECENT
from storage.articles import StoredArticle
from storage.deliveries import FINAL, Delivery

log = logging.getLogger(__name__)

RETRIES = 4
BACKOFF = (1.0, 4.0, 15.0, 60.0)  # seconds between attempts after a timeout or a 5xx


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
    sub = await context.subscriptions.get(chat_id)
    ledger = context.deliveries
    if sub is None or not sub.active:
        return "inactive"
    now = context.now()
    day = local_date(now, ZoneInfo(sub.tz)).isoformat()
    delivery = await ledger.delivery(chat_id, day)
    article: StoredArticle | None = None  # fetched when today's item is chosen now
    if delivery is None:
        cycle, sent = await ledger.sent_units(chat_id)
        asked = await context.bank.asked_paragraphs()
        picked = next_unit(await context.library.units(), sent, asked)
        if picked is None:
            return "empty"
        unit, wrapped = picked
        article = await context.articles.get(unit.article_id)
        assert article is not None
        _, used = excerpt(article.paragraphs, unit.paragraph)
        recent = await context.quizzes.recent_questions(chat_id, now - RECENT)
        before = sent if not wrapped else set()
        question = await context.bank.for_excerpt(
            recent,
            article.key,
            unit.paragraph,
            used,
            read={p for a, p in before if a == unit.article_id},
            elsewhere={(a, p) for a, p in before if a != unit.article_id},
        )
        delivery = await ledger.begin(
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
    ledger = context.deliveries
    delivery = await ledger.delivery(target.chat_id, day) or delivery  # settled while waiting?
    if delivery.state in FINAL:
        return "already" if delivery.state == "sent" else delivery.state
    question_id = delivery.question_id
    question = await context.bank.questions.get(question_id) if question_id else None
    try:
        if delivery.state == "pending":
            await ledger.set_state(target.chat_id, day, "sending_excerpt", context.now())
            await call_with_retry(
                context, target, lambda t: send_excerpt(context, t, delivery, article, question)
            )
        if question is not None:
            # One write says both "the excerpt went out" and "the quiz is being sent".
            await ledger.set_state(target.chat_id, day, "sending_quiz", context.now())
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
        await ledger.set_state(target.chat_id, day, "sent", context.now())
        return "sent"
    except Paused:
        await ledger.set_state(target.chat_id, day, "pending", context.now())
        return "paused"
    except Ambiguous as error:
        log.warning("push to %s for %s: no answer, not resent (at most once)", target.chat_id, day)
        await ledger.set_state(target.chat_id, day, "unknown", context.now(), str(error))
        return "unknown"
    except TelegramError as error:
        log.error("push to %s failed for %s: %s", target.chat_id, day, error)
        await ledger.set_state(target.chat_id, day, "failed", context.now(), str(error))
        return "failed"


async def send_excerpt(
    context: AppContext,
    target: Target,
    delivery: Delivery,
    article: StoredArticle | None = None,
    question: Question | None = None,
) -> object:
    """The day's excerpt; when the day's quiz is not about it, a line under it says so (a
    review of what was sent before, or a later paragraph of the article)."""
    if article is None or article.id != delivery.article_id:
        article = await context.articles.get(delivery.article_id, include_retired=True)
    assert article is not None
    text, used = excerpt(article.paragraphs, delivery.paragraph)
    day = date.fromisoformat(delivery.local_date)
    where = provenance(article.published, article.site, article.origin, day)
    where = f"\n{html.escape(where)}" if where else ""
    place = "here"
    if question is not None:
        at = (question.article_key, question.paragraph)
        if question.article_key != article.key:
            # The report's question on a sentence this article quotes is asked here.
            quoted = await context.bank.questions.quoted_at(question.id, article.key)
            inside = [p for p in quoted if delivery.paragraph <= p < delivery.paragraph + used]
            if inside or quoted:
                at = (article.key, (inside or quoted)[0])
        place = quiz_place(at, article.key, delivery.paragraph, used)
    note = {"before": texts.DAILY_QUIZ_REVIEW, "ahead": texts.DAILY_QUIZ_AHEAD}.get(place, "")
    body = (
        f"{texts.DAILY_TITLE.format(date=format_date(day, day))}\n"
        f"{heading(article).head_html(article.author)}{where}\n\n{html.escape(text)}"
        + (f"\n\n{html.escape(note)}" if note else "")
    )
    # The link names the group, so that reading on in a private chat counts for it.
    payload = article_payload(article.id, delivery.paragraph, target.chat_id)
    link = f"https://t.me/{context.bot.username}?start={payload}"
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
