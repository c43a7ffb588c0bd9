"""Schedule decisions (pure): parsing times and zones, local dates, the next delivery, and which
excerpt a chat gets next."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
DEFAULT_TIME = time(8, 0)
EXCERPT_MAX = 1000
SHORT_PARAGRAPH = 300  # two paragraphs this short make one excerpt
MIN_SECTION = 100  # a paragraph opening with （一） this long is a section, not a heading
MIN_EXCERPT = 60  # a paragraph shorter than this never starts an excerpt alone (同志们：)
# A statement this long (ending a sentence) opens an excerpt with the paragraph after it: a
# chapter's lead thesis, 「“一国两制”是中国特色社会主义的伟大创举，…必须长期坚持。」; not
# 「现在，我代表第十九届中央委员会向大会作报告。」.
MIN_STATEMENT = 40
SENTENCE_END = ("。", "！", "？")
# Lines that are not study material: picture captions, editors' lines, bylines, datelines.
BOILERPLATE = re.compile(
    r"^(?:图片说明|图为|版式设计|本版编辑|责任编辑|编辑|校对|记者|通讯员|来源|（?本报|（?新华社|作者)"
)
# … nor a speech's thanks (「同志们！…表示衷心的感谢！」): a paragraph ending so.
THANKS = ("感谢！", "敬意！", "问候！", "感谢。", "敬意。", "问候。")
HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[章节部分])"
)


def parse_time(text: str) -> time | None:
    """``HH:MM`` (full-width digits and colon accepted) → time; anything else → None."""
    match = HHMM.match(unicodedata.normalize("NFKC", text).strip())
    return time(int(match.group(1)), int(match.group(2))) if match else None


def parse_zone(text: str) -> ZoneInfo | None:
    """An IANA zone name such as ``Asia/Shanghai`` (case-insensitive) → ZoneInfo, else None."""
    name = text.strip()
    if not name or ("/" not in name and name.upper() != "UTC"):
        return None
    canonical = {z.casefold(): z for z in available_timezones()}.get(name.casefold())
    if canonical is None:
        return None
    try:
        return ZoneInfo(canonical)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_date(now: datetime, zone: ZoneInfo) -> date:
    return now.astimezone(zone).date()


def fire_time(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The instant of wall-clock ``at`` on ``day`` in ``zone`` (DST keeps the wall clock)."""
    return datetime.combine(day, at, zone)


def next_delivery(now: datetime, at: time, zone: ZoneInfo, delivered_today: bool) -> datetime:
    today = local_date(now, zone)
    first = fire_time(today, at, zone)
    if first > now and not delivered_today:
        return first
    return fire_time(today + timedelta(days=1), at, zone)


