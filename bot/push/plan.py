"""The plan of JobQueue jobs for the push: one daily job per (time, zone) slot that reads its
chats when it fires, one weekly job per zone, and one catch-up job at start for the chats whose
time passed while the bot was down. The callbacks are the JobQueue's handlers
(``handlers/push.py``), given to the plan when the application is built."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from telegram.ext import Application, JobQueue

from bot.core.schedule import is_due, local_date
from storage.subscriptions import Subscription

log = logging.getLogger(__name__)

# A job that fires late (busy loop, suspended machine) still runs within this grace; several
# missed runs of one job coalesce into one. Anything later is caught up at the next start.
MISFIRE_GRACE = int(timedelta(hours=6).total_seconds())
WEEKLY_AT = time(20, 0)
SUNDAY = 0  # PTB numbers days 0-6 from Sunday

JOB_OPTIONS = {"misfire_grace_time": MISFIRE_GRACE, "coalesce": True}

JobCallback = Callable[[Any], Coroutine[Any, Any, None]]


def slot_name(at: time, tz: str) -> str:
    return f"push:{tz}@{at:%H:%M}"


@dataclass(frozen=True)
class PushPlan:
    """Which jobs serve the push, and the callbacks they run."""

    slot_job: JobCallback  # data: ("HH:MM", zone)
    weekly_job: JobCallback  # data: zone
    catchup_job: JobCallback  # data: chat ids

    def schedule_slot(self, job_queue: JobQueue | None, at: time, tz: str) -> None:
        """Make sure the daily job of the slot (``at``, ``tz``) exists: DST-correct, as the
        trigger runs in the zone. Jobs have stable ids, so this is a dictionary lookup."""
        name = slot_name(at, tz)
        if job_queue is None or job_queue.scheduler.get_job(name) is not None:
            return
        job_queue.run_daily(
            self.slot_job,
            at.replace(tzinfo=ZoneInfo(tz)),
            data=(f"{at:%H:%M}", tz),
            name=name,
            job_kwargs={**JOB_OPTIONS, "id": name},
        )

    def schedule_weekly(self, job_queue: JobQueue | None, tz: str) -> None:
        name = f"weekly:{tz}"
        if job_queue is None or job_queue.scheduler.get_job(name) is not None:
            return
        job_queue.run_daily(
            self.weekly_job,
            WEEKLY_AT.replace(tzinfo=ZoneInfo(tz)),
            days=(SUNDAY,),
            data=tz,
            name=name,
            job_kwargs={**JOB_OPTIONS, "id": name},
        )

    def schedule(self, job_queue: JobQueue | None, sub: Subscription) -> None:
        """Make sure the jobs that serve a subscription exist (after /subscribe, /settime,
        /settz, /weekly on, a migration). Pausing or unsubscribing needs nothing: the jobs
        read the active chats when they fire; a slot nobody uses any more finds no chat."""
        if not sub.active:
            return
        self.schedule_slot(job_queue, sub.at, sub.tz)
        if sub.weekly and sub.chat_id < 0:
            self.schedule_weekly(job_queue, sub.tz)

    async def start(self, app: Application) -> int:
        """At start: settle interrupted deliveries, create the slot jobs from the database,
        and catch up on today's pushes missed while the bot was down (one job for all of
        them). Returns how many chats are caught up."""
        services = app.bot_data
        subs, ledger = services.subscriptions, services.deliveries
        now = services.clock()
        interrupted = await ledger.reconcile(now)
        if interrupted:
            log.warning(
                "%d deliveries were interrupted by a crash; not resent (at most once)",
                interrupted,
            )
        for at, tz in await subs.slots():
            self.schedule_slot(app.job_queue, time.fromisoformat(at), tz)
        for tz in await subs.weekly_zones():
            self.schedule_weekly(app.job_queue, tz)
        finished = await ledger.finished_since((now - timedelta(days=2)).date().isoformat())
        zones: dict[str, ZoneInfo] = {}
        due = []
        for sub in await subs.active():
            zone = zones.setdefault(sub.tz, ZoneInfo(sub.tz))
            done = (sub.chat_id, local_date(now, zone).isoformat()) in finished
            if is_due(now, sub.at, zone, done):
                due.append(sub.chat_id)
        if due and app.job_queue is not None:
            app.job_queue.run_once(
                self.catchup_job,
                when=0,
                data=due,
                name="catchup",
                job_kwargs={"id": "catchup", "replace_existing": True},
            )
        return len(due)
