"""How the bot names things wherever it shows them (pure): dates, time zones, titles cut to fit
a button or a line, and an article's heading. One function each, so a date, a zone or a report
chapter reads the same in every reply.

A report's chapter is presented as a part of its report — 《党的二十大报告》第十五部分 — not as an
article titled 「十五、…」 by the speaker: the parser stores each chapter with the chapter heading
as its section (the preamble under its label, such as 导言), and the report's name comes from
its subtitle (——在中国共产党第二十次全国代表大会上的报告 → 党的二十大报告) or else its title.
"""

from __future__ import annotations

import dataclasses
import html
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from bot.core import texts

ELLIPSIS = "…"
CHINESE_NUMBER = "[一二三四五六七八九十百]+"
CHAPTER_HEADING = re.compile(rf"^({CHINESE_NUMBER})、\s*(.*)$")
PARTY_CONGRESS = re.compile(rf"中国共产党第({CHINESE_NUMBER})次全国代表大会")


# -- dates and zones ------------------------------------------------------------------------
def format_date(day: date, today: date) -> str:
    """11月29日; with the year (2025年11月29日) when it is not the current year."""
    if day.year == today.year:
        return texts.DATE.format(month=day.month, day=day.day)
    return texts.DATE_WITH_YEAR.format(year=day.year, month=day.month, day=day.day)


def format_iso_date(day: str, today: date) -> str:
    """A stored ISO date (2026-11-29) as users read it."""
    return format_date(date.fromisoformat(day), today)


def format_moment(moment: datetime, zone: ZoneInfo, now: datetime) -> str:
    """An instant as a wall-clock time in ``zone``: 11月30日 08:00."""
    local = moment.astimezone(zone)
    return f"{format_date(local.date(), now.astimezone(zone).date())} {local:%H:%M}"


def provenance(published: str, site: str, origin: str, today: date) -> str:
    """What is shown with an article's name: its publication date and, for an article from a
    link, its site (11月16日 · 求是网); '' when neither is known."""
    parts = [format_iso_date(published, today)] if published else []
    if origin.startswith(("http://", "https://")):
        parts.append(site or (urlsplit(origin).hostname or "").removeprefix("www."))
    return " · ".join(p for p in parts if p)


def zone_name(tz: str) -> str:
    """北京时间 for Asia/Shanghai, a readable name for other common zones, else the IANA
    name itself (which is what /settz takes)."""
    return texts.ZONE_NAMES.get(tz, tz)


# -- titles ---------------------------------------------------------------------------------
def clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, with … where it was cut."""
    if len(text) <= limit:
        return text
    return text[: max(limit - 1, 0)].rstrip() + ELLIPSIS


class Titled(Protocol):
    """What a heading is made from (a stored article, or an entry of the contents)."""

    @property
    def kind(self) -> str: ...  # "report" for a report's chapter

    @property
    def title(self) -> str: ...

    @property
    def author(self) -> str: ...

    @property
    def section(self) -> str: ...  # a report chapter's heading, such as 十五、坚定不移…

    @property
    def column(self) -> str: ...  # a report: its title

    @property
    def source_column(self) -> str: ...  # a report: its subtitle, ——在…上的报告


class Headed(Titled, Protocol):
    """A stored article, with a news story's other headings."""

    @property
    def kicker(self) -> str: ...  # a news story's lead title (引题), above its title

    @property
    def subtitle(self) -> str: ...  # a news story's subtitle, ——…


@dataclass(frozen=True)
class Heading:
    """How an article is named: 《title》 by its author, or a part of a report —
    《党的二十大报告》 (``work``) 第十五部分 (``part``) with the chapter's own heading."""

    work: str  # the title, or the report's name
    author: str = ""
    part: str = ""  # a report's part: 第十五部分, or the preamble's label (导言)
    part_title: str = ""  # the part's own heading, without its number
    kicker: str = ""  # a news story's lead title (引题), shown above the title
    subtitle: str = ""  # a news story's subtitle (——…), shown under the title

    @property
    def is_part(self) -> bool:
        return bool(self.part)

    def name(self, limit: int = 0) -> str:
        """《…》 with the part, as text names it; ``limit`` cuts a long title (for buttons)."""
        work = clip(self.work, limit) if limit else self.work
        return f"《{work}》{self.part}"

    def entry(self, limit: int = 0) -> str:
        """The line of the contents or a contents button: a part by its number and heading
        (its report heads the group), an article by its title."""
        text = f"{self.part} {self.part_title}".strip() if self.is_part else self.work
        return clip(text, limit) if limit else text

    def name_html(self) -> str:
        """The name in bold, then the author (a part of a report: the part's heading)."""
        after = self.part_title if self.is_part else self.author
        return f"<b>{html.escape(self.name())}</b>" + (f" {html.escape(after)}" if after else "")

    def head_html(self, byline: str) -> str:
        """The head of an article's first page: the lead title, the name, the subtitle, then
        the part's heading or the byline."""
        lines = [html.escape(self.kicker)] if self.kicker else []
        lines.append(f"<b>{html.escape(self.name())}</b>")
        if self.subtitle:
            lines.append(html.escape(self.subtitle))
        if self.is_part and self.part_title:
            lines.append(f"<b>{html.escape(self.part_title)}</b>")
        elif not self.is_part and byline:
            lines.append(html.escape(byline))
        return "\n".join(lines)

    def continued_html(self) -> str:
        return f"<b>{html.escape(self.name())}</b>{texts.READ_CONTINUED}"


def report_name(title: str, subtitle: str) -> str:
    """A report's short name: 党的二十大报告 for the report to a Party congress, else its
    title (政府工作报告)."""
    congress = PARTY_CONGRESS.search(subtitle) or PARTY_CONGRESS.search(title)
    if congress:
        return texts.PARTY_CONGRESS_REPORT.format(number=congress.group(1))
    return title or subtitle.lstrip("—").strip()


def heading(article: Titled) -> Heading:
    """The heading an article is shown under."""
    if article.kind != "report":
        return Heading(article.title, article.author)
    work = report_name(article.column, article.source_column)
    chapter = CHAPTER_HEADING.match(article.section or article.title)
    if chapter is None:  # the preamble: its label, as the parser named it
        return Heading(work, article.author, article.section or article.title)
    part = texts.REPORT_PART.format(number=chapter.group(1))
    return Heading(work, article.author, part, chapter.group(2).strip())


def full_heading(article: Headed) -> Heading:
    """The heading with a news story's lead title and subtitle, as the head of its first page
    shows them (/read, the daily excerpt) and a search result found by them."""
    return dataclasses.replace(heading(article), kicker=article.kicker, subtitle=article.subtitle)
