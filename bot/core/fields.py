"""Fields of meaning: what a reader links without having read the text (pure).

A question is answered from the question alone when a word of its sentence and the answer
belong to one field that no distractor belongs to: 优化____，建立生育支持政策体系 → 人口发展战略
(生育 ↔ 人口), 以____，练就德才双全“硬脊梁” → 实践锻炼为先 (锻炼 ↔ 练就), or, for 出处, a sentence
about 企业 among the parts' titles, one of which is about 高质量发展. Distinct characters or
bigrams do not see such echoes; a small curated table (``bot/data/fields.txt``) does.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

TABLE = "fields.txt"


@dataclass(frozen=True)
class Fields:
    groups: dict[str, tuple[str, ...]]
    echo_only: frozenset[str] = frozenset()  # words of like meaning, not topics (人民 / 群众)

    def of(self, text: str, topics: bool = False) -> frozenset[str]:
        """The groups with a word in the text (only topics, for 出处)."""
        return frozenset(
            name
            for name, words in self.groups.items()
            if not (topics and name in self.echo_only) and any(w in text for w in words)
        )

    def echo(self, answer: str, distractors: Sequence[str], shown: str) -> frozenset[str]:
        """The groups the shown text shares with the answer and with no distractor."""
        others = frozenset().union(*(self.of(d) for d in distractors))
        return (self.of(answer) & self.of(shown)) - others

    def points_to(self, sentence: str, answer: str, distractors: Sequence[str]) -> bool:
        """For 出处: the sentence's topics lead to the answer's title more than to any
        distractor's (企业 → 着力推动高质量发展 among 国防, 科教 and 文化)."""
        topics = self.of(sentence, topics=True)
        if not topics:
            return False

        def score(title: str) -> int:  # the sentence's words in the title's fields
            shared = topics & self.of(title, topics=True)
            found = {w for name in shared for w in self.groups[name] if w in sentence}
            return sum(not any(w in other and w != other for other in found) for w in found)

        return score(answer) > max(score(d) for d in distractors)


@functools.cache
def fields() -> Fields:
    groups: dict[str, list[str]] = {}
    echo_only: set[str] = set()
    current = ""
    text = resources.files("bot.data").joinpath(TABLE).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("## "):
            current, _, flags = line[3:].strip().partition(" ")
            groups[current] = []
            if "(echo)" in flags.split():
                echo_only.add(current)
        elif line and not line.startswith("#") and current:
            groups[current].extend(line.split())
    return Fields({k: tuple(v) for k, v in groups.items()}, frozenset(echo_only))