def is_due(now: datetime, at: time, zone: ZoneInfo, delivered_today: bool) -> bool:
    """Whether today's item should go out now: its time has passed in the chat's zone and it
    has not been delivered (the catch-up rule after a restart)."""
    return not delivered_today and now >= fire_time(local_date(now, zone), at, zone)


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph that can be sent as an excerpt, in the order chats walk through them."""

    article_id: int
    paragraph: int  # from 1
    length: int
    span: int = 1  # how many paragraphs the excerpt starting here takes (two short ones: 2)
    added: bool = False  # of an article a maintainer added (/add, a link, a file)

    def covers(self, paragraphs: Collection[tuple[int, int]]) -> bool:
        """Whether the excerpt starting here holds one of these (article, paragraph)."""
        return any((self.article_id, self.paragraph + k) in paragraphs for k in range(self.span))


def worth_reading(length: int, head: str, tail: str, following: int | None = None) -> bool:
    """Whether a paragraph (its length, first and last characters; ``following``: the next
    paragraph's length, None at the end of the article) can open the day's excerpt: long
    enough to say something, or a statement the next paragraph goes on with; not a
    salutation or lead-in ending with a colon, not a heading, a caption or an editor's line."""
    ending = tail.rstrip("”’」』）)")
    if ending.endswith(("：", ":")) or ending.endswith(THANKS):
        return False
    if length < MIN_EXCERPT and not (
        length >= MIN_STATEMENT
        and ending.endswith(SENTENCE_END)
        and following is not None
        and length + following + 1 <= EXCERPT_MAX  # the two whole: nothing cut off unsent
    ):
        return False
    # A numbered heading alone is not study material; a section opening with its numbered
    # lead (「（一）构建高水平社会主义市场经济体制。坚持和完善…」) is.
    return not (BOILERPLATE.match(head) or (HEADING.match(head) and length < MIN_SECTION))


def next_unit(
    order: Sequence[Unit],
    sent: Collection[tuple[int, int]],
    asked: Collection[tuple[int, int]] = frozenset(),
) -> tuple[Unit, bool] | None:
    """The next excerpt of this cycle, and whether a new cycle starts (everything was sent
    once). A cycle first walks what a maintainer added (in the walking order: the newest
    first, each article in reading order): that is what the group is to study next. Then, in
    reading order, the units the bank has a question about (``asked``: (article, paragraph)
    pairs), so that the day's question is about what the group just read; then the others (a
    paragraph without a question is not lost: it can be read through 阅读全文 meanwhile, and
    it comes later in the cycle)."""
    due = [unit for unit in order if (unit.article_id, unit.paragraph) not in sent]
    found = _preferred(due, asked)
    if found is not None:
        return found, False
    first = _preferred(order, asked)
    return (first, True) if first is not None else None


def _preferred(units: Sequence[Unit], asked: Collection[tuple[int, int]]) -> Unit | None:
    return next(
        (u for u in units if u.added),
        next((u for u in units if u.covers(asked)), units[0] if units else None),
    )


def excerpt_span(length: int, following: int | None) -> int:
    """How many paragraphs an excerpt takes: two when both are short or the first is only a
    statement the next goes on with (``following`` is the next paragraph's length, None at
    the end of the article), else one."""
    if following is None or length >= SHORT_PARAGRAPH:
        return 1
    if length < MIN_EXCERPT:
        return 2  # a statement: the next paragraph goes on with it (cut at EXCERPT_MAX)
    if following >= SHORT_PARAGRAPH:
        return 1
    return 2 if length + following + 1 <= EXCERPT_MAX else 1


class Passage(Protocol):
    """A paragraph as an excerpt sees it: its text, and its role ('' for the article's own
    text; a heading, a caption, a note)."""

    @property
    def text(self) -> str: ...

    @property
    def role(self) -> str: ...


def excerpt(paragraphs: Sequence[Passage], index: int) -> tuple[str, int]:
    """The excerpt starting at paragraph ``index`` (from 1): that paragraph, or two short ones,
    at most EXCERPT_MAX characters (cut at a sentence end). Returns text and paragraphs used.
    A heading, caption or note after the paragraph is never taken with it: it belongs to what
    follows (「……各扫门前雪”。」 does not end with the next section's heading, 「让生态优势
    转化为发展优势」)."""
    text = paragraphs[index - 1].text
    after = paragraphs[index] if index < len(paragraphs) else None
    following = len(after.text) if after is not None and not after.role else None
    used = excerpt_span(len(text), following)
    if used == 2 and after is not None:
        text = f"{text}\n{after.text}"
    if len(text) > EXCERPT_MAX:
        cut = max(text.rfind(mark, 0, EXCERPT_MAX - 1) for mark in "。！？；")
        text = text[: cut + 1] + "……" if cut > EXCERPT_MAX // 2 else text[: EXCERPT_MAX - 1] + "…"
    return text, used


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


def quiz_place(question: tuple[str, int], article_key: str, first: int, count: int) -> str:
    """Where the day's question (its article key and paragraph) is from, seen from the excerpt
    (paragraphs ``first`` to ``first + count - 1`` of the article): ``here``, ``ahead`` (later
    in the same article, not sent yet) or ``before`` (sent on an earlier day: an earlier
    paragraph, or another article)."""
    key, paragraph = question
    if key != article_key or paragraph < first:
        return "before"
    return "here" if paragraph < first + count else "ahead"
