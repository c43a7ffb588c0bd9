"""News pages (fixtures in tests/pages/, written for these tests): lead titles, —— subtitles,
bullets, datelines, captions, editor's lines, credits, continued and repeated articles."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.pages import Page, load_page_file
from bot.core.segment import Segmenter
from bot.services.library import Library
from storage.articles import ArticleRepository
from storage.db import Database

PAGES = Path(__file__).parent / "pages"
SEGMENTER = Segmenter()


@pytest.fixture(scope="module")
def front() -> Page:
    return load_page_file(PAGES / "news_p1.txt")


@pytest.fixture(scope="module")
def inside() -> Page:
    return load_page_file(PAGES / "news_p3.txt")


@pytest.mark.parametrize("name", ["news_p1.txt", "news_p3.txt"])
def test_every_non_blank_character_lands_in_exactly_one_field(name: str) -> None:
    page = load_page_file(PAGES / name)
    fields = sorted("".join("".join(page.raw_fields()).split()))
    assert fields == sorted("".join((PAGES / name).read_text(encoding="utf-8").split()))


def test_banner_column_and_credits(front: Page) -> None:
    assert front.banner == "人民生活报"
    assert front.column == "第一版·要闻"
    assert front.meta == ("版式设计：刘 洋",)


def test_lead_title_title_and_subtitle(front: Page) -> None:
    story = front.articles[0]
    assert story.kicker == "稳岗扩岗政策持续发力"
    assert story.title == "春季招聘会为高校毕业生送岗位"
    assert story.subtitle == "——多地推出“直播带岗”等新形式"
    assert story.author == "本报记者 陈晓明"


def test_a_bullet_is_a_paragraph_not_a_byline(front: Page) -> None:
    story = front.articles[0]
    assert [p.role for p in story.paragraphs] == ["", "", "bullet", "", ""]
    assert story.paragraphs[2].text == "■小贴士"
    assert [a.author for a in front.articles] == [
        "本报记者 陈晓明",
        "本报记者 林海",
        "本报记者 赵宁",
        "王立群",
    ]


def test_a_continuation_mark_is_taken_off_the_text(front: Page) -> None:
    story = front.articles[0]
    assert story.marks == ("（下转第三版）",)
    assert story.continued
    assert story.paragraphs[-1].text.endswith("一位刚签约的毕业生说。")


def test_a_dateline_in_brackets_ends_the_story_before_the_next_title(front: Page) -> None:
    forum, city = front.articles[1], front.articles[2]
    assert forum.title == "东盟国家农业合作论坛举行"
    assert len(forum.paragraphs) == 1
    assert forum.paragraphs[0].text.endswith("（本报曼谷5月17日电）")
    assert city.kicker == "数字赋能城市治理"
    assert city.title == "老旧小区改造按下“快进键”"
    assert city.subtitle == "——来自城市更新一线的观察"


def test_caption_and_editors_note_stay_with_their_article(front: Page) -> None:
    city, essay = front.articles[2], front.articles[3]
    assert [p.role for p in city.paragraphs] == ["", "bullet", "", "caption"]
    assert city.paragraphs[-1].text.startswith("图片说明：")
    assert essay.affiliation == "某市司法局干部"
    assert essay.paragraphs[-1].role == "note"
    assert essay.paragraphs[-1].text.startswith("编后：")
    assert all(a.own_column == "" for a in front.articles)  # nothing filed as a column


def test_the_rest_of_a_continued_article_has_no_byline(inside: Page) -> None:
    rest = inside.articles[0]
    assert rest.title == "春季招聘会为高校毕业生送岗位"
    assert rest.author == ""
    assert rest.marks == ("（上接第一版）",)
    assert rest.continues
    assert [p.text[:3] for p in rest.paragraphs] == ["据统计", "人社部"]


def test_two_picture_reports_and_a_story_printed_twice(inside: Page) -> None:
    titles = [a.title for a in inside.articles]
    assert titles == [
        "春季招聘会为高校毕业生送岗位",
        "图片报道",
        "图片报道",
        *["社区食堂让老人吃上热乎饭"] * 2,
    ]
    keys = [a.key for a in inside.articles]
    assert len(set(keys)) == 5
    assert inside.articles[3].fingerprint == inside.articles[4].fingerprint
    assert inside.meta == ("本版编辑：何 静",)


@pytest.fixture
async def library(tmp_path: Path) -> AsyncIterator[Library]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("news_p1.txt", "news_p3.txt"):
        shutil.copy(PAGES / name, seeds)
    (seeds / "news_p2.txt").write_text("只有一行字，没有标题也没有署名。\n", encoding="utf-8")
    db = await Database.open(tmp_path / "news.db")
    lib = Library(ArticleRepository(db), SEGMENTER)
    report = await lib.sync(seeds)
    # Without bylines it is read as one plain article, which needs a title line.
    assert [str(e) for e in report.errors] == [
        "news_p2.txt:1: 第一行应是标题（不超过 80 字，不以句号结尾）"
    ]
    assert report.loaded == ["news_p1.txt", "news_p3.txt"]  # the file after it still loads
    yield lib
    await db.close()


async def test_a_continued_article_is_one_article(library: Library) -> None:
    listed = [a.title for a in await library.articles.list_articles()]
    assert listed.count("春季招聘会为高校毕业生送岗位") == 1
    story = next(a for a in await library.articles.list_articles() if a.title.startswith("春季"))
    whole = await library.articles.get(story.id)
    assert whole is not None
    assert [p.text[:3] for p in whole.paragraphs] == [
        "本报北",
        "今年以",
        "■小贴",
        "毕业生",
        "“直播",
        "据统计",
        "人社部",
    ]


async def test_the_same_text_twice_is_one_article_and_both_picture_reports_stay(
    library: Library,
) -> None:
    listed = [a.title for a in await library.articles.list_articles()]
    assert listed.count("社区食堂让老人吃上热乎饭") == 1
    assert listed.count("图片报道") == 2


async def test_search_opens_at_the_paragraph_with_the_term_not_at_a_caption(
    library: Library,
) -> None:
    hits = await library.search("老旧小区")
    assert hits[0].title == "老旧小区改造按下“快进键”"
    # the densest paragraph of text with the term, not 「图片说明：…」 (which has it too)
    assert hits[0].paragraph == 3
    assert hits[0].text.startswith("今年全国计划新开工改造城镇老旧小区")
    assert "老旧小区" in hits[0].snippet()


async def test_search_finds_the_rest_of_a_continued_article_in_the_whole(
    library: Library,
) -> None:
    hits = await library.search("就业困难")
    assert len(hits) == 1
    assert hits[0].title == "春季招聘会为高校毕业生送岗位"
    assert hits[0].paragraph == 7  # the second part's last paragraph, counted in the whole


async def test_one_article_never_fills_two_of_the_top_five(library: Library) -> None:
    hits = await library.search("社区食堂")
    assert [h.title for h in hits] == ["社区食堂让老人吃上热乎饭"]


async def test_a_title_only_match_opens_at_the_first_paragraph_of_text(
    library: Library,
) -> None:
    hits = await library.search("快进键")
    assert hits[0].paragraph == 1
    assert hits[0].text.startswith("在城东街道")
