"""The nation's milestones and their years (``bot/data/milestones.txt``): 到2035年基本实现社会主义
现代化, 2030年前实现碳达峰, 2060年前实现碳中和. A statement that puts a goal at its year is judged
with the year changed (判断): what is asked is a figure with its meaning, fixed by the Party's
documents, whichever text quotes it. Of two milestones in one sentence (2030年前实现碳达峰、
2060年前实现碳中和) one moves, and they keep their order."""

from __future__ import annotations

import functools
import re
import zlib
from importlib import resources

TABLE = "milestones.txt"
CHINESE_DIGITS = "〇一二三四五六七八九"
# A year a goal is set for: 到2035年, 2030年前, 二〇三五年; its goal follows in the same clause.
YEAR = re.compile(r"(?<!\d)(20\d\d|二〇[〇一二三四五六七八九]{2})年前?")
CLAUSE = re.compile(r"[^，。；：、！？]*")
# Other years a goal could plausibly be put at. Not 2050 for a 2035 goal: 到本世纪中叶基本实现
# 现代化 was the third step of the strategy of 1987, so the change would be true of older texts.
NEAR = {2027: (2025, 2035), 2030: (2035, 2025), 2035: (2030, 2025), 2060: (2050, 2035)}


@functools.cache
def milestones() -> tuple[tuple[int, str], ...]:
    """(year, phrase) pairs."""
    return tuple((year, phrase) for year, phrase, _ in _table())


@functools.cache
def _table() -> tuple[tuple[int, str, str], ...]:
    """(year, phrase, family) triples."""
    text = resources.files("bot.data").joinpath(TABLE).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        words = line.split()
        if words and not line.startswith("#"):
            family = words[1][1:] if words[1].startswith("@") else ""
            phrases = words[2:] if family else words[1:]
            rows += [(int(words[0]), phrase, family or phrase) for phrase in phrases]
    return tuple(rows)


def _value(year: str) -> int:
    if year.isdigit():
        return int(year)
    return int("".join(str(CHINESE_DIGITS.index(c)) for c in year))


def _written(value: int, like: str) -> str:
    """A year written as ``like`` is (二〇三五 for 二〇三〇)."""
    return str(value) if like.isdigit() else "".join(CHINESE_DIGITS[int(d)] for d in str(value))


def dated_goals(sentence: str) -> list[tuple[re.Match[str], int, str]]:
    """The years of a sentence that set a milestone at its year, with the year and the goal:
    the goal right after the year in its clause, and the year the one the table gives it."""
    found = []
    for match in YEAR.finditer(sentence):
        clause = CLAUSE.match(sentence, match.end())
        after = clause.group() if clause else ""
        value = _value(match.group(1))
        goal = next((p for year, p in milestones() if year == value and p in after), None)
        if goal is not None:
            found.append((match, value, goal))
    return found


def milestone_swap(sentence: str) -> tuple[str, tuple[str, str]] | None:
    """The sentence with a milestone's year changed (of two, one, the order kept), and what the
    text says against what the statement says; or None."""
    goals = dated_goals(sentence)
    if not goals:
        return None
    # A year the sentence names besides its goals (2024年6月召开的…大会): a goal is not moved to a
    # year at most one after it (a check after review 2828: 对到2025年建成科技强国作出部署, made in
    # 2024, is refuted by its own date).
    dates = [_value(m.group(1)) for m in YEAR.finditer(sentence)]
    named = max((d for d in dates if d not in {value for _, value, _ in goals}), default=0)
    salt = zlib.crc32(sentence.encode()) % 2
    for index, (match, value, _) in enumerate(goals[:2]):
        # Two goals in one sentence keep their order (review 1616: 2060年前实现碳达峰、2030年前
        # 实现碳中和, the two exchanged, is false by logic alone): one moves, between its
        # neighbours.
        low = goals[index - 1][1] if index else 0
        high = goals[index + 1][1] if index + 1 < len(goals) else 9999
        others = [year for year in NEAR.get(value, ()) if low < year < high and year > named + 1]
        if others:
            return _moved(sentence, match, others[salt % len(others)])
    return None


def _moved(sentence: str, match: re.Match[str], other: int) -> tuple[str, tuple[str, str]]:
    year = match.group(1)
    swapped = sentence[: match.start(1)] + _written(other, year) + sentence[match.end(1) :]
    return swapped, _said(sentence, swapped, match.start(), _goal_end(sentence, match))


def _goal_end(sentence: str, year: re.Match[str]) -> int:
    clause = CLAUSE.match(sentence, year.end())
    return clause.end() if clause else year.end()


def _said(sentence: str, swapped: str, start: int, end: int) -> tuple[str, str]:
    """What the text says and what the statement says instead, from ``start`` to ``end`` of the
    sentence (the statement's years may be written longer or shorter)."""
    return sentence[start:end], swapped[start : end + len(swapped) - len(sentence)]


def milestone_goal(sentence: str) -> str:
    """The family of the first milestone a sentence sets at its year (双碳, 2035年目标), or "":
    what a bank asks about once, whichever text states it (review 1616: two pages' 判断 on the
    same 双碳 years; review 3030: 建成教育强国 and 建成文化强国, both of the report's 2035)."""
    goals = dated_goals(sentence)
    if not goals:
        return ""
    return next(f for year, p, f in _table() if (year, p) == goals[0][1:])
