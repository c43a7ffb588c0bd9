"""Parsing newspaper theory pages into articles.

A page is plain text: a banner and a column line, then articles. Each article has one or more
heading lines, a byline ``□姓名``, body paragraphs and a closing affiliation ``(作者系…)`` or
``(作者单位：…)``. Non-blank lines are the blocks of the page; the print layout broke some
paragraphs in two, so a body block that does not end a sentence continues into the next one and
is joined with nothing between.

The parser never corrects the text: every non-blank character of the file lands in exactly one
raw field (:meth:`Page.raw_fields`), which the tests check by counting characters.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

BYLINE = re.compile(r"^[□■◇◆]\s*(?P<author>\S.{0,29})$")
AFFILIATION = re.compile(r"^[(（]\s*(?:本文)?作者(?P<rest>.*)[)）]$")
SENTENCE_END = "。！？!?…；;：:"
CLOSERS = "”’」』）)】》\"'"
LEAD_END = "。！？!?"
MAX_LEAD = 60
OPEN_QUOTES = "“‘「『（(《【"
CLOSE_QUOTES = "”’」』）)》】"


class PageError(ValueError):
    """A page that does not fit the layout; names the file, the line and the reason."""

    def __init__(self, source: str, line: int, reason: str) -> None:
        super().__init__(f"{source}:{line}: {reason}")
        self.source = source
        self.line = line
        self.reason = reason


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; ``lead`` is its section lead (empty for an opening paragraph)."""

    lead: str
    body: str
    line: int

    @property
    def text(self) -> str:
        return self.lead + self.body


@dataclass(frozen=True)
class Article:
    source: str
    position: int
    line: int
    column: str
    title_lines: tuple[str, ...]
    byline: str
    paragraphs: tuple[Paragraph, ...]
    affiliation_line: str
    own_column: str = ""
    section: str = ""
    label: str = ""  # a title for a part that has none in the text (a report's preamble)
    credit: str = ""  # the author when the byline is elsewhere (a report's speaker)
    published: str = ""  # the publication date (YYYY-MM-DD) when the source gives one
    origin: str = ""  # the link or file an imported article came from
    site: str = ""  # the web site or publication it appeared in

    @property
    def title(self) -> str:
        return " ".join(self.title_lines) or self.label

    @property
    def author(self) -> str:
        match = BYLINE.match(self.byline)
        return match.group("author").strip() if match else (self.byline or self.credit)

    @property
    def affiliation(self) -> str:
        """The affiliation without the parentheses and the 作者系/作者单位： prefix."""
        match = AFFILIATION.match(self.affiliation_line)
        if not match:
            return self.affiliation_line
        rest = match.group("rest").strip()
        for prefix in ("单位：", "单位:", "单位", "系", "为", "是"):
            if rest.startswith(prefix):
                return rest[len(prefix) :].strip()
        return rest

    @property
    def key(self) -> str:
        """A stable identity: the same file, title and author give the same key."""
        digest = hashlib.sha1(f"{self.title}\x1f{self.author}".encode()).hexdigest()[:12]
        return f"{self.source}#{digest}"

    @property
    def leads(self) -> tuple[str, ...]:
        return tuple(p.lead for p in self.paragraphs if p.lead)

    def raw_fields(self) -> Iterator[str]:
        yield self.own_column
        yield from self.title_lines
        yield self.byline
        for paragraph in self.paragraphs:
            yield paragraph.lead
            yield paragraph.body
        yield self.affiliation_line


@dataclass(frozen=True)
class Page:
    source: str
    banner: str
    column: str
    articles: tuple[Article, ...]
    kind: str = "page"
    meta: tuple[str, ...] = field(default=())

    def raw_fields(self) -> Iterator[str]:
        yield self.banner
        yield self.column
        yield from self.meta
        for article in self.articles:
            yield from article.raw_fields()


@dataclass(frozen=True)
class Block:
    line: int
    text: str


