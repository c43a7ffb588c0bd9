"""Test shorthands over the one update builder (``bot/updates.py``): real Bot API updates as
PTB ``Update`` objects, addressed by chat id, chat type and user id."""

from __future__ import annotations

from typing import Any

from telegram import Bot, Update

from bot.updates import Chat, Updates, User, as_update

UPDATES = Updates()


def chat(chat_id: int = 501, kind: str = "private") -> Chat:
    if kind == "private":
        return Chat(chat_id, "private", "王")
    return Chat(chat_id, kind, "学习小组")


def message_data(
    text: str | None,
    *,
    chat_id: int = 501,
    kind: str = "private",
    user_id: int = 501,
    **extra: Any,
) -> dict[str, Any]:
    """A Message object as the Bot API sends it."""
    return UPDATES.message_data(text, chat=chat(chat_id, kind), user=User(user_id), **extra)


def message(bot: Bot, text: str, **kwargs: Any) -> Update:
    """A text message (a command gets its entity, a mention its own) in a private chat by
    default, or in a group: ``chat_id=-100, kind="supergroup"``."""
    return as_update(
        {"update_id": UPDATES.next_id(), "message": message_data(text, **kwargs)}, bot
    )


def callback(bot: Bot, data: str, sent: dict[str, Any], *, user_id: int = 501) -> Update:
    """A press on a button of a message the bot sent (``sent`` is the Bot API result)."""
    return as_update(UPDATES.callback(data, sent, user=User(user_id)), bot)


def poll_answer(bot: Bot, poll_id: str, options: list[int], user: User) -> Update:
    return as_update(UPDATES.poll_answer(poll_id, options, user=user), bot)


# A one-article page in the seed page's layout, for imports and large archives.
NEW_PAGE = (
    "理论版\n\n新时代学习笔谈\n\n把学习成果转化为发展动能\n\n□张明\n\n"
    "学习贯彻党的二十大精神，要在学懂弄通做实上下功夫，推动量子通信产业加快发展。\n\n"
    "坚持学用结合，把理论成果转化为推动工作的实际举措。各级干部要带头学。\n\n"
    "弘扬“四下基层”优良作风，领导干部下访接访，把量子通信产业园区企业的诉求解决在基层。\n\n"
    "(作者系某区委宣传部干部)\n"
)
