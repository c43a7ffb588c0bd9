"""The delivery ledger: what the daily push sent to which chat on which day, and the weekly
reports. This is where "at most once per chat and day" is kept.

A delivery row is written *before* anything is sent (state ``pending``, with the excerpt and
question chosen), moved to ``sending_excerpt`` right before the excerpt goes out, to
``sending_quiz`` once Telegram confirmed the excerpt and right before the quiz goes out, then to
``sent``. (``excerpt_sent``, from earlier versions, is read as "excerpt confirmed".) The
primary key (chat, local date) makes a second delivery for the same day impossible; a row left
in a ``sending_*`` state by a crash becomes ``unknown`` at the next start and is never resent.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import aiosqlite

from bot.core.schedule import Unit
from storage.db import Database
from storage.quizzes import iso

FINAL = ("sent", "unknown", "failed")


@dataclass(frozen=True)
class Delivery:
    chat_id: int
    local_date: str
    state: str
    cycle: int
    article_id: int
    paragraph: int
    paragraphs: int
    question_id: str | None
    attempts: int


def _delivery(r: aiosqlite.Row) -> Delivery:
    return Delivery(
        chat_id=r["chat_id"],
        local_date=r["local_date"],
        state=r["state"],
        cycle=r["cycle"],
        article_id=r["article_id"],
        paragraph=r["paragraph"],
        paragraphs=r["paragraphs"],
        question_id=r["question_id"],
        attempts=r["attempts"],
    )


class DeliveryRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def delivery(self, chat_id: int, local_date: str) -> Delivery | None:
        row = await self.db.fetchone(
            "SELECT * FROM deliveries WHERE chat_id = ? AND local_date = ?", (chat_id, local_date)
        )
        return _delivery(row) if row else None

    async def finished_since(self, local_date: str) -> set[tuple[int, str]]:
        """(chat, local date) of every finished delivery since a date, in one query."""
        rows = await self.db.fetchall(
            "SELECT chat_id, local_date FROM deliveries WHERE local_date >= ? "
            f"AND state IN ({','.join('?' * len(FINAL))})",
            (local_date, *FINAL),
        )
        return {(r[0], r[1]) for r in rows}

    async def last_delivery(self, chat_id: int) -> Delivery | None:
        row = await self.db.fetchone(
            "SELECT * FROM deliveries WHERE chat_id = ? ORDER BY local_date DESC LIMIT 1",
            (chat_id,),
        )
        return _delivery(row) if row else None

    async def sent_units(self, chat_id: int) -> tuple[int, set[tuple[int, int]]]:
        """The current cycle and the (article, paragraph) units sent in it."""
        row = await self.db.fetchone(
            "SELECT COALESCE(MAX(cycle), 0) FROM deliveries WHERE chat_id = ?", (chat_id,)
        )
        cycle = row[0] if row else 0
        rows = await self.db.fetchall(
            "SELECT article_id, paragraph, paragraphs FROM deliveries "
            "WHERE chat_id = ? AND cycle = ?",
            (chat_id, cycle),
        )
        sent = {(r[0], r[1] + k) for r in rows for k in range(r[2])}
        return cycle, sent

    async def begin(
        self,
        chat_id: int,
        local_date: str,
        cycle: int,
        unit: Unit,
        paragraphs: int,
        question_id: str | None,
        now: datetime,
    ) -> Delivery:
        """Record the intent to deliver (before sending). Returns the day's row, which may be
        an earlier one: then nothing new was written."""
        await self.db.write(
            "INSERT OR IGNORE INTO deliveries (chat_id, local_date, state, cycle, article_id, "
            "paragraph, paragraphs, question_id, updated_at) "
            "VALUES (?, ?, 'pending', ?, ?, ?, ?, ?, ?)",
            (
                chat_id,
                local_date,
                cycle,
                unit.article_id,
                unit.paragraph,
                paragraphs,
                question_id,
                iso(now),
            ),
        )
        delivery = await self.delivery(chat_id, local_date)
        assert delivery is not None
        return delivery

    async def set_state(
        self, chat_id: int, local_date: str, state: str, now: datetime, error: str = ""
    ) -> None:
        await self.db.write(
            "UPDATE deliveries SET state = ?, error = ?, updated_at = ?, "
            "attempts = attempts + (? = 'failed') WHERE chat_id = ? AND local_date = ?",
            (state, error[:500], iso(now), state, chat_id, local_date),
        )

    async def reconcile(self, now: datetime) -> int:
        """After a restart: a message whose send was started but never confirmed may or may not
        have reached Telegram. We keep at-most-once: it is marked unknown, never sent again."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE deliveries SET state = 'unknown', error = 'interrupted', updated_at = ? "
                "WHERE state IN ('sending_excerpt', 'sending_quiz')",
                (iso(now),),
            )
            return cursor.rowcount

    # -- weekly reports -----------------------------------------------------------------
    async def claim_weekly(self, chat_id: int, week: str, now: datetime) -> bool:
        changed = await self.db.write(
            "INSERT OR IGNORE INTO weekly_reports (chat_id, week, sent_at) VALUES (?, ?, ?)",
            (chat_id, week, iso(now)),
        )
        return changed == 1

    async def articles_delivered(self, chat_id: int, since: str) -> list[int]:
        rows = await self.db.fetchall(
            "SELECT DISTINCT article_id FROM deliveries WHERE chat_id = ? AND local_date >= ? "
            "AND state IN ('sent', 'excerpt_sent', 'unknown') ORDER BY local_date",
            (chat_id, since),
        )
        return [r[0] for r in rows]
