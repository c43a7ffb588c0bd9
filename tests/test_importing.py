"""Adding articles from chat — links, Word, PDF, plain text, /add — and /remove, through
``Application.process_update`` with real updates; pages come from the local web server."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.offline import Call, OfflineBotApi
from bot.services import importer
from bot.services.fetch import FetchLimits
from tests import factories, makedocs
from tests.conftest import started
from tests.factories import NEW_PAGE
from tests.webserver import FIXTURES, Server

ADMIN = 4242
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
MEMBER = 77
QSTHEORY = "/dukan/qs/2026-11/16/c_1131.htm"
PASTED = (
    "支部学习要在常态长效上下功夫\n"
    "作者：刘晓东\n"
    "2026年11月25日\n"
    "理论学习不是一阵风，支部要把学习纳入日常工作，做到月月有主题、周周有安排。\n"
    "要用好“三会一课”，把集中学习与个人自学结合起来，让每名党员都学有所获。\n"
    "要把学习成效体现在推动工作上，以学促干，以干践学，切实解决群众急难愁盼问题。\n"
)


@pytest.fixture
async def iapp(
    settings: Settings, api: OfflineBotApi, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[AppType]:
    settings = Settings(
        token=settings.token,
        db_path=settings.db_path,
        seeds_dir=settings.seeds_dir,
        admins=frozenset({ADMIN}),
        fetch_allow_loopback=True,  # the test pages are on 127.0.0.1
    )
    # A hanging page is given up on after 0.2 s here (10 s in real use).
    monkeypatch.setattr(
        importer,
        "limits_of",
        lambda s: FetchLimits(allow_loopback=True, read_timeout=0.2, max_bytes=s.fetch_max_bytes),
    )
    application = build_application(settings, request=api)
    # Dates of this year are shown without the year (11月16日): the clock stays in 2026.
    application.bot_data.clock = lambda: NOW
    async with started(application):
        yield application


def state(app: AppType) -> tuple[object, ...]:
    """Everything an import writes: the rows of every table it touches and the seeds files."""
    settings = app.bot_data.settings
    assert settings is not None
    with sqlite3.connect(settings.db_path) as conn:
        counts = tuple(
            conn.execute(f"SELECT count(*), total(rowid) FROM {table}").fetchone()
            for table in ("sources", "articles", "paragraphs", "paragraph_fts")
        )
        active = conn.execute("SELECT count(*) FROM articles WHERE retired = 0").fetchone()
    return (*counts, active, sorted(p.name for p in settings.seeds_dir.iterdir()))


def row(app: AppType, article_id: int) -> sqlite3.Row:
    settings = app.bot_data.settings
    assert settings is not None
    with sqlite3.connect(settings.db_path) as conn:
        conn.row_factory = sqlite3.Row
        found = conn.execute(
            "SELECT a.*, s.name AS file, s.kind FROM articles a "
            "JOIN sources s ON s.id = a.source_id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        assert found is not None
        return found


def paragraphs(app: AppType, article_id: int) -> list[str]:
    settings = app.bot_data.settings
    assert settings is not None
    with sqlite3.connect(settings.db_path) as conn:
        rows = conn.execute(
            "SELECT lead || body FROM paragraphs WHERE article_id = ? ORDER BY idx", (article_id,)
        )
        return [r[0] for r in rows]


async def say(app: AppType, text: str, user_id: int = ADMIN) -> None:
    await app.process_update(factories.message(app.bot, text, user_id=user_id, chat_id=user_id))
    await app.bot_data.settled()  # links and files are read beside the other updates


async def send_file(
    app: AppType, api: OfflineBotApi, name: str, data: bytes, user_id: int = ADMIN
) -> None:
    file_id = f"f{len(api.files)}"
    api.files[file_id] = data
    document = {
        "file_id": file_id,
        "file_unique_id": file_id,
        "file_name": name,
        "file_size": len(data),
    }
    message = factories.message_data("", user_id=user_id, chat_id=user_id, document=document)
    message.pop("text")
    await app.process_update(Update.de_json({"update_id": 9, "message": message}, app.bot))
    await app.bot_data.settled()


def last_text(api: OfflineBotApi) -> str:
    call = next(c for c in reversed(api.calls) if "text" in c.params)
    return str(call.params["text"])


def preview_call(api: OfflineBotApi) -> Call:
    call = api.calls[-1]
    assert call.method == "sendMessage"
    assert "reply_markup" in call.params, last_text(api)
    return call


async def press(app: AppType, api: OfflineBotApi, button: int, user_id: int = ADMIN) -> str:
    """Press a button under the last message (0: 导入 / 下架, 1: 取消); the edited text."""
    sent = preview_call(api)
    data = sent.params["reply_markup"]["inline_keyboard"][0][button]["callback_data"]
    await app.process_update(factories.callback(app.bot, data, sent.result, user_id=user_id))
    return last_text(api)


async def import_link(app: AppType, api: OfflineBotApi, url: str) -> int:
    await say(app, url)
    done = await press(app, api, 0)
    assert "已导入第" in done, done
    return int(done.split("第 ")[1].split(" 篇")[0])


# -- links -------------------------------------------------------------------------------------


async def test_a_link_shows_one_preview_with_everything_found(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    url = web.url(QSTHEORY)
    await say(iapp, url)
    preview = preview_call(api).params["text"]
    assert "标题：《以新发展理念引领高质量发展》" in preview
    assert "作者：王立新" in preview
    assert "日期：11月16日" in preview
    assert f"来源：求是网 · {url}" in preview
    assert "段落：5 段" in preview
    assert "理念是行动的先导" in preview  # the first lines
    buttons = preview_call(api).params["reply_markup"]["inline_keyboard"][0]
    assert [b["text"] for b in buttons] == ["导入", "取消"]


async def test_a_previewed_link_writes_nothing_until_confirmed(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    before = state(iapp)
    await say(iapp, web.url(QSTHEORY))
    assert state(iapp) == before
    assert "已取消" in await press(iapp, api, 1)
    assert state(iapp) == before


async def test_an_imported_link_is_stored_field_by_field(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    url = web.url(QSTHEORY)
    article_id = await import_link(iapp, api, url)
    stored = row(iapp, article_id)
    assert stored["title"] == "以新发展理念引领高质量发展"
    assert stored["author"] == "王立新"
    assert stored["published"] == "2026-11-16"
    assert stored["origin"] == url
    assert stored["site"] == "求是网"
    assert stored["column_name"] == "求是网"
    assert stored["kind"] == "article"
    assert stored["retired"] == 0
    assert stored["text_hash"] != ""
    assert stored["file"] == importer.link_file(url)
    text = paragraphs(iapp, article_id)
    assert len(text) == 5
    assert text[0].startswith("理念是行动的先导。")
    assert text[-1].endswith("扎实推动共同富裕。")


async def test_the_stored_file_reads_back_as_the_same_article(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    url = web.url(QSTHEORY)
    await import_link(iapp, api, url)
    settings = iapp.bot_data.settings
    assert settings is not None
    kept = (settings.seeds_dir / importer.link_file(url)).read_text(encoding="utf-8")
    assert kept.startswith("以新发展理念引领高质量发展\n\n作者：王立新\n\n日期：2026-11-16\n\n")
    assert f"原文：{url}" in kept


async def test_an_imported_link_is_found_read_listed_and_pushed_at_once(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    article_id = await import_link(iapp, api, web.url(QSTHEORY))
    await say(iapp, "/search 新发展理念")
    assert "《以新发展理念引领高质量发展》" in last_text(api)
    assert "11月16日 · 求是网" in last_text(api)
    await say(iapp, f"/read {article_id}")
    assert "11月16日 · 求是网" in last_text(api)
    await say(iapp, "/list")
    assert f"{article_id}. 《以新发展理念引领高质量发展》 — 王立新 · 11月16日" in last_text(api)
    assert "<b>求是网</b>" in last_text(api)
    library = iapp.bot_data.library
    assert library is not None
    assert article_id in {unit.article_id for unit in await library.units()}


async def test_an_imported_link_joins_the_quiz_bank(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    url = web.url(QSTHEORY)
    await import_link(iapp, api, url)
    bank = iapp.bot_data.bank
    assert bank is not None
    await bank.settled()
    # Its file was generated into the bank (how many of its questions pass the rubric is the
    # generator's business; the short fixture article may give none).
    assert importer.link_file(url) in await bank.questions.made_from()


async def test_a_gbk_page_imports_with_its_affiliation(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    article_id = await import_link(iapp, api, web.url("/n1/2026/1129/c1003-40612345.html"))
    stored = row(iapp, article_id)
    assert stored["title"] == "在新征程上推进基层党组织建设"
    assert stored["author"] == "李明"
    assert stored["affiliation"] == "中央党校（国家行政学院）党建教研部教授"
    assert stored["site"] == "人民网"
    assert len(paragraphs(iapp, article_id)) == 5


async def test_an_article_over_two_pages_is_imported_whole(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    await say(iapp, web.url("/2026-11/29/gmw.html"))
    assert "文章分 2 页，已合并" in preview_call(api).params["text"]
    done = await press(iapp, api, 0)
    article_id = int(done.split("第 ")[1].split(" 篇")[0])
    text = paragraphs(iapp, article_id)
    assert len(text) == 6
    assert text[3].startswith("实现全体人民共同富裕")
    assert web.hits["/2026-11/29/gmw_2.html"] == 1


async def test_a_wechat_article_in_nested_sections_imports(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    article_id = await import_link(iapp, api, web.url("/s/Xy7Qz_wechat"))
    stored = row(iapp, article_id)
    assert stored["author"] == "刘洋"
    assert stored["published"] == "2026-11-29"
    text = paragraphs(iapp, article_id)
    assert len(text) == 5
    assert not any("二维码" in p or "审核" in p for p in text)


async def test_a_link_inside_a_message_is_found(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    await say(iapp, f"【求是】以新发展理念引领高质量发展 {web.url(QSTHEORY)} 请学习")
    assert "标题：《以新发展理念引领高质量发展》" in preview_call(api).params["text"]


# -- duplicates and new versions ---------------------------------------------------------------


async def test_the_same_link_again_is_refused_with_a_pointer(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    article_id = await import_link(iapp, api, web.url(QSTHEORY))
    before = state(iapp)
    await say(iapp, web.url(QSTHEORY) + "#top")
    assert f"已经在文库里了：第 {article_id} 篇《以新发展理念引领高质量发展》" in last_text(api)
    assert state(iapp) == before


async def test_the_same_text_from_elsewhere_is_refused_with_a_pointer(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    await say(iapp, "/add " + PASTED)
    done = await press(iapp, api, 0)
    article_id = int(done.split("第 ")[1].split(" 篇")[0])
    before = state(iapp)
    retitled = PASTED.replace("支部学习要在常态长效上下功夫", "另一个标题")
    await send_file(iapp, api, "copy.txt", retitled.encode())
    assert f"已经在文库里了：第 {article_id} 篇" in last_text(api)  # the same body
    again = "\n".join(PASTED.splitlines()[:1] + ["　" + line for line in PASTED.splitlines()[1:]])
    await send_file(iapp, api, "again.txt", again.encode("gb18030"))
    assert f"已经在文库里了：第 {article_id} 篇" in last_text(api)
    assert state(iapp) == before


async def test_an_edited_page_replaces_the_old_version_under_the_same_number(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    article_id = await import_link(iapp, api, web.url(QSTHEORY))
    edited = (FIXTURES / "qstheory.html").read_text(encoding="utf-8")
    edited = edited.replace("理念是行动的先导。", "理念是行动的先导，也是发展的指挥棒。")
    web.extra[QSTHEORY] = (edited.encode(), "text/html; charset=utf-8")
    await say(iapp, web.url(QSTHEORY))
    assert f"这是第 {article_id} 篇《以新发展理念引领高质量发展》的新版本" in last_text(api)
    done = await press(iapp, api, 0)
    assert f"已导入第 {article_id} 篇" in done
    assert paragraphs(iapp, article_id)[0].startswith("理念是行动的先导，也是发展的指挥棒。")
    settings = iapp.bot_data.settings
    assert settings is not None
    with sqlite3.connect(settings.db_path) as conn:
        same_title = conn.execute(
            "SELECT count(*) FROM articles WHERE title = ? AND retired = 0",
            ("以新发展理念引领高质量发展",),
        ).fetchone()[0]
    assert same_title == 1


# -- files and pasted text ---------------------------------------------------------------------


async def test_a_word_file_is_imported(iapp: AppType, api: OfflineBotApi) -> None:
    await send_file(iapp, api, "学习体会.docx", makedocs.docx())
    preview = preview_call(api).params["text"]
    assert "作者：王建国" in preview
    assert "来源：学习体会.docx" in preview
    done = await press(iapp, api, 0)
    stored = row(iapp, int(done.split("第 ")[1].split(" 篇")[0]))
    assert stored["title"] == makedocs.TITLE
    assert stored["published"] == "2026-11-20"
    assert stored["origin"] == "学习体会.docx"
    assert stored["site"] == ""
    assert stored["file"] == "学习体会.docx.txt"


async def test_a_pdf_is_imported(iapp: AppType, api: OfflineBotApi) -> None:
    await send_file(iapp, api, "体会.pdf", makedocs.pdf())
    done = await press(iapp, api, 0)
    article_id = int(done.split("第 ")[1].split(" 篇")[0])
    assert row(iapp, article_id)["author"] == makedocs.AUTHOR
    assert paragraphs(iapp, article_id) == list(makedocs.PARAGRAPHS)


async def test_a_plain_text_article_is_imported(iapp: AppType, api: OfflineBotApi) -> None:
    await send_file(iapp, api, "心得.txt", PASTED.encode())
    assert "日期：11月25日" in preview_call(api).params["text"]
    done = await press(iapp, api, 0)
    stored = row(iapp, int(done.split("第 ")[1].split(" 篇")[0]))
    assert (stored["author"], stored["published"], stored["file"]) == (
        "刘晓东",
        "2026-11-25",
        "心得.txt",
    )


MARKDOWN = """# 支部学习要在常态长效上下功夫

