"""Adding pages from chat: maintainers send a .txt page, see a preview, then 导入 or 取消."""

from __future__ import annotations

import html
import secrets

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CallbackQueryHandler, MessageHandler, filters

from bot.context import AppContext
from bot.core import texts
from bot.core.pages import Article, Page, PageError, decode_page, parse_document
from bot.services.library import safe_page_name

MAX_BYTES = 2 * 1024 * 1024


def item(article: Article) -> str:
    """A line of the preview: the article, its subtitle under it, and its lead title."""
    line = texts.IMPORT_ITEM.format(
        number=article.position,
        title=html.escape(article.title),
        author=f" {html.escape(article.author)}" if article.author else "",
        paragraphs=len(article.paragraphs),
    )
    if article.subtitle:
        line += texts.IMPORT_ITEM_SUBTITLE.format(subtitle=html.escape(article.subtitle))
    if article.kicker:
        line += texts.IMPORT_ITEM_KICKER.format(kicker=html.escape(article.kicker))
    return line


def preview(name: str, page: Page, replaces: bool) -> str:
    items = [item(a) for a in page.articles]
    if page.kind == "page":
        items += [
            texts.IMPORT_WARNING.format(line=a.line, title=html.escape(a.title))
            for a in page.articles
            if not a.affiliation_line
        ]
    if replaces:
        items.append(texts.IMPORT_REPLACES)
    return texts.IMPORT_PREVIEW.format(
        name=html.escape(name),
        kind=texts.IMPORT_KIND.get(page.kind, page.kind),
        count=len(page.articles),
        items="\n".join(items),
    )


async def receive_page(update: Update, context: AppContext) -> None:
    """A document in a private chat: maintainers get a preview, anyone else a refusal."""
    message, user = update.effective_message, update.effective_user
    assert message is not None
    assert user is not None
    assert message.document is not None
    if user.id not in context.settings.admins:
        await message.reply_text(texts.IMPORT_REFUSED)
        return
    document = message.document
    name = safe_page_name(document.file_name or "page.txt")
    if name is None:
        await message.reply_text(texts.IMPORT_NOT_TXT)
        return
    if (document.file_size or 0) > MAX_BYTES:
        await message.reply_text(texts.IMPORT_TOO_BIG.format(limit=MAX_BYTES // 1024))
        return
    data = bytes(await (await document.get_file()).download_as_bytearray())
    if len(data) > MAX_BYTES:
        await message.reply_text(texts.IMPORT_TOO_BIG.format(limit=MAX_BYTES // 1024))
        return
    try:
        page = parse_document(decode_page(data, name), name)
    except PageError as error:
        await message.reply_text(
            texts.IMPORT_BAD.format(name=name, line=error.line, reason=error.reason)
        )
        return
    token = secrets.token_hex(6)
    pending = context.user_data.setdefault("imports", {}) if context.user_data is not None else {}
    pending[token] = (name, data)
    replaces = (context.settings.seeds_dir / name).exists()
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.IMPORT_CONFIRM, callback_data=f"import:{token}"),
                InlineKeyboardButton(texts.IMPORT_CANCEL, callback_data=f"cancel-import:{token}"),
            ]
        ]
    )
    await message.reply_text(
        preview(name, page, replaces), parse_mode=ParseMode.HTML, reply_markup=keyboard
    )


async def decide(update: Update, context: AppContext) -> None:
    """导入 stores the page (file and database) and rebuilds the quiz bank; 取消 drops it."""
    query, user = update.callback_query, update.effective_user
    assert query is not None
    assert user is not None
    assert context.match is not None
    action, token = context.match.group(1), context.match.group(2)
    pending = (context.user_data or {}).get("imports", {})
    if user.id not in context.settings.admins or token not in pending:
        await query.answer(texts.IMPORT_EXPIRED, show_alert=True)
        return
    name, data = pending.pop(token)
    await query.answer()
    if action == "cancel-import":
        await query.edit_message_text(texts.IMPORT_CANCELLED)
        return
    try:
        ids = await context.library.import_page(context.settings.seeds_dir, name, data)
    except PageError as error:
        await query.edit_message_text(
            texts.IMPORT_BAD.format(name=name, line=error.line, reason=error.reason)
        )
        return
    context.bank.refresh_soon()  # the new page's questions join when they are ready
    context.services.inline_cache.clear()
    await query.edit_message_text(texts.IMPORT_DONE.format(name=name, count=len(ids)))


HANDLERS: list[BaseHandler] = [
    MessageHandler(filters.ChatType.PRIVATE & filters.Document.ALL, receive_page),
    CallbackQueryHandler(decide, pattern=r"^(import|cancel-import):([0-9a-f]{12})$"),
]
