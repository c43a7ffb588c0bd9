"""Article pages of the sites study groups use → drafts (fixtures in tests/fixtures/web, built
after the real pages' structure: navigation, breadcrumbs, share bars, related lists, comment
boxes and footers around the article)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.core.drafts import DocumentError
from bot.core.webpage import decode_html, join_pages, next_page, read_webpage
from tests.webserver import FIXTURES

EXPECTED: dict[str, dict[str, Any]] = json.loads((FIXTURES / "expected.json").read_text())
BOILERPLATE = [
    "分享到",
    "责编",
    "责任编辑",
    "相关",
    "评论",
    "版权",
    "登录",
    "二维码",
    "关注",
    "纠错",
]


def read(name: str) -> Any:
    case = EXPECTED[name]
    page = decode_html((FIXTURES / f"{name}.html").read_bytes(), None)
    return read_webpage(page, case["url"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_title(name: str) -> None:
    assert read(name).title == EXPECTED[name]["title"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_author(name: str) -> None:
    assert read(name).author == EXPECTED[name]["author"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_date(name: str) -> None:
    assert read(name).published == EXPECTED[name]["date"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_site(name: str) -> None:
    assert read(name).site == EXPECTED[name]["site"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_paragraphs_are_the_article_and_nothing_else(name: str) -> None:
    paragraphs = read(name).paragraphs
    starts = EXPECTED[name]["paragraphs"]
    assert len(paragraphs) == len(starts)
    assert all(p.startswith(s) for p, s in zip(paragraphs, starts, strict=True)), paragraphs


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_page_furniture_in_the_text(name: str) -> None:
    text = "".join(read(name).paragraphs)
    assert [word for word in BOILERPLATE if word in text] == []


def test_a_gb2312_page_without_a_charset_header_decodes_by_its_meta_tag() -> None:
    data = (FIXTURES / "people.html").read_bytes()
    assert "基层党组织" in decode_html(data, None)


def test_a_wrong_charset_header_falls_back_to_what_decodes() -> None:
    data = (FIXTURES / "people.html").read_bytes()
    assert "基层党组织" in decode_html(data, "utf-8")


def test_text_in_no_known_encoding_is_refused() -> None:
    with pytest.raises(DocumentError) as info:
        decode_html(b"<html>\xff\xfe\x00\x81\xff\xff</html>", "x-unknown")
    assert "编码" in info.value.reason


def test_the_next_page_of_a_continued_article_is_found() -> None:
    case = EXPECTED["gmw"]
    page = decode_html((FIXTURES / "gmw.html").read_bytes(), None)
    assert next_page(page, case["url"]) == case["url"].replace("gmw.html", "gmw_2.html")


def test_the_last_page_has_no_next_page() -> None:
    page = decode_html((FIXTURES / "gmw_2.html").read_bytes(), None)
    assert next_page(page, "https://theory.gmw.cn/2026-11/29/gmw_2.html") is None


def test_continued_pages_join_in_order() -> None:
    first = read("gmw")
    second = read_webpage(
        decode_html((FIXTURES / "gmw_2.html").read_bytes(), None),
        "https://theory.gmw.cn/2026-11/29/gmw_2.html",
    )
    joined = join_pages(first, [second])
    case = EXPECTED["gmw"]
    assert [p[:6] for p in joined.paragraphs] == [
        s[:6] for s in case["paragraphs"] + case["continued"]
    ]
    assert joined.author == "周建华"


@pytest.mark.parametrize(
    ("name", "needle"),
    [("home", "没有找到文章正文"), ("login", "没有找到文章正文"), ("xuexi_shell", "脚本")],
)
def test_pages_without_an_article_are_refused(name: str, needle: str) -> None:
    page = decode_html((FIXTURES / f"{name}.html").read_bytes(), None)
    with pytest.raises(DocumentError) as info:
        read_webpage(page, "https://example.org/")
    assert needle in info.value.reason
