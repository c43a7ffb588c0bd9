"""Subscriptions: /subscribe, /unsubscribe, /settime, /settz, /status, /today, /weekly, and what
Telegram tells us about the chat (bot added or removed, group migrated)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import ChatMemberUpdated, Update
from telegram.constants import ChatMemberStatus, ChatType, ParseMode
from telegram.ext import BaseHandler, ChatMemberHandler, CommandHandler, MessageHandler, filters

from bot.chat.admins import is_chat_admin
from bot.chat.subscriptions import change_subscription, next_delivery_text, subscribe_chat
from bot.context import AppContext
from bot.core import texts
from bot.core.display import clip, format_iso_date, heading, zone_name
from bot.core.schedule import DEFAULT_TIME, local_date, parse_time, parse_zone
from bot.push.delivery import deliver
from storage.subscriptions import Subscription

GONE = {ChatMemberStatus.LEFT, ChatMemberStatus.BANNED}


async def _admin_or_refuse(update: Update, context: AppContext) -> bool:
    if await is_chat_admin(update, context):
        return True
    assert update.effective_message is not None
    await update.effective_message.reply_text(
        texts.ADMINS_ONLY.format(action=texts.ACTION_SUBSCRIBE)
    )
    return False


async def subscribe(update: Update, context: AppContext) -> None:
    """/subscribe [HH:MM]: the daily excerpt and quiz for this chat (admins in groups)."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None
    assert chat is not None
    if not await _admin_or_refuse(update, context):
        return
    existing = await context.subscriptions.get(chat.id)
    at = existing.at if existing else DEFAULT_TIME
    if context.args:
        parsed = parse_time(context.args[0])
        if parsed is None:
            await message.reply_text(
                texts.BAD_TIME.format(given=clip(context.args[0], 20), command="subscribe")
            )
            return
        at = parsed
    tz = existing.tz if existing else context.settings.tz
    thread = message.message_thread_id if message.is_topic_message else None
    sub = await subscribe_chat(context, chat.id, thread, at, tz)
    await message.reply_text(
        texts.SUBSCRIBED.format(
            time=sub.at.strftime("%H:%M"),
            tz=zone_name(sub.tz),
            next=await next_delivery_text(context, sub),
        )
    )


async def _subscription_or_hint(update: Update, context: AppContext) -> Subscription | None:
    assert update.effective_chat is not None
    assert update.effective_message is not None
    sub = await context.subscriptions.get(update.effective_chat.id)
    if sub is None or sub.status == "off":
        await update.effective_message.reply_text(texts.NOT_SUBSCRIBED)
        return None
    return sub


async def _managed_subscription(update: Update, context: AppContext) -> Subscription | None:
    """The chat's subscription for an admin command; None (after a polite refusal or a hint
    to /subscribe) when the sender may not manage it or there is none."""
    if not await _admin_or_refuse(update, context):
        return None
    return await _subscription_or_hint(update, context)


async def unsubscribe(update: Update, context: AppContext) -> None:
    """/unsubscribe: stop the daily push."""
    assert update.effective_message is not None
    assert update.effective_chat is not None
    if await _managed_subscription(update, context) is None:
        return
    await context.subscriptions.update(update.effective_chat.id, status="off", reason="")
    await update.effective_message.reply_text(texts.UNSUBSCRIBED)


async def set_time(update: Update, context: AppContext) -> None:
    """/settime HH:MM: takes effect at once."""
    assert update.effective_message is not None
    assert update.effective_chat is not None
    sub = await _managed_subscription(update, context)
    if sub is None:
        return
    if not context.args:
        await update.effective_message.reply_text(
            texts.SETTIME_USAGE.format(time=f"{sub.at:%H:%M}", tz=zone_name(sub.tz))
        )
        return
    at = parse_time(context.args[0])
    if at is None:
        await update.effective_message.reply_text(
            texts.BAD_TIME.format(given=clip(context.args[0], 20), command="settime")
        )
        return
    await _apply(update, context, at=at)


async def set_zone(update: Update, context: AppContext) -> None:
    """/settz Area/City: the chat's time zone (IANA name)."""
    assert update.effective_message is not None
    assert update.effective_chat is not None
    sub = await _managed_subscription(update, context)
    if sub is None:
        return
    if not context.args:
        await update.effective_message.reply_text(texts.SETTZ_USAGE.format(tz=zone_name(sub.tz)))
        return
    zone = parse_zone(context.args[0])
    if zone is None:
        await update.effective_message.reply_text(
            texts.BAD_ZONE.format(given=clip(context.args[0], 40))
        )
        return
    await _apply(update, context, tz=zone.key)


async def _apply(update: Update, context: AppContext, **fields: object) -> None:
    assert update.effective_message is not None
    assert update.effective_chat is not None
    sub = await change_subscription(context, update.effective_chat.id, **fields)
    await update.effective_message.reply_text(
        texts.TIME_SET.format(
            time=sub.at.strftime("%H:%M"),
            tz=zone_name(sub.tz),
            next=await next_delivery_text(context, sub),
        )
    )


