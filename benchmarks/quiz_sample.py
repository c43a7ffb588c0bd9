"""Draw a random sample of generated questions for a hand review (docs/quiz-review.md).

    python -m benchmarks.quiz_sample --seed 2026 --served 60 --reports 25 [--pages DIR --unseen 30]

``--served``: questions from what seeds/ serves (the seed page and the 二十大报告), drawn at
random from all of them; ``--reports``: questions from the national and provincial government
work reports in ../shared/corpus; ``--pages``: pages never loaded before. Each population is
sampled from what a deployment keeps: the seed library with the new pages added is one bank,
the government work reports a library of their own (a question whose sentence, answer or
formulation the bank asks already is not kept). The sampling seed is chosen before looking at
the output.
Prints a numbered list (source, kind, stem, options with the answer marked, explanation).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from benchmarks.common import CORPUS, ROOT, by_source_newest_first
from bot.core.pages import Article, load_page_file
from bot.core.quiz import Question, Rejections, unique_across
from bot.core.segment import Segmenter
from tests.corpus import load_national_reports, load_provincial_report


def served() -> list[Article]:
    return [
        a for path in sorted((ROOT / "seeds").glob("*.txt")) for a in load_page_file(path).articles
    ]


def reports() -> list[Article]:
    articles = load_national_reports(CORPUS / "gov_work_reports_1954-2022.tsv")
    for path in sorted((CORPUS / "provincial_reports_2026").glob("*.csv")):
        articles += load_provincial_report(path)
    return articles


def show(number: int, origin: str, q: Question) -> str:
    options = " / ".join(f"[{o}]" if i == q.correct else o for i, o in enumerate(q.options))
    return f"{number}. ({origin}, {q.kind}) {q.question}\n   {options}\n   {q.explanation}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--served", type=int, default=60)
    parser.add_argument("--reports", type=int, default=25)
    parser.add_argument(
        "--pages",
        type=Path,
        nargs="*",
        default=[],
        help="folders of pages never loaded before (held-out texts), read as one bank",
    )
    parser.add_argument("--unseen", type=int, default=30, help="questions drawn from --pages")
    args = parser.parse_args()
    unseen = []
    where: dict[str, str] = {}  # an unseen article's key → its folder and file
    for folder in args.pages:
        for path in sorted(folder.glob("*.txt")):
            for a in load_page_file(path).articles:
                unseen.append(a)
                where[a.key] = f"{folder.name}/{path.name}" if len(args.pages) > 1 else path.name
    segmenter = Segmenter()
    rng = random.Random(args.seed)
    populations = [
        ("served", served(), args.served),
        ("reports", reports(), args.reports),
        ("unseen", unseen, args.unseen if unseen else 0),
    ]
    generated = {}
    for name, articles, count in populations:
        if count:
            rejected = Rejections()
            generated[name] = (by_source_newest_first(articles, segmenter, rejected), rejected)
    # What a deployment keeps (storage/bank.py: one question per sentence wherever printed,
    # an answer once, a formulation once, no two questions offering more than two of the same
    # options): the seed library with the new pages added is one bank; the government work
    # reports are a library of their own.
    banks = (("served", "unseen"), ("reports",))
    kept = {
        q.id
        for bank in banks
        for q in unique_across(q for name in bank if name in generated for q in generated[name][0])
    }
    number = 0
    for name, articles, count in populations:
        if name not in generated:
            continue
        made, rejected = generated[name]
        questions = [q for q in made if q.id in kept]
        titles = {a.key: where.get(a.key, a.source) for a in articles}
        kinds = Counter(q.kind for q in questions)
        print(
            f"## {name}: {len(questions)} questions {dict(kinds)} (of {len(made)} generated, "
            f"the rest asked elsewhere in the bank); drawn {min(count, len(questions))}"
            f"{' (all)' if count >= len(questions) else ''}"
        )
        print(f"rejected: {sum(rejected.counts.values())} {dict(rejected.counts.most_common())}\n")
        for q in rng.sample(questions, min(count, len(questions))):
            number += 1
            print(show(number, titles[q.article_key], q) + "\n")


if __name__ == "__main__":
    main()
