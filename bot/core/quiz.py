"""Quiz questions generated from the loaded texts (pure, deterministic for a given seed).

Three kinds:

* ``blank`` (填空): a sentence with a key term blanked out: a quoted slogan, a number expression
  or a keyword found by jieba's TF-IDF analysis. Distractors are terms of the same kind from the
  corpus (slogan for slogan, number for number, keyword for keyword of the same part of speech)
  of similar length, none of which occurs in the same paragraph.
* ``source`` (出处): a sentence found in one article only; the options are article titles.
* ``lead`` (举措): one section lead of an article against leads of other articles.

Every question passes :func:`check` (the rules of the quiz issue); what fails is counted in a
:class:`Rejections` tally with the reason, so the filters can be inspected.
"""

from __future__ import annotations

import hashlib
import random
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.core.segment import Segmenter

BLANK = "____"
MAX_QUESTION = 300
MAX_OPTION = 100
MAX_EXPLANATION = 200
OPTIONS = 4
SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]?[”’」』]?")
QUOTED = re.compile(r"“([^“”]{2,16})”")
NUMBER = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?(?:[%‰]|[万亿千百]+|个|年|项|家|条|户|人|所|座|次|倍|公里|平方公里|亩)?"
)
KEYWORD_POS = {"n", "nz", "vn", "i", "l", "nt", "nrt"}
KINDS = ("blank", "source", "lead")


class ParagraphLike(Protocol):
    @property
    def lead(self) -> str: ...

    @property
    def text(self) -> str: ...


class ArticleLike(Protocol):
    @property
    def key(self) -> str: ...

    @property
    def title(self) -> str: ...

    @property
    def author(self) -> str: ...

    @property
    def source(self) -> str: ...

    @property
    def section(self) -> str: ...

    @property
    def paragraphs(self) -> Sequence[ParagraphLike]: ...


@dataclass(frozen=True)
class Question:
    id: str
    kind: str
    article_key: str
    question: str
    options: tuple[str, ...]
    correct: int
    explanation: str

    @property
    def answer(self) -> str:
        return self.options[self.correct]

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "article_key": self.article_key,
            "question": self.question,
            "options": list(self.options),
            "correct": self.correct,
            "explanation": self.explanation,
        }


@dataclass
class Rejections:
    """Why candidate questions were dropped, by reason."""

    counts: Counter[str] = field(default_factory=Counter)
    examples: dict[str, str] = field(default_factory=dict)

    def add(self, reason: str, example: str) -> None:
        self.counts[reason] += 1
        self.examples.setdefault(reason, example[:80])


@dataclass(frozen=True)
class Draft:
    """A question before its options are ordered: the answer and its distractors."""

    kind: str
    article_key: str
    question: str
    answer: str
    distractors: tuple[str, ...]
    explanation: str
    context: str = ""  # text the distractors must not occur in (the paragraph)

    @property
    def id(self) -> str:
        digest = hashlib.sha1(
            f"{self.kind}\x1f{self.article_key}\x1f{self.question}\x1f{self.answer}".encode()
        ).hexdigest()
        return f"{self.kind[0]}{digest[:11]}"


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(text) if s.strip()]


def _shape(term: str) -> str:
    """The kind of a term for matching distractors: numeric or text."""
    return "number" if re.search(r"\d", term) else "text"


def _similar(
    answer: str, pool: Iterable[str], salt: str, count: int, accept: Callable[[str], bool]
) -> list[str]:
    """Up to ``count`` accepted candidates closest in length to ``answer`` (ties broken by a
    stable hash), with at least one as long as the answer when there is one, so that the
    answer is never the longest option alone. ``pool`` must be sorted by length."""
    by_length: dict[int, list[str]] = {}
    for candidate in pool:
        by_length.setdefault(len(candidate), []).append(candidate)
    chosen: list[str] = []
    longer: str | None = None
    for distance in range(0, max(len(answer), MAX_OPTION)):
        if len(chosen) >= count and (longer or max(map(len, chosen)) >= len(answer)):
            break
        for length in {len(answer) - distance, len(answer) + distance}:
            bucket = sorted(
                by_length.get(length, ()), key=lambda c: zlib.crc32(f"{salt}{c}".encode())
            )
            for candidate in bucket:
                if candidate == answer or candidate in chosen or not accept(candidate):
                    continue
                if len(chosen) < count:
                    chosen.append(candidate)
                elif longer is None and length >= len(answer):
                    longer = candidate
    if chosen and longer is not None and max(map(len, chosen)) < len(answer):
        chosen[-1] = longer
    return chosen


