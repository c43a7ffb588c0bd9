"""The command line: ``python -m bot run | console | articles | search | export | …``."""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from telegram import Update

from bot.app import build_application, offline
from bot.config import ConfigError, Settings
from bot.console import run_console
from bot.core.ledger import PeriodError, parse_month, this_month
from bot.core.quiz import generate, unique_across
from bot.core.schedule import excerpt, next_unit
from bot.logs import setup_logging
from bot.offline import OfflineBotApi
from bot.services.ledger import Ledger
from storage.subscriptions import SubscriptionRepository


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="studybot", description="理论学习小组 Telegram 机器人")
    sub = root.add_subparsers(dest="command", required=True)
    run_parser = sub.add_parser("run", help="connect to Telegram; needs TELEGRAM_BOT_TOKEN")
    run_parser.add_argument(
        "--webhook", action="store_true", help="serve a webhook (WEBHOOK_*) instead of polling"
    )
    sub.add_parser("health", help="exit 0 when the database opens and answers")
    sub.add_parser("console", help="an offline chat with the bot, no token needed")
    articles = sub.add_parser("articles", help="the parsed articles")
    articles.add_argument("--json", action="store_true")
    search = sub.add_parser("search", help="search the articles")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=5)
    page = sub.add_parser(
        "import", help="add an article from a link or a file (.txt, .docx, .pdf) and load it"
    )
    page.add_argument("source", help="a link (https://…) or a file")
    quotes = sub.add_parser("quotes", help="quotations of the report, traced to the report")
    quotes.add_argument("--json", action="store_true")
    sub.add_parser(
        "bank",
        help="generate the quiz question bank from the articles and print how many questions "
        "it holds (the bot does it itself)",
    )
    export = sub.add_parser(
        "export", help="a group's study ledger for a month: an .xlsx workbook and CSV files"
    )
    export.add_argument("--chat", required=True, help="the group's id, e.g. -1001234567890")
    export.add_argument("--month", default="", help="YYYY-MM (default: this month)")
    export.add_argument(
        "--out", required=True, help="the .xlsx file to write; the CSV files go next to it"
    )
    quiz = sub.add_parser("quiz", help="quiz questions generated from the articles")
    quiz.add_argument("--json", action="store_true")
    quiz.add_argument("--count", type=int, default=20)
    quiz.add_argument("--seed", type=int, default=0)
    quiz.add_argument("--article", type=int, help="only questions on this article id")
    daily = sub.add_parser(
        "daily", help="the daily items (excerpt and question) a newly subscribed group gets"
    )
    daily.add_argument("--days", type=int, default=10)
    return root


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return dispatch(parser().parse_args(argv))
    except BrokenPipeError:  # the reader went away (`| head`): not an error
        sys.stderr.close()
        return 0


def dispatch(args: argparse.Namespace) -> int:
    try:
        settings = Settings.from_env()
    except ConfigError as error:
        print(f"studybot: {error}", file=sys.stderr)
        return 2
    setup_logging("WARNING" if args.command != "run" else settings.log_level, settings.token)
    if args.command == "run":
        return run(settings, webhook=args.webhook)
    if args.command == "health":
        return asyncio.run(health(settings))
    if args.command == "console":
        return asyncio.run(run_console(settings))
    if args.command == "articles":
        return asyncio.run(print_articles(settings, as_json=args.json))
    if args.command == "import":
        return import_source(settings, args.source)
    if args.command == "quotes":
        return asyncio.run(print_quotes(settings, as_json=args.json))
    if args.command == "bank":
        from bot.services.quizbank import generate_into

        generated = asyncio.run(generate_into(settings.db_path))
        print(generated.total)  # the bank's size, whether this run or an earlier one made it
        print(f"studybot: {generated}", file=sys.stderr)
        return 0
    if args.command == "daily":
        return asyncio.run(print_daily(settings, args.days))
    if args.command == "quiz":
        return asyncio.run(print_quiz(settings, args.count, args.seed, args.article, args.json))
    if args.command == "export":
        return asyncio.run(export_ledger(settings, args.chat, args.month, Path(args.out)))
    if args.command == "search":
        return asyncio.run(print_search(settings, args.query, args.limit, as_json=args.json))
    return 2


