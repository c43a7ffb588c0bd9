"""Web pages → drafts: decoding (GBK/GB2312 pages too), the article extracted with trafilatura,
the metadata completed generically, and the link to an article's next page.

Why trafilatura, with its default balance and a few pruned containers: docs/importing.md
(measured on the fixtures in tests/fixtures/web by ``python -m benchmarks.extractors``).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from bot.core import texts
from bot.core.drafts import (
    HEAD_LINES,
    DocumentError,
    Draft,
    author_name,
    normalise,
    parse_date,
    shape,
    site_of,
)

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
GB = {"gb2312", "gbk", "x-gbk", "gb_2312-80", "csgb2312", "euc-cn", "cp936", "windows-936"}
# Containers a page keeps around the article, by the names sites give them: removed before
# extraction (trafilatura keeps some of them when they sit next to the text).
PRUNE = [
    "//*[contains(@class,'comment') or contains(@id,'comment')]",
    "//*[contains(@class,'share') or contains(@id,'share')]",
    "//*[contains(@class,'relat') or contains(@id,'relat')]",
    "//*[contains(@class,'relevant') or contains(@class,'recommend')]",
    "//*[@id='displaypagenum' or contains(@class,'pagination') or contains(@class,'page_n')]",
    "//noscript",
]
NEXT_TEXT = re.compile(r"^\s*(?:下一页|下页|下一頁|后页|next(?:\s*page)?)\s*[>»›]*\s*$", re.I)
SCRIPT_DATE = re.compile(
    r"""(?:publish|create|pub|post)_?(?:time|date)\w*\s*[=:]\s*["'](\d{4}-\d{1,2}-\d{1,2}[^"']*)["']""",
    re.I,
)
TITLE_SEPARATORS = re.compile(r"\s*(?:--|-|_|\||｜|—)\s*")
MIN_TEXT = 150  # characters of sentence text below which a page has no article
SENTENCE = re.compile(r"[^。！？!?]{6,}[。！？!?]")


def decode_html(data: bytes, header_charset: str | None) -> str:
    """Bytes of a page → text: a BOM, the HTTP charset, the page's <meta charset>, then UTF-8
    and GB18030 (a superset of GBK and GB2312) are tried in turn; anything else is refused."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    declared = [header_charset or ""]
    if match := META_CHARSET.search(data[:4096]):
        declared.append(match.group(1).decode("ascii", errors="ignore"))
    candidates = []
    for name in [*declared, "utf-8", "gb18030"]:
        name = name.strip().lower()
        if not name:
            continue
        name = "gb18030" if name in GB else name
        try:
            codecs.lookup(name)
        except LookupError:
            continue
        if name not in candidates:
            candidates.append(name)
    for name in candidates:
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    raise DocumentError(texts.WEB_ENCODING)


def _tree(page: str) -> lxml_html.HtmlElement | None:
    try:
        return lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def next_page(page: str, url: str) -> str | None:
    """The link of a page's 下一页 (an article continued on the next page), on the same site."""
    tree = _tree(page)
    if tree is None:
        return None
    here = urlsplit(url)
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            continue
        if not NEXT_TEXT.match(anchor.text_content()):
            continue
        target = urljoin(url, href).split("#")[0]
        if urlsplit(target).hostname == here.hostname and target != url.split("#")[0]:
            return target
    return None


def _meta(tree: lxml_html.HtmlElement, *names: str) -> str:
    for name in names:
        for element in tree.xpath(f"//meta[@name='{name}' or @property='{name}']"):
            value = normalise(element.get("content") or "")
            if value:
                return value
    return ""


def _site(tree: lxml_html.HtmlElement, title: str, url: str) -> str:
    """The site's name: og:site_name, else the last part of <title> after the article's title
    (在新征程上…--观点--人民网 → 人民网), else the host."""
    named = _meta(tree, "og:site_name")
    if named:
        return named
    page_title = normalise(tree.findtext(".//title") or "")
    if (
        title
        and page_title.replace(" ", "").startswith(title.replace(" ", ""))
        and page_title != title
    ):
        parts = [p for p in TITLE_SEPARATORS.split(page_title[len(title) :]) if p]
        if parts and len(parts[-1]) <= 12:
            return parts[-1]
    return site_of(url)


BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "td",
    "section",
    "article",
    "header",
}


def page_lines(tree: lxml_html.HtmlElement) -> list[str]:
    """The text of a page's innermost block elements, in order: one line each."""
    lines = []
    for element in tree.iter(*BLOCKS):
        if any(child.tag in BLOCKS for child in element.iterdescendants()):
            continue
        text = normalise(element.text_content())
        if text:
            lines.append(text)
    return lines


def around_title(lines: Sequence[str], title: str) -> Draft | None:
    """The metadata lines under the title where the page shows it (作者、来源、日期 lines that
    the extractor leaves out of the body), read the same way as in any text."""
    key = title.replace(" ", "")
    for index, line in enumerate(lines):
        if line.replace(" ", "") == key:
            head = [line for line in lines[index + 1 : index + 1 + HEAD_LINES]]
            try:
                return shape([title, *head, "。"])
            except DocumentError:
                return None
    return None


def _script_date(page: str) -> str:
    match = SCRIPT_DATE.search(page)
    return parse_date(match.group(1)) if match else ""


def read_webpage(page: str, url: str) -> Draft:
    """One decoded page → a draft (title, author, date, site, paragraphs). A page without
    article text (a home page, a login wall, a page whose text is loaded by scripts) is
    refused."""
    import trafilatura  # imported on use: the bot starts without loading it
    from trafilatura.settings import Document

    tree = _tree(page)
    if tree is None:
        raise DocumentError(texts.WEB_NO_ARTICLE)
    extracted = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        prune_xpath=PRUNE,
        deduplicate=False,
        as_dict=False,
    )
    if not isinstance(extracted, Document):
        extracted = None
    body = (extracted.text or "") if extracted is not None else ""
    if len("".join(SENTENCE.findall(body))) < MIN_TEXT:
        scripted = tree.find(".//noscript") is not None or tree.xpath(
            "//div[(@id='root' or @id='app') and not(normalize-space())]"
        )
        raise DocumentError(texts.WEB_SCRIPTED if scripted else texts.WEB_NO_ARTICLE)
    assert extracted is not None
    title = normalise(extracted.title or "") or normalise(_meta(tree, "og:title"))
    author = author_name(extracted.author or "") or author_name(_meta(tree, "author"))
    published = extracted.date or _script_date(page) or parse_date(_meta(tree, "publishdate"))
    draft = shape(
        body.splitlines(),
        title=title,
        author=author,
        published=parse_date(published or ""),
        site=_site(tree, title, url),
        origin=url,
    )
    if not (draft.author and draft.published) and (near := around_title(page_lines(tree), title)):
        draft = replace(
            draft,
            author=draft.author or near.author,
            affiliation=draft.affiliation or near.affiliation,
            published=draft.published or near.published,
        )
    return draft


def join_pages(first: Draft, more: Sequence[Draft]) -> Draft:
    """An article continued over several pages: the first page's metadata, every page's
    paragraphs in order (a paragraph a page repeats is kept once)."""
    paragraphs = list(first.paragraphs)
    seen = set(paragraphs)
    for draft in more:
        paragraphs += [p for p in draft.paragraphs if p not in seen]
        seen.update(draft.paragraphs)
    notes = (
        (*first.notes, texts.PROBLEM_PAGES.format(pages=len(more) + 1)) if more else first.notes
    )
    last = more[-1] if more else first
    return replace(
        first,
        paragraphs=tuple(paragraphs),
        affiliation=first.affiliation or last.affiliation,
        dropped=first.dropped + tuple(d for draft in more for d in draft.dropped),
        notes=notes,
    )
