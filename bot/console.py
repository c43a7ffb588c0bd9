"""The offline console: a real chat session with the bot, no Telegram token needed.

Each line typed is a message, in a private chat or in a group, as a group admin or a member; the
bot's replies and their buttons are printed. The console's own commands:

- ``/tap N`` presses button N of the last reply that had buttons; ``/vote N`` answers the last
  quiz poll with option N; a line typed after a prompt to reply (ForceReply) is that reply;
- ``/group`` and ``/private`` switch chats (the first ``/group`` adds the bot to the group);
  ``/admin`` and ``/member`` set the console user's role in the group;
- ``/doc PATH`` sends a file (the console user is a maintainer, so a page can be imported);
- ``/clock +1d``, ``/clock 08:00`` or ``/clock 周日 20:00`` moves the clock forward: the daily
  push and the weekly report due on the way fire through the same job callbacks as in
  production (the JobQueue's jobs, run at their times);
- ``/quit`` (or the end of input) ends the session.

Files the bot sends (the /stats chart, the /export workbook and CSV files) are saved to a
temporary folder, whose path is printed, so they can be opened.

The same Application and handlers run as in production; only the transport is replaced
(:class:`OfflineBotApi`). In a group, as with Telegram's privacy mode, the bot sees only
commands, mentions and replies to its own messages.
"""

from __future__ import annotations

import asyncio
import dataclasses
import html
import re
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any, TextIO

from bot.app import build_application, offline
from bot.config import Settings
from bot.context import AppType
from bot.core.display import format_moment, zone_name
from bot.offline import Call, OfflineBotApi
from bot.updates import Chat, Updates, User, as_update