> 导读：本期学习材料供各党小组研读。

## 一、学在经常

**学习要有计划。** 支部每月安排一次集中学习，党员自学和集体研讨相结合，做到学有所得。

## 二、贵在坚持

- 坚持“三会一课”制度，把学习作为固定内容。
- 坚持学用结合，把学习成果转化为工作成效。
"""


async def test_a_markdown_export_is_imported_without_its_marks(
    iapp: AppType, api: OfflineBotApi
) -> None:
    """A note app's export (飞书, 语雀): 「# 标题」, 「## 一、…」, 「**…**」 read as the text."""
    await send_file(iapp, api, "学习材料.md", MARKDOWN.encode())
    done = await press(iapp, api, 0)
    article_id = int(done.split("第 ")[1].split(" 篇")[0])
    assert row(iapp, article_id)["title"] == "支部学习要在常态长效上下功夫"


async def test_pasted_text_after_add_is_imported(iapp: AppType, api: OfflineBotApi) -> None:
    await say(iapp, "/add " + PASTED)
    assert "标题：《支部学习要在常态长效上下功夫》" in preview_call(api).params["text"]
    done = await press(iapp, api, 0)
    article_id = int(done.split("第 ")[1].split(" 篇")[0])
    assert row(iapp, article_id)["author"] == "刘晓东"
    assert len(paragraphs(iapp, article_id)) == 3


