"""The question bank: the questions generated from the active articles, one source (page file)
at a time, kept between starts."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Iterable, Sequence

import aiosqlite

from bot.core.quiz import ABOUT_A_NAME, PER_ANSWER, SHARED_OPTIONS, TERM_KINDS, Question
from storage.db import Database
from storage.quizzes import question_from_row

_COLUMNS = "id, kind, article_key, question, options, correct, explanation, paragraph"
# A question as its quotation in another article asks it: the quoting article and paragraph.
_QUOTED_COLUMNS = (
    "b.id, b.kind, q.article_key, b.question, b.options, b.correct, b.explanation, q.paragraph"
)
# The questions a quotation points to: those asked on the clause it quotes.
_QUOTED_JOIN = (
    "bank_quotes q JOIN bank_keys k ON k.clause = q.clause JOIN bank b ON b.id = k.question_id"
)
_QUOTE = (
    "INSERT OR IGNORE INTO bank_quotes (clause, article_key, paragraph, source) "
    "VALUES (?, ?, ?, ?)"
)


def _canonical(options: Iterable[str]) -> str:
    """Options as the ``distractors`` column stores them: sorted, joined."""
    return "\x1f".join(sorted(options))


def _distractors(q: Question) -> str:
    """The distractors of a question, in a canonical order ("" for a 判断)."""
    if q.kind == "judge":
        return ""
    return _canonical(o for i, o in enumerate(q.options) if i != q.correct)


class BankRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def made_from(self) -> dict[str, tuple[str, str]]:
        """For each source in the bank: (the page's sha256, the generator's fingerprint)."""
        rows = await self.db.fetchall("SELECT source, sha256, generator FROM bank_sources")
        return {r[0]: (r[1], r[2]) for r in rows}

    async def fingerprint(self) -> str:
        """A digest of what the whole bank was made from (changes whenever a source's
        questions are generated again)."""
        digest = hashlib.sha256()
        for source, (sha256, generator) in sorted((await self.made_from()).items()):
            digest.update(f"{source}\t{sha256}\t{generator}\n".encode())
        return digest.hexdigest()

    async def rejections(self) -> dict[str, int]:
        total: dict[str, int] = {}
        for row in await self.db.fetchall("SELECT rejections FROM bank_sources"):
            for reason, count in json.loads(row[0]).items():
                total[reason] = total.get(reason, 0) + int(count)
        return total

    async def replace_source(
        self,
        source: str,
        sha256: str,
        generator: str,
        questions: Sequence[Question],
        rejections: dict[str, int],
    ) -> int:
        """Swap in one source's newly generated questions in one transaction (until it
        commits, the old ones go on serving). The bank asks about a sentence once wherever it
        is printed: a question whose sentence another source already asks about is not added,
        unless that source only quotes it (an article quoting the report) and this one is the
        original, which then replaces the quotation. An answer is asked at most twice in the
        bank, never twice with the same distractors; a stem already in the bank is not added
        again. Where a quotation is not asked (or no longer), the question on its original
        records where it is quoted (``bank_quotes``). Returns how many were stored."""
        async with self.db.transaction() as conn:
            for table in ("bank", "bank_keys", "bank_quotes"):
                await conn.execute(f"DELETE FROM {table} WHERE source = ?", (source,))
            row = await (
                await conn.execute("SELECT coalesce(max(position), -1) FROM bank")
            ).fetchone()
            position = int(row[0]) + 1 if row else 0
            stored = 0
            for q in questions:
                if not await self._admissible(conn, q, source):
                    continue
                others = _distractors(q)
                before = conn.total_changes
                await conn.execute(
                    f"INSERT OR IGNORE INTO bank (position, source, {_COLUMNS}, answer, "
                    "distractors, quoted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        position,
                        source,
                        q.id,
                        q.kind,
                        q.article_key,
                        q.question,
                        json.dumps(q.options, ensure_ascii=False),
                        q.correct,
                        q.explanation,
                        q.paragraph,
                        q.answer if q.kind != "judge" else "",
                        others,
                        int(q.quoted),
                    ),
                )
                if conn.total_changes == before:
                    continue
                position += 1
                stored += 1
                await conn.executemany(
                    "INSERT OR IGNORE INTO bank_keys (clause, question_id, source) "
                    "VALUES (?, ?, ?)",
                    [(key, q.id, source) for key in q.keys],
                )
            await self._orphans_again(conn)
            await conn.execute(
                "INSERT INTO bank_sources (source, sha256, generator, questions, rejections) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(source) DO UPDATE SET "
                "sha256 = excluded.sha256, generator = excluded.generator, "
                "questions = excluded.questions, rejections = excluded.rejections, "
                "generated_at = CURRENT_TIMESTAMP",
                (source, sha256, generator, stored, json.dumps(rejections, ensure_ascii=False)),
            )
        return stored

    @staticmethod
    async def _admissible(conn: aiosqlite.Connection, q: Question, source: str) -> bool:
        """The bank's rules for one more question (``bot.core.quiz.unique_across`` applies
        the same to a list); removes the quotations an original replaces. A quotation not
        asked, or replaced, is recorded by the clauses it shares with the question asked."""
        clashes: list[tuple[str, aiosqlite.Row]] = []
        for key in q.keys:
            clashes += [
                (key, row)
                for row in await conn.execute_fetchall(
                    "SELECT b.id, b.quoted, b.article_key, b.paragraph, b.source FROM bank_keys k "
                    "JOIN bank b ON b.id = k.question_id WHERE k.clause = ?",
                    (key,),
                )
            ]
        if clashes and (q.quoted or not all(r[1] for _, r in clashes)):
            if q.quoted or q.kind in ABOUT_A_NAME:
                await conn.executemany(
                    _QUOTE, [(key, q.article_key, q.paragraph, source) for key, _ in clashes]
                )
            return False
        gone = {r[0]: r for _, r in clashes}
        taken = await conn.execute_fetchall(
            "SELECT id FROM bank WHERE id = ? OR question = ?", (q.id, q.question)
        )
        if any(r[0] not in gone for r in taken):
            return False  # the same stem is in the bank already: nothing changes
        if q.kind in TERM_KINDS and await BankRepository._crowded(conn, q, set(gone)):
            return False
        for question_id, row in gone.items():
            # The quotation it replaces is quoted by the clauses both share.
            await conn.executemany(
                _QUOTE,
                [(key, row[2], row[3], row[4]) for key, r in clashes if r[0] == question_id],
            )
            await conn.execute("DELETE FROM bank WHERE id = ?", (question_id,))
            await conn.execute("DELETE FROM bank_keys WHERE question_id = ?", (question_id,))
        return True

    @staticmethod
    async def _orphans_again(conn: aiosqlite.Connection) -> None:
        """Quotations whose clause no question asks any more (its original's source was
        dropped, or generated again without it): their pages are generated again (their
        ``sha256`` is cleared, so the next plan takes them), which asks the sentence there."""
        orphaned = "NOT EXISTS (SELECT 1 FROM bank_keys k WHERE k.clause = bank_quotes.clause)"
        await conn.execute(
            "UPDATE bank_sources SET sha256 = '' WHERE source IN "
            f"(SELECT source FROM bank_quotes WHERE {orphaned})"
        )
        await conn.execute(f"DELETE FROM bank_quotes WHERE {orphaned}")

    @staticmethod
    async def _crowded(conn: aiosqlite.Connection, q: Question, gone: set[str]) -> bool:
        """The bank asks about q's answer already (``PER_ANSWER``), or a term question there
        offers more than ``SHARED_OPTIONS`` of q's options: its answer is one of them, or all
        its distractors are (both found by index)."""
        kinds = ",".join(f"'{k}'" for k in sorted(TERM_KINDS))
        triples = [_canonical(t) for t in itertools.combinations(q.options, 3)]
        rows = await conn.execute_fetchall(
            f"SELECT id, answer, options FROM bank WHERE kind IN ({kinds}) AND ("
            f"answer IN ({','.join('?' * len(q.options))}) "
            f"OR distractors IN ({','.join('?' * len(triples))}))",
            (*q.options, *triples),
        )
        kept = [r for r in rows if r[0] not in gone]
        mine = set(q.options)
        return sum(1 for r in kept if r[1] == q.answer) >= PER_ANSWER or any(
            len(mine & set(json.loads(r[2]))) > SHARED_OPTIONS for r in kept
        )

    async def drop_sources(self, sources: Sequence[str]) -> None:
        """Remove the questions of sources that are no longer active."""
        async with self.db.transaction() as conn:
            for source in sources:
                for table in ("bank", "bank_keys", "bank_quotes", "bank_sources"):
                    await conn.execute(f"DELETE FROM {table} WHERE source = ?", (source,))
            await self._orphans_again(conn)

    async def drop_article(self, article_key: str) -> int:
        """Take an article's questions out at once (it was removed); positions may have gaps.
        Returns how many questions were dropped."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute("DELETE FROM bank WHERE article_key = ?", (article_key,))
            await conn.execute(
                "DELETE FROM bank_keys WHERE question_id NOT IN (SELECT id FROM bank)"
            )
            await conn.execute("DELETE FROM bank_quotes WHERE article_key = ?", (article_key,))
            await self._orphans_again(conn)
            return cursor.rowcount

    async def drop_retired(self) -> int:
        """Take out the questions of articles taken out (/remove retires the article, then
        drops its questions: a crash between the two leaves them, and this, at start, takes
        them out). Returns how many were dropped."""
        rows = await self.db.fetchall(
            "SELECT DISTINCT b.article_key FROM bank b JOIN articles a ON a.key = b.article_key "
            "WHERE a.retired = 1 AND NOT EXISTS "
            "(SELECT 1 FROM articles o WHERE o.key = b.article_key AND o.retired = 0)"
        )
        return sum([await self.drop_article(r[0]) for r in rows])

    async def count(self) -> int:
        row = await self.db.fetchone("SELECT count(*) FROM bank")
        return int(row[0]) if row else 0

    async def span(self) -> int:
        """One past the highest position (positions have gaps once sources are replaced)."""
        row = await self.db.fetchone("SELECT coalesce(max(position), -1) + 1 FROM bank")
        return int(row[0]) if row else 0

    async def get(self, question_id: str) -> Question | None:
        row = await self.db.fetchone(f"SELECT {_COLUMNS} FROM bank WHERE id = ?", (question_id,))
        return question_from_row(row) if row else None

    async def of_article(self, article_key: str) -> list[Question]:
        """The questions on an article's sentences: its own, then those on the sentences it
        quotes (党的二十大报告指出，…), once for each paragraph quoting them."""
        rows = await self.db.fetchall(
            f"SELECT {_COLUMNS}, position, 0 FROM bank WHERE article_key = ? UNION "
            f"SELECT {_QUOTED_COLUMNS}, b.position, 1 FROM {_QUOTED_JOIN} "
            "WHERE q.article_key = ? ORDER BY 10, 9, 8",
            (article_key, article_key),
        )
        return [question_from_row(r) for r in rows]

    async def quoted_at(self, question_id: str, article_key: str) -> list[int]:
        """The paragraphs of an article that quote what a question asks (none for its own)."""
        rows = await self.db.fetchall(
            f"SELECT DISTINCT q.paragraph FROM {_QUOTED_JOIN} "
            "WHERE b.id = ? AND q.article_key = ? ORDER BY 1",
            (question_id, article_key),
        )
        return [int(r[0]) for r in rows]

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

    async def by_paragraph(self) -> dict[tuple[int, int], list[tuple[str, str]]]:
        """(article id, paragraph) → the (question id, kind) of the questions about it."""
        rows = await self.db.fetchall(
            "SELECT a.id, b.paragraph, b.id, b.kind, b.position FROM bank b "
            "JOIN articles a ON a.key = b.article_key UNION ALL "
            f"SELECT a.id, q.paragraph, b.id, b.kind, b.position FROM {_QUOTED_JOIN} "
            "JOIN articles a ON a.key = q.article_key ORDER BY 5"
        )
        out: dict[tuple[int, int], list[tuple[str, str]]] = {}
        for article_id, paragraph, question_id, kind, _ in rows:
            out.setdefault((int(article_id), int(paragraph)), []).append((question_id, kind))
        return out

    async def version(self) -> tuple[int, int, int]:
        """Changes whenever questions or quotations are added or dropped (their counts and
        the last position)."""
        row = await self.db.fetchone(
            "SELECT count(*), coalesce(max(position), -1), "
            "(SELECT count(*) FROM bank_quotes) FROM bank"
        )
        return (int(row[0]), int(row[1]), int(row[2])) if row else (0, -1, 0)

    async def article_keys(self) -> set[str]:
        return {r[0] for r in await self.db.fetchall("SELECT DISTINCT article_key FROM bank")}