USER = User(10001, "学员")
PRIVATE = Chat.private(USER)
GROUP = Chat.group(-1001001, "学习小组")
# Any argument, so that /vote abc is told the usage rather than sent to the bot as a command.
TAP = re.compile(r"^/tap(?:\s+(.*?))?\s*$")
VOTE = re.compile(r"^/vote(?:\s+(.*?))?\s*$")
DOC = re.compile(r"^/doc(?:\s+(.+?))?\s*$")
CLOCK = re.compile(r"^/clock(?:\s+(.+?))?\s*$")
STEP = re.compile(r"^\+(\d{1,4})\s*([mhd])$")
WEEKDAY = re.compile(r"^(周[一二三四五六日天]|mon|tue|wed|thu|fri|sat|sun)\w*\s+(\S+)$", re.I)
WEEKDAYS = {
    **dict(zip("一二三四五六日", range(7), strict=True)),
    "天": 6,
    **{day: n for n, day in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
}
TINY = timedelta(microseconds=1)
HELP = (
    "（离线控制台：输入消息与机器人对话。\n"
    " /tap N 按下按钮 N；/vote N 在最近的测验中选第 N 项；\n"
    " /group、/private 在群组「学习小组」和私聊之间切换；\n"
    " /admin、/member 在群里做管理员或普通成员；\n"
    " /doc 文件路径 发送文件（您是内容维护员，可以导入版面）；\n"
    " /clock +1d、/clock 08:00、/clock 周日 20:00 拨动时钟，到点的每日推送和周报照常发出；\n"
    " /quit 或 Ctrl-D 退出）"
)


def plain(text: str) -> str:
    """Telegram HTML as the console shows it: tags dropped, entities unescaped."""
    return html.unescape(re.sub(r"</?[a-z][^>]*>", "", text))


class Console:
    """One session: where the console user is and in which role, what the bot showed last
    (buttons, a poll, a prompt to reply to), and the console's clock."""

    def __init__(self, out: TextIO, api: OfflineBotApi, settings: Settings) -> None:
        self.out = out
        self.api = api
        self.settings = settings
        self.offset = timedelta(0)  # the console's clock runs this far ahead of the real one
        self.updates = Updates(clock=lambda: self.now().timestamp())
        self.in_group = False
        self.joined = False  # the bot has been added to the group
        self.admin = True
        self.buttons: list[dict[str, Any]] = []
        self.last_message: dict[str, Any] | None = None
        self.last_poll: dict[str, Any] | None = None
        self.prompt: dict[str, Any] | None = None  # a message asking for a reply
        self.documents = 0
        self.folder: Path | None = None  # where files the bot sends are saved

    # -- where and when -------------------------------------------------------------------
    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    @property
    def chat(self) -> Chat:
        return GROUP if self.in_group else PRIVATE

    def where(self) -> str:
        if not self.in_group:
            return "私聊"
        return f"{GROUP.title}·{'管理员' if self.admin else '成员'}"

    def note(self, text: str) -> None:
        self.out.write(f"（{text}）\n")

    # -- what the bot sends -----------------------------------------------------------------
    def show(self, call: Call) -> None:
        params, result = call.params, call.result
        chat_id = params.get("chat_id")
        speaker = "studybot（群）" if isinstance(chat_id, int) and chat_id < 0 else "studybot"
        if call.method in {"sendMessage", "editMessageText"}:
            mark = "（已更新）" if call.method == "editMessageText" else ""
            self.out.write(f"\n{speaker}{mark}:\n{plain(params.get('text', ''))}\n")
            markup = params.get("reply_markup") or {}
            if markup.get("force_reply"):
                self.prompt = result
                self.out.write("  （请直接输入回复）\n")
            self._show_buttons(markup, result)
        elif call.method == "sendPoll":
            self.last_poll = result.get("poll")
            self.out.write(f"\n{speaker}（测验）: {params.get('question', '')}\n")
            for number, option in enumerate(params.get("options", []), 1):
                text = option if isinstance(option, str) else option.get("text", "")
                self.out.write(f"  ({number}) {text}\n")
        elif call.files:  # a photo, a document, or an album of them
            captions = [params.get("caption")] + [
                m.get("caption") for m in params.get("media", [])
            ]
            for name, data in call.files.values():
                path = self.save(name, data)
                self.out.write(
                    f"\n{speaker}（文件）: {name}（{len(data):,} 字节，已保存到 {path}）\n"
                )
            for caption in filter(None, captions):
                self.out.write(f"{plain(caption)}\n")
        elif call.method == "answerCallbackQuery" and params.get("text"):
            self.out.write(f"\n（提示）{params['text']}\n")
        self.out.flush()

    def save(self, name: str, data: bytes) -> Path:
        """What the bot sends as files lands in a temporary folder, to be opened."""
        if self.folder is None:
            self.folder = Path(tempfile.mkdtemp(prefix="studybot-console-"))
        path = self.folder / (Path(name).name or "file")
        path.write_bytes(data)
        return path

    def _show_buttons(self, markup: dict[str, Any], message: dict[str, Any]) -> None:
        rows = markup.get("inline_keyboard") or []
        if not rows:
            return
        self.buttons = [button for row in rows for button in row]
        self.last_message = message
        labels = [f"[{n}] {b['text']}" for n, b in enumerate(self.buttons, 1)]
        self.out.write("  " + "   ".join(labels) + "\n")

    # -- what the console user does ---------------------------------------------------------
    async def handle(self, app: AppType, line: str) -> None:
        """Carry out one typed line: a console command, or a message to the bot."""
        for pattern, action in (
            (TAP, self._tap),
            (VOTE, self._vote),
            (DOC, self._document),
        ):
            match = pattern.match(line)
            if match:
                update = action(match.group(1))
                if update is not None:
                    await app.process_update(as_update(update, app.bot))
                    await app.bot_data.settled()  # links and files are read in the background
                return
        clock = CLOCK.match(line)
        if clock:
            await self._clock(app, clock.group(1) or "")
            return
        command = line.strip().lower()
        if command in {"/group", "/private", "/admin", "/member"}:
            await self._switch(app, command)
            return
        update = self._message(line)
        if update is not None:
            await app.process_update(as_update(update, app.bot))
            await app.bot_data.settled()  # links and files are read in the background

    def _message(self, line: str) -> dict[str, Any] | None:
        prompt, self.prompt = self.prompt, None
        if prompt is not None and not line.startswith("/"):
            return self.updates.message(line, chat=self.chat, user=USER, reply_to=prompt)
        if self.in_group and not line.startswith("/") and "@studybot" not in line:
            self.note("群里开启了隐私模式：机器人只收到命令、@它的消息和对它消息的回复")
            return None
        return self.updates.message(line, chat=self.chat, user=USER)

    def _number(self, text: str | None, usage: str) -> int | None:
        """The number a /tap or /vote names, or None after saying the command's usage."""
        if text is not None and text.isdecimal():
            return int(text)
        self.note(usage)
        return None

    def _tap(self, number_text: str | None) -> dict[str, Any] | None:
        number = self._number(
            number_text, "用法：/tap N，按下上一条回复的第 N 个按钮，例如 /tap 1"
        )
        if number is None:
            return None
        if not 1 <= number <= len(self.buttons):
            self.note(f"没有按钮 {number}；上一条回复有 {len(self.buttons)} 个按钮")
            return None
        button = self.buttons[number - 1]
        if "url" in button:
            self.note(f"链接 {button['url']}")
            return None
        assert self.last_message is not None
        return self.updates.callback(button.get("callback_data", ""), self.last_message, user=USER)

    def _vote(self, number_text: str | None) -> dict[str, Any] | None:
        number = self._number(number_text, "用法：/vote N，在最近的测验中选第 N 项，例如 /vote 1")
        if number is None:
            return None
        poll = self.last_poll
        if poll is None or not 1 <= number <= len(poll["options"]):
            self.note("没有可以作答的测验，或没有这个选项")
            return None
        correct = number - 1 in (poll.get("correct_option_ids") or [])
        answer = poll["options"][(poll.get("correct_option_ids") or [0])[0]]["text"]
        verdict = "✅ 回答正确" if correct else f"❌ 回答错误，正确答案：{answer}"
        self.out.write(f"{verdict}\n（解析）{poll.get('explanation') or ''}\n")
        return self.updates.poll_answer(poll["id"], [number - 1], user=USER)

    def _document(self, path_text: str | None) -> dict[str, Any] | None:
        if not path_text:
            self.note("用法：/doc 文件路径，例如 /doc seeds/page.txt")
            return None
        path = Path(path_text).expanduser()
        try:
            data = path.read_bytes()
        except OSError as error:
            self.note(f"读不到文件 {path}：{error.strerror or error}")
            return None
        self.documents += 1
        file_id = f"console-{self.documents}"
        self.api.files[file_id] = data
        self.note(f"发送文件 {path.name}，{len(data)} 字节")
        return self.updates.document(file_id, path.name, len(data), chat=self.chat, user=USER)

    async def _switch(self, app: AppType, command: str) -> None:
        if command == "/private":
            self.in_group = False
            self.note("已切换到私聊")
            return
        if command in {"/admin", "/member"}:
            self.admin = command == "/admin"
        self.api.admins[GROUP.id] = {USER.id} if self.admin else set()
        app.bot_data.admin_cache.clear()  # Telegram would answer getChatMember anew
        if command == "/group":
            self.in_group = True
            role = (
                "管理员；/member 切换为普通成员" if self.admin else "普通成员；/admin 切换为管理员"
            )
            self.note(f"已切换到群组「{GROUP.title}」，您是{role}")
            if not self.joined:
                self.joined = True
                self.note(f"您把机器人加入了群组「{GROUP.title}」")
                added = self.updates.my_chat_member(GROUP, old="left", new="member", by=USER)
                await app.process_update(as_update(added, app.bot))
                await app.bot_data.settled()  # links and files are read in the background
        else:
            self.note(f"您现在是群组「{GROUP.title}」的{'管理员' if self.admin else '普通成员'}")

    # -- the clock ----------------------------------------------------------------------------
    def target(self, text: str) -> datetime | None:
        """When ``/clock`` moves to: +30m, +2h, +1d; HH:MM (next); 周日 20:00 (next)."""
        zone = self.settings.zone
        now = self.now()
        step = STEP.match(text)
        if step:
            unit = {"m": "minutes", "h": "hours", "d": "days"}[step.group(2)]
            return now + timedelta(**{unit: int(step.group(1))})
        weekday: int | None = None
        day = WEEKDAY.match(text)
        if day:
            name = day.group(1).lower()
            weekday = WEEKDAYS[name[1] if name.startswith("周") else name[:3]]
            text = day.group(2)
        at = parse_clock(text)
        if at is None:
            return None
        local = now.astimezone(zone)
        for days in range(8 if weekday is not None else 2):
            candidate = datetime.combine(local.date() + timedelta(days=days), at, zone)
            if candidate > now and (weekday is None or candidate.weekday() == weekday):
                return candidate
        return None

    async def _clock(self, app: AppType, text: str) -> None:
        zone = self.settings.zone
        now = self.now()
        shown, named = format_moment(now, zone, now), zone_name(zone.key)
        if not text:
            self.note(f"现在是 {shown}（{named}）。/clock +1d、/clock 08:00 或 /clock 周日 20:00")
            return
        target = self.target(text.strip())
        if target is None:
            self.note(
                "看不懂这个时间。例如 /clock +2h、/clock +1d、/clock 08:00、/clock 周日 20:00"
            )
            return
        self.note(f"时钟从 {shown} 拨到 {format_moment(target, zone, now)}（{named}）")
        await fire_due_jobs(app, now, target, self.set_clock)
        self.set_clock(target)

    def set_clock(self, moment: datetime) -> None:
        self.offset = moment - datetime.now(UTC)


def parse_clock(text: str) -> time | None:
    match = re.fullmatch(r"([01]?\d|2[0-3])[:：]([0-5]\d)", text)
    return time(int(match.group(1)), int(match.group(2))) if match else None


async def fire_due_jobs(
    app: AppType, start: datetime, end: datetime, set_clock: Callable[[datetime], None]
) -> list[str]:
    """Run, in time order, every job of the JobQueue that would fire after ``start`` and up
    to ``end``, with the clock set to each firing time (the jobs of the push: the daily slot
    jobs, the weekly reports, a catch-up; a group test's steps, each of which plans the next
    one, run too if it falls due on the way). Returns the names of the jobs run."""
    assert app.job_queue is not None
    done: set[tuple[datetime, str]] = set()
    ran: list[str] = []
    while True:
        due = []
        for job in app.job_queue.jobs():
            trigger, name = job.job.trigger, job.name or ""
            at = trigger.get_next_fire_time(None, start + TINY)
            while at is not None and start < at <= end and (at, name) in done:
                at = trigger.get_next_fire_time(at, at + TINY)
            if at is not None and start < at <= end:
                due.append((at, name, job))
        if not due:
            return ran
        at, name, job = min(due, key=lambda firing: (firing[0], firing[1]))
        done.add((at, name))
        set_clock(at)
        await job.run(app)
        ran.append(name)


async def run_console(
    settings: Settings, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout
) -> int:
    # The console user maintains the content, so that /doc can import a page.
    settings = dataclasses.replace(settings, admins=settings.admins | {USER.id})
    api = OfflineBotApi()
    console = Console(out, api, settings)
    api.on_call = console.show
    app = build_application(settings, request=api)
    app.bot_data.clock = console.now
    interactive = stdin.isatty()
    async with offline(app):
        if interactive:
            out.write(HELP + "\n")
        while True:
            if interactive:
                out.write(f"\n{console.where()} > ")
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
                out.write(f"\n{console.where()} > {line}\n")
            await console.handle(app, line)
    return 0
