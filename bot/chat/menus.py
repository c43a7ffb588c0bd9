"""The command menus, one per scope, built from the command table (bot/core/commands.py): a
private chat, a group's members and its admins each see the commands they can use; each
maintainer's private chat also shows the maintainers' commands."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from telegram import (
    Bot,
    BotCommand,
    BotCommandScope,
    BotCommandScopeAllChatAdministrators,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    BotCommandScopeDefault,
)
from telegram.error import TelegramError

from bot.core.commands import menu

log = logging.getLogger(__name__)


def menus(maintainers: Iterable[int] = ()) -> list[tuple[BotCommandScope, list[BotCommand]]]:
    """Each scope with its menu. The default scope is only seen where no other applies."""

    def commands(scope: str) -> list[BotCommand]:
        return [BotCommand(c.name, c.menu_text()) for c in menu(scope)]

    scoped: list[tuple[BotCommandScope, list[BotCommand]]] = [
        (BotCommandScopeDefault(), commands("groups")),
        (BotCommandScopeAllPrivateChats(), commands("private")),
        (BotCommandScopeAllGroupChats(), commands("groups")),
        (BotCommandScopeAllChatAdministrators(), commands("group_admins")),
    ]
    scoped += [(BotCommandScopeChat(m), commands("maintainers")) for m in sorted(maintainers)]
    return scoped


async def set_command_menus(bot: Bot, maintainers: Iterable[int] = ()) -> None:
    """Set every scope's menu. A menu is a convenience: a failure is logged and the bot
    works on (a maintainer who never opened a chat with the bot has no chat to scope)."""
    for scope, commands in menus(maintainers):
        try:
            await bot.set_my_commands(commands, scope=scope)
        except TelegramError as error:
            log.warning("could not set the command menu for %s: %s", scope.type, error)
