"""The study ledger at scale: /stats (with its chart) and /export for a group of 500 members
with a year of daily answers (~180,000 rows), and the memory of the running bot.

    python -m benchmarks.bench_ledger [--sizes 500x365 ...] [--runs 15]

Each size is MEMBERSxDAYS: every day one daily quiz, answered by ~98.6 % of the members
(500 x 365 → ~180,000 answers), and each member reads an article on ~20 % of the days. The
database is built by a child process (so its lists never count against the bot's memory);
this process is then the running bot: ``build_application`` with the recording transport,
updates through ``Application.process_update``, timed from the update to the last reply.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from telegram import Update

from benchmarks.common import ROOT, median, record
from bot.app import build_application, offline
from bot.config import Settings
from bot.core.throttle import UserLimiter
from bot.offline import OfflineBotApi
from storage.quizzes import iso

GROUP = -1001000000001
ADMIN = 999_999_999  # not one of the numbered members
SHANGHAI = ZoneInfo("Asia/Shanghai")
ANSWER_RATE = 0.986
READ_RATE = 0.2
ABSENT = 20  # members the bot has seen who never take part


def settings(folder: Path) -> Settings:
    return Settings(db_path=folder / "ledger.db", seeds_dir=ROOT / "seeds")


async def build(folder: Path, members: int, days: int) -> int:
    """Pages, question bank and a group's records for ``days`` up to now; returns rows."""
    app = build_application(settings(folder), request=OfflineBotApi())
    async with offline(app):
        db = app.bot_data.db
        assert db is not None
        bank = await db.fetchall(
            "SELECT id, kind, article_key, question, options, correct, explanation FROM bank"
        )
        articles = [r[0] for r in await db.fetchall("SELECT id FROM articles")]
        rng = random.Random(14)
        skill = [rng.uniform(0.5, 0.95) for _ in range(members + ABSENT)]
        today = datetime.now(SHANGHAI).replace(hour=8, minute=0, second=0, microsecond=0)
        polls, answers, readings = [], [], []
        for day in range(days):
            sent = today - timedelta(days=days - 1 - day)
            question = bank[day % len(bank)]
            poll_id = f"bench-{day}"
            polls.append((poll_id, GROUP, day + 1, question[0], "daily", iso(sent)))
            for member in range(1, members + 1):
                if rng.random() < ANSWER_RATE:
                    at = sent + timedelta(minutes=rng.randrange(1, 600))
                    right = rng.random() < skill[member]
                    option = question[5] if right else (question[5] + 1) % 4
                    answers.append((poll_id, member, GROUP, question[0], option, right, iso(at)))
                if rng.random() < READ_RATE:
                    at = sent + timedelta(minutes=rng.randrange(1, 900))
                    article = rng.choice(articles)
                    readings.append((GROUP, GROUP, member, article, 1, "link", iso(at)))
        first = iso(today - timedelta(days=days))
        async with db.transaction() as conn:
            await conn.executemany(
                "INSERT OR IGNORE INTO questions (id, kind, article_key, question, options, "
                "correct, explanation) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [tuple(q) for q in bank],
            )
            await conn.executemany(
                "INSERT INTO polls (poll_id, chat_id, message_id, question_id, purpose, sent_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                polls,
            )
            await conn.executemany(
                "INSERT INTO answers (poll_id, user_id, chat_id, question_id, option, correct, "
                "answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                answers,
            )
            await conn.executemany(
                "INSERT INTO readings (chat_id, in_chat, user_id, article_id, page, via, read_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                readings,
            )
            people = range(1, members + ABSENT + 1)
            await conn.executemany(
                "INSERT INTO members (user_id, name) VALUES (?, ?)",
                [(m, f"成员{m:04d}") for m in people],
            )
            await conn.executemany(
                "INSERT INTO chat_members (chat_id, user_id, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?)",
                [(GROUP, m, first, first) for m in [*people, ADMIN]],
            )
            await conn.execute(
                "INSERT INTO chats (chat_id, title, updated_at) VALUES (?, '理论学习小组', ?)",
                (GROUP, first),
            )
        await db.conn.execute("ANALYZE")
        return len(answers) + len(readings)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def command(bot: object, text: str, n: int) -> Update:
    data = {
        "update_id": n,
        "message": {
            "message_id": n,
            "date": int(time.time()),
            "text": text,
            "chat": {"id": GROUP, "type": "supergroup", "title": "理论学习小组"},
            "from": {"id": ADMIN, "is_bot": False, "first_name": "书记"},
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        },
    }
    return Update.de_json(data, bot)  # type: ignore[arg-type]


