"""The daily push: planning 10,000 subscriptions at start (settle, schedule, decide who is due);
messages per second against the fake Bot API server with Telegram's limits enforced; and the
pipeline's own ceiling, with the server's limits off and the bot set for paid broadcasts.

    python -m benchmarks.bench_push [--subscriptions 10000] [--groups 300] [--ceiling 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from telegram.ext import ApplicationBuilder

from benchmarks.common import ROOT, record
from bot.app import build_application, offline, telegram_limits
from bot.config import Settings
from bot.context import PUSH_CONCURRENCY
from bot.offline import OfflineBotApi
from handlers.push import PLAN
from tests.fakeapi import FakeBotApi, subscribe_groups

TOKEN = "4242:fake-token-for-the-benchmarks"


async def plan(count: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "plan.db"
        await subscribe_groups(db_path, ROOT / "seeds", [-1_000_000 - i for i in range(count)])
        app = build_application(
            Settings(db_path=db_path, seeds_dir=ROOT / "seeds"), request=OfflineBotApi()
        )
        async with offline(app):  # post_init already planned once; time a second plan
            started = time.perf_counter()
            queued = await PLAN.start(app)
            seconds = time.perf_counter() - started
        assert queued == count
        return seconds


async def throughput(groups: int, *, paid: bool = False) -> tuple[float, int, int]:
    """Messages/s of a whole daily push by ``python -m bot run`` (a subprocess) to ``groups``
    groups. ``paid``: the server enforces no limits and the bot is set for paid broadcasts."""
    server = FakeBotApi(TOKEN, enforce_limits=not paid)
    await server.start()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "push.db"
        chats = [-2_000_000 - i for i in range(groups)]
        await subscribe_groups(db_path, ROOT / "seeds", chats)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM", "STUDYBOT"))}
        env.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_BASE_URL=f"http://127.0.0.1:{server.port}",
            STUDYBOT_DB=str(db_path),
            STUDYBOT_SEEDS=str(ROOT / "seeds"),
            STUDYBOT_LOG_LEVEL="WARNING",
            STUDYBOT_PAID_BROADCAST="1" if paid else "0",
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            await server.wait_for(lambda: server.counts["sendPoll"] >= groups, 600)
        finally:
            process.send_signal(signal.SIGTERM)
            await process.wait()
    sends = sorted(s.at for s in server.sent if s.method in {"sendMessage", "sendPoll"})
    await server.stop()
    return (len(sends) - 1) / (sends[-1] - sends[0]), len(sends), server.limit_429s


async def bare_ptb(groups: int, *, limited: bool) -> float:
    """The bound under the pipeline: PTB alone sending one message per group (no database, no
    handlers) to the same server with its limits off, six at a time as the push does, with
    and without the paid-broadcast rate limiter."""
    server = FakeBotApi(TOKEN, enforce_limits=False)
    await server.start()
    builder = ApplicationBuilder().token(TOKEN).base_url(f"http://127.0.0.1:{server.port}/bot")
    if limited:
        builder = builder.rate_limiter(telegram_limits(paid_broadcast=True))  # type: ignore[arg-type]
    app = builder.build()
    chats = iter(range(groups * 2))
    async with app:

        async def worker() -> None:
            for n in chats:
                await app.bot.send_message(-3_000_000 - n, "学习" * 150)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(PUSH_CONCURRENCY)))
        seconds = time.perf_counter() - started
    await server.stop()
    return groups * 2 / seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--groups", type=int, default=300)
    parser.add_argument("--ceiling", type=int, default=2000, help="groups for the ceiling")
    args = parser.parse_args()
    planning = asyncio.run(plan(args.subscriptions))
    rate, sent, limit_429s = asyncio.run(throughput(args.groups))
    ceiling, ceiling_sent, _ = asyncio.run(throughput(args.ceiling, paid=True))
    bare = asyncio.run(bare_ptb(args.ceiling, limited=False))
    bare_limited = asyncio.run(bare_ptb(args.ceiling, limited=True))
    rows = [
        f"- Planning {args.subscriptions:,} subscriptions at start (settle interrupted "
        "deliveries, create the slot jobs, decide who is due — here all of them, so one "
        f"catch-up job for {args.subscriptions:,} chats): **{planning:.3f} s**.",
        f"- Push to {args.groups} groups against the fake Bot API server enforcing 30/s and "
        f"20/min per group: {sent} messages at **{rate:.1f} messages/s = "
        f"{rate / 30:.2f} × 30/s**, with **{limit_429s}** rate-limit 429s.",
        f"- The pipeline's ceiling: push to {args.ceiling:,} groups, the server's limits off, "
        f"the bot set for paid broadcasts (STUDYBOT_PAID_BROADCAST=1, 950/s): "
        f"{ceiling_sent:,} messages at **{ceiling:.0f} messages/s**.",
        f"- What bounds it, same server, same run: PTB alone (`Bot.send_message` in a loop, "
        f"{PUSH_CONCURRENCY} at a time, no database) sends **{bare:.0f} messages/s**, and "
        f"**{bare_limited:.0f} messages/s** through the same `AIORateLimiter`; the push "
        f"reaches {ceiling / bare_limited:.0%} of the latter.",
    ]
    command = (
        "python -m benchmarks.bench_push "
        f"--subscriptions {args.subscriptions} --groups {args.groups} --ceiling {args.ceiling}"
    )
    record("Push", command, rows)


if __name__ == "__main__":
    main()
