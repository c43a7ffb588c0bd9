"""The report as a second kind of document, quotation tracing, inline mode, adding pages."""

from __future__ import annotations

import json
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core.pages import load_page_file
from bot.core.quiz import generate
from bot.core.quotes import Quotation, locate, quotations
from bot.core.segment import Segmenter
from bot.offline import OfflineBotApi
from bot.updates import Chat, User, as_update
from tests import factories
from tests.conftest import REPORT, SEED, SHARED, started
from tests.corpus import load_provincial_report
from tests.factories import NEW_PAGE
from tests.test_cli import run

ADMIN = 4242


@pytest.fixture
async def rapp(
    settings: Settings, with_report: Path, api: OfflineBotApi
) -> AsyncIterator[AppType]:
    settings = Settings(
        token=settings.token,
        db_path=settings.db_path,
        seeds_dir=with_report,
        admins=frozenset({ADMIN}),
    )
    application = build_application(settings, request=api)
    async with started(application):
        yield application


def test_the_report_is_recognised_by_its_layout_not_its_name(tmp_path: Path) -> None:
    renamed = tmp_path / "000_page.txt"
    shutil.copy(REPORT, renamed)
    report = load_page_file(renamed)
    assert report.kind == "report"
    assert report.meta == ("（2022年10月16日）", "习近平")
    assert [a.section for a in report.articles][:2] == [
        "导言",
        "一、过去五年的工作和新时代十年的伟大变革",
    ]
    assert len(report.articles) == 17  # 导言, 一 … 十五, 结束语
    assert report.articles[-2].title.startswith("十五、")
    page_named_report = tmp_path / "ershida_report.txt"
    shutil.copy(SEED, page_named_report)
    assert load_page_file(page_named_report).kind == "page"
    text = REPORT.read_text(encoding="utf-8")
    fields = "".join("".join(report.raw_fields()).split())
    assert len(fields) == len("".join(text.split()))


async def test_list_shows_documents_then_chapters_and_read_opens_one(
    rapp: AppType, api: OfflineBotApi
) -> None:
    await rapp.process_update(factories.message(rapp.bot, "/list"))
    text = api.sent()[-1]["text"]
    assert text.index("《全链条锻造高素质专业化年轻干部队伍》") < text.index(
        "7. 第一部分 过去五年的工作"
    )
    await rapp.process_update(factories.message(rapp.bot, "/read 7"))
    assert "过去五年的工作和新时代十年的伟大变革" in api.sent()[-1]["text"]


def test_all_nine_quotations_of_the_seed_are_found() -> None:
    page = load_page_file(SEED)
    report = [(a.key, [p.text for p in a.paragraphs]) for a in load_page_file(REPORT).articles]
    found = [q for a in page.articles for q in quotations(a.key, [p.text for p in a.paragraphs])]
    assert len(found) == 9
    traces = [locate(q, report) for q in found]
    assert all(t.report_key is not None for t in traces), [t.quotation.text for t in traces]
    first = traces[0]
    chapter = next(a for a in load_page_file(REPORT).articles if a.key == first.report_key)
    assert first.quotation.text in chapter.paragraphs[first.report_paragraph - 1].text  # type: ignore[operator]


def test_near_and_unknown_quotations() -> None:
    report = [
        ("r#1", ["坚持把发展经济的着力点放在实体经济上，推进新型工业化，加快建设制造强国。"])
    ]
    near = locate(Quotation("a", 1, "坚持把发展经济的着力点放在实体经济上推进新型工业化"), report)
    assert near.match == "punctuation"
    assert near.report_paragraph == 1
    similar = locate(Quotation("a", 1, "坚持把发展经济的着力点放在实体经济上，推进工业化"), report)
    assert similar.match.startswith("similar")
    unknown = locate(Quotation("a", 1, "大力发展海洋渔业和远洋运输"), report)
    assert unknown.report_key is None
    assert unknown.match == "not found"


