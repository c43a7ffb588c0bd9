"""The offline console plays a group: chats, roles, files and the clock, through the same
handlers and job callbacks as production."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.console import run_console
from bot.offline import OfflineBotApi
from tests.conftest import started
from tests.factories import NEW_PAGE


async def session(settings: Settings, script: str) -> str:
    """What the console prints for a script of typed lines."""
    async with started(build_application(settings, request=OfflineBotApi())):
        pass  # the database, as a bot that ran before with these pages left it
    out = io.StringIO()
    await run_console(settings, io.StringIO(script), out)
    return out.getvalue()


async def test_adding_the_bot_to_the_group_gets_a_welcome(settings: Settings) -> None:
    out = await session(settings, "/group\n")
    assert "大家好，我是理论学习助手" in out


async def test_an_admin_subscribes_the_group(settings: Settings) -> None:
    out = await session(settings, "/group\n/subscribe 08:00\n")
    assert "✅ 已订阅。每天 08:00（北京时间）" in out


async def test_a_member_is_refused(settings: Settings) -> None:
    out = await session(settings, "/group\n/member\n/subscribe\n")
    assert "只有群管理员可以订阅或修改订阅" in out


async def test_the_clock_fires_the_daily_push(settings: Settings) -> None:
    out = await session(settings, "/group\n/subscribe 08:00\n/clock 08:00\n")
    assert "studybot（群）:\n📖 每日摘编" in out


async def test_the_daily_push_brings_its_quiz(settings: Settings) -> None:
    out = await session(settings, "/group\n/subscribe 08:00\n/clock 08:00\n")
    assert "studybot（群）（测验）" in out


async def test_the_clock_fires_the_weekly_report(settings: Settings) -> None:
    out = await session(settings, "/group\n/subscribe 08:00\n/clock 周日 20:00\n")
    assert "📅 本周学习周报" in out


async def test_a_week_of_pushes_is_one_excerpt_a_day(settings: Settings) -> None:
    out = await session(settings, "/group\n/subscribe 08:00\n/clock +7d\n")
    assert out.count("每日摘编 · ") == 7


async def test_plain_text_in_the_group_does_not_reach_the_bot(settings: Settings) -> None:
    out = await session(settings, "/group\n养老\n")
    assert "隐私模式" in out


async def test_a_mention_in_the_group_is_a_search(settings: Settings) -> None:
    out = await session(settings, "/group\n@studybot 养老\n")
    assert "以数字化推动普惠养老服务高质量发展" in out


async def test_a_reply_to_the_zone_prompt_sets_the_zone(settings: Settings) -> None:
    # /settings: [2] the zone; the zones: 12 common ones, then [13] 其他时区.
    script = "/group\n/subscribe\n/settings\n/tap 2\n/tap 13\nEurope/Paris\n"
    out = await session(settings, script)
    assert "好的，时区改为巴黎时间" in out


async def test_a_file_sent_from_the_console_is_previewed(
    settings: Settings, tmp_path: Path
) -> None:
    page = tmp_path / "new.txt"
    page.write_text(NEW_PAGE, encoding="utf-8")
    out = await session(settings, f"/doc {page}\n")
    assert "《把学习成果转化为发展动能》" in out


async def test_a_file_sent_from_the_console_can_be_imported(
    settings: Settings, tmp_path: Path
) -> None:
    page = tmp_path / "new.txt"
    page.write_text(NEW_PAGE, encoding="utf-8")
    out = await session(settings, f"/doc {page}\n/tap 1\n")
    assert "✅ 已导入 new.txt" in out


async def test_a_missing_file_is_named(settings: Settings, tmp_path: Path) -> None:
    out = await session(settings, f"/doc {tmp_path / 'nowhere.txt'}\n")
    assert "读不到文件" in out


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ("/clock someday", "例如 /clock +2h"),  # an unreadable time gets examples
        ("/vote abc", "用法：/vote N"),  # a fresh clone's /vote abc went to the bot
        ("/tap", "用法：/tap N"),
    ],
)
async def test_a_console_command_it_cannot_read_is_told_its_usage(
    settings: Settings, line: str, told: str
) -> None:
    out = await session(settings, f"{line}\n")
    assert told in out
