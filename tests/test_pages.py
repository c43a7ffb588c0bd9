from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.pages import Page, PageError, decode_page, load_page_file, parse_page
from tests.conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page() -> Page:
    return load_page_file(SEED)


def test_seed_has_five_articles_with_authors_affiliations_and_paragraphs(page: Page) -> None:
    assert [a.author for a in page.articles] == ["高洪波", "蒋代跃", "任骏", "李莉", "冯雪勇"]
    assert [len(a.paragraphs) for a in page.articles] == [6, 4, 6, 4, 5]
    assert [a.affiliation for a in page.articles] == [
        "中共荣昌区委书记",
        "璧山区委组织部",
        "中共璧江区委常委、宣传部部长",
        "重庆城市管理职业学院",  # (…，本文为重庆市教委人文社科研究项目成果: the funding, no place)
        "中共南川区委常委、组织部部长",
    ]


def test_banner_column_and_titles(page: Page) -> None:
    assert page.banner == "深入学习宣传贯彻党的二十大精神"
    assert page.column == "领导干部学习笔谈"
    assert page.articles[0].title == "奋力书写中国式现代化重庆篇章荣昌实践"
    assert page.articles[1].title == "基层学报告"  # a single heading line is the title
    assert all(a.column == "领导干部学习笔谈" for a in page.articles)


def test_every_non_blank_character_lands_in_exactly_one_field(page: Page) -> None:
    in_fields = "".join(page.raw_fields())
    in_file = "".join(SEED_TEXT.split())
    assert len("".join(in_fields.split())) == len(in_file)
    assert sorted("".join(in_fields.split())) == sorted(in_file)


def test_broken_paragraphs_are_rejoined_with_nothing_between(page: Page) -> None:
    texts = [p.text for a in page.articles for p in a.paragraphs]
    assert any("休闲食品五大市级产业园" in t for t in texts)
    assert any("成为西部(重庆)科学城的重要一园。" in t for t in texts)
    assert any("有“营养剂”“强心针”" in t for t in texts)
    assert not any(t.startswith(("品五大", "科学城的重要一园")) for t in texts)


def test_section_leads(page: Page) -> None:
    first = page.articles[0]
    assert first.paragraphs[0].lead == ""
    assert first.leads[0] == "大抓制造业，打造重要先进制造业产业集群。"
    assert page.articles[1].leads[0] == "以铸魂赋能为基，把准德才兼备“定盘星”。"
    assert all(len(a.leads) == len(a.paragraphs) - 1 for a in page.articles)


def test_typos_are_kept(page: Page) -> None:
    assert "高质量发展发展区" in page.articles[0].leads[2]


def test_keys_are_stable_and_editing_one_article_keeps_the_others(page: Page) -> None:
    again = parse_page(SEED_TEXT, SEED.name)
    assert [a.key for a in again.articles] == [a.key for a in page.articles]
    edited = parse_page(SEED_TEXT.replace("基层学报告", "基层学报告（修订）"), SEED.name)
    keys = [a.key for a in edited.articles]
    assert keys[1] != page.articles[1].key
    assert (
        keys[:1] + keys[2:]
        == [a.key for a in page.articles][:1] + [a.key for a in page.articles][2:]
    )


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def test_no_byline_is_refused_with_file_and_line() -> None:
    with pytest.raises(PageError) as info:
        parse_page(_page("标题", "正文一段。"), "x.txt")
    assert str(info.value).startswith("x.txt:1: ")
    assert "署名" in info.value.reason


def test_an_article_without_body_is_the_page_s_lines() -> None:
    text = _page("标题", "□张三", "(作者系某单位)", "标题二", "□李四", "正文。", "(作者系某处)")
    assert [a.title for a in parse_page(text, "y.txt").articles] == ["标题二"]


def test_a_page_whose_only_article_has_no_body_is_refused_with_its_line() -> None:
    text = _page("标题", "□张三", "(作者系某单位)")
    with pytest.raises(PageError) as info:
        parse_page(text, "y.txt")
    assert info.value.line == 3  # the byline of the article with no body
    assert "正文" in info.value.reason


def test_byline_without_title_is_refused() -> None:
    with pytest.raises(PageError) as info:
        parse_page("□张三\n\n正文。\n", "z.txt")
    assert info.value.line == 1


def test_undecodable_bytes_are_refused_with_line() -> None:
    data = "标题\n□张三\n".encode() + b"\xff\xfe\x00\x81\n"
    with pytest.raises(PageError) as info:
        decode_page(data, "bad.txt")
    assert info.value.source == "bad.txt"
    assert info.value.line == 3


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-8-sig"])
def test_gb18030_gbk_bom_and_crlf_read_the_same(encoding: str) -> None:
    data = SEED_TEXT.replace("\n", "\r\n").encode(encoding)
    page = parse_page(decode_page(data, "p.txt"), "p.txt")
    assert [len(a.paragraphs) for a in page.articles] == [6, 4, 6, 4, 5]
    assert page.articles[0].title == "奋力书写中国式现代化重庆篇章荣昌实践"


def test_article_without_affiliation_ends_before_next_title() -> None:
    text = _page("栏目", "标题一", "□张三", "第一段。", "第二段。", "标题二", "□李四", "正文。")
    page = parse_page(text, "n.txt")
    assert [a.title for a in page.articles] == ["标题一", "标题二"]
    assert [len(a.paragraphs) for a in page.articles] == [2, 1]


def test_load_page_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(PageError, match=r"^empty\.txt:1: "):
        load_page_file(path)
