"""The typed context: handlers reach services as ``context.library``, not via bot_data keys."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.config import Settings
from bot.core.throttle import UserLimiter
from bot.services.ledger import Ledger
from bot.services.library import Library
from bot.services.quizbank import QuizBank
from storage.articles import ArticleRepository
from storage.contests import ContestRepository
from storage.db import Database
from storage.deliveries import DeliveryRepository
from storage.quizzes import QuizRepository
from storage.subscriptions import Subscription, SubscriptionRepository

PUSH_CONCURRENCY = 6  # deliveries sending at the same time (see bot/push/delivery.py)


class PushScheduler(Protocol):
    """What handlers need of the push's job plan (``bot.push.plan.PushPlan``)."""

    def schedule(self, job_queue: JobQueue[Any] | None, sub: Subscription) -> None: ...

    async def start(self, app: Any) -> int: ...


@dataclass
class Services:
    """Everything a handler may use; filled in ``post_init`` when the database is open."""

    settings: Settings | None = None
    db: Database | None = None
    library: Library | None = None
    quizzes: QuizRepository | None = None
    bank: QuizBank | None = None
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    admin_cache: dict[tuple[int, int], tuple[bool, float]] = field(default_factory=dict)
    subscriptions: SubscriptionRepository | None = None
    deliveries: DeliveryRepository | None = None
    push_plan: PushScheduler | None = None  # bot.push.plan.PushPlan, set by build_application
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    inline_cache: dict[str, tuple[float, list[Any]]] = field(default_factory=dict)
    limiter: UserLimiter = field(default_factory=UserLimiter)
    push_slots: asyncio.Semaphore = field(
        default_factory=lambda: asyncio.Semaphore(PUSH_CONCURRENCY)
    )
    delivering: set[int] = field(default_factory=set)  # chats with a delivery running
    ledger: Ledger | None = None
    contests: ContestRepository | None = None
    # (chat, member) → the local day they were last recorded as seen: one write a day each
    seen: dict[tuple[int, int], str] = field(default_factory=dict)
    background: set[asyncio.Task[None]] = field(default_factory=set)  # imports being read

    def spawn(self, work: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        """Run slow work (reading a link or a PDF) beside the updates that keep coming; the
        set holds the task until it ends (tests wait for :meth:`settled`)."""
        task = asyncio.create_task(work)
        self.background.add(task)
        task.add_done_callback(self.background.discard)
        return task

    async def settled(self) -> None:
        """Wait until no background work is left (a cancelled task counts as done)."""
        while self.background:
            await asyncio.wait(list(self.background))


class AppContext(CallbackContext[ExtBot[None], dict, dict, Services]):
    @property
    def services(self) -> Services:
        return self.bot_data

    @property
    def settings(self) -> Settings:
        assert self.bot_data.settings is not None
        return self.bot_data.settings

    @property
    def library(self) -> Library:
        assert self.bot_data.library is not None, "the database is opened in post_init"
        return self.bot_data.library

    @property
    def articles(self) -> ArticleRepository:
        return self.library.articles

    @property
    def quizzes(self) -> QuizRepository:
        assert self.bot_data.quizzes is not None
        return self.bot_data.quizzes

    @property
    def bank(self) -> QuizBank:
        assert self.bot_data.bank is not None
        return self.bot_data.bank

    @property
    def subscriptions(self) -> SubscriptionRepository:
        assert self.bot_data.subscriptions is not None
        return self.bot_data.subscriptions

    @property
    def deliveries(self) -> DeliveryRepository:
        assert self.bot_data.deliveries is not None
        return self.bot_data.deliveries

    @property
    def push_plan(self) -> PushScheduler:
        assert self.bot_data.push_plan is not None
        return self.bot_data.push_plan

    @property
    def ledger(self) -> Ledger:
        assert self.bot_data.ledger is not None
        return self.bot_data.ledger

    @property
    def contests(self) -> ContestRepository:
        assert self.bot_data.contests is not None
        return self.bot_data.contests

    def now(self) -> datetime:
        return self.bot_data.clock()


AppType = Application[ExtBot[None], AppContext, dict, dict, Services, JobQueue[AppContext]]
