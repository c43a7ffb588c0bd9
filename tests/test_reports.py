"""Reports: numbered chapters found in order, points broken mid-sentence rejoined, headings
inside one long line split, one name for the preamble; the reference loaders use this parser."""

from __future__ import annotations

import pytest

from bot.core.pages import REPORT_PREAMBLE, load_page_file, parse_document, parse_report
from tests.conftest import REPORT, SHARED
from tests.corpus import load_report, national_reports, provincial_report

CORPUS = SHARED / "corpus"


def needs_corpus() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")


def test_the_point_broken_mid_sentence_is_rejoined() -> None:
    chapter = next(a for a in load_page_file(REPORT).articles if a.section.startswith("十五、"))
    texts = [p.text for p in chapter.paragraphs]
    assert "（二）坚持不懈用" not in texts
    assert any(t.startswith("（二）坚持不懈用新时代中国特色社会主义思想凝心铸魂。") for t in texts)


def test_the_preamble_has_one_name_in_the_bot_and_the_loaders() -> None:
    assert load_page_file(REPORT).articles[0].title == REPORT_PREAMBLE == "导言"
    assert load_report(REPORT)[0].section == "导言"


def test_the_words_after_the_last_chapter_are_the_closing_words() -> None:
    """Review 3838: 「同志们！时代呼唤着我们…」 had been credited to 第十五部分."""
    closing = load_page_file(REPORT).articles[-1]
    assert (closing.section, closing.paragraphs[0].text[:10]) == ("结束语", "同志们！时代呼唤着我")


def test_a_salutation_inside_the_last_chapter_s_first_paragraph_does_not_close_it() -> None:
    text = (
        "2030年政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n"
        "一、过去一年工作回顾\n过去一年，经济稳中有进。\n二、今年重点工作\n"
        "各位代表！今年要稳字当头。\n要稳投资促消费。\n各位代表！\n各级政府要加强自身建设。\n"
    )
    page = parse_report(text, "r.txt")
    assert [a.section for a in page.articles] == [
        "导言",
        "一、过去一年工作回顾",
        "二、今年重点工作",
        "结束语",
    ]


def test_headings_inside_one_long_line_are_split_into_chapters() -> None:
    text = (
        "2030年政府工作报告\n"
        "各位代表：\u3000\u3000现在，我代表国务院，向大会报告政府工作。"
        "\u3000\u3000一、过去一年工作回顾\xa0\u3000\u3000过去一年，经济稳中有进。"
        "\u3000\u3000——就业保持稳定。\u3000\u3000二、今年工作总体要求\u3000\u3000今年要稳字当头。"
        "\u3000 \u3000三、今年重点工作\u3000\u3000（一）扩大国内需求。要稳投资促消费。\n"
    )
    page = parse_report(text, "r.txt")
    assert [a.title for a in page.articles] == [
        "导言",
        "一、过去一年工作回顾",
        "二、今年工作总体要求",
        "三、今年重点工作",
    ]
    assert [p.text for p in page.articles[1].paragraphs] == [
        "过去一年，经济稳中有进。",
        "——就业保持稳定。",
    ]
    assert page.articles[0].paragraphs[0].text == "各位代表："
    assert all(a.paragraphs[0].line == 2 for a in page.articles)  # all on the second line


def test_a_heading_run_into_its_paragraph_after_a_space_heads_a_chapter() -> None:
    """Review 1515: the 1987 report prints 「三、深入改革经济体制和扩大对外开放 国民经济的…」,
    so its chapters 三 and 四 were read as part of 二 (a 辨析 cited 第二部分 for a 第四部分
    sentence)."""
    text = (
        "1987年政府工作报告\n各位代表：\n一、当前形势\n形势很好，大家都很满意。\n"
        "二、经济方针\n要长期稳定发展经济，这是我们的基本立足点。\n"
        "三、深入改革经济体制 国民经济的长期稳定发展，既要靠正确的方针，又要靠深入改革。\n"
        "四、安定团结\u3000\u3000我国的建设，任何时候也离不开政治上的安定团结。\n"
    )
    page = parse_report(text, "r.txt")
    assert [a.title for a in page.articles][3:] == ["三、深入改革经济体制", "四、安定团结"]


def test_the_1987_government_report_has_its_four_chapters() -> None:
    needs_corpus()
    (page,) = national_reports(CORPUS / "gov_work_reports_1954-2022.tsv", {1987})
    assert [a.title[:2] for a in page.articles] == ["导言", "一、", "二、", "三、", "四、", "结束"]


def test_a_numbered_sentence_is_an_item_where_headings_are_titles() -> None:
    """Review 1616: the 1986 report's items 「三、坚持把科技进步…放在重要的战略地位。」 inside
    chapter 二 were taken for chapters 三 to 六, and its real 三、 and 四、 were lost."""
    text = "\n".join(
        [
            "1986年政府工作报告",
            "各位代表：",
            "一、回顾",
            "去年做了很多事情，成绩很大。",
            "二、方针",
            "一、确定适度的经济增长率。",
            "二、规定恰当的投资规模。",
            "三、坚持把科技进步放在重要的战略地位。",
            "三、经济体制改革",
            "改革要继续深入进行。",
        ]
    )
    page = parse_report(text, "r.txt")
    assert [a.title for a in page.articles] == ["导言", "一、回顾", "二、方针", "三、经济体制改革"]


def test_the_1986_government_report_has_its_four_chapters() -> None:
    needs_corpus()
    (page,) = national_reports(CORPUS / "gov_work_reports_1954-2022.tsv", {1986})
    assert [a.title[:2] for a in page.articles] == ["导言", "一、", "二、", "三、", "四、", "结束"]


LONG_PARAGRAPH = "各项工作都要抓实抓细，确保取得实效，让人民群众有更多获得感。" * 300


def test_an_item_numbered_like_a_chapter_out_of_sequence_is_text() -> None:
    text = "\n\n".join(
        [
            "某某报告",
            "各位代表：",
            "一、回顾",
            "去年做了三件事。",
            "三、这一行编号不接续，是正文里的列举",
            "二、部署",
            "今年要做好两件事。",
            "三、措施",
            "具体措施如下。",
            LONG_PARAGRAPH,  # (a report is long)
        ]
    )
    page = parse_document(text, "r.txt")
    assert page.kind == "report"
    assert [a.title for a in page.articles] == ["导言", "一、回顾", "二、部署", "三、措施"]
    assert page.articles[1].paragraphs[1].text == "三、这一行编号不接续，是正文里的列举"


def test_the_2022_government_report_has_its_three_chapters() -> None:
    needs_corpus()
    (page,) = national_reports(CORPUS / "gov_work_reports_1954-2022.tsv", {2022})
    assert [a.title for a in page.articles] == [
        "导言",
        "一、2021年工作回顾",
        "二、2022年经济社会发展总体要求和政策取向",
        "三、2022年政府工作任务",
        "结束语",
    ]
    assert max(len(p.text) for a in page.articles for p in a.paragraphs) < 1000


def test_a_provincial_report_head_is_not_its_text() -> None:
    needs_corpus()
    path = CORPUS / "provincial_reports_2026" / "2026_江苏省_政府工作报告.csv"
    (page,) = provincial_report(path)
    assert page.banner == "2026年江苏省政府工作报告"
    assert page.column.startswith("——2026年2月3日在江苏省")
    assert page.articles[0].author == "刘小涛"
    assert page.articles[0].paragraphs[0].text == "各位代表："
