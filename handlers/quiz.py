"""Quizzes: native quiz polls, answers, leaderboards, review of wrong answers, time limits."""

from __future__ import annotations

import html
from datetime import datetime

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import BaseHandler, CommandHandler, PollAnswerHandler

from bot.chat.admins import is_chat_admin
from bot.chat.guards import expensive
from bot.chat.polls import offer_review, send_quiz
from bot.context import AppContext
from bot.core import texts
from bot.core.display import clip
from bot.core.schedule import streak, week_start
from bot.core.search import clean_query
from bot.services.quizbank import RECENT, is_about

MIN_OPEN, MAX_OPEN = 5, 600  # Telegram's open_period bounds, in seconds


@expensive
async def quiz(update: Update, context: AppContext) -> None:
    """/quiz [关键词]: one question this chat has not seen recently."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None
    assert chat is not None
    keyword = clean_query(" ".join(context.args or []))
    keys = None
    terms: tuple[str, ...] = ()
    if keyword:
        hits = await context.library.search(keyword, limit=5)
        keys = [hit.article_key for hit in hits]
        if not keys:
            await message.reply_text(texts.QUIZ_NO_MATCH.format(query=clip(keyword, 30)))
            return
        terms = (keyword, *hits[0].terms)
    recent = await context.quizzes.recent_questions(chat.id, context.now() - RECENT)
    question = await context.bank.pick(recent, keys, about=terms)
    if question is None:
        if context.bank.refreshing:
            await message.reply_text(texts.QUIZ_PENDING)
        elif keys and await context.bank.questions.count():
            await message.reply_text(texts.QUIZ_NONE_FOR.format(query=clip(keyword, 30)))
        else:
            await message.reply_text(texts.QUIZ_EMPTY)
        return
    if keyword and not is_about(question, terms):
        # /quiz 养老: the 养老 article has no question, part 九 (民生) has one on 分配;
        # /quiz 千万工程: the 四个伟大 (伟大工程) is not about it.
        await message.reply_text(texts.QUIZ_RELATED.format(query=clip(keyword, 30)))
    thread = message.message_thread_id if message.is_topic_message else None
    await send_quiz(context, chat.id, question, thread_id=thread)


async def poll_answer(update: Update, context: AppContext) -> None:
    """Record a member's answer to one of our quiz polls; in a review, ask the next one."""
    answer = update.poll_answer
    assert answer is not None
    if answer.user is None or not answer.option_ids:
        return  # an anonymous vote, or a retracted one
    poll = await context.quizzes.poll(answer.poll_id)
    if poll is None:
        return
    await context.quizzes.record_answer(
        poll, answer.user.id, answer.user.full_name, answer.option_ids[0], context.now()
    )
    if poll.purpose == "review":
        due = await context.quizzes.due_reviews(answer.user.id, context.now())
        if due:
            await context.bot.send_message(poll.chat_id, texts.REVIEW_NEXT.format(count=len(due)))
            await send_quiz(context, poll.chat_id, due[0], purpose="review")
        else:
            await context.bot.send_message(poll.chat_id, texts.REVIEW_DONE)


async def quiz_timer(update: Update, context: AppContext) -> None:
    """/quiztimer 30 | off: a time limit for this chat's quiz polls (admins only)."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None
    assert chat is not None
    if not await is_chat_admin(update, context):
        await message.reply_text(texts.ADMINS_ONLY.format(action=texts.ACTION_QUIZ_TIMER))
        return
    arg = (context.args or [""])[0].lower()
    private = chat.type == ChatType.PRIVATE
    if arg in {"off", "关", "关闭", "0"}:
        await context.quizzes.set_open_period(chat.id, None)
        await message.reply_text(texts.QUIZ_TIMER_OFF_PRIVATE if private else texts.QUIZ_TIMER_OFF)
        return
    if arg.isdecimal() and MIN_OPEN <= int(arg) <= MAX_OPEN:
        await context.quizzes.set_open_period(chat.id, int(arg))
        done = texts.QUIZ_TIMER_SET_PRIVATE if private else texts.QUIZ_TIMER_SET
        await message.reply_text(done.format(seconds=int(arg)))
        return
    current = await context.quizzes.open_period(chat.id)
    shown = f"{current} 秒" if current else texts.QUIZ_TIMER_NONE
    await message.reply_text(texts.QUIZ_TIMER_USAGE.format(current=shown))


async def rank(update: Update, context: AppContext) -> None:
    """/rank: this group's leaderboard, this week and all time."""
    message, chat = update.effective_message, update.effective_chat
    assert message is not None
    assert chat is not None
    if chat.type == ChatType.PRIVATE:
        await message.reply_text(texts.RANK_PRIVATE)
        return
    since = week_start(context.now(), context.settings.zone)
    lines = [texts.RANK_TITLE]
    for heading, start in ((texts.RANK_WEEK, since), (texts.RANK_ALL, None)):
        standings = await context.quizzes.standings(chat.id, start)
        lines.append(f"\n{heading}")
        if not standings:
            lines.append(texts.RANK_EMPTY)
        for number, s in enumerate(standings, 1):
            lines.append(
                texts.RANK_LINE.format(
                    rank=number,
                    name=html.escape(s.name or str(s.user_id)),
                    correct=s.correct,
                    answered=s.answered,
                    accuracy=s.accuracy,
                )
            )
    await message.reply_text("\n".join(lines), parse_mode=ParseMode.HTML)


async def me(update: Update, context: AppContext) -> None:
    """/me: your answered count, accuracy and streak of days, and what is kept about you."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    assert user is not None
    answers = await context.quizzes.user_answers(user.id)
    kept = await context.ledger.records.kept(user.id)
    what_is_kept = (
        texts.ME_KEPT.format(answers=kept.answers, readings=kept.readings, chats=kept.chats)
        if kept.anything
        else texts.ME_KEPT_NOTHING
    )
    if not answers:
        await message.reply_text(texts.ME_NONE + what_is_kept, parse_mode=ParseMode.HTML)
        return
    zone = context.settings.zone
    days = {datetime.fromisoformat(at).astimezone(zone).date() for at, _ in answers}
    correct = sum(1 for _, ok in answers if ok)
    text = texts.ME.format(
        answered=len(answers),
        correct=correct,
        accuracy=correct / len(answers),
        streak=streak(days, context.now().astimezone(zone).date()),
    )
    due = await context.quizzes.due_reviews(user.id, context.now())
    if due:
        text += texts.ME_REVIEWS.format(count=len(due))
    await message.reply_text(text + what_is_kept, parse_mode=ParseMode.HTML)


async def review(update: Update, context: AppContext) -> None:
    """/review (private chat): re-ask the questions you got wrong that are due."""
    await offer_review(update, context)


HANDLERS: list[BaseHandler] = [
    CommandHandler("quiz", quiz),
    CommandHandler("quiztimer", quiz_timer),
    CommandHandler("rank", rank),
    CommandHandler("me", me),
    CommandHandler("review", review),
    PollAnswerHandler(poll_answer),
]
