"""Exchanging two parts of a sentence: how a 判断 makes a false statement from a true one
(科技是第一资源、人才是第一生产力; 以人民安全为根本、以政治安全为宗旨; 2060年前实现碳达峰、2030年前
实现碳中和)."""

from __future__ import annotations


def exchanged(text: str, first: tuple[int, int], second: tuple[int, int]) -> str:
    """``text`` with the spans ``first`` and ``second`` (the first before the second)
    exchanged; its length is unchanged."""
    (a, b), (c, d) = first, second
    return text[:a] + text[c:d] + text[b:c] + text[a:b] + text[d:]
