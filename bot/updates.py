"""Bot API updates as Telegram sends them, built in one place: the offline console (which plays
a private chat or a group), the tests and the benchmarks all use these builders.

Each builder returns the JSON an update arrives as (what a fake Bot API server hands out);
``as_update`` turns it into PTB's ``Update``. Commands get their ``bot_command`` entity and
``@mentions`` their ``mention`` entity, with offsets in UTF-16 code units as Telegram counts
them. Whether a user is a group admin is Telegram's answer to ``getChatMember`` (the offline
transport's ``admins``), not part of an update; an anonymous admin, who posts as the group
itself, is (``anonymous_admin=True``).
"""

from __future__ import annotations

import itertools
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from telegram import Bot, Update

BOT_USER: dict[str, Any] = {
    "id": 700000001,
    "is_bot": True,
    "first_name": "理论学习助手",
    "username": "studybot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
# Telegram's stand-in for an anonymous group admin (messages carry the group as sender_chat).
ANONYMOUS_ADMIN: dict[str, Any] = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
MENTION = re.compile(r"@[A-Za-z0-9_]{5,32}")


@dataclass(frozen=True)
class User:
    id: int = 501
    first_name: str = "王"

    def data(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": "zh-hans",
        }


@dataclass(frozen=True)
class Chat:
    id: int
    type: str = "private"  # private, group or supergroup
    title: str = ""  # a group's title; a private chat is named after its user

    @classmethod
    def private(cls, user: User) -> Chat:
        return cls(user.id, "private", user.first_name)

    @classmethod
    def group(cls, chat_id: int = -1001, title: str = "学习小组", *, basic: bool = False) -> Chat:
        """A supergroup (most groups are), or a basic group (``basic=True``)."""
        return cls(chat_id, "group" if basic else "supergroup", title)

    @property
    def is_private(self) -> bool:
        return self.type == "private"

    def data(self) -> dict[str, Any]:
        if self.is_private:
            return {"id": self.id, "type": self.type, "first_name": self.title or "王"}
        return {"id": self.id, "type": self.type, "title": self.title or "学习小组"}


USER = User()
PRIVATE = Chat.private(USER)
GROUP = Chat.group()


def utf16_length(text: str) -> int:
    """Telegram counts entity offsets and lengths in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram marks in a typed text: a leading command and @mentions."""
    found = []
    command = re.match(r"/\S+", text)
    if command:
        found.append({"type": "bot_command", "offset": 0, "length": utf16_length(command[0])})
    for mention in MENTION.finditer(text):
        if command and mention.start() < command.end():
            continue  # /search@studybot is one command, not a mention
        found.append(
            {
                "type": "mention",
                "offset": utf16_length(text[: mention.start()]),
                "length": utf16_length(mention[0]),
            }
        )
    return found


class Updates:
    """Builds updates with increasing update and message ids (one counter for both)."""

    def __init__(self, first_id: int = 1, clock: Callable[[], float] | None = None) -> None:
        self._ids = itertools.count(first_id)
        self.clock = clock or time.time  # seconds since the epoch, for message dates

    def next_id(self) -> int:
        return next(self._ids)

    def _update(self, kind: str, payload: dict[str, Any]) -> dict[str, Any]:
        return {"update_id": self.next_id(), kind: payload}

    def message_data(
        self,
        text: str | None,
        *,
        chat: Chat = PRIVATE,
        user: User = USER,
        anonymous_admin: bool = False,
        reply_to: dict[str, Any] | None = None,
        thread_id: int | None = None,
        **extra: Any,
    ) -> dict[str, Any]:
        """A Message object: text with its entities, in a chat, from a user (or from the
        group itself, for an anonymous admin), optionally a reply or in a forum topic."""
        message: dict[str, Any] = {
            "message_id": self.next_id(),
            "date": int(self.clock()),
            "chat": chat.data(),
            "from": ANONYMOUS_ADMIN if anonymous_admin else user.data(),
        }
        if anonymous_admin:
            message["sender_chat"] = chat.data()
        if text is not None:
            message["text"] = text
            marked = entities(text)
            if marked:
                message["entities"] = marked
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        if thread_id is not None:
            message["message_thread_id"] = thread_id
            message["is_topic_message"] = True
        message.update(extra)
        return message

    def message(self, text: str, **kwargs: Any) -> dict[str, Any]:
        """A text message (a command gets its bot_command entity); see ``message_data``."""
        return self._update("message", self.message_data(text, **kwargs))

    def document(
        self, file_id: str, file_name: str, size: int, *, caption: str = "", **kwargs: Any
    ) -> dict[str, Any]:
        """A file sent to the chat; the transport serves its bytes under ``file_id``."""
        doc = {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": file_name,
            "file_size": size,
        }
        message = self.message_data(None, document=doc, **kwargs)
        if caption:
            message["caption"] = caption
        return self._update("message", message)

    def migration(self, chat: Chat, to_chat_id: int) -> dict[str, Any]:
        """The service message a group sends when it becomes a supergroup."""
        return self._update(
            "message", self.message_data(None, chat=chat, migrate_to_chat_id=to_chat_id)
        )

    def callback(self, data: str, message: dict[str, Any], *, user: User = USER) -> dict[str, Any]:
        """A press on an inline button of ``message`` (the Bot API result of the send)."""
        query = {
            "id": str(self.next_id()),
            "from": user.data(),
            "chat_instance": str(message.get("chat", {}).get("id", "0")),
            "data": data,
            "message": message,
        }
        return self._update("callback_query", query)

    def poll_answer(
        self, poll_id: str, option_ids: list[int], *, user: User = USER
    ) -> dict[str, Any]:
        """A member's vote in a non-anonymous poll (no options: the vote was retracted)."""
        answer = {
            "poll_id": poll_id,
            "user": user.data(),
            "option_ids": option_ids,
            "option_persistent_ids": [str(option) for option in option_ids],
        }
        return self._update("poll_answer", answer)

    def my_chat_member(self, chat: Chat, *, old: str, new: str, by: User = USER) -> dict[str, Any]:
        """The bot's own membership changed: added (``left`` → ``member``), removed
        (→ ``left``/``kicked``), or a private chat blocked (→ ``kicked``)."""
        bot = {k: BOT_USER[k] for k in ("id", "is_bot", "first_name", "username")}
        change = {
            "chat": chat.data(),
            "from": by.data(),
            "date": int(self.clock()),
            "old_chat_member": {"user": bot, "status": old},
            "new_chat_member": {"user": bot, "status": new},
        }
        return self._update("my_chat_member", change)

    def inline_query(self, query: str, *, user: User = USER) -> dict[str, Any]:
        payload = {"id": str(self.next_id()), "from": user.data(), "query": query, "offset": ""}
        return self._update("inline_query", payload)


def as_update(data: dict[str, Any], bot: Bot) -> Update:
    """The PTB ``Update`` for a built update, bound to ``bot``."""
    update = Update.de_json(data, bot)
    assert update is not None
    return update
