"""The offline console: a real chat session with the bot, no Telegram token needed.

Each line typed is a message from a private-chat user; the bot's replies and their buttons are
printed. ``/tap N`` presses button N of the last reply that had buttons. The same Application
and handlers run as in production; only the transport is replaced (:class:`OfflineBotApi`).
"""

from __future__ import annotations

import asyncio
import html
import itertools
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, TextIO

from telegram import Update

from bot.app import build_application, offline
from bot.config import Settings
from bot.offline import Call, OfflineBotApi

USER = {"id": 10001, "is_bot": False, "first_name": "学员", "language_code": "zh-hans"}
CHAT = {"id": 10001, "type": "private", "first_name": "学员"}
TAP = re.compile(r"^/tap\s+(\d+)\s*$")
VOTE = re.compile(r"^/vote\s+(\d+)\s*$")
HELP = (
    "（离线控制台：输入消息与机器人对话；/tap N 按下按钮 N；/vote N 在最近的测验中选第 N 项；"
    "/quit 或 Ctrl-D 退出）"
)


def plain(text: str) -> str:
    """Telegram HTML as the console shows it: tags dropped, entities unescaped."""
    return html.unescape(re.sub(r"</?[a-z][^>]*>", "", text))


class Console:
    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.ids = itertools.count(1)
        self.buttons: list[dict[str, Any]] = []
        self.last_message: dict[str, Any] | None = None
        self.last_poll: dict[str, Any] | None = None
        self.folder: Path | None = None

    def show(self, call: Call) -> None:
        params, result = call.params, call.result
        if call.method in {"sendMessage", "editMessageText"}:
            mark = "（已更新）" if call.method == "editMessageText" else ""
            self.out.write(f"\nstudybot{mark}:\n{plain(params.get('text', ''))}\n")
            self._show_buttons(params.get("reply_markup"), result)
        elif call.method == "sendPoll":
            self.last_poll = result.get("poll")
            self.out.write(f"\nstudybot（测验）: {params.get('question', '')}\n")
            for number, option in enumerate(params.get("options", []), 1):
                text = option if isinstance(option, str) else option.get("text", "")
                self.out.write(f"  ({number}) {text}\n")
        elif call.files:  # a photo, a document or an album of them
            captions = [params.get("caption")] + [
                m.get("caption") for m in params.get("media", [])
            ]
            for name, data in call.files.values():
                path = self.save(name, data)
                self.out.write(
                    f"\nstudybot（文件）: {name}（{len(data):,} 字节，已保存到 {path}）\n"
                )
            for caption in filter(None, captions):
                self.out.write(f"{plain(caption)}\n")
        elif call.method == "answerCallbackQuery" and params.get("text"):
            self.out.write(f"\n（提示）{params['text']}\n")
        self.out.flush()

    def save(self, name: str, data: bytes) -> Path:
        """Files the bot sends land in a temporary folder, so they can be opened."""
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="studybot-console-"))
        path = self.folder / Path(name or "file").name
        path.write_bytes(data)
        return path

    def _show_buttons(self, markup: dict[str, Any] | None, message: dict[str, Any]) -> None:
        rows = (markup or {}).get("inline_keyboard") or []
        if not rows:
            return
        self.buttons = [button for row in rows for button in row]
        self.last_message = message
        labels = [f"[{n}] {b['text']}" for n, b in enumerate(self.buttons, 1)]
        self.out.write("  " + "   ".join(labels) + "\n")

    def _vote(self, uid: int, number: int) -> dict[str, Any] | None:
        poll = self.last_poll
        if poll is None or not 1 <= number <= len(poll["options"]):
            self.out.write("（没有可以作答的测验，或没有这个选项）\n")
            return None
        correct = number - 1 in (poll.get("correct_option_ids") or [])
        answer = poll["options"][(poll.get("correct_option_ids") or [0])[0]]["text"]
        verdict = "✅ 回答正确" if correct else f"❌ 回答错误，正确答案：{answer}"
        self.out.write(f"{verdict}\n（解析）{poll.get('explanation') or ''}\n")
        update = {
            "poll_id": poll["id"],
            "user": USER,
            "option_ids": [number - 1],
            "option_persistent_ids": [str(number - 1)],
        }
        return {"update_id": uid, "poll_answer": update}

    def update_for(self, line: str) -> dict[str, Any] | None:
        """The Bot API update a typed line stands for (None when it needs no update)."""
        uid = next(self.ids)
        vote = VOTE.match(line)
        if vote:
            return self._vote(uid, int(vote.group(1)))
        tap = TAP.match(line)
        if tap:
            number = int(tap.group(1))
            if not 1 <= number <= len(self.buttons):
                self.out.write(f"（没有按钮 {number}；上一条回复有 {len(self.buttons)} 个按钮）\n")
                return None
            button = self.buttons[number - 1]
            if "url" in button:
                self.out.write(f"（链接）{button['url']}\n")
                return None
            return {
                "update_id": uid,
                "callback_query": {
                    "id": str(uid),
                    "from": USER,
                    "chat_instance": "console",
                    "data": button.get("callback_data", ""),
                    "message": self.last_message,
                },
            }
        message: dict[str, Any] = {
            "message_id": uid,
            "date": int(time.time()),
            "chat": CHAT,
            "from": USER,
            "text": line,
        }
        if line.startswith("/"):
            length = len(line.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return {"update_id": uid, "message": message}


async def run_console(
    settings: Settings, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout
) -> int:
    console = Console(out)
    api = OfflineBotApi(on_call=console.show)
    app = build_application(settings, request=api)
    interactive = stdin.isatty()
    async with offline(app):
        # The JobQueue runs as in production: a /test's questions come one by one, in time.
        assert app.job_queue is not None
        await app.job_queue.start()
        if interactive:
            out.write(HELP + "\n")
        while True:
            if interactive:
                out.write("\n> ")
                out.flush()
            line = await asyncio.to_thread(stdin.readline)
            if not line:
                break
            line = line.rstrip("\r\n")
            if not line.strip():
                continue
            if line.strip() in {"/quit", "/exit"}:
                break
            if not interactive:
                out.write(f"\n> {line}\n")
            data = console.update_for(line)
            if data is not None:
                await app.process_update(Update.de_json(data, app.bot))
        await app.job_queue.stop(wait=False)
    return 0
