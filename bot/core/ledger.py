"""The study ledger (学习台账), pure: the periods a report covers, a group's statistics from its
tallies, and the text of the report. Times are aware datetimes; a period runs from local
midnight to local midnight in the group's zone."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.core import texts
from bot.core.schedule import week_start

MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
THIS_WEEK = {"", "本周", "这周", "week", "w"}
LAST_WEEK = {"上周", "lastweek"}
THIS_MONTH = {"本月", "这个月", "month", "m"}
LAST_MONTH = {"上月", "上个月", "lastmonth"}
TOP = 3  # members and questions named in a report
CHART_WEEKS = 8


class PeriodError(ValueError):
    """A period the user wrote that cannot be reported: ``reason`` is ``usage`` (not a
    period), ``no_such_month`` or ``future``; ``text`` is what was written."""

    def __init__(self, reason: str, text: str) -> None:
        super().__init__(f"{reason}: {text}")
        self.reason = reason
        self.text = text


@dataclass(frozen=True)
class Period:
    """[start, end) in a zone; ``kind`` is ``week`` or ``month``."""

    kind: str
    start: datetime
    end: datetime

    @property
    def first_day(self) -> date:
        return self.start.date()

    @property
    def last_day(self) -> date:
        return (self.end - timedelta(days=1)).date()

    @property
    def key(self) -> str:
        """For file names and buttons: ``2026-11`` or ``2026-11-23`` (a week's Monday)."""
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        return f"{self.start:%Y-%m-%d}"

    @property
    def label(self) -> str:
        if self.kind == "month":
            return texts.LEDGER_MONTH.format(year=self.start.year, month=self.start.month)
        return texts.LEDGER_WEEK.format(
            start=texts.DATE.format(month=self.first_day.month, day=self.first_day.day),
            end=texts.DATE.format(month=self.last_day.month, day=self.last_day.day),
        )

    def contains(self, moment: datetime) -> bool:
        return self.start <= moment < self.end


def _midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, datetime.min.time(), zone)


def week_of(moment: datetime, zone: ZoneInfo) -> Period:
    start = week_start(moment, zone)
    return Period("week", start, _midnight(start.date() + timedelta(days=7), zone))


