"""Question generation: every rule of the rubric a program can check, on every question
generated from every text in seeds/ and ../shared/corpus."""

from __future__ import annotations

import functools
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from bot.core.pages import Article, load_page_file
from bot.core.quiz import (
    AMOUNT,
    BLANK,
    FALSE,
    SENSITIVE,
    TRUE,
    Question,
    Rejections,
    content_bigrams,
    generate,
    lexicon,
    sentences,
)
from bot.core.segment import Segmenter
from tests.conftest import REPORT, SEED, SHARED
from tests.corpus import load_national_reports, load_provincial_report, load_report
from tests.test_cli import run

SEGMENTER = Segmenter()
CORPUS = SHARED / "corpus"
GENERIC = {"体系", "制度", "能力", "建设", "发展", "工作", "改革", "创新", "机制", "水平"}
CHAPTER_OPTION = re.compile(r"^(第[一二三四五六七八九十]+部分：\S.*|导言|序言|《[^《》]+》)$")


@functools.cache
def texts() -> dict[str, tuple[Article, ...]]:
    """Every text: the seed page, the report, each national and provincial report."""
    out = {
        "seed": load_page_file(SEED).articles,
        "report": load_page_file(REPORT).articles,
    }
    if CORPUS.is_dir():
        out["ershida"] = tuple(load_report(CORPUS / "ershida_report_2022.txt"))
        national = load_national_reports(CORPUS / "gov_work_reports_1954-2022.tsv")
        for article in national:
            out.setdefault(article.source, ())
            out[article.source] += (article,)
        for path in sorted((CORPUS / "provincial_reports_2026").glob("*.csv")):
            out[path.stem] = tuple(load_provincial_report(path))
    return out


@functools.cache
def questions_of(name: str) -> tuple[tuple[Question, ...], Rejections]:
    """Generated once per test session."""
    rejected = Rejections()
    return tuple(generate(texts()[name], SEGMENTER, rejected=rejected)), rejected


def all_names() -> list[str]:
    return list(texts())


VERDICT = re.compile(r"^(原文如此。|原文是“[^”]*”，不是“[^”]*”。)")


def original(q: Question) -> str:
    """The source sentence the explanation quotes."""
    return VERDICT.sub("", q.explanation.split("\n——")[0])


def stem_sentence(q: Question) -> str:
    return q.question.removeprefix("填空：").removeprefix("判断正误：")


def assert_rules(name: str) -> None:
    articles = {a.key: a for a in texts()[name]}
    questions, _ = questions_of(name)
    document = "\n".join(p.text for a in articles.values() for p in a.paragraphs)
    classes = lexicon().class_of
    asked_sentences: Counter[str] = Counter()
    answers: Counter[str] = Counter()
    for q in questions:
        where = f"{name} {q.id}: {q.question[:60]}"
        article = articles[q.article_key]
        assert 1 <= q.paragraph <= len(article.paragraphs), where
        paragraph = article.paragraphs[q.paragraph - 1].text
        others = [o for i, o in enumerate(q.options) if i != q.correct]
        assert len(q.question) <= 300, where
        assert 2 <= len(q.options) <= 10, where
        assert all(1 <= len(o) <= 100 for o in q.options), where
        assert len(set(q.options)) == len(q.options), where
        assert len(q.explanation) <= 200, where
        assert "《—" not in q.explanation, where
        assert "《》" not in q.explanation, where
        assert not any(word in o for o in others for word in SENSITIVE), where
        assert "  " not in q.question, f"heading glued on: {where}"
        assert "\t" not in q.question, f"heading glued on: {where}"
        asked_sentences[original(q)] += 1
        if q.kind == "judge":
            assert q.options == (TRUE, FALSE), where
            statement = stem_sentence(q).rstrip("。；;")
            assert (statement in paragraph) == (q.answer == TRUE), where
            continue
        answers[q.answer] += 1
        assert len(q.options) == 4, where
        assert len(q.answer) <= max(map(len, others)), f"the answer is the longest: {where}"
        if q.kind == "source":
            sentence = q.question.split("“", 1)[1].rsplit("”", 1)[0].rstrip("。")
            holders = [
                k for k, a in articles.items() if any(sentence in p.text for p in a.paragraphs)
            ]
            assert holders == [q.article_key], f"sentence not unique: {where}"
            assert all(CHAPTER_OPTION.match(o) for o in q.options), where
            continue
        assert q.kind == "blank", where
        stem = stem_sentence(q)
        assert stem.count(BLANK) == 1, where
        filled = stem.replace(BLANK, q.answer).rstrip("。；;")
        assert filled in paragraph, f"not the text's sentence: {where}"
        assert not any(o in paragraph for o in others), (
            f"a distractor is in the paragraph: {where}"
        )
        assert q.answer not in GENERIC, f"a generic blank: {where}"
        assert "党的" + BLANK not in stem, f"党的____: {where}"
        rest = stem.replace(BLANK, "")
        if q.answer[0].isdigit():
            assert q.answer not in rest, f"the figure is repeated: {where}"
            found = [m for m in AMOUNT.finditer(filled) if m.group() == q.answer]
            assert found, f"a unit cut in two: {where}"
            units = {re.sub(r"^[\d.]+", "", o) for o in q.options}
            assert len(units) == 1, f"options in different units: {where}"
            continue
        shared = {frozenset(content_bigrams(o) & content_bigrams(rest)) for o in q.options}
        assert len(shared) == 1, f"the sentence tells an option apart: {where}"
        if q.answer in classes:
            assert {classes.get(o) for o in q.options} == {classes[q.answer]}, where
        else:  # a numbered slogan of the page, against the page's other slogans
            assert all(f"“{o}”" in document for o in q.options), where
    assert max(asked_sentences.values(), default=0) <= 1, f"a sentence asked twice in {name}"
    assert max(answers.values(), default=0) <= 2, f"an answer asked three times in {name}"
    stems = Counter(q.question for q in questions)
    assert max(stems.values(), default=0) <= 1, f"a duplicate stem in {name}"