async def test_add_without_text_says_how(iapp: AppType, api: OfflineBotApi) -> None:
    await say(iapp, "/add")
    assert "第一行是标题" in last_text(api)


async def test_a_newspaper_page_still_imports_as_a_page(iapp: AppType, api: OfflineBotApi) -> None:
    await send_file(iapp, api, "new.txt", NEW_PAGE.encode())
    assert "版面，共 1 篇" in preview_call(api).params["text"]
    assert "已导入 new.txt：1 篇文章" in await press(iapp, api, 0)


# -- bad input: a clear reply, and nothing written ---------------------------------------------

BAD_LINKS = [
    ("/status/404", "HTTP 404"),
    ("/status/500", "HTTP 500"),
    ("/hang", "没有响应"),
    ("/picture.png", "图片"),
    ("/photo", "图片"),
    ("/report.html", "PDF"),
    ("/", "没有找到文章正文"),
    ("/login", "没有找到文章正文"),
    ("/lgpage/shell.html", "脚本"),
    ("/huge", "页面太大"),
    ("/endless", "页面太大"),
    ("/to-private", "内部网络"),
    ("/to-metadata", "内部网络"),
    ("/to-file", "http"),
]


@pytest.mark.parametrize(("path", "needle"), BAD_LINKS)
async def test_a_bad_link_gets_a_clear_reply_and_nothing_is_written(
    iapp: AppType, api: OfflineBotApi, web: Server, path: str, needle: str
) -> None:
    before = state(iapp)
    await say(iapp, web.url(path))
    reply = last_text(api)
    assert needle in reply
    assert reply.startswith("无法导入")
    assert "请" in reply  # says what to do instead
    assert state(iapp) == before


