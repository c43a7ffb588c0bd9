"""An article as Telegram shows it: one page of HTML with its ◀ ▶ keyboard and the buttons to
the report passages it quotes; and the table of contents, page by page."""

from __future__ import annotations

import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode

from bot.chat.ledger import note_reading
from bot.context import AppContext
from bot.core import texts
from bot.core.display import clip, full_heading, heading, provenance
from bot.core.reading import contents_pages, page_of_paragraph, paginate, with_page_line
from storage.articles import StoredArticle

LIST_BUTTONS = 30
MAX_TRACE_BUTTONS = 4


def byline(author: str, affiliation: str) -> str:
    return f"{author}（{affiliation}）" if author and affiliation else author


async def render_article(
    context: AppContext, article_id: int, page: int = 1, paragraph: int | None = None
) -> tuple[str, InlineKeyboardMarkup | None, int] | None:
    """The HTML of one page of an article, its ◀ ▶ keyboard and the page's number; None if
    there is no such article."""
    article = await context.articles.get(article_id)
    if article is None:
        return None
    return await render_page(context, article, page, paragraph)


async def render_page(
    context: AppContext, article: StoredArticle, page: int = 1, paragraph: int | None = None
) -> tuple[str, InlineKeyboardMarkup | None, int]:
    """One page of ``article``: the given page, or the one that shows ``paragraph`` with
    that paragraph marked; with its keyboard and the page's number."""
    today = context.now().date()
    where = provenance(article.published, article.site, article.origin, today)
    head = "\n".join(p for p in (byline(article.author, article.affiliation), where) if p)
    pages = paginate(full_heading(article), head, article.paragraphs, mark=paragraph)
    if paragraph is not None:
        page = page_of_paragraph(pages, paragraph)
    page = min(max(page, 1), len(pages))
    rows = [
        [
            InlineKeyboardButton(
                f"{texts.ORIGINAL}：{clip(quote, 12)}", callback_data=f"open:{rid}:{rp}"
            )
        ]
        for paragraph_no, quote, rid, rp in await context.library.traced(article.key)
        if pages[page - 1].first_paragraph <= paragraph_no <= pages[page - 1].last_paragraph
    ][:MAX_TRACE_BUTTONS]
    buttons = []
    if page > 1:
        buttons.append(
            InlineKeyboardButton(texts.PREV, callback_data=f"read:{article.id}:{page - 1}")
        )
    if page < len(pages):
        buttons.append(
            InlineKeyboardButton(texts.NEXT, callback_data=f"read:{article.id}:{page + 1}")
        )
    if buttons:
        rows.append(buttons)
    markup = InlineKeyboardMarkup(rows) if rows else None
    return with_page_line(pages[page - 1], page, len(pages)), markup, page


async def send_article(
    update: Update,
    context: AppContext,
    article_id: int,
    paragraph: int | None = None,
    *,
    via: str = "read",
    group: int | None = None,
) -> None:
    """Reply with an article opened at its first page, or at a paragraph (marked); a
    paragraph it does not have is said so, above its first page. The reading is recorded
    (``via`` and ``group``: see ``bot.chat.ledger.note_reading``)."""
    message = update.effective_message
    assert message is not None
    article = await context.articles.get(article_id)
    if article is None:
        await message.reply_text(texts.READ_NOT_FOUND.format(number=article_id))
        return
    note = ""
    if paragraph is not None and not 1 <= paragraph <= len(article.paragraphs):
        note = texts.PARAGRAPH_MISSING.format(
            name=html.escape(heading(article).name()),
            paragraph=paragraph,
            count=len(article.paragraphs),
        )
        paragraph = None
    text, markup, page = await render_page(context, article, paragraph=paragraph)
    await message.reply_text(
        f"<i>{note}</i>\n\n{text}" if note else text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
    )
    await note_reading(update, context, article_id, page, via, group)


async def render_contents(
    context: AppContext, page: int
) -> tuple[str, InlineKeyboardMarkup] | None:
    """One page of the table of contents, with buttons that open its first articles and
    ◀ ▶ to turn pages; None when the library is empty."""
    articles = await context.articles.list_articles()
    if not articles:
        return None
    pages = contents_pages(articles, today=context.now().date())
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
    entries = {a.id: heading(a).entry() for a in articles}
    rows = [
        [InlineKeyboardButton(clip(f"{i}. {entries[i]}", 28), callback_data=f"read:{i}:1")]
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