async def timed(
    app: object, api: OfflineBotApi, text: str, runs: int, start: int
) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds (all the process's threads) of each update."""
    wall, cpu = [], []
    for n in range(runs):
        api.calls.clear()
        update = command(app.bot, text, start + n)  # type: ignore[attr-defined]
        began, began_cpu = time.perf_counter(), time.process_time()
        await app.process_update(update)  # type: ignore[attr-defined]
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    return wall, cpu


async def measure(folder: Path, runs: int) -> dict[str, float]:
    api = OfflineBotApi(admins={GROUP: {ADMIN}}, member_counts={GROUP: 560})
    app = build_application(settings(folder), request=api)
    async with offline(app):
        app.bot_data.limiter = UserLimiter(burst=10**9)  # one admin, many commands in a row
        resident_start = rss_mb()
        first, _ = await timed(app, api, "/stats 本月", 1, 1)  # pays the matplotlib import
        assert any(c.method == "sendPhoto" for c in api.calls), "no chart was sent"
        week, week_cpu = await timed(app, api, "/stats", runs, 100)
        month, month_cpu = await timed(app, api, "/stats 本月", runs, 200)
        export, export_cpu = await timed(app, api, "/export", max(3, runs // 3), 300)
        [album] = [c for c in api.calls if c.method == "sendMediaGroup"]
        size = sum(len(data) for _, data in album.files.values())
        resident_end = rss_mb()
    return {
        "first": first[0],
        "week": median(week),
        "week_cpu": median(week_cpu),
        "month": median(month),
        "month_cpu": median(month_cpu),
        "export": median(export),
        "export_cpu": median(export_cpu),
        "export_mb": size / 1e6,
        "rss_start": resident_start,
        "rss_end": resident_end,
        "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=["100x365", "500x90", "500x365", "1000x365"])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--build", nargs=3, metavar=("FOLDER", "MEMBERS", "DAYS"), help=argparse.SUPPRESS
    )
    parser.add_argument("--measure", metavar="FOLDER", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        folder, members, days = args.build
        print(asyncio.run(build(Path(folder), int(members), int(days))))
        return
    if args.measure:
        print(asyncio.run(measure(Path(args.measure), args.runs)))
        return
    load = os.getloadavg()[0]
    rows = [
        "| members × days | rows (answers + readings) | /stats this week | /stats this month "
        "| /export (a month) | workbook + CSV | first /stats (imports matplotlib) "
        "| RSS after start | RSS after the runs | peak RSS |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size in args.sizes:
        members, days = (int(x) for x in size.split("x"))
        with tempfile.TemporaryDirectory() as tmp:
            built = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.bench_ledger",
                    "--build",
                    tmp,
                    str(members),
                    str(days),
                ],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            count = int(built.stdout.strip().splitlines()[-1])
            # A fresh process is the running bot, as after a restart: nothing else in memory.
            measured = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.bench_ledger",
                    "--measure",
                    tmp,
                    "--runs",
                    str(args.runs),
                ],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            m = eval(measured.stdout.strip().splitlines()[-1])
        rows.append(
            f"| {members} × {days} | {count:,} | {m['week']:.0f} ms ({m['week_cpu']:.0f}) "
            f"| {m['month']:.0f} ms ({m['month_cpu']:.0f}) "
            f"| {m['export']:.0f} ms ({m['export_cpu']:.0f}) "
            f"| {m['export_mb']:.1f} MB | {m['first']:.0f} ms "
            f"| {m['rss_start']:.0f} MB | {m['rss_end']:.0f} MB | {m['peak']:.0f} MB |"
        )
        print(rows[-1], flush=True)
    rows += [
        "",
        f"Medians of {args.runs} `/stats` updates and of {max(3, args.runs // 3)} `/export` "
        "updates, wall clock (in brackets: CPU time of the bot's process, all threads), each "
        "timed from `Application.process_update` to the last reply recorded by "
        "the `OfflineBotApi` transport: the report, the chart rendered (matplotlib, Agg) and "
        "sent as a photo, the admin's private list of who did not take part; for /export the "
        "workbook (three sheets) and three CSV files built and sent as one album. The first "
        "`/stats` after start is shown apart: it imports matplotlib (in a worker thread). Each "
        "size is measured in a fresh process holding only the bot (the database is built by "
        "another), after the pages and the question bank are loaded: its RSS is the running "
        f"bot's. The machine's load average (1 min) at the start of the run: {load:.2f} on "
        "2 cores: other work shared them, and a wall time above the CPU time is time spent "
        "waiting for a core.",
    ]
    record(
        "Ledger: /stats and /export",
        f"python -m benchmarks.bench_ledger --sizes {' '.join(args.sizes)} --runs {args.runs}",
        rows,
    )


if __name__ == "__main__":
    main()