def decode_page(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM), GB18030 or GBK bytes; refuse anything else."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            line = data.count(b"\n", 0, utf8_error.start) + 1
            raise PageError(
                source, line, "无法识别的文字编码（请保存为 UTF-8 或 GB18030）"
            ) from None
    text = text.removeprefix("\ufeff")
    for number, line_text in enumerate(text.splitlines(), start=1):
        bad = next((c for c in line_text if _is_control(c)), None)
        if bad is not None:
            raise PageError(source, number, f"含有控制字符 U+{ord(bad):04X}，不像文本文件")
    return text


def _is_control(char: str) -> bool:
    code = ord(char)
    return (code < 32 and char not in "\t\r\n\f\v") or code == 127


def blocks_of(text: str) -> list[Block]:
    """The non-blank lines of a text, stripped, with their 1-based line numbers."""
    return [
        Block(number, line.strip())
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


def ends_sentence(text: str) -> bool:
    stripped = text.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def join_broken(blocks: list[Block]) -> list[Block]:
    """Rejoin paragraphs the print layout broke in two: a block that does not end a sentence
    continues into the next block, joined with nothing between."""
    joined: list[Block] = []
    carry: Block | None = None
    for block in blocks:
        if carry is not None:
            block = Block(carry.line, carry.text + block.text)
        if ends_sentence(block.text):
            joined.append(block)
            carry = None
        else:
            carry = block
    if carry is not None:
        joined.append(carry)
    return joined


def split_lead(text: str) -> tuple[str, str]:
    """Split off the first sentence (outside quotes) when it is short enough to be a lead."""
    depth = 0
    for index, char in enumerate(text):
        if char in OPEN_QUOTES:
            depth += 1
        elif char in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif char in LEAD_END and depth == 0:
            end = index + 1
            if end > MAX_LEAD or end == len(text):
                return "", text
            return text[:end], text[end:]
    return "", text


def make_paragraphs(blocks: list[Block]) -> tuple[Paragraph, ...]:
    paragraphs = []
    for index, block in enumerate(join_broken(blocks)):
        lead, body = ("", block.text) if index == 0 else split_lead(block.text)
        paragraphs.append(Paragraph(lead, body, block.line))
    return tuple(paragraphs)


def parse_page(text: str, source: str) -> Page:
    """Parse a theory page (already decoded) into its banner, column and articles."""
    blocks = blocks_of(text)
    if not blocks:
        raise PageError(source, 1, "文件是空的")
    bylines = [i for i, b in enumerate(blocks) if BYLINE.match(b.text)]
    if not bylines:
        raise PageError(source, blocks[0].line, "没有找到署名行（以“□”开头的作者行）")

    articles: list[Article] = []
    banner = column = ""
    start = 0  # index of the first block not yet assigned
    for number, at in enumerate(bylines):
        next_at = bylines[number + 1] if number + 1 < len(bylines) else len(blocks)
        headings = blocks[start:at]
        if not headings:
            raise PageError(source, blocks[at].line, "署名行前面缺少标题")
        title_count = 2 if len(headings) >= 2 and headings[-1].text.startswith("—") else 1
        title_blocks, extra = headings[-title_count:], headings[:-title_count]
        own_column = ""
        if number == 0:
            if len(extra) >= 2:
                banner, column = extra[0].text, " ".join(b.text for b in extra[1:])
            elif extra:
                column = extra[0].text
        elif extra:
            own_column = " ".join(b.text for b in extra)

        body_end, affiliation = _body_end(blocks, at + 1, next_at, is_last=next_at == len(blocks))
        body = blocks[at + 1 : body_end]
        if not body:
            raise PageError(source, blocks[at].line, "这篇文章没有正文")
        articles.append(
            Article(
                source=source,
                position=number + 1,
                line=title_blocks[0].line,
                column=own_column or column,
                own_column=own_column,
                title_lines=tuple(b.text for b in title_blocks),
                byline=blocks[at].text,
                paragraphs=make_paragraphs(body),
                affiliation_line=affiliation,
            )
        )
        start = body_end + (1 if affiliation else 0)

    footer = tuple(b.text for b in blocks[start:])  # e.g. 本版编辑 lines after the last article
    return Page(source=source, banner=banner, column=column, articles=tuple(articles), meta=footer)


def _body_end(blocks: list[Block], begin: int, next_byline: int, is_last: bool) -> tuple[int, str]:
    """Where an article's body ends, and its affiliation line ('' when it has none).

    The body runs to the affiliation line; an article without one ends before the heading line
    of the next article (the block right before the next byline).
    """
    for index in range(begin, next_byline):
        if AFFILIATION.match(blocks[index].text):
            return index, blocks[index].text
    if is_last:
        return next_byline, ""
    return max(begin, next_byline - 1), ""


def load_page_file(path: Path) -> Page:
    """Read, decode and parse one page file; errors name the file and the line."""
    return parse_document(decode_page(path.read_bytes(), path.name), path.name)


CHAPTER = re.compile(r"^[一二三四五六七八九十]{1,3}、\S.{0,60}$")
DATE_LINE = re.compile(r"^[（(]\d{4}年\d{1,2}月\d{1,2}日[)）]$")
SPEAKER = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
REPORT_PREAMBLE = "导言"


def is_report(blocks: list[Block]) -> bool:
    """A report's layout: no bylines, at least three numbered chapters (一、二、三、…)."""
    chapters = [b for b in blocks if CHAPTER.match(b.text)]
    return not any(BYLINE.match(b.text) for b in blocks) and len(chapters) >= 3


def parse_report(text: str, source: str) -> Page:
    """A report: title line(s), a subtitle ``——…``, a date line ``（2022年10月16日）``, the
    speaker, then paragraphs under numbered chapters. Each chapter is an article whose section
    is the chapter heading; the paragraphs before the first chapter are the preamble."""
    blocks = blocks_of(text)
    first_chapter = next(i for i, b in enumerate(blocks) if CHAPTER.match(b.text))
    date_at = next(
        (i for i, b in enumerate(blocks[:first_chapter]) if DATE_LINE.match(b.text)), None
    )
    if date_at is None:
        raise PageError(source, blocks[0].line, "报告缺少日期行（如“（2022年10月16日）”）")
    head = blocks[:date_at]
    subtitle = [b.text for b in head if b.text.startswith("—")]
    title = " ".join(b.text for b in head if not b.text.startswith("—"))
    meta = [blocks[date_at].text]
    body_start = date_at + 1
    if body_start < first_chapter and SPEAKER.match(blocks[body_start].text):
        meta.append(blocks[body_start].text)
        body_start += 1
    speaker = meta[1] if len(meta) > 1 else ""
    parts: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for block in blocks[body_start:]:
        if CHAPTER.match(block.text):
            parts.append((block, []))
        else:
            parts[-1][1].append(block)
    articles: list[Article] = []
    for heading, body in parts:
        if heading is None and not body:
            continue
        if not body:
            raise PageError(source, heading.line if heading else 1, "这一章没有正文")
        articles.append(
            Article(
                source=source,
                position=len(articles) + 1,
                line=(heading or body[0]).line,
                column=title,
                title_lines=(heading.text,) if heading else (),
                byline="",
                paragraphs=tuple(Paragraph("", b.text, b.line) for b in body),
                affiliation_line="",
                section=heading.text if heading else REPORT_PREAMBLE,
                label="" if heading else REPORT_PREAMBLE,
                credit=speaker,
            )
        )
    return Page(
        source=source,
        banner=title,
        column=" ".join(subtitle),
        articles=tuple(articles),
        kind="report",
        meta=tuple(meta),
    )


def parse_document(text: str, source: str) -> Page:
    """Parse any supported layout, recognised by its shape (never by file name): a report with
    numbered chapters, a newspaper theory page (□ bylines), or one plain article."""
    from bot.core.plain import is_plain_article, parse_article  # a layout built on this module

    blocks = blocks_of(text)
    if blocks and is_plain_article(blocks):
        return parse_article(text, source)
    if blocks and is_report(blocks):
        return parse_report(text, source)
    return parse_page(text, source)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
