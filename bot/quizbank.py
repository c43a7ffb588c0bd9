"""The question bank: questions generated from the active articles, and which to ask next."""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.quiz import ArticleLike, Question, Rejections, generate
from bot.segment import Segmenter

RECENT = timedelta(days=14)  # a chat is not asked the same question again within this time


class QuizBank:
    def __init__(self, segmenter: Segmenter) -> None:
        self.segmenter = segmenter
        self.questions: dict[str, Question] = {}
        self.by_article: dict[str, list[Question]] = {}
        self.rejected = Rejections()

    def rebuild(self, articles: Sequence[ArticleLike], seed: int = 0) -> int:
        self.rejected = Rejections()
        questions = generate(articles, self.segmenter, seed=seed, rejected=self.rejected)
        self.questions = {q.id: q for q in questions}
        self.by_article = {}
        for question in questions:
            self.by_article.setdefault(question.article_key, []).append(question)
        return len(questions)

    def pick(
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
            pools = [list(self.questions.values())]
        else:
            pools = [self.by_article.get(key, []) for key in article_keys]
        for pool in pools:
            fresh = [q for q in pool if q.id not in recent]
            if fresh:
                return rng.choice(fresh)
        everything = [q for pool in pools for q in pool]
        return rng.choice(everything) if everything else None


def week_start(now: datetime, zone: ZoneInfo) -> datetime:
    """Monday 00:00 of the current week in the chat's zone."""
    local = now.astimezone(zone)
    monday = local.date() - timedelta(days=local.weekday())
    return datetime.combine(monday, datetime.min.time(), zone)


def streak(days: Collection[date], today: date) -> int:
    """Consecutive days with an answer, ending today (or yesterday, if not yet today)."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count
