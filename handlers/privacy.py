"""/forgetme: a member deletes every record kept about them, everywhere, after a confirmation.

(/me, in handlers/quiz.py, says what is kept; the README says what is recorded and why.)
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, filters

from bot.context import AppContext
from bot.core import texts

CONFIRM_FOR = 600  # seconds a confirmation button stays valid


async def forget_me(update: Update, context: AppContext) -> None:
    """/forgetme (private chat): what would be deleted, with 确认删除 / 取消."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None
    assert chat is not None
    assert user is not None
    if chat.type != ChatType.PRIVATE:
        link = f"https://t.me/{context.bot.username}?start=forgetme"
        button = InlineKeyboardButton(texts.OPEN_PRIVATE, url=link)
        await message.reply_text(
            texts.FORGET_PRIVATE, reply_markup=InlineKeyboardMarkup([[button]])
        )
        return
    kept = await context.ledger.records.kept(user.id)
    if not kept.anything:
        await message.reply_text(texts.FORGET_NOTHING)
        return
    stamp = int(context.now().timestamp())
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.FORGET_YES, callback_data=f"forget:yes:{stamp}"),
                InlineKeyboardButton(texts.FORGET_NO, callback_data=f"forget:no:{stamp}"),
            ]
        ]
    )
    await message.reply_text(
        texts.FORGET_CONFIRM.format(
            answers=kept.answers, readings=kept.readings, chats=kept.chats
        ),
        reply_markup=markup,
    )


async def forget_confirmed(update: Update, context: AppContext) -> None:
    """确认删除 / 取消 under /forgetme (only in the member's own private chat)."""
    query, user = update.callback_query, update.effective_user
    assert query is not None
    assert user is not None
    assert context.match is not None
    chat = update.effective_chat
    if chat is None or chat.id != user.id:
        await query.answer(texts.BUTTON_EXPIRED, show_alert=True)
        return
    await query.answer()
    if context.match.group(1) == "no":
        await query.edit_message_text(texts.FORGET_CANCELLED)
        return
    if context.now().timestamp() - int(context.match.group(2)) > CONFIRM_FOR:
        await query.edit_message_text(texts.FORGET_EXPIRED)
        return
    gone = await context.ledger.records.forget(user.id)
    for key in [k for k in context.services.seen if k[1] == user.id]:
        del context.services.seen[key]
    await query.edit_message_text(
        texts.FORGET_DONE.format(answers=gone.answers, readings=gone.readings)
    )


async def forgetme_link(update: Update, context: AppContext) -> None:
    """``/start forgetme``: the private chat opened from the button under a group's /forgetme."""
    context.args = []
    await forget_me(update, context)


HANDLERS: list[BaseHandler] = [
    CommandHandler("forgetme", forget_me),
    # Before handlers/start.py's /start (bot/app.py registers this module first).
    CommandHandler("start", forgetme_link, filters.Regex(r"^/start forgetme$")),
    CallbackQueryHandler(forget_confirmed, pattern=r"^forget:(yes|no):(\d{1,12})$"),
]
