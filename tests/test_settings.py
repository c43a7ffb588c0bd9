"""The settings panel (/settings): one message with buttons, edited in place by each press."""

from __future__ import annotations

from typing import Any

import pytest

from bot.context import AppType
from bot.core import texts
from bot.offline import OfflineBotApi
from bot.updates import Chat, User, as_update
from tests import factories

GROUP = Chat.group(-100777)
ADMIN, MEMBER = User(9, "管理员"), User(55, "成员")


async def send(
    app: AppType, text: str, *, chat: Chat = GROUP, user: User = ADMIN, **extra: Any
) -> None:
    update = factories.UPDATES.message(text, chat=chat, user=user, **extra)
    await app.process_update(as_update(update, app.bot))


def panel_message(api: OfflineBotApi) -> dict[str, Any]:
    """The panel as it stands: the result of its last send or edit."""
    call = next(
        c
        for c in reversed(api.calls)
        if c.method in {"sendMessage", "editMessageText"} and "cfg:" in str(c.params)
    )
    return dict(call.result)


def labels(message: dict[str, Any]) -> list[str]:
    rows = message.get("reply_markup", {}).get("inline_keyboard", [])
    return [button["text"] for row in rows for button in row]


async def press(app: AppType, api: OfflineBotApi, label: str, user: User = ADMIN) -> None:
    """Press the panel's button whose text contains ``label``."""
    message = panel_message(api)
    rows = message["reply_markup"]["inline_keyboard"]
    data = next(b["callback_data"] for row in rows for b in row if label in b["text"])
    await app.process_update(
        as_update(factories.UPDATES.callback(data, message, user=user), app.bot)
    )


@pytest.fixture
async def opened(app: AppType, api: OfflineBotApi) -> AppType:
    """A group whose admin has opened the panel."""
    api.admins[GROUP.id] = {ADMIN.id}
    await send(app, "/settings")
    return app


@pytest.fixture
async def subscribed(opened: AppType, api: OfflineBotApi) -> AppType:
    await press(opened, api, "订阅每日摘编")
    return opened


def panel_text(api: OfflineBotApi) -> str:
    return str(panel_message(api)["text"])


# -- who may open it ------------------------------------------------------------------------
async def test_a_member_may_not_open_the_group_panel(app: AppType, api: OfflineBotApi) -> None:
    await send(app, "/settings", user=MEMBER)
    assert api.sent()[-1]["text"] == texts.ADMINS_ONLY.format(action=texts.ACTION_SETTINGS)


@pytest.mark.usefixtures("opened")
async def test_the_panel_shows_an_unsubscribed_group(api: OfflineBotApi) -> None:
    assert "每日摘编：未订阅" in panel_text(api)


@pytest.mark.usefixtures("opened")
async def test_the_panel_offers_to_subscribe(api: OfflineBotApi) -> None:
    assert "✅ 订阅每日摘编（每天 08:00）" in labels(panel_message(api))


async def test_a_member_pressing_a_button_is_told_why_nothing_happens(
    opened: AppType, api: OfflineBotApi
) -> None:
    await press(opened, api, "订阅每日摘编", user=MEMBER)
    assert api.sent("answerCallbackQuery")[-1]["show_alert"] is True


async def test_a_member_pressing_a_button_changes_nothing(
    opened: AppType, api: OfflineBotApi
) -> None:
    await press(opened, api, "订阅每日摘编", user=MEMBER)
    assert "editMessageText" not in api.methods()


async def test_a_private_chat_has_its_own_panel(app: AppType, api: OfflineBotApi) -> None:
    await send(app, "/settings", chat=Chat.private(MEMBER), user=MEMBER)
    assert "您的设置" in panel_text(api)


# -- subscribing and the time ---------------------------------------------------------------
@pytest.mark.usefixtures("subscribed")
async def test_subscribing_edits_the_panel_in_place(api: OfflineBotApi) -> None:
    panel = next(c.result for c in api.calls if c.method == "sendMessage")
    assert api.sent("editMessageText")[-1]["message_id"] == panel["message_id"]


@pytest.mark.usefixtures("subscribed")
async def test_the_panel_shows_the_subscription(api: OfflineBotApi) -> None:
    assert "推送时间：每天 08:00（北京时间）" in panel_text(api)


async def test_the_hour_comes_first_in_buttons_a_phone_can_tap(
    subscribed: AppType, api: OfflineBotApi
) -> None:
    await press(subscribed, api, "🕗 时间")
    assert [label for label in labels(panel_message(api)) if label.endswith(" 点")] == [
        f"{hour:02d} 点" for hour in range(24)
    ]


async def test_then_the_minutes_in_quarter_hours(subscribed: AppType, api: OfflineBotApi) -> None:
    await press(subscribed, api, "🕗 时间")
    await press(subscribed, api, "19 点")
    assert labels(panel_message(api))[:4] == ["19:00", "19:15", "19:30", "19:45"]


async def test_a_tapped_time_is_saved(subscribed: AppType, api: OfflineBotApi) -> None:
    await press(subscribed, api, "🕗 时间")
    await press(subscribed, api, "19 点")
    await press(subscribed, api, "19:30")
    await send(subscribed, "/status")
    assert "每天 19:30（北京时间）" in api.sent()[-1]["text"]


