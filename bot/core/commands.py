"""Every command, declared once. /help, the command menus of each scope (private chats, groups,
group admins, maintainers) and the README's table are built from this table, so they cannot
drift apart; a test checks that every registered command is here and that the README's table
is the one this module writes (``python -m bot.core.commands README.md`` rewrites it).

To add a command: register its handler in its feature module and add one ``Command`` here,
with a usage example, who may use it and where.
"""

from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from bot.core import texts


class Who(Enum):
    EVERYONE = "everyone"
    ADMINS = "group admins"  # in a private chat, its user (for that chat)
    MAINTAINERS = "maintainers"  # STUDYBOT_ADMINS


class Where(Enum):
    ANY = "any chat"
    PRIVATE = "private chat"
    GROUP = "groups"


@dataclass(frozen=True)
class Command:
    name: str
    usage: str  # a usage example, as a user types it
    description: str  # what it does, for /help and the menus
    readme: str  # what it does, for the README's table (English)
    who: Who = Who.EVERYONE
    where: Where = Where.ANY

    def menu_text(self) -> str:
        """The menu's line: the description, and the example when it takes arguments."""
        if self.usage == f"/{self.name}":
            return self.description
        return texts.MENU_EXAMPLE.format(description=self.description, usage=self.usage)


E, A, M = Who.EVERYONE, Who.ADMINS, Who.MAINTAINERS
ANY, PRIVATE, GROUP = Where.ANY, Where.PRIVATE, Where.GROUP

COMMANDS: tuple[Command, ...] = (
    # -- reading and search
    Command(
        "start",
        "/start",
        "开始使用",
        "greeting; `/start a5` (deep link) opens article 5, `/start a5_3` at its paragraph 3, "
        "marked 📍",
        E,
        PRIVATE,
    ),
    Command("help", "/help", "查看全部命令", "all commands, by who may use them"),
    Command(
        "list",
        "/list",
        "文章目录",
        "the table of contents, grouped by column (a report's parts under the report), a "
        "button per article; ◀ ▶ turn pages once the archive outgrows one message",
    ),
    Command(
        "read",
        "/read 1",
        "阅读文章（用 ◀ ▶ 翻页）",
        "the article of that number, page by page (◀ ▶ edit the message in place)",
    ),
    Command(
        "search",
        "/search 养老",
        "搜索文章（私聊时直接发送关键词即可）",
        "search; in a private chat any plain text is a search, in a group `@studybot 关键词`",
    ),
    # -- quizzes
    Command(
        "quiz",
        "/quiz 养老",
        "来一道测验题（关键词可省略）",
        "one quiz poll the chat has not seen in 14 days (on articles matching the keyword, "
        "about the keyword when one is, else saying it is from a related article)",
    ),
    Command(
        "rank",
        "/rank",
        "本群测验排行",
        "the group's leaderboard: this week (from Monday 00:00) and all time",
        E,
        GROUP,
    ),
    Command(
        "me",
        "/me",
        "我的测验成绩",
        "your answers, accuracy, streak of days, wrong answers awaiting review, and what is "
        "kept about you",
    ),
    Command(
        "review",
        "/review",
        "复习答错的题",
        "re-asks the questions you got wrong that are due (in a group: a button to the "
        "private chat)",
        E,
        PRIVATE,
    ),
    # -- the daily push
    Command(
        "status",
        "/status",
        "订阅状态",
        "subscribed or not (or paused, and why), time, zone, next delivery, the last item",
    ),
    Command(
        "settings",
        "/settings",
        "设置面板：订阅、推送时间、时区、测验时限、周报",
        "one message with buttons for the subscription, its time and zone, the quiz timer "
        "and the weekly report; each press edits it in place",
        A,
    ),
    Command(
        "subscribe",
        "/subscribe 08:00",
        "订阅每日摘编和测验（时间可省略，默认 08:00）",
        "the daily excerpt and quiz (default 08:00 北京时间); the reply states the next "
        "delivery; in a forum group the push goes to the topic where it was sent; also "
        "resumes a paused subscription",
        A,
    ),
    Command(
        "settime",
        "/settime 19:30",
        "修改推送时间",
        "change the time (24-hour HH:MM); takes effect at once",
        A,
    ),
    Command(
        "settz",
        "/settz Asia/Shanghai",
        "修改时区",
        "change the zone (IANA names, e.g. `Europe/Berlin`); zones with daylight saving "
        "keep the wall-clock time",
        A,
    ),
    Command(
        "today",
        "/today",
        "立即推送今天的摘编",
        "deliver today's item now; it counts as today's delivery",
        A,
    ),
    Command(
        "weekly",
        "/weekly on",
        "开启或关闭每周周报：on 或 off",
        "the weekly report, Sundays 20:00 in the chat's zone (on by default), with the chart "
        "of the last 8 weeks",
        A,
        GROUP,
    ),
    Command(
        "quiztimer",
        "/quiztimer 30",
        "设置测验作答时限：秒数，或 off 取消",
        "a time limit (5–600 s) for the chat's quiz polls; `off` removes it",
        A,
    ),
    Command("unsubscribe", "/unsubscribe", "取消订阅", "stop the daily push", A),
    # -- the study ledger (docs/ledger.md)
    Command(
        "stats",
        "/stats 本月",
        "学习统计（本周、上周、本月、上月或 2026-11）",
        "the group's study statistics for the period (default this week): who took part and "
        "their share of the group, answers and accuracy, articles read, the most active "
        "members, the questions missed most, then a chart of the last 8 weeks; who did not "
        "take part goes to the admin alone, privately. In a private chat, for a group you "
        "administer (buttons, or `/stats -100… 2026-11`)",
        A,
        GROUP,
    ),
    Command(
        "export",
        "/export 2026-11",
        "导出学习台账（Excel 和 CSV，私信发给您）",
        "the month's ledger (default this month), sent to you privately: an Excel workbook "
        "(成员按周, 答题明细, 阅读明细) and the same tables as CSV. In a private chat, for a "
        "group you administer (buttons, or `/export -100… 2026-11`)",
        A,
        GROUP,
    ),
    Command(
        "test",
        "/test 10 乡村振兴",
        "知识竞赛：题数和关键词可省略，/test stop 提前结束",
        "a 知识竞赛: N quiz polls (default 10, at most 30) on articles matching the keyword, "
        "one after another, each open for the chat's /quiztimer (default 30 s), then the score "
        "card (right answers, then time); `/test stop` ends it; survives a restart",
        A,
    ),
    Command(
        "forgetme",
        "/forgetme",
        "删除我的全部学习记录",
        "deletes every record kept about you, in every group, after you confirm",
        E,
        PRIVATE,
    ),
    # -- adding and removing articles (also: a link or a .txt/.docx/.pdf file in a private chat)
    Command(
        "add",
        "/add 标题⏎作者：姓名⏎正文……",
        "粘贴文章导入：第一行标题，可接作者、日期行，然后是正文",
        "the text after the command as an article (title line first, optional 作者/date "
        "lines, the body): the same preview and 导入 / 取消 as a link or a file",
        M,
        PRIVATE,
    ),
    Command(
        "remove",
        "/remove 3",
        "下架文章（确认后从目录、搜索、测验和推送中移除）",
        "asks, then takes the article out of the list, search, quizzes and future pushes; "
        "scores and delivery history stay",
        M,
    ),
)

