"""Small factories for real Bot API updates (as Telegram sends them)."""

from __future__ import annotations

import itertools
import time
from typing import Any

from telegram import Bot, Update

_ids = itertools.count(1)
USER = {"id": 501, "is_bot": False, "first_name": "王", "language_code": "zh-hans"}


def user(user_id: int = 501, name: str = "王") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name}


def chat(chat_id: int = 501, kind: str = "private") -> dict[str, Any]:
    data: dict[str, Any] = {"id": chat_id, "type": kind}
    if kind == "private":
        data["first_name"] = "王"
    else:
        data["title"] = "学习小组"
    return data


def message_data(
    text: str, *, chat_id: int = 501, kind: str = "private", user_id: int = 501, **extra: Any
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat(chat_id, kind),
        "from": user(user_id),
        "text": text,
    }
    entities = []
    if text.startswith("/"):
        entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
    at = text.find("@studybot")
    if at >= 0 and not text.startswith("/"):
        entities.append({"type": "mention", "offset": at, "length": len("@studybot")})
    if entities:
        message["entities"] = entities
    message.update(extra)
    return message


def message(bot: Bot, text: str, **kwargs: Any) -> Update:
    return Update.de_json({"update_id": next(_ids), "message": message_data(text, **kwargs)}, bot)


def callback(bot: Bot, data: str, sent: dict[str, Any], *, user_id: int = 501) -> Update:
    """A press on a button of a message the bot sent (``sent`` is the Bot API result)."""
    return Update.de_json(
        {
            "update_id": next(_ids),
            "callback_query": {
                "id": str(next(_ids)),
                "from": user(user_id),
                "chat_instance": "ci",
                "data": data,
                "message": sent,
            },
        },
        bot,
    )


# A one-article page in the seed page's layout, for imports and large archives.
NEW_PAGE = (
    "理论版\n\n新时代学习笔谈\n\n把学习成果转化为发展动能\n\n□张明\n\n"
    "学习贯彻党的二十大精神，要在学懂弄通做实上下功夫，推动量子通信产业加快发展。\n\n"
    "坚持学用结合，把理论成果转化为推动工作的实际举措。各级干部要带头学。\n\n"
    "坚持把发展经济的着力点放在实体经济上，让量子通信产业成为本区发展新动能的重要引擎。\n\n"
    "(作者系某区委宣传部干部)\n"
)
