"""判断 on the nation's milestones (bot/core/milestones.py, bot/data/milestones.txt): a goal put
at its year is judged with the year changed."""

from __future__ import annotations

import pytest

from bot.core.milestones import milestone_swap, milestones
from bot.core.pages import parse_document
from bot.core.quiz import generate
from bot.core.segment import Segmenter
from tests.test_sets import page

SEGMENTER = Segmenter()


def test_a_goal_for_2035_is_put_at_another_milestones_year() -> None:
    found = milestone_swap("到2035年建成科技强国，时间紧、任务重。")
    assert found is not None
    assert found[0] in (
        "到2030年建成科技强国，时间紧、任务重。",
        "到2050年建成科技强国，时间紧、任务重。",
    )


def test_of_the_two_carbon_goals_one_moves_and_their_order_stays() -> None:
    """Review 1616: 2060年前实现碳达峰、2030年前实现碳中和 (exchanged) is false by logic."""
    found = milestone_swap("我国已向世界承诺力争2030年前实现碳达峰、2060年前实现碳中和。")
    assert found is not None
    assert found[0] in (
        "我国已向世界承诺力争2035年前实现碳达峰、2060年前实现碳中和。",
        "我国已向世界承诺力争2025年前实现碳达峰、2060年前实现碳中和。",
    )


def test_the_explanation_quotes_the_goal_that_moved() -> None:
    found = milestone_swap("我国已向世界承诺力争2030年前实现碳达峰、2060年前实现碳中和。")
    assert found is not None
    assert found[1][0] == "2030年前实现碳达峰"


def test_a_bank_judges_a_milestone_once() -> None:
    """Review 1616: two pages' 判断 on the same 双碳 years."""
    from bot.core.pages import parse_document
    from bot.core.quiz import generate, unique_across
    from bot.core.segment import Segmenter
    from tests.test_sets import page

    text = page(
        "党中央作出重大战略决策，我国力争2030年前实现碳达峰、2060年前实现碳中和。",
        "我们要看到，我国承诺2030年前实现碳达峰、2060年前实现碳中和，时间紧、任务重。",
    )
    asked = unique_across(generate(parse_document(text, "p.txt").articles, Segmenter()))
    assert len([q for q in asked if q.kind == "judge"]) == 1


def test_a_year_in_chinese_numerals_keeps_its_form() -> None:
    found = milestone_swap("到二〇三五年基本实现社会主义现代化。")
    assert found is not None
    assert "二〇三〇年" in found[0] or "二〇二五年" in found[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "到2027年建成全省统一大市场。",  # a province's goal: not in the table
        "到2030年建成教育强国，比全国提前五年。",  # a province's own year for a national goal
        "制定“十四五”规划和二〇三五年远景目标。",  # the year names a plan, not a goal
        "2024年9月召开的全国教育大会，对加快建设教育强国作出全面部署。",
    ],
)
def test_a_year_that_is_not_the_goals_milestone_is_left(sentence: str) -> None:
    assert milestone_swap(sentence) is None


def test_every_milestone_year_has_near_years_to_swap_with() -> None:
    from bot.core.milestones import NEAR

    assert {year for year, _ in milestones()} <= set(NEAR)


def test_a_page_quoting_a_milestone_is_judged_on_its_year() -> None:
    text = page(
        "按照党的二十大作出的战略安排，到2035年美丽中国目标基本实现。生态文明建设仍处于压力叠加、"
        "负重前行的关键期，必须以更高站位、更宽视野、更大力度谋划和推进美丽中国建设。",
        "我国已向世界承诺力争2030年前实现碳达峰、2060年前实现碳中和，这意味着要在较短时间内"
        "实现碳排放强度的大幅下降，任务之艰巨前所未有。",
    )
    judged = [q for q in generate(parse_document(text, "p.txt").articles, SEGMENTER)
              if q.kind == "judge"]  # fmt: skip
    assert len(judged) == 2


def test_a_statement_that_only_sets_the_scene_is_not_judged() -> None:
    """「面向2035年建成教育强国、科技强国、人才强国的目标。」: its main clause was cut off."""
    text = page(
        "面向2035年建成教育强国、科技强国、人才强国的目标，我们要以改革为动力，推动教育、科技、"
        "人才在更高水平上实现良性循环，为中国式现代化提供坚实支撑。",
    )
    judged = [q for q in generate(parse_document(text, "p.txt").articles, SEGMENTER)
              if q.kind == "judge"]  # fmt: skip
    assert judged == []


def test_every_phrase_can_be_found_in_a_clause() -> None:
    """A goal is looked for in the clause after its year, which ends at a comma or 、: a phrase
    holding one could never be found."""
    assert [p for _, p in milestones() if any(mark in p for mark in "，。；：、！？")] == []


def test_the_four_modernisations_of_2035_are_judged() -> None:
    assert milestone_swap("到2035年基本实现新型工业化、信息化、城镇化、农业现代化。") is not None


def test_a_goal_is_not_moved_to_a_year_its_own_sentence_refutes() -> None:
    """A 2024 meeting planning to 建成科技强国 by 2025 is refuted by its own date (a check after
    review 2828): the goal moves to 2030, not 2025."""
    found = milestone_swap(
        "2024年6月召开的全国科技大会、国家科学技术奖励大会、两院院士大会，对到2035年建成科技强国作出部署。"
    )
    assert found is not None
    assert "到2030年建成科技强国" in found[0]


def test_a_bank_judges_the_goals_the_report_sets_for_one_year_once() -> None:
    """Review 3030: 到2035年建成教育强国 and 到2035年建成文化强国, judged apart, are one fact of
    the report's one sentence on 2035."""
    from bot.core.quiz import unique_across

    text = page(
        "党的二十大报告明确了到2035年建成教育强国、科技强国、人才强国的目标，时间紧、任务重。",
        "党的二十大明确了到2035年建成文化强国的目标，我们要坚定文化自信、担当使命、奋发有为。",
    )
    asked = unique_across(generate(parse_document(text, "p.txt").articles, SEGMENTER))
    assert len([q for q in asked if q.kind == "judge"]) == 1
