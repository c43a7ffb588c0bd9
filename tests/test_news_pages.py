"""News pages (fixtures in tests/pages/, written for these tests): lead titles, —— subtitles,
bullets, datelines, captions, editor's lines, credits, continued and repeated articles."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core.pages import Page, load_page_file
from bot.core.segment import Segmenter
from bot.offline import OfflineBotApi
from bot.services.library import Library
from bot.updates import Chat, User, as_update
from storage.articles import ArticleRepository
from storage.db import Database
from tests import factories
from tests.conftest import started

PAGES = Path(__file__).parent / "pages"
SEGMENTER = Segmenter()


@pytest.fixture(scope="module")
def front() -> Page:
    return load_page_file(PAGES / "news_p1.txt")


@pytest.fixture(scope="module")
def inside() -> Page:
    return load_page_file(PAGES / "news_p3.txt")


@pytest.fixture(scope="module")
def briefs() -> Page:
    return load_page_file(PAGES / "news_briefs.txt")


@pytest.fixture(scope="module")
def dated() -> Page:
    """青岛日报's layout (held-out set 32): a signed article continued on another page, a
    caption with its credit on the same line, then two news stories whose only byline is in
    their dateline (本报6月15日讯（记者　赵一鸣）, 本报讯（通讯员　孙　悦）)."""
    return load_page_file(PAGES / "news_datelines.txt")


@pytest.mark.parametrize(
    "name",
    [
        "news_p1.txt",
        "news_p3.txt",
        "news_briefs.txt",
        "news_datelines.txt",
        "news_datelines_only.txt",
    ],
)
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


def test_numbered_points_ending_with_a_dateline_are_text(briefs: Page) -> None:
    council = briefs.articles[0]
    assert council.title == "国务院常务会议部署稳外贸举措"
    assert council.author == "本报记者 孙悦"
    assert [p.role for p in council.paragraphs] == ["", "", ""]
    assert council.paragraphs[1].text.startswith("（一）加大出口信用保险")
    assert council.paragraphs[2].text.startswith("（二）优化跨境贸易结算服务")
    assert council.paragraphs[2].text.endswith("（本报北京3月5日电）")


def test_a_brief_of_one_bracketed_paragraph_is_not_refused(briefs: Page) -> None:
    spring = briefs.articles[1]
    assert spring.title == "三项措施助力春耕备耕"
    assert spring.author == "何静"
    assert [p.role for p in spring.paragraphs] == [""]
    assert spring.paragraphs[0].text.startswith("（一）抓好种子化肥农药")
    assert spring.paragraphs[0].text.endswith("有序推进。（本报成都3月6日电）")


def test_a_dateline_on_a_line_of_its_own_is_a_note(briefs: Page) -> None:
    clinic = briefs.articles[2]
    assert clinic.title == "社区卫生服务站延长服务时间"
    assert clinic.author == "本报记者 林海"
    assert [p.role for p in clinic.paragraphs] == ["", "note"]
    assert clinic.paragraphs[1].text == "（本报广州3月6日电）"
    assert briefs.meta == ("版式设计：赵 宁",)


@pytest.fixture
async def library(tmp_path: Path) -> AsyncIterator[Library]:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("news_p1.txt", "news_p3.txt"):
        shutil.copy(PAGES / name, seeds)
    (seeds / "news_p2.txt").write_text("只有一行字，没有标题也没有署名。\n", encoding="utf-8")
    db = await Database.open(tmp_path / "news.db")
    try:  # an open connection left behind would keep the test process alive
        lib = Library(ArticleRepository(db), SEGMENTER)
        report = await lib.sync(seeds)
        assert [str(e) for e in report.errors] == [
            "news_p2.txt:1: 第一行应是标题（不超过 80 字，不以句号结尾）"
        ]
        assert report.loaded == ["news_p1.txt", "news_p3.txt"]  # the file after it still loads
        yield lib
    finally:
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


# -- lead titles and subtitles: stored, shown, searched --------------------------------------
async def test_the_lead_title_and_subtitle_are_stored(library: Library) -> None:
    story = next(a for a in await library.articles.list_articles() if a.title.startswith("春季"))
    assert story.kicker == "稳岗扩岗政策持续发力"
    assert story.subtitle == "——多地推出“直播带岗”等新形式"


async def test_a_story_without_them_stores_none(library: Library) -> None:
    forum = next(a for a in await library.articles.list_articles() if a.title.startswith("东盟"))
    assert (forum.kicker, forum.subtitle) == ("", "")


async def test_search_finds_a_story_by_the_words_of_its_subtitle(library: Library) -> None:
    hits = await library.search("新形式")  # only in the subtitle
    assert [h.title for h in hits] == ["春季招聘会为高校毕业生送岗位"]


async def test_search_finds_a_story_by_the_words_of_its_lead_title(library: Library) -> None:
    hits = await library.search("城市治理")  # only in the lead title 数字赋能城市治理
    assert [h.title for h in hits] == ["老旧小区改造按下“快进键”"]


async def test_the_index_rebuilt_keeps_the_subtitle(library: Library) -> None:
    await library.reindex()
    hits = await library.search("新形式")
    assert [h.title for h in hits] == ["春季招聘会为高校毕业生送岗位"]


@pytest.fixture
async def older(tmp_path: Path) -> AsyncIterator[tuple[Database, dict[str, int]]]:
    """A library of news_p1.txt as it was before m023 (no lead titles nor subtitles stored),
    opened again: the migration runs. Also the ids its articles had."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(PAGES / "news_p1.txt", seeds)
    db = await Database.open(tmp_path / "old.db")
    try:
        await Library(ArticleRepository(db), SEGMENTER).sync(seeds)
        ids = {a.key: a.id for a in await ArticleRepository(db).list_articles()}
        await db.conn.executescript(
            "ALTER TABLE articles DROP COLUMN kicker; ALTER TABLE articles DROP COLUMN subtitle; "
            "DELETE FROM _migrations WHERE name = 'm023_store_lead_titles_and_subtitles'"
        )
    finally:
        await db.close()
    db = await Database.open(tmp_path / "old.db")
    yield db, ids
    await db.close()


