"""Adding articles from chat: a maintainer sends a link, a file (.txt page or article, .docx,
.pdf) or ``/add`` with pasted text in a private chat, sees one preview, then 导入 or 取消."""

from __future__ import annotations

import asyncio
import html
import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from datetime import date

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import AppContext
from bot.core import texts
from bot.core.display import format_iso_date
from bot.core.drafts import site_of
from bot.core.pages import Article
from bot.services import importer
from bot.services.importer import Candidate, ImportRefused

log = logging.getLogger(__name__)
MAX_BYTES = 20 * 1024 * 1024  # the most a bot may download from Telegram
LINK = re.compile(r"(?i)(?<![\w@/])(?:[a-z][a-z0-9+.\-]{1,15}://|www\.)[^\s<>\"'，。、]+")
OPENING = 2  # paragraphs shown in the preview
OPENING_CHARS = 80
MAX_PENDING = 10  # previews a maintainer may leave unanswered (each holds its file)


def source_line(candidate: Candidate) -> str:
    article = candidate.page.articles[0]
    link = article.origin if article.origin.startswith(("http://", "https://")) else ""
    if link:
        site = article.site or site_of(link)
        return f"{html.escape(site)} · {html.escape(link)}"
    return html.escape(article.origin or candidate.shown_as)


def item(article: Article) -> str:
    """A line of a page's preview: the article, its subtitle under it, and its lead title."""
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


def preview(candidate: Candidate, today: date) -> str:
    """The preview of a candidate: one article in detail, or a page's articles in a list."""
    page = candidate.page
    found = list(candidate.problems)
    if candidate.replaces is not None and not candidate.single:
        found.insert(0, texts.IMPORT_REPLACES)
    elif candidate.replaces is not None:
        found.insert(
            0,
            texts.IMPORT_REPLACES_ARTICLE.format(
                id=candidate.replaces.id, title=html.escape(candidate.replaces.title)
            ),
        )
    if candidate.single:
        article = page.articles[0]
        # The text's opening, not a journal's 摘要 and 关键词 or an editor's note above it.
        text_paragraphs = [p for p in article.paragraphs if not p.role] or article.paragraphs
        opening = "\n".join(
            html.escape(p.text if len(p.text) <= OPENING_CHARS else p.text[:OPENING_CHARS] + "……")
            for p in text_paragraphs[:OPENING]
        )
        text = texts.IMPORT_ARTICLE.format(
            title=html.escape(article.title),
            author=html.escape(_byline(article.author, article.affiliation))
            or texts.IMPORT_UNKNOWN,
            date=format_iso_date(article.published, today)
            if article.published
            else texts.IMPORT_UNKNOWN,
            source=source_line(candidate),
            paragraphs=len(article.paragraphs),
            opening=opening,
        )
    else:
        items = [item(a) for a in page.articles]
        if page.kind == "page":
            items += [
                texts.IMPORT_WARNING.format(line=a.line, title=html.escape(a.title))
                for a in page.articles
                if a.unplaced
            ]
        text = texts.IMPORT_PREVIEW.format(
            name=html.escape(candidate.shown_as),
            kind=texts.IMPORT_KIND.get(page.kind, page.kind),
            count=len(page.articles),
            items="\n".join(items),
        )
    if found:
        text += texts.IMPORT_PROBLEMS.format(
            items="\n".join(texts.IMPORT_PROBLEM.format(text=html.escape(p)) for p in found)
        )
    return text


def _byline(author: str, affiliation: str) -> str:
    return f"{author}（{affiliation}）" if author and affiliation else author


def refusal(error: ImportRefused) -> str:
    if error.line:
        return texts.IMPORT_BAD.format(name=error.name, line=error.line, reason=error.reason)
    return texts.IMPORT_FAILED.format(name=error.name, reason=error.reason)


def _maintainer(update: Update, context: AppContext) -> bool:
    user = update.effective_user
    return user is not None and user.id in context.settings.admins


async def _offer(
    message: Message, context: AppContext, build: Callable[[], Awaitable[Candidate]]
) -> None:
    """Build a candidate, check it against the library and show its preview with 导入 / 取消;
    a refusal says why and what to do instead. Nothing is written here."""
    try:
        candidate = await importer.review(context.library, await build())
    except ImportRefused as error:
        await message.reply_text(refusal(error))
        return
    token = secrets.token_hex(6)
    pending = context.user_data.setdefault("imports", {}) if context.user_data is not None else {}
    pending[token] = candidate
    while len(pending) > MAX_PENDING:  # previews never answered: the oldest buttons expire
        del pending[next(iter(pending))]
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(texts.IMPORT_CONFIRM, callback_data=f"import:{token}"),
                InlineKeyboardButton(texts.IMPORT_CANCEL, callback_data=f"cancel-import:{token}"),
            ]
        ]
    )
    await message.reply_text(
        preview(candidate, context.now().date()), parse_mode=ParseMode.HTML, reply_markup=keyboard
    )