@pytest.mark.parametrize("link", ["file:///etc/passwd", "ftp://example.org/a.txt"])
async def test_other_schemes_are_refused(iapp: AppType, api: OfflineBotApi, link: str) -> None:
    before = state(iapp)
    await say(iapp, link)
    assert "http:// 或 https://" in last_text(api)
    assert state(iapp) == before


BAD_FILES = [
    ("locked.pdf", lambda: makedocs.pdf(password="secret"), "密码"),
    ("broken.pdf", lambda: b"%PDF-1.4\n" + b"\x00garbage" * 50, "损坏"),
    ("scan.pdf", lambda: makedocs.pdf([["x"]], text=False), "扫描"),
    ("broken.docx", lambda: b"PK\x03\x04" + b"\x00" * 60, ".docx"),
    ("pictures.docx", lambda: makedocs.docx("", [], picture=True), "只有图片"),
    ("empty.txt", lambda: b"", "0 字节"),
    ("empty.pdf", lambda: b"", "0 字节"),
    ("latin.txt", lambda: "Titel\nÄrger über Öl\n".encode("latin-1"), "编码"),
    ("utf16.txt", lambda: "标题\n正文。\n".encode("utf-16-le"), "第 1 行"),
    ("old.doc", lambda: b"\xd0\xcf\x11\xe0" + b"\x00" * 60, ".docx"),
]


