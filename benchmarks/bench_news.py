"""The "news pages" size: the government work reports reshaped into news-page layouts (many
short articles a page: lead titles, —— subtitles, bylines, bullets, datelines, captions,
editor's lines, credits, continued articles, a story printed twice, two 「图片报道」), loaded
through the bot's own path (``Library.sync``: decode, parse, store, index). Since the pages are
generated, what each article should be is known: the loader's speed and its correctness are
measured against it. Then the segmentation check: for terms the pages set in quotes, are they
found in every paragraph that contains them?

    python -m benchmarks.bench_news
"""

from __future__ import annotations

import asyncio
import random
import re
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import CORPUS, record
from bot.core.search import essential_terms, match_expression
from bot.core.segment import Segmenter, normalize
from bot.services.library import Library
from storage.articles import ArticleRepository
from storage.db import Database
from tests.corpus import national_reports, provincial_report

NAMES = ["陈晓明", "林海", "赵宁", "王立群", "孙悦", "周敏", "何静", "刘洋", "张伟", "李娜"]
CITIES = ["北京", "上海", "广州", "成都", "曼谷", "日内瓦", "内罗毕", "西安"]
BULLETS = ["■小贴士", "◆链接", "■延伸阅读", "◆背景链接", "■记者手记"]


@dataclass
class Expected:
    title: str
    author: str


def paragraphs() -> list[str]:
    pages = national_reports(CORPUS / "gov_work_reports_1954-2022.tsv")
    for path in sorted((CORPUS / "provincial_reports_2026").glob("*.csv")):
        pages += provincial_report(path)
    texts = [p.text for page in pages for a in page.articles for p in a.paragraphs]
    return [t for t in texts if 40 <= len(t) <= 600 and t[-1] in "。！？"]


def headline(text: str) -> str:
    """A headline from a paragraph's first clause, without punctuation."""
    clause = re.split(r"[，。；：！？、]", text)[0]
    clause = re.sub(r"[“”《》（）()——]", "", clause)
    return clause[:22] or "综合新闻"


