"""``@expensive``: a handler guarded by the per-user rate limit, with a polite answer."""

from __future__ import annotations

import functools
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update

from bot.context import AppContext
from bot.core import texts

Handler = Callable[[Update, AppContext], Coroutine[Any, Any, None]]


def expensive(handler: Handler) -> Handler:
    @functools.wraps(handler)
    async def guarded(update: Update, context: AppContext) -> None:
        user = update.effective_user
        if user is not None:
            allowed, warn = context.services.limiter.take(user.id)
            if not allowed:
                if warn and update.effective_message is not None:
                    await update.effective_message.reply_text(texts.TOO_FAST)
                elif warn and update.inline_query is not None:
                    await update.inline_query.answer([], cache_time=5)
                return
        await handler(update, context)

    return guarded
