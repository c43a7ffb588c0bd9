"""Greeting and help; /start deep links (``/start a5`` or ``/start a5_3``) open an article."""

from __future__ import annotations

import re

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CommandHandler

from bot.chat.articles import send_article
from bot.chat.polls import offer_review
from bot.context import AppContext
from bot.core import texts
from bot.core.commands import help_html

DEEP_LINK = re.compile(r"^a(\d{1,9})(?:_(\d{1,5}))?$")


async def start(update: Update, context: AppContext) -> None:
    """/start, with an optional deep-link payload that opens an article."""
    assert update.effective_message is not None
    payload = context.args[0] if context.args else ""
    if payload == "review":
        await offer_review(update, context)
        return
    match = DEEP_LINK.match(payload)
    if match:
        paragraph = int(match.group(2)) if match.group(2) else None
        await send_article(update, context, int(match.group(1)), paragraph)
        return
    await update.effective_message.reply_text(texts.WELCOME)


async def help_command(update: Update, context: AppContext) -> None:
    """/help: every command as a usage example, grouped by who may use it."""
    assert update.effective_message is not None
    await update.effective_message.reply_text(help_html(), parse_mode=ParseMode.HTML)


HANDLERS: list[BaseHandler] = [
    CommandHandler("start", start),
    CommandHandler("help", help_command),
]