async def test_a_tapped_time_shows_in_the_panel(subscribed: AppType, api: OfflineBotApi) -> None:
    await press(subscribed, api, "🕗 时间")
    await press(subscribed, api, "07 点")
    await press(subscribed, api, "07:15")
    assert "推送时间：每天 07:15（北京时间）" in panel_text(api)


# -- zones ----------------------------------------------------------------------------------
async def test_beijing_time_is_the_first_zone_offered(
    subscribed: AppType, api: OfflineBotApi
) -> None:
    await press(subscribed, api, "🌐")
    assert labels(panel_message(api))[0] == "北京时间"


async def test_a_common_zone_is_one_tap(subscribed: AppType, api: OfflineBotApi) -> None:
    await press(subscribed, api, "🌐")
    await press(subscribed, api, "柏林时间")
    assert "每天 08:00（柏林时间）" in panel_text(api)


async def reply_to_prompt(app: AppType, api: OfflineBotApi, text: str, user: User = ADMIN) -> None:
    prompt = next(c.result for c in reversed(api.calls) if "force_reply" in str(c.params))
    await send(app, text, user=user, reply_to=prompt)


async def test_other_zones_are_asked_for_with_a_reply(
    subscribed: AppType, api: OfflineBotApi
) -> None:
    await press(subscribed, api, "🌐")
    await press(subscribed, api, "其他时区")
    assert api.sent()[-1]["reply_markup"]["force_reply"] is True


async def test_a_zone_typed_in_reply_is_saved(subscribed: AppType, api: OfflineBotApi) -> None:
    await press(subscribed, api, "🌐")
    await press(subscribed, api, "其他时区")
    await reply_to_prompt(subscribed, api, "America/Chicago")
    await send(subscribed, "/status")
    assert "每天 08:00（芝加哥时间）" in api.sent()[-1]["text"]


async def test_an_unknown_zone_in_reply_is_named_and_asked_again(
    subscribed: AppType, api: OfflineBotApi
) -> None:
    await press(subscribed, api, "🌐")
    await press(subscribed, api, "其他时区")
    await reply_to_prompt(subscribed, api, "Mars/Base")
    assert "不认识时区“Mars/Base”" in api.sent()[-1]["text"]


async def test_a_member_cannot_set_the_zone_by_reply(
    subscribed: AppType, api: OfflineBotApi
) -> None:
    await press(subscribed, api, "🌐")
    await press(subscribed, api, "其他时区")
    await reply_to_prompt(subscribed, api, "America/Chicago", user=MEMBER)
    assert "只有群管理员" in api.sent()[-1]["text"]


async def test_a_zone_typed_in_reply_in_a_private_chat_is_not_a_search(
    app: AppType, api: OfflineBotApi
) -> None:
    me = Chat.private(MEMBER)
    await send(app, "/subscribe", chat=me, user=MEMBER)
    await send(app, "/settings", chat=me, user=MEMBER)
    await press(app, api, "🌐", user=MEMBER)
    await press(app, api, "其他时区", user=MEMBER)
    prompt = next(c.result for c in reversed(api.calls) if "force_reply" in str(c.params))
    await send(app, "Europe/Paris", chat=me, user=MEMBER, reply_to=prompt)
    assert "时区改为巴黎时间" in api.sent()[-1]["text"]


# -- quiz timer, weekly report, unsubscribing, closing --------------------------------------
async def test_a_tapped_quiz_timer_applies_to_the_next_quiz(
    subscribed: AppType, api: OfflineBotApi
) -> None:
    await press(subscribed, api, "⏱")
    await press(subscribed, api, "30 秒")
    await send(subscribed, "/quiz")
    assert api.sent("sendPoll")[-1]["open_period"] == 30


async def test_the_weekly_report_is_one_tap_off(subscribed: AppType, api: OfflineBotApi) -> None:
    await press(subscribed, api, "📅")
    assert "每周周报：关闭" in panel_text(api)


async def test_a_private_panel_has_no_weekly_report(app: AppType, api: OfflineBotApi) -> None:
    me = Chat.private(MEMBER)
    await send(app, "/subscribe", chat=me, user=MEMBER)
    await send(app, "/settings", chat=me, user=MEMBER)
    assert "每周周报" not in panel_text(api)


async def test_unsubscribing_from_the_panel(subscribed: AppType, api: OfflineBotApi) -> None:
    await press(subscribed, api, "取消订阅")
    assert "每日摘编：未订阅" in panel_text(api)


async def test_done_leaves_the_settings_without_buttons(
    subscribed: AppType, api: OfflineBotApi
) -> None:
    await press(subscribed, api, "完成")
    assert "reply_markup" not in api.sent("editMessageText")[-1]


async def test_done_leaves_the_settings_to_read(subscribed: AppType, api: OfflineBotApi) -> None:
    await press(subscribed, api, "完成")
    assert "推送时间：每天 08:00（北京时间）" in api.sent("editMessageText")[-1]["text"]
