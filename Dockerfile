# syntax=docker/dockerfile:1
# studybot: multi-stage build; dependencies in their own cached layer; non-root runtime.
# No Docker engine runs in CI: .ci/docker-steps replays these install and start steps in a clean
# environment, and hadolint lints this file.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
RUN python -m venv /venv
# The dependencies come from pyproject.toml alone, so this layer is rebuilt only when they
# change, not when the code does. They include the CJK font the ledger's charts are drawn in
# (Noto Sans SC, a pip package): the slim image needs no system fonts and no apt step.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" > requirements.txt \
    && /venv/bin/pip install -r requirements.txt
COPY README.md ./
COPY bot ./bot
COPY handlers ./handlers
COPY storage ./storage
RUN /venv/bin/pip install --no-deps .

FROM python:3.11-slim
RUN useradd --create-home --uid 10001 studybot \
    && mkdir /data \
    && chown studybot /data
COPY --from=build /venv /venv
WORKDIR /app
# The seeds are baked in; mount a folder on /app/seeds to serve others.
COPY seeds ./seeds
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    STUDYBOT_DB=/data/studybot.db \
    STUDYBOT_SEEDS=/app/seeds
USER 10001
VOLUME ["/data"]
# Webhook mode (python -m bot run --webhook) listens here; polling mode needs no port.
EXPOSE 8443
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
