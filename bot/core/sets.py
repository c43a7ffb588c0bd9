"""Named formulations with a fixed list of members (四个意识, 新发展理念, “五位一体”总体布局 …),
from ``bot/data/sets.txt``, and the question a study group asks about them: 「下列哪一项不属于
“四个意识”？」 — three members and one decoy of the same form, the decoy the answer.

The list is closed, so exactly one option is wrong by definition, and what is asked is what a
study group learns by heart. The question is asked where a text names the formulation (or
lists its members in one sentence), so that the day's excerpt that names it can carry it.
"""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import dataclass
from importlib import resources

TABLE = "sets.txt"
SHOWN = 3  # members offered beside the decoy
QUOTED = re.compile(r"“([^“”]{1,16})”")
LISTED_BEFORE = re.compile(r"(?:“[^“”]{1,16}”[、，,和与及]?){2,}(?:这|等|的)?“?$")


@dataclass(frozen=True)
class NamedSet:
    name: str  # as texts print it: 四个意识
    year: int | None  # when it was put forward
    members: tuple[str, ...]
    decoys: tuple[str, ...]
    shown: tuple[str, ...]  # the members that may be offered
    names: tuple[str, ...]  # every way a text names it
    ask: str  # what the question calls it: “四个意识”, 乡村振兴的“五个振兴”
    context: tuple[str, ...] = ()  # one of them must be in the paragraph (乡村 for 五个振兴)
    until: tuple[int, tuple[str, ...]] | None = None  # (year, the members in older texts)
    by: str = ""  # where it was laid down: 党的十八届五中全会 (reviews 2020, 2121)

    @property
    def group(self) -> str:
        """What one question in a bank is about (the three levels of 社会主义核心价值观 are
        one formulation: a bank asks one of them)."""
        return self.name.split("（")[0]

    @property
    def acronym(self) -> bool:
        """The name is its members' first characters (专精特新): no decoy serves — one that
        does not spell a character of the name gives itself away (review 2424: 规模化), one
        that does stands for the member of that character (review 6060: 专门化 for 专业化)."""
        return "".join(m[0] for m in self.members) == self.name

    def named_in(self, sentence: str, paragraph: str) -> bool:
        named = any(
            name in sentence and not self._local(sentence[: sentence.index(name)])
            for name in self.names
        )
        return named and (not self.context or any(word in paragraph for word in self.context))

    def _local(self, before: str) -> bool:
        """The name follows a list of other things in quotation marks: a text's own set by
        the same name (review 3838: 「“昆山之路”“张家港精神”“园区经验”这“三大法宝”」)."""
        listed = LISTED_BEFORE.search(before)
        items = QUOTED.findall(listed.group()) if listed else []
        return bool(items) and not any(m in item for item in items for m in self.members)

    def options(self, salt: str) -> tuple[str, tuple[str, ...]] | None:
        """The decoy (the answer) and three members, a stable choice by ``salt``; None when no
        decoy is as short as the longest member shown (the answer would be the longest), or
        the name is an acronym of its members."""
        if self.acronym:
            return None
        start = zlib.crc32(f"{salt}:{self.name}".encode())
        pool = list(self.shown)
        # The first choice, or the next that the options' form does not give away (review
        # 8484: 中国共产党 / 中华民族 / 中华文化 against 人民军队, the only one not opening
        # with 中; with 伟大祖国 shown, nothing sets the decoy apart).
        for shift in range(len(pool)):
            members = tuple(
                pool[(start + shift + i) % len(pool)] for i in range(min(SHOWN, len(pool)))
            )
            decoys = [d for d in self.decoys if len(d) <= max(map(len, members))]
            if not decoys:
                return None
            decoy = decoys[start % len(decoys)]
            if not _odd_by_form(decoy, members):
                return decoy, members
        return None

    def explanation(self, year: int | None = None) -> str:
        """Its members, as a text of that year knew them, and when it was put forward (review
        1111: the sentence naming it says where it is quoted, not where it comes from); not for
        one whose members changed since (四个全面: 2014, its first member renamed in 2020)."""
        members, since = self.members, ""
        if self.until is not None and year is not None and year < self.until[0]:
            members = self.until[1]
            # Review 1818: a 2015 text's list, with what it has been since.
            changes = "，".join(
                f"{old}改为{new}"
                for old, new in zip(
                    [m for m in members if m not in self.members],
                    [m for m in self.members if m not in members],
                    strict=False,
                )
            )
            since = f"（{self.until[0]}年起，{changes}）" if changes else ""
        # Members that are pairs themselves (坚持真理、坚守理想) are set apart by commas, as
        # the formulation prints them.
        joint = "，" if any("、" in m for m in members) else "、"
        by = "" if self.by.removesuffix("报告") in self.ask else self.by  # the ask says it
        when = f"（{self.year}年{by}提出）" if self.year and self.until is None else ""
        return f"{self.ask}{when}：{joint.join(members)}{since}。"


def _odd_by_form(decoy: str, members: tuple[str, ...]) -> bool:
    """The decoy alone without the first or the last character all the members shown share."""
    return any(
        len({m[at] for m in members}) == 1 and decoy[at] != members[0][at] for at in (0, -1)
    )


@functools.cache
def named_sets() -> tuple[NamedSet, ...]:
    text = resources.files("bot.data").joinpath(TABLE).read_text(encoding="utf-8")
    found: list[NamedSet] = []
    block: dict[str, str] = {}

    def close() -> None:
        if not block:
            return
        head = block["##"].split()
        name = head[0]
        year = int(head[1]) if len(head) > 1 and head[1].isdecimal() else None
        members = tuple(block["members"].split())
        shown = tuple(block.get("shown", block["members"]).split())
        also = tuple(block.get("also", "").split())
        names = tuple(block["names"].split()) if "names" in block else (name,)
        until = block.get("until", "").split()
        found.append(
            NamedSet(
                name=name,
                year=year,
                members=members,
                decoys=tuple(block["decoys"].split()),
                shown=shown,
                names=(*(names if "（" not in name else ()), *also),
                ask=block.get("ask", f"“{name}”"),
                context=tuple(block.get("context", "").split()),
                until=(int(until[0]), tuple(until[1:])) if until else None,
                by=block.get("by", ""),
            )
        )
        block.clear()

    for line in text.splitlines():
        line = line.strip()
        if line.startswith("## "):
            close()
            block["##"] = line[3:]
        elif line and not line.startswith("#") and block:
            key, _, value = line.partition(":")
            block[key.strip()] = value.strip()
    close()
    return tuple(found)


def mentioned(sentence: str, paragraph: str, year: int | None) -> list[NamedSet]:
    """The formulations a sentence (of the paragraph) names, put forward by the document's
    year."""
    return [
        s
        for s in named_sets()
        if s.named_in(sentence, paragraph) and (year is None or s.year is None or s.year <= year)
    ]


@functools.cache
def set_names() -> frozenset[str]:
    """What a bank asks about once: each formulation's group (四个意识, 社会主义核心价值观)."""
    return frozenset(s.group for s in named_sets())


def naming_clause(sentence: str, named: NamedSet) -> str:
    """The clause of a sentence that names the formulation (what a 辨析's explanation quotes):
    「…增强“四个意识”、坚定“四个自信”…」, not a long sentence whose first 200 characters are
    about something else."""
    clauses = re.split(r"(?<=[，；：,;:])", sentence)
    for index, clause in enumerate(clauses):
        if any(name in clause for name in named.names):
            head = "" if index == 0 else "…"
            tail = "" if index == len(clauses) - 1 else "…"
            return f"{head}{clause.rstrip('，；：,;:')}{tail}"
    return sentence
