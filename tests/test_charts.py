"""The chart: rendered for real, its size, and the font every label is drawn in has every glyph
the labels use (matplotlib's "Glyph missing" warning would also fail the test: warnings are
errors)."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.ft2font import FT2Font
from matplotlib.text import Text
from PIL import Image

from bot.core import charts
from bot.core.ledger import WeekPoint

POINTS = [
    WeekPoint(date(2026, 10, 5) + timedelta(weeks=n), participants, answered, correct)
    for n, (participants, answered, correct) in enumerate(
        [
            (0, 0, 0),
            (3, 10, 6),
            (5, 14, 10),
            (4, 9, 9),
            (0, 0, 0),
            (6, 20, 15),
            (7, 25, 21),
            (5, 8, 4),
        ]
    )
]
TITLE = "近 8 周参与人数与正确率"


@pytest.fixture(scope="module")
def png() -> bytes:
    return charts.weekly_chart(POINTS, TITLE)


def test_the_chart_is_a_png_of_the_promised_size(png: bytes) -> None:
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.size == charts.SIZE == (960, 540)


def test_the_chart_draws_the_bars(png: bytes) -> None:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    bar = tuple(int(charts.BAR[i : i + 2], 16) for i in (1, 3, 5))
    colours = image.getcolors(maxcolors=image.width * image.height) or []
    bar_pixels = sum(count for count, colour in colours if colour == bar)
    assert bar_pixels > 5000  # six weeks with members: a few thousand red pixels each


def test_the_font_ships_with_the_package_and_is_a_cjk_font() -> None:
    path = charts.font_path()
    assert path.is_file()
    assert charts.font_family() == "Noto Sans SC"
    cmap = FT2Font(str(path)).get_charmap()
    assert all(ord(c) in cmap for c in "学习统计参与人数正确率周一开始")


def drawn_texts() -> list[Text]:
    figure = charts.weekly_figure(POINTS, TITLE)
    FigureCanvasAgg(figure).draw()  # lay out: tick labels exist only once drawn
    return [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()]


def test_every_label_is_drawn_in_the_cjk_font() -> None:
    texts = drawn_texts()
    used = {Path(font_manager.findfont(t.get_fontproperties())) for t in texts}
    assert used == {charts.font_path()}


def test_the_font_has_every_glyph_the_chart_uses() -> None:
    labels = "".join(t.get_text() for t in drawn_texts())
    assert "参与人数" in labels
    assert "正确率" in labels
    assert "10/05" in labels
    cmap = FT2Font(str(charts.font_path())).get_charmap()
    missing = {c for c in labels if not c.isspace() and ord(c) not in cmap}
    assert missing == set()


def test_weeks_without_answers_break_the_accuracy_line() -> None:
    figure = charts.weekly_figure(POINTS, TITLE)
    right = figure.axes[1]
    [line] = right.get_lines()
    accuracy = np.asarray(line.get_ydata(), dtype=float)
    assert list(np.flatnonzero(np.isnan(accuracy))) == [0, 4]


@pytest.mark.slow
def test_the_bot_starts_without_loading_the_chart_and_workbook_libraries() -> None:
    heavy = "{'matplotlib', 'xlsxwriter', 'PIL'}"
    code = f"import sys, bot.app; print(sorted({heavy} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"
