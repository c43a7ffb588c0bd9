"""The ledger's Telegram side, shared by the reading handlers, /stats, /export and the weekly
report: recording a reading with the chat it counts for, a group's zone, the group chosen
under a private /stats or /export, sending a chart."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from telegram import Message, Update
from telegram.constants import ChatMemberStatus, ChatType
from telegram.error import TelegramError

from bot.chat.admins import is_admin_of
from bot.context import AppContext
from bot.core import texts
from bot.core.ledger import Period, period_from_key
from bot.services.ledger import Chart

# Paging on in a private chat within this time continues the reading that was opened there.
SESSION = timedelta(hours=6)
IN_GROUP = {ChatMemberStatus.MEMBER, ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER}


async def is_group_member(context: AppContext, chat_id: int, user_id: int) -> bool:
    """Whether Telegram says the user is in the group now (False if it cannot tell)."""
    try:
        member = await context.bot.get_chat_member(chat_id, user_id)
    except TelegramError:
        return False
    if member.status == ChatMemberStatus.RESTRICTED:
        return bool(getattr(member, "is_member", False))
    return member.status in IN_GROUP


async def note_reading(
    update: Update,
    context: AppContext,
    article_id: int,
    page: int,
    via: str,
    group: int | None = None,
) -> None:
    """Record that the member behind ``update`` opened ``page`` of an article (``via``:
    link, read, open or page).

    It counts for the chat it happened in, with two exceptions in a private chat: an article
    opened from a group's 「阅读全文」 link (``group``, from the link's payload) counts for that
    group if Telegram confirms the reader is a member of it (a link can be copied, membership
    cannot); and paging on counts for the chat the opening counted for."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or user.is_bot:
        return
    records = context.ledger.records
    now = context.now()
    counts_for = chat.id
    if chat.type == ChatType.PRIVATE:
        if group is not None and group < 0:
            if await is_group_member(context, group, user.id):
                counts_for = group
        elif via == "page":
            opened = await records.session_chat(user.id, chat.id, article_id, now - SESSION)
            counts_for = opened if opened is not None else chat.id
    await records.record_reading(
        counts_for, chat.id, user.id, user.full_name, article_id, page, via, now
    )


async def group_zone(context: AppContext, chat_id: int) -> ZoneInfo:
    """The zone a group's periods are counted in: its subscription's, else the bot's."""
    sub = await context.subscriptions.get(chat_id)
    return ZoneInfo(sub.tz) if sub is not None else context.settings.zone


async def chosen_group(
    update: Update, context: AppContext, command: str, *, months_only: bool = False
) -> tuple[int, Period] | None:
    """The group and period of a button pressed under a private /stats or /export, once the
    presser is checked again as the group's admin; None (the press answered with why) when
    the button is stale or the presser no longer administers the group."""
    query, user = update.callback_query, update.effective_user
    assert query is not None
    assert user is not None
    assert context.match is not None
    group = int(context.match.group(1))
    period = period_from_key(context.match.group(2), await group_zone(context, group))
    if period is None or (months_only and period.kind != "month"):
        await query.answer(texts.BUTTON_EXPIRED, show_alert=True)
        return None
    if not await is_admin_of(context, group, user.id):
        await query.answer(texts.NOT_ADMIN_OF.format(command=command), show_alert=True)
        return None
    await query.answer()
    return group, period


async def send_chart(
    context: AppContext, chat_id: int, chart: Chart, thread_id: int | None = None
) -> Message:
    """The chart as a photo with its one-line caption."""
    return await context.bot.send_photo(
        chat_id,
        chart.png,
        caption=chart.caption,
        message_thread_id=thread_id,
        filename="chart.png",
    )