def build(texts: list[str], folder: Path) -> dict[str, list[Expected]]:
    """Write the pages; returns the expected articles of each file."""
    rng = random.Random(12)
    expected: dict[str, list[Expected]] = {}
    cursor = 0
    number = 0
    while cursor < len(texts) - 30:
        number += 1
        lines = [
            "人民生活报",
            f"第{number % 8 + 1}版·{rng.choice(['要闻', '综合', '经济', '社会'])}",
        ]
        wanted: list[Expected] = []
        for slot in range(rng.randint(4, 7)):
            body = texts[cursor : cursor + rng.randint(1, 4)]
            cursor += len(body)
            title = headline(body[0])
            author = f"本报记者 {rng.choice(NAMES)}" if slot % 3 else rng.choice(NAMES)
            if slot % 2:
                lines.append(headline(body[-1]) + "，" + rng.choice(["稳中求进", "扎实推进"]))
            lines.append(title)
            if slot % 3 == 1:
                lines.append("——" + headline(body[-1]))
            lines.append(f"□{author}")
            for index, text in enumerate(body):
                if index == 1 and slot % 4 == 0:
                    lines.append(rng.choice(BULLETS))
                if index == len(body) - 1 and slot % 3 == 2:
                    city = rng.choice(CITIES)
                    text += f"（本报{city}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电）"
                lines.append(text)
            if slot % 5 == 3:
                lines.append("(作者系某市政府研究室干部)")
                lines.append("编后：" + body[0][:40] + "。")
            if slot % 4 == 1:
                lines.append(f"图片说明：{title}现场。本报记者 {rng.choice(NAMES)}摄")
            wanted.append(Expected(title, author))
        if number % 10 == 0:  # two picture reports, and a story printed twice
            for _ in range(2):
                lines += ["图片报道", f"□本报记者 {NAMES[0]}", texts[cursor]]
                cursor += 1
                wanted.append(Expected("图片报道", f"本报记者 {NAMES[0]}"))
            repeat = [headline(texts[cursor]), f"□{NAMES[1]}", texts[cursor]]
            cursor += 1
            lines += repeat + repeat
            wanted += [Expected(repeat[0], NAMES[1])] * 2
        lines.append(f"版式设计：{rng.choice(NAMES)}")
        name = f"news{number:05d}.txt"
        (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        expected[name] = wanted
    return expected


async def measure(folder: Path, expected: dict[str, list[Expected]]) -> list[str]:
    seeds = folder / "seeds"
    characters = sum(len(p.read_text(encoding="utf-8")) for p in seeds.iterdir())
    db = await Database.open(folder / "news.db")
    library = Library(ArticleRepository(db), Segmenter())
    await library.warm_up()
    started = time.perf_counter()
    report = await library.sync(seeds)
    seconds = time.perf_counter() - started
    stored = await db.fetchall(
        "SELECT s.name, a.title, a.author, a.column_name, a.position FROM articles a "
        "JOIN sources s ON s.id = a.source_id ORDER BY s.name, a.position"
    )
    by_file: dict[str, list[tuple[str, str, str]]] = {}
    for row in stored:
        by_file.setdefault(row[0], []).append((row[1], row[2], row[3]))
    total = sum(len(v) for v in expected.values())
    got = sum(len(v) for v in by_file.values())
    subtitle_only = sum(1 for rows in by_file.values() for t, _, _ in rows if t.startswith("—"))
    bullets = {b[1:] for b in BULLETS}
    bullet_bylines = sum(1 for rows in by_file.values() for _, a, _ in rows if a in bullets)
    columns = {f"第{n}版·{c}" for n in range(1, 9) for c in ("要闻", "综合", "经济", "社会")}
    as_column = sum(
        len(c) for rows in by_file.values() for _, _, c in rows if c and c not in columns
    )
    exact = sum(
        1
        for name, wanted in expected.items()
        for want, (title, author, _) in zip(wanted, by_file.get(name, []), strict=False)
        if want.title == title and want.author == author
    )
    listed = len(await library.articles.list_articles())
    checked, fewer = await segmentation(library, seeds)
    for error in report.errors:
        print(error)
    await db.close()
    return [
        "| measure | value |",
        "| --- | ---: |",
        f"| pages (files) | {len(expected):,} |",
        f"| characters | {characters:,} |",
        f"| load (decode, parse, store, index) | {seconds:.1f} s = "
        f"{characters / seconds / 1000:.0f} thousand characters/s |",
        f"| pages refused | {len(report.errors)} |",
        f"| articles expected / stored | {total:,} / {got:,} |",
        f"| stored with the expected title and author | {exact:,} ({exact / total:.2%}) |",
        f"| titled by a subtitle only | {subtitle_only} ({subtitle_only / got:.2%}) |",
        f"| bullets taken for bylines | {bullet_bylines} |",
        f"| characters of text filed as a column | {as_column} |",
        f"| articles listed (copies printed twice are one) | {listed:,} |",
        f"| quoted terms checked / found in fewer paragraphs than contain them "
        f"| {checked} / {fewer} |",
    ]


async def segmentation(library: Library, seeds: Path) -> tuple[int, int]:
    """150 terms the pages set in quotes (“…”): is each found, as a query, in every paragraph
    whose text contains it? (Before the dictionary was fixed, 29 of 150 were not.)"""
    texts = await library.articles.db.fetchall(
        "SELECT p.id, p.lead || p.body FROM paragraphs p JOIN articles a ON a.id = p.article_id "
        "WHERE a.retired = 0"
    )
    quoted = sorted({m for _, t in texts for m in re.findall(r"“([^“”\s]{2,8})”", t)})
    sample = random.Random(4).sample(quoted, min(150, len(quoted)))
    fewer = 0
    for term in sample:
        folded = normalize(term)
        containing = {pid for pid, t in texts if folded in normalize(t)}
        terms = library.segmenter.query_terms(term)
        if not terms:
            continue
        rows = await library.articles.db.fetchall(
            "SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ?",
            (match_expression(essential_terms(terms), columns=("body",)),),
        )
        if containing - {r[0] for r in rows}:
            fewer += 1
    return len(sample), fewer


def main() -> None:
    texts = paragraphs()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "seeds").mkdir()
        expected = build(texts, folder / "seeds")
        lines = asyncio.run(measure(folder, expected))
    lines.append(
        "\nThe pages are written by `benchmarks/bench_news.py` from the paragraphs of the "
        "national and provincial government work reports (`../shared/corpus`): 4–7 articles "
        "a page with lead titles, —— subtitles, bylines with and without 本报记者, bullets "
        "(■小贴士, ◆链接, …) between paragraphs, datelines in brackets "
        "(「（本报曼谷5月17日电）」) ending stories, affiliations followed by 编后 notes, "
        "picture captions, a 版式设计 "
        "credit; every tenth page two 「图片报道」 and a story printed twice. They are loaded "
        "through `Library.sync`, as the bot loads its seeds folder."
    )
    record("News pages", "python -m benchmarks.bench_news", lines)


if __name__ == "__main__":
    main()
