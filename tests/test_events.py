"""Landmark events dated by the texts (bot/data/events.txt): judged with the year changed."""

from __future__ import annotations

from bot.core.events import event_swap, events
from bot.core.quiz import unique_across
from tests.test_quiz import judged_or_blanked

TWO_MOUNTAINS = (
    "2005年8月15日，时任浙江省委书记的习近平同志在安吉县余村首次提出“绿水青山就是金山银山”的"
    "重要理念。"
)


def test_a_sentence_dating_an_event_is_judged_with_the_other_year() -> None:
    found = event_swap(TWO_MOUNTAINS)
    assert found is not None
    assert found[0] == TWO_MOUNTAINS.replace("2005年", "2003年")


def test_the_answer_key_quotes_the_date_as_the_text_gives_it() -> None:
    found = event_swap(TWO_MOUNTAINS)
    assert found is not None
    assert found[1] == ("2005年8月15日", "2003年8月15日")


def test_a_sentence_naming_another_year_too_is_not_judged_on_the_event() -> None:
    """2003年…“八八战略”…2005年…: which year the statement changed would be unclear."""
    sentence = "从2003年的“八八战略”到2005年在余村首次提出“绿水青山就是金山银山”，浙江走出了新路。"
    assert event_swap(sentence) is None


def test_a_year_that_is_not_the_event_s_is_not_changed() -> None:
    """A text dating the 两山 otherwise is not the table's to correct."""
    assert event_swap(TWO_MOUNTAINS.replace("2005年", "2006年")) is None


def test_every_event_s_other_year_is_of_its_period_and_not_its_own() -> None:
    assert all(e.other != e.year and abs(e.other - e.year) <= 3 for e in events())


def test_a_bank_judges_an_event_once() -> None:
    first = judged_or_blanked(TWO_MOUNTAINS)
    second = judged_or_blanked(
        "2005年8月，时任浙江省委书记习近平同志在安吉县余村考察时首次提出“绿水青山就是金山银山”。"
    )
    judged = [q for q in unique_across([*first, *second]) if q.kind == "judge"]
    assert len(judged) == 1