def run(settings: Settings, *, webhook: bool = False) -> int:
    if not settings.token:
        print(
            "studybot: TELEGRAM_BOT_TOKEN 未设置。请向 @BotFather 申请令牌后设置该环境变量，"
            "或用 `python -m bot console` 离线试用。",
            file=sys.stderr,
        )
        return 2
    if webhook:
        if not settings.webhook_url or not settings.webhook_secret:
            print(
                "studybot: 网络钩子模式需要 WEBHOOK_URL（Telegram 访问的公网地址）和 "
                "WEBHOOK_SECRET（校验用的密钥）。",
                file=sys.stderr,
            )
            return 2
        from bot.webhook import serve

        asyncio.run(serve(settings))
        return 0
    app = build_application(settings)
    app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0


async def health(settings: Settings) -> int:
    """For container health checks: the database file opens and answers."""
    from storage.db import Database

    try:
        db = await Database.open(settings.db_path)
        await db.fetchone("SELECT 1")
        await db.close()
    except Exception as error:  # any failure is "unhealthy", said on stderr
        print(f"studybot: unhealthy: {error}", file=sys.stderr)
        return 1
    print("ok")
    return 0


async def print_articles(settings: Settings, *, as_json: bool) -> int:
    async with offline(build_application(settings, request=OfflineBotApi())) as app:
        library = app.bot_data.library
        assert library is not None
        articles = await library.articles.all_with_paragraphs()
        records: list[dict[str, Any]] = [
            {
                "id": a.id,
                "title": a.title,
                "column": a.column,
                "author": a.author,
                "affiliation": a.affiliation,
                "source": a.source,
                "paragraphs": [p.text for p in a.paragraphs],
                "section_leads": [p.lead for p in a.paragraphs if p.lead],
            }
            for a in articles
        ]
    if as_json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for r in records:
            print(f"{r['id']:>4}  《{r['title']}》 {r['author']}  {len(r['paragraphs'])} 段")
    return 0


async def print_search(settings: Settings, query: str, limit: int, *, as_json: bool) -> int:
    async with offline(build_application(settings, request=OfflineBotApi())) as app:
        library = app.bot_data.library
        assert library is not None
        hits = await library.search(query, limit=max(1, min(limit, 50)))
    records = [
        {
            "article_id": h.article_id,
            "title": h.title,
            "author": h.author,
            "paragraph": h.paragraph,
            "snippet": h.snippet(),
            "score": round(h.score, 4),
        }
        for h in hits
    ]
    if as_json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    elif not records:
        print("没有找到相关内容。")
    else:
        for r in records:
            head = f"{r['article_id']:>4}  《{r['title']}》 {r['author']} 第{r['paragraph']}段"
            print(f"{head}\n      {r['snippet']}")
    return 0


async def print_quiz(
    settings: Settings, count: int, seed: int, article_id: int | None, as_json: bool
) -> int:
    async with offline(build_application(settings, request=OfflineBotApi())) as app:
        library = app.bot_data.library
        assert library is not None
        articles = await library.articles.all_with_paragraphs()
        ids = {a.key: a.id for a in articles}
        if article_id is not None and article_id not in ids.values():
            print(f"studybot: 没有编号为 {article_id} 的文章", file=sys.stderr)
            return 2
        questions = unique_across(generate(articles, library.segmenter, seed=seed))
    chosen = [q for q in questions if article_id is None or ids[q.article_key] == article_id]
    random.Random(seed).shuffle(chosen)
    records: list[dict[str, Any]] = [
        {**q.as_dict(), "article_id": ids[q.article_key]} for q in chosen[: max(0, count)]
    ]
    if as_json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for r in records:
            options = " / ".join(r["options"])
            print(f"[{r['kind']}] {r['question']}\n    {options}  → {r['options'][r['correct']]}")
    return 0


