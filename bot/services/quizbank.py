"""The question bank: questions generated from the active articles, kept in the database, and
which to ask next.

Generating is the costly part (TF-IDF keywords and part-of-speech tables: seconds for the seed,
minutes for years of pages, and ~100 MB of jieba's analysis tables), so it happens only when
the articles changed since the stored bank was made, and in a worker process: the bot goes on
answering with the old bank and never holds the analysis tables in its own memory. The worker
is ``python -m bot bank``, which a maintainer may also run by hand.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import os
import random
import sys
from collections.abc import Collection, Sequence
from datetime import timedelta
from importlib import resources
from pathlib import Path

import bot.core.quiz
from bot.core.quiz import Question, Rejections, generate
from bot.core.segment import USER_DICT, Segmenter
from storage.articles import ArticleRepository
from storage.bank import BankRepository
from storage.db import Database

log = logging.getLogger(__name__)
RECENT = timedelta(days=14)  # a chat is not asked the same question again within this time


@functools.cache
def _generator() -> bytes:
    """The generator's code and the user dictionary, as read once."""
    return (
        Path(bot.core.quiz.__file__).read_bytes()
        + resources.files("bot.data").joinpath(USER_DICT).read_bytes()
    )


async def fingerprint(articles: ArticleRepository) -> str:
    """What a bank is generated from: the active page files, the articles removed from them,
    the generator's code and the user dictionary. Any change to one of them makes the stored
    bank stale."""
    digest = hashlib.sha256(_generator())
    for name, sha256 in sorted((await articles.source_hashes()).items()):
        digest.update(f"\n{name}\t{sha256}".encode())
    for key in await articles.removed_keys():
        digest.update(f"\n-{key}".encode())
    return digest.hexdigest()


async def generate_into(db_path: Path) -> int:
    """Generate the bank from the articles in the database and store it; returns how many
    questions. Runs in the worker process (``python -m bot bank``)."""
    db = await Database.open(db_path)
    try:
        articles = ArticleRepository(db)
        made_from = await fingerprint(articles)  # before reading: a change meanwhile → stale
        segmenter = Segmenter()
        segmenter.add_words(await articles.terms())
        rejected = Rejections()
        questions = generate(await articles.all_with_paragraphs(), segmenter, rejected=rejected)
        await BankRepository(db).replace(made_from, questions, dict(rejected.counts))
        return len(questions)
    finally:
        await db.close()


class BankError(Exception):
    """The worker process failed; the old bank stays."""


class QuizBank:
    def __init__(self, db: Database, db_path: Path) -> None:
        self.questions = BankRepository(db)
        self.articles = ArticleRepository(db)
        self.db_path = db_path
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[int | None] | None = None

    async def stale(self) -> bool:
        return await self.questions.fingerprint() != await fingerprint(self.articles)

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

    async def pick(
        self,
        recent: Collection[str],
        article_keys: Sequence[str] | None = None,
        rng: random.Random | None = None,
    ) -> Question | None:
        """A question not asked recently. With ``article_keys`` (best match first), from the
        best-ranked article that still has one; when every question was asked recently, any
        of them."""
        rng = rng or random.Random()
        if article_keys is None:
            count = await self.questions.count()
            if not count:
                return None
            # len(recent) + 1 questions in a row hold at least one that is not recent.
            pool = await self.questions.window(rng.randrange(count), len(recent) + 1)
            fresh = [q for q in pool if q.id not in recent]
            return rng.choice(fresh or pool)
        everything: list[Question] = []
        for key in article_keys:
            pool = await self.questions.of_article(key)
            fresh = [q for q in pool if q.id not in recent]
            if fresh:
                return rng.choice(fresh)
            everything += pool
        return rng.choice(everything) if everything else None

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
            total = await self.questions.count()
            if not total:
                return []
            pool = await self.questions.window(rng.randrange(total), count + len(recent))
            rng.shuffle(pool)
        else:
            for key in article_keys:
                part = await self.questions.of_article(key)
                rng.shuffle(part)
                pool += part
        fresh = [q for q in pool if q.id not in recent]
        again = [q for q in pool if q.id in recent]
        return list({q.id: q for q in fresh + again}.values())[:count]


def _log_failure(task: asyncio.Task[int | None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("quiz: generating the bank failed", exc_info=task.exception())
