"""Chinese segmentation behind one object that owns its own jieba tokenizer."""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
import warnings
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import jieba

if TYPE_CHECKING:  # imported when first used: together ~100 MB that search does not need
    import jieba.analyse
    import jieba.posseg

USER_DICT = "userdict.txt"
# Words that carry no meaning in a search query ("如何培养年轻干部" searches 培养 年轻 干部):
# question words, pronouns, and the function words (particles, prepositions, conjunctions,
# adverbs of degree) that occur in almost every paragraph.
STOPWORDS = frozenset(
    "的 了 是 和 与 及 或 在 把 被 对 为 有 吗 呢 吧 啊 呀 么 嘛 就 都 也 还 又 "
    "如何 怎么 怎样 怎么样 什么 哪些 哪个 为什么 请问 关于 有关 一下 一些 这个 那个 "
    "我 我们 你 您 他 她 它 他们 之 其 这 那 要 能 会 可以 应该 中 上 下 "
    "做 搞 怎么做 怎样做 应当 需要 一个 "
    "地 得 着 过 以 而 于 从 向 给 让 使 将 由 等 所 则 但 并 且 若 如 因 即 乃 "
    "因为 所以 但是 而且 并且 如果 虽然 以及 还是 或者 不 没 没有 很 最 更 已 已经 再 才 "
    "只 这些 那些 此 该 各 每 某 啥 哪 谁 个 们 来 去 到 说 看 用 等等 之一 方面".split()
)
SEGMENTATION = "2"  # bump when tokens() changes: the index is then segmented again
ASCII_RUN = re.compile(r"[0-9a-z][0-9a-z+#&%.\-]*[0-9a-z+%#]")  # 1+3+1, 5g, c++, 3.5%
QUOTED = re.compile(r"“([^“”\s]{2,12})”")
WORD = re.compile(r"\w")
MAX_QUERY_TOKENS = 24


def normalize(text: str) -> str:
    """NFKC (full-width letters and digits to half-width) and case folding."""
    return unicodedata.normalize("NFKC", text).casefold()


def quoted_terms(text: str) -> set[str]:
    """Terms the page itself sets in quotes (“五大抓手”, “1+3+1”), to be kept whole."""
    return {normalize(m) for m in QUOTED.findall(text)}


class Segmenter:
    """jieba's ``Tokenizer`` with the policy-term user dictionary, initialised once."""

    def __init__(self, user_dict: Path | None = None) -> None:
        self._tokenizer = jieba.Tokenizer()
        self._user_dict = user_dict
        self._added: set[str] = set()
        self._ready = False
        self._tfidf: jieba.analyse.TFIDF | None = None
        self._pos: jieba.posseg.POSTokenizer | None = None
        self._formulations: frozenset[str] | None = None

    def initialize(self) -> None:
        if self._ready:
            return
        logging.getLogger("jieba").setLevel(logging.WARNING)
        jieba.setLogLevel(logging.WARNING)
        self._tokenizer.initialize()
        if self._user_dict is not None:
            self._tokenizer.load_userdict(str(self._user_dict))
        else:
            with resources.files("bot.data").joinpath(USER_DICT).open("rb") as handle:
                self._tokenizer.load_userdict(handle)
        self._ready = True

    @property
    def dictionary_id(self) -> str:
        """What segmentation depends on: jieba's version, the shipped user dictionary (or the
        one given) and this module's token rules. An index built with another id is stale."""
        if self._user_dict is not None:
            data = self._user_dict.read_bytes()
        else:
            data = resources.files("bot.data").joinpath(USER_DICT).read_bytes()
        version = getattr(jieba, "__version__", "")
        digest = hashlib.sha256(f"{version}\x00{SEGMENTATION}\x00".encode() + data)
        return digest.hexdigest()[:16]

    def add_words(self, words: Iterable[str]) -> int:
        """Add words to the dictionary; returns how many were new."""
        self.initialize()
        new = [w for w in words if w and w not in self._added]
        for word in new:
            self._tokenizer.add_word(word, freq=200)
            self._added.add(word)
        return len(new)

    def tokens(self, text: str) -> list[str]:
        """Search-mode tokens of a text, normalised, without punctuation and spaces."""
        self.initialize()
        text = normalize(text)
        tokens = [t for t in self._tokenizer.cut_for_search(text) if WORD.search(t)]
        # A run of letters and digits with signs in it (“1+3+1”, 5G, 3.5%) is also kept
        # whole: jieba cuts it into single characters that match everywhere.
        return tokens + [r for r in ASCII_RUN.findall(text) if r not in tokens]

    def words(self, text: str) -> list[str]:
        """Accurate-mode words (for keyword analysis), normalised, without punctuation."""
        self.initialize()
        return [t for t in self._tokenizer.cut(normalize(text)) if WORD.search(t)]

    def index_text(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def query_terms(self, query: str) -> list[str]:
        """The distinct meaningful tokens of a query, in order, at most MAX_QUERY_TOKENS."""
        seen: dict[str, None] = {}
        for token in self.tokens(query):
            if token not in STOPWORDS:
                seen.setdefault(token, None)
        return list(seen)[:MAX_QUERY_TOKENS]  # none: the query has no word worth searching

    @property
    def formulations(self) -> frozenset[str]:
        """The policy terms of the user dictionary (高质量发展, 中国式现代化, …): key
        formulations worth asking about."""
        if self._formulations is None:
            with resources.files("bot.data").joinpath(USER_DICT).open("r", encoding="utf-8") as f:
                self._formulations = frozenset(
                    line.split()[0] for line in f if line.strip() and len(line.split()[0]) >= 3
                )
        return self._formulations

    def keywords(self, text: str, count: int) -> list[str]:
        """The ``count`` most distinctive words of a text (jieba's TF-IDF keyword analysis)."""
        self.initialize()
        if self._tfidf is None:
            with warnings.catch_warnings():  # jieba leaves its idf.txt unclosed
                warnings.simplefilter("ignore", ResourceWarning)
                import jieba.analyse

                self._tfidf = jieba.analyse.TFIDF()
            self._tfidf.tokenizer = self._tokenizer
        return list(self._tfidf.extract_tags(text, topK=count))

    def pos_tags(self, word: str) -> str:
        """The part of speech of a dictionary word ('x' when jieba does not know it)."""
        self.initialize()
        if self._pos is None:
            import jieba.posseg

            self._pos = jieba.posseg.POSTokenizer(self._tokenizer)
        return str(self._pos.word_tag_tab.get(word, "x"))

    @property
    def tokenizer(self) -> jieba.Tokenizer:
        self.initialize()
        return self._tokenizer