def test_seed_questions_obey_every_rule() -> None:
    assert_rules("seed")


def test_report_questions_obey_every_rule() -> None:
    assert_rules("report")


@pytest.mark.parametrize("part", range(4))
def test_reference_questions_obey_every_rule(part: int) -> None:
    names = [n for n in all_names() if n not in {"seed", "report"}]
    if not names:
        pytest.skip("../shared/corpus is not here")
    for name in names[part::4]:
        assert_rules(name)


def test_the_seed_page_is_asked_about() -> None:
    questions, _ = questions_of("seed")
    assert {"三专三辅", "一馆五榜一场"} <= {q.answer for q in questions}


def test_every_report_chapter_gets_a_question() -> None:
    questions, _ = questions_of("report")
    per_chapter = Counter(q.article_key for q in questions)
    for article in texts()["report"]:
        assert per_chapter[article.key] >= 1, article.title


def test_every_kind_is_made() -> None:
    questions, _ = questions_of("report")
    assert {q.kind for q in questions} == {"blank", "judge", "source"}


def test_judge_statements_are_half_true() -> None:
    judged = [q for name in ("seed", "report") for q in questions_of(name)[0] if q.kind == "judge"]
    truths = Counter(q.answer for q in judged)
    assert abs(truths[TRUE] - truths[FALSE]) <= 2


def test_rejections_say_why() -> None:
    _, rejected = questions_of("report")
    assert rejected.counts["blank: the sentence gives the answer away"] > 0


def test_the_answer_position_is_spread() -> None:
    questions = [q for q in questions_of("report")[0] if len(q.options) == 4]
    counts = Counter(q.correct for q in questions)
    assert max(counts.values()) - min(counts.values()) <= 1


def test_generation_is_deterministic_with_stable_ids() -> None:
    articles = list(load_page_file(REPORT).articles)
    first = generate(articles, SEGMENTER, seed=3)
    again = generate(list(load_page_file(REPORT).articles), SEGMENTER, seed=3)
    assert first == again
    other_seed = generate(articles, SEGMENTER, seed=4)
    assert [q.id for q in other_seed] == [q.id for q in first]
    assert [q.correct for q in other_seed] != [q.correct for q in first]


def test_a_documents_questions_do_not_depend_on_the_others() -> None:
    seed = list(load_page_file(SEED).articles)
    report = list(load_page_file(REPORT).articles)
    alone = generate(seed, SEGMENTER)
    together = generate(seed + report, SEGMENTER)
    keys = {a.key for a in seed}
    assert alone == [q for q in together if q.article_key in keys]


def test_questions_know_their_sentence_paragraph() -> None:
    questions, _ = questions_of("seed")
    articles = {a.key: a for a in texts()["seed"]}
    for q in questions:
        paragraph = articles[q.article_key].paragraphs[q.paragraph - 1].text
        assert sentences(original(q).rstrip("…"))[0].rstrip("…") in paragraph, q.id


def test_quiz_cli_json(tmp_path: Path) -> None:
    result = run(["quiz", "--json", "--count", "3", "--seed", "1", "--article", "3"], tmp_path)
    assert result.returncode == 0, result.stderr
    questions = json.loads(result.stdout)
    assert len(questions) == 3
    assert {q["article_id"] for q in questions} == {3}
    assert {"id", "kind", "question", "options", "correct", "paragraph"} <= set(questions[0])
    missing = run(["quiz", "--article", "99"], tmp_path)
    assert missing.returncode == 2
    assert "99" in missing.stderr


def test_every_class_of_the_lexicon_can_give_three_distractors() -> None:
    sizes: defaultdict[str, int] = defaultdict(int)
    for term, name in lexicon().class_of.items():
        sizes[name] += 1
        assert not any(word in term for word in SENSITIVE), term
    assert min(sizes.values()) >= 4
