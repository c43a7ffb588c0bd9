"""/stats: a group's study statistics for a week or a month, with the chart of the last weeks.

In a group, for its admins: the report in the group, and the names of the members who did not
take part in a private message to the admin. In a private chat: the report of a group the
user administers (chosen from buttons, or named by its id), names included."""

from __future__ import annotations

import html
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.chat.admins import is_admin_of, is_chat_admin, offer_groups
from bot.chat.guards import expensive
from bot.chat.ledger import chosen_group, group_zone, send_chart
from bot.context import AppContext
from bot.core import texts
from bot.core.ledger import (
    Period,
    PeriodError,
    Report,
    absent_text,
    parse_period,
    period_error_text,
    render_report,
    split_chat_id,
)

log = logging.getLogger(__name__)


async def member_count(context: AppContext, chat_id: int) -> int | None:
    """The group's members without this bot, as Telegram counts them (None if it won't say)."""
    try:
        return await context.bot.get_chat_member_count(chat_id) - 1
    except TelegramError:
        return None


async def send_stats(
    context: AppContext,
    group: int,
    period: Period,
    chat_id: int,
    *,
    names: bool,
    thread_id: int | None = None,
) -> Report:
    """Send the report of ``group`` (and its chart, when there is anything to draw) to
    ``chat_id``; ``names``: list who did not take part (only in a private chat)."""
    report = await context.ledger.report(group, period, await member_count(context, group))
    await context.bot.send_message(
        chat_id,
        render_report(report, names=names),
        parse_mode=ParseMode.HTML,
        message_thread_id=thread_id,
    )
    chart = await context.ledger.chart(group, context.now(), await group_zone(context, group))
    if chart is not None:
        await send_chart(context, chat_id, chart, thread_id)
    return report


@expensive
async def stats(update: Update, context: AppContext) -> None:
    """/stats [本周|上周|本月|上月|2026-11]."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None
    assert chat is not None
    if chat.type == ChatType.PRIVATE:
        await private_stats(update, context)
        return
    if not await is_chat_admin(update, context):
        await message.reply_text(texts.STATS_ADMINS_ONLY)
        return
    try:
        period = parse_period(
            " ".join(context.args or []), context.now(), await group_zone(context, chat.id)
        )
    except PeriodError as error:
        await message.reply_text(period_error_text(error, "stats"))
        return
    thread = message.message_thread_id if message.is_topic_message else None
    report = await send_stats(context, chat.id, period, chat.id, names=False, thread_id=thread)
    if report.known:
        await send_names_privately(update, context, report)


async def send_names_privately(update: Update, context: AppContext, report: Report) -> None:
    """Who did not take part goes to the admin alone, in a private message."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    if message.sender_chat is not None or user is None:  # an anonymous admin: nobody to tell
        await message.reply_text(texts.STATS_NAMES_ANONYMOUS.format(chat_id=message.chat.id))
        return
    title = texts.STATS_NAMES_TITLE.format(
        title=html.escape(report.title), period=report.period.label
    )
    try:
        await context.bot.send_message(
            user.id, f"{title}\n{absent_text(report)}", parse_mode=ParseMode.HTML
        )
    except TelegramError:  # the admin never opened a private chat with the bot
        link = f"https://t.me/{context.bot.username}?start=stats"
        button = InlineKeyboardButton(texts.OPEN_PRIVATE, url=link)
        await message.reply_text(
            texts.STATS_NAMES_BLOCKED, reply_markup=InlineKeyboardMarkup([[button]])
        )
        return
    await message.reply_text(texts.STATS_NAMES_SENT)


async def private_stats(update: Update, context: AppContext) -> None:
    """/stats in a private chat: for a group named by id, or chosen from buttons."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    assert user is not None
    try:
        group, words = split_chat_id(list(context.args or []))
    except ValueError as error:
        await message.reply_text(texts.BAD_CHAT_ID.format(text=html.escape(str(error)[:20])))
        return
    zone = await group_zone(context, group) if group is not None else context.settings.zone
    try:
        period = parse_period(" ".join(words), context.now(), zone)
    except PeriodError as error:
        await message.reply_text(period_error_text(error, "stats"))
        return
    if group is None:
        await offer_groups(update, context, "stats", period.key)
        return
    if not await is_admin_of(context, group, user.id):
        await message.reply_text(texts.NOT_ADMIN_OF.format(command="stats"))
        return
    await send_stats(context, group, period, message.chat.id, names=True)


async def stats_button(update: Update, context: AppContext) -> None:
    """A group chosen under a private /stats (the admin check is made again)."""
    chosen = await chosen_group(update, context, "stats")
    if chosen is None:
        return
    group, period = chosen
    assert update.effective_user is not None
    await send_stats(context, group, period, update.effective_user.id, names=True)


async def stats_link(update: Update, context: AppContext) -> None:
    """``/start stats``: the private chat opened from the button under a group's /stats."""
    context.args = []
    await stats(update, context)


HANDLERS: list[BaseHandler] = [
    CommandHandler("stats", stats),
    # Before handlers/start.py's /start (bot/app.py registers this module first).
    CommandHandler("start", stats_link, filters.Regex(r"^/start stats$")),
    CallbackQueryHandler(stats_button, pattern=r"^stats:(-\d{1,15}):([\d-]{7,10})$"),
]