async def status(update: Update, context: AppContext) -> None:
    """/status: subscribed or not, time, zone, next delivery, the last item delivered."""
    assert update.effective_message is not None
    assert update.effective_chat is not None
    sub = await _subscription_or_hint(update, context)
    if sub is None:
        return
    state = {
        "active": texts.STATUS_ACTIVE,
        "paused": texts.STATUS_PAUSED.format(reason=sub.reason),
    }.get(sub.status, texts.STATUS_OFF)
    last = await context.deliveries.last_delivery(sub.chat_id)
    last_text = texts.STATUS_NEVER
    if last is not None:
        article = await context.articles.get(last.article_id, include_retired=True)
        name = heading(article).name() if article else ""
        today = local_date(context.now(), ZoneInfo(sub.tz))
        last_text = texts.STATUS_LAST.format(
            date=format_iso_date(last.local_date, today), name=name, paragraph=last.paragraph
        )
    await update.effective_message.reply_text(
        texts.STATUS.format(
            state=state,
            time=sub.at.strftime("%H:%M"),
            tz=zone_name(sub.tz),
            next=await next_delivery_text(context, sub) if sub.active else "—",
            weekly=texts.WEEKLY_ON if sub.weekly and sub.chat_id < 0 else texts.WEEKLY_OFF,
            last=last_text,
        ),
        parse_mode=ParseMode.HTML,
    )


async def today(update: Update, context: AppContext) -> None:
    """/today (admins): deliver today's item now; it counts as today's delivery."""
    assert update.effective_message is not None
    assert update.effective_chat is not None
    sub = await _managed_subscription(update, context)
    if sub is None:
        return
    if not sub.active:
        await update.effective_message.reply_text(texts.TODAY_PAUSED.format(reason=sub.reason))
        return
    outcome = await deliver(context, sub.chat_id)
    if outcome in {"already", "unknown"}:
        await update.effective_message.reply_text(
            texts.TODAY_ALREADY.format(time=sub.at.strftime("%H:%M"))
        )
    elif outcome == "empty":
        await update.effective_message.reply_text(texts.TODAY_EMPTY)
    elif outcome == "busy":
        await update.effective_message.reply_text(texts.TODAY_BUSY)


async def weekly(update: Update, context: AppContext) -> None:
    """/weekly on|off: the Sunday report."""
    assert update.effective_message is not None
    assert update.effective_chat is not None
    if update.effective_chat.type == ChatType.PRIVATE:
        await update.effective_message.reply_text(texts.WEEKLY_PRIVATE)
        return
    sub = await _managed_subscription(update, context)
    if sub is None:
        return
    arg = (context.args or [""])[0].lower()
    if arg not in {"on", "off", "开", "关"}:
        state = texts.WEEKLY_ON if sub.weekly else texts.WEEKLY_OFF
        await update.effective_message.reply_text(texts.WEEKLY_USAGE.format(state=state))
        return
    on = arg in {"on", "开"}
    await change_subscription(context, update.effective_chat.id, weekly=int(on))
    await update.effective_message.reply_text(texts.WEEKLY_SET_ON if on else texts.WEEKLY_SET_OFF)


async def membership(update: Update, context: AppContext) -> None:
    """The bot was added to or removed from a chat (or blocked in a private chat)."""
    change: ChatMemberUpdated | None = update.my_chat_member
    assert change is not None
    chat_id = change.chat.id
    old, new = change.old_chat_member.status, change.new_chat_member.status
    if new in GONE:
        sub = await context.subscriptions.get(chat_id)
        if sub is not None and sub.active:
            reason = (
                "机器人被移出群组" if change.chat.type != ChatType.PRIVATE else "用户停用了机器人"
            )
            await context.subscriptions.update(chat_id, status="paused", reason=reason)
    elif old in GONE and change.chat.type in {ChatType.GROUP, ChatType.SUPERGROUP}:
        await context.bot.send_message(chat_id, texts.WELCOME_GROUP)


async def migrated(update: Update, context: AppContext) -> None:
    """A group became a supergroup: move its subscription, history and scores."""
    message = update.effective_message
    assert message is not None
    if message.migrate_to_chat_id is None:
        return
    old, new = message.chat.id, message.migrate_to_chat_id
    await context.subscriptions.migrate_chat(old, new)
    sub = await context.subscriptions.get(new)
    if sub is not None:
        context.push_plan.schedule(context.job_queue, sub)


HANDLERS: list[BaseHandler] = [
    CommandHandler("subscribe", subscribe),
    CommandHandler("unsubscribe", unsubscribe),
    CommandHandler("settime", set_time),
    CommandHandler("settz", set_zone),
    CommandHandler("status", status),
    CommandHandler("today", today),
    CommandHandler("weekly", weekly),
    ChatMemberHandler(membership, ChatMemberHandler.MY_CHAT_MEMBER),
    MessageHandler(filters.StatusUpdate.MIGRATE, migrated),
]
