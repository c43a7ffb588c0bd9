"""Loading many pages: no page stops the load, every command exits, same-titled articles on
one page are all stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.pages import Article, parse_page
from bot.core.segment import Segmenter
from bot.services.library import Library
from storage.articles import ArticleRepository
from storage.db import Database
from tests.conftest import SEED
from tests.test_cli import run

SEGMENTER = Segmenter()

TWO_PICTURE_REPORTS = """要闻

图片报道

□本报记者 王青

春耕时节，田野里一片繁忙景象。农机手驾驶播种机来回穿梭。

图片报道

□本报记者 王青

夏粮收购有序开展，粮库门前排起了送粮的车队。
"""


async def test_two_articles_with_the_same_title_and_author_are_both_stored(
    tmp_path: Path, seeds: Path
) -> None:
    (seeds / "001_pictures.txt").write_text(TWO_PICTURE_REPORTS, encoding="utf-8")
    db = await Database.open(tmp_path / "t.db")
    library = Library(ArticleRepository(db), SEGMENTER)
    report = await library.sync(seeds)
    assert report.errors == []
    stored = [a for a in await library.articles.all_with_paragraphs() if a.title == "图片报道"]
    assert [a.paragraphs[0].text[:4] for a in stored] == ["春耕时节", "夏粮收购"]
    assert len({a.key for a in stored}) == 2
    await db.close()


def test_the_second_same_titled_article_has_a_key_of_its_own() -> None:
    page = parse_page(TWO_PICTURE_REPORTS, "p.txt")
    first, second = page.articles
    assert second.key == first.key + "-2"


async def test_a_page_that_cannot_be_stored_is_refused_with_file_line_and_reason(
    tmp_path: Path, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (seeds / "001_pictures.txt").write_text(TWO_PICTURE_REPORTS, encoding="utf-8")
    (seeds / "002_next.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    # The key as it was before occurrences: both 图片报道 are one article and collide.
    monkeypatch.setattr(Article, "key", property(lambda a: f"{a.source}#{a.title}"))
    db = await Database.open(tmp_path / "t.db")
    report = await Library(ArticleRepository(db), SEGMENTER).sync(seeds)
    assert [str(e) for e in report.errors] == [
        "001_pictures.txt:9: 《图片报道》无法保存（UNIQUE constraint failed: "
        "paragraphs.article_id, paragraphs.idx）"
    ]
    assert report.loaded == [SEED.name, "002_next.txt"]
    rows = await db.fetchall("SELECT count(*) FROM articles WHERE key LIKE '001_pictures%'")
    assert rows[0][0] == 0  # nothing of the refused page stays half-stored
    await db.close()


def test_a_command_whose_start_fails_exits_instead_of_hanging(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "seeds.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    result = run(["articles"], tmp_path, STUDYBOT_SEEDS=str(not_a_folder))  # 120 s timeout
    assert result.returncode != 0
    assert "NotADirectoryError" in result.stderr
