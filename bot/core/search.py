"""Search: FTS5 match expressions from segmented queries, and highlighted snippets.

The query is segmented exactly as the index was (search mode). Every term is sent to FTS5 as a
quoted string, so no user input is ever read as FTS5 syntax (AND, OR, NEAR, ``*``, ``^``,
``column:``). All terms must match; when nothing matches all of them, any of them may.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

SNIPPET_WIDTH = 120
MAX_QUERY = 200


@dataclass(frozen=True)
class Hit:
    """One article found: the best-ranked paragraph stands for it."""

    article_id: int
    article_key: str
    title: str
    author: str
    paragraph: int  # counted from 1
    text: str
    score: float
    terms: tuple[str, ...]
    published: str = ""  # YYYY-MM-DD when known
    site: str = ""  # for an article from a link, the site it came from
    partial: bool = False  # found with some of the query's words only (none has them all)

    def snippet_html(self, width: int = SNIPPET_WIDTH) -> str:
        return snippet_html(self.text, self.terms, width)

    def snippet(self, width: int = SNIPPET_WIDTH) -> str:
        return html.unescape(re.sub(r"</?b>", "", self.snippet_html(width)))

    def found_by_html(self, headings: tuple[str, ...]) -> str:
        """The heading line that found the article — its subtitle or lead title with the
        query terms in bold — when its paragraph shows no term; else ''."""
        pattern = _term_pattern(self.terms)
        if pattern is None or pattern.search(self.text):
            return ""
        line = next((h for h in headings if h and pattern.search(h)), "")
        return snippet_html(line, self.terms) if line else ""


def fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def essential_terms(terms: list[str]) -> list[str]:
    """The terms not contained in another term of the query: 高质量发展 stands for 高质量, 质量
    and 发展. The index is segmented in the same search mode, so a paragraph with the long token
    also has its parts: requiring the long one alone finds the same paragraphs, and the
    any-term fallback no longer matches every paragraph that mentions 发展."""
    return [t for t in terms if not any(t != other and t in other for other in terms)]


TEXT_COLUMNS = ("title", "body")  # what a text match is
AUTHOR_COLUMNS = ("author",)  # an article found by its author alone ranks after text matches


def match_expression(
    terms: list[str], *, any_term: bool = False, columns: tuple[str, ...] = ()
) -> str:
    """An FTS5 expression: every term (or any) as a quoted string, optionally limited to
    some columns."""
    joiner = " OR " if any_term else " AND "
    expression = joiner.join(fts_phrase(t) for t in essential_terms(terms))
    return f"{{{' '.join(columns)}}} : ({expression})" if columns else expression


HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")
FULL_WIDTH = re.compile(r"[\uff0b\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")  # ＋ ０-９ Ａ-Ｚ ａ-ｚ
SUBSTANTIVE = 20  # characters: shorter paragraphs are salutations, headings, credits


def best_paragraph(paragraphs: list[tuple[str, str]], terms: list[str]) -> int:
    """Which paragraph (counted from 0) a hit opens at, from (role, text) pairs: the one with
    the most distinct query terms, the article's own text before bullets, captions and notes,
    then the densest in query terms; with no term in any paragraph (a title match), the
    article's first paragraph of text."""
    wanted = [normalize_term(t) for t in essential_terms(terms)]
    every = [normalize_term(t) for t in terms if len(t) > 1] or wanted
    # Chinese characters are the same after NFKC: for terms made of them alone, the raw text
    # is searched as it is; other terms (1+3+1, 5G) need only case folding, unless the
    # paragraph has full-width letters or digits (normalising every paragraph of five
    # articles costs milliseconds).
    fold = not all(HAN_ONLY.fullmatch(t) for t in every)

    def folded(text: str) -> str:
        if not fold:
            return text
        return normalize_term(text) if FULL_WIDTH.search(text) else text.casefold()

    def score(index: int) -> tuple[int, bool, float]:
        role, raw = paragraphs[index]
        text = folded(raw)
        distinct = sum(1 for t in wanted if t in text)
        density = sum(text.count(t) * len(t) for t in every) / (len(text) + 40)
        return distinct, not role, density

    best = max(range(len(paragraphs)), key=score, default=0)
    if paragraphs and score(best)[0] == 0:
        text = [i for i, (role, _) in enumerate(paragraphs) if not role]
        # not a salutation such as 同志们： or a one-line heading: a paragraph that says something
        said = [i for i in text if len(paragraphs[i][1]) >= SUBSTANTIVE]
        return next(iter(said or text), 0)
    return best


def normalize_term(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _term_pattern(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    words = {t for t in terms if t}
    if any(len(w) > 1 for w in words):  # single characters highlight noise, not meaning
        words = {w for w in words if len(w) > 1}
    if not words:
        return None
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered), re.IGNORECASE)


def _merged_spans(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in pattern.finditer(text) if pattern else ():
        s, e = match.span()
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(e, spans[-1][1]))
        else:
            spans.append((s, e))
    return spans


def snippet_html(text: str, terms: tuple[str, ...], width: int = SNIPPET_WIDTH) -> str:
    """About ``width`` characters of ``text`` around the window with the most distinct matched
    terms, HTML escaped, matched words in bold, an ellipsis where text was cut."""
    spans = _merged_spans(text, _term_pattern(terms))
    start = 0
    if spans and len(text) > width:

        def coverage(i: int) -> tuple[int, int, int]:
            lo = max(0, spans[i][0] - width // 4)
            inside = [text[s:e].casefold() for s, e in spans if lo <= s and e <= lo + width]
            return len(set(inside)), sum(map(len, inside)), -i

        best = max(range(len(spans)), key=coverage)
        start = max(0, min(spans[best][0] - width // 4, len(text) - width))
    end = min(len(text), start + width)
    parts: list[str] = ["…"] if start > 0 else []
    cursor = start
    for s, e in spans:
        if s < cursor or e > end:
            continue
        parts.append(html.escape(text[cursor:s]))
        parts.append(f"<b>{html.escape(text[s:e])}</b>")
        cursor = e
    parts.append(html.escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    return "".join(parts)


def group_by_article(
    rows: list[tuple[int, int, float]], limit: int
) -> list[tuple[int, int, float]]:
    """From (article_id, paragraph_index, score) rows ranked best first, keep each article's
    best paragraph, at most ``limit`` articles."""
    best: dict[int, tuple[int, int, float]] = {}
    for article_id, index, score in rows:
        if article_id not in best:
            best[article_id] = (article_id, index, score)
            if len(best) >= limit:
                break
    return list(best.values())


def clean_query(text: str) -> str:
    """Control characters out, whitespace folded, at most MAX_QUERY characters."""
    text = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(text.split())[:MAX_QUERY]
