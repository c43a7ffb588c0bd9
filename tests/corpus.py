"""Loaders for reference texts in other layouts: a report with numbered chapters (the 二十大报告)
and government work reports (TSV: ``year<TAB>text``; CSV: one report per row). Each chapter
becomes an article whose section is the chapter heading. They are not served by default; they
feed the benchmarks, the quiz robustness tests and users who want them."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path

from bot.core.pages import Article, Paragraph

CHAPTER = re.compile(r"^[一二三四五六七八九十]{1,3}、\S.{0,60}$")
MENU_WORDS = re.compile(r"^(下载|打印|全屏|收藏|【?字号：?|加大|还原|减小|】|分享到：?|关闭窗口)$")


def chapters(source: str, title: str, author: str, paragraphs: Iterable[str]) -> list[Article]:
    """Split a report's paragraphs into chapter articles at headings like ``一、…``; text
    before the first heading is the preamble (序言)."""
    groups: list[tuple[str, list[str]]] = [("序言", [])]
    for text in (p.strip() for p in paragraphs):
        if not text:
            continue
        if CHAPTER.match(text):
            groups.append((text, []))
        else:
            groups[-1][1].append(text)
    articles = []
    for position, (heading, texts) in enumerate((g for g in groups if g[1]), 1):
        articles.append(
            Article(
                source=source,
                position=position,
                line=0,
                column=title,
                title_lines=(f"{title}·{heading}",),
                byline=f"□{author}" if author else "",
                paragraphs=tuple(Paragraph("", t, 0) for t in texts),
                affiliation_line="",
                section=heading,
            )
        )
    return articles


def load_report(path: Path) -> list[Article]:
    """A plain-text report (paragraphs separated by blank lines, numbered chapters)."""
    blocks = [b.strip() for b in path.read_text(encoding="utf-8").splitlines() if b.strip()]
    title = blocks[0] if blocks else path.stem
    return chapters(path.name, title, "", blocks[1:])


def load_national_reports(path: Path, years: set[int] | None = None) -> list[Article]:
    """The national 政府工作报告 TSV: one report per line, ``year<TAB>text``, the original line
    breaks replaced by TAB."""
    articles: list[Article] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        year, _, text = line.partition("\t")
        if not year.strip().isdecimal() or (years and int(year) not in years):
            continue
        parts = [p.replace("\u3000", " ").strip() for p in text.split("\t")]
        articles.extend(chapters(f"{path.name}#{year}", f"{year}年政府工作报告", "", parts))
    return articles


def load_provincial_report(path: Path) -> list[Article]:
    """A provincial report CSV row; the web-page menu words before the title are dropped."""
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    articles: list[Article] = []
    for row in rows:
        lines = [line.strip() for line in row.get("full_text", "").splitlines()]
        lines = [line for line in lines if line and not MENU_WORDS.match(line)]
        title = row.get("title") or f"{row.get('year', '')}年{row.get('province', '')}政府工作报告"
        articles.extend(chapters(path.name, title, "", lines))
    return articles
