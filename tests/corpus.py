"""Loaders of the reference texts for tests and benchmarks: the 二十大报告 (a plain-text report)
and the government work reports (TSV: ``year<TAB>text``; CSV: one report per row). Each is
turned into the plain text a maintainer would import and parsed by the bot's own parser
(:func:`bot.core.pages.parse_report`), so what tests and benchmarks measure is what the bot
serves: each chapter an article, the text before the first chapter the preamble (导言)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from bot.core.pages import Article, Page, load_page_file, parse_report

MENU_WORDS = re.compile(r"^(下载|打印|全屏|收藏|【?字号：?|加大|还原|减小|】|分享到：?|关闭窗口)$")


def load_report(path: Path) -> list[Article]:
    """A plain-text report (paragraphs separated by blank lines, numbered chapters)."""
    return list(load_page_file(path).articles)


def national_reports(path: Path, years: set[int] | None = None) -> list[Page]:
    """The national 政府工作报告 TSV: one report per line, ``year<TAB>text``, the original line
    breaks replaced by TAB (some years keep every paragraph on one line, each after its
    full-width indent: the parser splits them)."""
    pages: list[Page] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        year, _, text = line.partition("\t")
        if not year.strip().isdecimal() or (years and int(year) not in years):
            continue
        title = f"{year}年政府工作报告"
        body = "\n".join(text.split("\t"))
        if title not in body.strip()[:80]:
            body = f"{title}\n{body}"
        pages.append(parse_report(body, f"{path.name}#{year}"))
    return pages


def load_national_reports(path: Path, years: set[int] | None = None) -> list[Article]:
    return [a for page in national_reports(path, years) for a in page.articles]


def provincial_report(path: Path) -> list[Page]:
    """A provincial report CSV row; the web-page menu words before the title are dropped."""
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    pages: list[Page] = []
    for number, row in enumerate(rows):
        lines = [line.strip() for line in row.get("full_text", "").splitlines()]
        lines = [line for line in lines if line and not MENU_WORDS.match(line)]
        title = row.get("title") or f"{row.get('year', '')}年{row.get('province', '')}政府工作报告"
        if not lines or title not in lines[0]:
            lines.insert(0, title)
        source = path.name if number == 0 else f"{path.name}#{number}"
        pages.append(parse_report("\n".join(lines), source))
    return pages


def load_provincial_report(path: Path) -> list[Article]:
    return [a for page in provincial_report(path) for a in page.articles]
