"""Charts as PNG bytes, drawn with matplotlib's Agg backend in Noto Sans SC.

matplotlib is imported on first use, not with the bot: it costs about a second and 30 MB, and
a bot whose groups never ask for a chart never pays it. Callers render in a worker thread
(``asyncio.to_thread``); a lock keeps two renders from sharing matplotlib's font objects,
which are not thread-safe.

The font comes with ``pip install`` (the ``pylopdf-fonts-zh-cn`` wheel: Noto Sans SC from
notofonts/noto-cjk, SIL Open Font License 1.1), so a fresh machine, CI and the Docker image
all draw Chinese labels without a system font.
"""

from __future__ import annotations

import gc
import io
import math
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.core import texts
from bot.core.ledger import WeekPoint

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.typing import RcKeyType

WIDTH, HEIGHT, DPI = 8.0, 4.5, 120  # inches and dots per inch: a 960 x 540 picture
SIZE = (int(WIDTH * DPI), int(HEIGHT * DPI))
BAR = "#c8102e"  # participation
LINE = "#1f4e79"  # accuracy
_lock = threading.Lock()


def font_path() -> Path:
    """The CJK font every label is drawn in."""
    import pylopdf_fonts_zh_cn

    return Path(pylopdf_fonts_zh_cn.sans_path())


@cache
def _style() -> dict[RcKeyType, Any]:
    """Register the font with matplotlib once and return the style every chart uses."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager

    path = font_path()
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    return {
        "font.family": [family],
        "axes.unicode_minus": False,  # the ASCII hyphen, which every font has
        "svg.fonttype": "none",
    }


def font_family() -> str:
    """The family name matplotlib knows the font by (registering it if needed)."""
    family: list[str] = _style()["font.family"]
    return family[0]


def weekly_figure(points: Sequence[WeekPoint], title: str) -> Figure:
    """Participation (bars, left axis) and accuracy (line, right axis) per week."""
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    with matplotlib.rc_context(_style()):
        # Fixed margins, not a layout engine: it would measure every label several times
        # over (a third of the render); the labels here have known, short widths.
        figure = Figure(figsize=(WIDTH, HEIGHT), dpi=DPI)
        figure.subplots_adjust(left=0.08, right=0.91, top=0.9, bottom=0.15)
        axes = figure.add_subplot()
        positions = list(range(len(points)))
        bars = axes.bar(
            positions,
            [p.participants for p in points],
            color=BAR,
            width=0.6,
            label=texts.CHART_PARTICIPANTS,
        )
        axes.bar_label(bars, padding=2, fontsize=9)
        axes.set_xticks(positions, [f"{p.monday:%m/%d}" for p in points])
        axes.set_xlabel(texts.CHART_WEEKS_AXIS)
        axes.set_ylabel(texts.CHART_PARTICIPANTS)
        top = max((p.participants for p in points), default=0)
        axes.set_ylim(0, max(4, top * 1.2))
        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
        right = axes.twinx()
        # A week without answers has no accuracy: NaN breaks the line there.
        accuracy = [p.accuracy * 100 if p.accuracy is not None else math.nan for p in points]
        (line,) = right.plot(
            positions, accuracy, color=LINE, marker="o", linewidth=2, label=texts.CHART_ACCURACY
        )
        right.set_ylim(0, 105)
        right.yaxis.set_major_formatter(PercentFormatter(decimals=0))
        right.set_ylabel(texts.CHART_ACCURACY)
        axes.set_title(title)
        axes.legend(handles=[bars, line], loc="upper left", frameon=False)
        for side in ("top",):
            axes.spines[side].set_visible(False)
            right.spines[side].set_visible(False)
    return figure


def png(figure: Figure) -> bytes:
    """The figure as PNG; the figure is emptied afterwards, so that its 2 MB pixel buffer
    and artists are freed at once rather than at the next full garbage collection (figures
    hold reference cycles)."""
    import matplotlib

    buffer = io.BytesIO()
    with matplotlib.rc_context(_style()):
        figure.savefig(buffer, format="png", dpi=DPI)
    figure.clear()
    figure.canvas.__dict__.pop("renderer", None)  # the Agg canvas caches its renderer
    return buffer.getvalue()


def weekly_chart(points: Sequence[WeekPoint], title: str) -> bytes:
    """The PNG of :func:`weekly_figure` (960 x 540). Blocking: call it in a thread."""
    with _lock:
        data = png(weekly_figure(points, title))
        _collect()
    return data


_frozen = False


def _collect() -> None:
    """Free a chart's garbage now (a figure is a web of reference cycles, ~0.5 MB, which
    would otherwise pile up until a full collection: +17 MB over 40 charts, measured).

    What the first chart loaded (matplotlib's modules, caches, the font) lives as long as
    the bot, like what start-up built: it is frozen out of the collector's way, as
    ``bot/app.py`` does after start-up, so that each collection costs ~1 ms, not ~100 ms."""
    global _frozen
    gc.collect()
    if not _frozen:
        gc.freeze()
        _frozen = True
