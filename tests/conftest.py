from __future__ import annotations

import hashlib
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.app import build_application, offline
from bot.config import Settings
from bot.context import AppType
from bot.offline import OfflineBotApi
from tests.webserver import Server

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_8a88466397e97f6f.txt"
SHARED = ROOT.parent / "shared"


REPORT = SEEDS / "ershida_report_2022.txt"


_TEMPLATES: dict[str, Path] = {}
_TEMPLATE_DIR = tempfile.TemporaryDirectory(prefix="studybot-templates-")


def _pages_key(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.iterdir()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@asynccontextmanager
async def started(application: AppType) -> AsyncIterator[AppType]:
    """``offline(application)``, but from a copy of the database a test before left behind
    with the same pages: the path of a restart with nothing changed. The first test with
    those pages takes the whole path (parse, index, generate the question bank)."""
    settings = application.bot_data.settings
    assert settings is not None
    key = _pages_key(settings.seeds_dir)
    if key in _TEMPLATES and not settings.db_path.exists():
        shutil.copy(_TEMPLATES[key], settings.db_path)
    async with offline(application) as app:
        if key not in _TEMPLATES and app.bot_data.db is not None:
            template = Path(_TEMPLATE_DIR.name) / f"{key}.db"
            await app.bot_data.db.conn.execute("VACUUM INTO ?", (str(template),))
            _TEMPLATES[key] = template
        if app.bot_data.bank is not None:
            # The start's check whether the pages changed, which finds they did not: until it
            # ends, /quiz answers that questions are being made (on a loaded machine, the
            # first update of a test came before it).
            await app.bot_data.bank.settled()
        yield app


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
    async with started(application):
        yield application


@pytest.fixture
def web() -> Iterator[Server]:
    """The local web server with the fixture pages (tests/webserver.py)."""
    server = Server()
    server.start()
    yield server
    server.stop()
