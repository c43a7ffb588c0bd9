"""Chat behaviour through Application.process_update with real Update objects; only the
transport is replaced (OfflineBotApi records every Bot API call)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from telegram.constants import MessageLimit

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core.reading import contents_pages
from bot.offline import OfflineBotApi
from tests import factories
from tests.conftest import started
from tests.factories import NEW_PAGE


def last_text(api: OfflineBotApi) -> str:
    return str(api.sent()[-1]["text"])


async def test_start_help_and_command_menu(app: AppType, api: OfflineBotApi) -> None:
    assert "setMyCommands" in api.methods()
    await app.process_update(factories.message(app.bot, "/start"))
    assert "您好" in last_text(api)
    await app.process_update(factories.message(app.bot, "/help"))
    assert "/search" in last_text(api)
    assert api.sent()[-1]["parse_mode"] == "HTML"


async def test_list_shows_the_table_of_contents(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/list"))
    text = last_text(api)
    assert "领导干部学习笔谈" in text
    assert "5. 《全链条锻造高素质专业化年轻干部队伍》 — 冯雪勇" in text
    buttons = api.sent()[-1]["reply_markup"]["inline_keyboard"]
    assert buttons[1][0]["callback_data"] == "read:2:1"


@dataclass(frozen=True)
class Entry:
    id: int
    title: str
    author: str
    column: str
    source: str = "page.txt"
    kind: str = "page"
    section: str = ""
    source_column: str = ""
    published: str = ""


def test_the_contents_come_in_pages_that_fit_a_message() -> None:
    entries = [
        Entry(i, f"第{i}篇：推动高质量发展的实践与思考", "作者", f"栏目{i // 70}")
        for i in range(1, 401)
    ]
    pages = contents_pages(entries, budget=3000)
    assert len(pages) > 4
    assert [i for page in pages for i in page.article_ids] == list(range(1, 401))  # each once
    assert all(len(page.html) <= 3000 for page in pages)
    first_lines = [page.html.split("\n")[0] for page in pages[1:]]
    assert all(line.startswith("<b>栏目") for line in first_lines)  # every page is headed
    assert any(line.endswith("（续）</b>") or line.endswith("</b>（续）") for line in first_lines)


async def test_a_large_archive_lists_page_by_page(settings: Settings, api: OfflineBotApi) -> None:
    for n in range(140):  # a page a day for months
        page = NEW_PAGE.replace("把学习成果转化为发展动能", f"把学习成果转化为发展动能之{n}")
        (settings.seeds_dir / f"day{n:03d}.txt").write_text(page, encoding="utf-8")
    app = build_application(settings, request=api)
    async with started(app):
        await app.process_update(factories.message(app.bot, "/list"))
        first = api.calls[-1]
        assert "共 145 篇" in first.params["text"]
        assert "第 1/" in first.params["text"]
        assert len(first.params["text"]) <= MessageLimit.MAX_TEXT_LENGTH
        turn = first.params["reply_markup"]["inline_keyboard"][-1]
        assert [b["callback_data"] for b in turn] == ["toc:2"]
        await app.process_update(factories.callback(app.bot, "toc:2", first.result))
        second = api.calls[-1]
        assert second.method == "editMessageText"
        assert "第 2/" in second.params["text"]
        assert len(second.params["text"]) <= MessageLimit.MAX_TEXT_LENGTH
        assert second.params["text"] != first.params["text"]


async def test_read_pages_with_buttons_that_edit_the_message(
    app: AppType, api: OfflineBotApi
) -> None:
    await app.process_update(factories.message(app.bot, "/read 1"))
    first = api.calls[-1]
    assert "《奋力书写中国式现代化重庆篇章荣昌实践》" in first.params["text"]
    assert len(first.params["text"]) <= MessageLimit.MAX_TEXT_LENGTH
    keyboard = first.params.get("reply_markup")
    if keyboard is None:  # the whole article fits one page
        return
    data = keyboard["inline_keyboard"][0][-1]["callback_data"]
    await app.process_update(factories.callback(app.bot, data, first.result))
    assert api.calls[-1].method == "editMessageText"
    assert "（续）" in api.calls[-1].params["text"]


async def test_long_articles_are_split_below_the_message_limit(
    settings: Settings, api: OfflineBotApi
) -> None:
    body = "\n\n".join(f"第{i}段。" + "学习贯彻党的二十大精神。" * 40 for i in range(20))
    body += "\n\n" + "没有句号的超长段落" * 700 + "。"  # longer than any page: cut hard
    (settings.seeds_dir / "010_long.txt").write_text(
        f"长文标题\n\n□作者甲\n\n{body}\n\n(作者系某单位)\n", encoding="utf-8"
    )
    app = build_application(settings, request=api)
    async with started(app):
        await app.process_update(factories.message(app.bot, "/read 6"))
        pages = 1
        while True:
            call = api.calls[-1]
            assert len(call.params["text"]) <= MessageLimit.MAX_TEXT_LENGTH
            markup = call.params.get("reply_markup")
            nexts = [b for b in (markup or {}).get("inline_keyboard", [[]])[0] if "▶" in b["text"]]
            if not nexts:
                break
            await app.process_update(
                factories.callback(app.bot, nexts[0]["callback_data"], call.result)
            )
            pages += 1
        assert pages >= 5
        assert f"第 {pages}/{pages} 页" in api.calls[-1].params["text"]


async def test_read_refusals_say_what_to_do(app: AppType, api: OfflineBotApi) -> None:
    for text in ("/read", "/read abc", "/read 99", "/read 99999999999999"):
        await app.process_update(factories.message(app.bot, text))
        assert "/list" in last_text(api) or "/read 1" in last_text(api)


async def test_search_command_and_plain_text_in_private(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/search 如何培养年轻干部"))
    sent = api.sent()[-1]
    assert "冯雪勇" in sent["text"]
    assert "<b>年轻干部</b>" in sent["text"]
    assert sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"].startswith("open:5:")
    await app.process_update(factories.message(app.bot, "送书送戏送电影"))
    assert "任骏" in last_text(api)


async def test_search_button_opens_the_article_at_the_paragraph(
    app: AppType, api: OfflineBotApi
) -> None:
    await app.process_update(factories.message(app.bot, "双昌产业园"))
    result = api.calls[-1]
    data = result.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    await app.process_update(factories.callback(app.bot, data, result.result))
    assert "“双昌”产业园" in last_text(api)


async def test_a_search_found_by_some_words_only_says_so(app: AppType, api: OfflineBotApi) -> None:
    """「养老 量子」: no article has both; the reply says its articles have some of the words."""
    await app.process_update(factories.message(app.bot, "/search 养老 量子"))
    assert last_text(api).startswith("🔍 没有文章同时含有“养老”、“量子”")


async def test_no_result_and_empty_query_get_a_hint(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/search 量子引力"))
    assert "没有找到" in last_text(api)
    assert "/list" in last_text(api)
    await app.process_update(factories.message(app.bot, "/search"))
    assert "例如" in last_text(api)


async def test_html_in_queries_is_escaped(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "<b>不存在的词</b>&"))
    assert "&lt;b&gt;" in last_text(api)


async def test_groups_answer_only_commands_and_mentions(app: AppType, api: OfflineBotApi) -> None:
    before = len(api.sent())
    await app.process_update(factories.message(app.bot, "养老", chat_id=-100, kind="supergroup"))
    await app.process_update(factories.message(app.bot, "/foo", chat_id=-100, kind="supergroup"))
    assert len(api.sent()) == before
    await app.process_update(
        factories.message(app.bot, "@studybot 养老", chat_id=-100, kind="supergroup")
    )
    assert "李莉" in last_text(api)
    await app.process_update(
        factories.message(app.bot, "/search@studybot 养老", chat_id=-100, kind="supergroup")
    )
    assert "李莉" in last_text(api)


async def test_unknown_command_in_private(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/nonsense"))
    assert last_text(api) == "没有这个命令。发送 /help 查看可用命令。"
    assert len(api.sent()) == 1


async def test_deep_link_opens_an_article(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/start a4"))
    assert "《以数字化推动普惠养老服务高质量发展》" in last_text(api)
    await app.process_update(factories.message(app.bot, "/start a999"))
    assert "/list" in last_text(api)


async def test_stale_button_for_a_missing_article(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/read 1"))
    await app.process_update(factories.callback(app.bot, "read:77:2", api.calls[-1].result))
    answer = api.calls[-1]
    assert answer.method == "answerCallbackQuery"
    assert "下架" in answer.params["text"]


async def test_the_bot_starts_when_the_command_menu_fails(settings: Settings) -> None:
    api = OfflineBotApi(fail={"setMyCommands": "Bad Request: too many requests"})
    app = build_application(settings, request=api)
    async with started(app):
        await app.process_update(factories.message(app.bot, "/list"))
    assert "文章目录" in api.sent()[-1]["text"]


async def test_handler_errors_get_a_polite_answer(settings: Settings) -> None:
    api = OfflineBotApi()
    app = build_application(settings, request=api)
    async with started(app):
        assert app.bot_data.db is not None
        await app.bot_data.db.conn.execute("DROP TABLE paragraphs")
        await app.process_update(factories.message(app.bot, "/read 1"))
    assert "出了点问题" in api.sent()[-1]["text"]


async def test_a_query_of_function_words_only_says_what_to_type(
    app: AppType, api: OfflineBotApi
) -> None:
    await app.process_update(factories.message(app.bot, "/search 的"))
    reply = api.sent()[-1]["text"]
    assert reply.startswith("“的”里没有可以搜索的词")
    assert "/search 乡村振兴" in reply
    assert "reply_markup" not in api.sent()[-1]  # no arbitrary hits


async def test_an_author_of_many_articles_does_not_drown_the_text(
    settings: Settings, with_report: Path, api: OfflineBotApi
) -> None:
    app = build_application(settings, request=api)
    async with started(app):
        await app.process_update(factories.message(app.bot, "/search 习近平"))
    reply = api.sent()[-1]["text"]
    results = reply.split("\n\n")[1:]
    in_text = ["<b>习近平</b>" in r.split("\n", 1)[1] for r in results]
    # The three seed articles that quote 习近平 in their text come first; the report's
    # chapters, whose speaker he is, only after them.
    assert in_text == [True, True, True, False, False]
    assert all("— 习近平" not in r and "习近平（" not in r for r in results[:3])


async def test_an_article_found_by_its_author_opens_at_a_paragraph_that_says_something(
    settings: Settings, with_report: Path, api: OfflineBotApi
) -> None:
    app = build_application(settings, request=api)
    async with started(app):
        await app.process_update(factories.message(app.bot, "/search 习近平"))
    results = api.sent()[-1]["text"].split("\n\n")[1:]
    preamble = next(r for r in results if "导言" in r.split("\n", 1)[0])
    assert "同志们：" not in preamble.split("\n", 1)[1]  # not the salutation
