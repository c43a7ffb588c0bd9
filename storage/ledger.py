"""The study ledger's records: readings, the members seen in each group, group titles, and the
queries behind /stats, the weekly chart, /export and /forgetme.

Every query of a group's records names the group (``chat_id = ?``): a group's records are
never read for another. Times are ISO-8601 UTC text (``storage.quizzes.iso``), so a period is a
range of text on the indexes ``answers_chat_ledger`` and ``readings_chat``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.core.display import heading
from bot.core.export import AnswerRow, ReadingRow
from storage.db import Database
from storage.quizzes import iso

Span = tuple[datetime, datetime]


@dataclass(frozen=True)
class MissedRow:
    question: str
    answer: str
    answered: int
    missed: int


@dataclass(frozen=True)
class _Titled:
    """What ``bot.core.display.heading`` names an article by (a report's chapter as a part
    of its report: 《党的二十大报告》第十五部分)."""

    kind: str
    title: str
    author: str
    section: str
    column: str
    source_column: str


@dataclass(frozen=True)
class Kept:
    """What is stored about one person."""

    answers: int
    readings: int
    chats: int
    named: bool

    @property
    def anything(self) -> bool:
        return bool(self.answers or self.readings or self.chats or self.named)


def _option(options: str, index: int) -> str:
    """The text of option ``index`` of a question's stored options."""
    values = json.loads(options)
    return str(values[index]) if 0 <= index < len(values) else ""


_SEEN = (
    "INSERT INTO chat_members (chat_id, user_id, first_seen, last_seen) VALUES (?, ?, ?, ?) "
    "ON CONFLICT(chat_id, user_id) DO UPDATE SET last_seen = excluded.last_seen, left_at = NULL"
)
_NAME = (
    "INSERT INTO members (user_id, name) VALUES (?, ?) "
    "ON CONFLICT(user_id) DO UPDATE SET name = excluded.name"
)


class LedgerRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- recording ----------------------------------------------------------------------
    async def record_reading(
        self,
        chat_id: int,
        in_chat: int,
        user_id: int,
        name: str,
        article_id: int,
        page: int,
        via: str,
        at: datetime,
    ) -> None:
        """A member opened (or paged to) ``page`` of an article in chat ``in_chat``; it counts
        for ``chat_id``."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO readings (chat_id, in_chat, user_id, article_id, page, via, read_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (chat_id, in_chat, user_id, article_id, page, via, iso(at)),
            )
            await conn.execute(_NAME, (user_id, name))
            if chat_id < 0:
                await conn.execute(_SEEN, (chat_id, user_id, iso(at), iso(at)))

    async def session_chat(
        self, user_id: int, in_chat: int, article_id: int, since: datetime
    ) -> int | None:
        """The chat the member's latest reading of this article in ``in_chat`` (since
        ``since``) counted for: paging on in a private chat continues a reading opened there
        from a group's link, and counts for the same group."""
        row = await self.db.fetchone(
            "SELECT chat_id FROM readings WHERE user_id = ? AND in_chat = ? AND article_id = ? "
            "AND read_at >= ? ORDER BY read_at DESC, id DESC LIMIT 1",
            (user_id, in_chat, article_id, iso(since)),
        )
        return int(row[0]) if row else None

    async def seen(
        self, chat_id: int, user_id: int, name: str, title: str | None, at: datetime
    ) -> None:
        """A member was seen in a group (a command, a button, a join)."""
        async with self.db.transaction() as conn:
            await conn.execute(_SEEN, (chat_id, user_id, iso(at), iso(at)))
            await conn.execute(_NAME, (user_id, name))
            if title is not None:
                await conn.execute(
                    "INSERT INTO chats (chat_id, title, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(chat_id) DO UPDATE SET title = excluded.title, "
                    "updated_at = excluded.updated_at",
                    (chat_id, title, iso(at)),
                )

    async def seen_answering(self, poll_id: str, user_id: int, at: datetime) -> None:
        """A member answered one of our polls: seen in the poll's group."""
        await self.db.write(
            "INSERT INTO chat_members (chat_id, user_id, first_seen, last_seen) "
            "SELECT chat_id, ?, ?, ? FROM polls WHERE poll_id = ? AND chat_id < 0 "
            "ON CONFLICT(chat_id, user_id) DO UPDATE SET last_seen = excluded.last_seen, "
            "left_at = NULL",
            (user_id, iso(at), iso(at), poll_id),
        )

    async def left(self, chat_id: int, user_id: int, at: datetime) -> None:
        await self.db.write(
            "UPDATE chat_members SET left_at = ? WHERE chat_id = ? AND user_id = ?",
            (iso(at), chat_id, user_id),
        )

    # -- a group over a period ----------------------------------------------------------
    async def member_answers(self, chat_id: int, span: Span) -> list[tuple[int, str, int, int]]:
        """(member, name, answers, right answers) of the period."""
        rows = await self.db.fetchall(
            "SELECT a.user_id, COALESCE(m.name, ''), a.answered, a.correct FROM ("
            " SELECT user_id, COUNT(*) AS answered, SUM(correct) AS correct FROM answers"
            " WHERE chat_id = ? AND answered_at >= ? AND answered_at < ? GROUP BY user_id"
            ") a LEFT JOIN members m ON m.user_id = a.user_id",
            (chat_id, iso(span[0]), iso(span[1])),
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    async def member_reads(self, chat_id: int, span: Span) -> list[tuple[int, str, int]]:
        """(member, name, distinct articles read) of the period."""
        rows = await self.db.fetchall(
            "SELECT r.user_id, COALESCE(m.name, ''), r.articles FROM ("
            " SELECT user_id, COUNT(DISTINCT article_id) AS articles FROM readings"
            " WHERE chat_id = ? AND read_at >= ? AND read_at < ? GROUP BY user_id"
            ") r LEFT JOIN members m ON m.user_id = r.user_id",
            (chat_id, iso(span[0]), iso(span[1])),
        )
        return [(r[0], r[1], r[2]) for r in rows]

    async def articles_read(self, chat_id: int, span: Span) -> int:
        row = await self.db.fetchone(
            "SELECT COUNT(DISTINCT article_id) FROM readings "
            "WHERE chat_id = ? AND read_at >= ? AND read_at < ?",
            (chat_id, iso(span[0]), iso(span[1])),
        )
        return int(row[0]) if row else 0

    async def most_missed(self, chat_id: int, span: Span, limit: int = 3) -> list[MissedRow]:
        """The questions missed most often in the period (ties: the most answered first)."""
        rows = await self.db.fetchall(
            "SELECT q.question, q.options, q.correct AS right_option, t.answered, t.missed FROM ("
            " SELECT question_id, COUNT(*) AS answered, SUM(1 - correct) AS missed FROM answers"
            " WHERE chat_id = ? AND answered_at >= ? AND answered_at < ? GROUP BY question_id"
            ") t JOIN questions q ON q.id = t.question_id WHERE t.missed > 0 "
            "ORDER BY t.missed DESC, t.answered DESC, q.id LIMIT ?",
            (chat_id, iso(span[0]), iso(span[1]), limit),
        )
        return [
            MissedRow(r[0], _option(r[1], r["right_option"]), r["answered"], r["missed"])
            for r in rows
        ]

    async def known_members(self, chat_id: int) -> dict[int, str]:
        """The members the bot has seen in the group and not seen leave, with their names."""
        rows = await self.db.fetchall(
            "SELECT c.user_id, COALESCE(m.name, '') FROM chat_members c "
            "LEFT JOIN members m ON m.user_id = c.user_id "
            "WHERE c.chat_id = ? AND c.left_at IS NULL",
            (chat_id,),
        )
        return {r[0]: r[1] for r in rows}

    async def week_tallies(
        self, chat_id: int, weeks: Sequence[Span]
    ) -> dict[int, tuple[int, int, int]]:
        """Per week (by index): members who took part, answers, right answers."""
        if not weeks:
            return {}
        values = ", ".join("(?, ?, ?)" for _ in weeks)
        bounds: list[object] = []
        for index, (start, end) in enumerate(weeks):
            bounds += [index, iso(start), iso(end)]
        rows = await self.db.fetchall(
            f"WITH weeks(w, lo, hi) AS (VALUES {values}), acts AS ("
            " SELECT w, a.user_id, 1 AS answered, a.correct FROM weeks"
            " JOIN answers a ON a.chat_id = ? AND a.answered_at >= lo AND a.answered_at < hi"
            " UNION ALL"
            " SELECT w, r.user_id, 0, 0 FROM weeks"
            " JOIN readings r ON r.chat_id = ? AND r.read_at >= lo AND r.read_at < hi"
            ") SELECT w, COUNT(DISTINCT user_id), SUM(answered), SUM(correct) FROM acts"
            " GROUP BY w",
            (*bounds, chat_id, chat_id),
        )
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    # -- rows for the export ------------------------------------------------------------
    async def answers_between(self, chat_id: int, span: Span) -> list[AnswerRow]:
        """Every answer of the period, oldest first. Each question's texts and each name
        are one string shared by all rows (a month of a large group is ~15,000 rows)."""
        lo, hi = iso(span[0]), iso(span[1])
        questions = {
            r[0]: (r[1], tuple(str(o) for o in json.loads(r[2])), r[3])
            for r in await self.db.fetchall(
                "SELECT id, question, options, correct FROM questions WHERE id IN ("
                " SELECT DISTINCT question_id FROM answers"
                " WHERE chat_id = ? AND answered_at >= ? AND answered_at < ?)",
                (chat_id, lo, hi),
            )
        }
        purposes = {
            r[0]: r[1]
            for r in await self.db.fetchall(
                "SELECT poll_id, purpose FROM polls WHERE poll_id IN ("
                " SELECT DISTINCT poll_id FROM answers"
                " WHERE chat_id = ? AND answered_at >= ? AND answered_at < ?)",
                (chat_id, lo, hi),
            )
        }
        names = await self._names(
            "SELECT DISTINCT user_id FROM answers "
            "WHERE chat_id = ? AND answered_at >= ? AND answered_at < ?",
            (chat_id, lo, hi),
        )
        rows = await self.db.fetchall(
            "SELECT answered_at, user_id, question_id, option, correct, poll_id FROM answers "
            "WHERE chat_id = ? AND answered_at >= ? AND answered_at < ? "
            "ORDER BY answered_at, user_id",
            (chat_id, lo, hi),
        )
        out = []
        for at, user_id, question_id, option, correct, poll_id in rows:
            text, options, right = questions.get(question_id, ("", (), -1))
            out.append(
                AnswerRow(
                    at=datetime.fromisoformat(at),
                    name=names.get(user_id, ""),
                    user_id=user_id,
                    question=text,
                    chosen=options[option] if 0 <= option < len(options) else "",
                    answer=options[right] if 0 <= right < len(options) else "",
                    correct=bool(correct),
                    purpose=purposes.get(poll_id, "quiz"),
                )
            )
        return out

    async def readings_between(self, chat_id: int, span: Span) -> list[ReadingRow]:
        """Every reading of the period, oldest first (titles and names shared, as above)."""
        lo, hi = iso(span[0]), iso(span[1])
        titles = {
            r["id"]: heading(_Titled(*r[1:])).name()
            for r in await self.db.fetchall(
                "SELECT a.id, s.kind, a.title, a.author, a.section, a.column_name, "
                "s.column_name FROM articles a JOIN sources s ON s.id = a.source_id "
                "WHERE a.id IN (SELECT DISTINCT article_id FROM readings"
                " WHERE chat_id = ? AND read_at >= ? AND read_at < ?)",
                (chat_id, lo, hi),
            )
        }
        names = await self._names(
            "SELECT DISTINCT user_id FROM readings "
            "WHERE chat_id = ? AND read_at >= ? AND read_at < ?",
            (chat_id, lo, hi),
        )
        rows = await self.db.fetchall(
            "SELECT read_at, user_id, article_id, page, via FROM readings "
            "WHERE chat_id = ? AND read_at >= ? AND read_at < ? ORDER BY read_at, id",
            (chat_id, lo, hi),
        )
        return [
            ReadingRow(
                datetime.fromisoformat(at),
                names.get(user_id, ""),
                user_id,
                article_id,
                titles.get(article_id, ""),
                page,
                via,
            )
            for at, user_id, article_id, page, via in rows
        ]

    async def _names(self, members: str, params: tuple[object, ...]) -> dict[int, str]:
        rows = await self.db.fetchall(
            f"SELECT user_id, name FROM members WHERE user_id IN ({members})", params
        )
        return {r[0]: r[1] for r in rows}

    # -- groups -------------------------------------------------------------------------
    async def title(self, chat_id: int) -> str:
        row = await self.db.fetchone("SELECT title FROM chats WHERE chat_id = ?", (chat_id,))
        return str(row[0]) if row and row[0] else ""

    async def groups_of(self, user_id: int, limit: int = 20) -> list[tuple[int, str]]:
        """Groups where the member was seen and that have records, most recent first: the
        candidates for a private /stats or /export (whether they administer them is
        Telegram's to say)."""
        rows = await self.db.fetchall(
            "SELECT c.chat_id, COALESCE(t.title, '') FROM chat_members c "
            "LEFT JOIN chats t ON t.chat_id = c.chat_id "
            "WHERE c.user_id = ? AND c.chat_id < 0 AND c.left_at IS NULL AND ("
            " EXISTS (SELECT 1 FROM answers a WHERE a.chat_id = c.chat_id)"
            " OR EXISTS (SELECT 1 FROM readings r WHERE r.chat_id = c.chat_id)) "
            "ORDER BY c.last_seen DESC LIMIT ?",
            (user_id, limit),
        )
        return [(r[0], r[1]) for r in rows]

    # -- privacy ------------------------------------------------------------------------
    async def kept(self, user_id: int) -> Kept:
        row = await self.db.fetchone(
            "SELECT (SELECT COUNT(*) FROM answers WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM readings WHERE user_id = ?),"
            " (SELECT COUNT(*) FROM (SELECT chat_id FROM chat_members WHERE user_id = ?"
            "  UNION SELECT chat_id FROM answers WHERE user_id = ? AND chat_id < 0"
            "  UNION SELECT chat_id FROM readings WHERE user_id = ? AND chat_id < 0)),"
            " (SELECT COUNT(*) FROM members WHERE user_id = ?)",
            (user_id,) * 6,
        )
        assert row is not None
        return Kept(row[0], row[1], row[2], bool(row[3]))

    async def forget(self, user_id: int) -> Kept:
        """Delete everything kept about a person, everywhere, in one transaction; returns
        what there was."""
        before = await self.kept(user_id)
        async with self.db.transaction() as conn:
            for table in ("answers", "readings", "reviews", "chat_members", "contest_answers"):
                await conn.execute(f"DELETE FROM {table} WHERE user_id = ?", (user_id,))
            await conn.execute("DELETE FROM members WHERE user_id = ?", (user_id,))
        return before
