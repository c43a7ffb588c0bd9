"""How things are named in every reply: one date format, 北京时间, titles cut with …, the
report as 党的二十大报告 with its parts, deep links to a paragraph."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core.display import clip, format_date, report_name, zone_name
from bot.offline import OfflineBotApi
from tests import factories
from tests.conftest import started
from tests.test_quiz_handlers import Clock

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
GROUP = -100321


@pytest.fixture
async def rapp(
    settings: Settings, with_report: Path, api: OfflineBotApi
) -> AsyncIterator[AppType]:
    """The seed page (articles 1-5) and the report (6: the preamble, 7-21: parts 一 to 十五)."""
    application = build_application(settings, request=api)
    application.bot_data.clock = Clock(NOW)
    async with started(application):
        yield application


async def say(app: AppType, text: str, **kw: object) -> None:
    await app.process_update(factories.message(app.bot, text, **kw))


def last(api: OfflineBotApi) -> str:
    return str(api.sent()[-1]["text"])


def buttons(api: OfflineBotApi) -> list[str]:
    rows = api.sent()[-1]["reply_markup"]["inline_keyboard"]
    return [button["text"] for row in rows for button in row]


# -- the pure helpers -----------------------------------------------------------------------
def test_a_date_of_this_year_is_month_and_day() -> None:
    assert format_date(date(2026, 11, 29), date(2026, 11, 25)) == "11月29日"


def test_a_date_of_another_year_has_its_year() -> None:
    assert format_date(date(2025, 3, 5), date(2026, 11, 25)) == "2025年3月5日"


def test_asia_shanghai_is_beijing_time() -> None:
    assert zone_name("Asia/Shanghai") == "北京时间"


def test_a_zone_without_a_common_name_keeps_its_iana_name() -> None:
    assert zone_name("America/Argentina/Salta") == "America/Argentina/Salta"


def test_a_cut_title_ends_with_an_ellipsis() -> None:
    assert clip("以数字化推动普惠养老服务高质量发展", 8) == "以数字化推动普…"


def test_a_title_that_fits_is_not_cut() -> None:
    assert clip("基层学报告", 8) == "基层学报告"


def test_a_party_congress_report_is_named_by_its_congress() -> None:
    subtitle = "——在中国共产党第二十次全国代表大会上的报告"
    assert report_name("高举中国特色社会主义伟大旗帜", subtitle) == "党的二十大报告"


def test_another_report_is_named_by_its_title() -> None:
    assert report_name("政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上") == (
        "政府工作报告"
    )


# -- the report in chat ---------------------------------------------------------------------
async def test_the_contents_list_the_report_under_its_name(
    rapp: AppType, api: OfflineBotApi
) -> None:
    await say(rapp, "/list")
    assert "<b>党的二十大报告</b>" in last(api)


async def test_the_contents_list_a_part_by_its_number(rapp: AppType, api: OfflineBotApi) -> None:
    await say(rapp, "/list")
    assert "21. 第十五部分 坚定不移全面从严治党" in last(api)


async def test_the_contents_do_not_repeat_the_speaker(rapp: AppType, api: OfflineBotApi) -> None:
    await say(rapp, "/list")
    assert "习近平" not in last(api)


async def test_the_contents_list_the_preamble_under_its_label(
    rapp: AppType, api: OfflineBotApi
) -> None:
    await say(rapp, "/list")
    assert "6. 导言" in last(api)


async def test_reading_a_part_is_headed_by_the_report_and_part(
    rapp: AppType, api: OfflineBotApi
) -> None:
    await say(rapp, "/read 21")
    assert last(api).startswith("<b>《党的二十大报告》第十五部分</b>\n<b>坚定不移全面从严治党")


async def test_reading_the_preamble_is_headed_by_its_label(
    rapp: AppType, api: OfflineBotApi
) -> None:
    await say(rapp, "/read 6")
    assert last(api).startswith("<b>《党的二十大报告》导言</b>")


async def test_a_search_hit_in_the_report_names_the_part(
    rapp: AppType, api: OfflineBotApi
) -> None:
    await say(rapp, "/search 全面从严治党 自我革命")
    assert "《党的二十大报告》第十五部分</b> 坚定不移全面从严治党" in last(api)


async def test_a_search_button_on_the_report_names_the_part(
    rapp: AppType, api: OfflineBotApi
) -> None:
    await say(rapp, "/search 全面从严治党 自我革命")
    assert any("《党的二十大报告》第十五部分 第" in label for label in buttons(api))


async def test_the_daily_excerpt_of_the_report_names_the_part(
    rapp: AppType, api: OfflineBotApi
) -> None:
    api.admins[GROUP] = {9}
    await say(rapp, "/subscribe", chat_id=GROUP, kind="supergroup", user_id=9)
    await say(rapp, "/today", chat_id=GROUP, kind="supergroup", user_id=9)
    excerpt = next(p["text"] for p in api.sent() if "每日摘编" in p["text"])
    assert re.search(r"<b>《党的二十大报告》(导言|第[一二三四五六七八九十]+部分)</b>", excerpt)


# -- titles, dates and zones in replies -----------------------------------------------------
async def test_a_search_button_cuts_a_long_title_with_an_ellipsis(
    app: AppType, api: OfflineBotApi
) -> None:
    await say(app, "/search 智慧养老")
    assert buttons(api)[0].startswith("1. 《以数字化推动普惠养老服务高…》 第 ")


async def test_a_contents_button_cuts_a_long_title_with_an_ellipsis(
    rapp: AppType, api: OfflineBotApi
) -> None:
    await say(rapp, "/list")
    assert "21. 第十五部分 坚定不移全面从严治党，深入推进新时…" in buttons(api)


async def test_the_daily_excerpt_is_dated_like_every_other_date(
    rapp: AppType, api: OfflineBotApi
) -> None:
    api.admins[GROUP] = {9}
    await say(rapp, "/subscribe", chat_id=GROUP, kind="supergroup", user_id=9)
    await say(rapp, "/today", chat_id=GROUP, kind="supergroup", user_id=9)
    excerpt = next(p["text"] for p in api.sent() if "每日摘编" in p["text"])
    assert excerpt.startswith("📖 <b>每日摘编</b> · 11月25日\n")


async def test_status_dates_the_last_excerpt_like_every_other_date(
    rapp: AppType, api: OfflineBotApi
) -> None:
    api.admins[GROUP] = {9}
    await say(rapp, "/subscribe", chat_id=GROUP, kind="supergroup", user_id=9)
    await say(rapp, "/today", chat_id=GROUP, kind="supergroup", user_id=9)
    await say(rapp, "/status", chat_id=GROUP, kind="supergroup", user_id=9)
    # Which paragraph goes first is the walk's choice (docs/push.md); its date and place are
    # written as everywhere else.
    assert re.search(r"最近推送：11月25日 《党的二十大报告》(导言|第\w+部分)第 \d+ 段", last(api))


async def test_a_subscription_states_its_zone_as_beijing_time(
    app: AppType, api: OfflineBotApi
) -> None:
    await say(app, "/subscribe 07:30")
    assert "每天 07:30（北京时间）" in last(api)


# -- deep links to a paragraph --------------------------------------------------------------
async def test_a_deep_link_marks_its_paragraph(app: AppType, api: OfflineBotApi) -> None:
    article = await app.bot_data.library.articles.get(5)  # type: ignore[union-attr]
    assert article is not None
    await say(app, "/start a5_3")
    assert f"📍{article.paragraphs[2].text[:12]}" in last(api).replace("<b>", "").replace(
        "</b>", ""
    )


async def test_a_deep_link_marks_no_other_paragraph(app: AppType, api: OfflineBotApi) -> None:
    await say(app, "/start a5_3")
    assert last(api).count("📍") == 1


async def test_a_deep_link_to_a_missing_paragraph_says_so(
    app: AppType, api: OfflineBotApi
) -> None:
    await say(app, "/start a1_999")
    assert "没有第 999 段" in last(api)


async def test_a_deep_link_to_a_missing_paragraph_still_opens_the_article(
    app: AppType, api: OfflineBotApi
) -> None:
    await say(app, "/start a1_999")
    assert "奋力书写中国式现代化重庆篇章荣昌实践" in last(api)


async def test_a_quiz_about_the_excerpt_needs_no_note(rapp: AppType, api: OfflineBotApi) -> None:
    api.admins[GROUP] = {9}
    await say(rapp, "/subscribe", chat_id=GROUP, kind="supergroup", user_id=9)
    await say(rapp, "/today", chat_id=GROUP, kind="supergroup", user_id=9)
    excerpt = next(p["text"] for p in api.sent() if "每日摘编" in p["text"])
    assert "今天的测验" not in excerpt


async def test_the_excerpt_says_when_the_days_quiz_reviews_another_article(
    rapp: AppType, api: OfflineBotApi
) -> None:
    from bot.context import AppContext
    from bot.push.delivery import Target, send_excerpt
    from storage.deliveries import Delivery

    context = AppContext(rapp, chat_id=None, user_id=None)
    bank = rapp.bot_data.bank
    assert bank is not None
    question = (await bank.questions.window(0, 1))[0]
    other = next(
        a for a in await context.articles.list_articles() if a.key != question.article_key
    )
    delivery = Delivery(GROUP, "2026-11-25", "pending", 0, other.id, 1, 1, question.id, 0)
    await send_excerpt(context, Target(GROUP, None), delivery, None, question)
    assert last(api).endswith("📝 今天的测验温习此前推送过的内容。")


async def test_the_excerpt_quoting_the_report_is_asked_about_without_a_note(
    rapp: AppType, api: OfflineBotApi
) -> None:
    """The 荣昌 article's paragraph quoting 科技是第一生产力… with the report's question on it:
    the question is about today's excerpt, not a review (a review found 「温习」 under it)."""
    from bot.context import AppContext
    from bot.push.delivery import Target, send_excerpt
    from storage.deliveries import Delivery

    context = AppContext(rapp, chat_id=None, user_id=None)
    bank = rapp.bot_data.bank
    assert bank is not None
    article = next(a for a in await context.articles.list_articles() if "荣昌" in a.title)
    full = await context.articles.get(article.id)
    assert full is not None
    quoting = next(
        n for n, p in enumerate(full.paragraphs, 1) if "科技是第一生产力、人才是第一资源" in p.text
    )
    [question] = [
        q for q in await bank.questions.of_article(article.key) if q.paragraph == quoting
    ]
    asked = await bank.questions.get(question.id)  # as the delivery stores it: by its id
    assert asked is not None
    delivery = Delivery(GROUP, "2026-11-25", "pending", 0, article.id, quoting, 1, asked.id, 0)
    await send_excerpt(context, Target(GROUP, None), delivery, None, asked)
    assert "今天的测验" not in last(api)
