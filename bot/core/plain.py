"""The plain article layout: one article in a text file — a title line, optional metadata lines
(作者：, a bare name, a date, 来源：, 网站：, 原文：, 文件：), then the body, one paragraph a line.

This is how typed or pasted articles arrive, and how every imported article (web page, Word,
PDF) is kept in the seeds folder (:func:`bot.core.drafts.render`). Like the other layouts, it
never corrects the text: every non-blank character lands in one raw field of the page.
"""

from __future__ import annotations

import re

from bot.core import texts
from bot.core.drafts import HEADERS, MAX_TITLE, classify, normalise
from bot.core.pages import Article, Block, Page, PageError, Paragraph, blocks_of

KIND = "article"
STORED_ORIGIN = re.compile(rf"^(?:{HEADERS['link']}|{HEADERS['file']})：\S")
HEAD_BLOCKS = 8  # title, subtitle, 作者, 日期, 网站, 原文 and room to spare
TITLE_NEVER_ENDS = "。；;，,"  # a line ending so is a sentence (！ and ？ end headlines too)


def is_stored_import(blocks: list[Block]) -> bool:
    """The stored form of an imported article (:func:`bot.core.drafts.render`): among its first
    lines, one names the link or file it came from (原文： / 文件：). It is one article even
    when its body has numbered sections 一、二、三、 (which would make other text a report)."""
    return any(STORED_ORIGIN.match(b.text) for b in blocks[:HEAD_BLOCKS])


def parse_article(text: str, source: str) -> Page:
    """Parse a plain article (already decoded) into a page of one article."""
    blocks = blocks_of(text)
    if not blocks:
        raise PageError(source, 1, texts.DOC_EMPTY)
    layout = classify([b.text for b in blocks])
    title = blocks[layout.title or 0]
    if len(title.text) > MAX_TITLE or normalise(title.text)[-1] in TITLE_NEVER_ENDS:
        raise PageError(source, title.line, texts.DOC_NO_TITLE.format(limit=MAX_TITLE))
    if not layout.body:
        raise PageError(source, title.line, texts.DOC_NO_BODY)
    meta = layout.meta
    title_lines = [title.text]
    if layout.subtitle is not None:
        title_lines.append(blocks[layout.subtitle].text)
    affiliation = blocks[layout.affiliation].text if layout.affiliation is not None else ""
    article = Article(
        source=source,
        position=1,
        line=title.line,
        column=meta.site or _file_of(meta.origin),
        title_lines=tuple(title_lines),
        byline="",
        paragraphs=tuple(Paragraph("", blocks[i].text, blocks[i].line) for i in layout.body),
        affiliation_line=affiliation,
        credit=meta.author,
        main=0,  # the first title line is the title; a subtitle follows it
        published=meta.published,
        origin=meta.origin,
        site=meta.site,
    )
    return Page(
        source=source,
        banner="",
        column="",
        articles=(article,),
        kind=KIND,
        meta=tuple(blocks[i].text for i in sorted(layout.head + layout.tail)),
    )


def _file_of(origin: str) -> str:
    return "" if origin.startswith(("http://", "https://")) else origin
