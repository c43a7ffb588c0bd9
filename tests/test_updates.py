"""The one builder of Bot API updates (bot/updates.py), as PTB reads what it builds."""

from __future__ import annotations

from bot.context import AppType
from bot.offline import OfflineBotApi
from bot.updates import GROUP, Chat, Updates, User, as_update

UPDATES = Updates()


async def test_a_mention_after_an_emoji_is_found_where_telegram_counts_it(
    app: AppType, api: OfflineBotApi
) -> None:
    update = as_update(UPDATES.message("😀 @studybot 养老", chat=GROUP), app.bot)
    assert update.effective_message is not None
    mentions = update.effective_message.parse_entities(["mention"])
    assert list(mentions.values()) == ["@studybot"]


async def test_a_group_search_by_mention_is_answered(app: AppType, api: OfflineBotApi) -> None:
    await app.process_update(as_update(UPDATES.message("😀 @studybot 养老", chat=GROUP), app.bot))
    assert "以数字化推动普惠养老服务高质量发展" in api.sent()[-1]["text"]


async def test_an_anonymous_admin_posts_as_the_group(app: AppType, api: OfflineBotApi) -> None:
    group = Chat.group(-1009)
    await app.process_update(
        as_update(UPDATES.message("/quiztimer 30", chat=group, anonymous_admin=True), app.bot)
    )
    assert "30 秒" in api.sent()[-1]["text"]


async def test_a_member_who_is_not_an_admin_is_refused(app: AppType, api: OfflineBotApi) -> None:
    group = Chat.group(-1009)
    member = User(42, "李")
    await app.process_update(
        as_update(UPDATES.message("/quiztimer 30", chat=group, user=member), app.bot)
    )
    assert "只有群管理员" in api.sent()[-1]["text"]


def test_each_update_has_a_new_id() -> None:
    first, second = UPDATES.message("a"), UPDATES.message("b")
    assert first["update_id"] != second["update_id"]
