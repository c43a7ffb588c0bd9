"""Group tests (知识竞赛), pure: reading ``/test [N] [关键词]`` and the score card."""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.core import texts

DEFAULT_COUNT = 10
MAX_COUNT = 30  # a test takes N x the time limit; 30 x 30 s is a quarter of an hour
DEFAULT_SECONDS = 30
MEDALS = ("🥇", "🥈", "🥉")
STOP_WORDS = {"stop", "停止", "结束", "取消"}


class ContestArgsError(ValueError):
    """``/test`` with a count out of range; ``count`` is what was written."""

    def __init__(self, count: str) -> None:
        super().__init__(count)
        self.count = count


@dataclass(frozen=True)
class ContestArgs:
    count: int
    keyword: str
    stop: bool = False


def parse_contest_args(args: Sequence[str]) -> ContestArgs:
    """``[N] [关键词]``, or ``stop``. A first word made of digits is the count (1..MAX_COUNT,
    else ContestArgsError); everything else is the keyword."""
    words = [unicodedata.normalize("NFKC", a).strip() for a in args if a.strip()]
    if words and words[0].lower() in STOP_WORDS:
        return ContestArgs(0, "", stop=True)
    count = DEFAULT_COUNT
    if words and words[0].lstrip("+-").isdecimal():
        written = words.pop(0)
        if not written.isdecimal() or len(written) > 4 or not 1 <= int(written) <= MAX_COUNT:
            raise ContestArgsError(written)
        count = int(written)
    return ContestArgs(count, " ".join(words))


@dataclass(frozen=True)
class Score:
    """One member's result: right answers, answers given, and the time they took in all."""

    user_id: int
    name: str
    correct: int
    answered: int
    millis: int


def ranked(scores: Iterable[Score]) -> list[tuple[int, Score]]:
    """Most right answers first, then the least time; equal results share a rank."""
    ordered = sorted(scores, key=lambda s: (-s.correct, s.millis, s.name, s.user_id))
    out: list[tuple[int, Score]] = []
    for index, score in enumerate(ordered):
        if out and (out[-1][1].correct, out[-1][1].millis) == (score.correct, score.millis):
            out.append((out[-1][0], score))
        else:
            out.append((index + 1, score))
    return out


def duration(millis: int) -> str:
    """``8.4 秒``, ``1 分 05 秒``."""
    seconds = millis / 1000
    if seconds < 60:
        return texts.TEST_SECONDS.format(seconds=seconds)
    minutes, rest = divmod(round(seconds), 60)
    return texts.TEST_MINUTES.format(minutes=minutes, seconds=rest)


def score_card(total: int, asked: int, scores: Iterable[Score], ending: str) -> str:
    """The score card as Telegram HTML. ``total``: questions planned; ``asked``: questions
    sent; ``ending``: done, stopped or interrupted."""
    lines = [texts.TEST_CARD_TITLE]
    if ending == "stopped":
        lines.append(texts.TEST_CARD_STOPPED.format(asked=asked, total=total))
    elif ending == "interrupted":
        lines.append(texts.TEST_CARD_INTERRUPTED.format(asked=asked, total=total))
    else:
        lines.append(texts.TEST_CARD_DONE.format(total=total))
    board = ranked(scores)
    if not board:
        lines.append(texts.TEST_CARD_NOBODY)
        return "\n".join(lines)
    lines.append(texts.TEST_CARD_PEOPLE.format(count=len(board)))
    for rank, score in board:
        mark = MEDALS[rank - 1] if rank <= len(MEDALS) else f"{rank}."
        lines.append(
            texts.TEST_CARD_LINE.format(
                mark=mark,
                name=html.escape(score.name or f"用户 {score.user_id}"),
                correct=score.correct,
                asked=asked,
                time=duration(score.millis),
            )
        )
    return "\n".join(lines)


def numbered(question: str, position: int, total: int, limit: int = 300) -> str:
    """The poll's question with its number (``(3/10) …``), if it still fits Telegram's limit."""
    text = f"({position}/{total}) {question}"
    return text if len(text) <= limit else question
