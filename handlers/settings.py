"""The settings panel: /settings shows a chat's subscription, push time and zone, quiz timer and
weekly report in one message with buttons; every press edits that message in place. Times come
in steps a phone can tap (the hour, then :00/:15/:30/:45), common zones first, then free entry
by replying to a prompt (a ForceReply, which reaches the bot in groups with privacy mode too).
Group admins only; in a private chat, its user for themself. The commands stay."""

from __future__ import annotations

import html
from datetime import time

from telegram import (
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.chat.admins import is_chat_admin
from bot.chat.subscriptions import change_subscription, next_delivery_text, subscribe_chat
from bot.context import AppContext
from bot.core import texts
from bot.core.display import clip, zone_name
from bot.core.schedule import DEFAULT_TIME, parse_zone

# The zones offered first, in this order; any other is typed as a reply to the prompt.
COMMON_ZONES = (
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Europe/Moscow",
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "America/Los_Angeles",
    "Australia/Sydney",
    "UTC",
)
MINUTES = (0, 15, 30, 45)
TIMERS = (0, 15, 30, 60, 120, 300)  # seconds; 0: no limit

Rendered = tuple[str, InlineKeyboardMarkup | None]


def button(text: str, action: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=f"cfg:{action}")


def timer_text(seconds: int | None) -> str:
    return texts.TIMER_SECONDS.format(seconds=seconds) if seconds else texts.QUIZ_TIMER_NONE


async def main_view(
    context: AppContext, chat_id: int, private: bool, *, closed: bool = False
) -> Rendered:
    """The panel: every setting of the chat, and a button to change each (``closed``: the
    settings alone, the buttons gone)."""
    sub = await context.subscriptions.get(chat_id)
    timer = timer_text(await context.quizzes.open_period(chat_id))
    lines = [texts.SETTINGS_TITLE_PRIVATE if private else texts.SETTINGS_TITLE_GROUP]
    rows: list[list[InlineKeyboardButton]] = []
    subscribed = sub is not None and sub.status != "off"
    if sub is None or not subscribed:
        lines.append(texts.SETTINGS_PUSH.format(state=texts.SETTINGS_NOT_SUBSCRIBED))
        at = sub.at if sub is not None else DEFAULT_TIME
        rows.append([button(texts.BUTTON_SUBSCRIBE.format(time=f"{at:%H:%M}"), "sub")])
    else:
        if sub.active:
            state = texts.STATUS_ACTIVE
        else:
            state = texts.SETTINGS_PAUSED.format(reason=html.escape(sub.reason))
        lines.append(texts.SETTINGS_PUSH.format(state=state))
        lines.append(texts.SETTINGS_TIME.format(time=f"{sub.at:%H:%M}", tz=zone_name(sub.tz)))
        if sub.active:
            lines.append(texts.SETTINGS_NEXT.format(next=await next_delivery_text(context, sub)))
        else:
            rows.append([button(texts.BUTTON_RESUME, "sub")])
        rows.append(
            [
                button(texts.BUTTON_TIME.format(time=f"{sub.at:%H:%M}"), "hours"),
                button(texts.BUTTON_ZONE.format(tz=zone_name(sub.tz)), "zones"),
            ]
        )
    lines.append(texts.SETTINGS_TIMER.format(timer=timer))
    row = [button(texts.BUTTON_TIMER.format(timer=timer), "timer")]
    if sub is not None and subscribed and not private:
        lines.append(
            texts.SETTINGS_WEEKLY.format(
                weekly=texts.WEEKLY_ON if sub.weekly else texts.WEEKLY_OFF
            )
        )
        state = texts.BUTTON_WEEKLY_ON if sub.weekly else texts.BUTTON_WEEKLY_OFF
        row.append(
            button(texts.BUTTON_WEEKLY.format(weekly=state), f"weekly:{int(not sub.weekly)}")
        )
    rows.append(row)
    last = [button(texts.BUTTON_DONE, "done")]
    if subscribed:
        last.insert(0, button(texts.BUTTON_UNSUBSCRIBE, "unsub"))
    rows.append(last)
    if closed:
        return "\n".join([*lines, "", texts.SETTINGS_CLOSED]), None
    lines += ["", texts.SETTINGS_HINT]
    return "\n".join(lines), InlineKeyboardMarkup(rows)


def hours_view() -> Rendered:
    hours = [button(texts.BUTTON_HOUR.format(hour=h), f"hour:{h:02d}") for h in range(24)]
    rows = [hours[i : i + 6] for i in range(0, 24, 6)]
    rows.append([button(texts.BUTTON_BACK, "main")])
    return texts.SETTINGS_PICK_HOUR, InlineKeyboardMarkup(rows)


def minutes_view(hour: int) -> Rendered:
    rows = [
        [button(f"{hour:02d}:{m:02d}", f"time:{hour:02d}:{m:02d}") for m in MINUTES],
        [button(texts.BUTTON_BACK, "hours")],
    ]
    return texts.SETTINGS_PICK_MINUTE.format(hour=hour), InlineKeyboardMarkup(rows)


def zones_view() -> Rendered:
    zones = [button(zone_name(tz), f"tz:{tz}") for tz in COMMON_ZONES]
    rows = [zones[i : i + 2] for i in range(0, len(zones), 2)]
    rows.append([button(texts.BUTTON_OTHER_ZONE, "tzother")])
    rows.append([button(texts.BUTTON_BACK, "main")])
    return texts.SETTINGS_PICK_ZONE, InlineKeyboardMarkup(rows)


def timer_view() -> Rendered:
    timers = [button(timer_text(s), f"timer:{s}") for s in TIMERS]
    rows = [timers[:3], timers[3:], [button(texts.BUTTON_BACK, "main")]]
    return texts.SETTINGS_PICK_TIMER, InlineKeyboardMarkup(rows)


async def settings(update: Update, context: AppContext) -> None:
    """/settings: the panel (group admins; in a private chat, its user)."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None
    assert chat is not None
    if not await is_chat_admin(update, context):
        await message.reply_text(texts.ADMINS_ONLY.format(action=texts.ACTION_SETTINGS))
        return
    text, markup = await main_view(context, chat.id, chat.type == ChatType.PRIVATE)
    await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def press(update: Update, context: AppContext) -> None:
    """A button of the panel: change a setting or show a choice, in the same message."""
    query, chat = update.callback_query, update.effective_chat
    assert query is not None
    assert chat is not None
    assert context.match is not None
    if not await is_chat_admin(update, context):
        await query.answer(texts.ADMINS_ONLY.format(action=texts.ACTION_SETTINGS), show_alert=True)
        return
    action, value = context.match.group(1), context.match.group(2) or ""
    private = chat.type == ChatType.PRIVATE
    sub = await context.subscriptions.get(chat.id)
    subscribed = sub is not None and sub.status != "off"
    if action in {"hours", "hour", "time", "zones", "tz", "tzother", "weekly", "unsub"} and (
        not subscribed
    ):
        await query.answer(texts.SETTINGS_SUBSCRIBE_FIRST, show_alert=True)
        await edit(query.message, await main_view(context, chat.id, private))
        return
    if action == "done":
        await query.answer()
        await edit(query.message, await main_view(context, chat.id, private, closed=True))
        return
    if action == "tzother":
        await query.answer()
        await ask_for_zone(update, context)
        return
    if action == "main":
        view = await main_view(context, chat.id, private)
    elif action == "hours":
        view = hours_view()
    elif action == "hour":
        view = minutes_view(int(value))
    elif action == "zones":
        view = zones_view()
    elif action == "timer" and not value:
        view = timer_view()
    else:
        await apply(update, context, action, value)
        view = await main_view(context, chat.id, private)
        await query.answer(texts.SETTINGS_SAVED)
        await edit(query.message, view)
        return
    await query.answer()
    await edit(query.message, view)


async def apply(update: Update, context: AppContext, action: str, value: str) -> None:
    """Store what a button chose."""
    chat, message = update.effective_chat, update.effective_message
    assert chat is not None
    if action == "sub":
        sub = await context.subscriptions.get(chat.id)
        at = sub.at if sub is not None else DEFAULT_TIME
        tz = sub.tz if sub is not None else context.settings.tz
        topic = message is not None and message.is_topic_message
        thread = message.message_thread_id if message is not None and topic else None
        await subscribe_chat(context, chat.id, thread, at, tz)
    elif action == "unsub":
        await context.subscriptions.update(chat.id, status="off", reason="")
    elif action == "time":
        await change_subscription(context, chat.id, at=time.fromisoformat(value))
    elif action == "tz" and (zone := parse_zone(value)) is not None:
        await change_subscription(context, chat.id, tz=zone.key)
    elif action == "weekly":
        await change_subscription(context, chat.id, weekly=int(value == "1"))
    elif action == "timer":
        seconds = int(value)
        await context.quizzes.set_open_period(chat.id, seconds or None)


async def edit(message: object, view: Rendered) -> None:
    """Show ``view`` in the panel's message; the same view again is no change."""
    if not isinstance(message, Message):
        return  # too old for Telegram to tell us its contents: nothing to edit
    text, markup = view
    try:
        await message.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)
    except BadRequest as error:
        if "not modified" not in error.message.lower():
            raise


