"""A small local HTTP server that speaks the Bot API wire format, for end-to-end tests.

The bot runs unchanged as a subprocess with ``TELEGRAM_BASE_URL`` pointing here. The test holds
the server object: it injects updates (``push_update``), reads what the bot sent (``sent``),
injects faults per method and chat (``faults``) and can enforce Telegram's limits (30 messages
per second overall, 20 per minute to one group), answering 429 when the bot exceeds them.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import itertools
import json
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from bot.core.segment import Segmenter
from bot.offline import BOT_USER, chat_member, poll_result
from bot.services.library import Library
from storage.articles import ArticleRepository
from storage.db import Database

BOT = BOT_USER
SENDS = {"sendMessage", "sendPoll", "editMessageText"}


@dataclass
class Sent:
    method: str
    params: dict[str, Any]
    at: float
    result: Any = None


@dataclass
class FakeBotApi:
    token: str
    enforce_limits: bool = True
    admins: dict[int, set[int]] = field(default_factory=dict)
    # (method, chat_id) -> faults answered in turn: "403", "429:N", "migrate:NEW", "500",
    # "502", "slow:SECONDS", "drop"
    faults: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    sent: list[Sent] = field(default_factory=list)
    limit_429s: int = 0  # 429s answered because the bot broke Telegram's limits
    injected: list[tuple[str, int, str]] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)  # successful calls by method
    # The bot process under test: says why it is gone (None while it runs); wait_for checks it.
    watched: Callable[[], str | None] | None = None

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(5000)
        self._changed = asyncio.Condition()
        self._overall: deque[float] = deque()
        self._per_chat: dict[int, deque[float]] = {}
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- the control side ----------------------------------------------------------------
    async def start(self) -> str:
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert isinstance(server, asyncio.Server)
        self.port = server.sockets[0].getsockname()[1]
        return f"http://127.0.0.1:{self.port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def push_update(self, update: dict[str, Any]) -> None:
        update = {**update, "update_id": next(self._update_ids)}  # the server numbers them
        async with self._changed:
            self._updates.append(update)
            self._changed.notify_all()

    async def wait_for(
        self, predicate: Callable[[], bool], limit: float = 30, what: str = ""
    ) -> None:
        """Wait until the bot has done something (no fixed sleeps). Fails as soon as the watched
        bot process has exited, or after ``limit`` s, saying what was awaited and what the bot
        did last."""
        what = what or _describe(predicate)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        async with self._changed:
            while not predicate():
                died = self.watched() if self.watched is not None else None
                if died is not None:
                    raise AssertionError(f"the bot stopped while waiting for {what}: {died}")
                left = deadline - loop.time()
                if left <= 0:
                    last = [f"{c.method} {c.params.get('chat_id', '')}" for c in self.sent[-5:]]
                    raise AssertionError(f"waited {limit:g} s for {what}; last calls: {last}")
                # Woken by every call of the bot; at least twice a second to notice a crash.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), min(0.5, left))

    def to(self, chat_id: int, method: str | None = None) -> list[Sent]:
        return [
            s
            for s in self.sent
            if s.params.get("chat_id") == chat_id and (method is None or s.method == method)
        ]

    # -- the Bot API side ------------------------------------------------------------------
    async def _handle(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return web.json_response(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401
            )
        method = request.match_info["method"]
        params = await self._params(request)
        chat_id = params.get("chat_id", 0)
        queue = self.faults.get((method, chat_id))
        if queue:
            fault = queue.pop(0)
            self.injected.append((method, chat_id, fault))
            answer = await self._fault(fault)
            if answer is not None:
                return answer
        if method in SENDS and self.enforce_limits and method != "editMessageText":
            limited = self._over_limit(chat_id)
            if limited:
                self.limit_429s += 1
                return self._error(429, "Too Many Requests: retry after 1", {"retry_after": 1})
        result = await self._answer(method, params)
        if method in SENDS or method in {"answerCallbackQuery", "setMyCommands", "setWebhook"}:
            async with self._changed:
                self.sent.append(Sent(method, params, time.monotonic(), result))
                self.counts[method] += 1
                self._changed.notify_all()
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        if request.content_type == "application/json":
            data = await request.json()
            return dict(data)
        form = await request.post()
        params: dict[str, Any] = {}
        for key, value in form.items():
            if not isinstance(value, str):
                continue
            try:
                params[key] = json.loads(value) if key != "text" else value
            except json.JSONDecodeError:
                params[key] = value
        return params

    def _error(
        self, code: int, description: str, parameters: dict[str, Any] | None = None
    ) -> web.Response:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return web.json_response(body, status=code)

    async def _fault(self, fault: str) -> web.StreamResponse | None:
        kind, _, arg = fault.partition(":")
        if kind == "403":
            return self._error(403, "Forbidden: bot was kicked from the supergroup chat")
        if kind == "429":
            return self._error(
                429, f"Too Many Requests: retry after {arg}", {"retry_after": int(arg)}
            )
        if kind == "migrate":
            return self._error(
                400,
                "Bad Request: group chat was upgraded to a supergroup chat",
                {"migrate_to_chat_id": int(arg)},
            )
        if kind in {"500", "502"}:
            return self._error(
                int(kind), "Internal Server Error" if kind == "500" else "Bad Gateway"
            )
        if kind == "slow":
            await asyncio.sleep(float(arg))
            return None
        if kind == "drop":
            raise ConnectionResetError("dropped by the fake server")
        return None

    def _over_limit(self, chat_id: int) -> bool:
        now = time.monotonic()
        while self._overall and now - self._overall[0] > 1.0:
            self._overall.popleft()
        if len(self._overall) >= 30:
            return True
        if chat_id < 0:
            window = self._per_chat.setdefault(chat_id, deque())
            while window and now - window[0] > 60.0:
                window.popleft()
            if len(window) >= 20:
                return True
            window.append(now)
        self._overall.append(now)
        return False

    def _message(self, params: dict[str, Any], **extra: Any) -> dict[str, Any]:
        chat_id = params.get("chat_id", 0)
        message: dict[str, Any] = {
            "message_id": params.get("message_id") or next(self._message_ids),
            "date": int(time.time()),
            "chat": {
                "id": chat_id,
                "type": "private" if chat_id > 0 else "supergroup",
                "title": "组",
            },
            "from": BOT,
        }
        for key in ("text", "message_thread_id"):
            if params.get(key):
                message[key] = params[key]
        markup = params.get("reply_markup")
        if isinstance(markup, dict) and "inline_keyboard" in markup:  # as Telegram: only these
            message["reply_markup"] = markup
        message.update(extra)
        return message

    async def _answer(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            timeout = float(params.get("timeout") or 0)
            async with self._changed:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
                if not self._updates and timeout:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(
                            self._changed.wait_for(lambda: bool(self._updates)), min(timeout, 2)
                        )
                return list(self._updates)
        if method in {"sendMessage", "editMessageText"}:
            return self._message(params)
        if method == "sendPoll":
            return self._message(params, poll=poll_result(params, str(next(self._message_ids))))
        if method == "getChatMember":
            admin = params.get("user_id") in self.admins.get(params.get("chat_id", 0), set())
            return chat_member(params.get("user_id"), admin)
        if method == "getChatAdministrators":
            return []
        return True


async def subscribe_groups(db_path: Path, seeds: Path, chats: list[int]) -> None:
    """Load the pages and subscribe many chats before the bot starts, at a time already past
    today that will not come round again during the test (a minute ago, 北京时间), so that
    its start-up catch-up pushes to all of them and no slot job fires on top of it. (At a
    fixed 00:00 a run across midnight in Shanghai rightly got the next day's item too.)"""
    now = datetime.now(ZoneInfo("Asia/Shanghai"))
    at = max(now - timedelta(minutes=1), now.replace(hour=0, minute=0))
    database = await Database.open(db_path)
    await Library(ArticleRepository(database), Segmenter()).sync(seeds)
    async with database.transaction() as conn:
        await conn.executemany(
            "INSERT INTO subscriptions (chat_id, at, tz) VALUES (?, ?, 'Asia/Shanghai')",
            [(chat, f"{at:%H:%M}") for chat in chats],
        )
    await database.close()


def _describe(predicate: Callable[[], bool]) -> str:
    """The source of a waited-for condition, for the failure message."""
    try:
        return " ".join(inspect.getsource(predicate).split())[:200]
    except (OSError, TypeError):
        return repr(predicate)
