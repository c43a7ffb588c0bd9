"""The per-user rate limit on expensive commands."""

from __future__ import annotations

from bot.context import AppType
from bot.core.throttle import UserLimiter
from bot.offline import OfflineBotApi
from tests import factories


class Ticker:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_a_burst_then_refills() -> None:
    clock = Ticker()
    limiter = UserLimiter(burst=3, refill_seconds=2, clock=clock)
    assert [limiter.take(1) for _ in range(5)] == [
        (True, False),
        (True, False),
        (True, False),
        (False, True),
        (False, False),
    ]
    assert limiter.take(2) == (True, False)  # other users are not affected
    clock.now = 2.0
    assert limiter.take(1) == (True, False)
    assert limiter.take(1) == (False, True)  # a new run of refusals is told once again


async def test_a_flood_gets_one_polite_answer(app: AppType, api: OfflineBotApi) -> None:
    app.bot_data.limiter = UserLimiter(burst=2, refill_seconds=3600)
    for _ in range(10):
        await app.process_update(
            factories.message(app.bot, "/search 养老", chat_id=-5, kind="supergroup")
        )
    texts = [m["text"] for m in api.sent()]
    assert sum("找到" in t for t in texts) == 2
    assert sum("请稍等几秒再试" in t for t in texts) == 1
    await app.process_update(factories.message(app.bot, "/list", chat_id=-5, kind="supergroup"))
    assert "文章目录" in api.sent()[-1]["text"]  # cheap commands are not limited
    await app.process_update(
        factories.message(app.bot, "/search 养老", chat_id=-5, kind="supergroup", user_id=777)
    )
    assert "李莉" in api.sent()[-1]["text"]