async def ask_for_zone(update: Update, context: AppContext) -> None:
    """「其他时区」: a prompt the member who pressed replies to with the zone's name."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    assert chat is not None
    assert user is not None
    name = f'<a href="tg://user?id={user.id}">{html.escape(user.first_name)}</a>'
    topic = message is not None and message.is_topic_message
    await context.bot.send_message(
        chat.id,
        texts.ZONE_PROMPT_FOR.format(name=name),
        parse_mode=ParseMode.HTML,
        reply_markup=ForceReply(selective=True, input_field_placeholder="Europe/Berlin"),
        message_thread_id=message.message_thread_id if message is not None and topic else None,
    )


class ZonePromptReply(filters.MessageFilter):
    """A reply to the bot's prompt for a zone's name."""

    def filter(self, message: Message) -> bool:
        prompt = message.reply_to_message
        return bool(
            prompt is not None
            and prompt.from_user is not None
            and prompt.from_user.is_bot
            and texts.ZONE_PROMPT in (prompt.text or "")
        )


async def zone_reply(update: Update, context: AppContext) -> None:
    """The zone's name, typed in reply to the prompt."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None
    assert chat is not None
    assert message.text is not None
    if not await is_chat_admin(update, context):
        await message.reply_text(texts.ADMINS_ONLY.format(action=texts.ACTION_SETTINGS))
        return
    sub = await context.subscriptions.get(chat.id)
    if sub is None or sub.status == "off":
        await message.reply_text(texts.NOT_SUBSCRIBED)
        return
    given = message.text.strip()
    zone = parse_zone(given)
    if zone is None:
        await message.reply_text(
            texts.ZONE_PROMPT_RETRY.format(given=clip(given, 40)),
            reply_markup=ForceReply(selective=True, input_field_placeholder="Europe/Berlin"),
        )
        return
    sub = await change_subscription(context, chat.id, tz=zone.key)
    await message.reply_text(
        texts.ZONE_SET.format(
            tz=zone_name(sub.tz),
            time=f"{sub.at:%H:%M}",
            next=await next_delivery_text(context, sub),
        )
    )


HANDLERS: list[BaseHandler] = [
    CommandHandler("settings", settings),
    CallbackQueryHandler(press, pattern=r"^cfg:(\w+)(?::([\w/+:-]{1,40}))?$"),
    # Before the private-chat search (bot/app.py): a reply to the prompt is not a search.
    MessageHandler(ZonePromptReply() & filters.TEXT & ~filters.COMMAND, zone_reply),
]
