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


REPORT = SEEDS / "ershida_report_2022.txt"


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """A private folder with a copy of the seed page (article ids 1-5), free to edit."""
    target = tmp_path / "seeds"
    target.mkdir()
    shutil.copy(SEED, target)
    return target


@pytest.fixture
def with_report(seeds: Path) -> Path:
    """The seed page and the 二十大报告 (ids 6-21: the preamble, then chapters 一 to 十五)."""
    shutil.copy(REPORT, seeds)
    return seeds


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
