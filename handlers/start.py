"""Greeting and help; /start deep links (``/start a5`` or ``/start a5_3``) open an article."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CommandHandler

from bot.chat.articles import send_article
from bot.chat.polls import offer_review
from bot.context import AppContext
from bot.core import texts
from bot.core.commands import help_html
from bot.core.reading import parse_article_payload


async def start(update: Update, context: AppContext) -> None:
    """/start, with an optional deep-link payload that opens an article."""
    assert update.effective_message is not None
    payload = context.args[0] if context.args else ""
    if payload == "review":
        await offer_review(update, context)
        return
    link = parse_article_payload(payload)
    if link is not None:
        await send_article(
            update, context, link.article_id, link.paragraph, via="link", group=link.chat_id
        )
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