@pytest.mark.parametrize(("name", "make", "needle"), BAD_FILES)
async def test_a_bad_file_gets_a_clear_reply_and_nothing_is_written(
    iapp: AppType, api: OfflineBotApi, name: str, make: Any, needle: str
) -> None:
    before = state(iapp)
    await send_file(iapp, api, name, make())
    assert needle in last_text(api)
    assert state(iapp) == before


@pytest.mark.parametrize("what", ["link", "file", "add", "remove"])
async def test_only_maintainers_may_add_or_remove(
    iapp: AppType, api: OfflineBotApi, web: Server, what: str
) -> None:
    before = state(iapp)
    if what == "link":
        await say(iapp, web.url(QSTHEORY), user_id=MEMBER)
    elif what == "file":
        await send_file(iapp, api, "体会.docx", makedocs.docx(), user_id=MEMBER)
    elif what == "add":
        await say(iapp, "/add " + PASTED, user_id=MEMBER)
    else:
        await say(iapp, "/remove 1", user_id=MEMBER)
    assert "只有内容维护员" in last_text(api)
    assert web.hits == {}  # a link from a member is never fetched
    assert state(iapp) == before


async def test_a_member_cannot_press_a_maintainers_import_button(
    iapp: AppType, api: OfflineBotApi
) -> None:
    await say(iapp, "/add " + PASTED)
    before = state(iapp)
    await press(iapp, api, 0, user_id=MEMBER)
    assert api.calls[-1].method == "answerCallbackQuery"
    assert state(iapp) == before


# -- /remove -----------------------------------------------------------------------------------


async def test_remove_asks_first_and_cancel_keeps_the_article(
    iapp: AppType, api: OfflineBotApi
) -> None:
    await say(iapp, "/remove 2")
    assert "确定下架第 2 篇" in preview_call(api).params["text"]
    before = state(iapp)
    assert "已取消" in await press(iapp, api, 1)
    assert state(iapp) == before


