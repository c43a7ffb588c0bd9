"""Storage and search: migrations, incremental loading, ranked Chinese search, hostile input."""

from __future__ import annotations

from pathlib import Path

import aiosqlite
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.search import essential_terms, match_expression
from bot.core.segment import Segmenter
from bot.services.library import Library
from storage.articles import ArticleRepository
from storage.db import Database
from storage.migrations import MIGRATIONS, migrate
from tests.conftest import SEED

SEGMENTER = Segmenter()


@pytest.fixture
async def library(tmp_path: Path, seeds: Path):  # type: ignore[no-untyped-def]
    db = await Database.open(tmp_path / "lib.db")
    lib = Library(ArticleRepository(db), SEGMENTER)
    await lib.sync(seeds)
    yield lib
    await db.close()


async def test_migrations_build_the_schema_and_are_recorded(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "m.db")
    names = {r[0] for r in await db.fetchall("SELECT name FROM _migrations")}
    assert names == {m.__name__ for m in MIGRATIONS}
    tables = {r[0] for r in await db.fetchall("SELECT name FROM sqlite_master")}
    assert {"sources", "articles", "paragraphs", "paragraph_fts"} <= tables
    mode = await db.fetchone("PRAGMA journal_mode")
    assert mode is not None
    assert mode[0] == "wal"
    await db.close()


