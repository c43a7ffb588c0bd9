"""Changing a chat's subscription from chat (the commands and the settings panel): store it,
make sure its push jobs exist, and say when the next delivery comes."""

from __future__ import annotations

from datetime import time
from zoneinfo import ZoneInfo

from bot.context import AppContext
from bot.core.display import format_moment
from bot.core.schedule import local_date, next_delivery
from storage.deliveries import FINAL
from storage.subscriptions import Subscription


async def next_delivery_text(context: AppContext, sub: Subscription) -> str:
    """When the next excerpt comes, as users read it (11月26日 08:00)."""
    zone = ZoneInfo(sub.tz)
    now = context.now()
    today = await context.deliveries.delivery(sub.chat_id, local_date(now, zone).isoformat())
    done = today is not None and today.state in FINAL
    return format_moment(next_delivery(now, sub.at, zone, done), zone, now)


async def subscribe_chat(
    context: AppContext, chat_id: int, thread_id: int | None, at: time, tz: str
) -> Subscription:
    """Subscribe (or resume) a chat and make sure its jobs exist."""
    sub = await context.subscriptions.subscribe(chat_id, thread_id, at, tz)
    context.push_plan.schedule(context.job_queue, sub)
    return sub


async def change_subscription(context: AppContext, chat_id: int, **fields: object) -> Subscription:
    """Change a subscribed chat's time, zone, weekly report or status; the jobs follow."""
    sub = await context.subscriptions.update(chat_id, **fields)
    assert sub is not None, "only a chat with a subscription is changed"
    context.push_plan.schedule(context.job_queue, sub)
    return sub
