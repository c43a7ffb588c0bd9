"""Load and search: parse+index time and peak memory, start-up with nothing changed, and search
latency (core and through Application.process_update) at each corpus size.

    python -m benchmarks.bench_load --sizes a b c
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import characters, median, pages, percentile, record
from bot.library import Library
from bot.pages import content_hash
from bot.segment import Segmenter
from storage.articles import ArticleRepository
from storage.db import Database

QUERIES = [
    "高质量发展",
    "如何培养年轻干部",
    "乡村振兴",
    "招商引资",
    "数字经济",
    "养老服务",
    "生态环境保护",
    "科技创新",
    "民营经济",
    "共同富裕",
    "全过程人民民主",
    "国家安全",
    "营商环境",
    "就业",
    "教育强国",
    "1+3+1",
    "五大抓手",
    "双昌产业园",
    "送书送戏送电影",
    "粮食安全",
    "新型工业化",
    "对外开放",
    "党的建设",
    "文化自信",
    "医疗卫生",
    "住房",
    "碳达峰碳中和",
    "人工智能",
    "基层治理",
    "一带一路",
]


def queries(n: int = 200) -> list[str]:
    rng = random.Random(1)
    out = []
    for i in range(n):
        q = QUERIES[i % len(QUERIES)]
        if i % 3 == 1:
            q = q + " " + rng.choice(QUERIES)
        if i % 7 == 0:
            q = f"请问{q}怎么做"
        out.append(q)
    return out


async def load(size: str, db_path: Path) -> dict[str, float]:
    corpus = pages(size)
    started = time.perf_counter()
    db = await Database.open(db_path)
    library = Library(ArticleRepository(db), Segmenter())
    await library.warm_up()
    for page in corpus:
        await library.store(page, content_hash(page.source.encode()))
    load_seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    await db.close()

    # Start-up with nothing changed: open the database, warm up jieba, ready to answer.
    started = time.perf_counter()
    db = await Database.open(db_path)
    library = Library(ArticleRepository(db), Segmenter())
    await library.warm_up()
    await library.search("高质量发展")
    startup = time.perf_counter() - started

    latencies = []
    for q in queries():
        t = time.perf_counter()
        await library.search(q)
        latencies.append((time.perf_counter() - t) * 1000)
    await db.close()
    return {
        "chars": characters(corpus),
        "load": load_seconds,
        "peak_mb": peak,
        "startup": startup,
        "p50": median(latencies),
        "p99": percentile(latencies, 0.99),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", nargs="+", default=["a", "b"])
    parser.add_argument("--one", help=argparse.SUPPRESS)  # measure one size in this process
    args = parser.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory() as tmp:
            print(json.dumps(asyncio.run(load(args.one, Path(tmp) / "bench.db"))))
        return
    rows = [
        "| size | characters | parse + index | peak RSS (load) | start-up, nothing changed "
        "| search p50 | search p99 |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size in args.sizes:
        # A fresh process per size, so its peak resident memory is that size's alone.
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_load", "--one", size],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        rows.append(
            f"| ({size}) | {r['chars']:,.0f} | {r['load']:.2f} s | {r['peak_mb']:.0f} MB | "
            f"{r['startup']:.2f} s | {r['p50']:.2f} ms | {r['p99']:.2f} ms |"
        )
    rows.append(
        "\nSearch: 200 queries (single terms, pairs, natural questions), the core "
        "`Library.search` (jieba + FTS5 bm25 + grouping + snippets)."
    )
    record(
        "Load, start-up and search",
        f"python -m benchmarks.bench_load --sizes {' '.join(args.sizes)}",
        rows,
    )


if __name__ == "__main__":
    main()
