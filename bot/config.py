"""Settings: one frozen object, read from the environment in one place."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class ConfigError(ValueError):
    """A setting that is missing or malformed; the message says which and how to fix it."""


def server_url(value: str) -> str | None:
    """The Bot API server's address without the ``/bot`` the methods' URLs start with.

    PTB's documentation and the local Bot API server's write the base URL with ``/bot`` at
    the end (``http://127.0.0.1:8081/bot``), others without it; both are accepted, so the
    bot never calls ``…/bot/bot<token>``."""
    url = value.strip().rstrip("/")
    if url.endswith("/bot"):
        url = url.removesuffix("/bot").rstrip("/")
    return url or None


@dataclass(frozen=True)
class Settings:
    token: str = field(default="", repr=False)
    base_url: str | None = None
    db_path: Path = Path("data/studybot.db")
    seeds_dir: Path = Path("seeds")
    tz: str = "Asia/Shanghai"
    log_level: str = "INFO"
    admins: frozenset[int] = frozenset()
    webhook_url: str = ""
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: str = field(default="", repr=False)
    paid_broadcast: bool = False
    fetch_allow_loopback: bool = False  # tests serve their web pages on 127.0.0.1
    fetch_max_bytes: int = 5 * 1024 * 1024

    def __repr__(self) -> str:
        token = "<redacted>" if self.token else "<unset>"
        return (
            f"Settings(token={token}, base_url={self.base_url!r}, db_path={self.db_path}, "
            f"seeds_dir={self.seeds_dir}, tz={self.tz}, log_level={self.log_level}, "
            f"admins={sorted(self.admins)}, webhook_url={self.webhook_url!r}, "
            f"webhook={self.webhook_listen}:{self.webhook_port}, "
            f"paid_broadcast={self.paid_broadcast}, "
            f"fetch_allow_loopback={self.fetch_allow_loopback})"
        )

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        tz = env.get("STUDYBOT_TZ", "").strip() or cls.tz
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"STUDYBOT_TZ={tz!r} 不是有效的时区名，例如 Asia/Shanghai") from None
        level = env.get("STUDYBOT_LOG_LEVEL", "").strip().upper() or cls.log_level
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"STUDYBOT_LOG_LEVEL={level!r} 应为 DEBUG/INFO/WARNING/ERROR")
        try:
            admins = frozenset(
                int(part) for part in env.get("STUDYBOT_ADMINS", "").replace(",", " ").split()
            )
        except ValueError:
            raise ConfigError("STUDYBOT_ADMINS 应为以逗号分隔的 Telegram 用户 id") from None
        port = env.get("WEBHOOK_PORT", "").strip() or str(cls.webhook_port)
        if not port.isdecimal() or not 0 < int(port) < 65536:
            raise ConfigError(f"WEBHOOK_PORT={port!r} 应为 1–65535 之间的端口号")
        secret = env.get("WEBHOOK_SECRET", "").strip()
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ConfigError("WEBHOOK_SECRET 只能包含字母、数字、_ 和 -（1–256 个字符）")
        paid = env.get("STUDYBOT_PAID_BROADCAST", "").strip().lower() or "0"
        if paid not in {"0", "1", "true", "false", "yes", "no", "on", "off"}:
            raise ConfigError(f"STUDYBOT_PAID_BROADCAST={paid!r} 应为 1 或 0")
        loopback = env.get("STUDYBOT_FETCH_ALLOW_LOOPBACK", "").strip().lower() or "0"
        if loopback not in {"0", "1", "true", "false", "yes", "no", "on", "off"}:
            raise ConfigError(
                f"STUDYBOT_FETCH_ALLOW_LOOPBACK={loopback!r} 应为 1 或 0（仅供测试）"
            )
        return cls(
            fetch_allow_loopback=loopback in {"1", "true", "yes", "on"},
            paid_broadcast=paid in {"1", "true", "yes", "on"},
            webhook_url=env.get("WEBHOOK_URL", "").strip(),
            webhook_listen=env.get("WEBHOOK_LISTEN", "").strip() or cls.webhook_listen,
            webhook_port=int(port),
            webhook_secret=secret,
            token=env.get("TELEGRAM_BOT_TOKEN", "").strip(),
            base_url=server_url(env.get("TELEGRAM_BASE_URL", "")),
            db_path=Path(env.get("STUDYBOT_DB", "").strip() or cls.db_path),
            seeds_dir=Path(env.get("STUDYBOT_SEEDS", "").strip() or cls.seeds_dir),
            tz=tz,
            log_level=level,
            admins=admins,
        )

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)
