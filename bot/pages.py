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

    @property
    def title(self) -> str:
        return " ".join(self.title_lines)

    @property
    def author(self) -> str:
        match = BYLINE.match(self.byline)
        return match.group("author").strip() if match else self.byline

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


def parse_document(text: str, source: str) -> Page:
    """Parse any supported document layout."""
    return parse_page(text, source)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
