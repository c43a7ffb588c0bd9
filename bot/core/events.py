"""Landmark events and their years (``bot/data/events.txt``): 2005年…安吉余村首次提出“绿水青山
就是金山银山”, 2003年…“千村示范、万村整治”工程, 2013年…十八洞村…精准扶贫. A sentence that opens
with the year of one and names it is judged (判断) with the year changed to another of the period:
a date study groups are asked, fixed whichever text tells it."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

TABLE = "events.txt"
# The year a sentence opens with (2005年8月15日，…; “2003年，…), and any other year in it.
OPENING_YEAR = re.compile(r"^[“”\s]*((?:19|20)\d\d)年")
ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d年")
# The date a statement changes, as the text gives it (2005年8月15日, 2023年10月): what the answer
# key quotes, never the clause it opens (2023年10月召开的全国宣传思想文化工作会议正式提出…).
DATE = re.compile(r"\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?")
# A date that opens a span, not an event (2013年以来，共建“一带一路”…; 2003年起…): a later year
# would be as true.
SPAN = re.compile(r"(?:以来|至今|起|后|前|底|末)")
# An anniversary the sentence counts (在第39个教师节到来之际, 纪念…40周年): another year would be
# refuted by arithmetic, not by knowing the event (a fact-check of the held-out pages' events).
COUNTED = re.compile(r"第[\d一二三四五六七八九十百]+个|[\d一二三四五六七八九十百]+周年")
# Where the clause naming an event may end: …提出“两个务必”：务必… is cut before the colon, so
# a list it opens is not shown in part (a colon after a term in quotation marks only: never
# …座谈会上深刻指出：“…”, which would leave the verb without what was said).
CLAUSE_END = "，；：（("


@dataclass(frozen=True)
class Event:
    year: int
    other: int  # the year the statement puts instead
    topic: str  # what a bank judges once
    words: tuple[tuple[str, ...], ...]  # each group: one of its words must be in the sentence


@functools.cache
def events() -> tuple[Event, ...]:
    text = resources.files("bot.data").joinpath(TABLE).read_text(encoding="utf-8")
    found = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head, _, words = line.partition("=")
        year, other, topic = head.split()
        groups = tuple(tuple(word.split("|")) for word in words.split())
        found.append(Event(int(year), int(other), topic, groups))
    return tuple(found)


def event_swap(sentence: str) -> tuple[str, tuple[str, str], str] | None:
    """The sentence with the year of the event it dates changed, what the text says against
    what the statement says (its date), and the event; or None."""
    found = _dated(sentence)
    if found is None or len(ANY_YEAR.findall(sentence)) > 1 or COUNTED.search(sentence):
        return None
    opening, event = found
    start, end = opening.span(1)
    swapped = sentence[:start] + str(event.other) + sentence[end:]
    date = DATE.match(sentence, start)
    stop = date.end() if date else end
    return swapped, (sentence[start:stop], swapped[start:stop]), event.topic


def event_clause(sentence: str) -> str:
    """The sentence up to the end of the clause that names the event it dates, closed with a
    full stop (2003年6月，…浙江启动实施“千村示范、万村整治”工程。 without （以下简称…），计划用5年
    时间…): the date and the event stay together; the sentence itself when it dates none."""
    found = _dated(sentence)
    if found is None:
        return sentence
    words = found[1].words
    named = max(min(sentence.find(w) + len(w) for w in g if w in sentence) for g in words)
    for at in range(named, len(sentence)):
        before = sentence[:at]
        if sentence[at] == "：" and not before.endswith("”"):
            continue  # …座谈会上深刻指出：“…” is not cut after its verb
        if sentence[at] in CLAUSE_END and before.count("“") == before.count("”"):
            return before + "。"
    return sentence


def _dated(sentence: str) -> tuple[re.Match[str], Event] | None:
    """The year a sentence opens with and the event of that year it names, or None."""
    opening = OPENING_YEAR.match(sentence)
    if opening is None:
        return None
    year = int(opening.group(1))
    date = DATE.match(sentence, opening.start(1))
    if date is not None and SPAN.match(sentence, date.end()):
        return None
    for event in events():
        if event.year == year and all(any(w in sentence for w in g) for g in event.words):
            return opening, event
    return None
