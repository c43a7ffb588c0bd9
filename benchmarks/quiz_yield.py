"""How many questions the generator makes, where (issue 11's yield goals), and what it drops.

    python -m benchmarks.quiz_yield                       # served: seed page + 二十大报告
    python -m benchmarks.quiz_yield --pages tests/pages/theory   # practice pages, per article
    python -m benchmarks.quiz_yield --reports             # the government work reports
    python -m benchmarks.quiz_yield --audit "REASON" --keep 40 --seed 7   # rejected, sampled

Counts are of what the bank keeps (``unique_across``: one question per sentence wherever it
is printed, two per answer). ``--audit`` prints a random sample of the candidates dropped for
a reason (a substring of it), to judge whether a filter drops good questions.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from benchmarks.common import by_source_newest_first
from benchmarks.quiz_sample import reports, served
from bot.core.pages import Article, load_page_file
from bot.core.quiz import Question, Rejections, chapter_name, quoted_in, unique_across
from bot.core.segment import Segmenter


def part_name(article: Article) -> str:
    return chapter_name(article.section) if article.section else f"《{article.title}》"


def table(
    articles: list[Article],
    questions: list[Question],
    generated: list[Question],
    show: bool = False,
) -> None:
    """Per article: its questions, then (+N) those on the sentences it quotes, asked where
    the original is (the daily item asks them when it sends the quoting paragraph)."""
    per = Counter(q.article_key for q in questions)
    kinds: dict[str, Counter[str]] = {}
    for q in questions:
        kinds.setdefault(q.article_key, Counter())[q.kind] += 1
    quoting = quoted_in(generated, questions)
    for article in articles:
        mix = dict(kinds.get(article.key, Counter()))
        quoted = len(quoting.get(article.key, ()))
        more = f" +{quoted} quoted" if quoted else ""
        print(f"  {per[article.key]:3d}{more}  {part_name(article)[:40]}  {mix}")
        if show and not article.section:
            own = [q for q in questions if q.article_key == article.key]
            for q in own + quoting.get(article.key, []):
                mark = "" if q in own else "(quoted) "
                print(f"        {mark}{q.kind}: {q.question.splitlines()[-1][:90]}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=Path, help="a folder of pages (per article)")
    parser.add_argument("--reports", action="store_true", help="the government work reports")
    parser.add_argument("--audit", help="print rejected candidates whose reason contains this")
    parser.add_argument("--keep", type=int, default=0)
    parser.add_argument("--show", action="store_true", help="list each page article's questions")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.pages:
        articles = [
            a for path in sorted(args.pages.glob("*.txt")) for a in load_page_file(path).articles
        ]
    elif args.reports:
        articles = reports()
    else:
        articles = served()
    rejected = Rejections(keep=10_000 if args.audit else 0)
    generated = list(by_source_newest_first(articles, Segmenter(), rejected))
    questions = unique_across(generated)
    kinds = Counter(q.kind for q in questions)
    print(f"{len(questions)} questions {dict(kinds)} from {len(articles)} articles")
    if not args.reports:
        table(articles, questions, generated, args.show)
    print(f"\nrejected {sum(rejected.counts.values())}:")
    for reason, count in rejected.counts.most_common():
        print(f"  {count:5d}  {reason}")
    if args.audit:
        pool = [
            (reason, example)
            for reason, examples in rejected.kept.items()
            if args.audit in reason
            for example in examples
        ]
        rng = random.Random(args.seed)
        for reason, example in rng.sample(pool, min(args.keep or 20, len(pool))):
            print(f"\n[{reason}] {example}")


if __name__ == "__main__":
    main()
