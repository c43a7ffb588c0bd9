"""The pure core: plain functions and frozen dataclasses that know nothing of Telegram or the
database (parsing pages, segmentation, search ranking, quiz generation, schedules, texts).
Import contracts in pyproject.toml keep it that way."""
