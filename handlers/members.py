"""Who is in which group, as far as the bot can see: the members it may name in /stats.

A bot in privacy mode sees commands, its own buttons pressed, answers to its polls and the
service messages of members joining and leaving (and, where it is an admin, every membership
change). Every such sign puts the member on the group's list (``chat_members``); leaving
takes them off. Registered in handler group -1: it runs before the features and never
replies. A member is written at most once a day (an in-memory note), so the hot paths pay a
dictionary lookup, not a database write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telegram import Update, User
from telegram.constants import ChatMemberStatus, ChatType
from telegram.ext import BaseHandler, TypeHandler

from bot.context import AppContext

GROUPS = {ChatType.GROUP, ChatType.SUPERGROUP}
GONE = {ChatMemberStatus.LEFT, ChatMemberStatus.BANNED}
SEEN_NOTES = 100_000  # beyond this many notes the day's notes are dropped and start again


async def observe(update: Update, context: AppContext) -> None:
    """Note the members an update shows in a group (and those who left)."""
    records = context.ledger.records
    now = context.now()
    if update.poll_answer is not None:
        if update.poll_answer.user is not None:
            await records.seen_answering(
                update.poll_answer.poll_id, update.poll_answer.user.id, now
            )
        return
    chat, message = update.effective_chat, update.effective_message
    if chat is None or chat.type not in GROUPS:
        return
    if update.chat_member is not None:  # the bot is an admin: it sees every change
        member = update.chat_member.new_chat_member
        if member.status in GONE or (
            member.status == ChatMemberStatus.RESTRICTED and not getattr(member, "is_member", True)
        ):
            await records.left(chat.id, member.user.id, now)
        else:
            await note(context, chat.id, chat.title, member.user, force=True)
        return
    if message is not None:
        for joined in message.new_chat_members or ():
            await note(context, chat.id, chat.title, joined, force=True)
        if message.left_chat_member is not None:
            await records.left(chat.id, message.left_chat_member.id, now)
            context.services.seen.pop((chat.id, message.left_chat_member.id), None)
    if update.effective_user is not None:
        await note(context, chat.id, chat.title, update.effective_user)


async def note(
    context: AppContext, chat_id: int, title: str | None, user: User, *, force: bool = False
) -> None:
    """Record a member seen in a group, at most once a (UTC) day unless ``force``."""
    if user.is_bot:  # bots, and anonymous admins (who post as GroupAnonymousBot)
        return
    seen = context.services.seen
    now = context.now()
    day = now.date().isoformat()
    key = (chat_id, user.id)
    if not force and seen.get(key) == day:
        return
    if len(seen) >= SEEN_NOTES:
        seen.clear()
    seen[key] = day
    await context.ledger.records.seen(chat_id, user.id, user.full_name, title, now)


HANDLERS: dict[int, Sequence[BaseHandler[Any, AppContext, Any]]] = {
    -1: [TypeHandler(Update, observe)]
}
