"""An article's framework: groups of parallel items and where their sides vary."""

from __future__ import annotations

from bot.core.frames import groups, ordinal, split, typo
from bot.core.quiz import sentences
from bot.core.segment import Segmenter

SEGMENTER = Segmenter()


def boundaries(text: str) -> set[int]:
    bounds, position = {0}, 0
    for word in SEGMENTER.tokenizer.cut(text):
        position += len(word)
        bounds.add(position)
    return bounds


def found(paragraphs: list[tuple[str, str, str]]) -> list:
    return list(groups(paragraphs, sentences, boundaries))


def led(*leads: str) -> list[tuple[str, str, str]]:
    """An opening paragraph, then one paragraph per section lead."""
    return [("", "开篇。", ""), *((lead, lead + "正文。", "") for lead in leads)]


LEADS = led(
    "大抓制造业，打造重要先进制造业产业集群。",
    "大抓科技创新，打造成渝地区科技创新桥头堡。",
    "大抓招商引资，打造企业投资兴业热土沃土。",
    "大抓项目建设，打造干事创业排头兵。",
)


def test_section_leads_of_two_clauses_are_a_group() -> None:
    (group,) = found(LEADS)
    cores = [group.core(i, "left") for i in range(4)]
    assert cores == ["制造业", "科技创新", "招商引资", "项目建设"]


def test_a_shared_verb_is_kept_out_of_the_blank_even_when_the_segmenter_errs() -> None:
    (group,) = found(LEADS)  # jieba cuts 打造成渝 as 打/造成/渝
    assert group.core(1, "right") == "成渝地区科技创新桥头堡"


def test_the_stem_is_the_item_with_one_core_blanked() -> None:
    (group,) = found(LEADS)
    assert group.stem(3, "left", "____") == "大抓____，打造干事创业排头兵。"


def test_numbered_points_inside_a_paragraph_are_not_asked() -> None:
    text = (
        "选苗是前提。一是大力招录，涵养“源头活水”。正文。二是大胆使用，打破“隐形台阶”。"
        "三是科学规划，积蓄“一池春水”。"
    )
    assert found([("", "开篇。", ""), ("", text, "")]) == []


def test_a_run_of_single_clauses_is_no_group() -> None:
    leads = led(
        "搭建智慧养老服务信息平台。", "大力推动适老者的智慧化改造。", "探索建立智慧养老标准体系。"
    )
    assert found(leads) == []


def test_a_run_broken_by_a_single_clause_is_no_group() -> None:
    leads = led("大抓制造业，打造产业集群。", "大抓科技创新，打造桥头堡。", "提升能力水平。")
    assert found(leads) == []


def test_short_purposes_after_one_verb_are_no_group() -> None:
    leads = led(
        "强化警示教育，确保震慑有力。",
        "突出关口前移，确保防微杜渐。",
        "注重监督外延，确保不留死角。",
    )
    assert found(leads) == []


def test_a_quoted_name_opening_an_item_is_its_first_side() -> None:
    assert split("“三送”推动资源下沉") == ("“三送”", "推动资源下沉", "")


def test_a_comma_inside_quotes_does_not_split() -> None:
    sides = split("强化“稳进增效、除险清患”，推动发展")
    assert sides == ("强化“稳进增效、除险清患”", "推动发展", "，")


def test_ordinals() -> None:
    assert ordinal("二是大胆使用，打破“隐形台阶”。") == ("是", 2, 2)
    assert ordinal("第三，坚持系统观念。") == ("第", 3, 3)
    assert ordinal("其次，要守正创新。") == ("首", 2, 3)
    assert ordinal("是否如此。") is None


def test_a_word_printed_twice_is_a_typo() -> None:
    assert typo("多岗位定制锤炼锤炼")
    assert not typo("扣扣子、扯袖子")


def test_aims_worded_freely_are_no_group() -> None:
    """以铸魂赋能为基，把准德才兼备“定盘星” / 练就… / 鲜明…: the aims share no words, so each
    glosses its own measure by meaning (锻炼 ↔ 练就): not asked."""
    leads = led(
        "以铸魂赋能为基，把准德才兼备“定盘星”。",
        "以实践锻炼为先，练就德才双全“硬脊梁”。",
        "以选贤任能为要，鲜明德才配位“风向标”。",
    )
    assert found(leads) == []