BY_NAME = {command.name: command for command in COMMANDS}


def menu(scope: str) -> list[Command]:
    """The commands a scope's menu offers: ``private`` (anyone's private chat, where each
    user manages their own subscription), ``groups`` (members), ``group_admins``, or
    ``maintainers`` (a maintainer's private chat)."""
    wanted = {
        "private": ({E, A}, {ANY, PRIVATE}),
        "groups": ({E}, {ANY, GROUP}),
        "group_admins": ({E, A}, {ANY, GROUP}),
        "maintainers": ({E, A, M}, {ANY, PRIVATE}),
    }[scope]
    return [c for c in COMMANDS if c.who in wanted[0] and c.where in wanted[1]]


def help_html(commands: tuple[Command, ...] = COMMANDS) -> str:
    """/help: every command as a usage example, grouped by who may use it."""
    lines = [texts.HELP_TITLE]
    for who, heading in (
        (E, texts.HELP_EVERYONE),
        (A, texts.HELP_ADMINS),
        (M, texts.HELP_MAINTAINERS),
    ):
        group = [c for c in commands if c.who == who]
        extra = texts.HELP_MAINTAINERS_FILES if who == M else ""
        if not group and not extra:
            continue
        lines += ["", heading]
        for command in group:
            where = texts.HELP_WHERE.get(command.where.name, "")
            lines.append(
                f"{html.escape(command.usage)} — {html.escape(command.description)}{where}"
            )
        if extra:
            lines.append(extra)
    lines += ["", texts.HELP_TIPS]
    return "\n".join(lines)


README_START = "<!-- commands: written by `python -m bot.core.commands README.md` -->"
README_END = "<!-- /commands -->"


def readme_table(commands: tuple[Command, ...] = COMMANDS) -> str:
    rows = ["| command | who | where | what it does |", "| --- | --- | --- | --- |"]
    for c in commands:
        who = c.who.value + (
            "; anyone for a private chat" if c.who == A and c.where != GROUP else ""
        )
        rows.append(f"| `{c.usage}` | {who} | {c.where.value} | {c.readme} |")
    return "\n".join(rows)


def with_readme_table(readme: str) -> str:
    """The README with its command table replaced by the one this table writes."""
    block = re.compile(re.escape(README_START) + r".*?" + re.escape(README_END), re.DOTALL)
    if not block.search(readme):
        raise ValueError(f"the README has no {README_START} … {README_END} block")
    table = f"{README_START}\n{readme_table()}\n{README_END}"
    return block.sub(lambda _: table, readme)


def main(argv: list[str]) -> int:
    """Rewrite the command table of the README file named on the command line."""
    if len(argv) != 1:
        print("usage: python -m bot.core.commands README.md", file=sys.stderr)
        return 2
    path = Path(argv[0])
    path.write_text(with_readme_table(path.read_text(encoding="utf-8")), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
