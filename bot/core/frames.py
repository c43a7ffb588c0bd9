"""An article's own framework: its parallel items (pure).

Theory articles say what they propose in parallel section leads (大抓制造业，打造重要先进制造业
产业集群。/ 大抓科技创新，打造成渝地区科技创新桥头堡。). Each lead pairs a measure with what it
is for, in the same words and form as its siblings. A 结构 question (kind ``frame``)
blanks the aim of one item and offers the aims of its siblings: every option is the article's
own item, of the same form and length, and only one is paired so in the text. Only the safest
form is asked (``ASKED_SIDES``, ``MAX_SHOWN_CORE``, groups worded on both sides): a shown side
with words of its own echoes the answer by meaning.

This module finds the groups and splits their items; ``bot.core.quiz`` makes the questions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

CHINESE_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
# The ordinal styles an article numbers its points with; each maps to (style, ordinal).
ORDINALS = (
    ("是", re.compile(r"^([一二三四五六七八九十])是")),
    ("第", re.compile(r"^第([一二三四五六七八九十])[，,、]")),
    ("（", re.compile(r"^[（(]([一二三四五六七八九十])[)）]")),
    ("d", re.compile(r"^(\d)[.、．]")),
)
SEQUENCE = {"首先": 1, "其次": 2, "再次": 3}
SEQUENCE_WORD = re.compile(r"^(首先|其次|再次|最后)[，,]")
END = "。！？；;"
MIN_ITEMS = 3
MAX_ITEM = 40  # an item is a lead or a point, not a paragraph
MIN_CORE, MAX_CORE = 2, 20
# Short purposes after one shared verb (确保震慑有力, 确保防微杜渐) are interchangeable.
SHORT_PURPOSE = 4
MIN_SHOWN = 4  # CJK characters shown besides the blank (“三送”____ is too little)
# What is asked (round 5's review, docs/quiz-review.md): the aim after a short measure (大抓
# 项目建设，打造____). A longer shown side describes the answer by meaning: 注重长远发展与当前
# 需求结合，进一步____ → 形成年轻干部梯次储备 (长远 ↔ 储备), and a shown aim names its measure
# (____结合，进一步推动年轻干部党性提升、本领提升 → 理论武装与实践锻炼).
ASKED_SIDES = ("right",)
MAX_SHOWN_CORE = 4


@dataclass(frozen=True)
class Item:
    """One parallel item: where it is, the sentence as printed, and its two sides."""

    paragraph: int  # from 1
    sentence: str  # as the text has it (with its ordinal)
    body: str  # without the ordinal and the end punctuation
    left: str
    right: str
    joint: str  # what joins the sides: "，" or "" (“三送”推动资源下沉)


@dataclass(frozen=True)
class Group:
    """Parallel items of one article, and where their sides vary (the cores)."""

    items: tuple[Item, ...]
    left: tuple[int, int]  # the common prefix and suffix lengths of the left sides
    right: tuple[int, int]

    def core(self, index: int, side: str) -> str:
        item = self.items[index]
        text = item.left if side == "left" else item.right
        start, end = self.left if side == "left" else self.right
        return text[start : len(text) - end]

    def stem(self, index: int, side: str, blank: str) -> str:
        """The item with one side's core blanked."""
        item = self.items[index]
        start, end = self.left if side == "left" else self.right
        if side == "left":
            left = item.left[:start] + blank + item.left[len(item.left) - end :]
            return f"{left}{item.joint}{item.right}。"
        right = item.right[:start] + blank + item.right[len(item.right) - end :]
        return f"{item.left}{item.joint}{right}。"


def ordinal(sentence: str) -> tuple[str, int, int] | None:
    """The style, the number and the length of an ordinal at a sentence's start
    (一是 → ("是", 1, 2)), or None."""
    for style, pattern in ORDINALS:
        match = pattern.match(sentence)
        if match:
            digit = match.group(1)
            return style, CHINESE_DIGITS.get(digit) or int(digit), match.end()
    match = SEQUENCE_WORD.match(sentence)
    if match:
        return "首", SEQUENCE.get(match.group(1), 0), match.end()
    return None


DOUBLED = re.compile(r"([\u4e00-\u9fff]{2})\1")


def typo(text: str) -> bool:
    """A word printed twice (锤炼锤炼, 高质量发展发展区): not to be shown as an option."""
    return bool(DOUBLED.search(text))


def balanced(text: str) -> bool:
    return text.count("“") == text.count("”") and text.count("（") == text.count("）")


def outside_quotes(text: str, char: str) -> list[int]:
    """The positions of ``char`` outside quotation marks and brackets."""
    depth, found = 0, []
    for at, c in enumerate(text):
        if c in "“（(":
            depth += 1
        elif c in "”）)":
            depth = max(0, depth - 1)
        elif c == char and depth == 0:
            found.append(at)
    return found