async def print_daily(settings: Settings, days: int) -> int:
    """What a group subscribed today receives on each of the next ``days`` days: the same
    walking order, excerpt and question choice as the daily push (a question asked in the
    last ``RECENT`` days is not asked again; one asked before that may come back as a review;
    the pick is random, seeded here)."""
    from bot.services.quizbank import RECENT

    async with offline(build_application(settings, request=OfflineBotApi())) as app:
        library, bank = app.bot_data.library, app.bot_data.bank
        assert library is not None
        assert bank is not None
        await bank.settled()
        order = await library.units()
        asked_paragraphs = await bank.asked_paragraphs()
        sent: set[tuple[int, int]] = set()
        asked: dict[str, int] = {}  # question → the last day it was asked
        rng = random.Random(0)
        where_counts: Counter[str] = Counter()
        for day in range(1, max(0, days) + 1):
            picked = next_unit(order, sent, asked_paragraphs)
            if picked is None:
                print("文章库是空的。")
                return 0
            unit, wrapped = picked
            if wrapped:
                sent.clear()
            article = await library.articles.get(unit.article_id)
            assert article is not None
            text, used = excerpt(article.paragraphs, unit.paragraph)
            read = {p for a, p in sent if a == unit.article_id}
            elsewhere = {(a, p) for a, p in sent if a != unit.article_id}
            sent.update((unit.article_id, unit.paragraph + n) for n in range(used))
            recent = {q for q, on in asked.items() if day - on < RECENT.days}
            question = await bank.for_excerpt(
                recent, article.key, unit.paragraph, used, rng, read=read, elsewhere=elsewhere
            )
            print(f"第 {day} 天 《{article.title}》第{unit.paragraph}段\n{text}")
            if question is None:
                where_counts["none"] += 1
                print("（这一天没有测验题）\n")
                continue
            again = question.id in asked
            asked[question.id] = day
            where_counts["again"] += again
            options = " / ".join(
                f"[{o}]" if i == question.correct else o for i, o in enumerate(question.options)
            )
            if question.article_key != article.key:
                where = "已读的其他文章"
            elif question.paragraph in range(unit.paragraph, unit.paragraph + used):
                where = "本段"
            elif question.paragraph in read:
                where = "已读"
            else:
                where = "本文"
            where_counts[where] += 1
            print(
                f"测验（{where}{'，复习' if again else ''}）：{question.question}\n    {options}\n"
            )
        print(
            f"{days} 天中：测验题问本段 {where_counts['本段']} 天，问本文已读部分 "
            f"{where_counts['已读']} 天，问已读的其他文章 {where_counts['已读的其他文章']} 天，"
            f"问本文其他部分 {where_counts['本文']} 天（其中复习 {where_counts['again']} 天："
            f"{RECENT.days} 天前问过的题），没有测验题 {where_counts['none']} 天。"
        )
    return 0


async def print_quotes(settings: Settings, *, as_json: bool) -> int:
    async with offline(build_application(settings, request=OfflineBotApi())) as app:
        library = app.bot_data.library
        assert library is not None
        traces = await library.traces()
        titles = {
            a.key: (a.id, a.title, a.section) for a in await library.articles.list_articles()
        }
    records: list[dict[str, Any]] = []
    for t in traces:
        article_id, title, _ = titles[t.quotation.article_key]
        located = titles.get(t.report_key or "")
        records.append(
            {
                "article_id": article_id,
                "article": title,
                "paragraph": t.quotation.paragraph,
                "quotation": t.quotation.text,
                "report_article_id": located[0] if located else None,
                "chapter": located[2] if located else None,
                "report_paragraph": t.report_paragraph,
                "match": t.match,
            }
        )
    if as_json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        for r in records:
            where = f"{r['chapter']} 第{r['report_paragraph']}段" if r["chapter"] else "未找到"
            quote = r["quotation"][:30]
            print(f"《{r['article']}》第{r['paragraph']}段 “{quote}” → {where}（{r['match']}）")
    return 0


