"""Questions sent, polls, answers, leaderboards and the review schedule.

Times are stored as ISO-8601 UTC strings, so they sort and compare as text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import aiosqlite

from bot.core.quiz import Question
from storage.db import Database

# Review intervals after the 1st, 2nd and 3rd right answer; a 4th right answer retires it.
REVIEW_DAYS = (1, 3, 7)
# A question missed again in review comes back much sooner, but not in the same sitting.
RETRY_AFTER = timedelta(minutes=10)


def iso(moment: datetime) -> str:
    """In UTC, so stored times compare as text: a week that starts at Monday 00:00 in
    Beijing (+08:00) must not leave out the answers given before 08:00 that Monday."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class PollRecord:
    poll_id: str
    chat_id: int
    question: Question
    purpose: str


@dataclass(frozen=True)
class Standing:
    user_id: int
    name: str
    answered: int
    correct: int

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


def question_from_row(r: aiosqlite.Row) -> Question:
    return Question(
        id=r["id"],
        kind=r["kind"],
        article_key=r["article_key"],
        question=r["question"],
        options=tuple(json.loads(r["options"])),
        correct=r["correct"],
        explanation=r["explanation"],
        paragraph=r["paragraph"] if "paragraph" in r.keys() else 0,  # noqa: SIM118 (a Row, not a dict),
    )


class QuizRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def record_poll(
        self,
        question: Question,
        poll_id: str,
        chat_id: int,
        message_id: int,
        sent_at: datetime,
        purpose: str = "quiz",
    ) -> None:
        """Remember which question a poll asks, so answers count even after a restart."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT OR IGNORE INTO questions "
                "(id, kind, article_key, question, options, correct, explanation) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    question.id,
                    question.kind,
                    question.article_key,
                    question.question,
                    json.dumps(question.options, ensure_ascii=False),
                    question.correct,
                    question.explanation,
                ),
            )
            await conn.execute(
                "INSERT OR REPLACE INTO polls "
                "(poll_id, chat_id, message_id, question_id, purpose, sent_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (poll_id, chat_id, message_id, question.id, purpose, iso(sent_at)),
            )

    async def poll(self, poll_id: str) -> PollRecord | None:
        row = await self.db.fetchone(
            "SELECT p.poll_id, p.chat_id, p.purpose, q.* FROM polls p "
            "JOIN questions q ON q.id = p.question_id WHERE p.poll_id = ?",
            (poll_id,),
        )
        if row is None:
            return None
        return PollRecord(row["poll_id"], row["chat_id"], question_from_row(row), row["purpose"])

    async def question(self, question_id: str) -> Question | None:
        row = await self.db.fetchone("SELECT * FROM questions WHERE id = ?", (question_id,))
        return question_from_row(row) if row else None

    async def recent_questions(self, chat_id: int, since: datetime) -> set[str]:
        rows = await self.db.fetchall(
            "SELECT question_id FROM polls WHERE chat_id = ? AND sent_at >= ?",
            (chat_id, iso(since)),
        )
        return {r[0] for r in rows}

    async def record_answer(
        self, poll: PollRecord, user_id: int, name: str, option: int, at: datetime
    ) -> bool:
        """Store an answer (the first one counts; a retracted vote is ignored) and move the
        user's review schedule for the question. Returns whether it was correct."""
        correct = option == poll.question.correct
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "INSERT OR IGNORE INTO answers "
                "(poll_id, user_id, chat_id, question_id, option, correct, answered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (poll.poll_id, user_id, poll.chat_id, poll.question.id, option, correct, iso(at)),
            )
            await conn.execute(
                "INSERT INTO members (user_id, name) VALUES (?, ?) "
                "ON CONFLICT(user_id) DO UPDATE SET name = excluded.name",
                (user_id, name),
            )
            if cursor.rowcount:
                await self._reschedule(conn, user_id, poll.question.id, correct, at)
        return correct

    @staticmethod
    async def _reschedule(
        db: aiosqlite.Connection, user_id: int, question_id: str, correct: bool, at: datetime
    ) -> None:
        row = await (
            await db.execute(
                "SELECT step FROM reviews WHERE user_id = ? AND question_id = ?",
                (user_id, question_id),
            )
        ).fetchone()
        if not correct:
            # First miss: due at once. Missed again: back to the start, due in a few minutes.
            step, due = (0, at + RETRY_AFTER) if row else (0, at)
            await db.execute(
                "INSERT INTO reviews (user_id, question_id, step, due_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(user_id, question_id) DO UPDATE SET step = ?, due_at = ?",
                (user_id, question_id, step, iso(due), step, iso(due)),
            )
        elif row is not None:
            step = row[0] + 1
            if step > len(REVIEW_DAYS):
                await db.execute(
                    "DELETE FROM reviews WHERE user_id = ? AND question_id = ?",
                    (user_id, question_id),
                )
            else:
                due = at + timedelta(days=REVIEW_DAYS[step - 1])
                await db.execute(
                    "UPDATE reviews SET step = ?, due_at = ? "
                    "WHERE user_id = ? AND question_id = ?",
                    (step, iso(due), user_id, question_id),
                )

    async def due_reviews(self, user_id: int, now: datetime) -> list[Question]:
        rows = await self.db.fetchall(
            "SELECT q.* FROM reviews r JOIN questions q ON q.id = r.question_id "
            "WHERE r.user_id = ? AND r.due_at <= ? ORDER BY r.due_at, q.id",
            (user_id, iso(now)),
        )
        return [question_from_row(r) for r in rows]

    async def next_review_at(self, user_id: int) -> datetime | None:
        row = await self.db.fetchone(
            "SELECT MIN(due_at) FROM reviews WHERE user_id = ?", (user_id,)
        )
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    async def standings(
        self, chat_id: int, since: datetime | None, limit: int = 10
    ) -> list[Standing]:
        rows = await self.db.fetchall(
            "SELECT a.user_id, COALESCE(m.name, '') AS name, COUNT(*) AS answered, "
            "SUM(a.correct) AS correct FROM answers a "
            "LEFT JOIN members m ON m.user_id = a.user_id "
            "WHERE a.chat_id = ? AND a.answered_at >= ? GROUP BY a.user_id "
            "ORDER BY correct DESC, answered ASC, a.user_id LIMIT ?",
            (chat_id, iso(since) if since else "", limit),
        )
        return [Standing(r["user_id"], r["name"], r["answered"], r["correct"]) for r in rows]

    async def user_answers(self, user_id: int) -> list[tuple[str, bool]]:
        """(answered_at, correct) of every answer of a user, oldest first."""
        rows = await self.db.fetchall(
            "SELECT answered_at, correct FROM answers WHERE user_id = ? ORDER BY answered_at",
            (user_id,),
        )
        return [(r[0], bool(r[1])) for r in rows]

    async def open_period(self, chat_id: int) -> int | None:
        row = await self.db.fetchone(
            "SELECT quiz_open_period FROM chat_settings WHERE chat_id = ?", (chat_id,)
        )
        return row[0] if row else None

    async def set_open_period(self, chat_id: int, seconds: int | None) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO chat_settings (chat_id, quiz_open_period) VALUES (?, ?) "
                "ON CONFLICT(chat_id) DO UPDATE SET quiz_open_period = excluded.quiz_open_period",
                (chat_id, seconds),
            )

    async def most_missed(self, chat_id: int, since: datetime) -> tuple[str, int] | None:
        row = await self.db.fetchone(
            "SELECT question_id, SUM(1 - correct) AS missed FROM answers "
            "WHERE chat_id = ? AND answered_at >= ? GROUP BY question_id "
            "HAVING missed > 0 ORDER BY missed DESC, question_id LIMIT 1",
            (chat_id, iso(since)),
        )
        return (row[0], row[1]) if row else None
