"""The question bank: kept in the database between starts, generated again only when the pages
change, in a worker process the bot can stop."""

from __future__ import annotations

import random
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core.quiz import FALSE, TRUE, Question, clause_keys
from bot.offline import OfflineBotApi
from bot.services.quizbank import QuizBank, generator_fingerprint
from storage.bank import BankRepository
from storage.db import Database
from tests import factories
from tests.conftest import REPORT, started


@asynccontextmanager
async def running(
    settings: Settings, api: OfflineBotApi
) -> AsyncIterator[tuple[AppType, QuizBank]]:
    """A started bot and its question bank."""
    app = build_application(settings, request=api)
    async with started(app):
        assert app.bot_data.bank is not None
        yield app, app.bot_data.bank


async def add_the_report(app: AppType, settings: Settings) -> None:
    """A new page file, loaded as at a start (the bank is now stale)."""
    shutil.copy(REPORT, settings.seeds_dir)
    assert app.bot_data.library is not None
    await app.bot_data.library.sync(settings.seeds_dir)


async def test_a_restart_with_nothing_changed_reuses_the_stored_bank(
    settings: Settings, api: OfflineBotApi
) -> None:
    async with running(settings, api) as (_, bank):
        count = await bank.questions.count()
        assert count > 0
        assert not await bank.stale()
        assert await bank.refresh() is None  # current: nothing generated
        first = await bank.questions.window(0, 3)
    async with running(settings, api) as (_, bank):
        await bank.settled()
        assert await bank.questions.count() == count
        assert await bank.questions.window(0, 3) == first


async def test_a_removal_cut_short_by_a_crash_leaves_no_question_after_a_restart(
    settings: Settings, api: OfflineBotApi
) -> None:
    """/remove retires the article, then drops its questions: killed between the two, the
    next start takes them out."""
    async with running(settings, api) as (app, bank):
        library = app.bot_data.library
        assert library is not None
        asked = sorted(await bank.questions.article_keys())[0]
        [article] = [a for a in await library.articles.list_articles() if a.key == asked]
        await library.articles.remove(article.id)  # the first write only
    async with running(settings, api) as (_, bank):
        assert asked not in await bank.questions.article_keys()


async def test_new_pages_are_asked_about_after_a_background_refresh(
    settings: Settings, api: OfflineBotApi
) -> None:
    async with running(settings, api) as (app, bank):
        before = await bank.questions.article_keys()
        await add_the_report(app, settings)
        assert await bank.stale()
        task = bank.refresh_soon()
        assert await bank.questions.article_keys() == before  # the old bank serves meanwhile
        generated = await task
        assert generated is not None
        assert generated > 0
        after = await bank.questions.article_keys()
        assert any(k.startswith(REPORT.name) for k in after)
        assert not await bank.stale()


async def test_stopping_during_a_refresh_keeps_the_old_bank(
    settings: Settings, api: OfflineBotApi
) -> None:
    async with running(settings, api) as (app, bank):
        made_from = await bank.questions.fingerprint()
        count = await bank.questions.count()
        await add_the_report(app, settings)
        task = bank.refresh_soon()
        await bank.close()  # as at shut-down: the worker is killed
        assert task.cancelled()
        assert await bank.questions.fingerprint() == made_from
        assert await bank.questions.count() == count


async def test_pick_avoids_recent_questions_across_the_whole_bank(
    settings: Settings, api: OfflineBotApi
) -> None:
    async with running(settings, api) as (_, bank):
        everything = await bank.questions.window(0, 10_000)
        rng = random.Random(3)
        recent = {q.id for q in everything[: len(everything) - 1]}  # all but the last one
        for _ in range(20):
            picked = await bank.pick(recent, rng=rng)
            assert picked == everything[-1]
        picked = await bank.pick({q.id for q in everything}, rng=rng)
        assert picked is not None  # all asked recently: any of them
        key = everything[0].article_key
        own = [q for q in everything if q.article_key == key]
        assert await bank.pick({q.id for q in own}, ["nothing#here", key], rng=rng) in own
        assert await bank.pick(set(), ["nothing#here"], rng=rng) is None


