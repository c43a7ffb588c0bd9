"""What the JobQueue calls for the push: the daily job of a (time, zone) slot, the catch-up job
at start, and the weekly job of a zone. The engine is ``bot/push/``; ``PLAN`` tells it which
callbacks to schedule."""

from __future__ import annotations

import logging

from bot.context import AppContext
from bot.push.delivery import deliver_all, for_each_chat
from bot.push.plan import PushPlan
from bot.push.weekly import send_weekly

log = logging.getLogger(__name__)


async def slot_job(context: AppContext) -> None:
    """The daily push for every chat of one (time, zone) slot."""
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
    """The weekly report for every group of one zone."""
    assert context.job is not None
    tz: str = context.job.data  # type: ignore[assignment]
    chats = await context.subscriptions.weekly_chats(tz)
    outcomes = await for_each_chat(chats, lambda chat: send_weekly(context, chat), "weekly report")
    log.info("weekly reports %s: %s", tz, dict(outcomes))


PLAN = PushPlan(slot_job=slot_job, weekly_job=weekly_job, catchup_job=catchup_job)