@pytest.mark.slow
def test_quotes_cli_json(tmp_path: Path) -> None:
    result = run(["quotes", "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == 9
    assert all(r["chapter"] and r["report_paragraph"] for r in records)
    assert records[0]["chapter"] == "四、加快构建新发展格局，着力推动高质量发展"


async def test_read_and_search_carry_an_original_button(rapp: AppType, api: OfflineBotApi) -> None:
    await rapp.process_update(factories.message(rapp.bot, "/read 1"))
    first = api.calls[-1]
    buttons = [b for row in first.params["reply_markup"]["inline_keyboard"] for b in row]
    original = [b for b in buttons if b["text"].startswith("原文")]
    assert original
    assert original[0]["callback_data"].startswith("open:")
    await rapp.process_update(
        factories.callback(rapp.bot, original[0]["callback_data"], first.result)
    )
    assert "坚持把发展经济的着力点放在实体经济上" in api.sent()[-1]["text"]
    await rapp.process_update(factories.message(rapp.bot, "/search 招商引资 国内大循环"))
    rows = api.sent()[-1]["reply_markup"]["inline_keyboard"]
    assert any(b["text"] == "原文" for row in rows for b in row)


def test_report_quizzes_name_chapters_by_part() -> None:
    questions = generate(list(load_page_file(REPORT).articles), Segmenter())
    chapters = [q for q in questions if q.kind == "source"]
    assert chapters
    assert all(o in ("导言", "结束语") or o.startswith("第") for q in chapters for o in q.options)


def inline(app: AppType, query: str) -> Update:
    return as_update(factories.UPDATES.inline_query(query), app.bot)


async def test_inline_mode_shares_excerpts(rapp: AppType, api: OfflineBotApi) -> None:
    await rapp.process_update(inline(rapp, "养老"))
    answer = api.sent("answerInlineQuery")[-1]
    results = answer["results"]
    assert results
    assert results[0]["title"] == "《以数字化推动普惠养老服务高质量发展》"
    assert "李莉" in results[0]["description"]
    assert "?start=a4_" in results[0]["reply_markup"]["inline_keyboard"][0][0]["url"]
    assert answer["cache_time"] == 60
    assert "养老" in rapp.bot_data.inline_cache
    await rapp.process_update(inline(rapp, ""))
    empty = api.sent("answerInlineQuery")[-1]["results"]
    assert empty[0]["title"].startswith("今日摘编")
    assert len(empty) >= 2
    await rapp.process_update(inline(rapp, "AND OR ( * 😀" * 30))
    assert api.sent("answerInlineQuery")[-1]["results"] == []


def document(app: AppType, api: OfflineBotApi, name: str, data: bytes, user_id: int) -> Update:
    file_id = f"f{len(api.files)}"
    api.files[file_id] = data
    user = User(user_id)
    sent = factories.UPDATES.document(file_id, name, len(data), chat=Chat.private(user), user=user)
    return as_update(sent, app.bot)


async def test_maintainers_import_pages_from_chat(
    rapp: AppType, api: OfflineBotApi, settings: Settings
) -> None:
    await rapp.process_update(document(rapp, api, "new.txt", NEW_PAGE.encode(), user_id=77))
    assert "只有内容维护员" in api.sent()[-1]["text"]

    await rapp.process_update(document(rapp, api, "bad.txt", "没有署名的文字。\n".encode(), ADMIN))
    await rapp.bot_data.settled()  # files are read beside the other updates
    assert "无法导入 bad.txt：第 1 行" in api.sent()[-1]["text"]

    await rapp.process_update(document(rapp, api, "../../evil.sh", b"x", ADMIN))
    assert ".txt" in api.sent()[-1]["text"]

    await rapp.process_update(document(rapp, api, "new.txt", NEW_PAGE.encode(), ADMIN))
    await rapp.bot_data.settled()
    preview = api.calls[-1]
    assert "共 1 篇" in preview.params["text"]
    assert "《把学习成果转化为发展动能》 张明" in preview.params["text"]
    confirm = preview.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await rapp.process_update(factories.callback(rapp.bot, confirm, preview.result, user_id=ADMIN))
    assert "已导入 new.txt：1 篇文章" in api.calls[-1].params["text"]
    assert (rapp.bot_data.settings.seeds_dir / "new.txt").exists()  # type: ignore[union-attr]
    await rapp.process_update(factories.message(rapp.bot, "/search 量子通信"))
    assert "张明" in api.sent()[-1]["text"]
    bank = rapp.bot_data.bank
    assert bank is not None
    await bank.settled()
    assert any(k.startswith("new.txt#") for k in await bank.questions.article_keys())
    # pressing again does nothing twice
    await rapp.process_update(factories.callback(rapp.bot, confirm, preview.result, user_id=ADMIN))
    assert "失效" in api.calls[-1].params["text"]


async def test_cancel_imports_nothing(rapp: AppType, api: OfflineBotApi) -> None:
    await rapp.process_update(document(rapp, api, "new.txt", NEW_PAGE.encode(), ADMIN))
    await rapp.bot_data.settled()
    preview = api.calls[-1]
    cancel = preview.params["reply_markup"]["inline_keyboard"][0][1]["callback_data"]
    await rapp.process_update(factories.callback(rapp.bot, cancel, preview.result, user_id=ADMIN))
    assert "已取消" in api.calls[-1].params["text"]
    assert not (rapp.bot_data.settings.seeds_dir / "new.txt").exists()  # type: ignore[union-attr]
    assert not list(rapp.bot_data.settings.seeds_dir.glob(".*importing"))  # type: ignore[union-attr]


@pytest.mark.slow
def test_import_cli(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(Path(SEED).parent, seeds)
    good = tmp_path / "new.txt"
    good.write_text(NEW_PAGE, encoding="utf-8")
    result = run(["import", str(good)], tmp_path, STUDYBOT_SEEDS=str(seeds))
    assert result.returncode == 0, result.stderr
    assert "已导入 new.txt：1 篇文章" in result.stdout
    assert (seeds / "new.txt").exists()
    assert "1 道测验题" in result.stdout
    # The console started next asks about the new page at once (no restart, no waiting).
    console = run(["console"], tmp_path, stdin="/quiz 量子通信\n", STUDYBOT_SEEDS=str(seeds))
    assert "四下基层" in console.stdout
    bad = tmp_path / "bad.txt"
    bad.write_text("标题\n\n□张三\n\n(作者系某单位)\n", encoding="utf-8")
    result = run(["import", str(bad)], tmp_path, STUDYBOT_SEEDS=str(seeds))
    assert result.returncode == 2
    assert "bad.txt:3: " in result.stderr
    assert not (seeds / "bad.txt").exists()


def test_provincial_reports_lose_their_menu_words() -> None:
    path = SHARED / "corpus" / "provincial_reports_2026" / "2026_北京市_政府工作报告.csv"
    if not path.exists():
        pytest.skip("../shared/corpus is not here")
    articles = load_provincial_report(path)
    first = articles[0].paragraphs[0].text
    assert first == "各位代表："  # the menu words, title, source and photo lines are the head
    assert articles[0].column == "2026年北京市政府工作报告"
    assert articles[0].author == "殷勇"
