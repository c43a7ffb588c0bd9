"""The question bank: the questions generated from the active articles, kept between starts."""

from __future__ import annotations

import json
from collections.abc import Sequence

from bot.core.quiz import Question
from storage.db import Database
from storage.quizzes import question_from_row

_COLUMNS = "id, kind, article_key, question, options, correct, explanation"


class BankRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def fingerprint(self) -> str | None:
        """What the stored questions were generated from (None: never generated)."""
        row = await self.db.fetchone("SELECT fingerprint FROM bank_state WHERE id = 1")
        return row[0] if row else None

    async def rejections(self) -> dict[str, int]:
        row = await self.db.fetchone("SELECT rejections FROM bank_state WHERE id = 1")
        return dict(json.loads(row[0])) if row else {}

    async def replace(
        self, fingerprint: str, questions: Sequence[Question], rejections: dict[str, int]
    ) -> None:
        """Swap in a newly generated bank in one transaction: until it commits, the old one
        goes on serving."""
        async with self.db.transaction() as conn:
            await conn.execute("DELETE FROM bank")
            await conn.executemany(
                f"INSERT INTO bank (position, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        n,
                        q.id,
                        q.kind,
                        q.article_key,
                        q.question,
                        json.dumps(q.options, ensure_ascii=False),
                        q.correct,
                        q.explanation,
                    )
                    for n, q in enumerate(questions)
                ],
            )
            await conn.execute(
                "INSERT INTO bank_state (id, fingerprint, rejections) VALUES (1, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint, "
                "rejections = excluded.rejections, generated_at = CURRENT_TIMESTAMP",
                (fingerprint, json.dumps(rejections, ensure_ascii=False)),
            )

    async def drop_article(self, article_key: str) -> int:
        """Take an article's questions out at once (it was removed), keeping the positions
        0..n-1 that random picks rely on. Returns how many questions were dropped."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute("DELETE FROM bank WHERE article_key = ?", (article_key,))
            dropped = cursor.rowcount
            if dropped:
                left = await conn.execute_fetchall("SELECT id FROM bank ORDER BY position")
                # Through negative positions: the UNIQUE index never sees two rows clash.
                await conn.execute("UPDATE bank SET position = -1 - position")
                await conn.executemany(
                    "UPDATE bank SET position = ? WHERE id = ?",
                    [(n, row[0]) for n, row in enumerate(left)],
                )
        return dropped

    async def count(self) -> int:
        row = await self.db.fetchone("SELECT count(*) FROM bank")
        return int(row[0]) if row else 0

    async def get(self, question_id: str) -> Question | None:
        row = await self.db.fetchone(f"SELECT {_COLUMNS} FROM bank WHERE id = ?", (question_id,))
        return question_from_row(row) if row else None

    async def of_article(self, article_key: str) -> list[Question]:
        rows = await self.db.fetchall(
            f"SELECT {_COLUMNS} FROM bank WHERE article_key = ? ORDER BY position", (article_key,)
        )
        return [question_from_row(r) for r in rows]

    async def window(self, start: int, size: int) -> list[Question]:
        """``size`` questions from position ``start`` on, wrapping around to the first."""
        rows = await self.db.fetchall(
            f"SELECT {_COLUMNS} FROM bank WHERE position >= ? ORDER BY position LIMIT ?",
            (start, size),
        )
        if len(rows) < size:
            rows += await self.db.fetchall(
                f"SELECT {_COLUMNS} FROM bank WHERE position < ? ORDER BY position LIMIT ?",
                (start, size - len(rows)),
            )
        return [question_from_row(r) for r in rows]

    async def article_keys(self) -> set[str]:
        return {r[0] for r in await self.db.fetchall("SELECT DISTINCT article_key FROM bank")}
