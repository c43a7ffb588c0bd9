from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import build_application, offline
from bot.config import Settings
from bot.context import AppType
from bot.offline import OfflineBotApi

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_8a88466397e97f6f.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A private copy of the seed pages, free to edit."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, seeds: Path) -> Settings:
    return Settings(token="123456:TEST-TOKEN", db_path=tmp_path / "studybot.db", seeds_dir=seeds)


@pytest.fixture
def api() -> OfflineBotApi:
    return OfflineBotApi()


@pytest.fixture
async def app(settings: Settings, api: OfflineBotApi) -> AsyncIterator[AppType]:
    application = build_application(settings, request=api)
    async with offline(application):
        yield application