def month_of(year: int, month: int, zone: ZoneInfo) -> Period:
    following = date(year + month // 12, month % 12 + 1, 1)
    return Period("month", _midnight(date(year, month, 1), zone), _midnight(following, zone))


def this_month(now: datetime, zone: ZoneInfo) -> Period:
    local = now.astimezone(zone)
    return month_of(local.year, local.month, zone)


def recent_weeks(now: datetime, zone: ZoneInfo, count: int = CHART_WEEKS) -> list[Period]:
    """The last ``count`` weeks, oldest first, ending with the current one."""
    monday = week_start(now, zone).date()
    return [
        Period(
            "week",
            _midnight(monday - timedelta(weeks=back), zone),
            _midnight(monday - timedelta(weeks=back - 1), zone),
        )
        for back in range(count - 1, -1, -1)
    ]


def month_weeks(month: Period, zone: ZoneInfo) -> list[Period]:
    """The weeks (Monday to Sunday) of a period, the first and the last cut at its ends."""
    weeks = []
    start = month.start
    while start < month.end:
        end = min(month.end, week_of(start, zone).end)
        weeks.append(Period("week", start, end))
        start = end
    return weeks


def parse_month(text: str, now: datetime, zone: ZoneInfo) -> Period:
    """``2026-11`` (also ``2026/11``, ``2026年11月``, full-width digits) → that month; raises
    PeriodError for anything else, a month that does not exist, or one not yet begun."""
    written = unicodedata.normalize("NFKC", text).strip()
    match = MONTH.match(written)
    if match is None:
        raise PeriodError("usage", text)
    year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or year < 1970:
        raise PeriodError("no_such_month", written)
    local = now.astimezone(zone)
    if (year, month) > (local.year, local.month):
        raise PeriodError("future", written)
    return month_of(year, month, zone)


def parse_period(text: str, now: datetime, zone: ZoneInfo) -> Period:
    """What /stats accepts: nothing or 本周 (this week), 上周, 本月, 上月, or a month."""
    word = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    if word in THIS_WEEK:
        return week_of(now, zone)
    if word in LAST_WEEK:
        return week_of(week_start(now, zone) - timedelta(days=1), zone)
    if word in THIS_MONTH:
        return this_month(now, zone)
    if word in LAST_MONTH:
        first = now.astimezone(zone).date().replace(day=1) - timedelta(days=1)
        return month_of(first.year, first.month, zone)
    return parse_month(text, now, zone)


KEY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?$")
CHAT_ID = re.compile(r"^[-－]?\d{6,15}$")


def period_from_key(key: str, zone: ZoneInfo) -> Period | None:
    """The period a ``Period.key`` stands for, in ``zone`` (buttons carry keys, so a period
    chosen before its group is known is laid out in the group's zone when it is)."""
    match = KEY.match(key)
    if match is None:
        return None
    year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
    try:
        if day is None:
            return month_of(year, month, zone) if 1 <= month <= 12 else None
        return week_of(_midnight(date(year, month, int(day)), zone), zone)
    except ValueError:
        return None


def split_chat_id(args: list[str]) -> tuple[int | None, list[str]]:
    """A group id among a command's words (``/stats -1001234567890 本月``) and the other
    words. Raises ValueError(word) for a number that cannot be a group's id (no minus)."""
    for index, word in enumerate(args):
        written = unicodedata.normalize("NFKC", word).strip()
        if CHAT_ID.match(written):
            if not written.startswith("-"):
                raise ValueError(word)
            return int(written), args[:index] + args[index + 1 :]
    return None, list(args)


def period_error_text(error: PeriodError, command: str, usage: str = texts.PERIOD_USAGE) -> str:
    """The polite answer to a period that cannot be reported, with an example to copy."""
    template = {
        "future": texts.PERIOD_FUTURE,
        "no_such_month": texts.PERIOD_NO_SUCH_MONTH,
    }.get(error.reason, usage)
    return template.format(text=html.escape(error.text[:20]), command=command)


# -- statistics ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Activity:
    """One member in a period: answers, right answers, distinct articles read."""

    user_id: int
    name: str
    answered: int = 0
    correct: int = 0
    articles: int = 0

    @property
    def took_part(self) -> bool:
        return self.answered > 0 or self.articles > 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class Missed:
    """A question of the period with how often it was answered and missed."""

    question: str
    answer: str
    answered: int
    missed: int


@dataclass(frozen=True)
class Report:
    title: str
    period: Period
    participants: tuple[Activity, ...]  # most active first
    absent: tuple[Activity, ...]  # members the bot knows who did not take part, by name
    known: int  # members of the group the bot knows
    member_count: int | None  # the group's members (Telegram's count, this bot left out)
    answered: int
    correct: int
    articles: int  # distinct articles read
    readings: int  # (member, article) pairs
    missed: tuple[Missed, ...]

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0

    @property
    def share(self) -> float | None:
        """Participants as a share of the group's members, when Telegram told us how many."""
        if not self.member_count:
            return None
        return min(1.0, len(self.participants) / self.member_count)

    @property
    def empty(self) -> bool:
        return not self.participants


def build_report(
    title: str,
    period: Period,
    answers: Iterable[tuple[int, int, int]],
    reads: Iterable[tuple[int, int]],
    names: Mapping[int, str],
    known: Iterable[int],
    articles: int,
    missed: Iterable[Missed] = (),
    member_count: int | None = None,
) -> Report:
    """The report of one group and period from its tallies: ``answers`` as (member,
    answered, correct), ``reads`` as (member, distinct articles read), ``names`` for every
    member mentioned, ``known`` the members the bot has seen in the group, ``articles`` the
    distinct articles read by anyone, ``member_count`` Telegram's count without this bot."""
    tally: dict[int, Activity] = {}
    for user_id, answered, correct in answers:
        tally[user_id] = Activity(user_id, names.get(user_id, ""), answered, correct)
    for user_id, read in reads:
        before = tally.get(user_id, Activity(user_id, names.get(user_id, "")))
        tally[user_id] = Activity(user_id, before.name, before.answered, before.correct, read)
    participants = sorted(
        (a for a in tally.values() if a.took_part),
        key=lambda a: (-a.answered, -a.correct, -a.articles, a.name, a.user_id),
    )
    known_ids = set(known)
    absent = sorted(
        (
            Activity(user_id, names.get(user_id, ""))
            for user_id in known_ids
            if user_id not in tally or not tally[user_id].took_part
        ),
        key=lambda a: (a.name, a.user_id),
    )
    return Report(
        title=title,
        period=period,
        participants=tuple(participants),
        absent=tuple(absent),
        known=len(known_ids | {a.user_id for a in participants}),
        member_count=member_count if member_count and member_count > 0 else None,
        answered=sum(a.answered for a in participants),
        correct=sum(a.correct for a in participants),
        articles=articles,
        readings=sum(a.articles for a in participants),
        missed=tuple(missed),
    )


def display_name(activity: Activity) -> str:
    return html.escape(activity.name or f"用户 {activity.user_id}")


def render_report(report: Report, *, names: bool) -> str:
    """The report as Telegram HTML. ``names``: list the members who did not take part (only
    in a private chat with an admin)."""
    lines = [texts.STATS_TITLE.format(title=html.escape(report.title), period=report.period.label)]
    if report.empty:
        lines.append(texts.STATS_EMPTY)
        if report.known and names:
            lines.append(absent_text(report))
        return "\n".join(lines)
    count = len(report.participants)
    if report.share is not None:
        lines.append(
            texts.STATS_PARTICIPANTS_SHARE.format(
                count=count, members=report.member_count, share=report.share
            )
        )
    else:
        lines.append(texts.STATS_PARTICIPANTS.format(count=count))
    if report.answered:
        lines.append(
            texts.STATS_ANSWERS.format(
                answered=report.answered, correct=report.correct, accuracy=report.accuracy
            )
        )
    else:
        lines.append(texts.STATS_NO_ANSWERS)
    lines.append(texts.STATS_READINGS.format(articles=report.articles, readings=report.readings))
    top = [
        texts.STATS_TOP_MEMBER.format(
            name=display_name(a), answered=a.answered, accuracy=a.accuracy, articles=a.articles
        )
        for a in report.participants[:TOP]
    ]
    lines.append(texts.STATS_TOP.format(members="；".join(top)))
    if report.missed:
        lines.append(texts.STATS_MISSED_TITLE)
        for number, m in enumerate(report.missed, 1):
            lines.append(
                texts.STATS_MISSED.format(
                    number=number,
                    question=html.escape(m.question),
                    missed=m.missed,
                    answered=m.answered,
                    answer=html.escape(m.answer),
                )
            )
    if names:
        lines.append(absent_text(report))
    elif report.absent:
        lines.append(texts.STATS_ABSENT_PRIVATELY.format(count=len(report.absent)))
    return "\n".join(lines)


ABSENT_NAMES = 200  # names listed in one message; /export has them all


def absent_text(report: Report) -> str:
    """Who did not take part, by name, with what the bot can and cannot know."""
    unknown = max(0, report.member_count - report.known) if report.member_count else None
    note = (
        texts.STATS_ABSENT_NOTE.format(known=report.known, unknown=unknown)
        if unknown is not None
        else texts.STATS_ABSENT_NOTE_NO_COUNT.format(known=report.known)
    )
    if not report.absent:
        return f"{texts.STATS_ABSENT_NONE}\n{note}"
    shown = [display_name(a) for a in report.absent[:ABSENT_NAMES]]
    more = len(report.absent) - len(shown)
    listed = "、".join(shown) + (texts.STATS_ABSENT_MORE.format(count=more) if more else "")
    return f"{texts.STATS_ABSENT.format(count=len(report.absent), names=listed)}\n{note}"


# -- weeks for the chart -------------------------------------------------------------------
@dataclass(frozen=True)
class WeekPoint:
    """One week of the chart: its Monday, the members who took part, answers, right ones."""

    monday: date
    participants: int
    answered: int
    correct: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.answered if self.answered else None


def week_points(
    weeks: list[Period], tallies: Mapping[int, tuple[int, int, int]]
) -> list[WeekPoint]:
    """Points for each week (index → (participants, answered, correct); missing → zeros)."""
    return [
        WeekPoint(week.first_day, *tallies.get(index, (0, 0, 0)))
        for index, week in enumerate(weeks)
    ]


def chart_caption(points: list[WeekPoint]) -> str:
    """One line under the chart: this week against the first week with activity."""
    last = points[-1]
    accuracy = f"{last.accuracy:.0%}" if last.accuracy is not None else "—"
    return texts.CHART_CAPTION.format(
        weeks=len(points), participants=last.participants, accuracy=accuracy
    )
