"""Quotation tracing (引文溯源): find what an article quotes from the report and where.

An article attributes words to the report with 党的二十大报告指出 / 强调 / 提出, followed by one
or more quoted passages (“…”“…”) or, unquoted, the rest of the sentence. Each is looked up in
the report's paragraphs: verbatim first, then ignoring punctuation, then by character bigram
containment above a threshold; below it the quotation is marked not found (never a wrong link).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

ATTRIBUTION = re.compile(r"党的二十大报告(?:指出|强调|提出)[，,：:]?\s*(?:要)?")
QUOTED_RUN = re.compile(r"(?:“[^“”]{4,}”)+")
QUOTE = re.compile(r"“([^“”]{4,})”")
PUNCT = re.compile(r"[\s，。、；：？！“”‘’（）()《》,.;:?!\"'—…]")
THRESHOLD = 0.8  # share of the quotation's character bigrams found in one paragraph


@dataclass(frozen=True)
class Quotation:
    article_key: str
    paragraph: int  # in the quoting article, from 1
    text: str


@dataclass(frozen=True)
class Trace:
    quotation: Quotation
    report_key: str | None  # the chapter (article) of the report, None when not found
    report_paragraph: int | None  # from 1
    match: str  # "verbatim", "punctuation", "similar (0.87)" or "not found"


def quotations(article_key: str, paragraphs: Sequence[str]) -> list[Quotation]:
    """Every passage a paragraph attributes to the report."""
    found: list[Quotation] = []
    for number, text in enumerate(paragraphs, 1):
        for attribution in ATTRIBUTION.finditer(text):
            rest = text[attribution.end() :]
            run = QUOTED_RUN.match(rest)
            if run:
                found.extend(Quotation(article_key, number, q) for q in QUOTE.findall(run.group()))
                continue
            sentence = re.split(r"[。！？]", rest, maxsplit=1)[0]
            if len(sentence) >= 4:
                found.append(Quotation(article_key, number, sentence))
    return found


def _bigrams(text: str) -> set[str]:
    plain = PUNCT.sub("", text)
    return {plain[i : i + 2] for i in range(len(plain) - 1)}


def locate(
    quotation: Quotation, report: Iterable[tuple[str, Sequence[str]]], threshold: float = THRESHOLD
) -> Trace:
    """Find a quotation among the report's (chapter key, paragraphs)."""
    chapters = [(key, list(paragraphs)) for key, paragraphs in report]
    for key, paragraphs in chapters:
        for number, text in enumerate(paragraphs, 1):
            if quotation.text in text:
                return Trace(quotation, key, number, "verbatim")
    plain = PUNCT.sub("", quotation.text)
    for key, paragraphs in chapters:
        for number, text in enumerate(paragraphs, 1):
            if plain and plain in PUNCT.sub("", text):
                return Trace(quotation, key, number, "punctuation")
    wanted = _bigrams(quotation.text)
    best: tuple[float, str, int] | None = None
    for key, paragraphs in chapters:
        for number, text in enumerate(paragraphs, 1):
            score = len(wanted & _bigrams(text)) / len(wanted) if wanted else 0.0
            if best is None or score > best[0]:
                best = (score, key, number)
    if best is not None and best[0] >= threshold:
        return Trace(quotation, best[1], best[2], f"similar ({best[0]:.2f})")
    return Trace(quotation, None, None, "not found")
