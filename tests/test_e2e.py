"""End to end: ``python -m bot run`` as a subprocess against the local fake Bot API server."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.context import PUSH_CONCURRENCY
from bot.updates import Chat, Updates, User
from tests.conftest import ROOT
from tests.fakeapi import FakeBotApi, subscribe_groups

pytestmark = pytest.mark.slow  # subprocesses: skipped by ./dev test -m "not slow"

TOKEN = "4242:fake-token-for-the-end-to-end-tests"  # PTB accepts any shape
USER = User(501, "王")
UPDATES = Updates()


class Bot:
    """The bot process, with its log captured."""

    def __init__(self, server: FakeBotApi, db: Path, seeds: Path, level: str = "INFO") -> None:
        self.server = server
        self.env = {
            k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM", "STUDYBOT"))
        }
        self.env.update(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_BASE_URL=f"http://127.0.0.1:{server.port}",
            STUDYBOT_DB=str(db),
            STUDYBOT_SEEDS=str(seeds),
            STUDYBOT_LOG_LEVEL=level,
            STUDYBOT_ADMINS="501",
        )
        self.process: asyncio.subprocess.Process | None = None
        self.log = db.parent / f"bot-{level}.log"

    async def start(self, *args: str) -> None:
        handle = self.log.open("ab")
        self.process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "run",
            *args,
            cwd=ROOT,
            env=self.env,
            stdout=handle,
            stderr=handle,
        )
        handle.close()
        self.server.watched = self.gone

    def gone(self) -> str | None:
        """Why the process is gone (its exit code and the end of its log), None if it runs."""
        if self.process is None or self.process.returncode is None:
            return None
        tail = self.log.read_text(encoding="utf-8", errors="replace")[-1500:]
        return f"exit code {self.process.returncode}; log ends:\n{tail}"

    async def stop(self, sig: int = signal.SIGTERM) -> None:
        self.server.watched = None
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(sig)
            await asyncio.wait_for(self.process.wait(), 30)


@pytest.fixture
async def server() -> AsyncIterator[FakeBotApi]:
    fake = FakeBotApi(TOKEN)
    await fake.start()
    yield fake
    await fake.stop()


def message(text: str, chat_id: int = 501, kind: str = "private") -> dict[str, Any]:
    chat = Chat.private(USER) if kind == "private" else Chat(chat_id, kind, "组")
    return UPDATES.message(text, chat=chat, user=USER)


async def test_a_user_session_over_http(server: FakeBotApi, tmp_path: Path, seeds: Path) -> None:
    bot = Bot(server, tmp_path / "e2e.db", seeds)
    # Written the way PTB and the local Bot API server document it, with /bot at the end.
    bot.env["TELEGRAM_BASE_URL"] += "/bot"
    await bot.start()
    try:
        await server.wait_for(lambda: any(s.method == "setMyCommands" for s in server.sent), 60)
        await server.push_update(message("/search 养老"))
        await server.wait_for(lambda: any("李莉" in s.params.get("text", "") for s in server.sent))
        result = server.to(501, "sendMessage")[-1]
        data = result.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        await server.push_update(UPDATES.callback(data, result.result, user=USER))
        await server.wait_for(
            lambda: any("市委六届二次全会" in s.params.get("text", "") for s in server.sent)
        )
        await server.push_update(message("/read 1"))
        await server.wait_for(
            lambda: any("第 1/2 页" in s.params.get("text", "") for s in server.sent)
        )
        page = [s for s in server.sent if "第 1/2 页" in s.params.get("text", "")][-1]
        next_data = page.params["reply_markup"]["inline_keyboard"][-1][-1]["callback_data"]
        await server.push_update(UPDATES.callback(next_data, page.result, user=USER))
        await server.wait_for(lambda: any(s.method == "editMessageText" for s in server.sent))
        await server.push_update(message("/quiz"))
        await server.wait_for(lambda: bool(server.to(501, "sendPoll")))
        poll = server.to(501, "sendPoll")[-1].result["poll"]
        right = poll["correct_option_ids"][0]
        await server.push_update(UPDATES.poll_answer(poll["id"], [right], user=USER))
        await server.push_update(message("/me"))
        await server.wait_for(
            lambda: any("共答 1 题，答对 1 题" in s.params.get("text", "") for s in server.sent)
        )
        server.admins[-100500] = {501}
        await server.push_update(message("/subscribe 07:30", chat_id=-100500, kind="supergroup"))
        await server.wait_for(
            lambda: any("每天 07:30" in s.params.get("text", "") for s in server.to(-100500))
        )
    finally:
        await bot.stop()
    log = bot.log.read_text(encoding="utf-8", errors="replace")
    assert TOKEN not in log
    assert TOKEN.split(":")[1] not in log


UNKNOWN = "SELECT chat_id FROM deliveries WHERE state = 'unknown'"


async def test_daily_push_to_200_groups_with_faults(
    server: FakeBotApi, tmp_path: Path, seeds: Path
) -> None:
    groups = [-100_000 - i for i in range(200)]
    forbidden, migrated, throttled, flaky = groups[:5], groups[5:8], groups[8:13], groups[13:18]
    dropped, slow = groups[18:21], groups[21:23]
    for chat in dropped:
        server.faults[("sendMessage", chat)] = ["drop"]
    for chat in slow:  # slower than the bot's 5 s read timeout: answered, but too late
        server.faults[("sendPoll", chat)] = ["slow:7"]
    for chat in forbidden:
        server.faults[("sendMessage", chat)] = ["403"]
    for chat in migrated:
        server.faults[("sendMessage", chat)] = [f"migrate:{chat - 10_000_000}"]
    for chat in throttled:
        server.faults[("sendMessage", chat)] = ["429:1"]
    for chat in flaky:
        server.faults[("sendPoll", chat)] = ["502"]
    db = tmp_path / "push.db"
    await subscribe_groups(db, seeds, groups)
    bot = Bot(server, db, seeds)
    await bot.start()
    live = [g for g in groups if g not in forbidden and g not in migrated] + [
        g - 10_000_000 for g in migrated
    ]

    def done() -> bool:
        return all(server.to(g, "sendPoll") for g in live)

    try:
        await server.wait_for(done, 180)
    finally:
        await bot.stop()
    for chat in live:
        excerpts = [
            s for s in server.to(chat, "sendMessage") if "每日摘编" in s.params.get("text", "")
        ]
        assert len(excerpts) == 1, chat
        assert len(server.to(chat, "sendPoll")) == 1, chat
    for chat in forbidden:
        assert not server.to(chat, "sendPoll")
    with sqlite3.connect(db) as conn:
        states = dict(conn.execute("SELECT chat_id, state FROM deliveries").fetchall())
    assert {states[g] for g in dropped} == {"sent"}  # a dropped connection is retried
    assert {states[g] for g in slow} == {"unknown"}  # a late answer is not sent again
    with sqlite3.connect(db) as conn:
        paused = {
            r[0] for r in conn.execute("SELECT chat_id FROM subscriptions WHERE status = 'paused'")
        }
        moved = {r[0] for r in conn.execute("SELECT chat_id FROM subscriptions")}
    assert paused == set(forbidden)
    assert {g - 10_000_000 for g in migrated} <= moved  # each lives on at its new id
    assert not set(migrated) & moved  # and no longer at its old one
    assert server.limit_429s == 0  # the bot kept Telegram's limits by itself


async def test_kill_9_in_the_middle_of_a_push(
    server: FakeBotApi, tmp_path: Path, seeds: Path
) -> None:
    groups = [-200_000 - i for i in range(200)]
    db = tmp_path / "kill.db"
    await subscribe_groups(db, seeds, groups)
    bot = Bot(server, db, seeds)
    await bot.start()
    await server.wait_for(
        lambda: len([s for s in server.sent if s.method == "sendPoll"]) >= 60, 120
    )
    await bot.stop(signal.SIGKILL)
    commands = sum(1 for s in server.sent if s.method == "setMyCommands")
    restarted = Bot(server, db, seeds)
    await restarted.start()
    try:
        # The command menu is set at the end of start-up, after the interrupted deliveries
        # were settled: from then on the set of "unknown" chats is fixed.
        await server.wait_for(
            lambda: sum(1 for s in server.sent if s.method == "setMyCommands") > commands, 60
        )
        with sqlite3.connect(db) as conn:
            unknown = {r[0] for r in conn.execute(UNKNOWN)}
        expected = [g for g in groups if g not in unknown]
        await server.wait_for(lambda: all(server.to(g, "sendPoll") for g in expected), 180)
    finally:
        await restarted.stop()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert {r[0] for r in conn.execute(UNKNOWN)} == unknown
    for chat in groups:
        excerpts = [
            s for s in server.to(chat, "sendMessage") if "每日摘编" in s.params.get("text", "")
        ]
        assert len(excerpts) <= 1, f"{chat} got its item twice"
        if chat not in unknown:
            assert len(excerpts) == 1, chat
            assert len(server.to(chat, "sendPoll")) == 1, chat
    assert len(unknown) <= PUSH_CONCURRENCY  # at most the sends in flight when it died


async def test_debug_logs_never_contain_the_token(
    server: FakeBotApi, tmp_path: Path, seeds: Path
) -> None:
    bot = Bot(server, tmp_path / "debug.db", seeds, level="DEBUG")
    await bot.start()
    try:
        await server.wait_for(lambda: any(s.method == "setMyCommands" for s in server.sent), 60)
        await server.push_update(message("/search 养老"))
        await server.wait_for(lambda: any("李莉" in s.params.get("text", "") for s in server.sent))
    finally:
        await bot.stop()
    log = bot.log.read_text(encoding="utf-8", errors="replace")
    assert "DEBUG" in log
    assert "getUpdates" in log
    assert TOKEN not in log
    assert TOKEN.split(":")[1] not in log


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_webhook_mode_checks_the_secret_and_answers_health(
    server: FakeBotApi, tmp_path: Path, seeds: Path
) -> None:
    import aiohttp

    port = free_port()
    bot = Bot(server, tmp_path / "hook.db", seeds)
    bot.env.update(
        WEBHOOK_URL="https://bot.example.org",
        WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET="s3cret-token",
    )
    await bot.start("--webhook")
    base = f"http://127.0.0.1:{port}"
    try:
        await server.wait_for(lambda: any(s.method == "setWebhook" for s in server.sent), 60)
        hook = next(s for s in server.sent if s.method == "setWebhook").params
        assert hook["url"] == "https://bot.example.org/telegram"
        assert hook["secret_token"] == "s3cret-token"
        update = message("/search 养老")
        async with aiohttp.ClientSession() as http:
            async with http.get(f"{base}/healthz") as response:
                assert response.status == 200
                assert (await response.json())["status"] == "ok"
            for secret in ("wrong", ""):
                async with http.post(
                    f"{base}/telegram",
                    json=update,
                    headers={"X-Telegram-Bot-Api-Secret-Token": secret},
                ) as response:
                    assert response.status == 403
            async with http.post(
                f"{base}/telegram",
                data=b"{not json",
                headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
            ) as response:
                assert response.status == 400
            async with http.post(
                f"{base}/telegram",
                json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"},
            ) as response:
                assert response.status == 200
        await server.wait_for(lambda: any("李莉" in s.params.get("text", "") for s in server.sent))
        assert (
            sum("李莉" in s.params.get("text", "") for s in server.sent) == 1
        )  # 403s not processed
    finally:
        await bot.stop()
    assert bot.process is not None
    assert bot.process.returncode == 0
