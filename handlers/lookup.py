"""Looking things up: the table of contents, reading page by page, and search."""

from __future__ import annotations

import html
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, MessageEntity, Update
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import AppContext
from bot.core import texts
from bot.core.drafts import provenance
from bot.core.reading import contents_pages, page_of_paragraph, paginate, with_page_line
from bot.core.search import clean_query
from handlers.throttle import expensive

LIST_BUTTONS = 30
MAX_TRACE_BUTTONS = 4


def byline(author: str, affiliation: str) -> str:
    return f"{author}（{affiliation}）" if author and affiliation else author


async def render_article(
    context: AppContext, article_id: int, page: int = 1, paragraph: int | None = None
) -> tuple[str, InlineKeyboardMarkup | None] | None:
    """The HTML of one page of an article and its ◀ ▶ keyboard; None if there is no such
    article."""
    article = await context.articles.get(article_id)
    if article is None:
        return None
    head = [byline(article.author, article.affiliation)]
    head.append(provenance(article.published, article.site, article.origin))
    pages = paginate(article.title, "\n".join(p for p in head if p), article.paragraphs)
    if paragraph is not None:
        page = page_of_paragraph(pages, paragraph)
    page = min(max(page, 1), len(pages))
    rows = [
        [
            InlineKeyboardButton(
                f"{texts.ORIGINAL}：{quote[:12]}…", callback_data=f"open:{rid}:{rp}"
            )
        ]
        for paragraph_no, quote, rid, rp in await context.library.traced(article.key)
        if pages[page - 1].first_paragraph <= paragraph_no <= pages[page - 1].last_paragraph
    ][:MAX_TRACE_BUTTONS]
    buttons = []
    if page > 1:
        buttons.append(
            InlineKeyboardButton(texts.PREV, callback_data=f"read:{article_id}:{page - 1}")
        )
    if page < len(pages):
        buttons.append(
            InlineKeyboardButton(texts.NEXT, callback_data=f"read:{article_id}:{page + 1}")
        )
    if buttons:
        rows.append(buttons)
    markup = InlineKeyboardMarkup(rows) if rows else None
    return with_page_line(pages[page - 1], page, len(pages)), markup


async def send_article(
    update: Update, context: AppContext, article_id: int, paragraph: int | None = None
) -> None:
    """Reply with an article opened at its first page (or at a paragraph)."""
    message = update.effective_message
    assert message is not None
    rendered = await render_article(context, article_id, paragraph=paragraph)
    if rendered is None:
        await message.reply_text(texts.READ_NOT_FOUND.format(number=article_id))
        return
    text, markup = rendered
    await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def render_contents(
    context: AppContext, page: int
) -> tuple[str, InlineKeyboardMarkup] | None:
    """One page of the table of contents, with buttons that open its first articles and
    ◀ ▶ to turn pages; None when the library is empty."""
    articles = await context.articles.list_articles()
    if not articles:
        return None
    pages = contents_pages(articles)
    page = min(max(page, 1), len(pages))
    shown = pages[page - 1]
    text = "\n".join(
        [
            texts.LIST_TITLE.format(count=len(articles)),
            "",
            shown.html,
            "",
            texts.LIST_HINT.format(example=shown.article_ids[0]),
        ]
    )
    if len(pages) > 1:
        text += f"\n<i>{texts.READ_PAGE.format(page=page, pages=len(pages))}</i>"
    titles = {a.id: a.title for a in articles}
    rows = [
        [InlineKeyboardButton(f"{i}. {titles[i][:24]}", callback_data=f"read:{i}:1")]
        for i in shown.article_ids[:LIST_BUTTONS]
    ]
    turn = []
    if page > 1:
        turn.append(InlineKeyboardButton(texts.PREV, callback_data=f"toc:{page - 1}"))
    if page < len(pages):
        turn.append(InlineKeyboardButton(texts.NEXT, callback_data=f"toc:{page + 1}"))
    if turn:
        rows.append(turn)
    return text, InlineKeyboardMarkup(rows)


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
    assert query is not None and context.match is not None
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
    if not args or not args[0].isdecimal() or len(args[0]) > 9:
        await update.effective_message.reply_text(texts.READ_USAGE)
        return
    await send_article(update, context, int(args[0]))


async def turn_page(update: Update, context: AppContext) -> None:
    """◀ ▶ buttons: edit the message to show another page."""
    query = update.callback_query
    assert query is not None and context.match is not None
    article_id, page = int(context.match.group(1)), int(context.match.group(2))
    rendered = await render_article(context, article_id, page)
    if rendered is None:
        await query.answer(texts.ARTICLE_GONE, show_alert=True)
        return
    await query.answer()
    text, markup = rendered
    if query.message is not None and getattr(query.message, "text_html", None) == text:
        return  # pressing the same page twice: nothing to change
    await query.edit_message_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def open_at_paragraph(update: Update, context: AppContext) -> None:
    """Search result buttons: open the article at the paragraph that matched."""
    query = update.callback_query
    assert query is not None and context.match is not None
    await query.answer()
    await send_article(update, context, int(context.match.group(1)), int(context.match.group(2)))


async def answer_search(update: Update, context: AppContext, raw: str) -> None:
    message = update.effective_message
    assert message is not None
    query = clean_query(raw)
    if not query:
        await message.reply_text(texts.SEARCH_USAGE)
        return
    hits = await context.library.search(query)
    shown = html.escape(query if len(query) <= 30 else query[:30] + "…")
    if not hits:
        await message.reply_text(texts.SEARCH_NONE.format(query=shown), parse_mode=ParseMode.HTML)
        return
    lines = [texts.SEARCH_RESULTS.format(query=shown, count=len(hits))]
    keyboard = []
    for rank, hit in enumerate(hits, 1):
        mark = texts.PARAGRAPH_MARK.format(paragraph=hit.paragraph)
        where = provenance(hit.published, hit.site, "http://" if hit.site else "")
        where = f" · {html.escape(where)}" if where else ""
        lines.append(
            f"\n{rank}. <b>《{html.escape(hit.title)}》</b> {html.escape(hit.author)}{mark}"
            f"{where}\n{hit.snippet_html()}"
        )
        label = texts.SEARCH_OPEN.format(rank=rank, title=hit.title[:16], paragraph=hit.paragraph)
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
    assert message is not None and message.text is not None
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
