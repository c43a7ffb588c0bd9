"""The study ledger over the database, knowing nothing of Telegram: a group's report for a
period, its chart of the last weeks, and its export. Rendering a chart and building a workbook
are CPU work: they run in one worker thread of their own, so the event loop goes on answering
meanwhile, renders and exports take turns (matplotlib is not thread-safe) and their memory
stays in one allocator arena."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from bot.core import charts, texts
from bot.core.display import zone_name
from bot.core.export import (
    AnswerRow,
    ReadingRow,
    Table,
    csv_file,
    ledger_tables,
    member_rows,
    workbook,
)
from bot.core.ledger import (
    Missed,
    Period,
    Report,
    build_report,
    chart_caption,
    month_weeks,
    recent_weeks,
    week_points,
)
from storage.db import Database
from storage.ledger import LedgerRepository

_worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ledger")


T = TypeVar("T")


async def off_the_loop(work: Callable[[], T]) -> T:
    """Run CPU work in the ledger's worker thread."""
    return await asyncio.get_running_loop().run_in_executor(_worker, work)


@dataclass(frozen=True)
class Chart:
    png: bytes
    caption: str


@dataclass(frozen=True)
class ExportFiles:
    """The workbook and the CSV files, as (file name, bytes)."""

    files: tuple[tuple[str, bytes], ...]
    answers: int
    readings: int


def zone_label(zone: ZoneInfo) -> str:
    return zone_name(zone.key)


def export_tables(
    period: Period,
    zone: ZoneInfo,
    answers: list[AnswerRow],
    readings: list[ReadingRow],
    known: dict[int, str],
) -> list[Table]:
    """Stored records → the export's three tables, times in the group's local time."""
    weeks = month_weeks(period, zone)
    members = member_rows(weeks, answers, readings, known)
    return ledger_tables(weeks, members, answers, readings, zone, zone_label(zone))


def export_files(tables: list[Table], title: str, period: Period) -> tuple[tuple[str, bytes], ...]:
    """The .xlsx and one CSV per table (blocking: run it in a thread)."""
    stem = texts.EXPORT_FILE.format(period=period.key)
    files = [(f"{stem}.xlsx", workbook(tables, f"{title} {period.label}"))]
    files += [(f"{stem}_{table.name}.csv", csv_file(table)) for table in tables]
    return tuple(files)


class Ledger:
    def __init__(self, db: Database) -> None:
        self.records = LedgerRepository(db)

    async def title(self, chat_id: int) -> str:
        return await self.records.title(chat_id) or str(chat_id)

    async def report(
        self, chat_id: int, period: Period, member_count: int | None = None
    ) -> Report:
        """The report of a group for a period; ``member_count``: Telegram's count of the
        group's members without this bot (None if unknown)."""
        span = (period.start, period.end)
        answers = await self.records.member_answers(chat_id, span)
        reads = await self.records.member_reads(chat_id, span)
        known = await self.records.known_members(chat_id)
        names = {**known, **{r[0]: r[1] for r in answers}, **{r[0]: r[1] for r in reads}}
        missed = [
            Missed(m.question, m.answer, m.answered, m.missed)
            for m in await self.records.most_missed(chat_id, span)
        ]
        return build_report(
            await self.title(chat_id),
            period,
            [(user_id, answered, correct) for user_id, _, answered, correct in answers],
            [(user_id, articles) for user_id, _, articles in reads],
            names,
            known,
            await self.records.articles_read(chat_id, span),
            missed,
            member_count,
        )

    async def chart(self, chat_id: int, now: datetime, zone: ZoneInfo) -> Chart | None:
        """Participation and accuracy over the last 8 weeks; None when nothing happened."""
        weeks = recent_weeks(now, zone)
        tallies = await self.records.week_tallies(chat_id, [(w.start, w.end) for w in weeks])
        if not tallies:
            return None
        points = week_points(weeks, tallies)
        title = texts.CHART_TITLE.format(weeks=len(points))
        png = await off_the_loop(lambda: charts.weekly_chart(points, title))
        return Chart(png, chart_caption(points))

    async def export(self, chat_id: int, period: Period, zone: ZoneInfo) -> ExportFiles | None:
        """The period's workbook and CSV files; None when the group has no record in it."""
        span = (period.start, period.end)
        answers = await self.records.answers_between(chat_id, span)
        readings = await self.records.readings_between(chat_id, span)
        if not answers and not readings:
            return None
        known = await self.records.known_members(chat_id)
        title = await self.title(chat_id)

        def build() -> tuple[tuple[str, bytes], ...]:
            return export_files(
                export_tables(period, zone, answers, readings, known), title, period
            )

        files = await off_the_loop(build)
        return ExportFiles(files, len(answers), len(readings))
