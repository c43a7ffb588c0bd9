"""The question bank: questions generated from the active articles, kept in the database, and
which to ask next.

The bank is generated one source (page file) at a time: a source's questions depend on its own
text and the generator (code and lexicon) only, so importing a page generates that page's
questions and nothing else, and a full generation is linear in the corpus. Generating happens
in a worker process (``python -m bot bank``, which a maintainer may also run by hand): the bot
goes on answering with the stored questions and never holds jieba's analysis tables in its own
memory. Each source is committed on its own, newest first, so a new page's questions are
served as soon as they are ready.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import os
import random
import sys
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from pathlib import Path

import bot.core.events
import bot.core.fields
import bot.core.frames
import bot.core.milestones
import bot.core.quiz
import bot.core.segment
import bot.core.sets
import bot.core.swaps
from bot.core.events import TABLE as EVENTS_TABLE
from bot.core.fields import TABLE as FIELDS_TABLE
from bot.core.milestones import TABLE as MILESTONES_TABLE
from bot.core.quiz import LEXICON, Question, Rejections, generate
from bot.core.search import essential_terms
from bot.core.segment import USER_DICT, Segmenter
from bot.core.sets import TABLE as SETS_TABLE
from storage.articles import ArticleRepository
from storage.bank import BankRepository
from storage.db import Database

log = logging.getLogger(__name__)
# Every module of the core the generator runs (a test holds it to what bot.core.quiz imports:
# milestones and swaps were missing, so a change to a 判断's swaps left stored banks stale).
GENERATOR_MODULES = (
    bot.core.quiz,
    bot.core.frames,
    bot.core.fields,
    bot.core.sets,
    bot.core.milestones,
    bot.core.events,
    bot.core.swaps,
    bot.core.segment,
)
# Every table the generator reads (a test holds it to bot/data's files).
GENERATOR_TABLES = (LEXICON, FIELDS_TABLE, SETS_TABLE, MILESTONES_TABLE, EVENTS_TABLE, USER_DICT)
RECENT = timedelta(days=14)  # a chat is not asked the same question again within this time


@functools.cache
def generator_fingerprint() -> str:
    """The generator's code (the question rules, the frameworks, the fields of meaning, the
    named formulations, the milestones, the dated events, the swaps of a 判断, the segmenter),
    its lexicon, its fields table, its tables of named formulations, of milestones and of
    events and the user dictionary: a change to one of them makes every source's questions
    stale."""
    digest = hashlib.sha256()
    for module in GENERATOR_MODULES:
        digest.update(Path(module.__file__ or "").read_bytes())
    for name in GENERATOR_TABLES:
        digest.update(resources.files("bot.data").joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class Plan:
    """What a refresh has to do: sources to generate (newest first) and sources to drop."""

    generate: list[str]
    drop: list[str]

    def __bool__(self) -> bool:
        return bool(self.generate or self.drop)


async def plan(articles: ArticleRepository, bank: BankRepository) -> Plan:
    active = await articles.source_hashes()
    made = await bank.made_from()
    generator = generator_fingerprint()
    stale = [
        name
        for name in await articles.newest_sources()
        if made.get(name) != (active[name], generator)
    ]
    return Plan(stale, sorted(set(made) - set(active)))


@dataclass(frozen=True)
class Generated:
    """What a worker run did: questions stored, sources and characters generated from, and
    the seconds it took (jieba's start-up excluded)."""

    questions: int  # stored (a stem already in the bank from another source is not stored)
    generated: int
    sources: int
    characters: int
    seconds: float
    cpu_seconds: float  # the worker's own processor time: steady when the machine is busy
    total: int  # questions in the bank after the run (those of unchanged sources included)

    def __str__(self) -> str:
        per = self.seconds / self.characters * 1e6 if self.characters else 0.0
        cpu = self.cpu_seconds / self.characters * 1e6 if self.characters else 0.0
        return (
            f"{self.questions} questions stored ({self.generated} generated) "
            f"from {self.sources} sources "
            f"({self.characters} characters) in {self.seconds:.2f} s, {per:.1f} µs per character "
            f"({cpu:.1f} µs of processor time); {self.total} questions in the bank"
        )


PASSES = 3  # generation passes a worker run makes at most (see generate_into)


async def generate_into(db_path: Path) -> Generated:
    """Generate the questions of every source that changed since its questions were made,
    and drop those of removed sources; returns how many questions were stored. Runs in the
    worker process (``python -m bot bank``)."""
    db = await Database.open(db_path)
    try:
        articles, bank = ArticleRepository(db), BankRepository(db)
        todo = await plan(articles, bank)
        segmenter = Segmenter()
        # jieba (its dictionary, HMM and part-of-speech tables) and the lexicon load once, before
        # the clock starts: the time measured is the generation's own.
        segmenter.pos_tags("的")
        list(segmenter.tokenizer.cut("中华人民共和国成立七十周年"))
        bot.core.quiz.warm_up(segmenter)
        hashes = await articles.source_hashes()
        stored = generated = characters = sources = 0
        started, cpu_started = time.perf_counter(), time.process_time()
        # A source whose quotations lost what they quote (its original was dropped or asks
        # something else now) is stale again: a second pass asks its sentences there.
        for _ in range(PASSES):
            await bank.drop_sources(todo.drop)
            for source in todo.generate:
                rejected = Rejections()
                stored_articles = await articles.of_source(source)
                characters += sum(len(p.text) for a in stored_articles for p in a.paragraphs)
                questions = generate(stored_articles, segmenter, rejected=rejected)
                generated += len(questions)
                stored += await bank.replace_source(
                    source,
                    hashes[source],
                    generator_fingerprint(),
                    questions,
                    dict(rejected.counts),
                )
            sources += len(todo.generate)
            todo = await plan(articles, bank)
            if not todo:
                break
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu_started
        total = await bank.count()
        return Generated(stored, generated, sources, characters, seconds, cpu, total)
    finally:
        await db.close()


# Kinds never asked as the day's question: the day's message names the article or the report's
# part right above the poll, so "which article / which part is this sentence from?" would be
# answered by the excerpt's own heading. They are asked by /quiz and in tests.
NOT_DAILY = frozenset({"source"})


class BankError(Exception):
    """The worker process failed; the old bank stays."""


class QuizBank:
    def __init__(self, db: Database, db_path: Path) -> None:
        self.questions = BankRepository(db)
        self.articles = ArticleRepository(db)
        self.db_path = db_path
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[int | None] | None = None
        # Every delivery asks: (article id, paragraph) → its questions' (id, kind), and the
        # pairs the day's item may ask about, kept while the bank's version stays the same.
        self._version = (-1, -1, -1)
        self._paragraphs: dict[tuple[int, int], list[tuple[str, str]]] = {}
        self._asked: set[tuple[int, int]] = set()

    async def stale(self) -> bool:
        return bool(await plan(self.articles, self.questions))

    @property
    def refreshing(self) -> bool:
        """A refresh is running: new pages may not have their questions yet."""
        return (self._task is not None and not self._task.done()) or self._lock.locked()

    async def refresh(self) -> int | None:
        """Generate the bank again if the articles changed since it was made, in a worker
        process; returns the number of questions, or None when the stored bank was current."""
        async with self._lock:
            if not await self.stale():
                return None
            worker = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot",
                "bank",
                # The worker needs the database, not the bot's token.
                env={
                    **{k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"},
                    "STUDYBOT_DB": str(self.db_path),
                },
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.PIPE,
            )
            try:
                _, errors = await worker.communicate()
            except asyncio.CancelledError:  # shutting down: the worker's transaction rolls back
                worker.kill()
                await worker.wait()
                raise
            if worker.returncode != 0:
                raise BankError(errors.decode(errors="replace")[-2000:])
            count = await self.questions.count()
            log.info("quiz: %d questions generated", count)
            return count

    def refresh_soon(self) -> asyncio.Task[int | None]:
        """Refresh in the background (after adding pages); the old bank serves meanwhile."""
        task = asyncio.create_task(self.refresh())
        task.add_done_callback(_log_failure)
        self._task = task
        return task

    async def settled(self) -> None:
        """Wait for a background refresh, if one is running."""
        if self._task is not None:
            await asyncio.wait([self._task])

    async def close(self) -> None:
        """Stop a background refresh (its worker is killed; nothing half-written stays)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
            await asyncio.wait([self._task])

    async def _by_paragraph(self) -> dict[tuple[int, int], list[tuple[str, str]]]:
        """The questions of each paragraph (cached while the bank stays the same)."""
        version = await self.questions.version()
        if self._version != version:
            self._paragraphs = await self.questions.by_paragraph()
            self._asked = {
                pair
                for pair, questions in self._paragraphs.items()
                if any(kind not in NOT_DAILY for _, kind in questions)
            }
            self._version = version
        return self._paragraphs

    async def asked_paragraphs(self) -> set[tuple[int, int]]:
        """The (article id, paragraph) pairs with a question the day's item may ask."""
        await self._by_paragraph()
        return self._asked

    async def pick(
        self,
        recent: Collection[str],
        article_keys: Sequence[str] | None = None,
        rng: random.Random | None = None,
        about: Sequence[str] = (),
    ) -> Question | None:
        """A question not asked recently. With ``article_keys`` (best match first): one whose
        question or explanation has ``about[0]`` (the query) from the best-ranked article that
        has such a question (/quiz 四个面向 asks about the 四个面向 even when the best match for
        the words is another part of the report); else from the best-ranked article that still
        has a question, preferring one about the query (every one of its words: 乡村 and 文化),
        then one with one of its words (四个 is in 四个伟大); when every question was asked
        recently, any of them."""
        rng = rng or random.Random()
        if article_keys is None:
            span = await self.questions.span()
            if not span:
                return None
            # len(recent) + 1 questions in a row hold at least one that is not recent.
            pool = await self.questions.window(rng.randrange(span), len(recent) + 1)
            fresh = [q for q in pool if q.id not in recent]
            return rng.choice(fresh or pool)
        pools = [await self.questions.of_article(key) for key in article_keys]
        freshes = [[q for q in pool if q.id not in recent] for pool in pools]
        for fresh in freshes:
            matching = _mentioning(fresh, about[:1])
            if matching:
                return rng.choice(matching)
        for fresh in freshes:
            if fresh:
                about_it = [q for q in fresh if is_about(q, about)]
                return rng.choice(about_it or _mentioning(fresh, about[1:]) or fresh)
        everything = [q for pool in pools for q in pool]
        return rng.choice(everything) if everything else None

    async def for_excerpt(
        self,
        recent: Collection[str],
        article_key: str,
        first: int,
        count: int,
        rng: random.Random | None = None,
        read: Collection[int] | None = None,
        elsewhere: Collection[tuple[int, int]] = (),
    ) -> Question | None:
        """The day's question: one about the excerpt just sent (paragraphs ``first`` to
        ``first + count - 1`` of the article); when the excerpt has none, one about what the
        group already read of the article (``read``: the paragraphs sent before; by default
        those before the excerpt), and only then one about the rest of it (the article's
        fallback). Without any, a question about what the group read of other articles
        (``elsewhere``: (article id, paragraph) pairs sent before), of any kind: a 出处 about
        another article is not answered by today's heading. Never one the chat was asked
        recently: then there is no question that day; never a kind in NOT_DAILY about today's
        article."""
        rng = rng or random.Random()
        pool = [
            q
            for q in await self.questions.of_article(article_key)
            if q.id not in recent and q.kind not in NOT_DAILY
        ]
        last = first + count
        earlier = (
            [q for q in pool if q.paragraph in read]
            if read is not None
            else [q for q in pool if q.paragraph < first]
        )
        for candidates in (
            [q for q in pool if first <= q.paragraph < last],
            earlier,
        ):
            if candidates:
                return rng.choice(candidates)
        by_paragraph = await self._by_paragraph()
        review = sorted(
            question_id
            for pair in elsewhere
            for question_id, _ in by_paragraph.get(pair, ())
            if question_id not in recent
        )
        if review:
            return await self.questions.get(rng.choice(review))
        return rng.choice(pool) if pool else None

    async def pick_many(
        self,
        count: int,
        recent: Collection[str],
        article_keys: Sequence[str] | None = None,
        rng: random.Random | None = None,
    ) -> list[Question]:
        """Up to ``count`` different questions (for a test): those not asked recently first,
        then recent ones; with ``article_keys``, from the best-ranked articles first."""
        rng = rng or random.Random()
        pool: list[Question] = []
        if article_keys is None:
            span = await self.questions.span()
            if not span:
                return []
            pool = await self.questions.window(rng.randrange(span), count + len(recent))
            rng.shuffle(pool)
        else:
            for key in article_keys:
                part = await self.questions.of_article(key)
                rng.shuffle(part)
                pool += part
        fresh = [q for q in pool if q.id not in recent]
        again = [q for q in pool if q.id in recent]
        return list({q.id: q for q in fresh + again}.values())[:count]


def mentions(question: Question, words: Sequence[str]) -> bool:
    """Whether the question or its explanation has one of ``words``."""
    return any(w in question.question + question.explanation for w in words)


def is_about(question: Question, about: Sequence[str]) -> bool:
    """Whether a question is about a query (``about``: the query, then its words): it has the
    query, or every word of it that no longer word holds (乡村 文化: 乡村 and 文化). One word of
    it is not enough: 千万工程's 工程 is in the 四个伟大's 伟大工程."""
    if not about:
        return False
    query, words = about[0], essential_terms(list(about[1:]))
    text = question.question + question.explanation
    return query.replace(" ", "") in text or (bool(words) and all(w in text for w in words))


def _mentioning(questions: Sequence[Question], words: Sequence[str]) -> list[Question]:
    """The questions whose question or explanation has one of ``words``."""
    return [q for q in questions if mentions(q, words)]


def _log_failure(task: asyncio.Task[int | None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("quiz: generating the bank failed", exc_info=task.exception())
