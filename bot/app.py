"""Wiring in one place: every handler, the error handler, start-up and shut-down."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from telegram.ext import AIORateLimiter, Application, ContextTypes
from telegram.request import BaseRequest

import handlers.contest
import handlers.errors
import handlers.export
import handlers.fallback
import handlers.importing
import handlers.inline
import handlers.lookup
import handlers.members
import handlers.privacy
import handlers.push
import handlers.quiz
import handlers.removing
import handlers.settings
import handlers.start
import handlers.stats
import handlers.subscription
from bot.chat.menus import set_command_menus
from bot.config import Settings
from bot.context import AppContext, AppType, Services
from bot.core.segment import Segmenter
from bot.services.ledger import Ledger
from bot.services.library import Library
from bot.services.quizbank import BankError, QuizBank
from storage.articles import ArticleRepository
from storage.contests import ContestRepository
from storage.db import Database
from storage.deliveries import DeliveryRepository
from storage.quizzes import QuizRepository
from storage.subscriptions import SubscriptionRepository

log = logging.getLogger(__name__)


def build_application(
    settings: Settings, request: BaseRequest | None = None, *, rate_limit: bool | None = None
) -> AppType:
    """The Application with all handlers; ``request`` replaces the HTTP transport (console,
    tests). Telegram's rate limits are kept by PTB's AIORateLimiter (on by default when talking
    to a real server: 30 messages/s overall, 20/min per group, RetryAfter honoured)."""
    builder = (
        Application.builder()
        .token(settings.token or "0:offline")
        .context_types(ContextTypes(context=AppContext, bot_data=Services))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if settings.base_url:  # without /bot: Settings accepts both ways of writing it
        builder = builder.base_url(f"{settings.base_url}/bot")
    if request is not None:
        builder = builder.request(request).get_updates_request(request)
    if rate_limit if rate_limit is not None else request is None:
        builder = builder.rate_limiter(telegram_limits(settings.paid_broadcast))  # type: ignore[arg-type]
    app: AppType = builder.build()  # type: ignore[assignment]  # the builder loses JobQueue[AppContext]
    app.bot_data.settings = settings
    app.bot_data.push_plan = handlers.push.PLAN

    # Group -1, before every feature: notes which members the bot sees in which group.
    app.add_handlers(handlers.members.HANDLERS)
    # Before start: they answer /start stats, /start export and /start forgetme (the private
    # chat opened from their buttons in a group); start answers every other /start.
    app.add_handlers(handlers.stats.HANDLERS)
    app.add_handlers(handlers.export.HANDLERS)
    app.add_handlers(handlers.privacy.HANDLERS)
    app.add_handlers(handlers.start.HANDLERS)
    # Before lookup: a reply to the settings panel's prompt for a zone is not a search, and
    # in a private chat a message with a link is an import.
    app.add_handlers(handlers.settings.HANDLERS)
    app.add_handlers(handlers.importing.HANDLERS)
    app.add_handlers(handlers.removing.HANDLERS)
    app.add_handlers(handlers.lookup.HANDLERS)
    app.add_handlers(handlers.quiz.HANDLERS)
    app.add_handlers(handlers.subscription.HANDLERS)
    app.add_handlers(handlers.inline.HANDLERS)
    # /test in group 0; its poll-answer handler in group 1, after the quiz's in group 0.
    app.add_handlers(handlers.contest.HANDLERS)
    # Last in the same group: within a group only the first matching handler runs, so the
    # fallbacks answer only what no feature handler took.
    app.add_handlers(handlers.fallback.HANDLERS)
    app.add_error_handler(handlers.errors.on_error)
    return app


PAID_BROADCAST_RATE = 950.0  # Telegram accepts up to 1,000/s from a bot paying for broadcasts


def telegram_limits(paid_broadcast: bool = False) -> AIORateLimiter:
    """Telegram's limits as leaky buckets that no sliding window can catch out.

    aiolimiter lets a full bucket through at once and then drips at the rate, so a bucket of
    30 at 30/s can put ~60 messages in one second. Any window of length T sees at most
    capacity + rate x T, hence: overall a bucket of 1.5 dripping 28.5/s (<= 30 in any second,
    95 % of the limit on average); per group a bucket of 10 dripping 10/min (<= 20 in any
    minute, and a group still gets its excerpt and quiz back to back). The half token is not
    a burst but slack: asyncio wakes a waiter a little late, and a bucket of 1 would lose that
    lateness on every message (27.9/s measured), where 1.5 keeps it (28.5/s).

    ``max_retries=0``: PTB's own RetryAfter retry halts *every* request while holding the
    tokens already taken, then releases them at once — a burst over the limit. Instead the
    RetryAfter reaches the push's per-chat retry (bot/push/delivery.py), which waits in that chat's
    job only and takes new tokens, so the other chats go on.

    ``paid_broadcast`` (STUDYBOT_PAID_BROADCAST=1): the push sends with allow_paid_broadcast,
    for which Telegram lifts the overall limit to 1,000 messages/s (charging Stars for those
    over 30/s); the overall bucket then drips at 950/s. The per-group limit stays.
    """
    return AIORateLimiter(
        overall_max_rate=1.5,  # float capacities are fine for aiolimiter
        overall_time_period=1.5 / (PAID_BROADCAST_RATE if paid_broadcast else 28.5),
        group_max_rate=10,
        group_time_period=60,
        max_retries=0,
    )


async def post_init(app: AppType) -> None:
    """Open the database, load new or changed pages, warm up jieba, set the command menus."""
    settings = app.bot_data.settings
    assert settings is not None
    db = await Database.open(settings.db_path)
    app.bot_data.db = db  # closed by post_shutdown even if what follows fails
    library = Library(ArticleRepository(db), Segmenter())
    report = await library.sync(settings.seeds_dir)
    log.info(
        "pages: %d loaded, %d unchanged, %d retired, %d refused",
        len(report.loaded),
        len(report.unchanged),
        len(report.retired),
        len(report.errors),
    )
    bank = QuizBank(db, settings.db_path)
    await bank.questions.drop_retired()  # a /remove cut short by a crash
    if await bank.questions.count():
        bank.refresh_soon()  # if the pages changed; the stored questions serve meanwhile
    else:
        try:  # nothing to ask yet: the first start waits for its questions
            await bank.refresh()
        except BankError as error:  # reading and search still work; quizzes say so
            log.error("quiz: the question bank could not be generated: %s", error)
    log.info("quiz: %d questions ready", await bank.questions.count())
    services = app.bot_data
    services.db, services.library, services.bank = db, library, bank
    services.quizzes = QuizRepository(db)
    services.subscriptions = SubscriptionRepository(db)
    services.deliveries = DeliveryRepository(db)
    services.ledger = Ledger(db)
    services.contests = ContestRepository(db)
    caught_up = await handlers.push.PLAN.start(app)
    log.info("push: %d catch-up deliveries queued", caught_up)
    resumed = await handlers.contest.resume_contests(app)
    if resumed:
        log.info("tests: %d running tests planned to go on (or close)", resumed)
    # What start-up built (jieba's dictionary, the articles' caches) lives as long as the bot:
    # out of the collector's way, so a garbage collection never has to walk it mid-answer.
    gc.freeze()
    await set_command_menus(app.bot, settings.admins)


async def post_shutdown(app: AppType) -> None:
    for task in list(app.bot_data.background):  # links still being read: nothing was stored
        task.cancel()
    await app.bot_data.settled()
    if app.bot_data.bank is not None:
        await app.bot_data.bank.close()
    if app.bot_data.db is not None:
        await app.bot_data.db.close()
        app.bot_data.db = None


@asynccontextmanager
async def offline(app: AppType) -> AsyncIterator[AppType]:
    """Initialise the application and run post_init/post_shutdown around it, without polling:
    for the console, the CLI and tests, which feed updates through ``process_update``.
    post_shutdown runs even when post_init fails: an open database connection (a thread of
    its own) would otherwise keep the process alive after the error."""
    async with app:
        try:
            await post_init(app)
            yield app
        finally:
            await post_shutdown(app)
