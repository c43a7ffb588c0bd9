"""The one error handler: log with the traceback, tell the user politely."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import TelegramError

from bot.context import AppContext
from bot.core import texts

log = logging.getLogger(__name__)


async def on_error(update: object, context: AppContext) -> None:
    """Log the exception first; then, if there is a chat, apologise in it."""
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(texts.ERROR)
        except TelegramError:
            log.warning("could not tell the user about the error", exc_info=True)