async def _in_background(
    message: Message, context: AppContext, build: Callable[[], Awaitable[Candidate]]
) -> None:
    """Reading a link or a large file takes seconds: it runs beside the other updates."""

    async def work() -> None:
        try:
            await _offer(message, context, build)
        except Exception:  # an unexpected failure still gets an answer
            log.exception("import failed")
            await message.reply_text(texts.ERROR)

    context.services.spawn(work())


async def receive_file(update: Update, context: AppContext) -> None:
    """A document in a private chat: maintainers get a preview, anyone else a refusal."""
    message = update.effective_message
    assert message is not None
    assert message.document is not None
    if not _maintainer(update, context):
        await message.reply_text(texts.IMPORT_REFUSED)
        return
    document = message.document
    name = document.file_name or "file"
    if not name.lower().endswith(importer.SUFFIXES):
        await message.reply_text(texts.IMPORT_NOT_TXT)
        return
    if (document.file_size or 0) > MAX_BYTES:
        await message.reply_text(texts.IMPORT_TOO_BIG.format(limit=MAX_BYTES // 1024))
        return

    async def build() -> Candidate:
        data = bytes(await (await document.get_file()).download_as_bytearray())
        # Reading a PDF or a Word file is CPU work: off the event loop.
        return await asyncio.to_thread(importer.from_file, name, data)

    await _in_background(message, context, build)


async def receive_link(update: Update, context: AppContext) -> None:
    """A link in a private chat: maintainers get the article's preview."""
    message = update.effective_message
    assert message is not None
    assert message.text is not None
    if not _maintainer(update, context):
        await message.reply_text(texts.IMPORT_REFUSED)
        return
    match = LINK.search(message.text)
    assert match is not None
    url = match.group(0)
    if url.lower().startswith("www."):
        url = f"https://{url}"
    await message.reply_text(texts.IMPORT_FETCHING)
    limits = importer.limits_of(context.settings)
    await _in_background(message, context, lambda: importer.from_link(url, limits))


async def add_text(update: Update, context: AppContext) -> None:
    """/add followed by an article: title line first, then optional 作者/date lines, the body."""
    message = update.effective_message
    assert message is not None
    if not _maintainer(update, context):
        await message.reply_text(texts.IMPORT_REFUSED)
        return
    chat = update.effective_chat
    if chat is not None and chat.type != chat.PRIVATE:
        await message.reply_text(texts.ADD_GROUP)
        return
    parts = (message.text or "").split(None, 1)  # "/add" and all that follows, lines included
    text = parts[1] if len(parts) > 1 else ""
    if not text.strip():
        await message.reply_text(texts.ADD_USAGE)
        return

    async def build() -> Candidate:
        return importer.from_text(text)

    await _offer(message, context, build)


async def decide(update: Update, context: AppContext) -> None:
    """导入 stores the candidate (file and database) and rebuilds the quiz bank; 取消 drops it."""
    query, user = update.callback_query, update.effective_user
    assert query is not None
    assert user is not None
    assert context.match is not None
    action, token = context.match.group(1), context.match.group(2)
    pending = (context.user_data or {}).get("imports", {})
    if user.id not in context.settings.admins or token not in pending:
        await query.answer(texts.IMPORT_EXPIRED, show_alert=True)
        return
    candidate: Candidate = pending.pop(token)
    await query.answer()
    if action == "cancel-import":
        await query.edit_message_text(texts.IMPORT_CANCELLED)
        return
    try:
        ids = await importer.store(context.library, context.settings.seeds_dir, candidate)
    except ImportRefused as error:
        await query.edit_message_text(refusal(error))
        return
    context.bank.refresh_soon()  # the new articles' questions join when they are ready
    context.services.inline_cache.clear()
    if candidate.single:
        title = candidate.page.articles[0].title
        await query.edit_message_text(texts.IMPORT_DONE_ARTICLE.format(id=ids[0], title=title))
    else:
        await query.edit_message_text(
            texts.IMPORT_DONE.format(name=candidate.shown_as, count=len(ids))
        )


HANDLERS: list[BaseHandler] = [
    MessageHandler(filters.ChatType.PRIVATE & filters.Document.ALL, receive_file),
    # Before the private-chat search (app.py registers this module first): a message with a
    # link is an import, not a search.
    MessageHandler(
        filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND & filters.Regex(LINK),
        receive_link,
    ),
    CommandHandler("add", add_text),
    CallbackQueryHandler(decide, pattern=r"^(import|cancel-import):([0-9a-f]{12})$"),
]
