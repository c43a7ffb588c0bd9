"""Taking an article out: a maintainer's ``/remove N``, confirmed with a button."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler

from bot.context import AppContext
from bot.core import texts


async def ask_remove(update: Update, context: AppContext) -> None:
    """/remove N: which article, and a 下架 / 取消 question."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    if user is None or user.id not in context.settings.admins:
        await message.reply_text(texts.IMPORT_REFUSED)
        return
    args = context.args or []
    if not args or not args[0].isdecimal() or len(args[0]) > 9:
        await message.reply_text(texts.REMOVE_USAGE)
        return
    article = await context.articles.get(int(args[0]))
    if article is None:
        await message.reply_text(texts.READ_NOT_FOUND.format(number=args[0]))
        return
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.REMOVE_BUTTON, callback_data=f"remove:{article.id}"),
                InlineKeyboardButton(texts.IMPORT_CANCEL, callback_data="cancel-remove"),
            ]
        ]
    )
    await message.reply_text(
        texts.REMOVE_CONFIRM.format(id=article.id, title=html.escape(article.title)),
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard,
    )


async def confirm_remove(update: Update, context: AppContext) -> None:
    """下架 takes the article out of the list, search, quizzes and pushes; 取消 keeps it."""
    query, user = update.callback_query, update.effective_user
    assert query is not None
    assert context.match is not None
    if user is None or user.id not in context.settings.admins:
        await query.answer(texts.IMPORT_REFUSED, show_alert=True)
        return
    await query.answer()
    if context.match.group(1) is None:
        await query.edit_message_text(texts.REMOVE_CANCELLED)
        return
    article_id = int(context.match.group(1))
    removed = await context.library.remove(article_id)
    if removed is None:
        await query.edit_message_text(texts.READ_NOT_FOUND.format(number=article_id))
        return
    context.services.inline_cache.clear()
    await query.edit_message_text(
        texts.REMOVE_DONE.format(id=removed.id, title=html.escape(removed.title)),
        parse_mode=ParseMode.HTML,
    )


HANDLERS: list[BaseHandler] = [
    CommandHandler("remove", ask_remove),
    CallbackQueryHandler(confirm_remove, pattern=r"^(?:remove:(\d{1,9})|cancel-remove)$"),
]
