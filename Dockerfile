# syntax=docker/dockerfile:1
# Build stage: dependencies in their own cached layer, then the project.
FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /venv
COPY pyproject.toml README.md ./
# Install the dependencies alone first so that code changes do not re-download them.
RUN /venv/bin/pip install --no-cache-dir "python-telegram-bot[job-queue,rate-limiter]>=22.5,<23" \
    "jieba>=0.42.1,<0.43" "aiosqlite>=0.20,<0.23"
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
RUN /venv/bin/pip install --no-cache-dir --no-deps .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 studybot && mkdir /data && chown studybot /data
COPY --from=build /venv /venv
WORKDIR /app
COPY seeds ./seeds
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    STUDYBOT_DB=/data/studybot.db \
    STUDYBOT_SEEDS=/app/seeds
USER studybot
VOLUME ["/data"]
HEALTHCHECK --interval=60s --timeout=10s \
    CMD python -c "import sqlite3,os; sqlite3.connect(os.environ['STUDYBOT_DB']).execute('select 1')"
CMD ["python", "-m", "bot", "run"]
