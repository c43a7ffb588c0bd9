"""Handler overhead: /search updates through Application.process_update with a recording
transport, against a trivial echo handler measured in the same run.

    python -m benchmarks.bench_handlers [--updates 400]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from pathlib import Path

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from benchmarks.common import ROOT, median, percentile, queries, record, timed
from bot.app import build_application, offline
from bot.config import Settings
from bot.core.throttle import UserLimiter
from bot.offline import OfflineBotApi


async def echo_app_latencies(texts: list[str]) -> list[float]:
    app = Application.builder().token("0:echo").request(OfflineBotApi()).build()

    async def echo(u: Update, _: object) -> None:
        assert u.effective_message is not None
        await u.effective_message.reply_text(u.effective_message.text or "")

    app.add_handler(MessageHandler(filters.ALL, echo))
    async with app:
        return await timed(app, texts)


async def search_app_latencies(texts: list[str]) -> tuple[list[float], list[float]]:
    """/search updates through the whole bot, and the same queries through the core alone."""
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db_path=Path(tmp) / "h.db", seeds_dir=ROOT / "seeds")
        app = build_application(settings, request=OfflineBotApi())
        async with offline(app):
            app.bot_data.limiter = UserLimiter(burst=10**9)
            await timed(app, texts[:20])  # warm-up
            updates = await timed(app, texts)
            library = app.bot_data.library
            assert library is not None
            core = []
            for text in texts:
                started = time.perf_counter()
                await library.search(text.removeprefix("/search "))
                core.append((time.perf_counter() - started) * 1000)
            return updates, core


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--updates", type=int, default=400)
    args = parser.parse_args()
    texts = [f"/search {q}" for q in queries(args.updates)]
    echo = asyncio.run(echo_app_latencies(texts))
    search, core = asyncio.run(search_app_latencies(texts))
    rows = [
        "| handler | updates | median | p99 | updates/s |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| echo (trivial) | {len(echo)} | {median(echo):.2f} ms "
        f"| {percentile(echo, 0.99):.2f} ms "
        f"| {1000 / median(echo):.0f} |",
        f"| /search | {len(search)} | {median(search):.2f} ms | {percentile(search, 0.99):.2f} ms "
        f"| {1000 / median(search):.0f} |",
        f"| (the search core alone, no update) | {len(core)} | {median(core):.2f} ms "
        f"| {percentile(core, 0.99):.2f} ms | {1000 / median(core):.0f} |",
        "",
        f"Ratio of medians, /search : echo = **{median(search) / median(echo):.2f}×** "
        "(seed + report in `seeds/`; both through `Application.process_update` with the "
        "recording `OfflineBotApi` transport, measured in one run). The core alone "
        f"(`Library.search`: jieba, FTS5, snippets) is {median(core) / median(echo):.1f}× the "
        "whole echo update; the rest is building and parsing the larger reply (HTML, a "
        "keyboard of buttons).",
    ]
    record(
        "Handler overhead", f"python -m benchmarks.bench_handlers --updates {args.updates}", rows
    )


if __name__ == "__main__":
    main()