async def test_remove_needs_a_number_that_exists(iapp: AppType, api: OfflineBotApi) -> None:
    await say(iapp, "/remove")
    assert "/remove 3" in last_text(api)
    await say(iapp, "/remove 999")
    assert "没有编号为 999 的文章" in last_text(api)


async def test_a_removed_article_leaves_list_search_quizzes_and_pushes(
    iapp: AppType, api: OfflineBotApi
) -> None:
    library, bank = iapp.bot_data.library, iapp.bot_data.bank
    assert library is not None
    assert bank is not None
    asked = await bank.questions.article_keys()
    target = next(a for a in await library.articles.list_articles() if a.key in asked)
    number = target.id  # an article the bank has questions about
    await say(iapp, f"/remove {number}")
    assert f"已下架第 {number} 篇" in await press(iapp, api, 0)
    assert row(iapp, number)["removed"] == 1
    await say(iapp, "/list")
    assert f"{number}. 《{target.title}》" not in last_text(api)
    await say(iapp, f"/search {target.title}")
    assert f"《{target.title}》" not in last_text(api)
    await say(iapp, f"/read {number}")
    assert f"没有编号为 {number} 的文章" in last_text(api)
    assert await bank.questions.of_article(target.key) == []
    assert number not in {unit.article_id for unit in await library.units()}


async def test_removing_keeps_scores_and_delivery_history(
    iapp: AppType, api: OfflineBotApi
) -> None:
    settings = iapp.bot_data.settings
    assert settings is not None
    with sqlite3.connect(settings.db_path) as conn:
        conn.execute(
            "INSERT INTO deliveries (chat_id, local_date, state, article_id, paragraph, "
            "updated_at) VALUES (-100, '2026-11-28', 'sent', 4, 1, '2026-11-28T00:00:00')"
        )
        conn.execute(
            "INSERT INTO answers (poll_id, user_id, chat_id, question_id, option, correct, "
            "answered_at) VALUES ('p1', 501, -100, 'q1', 0, 1, '2026-11-28T00:00:00')"
        )
    await say(iapp, "/remove 4")
    await press(iapp, api, 0)
    with sqlite3.connect(settings.db_path) as conn:
        kept = conn.execute("SELECT count(*) FROM deliveries WHERE article_id = 4").fetchone()
        scores = conn.execute("SELECT count(*) FROM answers").fetchone()
        kept_paragraphs = conn.execute(
            "SELECT count(*) FROM paragraphs WHERE article_id = 4"
        ).fetchone()
    assert kept == (1,)
    assert scores == (1,)
    assert kept_paragraphs[0] > 0  # old excerpts and questions can still be shown


async def test_a_removed_article_stays_out_after_a_restart(
    settings: Settings, api: OfflineBotApi
) -> None:
    settings = Settings(
        token=settings.token,
        db_path=settings.db_path,
        seeds_dir=settings.seeds_dir,
        admins=frozenset({ADMIN}),
    )
    async with started(build_application(settings, request=api)) as first:
        await say(first, "/remove 4")
        await press(first, api, 0)
    page = settings.seeds_dir / "000_8a88466397e97f6f.txt"
    page.write_text(page.read_text(encoding="utf-8") + "\n本版编辑：张三\n", encoding="utf-8")
    async with started(build_application(settings, request=api)) as second:
        await say(second, "/read 4")  # the page changed and was loaded again
        assert "没有编号为 4 的文章" in last_text(api)
        await say(second, "/read 5")
        assert "没有编号为 5" not in last_text(api)


async def test_importing_a_removed_article_again_brings_it_back(
    iapp: AppType, api: OfflineBotApi
) -> None:
    await say(iapp, "/add " + PASTED)
    done = await press(iapp, api, 0)
    article_id = int(done.split("第 ")[1].split(" 篇")[0])
    await say(iapp, f"/remove {article_id}")
    await press(iapp, api, 0)
    await say(iapp, "/add " + PASTED)
    assert f"已导入第 {article_id} 篇" in await press(iapp, api, 0)
    assert row(iapp, article_id)["removed"] == 0


def test_the_people_fixture_really_is_gb2312_bytes() -> None:
    with pytest.raises(UnicodeDecodeError):
        (FIXTURES / "people.html").read_bytes().decode("utf-8")


