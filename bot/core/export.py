"""The ledger export, pure: plain rows → tables → an .xlsx workbook (one sheet per table) and
UTF-8 CSV files with a BOM (so that Excel opens Chinese text correctly).

The workbook is written with XlsxWriter in constant-memory mode (rows are streamed to the
file as they come): a month of a 500-member group is ~15,000 answers. Every sheet has a bold,
frozen header row, column widths fitted to the content (a Chinese character counts as two),
times as real Excel dates and accuracy as a percentage.
"""

from __future__ import annotations

import bisect
import csv
import heapq
import io
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.core import texts
from bot.core.ledger import Period

TEXT, NUMBER, PERCENT, TIME = "text", "number", "percent", "time"
MAX_WIDTH = 60
TIME_FORMAT = "yyyy-mm-dd hh:mm"
TIME_WIDTH = 17


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT


@dataclass(frozen=True)
class Table:
    """One view: a sheet of the workbook and one CSV file."""

    name: str
    columns: tuple[Column, ...]
    rows: list[tuple[Any, ...]] = field(default_factory=list)


@dataclass(frozen=True)
class MemberRow:
    """A member over the period: answers per week, then totals."""

    user_id: int
    name: str
    weekly: tuple[int, ...]
    answered: int
    correct: int
    articles: int


@dataclass(frozen=True)
class AnswerRow:
    at: datetime  # aware; the tables show it in the group's zone
    name: str
    user_id: int
    question: str
    chosen: str
    answer: str
    correct: bool
    purpose: str


@dataclass(frozen=True)
class ReadingRow:
    at: datetime  # aware
    name: str
    user_id: int
    article_id: int
    title: str
    page: int
    via: str


def member_rows(
    weeks: Sequence[Period],
    answers: Sequence[AnswerRow],
    readings: Sequence[ReadingRow],
    known: Mapping[int, str],
) -> list[MemberRow]:
    """Members x weeks: every member the bot knows in the group and everyone with a record
    in the period; answers per week, then totals. Most answers first, then by name."""
    starts = [w.start for w in weeks]
    names = dict(known)
    weekly: dict[int, list[int]] = {}
    correct: Counter[int] = Counter()
    articles: dict[int, set[int]] = {}
    for a in answers:
        names.setdefault(a.user_id, a.name)
        counts = weekly.setdefault(a.user_id, [0] * len(weeks))
        index = bisect.bisect_right(starts, a.at) - 1
        if 0 <= index < len(counts):
            counts[index] += 1
        correct[a.user_id] += a.correct
    for r in readings:
        names.setdefault(r.user_id, r.name)
        articles.setdefault(r.user_id, set()).add(r.article_id)
    rows = []
    for user_id, name in names.items():
        counts = weekly.get(user_id, [0] * len(weeks))
        rows.append(
            MemberRow(
                user_id,
                name,
                tuple(counts),
                sum(counts),
                correct[user_id],
                len(articles.get(user_id, ())),
            )
        )
    return sorted(rows, key=lambda m: (-m.answered, -m.articles, m.name, m.user_id))


def week_columns(weeks: Sequence[Period]) -> tuple[Column, ...]:
    return tuple(
        Column(
            texts.EXPORT_WEEK.format(start=f"{w.first_day:%m/%d}", end=f"{w.last_day:%m/%d}"),
            NUMBER,
        )
        for w in weeks
    )


