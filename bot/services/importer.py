"""Adding articles: from a link, a file (.txt, .docx, .pdf) or pasted text to a candidate that
a maintainer previews, then stores. Shared by the chat (handlers/importing.py) and
``python -m bot import``; knows nothing of Telegram.

Every source becomes a text file in the seeds folder (a newspaper page as sent; anything else
as a plain article, :func:`bot.core.drafts.render`), loaded like any page file: the folder stays
the one place the library is built from, an edited version replaces the old one the way a
changed page file does, and a restart finds everything again.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from bot.config import Settings
from bot.core import texts
from bot.core.documents import DOCX, PDF, read_docx, read_pdf
from bot.core.drafts import (
    DocumentError,
    Draft,
    looks_like_chinese,
    problems,
    render,
    text_fingerprint,
)
from bot.core.pages import Page, PageError, content_hash, decode_page, parse_document
from bot.core.plain import KIND as ARTICLE
from bot.core.webpage import decode_html, join_pages, next_page, read_webpage
from bot.services.fetch import DOCX_TYPE, PDF_TYPE, TEXT_TYPE, FetchError, FetchLimits, fetch
from bot.services.library import Library, safe_page_name
from storage.articles import StoredArticle

TEXT = ".txt"
MARKDOWN = ".md"  # a note app's export (飞书, 语雀): read as text, without its marks
SUFFIXES = (TEXT, MARKDOWN, DOCX, PDF)
MAX_PAGES = 10  # an article continued over at most this many web pages
TRACKING = re.compile(r"^(?:utm_\w+|spm|scene|from|isappinstalled|share\w*|chksm|sessionid)$")


class ImportRefused(Exception):
    """A source that is not imported; ``reason`` is the sentence for the user, ``line`` the
    line of a text file (0: none)."""

    def __init__(self, name: str, reason: str, line: int = 0) -> None:
        super().__init__(f"{name}:{line}: {reason}" if line else f"{name}: {reason}")
        self.name = name
        self.reason = reason
        self.line = line


@dataclass(frozen=True)
class Candidate:
    """What a maintainer is shown before 导入: the file it becomes and its parsed page."""

    name: str  # the file in the seeds folder
    data: bytes  # its contents
    page: Page
    shown_as: str  # the link or file name the maintainer sent
    problems: tuple[str, ...] = ()
    replaces: StoredArticle | None = None  # an older version of the same article

    @property
    def single(self) -> bool:
        return self.page.kind == ARTICLE


def limits_of(settings: Settings) -> FetchLimits:
    return FetchLimits(
        max_bytes=settings.fetch_max_bytes, allow_loopback=settings.fetch_allow_loopback
    )


def canonical_link(url: str) -> str:
    """A link without its fragment and tracking parameters, the host in lower case: the same
    article shared twice has one identity."""
    parts = urlsplit(url.strip())
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)
    ]
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", urlencode(query), "")
    )


def link_file(url: str) -> str:
    host = (urlsplit(url).hostname or "web").removeprefix("www.")
    return f"web-{host}-{hashlib.sha1(url.encode()).hexdigest()[:10]}.txt"


def _from_draft(name: str, draft: Draft, shown_as: str) -> Candidate:
    data = render(draft).encode()
    try:
        page = parse_document(data.decode(), name)
    except PageError as error:  # a draft always renders to a readable article
        raise ImportRefused(shown_as, error.reason, 0) from error
    return Candidate(name, data, page, shown_as, tuple(problems(draft)))


def _article_problems(page: Page) -> tuple[str, ...]:
    article = page.articles[0]
    draft = Draft(
        title=article.title,
        paragraphs=tuple(p.text for p in article.paragraphs),
        author=article.author,
        published=article.published,
    )
    return tuple(problems(draft))


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def from_file(file_name: str, data: bytes) -> Candidate:
    """A file a maintainer sent: .txt (a newspaper page, a report or a plain article) or .md
    (a note app's export), .docx or .pdf."""
    suffix = Path(file_name).suffix.lower()
    if suffix not in SUFFIXES:
        raise ImportRefused(file_name, texts.IMPORT_NOT_TXT)
    if not data:
        raise ImportRefused(file_name, texts.DOC_EMPTY_FILE)
    name = safe_page_name(file_name if suffix == TEXT else f"{file_name}{TEXT}")
    if name is None:
        raise ImportRefused(file_name, texts.IMPORT_NOT_TXT)
    if suffix in (TEXT, MARKDOWN):
        try:
            text = decode_page(data, name)
            page = parse_document(text, name)
        except PageError as error:
            raise ImportRefused(file_name, error.reason, error.line) from error
        if not _utf8(data) and not looks_like_chinese(text):
            raise ImportRefused(file_name, texts.DOC_ENCODING)
        found = _article_problems(page) if page.kind == ARTICLE else ()
        return Candidate(name, data, page, file_name, found)
    reader = read_docx if suffix == DOCX else read_pdf
    try:
        draft = reader(data, file_name)
    except DocumentError as error:
        raise ImportRefused(file_name, error.reason) from error
    return _from_draft(name, draft, file_name)


def from_text(text: str, name: str = "", shown_as: str = "/add") -> Candidate:
    """Text pasted after /add: a title line first, optional 作者/date lines, the body (the
    file is named after the title, so an edited version replaces the first)."""
    try:
        decode_page(text.encode(), shown_as)  # the checks a file gets (control characters)
        page = parse_document(text, name or "add.txt")
        if not name:  # named after its title (not its first line: menu words come first)
            digest = hashlib.sha1(page.articles[0].title.encode()).hexdigest()[:10]
            name = f"add-{digest}{TEXT}"
            page = parse_document(text, name)
    except PageError as error:
        raise ImportRefused(shown_as, error.reason, error.line) from error
    if page.kind != ARTICLE:  # a whole newspaper page pasted: fine, kept as it is
        return Candidate(name, text.encode(), page, shown_as)
    return Candidate(name, text.encode(), page, shown_as, _article_problems(page))


async def from_link(url: str, limits: FetchLimits) -> Candidate:
    """A link: fetched with every check of :mod:`bot.services.fetch`, the article extracted
    (and its next pages, when it is continued)."""
    link = canonical_link(url)
    name = link_file(link)
    try:
        async with asyncio.timeout(limits.deadline * 2):  # all pages of it together
            return await _read_link(link, name, limits)
    except TimeoutError:
        raise ImportRefused(link, texts.WEB_TIMEOUT) from None


async def _read_link(link: str, name: str, limits: FetchLimits) -> Candidate:
    try:
        fetched = await fetch(link, limits)
        if fetched.content_type in {PDF_TYPE, DOCX_TYPE}:
            reader = read_pdf if fetched.content_type == PDF_TYPE else read_docx
            draft = await asyncio.to_thread(reader, fetched.data, link)
        elif fetched.content_type == TEXT_TYPE:
            return from_text(decode_html(fetched.data, fetched.charset), name, link)
        else:
            page = decode_html(fetched.data, fetched.charset)
            # Extraction is CPU work: off the event loop, so the bot goes on answering.
            draft = await asyncio.to_thread(read_webpage, page, link)
            more: list[Draft] = []
            seen = {link, fetched.url}
            following = next_page(page, fetched.url)
            while following and following not in seen and len(more) < MAX_PAGES - 1:
                seen.add(following)
                extra = await fetch(following, limits)
                extra_page = decode_html(extra.data, extra.charset)
                more.append(await asyncio.to_thread(read_webpage, extra_page, following))
                following = next_page(extra_page, extra.url)
            draft = join_pages(draft, more)
    except (FetchError, DocumentError) as error:
        raise ImportRefused(link, error.reason) from error
    return _from_draft(name, draft, link)


async def review(library: Library, candidate: Candidate) -> Candidate:
    """Refuse a duplicate (the same text, or the same file unchanged) with a pointer to the
    article already there; note an older version that the candidate replaces, and a same
    title elsewhere."""
    articles = library.articles
    existing = await articles.of_source(candidate.name)
    if existing and (await articles.source_hashes()).get(candidate.name) == content_hash(
        candidate.data
    ):
        first = existing[0]
        reason = (
            texts.IMPORT_DUPLICATE.format(id=first.id, title=first.title)
            if candidate.single
            else texts.IMPORT_DUPLICATE_PAGE.format(id=first.id)
        )
        raise ImportRefused(candidate.shown_as, reason)
    if not candidate.single:  # a page or a report: a changed file replaces its articles
        return replace(candidate, replaces=existing[0]) if existing else candidate
    article = candidate.page.articles[0]
    same = await articles.with_text(text_fingerprint([p.text for p in article.paragraphs]))
    if same is not None:
        raise ImportRefused(
            candidate.shown_as, texts.IMPORT_DUPLICATE.format(id=same.id, title=same.title)
        )
    found = list(candidate.problems)
    titled = await articles.titled(article.title)
    if titled is not None and titled.source != candidate.name:
        found.append(texts.PROBLEM_SAME_TITLE.format(id=titled.id))
    return Candidate(
        candidate.name,
        candidate.data,
        candidate.page,
        candidate.shown_as,
        tuple(found),
        existing[0] if existing else None,
    )


async def store(library: Library, directory: Path, candidate: Candidate) -> list[int]:
    """Write the candidate's file and load it (checked again: another import may have landed
    since the preview)."""
    await review(library, candidate)
    try:
        return await library.import_page(directory, candidate.name, candidate.data)
    except PageError as error:
        raise ImportRefused(candidate.shown_as, error.reason, error.line) from error
