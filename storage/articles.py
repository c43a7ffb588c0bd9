"""Articles, their paragraphs and the FTS5 search index."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

import aiosqlite

from bot.core.drafts import text_fingerprint
from bot.core.pages import Article, Page, PageError, Paragraph, headings_text
from bot.core.schedule import Unit, excerpt_span, worth_reading
from storage.db import Database


@dataclass(frozen=True)
class StoredArticle:
    id: int
    key: str
    source: str
    kind: str
    position: int
    column: str
    section: str
    title: str
    author: str
    affiliation: str
    paragraphs: tuple[Paragraph, ...] = ()
    source_column: str = ""  # the page's column line; a report's subtitle (——在…上的报告)
    kicker: str = ""  # a news story's lead title (引题), printed above its title
    subtitle: str = ""  # a news story's subtitle, as printed (——…)
    published: str = ""  # YYYY-MM-DD or ""
    origin: str = ""  # the link or file an imported article came from
    site: str = ""


@dataclass(frozen=True)
class Passage:
    """One paragraph with its article's heading (a search hit)."""

    article_id: int
    paragraph: int
    article_key: str
    title: str
    author: str
    text: str


@dataclass(frozen=True)
class IndexedText:
    """The segmented text of one paragraph for the FTS5 columns."""

    title: str
    author: str
    body: str


# An article with the rest continued on other pages (part_of), in reading order: its beginning
# first, whatever was loaded first, then the rests in the order they were loaded.
READING_ORDER = "coalesce(a.part_of, a.id), a.part_of IS NOT NULL, a.id, p.idx"

_ARTICLE_COLUMNS = """
    a.id, a.key, s.name AS source, s.kind, a.position, a.column_name, a.section, a.title,
    a.author, a.affiliation, s.column_name AS source_column, a.kicker, a.subtitle,
    a.published, a.origin, a.site
"""


def _beginning(
    rest: int, source: int, title: str, beginnings: Iterable[aiosqlite.Row]
) -> int | None:
    """The beginning a rest printed in file ``source`` continues: the same title (or one is
    the start of the other), another file or earlier in the same one (a copy of two editions,
    「===第8版===」), the nearest in loading order, of two as near the one before, of one file
    the latest."""
    found = [
        (abs(b_source - source), b_source > source, -b_id, b_id)
        for b_id, b_source, b_title in beginnings
        if (b_source != source or b_id < rest)
        and (b_title.startswith(title) or title.startswith(b_title))
    ]
    return min(found)[-1] if found else None


def _article(r: aiosqlite.Row, paragraphs: tuple[Paragraph, ...] = ()) -> StoredArticle:
    return StoredArticle(
        id=r["id"],
        key=r["key"],
        source=r["source"],
        kind=r["kind"],
        position=r["position"],
        column=r["column_name"],
        section=r["section"],
        title=r["title"],
        author=r["author"],
        affiliation=r["affiliation"],
        paragraphs=paragraphs,
        source_column=r["source_column"],
        kicker=r["kicker"],
        subtitle=r["subtitle"],
        published=r["published"],
        origin=r["origin"],
        site=r["site"],
    )


class ArticleRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def source_hashes(self) -> dict[str, str]:
        rows = await self.db.fetchall("SELECT name, sha256 FROM sources WHERE retired = 0")
        return {row["name"]: row["sha256"] for row in rows}

    async def replace_source(
        self, sha256: str, page: Page, index: list[list[IndexedText]], *, revive: bool = False
    ) -> list[int]:
        """Store a (new or changed) page in one transaction: its articles keep their ids by
        key, articles no longer on the page are retired, paragraphs and index are rebuilt.
        Articles a maintainer removed stay out, unless ``revive`` (imported again on purpose)."""
        async with self.db.transaction() as conn:
            if revive:
                await conn.executemany(
                    "UPDATE articles SET removed = 0 WHERE key = ?",
                    [(a.key,) for a in page.articles],
                )
            await conn.execute(
                "INSERT INTO sources (name, sha256, kind, banner, column_name) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET "
                "sha256 = excluded.sha256, kind = excluded.kind, banner = excluded.banner, "
                "column_name = excluded.column_name, loaded_at = CURRENT_TIMESTAMP, retired = 0",
                (page.source, sha256, page.kind, page.banner, page.column),
            )
            row = await (
                await conn.execute("SELECT id FROM sources WHERE name = ?", (page.source,))
            ).fetchone()
            assert row is not None
            source_id = row[0]
            old = await conn.execute_fetchall(
                "SELECT p.id FROM paragraphs p JOIN articles a ON a.id = p.article_id "
                "WHERE a.source_id = ?",
                (source_id,),
            )
            await conn.executemany(
                "DELETE FROM paragraph_fts WHERE rowid = ?", [(r[0],) for r in old]
            )
            await conn.execute(
                "DELETE FROM paragraphs WHERE article_id IN "
                "(SELECT id FROM articles WHERE source_id = ?)",
                (source_id,),
            )
            await conn.execute("UPDATE articles SET retired = 1 WHERE source_id = ?", (source_id,))
            ids = []
            for article, texts in zip(page.articles, index, strict=True):
                try:
                    ids.append(await self._store_article(conn, source_id, article, texts))
                except sqlite3.IntegrityError as error:  # the page is refused, not the load
                    raise PageError(
                        page.source, article.line, f"《{article.title}》无法保存（{error}）"
                    ) from error
            await self._relink(conn)
        return ids

    async def _relink(self, conn: aiosqlite.Connection) -> None:
        """Work out again which active articles are one: a copy of an earlier article's text
        on a page (same_as: the first copy), and the rest of an article continued from
        another page (part_of: a beginning with the same title that is not itself a copy,
        from the nearest file in loading order — a day's pages are loaded together — and of
        two as near the one before; a copy of a rest gets the same part_of and is left out of
        the reading like every copy). A pure function of the active rows, so loading,
        reloading and retiring in any order agree."""
        await conn.execute(
            "UPDATE articles SET same_as = ("
            " SELECT min(o.id) FROM articles o JOIN sources os ON os.id = o.source_id"
            " WHERE o.retired = 0 AND o.fingerprint = articles.fingerprint AND o.id < articles.id"
            " AND os.kind = 'page'"
            ") WHERE retired = 0 AND fingerprint != '' AND (SELECT kind FROM sources s"
            " WHERE s.id = articles.source_id) = 'page'"
        )
        rests = await conn.execute_fetchall(
            "SELECT id, source_id, title FROM articles WHERE retired = 0 AND continues = 1"
        )
        beginnings = await conn.execute_fetchall(
            "SELECT id, source_id, title FROM articles WHERE retired = 0 AND continued = 1 "
            "AND continues = 0 AND same_as IS NULL"
        )
        await conn.execute(
            "UPDATE articles SET part_of = NULL WHERE retired = 0 AND part_of IS NOT NULL"
        )
        await conn.executemany(
            "UPDATE articles SET part_of = ? WHERE id = ?",
            [
                (begun, rest)
                for rest, source, title in rests
                if (begun := _beginning(rest, source, title, beginnings)) is not None
            ],
        )

    async def _store_article(
        self,
        db: aiosqlite.Connection,
        source_id: int,
        article: Article,
        texts: list[IndexedText],
    ) -> int:
        values = (
            source_id,
            article.position,
            article.column,
            article.section,
            article.title,
            article.author,
            article.affiliation,
            article.fingerprint,
            article.continued,
            article.continues,
            article.kicker,
            article.subtitle,
            article.published,
            article.origin,
            article.site,
            text_fingerprint([p.text for p in article.paragraphs]),
        )
        # Look up before writing: an upsert would burn an AUTOINCREMENT number on every
        # conflict, and article numbers are what users type in /read.
        row = await (
            await db.execute("SELECT id, removed FROM articles WHERE key = ?", (article.key,))
        ).fetchone()
        removed = bool(row[1]) if row is not None else False
        if row is not None:
            article_id: int = row[0]
            await db.execute(
                "UPDATE articles SET source_id = ?, position = ?, column_name = ?, section = ?, "
                "title = ?, author = ?, affiliation = ?, fingerprint = ?, continued = ?, "
                "continues = ?, kicker = ?, subtitle = ?, published = ?, origin = ?, site = ?, "
                "text_hash = ?, retired = removed WHERE id = ?",
                (*values, article_id),
            )
        else:
            cursor = await db.execute(
                "INSERT INTO articles (source_id, position, column_name, section, title, author, "
                "affiliation, fingerprint, continued, continues, kicker, subtitle, published, "
                "origin, site, text_hash, key) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, article.key),
            )
            assert cursor.lastrowid is not None
            article_id = cursor.lastrowid
        for idx, (paragraph, text) in enumerate(zip(article.paragraphs, texts, strict=True), 1):
            cursor = await db.execute(
                "INSERT INTO paragraphs (article_id, idx, lead, body, role) "
                "VALUES (?, ?, ?, ?, ?)",
                (article_id, idx, paragraph.lead, paragraph.body, paragraph.role),
            )
            if not removed:  # a removed article stays out of search
                await db.execute(
                    "INSERT INTO paragraph_fts (rowid, title, author, body) VALUES (?, ?, ?, ?)",
                    (cursor.lastrowid, text.title, text.author, text.body),
                )
        return article_id

    async def retire_sources(self, names: list[str]) -> int:
        """Retire removed files: their articles are kept (ids, scores) but no longer shown."""
        if not names:
            return 0
        marks = ",".join("?" * len(names))
        async with self.db.transaction() as conn:
            await conn.execute(f"UPDATE sources SET retired = 1 WHERE name IN ({marks})", names)
            # Retired articles leave the index (their paragraphs stay, for old questions).
            await conn.execute(
                "DELETE FROM paragraph_fts WHERE rowid IN (SELECT p.id FROM paragraphs p "
                "JOIN articles a ON a.id = p.article_id JOIN sources s ON s.id = a.source_id "
                f"WHERE s.name IN ({marks}))",
                names,
            )
            cursor = await conn.execute(
                "UPDATE articles SET retired = 1 WHERE retired = 0 AND source_id IN "
                f"(SELECT id FROM sources WHERE name IN ({marks}))",
                names,
            )
            await self._relink(conn)
            return cursor.rowcount

    async def remove(self, article_id: int) -> bool:
        """Take an article out (/remove): out of the list, search, quizzes and pushes, and
        kept out when its page is loaded again; its rows stay for scores and delivery
        history. False when there is no such active article."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE articles SET removed = 1, retired = 1 WHERE id = ? AND retired = 0",
                (article_id,),
            )
            if cursor.rowcount == 0:
                return False
            await conn.execute(
                "DELETE FROM paragraph_fts WHERE rowid IN "
                "(SELECT id FROM paragraphs WHERE article_id = ?)",
                (article_id,),
            )
            await self._relink(conn)  # a copy of its text on another page becomes the one shown
        return True

    async def with_text(self, text_hash: str) -> StoredArticle | None:
        """The active article with this text fingerprint (a duplicate), if any."""
        row = await self.db.fetchone(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id "
            "WHERE a.text_hash = ? AND a.retired = 0 ORDER BY a.id LIMIT 1",
            (text_hash,),
        )
        return _article(row) if row is not None else None

    async def titled(self, title: str) -> StoredArticle | None:
        row = await self.db.fetchone(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id "
            "WHERE a.title = ? AND a.retired = 0 ORDER BY a.id LIMIT 1",
            (title,),
        )
        return _article(row) if row is not None else None

    async def list_articles(self) -> list[StoredArticle]:
        rows = await self.db.fetchall(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id "
            "WHERE a.retired = 0 AND a.part_of IS NULL AND a.same_as IS NULL "
            "ORDER BY s.kind = 'report', s.name, a.position"
        )
        return [_article(row) for row in rows]

    async def get(self, article_id: int, *, include_retired: bool = False) -> StoredArticle | None:
        row = await self.db.fetchone(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a JOIN sources s ON s.id = a.source_id "
            "WHERE a.id = ? AND (a.retired = 0 OR ?)",
            (article_id, include_retired),
        )
        if row is None:
            return None
        paragraphs = await self.db.fetchall(
            "SELECT p.lead, p.body, p.role FROM paragraphs p "
            "JOIN articles a ON a.id = p.article_id "
            "WHERE a.id = ? OR (a.part_of = ? AND a.retired = 0 AND a.same_as IS NULL) "
            "ORDER BY a.id != ?, a.id, p.idx",
            (article_id, article_id, article_id),
        )
        return _article(
            row, tuple(Paragraph(p["lead"], p["body"], 0, p["role"]) for p in paragraphs)
        )

    async def all_with_paragraphs(self) -> list[StoredArticle]:
        """Every active article with its paragraphs, in two queries (not two per article)."""
        paragraphs: dict[int, list[Paragraph]] = {}
        for row in await self.db.fetchall(
            "SELECT coalesce(a.part_of, a.id), p.lead, p.body, p.role FROM paragraphs p "
            "JOIN articles a ON a.id = p.article_id WHERE a.retired = 0 AND a.same_as IS NULL "
            f"ORDER BY {READING_ORDER}"
        ):
            paragraphs.setdefault(row[0], []).append(Paragraph(row[1], row[2], 0, row[3]))
        return [
            dataclasses.replace(a, paragraphs=tuple(paragraphs.get(a.id, ())))
            for a in await self.list_articles()
        ]

    async def of_source(self, source: str) -> list[StoredArticle]:
        """The active articles of one page file, in page order, each with its paragraphs as
        ``get`` gives them (its own, then those of its continuations); copies of a text
        printed twice and continuations themselves are left out (they are read as one).
        Every lookup goes through an index, so reading one page costs the same in a library of
        any size."""
        rows = await self.db.fetchall(
            f"SELECT {_ARTICLE_COLUMNS} FROM sources s JOIN articles a ON a.source_id = s.id "
            "WHERE s.name = ? AND a.retired = 0 AND a.same_as IS NULL AND a.part_of IS NULL "
            "ORDER BY a.position",
            (source,),
        )
        ids = [r["id"] for r in rows]
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        parts = await self.db.fetchall(
            f"SELECT id, part_of FROM articles WHERE part_of IN ({marks}) AND retired = 0 "
            "AND same_as IS NULL ORDER BY id",
            tuple(ids),
        )
        owner = {i: i for i in ids} | {r[0]: r[1] for r in parts}
        order = {i: n for n, i in enumerate([*ids, *(r[0] for r in parts)])}
        wanted = list(owner)
        paragraphs: dict[int, list[Paragraph]] = {}
        found = await self.db.fetchall(
            f"SELECT article_id, idx, lead, body, role FROM paragraphs "
            f"WHERE article_id IN ({','.join('?' * len(wanted))})",
            tuple(wanted),
        )
        for row in sorted(found, key=lambda r: (order[r[0]], r[1])):
            paragraphs.setdefault(owner[row[0]], []).append(Paragraph(row[2], row[3], 0, row[4]))
        return [_article(r, tuple(paragraphs.get(r["id"], ()))) for r in rows]

    async def newest_sources(self) -> list[str]:
        """The active page files, the most recently loaded first."""
        rows = await self.db.fetchall(
            "SELECT name FROM sources WHERE retired = 0 ORDER BY loaded_at DESC, id DESC"
        )
        return [r[0] for r in rows]

    async def search(self, match: str, limit: int) -> list[tuple[int, int, float]]:
        """(article_id, paragraph_index, bm25 score) for paragraphs matching an FTS5
        expression, best first; title and author weigh more than body text. Only active
        articles are in the index, so the ranking runs on the index alone and only the
        ``limit`` best rows are joined."""
        rows = await self.db.fetchall(
            "SELECT coalesce(a.part_of, a.same_as, a.id), p.idx, f.score FROM ("
            " SELECT rowid, bm25(paragraph_fts, 4.0, 4.0, 1.0) AS score FROM paragraph_fts"
            " WHERE paragraph_fts MATCH ? ORDER BY score LIMIT ?"
            ") f JOIN paragraphs p ON p.id = f.rowid JOIN articles a ON a.id = p.article_id"
            " ORDER BY f.score",
            (match, limit),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    async def story_paragraphs(self, ids: list[int]) -> dict[int, list[Paragraph]]:
        """The paragraphs of each article with the rest continued on other pages, in reading
        order (as :meth:`get` shows them): to choose the paragraph a search hit opens at."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        # The articles first (by id, and by part_of's index), then their paragraphs by the
        # (article_id, idx) key: never a scan of the paragraphs.
        rows = await self.db.fetchall(
            "SELECT coalesce(a.part_of, a.id), p.lead, p.body, p.role FROM ("
            f" SELECT id, part_of FROM articles WHERE retired = 0 AND id IN ({marks})"
            " UNION"
            f" SELECT id, part_of FROM articles WHERE retired = 0 AND part_of IN ({marks})"
            " AND same_as IS NULL"
            f") a JOIN paragraphs p ON p.article_id = a.id ORDER BY {READING_ORDER}",
            (*ids, *ids),
        )
        found: dict[int, list[Paragraph]] = {}
        for row in rows:
            found.setdefault(row[0], []).append(Paragraph(row[1], row[2], 0, row[3]))
        return found

    async def headings(self, ids: list[int]) -> dict[int, tuple[str, str, str, str, str]]:
        """(key, title, author, publication date, site when it came from a link) of articles
        by id."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = await self.db.fetchall(
            "SELECT id, key, title, author, published, "
            "CASE WHEN origin LIKE 'http%' THEN site ELSE '' END "
            f"FROM articles WHERE id IN ({marks})",
            tuple(ids),
        )
        return {r[0]: (r[1], r[2], r[3], r[4], r[5]) for r in rows}

    async def passages(self, wanted: list[tuple[int, int]]) -> dict[tuple[int, int], Passage]:
        """The paragraphs at (article_id, paragraph_index), with their article's heading, in
        one query: search results need one paragraph of each article, not whole articles."""
        if not wanted:
            return {}
        pairs = " OR ".join("(p.article_id = ? AND p.idx = ?)" for _ in wanted)
        rows = await self.db.fetchall(
            "SELECT p.article_id, p.idx, a.key, a.title, a.author, p.lead, p.body "
            "FROM paragraphs p JOIN articles a ON a.id = p.article_id "
            f"WHERE a.retired = 0 AND ({pairs})",
            tuple(value for pair in wanted for value in pair),
        )
        return {
            (r[0], r[1]): Passage(r[0], r[1], r[2], r[3], r[4], Paragraph(r[5], r[6], 0).text)
            for r in rows
        }

    async def walking_order(self) -> list[Unit]:
        """The paragraphs of the active articles that can open an excerpt, in the order the
        daily push walks them: newest pages first (bot/core/schedule.next_unit chooses among
        them: an added article first, then those with a question). Salutations, headings,
        captions and other short or boilerplate paragraphs are left out (they may still end
        an excerpt)."""
        rows = await self.db.fetchall(
            "SELECT p.article_id, p.idx, length(p.lead) + length(p.body), "
            # A section (its lead, 「（一）构建…。」, and its body) is judged by its body.
            "CASE WHEN p.body != '' THEN substr(p.body, 1, 8) ELSE substr(p.lead, 1, 8) END, "
            "substr(p.body, -3), p.role, a.origin != '' FROM paragraphs p "
            "JOIN articles a ON a.id = p.article_id JOIN sources s ON s.id = a.source_id "
            "WHERE a.retired = 0 AND a.same_as IS NULL AND a.part_of IS NULL "
            "ORDER BY s.loaded_at DESC, s.id DESC, a.position, p.idx"
        )
        units = []
        for at, row in enumerate(rows):
            after = rows[at + 1] if at + 1 < len(rows) else None
            following = after[2] if after is not None and after[0] == row[0] else None
            # A short statement opens an excerpt only with a paragraph that goes on with it,
            # not a heading or a caption.
            goes_on = following if after is not None and not after[5] else None
            if row[5] or not worth_reading(row[2], row[3], row[4], goes_on):
                continue
            span = excerpt_span(row[2], goes_on)
            units.append(Unit(row[0], row[1], row[2], span, added=bool(row[6])))
        return units

    async def indexed_with(self) -> str:
        """The dictionary the search index was segmented with."""
        row = await self.db.fetchone("SELECT dictionary FROM index_state WHERE id = 1")
        return str(row[0]) if row is not None else ""

    async def indexed_texts(self) -> list[tuple[int, str, str, str, str, str]]:
        """(paragraph id, headings, author, affiliation, lead, body) of every indexed
        paragraph; the headings are the lead title, the title and the subtitle."""
        rows = await self.db.fetchall(
            "SELECT p.id, a.kicker, a.title, a.subtitle, a.author, a.affiliation, p.lead, p.body "
            "FROM paragraphs p JOIN articles a ON a.id = p.article_id WHERE a.retired = 0 "
            "ORDER BY p.id"
        )
        return [(r[0], headings_text(r[1], r[2], r[3]), r[4], r[5], r[6], r[7]) for r in rows]

    async def reindex(self, dictionary: str, rows: list[tuple[int, IndexedText]]) -> None:
        """Replace the whole search index (segmented again with ``dictionary``) in one
        transaction: a crash leaves the old index and the old dictionary id."""
        async with self.db.transaction() as conn:
            await conn.execute("DELETE FROM paragraph_fts")
            await conn.executemany(
                "INSERT INTO paragraph_fts (rowid, title, author, body) VALUES (?, ?, ?, ?)",
                [(rowid, t.title, t.author, t.body) for rowid, t in rows],
            )
            await conn.execute("UPDATE index_state SET dictionary = ? WHERE id = 1", (dictionary,))

    async def terms(self) -> list[str]:
        return [r[0] for r in await self.db.fetchall("SELECT term FROM dictionary_terms")]

    async def add_terms(self, terms: set[str]) -> None:
        async with self.db.transaction() as conn:
            await conn.executemany(
                "INSERT OR IGNORE INTO dictionary_terms (term) VALUES (?)", [(t,) for t in terms]
            )
