"""The library: keeps the database in step with the page files, and searches it."""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.display import Heading, full_heading
from bot.core.pages import (
    Page,
    PageError,
    content_hash,
    decode_page,
    headings_text,
    parse_document,
)
from bot.core.quotes import Trace, locate, quotations
from bot.core.schedule import Unit
from bot.core.search import (
    AUTHOR_COLUMNS,
    TEXT_COLUMNS,
    Hit,
    best_paragraph,
    essential_terms,
    group_by_article,
    match_expression,
)
from bot.core.segment import Segmenter
from storage.articles import ArticleRepository, IndexedText, StoredArticle
from storage.bank import BankRepository

log = logging.getLogger(__name__)
PAGE_SUFFIXES = {".txt"}
SEARCH_ROWS = 200
MAX_SUBSETS = 6  # up to this many terms, try leaving one out before accepting any term


@dataclass
class SyncReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    errors: list[PageError] = field(default_factory=list)
    articles: int = 0


def safe_page_name(name: str) -> str | None:
    """A file name that is safe to write into the seeds folder (no folders, a .txt ending)."""
    base = re.sub(r"[^\w.\-]", "_", Path(name.replace("\\", "/")).name).lstrip(".")
    if not base.lower().endswith(".txt") or len(base) <= 4 or len(base) > 120:
        return None
    return base


def page_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix.lower() in PAGE_SUFFIXES)


