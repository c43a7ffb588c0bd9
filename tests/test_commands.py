"""One table of commands (bot/core/commands.py) and its views: /help, the menus of each scope
and the README's table."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from telegram.ext import CommandHandler

from bot.app import build_application
from bot.config import Settings
from bot.context import AppType
from bot.core.commands import BY_NAME, README_END, README_START, Who, readme_table
from bot.offline import OfflineBotApi
from tests import factories
from tests.conftest import ROOT, started


def registered(app: AppType) -> set[str]:
    return {
        name
        for handlers in app.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for name in handler.commands
    }


def menus(api: OfflineBotApi) -> dict[str, list[str]]:
    """The commands of each menu set, by scope type (a chat scope by its chat id)."""
    found: dict[str, list[str]] = {}
    for params in api.sent("setMyCommands"):
        scope: dict[str, Any] = params.get("scope") or {"type": "default"}
        key = str(scope.get("chat_id", scope["type"]))
        found[key] = [command["command"] for command in params["commands"]]
    return found


def test_every_registered_command_is_in_the_table(app: AppType) -> None:
    assert registered(app) - set(BY_NAME) == set()


def test_every_command_in_the_table_is_registered(app: AppType) -> None:
    assert set(BY_NAME) - registered(app) == set()


async def test_help_shows_every_registered_command(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/help"))
    shown = api.sent()[-1]["text"]
    assert [name for name in sorted(registered(app)) if f"/{name}" not in shown] == []


async def test_help_gives_a_usage_example(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/help"))
    assert "/read 1 — 阅读文章" in api.sent()[-1]["text"]


async def test_help_groups_commands_by_who_may_use_them(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/help"))
    shown = api.sent()[-1]["text"]
    assert shown.index("所有人") < shown.index("/list") < shown.index("群管理员")
    assert shown.index("群管理员") < shown.index("/subscribe 08:00") < shown.index("内容维护员")


async def test_help_tells_maintainers_how_to_add_pages(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(factories.message(app.bot, "/help"))
    assert ".txt" in api.sent()[-1]["text"]


async def test_every_registered_command_is_in_a_menu(
    settings: Settings, api: OfflineBotApi
) -> None:
    # With a maintainer configured: their commands (/add, /remove) are in their chat's menu.
    application = build_application(dataclasses.replace(settings, admins=frozenset({4242})), api)
    async with started(application) as app:
        offered = {name for names in menus(api).values() for name in names}
        assert registered(app) - offered == set()


@pytest.mark.usefixtures("app")  # started: the menus are set
def test_group_members_are_not_offered_admin_commands(api: OfflineBotApi) -> None:
    admin_only = {c.name for c in BY_NAME.values() if c.who is not Who.EVERYONE}
    assert admin_only & set(menus(api)["all_group_chats"]) == set()


@pytest.mark.usefixtures("app")  # started: the menus are set
def test_group_admins_are_offered_the_subscription(api: OfflineBotApi) -> None:
    assert "subscribe" in menus(api)["all_chat_administrators"]


@pytest.mark.usefixtures("app")  # started: the menus are set
def test_group_admins_are_offered_the_weekly_report(api: OfflineBotApi) -> None:
    assert "weekly" in menus(api)["all_chat_administrators"]


@pytest.mark.usefixtures("app")  # started: the menus are set
def test_private_chats_are_not_offered_the_group_leaderboard(api: OfflineBotApi) -> None:
    assert "rank" not in menus(api)["all_private_chats"]


@pytest.mark.usefixtures("app")  # started: the menus are set
def test_private_chats_are_offered_the_review(api: OfflineBotApi) -> None:
    assert "review" in menus(api)["all_private_chats"]


@pytest.mark.usefixtures("app")  # started: the menus are set
def test_a_menu_line_carries_its_usage_example(api: OfflineBotApi) -> None:
    params = next(
        p
        for p in api.sent("setMyCommands")
        if (p.get("scope") or {}).get("type") == "all_private_chats"
    )
    read = next(c for c in params["commands"] if c["command"] == "read")
    assert read["description"].endswith("例如 /read 1")


async def test_each_maintainer_gets_a_menu_in_their_private_chat(settings: Settings) -> None:
    api = OfflineBotApi()
    maintained = Settings(
        token=settings.token,
        db_path=settings.db_path,
        seeds_dir=settings.seeds_dir,
        admins=frozenset({4242}),
    )
    async with started(build_application(maintained, request=api)):
        assert "4242" in menus(api)


async def test_a_menu_that_cannot_be_set_does_not_stop_the_bot(settings: Settings) -> None:
    api = OfflineBotApi(fail={"setMyCommands": "Bad Request: chat not found"})
    async with started(build_application(settings, request=api)) as app:
        await app.process_update(factories.message(app.bot, "/list"))
    assert "文章目录" in api.sent()[-1]["text"]


def test_the_readme_table_is_the_command_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index(README_START) + len(README_START) : readme.index(README_END)]
    assert block.strip() == readme_table()
