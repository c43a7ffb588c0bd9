"""/export [YYYY-MM]: a group's study ledger for a month, as an .xlsx workbook and the same
tables as CSV, sent to the admin in a private chat (group admins only)."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputMediaDocument, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.chat.admins import is_admin_of, is_chat_admin, offer_groups
from bot.chat.guards import expensive
from bot.chat.ledger import chosen_group, group_zone
from bot.context import AppContext
from bot.core import texts
from bot.core.ledger import (
    Period,
    PeriodError,
    parse_month,
    period_error_text,
    split_chat_id,
    this_month,
)


async def month_or_refuse(
    update: Update, context: AppContext, words: list[str], group: int | None
) -> Period | None:
    """The month the words name (this month if none), or None after a polite refusal."""
    assert update.effective_message is not None
    zone = await group_zone(context, group) if group is not None else context.settings.zone
    now = context.now()
    if not words:
        return this_month(now, zone)
    try:
        return parse_month(" ".join(words), now, zone)
    except PeriodError as error:
        text = period_error_text(error, "export", texts.MONTH_USAGE)
        await update.effective_message.reply_text(text)
        return None


async def send_export(context: AppContext, group: int, period: Period, chat_id: int) -> bool:
    """Send the month's workbook and CSV files to ``chat_id`` as one album; False when the
    group has no record that month (then nothing is sent). TelegramError goes up."""
    files = await context.ledger.export(group, period, await group_zone(context, group))
    if files is None:
        return False
    title = await context.ledger.title(group)
    caption = texts.EXPORT_CAPTION.format(title=title, period=period.label)
    last = len(files.files) - 1
    media = [
        InputMediaDocument(data, filename=name, caption=caption if n == last else None)
        for n, (name, data) in enumerate(files.files)
    ]
    await context.bot.send_media_group(chat_id, media)
    return True


@expensive
async def export(update: Update, context: AppContext) -> None:
    """/export [2026-11]."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None
    assert chat is not None
    if chat.type == ChatType.PRIVATE:
        await private_export(update, context)
        return
    if not await is_chat_admin(update, context):
        await message.reply_text(texts.EXPORT_ADMINS_ONLY)
        return
    if message.sender_chat is not None or user is None:  # an anonymous admin: nobody to send to
        await message.reply_text(texts.EXPORT_ANONYMOUS.format(chat_id=chat.id))
        return
    period = await month_or_refuse(update, context, list(context.args or []), chat.id)
    if period is None:
        return
    try:
        sent = await send_export(context, chat.id, period, user.id)
    except TelegramError:  # the admin never opened a private chat with the bot
        link = f"https://t.me/{context.bot.username}?start=export"
        button = InlineKeyboardButton(texts.OPEN_PRIVATE, url=link)
        await message.reply_text(
            texts.EXPORT_BLOCKED, reply_markup=InlineKeyboardMarkup([[button]])
        )
        return
    if not sent:
        await message.reply_text(empty_text(await context.ledger.title(chat.id), period))
        return
    await message.reply_text(texts.EXPORT_SENT)


def empty_text(title: str, period: Period) -> str:
    return texts.EXPORT_EMPTY.format(title=html.escape(title), period=period.label)


async def private_export(update: Update, context: AppContext) -> None:
    """/export in a private chat: for a group named by id, or chosen from buttons."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    assert user is not None
    try:
        group, words = split_chat_id(list(context.args or []))
    except ValueError as error:
        await message.reply_text(texts.BAD_CHAT_ID.format(text=html.escape(str(error)[:20])))
        return
    period = await month_or_refuse(update, context, words, group)
    if period is None:
        return
    if group is None:
        await offer_groups(update, context, "export", period.key)
        return
    if not await is_admin_of(context, group, user.id):
        await message.reply_text(texts.NOT_ADMIN_OF.format(command="export"))
        return
    if not await send_export(context, group, period, message.chat.id):
        await message.reply_text(empty_text(await context.ledger.title(group), period))


async def export_button(update: Update, context: AppContext) -> None:
    """A group chosen under a private /export (the admin check is made again)."""
    chosen = await chosen_group(update, context, "export", months_only=True)
    if chosen is None:
        return
    group, period = chosen
    assert update.effective_user is not None
    if not await send_export(context, group, period, update.effective_user.id):
        await context.bot.send_message(
            update.effective_user.id, empty_text(await context.ledger.title(group), period)
        )


async def export_link(update: Update, context: AppContext) -> None:
    """``/start export``: the private chat opened from the button under a group's /export."""
    context.args = []
    await export(update, context)


HANDLERS: list[BaseHandler] = [
    CommandHandler("export", export),
    # Before handlers/start.py's /start (bot/app.py registers this module first).
    CommandHandler("start", export_link, filters.Regex(r"^/start export$")),
    CallbackQueryHandler(export_button, pattern=r"^export:(-\d{1,15}):(\d{4}-\d{2})$"),
]
