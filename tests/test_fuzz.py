"""Property-based tests: arbitrary input never raises past our boundaries and loses nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.context import AppType
from bot.core import texts
from bot.core.commands import COMMANDS as TABLE
from bot.core.pages import PageError, decode_page, from_markdown, parse_document
from bot.core.throttle import UserLimiter
from bot.offline import OfflineBotApi
from tests import factories

LINES = st.sampled_from(
    [
        "深入学习",
        "标题",
        "□张三",
        "□",
        "正文一段。",
        "半句没有结束",
        "(作者系某单位)",
        "（作者单位：某处）",
        "一、第一章",
        "二、第二章",
        "三、第三章",
        "（2022年10月16日）",
        "——副标题",
        "习近平",
        "“1+3+1”现代体系。",
        "　",
        "\t",
        "😀",
        "\u200b",
    ]
)
PAGES = st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=40).map("\n\n".join)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(PAGES)
def test_any_text_parses_or_is_refused_with_a_line(text: str) -> None:
    try:
        page = parse_document(text, "fuzz.txt")
    except PageError as error:
        assert error.source == "fuzz.txt"
        assert error.line >= 1
        assert error.reason
        return
    fields = "".join("".join(page.raw_fields()).split())
    # nothing lost, nothing invented (but a Markdown export's marks: 「# 标题」 reads 「标题」)
    assert len(fields) == len("".join(from_markdown(text).split()))


@FUZZ
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text = decode_page(data, "b.txt")
    except PageError as error:
        assert error.line >= 1
        return
    assert isinstance(text, str)


COMMANDS = [f"/{command.name}" for command in TABLE]  # every command there is


@settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.sampled_from(COMMANDS), st.text(max_size=300), st.booleans())
async def test_command_arguments_never_break_a_handler(
    app: AppType, api: OfflineBotApi, command: str, argument: str, in_group: bool
) -> None:
    app.bot_data.limiter = UserLimiter(burst=10**9)
    api.admins[-77] = {501}
    where = {"chat_id": -77, "kind": "supergroup"} if in_group else {}
    before = len(api.sent())
    await app.process_update(factories.message(app.bot, f"{command} {argument}", **where))
    replies = [m.get("text", "") for m in api.sent()[before:]]
    assert texts.ERROR not in replies