def import_source(settings: Settings, source: str) -> int:
    """``import URL|FILE``: the same reading, checks and storing as in chat, without the
    preview; a refusal is one line on stderr (``file:line: reason`` for a text file)."""
    if "://" in source:
        return asyncio.run(_import(settings, source, None))
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as error:
        print(f"studybot: {path}: {error.strerror}", file=sys.stderr)
        return 2
    return asyncio.run(_import(settings, str(path), data))


async def _import(settings: Settings, source: str, data: bytes | None) -> int:
    from bot.services import importer

    async with offline(build_application(settings, request=OfflineBotApi())) as app:
        library = app.bot_data.library
        assert library is not None
        try:
            if data is None:
                candidate = await importer.from_link(source, importer.limits_of(settings))
            else:
                candidate = await asyncio.to_thread(importer.from_file, Path(source).name, data)
            candidate = await importer.review(library, candidate)
            ids = await importer.store(library, settings.seeds_dir, candidate)
        except importer.ImportRefused as error:
            where = f"{source}:{error.line}" if error.line else source
            print(f"studybot: {where}: {error.reason}", file=sys.stderr)
            return 2
        # The new articles' questions, now (only their file is generated): a console or bot
        # started next asks about them at once.
        assert app.bot_data.bank is not None
        await app.bot_data.bank.settled()
        await app.bot_data.bank.refresh()
        keys = {a.key for a in await library.articles.of_source(candidate.name)}
        asked = len({q.id for k in keys for q in await app.bot_data.bank.questions.of_article(k)})
    for problem in candidate.problems:
        print(f"注意：{problem}")
    if candidate.single:
        article = candidate.page.articles[0]
        print(f"已导入第 {ids[0]} 篇《{article.title}》（{candidate.name}），{asked} 道测验题")
    else:
        numbers = ", ".join(map(str, ids))
        print(f"已导入 {candidate.name}：{len(ids)} 篇文章（编号 {numbers}），{asked} 道测验题")
    return 0


async def export_ledger(settings: Settings, chat: str, month: str, out: Path) -> int:
    """``export``: what /export sends, written to files (no Telegram needed)."""
    from storage.db import Database

    written = unicodedata.normalize("NFKC", chat).strip()
    if not re.fullmatch(r"-\d{1,15}", written):
        print(
            f"studybot: --chat {chat}: 不是群的 id（群的 id 以 - 开头，例如 -1001234567890）",
            file=sys.stderr,
        )
        return 2
    chat_id = int(written)
    db = await Database.open(settings.db_path)
    try:
        sub = await SubscriptionRepository(db).get(chat_id)
        zone = ZoneInfo(sub.tz) if sub is not None else settings.zone
        now = datetime.now(UTC)
        try:
            period = parse_month(month, now, zone) if month.strip() else this_month(now, zone)
        except PeriodError as error:
            reason = {"future": "这个月还没有到", "no_such_month": "没有这个月份"}.get(
                error.reason, "请按 年-月 写，例如 2026-11"
            )
            print(f"studybot: --month {month}: {reason}", file=sys.stderr)
            return 2
        ledger = Ledger(db)
        files = await ledger.export(chat_id, period, zone)
        if files is None:
            title = await ledger.title(chat_id)
            print(
                f"studybot: {title} 在 {period.label} 没有学习记录，没有写文件。", file=sys.stderr
            )
            return 1
    finally:
        await db.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, (name, data) in enumerate(files.files):
        path = out if index == 0 else out.with_name(f"{out.stem}_{name.rsplit('_', 1)[-1]}")
        path.write_bytes(data)
        paths.append(path)
    print(f"已导出 {period.label}：答题 {files.answers} 条，阅读 {files.readings} 条")
    for path in paths:
        print(path)
    return 0
