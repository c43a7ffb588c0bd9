"""Quiz polls: sending a question as a native quiz poll (remembering which question it asks)
and the review of wrong answers."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType, PollType

from bot.context import AppContext
from bot.core import texts
from bot.core.display import format_moment
from bot.core.quiz import Question


async def send_quiz(
    context: AppContext,
    chat_id: int,
    question: Question,
    *,
    purpose: str = "quiz",
    thread_id: int | None = None,
    paid_broadcast: bool = False,
    open_period: int | None = None,
    text: str | None = None,
) -> Message:
    """Send a question as a native quiz poll and remember the poll → question mapping.
    ``open_period``: the time limit (default: the chat's /quiztimer); ``text``: the question
    as shown (default: the question's own, e.g. numbered in a test)."""
    message = await context.bot.send_poll(
        chat_id,
        text or question.question,
        list(question.options),
        type=PollType.QUIZ,
        correct_option_ids=[question.correct],  # type: ignore[list-item]
        explanation=question.explanation,
        is_anonymous=False,  # answers are scored per member
        open_period=open_period or await context.quizzes.open_period(chat_id),
        message_thread_id=thread_id,
        allow_paid_broadcast=paid_broadcast or None,
    )
    assert message.poll is not None
    await context.quizzes.record_poll(
        question, message.poll.id, chat_id, message.message_id, context.now(), purpose
    )
    return message


async def offer_review(update: Update, context: AppContext) -> None:
    """Re-ask the questions a member got wrong that are due (in a private chat; in a group,
    a button that opens the private chat)."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None
    assert chat is not None
    assert user is not None
    if chat.type != ChatType.PRIVATE:
        link = f"https://t.me/{context.bot.username}?start=review"
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(texts.REVIEW_OPEN, url=link)]])
        await message.reply_text(texts.REVIEW_GROUP, reply_markup=markup)
        return
    due = await context.quizzes.due_reviews(user.id, context.now())
    if not due:
        later = await context.quizzes.next_review_at(user.id)
        if later is None:
            await message.reply_text(texts.REVIEW_NONE)
        else:
            when = format_moment(later, context.settings.zone, context.now())
            await message.reply_text(texts.REVIEW_LATER.format(when=when))
        return
    await message.reply_text(texts.REVIEW_START.format(count=len(due)))
    await send_quiz(context, chat.id, due[0], purpose="review")
