"""The typed context: handlers reach services as ``context.library``, not via bot_data keys."""

from __future__ import annotations

from dataclasses import dataclass

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.config import Settings
from bot.library import Library
from storage.articles import ArticleRepository
from storage.db import Database


@dataclass
class Services:
    """Everything a handler may use; filled in ``post_init`` when the database is open."""

    settings: Settings | None = None
    db: Database | None = None
    library: Library | None = None


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


AppType = Application[ExtBot[None], AppContext, dict, dict, Services, JobQueue[AppContext]]
