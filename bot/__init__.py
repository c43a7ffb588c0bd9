"""studybot: a Telegram bot for Chinese policy-study groups."""

import os

# Opt in to PTB's future behaviour (durations as timedelta, e.g. RetryAfter.retry_after) so no
# deprecation warning fires and the code does not change meaning at the next major version.
os.environ.setdefault("PTB_TIMEDELTA", "true")
