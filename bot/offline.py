"""An offline Bot API: a ``telegram.request.BaseRequest`` that answers like Telegram without
a network. It records every call; the console prints them, the tests assert on them."""

from __future__ import annotations

import itertools
import json
import struct
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from bot.updates import BOT_USER

PNG = b"\x89PNG\r\n\x1a\n"


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    result: Any = None
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # attach name → file

    def file(self, index: int = 0) -> tuple[str, bytes]:
        """The ``index``-th file uploaded with the call: (file name, bytes)."""
        return list(self.files.values())[index]


def poll_result(params: dict[str, Any], poll_id: str) -> dict[str, Any]:
    """The Poll object Telegram returns for a sendPoll call (Bot API 10 fields)."""
    options = [
        {
            "text": o if isinstance(o, str) else o.get("text", ""),
            "voter_count": 0,
            "persistent_id": str(number),
        }
        for number, o in enumerate(params.get("options", []))
    ]
    return {
        "id": poll_id,
        "question": params.get("question", ""),
        "options": options,
        "total_voter_count": 0,
        "is_closed": False,
        "is_anonymous": params.get("is_anonymous", True),
        "type": params.get("type", "regular"),
        "allows_multiple_answers": False,
        "allows_revoting": False,
        "members_only": False,
        "correct_option_ids": params.get("correct_option_ids"),
        "explanation": params.get("explanation"),
        "open_period": params.get("open_period"),
    }


def chat_member(user_id: Any, admin: bool) -> dict[str, Any]:
    """A ChatMember for getChatMember: an administrator, or a plain member."""
    user = {"id": user_id, "is_bot": False, "first_name": "成员"}
    if not admin:
        return {"status": "member", "user": user}
    rights = (
        "can_manage_chat can_delete_messages can_manage_video_chats can_restrict_members "
        "can_change_info can_invite_users"
    ).split()
    denied = "can_be_edited is_anonymous can_promote_members can_post_stories "
    denied += "can_edit_stories can_delete_stories"
    return {
        "status": "administrator",
        "user": user,
        **dict.fromkeys(rights, True),
        **dict.fromkeys(denied.split(), False),
    }


@dataclass(frozen=True)
class Fault:
    """One injected failure: an HTTP status with a Bot API error, or a timeout (status 0)."""

    status: int
    description: str = ""
    parameters: dict[str, Any] | None = None

    @classmethod
    def forbidden(cls) -> Fault:
        return cls(403, "Forbidden: bot was kicked from the group chat")

    @classmethod
    def retry_after(cls, seconds: int) -> Fault:
        return cls(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})

    @classmethod
    def migrated(cls, new_chat_id: int) -> Fault:
        return cls(
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            {"migrate_to_chat_id": new_chat_id},
        )

    @classmethod
    def server_error(cls) -> Fault:
        return cls(502, "Bad Gateway")

    @classmethod
    def timeout(cls) -> Fault:
        return cls(0)