async def test_upgrade_from_the_first_migration(tmp_path: Path) -> None:
    conn = await aiosqlite.connect(tmp_path / "older.db", isolation_level=None)
    assert await migrate(conn, upto=MIGRATIONS[0].__name__) == [MIGRATIONS[0].__name__]
    await conn.close()
    upgraded = await Database.open(tmp_path / "older.db")
    names = [r[0] for r in await upgraded.fetchall("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [m.__name__ for m in MIGRATIONS]
    await upgraded.close()


async def test_loading_is_incremental(library: Library, seeds: Path) -> None:
    report = await library.sync(seeds)
    assert report.loaded == []
    assert report.unchanged == [SEED.name]
    before = {a.key: a.id for a in await library.articles.list_articles()}

    seed = seeds / SEED.name
    seed.write_text(seed.read_text().replace("基层学报告", "基层学报告新篇"), encoding="utf-8")
    report = await library.sync(seeds)
    assert report.loaded == [SEED.name]
    after = {a.key: a.id for a in await library.articles.list_articles()}
    kept = set(before) & set(after)
    assert len(kept) == 4
    assert all(before[k] == after[k] for k in kept)
    assert len(after) == 5
    assert max(after.values()) == 6

    assert await library.search("年轻干部")
    seed.unlink()
    report = await library.sync(seeds)
    assert report.retired == [SEED.name]
    assert await library.articles.list_articles() == []
    assert await library.articles.get(1, include_retired=True) is not None  # kept, not shown
    assert await library.search("年轻干部") == []  # and no longer found
    indexed = await library.articles.db.fetchone("SELECT count(*) FROM paragraph_fts")
    assert indexed is not None
    assert indexed[0] == 0


async def test_upgrading_takes_retired_articles_out_of_the_index(
    tmp_path: Path, seeds: Path
) -> None:
    conn = await aiosqlite.connect(tmp_path / "old.db", isolation_level=None)
    await migrate(conn, upto="m003_create_subscriptions")
    await conn.close()
    db = await Database.open(tmp_path / "old.db")
    await Library(ArticleRepository(db), SEGMENTER).sync(seeds)
    # Before m004, retiring left the paragraphs in the index.
    await db.conn.execute("UPDATE articles SET retired = 1 WHERE id = 1")
    await db.conn.execute("DELETE FROM _migrations WHERE name = 'm004_index_active_articles_only'")
    await db.close()
    db = await Database.open(tmp_path / "old.db")
    left = await db.fetchone(
        "SELECT count(*) FROM paragraph_fts JOIN paragraphs p ON p.id = paragraph_fts.rowid "
        "WHERE p.article_id = 1"
    )
    assert left is not None
    assert left[0] == 0
    assert await db.fetchone("SELECT count(*) FROM paragraph_fts") != (0,)
    await db.close()


async def test_a_bad_file_is_refused_and_the_others_still_load(
    tmp_path: Path, seeds: Path
) -> None:
    (seeds / "001_bad.txt").write_text("只有一行，没有署名。\n", encoding="utf-8")
    db = await Database.open(tmp_path / "b.db")
    report = await Library(ArticleRepository(db), SEGMENTER).sync(seeds)
    assert report.loaded == [SEED.name]
    assert [e.source for e in report.errors] == ["001_bad.txt"]
    await db.close()


@pytest.mark.parametrize(
    ("query", "author", "needle"),
    [
        ("如何培养年轻干部", "冯雪勇", "年轻干部"),
        ("送书送戏送电影", "任骏", "送书、送戏、送电影"),
        ("双昌产业园", "高洪波", "“双昌”产业园"),
        ("1+3+1", "高洪波", "“1+3+1”"),
        ("五大抓手", "高洪波", "五大抓手"),
        ("智慧养老", "李莉", "智慧养老"),
        ("ＡＢＣ 德才兼备", "蒋代跃", "德才兼备"),
    ],
)
async def test_natural_queries_find_the_right_article_first(
    library: Library, query: str, author: str, needle: str
) -> None:
    hits = await library.search(query)
    assert hits
    assert hits[0].author == author
    assert needle in hits[0].text


async def test_results_are_grouped_by_article_with_bold_snippets(library: Library) -> None:
    hits = await library.search("干部")
    assert len({h.article_id for h in hits}) == len(hits) >= 2
    snippet = hits[0].snippet_html()
    assert "<b>干部</b>" in snippet
    assert len(hits[0].snippet()) <= 122


async def test_a_search_that_no_text_answers_whole_says_its_hits_are_partial(
    library: Library,
) -> None:
    """「养老 量子」: no text has 量子, the hits have 养老 alone."""
    hits = await library.search("养老 量子")
    assert hits
    assert all(h.partial for h in hits)


async def test_a_search_every_hit_answers_whole_is_not_partial(library: Library) -> None:
    hits = await library.search("年轻干部")
    assert hits
    assert not any(h.partial for h in hits)


@pytest.mark.parametrize(
    ("query", "word"),
    [
        ("干部*", "干部"),
        ("^养老", "养老"),
        ("title:干部", "干部"),
        ("😀🇨🇳 养老", "养老"),
        ("\x00\x07\u200b干部", "干部"),
        ("养老 " * 800, "养老"),
    ],
)
async def test_hostile_queries_are_searched_as_words(
    library: Library, query: str, word: str
) -> None:
    hits = await library.search(query)
    assert word in hits[0].title + hits[0].text


@pytest.mark.parametrize("query", ['"unterminated', "(((", "-- ; DROP TABLE articles;"])
async def test_queries_of_syntax_only_find_nothing(library: Library, query: str) -> None:
    assert await library.search(query) == []


def test_a_long_term_stands_for_its_parts() -> None:
    terms = SEGMENTER.query_terms("请问高质量发展和乡村振兴怎么做")
    assert {"高质量", "质量", "发展", "高质量发展", "乡村", "振兴", "乡村振兴"} <= set(terms)
    assert "做" not in terms
    assert "怎么做" not in terms
    assert essential_terms(terms) == ["高质量发展", "乡村振兴"]
    assert match_expression(terms, any_term=True) == '"高质量发展" OR "乡村振兴"'


async def test_two_topics_with_no_common_paragraph_find_both(library: Library) -> None:
    hits = await library.search("年轻干部 智慧养老")
    authors = [h.author for h in hits]
    assert "冯雪勇" in authors
    assert "李莉" in authors
    # 干部 alone or 养老 alone no longer counts: every hit has one of the whole terms
    assert all("年轻干部" in h.text or "智慧养老" in h.text for h in hits)


async def test_all_terms_but_one_before_any_term(library: Library) -> None:
    # No paragraph has all three: the paragraphs with two of them (in the text or the
    # article's title) are found, not every paragraph that has one.
    terms = SEGMENTER.query_terms("干部 德才兼备 宇航员")
    assert essential_terms(terms) == ["干部", "德才兼备", "宇航员"]
    hits = await library.search("干部 德才兼备 宇航员")
    both = [h for h in hits if "干部" in h.title + h.text and "德才兼备" in h.title + h.text]
    assert hits
    assert both == hits
    assert len(await library.search("干部")) > len(hits)


async def test_fts_operators_are_searched_as_words(library: Library) -> None:
    hits = await library.search("干部 OR 养老")
    # AND of 干部, or, 养老: the article that has both words is found; "OR" is just a word
    assert hits
    assert all("干部" in h.text or "养老" in h.text for h in hits)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
async def test_any_text_is_a_safe_query(library: Library, query: str) -> None:
    hits = await library.search(query)  # never raises
    assert len(hits) <= 5


async def test_the_provenance_migration_fingerprints_the_stored_texts(
    tmp_path: Path, seeds: Path
) -> None:
    from bot.core.drafts import text_fingerprint

    conn = await aiosqlite.connect(tmp_path / "old.db", isolation_level=None)
    await migrate(conn, upto="m006_index_subscription_slots")
    await conn.close()
    db = await Database.open(tmp_path / "old.db")  # everything up to now, then load the page
    await Library(ArticleRepository(db), SEGMENTER).sync(seeds)
    await db.conn.execute("UPDATE articles SET text_hash = ''")  # as before m024
    await db.conn.execute("DELETE FROM _migrations WHERE name = 'm024_article_provenance'")
    for column in ("published", "origin", "site", "text_hash", "removed"):
        await db.conn.execute("DROP INDEX IF EXISTS articles_text")
        await db.conn.execute("DROP INDEX IF EXISTS articles_origin")
        await db.conn.execute(f"ALTER TABLE articles DROP COLUMN {column}")
    await db.close()
    db = await Database.open(tmp_path / "old.db")
    first = await ArticleRepository(db).get(1)
    assert first is not None
    stored = await db.fetchone("SELECT text_hash, removed, published FROM articles WHERE id = 1")
    assert stored is not None
    assert stored[0] == text_fingerprint([p.text for p in first.paragraphs])
    assert stored[1] == 0
    assert stored[2] == ""
    await db.close()
