"""Every reply answers the question asked: what was wrong, and what to do instead."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core import texts
from bot.offline import OfflineBotApi
from tests import factories
from tests.conftest import started

GROUP = -100555
ADMIN = 9


async def say(app: AppType, text: str, *, group: bool = False, user_id: int = 501) -> str:
    where = {"chat_id": GROUP, "kind": "supergroup", "user_id": user_id} if group else {}
    api = app.bot.request  # the OfflineBotApi the app was built with
    await app.process_update(factories.message(app.bot, text, **where))
    assert isinstance(api, OfflineBotApi)
    return str(api.sent()[-1]["text"])


@pytest.fixture
async def group_app(app: AppType, api: OfflineBotApi) -> AppType:
    """The app with a group subscribed by its admin."""
    api.admins[GROUP] = {ADMIN}
    await say(app, "/subscribe", group=True, user_id=ADMIN)
    return app


# -- /read ----------------------------------------------------------------------------------
async def test_read_with_letters_says_they_are_not_a_number(app: AppType) -> None:
    assert "“abc”不是文章编号" in await say(app, "/read abc")


async def test_read_with_an_exponent_says_it_is_not_a_number(app: AppType) -> None:
    assert "“1e9”不是文章编号" in await say(app, "/read 1e9")


async def test_read_with_a_negative_number_says_there_is_no_such_article(app: AppType) -> None:
    assert "没有编号为 -1 的文章" in await say(app, "/read -1")


async def test_read_with_a_huge_number_says_there_is_no_such_article(app: AppType) -> None:
    assert "没有编号为 1000000000 的文章" in await say(app, "/read 1000000000")


async def test_read_with_full_width_digits_opens_the_article(app: AppType) -> None:
    assert "基层学报告" in await say(app, "/read ２")


async def test_read_without_a_number_says_how_to_use_it(app: AppType) -> None:
    assert await say(app, "/read") == texts.READ_USAGE


# -- /settime and /settz --------------------------------------------------------------------
async def test_settime_without_a_time_gives_an_example(group_app: AppType) -> None:
    assert "例如 /settime 08:00" in await say(group_app, "/settime", group=True, user_id=ADMIN)


async def test_settime_without_a_time_states_the_current_time(group_app: AppType) -> None:
    reply = await say(group_app, "/settime", group=True, user_id=ADMIN)
    assert "现在是每天 08:00（北京时间）" in reply


async def test_settime_with_a_bad_time_names_it(group_app: AppType) -> None:
    reply = await say(group_app, "/settime 25:00", group=True, user_id=ADMIN)
    assert "“25:00”不是有效的时间" in reply


async def test_settz_without_a_zone_gives_an_example(group_app: AppType) -> None:
    reply = await say(group_app, "/settz", group=True, user_id=ADMIN)
    assert "例如 /settz Asia/Shanghai" in reply


async def test_settz_without_a_zone_states_the_current_zone(group_app: AppType) -> None:
    assert "现在是北京时间" in await say(group_app, "/settz", group=True, user_id=ADMIN)


async def test_settz_with_an_unknown_zone_names_it(group_app: AppType) -> None:
    reply = await say(group_app, "/settz Mars/Base", group=True, user_id=ADMIN)
    assert "不认识时区“Mars/Base”" in reply


async def test_settz_points_to_the_settings_panel(group_app: AppType) -> None:
    assert "/settings" in await say(group_app, "/settz", group=True, user_id=ADMIN)


# -- /quiztimer, /rank, /weekly in a private chat -------------------------------------------
async def test_quiztimer_in_a_private_chat_speaks_to_the_user(app: AppType) -> None:
    assert "我发给您的测验限时 30 秒" in await say(app, "/quiztimer 30")


async def test_quiztimer_off_in_a_private_chat_speaks_to_the_user(app: AppType) -> None:
    assert await say(app, "/quiztimer off") == texts.QUIZ_TIMER_OFF_PRIVATE


async def test_quiztimer_in_a_group_speaks_of_the_group(group_app: AppType) -> None:
    reply = await say(group_app, "/quiztimer 30", group=True, user_id=ADMIN)
    assert "本群的测验从现在起限时 30 秒" in reply


async def test_rank_in_a_private_chat_says_where_it_works(app: AppType) -> None:
    assert "请在学习群里发送 /rank" in await say(app, "/rank")


async def test_rank_in_a_private_chat_offers_the_personal_score(app: AppType) -> None:
    assert "/me" in await say(app, "/rank")


async def test_weekly_in_a_private_chat_says_it_is_for_groups(app: AppType) -> None:
    assert await say(app, "/weekly on") == texts.WEEKLY_PRIVATE


async def test_weekly_without_a_choice_states_the_current_one(group_app: AppType) -> None:
    reply = await say(group_app, "/weekly", group=True, user_id=ADMIN)
    assert "现在开启" in reply


# -- an empty library -----------------------------------------------------------------------
@pytest.fixture
async def empty_app(tmp_path: Path, api: OfflineBotApi) -> AsyncIterator[AppType]:
    empty = tmp_path / "empty-seeds"
    empty.mkdir()
    settings = Settings(token="123456:TEST-TOKEN", db_path=tmp_path / "empty.db", seeds_dir=empty)
    async with started(build_application(settings, request=api)) as application:
        yield application


async def test_search_in_an_empty_library_says_the_library_is_empty(empty_app: AppType) -> None:
    assert await say(empty_app, "/search 养老") == texts.SEARCH_EMPTY_LIBRARY
