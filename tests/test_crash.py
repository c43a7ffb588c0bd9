"""The database survives kill -9 at any point: a writer is killed in a loop, then the file is
checked for integrity and for every row the writer saw committed."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # subprocesses: skipped by ./dev test -m "not slow"

WRITER = textwrap.dedent(
    """
    import asyncio, sys
    from datetime import time
    from storage.db import Database
    from storage.subscriptions import SubscriptionRepository

    async def main(path, start):
        db = await Database.open(path)
        try:  # an error must end the process, not leave aiosqlite's thread keeping it alive
            subs = SubscriptionRepository(db)
            i = start
            while True:
                await subs.subscribe(-i, None, time(8, i % 60), "Asia/Shanghai")
                async with db.transaction() as conn:
                    # OR REPLACE: the last row may have been committed by a writer killed
                    # before it could print its number, and is written again
                    await conn.execute(
                        "INSERT OR REPLACE INTO members (user_id, name) VALUES (?, ?)",
                        (i, "成员" * 50),
                    )
                print(i, flush=True)
                i += 1
        finally:
            await db.close()

    asyncio.run(main(sys.argv[1], int(sys.argv[2])))
    """
)


def test_a_writer_killed_at_random_points_loses_nothing_committed(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    rng = random.Random(7)
    committed: list[int] = []
    start = 1
    for _ in range(6):
        process = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(start)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        stop_after = rng.randint(5, 120)
        for line in process.stdout:
            committed.append(int(line))
            if len(committed) >= stop_after + (start - 1):
                break
        process.kill()  # SIGKILL, possibly in the middle of a transaction
        process.wait()
        process.stdout.close()
        start = committed[-1] + 1 if committed else start
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        members = {r[0] for r in conn.execute("SELECT user_id FROM members")}
        chats = {-r[0] for r in conn.execute("SELECT chat_id FROM subscriptions")}
    assert set(committed) <= members
    assert set(committed) <= chats
    assert len(committed) >= 6