def _fits(term: str, paragraph: str) -> Callable[[str], bool]:
    """A distractor for ``term`` must be of its kind, not contain it, and not occur in the
    paragraph (where it could make the statement true as well)."""
    shape = _shape(term)
    return lambda t: t not in paragraph and _shape(t) == shape and term not in t


def _explain(sentence: str, title: str) -> str:
    room = MAX_EXPLANATION - len(title) - 4
    text = sentence if len(sentence) <= room else sentence[: max(0, room - 1)] + "…"
    return f"{text}\n——《{title}》"


class Generator:
    def __init__(self, articles: Sequence[ArticleLike], segmenter: Segmenter) -> None:
        self.articles = list(articles)
        self.segmenter = segmenter
        self.rejected = Rejections()
        self._pools: dict[str, dict[str, set[str]]] = {}  # kind → term → article keys
        self._texts = {a.key: "\n".join(p.text for p in a.paragraphs) for a in self.articles}
        self._corpus = "\x00".join(self._texts.values())
        self._terms_cache: dict[str, dict[str, set[str]]] = {}

    # -- term pools ---------------------------------------------------------------------
    def _terms(self, article: ArticleLike) -> dict[str, set[str]]:
        """Blankable terms of an article by pool name."""
        if article.key in self._terms_cache:
            return self._terms_cache[article.key]
        text = self._texts[article.key]
        pools: dict[str, set[str]] = {"slogan": set(), "number": set()}
        for term in QUOTED.findall(text):
            if not re.fullmatch(r"[\d+.%]+", term) or "+" in term:
                pools["slogan"].add(term)
        for match in NUMBER.finditer(text):
            if len(match.group()) >= 2 and f"“{match.group()}”" not in text:
                pools["number"].add(match.group())
        for term in self.segmenter.formulations:
            if term in text:
                pools.setdefault("formulation", set()).add(term)
        tagger = self.segmenter.pos_tags
        for word in self.segmenter.keywords(text, 12):
            pos = tagger(word)
            if len(word) >= 2 and pos in KEYWORD_POS:
                pools.setdefault(f"keyword:{pos}", set()).add(word)
        self._terms_cache[article.key] = pools
        return pools

    def _build_pools(self) -> None:
        for article in self.articles:
            for pool, terms in self._terms(article).items():
                for term in terms:
                    self._pools.setdefault(pool, {}).setdefault(term, set()).add(article.key)

    # -- drafts ---------------------------------------------------------------------
    def drafts(self) -> list[Draft]:
        self._build_pools()
        out: list[Draft] = []
        for article in self.articles:
            out.extend(self._blank_drafts(article))
            out.extend(self._source_drafts(article))
            out.extend(self._lead_drafts(article))
        return out

    def _blank_drafts(self, article: ArticleLike) -> Iterable[Draft]:
        terms = self._terms(article)
        used: set[str] = set()
        for pool, words in sorted(terms.items()):
            for term in sorted(words, key=lambda w: (-len(w), w)):
                found = self._sentence_with(article, term)
                if found is None:
                    self.rejected.add("blank: no sentence of 12-150 characters has the term", term)
                    continue
                sentence, paragraph = found
                if sentence in used:
                    continue  # one blank per sentence
                distractors = _similar(
                    term, self._pools.get(pool, {}), term, OPTIONS - 1, _fits(term, paragraph)
                )
                if not distractors:
                    self.rejected.add("blank: no distractor of the same kind", term)
                    continue
                shown = sentence.replace(f"“{term}”", f"“{BLANK}”").replace(term, BLANK)
                used.add(sentence)
                yield Draft(
                    kind="blank",
                    article_key=article.key,
                    question=f"填空：{shown}",
                    answer=term,
                    distractors=tuple(distractors),
                    explanation=_explain(sentence, article.title),
                    context=paragraph,
                )

    @staticmethod
    def _sentence_with(article: ArticleLike, term: str) -> tuple[str, str] | None:
        for paragraph in article.paragraphs:
            if term not in paragraph.text:
                continue
            for sentence in sentences(paragraph.text):
                if term in sentence and 12 <= len(sentence) <= 150 and sentence != term:
                    return sentence, paragraph.text
        return None

    def _source_drafts(self, article: ArticleLike) -> Iterable[Draft]:
        # Options come from the same kind of document: chapters of the same report, or articles
        # of the pages; the question says which.
        same_source = [a for a in self.articles if a.source == article.source]
        peers = same_source if article.section or len(same_source) >= OPTIONS else self.articles
        if not article.section:
            peers = [a for a in peers if not a.section]
        titles = sorted({a.title for a in peers} - {article.title})
        if not titles:
            return
        asked = "下面这句话出自报告的哪一部分？" if article.section else "下面这句话出自哪篇文章？"
        own = self._texts[article.key]
        for paragraph in article.paragraphs[1:3]:
            body = paragraph.text[len(paragraph.lead) :]
            for sentence in sentences(body)[:2]:
                if not 15 <= len(sentence) <= 120:
                    continue
                if self._corpus.count(sentence) > own.count(sentence):
                    self.rejected.add("source: the sentence is in more than one article", sentence)
                    continue
                distractors = _similar(
                    article.title, titles, sentence, OPTIONS - 1, lambda _: True
                )
                if self._gives_away(sentence, article.title, distractors):
                    self.rejected.add("source: the sentence names its own title", sentence)
                    continue
                yield Draft(
                    kind="source",
                    article_key=article.key,
                    question=f"{asked}\n“{sentence}”",
                    answer=article.title,
                    distractors=tuple(distractors),
                    explanation=_explain(sentence, article.title),
                )
                break

    def _gives_away(self, sentence: str, answer: str, distractors: Sequence[str]) -> bool:
        """True when the sentence shares more words with the answer than with any distractor."""

        def overlap(option: str) -> int:
            return len({w for w in self.segmenter.words(option) if len(w) >= 2 and w in sentence})

        mine = overlap(answer)
        return mine > 0 and mine > max((overlap(d) for d in distractors), default=0)

    def _lead_drafts(self, article: ArticleLike) -> Iterable[Draft]:
        own = {p.lead for p in article.paragraphs if p.lead}
        foreign = {
            p.lead.rstrip("。")
            for a in self.articles
            if a.key != article.key
            for p in a.paragraphs
            if p.lead and p.lead not in own
        }
        for lead in sorted(own)[:2]:
            answer = lead.rstrip("。")
            distractors = _similar(answer, foreign, answer, OPTIONS - 1, lambda _: True)
            if not distractors:
                self.rejected.add("lead: no leads from other articles", answer)
                continue
            yield Draft(
                kind="lead",
                article_key=article.key,
                question=f"下列哪一项是《{article.title}》一文提出的举措？",
                answer=answer,
                distractors=tuple(distractors),
                explanation=_explain(lead, article.title),
            )