async def test_an_older_library_reads_its_pages_again_at_the_next_start(
    older: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    report = await Library(ArticleRepository(older[0]), SEGMENTER).sync(tmp_path / "seeds")
    assert report.loaded == ["news_p1.txt"]  # though the file did not change


async def test_an_older_library_gets_them_with_the_same_numbers(
    older: tuple[Database, dict[str, int]], tmp_path: Path
) -> None:
    db, ids = older
    library = Library(ArticleRepository(db), SEGMENTER)
    await library.sync(tmp_path / "seeds")
    stored = await library.articles.list_articles()
    assert {a.key: a.id for a in stored} == ids
    story = next(a for a in stored if a.title.startswith("春季"))
    assert story.subtitle == "——多地推出“直播带岗”等新形式"


MAINTAINER = 4242


@pytest.fixture
async def news_app(tmp_path: Path, api: OfflineBotApi) -> AsyncIterator[AppType]:
    """The bot with the two news pages (ids 1-4 on page 1, 5-9 on page 3)."""
    seeds = tmp_path / "news-seeds"
    seeds.mkdir()
    for name in ("news_p1.txt", "news_p3.txt"):
        shutil.copy(PAGES / name, seeds)
    settings = Settings(
        token="123456:TEST-TOKEN",
        db_path=tmp_path / "news.db",
        seeds_dir=seeds,
        admins=frozenset({MAINTAINER}),
    )
    application = build_application(settings, request=api)
    async with started(application):
        yield application


async def test_read_heads_a_story_with_its_lead_title_title_subtitle_and_byline(
    news_app: AppType, api: OfflineBotApi
) -> None:
    await news_app.process_update(factories.message(news_app.bot, "/read 1"))
    assert api.sent()[-1]["text"].split("\n")[:4] == [
        "稳岗扩岗政策持续发力",
        "<b>《春季招聘会为高校毕业生送岗位》</b>",
        "——多地推出“直播带岗”等新形式",
        "本报记者 陈晓明",
    ]


async def test_read_heads_a_story_without_them_with_title_and_byline(
    news_app: AppType, api: OfflineBotApi
) -> None:
    await news_app.process_update(factories.message(news_app.bot, "/read 2"))
    assert api.sent()[-1]["text"].split("\n")[:3] == [
        "<b>《东盟国家农业合作论坛举行》</b>",
        "本报记者 林海",
        "",
    ]


def document(app: AppType, api: OfflineBotApi, name: str, data: bytes) -> Update:
    file_id = f"f{len(api.files)}"
    api.files[file_id] = data
    user = User(MAINTAINER)
    sent = factories.UPDATES.document(file_id, name, len(data), chat=Chat.private(user), user=user)
    return as_update(sent, app.bot)


async def test_the_import_preview_shows_the_subtitle_under_the_title(
    news_app: AppType, api: OfflineBotApi
) -> None:
    data = (PAGES / "news_p1.txt").read_bytes()
    await news_app.process_update(document(news_app, api, "news_p1_again.txt", data))
    await news_app.bot_data.settled()  # files are read beside the other updates
    lines = api.sent()[-1]["text"].split("\n")
    at = lines.index("1. 《春季招聘会为高校毕业生送岗位》 本报记者 陈晓明（5 段）")
    assert lines[at + 1 : at + 3] == [
        "　　——多地推出“直播带岗”等新形式",
        "　　引题：稳岗扩岗政策持续发力",
    ]


async def test_a_result_found_by_its_subtitle_shows_the_subtitle(
    news_app: AppType, api: OfflineBotApi
) -> None:
    await news_app.process_update(factories.message(news_app.bot, "/search 新形式"))
    lines = api.sent()[-1]["text"].split("\n")
    at = lines.index("1. <b>《春季招聘会为高校毕业生送岗位》</b> 本报记者 陈晓明（第 1 段）")
    assert lines[at + 1] == "——多地推出“直播带岗”等新<b>形式</b>"


async def test_a_result_found_in_its_text_shows_no_heading_line(
    news_app: AppType, api: OfflineBotApi
) -> None:
    await news_app.process_update(factories.message(news_app.bot, "/search 直播带岗"))
    lines = api.sent()[-1]["text"].split("\n")
    at = lines.index("1. <b>《春季招聘会为高校毕业生送岗位》</b> 本报记者 陈晓明（第 2 段）")
    assert lines[at + 1].startswith("今年以来，多地推出“<b>直播带岗</b>”")


# -- one story, several files: a copy on another page; a rest loaded before its beginning ----
async def load(folder: Path, batches: list[dict[str, str]]) -> Library:
    """A library that loaded the fixture pages batch by batch (one sync each, as pages sent
    one by one from chat), each page under the file name given for it."""
    db = await Database.open(folder / "story.db")
    library = Library(ArticleRepository(db), SEGMENTER)
    seeds = folder / "story-seeds"
    seeds.mkdir()
    try:
        for batch in batches:
            for name, fixture in batch.items():
                shutil.copy(PAGES / fixture, seeds / name)
            await library.sync(seeds)
    except BaseException:
        await db.close()  # an open connection would keep the test process alive
        raise
    return library


@pytest.fixture
async def copied(tmp_path: Path) -> AsyncIterator[Library]:
    """The forum story printed on page 1 and again on page 4 of the same day."""
    library = await load(tmp_path, [{"news_p1.txt": "news_p1.txt", "news_p4.txt": "news_p4.txt"}])
    yield library
    await library.articles.db.close()


async def test_a_story_printed_on_two_pages_is_listed_once(copied: Library) -> None:
    listed = [(a.source, a.title) for a in await copied.articles.list_articles()]
    assert [s for s, t in listed if t == "东盟国家农业合作论坛举行"] == ["news_p1.txt"]


async def test_a_story_printed_on_two_pages_is_one_search_result(copied: Library) -> None:
    hits = await copied.search("粮食安全")
    assert [h.title for h in hits] == ["东盟国家农业合作论坛举行"]


async def test_the_other_stories_of_the_page_with_the_copy_are_listed(copied: Library) -> None:
    listed = [(a.source, a.title) for a in await copied.articles.list_articles()]
    assert ("news_p4.txt", "中欧班列开行量保持增长") in listed


@pytest.fixture
async def rest_first(tmp_path: Path) -> AsyncIterator[Library]:
    """Page 3 (with the rest of the job-fair story) loaded before page 1 (its beginning)."""
    library = await load(
        tmp_path, [{"news_p3.txt": "news_p3.txt"}, {"news_p1.txt": "news_p1.txt"}]
    )
    yield library
    await library.articles.db.close()


JOB_FAIR_IN_ORDER = ["本报北", "今年以", "■小贴", "毕业生", "“直播", "据统计", "人社部"]


async def job_fair(library: Library) -> int:
    listed = await library.articles.list_articles()
    return next(a.id for a in listed if a.title == "春季招聘会为高校毕业生送岗位")


async def test_a_rest_loaded_first_is_listed_under_its_beginning(rest_first: Library) -> None:
    listed = await rest_first.articles.list_articles()
    stories = [(a.source, a.author) for a in listed if a.title == "春季招聘会为高校毕业生送岗位"]
    assert stories == [("news_p1.txt", "本报记者 陈晓明")]


async def test_a_rest_loaded_first_is_read_after_its_beginning(rest_first: Library) -> None:
    story = await rest_first.articles.get(await job_fair(rest_first))
    assert story is not None
    assert [p.text[:3] for p in story.paragraphs] == JOB_FAIR_IN_ORDER


async def test_a_rest_loaded_first_is_searched_in_reading_order(rest_first: Library) -> None:
    hits = await rest_first.search("就业困难")
    assert [(h.paragraph, h.text[:4]) for h in hits] == [(7, "人社部门")]


async def test_a_rest_loaded_first_comes_after_its_beginning_for_quotations(
    rest_first: Library,
) -> None:
    stories = await rest_first.articles.all_with_paragraphs()  # also python -m bot articles
    story = next(a for a in stories if a.title == "春季招聘会为高校毕业生送岗位")
    assert [p.text[:3] for p in story.paragraphs] == JOB_FAIR_IN_ORDER


async def test_a_rest_loaded_first_comes_after_its_beginning_for_the_quiz_bank(
    rest_first: Library,
) -> None:
    stories = await rest_first.articles.of_source("news_p1.txt")
    story = next(a for a in stories if a.title == "春季招聘会为高校毕业生送岗位")
    assert [p.text[:3] for p in story.paragraphs] == JOB_FAIR_IN_ORDER


@pytest.fixture
async def rest_twice(tmp_path: Path) -> AsyncIterator[Library]:
    """Page 3 sent twice under two names (so its rest of the job-fair story is there twice)."""
    library = await load(
        tmp_path,
        [{"news_p1.txt": "news_p1.txt", "news_p3.txt": "news_p3.txt"}],
    )
    try:
        await load_more(library, tmp_path, {"news_p3_again.txt": "news_p3.txt"})
        yield library
    finally:
        await library.articles.db.close()


async def load_more(library: Library, folder: Path, batch: dict[str, str]) -> None:
    for name, fixture in batch.items():
        shutil.copy(PAGES / fixture, folder / "story-seeds" / name)
    await library.sync(folder / "story-seeds")


async def test_a_rest_printed_twice_is_read_once(rest_twice: Library) -> None:
    story = await rest_twice.articles.get(await job_fair(rest_twice))
    assert story is not None
    assert [p.text[:3] for p in story.paragraphs] == JOB_FAIR_IN_ORDER


async def test_a_rest_printed_twice_is_one_search_result(rest_twice: Library) -> None:
    hits = await rest_twice.search("就业困难 毕业生")
    assert [h.title for h in hits] == ["春季招聘会为高校毕业生送岗位"]


async def test_a_rest_printed_twice_is_quoted_from_once(rest_twice: Library) -> None:
    stories = await rest_twice.articles.all_with_paragraphs()
    story = next(a for a in stories if a.title == "春季招聘会为高校毕业生送岗位")
    assert [p.text[:3] for p in story.paragraphs] == JOB_FAIR_IN_ORDER


async def test_a_rest_printed_twice_is_in_the_quiz_bank_once(rest_twice: Library) -> None:
    stories = await rest_twice.articles.of_source("news_p1.txt")
    story = next(a for a in stories if a.title == "春季招聘会为高校毕业生送岗位")
    assert [p.text[:3] for p in story.paragraphs] == JOB_FAIR_IN_ORDER


@pytest.fixture
async def beginning_twice(tmp_path: Path) -> AsyncIterator[Library]:
    """Page 1 (with the beginning of the job-fair story) sent twice, then page 3."""
    library = await load(
        tmp_path,
        [
            {"news_p1.txt": "news_p1.txt", "news_p1_again.txt": "news_p1.txt"},
            {"news_p3.txt": "news_p3.txt"},
        ],
    )
    yield library
    await library.articles.db.close()


async def test_a_rest_joins_the_beginning_that_is_listed(beginning_twice: Library) -> None:
    story = await beginning_twice.articles.get(await job_fair(beginning_twice))
    assert story is not None
    assert [p.text[:3] for p in story.paragraphs] == JOB_FAIR_IN_ORDER


@pytest.fixture
async def two_days(tmp_path: Path) -> AsyncIterator[Library]:
    """Two days of pages 1 and 3 loaded at once; each day continues a story under the same
    title (a series), with a text of its own."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for page in ("p1", "p3"):
        text = (PAGES / f"news_{page}.txt").read_text(encoding="utf-8")
        (seeds / f"0517_{page}.txt").write_text(text, encoding="utf-8")
        day2 = text.replace("5月17日", "5月18日").replace("超过百万个", "超过一百二十万个")
        (seeds / f"0518_{page}.txt").write_text(day2, encoding="utf-8")
    db = await Database.open(tmp_path / "days.db")
    library = Library(ArticleRepository(db), SEGMENTER)
    await library.sync(seeds)
    yield library
    await db.close()


async def test_each_day_s_rest_joins_that_day_s_beginning(two_days: Library) -> None:
    jobs = {}
    for listed in await two_days.articles.list_articles():
        if listed.title == "春季招聘会为高校毕业生送岗位":
            story = await two_days.articles.get(listed.id)
            assert story is not None
            jobs[listed.source] = [p.text.split("，")[2] for p in story.paragraphs[5:6]]
    assert jobs == {
        "0517_p1.txt": ["各地累计提供岗位超过百万个"],
        "0518_p1.txt": ["各地累计提供岗位超过一百二十万个"],
    }


def test_a_story_opening_with_its_dateline_is_an_article_of_its_own(dated: Page) -> None:
    assert [a.title for a in dated.articles] == [
        "小网格撬动基层治理大效能",
        "理论宣讲进社区　党的创新理论“飞入寻常百姓家”",
        "“海洋科普进校园”活动启动",
    ]


def test_the_dateline_names_the_story_s_author(dated: Page) -> None:
    assert [a.author for a in dated.articles[1:]] == ["赵一鸣", "孙悦"]


def test_a_photo_credit_after_its_caption_is_part_of_the_caption(dated: Page) -> None:
    assert [p.role for p in dated.articles[0].paragraphs][-2:] == ["caption", "caption"]


def test_a_page_of_dated_stories_alone_is_a_page() -> None:
    page = load_page_file(PAGES / "news_datelines_only.txt")
    assert [a.author for a in page.articles] == ["赵一鸣", "孙悦 王琦"]


def test_a_story_signed_in_its_dateline_is_not_warned_of(dated: Page) -> None:
    assert [a.unplaced for a in dated.articles[1:]] == [False, False]


def test_an_article_going_on_on_another_page_is_not_warned_of(dated: Page) -> None:
    """「（下转第8版）」: its closing line, with its author's unit, is on the page it goes on to
    (held-out set 84's 中国石油报 too)."""
    assert dated.articles[0].unplaced is False


@pytest.fixture
async def both_editions(tmp_path: Path) -> AsyncIterator[Library]:
    """中国改革报 copied with two editions in one file (held-out set 51): the lead article
    breaks off with 「（转第8版）」 and goes on after 「===第8版===」 under its title and
    「（接第5版）」."""
    library = await load(tmp_path, [{"gaige.txt": "theory_continued_below.txt"}])
    yield library
    await library.articles.db.close()


LEAD_TITLE = "以高水平社会主义市场经济体制激发经营主体活力"


async def test_a_rest_in_the_same_file_is_listed_under_its_beginning(
    both_editions: Library,
) -> None:
    listed = await both_editions.articles.list_articles()
    assert [a.author for a in listed if a.title == LEAD_TITLE] == ["周启明"]


async def test_a_rest_in_the_same_file_is_read_after_its_beginning(
    both_editions: Library,
) -> None:
    listed = await both_editions.articles.list_articles()
    story = await both_editions.articles.get(next(a.id for a in listed if a.title == LEAD_TITLE))
    assert story is not None
    assert [p.text[:4] for p in story.paragraphs if not p.role][-2:] == ["以规范执", "激发经营"]


async def test_an_edition_s_marker_is_no_paragraph(both_editions: Library) -> None:
    listed = await both_editions.articles.list_articles()
    story = await both_editions.articles.get(next(a.id for a in listed if a.title == LEAD_TITLE))
    assert story is not None
    assert not any("===" in p.text for p in story.paragraphs)