async def test_a_failing_worker_leaves_a_working_bot(
    settings: Settings, api: OfflineBotApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker reads its settings from the environment; a bad one makes it exit with 2.
    monkeypatch.setenv("STUDYBOT_TZ", "Mars/Base")
    await (await Database.open(settings.db_path)).close()  # a first start: no stored bank
    async with running(settings, api) as (app, bank):
        assert await bank.questions.count() == 0
        await app.process_update(factories.message(app.bot, "/search 养老"))
        assert "养老" in api.sent()[-1]["text"]
        await app.process_update(factories.message(app.bot, "/quiz"))
        assert "还没有可以出题的内容" in api.sent()[-1]["text"]


async def test_the_bank_asks_a_sentence_once_and_an_original_replaces_a_quotation(
    tmp_path: Path,
) -> None:
    from bot.core.quiz import FALSE, TRUE, Question, clause_keys
    from storage.bank import BankRepository

    quoted = "党的二十大报告指出，必须坚持科技是第一生产力、人才是第一资源、创新是第一动力。"
    said = "必须坚持科技是第一生产力、人才是第一资源、创新是第一动力，深入实施科教兴国战略。"

    def judge(qid: str, key: str, sentence: str, is_quoted: bool) -> Question:
        return Question(qid, "judge", key, f"判断正误：{qid}", (TRUE, FALSE), 0, "", 1,
                        clause_keys(sentence), is_quoted)  # fmt: skip

    def blank(qid: str, key: str, answer: str, others: tuple[str, ...]) -> Question:
        return Question(qid, "blank", key, f"填空：{qid}", (answer, *others), 0, "", 1,
                        (qid * 10,), False)  # fmt: skip

    db = await Database.open(tmp_path / "bank.sqlite")
    try:
        bank = BankRepository(db)
        page = [judge("page", "page#1", quoted, True), blank("p2", "page#1", "实体经济",
                ("海洋经济", "县域经济", "数字经济"))]  # fmt: skip
        assert await bank.replace_source("page.txt", "a", "g", page, {}) == 2
        report = [
            judge("report", "report#1", said, False),
            blank("r2", "report#1", "实体经济", ("海洋经济", "县域经济", "数字经济")),
            blank("r3", "report#1", "实体经济", ("民营经济", "县域经济", "数字经济")),
            blank("r4", "report#1", "实体经济", ("平台经济", "县域经济", "数字经济")),
        ]
        # the report's quotation is the original (it replaces the page's); 实体经济 was asked
        # on the page already, and an answer is asked once (PER_ANSWER)
        assert await bank.replace_source("report.txt", "b", "g", report, {}) == 1
        ids = {q.id for q in await bank.window(0, 10)}
        assert ids == {"p2", "report"}
    finally:
        await db.close()


QUOTED = "党的二十大报告指出，必须坚持科技是第一生产力、人才是第一资源、创新是第一动力。"
SAID = "必须坚持科技是第一生产力、人才是第一资源、创新是第一动力，深入实施科教兴国战略。"


def judge(qid: str, key: str, sentence: str, is_quoted: bool, paragraph: int) -> Question:
    return Question(qid, "judge", key, f"判断正误：{qid}", (TRUE, FALSE), 0, "", paragraph,
                    clause_keys(sentence), is_quoted)  # fmt: skip


@pytest.mark.parametrize("report_first", [True, False])
async def test_an_article_quoting_the_report_has_the_reports_question_at_its_paragraph(
    tmp_path: Path, report_first: bool
) -> None:
    """The daily item asks about the excerpt just sent: an excerpt quoting the report gets the
    question on the report's sentence, whichever was generated first."""
    db = await Database.open(tmp_path / "bank.sqlite")
    try:
        bank = BankRepository(db)
        sources = [
            ("report.txt", [judge("report", "report#1", SAID, False, 4)]),
            ("page.txt", [judge("page", "page#1", QUOTED, True, 7)]),
        ]
        for source, questions in sources if report_first else sources[::-1]:
            await bank.replace_source(source, "a", "g", questions, {})
        assert [(q.id, q.paragraph) for q in await bank.of_article("page#1")] == [("report", 7)]
    finally:
        await db.close()


@pytest.fixture
async def quoted(tmp_path: Path) -> AsyncIterator[BankRepository]:
    """A bank with the report's question (``r``, its paragraph 4) and a page quoting it (its
    paragraph 7)."""
    db = await Database.open(tmp_path / "bank.sqlite")
    try:
        bank = BankRepository(db)
        report = [judge("r", "report#1", SAID, False, 4)]
        await bank.replace_source("report.txt", "a", "g", report, {})
        await bank.replace_source(
            "page.txt", "a", "g", [judge("p", "page#1", QUOTED, True, 7)], {}
        )
        yield bank
    finally:
        await db.close()


@pytest.mark.parametrize("what_goes", ["the original's source", "the quotation"])
async def test_a_quotation_is_forgotten_when_either_side_goes(
    quoted: BankRepository, what_goes: str
) -> None:
    if what_goes == "the quotation":
        await quoted.replace_source("page.txt", "b", "g", [], {})  # it now quotes nothing
    else:
        await quoted.drop_sources(["report.txt"])
    assert await quoted.of_article("page#1") == []


async def test_a_quotation_follows_its_original_when_its_id_changes(
    quoted: BankRepository,
) -> None:
    """A review found the link lost when the report was generated again (a question's id
    hashes its text, and the 判断's true/false cycle moves): a quotation is kept by the clause
    it quotes."""
    report = [judge("r2", "report#1", SAID, False, 4)]
    await quoted.replace_source("report.txt", "b", "g", report, {})
    assert [(q.id, q.paragraph) for q in await quoted.of_article("page#1")] == [("r2", 7)]


async def test_a_page_whose_quotation_lost_its_original_is_generated_again(
    tmp_path: Path,
) -> None:
    """Two pages quote one sentence; the first, whose question the second's quotation points
    to, is retired: the second page is stale, so the next refresh asks the sentence there."""
    db = await Database.open(tmp_path / "bank.sqlite")
    try:
        bank = BankRepository(db)
        await bank.replace_source("b.txt", "hb", "g", [judge("b1", "b#1", QUOTED, True, 2)], {})
        await bank.replace_source("a.txt", "ha", "g", [judge("a1", "a#1", QUOTED, True, 5)], {})
        await bank.drop_sources(["b.txt"])
        assert (await bank.made_from())["a.txt"] == ("", "g")
    finally:
        await db.close()


async def test_a_quotation_alone_changes_the_bank_s_version(tmp_path: Path) -> None:
    """The daily walk's cache of asked paragraphs is kept while the version stays."""
    db = await Database.open(tmp_path / "bank.sqlite")
    try:
        bank = BankRepository(db)
        await bank.replace_source(
            "report.txt", "a", "g", [judge("r", "report#1", SAID, False, 4)], {}
        )
        before = await bank.version()
        await bank.replace_source(
            "page.txt", "a", "g", [judge("p", "page#1", QUOTED, True, 7)], {}
        )
        assert await bank.version() != before
    finally:
        await db.close()


async def test_an_article_quoting_a_sentence_twice_has_its_question_at_both(
    tmp_path: Path,
) -> None:
    db = await Database.open(tmp_path / "bank.sqlite")
    try:
        bank = BankRepository(db)
        await bank.replace_source(
            "report.txt", "a", "g", [judge("r", "report#1", SAID, False, 4)], {}
        )
        twice = [
            judge("p3", "page#1", QUOTED, True, 3),
            judge("p9", "page#1", "又一次：" + QUOTED, True, 9),
        ]
        await bank.replace_source("page.txt", "a", "g", twice, {})
        assert [(q.id, q.paragraph) for q in await bank.of_article("page#1")] == [
            ("r", 3),
            ("r", 9),
        ]
    finally:
        await db.close()


async def test_the_bank_never_offers_the_same_options_to_two_questions(tmp_path: Path) -> None:
    """Three of four options in common: the questions of one quiz give each other away
    (a blind review found one set of four slogans offered three times, the answer rotating)."""
    from bot.core.quiz import Question
    from storage.bank import BankRepository

    def blank(qid: str, answer: str, others: tuple[str, ...]) -> Question:
        return Question(qid, "blank", f"{qid}#1", f"填空：{qid}", (answer, *others), 0, "", 1,
                        (qid * 10,), False)  # fmt: skip

    db = await Database.open(tmp_path / "bank.sqlite")
    try:
        bank = BankRepository(db)
        first = blank("a", "三个区分开来", ("四个不摘", "两个毫不动摇", "三去一降一补"))
        assert await bank.replace_source("a.txt", "a", "g", [first], {}) == 1
        rotated = blank("b", "四个不摘", ("三个区分开来", "两个毫不动摇", "六稳六保"))
        distractors_only = blank("c", "六稳六保", ("四个不摘", "两个毫不动摇", "三去一降一补"))
        two_shared = blank("d", "两个确立", ("四个不摘", "两个毫不动摇", "五位一体"))
        stored = await bank.replace_source(
            "b.txt", "b", "g", [rotated, distractors_only, two_shared], {}
        )
        assert stored == 1
        ids = {q.id for q in await bank.window(0, 10)}
        assert ids == {"a", "d"}
    finally:
        await db.close()


def test_the_generators_fingerprint_covers_its_rules_and_tables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A change to the frameworks or to the fields of meaning regenerates the bank, as a change
    to the rules or to the lexicon does."""
    read: list[str] = []
    original = Path.read_bytes

    def recording(path: Path) -> bytes:
        read.append(path.name)
        return original(path)

    monkeypatch.setattr(Path, "read_bytes", recording)
    generator_fingerprint.__wrapped__()
    modules = {"quiz.py", "frames.py", "fields.py", "sets.py"}
    expected = modules | {"formulations.txt", "fields.txt", "sets.txt", "milestones.txt"}
    assert expected <= set(read)


def test_the_generators_fingerprint_covers_every_core_module_the_generator_runs() -> None:
    """milestones.py and swaps.py were left out: a change to a 判断's swaps left stored banks
    as they were. Every bot.core module bot.core.quiz imports, directly or not, is hashed."""
    import ast
    import importlib

    from bot.services.quizbank import GENERATOR_MODULES

    seen: set[str] = set()
    todo = ["bot.core.quiz"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        tree = ast.parse(Path(importlib.import_module(name).__file__ or "").read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "bot.core":
                todo += [f"bot.core.{alias.name}" for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("bot.core."):
                todo.append(node.module or "")
    assert seen <= {m.__name__ for m in GENERATOR_MODULES}


def test_the_generators_fingerprint_covers_every_table_it_reads() -> None:
    """events.txt came with its module: a table left out would leave stored banks stale."""
    from importlib import resources

    from bot.services.quizbank import GENERATOR_TABLES

    tables = {f.name for f in resources.files("bot.data").iterdir() if f.name.endswith(".txt")}
    assert set(GENERATOR_TABLES) == tables
