"""Looking things up: the table of contents, reading page by page, and search."""

from __future__ import annotations

import html
import re
import unicodedata

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.chat.articles import render_article, render_contents, send_article
from bot.chat.guards import expensive
from bot.chat.ledger import note_reading
from bot.context import AppContext
from bot.core import texts
from bot.core.display import Heading, clip, provenance
from bot.core.search import clean_query, essential_terms

BUTTON_TITLE = 14  # characters of a title on a result's button (a phone's width)


async def list_articles(update: Update, context: AppContext) -> None:
    """/list: the table of contents, page by page."""
    assert update.effective_message is not None
    rendered = await render_contents(context, 1)
    if rendered is None:
        await update.effective_message.reply_text(texts.LIST_EMPTY)
        return
    text, markup = rendered
    await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def turn_contents(update: Update, context: AppContext) -> None:
    """◀ ▶ under the table of contents."""
    query = update.callback_query
    assert query is not None
    assert context.match is not None
    rendered = await render_contents(context, int(context.match.group(1)))
    await query.answer()
    if rendered is None:
        await query.edit_message_text(texts.LIST_EMPTY)
        return
    text, markup = rendered
    if query.message is not None and getattr(query.message, "text_html", None) == text:
        return  # the same page again: nothing to change
    await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def read(update: Update, context: AppContext) -> None:
    """/read N: article N, page by page."""
    assert update.effective_message is not None
    args = context.args or []
    if not args:
        await update.effective_message.reply_text(texts.READ_USAGE)
        return
    given = unicodedata.normalize("NFKC", args[0])  # full-width digits are digits
    if not re.fullmatch(r"[+-]?\d{1,20}", given):
        await update.effective_message.reply_text(
            texts.READ_NOT_NUMBER.format(given=clip(given, 20))
        )
        return
    number = int(given)
    if not 0 < number < 10**9:
        await update.effective_message.reply_text(texts.READ_NOT_FOUND.format(number=number))
        return
    await send_article(update, context, number)


async def turn_page(update: Update, context: AppContext) -> None:
    """◀ ▶ buttons: edit the message to show another page."""
    query = update.callback_query
    assert query is not None
    assert context.match is not None
    article_id, page = int(context.match.group(1)), int(context.match.group(2))
    rendered = await render_article(context, article_id, page)
    if rendered is None:
        await query.answer(texts.ARTICLE_GONE, show_alert=True)
        return
    await query.answer()
    text, markup, page = rendered
    await note_reading(update, context, article_id, page, "page")
    if query.message is not None and getattr(query.message, "text_html", None) == text:
        return  # pressing the same page twice: nothing to change
    await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def open_at_paragraph(update: Update, context: AppContext) -> None:
    """Search result buttons: open the article at the paragraph that matched."""
    query = update.callback_query
    assert query is not None
    assert context.match is not None
    await query.answer()
    await send_article(
        update, context, int(context.match.group(1)), int(context.match.group(2)), via="open"
    )


async def answer_search(update: Update, context: AppContext, raw: str) -> None:
    message = update.effective_message
    assert message is not None
    query = clean_query(raw)
    if not query:
        await message.reply_text(texts.SEARCH_USAGE)
        return
    shown = html.escape(clip(query, 30))
    if not context.library.segmenter.query_terms(query):  # only words such as 的, 如何
        await message.reply_text(
            texts.SEARCH_NO_WORDS.format(query=shown), parse_mode=ParseMode.HTML
        )
        return
    hits = await context.library.search(query)
    if not hits and not await context.library.units():
        await message.reply_text(texts.SEARCH_EMPTY_LIBRARY)
        return
    if not hits:
        await message.reply_text(texts.SEARCH_NONE.format(query=shown), parse_mode=ParseMode.HTML)
        return
    if hits[0].partial:  # (the fallback's hits come before any found by the author alone)
        words = "、".join(f"“{html.escape(t)}”" for t in essential_terms(list(hits[0].terms)))
        lines = [texts.SEARCH_PARTIAL.format(words=words, count=len(hits))]
    else:
        lines = [texts.SEARCH_RESULTS.format(query=shown, count=len(hits))]
    keyboard = []
    names = await context.library.headings()
    today = context.now().date()
    for rank, hit in enumerate(hits, 1):
        named = names.get(hit.article_id) or Heading(hit.title, hit.author)
        mark = texts.PARAGRAPH_MARK.format(paragraph=hit.paragraph)
        from_link = "http://" if hit.site else ""  # a hit carries a site only from a link
        where = provenance(hit.published, hit.site, from_link, today)
        where = f" · {html.escape(where)}" if where else ""
        found_by = hit.found_by_html((named.subtitle, named.kicker))  # not in the text
        lines.append(
            f"\n{rank}. {named.name_html()}{mark}{where}\n"
            + (f"{found_by}\n" if found_by else "")
            + hit.snippet_html()
        )
        label = texts.SEARCH_OPEN.format(
            rank=rank, name=named.name(limit=BUTTON_TITLE), paragraph=hit.paragraph
        )
        row = [InlineKeyboardButton(label, callback_data=f"open:{hit.article_id}:{hit.paragraph}")]
        for paragraph_no, _, rid, rp in await context.library.traced(hit.article_key):
            if paragraph_no == hit.paragraph:
                row.append(InlineKeyboardButton(texts.ORIGINAL, callback_data=f"open:{rid}:{rp}"))
                break
        keyboard.append(row)
    await message.reply_text(
        "\n".join(lines), parse_mode=ParseMode.HTML, reply_markup=InlineKeyboardMarkup(keyboard)
    )


@expensive
async def search_command(update: Update, context: AppContext) -> None:
    """/search 关键词."""
    await answer_search(update, context, " ".join(context.args or []))


@expensive
async def search_text(update: Update, context: AppContext) -> None:
    """Plain text in a private chat is a search."""
    assert update.effective_message is not None
    await answer_search(update, context, update.effective_message.text or "")


@expensive
async def search_mention(update: Update, context: AppContext) -> None:
    """In a group, "@studybot 关键词" is a search; other mentions are not for us."""
    message = update.effective_message
    assert message is not None
    assert message.text is not None
    username = context.bot.username
    mention = f"@{username}".casefold()
    if mention not in message.text.casefold():
        return
    query = re.sub(re.escape(f"@{username}"), " ", message.text, flags=re.IGNORECASE)
    await answer_search(update, context, query)


HANDLERS: list[BaseHandler] = [
    CommandHandler("list", list_articles),
    CommandHandler("read", read),
    CommandHandler("search", search_command),
    CallbackQueryHandler(turn_page, pattern=r"^read:(\d{1,9}):(\d{1,4})$"),
    CallbackQueryHandler(turn_contents, pattern=r"^toc:(\d{1,5})$"),
    CallbackQueryHandler(open_at_paragraph, pattern=r"^open:(\d{1,9}):(\d{1,5})$"),
    MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, search_text),
    MessageHandler(
        filters.ChatType.GROUPS & filters.TEXT & filters.Entity(MessageEntity.MENTION),
        search_mention,
    ),
]
