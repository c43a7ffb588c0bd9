"""Quiz questions a teacher would set, generated from the loaded texts (pure, deterministic).

Three kinds, each about one sentence of one paragraph (so the daily item can ask about the
excerpt it just sent):

* ``blank`` (填空): a sentence with one key term blanked: a formulation of the lexicon
  (``bot/data/formulations.txt``: 科教兴国战略, 两个确立, 全面从严治党 …) or a figure with its
  unit (增长5.5%, 1100万人). A formulation's distractors are formulations of its own class (a
  strategy for a strategy); a figure's are the same figure moved by a step of its own precision,
  in the same unit.
* ``judge`` (判断): a sentence as the text has it (正确), or with one figure, or the subject of
  a definition (X是…), swapped for a same-class alternative (错误). Two options, 正确 / 错误.
* ``source`` (出处): in a document of chapters (a report), which chapter a sentence is from;
  the options are chapters of the same document, named 第N部分 with their heading.

A candidate becomes a question only if it passes every rule a program can check (see
docs/quizzes.md); what is dropped is counted in :class:`Rejections` by reason. The questions of a
document depend on that document and the lexicon only, so a bank is generated one document at a
time (incrementally, linear in the corpus).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import math
import random
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Protocol

from bot.core.segment import Segmenter

BLANK = "____"
MAX_QUESTION = 300
MAX_OPTION = 100
MAX_EXPLANATION = 200
OPTIONS = 4
TRUE, FALSE = "正确", "错误"
KINDS = ("blank", "judge", "source")
LEXICON = "formulations.txt"
PER_ANSWER = 2  # a document asks about the same answer at most this often
SOURCES_PER_CHAPTER = 2
PERCENT = {"%", "％", "个百分点"}
PAGE_SOURCE = "下面这句话出自本版哪篇文章？"
CHAPTER_SOURCE = "下面这句话出自哪一部分？"
MIN_CHAPTERS = 6
NUMBERS_PER_ARTICLE = 3
MIN_SENTENCE, MAX_SENTENCE = 16, 120
MAX_STATEMENT = 90  # a 判断 statement is read in one glance

SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]?[”’」』]?")
# A figure with its whole unit; not part of a range (5%-6%, 3至5年) or of a longer number.
AMOUNT = re.compile(
    r"(?<![\d.．·～~\-—至到/])(\d+(?:\.\d+)?)"
    r"(个百分点|%|％|万亿元|亿元|万元|亿美元|万人次|亿人次|万人|亿人|万户|万吨|亿吨|亿千瓦|万千瓦"
    r"|万公里|公里|万亩|亿亩|倍)(?![\d·～~\-—至到])"
)
# Words that make a figure a result or a target worth knowing, not a passing count.
INDICATOR = re.compile(
    r"增长|达到|突破|超过|提高|提升|下降|降低|比重|新增|累计|投入|完成|实现|目标|左右|以上|以内"
    r"|规模|总量|年均|平均|控制在|预期"
)
# The figures a study group should know: the economy's headline results and targets, not a
# project's investment.
MACRO = re.compile(
    r"(?:国内生产总值|地区生产总值|(?<![\u4e00-\u9fff])(?:生产总值|经济增长)|居民消费价格|物价|城镇新增就业|失业率|赤字率"
    r"|粮食产量|粮食总产量|居民人均可支配收入|人均可支配收入|研发经费投入强度)[^，。；、\d]{0,8}$"
)
# The sentence leans on what came before it: it cannot be read on its own.
LEANING = re.compile(
    r"^(这|此|其|该|上述|以上|为此|对此|同时|但|而|并且|因此|所以|另外|此外|与此同时|其中|他|她|它|"
    r"那|对于这|总之|可见|由此|是|：|另一方面|一方面|五年来|十年来|过去|去年|今年|明年|各位代表)"
)
ENUMERATOR = re.compile(
    r"^(?:[—-]+|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]|首先[，,]|其次[，,]"
    r"|最后[，,]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])"
)
HEADING_INSIDE = re.compile(
    r"\s{2,}|\t|(?:^|[^\d])[一二三四五六七八九十]{1,3}、\S|[（(][一二三四五六七八九十]+[)）]\S"
)
CHAPTER_NUMBER = re.compile(r"^([一二三四五六七八九十]{1,3})、\s*")
CJK = re.compile(r"[\u4e00-\u9fff]")
# Never offered as a choice: negative or sensitive terms (rule 6).
SENSITIVE = (
    "台独", "港独", "藏独", "疆独", "打虎", "拍蝇", "猎狐", "腐败", "邪教", "恐怖", "分裂", "颠覆",
    "黑恶", "毒品", "暴恐", "间谍", "色情", "赌博", "反华", "敌对", "一中一台", "两个中国",
)  # fmt: skip
# Bigrams too common to give an answer away when the sentence or the title shares them.
GENERIC_BIGRAMS = frozenset(
    "发展 建设 推进 坚持 全面 加快 推动 实施 加强 深化 完善 健全 构建 提高 提升 我们 不断 积极 "
    "大力 着力 切实 进一 一步 持续".split()
)
# Characters too common to give an answer away when the sentence has them too.
COMMON_CHARS = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子"
    "说产种面而方后多定行学所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当"
    "使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反"
    "明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题程展五果象"
    "员革位入常文总次品式活设及管特件长求头基资边流路级少图统接知较将组见计别期根论运指几九区强放决"
    "被做必先回则任取据处府研保护复技且给推深坚持续完善健全构"
)
COPULA = re.compile(r"^是|^就是|^始终是")
# A numbered slogan a page coins in quotes (“三专三辅”, “一馆五榜一场”): asked against the
# other slogans of the same page.
SLOGAN = re.compile(r"“([^“”\s\d，。、；：！？（）()]{3,8})”")
NUMERAL = re.compile(r"[一二三四五六七八九十两百千万]")
NUMBERED = re.compile(r"^[一二三四五六七八九十两][个大项条支][^一二三四五六七八九十两]{2,}$")
# A term used as a modifier of one of these (智慧养老____服务) could be swapped for any term
# of its class: ask only where the term is the thing itself.
MODIFIED = (
    "服务", "行业", "工作", "产业", "模式", "平台", "领域", "水平", "能力", "方面", "相关", "要求",
    "部署", "目标", "任务", "建设", "成效", "质量", "政策", "试点", "示范", "发展", "举措", "保障",
)  # fmt: skip
GENERIC_VERBS = (
    "发展", "推动", "促进", "支持", "壮大", "发扬", "弘扬", "加大对", "培育", "建设",
    "打造", "践行", "贯彻", "落实", "坚持", "深化", "实施", "推进", "加强", "完善",
    "健全", "构建", "建成", "做强",
    "做大", "提升", "服务", "发展壮大", "大力发展", "积极发展",
)  # fmt: skip
GENERIC_AFTER = re.compile(r"^(?:高质量发展|健康发展|发展|的金融供给|建设|取得)")
GENERIC_BEFORE = re.compile(r"(?:打造|建设|构建|发展|健全|完善|形成)[^，。；]{0,12}的$")
# Words that may follow a blanked term without making it a modifier.
FOLLOWERS = frozenset("的 上 中 和 与 及 等 是 为 已 在 不 更 将 要 取得 迈上 实现 方面".split())
MIN_CONTEXT = 14  # CJK characters around a blanked formulation
MIN_CONTEXT_SLOGAN = 6


def numbered(slogan: str) -> bool:
    """三专三辅, 一馆五榜一场, 五大抓手 — not 一票否决, 千里马, 十四五."""
    numerals = len(NUMERAL.findall(slogan))
    return (numerals >= 2 and len(slogan) - numerals >= 2) or bool(NUMBERED.match(slogan))


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
    def source(self) -> str: ...

    @property
    def section(self) -> str: ...

    @property
    def column(self) -> str: ...

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
    paragraph: int = 0  # the paragraph (from 1) of the article the question is about

    @property
    def answer(self) -> str:
        return self.options[self.correct]

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "article_key": self.article_key,
            "paragraph": self.paragraph,
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

    def update(self, other: Rejections) -> None:
        self.counts.update(other.counts)
        for reason, example in other.examples.items():
            self.examples.setdefault(reason, example)


@dataclass(frozen=True)
class Draft:
    """A question before its options are ordered: the answer and its distractors."""

    kind: str
    article_key: str
    paragraph: int
    sentence: str  # the source sentence, as the text has it
    question: str
    answer: str
    distractors: tuple[str, ...]
    explanation: str
    fixed: bool = False  # options keep their order (正确 / 错误)

    @property
    def id(self) -> str:
        digest = hashlib.sha1(
            f"{self.kind}\x1f{self.article_key}\x1f{self.question}\x1f{self.answer}".encode()
        ).hexdigest()
        return f"{self.kind[0]}{digest[:11]}"

    @property
    def options(self) -> tuple[str, ...]:
        return (self.answer, *self.distractors)


@dataclass(frozen=True)
class Lexicon:
    """Key formulations by class (a strategy, a 强国, a numbered slogan …)."""

    classes: dict[str, tuple[str, ...]]
    years: dict[str, int] = field(default_factory=dict)  # when a term was put forward
    # Words that point to a term (数据, 互联网 → 数字经济): a sentence with them gives it away.
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)
    open_classes: frozenset[str] = frozenset()  # 发展____ fits any of their terms
    synonyms: frozenset[tuple[str, str]] = frozenset()  # never offered together

    def cued(self, term: str, text: str) -> bool:
        return any(cue in text for cue in self.cues.get(term, ()))

    @functools.cached_property
    def class_of(self) -> dict[str, str]:
        return {term: name for name, terms in self.classes.items() for term in terms}

    @functools.cached_property
    def by_length(self) -> list[str]:
        """Longest first, so that 习近平新时代中国特色社会主义思想 is found before 毛泽东思想."""
        return sorted(self.class_of, key=lambda t: (-len(t), t))


@functools.cache
def lexicon() -> Lexicon:
    classes: dict[str, list[str]] = {}
    years: dict[str, int] = {}
    cues: dict[str, tuple[str, ...]] = {}
    open_classes: set[str] = set()
    synonyms: set[tuple[str, str]] = set()
    current = ""
    text = resources.files("bot.data").joinpath(LEXICON).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("## "):
            current, _, flag = line[3:].strip().partition(" ")
            if flag.strip() == "(open)":
                open_classes.add(current)
        elif line and not line.startswith("#") and current:
            entry, _, cue_words = line.partition("=")
            term, _, year = entry.strip().partition(" ")
            classes.setdefault(current, []).append(term)
            if year.strip().isdecimal():
                years[term] = int(year)
            words = cue_words.split()
            for word in words:
                if word.startswith("~"):  # the same thing by another name
                    synonyms.update({(term, word[1:]), (word[1:], term)})
            if words:
                cues[term] = tuple(w for w in words if not w.startswith("~"))
    return Lexicon(
        {name: tuple(terms) for name, terms in classes.items()},
        years,
        cues,
        frozenset(open_classes),
        frozenset(synonyms),
    )


@functools.cache
def class_bigrams(members: tuple[str, ...]) -> frozenset[str]:
    """Bigrams a quarter of the terms of a class share (its head: 体系, 习近平 … 思想)."""
    return frozenset(
        b for b in bigrams("".join(members)) if sum(b in m for m in members) * 4 >= len(members)
    )


@dataclass(frozen=True)
class _Sample:
    key: str = "warm-up"
    title: str = "样例"
    source: str = "warm-up"
    section: str = ""
    column: str = ""
    paragraphs: tuple[_SampleParagraph, ...] = ()


@dataclass(frozen=True)
class _SampleParagraph:
    text: str
    lead: str = ""


WARM_UP_TEXT = (
    "坚持把发展经济的着力点放在实体经济上，推进新型工业化，加快建设制造强国。"
    "国内生产总值增长5.5%左右，城镇新增就业1100万人以上。"
    "必须坚持科技是第一生产力、人才是第一资源、创新是第一动力。"
)


def warm_up(segmenter: Segmenter) -> None:
    """Load the lexicon, fill its caches and run the generator once on a short sample, so that
    a worker timing its generation measures the steady cost, not the first use."""
    found = lexicon()
    _ = found.by_length, found.class_of
    for members in found.classes.values():
        class_bigrams(members)
    generate([_Sample(paragraphs=(_SampleParagraph(WARM_UP_TEXT),))], segmenter)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(text) if s.strip()]


def bigrams(text: str) -> set[str]:
    return {
        text[i : i + 2]
        for i in range(len(text) - 1)
        if CJK.match(text[i]) and CJK.match(text[i + 1])
    }


def pairs(text: str) -> set[str]:
    """Two-character windows of letters, digits and CJK (2026 in a chapter heading counts)."""
    return {text[i : i + 2] for i in range(len(text) - 1) if text[i : i + 2].isalnum()}


def content_bigrams(text: str) -> set[str]:
    return bigrams(text) - GENERIC_BIGRAMS


def clean_title(title: str) -> str:
    """A title as an explanation shows it: no leading dashes, no nested book-title marks."""
    title = re.sub(r"\s+", " ", title).strip().lstrip("—-– ").strip()
    return title.replace("《", "“").replace("》", "”") or "文章"


def chapter_name(section: str, preamble: str = "导言") -> str:
    """第十二部分：开创国防和军队现代化新局面 for 十二、…; the preamble keeps its name."""
    match = CHAPTER_NUMBER.match(section)
    if not match:
        return section.strip() or preamble
    heading = section[match.end() :].strip()
    if len(heading) > 40:
        heading = heading[:39] + "…"
    return f"第{match.group(1)}部分：{heading}"


def label(article: ArticleLike) -> str:
    """Where a sentence is from, as an explanation says it."""
    if article.section:
        document = clean_title(article.column or article.source)
        if len(document) > 40:
            document = document[:39] + "…"
        where = chapter_name(article.section).split("：")[0]
        return f"《{document}》{where}"
    return f"《{clean_title(article.title)}》"


def explain(sentence: str, where: str, verdict: str = "") -> str:
    sentence = sentence.lstrip("—- ")
    room = MAX_EXPLANATION - len(where) - len(verdict) - 3
    text = sentence if len(sentence) <= room else sentence[: max(0, room - 1)] + "…"
    return f"{verdict}{text}\n——{where}"


def readable(sentence: str) -> str | None:
    """The sentence as a question shows it (enumerator dropped, a full stop at the end), or
    None when it cannot stand on its own: too short or long, leaning on the sentence before,
    a heading glued on, a lead-in ending with a colon."""
    shown = ENUMERATOR.sub("", sentence).strip()
    if not shown.rstrip("”’」』").endswith(("。", "！", "？", "；", ";", "!", "?")):
        return None  # a date line, a heading, a caption
    if shown.endswith(("；", ";")):
        shown = shown[:-1] + "。"
    if not MIN_SENTENCE <= len(shown) <= MAX_SENTENCE:
        return None
    if (
        LEANING.match(shown)
        or HEADING_INSIDE.search(shown)
        or shown.rstrip("”’").endswith(("：", ":"))
    ):
        return None
    if shown.count("“") != shown.count("”") or "……" in shown:
        return None
    return shown


def _step(number: str) -> tuple[float, int]:
    """The step a teacher moves a figure by, and its decimals: 5.5 → 0.5, 5.2 → 0.1,
    1100 → 100, 114 → 1."""
    if "." in number:
        decimals = len(number.split(".")[1])
        last = number[-1]
        return (0.5 if decimals == 1 and last in "05" else 10.0**-decimals), decimals
    digits = number.lstrip("0") or "0"
    zeros = len(digits) - len(digits.rstrip("0"))
    return float(10 ** min(zeros, max(0, len(digits) - 1))), 0


def _visible_step(number: str, unit: str = "") -> tuple[float, int]:
    """The step, at least about 1 % of the figure (1221万 moves by 10, not by 1)."""
    step, decimals = _step(number)
    value = float(number)
    if value and step < value * 0.01:
        step = 10.0 ** math.floor(math.log10(value * 0.02))
    if value and unit not in {"%", "％", "个百分点"} and step < value * 0.05:
        step = 10.0 ** round(math.log10(value * 0.1))  # amounts move by about a tenth
    return step, decimals


def near_figures(number: str, salt: str, unit: str = "", paragraph: str = "") -> list[str]:
    """Three wrong figures of the same precision around ``number``, the right one at a
    position that varies (so the middle option is not always right), none of them a figure
    the paragraph states in the same unit."""
    value = float(number)
    step, decimals = _visible_step(number, unit)
    ceiling = 100.0 if unit in {"%", "％"} and value <= 100 else math.inf
    patterns = [(-3, -2, -1), (-2, -1, 1), (-1, 1, 2), (1, 2, 3)]
    start = zlib.crc32(salt.encode()) % len(patterns)
    for offsets in patterns[start:] + patterns[:start]:
        values = [value + k * step for k in offsets]
        if all(0 < v <= ceiling for v in values):
            shown = [f"{v:.{decimals}f}" for v in values]
            stated = any(f"{s}{unit}" in paragraph for s in shown)
            if len(set(shown)) == 3 and number not in shown and not stated:
                return shown
    return []


YEAR = re.compile(r"(?:19|20)\d\d")


def document_year(article: ArticleLike) -> int | None:
    """The year a document is of, when its title or file says so (1981年政府工作报告,
    2026_北京市_政府工作报告.csv, ….tsv#1981)."""
    for text in (article.column, article.title, article.source.split("#")[-1]):
        found = YEAR.findall(text)
        if found:
            return int(found[0])
    return None


class Document:
    """One source (a page, a report): its articles and the text they share."""

    def __init__(self, articles: Sequence[ArticleLike]) -> None:
        self.articles = list(articles)
        self.year = document_year(self.articles[0]) if self.articles else None
        self.text = "\n".join(p.text for a in self.articles for p in a.paragraphs)
        self.chaptered = sum(1 for a in self.articles if a.section) >= OPTIONS
        # 出处 needs topical chapters: a government report's three or four parts (review,
        # plan, this year's work) share their subjects, and a statement could be in several.
        sections = [a.section for a in self.articles if a.section]
        # A heading that ends like a sentence is a list item the loader took for a chapter.
        self.placeable = len(sections) >= MIN_CHAPTERS and not any(
            s.rstrip().endswith(("。", "；")) for s in sections
        )
        # A page of several signed articles: which article says it (本版哪篇文章).
        self.page = not self.chaptered and len({a.title for a in self.articles}) >= OPTIONS
        counts: Counter[str] = Counter()
        for a in self.articles:
            for p in a.paragraphs:
                counts.update(sentences(p.text))
        self.sentence_counts = counts


class Generator:
    """Drafts for one document; every rule is checked as the draft is made."""

    def __init__(self, document: Document, segmenter: Segmenter, rejected: Rejections) -> None:
        self.doc = document
        self.segmenter = segmenter
        self.rejected = rejected
        self.lexicon = lexicon()
        self.answers: Counter[str] = Counter()
        self.stems: set[str] = set()
        self.used: set[str] = set()  # sentences asked about
        self.asked_articles: list[str] = []
        self.judged = 0
        # A page's own numbered slogans; a report's are national formulations (一国两制),
        # which only the lexicon may offer as choices.
        found = {s for s in SLOGAN.findall(document.text) if numbered(s)}
        sectioned = any(a.section for a in document.articles)
        self.slogans = [] if sectioned else sorted(found - set(self.lexicon.class_of))

    def reject(self, reason: str, example: str) -> None:
        self.rejected.add(reason, example)

    # -- the document ------------------------------------------------------------------------
    def drafts(self) -> Iterator[Draft]:
        for article in self.doc.articles:
            numbers = 0
            for index, paragraph in enumerate(article.paragraphs, 1):
                if getattr(paragraph, "role", ""):
                    continue  # a caption, a bullet's heading, an editor's note
                for sentence in sentences(paragraph.text):
                    if sentence in self.used:
                        continue
                    draft = self._best(article, index, paragraph.text, sentence, numbers)
                    if draft is not None:
                        numbers += draft.answer[:1].isdigit() or draft.kind == "judge"
                        self._take(draft)
                        yield draft
        if self.doc.placeable or self.doc.page:
            yield from self._source_drafts()

    def _take(self, draft: Draft) -> None:
        self.asked_articles.append(draft.article_key)
        self.used.add(draft.sentence)
        self.stems.add(draft.question)
        if draft.kind == "judge":
            self.judged += 1
        else:
            self.answers[draft.answer] += 1

    def _best(
        self, article: ArticleLike, index: int, paragraph: str, sentence: str, numbers: int
    ) -> Draft | None:
        shown = readable(sentence)
        if shown is None:
            return None
        candidates: list[Draft | None] = []
        prefer_judge = zlib.crc32(sentence.encode()) % 3 == 0
        terms = list(self._terms(shown))
        figures = list(self._figures(shown)) if numbers < NUMBERS_PER_ARTICLE else []
        blanks = [self._blank(article, index, paragraph, sentence, shown, t) for t in terms]
        blanks += [
            self._figure_blank(article, index, paragraph, sentence, shown, f) for f in figures
        ]
        judges = [self._judge(article, index, paragraph, sentence, shown, terms, figures)]
        candidates = judges + blanks if prefer_judge else blanks + judges
        for draft in candidates:
            if draft is None:
                continue
            reason = check(draft)
            if reason is None and draft.question in self.stems:
                reason = "a duplicate stem"
            if (
                reason is None
                and draft.kind != "judge"
                and self.answers[draft.answer] >= PER_ANSWER
            ):
                reason = "the answer was asked twice already"
            if reason is None:
                return draft
            self.reject(reason, draft.question)
        return None

    # -- blanks ------------------------------------------------------------------------------
    def _terms(self, shown: str) -> Iterator[str]:
        """Lexicon formulations in the sentence, whole words, longest first, not inside
        another found term."""
        found: list[tuple[int, int]] = []
        for term in self.lexicon.by_length:
            at = shown.find(term)
            if at < 0:
                continue
            end = at + len(term)
            if any(s < end and at < e for s, e in found):
                continue
            found.append((at, end))
            if shown.count(term) > 1:
                self.reject("blank: the term occurs twice in the sentence", shown)
                continue
            if not self._whole_word(shown, at, end):
                self.reject("blank: the term is part of a longer word", shown)
                continue
            yield term
        for slogan in self.slogans:
            if f"“{slogan}”" in shown and shown.count(slogan) == 1:
                yield slogan

    def _whole_word(self, sentence: str, start: int, end: int) -> bool:
        """The term starts and ends where words do, and is not doubled by a typo
        (高质量发展发展区)."""
        if sentence[end : end + 2] and sentence[end : end + 2] == sentence[end - 2 : end]:
            return False
        bounds = {0}
        position = 0
        for word in self.segmenter.tokenizer.cut(sentence):
            position += len(word)
            bounds.add(position)
        return start in bounds and end in bounds

    def _class_distractors(
        self, term: str, shown: str, paragraph: str, title: str
    ) -> tuple[str, ...] | None:
        local = term not in self.lexicon.class_of
        members = self.slogans if local else self.lexicon.classes[self.lexicon.class_of[term]]
        year = self.doc.year
        at = shown.find(term)
        before, after = shown[max(0, at - 2) : at], shown[at + len(term) : at + len(term) + 2]
        rest = shown[:at] + shown[at + len(term) :]
        listed = before[-1:] in {"、", "和", "与", "及"} or after[:1] in {"、", "和", "与", "及"}
        if listed and not local:
            return None  # in a list (…、____、…), another term of the class fits as well
        pool = []
        for other in members:
            if other == term or other in term or term in other or other in paragraph:
                continue
            if year is not None and self.lexicon.years.get(other, 0) > year:
                continue  # not yet put forward when the document was written
            if local and (overlap(other, term) or NUMERAL.sub("", other) == NUMERAL.sub("", term)):
                continue  # 三会 against 三会一课: too close to tell apart fairly
            if listed and other in self.doc.text:
                continue  # in a list, another item of the same document would also be right
            if (CJK.match(before[-1:] or "x") and before + other in self.doc.text) or (
                CJK.match(after[:1] or "x") and other + after in self.doc.text
            ):
                continue  # the document uses the distractor in this very collocation
            if any(word in other for word in SENSITIVE):
                continue
            if not local and self._too_close(term, other, members):
                continue  # 现代化经济体系 / 现代化产业体系: either would be defensible
            if not local and (content_bigrams(other) - bigrams(term)) & bigrams(rest):
                continue  # the sentence already names it (人才强国 beside 人才振兴)
            if (term, other) in self.lexicon.synonyms:
                continue  # the same thing by another name would be right too
            if not local and self.lexicon.cued(other, rest):
                continue  # the sentence points to it as well
            pool.append(other)
        chosen = pick_similar(term, pool, shown)
        if chosen is None:
            return None
        return tuple(chosen)

    def _generic_frame(self, term: str, before: str, after: str) -> bool:
        """发展____，/ 加大对____的: a verb any term of an open class follows as naturally."""
        if self.lexicon.class_of[term] not in self.lexicon.open_classes:
            return False
        if GENERIC_AFTER.match(after) or GENERIC_BEFORE.search(before):
            return True  # 促进____高质量发展, 打造具有海南特色和优势的____
        return before.endswith(GENERIC_VERBS) and (not after or after[0] in "，。；、的")

    def _modifies_noun(self, after: str) -> bool:
        """The word right after the blank is a noun (____核心产业, ____园区, ____主体责任):
        the term is used as a modifier, where any term of its class would fit."""
        if not after or not CJK.match(after[0]):
            return False
        words = list(self.segmenter.tokenizer.cut(after[:8]))
        if not words:
            return False
        if words[0] in FOLLOWERS:
            return False
        return self.segmenter.pos_tags(words[0]).startswith(("n", "vn"))

    @staticmethod
    def _too_close(term: str, other: str, members: Sequence[str]) -> bool:
        """Two terms of a class that share a bigram besides the class's own head
        (体系, 习近平…思想) name nearly the same thing (科技创新体系 / 国家创新体系)."""
        common = class_bigrams(tuple(members))
        return bool((bigrams(term[:-2]) & bigrams(other[:-2])) - common)

    def _blank(
        self,
        article: ArticleLike,
        index: int,
        paragraph: str,
        sentence: str,
        shown: str,
        term: str,
    ) -> Draft | None:
        distractors = self._class_distractors(term, shown, paragraph, article.title)
        if distractors is None:
            self.reject("blank: fewer than three distractors of the same class", term)
            return None
        question = f"填空：{shown.replace(term, BLANK, 1)}"
        rest = shown.replace(term, "", 1)
        at = shown.find(term)
        local = term not in self.lexicon.class_of
        if len(CJK.findall(rest)) < (MIN_CONTEXT_SLOGAN if local else MIN_CONTEXT):
            self.reject("blank: too little context around the blank", question)
            return None
        if not local and (
            shown[at + len(term) :].startswith(MODIFIED) or shown[:at].endswith("等")
        ):
            self.reject("blank: the term only modifies a generic word", question)
            return None
        if shown[:at].count("《") > shown[:at].count("》"):
            self.reject("blank: inside the name of a law or a document", question)
            return None
        if not local and len(CJK.findall(shown[:at])) < 2:
            self.reject("blank: the term is the subject of a generic predicate", question)
            return None
        if not local and self._generic_frame(term, shown[:at], shown[at + len(term) :]):
            self.reject("blank: a generic verb before it fits any term of its class", question)
            return None
        if not local and self.lexicon.cued(term, rest):
            self.reject("blank: the sentence points to the answer", question)
            return None
        if not local and self._modifies_noun(shown[at + len(term) :]):
            self.reject("blank: the term only modifies a generic word", question)
            return None
        if gives_away(term, distractors, rest, strict=local):
            self.reject("blank: the sentence gives the answer away", question)
            return None
        if shares_title(term, distractors, article.title):
            self.reject("blank: only the answer shares a word with the title", question)
            return None
        return Draft(
            kind="blank",
            article_key=article.key,
            paragraph=index,
            sentence=sentence,
            question=question,
            answer=term,
            distractors=distractors,
            explanation=explain(sentence, label(article)),
        )

    def _figures(self, shown: str) -> Iterator[re.Match[str]]:
        """Figures right after a headline indicator (国内生产总值增长____, 城镇新增就业____)."""
        if not INDICATOR.search(shown):
            return
        for match in AMOUNT.finditer(shown):
            before = shown[: match.start()]
            if shown.count(match.group()) != 1 or not MACRO.search(before):
                continue
            if not match.group(1).isascii():
                continue  # full-width digits: the options would differ in width
            digits = len(match.group(1).replace(".", "").strip("0"))
            if digits > 3 or (
                "." in match.group(1) and match.group(2) not in PERCENT and digits > 2
            ):
                continue  # 603.7万人, 20.94万亿元: nobody should memorise four digits
            if match.group(2) in {"%", "％"} and float(match.group(1)) > 20:
                continue  # 57.3% over five years: annual rates are what a group remembers
            if re.search(r"比重|占[^，。；]{0,10}$", before):
                continue  # a share of something: a detail, not a headline
            yield match

    def _figure_blank(
        self,
        article: ArticleLike,
        index: int,
        paragraph: str,
        sentence: str,
        shown: str,
        match: re.Match[str],
    ) -> Draft | None:
        number, unit = match.group(1), match.group(2)
        near = near_figures(number, sentence, unit, paragraph)
        if not near:
            self.reject("blank: no figures near the answer", match.group())
            return None
        question = f"填空：{shown[: match.start()]}{BLANK}{shown[match.end() :]}"
        return Draft(
            kind="blank",
            article_key=article.key,
            paragraph=index,
            sentence=sentence,
            question=question,
            answer=number + unit,
            distractors=tuple(n + unit for n in near),
            explanation=explain(sentence, label(article)),
        )

    # -- 判断 ---------------------------------------------------------------------------------
    def _judge(
        self,
        article: ArticleLike,
        index: int,
        paragraph: str,
        sentence: str,
        shown: str,
        terms: Sequence[str],
        figures: Sequence[re.Match[str]],
    ) -> Draft | None:
        """A statement that could be made false by one swap; every other one is."""
        if len(shown) > MAX_STATEMENT:
            return None
        swap: tuple[str, str] | None = None
        for match in figures:
            near = near_figures(match.group(1), sentence, match.group(2), paragraph)
            if near:
                swap = (match.group(), near[zlib.crc32(sentence.encode()) % 3] + match.group(2))
                break
        if swap is not None:
            swapped = shown.replace(swap[0], swap[1], 1)
        else:
            pair = parallel_swap(shown)
            if pair is None or pair[0].rstrip("。") in self.doc.text:
                return None
            swapped, swap = pair
        false = self.judged % 2 == 1  # the statements taken alternate: true, false, true …
        statement = swapped if false else shown
        where = label(article)
        verdict = f"原文是“{swap[0]}”，不是“{swap[1]}”。" if false else "原文如此。"
        return Draft(
            kind="judge",
            article_key=article.key,
            paragraph=index,
            sentence=sentence,
            question=f"判断正误：{statement}",
            answer=FALSE if false else TRUE,
            distractors=(TRUE,) if false else (FALSE,),
            explanation=explain(sentence, where, verdict),
            fixed=True,
        )

    # -- 出处 ---------------------------------------------------------------------------------
    def _source_drafts(self) -> Iterator[Draft]:
        if self.doc.page:
            chapters = list(self.doc.articles)
            names = {a.key: f"《{clean_title(a.title)}》" for a in chapters}
        else:
            chapters = [a for a in self.doc.articles if a.section or a is self.doc.articles[0]]
            names = {a.key: chapter_name(a.section) for a in chapters}
        if len(set(names.values())) < OPTIONS:
            return
        asked = Counter(self.asked_articles)
        for article in chapters:
            made = 0
            # A chapter nothing else asks about may place any statement; others only key ones.
            key_only = asked[article.key] > 0 or self.doc.page
            for index, paragraph in enumerate(article.paragraphs, 1):
                if made >= SOURCES_PER_CHAPTER:
                    break
                for sentence in sentences(paragraph.text):
                    draft = self._source(article, index, sentence, names, key_only)
                    if draft is None:
                        continue
                    reason = check(draft)
                    if reason is None:
                        made += 1
                        self._take(draft)
                        yield draft
                        break
                    self.reject(reason, draft.question)

    def _source(
        self,
        article: ArticleLike,
        index: int,
        sentence: str,
        names: dict[str, str],
        key_only: bool,
    ) -> Draft | None:
        if sentence in self.used or self.doc.sentence_counts[sentence] > 1:
            return None
        shown = readable(sentence)
        if shown is None or self.doc.text.count(shown.rstrip("。")) > 1:
            return None
        if shown is None or len(shown) > 70:
            return None
        key = DISTINCTIVE.search(shown) if self.doc.page else "是" in shown
        if key_only and not key and not any(t in shown for t in self.lexicon.by_length):
            return None  # place key statements and formulations, not any sentence
        if not key and len(shown) < 24:
            return None  # 现在，我代表…作报告: too slight to be worth placing
        answer = names[article.key]
        others = sorted(
            {n for k, n in names.items() if k != article.key and n != answer},
            key=lambda n: (-chapter_overlap(n, shown), zlib.crc32(f"{sentence}{n}".encode())),
        )
        distractors = tuple(others[: OPTIONS - 1])
        near = set().union(*(pairs(d) & pairs(shown) for d in distractors))
        if (pairs(answer) & pairs(shown)) - near - CHAPTER_GENERIC:
            self.reject("source: only the right chapter shares words with the sentence", shown)
            return None
        return Draft(
            kind="source",
            article_key=article.key,
            paragraph=index,
            sentence=sentence,
            question=f"{PAGE_SOURCE if self.doc.page else CHAPTER_SOURCE}\n“{shown}”",
            answer=answer,
            distractors=distractors,
            explanation=explain(sentence, label(article)),
        )


# For 出处, only words every chapter heading shares are too common to count.
CHAPTER_GENERIC = frozenset(
    "发展 建设 推进 坚持 全面 部分 推动 加快 实现 我们 "
    "国家 社会 现代 代化 能力 体系 人民 中国".split()
)
DISTINCTIVE = re.compile(r"第一|根本|首要|核心|关键|前提|基础|本质|最|唯一|生命线|法宝")
PREDICATION = re.compile(r"([\u4e00-\u9fff]{1,6})是([\u4e00-\u9fff]{2,10})(?=[，、；。])")


def chapter_overlap(option: str, sentence: str) -> int:
    return len((bigrams(option) & bigrams(sentence)) - CHAPTER_GENERIC)


def parallel_swap(sentence: str) -> tuple[str, tuple[str, str]] | None:
    """A sentence of parallel definitions (科技是第一生产力、人才是第一资源、创新是第一动力)
    with two neighbouring predicates exchanged (人才是第一动力 …), and what changed; or None."""
    found = [m for m in PREDICATION.finditer(sentence) if len(m.group(1)) >= 2]
    for first, second in itertools.pairwise(found):
        a, b = first.group(2), second.group(2)
        if not (DISTINCTIVE.search(a) and DISTINCTIVE.search(b)):
            continue  # 思想是行动的先导 / 实践的指南: general enough to be true either way
        if (
            a in b
            or b in a
            or second.start() - first.end() > 2
            or first.group(1) == second.group(1)
        ):
            continue
        swapped = (
            sentence[: first.start(2)] + b + sentence[first.end(2) : second.start(2)] + a
            + sentence[second.end(2) :]
        )  # fmt: skip
        return swapped, (f"{first.group(1)}是{a}", f"{first.group(1)}是{b}")
    return None


def overlap(option: str, sentence: str) -> int:
    return len(content_bigrams(option) & content_bigrams(sentence))


def gives_away(answer: str, distractors: Sequence[str], rest: str, strict: bool = False) -> bool:
    """The rest of the sentence shares a word with some options and not others: it spells the
    answer out (一配二培三交流 beside “一配”“二培”), or rules a distractor out
    (产业、人才、文化、生态、____ against 生态振兴)."""
    options = (answer, *distractors)
    if strict:  # a page's slogan: any shared bigram (“四个重点” after 重点岗位…重点区域)
        return any(bigrams(option) & bigrams(rest) for option in options)
    everyone = set.intersection(*(bigrams(o) for o in options))
    shared = {frozenset((content_bigrams(o) & bigrams(rest)) - everyone) for o in options}
    if len(shared) > 1:  # the options do not all share the same words with the sentence
        return True
    # A character of the answer no distractor has, in the sentence: 所得税 beside 财税体制改革,
    # 医疗 beside 医药卫生体制改革, 安全 beside 平安中国.
    own = set(answer) - set("".join(distractors)) - COMMON_CHARS
    return bool(own & set(rest))


def shares_title(answer: str, distractors: Sequence[str], title: str) -> bool:
    """The title names the answer, or shares more with it than with any distractor."""
    mine = overlap(answer, title)
    return answer in title or mine > max(overlap(d, title) for d in distractors)


def pick_similar(answer: str, pool: Sequence[str], salt: str) -> list[str] | None:
    """Three distractors close in length to the answer (a stable choice), at least one as long
    as the answer so that it is never the longest alone; None when there are not three."""
    near = [p for p in pool if 0.6 * len(answer) <= len(p) <= 1.7 * len(answer) + 1]
    if len(near) < OPTIONS - 1:
        return None
    near.sort(key=lambda p: (abs(len(p) - len(answer)) // 3, zlib.crc32(f"{salt}{p}".encode())))
    chosen = near[: OPTIONS - 1]
    if max(map(len, chosen)) < len(answer):
        longer = [p for p in near if len(p) >= len(answer)]
        if not longer:
            return None
        chosen[-1] = longer[0]
    return chosen


def form(option: str) -> tuple[bool, bool, bool]:
    """What an option looks like: a figure, a percentage, a -化 word."""
    return (
        option[:1].isdigit(),
        option.endswith(("%", "％")),
        option.endswith("化") and not option.endswith("文化"),
    )


def check(draft: Draft) -> str | None:
    """The first rule a draft breaks that can be seen from the draft alone, or None."""
    options = draft.options
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
    if draft.kind == "judge":
        return None if set(options) == {TRUE, FALSE} else "a 判断 question needs 正确 / 错误"
    if any(word in d for d in draft.distractors for word in SENSITIVE):
        return "a sensitive term as a distractor"
    if len(draft.answer) > max(len(d) for d in draft.distractors):
        return "the answer is the longest option"
    if any(form(d) != form(draft.answer) for d in draft.distractors):
        return "the answer's form differs from a distractor's"
    if draft.kind == "blank":
        if draft.question.count(BLANK) != 1:
            return "not exactly one blank"
        if any(d in draft.question for d in draft.distractors):
            return "a distractor is in the question"
    return None


def documents(articles: Iterable[ArticleLike]) -> list[list[ArticleLike]]:
    """The articles grouped by document, in their order: a page file, or one report of a file
    that holds several (the chapters of a report share its title)."""
    grouped: dict[tuple[str, str], list[ArticleLike]] = defaultdict(list)
    for article in articles:
        grouped[article.source, article.column if article.section else ""].append(article)
    return list(grouped.values())


def drafts_of(
    articles: Sequence[ArticleLike], segmenter: Segmenter, rejected: Rejections
) -> list[Draft]:
    out: list[Draft] = []
    for group in documents(articles):
        out.extend(Generator(Document(group), segmenter, rejected).drafts())
    return out


def generate(
    articles: Sequence[ArticleLike],
    segmenter: Segmenter,
    *,
    seed: int = 0,
    rejected: Rejections | None = None,
) -> list[Question]:
    """All valid questions for the articles, in a stable order (by id). For four options the
    correct option's position cycles through the positions, so answers are spread evenly;
    ``seed`` shifts the cycle and the order of the distractors. 判断 keeps 正确 / 错误."""
    tally = rejected if rejected is not None else Rejections()
    questions = []
    for group in documents(articles):
        drafts = Generator(Document(group), segmenter, tally).drafts()
        questions += _ordered({d.id: d for d in reversed(list(drafts))}.values(), seed)
    return sorted(questions, key=lambda q: q.id)


def _ordered(drafts: Iterable[Draft], seed: int) -> list[Question]:
    """The drafts of one document as questions, the answer's position cycling through the
    positions (spread evenly within the document, whatever else is generated with it)."""
    questions = []
    counters: Counter[int] = Counter()
    for draft in sorted(drafts, key=lambda d: d.id):
        options: tuple[str, ...]
        if draft.fixed:
            options = (TRUE, FALSE)
            position = options.index(draft.answer)
        else:
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
                paragraph=draft.paragraph,
            )
        )
    return questions
