"""The daily item: an excerpt worth reading on its own, and a question about it."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core.quiz import Question
from bot.core.schedule import (
    Unit,
    excerpt,
    excerpt_span,
    next_unit,
    quiz_place,
    worth_reading,
)
from bot.offline import OfflineBotApi
from bot.services.quizbank import NOT_DAILY, QuizBank
from tests.conftest import started
from tests.test_cli import run


@pytest.fixture
async def rapp(
    settings: Settings, with_report: Path, api: OfflineBotApi
) -> AsyncIterator[AppType]:
    """The bot over the seed page and the 二十大报告."""
    application = build_application(
        Settings(token=settings.token, db_path=settings.db_path, seeds_dir=with_report),
        request=api,
    )
    async with started(application):
        assert application.bot_data.bank is not None
        await application.bot_data.bank.settled()
        yield application


def test_salutations_headings_and_captions_never_open_an_excerpt() -> None:
    assert not worth_reading(4, "同志们：", "们：")
    assert not worth_reading(22, "现在，我代表第十九届", "报告。")
    assert not worth_reading(80, "一、过去五年的工作和", "变革。")
    assert not worth_reading(80, "图片说明：本报记者", "摄。")


def test_a_speech_s_thanks_never_open_an_excerpt() -> None:
    """The report's 「同志们！新时代的伟大成就是…表示衷心的感谢！」 (day 57 of a new group)."""
    assert not worth_reading(160, "同志们！新时代的伟大", "感谢！")


def test_a_substantive_paragraph_opens_an_excerpt() -> None:
    assert worth_reading(120, "大会的主题是：高举中", "斗。")


def test_a_short_statement_opens_an_excerpt_with_the_paragraph_after_it() -> None:
    """Part 十三's lead thesis, 「“一国两制”是中国特色社会主义的伟大创举…必须长期坚持。」 (52
    characters), has the part's question: it opens the excerpt, the next paragraph with it."""
    assert worth_reading(52, "“一国两制”是中国特", "坚持。", following=300)
    assert excerpt_span(52, 300) == 2


def test_a_short_statement_before_a_long_paragraph_opens_none() -> None:
    """A review: the two would be cut at 1,000 characters, and the rest never sent."""
    assert not worth_reading(52, "“一国两制”是中国特", "坚持。", following=1500)


def test_a_short_statement_at_the_end_of_an_article_opens_none() -> None:
    assert not worth_reading(52, "“一国两制”是中国特", "坚持。", following=None)


def test_a_section_with_its_numbered_lead_opens_an_excerpt() -> None:
    assert worth_reading(900, "（一）构建高水平社", "力。")


ORDER = [Unit(1, 1, 500), Unit(1, 2, 120, span=2), Unit(1, 4, 500), Unit(2, 1, 500)]


def test_the_walk_sends_first_what_the_bank_asks_about() -> None:
    picked = next_unit(ORDER, set(), {(1, 4)})
    assert picked == (ORDER[2], False)


def test_an_excerpt_of_two_short_paragraphs_counts_the_second() -> None:
    picked = next_unit(ORDER, set(), {(1, 3)})
    assert picked == (ORDER[1], False)


def test_paragraphs_without_a_question_come_later_in_the_cycle() -> None:
    sent = {(1, 4), (2, 1)}
    assert next_unit(ORDER, sent, {(1, 4), (2, 1)}) == (ORDER[0], False)


def test_a_new_cycle_starts_with_a_paragraph_asked_about() -> None:
    sent = {(u.article_id, u.paragraph) for u in ORDER}
    assert next_unit(ORDER, sent, {(2, 1)}) == (ORDER[3], True)


ADDED = [Unit(3, 1, 500, added=True), Unit(3, 2, 500, added=True), *ORDER]


def test_an_article_a_maintainer_added_comes_before_those_asked_about() -> None:
    assert next_unit(ADDED, set(), {(1, 4)}) == (ADDED[0], False)


def test_an_added_article_is_walked_in_reading_order() -> None:
    assert next_unit(ADDED, {(3, 1)}, {(3, 2), (1, 4)}) == (ADDED[1], False)


def test_once_the_added_article_is_sent_the_questions_lead_again() -> None:
    assert next_unit(ADDED, {(3, 1), (3, 2)}, {(1, 4)}) == (ADDED[4], False)


def test_two_short_paragraphs_make_one_excerpt() -> None:
    assert excerpt_span(120, 200) == 2
    assert excerpt_span(120, 400) == 1


def test_a_question_on_the_excerpt_is_here() -> None:
    assert quiz_place(("a", 4), "a", 3, 2) == "here"


def test_a_question_on_an_earlier_paragraph_reviews_it() -> None:
    assert quiz_place(("a", 2), "a", 3, 2) == "before"


def test_a_question_on_another_article_reviews_it() -> None:
    assert quiz_place(("b", 3), "a", 3, 2) == "before"


def test_a_question_on_a_later_paragraph_is_ahead() -> None:
    assert quiz_place(("a", 5), "a", 3, 2) == "ahead"