class Library:
    """Pages on disk → parsed articles → SQLite rows and the FTS5 index; and search."""

    def __init__(self, articles: ArticleRepository, segmenter: Segmenter) -> None:
        self.articles = articles
        self.segmenter = segmenter
        self._traces: list[Trace] | None = None
        self._ids: dict[str, int] = {}
        self._units: list[Unit] | None = None
        self._headings: dict[int, Heading] | None = None

    def _changed(self) -> None:
        """The pages changed: what is derived from all of them is worked out again."""
        self._traces = None
        self._units = None
        self._headings = None

    async def units(self) -> list[Unit]:
        """The paragraphs in the order the daily push walks them (cached until the pages
        change: every delivery needs it)."""
        if self._units is None:
            self._units = await self.articles.walking_order()
        return self._units

    async def headings(self) -> dict[int, Heading]:
        """How each active article is named (《title》, or a report's part), by id; cached
        until the pages change, as every search result needs it."""
        if self._headings is None:
            self._headings = {a.id: full_heading(a) for a in await self.articles.list_articles()}
        return self._headings

    async def warm_up(self) -> None:
        """Initialise jieba; if the index was segmented with another dictionary (an upgrade
        changed it), segment every indexed paragraph again: a text is segmented the same way
        whenever it was loaded, and the same way as the queries."""
        self.segmenter.initialize()
        dictionary = self.segmenter.dictionary_id
        if await self.articles.indexed_with() != dictionary:
            rebuilt = await self.reindex()
            log.info("search index segmented again with dictionary %s: %d", dictionary, rebuilt)

    async def reindex(self) -> int:
        """Rebuild the whole search index with the current dictionary; returns the paragraphs
        indexed."""
        stored = await self.articles.indexed_texts()
        rows = [
            (
                rowid,
                IndexedText(
                    title=self.segmenter.index_text(title),
                    author=self.segmenter.index_text(f"{author} {affiliation}"),
                    body=self.segmenter.index_text(lead + body),
                ),
            )
            for rowid, title, author, affiliation, lead, body in stored
        ]
        await self.articles.reindex(self.segmenter.dictionary_id, rows)
        return len(rows)

    async def sync(self, directory: Path) -> SyncReport:
        """Load new and changed page files, retire removed ones; unchanged files are neither
        parsed nor indexed again. A bad file is reported and skipped; the others still load."""
        await self.warm_up()
        report = SyncReport()
        known = await self.articles.source_hashes()
        files = page_files(directory)
        for path in files:
            try:
                data = path.read_bytes()
            except OSError as error:
                report.errors.append(PageError(path.name, 1, f"无法读取（{error.strerror}）"))
                continue
            digest = content_hash(data)
            if known.get(path.name) == digest:
                report.unchanged.append(path.name)
                continue
            try:  # a page that cannot be parsed or stored is refused; the others still load
                page = parse_document(decode_page(data, path.name), path.name)
                report.articles += len(await self.store(page, digest))
            except PageError as error:
                log.warning("skipped page %s", error)
                report.errors.append(error)
                continue
            report.loaded.append(path.name)
        present = {p.name for p in files}
        report.retired = [name for name in known if name not in present]
        await self.articles.retire_sources(report.retired)
        if report.loaded or report.retired:
            self._changed()
        return report

    async def import_page(self, directory: Path, name: str, data: bytes) -> list[int]:
        """Add (or replace) a page file and load it at once. The file is written atomically and
        the database in one transaction; if storing fails the old file is put back, so nothing
        half-imported stays behind."""
        page = parse_document(decode_page(data, name), name)
        target = directory / name
        previous = target.read_bytes() if target.exists() else None
        temporary = target.with_name(f".{name}.importing")
        temporary.write_bytes(data)
        os.replace(temporary, target)
        try:
            ids = await self.store(page, content_hash(data), revive=True)
        except BaseException:
            if previous is None:
                target.unlink(missing_ok=True)
            else:
                target.write_bytes(previous)
            raise
        self._changed()
        return ids

    async def store(self, page: Page, digest: str, *, revive: bool = False) -> list[int]:
        """Store a parsed page and index it with the fixed dictionary (see warm_up)."""
        index = [
            [
                IndexedText(
                    title=self.segmenter.index_text(
                        headings_text(article.kicker, article.title, article.subtitle)
                    ),
                    author=self.segmenter.index_text(f"{article.author} {article.affiliation}"),
                    body=self.segmenter.index_text(paragraph.text),
                )
                for paragraph in article.paragraphs
            ]
            for article in page.articles
        ]
        return await self.articles.replace_source(digest, page, index, revive=revive)

    async def remove(self, article_id: int) -> StoredArticle | None:
        """Take an article out of the list, search, quizzes and the daily push at once (its
        scores and delivery history stay); None when there is no such article."""
        article = await self.articles.get(article_id)
        if article is None or not await self.articles.remove(article_id):
            return None
        await BankRepository(self.articles.db).drop_article(article.key)
        self._changed()
        return article

    async def traces(self) -> list[Trace]:
        """Every quotation the articles attribute to a report, located in it (cached until the
        pages change)."""
        if self._traces is None:
            stored = await self.articles.all_with_paragraphs()
            self._ids = {a.key: a.id for a in stored}
            reports = [
                (a.key, [p.text for p in a.paragraphs]) for a in stored if a.kind == "report"
            ]
            self._traces = [
                locate(q, reports)
                for a in stored
                if a.kind != "report"
                for q in quotations(a.key, [p.text for p in a.paragraphs])
            ]
        return self._traces

    async def traced(self, article_key: str) -> list[tuple[int, str, int, int]]:
        """(paragraph, quotation, report article id, report paragraph) for an article's found
        quotations."""
        return [
            (t.quotation.paragraph, t.quotation.text, self._ids[t.report_key], t.report_paragraph)
            for t in await self.traces()
            if t.quotation.article_key == article_key
            and t.report_key is not None
            and t.report_paragraph is not None
        ]

    def article_id(self, key: str) -> int | None:
        return self._ids.get(key)

    async def search(self, query: str, limit: int = 5) -> list[Hit]:
        """Articles matching a free-text query, best first, each opened at the paragraph that
        best matches the query. Matches in the text (title and body) rank first; articles
        found only by their author's name come after them. An article continued on another
        page and the copies of one text are one result."""
        terms = self.segmenter.query_terms(query)
        if not terms:
            return []
        essential = essential_terms(terms)
        rows, whole = await self._rank(essential, TEXT_COLUMNS)
        ranked = group_by_article(rows, limit)
        partial = set() if whole else {story for story, _, _ in ranked}
        if len(ranked) < limit:  # then the articles that only their author's name matches
            seen = {story for story, _, _ in ranked}
            by_author = await self.articles.search(
                match_expression(essential, columns=AUTHOR_COLUMNS), SEARCH_ROWS
            )
            more = [r for r in by_author if r[0] not in seen]
            ranked += group_by_article(more, limit - len(ranked))
        ids = [story for story, _, _ in ranked]
        texts = await self.articles.story_paragraphs(ids)
        heads = await self.articles.headings(ids)
        hits = []
        for story, _, score in ranked:
            paragraphs = texts.get(story)
            if not paragraphs or story not in heads:
                continue
            index = best_paragraph([(p.role, p.text) for p in paragraphs], terms)
            key, title, author, published, site = heads[story]
            hits.append(
                Hit(
                    article_id=story,
                    article_key=key,
                    title=title,
                    author=author,
                    paragraph=index + 1,
                    text=paragraphs[index].text,
                    score=score,
                    terms=tuple(terms),
                    published=published,
                    site=site,
                    partial=story in partial,
                )
            )
        return hits

    async def _rank(
        self, essential: list[str], columns: tuple[str, ...]
    ) -> tuple[list[tuple[int, int, float]], bool]:
        """(article, paragraph, score) rows, best first: every term; failing that, all terms
        but one; failing that, any term. And whether the rows have every term (no rows have
        none missing)."""
        rows = await self.articles.search(
            match_expression(essential, columns=columns), SEARCH_ROWS
        )
        if rows:
            return rows, True
        if 2 < len(essential) <= MAX_SUBSETS:
            # Paragraphs with all terms but one: a few small intersections, where "any term"
            # would rank every paragraph that has any of the common words.
            for left_out in range(len(essential)):
                rest = essential[:left_out] + essential[left_out + 1 :]
                rows += await self.articles.search(
                    match_expression(rest, columns=columns), SEARCH_ROWS
                )
            rows.sort(key=lambda row: row[2])
        if not rows and len(essential) > 1:
            rows = await self.articles.search(
                match_expression(essential, any_term=True, columns=columns), SEARCH_ROWS
            )
        return rows, not rows
