"""Logging set-up: the token never reaches a log line."""

from __future__ import annotations

import logging


class RedactToken(logging.Filter):
    """Replaces the bot token wherever it appears in a record (httpx logs request URLs)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg, record.args = message.replace(self.token, "<token>"), None
        return True


def setup_logging(level: str, token: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactToken(token))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    # httpx logs every request URL at INFO, and the URL holds the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    # The readers of imported files and pages complain about every oddity of real documents;
    # what matters reaches the maintainer as the import's refusal or its list of problems.
    for reader in ("pypdf", "trafilatura", "htmldate", "courlan", "readability"):
        logging.getLogger(reader).setLevel(logging.ERROR)