def check(draft: Draft) -> str | None:
    """The first rule a draft breaks, or None when it is a valid question."""
    options = (draft.answer, *draft.distractors)
    if not 1 <= len(draft.question) <= MAX_QUESTION:
        return "question longer than 300 characters"
    if not 2 <= len(options) <= 10:
        return "fewer than 2 options"
    if any(not 1 <= len(o) <= MAX_OPTION for o in options):
        return "an option longer than 100 characters"
    if len(set(options)) != len(options):
        return "options not distinct"
    if len(draft.explanation) > MAX_EXPLANATION or draft.explanation.count("\n") > 2:
        return "explanation too long"
    if draft.context and any(d in draft.context for d in draft.distractors):
        return "a distractor occurs in the same paragraph"
    if len(options) > 2 and len(draft.answer) > max(len(d) for d in draft.distractors):
        return "the answer is the longest option"
    shapes = {_shape(d) for d in draft.distractors}
    if len(shapes) == 1 and _shape(draft.answer) not in shapes:
        return "the answer is the odd one out"
    return None


def generate(
    articles: Sequence[ArticleLike],
    segmenter: Segmenter,
    *,
    seed: int = 0,
    rejected: Rejections | None = None,
) -> list[Question]:
    """All valid questions for the articles, in a stable order (by id). The correct option's
    position cycles through the positions, so answers are spread evenly; ``seed`` shifts the
    cycle and the order of the distractors."""
    generator = Generator(articles, segmenter)
    valid: dict[str, Draft] = {}
    for draft in generator.drafts():
        reason = check(draft)
        if reason is None:
            valid.setdefault(draft.id, draft)
        else:
            generator.rejected.add(reason, draft.question)
    if rejected is not None:
        rejected.counts.update(generator.rejected.counts)
        for reason, example in generator.rejected.examples.items():
            rejected.examples.setdefault(reason, example)
    questions = []
    counters: Counter[int] = Counter()
    for draft in sorted(valid.values(), key=lambda d: d.id):
        size = len(draft.distractors) + 1
        position = (counters[size] + seed) % size
        counters[size] += 1
        others = list(draft.distractors)
        random.Random(f"{seed}:{draft.id}").shuffle(others)
        options = (*others[:position], draft.answer, *others[position:])
        questions.append(
            Question(
                id=draft.id,
                kind=draft.kind,
                article_key=draft.article_key,
                question=draft.question,
                options=tuple(options),
                correct=position,
                explanation=draft.explanation,
            )
        )
    return questions