async def test_the_daily_excerpt_of_an_imported_article_shows_its_date_and_site(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    await import_link(iapp, api, web.url(QSTHEORY))
    group = -100777
    api.admins[group] = {ADMIN}
    for command in ("/subscribe", "/today"):
        update = factories.message(
            iapp.bot, command, chat_id=group, kind="supergroup", user_id=ADMIN
        )
        await iapp.process_update(update)
    excerpt = next(
        c.params["text"] for c in reversed(api.calls) if "每日摘编" in str(c.params.get("text"))
    )
    assert "《以新发展理念引领高质量发展》" in excerpt  # the newest article comes first
    assert "11月16日 · 求是网" in excerpt


async def test_maintainers_see_their_commands_in_help_and_menu(
    iapp: AppType, api: OfflineBotApi
) -> None:
    await say(iapp, "/help")
    assert "/remove 3" in last_text(api)
    menus = [c.params for c in api.calls if c.method == "setMyCommands" and "scope" in c.params]
    mine = [m for m in menus if str(ADMIN) in str(m["scope"])]
    assert any("remove" in str(m["commands"]) for m in mine)


async def test_a_changed_page_file_says_it_replaces_the_old_one(
    iapp: AppType, api: OfflineBotApi
) -> None:
    await send_file(iapp, api, "new.txt", NEW_PAGE.encode())
    await press(iapp, api, 0)
    await send_file(iapp, api, "new.txt", NEW_PAGE.replace("各级干部要带头学。", "").encode())
    assert "同名文件已存在" in preview_call(api).params["text"]


async def test_a_link_to_a_pdf_is_read_as_a_pdf(
    iapp: AppType, api: OfflineBotApi, web: Server
) -> None:
    web.extra["/files/tongzhi.pdf"] = (makedocs.pdf(), "application/pdf")
    url = web.url("/files/tongzhi.pdf")
    article_id = await import_link(iapp, api, url)
    stored = row(iapp, article_id)
    assert stored["author"] == makedocs.AUTHOR
    assert stored["origin"] == url


async def test_unanswered_previews_are_bounded(iapp: AppType, api: OfflineBotApi) -> None:
    from handlers.importing import MAX_PENDING

    for number in range(MAX_PENDING + 3):
        await say(iapp, "/add " + PASTED.replace("支部学习", f"第{number}次支部学习"))
    user_data = iapp.user_data[ADMIN]
    assert len(user_data["imports"]) == MAX_PENDING


def test_pasted_texts_are_named_after_their_titles_not_their_first_lines() -> None:
    first = importer.from_text(
        "下载\n打印\n第一篇文章的标题\n" + "\n".join(PASTED.splitlines()[1:])
    )
    second = importer.from_text(
        "下载\n打印\n第二篇文章的标题\n" + "\n".join(PASTED.splitlines()[1:])
    )
    assert first.page.articles[0].title == "第一篇文章的标题"
    assert first.name != second.name


async def test_a_page_preview_warns_of_an_author_without_a_place(
    iapp: AppType, api: OfflineBotApi
) -> None:
    """人民论坛 signed by a name alone is warned of; 本报评论部's piece is not."""
    page = (Path(__file__).parent / "pages" / "theory_commentary.txt").read_bytes()
    await send_file(iapp, api, "评论.txt", page)
    warnings = [
        line for line in preview_call(api).params["text"].splitlines() if line.startswith("⚠️")
    ]
    assert warnings == [
        "⚠️ 第 5 行：《好作风是干出来的》没有作者单位行",
        "⚠️ 第 15 行：《“走一趟”胜过“发一通”》没有作者单位行",
    ]


async def test_a_journal_article_s_preview_shows_no_abstract(
    iapp: AppType, api: OfflineBotApi
) -> None:
    """A journal's PDF copy (held-out set 52): the preview's 开头 had shown its 摘要 and 关键词;
    read now as a page (its numbered authors sign it, held-out set 76), it lists its article."""
    data = (Path(__file__).parent / "pages" / "journal_pdf_pages.txt").read_bytes()
    await send_file(iapp, api, "学报.txt", data)
    assert "关键词" not in preview_call(api).params["text"]
