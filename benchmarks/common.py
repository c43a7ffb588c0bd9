"""Shared helpers for the benchmark scripts: corpus sizes and writing BENCHMARKS.md."""

from __future__ import annotations

import dataclasses
import re
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.corpus import load_national_reports, load_provincial_report, load_report
from bot.pages import Page, load_page_file

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
    docs = [("report", load_report(CORPUS / "ershida_report_2022.txt"))]
    docs.append(("national", load_national_reports(CORPUS / "gov_work_reports_1954-2022.tsv")))
    for path in sorted((CORPUS / "provincial_reports_2026").glob("*.csv")):
        docs.append((path.stem, load_provincial_report(path)))
    base = seed + [
        Page(source=f"{name}.txt", banner=name, column=name, articles=tuple(articles))
        for name, articles in docs
    ]
    if size == "b":
        return base
    copies = []
    for n in range(10):
        for page in base:
            source = f"copy{n}-{page.source}"
            articles = tuple(dataclasses.replace(a, source=source) for a in page.articles)
            copies.append(dataclasses.replace(page, source=source, articles=articles))
    return copies


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
