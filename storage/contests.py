"""Group tests (知识竞赛): their state, their polls and the answers' times.

A test moves by *claims*: sending question k first moves ``step`` from k-1 to k in one
conditional UPDATE, and closing it moves ``state`` away from ``running`` the same way; a second
job, a restart or a /test stop at the same moment finds the claim taken and does nothing. So a
question or a score card is never posted twice (at most once: a crash between the claim and the
send loses that one post, which a restart does not repeat).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import aiosqlite

from bot.core.contest import Score
from bot.core.quiz import Question
from storage.db import Database
from storage.quizzes import iso


@dataclass(frozen=True)
class Contest:
    id: int
    chat_id: int
    thread_id: int | None
    started_by: int
    keyword: str
    questions: tuple[Question, ...]
    seconds: int
    state: str
    step: int  # questions claimed for sending so far
    step_at: datetime | None  # when the last one was claimed
    started_at: datetime

    @property
    def total(self) -> int:
        return len(self.questions)


@dataclass(frozen=True)
class ContestPoll:
    contest_id: int
    position: int
    correct: int
    sent_ms: int


def _question(data: dict[str, Any]) -> Question:
    return Question(
        id=data["id"],
        kind=data["kind"],
        article_key=data["article_key"],
        question=data["question"],
        options=tuple(data["options"]),
        correct=data["correct"],
        explanation=data["explanation"],
    )


def _contest(r: aiosqlite.Row) -> Contest:
    return Contest(
        id=r["id"],
        chat_id=r["chat_id"],
        thread_id=r["thread_id"],
        started_by=r["started_by"],
        keyword=r["keyword"],
        questions=tuple(_question(q) for q in json.loads(r["questions"])),
        seconds=r["seconds"],
        state=r["state"],
        step=r["step"],
        step_at=datetime.fromisoformat(r["step_at"]) if r["step_at"] else None,
        started_at=datetime.fromisoformat(r["started_at"]),
    )


class ContestRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(
        self,
        chat_id: int,
        thread_id: int | None,
        started_by: int,
        keyword: str,
        questions: list[Question],
        seconds: int,
        now: datetime,
    ) -> Contest | None:
        """A new running test; None when the chat already has one running."""
        try:
            await self.db.write(
                "INSERT INTO contests (chat_id, thread_id, started_by, keyword, questions, "
                "seconds, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    chat_id,
                    thread_id,
                    started_by,
                    keyword,
                    json.dumps([q.as_dict() for q in questions], ensure_ascii=False),
                    seconds,
                    iso(now),
                ),
            )
        except aiosqlite.IntegrityError:  # contests_running: one running test per chat
            return None
        return await self.running(chat_id)

    async def get(self, contest_id: int) -> Contest | None:
        row = await self.db.fetchone("SELECT * FROM contests WHERE id = ?", (contest_id,))
        return _contest(row) if row else None

    async def running(self, chat_id: int) -> Contest | None:
        row = await self.db.fetchone(
            "SELECT * FROM contests WHERE chat_id = ? AND state = 'running'", (chat_id,)
        )
        return _contest(row) if row else None

    async def all_running(self) -> list[Contest]:
        rows = await self.db.fetchall("SELECT * FROM contests WHERE state = 'running'")
        return [_contest(r) for r in rows]

    async def claim_step(self, contest_id: int, step: int, now: datetime) -> bool:
        """Take the right to send question ``step + 1``; False if it was taken already."""
        changed = await self.db.write(
            "UPDATE contests SET step = step + 1, step_at = ? "
            "WHERE id = ? AND step = ? AND state = 'running'",
            (iso(now), contest_id, step),
        )
        return changed == 1

    async def finish(self, contest_id: int, ending: str, now: datetime) -> bool:
        """Take the right to close the test (and post its score card); False if it was
        closed already. ``ending``: done, stopped, interrupted or failed."""
        state = "cancelled" if ending == "failed" else "finished"
        changed = await self.db.write(
            "UPDATE contests SET state = ?, ending = ?, ended_at = ? "
            "WHERE id = ? AND state = 'running'",
            (state, ending, iso(now), contest_id),
        )
        return changed == 1

    async def record_poll(
        self, contest_id: int, position: int, poll_id: str, correct: int, sent_ms: int
    ) -> None:
        await self.db.write(
            "INSERT OR IGNORE INTO contest_polls (poll_id, contest_id, position, correct, "
            "sent_ms) VALUES (?, ?, ?, ?, ?)",
            (poll_id, contest_id, position, correct, sent_ms),
        )

    async def poll(self, poll_id: str) -> ContestPoll | None:
        row = await self.db.fetchone(
            "SELECT contest_id, position, correct, sent_ms FROM contest_polls WHERE poll_id = ?",
            (poll_id,),
        )
        return ContestPoll(row[0], row[1], row[2], row[3]) if row else None

    async def record_answer(
        self, contest_id: int, position: int, user_id: int, correct: bool, elapsed_ms: int
    ) -> None:
        """The first answer of a member to a question counts."""
        await self.db.write(
            "INSERT OR IGNORE INTO contest_answers "
            "(contest_id, position, user_id, correct, elapsed_ms) VALUES (?, ?, ?, ?, ?)",
            (contest_id, position, user_id, int(correct), max(0, elapsed_ms)),
        )

    async def scores(self, contest_id: int) -> list[Score]:
        rows = await self.db.fetchall(
            "SELECT a.user_id, COALESCE(m.name, ''), SUM(a.correct), COUNT(*), "
            "SUM(a.elapsed_ms) FROM contest_answers a "
            "LEFT JOIN members m ON m.user_id = a.user_id "
            "WHERE a.contest_id = ? GROUP BY a.user_id",
            (contest_id,),
        )
        return [Score(r[0], r[1], r[2], r[3], r[4]) for r in rows]
