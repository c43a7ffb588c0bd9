"""Shared helpers for the benchmark scripts: corpus sizes and writing BENCHMARKS.md."""

from __future__ import annotations

import dataclasses
import random
import re
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from telegram import Bot, Update
from telegram.ext import Application

from bot.core.pages import Page, load_page_file
from bot.core.quiz import ArticleLike, Question, Rejections, generate
from bot.core.segment import Segmenter
from bot.updates import Updates, as_update
from tests.corpus import national_reports, provincial_report

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
RESULTS = ROOT / "BENCHMARKS.md"


def pages(size: str) -> list[Page]:
    """(a) the seed page; (b) the seed plus everything in ../shared/corpus (~1.8 M
    characters); (c) (b) ten times over, as copies with changed ids."""
    seed = [load_page_file(ROOT / "seeds" / "000_8a88466397e97f6f.txt")]
    if size == "a":
        return seed
    if not CORPUS.is_dir():
        sys.exit(f"benchmarks: {CORPUS} is needed for size {size}")
    base = [*seed, load_page_file(CORPUS / "ershida_report_2022.txt")]
    base += national_reports(CORPUS / "gov_work_reports_1954-2022.tsv")
    for path in sorted((CORPUS / "provincial_reports_2026").glob("*.csv")):
        base += provincial_report(path)
    # Each page stands for a file in the seeds folder (bench_load writes stand-ins), so its
    # source must be a file name the bot loads: "….tsv#2022" becomes "….tsv_2022.txt".
    base = [_as_file(page) for page in base]
    if size == "b":
        return base
    copies = []
    for n in range(10):
        for page in base:
            source = f"copy{n}-{page.source}"
            articles = tuple(dataclasses.replace(a, source=source) for a in page.articles)
            copies.append(dataclasses.replace(page, source=source, articles=articles))
    return copies


def _as_file(page: Page) -> Page:
    if page.source.endswith(".txt"):
        return page
    source = re.sub(r"[^\w.\-]", "_", page.source) + ".txt"
    articles = tuple(dataclasses.replace(a, source=source) for a in page.articles)
    return dataclasses.replace(page, source=source, articles=articles)


def by_source_newest_first(
    articles: Sequence[ArticleLike], segmenter: Segmenter, rejected: Rejections
) -> list[Question]:
    """The questions of each source (page file) in the order a new deployment's bank stores
    them: the files of a seeds folder are loaded in name order, and the bank generates the
    newest source first (storage/bank.py keeps the first question on a sentence, answer or
    formulation; unique_across applies the same rules to this list)."""
    sources: dict[str, list[ArticleLike]] = {}
    for article in articles:
        sources.setdefault(article.source.split("#")[0], []).append(article)
    return [
        q
        for name in sorted(sources, reverse=True)
        for q in generate(sources[name], segmenter, rejected=rejected)
    ]


def characters(corpus: Sequence[Page]) -> int:
    return sum(len(p.text) for page in corpus for a in page.articles for p in a.paragraphs)


def percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def record(section: str, command: str, lines: list[str]) -> None:
    """Replace (or add) one section of BENCHMARKS.md and print it."""
    body = f"## {section}\n\n`{command}`\n\n" + "\n".join(lines) + "\n"
    print(body)
    text = (
        RESULTS.read_text(encoding="utf-8")
        if RESULTS.exists()
        else (
            "# Benchmarks\n\nMeasured on the project's 2-core machine; each section was "
            "written by the command under its heading, in one run.\n\n"
        )
    )
    pattern = re.compile(rf"^## {re.escape(section)}\n.*?(?=^## |\Z)", re.S | re.M)
    text = pattern.sub(body + "\n", text) if pattern.search(text) else text + body + "\n"
    RESULTS.write_text(text, encoding="utf-8")


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


UPDATES = Updates()


def update(bot: Bot, text: str) -> Update:
    return as_update(UPDATES.message(text), bot)


async def timed(app: Application[Any, Any, Any, Any, Any, Any], texts: list[str]) -> list[float]:
    out = []
    for text in texts:
        u = update(app.bot, text)
        t = time.perf_counter()
        await app.process_update(u)
        out.append((time.perf_counter() - t) * 1000)
    return out
