"""Splitting an article into pages that fit one Telegram message (pure, HTML output)."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from bot.core import texts
from bot.core.display import Heading, Titled, format_iso_date, heading
from bot.core.pages import Paragraph

# Telegram allows 4,096 characters after entity parsing; a page stays well below that (about a
# phone screen or two), so the page line, the continuation mark and HTML tags always fit.
PAGE_BUDGET = 1600
SENTENCE = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*|[^。！？!?]+$")


@dataclass(frozen=True)
class ReadingPage:
    html: str
    first_paragraph: int  # counted from 1
    last_paragraph: int


def _pieces(
    index: int, paragraph: Paragraph, budget: int, mark: str = ""
) -> list[tuple[int, str]]:
    """A paragraph as HTML, cut at sentence ends when it is longer than a page; ``mark``
    heads it (the paragraph a link pointed to)."""
    lead = f"<b>{html.escape(paragraph.lead)}</b>" if paragraph.lead else ""
    lead = mark + lead
    body = html.escape(paragraph.body)
    if len(lead) + len(body) <= budget:
        return [(index, lead + body)]
    pieces: list[tuple[int, str]] = []
    current = lead
    for sentence in SENTENCE.findall(paragraph.body) or [paragraph.body]:
        escaped = html.escape(sentence)
        while len(escaped) > budget:  # a single enormous sentence: cut it hard
            pieces.append((index, current + escaped[: budget - len(current)]))
            escaped, current = escaped[budget - len(current) :], ""
        if len(current) + len(escaped) > budget:
            pieces.append((index, current))
            current = ""
        current += escaped
    if current:
        pieces.append((index, current))
    return pieces


def paginate(
    heading: Heading,
    byline: str,
    paragraphs: Sequence[Paragraph],
    budget: int = PAGE_BUDGET,
    mark: int | None = None,
) -> list[ReadingPage]:
    """Pages of an article: its heading and byline head the first page, later pages carry
    its name with a continuation mark; paragraphs are never split unless longer than a page.
    Paragraph ``mark`` (from 1) is marked as the one a link or a search result pointed to."""
    head = heading.head_html(byline)
    cont = heading.continued_html()
    pieces = [
        p
        for i, para in enumerate(paragraphs, 1)
        for p in _pieces(i, para, budget, texts.PARAGRAPH_HERE if i == mark else "")
    ]
    pages: list[ReadingPage] = []
    chunk: list[tuple[int, str]] = []
    size = len(head)
    for piece in pieces:
        if chunk and size + len(piece[1]) + 2 > budget:
            pages.append(_page(head if not pages else cont, chunk))
            chunk, size = [], len(cont)
        chunk.append(piece)
        size += len(piece[1]) + 2
    if chunk or not pages:
        pages.append(_page(head if not pages else cont, chunk))
    return pages


def _page(head: str, chunk: list[tuple[int, str]]) -> ReadingPage:
    body = "\n\n".join(text for _, text in chunk)
    first = chunk[0][0] if chunk else 1
    last = chunk[-1][0] if chunk else 1
    return ReadingPage(f"{head}\n\n{body}".rstrip(), first, last)


def page_of_paragraph(pages: Sequence[ReadingPage], paragraph: int) -> int:
    """The 1-based page that shows a paragraph (its start)."""
    for number, page in enumerate(pages, 1):
        if page.first_paragraph <= paragraph <= page.last_paragraph:
            return number
    return 1


def with_page_line(page: ReadingPage, number: int, total: int) -> str:
    if total == 1:
        return page.html
    return f"{page.html}\n\n<i>{texts.READ_PAGE.format(page=number, pages=total)}</i>"


# -- the table of contents ------------------------------------------------------------------
# A page of the contents: about 60 articles, well inside one message however large the archive.
CONTENTS_BUDGET = 3000


class ContentsItem(Titled, Protocol):
    @property
    def id(self) -> int: ...

    @property
    def source(self) -> str: ...

    @property
    def published(self) -> str: ...  # YYYY-MM-DD, or '' when the source gave no date


@dataclass(frozen=True)
class ContentsPage:
    html: str
    article_ids: tuple[int, ...]


def contents_pages(
    articles: Sequence[ContentsItem], budget: int = CONTENTS_BUDGET, today: date | None = None
) -> list[ContentsPage]:
    """The table of contents in pages of at most ``budget`` characters, grouped under each
    page's column (or file), a report's parts under the report's name; a group that runs over
    a page break is headed again."""
    pages: list[ContentsPage] = []
    lines: list[str] = []
    ids: list[int] = []
    size = -1  # len("\n".join(lines)): each line adds its length and a break, but the first
    current: str | None = None  # the group being listed
    for article in articles:
        named = heading(article)
        if named.is_part:  # a report's parts under the report's name, without its speaker
            group = named.work
            entry = f"{article.id}. {html.escape(named.entry())}"
        else:
            group = article.column or article.source
            author = f" — {html.escape(article.author)}" if article.author else ""
            day = ""
            if article.published:  # an article's own date; the group heads its site or page
                shown = format_iso_date(article.published, today or date.min)
                day = f" · {html.escape(shown)}"
            entry = f"{article.id}. {html.escape(named.name())}{author}{day}"
        head = f"<b>{html.escape(group)}</b>"
        new = [entry] if group == current else [f"\n{head}", entry]
        if ids and size + sum(len(line) + 1 for line in new) > budget:
            pages.append(ContentsPage("\n".join(lines).strip(), tuple(ids)))
            lines, ids, size = [], [], -1
            new = [head + (texts.READ_CONTINUED if group == current else ""), entry]
        lines += new
        size += sum(len(line) + 1 for line in new)
        ids.append(article.id)
        current = group
    if ids:
        pages.append(ContentsPage("\n".join(lines).strip(), tuple(ids)))
    return pages


# -- deep links: https://t.me/<bot>?start=<payload> ------------------------------------------
# ``a5`` opens article 5, ``a5_3`` at its paragraph 3; ``a5_3_c-1001234567890`` says the link
# was posted in that group (the daily excerpt's 「阅读全文」), so the reading can count for it.
# Telegram allows 64 characters of A-Z a-z 0-9 _ - in a payload; this takes at most 34.
ARTICLE_LINK = re.compile(r"^a(\d{1,9})(?:_(\d{1,5})(?:_c(-\d{1,15}))?)?$")


@dataclass(frozen=True)
class ArticleLink:
    article_id: int
    paragraph: int | None = None
    chat_id: int | None = None  # the group the link was posted in


def article_payload(
    article_id: int, paragraph: int | None = None, chat_id: int | None = None
) -> str:
    payload = f"a{article_id}"
    if paragraph is not None:
        payload += f"_{paragraph}"
        if chat_id is not None and chat_id < 0:
            payload += f"_c{chat_id}"
    return payload


def parse_article_payload(payload: str) -> ArticleLink | None:
    match = ARTICLE_LINK.match(payload)
    if match is None:
        return None
    paragraph, chat = match.group(2), match.group(3)
    return ArticleLink(
        int(match.group(1)),
        int(paragraph) if paragraph else None,
        int(chat) if chat else None,
    )
