"""Who may change a chat's settings: group administrators (anonymous ones included)."""

from __future__ import annotations

import time

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.context import AppContext
from bot.core import texts

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
    return await is_admin_of(context, chat.id, user.id)


async def is_admin_of(context: AppContext, chat_id: int, user_id: int) -> bool:
    """Whether Telegram says the user administers the group ``chat_id`` (False if the bot
    cannot ask, e.g. it is not in that group); answers are cached for ADMIN_TTL."""
    if chat_id > 0:
        return chat_id == user_id  # a private chat is its own user's
    cache = context.services.admin_cache
    key = (chat_id, user_id)
    hit = cache.get(key)
    if hit is not None and time.monotonic() - hit[1] < ADMIN_TTL:
        return hit[0]
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        return False
    admin = member.status in {ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}
    now = time.monotonic()
    if len(cache) >= ADMIN_CACHE_SIZE:  # thousands of groups: keep only what is still fresh
        for stale in [k for k, (_, at) in cache.items() if now - at >= ADMIN_TTL]:
            del cache[stale]
    cache[key] = (admin, now)
    return admin


async def administered_groups(context: AppContext, user_id: int) -> list[tuple[int, str]]:
    """(id, title) of the groups with records where the user was seen and which Telegram says
    they administer (the bot cannot list a user's groups; it knows where it has seen them)."""
    candidates = await context.ledger.records.groups_of(user_id)
    return [(c, title) for c, title in candidates if await is_admin_of(context, c, user_id)]


async def offer_groups(update: Update, context: AppContext, command: str, key: str) -> None:
    """Buttons for the groups the user administers that have records (for a private /stats
    or /export); ``key`` is the period's."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    assert user is not None
    groups = await administered_groups(context, user.id)
    if not groups:
        await message.reply_text(texts.PICK_NONE.format(command=command))
        return
    rows = [
        [InlineKeyboardButton(title or str(chat_id), callback_data=f"{command}:{chat_id}:{key}")]
        for chat_id, title in groups
    ]
    action = texts.ACTION_STATS if command == "stats" else texts.ACTION_EXPORT
    await message.reply_text(
        texts.PICK_GROUP.format(action=action), reply_markup=InlineKeyboardMarkup(rows)
    )
