"""Load and search at each corpus size: parse+index time and peak memory, question bank
generation, start-up with nothing changed, search latency (core and through
Application.process_update), and the resident memory of the running bot.

    python -m benchmarks.bench_load --sizes a b c
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import characters, median, pages, percentile, queries, record, timed
from bot.app import build_application, offline
from bot.config import Settings
from bot.core.pages import content_hash
from bot.core.segment import Segmenter
from bot.core.throttle import UserLimiter
from bot.offline import OfflineBotApi
from bot.services.library import Library
from storage.articles import ArticleRepository
from storage.bank import BankRepository
from storage.db import Database


def rss_mb() -> float:
    """This process's resident memory now (VmRSS), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def build(size: str, folder: Path) -> dict[str, float]:
    """Parse and index the corpus into a fresh database."""
    corpus = pages(size)
    started = time.perf_counter()
    db = await Database.open(folder / "bench.db")
    library = Library(ArticleRepository(db), Segmenter())
    await library.warm_up()
    seeds = folder / "seeds"
    seeds.mkdir()
    for page in corpus:
        # The pages come from the corpus loaders, not from files; a stand-in file whose hash
        # is the stored one makes the bot see "nothing changed" at start, as after a restart.
        stand_in = page.source.encode()
        (seeds / page.source).write_bytes(stand_in)
        await library.store(page, content_hash(stand_in))
    load_seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    await db.close()
    return {"chars": characters(corpus), "load": load_seconds, "peak_mb": peak}


async def count_questions(db_path: Path) -> int:
    db = await Database.open(db_path)
    try:
        return await BankRepository(db).count()
    finally:
        await db.close()


async def add_page(folder: Path) -> None:
    """One new page stored as an import stores it: the seed page under another name, its
    paragraphs in reverse order (the same text twice would be one article, not a new page)."""
    db = await Database.open(folder / "bench.db")
    try:
        library = Library(ArticleRepository(db), Segmenter())
        page = pages("a")[0]
        source = "imported-page.txt"
        articles = tuple(
            dataclasses.replace(a, source=source, paragraphs=a.paragraphs[::-1])
            for a in page.articles
        )
        page = dataclasses.replace(page, source=source, articles=articles)
        await library.store(page, content_hash(source.encode()))
    finally:
        await db.close()


def incremental(folder: Path) -> dict[str, float]:
    """Import one page into the built library, then time the worker until that page's
    questions are in the bank (only the new page is generated)."""
    asyncio.run(add_page(folder))
    started = time.perf_counter()
    worker = run_worker(folder)
    made = re.search(r"\((\d+) generated\)", worker.stderr)
    return {
        "increment": time.perf_counter() - started,
        "increment_questions": float(made.group(1)) if made else float("nan"),
    }


