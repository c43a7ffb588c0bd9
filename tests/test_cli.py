"""The CLI and the offline console, run as real subprocesses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import ConfigError, Settings
from bot.offline import OfflineBotApi
from tests.conftest import ROOT
from tests.webserver import Server


def run(
    args: list[str], tmp_path: Path, stdin: str = "", **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM", "STUDYBOT"))
    }
    environment.update({"STUDYBOT_DB": str(tmp_path / "cli.db"), **env})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=120,
    )


@pytest.mark.slow
def test_console_is_scriptable(tmp_path: Path) -> None:
    result = run(["console"], tmp_path, stdin="/list\n/search 养老\n/tap 1\n/tap 9\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "文章目录（共 22 篇）" in out
    assert "《以数字化推动普惠养老服务高质量发展》" in out
    assert "[1] 1. 《以数字化推动普惠养老服务高…》 第 1 段" in out  # a cut title says so
    assert "市委六届二次全会提出" in out  # /tap 1 opened the article
    assert "没有按钮 9" in out


@pytest.mark.slow
def test_articles_json(tmp_path: Path) -> None:
    result = run(["articles", "--json"], tmp_path)
    assert result.returncode == 0, result.stderr
    articles = json.loads(result.stdout)
    assert [a["id"] for a in articles] == list(range(1, 23))  # the page, then the report
    assert articles[0]["column"] == "领导干部学习笔谈"
    assert len(articles[4]["paragraphs"]) == 5
    assert len(articles[4]["section_leads"]) == 4
    assert articles[5]["title"] == "导言"
    assert articles[6]["title"].startswith("一、")
    assert articles[6]["author"] == "习近平"


@pytest.mark.slow
def test_search_json(tmp_path: Path) -> None:
    result = run(["search", "如何培养年轻干部", "--json", "--limit", "3"], tmp_path)
    hits = json.loads(result.stdout)
    assert hits[0]["author"] == "冯雪勇"
    assert hits[0]["paragraph"] >= 1
    assert "score" in hits[0]


@pytest.mark.slow
def test_run_without_token_says_how_to_get_one(tmp_path: Path) -> None:
    result = run(["run"], tmp_path)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr
    assert "BotFather" in result.stderr


def test_settings_from_env_and_redacted_repr() -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": "123:SECRET", "STUDYBOT_ADMINS": "1, 2"})
    assert "SECRET" not in repr(settings)
    assert "SECRET" not in str(settings)
    assert settings.admins == frozenset({1, 2})
    assert settings.tz == "Asia/Shanghai"
    assert not settings.paid_broadcast
    assert Settings.from_env({"STUDYBOT_PAID_BROADCAST": "1"}).paid_broadcast
    for bad in (
        {"STUDYBOT_PAID_BROADCAST": "maybe"},
        {"STUDYBOT_TZ": "Mars/Base"},
        {"STUDYBOT_LOG_LEVEL": "LOUD"},
        {"STUDYBOT_ADMINS": "x"},
    ):
        try:
            Settings.from_env(bad)
        except ConfigError:
            continue
        raise AssertionError(f"{bad} was accepted")


@pytest.mark.parametrize(
    "written",
    [
        "http://127.0.0.1:8081",
        "http://127.0.0.1:8081/",
        "http://127.0.0.1:8081/bot",
        "http://127.0.0.1:8081/bot/",
    ],
)
def test_the_bot_api_server_address_is_accepted_with_or_without_bot(written: str) -> None:
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": "123:T", "TELEGRAM_BASE_URL": written})
    app = build_application(settings, request=OfflineBotApi())
    assert app.bot.base_url == "http://127.0.0.1:8081/bot123:T"


def _ledger_db(path: Path, month: datetime) -> None:
    """A group with two answers and a reading in ``month`` (through the repositories)."""
    import asyncio

    from bot.core.quiz import Question
    from storage.db import Database
    from storage.ledger import LedgerRepository
    from storage.quizzes import PollRecord, QuizRepository

    async def fill() -> None:
        db = await Database.open(path)
        quizzes, ledger = QuizRepository(db), LedgerRepository(db)
        question = Question("cli-q", "blank", "k", "____是首要任务。", ("高质量发展", "乙"), 0, "")
        at = month.replace(day=3, hour=1)
        await quizzes.record_poll(question, "cli-p", -100777, 1, at)
        poll = PollRecord("cli-p", -100777, question, "daily")
        await quizzes.record_answer(poll, 1, "甲", 0, at)
        await quizzes.record_answer(poll, 2, "乙", 1, at)
        await ledger.record_reading(-100777, 2, 2, "乙", 1, 1, "link", at)
        await db.close()

    asyncio.run(fill())


@pytest.mark.slow
def test_export_writes_the_workbook_and_csv_files(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    last_month = (datetime.now(UTC).replace(day=1) - timedelta(days=1)).replace(day=1)
    key = f"{last_month:%Y-%m}"
    _ledger_db(tmp_path / "cli.db", last_month)
    out = tmp_path / "out" / "台账.xlsx"
    result = run(["export", "--chat", "-100777", "--month", key, "--out", str(out)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert "答题 2 条，阅读 1 条" in result.stdout
    book = load_workbook(out)
    answers = list(book["答题明细"].iter_rows(values_only=True))
    assert [(r[1], r[4], r[6]) for r in answers[1:]] == [
        ("甲", "高质量发展", "正确"),
        ("乙", "乙", "错误"),
    ]
    for table in ("成员按周", "答题明细", "阅读明细"):
        data = (tmp_path / "out" / f"台账_{table}.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf"), table


@pytest.mark.slow
def test_export_refuses_bad_input_with_the_reason(tmp_path: Path) -> None:
    _ledger_db(tmp_path / "cli.db", datetime(2026, 1, 1, tzinfo=UTC))
    out = tmp_path / "x.xlsx"
    cases = [
        (["--chat", "-100777", "--month", "2026-13"], 2, "没有这个月份"),
        (["--chat", "-100777", "--month", "2999-01"], 2, "这个月还没有到"),
        (["--chat", "100777", "--month", "2026-01"], 2, "不是群的 id"),
        (["--chat", "-100777", "--month", "2025-06"], 1, "没有学习记录，没有写文件"),
    ]
    for args, code, reason in cases:
        result = run(["export", *args, "--out", str(out)], tmp_path)
        assert (result.returncode, reason in result.stderr) == (code, True), result.stderr
    assert not out.exists()


@pytest.mark.slow
def test_import_a_link_from_the_command_line(tmp_path: Path, web: Server) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    url = web.url("/dukan/qs/2026-11/16/c_1131.htm")
    env = {"STUDYBOT_SEEDS": str(seeds), "STUDYBOT_FETCH_ALLOW_LOOPBACK": "1"}
    result = run(["import", url], tmp_path, **env)
    assert result.returncode == 0, result.stderr
    assert "已导入第 1 篇《以新发展理念引领高质量发展》" in result.stdout
    again = run(["import", url], tmp_path, **env)
    assert again.returncode == 2
    assert "已经在文库里了：第 1 篇" in again.stderr


@pytest.mark.slow
def test_import_refusals_are_one_line_on_stderr(tmp_path: Path, web: Server) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    env = {"STUDYBOT_SEEDS": str(seeds), "STUDYBOT_FETCH_ALLOW_LOOPBACK": "1"}
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00" * 100)
    result = run(["import", str(broken)], tmp_path, **env)
    assert result.returncode == 2
    assert result.stderr.startswith(f"studybot: {broken}: ")
    assert "损坏" in result.stderr
    missing = run(["import", web.url("/status/404")], tmp_path, **env)
    assert missing.returncode == 2
    assert "HTTP 404" in missing.stderr
    private = run(["import", web.url("/to-private")], tmp_path, STUDYBOT_SEEDS=str(seeds))
    assert private.returncode == 2
    assert "内部网络" in private.stderr
    assert list(seeds.iterdir()) == []


@pytest.mark.slow
def test_import_a_word_file_from_the_command_line(tmp_path: Path) -> None:
    from tests import makedocs

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    word = tmp_path / "体会.docx"
    word.write_bytes(makedocs.docx())
    result = run(["import", str(word)], tmp_path, STUDYBOT_SEEDS=str(seeds))
    assert result.returncode == 0, result.stderr
    assert (seeds / "体会.docx.txt").exists()