async def test_the_first_excerpt_of_the_report_is_study_material(rapp: AppType) -> None:
    library = rapp.bot_data.library
    assert library is not None
    order = await library.units()
    reports = {a.id for a in await library.articles.list_articles() if a.section}
    report = [u for u in order if u.article_id in reports]
    first = await library.articles.get(report[0].article_id)
    assert first is not None
    text, _ = excerpt(first.paragraphs, report[0].paragraph)
    assert not text.startswith(("同志们", "现在，我代表"))
    assert len(text) >= 60


async def daily_kind(bank: QuizBank) -> Question:
    """A question of a kind the day's item may ask."""
    return next(q for q in await bank.questions.window(0, 10_000) if q.kind not in NOT_DAILY)


async def test_the_days_question_asks_about_the_excerpt_when_it_can(rapp: AppType) -> None:
    bank = rapp.bot_data.bank
    assert bank is not None
    asked = await daily_kind(bank)
    question = await bank.for_excerpt(set(), asked.article_key, asked.paragraph, 1)
    assert question is not None
    assert question.paragraph == asked.paragraph


async def test_the_days_question_never_asks_where_the_excerpt_is_from(rapp: AppType) -> None:
    # The day's message names the article or part right above the poll.
    bank = rapp.bot_data.bank
    assert bank is not None
    sources = [q for q in await bank.questions.window(0, 10_000) if q.kind == "source"]
    picked = [
        await bank.for_excerpt(set(), q.article_key, q.paragraph, 1, random.Random(n))
        for n, q in enumerate(sources)
    ]
    assert [q.kind for q in picked if q is not None and q.kind == "source"] == []


async def test_the_walk_does_not_prefer_an_excerpt_asked_only_by_where_it_is_from(
    rapp: AppType,
) -> None:
    bank = rapp.bot_data.bank
    assert bank is not None
    library = rapp.bot_data.library
    assert library is not None
    ids = {a.key: a.id for a in await library.articles.list_articles()}
    questions = await bank.questions.window(0, 10_000)
    only_source = {(ids[q.article_key], q.paragraph) for q in questions if q.kind == "source"} - {
        (ids[q.article_key], q.paragraph) for q in questions if q.kind not in NOT_DAILY
    }
    assert only_source  # the served bank has such excerpts
    assert not only_source & await bank.asked_paragraphs()


async def test_without_a_question_on_the_excerpt_it_asks_about_what_was_read(
    rapp: AppType,
) -> None:
    bank = rapp.bot_data.bank
    assert bank is not None
    questions = await bank.questions.window(0, 10_000)
    by_article: dict[str, list[Question]] = {}
    for q in questions:
        by_article.setdefault(q.article_key, []).append(q)
    key, pool = next((k, p) for k, p in by_article.items() if len({q.paragraph for q in p}) >= 2)
    earlier = min(q.paragraph for q in pool)
    later = max(q.paragraph for q in pool)
    unasked_paragraph = next(n for n in range(later + 1, later + 500))
    question = await bank.for_excerpt(set(), key, unasked_paragraph, 1, random.Random(1))
    assert question is not None
    assert question.paragraph < unasked_paragraph
    assert earlier <= question.paragraph


async def test_without_one_on_its_article_the_day_reviews_another_article_read_before(
    rapp: AppType,
) -> None:
    bank, library = rapp.bot_data.bank, rapp.bot_data.library
    assert bank is not None
    assert library is not None
    articles = await library.articles.list_articles()
    keys = {a.key: a.id for a in articles}
    source = next(q for q in await bank.questions.window(0, 10_000) if q.kind == "source")
    unasked = ""
    for article in articles:
        if not await bank.questions.of_article(article.key):
            unasked = article.key
            break
    read_before = {(keys[source.article_key], source.paragraph)}
    question = await bank.for_excerpt(set(), unasked, 1, 1, elsewhere=read_before)
    assert question is not None
    assert (question.article_key, question.paragraph) == (source.article_key, source.paragraph)


async def test_a_question_asked_recently_is_not_asked_again(rapp: AppType) -> None:
    bank = rapp.bot_data.bank
    assert bank is not None
    asked = await daily_kind(bank)
    everything = {q.id for q in await bank.questions.of_article(asked.article_key)}
    assert await bank.for_excerpt(everything, asked.article_key, asked.paragraph, 1) is None


def test_daily_preview_cli(tmp_path: Path) -> None:
    result = run(["daily", "--days", "3"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("第 ") >= 3
    assert "同志们：" not in result.stdout


async def test_an_excerpt_quoting_the_report_is_asked_about_what_it_quotes(
    rapp: AppType,
) -> None:
    """The 荣昌 article quotes the report's 科技是第一生产力、人才是第一资源、创新是第一动力; the
    bank asks that sentence once, on the report, and the day that sends the article's paragraph
    asks it."""
    bank, library = rapp.bot_data.bank, rapp.bot_data.library
    assert bank is not None
    assert library is not None
    article = next(
        a for a in await library.articles.list_articles() if "荣昌" in a.title and not a.section
    )
    full = await library.articles.get(article.id)
    assert full is not None
    quoting = next(
        n for n, p in enumerate(full.paragraphs, 1) if "科技是第一生产力、人才是第一资源" in p.text
    )
    for seed in range(5):  # not a lucky draw: the excerpt's own question, whatever the seed
        question = await bank.for_excerpt(set(), article.key, quoting, 1, random.Random(seed))
        assert question is not None
        assert "科技是第一" in question.question