def ledger_tables(
    weeks: Sequence[Period],
    members: Sequence[MemberRow],
    answers: Sequence[AnswerRow],
    readings: Sequence[ReadingRow],
    zone: ZoneInfo,
    zone_label: str,
) -> list[Table]:
    """The three views of a period: members x weeks, every answer, every reading; times in
    ``zone`` without a zone (Excel has none), the zone named in the column's title."""

    def local(moment: datetime) -> datetime:
        return moment.astimezone(zone).replace(tzinfo=None)

    at = Column(texts.EXPORT_TIME.format(zone=zone_label), TIME)
    member_table = Table(
        texts.EXPORT_SHEET_MEMBERS,
        (
            Column(texts.EXPORT_MEMBER),
            Column(texts.EXPORT_USER_ID, NUMBER),
            *week_columns(weeks),
            Column(texts.EXPORT_ANSWERED, NUMBER),
            Column(texts.EXPORT_CORRECT, NUMBER),
            Column(texts.EXPORT_ACCURACY, PERCENT),
            Column(texts.EXPORT_ARTICLES, NUMBER),
            Column(texts.EXPORT_TOOK_PART),
        ),
        [
            (
                m.name,
                m.user_id,
                *m.weekly,
                m.answered,
                m.correct,
                m.correct / m.answered if m.answered else None,
                m.articles,
                texts.EXPORT_YES if m.answered or m.articles else texts.EXPORT_NO,
            )
            for m in members
        ],
    )
    answer_table = Table(
        texts.EXPORT_SHEET_ANSWERS,
        (
            at,
            Column(texts.EXPORT_MEMBER),
            Column(texts.EXPORT_USER_ID, NUMBER),
            Column(texts.EXPORT_QUESTION),
            Column(texts.EXPORT_CHOSEN),
            Column(texts.EXPORT_RIGHT_ANSWER),
            Column(texts.EXPORT_RESULT),
            Column(texts.EXPORT_SOURCE),
        ),
        [
            (
                local(a.at),
                a.name,
                a.user_id,
                a.question,
                a.chosen,
                a.answer,
                texts.EXPORT_RIGHT if a.correct else texts.EXPORT_WRONG,
                texts.EXPORT_PURPOSES.get(a.purpose, a.purpose),
            )
            for a in answers
        ],
    )
    reading_table = Table(
        texts.EXPORT_SHEET_READINGS,
        (
            at,
            Column(texts.EXPORT_MEMBER),
            Column(texts.EXPORT_USER_ID, NUMBER),
            Column(texts.EXPORT_ARTICLE_ID, NUMBER),
            Column(texts.EXPORT_ARTICLE),
            Column(texts.EXPORT_PAGE, NUMBER),
            Column(texts.EXPORT_VIA),
        ),
        [
            (
                local(r.at),
                r.name,
                r.user_id,
                r.article_id,
                r.title,
                r.page,
                texts.EXPORT_VIAS.get(r.via, r.via),
            )
            for r in readings
        ],
    )
    return [member_table, answer_table, reading_table]


def display_width(text: str) -> int:
    """Columns a text takes in a spreadsheet: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def column_width(column: Column, values: list[Any]) -> float:
    """Wide enough for the title and the widest value (measured on the few longest: a
    month's sheet has ~15,000 rows), at most MAX_WIDTH."""
    if column.kind == TIME:
        return TIME_WIDTH
    if column.kind == PERCENT:
        longest = ["100%"]
    elif column.kind == NUMBER:
        longest = [str(max((v for v in values if v is not None), default=0))]
    else:
        longest = heapq.nlargest(3, (v for v in values if v), key=len)
    return min(MAX_WIDTH, max(display_width(s) for s in [column.title, *longest]) + 2)


def workbook(tables: Sequence[Table], title: str) -> bytes:
    """An .xlsx with one sheet per table: bold frozen header, fitted widths, dates as dates."""
    import xlsxwriter  # on first export, not at the bot's start

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"constant_memory": True, "strings_to_numbers": False})
    book.set_properties({"title": title, "author": "studybot"})
    header = book.add_format({"bold": True, "bg_color": "#f2f2f2", "bottom": 1})
    when = book.add_format({"num_format": TIME_FORMAT})
    percent = book.add_format({"num_format": "0%"})
    for table in tables:
        sheet = book.add_worksheet(table.name)
        sheet.freeze_panes(1, 0)
        for index, column in enumerate(table.columns):
            values = [row[index] for row in table.rows]
            sheet.set_column(index, index, column_width(column, values))
        sheet.write_row(0, 0, [c.title for c in table.columns], header)
        kinds = [c.kind for c in table.columns]
        for number, row in enumerate(table.rows, 1):
            for index, (kind, value) in enumerate(zip(kinds, row, strict=True)):
                if value is None:
                    continue
                if kind == TIME:
                    sheet.write_datetime(number, index, value, when)
                elif kind == PERCENT:
                    sheet.write_number(number, index, value, percent)
                elif kind == NUMBER:
                    sheet.write_number(number, index, value)
                else:
                    sheet.write_string(number, index, value)
    book.close()
    return buffer.getvalue()


def csv_text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == TIME:
        return f"{value:%Y-%m-%d %H:%M}"
    if kind == PERCENT:
        return f"{value:.1%}"
    return str(value)


def csv_file(table: Table) -> bytes:
    """The table as CSV, UTF-8 with a BOM, CRLF line ends (what Excel expects); times as
    ``2026-11-03 08:15``, which Excel reads as a date."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([c.title for c in table.columns])
    kinds = [c.kind for c in table.columns]
    writer.writerows(
        [csv_text(v, kind) for kind, v in zip(kinds, row, strict=True)] for row in table.rows
    )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
