"""Which extractor reads Chinese article pages best: trafilatura (three settings),
readability-lxml, and what studybot does (trafilatura + pruned containers + the generic
metadata pass of bot/core/drafts.py), on the fixture pages of tests/fixtures/web.

    .venv/bin/python -m benchmarks.extractors            # the table in docs/importing.md

For each page: is the title right, the author, the date; are the article's paragraphs all
there (missing) and nothing else (extra lines: navigation, 责编, share bars, comments…).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.core.webpage import decode_html, read_webpage

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "web"


@dataclass(frozen=True)
class Result:
    title: str
    author: str
    date: str
    paragraphs: list[str]


def _lines(text: str | None) -> list[str]:
    return [" ".join(line.split()) for line in (text or "").splitlines() if line.strip()]


def trafilatura_with(**options: Any) -> Callable[[str, str], Result]:
    def extract(page: str, url: str) -> Result:
        import trafilatura

        found = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, **options
        )
        if found is None or isinstance(found, dict):
            return Result("", "", "", [])
        return Result(found.title or "", found.author or "", found.date or "", _lines(found.text))

    return extract


def readability(page: str, url: str) -> Result:
    from lxml import html
    from readability import Document

    document = Document(page, url=url)
    tree = html.fromstring(document.summary())
    paragraphs = [" ".join(p.text_content().split()) for p in tree.iter("p")]
    paragraphs = [p for p in paragraphs if p] or _lines(tree.text_content())
    # readability has no author or date: it finds the main text and the title only
    return Result(document.short_title(), "", "", paragraphs)


def readability_shaped(page: str, url: str) -> Result:
    """readability's text through the same generic metadata pass studybot uses."""
    from bot.core.drafts import shape

    found = readability(page, url)
    try:
        draft = shape(found.paragraphs, title=found.title)
    except ValueError:
        return found
    return Result(draft.title, draft.author, draft.published, list(draft.paragraphs))


def studybot(page: str, url: str) -> Result:
    try:
        draft = read_webpage(page, url)
    except ValueError:
        return Result("", "", "", [])
    return Result(draft.title, draft.author, draft.published, list(draft.paragraphs))


EXTRACTORS: dict[str, Callable[[str, str], Result]] = {
    "trafilatura": trafilatura_with(),
    "trafilatura precision": trafilatura_with(favor_precision=True),
    "trafilatura recall": trafilatura_with(favor_recall=True),
    "readability-lxml": readability,
    "readability-lxml + metadata pass": readability_shaped,
    "studybot": studybot,
}


def score(result: Result, case: dict[str, Any]) -> dict[str, Any]:
    starts: list[str] = case["paragraphs"]
    found = [any(p.startswith(s) for p in result.paragraphs) for s in starts]
    extra = [p for p in result.paragraphs if not any(p.startswith(s) for s in starts)]
    return {
        "title": result.title == case["title"],
        "author": result.author.replace(" ", "") == case["author"] if case["author"] else True,
        "date": (result.date or "")[:10] == case["date"],
        "missing": len(starts) - sum(found),
        "extra": len(extra),
        "extra_lines": extra,
    }


def run(repeat: int) -> dict[str, dict[str, Any]]:
    cases = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    table: dict[str, dict[str, Any]] = {}
    for name, case in cases.items():
        page = decode_html((FIXTURES / f"{name}.html").read_bytes(), None)
        for label, extract in EXTRACTORS.items():
            times = []
            for _ in range(repeat):
                began = time.perf_counter()
                result = extract(page, case["url"])
                times.append(time.perf_counter() - began)
            table.setdefault(label, {})[name] = {
                **score(result, case),
                "ms": statistics.median(times) * 1000,
            }
    return table


def mark(ok: bool) -> str:
    return "✓" if ok else "✗"


def report(table: dict[str, dict[str, Any]], verbose: bool) -> str:
    names = list(next(iter(table.values())))
    lines = [
        "| extractor | " + " | ".join(names) + " | all right | median ms/page |",
        "| --- | " + " | ".join("---" for _ in names) + " | --- | --- |",
    ]
    for label, per_page in table.items():
        cells = []
        right = 0
        for name in names:
            s = per_page[name]
            cell = f"T{mark(s['title'])} A{mark(s['author'])} D{mark(s['date'])}"
            cell += f" −{s['missing']} +{s['extra']}"
            cells.append(cell)
            good = s["title"] and s["author"] and s["date"] and not s["missing"] and not s["extra"]
            right += good
        ms = statistics.median(per_page[n]["ms"] for n in names)
        lines.append(f"| {label} | " + " | ".join(cells) + f" | {right}/{len(names)} | {ms:.1f} |")
    lines.append("")
    lines.append(
        "T title, A author (✓ where the page names none and none is invented), D date; "
        "−n paragraphs of the article missing, +n lines that are not the article."
    )
    if verbose:
        for label, per_page in table.items():
            for name, s in per_page.items():
                if s["extra_lines"]:
                    shown = " / ".join(line[:24] for line in s["extra_lines"][:6])
                    lines.append(f"- {label}, {name}: {shown}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per page")
    parser.add_argument("--verbose", action="store_true", help="list the extra lines")
    args = parser.parse_args()
    print(report(run(args.repeat), args.verbose))


if __name__ == "__main__":
    main()
