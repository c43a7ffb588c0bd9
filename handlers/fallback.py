"""What nobody else answered: unknown commands and non-text messages (registered last)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import BaseHandler, MessageHandler, filters

from bot.context import AppContext
from bot.core import texts


async def unknown_command(update: Update, context: AppContext) -> None:
    """An unknown command: in a private chat, or addressed to us by name in a group."""
    message = update.effective_message
    assert message is not None
    assert message.text is not None
    command = message.text.split()[0]
    if message.chat.type != "private" and f"@{context.bot.username}".casefold() not in (
        command.casefold()
    ):
        return  # meant for another bot in the group
    await message.reply_text(texts.UNKNOWN_COMMAND)


async def not_text(update: Update, context: AppContext) -> None:
    """Stickers, photos and the like in a private chat."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(texts.NOT_TEXT)


HANDLERS: list[BaseHandler] = [
    MessageHandler(filters.COMMAND, unknown_command),
    MessageHandler(
        filters.ChatType.PRIVATE
        & ~filters.TEXT
        & ~filters.StatusUpdate.ALL
        & ~filters.Document.ALL,
        not_text,
    ),
]
