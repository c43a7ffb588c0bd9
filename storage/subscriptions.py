"""Subscriptions: which chats get the daily push, when and in which zone, and moving a chat's
records when a group becomes a supergroup. The delivery ledger is in ``storage/deliveries.py``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

import aiosqlite

from storage.db import Database


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    thread_id: int | None
    at: time
    tz: str
    status: str
    reason: str
    weekly: bool

    @property
    def active(self) -> bool:
        return self.status == "active"


def _subscription(r: aiosqlite.Row) -> Subscription:
    return Subscription(
        chat_id=r["chat_id"],
        thread_id=r["thread_id"],
        at=time.fromisoformat(r["at"]),
        tz=r["tz"],
        status=r["status"],
        reason=r["reason"],
        weekly=bool(r["weekly"]),
    )


# Every table that is keyed by a chat, for group → supergroup migrations.
CHAT_TABLES = (
    "subscriptions",
    "deliveries",
    "weekly_reports",
    "polls",
    "answers",
    "chat_settings",
    "readings",
    "chat_members",
    "chats",
    "contests",
)


class SubscriptionRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, chat_id: int) -> Subscription | None:
        row = await self.db.fetchone("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,))
        return _subscription(row) if row else None

    async def subscribe(
        self, chat_id: int, thread_id: int | None, at: time, tz: str
    ) -> Subscription:
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO subscriptions (chat_id, thread_id, at, tz, status, reason) "
                "VALUES (?, ?, ?, ?, 'active', '') ON CONFLICT(chat_id) DO UPDATE SET "
                "thread_id = excluded.thread_id, at = excluded.at, tz = excluded.tz, "
                "status = 'active', reason = '', updated_at = CURRENT_TIMESTAMP",
                (chat_id, thread_id, at.strftime("%H:%M"), tz),
            )
        subscription = await self.get(chat_id)
        assert subscription is not None
        return subscription

    async def update(self, chat_id: int, **fields: object) -> Subscription | None:
        allowed = {"at", "tz", "status", "reason", "weekly", "thread_id"}
        assert set(fields) <= allowed, fields
        values = [v.strftime("%H:%M") if isinstance(v, time) else v for v in fields.values()]
        assignments = ", ".join(f"{name} = ?" for name in fields)
        async with self.db.transaction() as conn:
            await conn.execute(
                f"UPDATE subscriptions SET {assignments}, updated_at = CURRENT_TIMESTAMP "
                "WHERE chat_id = ?",
                (*values, chat_id),
            )
        return await self.get(chat_id)

    async def active(self) -> list[Subscription]:
        rows = await self.db.fetchall(
            "SELECT * FROM subscriptions WHERE status = 'active' ORDER BY chat_id"
        )
        return [_subscription(r) for r in rows]

    async def slots(self) -> list[tuple[str, str]]:
        """The distinct (HH:MM, zone) of the active subscriptions: one daily job each."""
        rows = await self.db.fetchall(
            "SELECT DISTINCT at, tz FROM subscriptions WHERE status = 'active' ORDER BY tz, at"
        )
        return [(r[0], r[1]) for r in rows]

    async def in_slot(self, at: str, tz: str) -> list[int]:
        """The active chats subscribed at ``at`` (HH:MM) in zone ``tz``."""
        rows = await self.db.fetchall(
            "SELECT chat_id FROM subscriptions WHERE status = 'active' AND tz = ? AND at = ? "
            "ORDER BY chat_id",
            (tz, at),
        )
        return [r[0] for r in rows]

    async def weekly_zones(self) -> list[str]:
        rows = await self.db.fetchall(
            "SELECT DISTINCT tz FROM subscriptions "
            "WHERE status = 'active' AND weekly = 1 AND chat_id < 0 ORDER BY tz"
        )
        return [r[0] for r in rows]

    async def weekly_chats(self, tz: str) -> list[int]:
        """The active groups in zone ``tz`` that want the Sunday report."""
        rows = await self.db.fetchall(
            "SELECT chat_id FROM subscriptions "
            "WHERE status = 'active' AND weekly = 1 AND chat_id < 0 AND tz = ? ORDER BY chat_id",
            (tz,),
        )
        return [r[0] for r in rows]

    async def migrate_chat(self, old: int, new: int) -> None:
        """Move everything a chat has (subscription, history, scores, settings) to its new id."""
        async with self.db.transaction() as conn:
            for table in CHAT_TABLES:
                await conn.execute(
                    f"UPDATE OR REPLACE {table} SET chat_id = ? WHERE chat_id = ?", (new, old)
                )
            await conn.execute("UPDATE readings SET in_chat = ? WHERE in_chat = ?", (new, old))
