"""Webhook mode: a small tornado server (PTB's own webhook dependency) with two routes.

``POST /telegram`` takes updates only with the right ``X-Telegram-Bot-Api-Secret-Token``
(anything else gets 403 and is not processed); ``GET /healthz`` answers a load balancer with
200 while the database answers, 503 otherwise.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import signal

import tornado.httpserver
import tornado.web
from telegram import Update

from bot.app import build_application, offline
from bot.config import Settings
from bot.context import AppType

log = logging.getLogger(__name__)
PATH = "/telegram"
MAX_BODY = 1024 * 1024


class TelegramHandler(tornado.web.RequestHandler):
    def initialize(self, app: AppType, secret: str) -> None:
        self.app = app
        self.secret = secret

    async def post(self) -> None:
        given = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token", "")
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            log.warning(
                "webhook request with a wrong secret token from %s", self.request.remote_ip
            )
            self.set_status(403)
            return
        try:
            data = json.loads(self.request.body)
            update = Update.de_json(data, self.app.bot)
        except (ValueError, TypeError, KeyError):
            self.set_status(400)
            return
        await self.app.update_queue.put(update)
        self.set_status(200)


class HealthHandler(tornado.web.RequestHandler):
    def initialize(self, app: AppType) -> None:
        self.app = app

    async def get(self) -> None:
        db = self.app.bot_data.db
        try:
            assert db is not None
            row = await db.fetchone("SELECT COUNT(*) FROM articles WHERE retired = 0")
        except Exception:  # any failure means "not healthy"
            self.set_status(503)
            self.write({"status": "unavailable"})
            return
        self.write({"status": "ok", "articles": row[0] if row else 0})


async def serve(settings: Settings) -> None:
    """Run the bot behind its own webhook server until SIGTERM or SIGINT."""
    app = build_application(settings)
    routes: list[tuple[str, type[tornado.web.RequestHandler], dict[str, object]]] = [
        (PATH, TelegramHandler, {"app": app, "secret": settings.webhook_secret}),
        ("/healthz", HealthHandler, {"app": app}),
    ]
    server = tornado.httpserver.HTTPServer(tornado.web.Application(routes), max_body_size=MAX_BODY)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with offline(app):
        await app.start()
        server.listen(settings.webhook_port, settings.webhook_listen)
        await app.bot.set_webhook(
            url=settings.webhook_url.rstrip("/") + PATH,
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
        log.info(
            "webhook server listening on %s:%d", settings.webhook_listen, settings.webhook_port
        )
        await stop.wait()
        server.stop()
        await app.stop()
