"""Question generation: every rule, for every question from the seed and the reference texts."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from bot.core.pages import Article, load_page_file
from bot.core.quiz import BLANK, Question, Rejections, generate
from bot.core.segment import Segmenter
from tests.conftest import SEED, SHARED
from tests.corpus import load_national_reports, load_provincial_report, load_report
from tests.test_cli import run

SEGMENTER = Segmenter()
CORPUS = SHARED / "corpus"
SEED_ARTICLES = list(load_page_file(SEED).articles)


def corpus_articles() -> dict[str, list[Article]]:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    provincial = sorted((CORPUS / "provincial_reports_2026").glob("*.csv"))[:4]
    return {
        "report": load_report(CORPUS / "ershida_report_2022.txt"),
        "national": load_national_reports(
            CORPUS / "gov_work_reports_1954-2022.tsv", {1954, 1978, 1999, 2022}
        ),
        "provincial": [a for path in provincial for a in load_provincial_report(path)],
    }


def assert_rules(questions: list[Question], articles: list[Article]) -> None:
    texts = {a.key: [p.text for p in a.paragraphs] for a in articles}
    for q in questions:
        where = f"{q.id}: {q.question[:40]}"
        assert 1 <= len(q.question) <= 300, where
        assert 2 <= len(q.options) <= 10, where
        assert all(1 <= len(o) <= 100 for o in q.options), where
        assert len(set(q.options)) == len(q.options), where
        assert 0 <= q.correct < len(q.options), where
        assert len(q.explanation) <= 200, where
        assert q.explanation.count("\n") <= 2, where
        others = [o for i, o in enumerate(q.options) if i != q.correct]
        if len(q.options) > 2:
            assert len(q.answer) <= max(map(len, others)), f"answer is the longest: {where}"
        if q.kind == "blank":
            assert BLANK in q.question, where
            filled = q.question.removeprefix("填空：").replace(BLANK, q.answer)
            paragraph = next(p for p in texts[q.article_key] if filled in p)
            assert not any(o in paragraph for o in others), f"distractor fits: {where}"
        if q.kind == "source":
            sentence = q.question.split("“", 1)[1].rsplit("”", 1)[0]
            holders = [k for k, paras in texts.items() if any(sentence in p for p in paras)]
            assert holders == [q.article_key], f"sentence not unique: {where}"
        if q.kind == "lead":
            own = next(a for a in articles if a.key == q.article_key)
            assert q.answer + "。" in own.leads, where
            assert not any(o + "。" in own.leads for o in others), where


def assert_spread(questions: list[Question]) -> None:
    by_size: dict[int, Counter[int]] = defaultdict(Counter)
    for q in questions:
        by_size[len(q.options)][q.correct] += 1
    for size, counts in by_size.items():
        values = [counts[i] for i in range(size)]
        assert max(values) - min(values) <= 1, (size, values)


def test_seed_questions_obey_every_rule() -> None:
    rejected = Rejections()
    questions = generate(SEED_ARTICLES, SEGMENTER, rejected=rejected)
    assert len(questions) >= 40
    assert {q.kind for q in questions} == {"blank", "source", "lead"}
    assert_rules(questions, SEED_ARTICLES)
    assert_spread(questions)
    assert sum(len(q.options) == 4 for q in questions) >= 0.9 * len(questions)
    assert rejected.counts  # the filters did reject something, with reasons


def test_the_slogans_of_the_page_are_asked() -> None:
    answers = {q.answer for q in generate(SEED_ARTICLES, SEGMENTER) if q.kind == "blank"}
    assert {"1+3+1", "三专三辅"} & answers


def test_generation_is_deterministic_with_stable_ids() -> None:
    first = generate(SEED_ARTICLES, SEGMENTER, seed=3)
    again = generate(list(load_page_file(SEED).articles), SEGMENTER, seed=3)
    assert first == again
    other_seed = generate(SEED_ARTICLES, SEGMENTER, seed=4)
    assert [q.id for q in other_seed] == [q.id for q in first]
    assert [q.correct for q in other_seed] != [q.correct for q in first]


@pytest.mark.parametrize("name", ["report", "national", "provincial"])
def test_reference_texts_give_valid_questions(name: str) -> None:
    articles = corpus_articles()[name]
    questions = generate(articles, SEGMENTER)
    assert questions
    assert_rules(questions, articles)
    assert_spread(questions)


@pytest.mark.slow
def test_quiz_cli_json(tmp_path: Path) -> None:
    result = run(["quiz", "--json", "--count", "5", "--seed", "1", "--article", "3"], tmp_path)
    assert result.returncode == 0, result.stderr
    questions = json.loads(result.stdout)
    assert len(questions) == 5
    assert {q["article_id"] for q in questions} == {3}
    assert {"id", "kind", "question", "options", "correct", "explanation"} <= set(questions[0])
    missing = run(["quiz", "--article", "99"], tmp_path)
    assert missing.returncode == 2
    assert "99" in missing.stderr