@dataclass
class OfflineBotApi(BaseRequest):
    """Answers getMe, sendMessage, editMessageText, sendPoll, … with plausible results.

    ``admins`` maps chat id → user ids that getChatMember reports as administrators;
    ``fail`` maps a method name to an error description to answer with (HTTP 400);
    ``faults`` maps (method, chat id) to failures answered in turn, one per call;
    ``member_counts`` maps a chat id to what getChatMemberCount answers (default 0);
    ``outsiders`` maps a chat id to users getChatMember says are not in it (the others are
    members)."""

    on_call: Callable[[Call], None] | None = None
    admins: dict[int, set[int]] = field(default_factory=dict)
    fail: dict[str, str] = field(default_factory=dict)
    calls: list[Call] = field(default_factory=list)
    faults: dict[tuple[str, Any], list[Fault]] = field(default_factory=dict)
    failed: list[Call] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    member_counts: dict[int, int] = field(default_factory=dict)
    outsiders: dict[int, set[int]] = field(default_factory=dict)  # not in the group
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1000))

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def methods(self) -> list[str]:
        return [c.method for c in self.calls]

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = DEFAULT_NONE,
        write_timeout: ODVInput[float] = DEFAULT_NONE,
        connect_timeout: ODVInput[float] = DEFAULT_NONE,
        pool_timeout: ODVInput[float] = DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:  # a file download: the bytes a test put in ``files``
            return 200, self.files.get(url.rsplit("/", 1)[-1], b"")
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        if name in self.fail:
            body = {"ok": False, "error_code": 400, "description": self.fail[name]}
            return 400, json.dumps(body).encode()
        queue = self.faults.get((name, params.get("chat_id", 0)))
        if queue:
            fault = queue.pop(0)
            self.failed.append(Call(name, params, fault))
            if fault.status == 0:
                raise TimedOut("injected timeout")
            error: dict[str, Any] = {
                "ok": False,
                "error_code": fault.status,
                "description": fault.description,
            }
            if fault.parameters:
                error["parameters"] = fault.parameters
            return fault.status, json.dumps(error).encode()
        uploads = {
            key: (str(value[0]), value[1])
            for key, value in (request_data.multipart_data if request_data else {}).items()
            if isinstance(value, tuple) and isinstance(value[1], bytes)
        }
        result = self._answer(name, params, uploads)
        call = Call(name, params, result, uploads)
        self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        chat_id = params.get("chat_id", 0)
        chat_type = "private" if isinstance(chat_id, int) and chat_id > 0 else "supergroup"
        message: dict[str, Any] = {
            "message_id": params.get("message_id") or next(self._ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type, "title": "学习小组"},
            "from": BOT_USER,
        }
        if "text" in params:
            message["text"] = params["text"]
        if params.get("caption"):
            message["caption"] = params["caption"]
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:  # as Telegram: only these
            message["reply_markup"] = markup
        if params.get("message_thread_id"):
            message["message_thread_id"] = params["message_thread_id"]
        message.update(extra)
        return message

    def _answer(
        self, name: str, params: dict[str, Any], uploads: dict[str, tuple[str, bytes]]
    ) -> Any:
        if name == "getMe":
            return BOT_USER
        if name in {"sendPhoto", "sendDocument"}:
            return self._message(params, **_attachment(name, params, uploads))
        if name == "sendMediaGroup":
            return [
                self._message(
                    {**params, "caption": item.get("caption")},
                    **_attachment("sendDocument", item, uploads),
                )
                for item in params.get("media", [])
            ]
        if name == "getChatMemberCount":
            return self.member_counts.get(params.get("chat_id", 0), 0)
        if name in {"sendMessage", "editMessageText"}:
            return self._message(params)
        if name == "sendPoll":
            return self._message(params, poll=poll_result(params, str(next(self._ids))))
        if name == "getChatMember":
            user_id = params.get("user_id")
            chat_id = params.get("chat_id", 0)
            if user_id in self.outsiders.get(chat_id, set()):
                return {
                    "status": "left",
                    "user": {"id": user_id, "is_bot": False, "first_name": "某"},
                }
            return chat_member(user_id, user_id in self.admins.get(chat_id, set()))
        if name == "getFile":
            file_id = params.get("file_id", "")
            size = len(self.files.get(file_id, b""))
            return {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_size": size,
                "file_path": f"documents/{file_id}",
            }
        if name == "getChatAdministrators":
            return []
        if name == "getUpdates":
            return []
        return True


def _attachment(
    method: str, params: dict[str, Any], uploads: dict[str, tuple[str, bytes]]
) -> dict[str, Any]:
    """The photo or document field of the Message Telegram returns for an upload."""
    field_name = "photo" if method == "sendPhoto" else "document"
    reference = str(params.get(field_name) or params.get("media") or "")
    name, data = uploads.get(reference.removeprefix("attach://"), ("", b""))
    if not data and uploads:  # the file was sent as the field itself (not attach://)
        name, data = uploads.get(field_name, next(iter(uploads.values())))
    file_id = f"file-{abs(hash((name, len(data)))) % 10**12}"
    if field_name == "photo":
        width, height = struct.unpack(">II", data[16:24]) if data[:8] == PNG else (0, 0)
        size = {"file_id": file_id, "file_unique_id": file_id, "file_size": len(data)}
        return {"photo": [{**size, "width": width, "height": height}]}
    return {
        "document": {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": name,
            "file_size": len(data),
        }
    }
