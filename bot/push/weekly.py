"""The weekly report: on Sunday evening, each subscribed group gets the week's answers, its best
members, the excerpts it read and the question it missed most, then the chart of its last 8
weeks (once per group and week)."""

from __future__ import annotations

import html
import logging
from datetime import timedelta
from zoneinfo import ZoneInfo

from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.chat.ledger import send_chart
from bot.context import AppContext
from bot.core import texts
from bot.core.display import format_date, heading
from bot.core.schedule import week_start
from bot.push.delivery import Ambiguous, Paused, Target, call_with_retry

log = logging.getLogger(__name__)


async def send_weekly(context: AppContext, chat_id: int) -> bool:
    sub = await context.subscriptions.get(chat_id)
    if sub is None or not sub.active or not sub.weekly:
        return False
    zone = ZoneInfo(sub.tz)
    now = context.now()
    start = week_start(now, zone)
    if not await context.deliveries.claim_weekly(chat_id, start.date().isoformat(), now):
        return False  # this week's report was already sent
    end = start + timedelta(days=6)
    today = now.astimezone(zone).date()
    lines = [
        texts.WEEKLY_TITLE.format(
            start=format_date(start.date(), today), end=format_date(end.date(), today)
        )
    ]
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
    for article_id in await context.deliveries.articles_delivered(chat_id, f"{start:%Y-%m-%d}"):
        article = await context.articles.get(article_id, include_retired=True)
        if article is not None:
            titles.append(html.escape(heading(article).name()))
    if titles:
        lines.append(texts.WEEKLY_ARTICLES.format(titles="、".join(titles)))
    missed = await context.quizzes.most_missed(chat_id, start)
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
        chart = await context.ledger.chart(chat_id, now, zone)
        if chart is not None:
            await call_with_retry(
                context, target, lambda t: send_chart(context, t.chat_id, chart, t.thread_id)
            )
    except (Paused, Ambiguous, TelegramError) as error:
        log.warning("weekly report to %s failed: %s", chat_id, error)
        return False
    return True