def split(body: str) -> tuple[str, str, str] | None:
    """The two sides of an item: at its one comma (大力招录，涵养“源头活水”), or after a
    quoted name it opens with (“三送”推动资源下沉); None for a single clause."""
    commas = outside_quotes(body, "，")
    if len(commas) == 1:
        at = commas[0]
        return body[:at], body[at + 1 :], "，"
    if not commas and body.startswith("“"):
        close = body.find("”")
        if 2 < close < len(body) - 2:
            return body[: close + 1], body[close + 1 :], ""
    return None


def _common(texts: Sequence[str], reverse: bool) -> int:
    size = 0
    shortest = min(map(len, texts))
    while size < shortest:
        chars = {(t[len(t) - 1 - size] if reverse else t[size]) for t in texts}
        if len(chars) != 1:
            break
        size += 1
    return size


def affixes(texts: Sequence[str], boundaries: Callable[[str], set[int]]) -> tuple[int, int] | None:
    """The longest common prefix and suffix of the sides that end and start at word
    boundaries in each (加强 / 加快 share 加, which is no word), keep every core's quotes
    balanced and leave every core at least two characters; None when they cannot."""
    start, end = _common(texts, False), _common(texts, True)
    start = min(start, min(map(len, texts)) - MIN_CORE)
    bounds = [boundaries(t) for t in texts]
    # The segmenter errs now and then (打造成渝 as 打/造成/渝): of four items or more, one may
    # disagree.
    need = len(texts) - (len(texts) >= 4)
    while start > 0 and sum(start in b for b in bounds) < need:
        start -= 1
    while end > 0 and sum(len(t) - end in b for t, b in zip(texts, bounds, strict=True)) < need:
        end -= 1
    while start > 0 and not balanced(texts[0][:start]):
        start -= 1
    while end > 0 and not balanced(texts[0][len(texts[0]) - end :]):
        end -= 1
    cores = [t[start : len(t) - end] for t in texts]
    if any(len(c) < MIN_CORE or not balanced(c) for c in cores):
        return None
    if len(set(cores)) != len(cores):
        return None
    return start, end


def _items(candidates: Sequence[tuple[int, str, int]]) -> list[Item] | None:
    """Items from (paragraph, sentence, ordinal length); None unless every one splits the
    same way into two sides."""
    items = []
    for paragraph, sentence, skip in candidates:
        body = sentence[skip:].strip().rstrip(END).strip()
        if not sentence.rstrip().endswith(tuple(END)) or len(body) > MAX_ITEM:
            return None
        if not balanced(body) or "、" in body[:1]:
            return None
        sides = split(body)
        if sides is None:
            return None
        items.append(Item(paragraph, sentence, body, *sides))
    if len({item.joint for item in items}) != 1:
        return None
    lengths = [len(item.body) for item in items]
    if max(lengths) > 2 * min(lengths):
        return None  # not of one form
    return items


def groups(
    paragraphs: Sequence[tuple[str, str, str]],
    sentences: Callable[[str], list[str]],
    boundaries: Callable[[str], set[int]],
) -> Iterator[Group]:
    """The groups of parallel items of an article, given its paragraphs as (lead, text,
    role): its section leads (an ordinal before a lead, 一是 or （一）, is not shown)."""
    leads = [
        (index, lead, found[2] if (found := ordinal(lead)) else 0)
        for index, (lead, _, role) in enumerate(paragraphs, 1)
        if lead and not role
    ]
    # Numbered points inside a section (一是大力招录，涵养“源头活水”。二是…) were tried too and
    # judged usable 2 times of 5: their short purposes echo their measures by meaning
    # (政治体检 → 涵养忠诚之心, 培养引导 → 优化成长之路), so a reader who has not read the text
    # matches them. Only section leads are asked.
    runs = [leads] if len(leads) >= MIN_ITEMS else []
    for run in runs:
        items = _items(run)
        if items is None:
            continue
        left = affixes([i.left for i in items], boundaries)
        right = affixes([i.right for i in items], boundaries)
        if left is None or right is None:
            continue
        if not (any(left) and any(right)):
            # A side in words of its own (以选贤任能为要，鲜明德才配位“风向标”; 坚持人民至上，
            # 把群众满意作为根本标准) glosses the other by meaning, an echo no rule sees: judged
            # usable 4 of 9 in rounds 4 and 5. Only a framework worded on both sides (大抓…，
            # 打造…; 注重…结合，进一步…) pairs a measure with an aim a reader must have read.
            continue
        group = Group(tuple(items), left, right)
        cores = [group.core(i, side) for i in range(len(items)) for side in ("left", "right")]
        if not all(MIN_CORE <= len(c) <= MAX_CORE for c in cores):
            continue
        purposes = [group.core(i, "right") for i in range(len(items))]
        if right[0] and all(len(p) <= SHORT_PURPOSE for p in purposes):
            continue  # 确保震慑有力 / 确保防微杜渐 / 确保不留死角: any would do
        yield group