def run_worker(folder: Path) -> subprocess.CompletedProcess[str]:
    """The quiz bank's worker process over the benchmark's database, as the bot starts it."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "bank"],
        env={**os.environ, "STUDYBOT_DB": str(folder / "bench.db")},
        check=True,
        capture_output=True,
        text=True,
    )


def generate_bank(folder: Path) -> dict[str, float]:
    started = time.perf_counter()
    worker = run_worker(folder)
    # The worker's own account: generation alone, without the process's start-up.
    per_char = re.search(r"([\d.]+) µs of processor time", worker.stderr)
    return {
        "bank": time.perf_counter() - started,
        "bank_us_per_char": float(per_char.group(1)) if per_char else float("nan"),
        "bank_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "questions": asyncio.run(count_questions(folder / "bench.db")),
    }


async def ready(folder: Path) -> dict[str, float]:
    """A fresh bot process over the built database: start-up to the first answer with nothing
    changed, search latency in the core and as /search updates, resident memory."""
    started = time.perf_counter()
    settings = Settings(db_path=folder / "bench.db", seeds_dir=folder / "seeds")
    app = build_application(settings, request=OfflineBotApi())
    async with offline(app):
        library = app.bot_data.library
        assert library is not None
        await library.search("高质量发展")
        startup = time.perf_counter() - started
        for q in queries():  # one untimed pass: SQLite's page cache, the CPU's caches
            await library.search(q)
        core = []
        for q in queries():
            t = time.perf_counter()
            await library.search(q)
            core.append((time.perf_counter() - t) * 1000)
        app.bot_data.limiter = UserLimiter(burst=10**9)
        updates = await timed(app, [f"/search {q}" for q in queries()])
        assert app.bot_data.bank is not None
        await app.bot_data.bank.settled()
        resident = rss_mb()  # the running bot, before the rebuild below churns its memory
        # What a new dictionary costs: every indexed paragraph segmented again, in one
        # transaction (the bot does it at start when the shipped dictionary changed).
        t = time.perf_counter()
        await library.reindex()
        reindex = time.perf_counter() - t
    return {
        "startup": startup,
        "p50": median(core),
        "p99": percentile(core, 0.99),
        "u50": median(updates),
        "u99": percentile(updates, 0.99),
        "rss_mb": resident,
        "reindex": reindex,
    }


def measure(size: str) -> dict[str, float]:
    """Each step in a fresh process, so peak and resident memory are that step's own."""
    with tempfile.TemporaryDirectory() as tmp:
        result: dict[str, float] = {}
        for step in ("--build", "--ready"):
            out = subprocess.run(
                [sys.executable, "-m", "benchmarks.bench_load", step, size, tmp],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            result.update(json.loads(out.strip().splitlines()[-1]))
        return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=["a", "b"])
    parser.add_argument("--build", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--ready", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        # Then the question bank, with the bot's own worker (``python -m bot bank``).
        built = asyncio.run(build(args.build[0], Path(args.build[1])))
        folder = Path(args.build[1])
        print(json.dumps(built | generate_bank(folder) | incremental(folder)))
        return
    if args.ready:
        print(json.dumps(asyncio.run(ready(Path(args.ready[1])))))
        return
    rows = [
        "| size | characters | parse + index | peak RSS (load) | question bank "
        "| bank µs (CPU) / character | one imported page's questions "
        "| start-up, nothing changed | search p50 / p99 | /search update p50 / p99 "
        "| RSS, running bot | index rebuilt (new dictionary) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size in args.sizes:
        r = measure(size)
        rows.append(
            f"| ({size}) | {r['chars']:,.0f} | {r['load']:.2f} s | {r['peak_mb']:.0f} MB "
            f"| {r['questions']:,.0f} in {r['bank']:.1f} s, {r['bank_peak_mb']:.0f} MB "
            f"| {r['bank_us_per_char']:.1f} "
            f"| {r['increment_questions']:,.0f} in {r['increment']:.1f} s "
            f"| {r['startup']:.2f} s | {r['p50']:.2f} / {r['p99']:.2f} ms "
            f"| {r['u50']:.2f} / {r['u99']:.2f} ms | {r['rss_mb']:.0f} MB "
            f"| {r['reindex']:.1f} s |"
        )
    rows.append(
        "\nSearch: 200 queries (single terms, pairs, natural questions) through the core "
        "`Library.search` (jieba + FTS5 bm25 + grouping + snippets), and the same queries as "
        "`/search` updates through `Application.process_update` with the recording transport, "
        "after one untimed pass over the queries. "
        "Start-up: a fresh process from `build_application` to the first search answered, the "
        "pages unchanged and the stored question bank current. The question bank is generated "
        "once, by the bot's worker process (`python -m bot bank`); its peak memory is the "
        "worker's, never the bot's. One imported page: the seed page stored under a new name "
        "(paragraphs reversed) into the built library, then the worker run again (it "
        "generates that page only); the "
        "time is the whole worker process, start-up included (its questions have the stems of "
        "the seed page's, already in the bank, so the count is of those generated). "
        "µs (CPU) per character: the worker's processor time for the generation (its "
        "start-up, jieba's and the lexicon's loading excluded) over the characters it read; "
        "processor time, because wall time on this shared 2-core machine varied by 2× between "
        "runs. "
        "Index rebuilt: `Library.reindex()` in the running bot, every "
        "paragraph segmented again and the FTS5 table replaced in one transaction, which the "
        "bot does at start when the dictionary it ships differs from the index's."
    )
    record(
        "Load, start-up and search",
        f"python -m benchmarks.bench_load --sizes {' '.join(args.sizes)}",
        rows,
    )


if __name__ == "__main__":
    main()
