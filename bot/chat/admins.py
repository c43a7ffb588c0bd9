"""Who may change a chat's settings: group administrators (anonymous ones included)."""

from __future__ import annotations

import time

from telegram import Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.context import AppContext

ADMIN_TTL = 60.0  # seconds an answer from getChatMember is trusted
ADMIN_CACHE_SIZE = 10_000  # beyond this many answers, the expired ones are dropped


async def is_chat_admin(update: Update, context: AppContext) -> bool:
    """True in a private chat; in a group, for its administrators and for anonymous admins
    (who post as the group itself)."""
    chat, message, user = update.effective_chat, update.effective_message, update.effective_user
    if chat is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    if user is None:
        return False
    cache = context.services.admin_cache
    key = (chat.id, user.id)
    hit = cache.get(key)
    if hit is not None and time.monotonic() - hit[1] < ADMIN_TTL:
        return hit[0]
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError:
        return False
    admin = member.status in {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}
    now = time.monotonic()
    if len(cache) >= ADMIN_CACHE_SIZE:  # thousands of groups: keep only what is still fresh
        for stale in [k for k, (_, at) in cache.items() if now - at >= ADMIN_TTL]:
            del cache[stale]
    cache[key] = (admin, now)
    return admin
