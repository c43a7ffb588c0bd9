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

import dataclasses
import hashlib
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bot.core.drafts import (
    COMPILED,
    DATE_ONLY,
    FURNITURE,
    FURNITURE_LINE,
    NOTE_NUMBER,
    ORIGINAL_POST,
    ORNAMENT,
    PLAYER,
    QUESTION_OR_ANSWER,
    REFERENCE_ITEM,
    REFERENCES,
    RELATED,
    SPEAKERS,
    UNIT_MARK,
    WECHAT_ACCOUNT,
    WECHAT_BYLINE,
    WECHAT_RESIDUE,
    author_name,
    comments_start,
    normalise,
)

# Unmarked bylines, recognised only under a heading (see _is_byline): 「作者：陈泽宇」 and
# 「文／张三」 (光明日报, 求是), 「本报记者　张三　李四」 (news stories), and a bare name on a line
# of its own, 「周立诚」 or 「张三　李四」 (人民日报's theory pages).
# The author's post may follow in brackets (「作者：方振宇（中共中央党校（国家行政学院）…教授）」,
# 人民网 and 光明日报's web pages; 「张三（中国人民大学教授）」).
POST = r"(?:[\s　]*(?P<post>[（(][^（()）]*(?:[（(][^（()）]*[)）][^（()）]*)*[)）]))?"
# a 党课's speaker; a 宣讲's (set 90's 三明宣讲: 「宣讲员｜罗秀兰」)
# (and a 教案's teacher: set 101's 「授课教师：陈　静（马克思主义学院讲师）」)
SPEAKER_PREFIX = re.compile(
    r"^(?:主讲人|宣讲人|宣讲员|主讲|授课教师|授课人|讲课人)\s*[:：｜|丨]\s*"  # 讲课人: set 115
)
NAMED_BYLINE = re.compile(
    r"^(?:(?:作者|创作)\s*[:：|｜丨]|文\s*[／/|｜丨]|文[\s　]+(?=\S))\s*"  # 创作: a 三句半's
    rf"(?P<author>[\u4e00-\u9fff·•][\u4e00-\u9fff·•\s　、，,]{{1,28}}?){POST}$"
)
HAN = r"[\u4e00-\u9fff]"
# What a column's name ends with, never a name (宣讲动态, 理论前沿, 学习札记)
COLUMN_WORD = r"(?:动态|快讯|速递|视点|观察|广角|聚焦|前沿|纵横|论坛|时评|随笔|札记|讲堂|课堂)"
# A name of two to four characters; a two-character name is often set with a space (高　峰).
NAME = rf"{HAN}(?:{HAN}{{1,3}}|[\s　]{{1,2}}{HAN})(?:[·•]{HAN}{{1,8}})?"  # 赵  宁: two spaces
# A marked byline: 「◎ 苏日娜」 (内蒙古日报), or names each with their unit in brackets, however
# long (南通日报: 「□ 季红梅（南通大学公共管理学院）　沈　阳（南通市老龄事业发展中心）」).
POSTED_NAME = rf"{NAME}[（(][^（）()]{{2,30}}[)）]"
BYLINE = re.compile(
    rf"^[□■◇◆◎●○]\s*(?!{HAN}{{0,6}}{COLUMN_WORD}$)"  # (「■宣讲动态」 is a column's name)
    rf"(?P<author>\S.{{0,29}}|{POSTED_NAME}(?:[\s　]+{POSTED_NAME}){{1,3}})$"
)
# … or unmarked (set 85's 遵义日报: 「赵明远（贵州大学公共管理学院）　吴　霞（中共习水县委党校）」)
POSTED_NAMES = re.compile(rf"{POSTED_NAME}(?:[\s　]+{POSTED_NAME}){{1,3}}")
REPORTER_ROLE = r"(?:本报|新华社)?(?:特约)?(?:记者|通讯员)"  # 本报记者, 新华社记者, 通讯员
REPORTER = rf"(?:{REPORTER_ROLE}[\s　]*)?"
BARE_BYLINE = re.compile(  # (a reporter and a correspondent: 「本报记者 孙晓燕 本报通讯员 王 琳」)
    rf"^(?P<author>{REPORTER}{NAME}(?:(?:[\s　]+|、){REPORTER}{NAME}){{0,3}}"
    rf"|本报(?:特约)?评论[员部]|本报编辑部){POST}$"
)  # 「本报评论员」 signs a commentary without a name, 「本报评论部」 人民日报's 人民观点
# A journal's authors, each with the number of their unit (何晓岚1，王振宇2): a byline where
# the units follow on one line (「（1.…；2.…）」); a plain article's otherwise (its units wrap).
UNIT_NUMBERED = re.compile(rf"{NAME}{UNIT_MARK}?(?:[，,、]{NAME}{UNIT_MARK}?){{1,3}}")  # (孙立新¹)


def journal_names(text: str) -> bool:
    """A journal's authors over their units: numbered to them (何晓岚1，王振宇2) or set apart by
    commas (王雅琴，李　博); names set apart by 、 alone are any page's (李卫东、孙倩)."""
    return bool(UNIT_NUMBERED.fullmatch(text) and re.search(rf"{UNIT_MARK}|[，,]", text))


# What a post in a bare name's brackets says: a place of work or a rank (not
# 「李大钊（1889—1927）」 over a box's text).
POST_WORDS = re.compile(
    r"作者|单位|大学|学院|党校|研究|中心|教授|院|所|部|委|局|厅|处|馆|办|[市区县]长|书记|主任|主席"
    r"|联合会|协会|学会"
)
# A byline's place of work set after the name, on the same line or on the next (人民日报 and
# its 海外版: 「韩雪松」 over 「清华大学习近平新时代中国特色社会主义思想研究院」): a unit or
# a rank, no punctuation but brackets and the 、 between two posts (所长、研究员).
UNIT = (
    r"[^\s，、：:；;。！？!?“”《》—][^\s，：:；;。！？!?“”《》—]{1,37}?"
    r"(?:大学|学院|党校|研究院|研究所|研究中心|中心|委员会|[委局厅部院所办室处馆]"
    r"|教授|研究员|讲师|院长|主任|所长|书记|部长|导师|[）)])"  # …教授、博士生导师
)
NAME_THEN_UNIT = re.compile(rf"^(?P<author>{NAME})[\s　]+(?P<post>{UNIT})$")
UNIT_LINE = re.compile(rf"^{UNIT}$")
# （作者系…）, 【作者单位：…】, 〔作者为…〕, and the label before the unit: 【作者单位】山东大学….
# A 宣讲 or 党课 is signed by its speaker the same way: 「（宣讲员：王秀芬，…成员；整理：刘畅）」.
AFFILIATION = re.compile(
    rf"^(?:[(（【〔\[]\s*(?:本文[系为].*?[。；;]\s*)?(?:本文)?(?:作者|{SPEAKERS})(?P<rest>.*)[)）】〕\]]"
    r"|【作者单位】(?P<unit>[^】]+)"
    # unbracketed, on its own line: 「作者系广西大学…研究员」 (no sentence: 作者系统梳理了…。)
    r"|(?=[^。！？]{4,60}$)作者(?P<bare>系|单位[:：]|为)(?P<post>.+))$"
)
# An article signed only at its end: 「孟书瑶（作者单位：北京师范大学…）」 (中国教育报, 光明日报's
# 观点): the name, then the closing line's brackets.
END_SIGNATURE = re.compile(
    rf"^(?P<author>{NAME}(?:[\s　]+{NAME}){{0,3}})[\s　]*[（(]\s*作者(?P<rest>.*)[)）]$"
    # … or the name inside the brackets: 「（周婉婷　作者系珠海市社会科学界联合会特约研究员）」
    rf"|^[（(]\s*(?P<inside>{NAME})[\s　，,]+作者(?P<post>(?:系|单位|为).*)[)）]$"
    # … or a speaker's under a 宣讲稿, unbracketed (set 95's 今日缙云: 「宣讲员：吴丽萍（缙云县
    # 壶镇镇妇联）」)
    rf"|^{SPEAKERS}\s*[:：]\s*(?P<speaker>{NAME})\s*[（(](?P<place>[^（）()]+)[)）]$"
    # … or a name and its post in brackets, a 心得's (set 98's 「（张桂芝，原漯河市工商行政管理局
    # 副局长，退休干部）」)
    rf"|^[（(](?P<signer>{NAME})[，,](?P<role>[^（）()]{{2,40}}(?:长|书记|主任|干部|教授|党员|委员))[)）]$"
    # … or labelled, its unit in brackets, under a 心得's text (set 109's 榆林日报: 「作者：高文博
    # （神木市发展和改革局）」); under a title the same line is a byline (:func:`_byline_parts`)
    rf"|^作者\s*[:：]\s*(?P<labelled>{NAME})\s*[（(](?P<unit>[^（）()]{{2,40}})[)）]$"
)


# Who else is credited in the closing brackets, after the author: 「；整理：刘畅」.
CREDIT_AFTER = re.compile(r"\s*[；;]\s*(?:记录整理|整理|记录|采写|编辑|摄影?)[:：]")


# The start of a closing line, however it is wrapped: 「（作者系中共昆明市委党校…、昆明市新」.
OPENS_CLOSING = re.compile(rf"^[(（【〔\[]\s*(?:本文)?(?:作者|{SPEAKERS})")


# A web copy's or journal's note on its authors (「作者简介：许清远，南京林业大学马克思主义学院
# 副教授，硕士生导师，主要研究方向为…」; several authors set apart by ；).
BIO = re.compile(r"^[（(]?作者简介\s*[:：]\s*")  # … or 「（作者简介：…）」 in brackets
BIO_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,6})(?:[（(][^（）()]*[)）])?$")
BIO_SKIP = re.compile(
    r"^(?:男|女|[\u4e00-\u9fff]{1,4}族|[\u4e00-\u9fff]{2,8}人|\d{4}年\d{1,2}月生)$"
)
NEXT_BIO = re.compile(r"^[\u4e00-\u9fff·]{2,6}[（(](?:19|20)\d\d[—–-]")  # 李慧敏（1983—）
BIO_END = re.compile(r"^(?:主要研究方向|研究方向|主要从事|本文系|本文为|基金|E-?mail|邮箱)")


def bio_affiliation(line: str, author: str = "") -> str:
    """The places of work an author note gives: 「南京林业大学马克思主义学院副教授，硕士生导师」
    for one author; 「杨雪梅，中共绵阳市委党校…副教授；何振宇，…干部」 for several (as a closing
    line names several authors' units), or the one of them who signs (``author``: a journal's
    笔谈 notes its three authors under the first piece). Birth years, gender, origin and fields
    left out."""
    people = []
    for part in re.split(r"[；;]", BIO.sub("", line).rstrip("。）)")):
        pieces = [s.strip() for s in re.split(r"[，,]", part) if s.strip()]
        named = BIO_NAME.match(pieces[0]) if pieces else None
        if named is None:
            continue
        kept: list[str] = []
        for piece in pieces[1:]:
            piece = piece.split("。")[0]
            if BIO_END.match(piece):
                break
            if not BIO_SKIP.match(piece):
                kept.append(piece)
        if kept:
            people.append((named.group("name"), "，".join(kept)))
    own = [place for name, place in people if name == author]
    if len(people) == 1 or own:
        return (own or [people[0][1]])[0]
    return "；".join(f"{name}，{place}" for name, place in people)


FUNDED_AFTER = re.compile(r"[。；;，,]\s*(?=本文[系为是])")


BARE_POST = re.compile(
    r"^[（(][^（）()]*(?:党校|大学|学院|研究院|研究所|委员会|[委局厅部院所])[^（）()]*[)）]$"
)


def affiliation_of(line: str) -> str:
    """What a closing line says of the author's place, without the parentheses and the
    作者系/作者单位： prefix (（作者：陈泽宇，系…教授） → …教授; a post's 作者系… in a
    byline's brackets too); other lines as they are."""
    # (a speech's byline under its title, set 103's 经验交流: 「——甘肃陇能投资集团有限公司党委
    # 书记、董事长　马国栋」: the post without the dash)
    line = line.lstrip("—―－ ") if line.startswith(("—", "―", "－")) else line
    if BIO.match(line) and (placed := bio_affiliation(line)):
        return placed  # 「（作者简介：吴海燕，扬州大学…副教授，…。本文系…）」 closing a piece
    closing = f"（{line}）" if line.startswith("作者") else line
    match = AFFILIATION.match(closing) or END_SIGNATURE.match(closing)
    if not match:
        # a unit in brackets alone under a speaker (「（中共…党校经济学教研部主任、副教授）」), a
        # policy reading's office (「解读机关：中共吴忠市委办公室」)
        office = POLICY_OFFICE.match(line)
        if office:
            return office.group("office")
        return line[1:-1].strip() if BARE_POST.match(line) else line
    found = match.groupdict()
    rest = (
        found.get("rest")
        or found.get("unit")
        or found.get("post")
        or found.get("place")
        or found.get("role")
        or ""
    ).strip()
    if rest.startswith(("：", ":")) and re.search(rf"[；;]\s*{NAME}[，,]", rest):
        # （答问专家：陈立军，…教授；周敏，…教授）: each name with its place, as printed
        rest = rest[1:].strip()
    elif rest.startswith(("：", ":")) and "，" in rest:  # （作者：陈泽宇，系…教授）
        rest = rest.split("，", 1)[1].strip()
    spaced = re.match(rf"^[：:]\s*{NAME}[\s　]+(?=\S{{4,}}$)", rest)
    if spaced:  # （作者：梁国栋　湛江市财政局机关党委书记）
        rest = rest[spaced.end() :]
    rest = CREDIT_AFTER.split(rest, 1)[0]  # …宣讲团成员；整理：刘畅
    rest = FUNDED_AFTER.split(rest, 1)[0]  # …副教授。本文系…课题的阶段性成果
    if rest.startswith(("：", ":")) and POST_WORDS.search(rest):
        rest = rest[1:].strip()  # 作者：中国社会科学院工业经济研究所研究员, at the text's end
    for prefix in ("单位：", "单位:", "单位", "分别系", "分别为", "系", "为", "是"):
        if rest.startswith(prefix):
            rest = rest[len(prefix) :].strip()
            # （作者为沈阳市社会科学院经济研究所所长　韩立新）: the post, its name after it
            signed = _unit_then_name(rest)
            return signed.group("post").strip() if signed else rest
    return rest


def closes_article(text: str) -> bool:
    """The closing line of a signed article: （作者系…）, or the name before it."""
    return bool(AFFILIATION.match(text) or END_SIGNATURE.match(text))


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
    """A body paragraph; ``lead`` is its section lead (empty for an opening paragraph).
    ``role`` is empty for the article's own text, else what the line is: ``bullet`` (a boxed
    item's heading such as ■小贴士), ``caption`` (a picture's caption), ``note`` (an editor's
    note, a dateline on a line of its own): text a reader sees in place, which search finds
    but never prefers, and which is not an excerpt."""

    lead: str
    body: str
    line: int
    role: str = ""

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
    occurrence: int = 1  # the n-th article of its page with this title and author
    main: int = -1  # which of title_lines is the main title (lead titles before, subtitles after)
    marks: tuple[str, ...] = ()  # continuation marks: （下转第三版） / （上接第一版）
    published: str = ""  # the publication date (YYYY-MM-DD) when the source gives one
    origin: str = ""  # the link or file an imported article came from
    site: str = ""  # the web site or publication it appeared in

    @property
    def title(self) -> str:
        """The main title: not the lead title (引题) above it, not the subtitle (——…)."""
        if not self.title_lines:
            return self.label
        main = self.main if self.main >= 0 else len(self.title_lines) - 1
        if self.main < 0:  # a report's heading, or a title without a recognised structure
            return " ".join(self.title_lines)
        return self.title_lines[main]

    @property
    def kicker(self) -> str:
        """The lead title (引题) printed above the main title, if any."""
        return " ".join(self.title_lines[: self.main]) if self.main > 0 else ""

    @property
    def subtitle(self) -> str:
        return " ".join(self.title_lines[self.main + 1 :]) if self.main >= 0 else ""

    @property
    def continued(self) -> bool:
        """It goes on on another page (「（下转第三版）」)."""
        return any(CONTINUED.match(m) for m in self.marks)

    @property
    def continues(self) -> bool:
        """It is the rest of an article begun on another page (「（上接第一版）」)."""
        return any(CONTINUES.match(m) for m in self.marks)

    @property
    def fingerprint(self) -> str:
        """The same title and text give the same fingerprint, whatever page printed them."""
        text = "\n".join("".join(p.text.split()) for p in self.paragraphs if not p.role)
        text = f"{self.title}\n{text}"
        return hashlib.sha1(text.encode()).hexdigest()[:16]

    @property
    def author(self) -> str:
        name = byline_author(self.byline)
        return name if name is not None else (self.byline or self.credit)

    @property
    def affiliation(self) -> str:
        """The affiliation without the parentheses and the 作者系/作者单位： prefix."""
        if (
            not self.affiliation_line
            or NAMES_LINE.match(self.affiliation_line)
            or (
                BRACKETED_NAMES.match(self.affiliation_line)
                and not _unit_then_name(self.affiliation_line)  # （市委党校　周敏）: a unit's
            )
            or HOUSE_SIGNATURE.match(self.affiliation_line)
            or re.fullmatch(LONG_NAME, self.affiliation_line)
            or (BYLINE.match(self.affiliation_line) and BYLINE_ROLE.search(self.affiliation_line))
        ):
            # 作者：方振宇（中共中央党校…教授）; a name signing; else the note on the authors at
            # the end (作者简介：…), which stays a note of the text
            return byline_post(self.byline) or next(
                (
                    bio_affiliation(p.text, self.author.replace("　", "").replace(" ", ""))
                    for p in self.paragraphs
                    if BIO.match(p.text)
                ),
                "",
            )
        line = self.affiliation_line
        if _journal_unit(line):
            units = re.split(
                r"[；;]", line.strip("（）()；; ")
            )  # (1.…；2.…: numbered, one an author)
            # …教研部，江西 南昌 330006
            return "；".join(UNIT_PLACE.sub("", UNIT_NUMBER.sub("", u.strip())) for u in units)
        if credited := UNIT_CREDIT.match(line):
            return credited.group("unit")  # （翟王镇党委供稿）: a bulletin's item's source
        signed = _unit_then_name(line) or _unmarked(NAME_THEN_UNIT, line)  # signing at the end
        # (（作者系华容县委政法委副书记　汤志强）: the post without its 作者系)
        if signed:
            return affiliation_of(signed.group("post").strip())
        labelled = END_SIGNATURE.match(line)  # 作者：高文博（神木市发展和改革局）
        if labelled and labelled["labelled"]:
            return labelled["unit"].strip()
        return affiliation_of(line)

    @property
    def unplaced(self) -> bool:
        """A signed article whose page gives no place of work for its author (the import
        preview warns of it): not a dialogue (its guests' units stand in its byline), nor a
        piece of the paper's own (本报记者, 本报评论员, a story signed in its dateline), nor the
        rest of an article begun on another page."""
        if self.affiliation or participants(self.byline) or BYLINE_ROLE.search(self.byline):
            return False
        if self.continues or self.continued:
            # the rest of an article (上接第1版): its beginning names who wrote it; the
            # beginning (下转第6版): its end on the other page does
            return False
        first = next((p.text for p in self.paragraphs if not p.role), "")
        return not (not self.byline and DATELINE.match(first))

    @property
    def key(self) -> str:
        """A stable identity: the same file, title and author give the same key; a second
        article with the same title and author on the page (two 「图片报道」, a speech printed
        in two parts) is told apart by its occurrence."""
        digest = hashlib.sha1(f"{self.title}\x1f{self.author}".encode()).hexdigest()[:12]
        return f"{self.source}#{digest}" + (f"-{self.occurrence}" if self.occurrence > 1 else "")

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
        yield from self.marks


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
    # Set after a full-width indent (a paragraph's first line); not part of its identity.
    indented: bool = field(default=False, compare=False)
    # Set aside by :func:`join_wrapped` where a PDF printed it inside a sentence: "page" for a
    # line of the page's (a running head, a page number), "note" for a caption, a footnote at
    # the page's foot or a box; never the sentence's text. "notice" for a public notice's lines
    # (:func:`_public_notices`), the page's too.
    aside: str = field(default="", compare=False)


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


INDENT = re.compile(r"(?=[ \xa0\u3000]*\u3000)[ \xa0\u3000]{2,}")  # two or more, one full-width
ASCII_INDENT = re.compile(r"^[ \xa0]{2,}\S")
MAX_SPACED_SHARE = 0.6  # … more lines than this opening with spaces: a layout, not indents


def blocks_of(text: str) -> list[Block]:
    """The non-blank lines of a text, stripped, with their 1-based line numbers. A full-width
    indent (two ideographic spaces) inside a line starts a new paragraph: text copied from a
    web page often keeps its paragraphs on one line, each after its indent — but a share bar
    spaced the same way (分享到：　微信　　朋友圈　　【字号：大】) is one line of furniture, and a
    masthead or a journal's running head (:func:`running_line`) one line of the page's. A
    line opening with two or more plain spaces is indented too where a PDF copy marks its
    paragraphs so (set 86's 赣南日报), not where most lines open so (a layout kept by spaces)."""
    lines = text.splitlines()
    spaced = [bool(ASCII_INDENT.match(line)) for line in lines]
    filled = sum(bool(line.strip()) for line in lines)
    plain = 0 < sum(spaced) <= filled * MAX_SPACED_SHARE
    return [
        Block(number, part.strip(), at > 0 or (plain and spaced[number - 1]))
        for number, line in enumerate(lines, start=1)
        for at, part in enumerate(
            [line]
            if _share_bar(line)
            or running_line(line.strip())
            or _table_row(line)
            or SIGNED_LINE.match(line.strip())
            else ["".join(line.split())]
            if SPACED_WORD.match(line) and INDENT.search(line.strip())
            else INDENT.split(line)
        )
        if part.strip()
    ]


# A one-line opinion signed after a wide space (set 96's 一句话评论: 「◆淅川县组建…——一渠
# 清水永续北送，离不开渠首人的默默守护。　　马晓燕」): one line, its name no line of its own.
SIGNED_LINE = re.compile(rf"^[◆●■◇○·].{{8,}}[。！？]\s*　[\s　]*{NAME}$")
# A word spaced out letter by letter over its line (「说　　明」, 「目　　录」): one word.
SPACED_WORD = re.compile(r"^\s*[\u4e00-\u9fff](?:[\s　]{2,}[\u4e00-\u9fff]){1,3}\s*$")


TABLE_TABS = re.compile(r"\t.*\t")  # a table pasted as text: cells set apart by tabs
TAB_PAGE = re.compile(r"\t\s*\d{1,3}$")  # a Word 目录's entry, its page after a tab


def _table_row(line: str) -> bool:
    """A row of a table of figures, its cells spaced apart (「2019　　25388　　18.1%」): one
    line."""
    cells = [c for c in INDENT.split(line.strip()) if c]
    return len(cells) >= 2 and sum(bool(TABLE_CELL.match(c)) for c in cells) >= 2


def _share_bar(line: str) -> bool:
    """A share bar or a site's menu row, spaced like paragraphs: one line of furniture."""
    bar = FURNITURE.search(line) or FURNITURE_LINE.match(normalise(line))
    return bool(bar) and len(line) <= 100 and not re.search("[。！？]", line)


# a page number alone on a line (7, A7; a Word copy's 「— 1 —」)
FOLIO = re.compile(
    r"^[A-Z]?\d{1,3}$|^[—－-]\s*(?:\d{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3})\s*[—－-]$"
    # a Word copy's footer (set 101's 教案), or a slide's number (「第4页」, set 113's 党课 PPT)
    r"|^第\s*\d{1,3}\s*页(?:[\s　，,]*共\s*\d{1,3}\s*页)?$"
)
HALF_TITLE = 14  # a line of a title broken in two in a narrow column …
PREPOSITIONS = ("在", "于", "与")  # … at a line's end, waiting for their object
WHOLE_WORDS = tuple("所在 存在 实在 自在 现在 内在 外在 潜在 好在 参与 终于 至于".split())
# … or, ending in 的, a journal article's long title (…转型发展的 / 内在逻辑与实践路径)
MAX_HALF = 24
SHORT_END = 5  # a title's last noun alone on its line (新质生产力)
MIN_WRAPPED = 8  # lines of one width, to call a copy hard-wrapped
MIN_WRAP = 24  # a narrower width is a run of headings or short lines, not a wrap …
MIN_COLUMN = 12  # … unless many lines have it: a PDF e-paper's narrow column (洛阳日报's 22)
MIN_COLUMN_WRAPPED = 30
# A dialogue's turn (王立新：…, 记者：…): a line of its own even where no indent marks it.
SPEAKER_TURN = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]")


def columns(text: str) -> int:
    """How many character columns a line fills: a Chinese character or punctuation mark (and a
    quotation mark, wide in Chinese type) one, a digit or Latin letter half of one."""
    return round(sum(1 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text))


@dataclass(frozen=True)
class Wrap:
    """The width a copy's lines were broken at, and how a line's width is measured: in
    characters (a copy wrapped by count), or in columns (a PDF's type, where 「…网格员1400余名。
    2024年5」 fills the line that twenty more characters fill without digits)."""

    width: int
    measure: Callable[[str], int]


def wrap_of(blocks: Sequence[Block]) -> Wrap | None:
    """The width a careless copy broke every line at (光明日报's 电子版 copied at 36 characters),
    or None: the length most lines that stop mid-sentence have, or one or two less (a
    paragraph's first line carries its indent), when MIN_WRAPPED or more do; section headings
    (一、…) do not count. A width under MIN_WRAP (a narrow column of a PDF e-paper) needs many
    more lines: a page's headings may share a length. Lengths are counted in characters, as
    most copies were wrapped, or else in columns (a journal's PDF, its digits half as wide)."""
    return _wrap_by(blocks, len) or _wrap_by(blocks, columns) or _wrap_by_runs(blocks)


def _wrap_by_runs(blocks: Sequence[Block]) -> Wrap | None:
    """A PDF page of columns of several widths (an article at 22, a book review at 19, a box
    at 17), none of them most lines': wrapped when most lines that stop mid-sentence stand in
    runs of three or more of one length (give or take a hanging mark). Its width is the
    widest that MIN_WRAPPED lines share; the narrower columns' edges are their runs'."""
    widths = [len(b.text) + 2 * b.indented for b in blocks]
    in_run = _in_runs(widths)
    broken = [
        i for i, b in enumerate(blocks) if len(b.text) >= MIN_COLUMN and not ends_paragraph(b.text)
    ]
    running = [i for i in broken if in_run[i]]
    if len(running) < MIN_COLUMN_WRAPPED or len(running) * 5 < len(broken) * 4:
        return None
    counts = Counter(widths[i] for i in running)
    shared = [w for w in counts if sum(counts[n] for n in (w - 1, w)) >= MIN_WRAPPED]
    return Wrap(max(shared), len) if shared else None


def _wrap_by(blocks: Sequence[Block], measure: Callable[[str], int]) -> Wrap | None:
    broken = [
        measure(b.text)
        for b in blocks
        if measure(b.text) >= MIN_COLUMN
        and not ends_paragraph(b.text)
        and not SECTION_NUMBER.match(b.text)
    ]
    for least, enough in ((MIN_WRAP, MIN_WRAPPED), (MIN_COLUMN, MIN_COLUMN_WRAPPED)):
        counts = Counter(n for n in broken if n >= least)
        if not counts:
            continue
        near, width = max((sum(counts[n] for n in (w - 2, w - 1, w)), w) for w in counts)
        if near >= enough and near * 2 >= counts.total():
            return Wrap(width, measure)
    return None


MAX_CLOSING = 200  # a closing note, its project's name and number with it


def join_wrapped(blocks: list[Block]) -> list[Block]:
    """A hard-wrapped copy's lines joined back: a line of the full width that stops
    mid-sentence goes on in the next line (「…中国历史研究」 + 「院，出席…」; 「…阐述」 +
    「，明确提出…」), unless the next is a byline or a continuation mark."""
    wrap = wrap_of(blocks)
    if wrap is None:
        # (a slide deck's or a Word copy's running foot, over each page's number: the page's)
        repeated = _running_heads(blocks)
        return [dataclasses.replace(b, aside="page") if b.text in repeated else b for b in blocks]
    width, measure = wrap.width, wrap.measure
    # A PDF e-paper indents each paragraph's first line: a line not indented goes on with the
    # one before, even where that one ended a sentence at the column's edge.
    indents = sum(b.indented for b in blocks) >= MIN_WRAPPED
    joined: list[Block] = []
    held: list[Block] = []  # the masthead a PDF copy prints again over each column
    aside: list[Block] = []  # … and a picture's caption, set aside until the paragraph ends
    edges = _column_edges(blocks, wrap)
    at_edge = False  # the last line joined ends at the column's edge (the line's, not the text's)
    held_line = 0  # … and of the last line set aside
    held_first = 0  # … and of the first line of the block set aside last (a caption's own width)
    boxing = False  # under a box's tag (【学习问答】, 数据链接): its lines, held until it closes
    box_width = 0  # … and the width of its widest line without figures so far
    box_edge = 0  # … and of its widest line broken mid-sentence (its wrapped width)
    repeated = _running_heads(blocks)
    for index, block in enumerate(blocks):
        last = joined[-1] if joined else None
        running = (
            running_line(block.text)
            or block.text in repeated
            or _head_under_folio(blocks, index)
            or _page_name_under_head(blocks, index)
        )
        if boxing:
            boxing = _in_box(block, blocks[index - 1], box_width, box_edge, measure)
            if boxing and not FIGURE_CHARS.search(block.text):
                # (a line with figures measures loosely: 「◆国内生产总值1349084亿元…」)
                box_width = max(box_width, measure(block.text))
                if not ends_paragraph(block.text):
                    box_edge = max(box_edge, measure(block.text) + 2 * block.indented)
            if boxing:
                if not block.indented and _box_line_goes_on(
                    blocks[index - 1].text, block.text, box_width, measure
                ):
                    held[-1] = dataclasses.replace(held[-1], text=held[-1].text + block.text)
                else:
                    held.append(dataclasses.replace(block, aside="note"))
                boxing = not _one_bracket_group(block.text)  # （市委宣传部理论处 供稿）
                continue
        if (
            last is not None
            and not held
            and (_box_tag_alone(block.text) or _story_set_in(blocks, index, at_edge))
        ):
            # its lines join by the box's own width and items; set into a sentence, the box
            # waits until the sentence ends
            held.append(dataclasses.replace(block, aside="note"))
            boxing, box_width, box_edge = True, 0, 0
            continue
        if (
            held
            and held[-1].aside != "page"
            and not ORNAMENT.match(held[-1].text)  # a rule (————) goes on in no line
            # a note's line may end at a colon the column's edge broke after (「…，北京：」), and
            # a 作者简介 go on with the next author's (「…教授，博士；」 / 「李慧敏（1983—），…」)
            and not (
                ends_paragraph(held[-1].text)
                and not held[-1].text.endswith(("：", ":"))
                and not (held[-1].text.endswith("；") and NEXT_BIO.match(block.text))
            )
            and (
                width - 3 <= held_line <= width * 3 // 2  # (not a line across the page)
                # … or a caption set at its own narrower width, line by line (「图为…中控」 /
                # 「室内，技术人员正在监控装置运行情」 / 「况。」)
                or (
                    bool(CAPTION.match(held[-1].text))
                    and held_first - 1 <= held_line <= held_first
                    and measure(block.text) <= held_first
                )
            )
            and not (indents and block.indented)  # an indented line opens a paragraph
            and not running
            # … a caption's second line may carry its credit (「试工业机器人。　本报记者 陈涛 摄」)
            and (not _set_aside(block.text) or _caption_goes_on(block.text))
            and not BOOK_FIELD.match(block.text)  # a book's data: a field a line
            and not _entry_ended(held[-1].text)
        ):
            # the caption set aside goes on over its lines (「图为…塔拉滩光伏发」 / 「电园区。」)
            held[-1] = dataclasses.replace(held[-1], text=held[-1].text + block.text)
            held_line = measure(block.text)
            continue
        if (
            running
            or (
                # a page's number alone under a column it broke (「…把风险化解」 / 「47」)
                last is not None and FOLIO.match(block.text) and not ends_paragraph(last.text)
            )
            or (
                # a picture set into a column breaks a sentence: its caption and credit are set
                # aside and the sentence goes on (「…让各类人才创」 / 图为… / 本报记者　唐克　摄 /
                # 「造活力充分迸发。」)
                last is not None
                and (_set_aside(block.text) or (held and _book_field(held[-1], block)))
                and (held or (not ends_paragraph(last.text) and at_edge))
                # … but a caption's second line goes on with its first (「…开展康复训」 / 「练。
                # 资料图片」)
                and not (not held and CAPTION.match(last.text) and _caption_goes_on(block.text))
            )
        ):
            page = running or FOLIO.match(block.text)
            held.append(dataclasses.replace(block, aside="page" if page else "note"))
            held_line = held_first = measure(block.text)
            continue
        if (
            last is not None
            and not held
            and OPENS_CLOSING.match(last.text)
            and last.text.count("（") > last.text.count("）")
            and len(last.text) + len(block.text) <= MAX_CLOSING
        ):
            # a closing note goes on until its bracket closes, over a full stop and a line the PDF
            # broke short (set 100's 奋斗: 「（作者单位：…学院。」 / 「本文系…“龙」 / 「江…研究
            # ”」 / 「〈23JYB012〉阶段性成果）」)
            joined[-1] = Block(last.line, last.text + block.text, last.indented)
            continue
        goes_on = last is not None and (
            not ends_paragraph(last.text)
            or (
                indents
                and (measure(block.text) >= width - 3 or ends_paragraph(block.text))
                and not SPEAKER_TURN.match(block.text)
                and not OPENS_CLOSING.match(block.text)  # （作者系…, wrapped over two lines
                and not inner_role(block.text)
                and not closes_article(block.text)
            )
        )
        # A line a text goes on in fills the column or ends a sentence; under a heading that
        # fills the column by chance (a lead title), a short line is the next heading.
        heading_run = (
            indents
            and last is not None
            and not last.indented
            and measure(last.text) >= width - 3  # it fills the page's column, not a box's
            and _heading_like(last.text)
            and not last.text.startswith(("—", "―"))  # a subtitle runs on (…的几 / 点体会)
            and last.text.count("（") <= last.text.count("）")  # so does （作者系…
            and measure(block.text) < width - 3
            and not ends_paragraph(block.text)
            # … but a numbered heading that fills the column goes on in a short line over the
            # indented text (「一、深刻把握…的内在关」 / 「联」)
            and not (
                SECTION_NUMBER.match(last.text)
                and not block.indented
                and index + 1 < len(blocks)
                and blocks[index + 1].indented
            )
        )
        # A numbered heading set in larger type breaks at its own width, short of the column's
        # (「二、以优质内容供给夯实文化自」 / 「信的根基」), over the indented text.
        wrapped_heading = (
            indents
            and last is not None
            and not last.indented
            and not block.indented
            and bool(SECTION_NUMBER.match(last.text))
            and len(last.text) <= MAX_HEADING
            and not ends_paragraph(last.text)
            and len(block.text) <= HALF_TITLE
            and not ends_paragraph(block.text)
            and not SECTION_NUMBER.match(block.text)
            and not BYLINE.match(block.text)
            and index + 1 < len(blocks)
            # … over the indented text, or over the first subheading (「一、…的内在契」 / 「合」 /
            # 「（一）价值取向的契合」)
            and (blocks[index + 1].indented or bool(SECTION_NUMBER.match(blocks[index + 1].text)))
        )
        if wrapped_heading and last is not None:
            joined[-1] = Block(last.line, last.text + block.text, last.indented)
            aside += held
        elif (
            last is not None
            and goes_on
            and not heading_run
            # a subtitle under its title is a line of its own (「…“一池春水”」 / 「——关于…」)
            and not (
                block.text.startswith(("—", "―"))
                and not last.indented
                and _heading_like(last.text)
            )
            and at_edge
            and not (indents and block.indented)
            and not closes_article(last.text)
            # a numbered heading short of the column, no mark in it (set 100's 奋斗: 「一、把握
            # …的特殊意义」, 20 characters of 21, over the text's unindented first line)
            and not (
                (number := SECTION_NUMBER.match(last.text))
                and measure(last.text) < width
                and not HEADING_MARKS.search(last.text, number.end())
            )
            and not CREDITED_CAPTION.search(last.text)  # a caption that ends with its credit
            and not MARK_LINE.match(block.text)
            and not BULLET_MARK.match(block.text)  # 「●规定从中央政治局做起」: an item of its own
            and not PORTRAIT.match(block.text)  # 「刘玉山近照」 under his byline (set 117)
            and not BREADCRUMB.match(last.text)  # 「当前位置：首页 > 理论 > …」 over the title
            # a journal's running head with its Latin name (「党建 | PARTY BUILDING」, set 119)
            and not LATIN_TAG.search(last.text)
            and not NAMED_BYLINE.match(block.text)  # 「文／王立群　胡　蓉」 under the subtitle
            # … nor does a marked byline with its post go on in the title under it
            and not (BYLINE.match(last.text) and byline_post(last.text))
            # … nor a rest opening with its mark (「（上接第1版）的冷暖放在心头，把群」 under the
            # rest's title, set 86's 赣南日报)
            and not (re.match(CONT_MARK, block.text) and CONTINUES.match(block.text))
            # a paper's English name (ECONOMIC INFORMATION DAILY) never goes on in Chinese, nor
            # does a rule (————) or a table's row of tab-separated cells
            and not (LATIN_ONLY.match(last.text) and not LATIN_ONLY.match(block.text))
            and not ORNAMENT.match(last.text)
            and not any(TABLE_TABS.search(b.text) or _table_row(b.text) for b in (last, block))
            and not TAB_PAGE.search(last.text)  # a 目录's entry and its page (「…？	1」)
            and not _entry_ended(last.text)
            and not _journal_unit(last.text)  # （1.…，吉林 长春　130012；2.…）: whole
            # … nor a name and its post under a title, filling the column by chance (set 93's
            # 党员生活: 「“最小单元”」 / 「王秋实　中共武汉市江岸区委组织部副部长」)
            and not (
                len(joined) >= 2
                and _heading_like(joined[-2].text)
                and _unmarked(NAME_THEN_UNIT, last.text) is not None
                and POST_WORDS.search(last.text) is not None
            )
            and not HEAD_APPARATUS.match(block.text)  # 「摘　要：…」 goes on in no line
            and not TAG_ALONE.match(block.text)  # nor does a tag alone (【主持人语】)
            # … nor does a library's numbers (set 84: 「…文章编号：1008-5238（2024）04-0005-03」
            # over the first piece's title)
            and not CATALOGUE.search(last.text)
            and not BYLINE.match(block.text)
            and not journal_names(block.text)  # 「马晓燕1，李文博2」 under a subtitle
            # … nor a name alone over its unit's line (「邢丽娜」 / 「（海南师范大学 …　571158）」)
            and not (
                NAME_ALONE.match(block.text)
                and index + 1 < len(blocks)
                and _journal_unit(blocks[index + 1].text)
            )
            # 「本报记者　汪晓雯」 under a subtitle that fills the column: a byline of its own
            and not (REPORTER_ROLE_LINE.match(block.text) and BARE_BYLINE.match(block.text))
            and not SECTION_NUMBER.match(block.text)
            and not CREDIT.match(block.text)  # 〔责任编辑：张　敏〕 under the last line
            and not CREDIT.match(last.text)  # … or over a lead title (责任编辑：…　校对：…)
            # a title over a byline under a column's end (…一批企业在造雪 / 以“小切口”撬动 /
            # 基层治理“大变化” / ◎ 李振宇): the next article's, never the paragraph's last line
            and (
                last.text.startswith(("—", "―"))
                or not _titles_byline(blocks[index:], width, measure)
            )
        ):
            joined[-1] = Block(last.line, last.text + block.text, last.indented)
            aside += held  # after the paragraph the picture broke, not between it and its heading
        else:
            head = _under_head(joined, held)
            if head < len(joined):
                joined[head:head] = held  # the title's last lines stay over the block
                held.clear()
            joined += [*aside, *held, block]
            aside.clear()
        at_edge = edges[index]
        held.clear()
    return joined + aside + held


def _running_heads(blocks: Sequence[Block]) -> set[str]:
    """A PDF copy's running head in any wording, printed over each of its pages: a line of a
    title's length, no sentence, the same three times or more, each time under a page's number
    (set 95's 论文选编: 「— 1 —」 / 「中共梅州市委党校2024年主体班学员优秀论文选编」)."""
    under_folio: Counter[str] = Counter()
    for at in range(1, len(blocks)):
        if FOLIO.match(blocks[at - 1].text):  # (the head's line, in as many blocks as it has)
            under_folio.update(b.text for b in _on_line(blocks, at) if _heading_like(b.text))
    # … or its foot over the next page's number (a slide's: 「渭南市水务局党组 · 专题党课」 /
    # 「第4页」, set 113)
    over_folio = Counter(
        blocks[at - 1].text
        for at in range(1, len(blocks))
        if FOLIO.match(blocks[at].text) and _heading_like(blocks[at - 1].text)
    )
    return {text for text, count in (under_folio + over_folio).items() if count >= MIN_RUNNING}


def _on_line(blocks: Sequence[Block], at: int) -> list[Block]:
    """The block at ``at`` and those after it printed on the same line (a line's columns)."""
    line = blocks[at].line
    return list(itertools.takewhile(lambda b: b.line == line, blocks[at:]))


MIN_RUNNING = 3  # pages a running head is printed over


def _under_head(joined: list[Block], held: list[Block]) -> int:
    """Where a page's folio and running head go that a title's last lines stand over:
    above the title, under the text that ended before it, so the title stays over its
    byline (set 93's 党员生活: 「把新就业群体凝聚在」 / 「党的周围」 / 「32　党员生活　2025年
    第4期」 / 「笔　谈」 / 「陈晓燕　…」). Anything else held goes where it was printed."""
    at = len(joined)
    if not held or any(b.aside != "page" for b in held):
        return at
    while at > 0 and not joined[at - 1].aside and _heading_like(joined[at - 1].text):
        at -= 1
    return at if 0 < at < len(joined) and ends_paragraph(joined[at - 1].text) else len(joined)


def _page_name_under_head(blocks: Sequence[Block], index: int) -> bool:
    """The page's name printed under a running masthead at a column's top (「中国新闻出版广电报
    2025年4月23日　星期三」 / 「理论」), or a column's under a magazine's folio
    (「32　党员生活　2025年第4期」 / 「笔　谈」): a short line the page's top prints too
    (spaced out or not), no text's."""
    text = "".join(blocks[index].text.split())
    return (
        index > 0
        and running_line(blocks[index - 1].text)
        and len(text) <= MAX_COLUMN
        and bool(PAPER_WORD.fullmatch(text))
        and any("".join(b.text.split()) == text for b in blocks[: min(index - 1, MAX_CONTENTS)])
    )


def _story_set_in(blocks: Sequence[Block], index: int, at_edge: bool) -> bool:
    """A news story boxed into a column, its title over its dateline, where a sentence broke
    at the column's edge (「…中小商贸企业则可以借助公共服」 / 「民营经济高质量发展」 / 「理论研讨
    会在京举行」 / 「本报讯（记者 王丹）…」 / 「务平台“轻量化”上云用数…」): held like a box
    until the sentence goes on after it."""
    last = blocks[index - 1].text if index > 0 else ""
    return (
        at_edge
        and bool(last)
        and not ends_paragraph(last)
        and not closes_article(last)  # 〔作者单位：…〕 over the next story, no sentence broken
        and _heading_like(blocks[index].text)
        and any(DATELINE.match(b.text) and b.indented for b in blocks[index + 1 : index + 3])
    )


def _head_under_folio(blocks: Sequence[Block], index: int) -> bool:
    """A journal's running head of an odd page, its author and title (「杨文彬：党建引领…优化
    路径」), printed under the page number the page before ends with (「·86·」); or a
    magazine's name and issue beside its page's number on a line of its own (set 100's 奋斗:
    「32」 / 「奋斗 2024年第17期」 between the two halves of a word)."""
    text = blocks[index].text
    beside = [blocks[i].text for i in (index - 1, index + 1) if 0 <= i < len(blocks)]
    return (
        index > 0
        and bool(JOURNAL_FOLIO.match(blocks[index - 1].text))
        and bool(AUTHOR_AND_TITLE.match(text))
    ) or (bool(MAGAZINE_ISSUE.match(text)) and any(FOLIO.match(b) for b in beside))


MAGAZINE_ISSUE = re.compile(r"^[\u4e00-\u9fff]{2,16}\s+\d{4}\s*年\s*第\s*\d{1,2}\s*期$")


JOURNAL_FOLIO = re.compile(r"^[·•]\s*\d{1,4}\s*[·•]$")  # ·86·
AUTHOR_AND_TITLE = re.compile(  # … of several authors, the first named (「孙立新，等：…」)
    r"^[\u4e00-\u9fff·]{2,5}(?:[，,、][\u4e00-\u9fff·]{2,5})*(?:[，,]?等)?[:：][^。；！？:：]{4,60}$"
)


def _column_edges(blocks: list[Block], wrap: Wrap) -> list[bool]:
    """Which lines end at their column's edge: the page's width (less up to three columns: a
    line with digits or Latin letters, hanging punctuation), or a narrower box's — a run of
    three or more lines of one length, give or take a hanging mark (a 本报讯 story set at 18
    beside columns of 22). An indent is two characters wide."""
    widths = [wrap.measure(b.text) + 2 * b.indented for b in blocks]
    # A line half as wide again as the column spans the page (a journal's header over its
    # columns, 「第27卷第2期　　中共南昌市委党校学报　　Vol.27 No.2」): not the column's edge.
    return [
        (wrap.width - 3 <= w <= wrap.width * 3 // 2) or run
        for w, run in zip(widths, _in_runs(widths), strict=True)
    ]


def _in_runs(widths: list[int]) -> list[bool]:
    """Which lines stand in a run of three or more of one width (give or take one: a mark may
    hang past the edge), at least MIN_COLUMN wide: a column's lines."""
    in_run = [False] * len(widths)
    for i in range(len(widths) - 2):
        run = widths[i : i + 3]
        if min(run) >= MIN_COLUMN and max(run) - min(run) <= 1:
            in_run[i] = in_run[i + 1] = in_run[i + 2] = True
    return in_run


ENTRY_END = re.compile(r"[\d）)]\s*[.．]$")  # (never [J]. or [Z].: its source follows)


def _entry_ended(text: str) -> bool:
    """A reference's entry that ends with its year or pages (「[2]…人民出版社，2024.」): the
    next line is no part of it."""
    return bool(REFERENCE_ITEM.match(text) and ENTRY_END.search(text))


def _titles_byline(blocks: list[Block], width: int, measure: Callable[[str], int]) -> bool:
    """The first block and at most one more are short lines that end no sentence, right over
    a marked byline (「◎ 李振宇」), or over a bare name over an indented paragraph (a journal's
    笔谈: 「在进一步全面深化改革中推进」 / 「基层治理现代化」 / 「李慧敏」 / 「　　基层治理是…」):
    a title broken over two lines."""
    for count, block in enumerate(blocks[:3]):
        if BYLINE.match(block.text):
            return count > 0
        if (
            count > 0
            and BARE_BYLINE.match(block.text)
            and count + 1 < len(blocks)
            and blocks[count + 1].indented
            and not block.indented
        ):
            return True
        if measure(block.text) >= width - 3 or ends_paragraph(block.text):
            return False
    return False


FIGURE_CHARS = re.compile(r"[0-9A-Za-z%％]")
# 数据链接, 数字链接, 数读: a box of figures under its title
DATA_BOX = re.compile(r"数据|数字|数读|数说")
BOX_ITEM = re.compile(
    r"^(?:(?:[问答]|[QA])\s*[:：]|[◆◇●○■□▲·•]|(?:资料|数据)来源[:：]"
    r"|\d[\d.,]*[^\s—]{0,12}——)"  # a 数读's figure and what it counts (「300多项——…」, set 39)
)
# A 大事记's line: a date, a space, what happened (「1927年9月初　毛泽东在安源…」).
DATED_ITEM = re.compile(
    r"^(?:1[89]|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日|[初中底]|上旬|中旬|下旬)?)?[\s　]+\S"
)


def _in_box(
    block: Block, before: Block, box_width: int, edge: int, measure: Callable[[str], int]
) -> bool:
    """Whether a line under a box's tag set into a column is still the box's: its title, its
    items (问：/答：, ◆…, 资料来源：…), their credit and the lines an item goes on in (after a
    line that reaches the box's edge mid-sentence); after a blank line, only an item or the
    credit is. The first line of neither is where the column's text goes on (「定的意识…」), and
    so is a line wider than the box's wrapped lines (``edge``) under its last sentence."""
    if QUESTION_OR_ANSWER.match(block.text) or _one_bracket_group(block.text):
        return True
    if block.line > before.line + 1:
        return False
    if edge and ends_paragraph(before.text) and measure(block.text) > edge + 2:
        return False  # a line wider than the box, under its last sentence: the column's text
    return bool(
        _box_tag_alone(before.text)
        or BOX_ITEM.match(block.text)
        or measure(before.text) >= box_width - 3  # a line that reaches the box's edge
        or _unclosed(before.text)  # 「…《2023年中国海洋经济」 / 「统计公报》」
    )


def _unclosed(text: str) -> bool:
    """A line broken inside a book title (「…自然资源部《2023年中国海洋经济」)."""
    return text.count("《") > text.count("》")


def _box_line_goes_on(
    above: str, text: str, box_width: int, measure: Callable[[str], int]
) -> bool:
    """A box's line goes on with the line above, unless that one is its tag or ended short of
    the box's edge (a sentence that fills the line goes on: 「…能力现代化。」 / 「到2035年，…」),
    or this one opens a question, an answer, an item or the box's credit."""
    return _unclosed(above) or not (
        _box_tag_alone(above)
        or (ends_paragraph(above) and measure(above) < box_width - 3)
        or QUESTION_OR_ANSWER.match(text)
        or BOX_ITEM.match(text)
        or _one_bracket_group(text)
    )


def _caption_goes_on(text: str) -> bool:
    """A caption's line that goes on with the one above: no caption of its own begins there
    (图为…, 资料图：…), and no credit stands alone on it."""
    return (
        inner_role(text) == "caption" and not CAPTION.match(text) and not CREDIT_LINE.match(text)
    )


def _book_field(above: Block, block: Block) -> bool:
    """A book's data field under another one (作者：… under 书名：《…》)."""
    return bool(BOOK_FIELD.match(above.text) and BOOK_FIELD.match(block.text))


# A journal's 摘要 and 关键词 stand under its title, never at a page's foot.
HEAD_APPARATUS = re.compile(r"^[【\[［]?\s*(?:摘\s*要|关\s*键\s*[词字])")


def _set_aside(text: str) -> bool:
    """A block a PDF sets into a column or at a page's foot, which breaks no sentence: a
    picture's caption and credit, a journal's footnotes (a rule ──── over 收稿日期：, 基金项目：,
    作者简介： and notes ①…)."""
    field = BOOK_FIELD.match(text)
    return inner_role(text) == "caption" or bool(
        (SCHOLARLY.match(text) and not HEAD_APPARATUS.match(text))  # (摘要 heads the text)
        or ORNAMENT.match(text)
        or FOOTNOTE_ENTRY.match(text)
        or (field and not field["author"])
    )


# A dialogue's participants under its title (解放日报's 思想者: 「对话嘉宾」, 「陈敏华　华东政法
# 大学…教授」, 「周立新　上海社会科学院…研究员」, 「主持人　本报记者　沈嘉禾」): one byline, the
# guests its authors. Their lines are joined with an en space, which no copied line holds.
PARTICIPANTS_LABEL = re.compile(r"^(?:对话|访谈|座谈|圆桌)?嘉宾[:：]?$|^对话[:：]?$")
HOST = re.compile(rf"^主持人?[\s　:：]+{REPORTER}(?P<name>{NAME})$")
JOINER = "\u2002"


def _participant(text: str) -> bool:
    return bool(_unmarked(NAME_THEN_UNIT, text) or HOST.match(text))


def participants(text: str) -> list[str]:
    """The guests a dialogue's joined byline names (陈敏华, 周立新), or [] for other bylines."""
    parts = text.split(JOINER)
    if len(parts) < 2:
        return []
    return [m.group("author").strip() for p in parts if (m := _unmarked(NAME_THEN_UNIT, p))]


HOST_LABEL = re.compile(r"^主持人?[:：]?$")


def _hosts_on_one_line(blocks: list[Block]) -> list[Block]:
    """「主持人」 over 「本报记者　吴 桐」 (福州日报's 圆桌): one host's line, as others print."""
    merged: list[Block] = []
    for block in blocks:
        last = merged[-1] if merged else None
        if last and HOST_LABEL.match(last.text) and HOST.match(f"主持人　{block.text}"):
            merged[-1] = Block(last.line, f"主持人　{block.text}", last.indented)
        else:
            merged.append(block)
    return merged


def join_participants(blocks: list[Block]) -> list[Block]:
    """A run of two or more participant lines (a name and its unit, the host), after an
    optional 对话嘉宾 label, between a heading and the dialogue's text: one byline."""
    blocks = _hosts_on_one_line(blocks)
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        start = index + bool(PARTICIPANTS_LABEL.match(blocks[index].text))
        end = start
        while end < len(blocks) and _participant(blocks[end].text):
            end += 1
        # The guests may follow an introduction under the title (黑龙江日报's 专家访谈: the
        # editor's lines, then 「嘉宾：」): the byline goes before it, under the title.
        introduced = (
            start > index
            and index > 1
            and _text_like(blocks[index - 1].text)
            and _heading_like(blocks[index - 2].text)
        )
        if (
            end - start >= 2
            and index > 0
            and end < len(blocks)
            and (_heading_like(blocks[index - 1].text) or introduced)
            and _text_like(blocks[end].text)
        ):
            text = JOINER.join(b.text for b in blocks[index:end])
            joined.insert(len(joined) - introduced, Block(blocks[index].line, text))
            index = end
            continue
        joined.append(blocks[index])
        index += 1
    return joined


def join_byline_units(blocks: list[Block]) -> list[Block]:
    """A byline set on two lines, the name over its unit, becomes one line (「韩雪松」 over
    「清华大学…研究院」 → 「韩雪松 清华大学…研究院」; 「□ 王立峰」 over 「江西省水利厅」): only
    between a heading and the text the byline signs."""
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if 0 < index < len(blocks) - 2 and _name_over_unit(blocks, index):
            joined.append(Block(block.line, f"{block.text} {blocks[index + 1].text}"))
            index += 2
            continue
        joined.append(block)
        index += 1
    return joined


def reading_blocks(blocks: list[Block]) -> list[Block]:
    """A page's lines as they are read: two articles' columns untangled, hard-wrapped lines
    joined back, a book's data one line, a 摘登's speakers under their titles, a byline's
    name and unit one line, a dialogue's participants one byline, a journal's head whole."""
    return _journal_head(
        _signatures_apart(
            _marks_apart(
                join_participants(
                    join_byline_units(
                        speakers_over_titles(
                            join_book_data(join_wrapped(untangle_columns(blocks)))
                        )
                    )
                )
            )
        )
    )


# A short commentary signed in brackets at the end of its last paragraph (set 88's 毕节日报: 「…
# 群众也看得清楚。（吴　迪）」), not a stage direction (（掌声）, （笑）).
TRAILING_SIGNATURE = re.compile(
    rf"(?<=[。！？”])[（(](?!(?:掌声|笑声|鼓掌|全文完|完|略|节选|有删节)[)）])"
    rf"(?![^（）()]*(?:资料|图片|图|供|摄|来源|记者|通讯员|整理|编辑|新华社|作者))"
    rf"(?P<names>{NAME}(?:[\s　、]+{NAME}){{0,2}})[)）]$"
)


def _signatures_apart(blocks: list[Block]) -> list[Block]:
    """A signature in brackets printed at a paragraph's end a line of its own, where a piece
    signed at its end prints it."""
    out: list[Block] = []
    for block in blocks:
        sign = TRAILING_SIGNATURE.search(block.text)
        if sign and sign.start() > 0:
            out += [
                dataclasses.replace(block, text=block.text[: sign.start()]),
                dataclasses.replace(block, text=sign.group(), indented=False),
            ]
        else:
            out.append(block)
    return out


def _marks_apart(blocks: list[Block]) -> list[Block]:
    """A rest's mark printed before its text (「（上接第1版）全过程、各环节…」) a line of its own,
    where a byline would stand."""
    out: list[Block] = []
    for block in blocks:
        mark = re.match(CONT_MARK, block.text)
        if mark and CONTINUES.match(block.text) and mark.end() < len(block.text):
            out += [
                dataclasses.replace(block, text=mark.group()),
                dataclasses.replace(block, text=block.text[mark.end() :].lstrip()),
            ]
        else:
            out.append(block)
    return out


def untangle_columns(blocks: list[Block]) -> list[Block]:
    """A PDF e-paper copied column by column, where two articles' columns alternate (哈尔滨
    日报: A's first column, B's title and first column, A's second column, …), each column a
    run of lines between blank lines: the columns of each article put together, in order.
    Only where the copy shows it — wrapped, indented, and twice a column that opens
    mid-sentence (「设备、冰面维护…」) under another article's, while an article above broke
    off mid-sentence at the column's edge (「…一批企业在造雪」). A column is then the open
    article's when it opens mid-sentence, else the other article's; a title over a byline, a
    continuation's title over 「（上接第7版）」 or a news story's dateline starts an article of
    its own; lines of the page (running heads, page numbers, captions, marks) stay with the
    column they follow."""
    wrap = wrap_of(blocks)
    if wrap is None or sum(b.indented for b in blocks) < MIN_WRAPPED:
        return blocks
    runs: list[list[Block]] = []
    for block in blocks:
        if runs and block.line - runs[-1][-1].line <= 1:
            runs[-1].append(block)
        else:
            runs.append([block])
    threads: list[list[Block]] = []
    ended: list[str] = []  # each article's last line of text: open when it ends mid-sentence
    closed: list[bool] = []
    prelude: list[Block] = []
    current = -1
    tangled = 0  # columns that went on with an article other than the one above them
    for run in runs:
        text = [b for b in run if _column_text(b)]
        if _starts_article(run):
            threads.append([])
            ended.append("")
            closed.append(False)
            current = len(threads) - 1
        elif text and current >= 0:
            first = text[0]
            # not indented, and no heading over an indented paragraph (一、…)
            opens_mid = not first.indented and not (
                len(text) > 1 and text[1].indented and wrap.measure(first.text) < wrap.width - 3
            )
            # broken off mid-sentence at the column's edge
            open_ones = [
                i
                for i in range(len(threads))
                if not ends_paragraph(ended[i]) and wrap.measure(ended[i]) >= wrap.width - 3
            ]
            others = [i for i in range(len(threads)) if i != current and not closed[i]]
            if opens_mid and open_ones and current not in open_ones:
                tangled += 1
                current = open_ones[-1]
            elif not opens_mid and tangled and others:
                current = others[-1]  # a paragraph opens in the next column: the other's
        if current < 0:
            prelude += run
            continue
        threads[current] += run
        if text:
            ended[current] = text[-1].text
            closed[current] = closed[current] or any(closes_article(b.text) for b in text)
    if tangled < 2:  # once may be a page's own disorder (a box, a misplaced line): no pattern
        return blocks
    return prelude + [b for thread in threads for b in thread]


def _column_text(block: Block) -> bool:
    """A line of an article's text, not of the page's (a running head, a page number, a
    caption, a continuation mark, a QR prompt)."""
    text = block.text
    return not (
        running_line(text)
        or FOLIO.match(text)
        or page_meta(text)
        or MARK_LINE.match(text)
        or inner_role(text) == "caption"
        or furniture(text)
        or closes_article(text)
    )


def _starts_article(run: list[Block]) -> bool:
    """A run of lines that opens an article: a title over a marked byline, a continuation's
    title over its mark (「（上接第7版）」), a news story's dateline."""
    head = run[:4]
    return (
        any(BYLINE.match(b.text) for b in head[1:])
        or any(CONTINUES.match(b.text) and MARK_LINE.match(b.text) for b in head[1:3])
        or bool(DATELINE.match(run[0].text))
    )


def speakers_over_titles(blocks: list[Block]) -> list[Block]:
    """A 摘登 of speeches prints each speaker over the title of his words (「■市委常委、常务
    副市长　于洪涛」 / 「在构建高水平社会主义市场经济体制上勇于探索」 / text): read as a title over
    its byline."""
    out = list(blocks)
    for i in range(len(out) - 2):
        marked = BYLINE.match(out[i].text)
        if (
            marked
            and UNIT_THEN_NAME.match(marked.group("author").strip())
            and _heading_like(out[i + 1].text)
            and not BYLINE.match(out[i + 1].text)
            and _text_like(out[i + 2].text)
            and (i == 0 or not _heading_like(out[i - 1].text))
        ):
            out[i], out[i + 1] = out[i + 1], out[i]
            continue
        # … or a magazine's 支部书记谈 (set 117's 新长征): 「■ 刘玉山　…党总支书记」 and his
        # portrait's caption (「刘玉山近照」) over the title of one or two lines: the title first
        if not (marked and byline_post(out[i].text)) or not _after_piece(out, i):
            continue
        under = i + 1
        while under < len(out) and (
            PORTRAIT.match(out[under].text) or CAPTION.match(out[under].text)
        ):
            under += 1  # 「刘玉山近照」, 「图为孙海燕（左）入户走访独居老人」
        end = under
        while (
            end < len(out)
            and end - under < MAX_TITLE_LINES
            and _heading_like(out[end].text)
            and not BYLINE.match(out[end].text)
            and not SECTION_NUMBER.match(out[end].text)
        ):
            end += 1
        if under < end < len(out) and under > i + 1 and _text_like(out[end].text):
            out[i:end] = [*out[under:end], out[i], *out[i + 1 : under]]
    return out


# A 学员论文's writer under its title, in brackets with the class and the post (set 119).
STUDENT_BYLINE = re.compile(
    rf"^[（(][^（）()]{{2,30}}学员[\s　]+(?P<name>{NAME})[\s　]+(?P<post>[^（）()]{{2,30}})[)）]$"
)
LATIN_TAG = re.compile(r"[|｜]\s*[A-Z][A-Z ]{3,}$")
PORTRAIT = re.compile(rf"^{NAME}(?:近照|同志|（照片）)$|^（?图为{NAME}）?$")
MAX_TITLE_LINES = 3


def _after_piece(blocks: Sequence[Block], at: int) -> bool:
    """The line above ends the piece before, or is the page's column (「ZHIBU SHUJI TAN」)."""
    if at == 0:
        return True
    above = blocks[at - 1].text
    return not _heading_like(above) or bool(LATIN_ONLY.match(above)) or _column_tag(above)


def join_book_data(blocks: list[Block]) -> list[Block]:
    """A book's data set line by line (its title in 《》, its author, its publisher, the date)
    becomes one line: a note of the review, not a run of headings over its text."""
    joined: list[Block] = []
    index = 0
    while index < len(blocks):
        end = index
        while end < len(blocks) and BOOK_LINE.match(blocks[end].text):
            end += 1
        run = [b.text for b in blocks[index:end]]
        if (
            len(run) >= 2
            and run[0].startswith("《")
            and any(t.endswith(("出版社", "出版社出版")) for t in run)
        ):
            joined.append(Block(blocks[index].line, " ".join(run)))
            index = end
            continue
        joined.append(blocks[index])
        index += 1
    return joined


def _name_over_unit(blocks: list[Block], index: int) -> bool:
    text, unit = blocks[index].text, blocks[index + 1].text
    marked = BYLINE.match(text)
    name = marked.group("author").strip() if marked else text
    bare = BARE_BYLINE.match(name) or NAMED_BYLINE.match(name)
    return (
        bool(bare and not bare.group("post") and re.fullmatch(NAME, bare.group("author")))
        and bool(UNIT_LINE.match(unit) and POST_WORDS.search(unit))
        and _heading_like(blocks[index - 1].text)
        and _text_like(blocks[index + 2].text)
    )


# What a line of a page is, besides headings and text. Each pattern is one kind of line that
# newspapers print between and inside articles (see docs/pages.md).
# … 「（下转第8版）」, 「（上接第三版）」, 「（下转A8版）」
CONT_MARK = r"[（(](?:下转|上接|转自|接|转)第?[A-D]?[一二三四五六七八九十\d]{1,3}版[)）]"
CONTINUED = re.compile(r"^[（(](?:下转|转)")
CONTINUES = re.compile(r"^[（(](?:上接|接|转自)")
MARK_LINE = re.compile(rf"^{CONT_MARK}$")
MARK_END = re.compile(rf"{CONT_MARK}$")
CREDIT = re.compile(
    r"^[〔［\[]?(?:版式设计|版面设计|版式|本版编辑|本版责任编辑|本版主编|主编|责任编辑|责编|美术编辑|美编|编辑|校对|"
    r"责任校对|制图|设计|排版|图片编辑|图表制作|数据来源|本版统筹|统筹|策划|审核|初审|复审|终审|监制|出品|供稿"
    r"|文字|图片|文图|摄影|漫画|插画|绘图|图(?=\s*[/／])"  # 图/程　硕: a cartoon's artist
    r"|摄像|剪辑|后期|配音|拍摄|出镜|制作)"  # a video's crew (set 113's 微党课)
    # 「编辑｜何雨桐」 (a 微信 copy's credits); 「责任编辑　罗　航」: a name after a space
    rf"(?:\s*[:：/／｜|丨]|[\s　]+{NAME}$)"
)
CAPTION = re.compile(
    r"^(?:[\[【](?:图片|二维码|视频|音频)[\]】]|[▲△]|图片说明|图为|[上下左右]图[:：为]|图\s*[:：①-⑩\d]"
    r"|(?:题图|配图|资料图|资料图片|视频)[:：]"
    r"|表\s*\d{1,2}[\s　](?!.*[。！？]$))"  # a journal's table's title (set 102: 「表1 粤东…」)
)
# A journal article's apparatus around its text: 摘要：…, 关键词：…, 作者简介：…, 基金项目：….
APPARATUS = r"摘\s*要|关\s*键\s*[词字]|作者简介|基金项目|项目基金|收稿日期|修回日期"
# … of which a library's numbers are one line each (「［文章编号］1008-8628（2025）02-0045-04」).
CATALOGUE = re.compile(r"中图分类号|文献标识码|文章编号")
SCHOLARLY = re.compile(
    rf"^(?:[【\[]?(?:{APPARATUS}|{CATALOGUE.pattern})[】\]]?\s*[:：]"
    # a journal's web page: 「［摘　要］…」, 「［关键词］…」, 「［中图分类号］F127」
    rf"|[［【\[]\s*(?:{APPARATUS}|{CATALOGUE.pattern})\s*[］】\]])"
)
# An editor's afterword's head alone on its line (编后, 编后语): what follows is the editor's.
NOTE_ALONE = re.compile(r"^[【〔\[（(]?(?:编后语?|编者的话|编辑手记)[】〕\]）)]?\s*[:：]?$")
# A speech's appendix (「附：党小组研讨题」) and its numbered items.
# … or a lecture's questions and reading list (set 88: 「思考题」 / 「1. 结合本地区…？」,
# 「推荐阅读书目」 / 「1.《…》，人民出版社…」)
APPENDIX = re.compile(
    r"^附(?:件\s*\d?)?\s*[:：]\s*\S{0,20}$"
    r"|^(?:思考题|讨论题|研讨题|复习思考题|推荐阅读书目|推荐阅读|参考书目|阅读书目)[:：]?$"
)
APPENDED_ITEM = re.compile(r"^\d{1,2}\s*[．.、]\s*\S")
# … and an editor's note's head over the paragraph that is the note (「编者按」 / 「按照…」)
# … or a guest's profile's (set 87: 「嘉宾简介」 over 「刘振海，1971年生…」)
NOTE_HEAD_ALONE = re.compile(
    r"^[【〔\[（(]?(?:编者按|编者注|(?:嘉宾|受访者|专家|人物|作者)简介|核心阅读|阅读提示|核心提示"
    r"|内容提要|卷首语)[】〕\]）)]?\s*[:：]?$"
)


def under_note_head(blocks: Sequence[Block], index: int) -> bool:
    """The block right under 「编者按」 alone on its line: the editor's note (pages and web
    copies alike)."""
    return index > 0 and bool(NOTE_HEAD_ALONE.match(blocks[index - 1].text))


# A caption with its credit at its end: 「…参观者在了解“枫桥经验”的发展历程。　本报记者　郑一鸣
# 摄」.
CREDITED_CAPTION = re.compile(
    r"[。）)][\s　]*(?:本报|新华社)?(?:特约)?(?:记者|通讯员)?[\s　]*"
    r"[\u4e00-\u9fff·](?:[\s　]?[\u4e00-\u9fff·]){1,3}[\s　]*(?:摄|摄影|供图)$"
    # … or in brackets: 「…正在用餐。（图片来源：视觉中国）」, 「…康复辅具。（央视网 李想 摄）」
    r"|[（(](?:图片来源|图片由|图源)[^（）()]*[)）]$|[（(][^（）()]{0,24}(?:摄|摄影|供图)[)）]$"
    # … or by a picture agency, or as a file picture: 「…工业机器人产品。视觉中国 资料图」
    r"|[。）)][\s　]*(?:(?:视觉中国|人民视觉|新华社|中新社|东方IC)[\s　]*(?:资料图片?|发|供图)?"
    r"|资料图片?)$"
    # … or a book's cover over its review: 「《书香里的中国》书影　出版方供图」
    r"|^《[^《》]{1,40}》[\s　]*(?:书影|封面|立体封)(?:[\s　]+[^\s　]{1,12})?$"
)
# A picture's credit on a line of its own, under its caption: 「记者　王晓帆　摄」.
CREDIT_LINE = re.compile(
    r"^(?:本报|新华社)?(?:特约)?(?:记者|通讯员)?[\s　]*"
    r"[\u4e00-\u9fff·\s　、]{2,20}?[\s　]*(?:摄|摄影|供图)$"
    r"|^[（(]?(?:资料图片|资料图|图片来源[:：].{1,20}|新华社发|视觉中国)[)）]?$"
)
# A news story's dateline, its byline inside: 「本报6月15日讯（记者　赵一鸣）」,
# 「新华社北京6月15日电（记者　张三）」, 「本报讯（通讯员　李四）」.
DATELINE = re.compile(
    # (a government site's own news: 「本网讯（通讯员　吴晓婷）…」, set 107)
    r"^(?:本报|本网|新华社|中新社|人民网|央视网|[\u4e00-\u9fff]{2,6}(?:日报|晚报|网|融媒|融媒体中心|电视台))"
    r"[\u4e00-\u9fff]{0,8}?(?:\d{1,2}月\d{1,2}日)?(?:电|讯)[\s　]*"
    r"(?:[（(]|记者|\d{1,2}月\d{1,2}日)"
)  # … or its reporter unbracketed: 「本报讯　记者孙浩报道　4月22日，…」, or none (set 95's
# 「本报讯　12月13日，…」, its reporters credited at its end)
DATELINE_REPORTER = re.compile(
    r"[（(][^（()）]{0,12}?(?:记者|通讯员)[\s　]*(?P<names>[^（()）]{2,30})[)）]"
)
NOTE = re.compile(
    r"^[【〔\[（(]?(?:编者按|编后语?|编者的话|卷首语|编者注|记者手记|短评|(?:嘉宾|受访者|专家|人物)简介)"
    r"[】〕\]）)]?\s*[:：]?"
    # the editor's lead over a 微信 piece (set 84: 「导读：作风建设永远在路上。…」), with its colon
    r"|^[【\[]?(?:导读|导语|核心提示)(?:[】\]]\s*[:：]?|\s*[:：])"
)
# A book's data, set line by line under a review's byline (《县域治理的中国逻辑》 / 林晓岚　著 /
# 江苏人民出版社 / 2024年8月出版 / 定价：58.00元): read as one note, never a title or a byline.
BOOK_LINE = re.compile(
    r"^(?:《[^《》]{1,40}》|[\u4e00-\u9fff·、\s]{2,20}(?:著|编著|主编|等著|译)"
    r"|[\u4e00-\u9fff（）()]{2,24}出版社(?:出版)?|(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:出版|版)?"
    r"|定价\s*[:：].{1,12}|ISBN.{5,30})$"
)
# An entry of a list of references: its number, then a work (《…》) or its publisher or issue.
# … or a reference as GB/T 7714 types it: 「[4]王海东.…[J].地方治理研究，2023（3）：41-52.」
REFERENCE_ENTRY = re.compile(
    rf"^{NOTE_NUMBER}.*(?:《[^》]+》|出版社|年版|年第\d+期|\[(?:J|M|D|C|N|R|Z|EB/OL)\])"
)
# (… or in brackets, its fields set apart by commas: 「〔《新质生产力十讲》，郑启航 主编，中共中央
# 党校出版社2024年2月出版，定价：45.00元〕」, set 87's 台州日报)
BOOK_DATA = re.compile(r"^(?:《[^《》]{1,40}》\s|[〔［\[（(]《[^《》]{1,40}》[，,\s]).*出版社")
# … or the same data field by field in a box a PDF sets into a review's column (书名：《…》 /
# 作者：… / 出版社：… / 出版时间：2024年3月 / 定价：48.00元): the box opens with any field but the
# author (作者：张三 is a byline too)
BOOK_FIELD = re.compile(
    r"^(?:书\s*名|出\s*版\s*社|出版(?:时间|日期)|定\s*价|ISBN|书\s*号|开\s*本|页\s*数|字\s*数"
    r"|(?P<author>作\s*者|著\s*者|主\s*编))\s*[:：]"
)
TABLE_CELL = re.compile(r"^[\d.,，%％‰万亿元年月日—\-－~～+]+$")
# A web copy's fields beside its byline: no heading.
SOURCE_FIELD = re.compile(
    r"^(?:来源|出处|发布时间|发布日期|发表时间|更新时间|日期|时间|资料来源|数据来源|发布者|发布人"
    r"|发布单位)\s*[:：｜|丨]"
)  # 「来源｜集团党委宣传部」 (a 微信 copy's)
# A site's or channel's name, never an author's (光明网·理论频道 reads like 阿依古丽·买买提).
# … not 文｜周立新, 作者｜林晓岚
SITE_NAME = re.compile(r"(?:网|频道|客户端|首页)(?:[·\-－|｜]|$)|(?<!文)(?<!作者)[|｜]")
# A clause with a figure in it: a bullet of a box of data, never an author's name.
FIGURE_IN_CLAUSE = re.compile(r"\d.*[，；%％]|[，；].*\d|\d+(?:\.\d+)?[%％万亿]")
BULLET_WORDS = re.compile(
    r"^(?:(?:廉洁|廉政|安全|法治|法律|学习|健康|防骗|党纪)?小贴士|链接|相关链接|背景链接|延伸阅读|知识链接|相关阅读|数读|数说|记者手记|观察|"
    r"提示|温馨提示|名词解释|背景|短评|点评|声音|案例|新闻链接|资料|专家解读|一线直击|理论热点|学习问答|热点问答|"
    r"观点摘编|观点集萃|观点链接|学者观点|专家观点|数据链接|数字链接|数据卡片"
    r"|新书速递|新书推荐|好书推荐|书讯"  # a 读书 page's list of new books (set 87)
    r"|大事记|历史回眸|党史上的今天"  # a 党史 article's box of dated lines (set 96's 湘潮)
    r"|编辑推荐|推荐书目|荐书)\b"  # a 读书 page's box of books (set 97's 连云港日报)
)
BYLINE_ROLE = re.compile(r"记者|通讯员|评论员|本报|特约|撰稿|作者|新华社|整理|口述")
CREDIT_IN_BRACKETS = re.compile(r"电|报道|记者|通讯员|摄|讯|供稿|供图|来源|编辑|整理|发$")
MAX_TITLE = 48  # a heading line is at most this long
MAX_HEADING = 40  # a section heading inside an article
MAX_SUBHEAD = 32  # an unnumbered one (在交往交流交融中促进各民族像石榴籽一样紧紧抱在一起: 27)
INSIDE_SENTENCE_END = re.compile(r"[。！？!?；;]")
SECTION_NUMBER = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])"
)
MAX_HEADING_LINES = 4  # lead title, main title, subtitles
PIECES_TAG = re.compile(
    r"笔谈|圆桌|专家谈|学者谈|多人谈|(?:特别|专题|本期)策划"
)  # a group of short signed pieces
MAX_COLUMN = 6  # a column tag above a title (学习笔谈, 人民论坛) is short, without punctuation
LEAD_PUNCTUATION = re.compile(r"[，、：:！!？?；;—“”《》]")
HEADING_MARKS = re.compile(r"[，、。：:！!？?；;—“”《》]")  # none in a numbered heading's words


# A note's mark after a sentence (「…作出部署。①」, 「…。[2]」): the sentence still ends there.
NOTE_MARK_END = re.compile(r"(?<=[。！？!?”])(?:[①-⑳]|\[\d{1,2}\]|［\d{1,2}］)+$")


def ends_sentence(text: str) -> bool:
    stripped = NOTE_MARK_END.sub("", text).rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def ends_paragraph(text: str) -> bool:
    """A sentence end, or a closing bracket group that cannot go on: a line that is all
    bracket (「（本报曼谷5月17日电）」), a bracket after a finished sentence (「…。（新华社发）」),
    or a dateline or credit in brackets (「…开展（本报曼谷5月17日电）」)."""
    if ends_sentence(text):
        return True
    if not text.endswith(("）", ")")):
        return False
    opened = _opening_bracket(text)
    if opened is None:
        return False
    before, inside = text[:opened].rstrip(), text[opened + 1 : -1]
    return not before or ends_sentence(before) or bool(CREDIT_IN_BRACKETS.search(inside))


def _opening_bracket(text: str) -> int | None:
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] in "）)":
            depth += 1
        elif text[index] in "（(":
            depth -= 1
            if depth == 0:
                return index
    return None


def join_broken(blocks: list[Block]) -> list[Block]:
    """Rejoin paragraphs the print layout broke in two: a block that does not end a sentence
    continues into the next block, joined with nothing between."""
    joined: list[Block] = []
    carry: Block | None = None
    for block in blocks:
        if carry is not None:
            block = Block(carry.line, carry.text + block.text)
        if ends_paragraph(block.text):
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


PAPER_SECTION = re.compile(r"^(?:引言|前言|结语|结束语|余论|小结|结论)$")


def own_line_headings(blocks: Sequence[Block]) -> set[int]:
    """The blocks that are an article's section headings printed on lines of their own: short
    and not a sentence, either numbered (「一、把“一片叶子”做成富民产业」, 「（一）坚持把人的
    城镇化作为核心」) or plain subheads between paragraphs (「纪律是作风建设的刚性支撑」,
    「不想腐是根本：筑牢拒腐防变的思想根基」) — each kind when the article prints two or more
    so. Joined as a broken line, a heading would open its section's first sentence (blind
    reviews found questions reading 「…作为核心新型城镇化的“新”…」 and 「…思想根基不想腐
    是…」); a single such line may be a paragraph the layout broke."""
    numbered, plain = set(), set()
    for index, block in enumerate(blocks):
        text = block.text
        if index + 1 < len(blocks) and SECTION_NUMBER.fullmatch(text):
            numbered.add(index)  # the number alone: 「（一）」 over its section (解放日报)
            continue
        if index + 1 >= len(blocks) or ends_paragraph(text):
            continue
        if (len(text) <= MAX_HEADING and SECTION_NUMBER.match(text)) or PAPER_SECTION.match(text):
            numbered.add(index)  # … and 结语 after 一、二、三、, 引言 before them
        elif (
            len(text) <= MAX_SUBHEAD
            and not INSIDE_SENTENCE_END.search(text)
            and not text.endswith(("，", ",", "、"))
            and len(blocks[index + 1].text) > MAX_SUBHEAD
            and (index == 0 or _ends_block(blocks[index - 1].text))
            and inner_role(text) not in ("note", "caption")  # ［收稿日期］…, a rule: no subhead
            and not text.startswith(("—", "－－", "--"))  # ——党的二十大报告: a quotation's source
        ):
            plain.add(index)
    return (numbered if len(numbered) >= 2 else set()) | (plain if len(plain) >= 2 else set())


def _ends_block(text: str) -> bool:
    """A paragraph's end, or a line no paragraph goes on from: a caption or its credit, a
    note, a running head (a subhead under a picture set into the column)."""
    return ends_paragraph(text) or bool(inner_role(text)) or page_meta(text)


def make_paragraphs(blocks: list[Block]) -> tuple[Paragraph, ...]:
    """Body blocks to paragraphs: runs of text rejoined and split into lead and body; bullets,
    captions, notes and headings on lines of their own kept as paragraphs of their own with
    their role."""
    paragraphs: list[Paragraph] = []
    run: list[Block] = []
    # A page's foot set into a paragraph a page break cut (「…依法平等使用生产要素、」 / ［收稿
    # 日期］… / ［作者简介］… / 「公平参与市场竞争…」, a journal re-flowed): after the paragraph.
    deferred: list[Paragraph] = []

    def flush() -> None:
        for block in join_broken(run):
            opening = not any(not p.role for p in paragraphs)
            lead, body = ("", block.text) if opening else split_lead(block.text)
            paragraphs.append(Paragraph(lead, body, block.line))
        run.clear()
        paragraphs.extend(deferred)
        deferred.clear()

    referencing = False  # under 参考文献：
    for block, role in zip(blocks, body_roles(blocks), strict=True):
        if role is None:
            continue
        last = paragraphs[-1] if paragraphs and not run else None
        wrapped_entry = (
            referencing
            and role == "note"
            and last is not None
            and bool(REFERENCE_ITEM.match(last.text))
            and _goes_on_reference(block.text)
            and not REFERENCES.match(block.text)  # 「参考文献：」 under the notes: a list's head
        )
        referencing = bool(REFERENCES.match(block.text)) or (referencing and role == "note")
        if wrapped_entry and last is not None:
            paragraphs[-1] = dataclasses.replace(last, body=last.body + block.text)
        elif (
            not role
            and last is not None
            and last.role == "note"
            and SCHOLARLY.match(last.text)
            and not CATALOGUE.search(last.text[:8])
            and not ends_paragraph(last.text)
        ):
            # a journal's 基金项目 or 作者简介 broken by the layout goes on in this line
            paragraphs[-1] = dataclasses.replace(last, body=last.body + block.text)
        elif (
            role in ("note", "caption")
            and run
            and not ends_paragraph(run[-1].text)
            and _set_aside(block.text)
        ):
            deferred.append(Paragraph("", block.text, block.line, role))
        elif role:
            flush()
            paragraphs.append(Paragraph("", block.text, block.line, role))
        else:
            run.append(block)
    flush()
    # A pull quote set into the text repeats a sentence of a paragraph below it (set 102's
    # 广东机关党建: 「党建和业务不是“两张皮”，…实际成效。」 between two points, the closing
    # paragraph's): the page's emphasis, a note, never text a second time.
    return tuple(
        dataclasses.replace(p, role="note")
        if not p.role
        and len(p.text) >= MIN_PULL_QUOTE
        and any(
            not q.role and len(q.text) > len(p.text) and p.text in q.text
            for q in paragraphs[n + 1 :]
        )
        else p
        for n, p in enumerate(paragraphs)
    )


MIN_PULL_QUOTE = 20


# Boxes that open with a title and one paragraph (【知识链接】 / 「新质生产力」 / …), not a signed
# piece's tag (【短评】 over a commentary, set 116).
TITLED_BOX = re.compile(r"链接|延伸阅读|相关阅读|背景|资料|知识点|小贴士")


def body_roles(
    blocks: Sequence[Block], inner: Callable[[str], str] | None = None
) -> list[str | None]:
    """The role of each line of an article's body ('' for its text, None for the rule over
    its footnotes, which is no paragraph): a line's own (:func:`inner_role`, or ``inner`` for
    a web copy's), a heading on a line of its own, and what a line is for what stands above
    it — a box's questions, answers and items under its tag (【学习问答】, 【数据链接】), a
    glossary's terms, the editor's words under 编后 or 编者按 alone, an appendix's items, a
    往期推荐's titles, the footnotes under a rule."""
    inner = inner or inner_role
    roles: list[str | None] = []
    headings = own_line_headings(blocks)
    rule = rule_over_footnotes(blocks)  # the page's (parse_page); the footnotes notes
    boxed = False  # after a box's tag: its questions and answers (学习问答) are the box's
    tag_above = False  # … and the line right under the tag its title
    appended = False  # under 「附：…」: the appendix's numbered items
    glossary = defining = False  # … and under a glossary's (名词解释), its terms
    signed_off = False  # after an editor's 编后 alone on its line: the rest is the editor's
    listing = False  # after 往期推荐 or 相关阅读 alone on its line: the titles of other pieces
    referencing = False  # under 参考文献：, its entries and the lines they go on in
    books = False  # under a 读书 page's 【新书速递】: the rest of the body is its list
    titled = titled_over = False  # under a box's tag (【知识链接】): its title, its paragraph
    credited = _credited_boxes(blocks)  # a box from its tag to its credit (「（本报综合）」)
    for index, block in enumerate(blocks):
        role = inner(block.text)
        short = len(block.text) <= MAX_TITLE
        headline = not ends_paragraph(block.text) or block.text.endswith(("？", "?", "！"))
        if index in headings and role != "caption" and not NOTE.match(block.text):
            role = "heading"  # a picture's caption, an editor's 编后 over his words: not headings
        if index == rule:
            roles.append(None)
            continue
        if rule is not None and index > rule and not role:
            role = "note"  # 「[3] 1931年11月，…」 under the rule that closes a speech
        if block.aside == "note" and not role:
            role = "note"  # a footnote (①本文数据…) or a box a PDF set into a sentence
        if (
            not role
            and NAME_ALONE.match(block.text)
            and index + 1 < len(blocks)
            and NOTE_HEAD_ALONE.match(blocks[index + 1].text)
        ):
            role = "caption"  # a guest's portrait over his 嘉宾简介 (set 95: 「顾以衡」)
        if boxed and not role and QUESTION_OR_ANSWER.match(block.text):
            role = "note"  # a 学习问答's questions and answers
        if boxed and role in ("", "bullet") and (BOX_ITEM.match(block.text) or tag_above):
            role = "note"  # a 数据链接's title under its tag, its ◆ items and 资料来源：…
        if boxed and role in ("", "bullet", "heading") and DATED_ITEM.match(block.text):
            role = "note"  # a 大事记's dated lines (「1927年9月9日　湘赣边界秋收起义爆发」)
        if (
            boxed
            and glossary
            and role in ("", "heading")
            and (GLOSSARY_ENTRY.match(block.text) or (defining and not role))
        ):
            role = "note"  # a 名词解释's terms (a heading's shape mid-text), each defined
        box_title = titled and role in ("", "heading") and short and headline
        if box_title:
            role = "note"  # a 知识链接's title under its tag (set 109) …
        elif titled_over and not role:
            role = "note"  # … and its one paragraph, after which the article goes on
        if signed_off and not role:
            role = "note"  # the editor's words under 「编后」 alone on its line
        if index in credited and role in ("", "heading", "bullet"):
            role = "note"  # 【学习问答】 / its question / its answers / 「（本报综合）」
        if books and role in ("", "heading"):
            role = "note"  # a list of new books under 【新书速递】: titles, data and blurbs
        if not role and under_note_head(blocks, index):
            role = "note"  # the paragraph under 「编者按」 alone on its line
        if role in ("", "heading") and APPENDIX.match(block.text):
            role, appended = "note", True  # 「附：党小组研讨题」 after a speech, 「思考题」
        elif appended and not role and APPENDED_ITEM.match(block.text):
            role = "note"  # … and its numbered items (1．结合本职岗位…？)
        else:
            appended = False
        if listing and not role and headline and short:
            role = "note"  # a 往期推荐's titles (a title may ask: 「【学习问答】…是什么？」)
        if _box_tag_alone(block.text):
            glossary = bool(GLOSSARY.match(block.text.strip(TAG_MARKS)))
            books = books or bool(BOOK_LIST.match(block.text.strip(TAG_MARKS)))
        defining = boxed and glossary and bool(GLOSSARY_TERM.match(block.text))
        tag = _box_tag_alone(block.text) or _data_tag_over_title(blocks, index)
        if tag and not role:
            role = "note"  # 【数据】 alone over its box's title
        titled_over = box_title
        titled = (
            bool(tag) and bool(TITLED_BOX.search(block.text)) and not DATA_BOX.search(block.text)
        )
        boxed = (boxed and role == "note") or tag
        tag_above = tag and DATA_BOX.search(block.text) is not None
        signed_off = (signed_off and role == "note") or bool(NOTE_ALONE.match(block.text))
        if RELATED.match(block.text) and not role:
            role = "note"  # (■延伸阅读 is a box's bullet)
        listing = (listing and role == "note") or bool(RELATED.match(block.text))
        if referencing and (REFERENCE_ITEM.match(block.text) or _goes_on_reference(block.text)):
            role = "note"  # 「[5]徐勇.…出版社,199」 / 「7.」: an entry, and the line it goes on in
        referencing = bool(REFERENCES.match(block.text)) or (referencing and role == "note")
        roles.append(role)
    return roles


def _goes_on_reference(text: str) -> bool:
    """A line a reference's entry goes on in where a PDF wrapped it (「北京:人民出版社,2024.」,
    「的决定》辅导读本[M].…」, 「7.」): no entry of its own, no sentence, no English abstract."""
    return not (REFERENCE_ITEM.match(text) or LATIN_ONLY.match(text) or "。" in text)


def inner_role(text: str) -> str:
    """The role of a line inside an article's body ('' for its text)."""
    if DIARY_DAY.match(text):
        return "heading"
    if QUIZ_LINE.match(text):
        return "note"  # a quiz's options and key (「A.以资本为中心的现代化」): never a statement
    if BYLINE.match(text):
        return "bullet"  # a marker line inside a body is never a byline (see _bylines)
    if CAPTION.match(text) or CREDIT_LINE.match(text) or CREDITED_CAPTION.search(text):
        return "caption"
    if _box_tag_alone(text) or BOOK_DATA.match(text) or BOOK_FIELD.match(text):
        return "note"  # a book's data (《…》 江苏人民出版社…, 出版社：…), a box's tag alone
    if ORNAMENT.match(text):
        return "note"  # a rule (────): not text
    if TABLE_TABS.search(text) or _table_row(text):
        return "note"  # a table's row (2021	26736	18.9	…), its cells set apart by tabs or
        # by wide spaces (「汽车产量（万辆）　　242.0　　215.6」, set 109)
    if REFERENCES.match(text) or REFERENCE_ENTRY.match(text) or SCHOLARLY.match(text):
        return "note"  # 参考文献： and its entries ([1]《…》，人民出版社2024年版。), 摘要：…
    if LATIN_ONLY.match(text) and not END_MARK.match(text):
        return "note"  # a journal's English title and abstract after the Chinese text
    if WECHAT_NUMBER.match(text) or WECHAT_RESIDUE.match(normalise(text)):
        return "note"  # a 微信 copy's 02 over the next piece; its 阅读原文, 写留言, - END -
    if NOTE.match(text) or _one_bracket_group(text) or FUNDING_NOTE.match(text):
        # an editor's note; a dateline or credit on a line of its own; what funded the work
        # (set 87: 「【本文系江苏省社科基金重点项目“…”阶段性成果】」)
        return "note"
    if BARRED_CREDIT.match(text) and len(text) <= MAX_FIELD:
        return "note"  # 来源｜集团党委宣传部, 编辑｜何雨桐: a 微信 copy's credits under its text
    if STAGE_CUE.match(text):
        return "note"  # a 党课's cue to its slides or a video (【播放视频：…】), no words of it
    if EXCERPT_SOURCE.match(text):
        return "note"  # 「——摘自《共同富裕的县域样本》（南京大学出版社）」 under an excerpt
    if PERFORMERS.match(text) and len(text) <= MAX_FIELD:
        return "note"  # a 三句半's 「演出：壶镇镇“烧饼香”文艺宣讲队」 under its writer
    return ""


# A lecture's cue in brackets, a line of its own (set 94's 党课: 「【播放视频：《解放人的奋斗
# 足迹》，时长约6分钟】」, 「【互动环节：请两名青年党员…】」, 「（PPT第5页）」).
STAGE_CUE = re.compile(
    r"^[【〔\[（(]\s*(?:播放|观看|插播|展示|出示|互动|现场|PPT|ppt|幻灯|课件|视频|音频)[^】〕\]）)]*[】〕\]）)]$"
)


FUNDING_NOTE = re.compile(r"^[【〔\[（(]\s*本(?:文|研究)(?:系|为|是|受)")
# A 微信 copy's credits, each label and name set apart by a bar.
BARRED_CREDIT = re.compile(
    r"^(?:来源|文字|图片|文图|摄影|编辑|责编|审核|初审|复审|终审|校对|排版)\s*[｜|丨]"
)
MAX_FIELD = 40


END_MARK = re.compile(r"^[-—_\s]*END[-—_\s]*$")
WECHAT_NUMBER = re.compile(r"^0\d$")  # 01, 02: a 微信 copy's pieces numbered over their titles
LATIN_ONLY = re.compile(
    r"^[^\u4e00-\u9fff]*[A-Za-z]{2,}[^\u4e00-\u9fff]+[A-Za-z]{2,}[^\u4e00-\u9fff]*$"
)


def _one_bracket_group(text: str) -> bool:
    """The whole line is one bracket group (「（本报曼谷5月17日电）」), not a paragraph that
    opens with a bracket and ends with another (「（三）深化改革……。（本报成都3月3日电）」)."""
    return text.endswith(("）", ")")) and _opening_bracket(text) == 0


def byline_author(text: str) -> str | None:
    """The author's name in a byline's line (any form), or None."""
    parts = _byline_parts(text)
    return parts[0] if parts else None


def byline_post(text: str) -> str:
    """The post a byline gives beside the name (in brackets, or a unit before it), or ''."""
    parts = _byline_parts(text)
    return parts[1] if parts else ""


SPEAKER_POSTS = re.compile(
    rf"^(?P<name>{NAME})[\s　]+"
    r"(?P<posts>[^\s，。；！？]{2,30}(?:，[^\s，。；！？]{2,30}){1,3})$"
)


def _byline_parts(text: str) -> tuple[str, str] | None:
    """A byline's name and the post it gives beside it ('' when none), or None."""
    marked = BYLINE.match(text)
    if marked:
        return _marked_post(marked.group("author").strip())
    if POSTED_NAMES.fullmatch(text):  # names each with their unit, unmarked: as marked
        return _marked_post(text)
    reading = POLICY_READER.search(text)  # 解读机关：中共吴忠市委办公室　　解读人：马志刚
    if reading:
        office = POLICY_OFFICE.search(text)
        return reading.group("name").strip(), office.group("office").strip() if office else ""
    labelled = re.match(r"^作者\s*[:：]\s*", text)  # 作者：王海燕（…研究员）　顾 晨（…副教授）
    if labelled and POSTED_NAMES.fullmatch(text[labelled.end() :]):
        return _marked_post(text[labelled.end() :])
    if speaker := SPEAKER_PREFIX.match(text):  # 主讲人：何志强（…党支部书记）: as 作者：…
        rest = text[speaker.end() :]
        # … or the name, then its posts set apart by commas (set 101's 委员讲堂: 「主讲人：杨宏林
        # 　省政协委员，九三学社云南省委副主委，省林业和草原科学院研究员」)
        posts = SPEAKER_POSTS.match(rest)
        if posts and POST_WORDS.search(posts.group("posts")):
            return posts.group("name"), posts.group("posts")
        return _byline_parts(f"作者：{rest}")
    if not LABELLED.search(text) and (unit := _unit_then_name(text)):
        # 达拉特旗白泥井镇党委书记　那仁满都拉 (set 112), unlabelled
        return unit.group("name").strip(), affiliation_of(unit.group("post").strip())
    if student := STUDENT_BYLINE.match(text):  # （…培训班学员　程　亮　大畈镇党委副书记）
        return student.group("name").strip(), student.group("post").strip()
    if bracketed := BRACKET_BYLINE.match(text):  # 〔作者：何静，…教授〕 under the title
        return bracketed.group("author"), affiliation_of(bracketed.group("post"))
    if journal_names(text):  # 何晓岚1，王振宇2: their units' numbers dropped
        if not re.search(UNIT_MARK, text):
            return text, ""  # 王雅琴，李　博: as printed
        return "、".join(re.findall(rf"{NAME}(?={UNIT_MARK})", text)), ""
    for pattern in (NAMED_BYLINE, BARE_BYLINE):
        match = _unmarked(pattern, text)
        if match:
            post = match.group("post") or ""
            unit = _unit_then_name(match.group("author").strip())
            if unit and not post:  # 「文｜中共镇平县委党校　韩晓梅」: the unit, then the name
                return unit.group("name").strip(), affiliation_of(unit.group("post"))
            # 「作者：赵明远　辽宁大学经济学院教授」 (set 89's 沈阳日报): the name, then the post
            posted = NAME_THEN_UNIT.match(match.group("author").strip())
            if posted and not post and POST_WORDS.search(posted.group("post")):
                return posted.group("author").strip(), affiliation_of(posted.group("post"))
            return match.group("author").strip(), post[1:-1].strip()
    match = _unmarked(NAME_THEN_UNIT, text)
    if match:
        return match.group("author").strip(), affiliation_of(match.group("post"))
    match = _unit_then_name(text)  # 「市财政局机关党委专职副书记 覃海燕」 under a piece's title
    if match:
        return match.group("name").strip(), affiliation_of(match.group("post"))
    guests = participants(text)
    if guests:
        return " ".join(guests), ""
    return None


MARKED_WITH_POST = re.compile(
    rf"^(?P<name>{NAME}(?:[\s　]+{NAME}){{0,3}})[\s　]*[（(](?P<post>.+)[)）]$"
)
LABELLED = re.compile(r"[:：｜|丨/／]")  # 文｜…, 创作：…: a byline's label
# A Mongolian or Tibetan name (那仁满都拉) after its holder's post; not a place's or a body's
# name (「原创 社区党委 汴绣里社区」).
LONG_NAME = rf"{HAN}{{4}}(?![区县市镇村乡委部局社网报馆站所院校会厅处办组队室司厂园心号台]){HAN}"
UNIT_THEN_NAME = re.compile(
    rf"^(?P<open>[（(])?(?P<post>[^\s（(].*?(?:党校|大学|学院|研究院|研究所|中心|委员会"
    rf"|[委局厅部院所室处办站社馆]|联合会|协会|学会|[市区县部局厅处院所室站校科组]长|书记|主任|主席|常委"
    rf"|教授|研究员|讲师|(?:本科|研究|硕士|博士)生|学员"  # 管理学院2022级本科生　汪子涵
    rf"|成员|宣讲员|委员"  # □ 市委宣讲团成员　杨建华, 万良镇党委组织委员　刘佳琪
    rf"|董事长|总经理|理事长))[\s　]+"
    rf"(?!供稿|整理|撰稿|编辑|报道|摄影|制图|{COMPILED})"  # （市委党校　供稿）: a credit
    rf"(?P<name>{NAME}|{LONG_NAME})"  # (after a post, a name of five: 「…党委书记　那仁满都拉」)
    rf"(?(open)[)）])$"
)


# A research group's byline, its writers named (set 110's 九江日报: 「□ 中共九江市委党校课题组
# 执笔：胡晓岚　程立伟」): the writers, and the group as their post.
WRITERS = re.compile(
    rf"^(?P<post>\S.{{1,30}}?(?:课题组|调研组|研究组|写作组))[\s　]*执笔人?\s*[:：]\s*"
    rf"(?P<name>{NAME}(?:[\s　、，,]+{NAME}){{0,3}})$"
)


def _marked_post(author: str) -> tuple[str, str]:
    """A marked byline's name and post: 「□郑锦华（福建师范大学…教授）」, 「□ 中共宁德市委党校
    吴立新」 (福建日报); the whole line and no post otherwise. Several names, each with its
    unit (「季红梅（南通大学公共管理学院）　沈　阳（南通市老龄事业发展中心）」): the names, and
    each name with its unit, as a closing line naming several authors gives them."""
    posted = re.findall(rf"({NAME})[（(]([^（）()]{{2,30}})[)）]", author)
    if len(posted) >= 2 and re.fullmatch(rf"{POSTED_NAME}(?:[\s　]+{POSTED_NAME})+", author):
        names = [name.strip() for name, _ in posted]
        units = [unit for _, unit in posted]
        return "　".join(names), "；".join(f"{n}，{u}" for n, u in zip(names, units, strict=True))
    if writers := WRITERS.match(author):
        return writers.group("name").strip(), writers.group("post").strip()
    for pattern in (MARKED_WITH_POST, UNIT_THEN_NAME, NAME_THEN_UNIT):
        match = pattern.match(author)
        if match and POST_WORDS.search(match.group("post")):
            # (NAME_THEN_UNIT names its name 「author」: 「■ 刘玉山　梨树县…党总支书记」, set 117)
            name = match.group("name" if "name" in match.re.groupindex else "author")
            return name.strip(), affiliation_of(match.group("post").strip())
    return author, ""


def _unmarked(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """An unmarked byline's match, its brackets (if any) holding a post."""
    match = pattern.match(text)
    if match is None or not match.group("post"):
        return match
    return match if POST_WORDS.search(match.group("post")) else None


def _is_byline(blocks: list[Block], index: int) -> bool:
    """A ``□`` line names the author only where a heading stands above it; the same markers
    head boxed items inside an article (■小贴士, ◆链接: bullets). An unmarked byline (作者：…,
    本报记者…, a bare name) is one only between a heading and the text it signs."""
    text = blocks[index].text
    match = BYLINE.match(text)
    if match is None:
        return _is_unmarked_byline(blocks, index)
    name = match.group("author").strip()
    if BULLET_WORDS.match(name) or name.endswith(("：", ":")) or ends_sentence(name):
        return False
    if (FIGURE_IN_CLAUSE.search(name) or re.search(r"\d", name)) and not _unit_then_name(name):
        return False  # a box's bullet: 「● 全市民营经营主体超过100万户，占…95%以上」, 「●…　38个」
    if BYLINE_ROLE.search(name):
        return True
    if index + 1 < len(blocks) and (
        FIGURE_ALONE.match(blocks[index + 1].text)
        # (not a picture's caption under it: 「▲赵国庆在林下参种植基地…」, set 117)
        or (BULLETED.match(blocks[index + 1].text) and not CAPTION.match(blocks[index + 1].text))
    ):
        # a graphic's item over its figure (set 96's 一图读懂: 「●高新技术企业」 / 「达到1000家」),
        # or one of a list of items (「●培育智能工厂、数字化车间」 / 「●…」): no name
        return False
    if WRITERS.match(name):
        return True  # 「□ 中共九江市委党校课题组　执笔：胡晓岚　程立伟」 (set 110)
    if re.search(r"[:：]", name):
        return False  # an item with its label (「●汽车：整车向新能源化…」), no name
    bare = re.sub(r"[（(].*[)）]$", "", name)  # 郑锦华（福建师范大学…教授）: the post aside
    if len(bare) > 6 and not re.search(r"[\s　、，,·•]", bare):
        return False  # one long word is a box's bullet (●规上工业战略性新兴产业增加值), no name
    listed = [p.strip() for p in re.split(r"[、，,]", re.sub(r"[（(][^（）()]*[)）]", "", bare))]
    if (
        len(listed) > 1
        and not re.search(r"[\s　]", bare)  # (「■ 市委常委、常务副市长　于洪涛」: a post, a name)
        and any(len(p) > MAX_NAME_CHARS for p in listed)
    ):
        return False  # a list of phrases (◆ 坚持规划引领，一张蓝图绘到底), no list of names
    if index == 0:
        return True  # refused below: a byline needs a title
    above = blocks[index - 1].text
    return (
        not ends_paragraph(above)
        and not BYLINE.match(above)
        and not closes_article(above)  # 刘思远（作者单位：…） over 「■论苑」, the next column
        and len(above) <= MAX_TITLE
    )


# … and its source under its text (「——摘自《共同富裕的县域样本》（南京大学出版社）」).
EXCERPT_SOURCE = re.compile(
    r"^[—―-]{0,2}\s*(?:摘自|选自|节选自|原载|转载自)《[^》]{1,40}》[^。]{0,30}$"
)
# An excerpt's mark under its title (set 97's 连云港日报 书摘: 「（节选）」).
EXCERPT_MARK = re.compile(r"^[（(](?:节选|摘编|摘登|选摘|有删节|删节)[)）]$")


# A 理论热点面对面's question over its answer (「问：怎样理解进一步全面深化改革的总目标？」), and
# the answer's signature (「（答问专家：杨春华，三峡大学马克思主义学院教授）」).
QUESTION_TITLE = re.compile(r"^问[:：][^。；！？?]{4,40}[？?]$")
ANSWERED_BY = re.compile(r"^[（(](?:答问|解答)专家[:：]")
MAX_NAME_CHARS = 4  # 欧阳晓明: a name of four characters at most, a list's item of more
# A figure alone on its line, with its unit and a word or two (「30%以上」, 「突破100万辆」, 「3000
# 个」).
FIGURE_ALONE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}\d[\d.,]*\s*(?:%|[\u4e00-\u9fff]{1,3})?(?:以上|以下|左右)?$"
)
BULLETED = re.compile(r"^[●◆■▲]")
BULLET_MARK = re.compile(r"^[●◆■▲•▪◇]")


def _is_unmarked_byline(blocks: list[Block], index: int) -> bool:
    text = blocks[index].text
    if NAVIGATION.match(text):
        return False  # 「上一版　　下一版」 (set 102's 惠州日报): a viewer's buttons, no names
    if NO_NAME.match(text) or RELATED.match(text):
        # 「思考题」 over a lecture's questions, 「相关新闻」 over a site's links: words of two
        # to four characters, no names
        return False
    if BRACKET_BYLINE.match(text):
        return (
            0 < index < len(blocks) - 1
            and _heading_like(blocks[index - 1].text)
            and _text_like(blocks[index + 1].text)
        )
    if journal_names(text):
        return (
            0 < index < len(blocks) - 1
            and _heading_like(blocks[index - 1].text)
            and _journal_unit(blocks[index + 1].text)
        )
    if not any(_unmarked(p, text) for p in (NAMED_BYLINE, BARE_BYLINE, NAME_THEN_UNIT)) and not (
        participants(text)
        or _unit_then_name(text)
        or POSTED_NAMES.fullmatch(text)
        # 「讲课人：沈建华（诸暨市委常委、政法委书记）」 under each 党课's title (set 115)
        or (SPEAKER_PREFIX.match(text) and byline_author(text))
    ):
        return False
    if furniture(text) or NOTE.match(text) or _box_tag(text) or SITE_NAME.search(text):
        return False  # 播报, 评论 (学习强国); 编者按 alone over its text; 理论热点 over its Q&A
    if index == 0 or index + 1 >= len(blocks):
        return False
    if blocks[index].line == blocks[index - 1].line and not NAMED_BYLINE.match(text):
        return False  # a name beside a site's name on its line (中国网 china.com.cn　　观点中国)
    # (a review's book data may stand between the byline and the text: 「作者：沈丽华」 /
    # 「《千村万户：…》　陆建明　著　浙江人民出版社…」 / text)
    # … and so may a web copy's fields beside a 作者： byline (作者：许文博　　来源：…　　发布
    # 时间：…) and its font-size switch
    named = bool(NAMED_BYLINE.match(text))
    after = next(
        (
            b
            for b in blocks[index + 1 :]
            if not (
                BOOK_DATA.match(b.text)
                # a portrait's caption, the name alone, under a reporter's byline (中国建设报:
                # 「本报记者　孟　然」 / 「郑怀远」 / text)
                or (
                    b is blocks[index + 1]
                    and REPORTER_ROLE_LINE.match(text)
                    and NAME_ALONE.match(b.text)
                )
                # … or the portrait's caption, the guest's (set 87's 烟台日报: 「本报记者 孙晓燕
                # 本报通讯员 王 琳」 / 「刘振海（左）在…调研。（受访者供图）」 / text)
                or (b is blocks[index + 1] and inner_role(b.text) == "caption")
                # … or the lead box's head over its summary (set 90's 羊城晚报: 「陈立衡」 /
                # 「【核心阅读】」 / 「发展新质生产力，既是…」)
                or (b is blocks[index + 1] and NOTE_HEAD_ALONE.match(b.text) is not None)
                or (
                    named
                    and (
                        b.line == blocks[index].line
                        or SOURCE_FIELD.match(b.text)
                        or furniture(b.text)
                        or NAVIGATION.match(b.text)  # a viewer's 「放大　缩小　默认」 (set 102)
                        or PERFORMERS.match(b.text)  # 「演出：…宣讲队」 under 「创作：…」
                    )
                )
            )
        ),
        blocks[index + 1],
    )
    above, below = blocks[index - 1].text, after.text
    if named and index >= 2 and blocks[index - 1].line == blocks[index].line:
        # a web copy's date beside the byline on its line (set 102's 惠州日报: 「2024-08-13　　作者
        # ：本报记者 邓思琪　　来源：惠州日报」): the heading is above them
        above = blocks[index - 2].text if _bare_date(above) else above
    # (a name with its post under a title's last line as short as a name: 「把“小事不出村”」
    # / 「落到实处」 / 「谭　亮　宣恩县椒园镇党委书记」, set 93's 党员生活: names stack not so)
    posted = _unmarked(NAME_THEN_UNIT, text) is not None and POST_WORDS.search(text) is not None
    heading_above = _heading_like(above) and (
        not BARE_BYLINE.match(above)
        or (posted and not re.search(r"[\s　]", above))
        # … a short line that ends a title broken over two lines is no name (「健全因地制宜发展
        # 新质生产力的」 / 「体制机制」 / 「周建华」)
        or (index >= 2 and _first_half(blocks[index - 2].text, above))
    )
    # An editor's note is not the text a name signs: 「思想者」 (a column) above 「编者按：…」
    # is not a bare-name byline (解放日报).
    # A reporter's byline may stand over the editor's words (北京日报's 学者访谈:
    # 「本报记者　韩　雪」 over 「编者的话：…」).
    text_below = (len(below) > MAX_TITLE or ends_paragraph(below)) and (
        not NOTE.match(below) or bool(BYLINE_ROLE.search(text))
    )
    # … or a verse in turns under its writer (set 95's 三句半: 「创作：县文化馆　樊志勇」 /
    # 「甲：锣鼓一敲响叮当，」 / 「乙：…」)
    at = blocks.index(after) if after in blocks else index + 1
    verse = named and all(SPEAKER_TURN.match(b.text) for b in blocks[at : at + MIN_TURNS])
    return heading_above and (text_below or (verse and len(blocks) >= at + MIN_TURNS))


PERFORMERS = re.compile(r"^(?:演出|表演|演唱|朗诵|编导)\s*[:：]")
MIN_TURNS = 4  # lines in turns under a verse's writer (甲：乙：丙：丁：)


REPORTER_ROLE_LINE = re.compile(rf"^{REPORTER_ROLE}")
# A 政策解读's fields (set 88's 吴忠市人民政府): who reads the policy, and for which office.
POLICY_READER = re.compile(rf"^(?:.*[\s　])?解读人\s*[:：]\s*(?P<name>{NAME})\s*$")
POLICY_OFFICE = re.compile(r"^解读(?:机关|单位)\s*[:：]\s*(?P<office>[^\s　]{2,30})")
# Heads as short as a name (set 88's 辅导报告: 「思考题」 over its numbered questions, read as a
# byline, the lecture as a page of one article signed 思考题).
NO_NAME = re.compile(
    r"^(?:思考题|讨论题|研讨题|复习题|练习题|结语|结束语|附录|附件|前言|引言|后记|小结|导语|按语|案例|说明|序言"
    r"|推荐阅读|延伸阅读|参考书目|阅读书目|推荐阅读书目"
    r"|(?:编印|编写|编辑|出版|修订|使用)说明|编者的话|卷首语|百问百答|应知应会|知识问答|学习问答"
    r"|讲课提纲|提纲|内容提要|学习提示)$"
    # (a handbook's words, set 111)
)
# An author named in brackets under the title, over the text (中国建设报: 「〔作者：何静，中共湖南
# 省委党校（湖南行政学院）教授〕」): the byline, the post after the comma.
BRACKET_BYLINE = re.compile(
    rf"^[〔［\[（(]\s*作者\s*[:：]\s*(?P<author>{NAME})[，,]\s*(?P<post>.+)[〕］\]）)]$"
)
NAME_ALONE = re.compile(rf"^{NAME}$")


def _opens_rest(blocks: list[Block], index: int) -> bool:
    """「（上接第一版）」 under a heading opens the rest of an article begun on another page; it
    stands where the byline would (the byline was printed with the beginning)."""
    text = blocks[index].text
    return (
        bool(MARK_LINE.match(text) and CONTINUES.match(text))
        and index > 0
        and _heading_like(blocks[index - 1].text)
    )


EDITION_LINK = r"(?:往期回顾|往期查阅|PDF版?下载|本版PDF|返回首页|返回目录|版面导航|数字报首页)"
# What a copied web page or app shows around an article (学习强国: 播报, 点赞 1.8万, 写评论…; an
# 电子版's ◀上一版 下一版▶): never a heading, never a byline.
APP_WORDS = re.compile(
    r"^(?:播报|评论|写评论…*|发表评论|我要评论|网友评论|评论区|分享|收藏|点赞|[<＜‹]?\s*返回|推荐阅读|相关阅读|查看更多.*|微信好友"
    r"|朋友圈|\d+(?:\.\d+)?万?"
    # a share bar's targets, one a line under 「分享到：」 (set 84's 东北网: 「QQ空间」 over
    # 「复制链接」 had been read as a title and its byline)
    r"|微信|微博|新浪微博|QQ空间|QQ好友|QQ|复制链接|豆瓣|钉钉"
    r"|[◀＜<〈]?\s*上一[版期]|下一[版期]\s*[▶＞>〉]?|字号.*"
    r"|(?:上一篇|下一篇|返回顶部)(?:\s*(?:上一篇|下一篇|返回顶部))*"
    # an 电子版's links: 「往期回顾　|　PDF版下载　|　返回首页」
    rf"|{EDITION_LINK}(?:\s*[|｜丨]?\s*{EDITION_LINK})*)$"
)


def furniture(text: str) -> bool:
    """A line of a web page's or an app's furniture (menus, share bars, counters)."""
    line = normalise(text)
    return bool(
        APP_WORDS.match(line)
        or FURNITURE_LINE.match(line)
        or (FURNITURE.search(line) and len(line) <= 30)
        or PLAYER.match(line)  # 视频加载中... / 点击播放 over a 微党课's text (set 113)
    )


def _heading_like(text: str) -> bool:
    return (
        len(text) <= MAX_TITLE
        and not ends_paragraph(text)
        and not BYLINE.match(text)
        and not closes_article(text)
        and not (CREDIT.match(text) or CAPTION.match(text) or NOTE.match(text))
        and not CREDITED_CAPTION.search(text)
        and not CREDIT_LINE.match(text)
        and not MARK_LINE.match(text)
        and not _masthead_inside(text)  # 「第07版：思想周刊」 is no lead title
        and not furniture(text)
        and not BOOK_DATA.match(text)
        and not SOURCE_FIELD.match(text)  # 来源：《思想理论研究》2024年第3期 over the byline
        and not REFERENCE_ENTRY.match(text)  # [2]…决定[M].北京：人民出版社，2024. over a piece
        and not EDITION_TAB.match(text)  # 「A08：广州」, a 数字报's list of its editions
    )


TITLE_AND_BOOK = re.compile(
    r"^(?P<title>[^《》。，；]{4,40}?)(?P<book>《[^《》]{1,40}》\s.*出版社.*)$"
)


QR_PROMPT = re.compile(r"^(?:扫码|扫描二维码|长按识别|\[二维码\])")
QR_ACTION = re.compile(r"^(?:阅读|查看|收看|观看|收听|关注|浏览)[\u4e00-\u9fff《》“”]{0,12}$")


def _qr_line(lines: Sequence[Block], index: int) -> bool:
    """A QR code's prompt (「扫描二维码」), or what it offers on the line under it
    (「阅读访谈全文」)."""
    return bool(QR_PROMPT.match(lines[index].text)) or (
        index > 0
        and bool(QR_PROMPT.match(lines[index - 1].text))
        and bool(QR_ACTION.match(lines[index].text))
    )


def _page_foot(body: list[Block]) -> list[Block]:
    """The short lines after the last sentence of a page's last article, none a sentence or
    a note of the article's: the page's own (an ad, a QR prompt, the desk's e-mail)."""
    if len(body) < 2:
        return []
    count = 0
    while count < len(body) - 1:
        text = body[-1 - count].text
        prompt = QR_PROMPT.match(text)  # 「扫码阅读《…》全文[二维码]」, however long
        if not prompt and (len(text) > MAX_TITLE or ends_paragraph(text) or inner_role(text)):
            break
        count += 1
    before = body[-1 - count].text  # a sentence's end, or a caption's
    if count == 0 or not (ends_paragraph(before) or inner_role(before)):
        return []
    return body[len(body) - count :]


# (not 中国社会科学报, a newspaper)
# … of a university, by its series (「海南大学学报人文社会科学版」, 「…学报（哲学社会科学版）」)
JOURNAL_NAME = re.compile(
    r"[\u4e00-\u9fff]{2,14}(?:(?:党校|大学|学院)学报|学刊)(?:[（(]?[\u4e00-\u9fff]{2,10}版[)）]?)?"
)
# A journal's unit line under its author's name, in brackets with its place and postcode.
# (a unit may hold a bracketed name of its own: 中共四川省委党校（四川行政学院）)
UNIT_TEXT = r"(?:[^（）()；;]|[（(][^（）()；;]{2,12}[)）]){3,60}?"
JOURNAL_UNIT_LINE = re.compile(
    rf"^[（(][\u4e00-\u9fff]{UNIT_TEXT}\d{{6}}[)）]$"
    # … or the units of authors numbered (「（1.中共杭州市委党校 社会学教研部，浙江 杭州 310024；
    # 2.杭州市拱墅区民政局，浙江 杭州 310011）」)
    rf"|^[（(]1[.．、]{UNIT_TEXT}\d{{6}}(?:[；;]\s*[2-9][.．、]{UNIT_TEXT}\d{{6}})+[)）]$"
    # … or without the brackets, as CNKI's reading view prints them (set 102's 韩山师范学院学报)
    rf"|^1[.．、]{UNIT_TEXT}\d{{6}}(?:[；;]\s*[2-9][.．、]{UNIT_TEXT}\d{{6}})+$"
)
UNIT_NUMBER = re.compile(r"^[1-9][.．、]\s*")
UNIT_PLACE = re.compile(r"[，,]\s*[\u4e00-\u9fff]{2,4}\s*[\u4e00-\u9fff]{2,4}\s*\d{6}$")


def _journal_unit(text: str) -> bool:
    return bool(JOURNAL_UNIT_LINE.match(text))


def _title_over_page_foot(blocks: list[Block]) -> list[Block]:
    """A journal piece's title printed at a PDF page's foot, over the page's footnotes (a rule,
    收稿日期：…, 基金项目：…, 作者简介：…) and the next page's running head, its author and unit
    at the next page's top (set 85's 海南大学学报: 「新质生产力视域下…的转型路径」 / 「——————」 /
    … / 「·2·　海南大学学报…」 / 「邢丽娜」 / 「（海南师范大学…）」): the title is read over its
    byline and unit, the footnotes under them as the piece's notes."""
    moved = list(blocks)
    at = 0
    while at < len(moved) - 2:
        below = moved[at + 1].text
        footed = ORNAMENT.match(below) or SCHOLARLY.match(below)
        if not (_heading_like(moved[at].text) and footed):
            at += 1
            continue
        for name in range(at + 2, min(at + MAX_PAGE_FOOT, len(moved) - 1)):
            if NAME_ALONE.match(moved[name].text) and _journal_unit(moved[name + 1].text):
                foot = moved[at + 1 : name]
                if any(b.aside == "page" for b in foot):
                    notes = [b if b.aside else dataclasses.replace(b, aside="note") for b in foot]
                    moved[at + 1 : name + 2] = [*moved[name : name + 2], *notes]
                break
            text = moved[name].text
            if _text_like(text) and not SCHOLARLY.match(text) and not moved[name].aside:
                break  # the text goes on: no page's foot
        at += 1
    return moved


def _english_title_under_names(blocks: list[Block]) -> list[Block]:
    """A journal's English title printed between its Chinese title and its authors (set 87's
    广东社会科学: 「…的考察」 / 「The Practical Logic…」 / 「…"Hundred-Thousand-Ten」 / 「Thousand
    Project"」 / 「黄志坚1，林嘉怡2」 / 「（1. …）」): read under the authors' units, a note as
    the English abstract is, never the title over the names."""
    moved = list(blocks)
    for at in range(1, len(blocks) - 1):
        if not (journal_names(blocks[at].text) and _journal_unit(blocks[at + 1].text)):
            continue
        top = at
        while top > 0 and LATIN_ONLY.match(blocks[top - 1].text):
            top -= 1
        if top == at or top == 0 or LATIN_ONLY.match(blocks[top - 1].text):
            continue
        english = blocks[top:at]
        moved = [b for b in moved if b not in english]
        unit = moved.index(blocks[at + 1])
        moved[unit + 1 : unit + 1] = english
    return moved


def _credited_boxes(blocks: Sequence[Block]) -> set[int]:
    """The lines of boxes closed by their credit in brackets: a tag alone (【学习问答】), its title
    and its paragraphs, up to 「（本报综合）」 or 「（据新华社）」 within a few lines (set 92's
    淄博日报: the box printed between an article's two parts had been its text, and a 判断 quoted
    it as the article's)."""
    lines = list(blocks)  # (as the byline check takes them)
    boxed: set[int] = set()
    for at, block in enumerate(lines):
        if not _box_tag_alone(block.text):
            continue
        for end in range(at + 1, min(at + MAX_BOX_LINES, len(lines))):
            text = lines[end].text
            if (_one_bracket_group(text) and BOX_CREDIT.search(text)) or BOX_CREDIT_END.search(
                text
            ):
                boxed.update(range(at, end + 1))
                break
            if _is_byline(lines, end):
                break
    return boxed


BOX_CREDIT = re.compile(r"综合|据|供稿|整理|来源|编辑")
# … or at its last paragraph's end (set 95's 镇江日报: 「【延伸阅读】」 / its title / 「…作出部署。
# （本报资料室整理）」)
BOX_CREDIT_END = re.compile(r"[。！？”][（(][^（()）]{0,16}(?:综合|供稿|整理)[)）]$")
MAX_BOX_LINES = 16
BOOK_LIST = re.compile(r"^(?:新书速递|新书推荐|好书推荐|书讯)")
TAG_ALONE = re.compile(r"^[【〖\[][^】〗\]]{2,10}[】〗\]]$")  # 【主持人语】, 【编者按】
MAX_PAGE_FOOT = 14  # lines of a page's footnotes and running head between a title and its byline


def _book_data_under_byline(blocks: list[Block]) -> list[Block]:
    """A book review's data printed between its title and its byline (中国人口报: 「在“积极老龄观”
    中读懂老年人的价值」 / 「《老有所为：…》　林卫东 著　中国人口出版社…」 / 「□ 陈书宁」) is read
    under the byline, where other pages print it: the title stays over its byline; so is an
    excerpt's mark (set 97's 书摘: 「“板凳会”上议出村庄新规矩」 / 「（节选）」 / 「□ 顾晓岚」)."""
    moved: list[Block] = []
    for at, block in enumerate(blocks):
        glued = TITLE_AND_BOOK.match(block.text)
        if glued and at + 1 < len(blocks) and BYLINE.match(blocks[at + 1].text):
            # … the title run on into the data by a narrow column's wrapping
            moved += [Block(block.line, glued.group("title")), Block(block.line, glued["book"])]
        else:
            moved.append(block)
    for at in range(1, len(moved) - 1):
        if (
            (BOOK_DATA.match(moved[at].text) or EXCERPT_MARK.match(moved[at].text))
            and BYLINE.match(moved[at + 1].text)
            and _heading_like(moved[at - 1].text)
        ):
            moved[at], moved[at + 1] = moved[at + 1], moved[at]
    return moved


PUBLIC_NOTICE = re.compile(r"^[【\[〔]?(?:公益)?广告[】\]〕]?$")
# … or the page's call for papers, its text in sentences (「本版征稿」 / 「本版常年刊发…欢迎
# 赐稿。」)
CALL_FOR_PAPERS = re.compile(
    r"^[【\[〔]?(?:本版征稿|征稿启事|投稿须知|稿约)[】\]〕]?$"
    r"|^[^\s，。；]{2,30}启事$"  # … or any notice (set 97's 「港城读书会第十二期活动报名启事」)
)
MAX_NOTICE_LINE = 30
FURNITURE_PROMPT = re.compile(r"^(?:扫码|扫描二维码|长按|点击)")  # 扫码阅读全文 over a notice


def _public_notices(blocks: list[Block]) -> list[Block]:
    """A public-service notice set on the page (「公益广告」 / 「讲文明　树新风」 / 「文明泉州
    你我共建」 / 「泉州市文明办　泉州晚报社」): its label and the short lines right under it
    are the page's (``Block.aside``), never an article's lead title or text."""
    marked = list(blocks)
    for index, block in enumerate(blocks):
        call = bool(CALL_FOR_PAPERS.match(block.text))
        if not (call or PUBLIC_NOTICE.match(block.text)):
            continue
        marked[index] = dataclasses.replace(block, aside="notice")
        # … its label printed under its lines (「讲文明　树新风」 / … / 「公益广告」), over the
        # next story's title: the lines above are the notice's, not those below
        above = index
        while (
            not call
            and above > 0
            and blocks[above - 1].line == blocks[above].line - 1
            and len(blocks[above - 1].text) <= MAX_NOTICE_LINE
            and not ends_sentence(blocks[above - 1].text)
            and not page_meta(blocks[above - 1].text)
            and not FURNITURE_PROMPT.match(blocks[above - 1].text)
        ):
            above -= 1
            marked[above] = dataclasses.replace(blocks[above], aside="notice")
        if above < index:
            continue
        for at in range(index + 1, len(blocks)):
            line = blocks[at]
            if line.line != blocks[at - 1].line + 1 or (
                not call and (len(line.text) > MAX_NOTICE_LINE or ends_sentence(line.text))
            ):
                break
            marked[at] = dataclasses.replace(line, aside="notice")
    return marked


def _head_line(text: str, answered: bool) -> bool:
    """A heading's line: heading-like, or on a page whose answers are signed by their
    experts (``answered``: 「（答问专家：杨春华，…）」), a question over its answer (「问：…？」,
    set 98); never a diary's day (「2024年5月7日　星期二　晴」), which heads an entry."""
    if DIARY_DAY.match(text):
        return False
    return _heading_like(text) or (answered and QUESTION_TITLE.match(text) is not None)


# A quiz printed on a page (set 117's 每日一练, set 116's 学习小测试): its options, each or several
# on a line (「A.2027」, 「A. …　B. …」), its 【答案】 and 「答案：」 lines.
QUIZ_LINE = re.compile(r"^(?:[A-F][.．、]\s*\S|【答案】|答案\s*[:：])")
# A diary's day over its entry, with the weather (set 112's 学习日记): the entry's heading, no
# piece's title and no masthead's date.
DIARY_DAY = re.compile(
    r"^\d{4}年\d{1,2}月\d{1,2}日[\s　]*(?:星期|周)[一二三四五六日天][\s　]+"
    r"(?:晴|阴|多云|[小中大暴阵雷]?雨|[小中大]?雪|雾|霾|\S{1,2}转\S{1,2})$"
)


INLINE_SUBTITLE = re.compile(r"[\u4e00-\u9fff”》]——[\u4e00-\u9fff“《]")
LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,7}$")


def _bare_date(text: str) -> bool:
    """A date alone, unlabelled (「2024-08-13」), as a 数字报's article view prints it beside the
    byline; a web page's 「发布时间：…」 line is read with its fields."""
    return text[:1].isdigit() and bool(DATE_ONLY.match(text))


def _heading_start(blocks: list[Block], byline: int, floor: int, answered: bool) -> int:
    """Where the heading lines above a byline begin: up to MAX_HEADING_LINES heading-like
    lines (lead title, main title, subtitles), not above ``floor`` nor a line of the page's
    (a public notice)."""
    # (a bare date beside the byline on its line, 「2024-08-13　　作者：本报记者 邓思琪」: the
    # headings are above it)
    top = byline
    if (
        top > floor
        and blocks[top - 1].line == blocks[byline].line
        and _bare_date(blocks[top - 1].text)
    ):
        top -= 1
    start = top
    while start > floor and top - start < MAX_HEADING_LINES:
        above = blocks[start - 1]
        if not _head_line(above.text, answered) or above.aside == "notice":
            break
        start -= 1
    return byline if start == top else start


def _split_headings(
    headings: list[Block],
    first: bool,
    lines_above: int,
    listed: frozenset[str] = frozenset(),
    journal: bool = False,
) -> tuple[list[Block], list[Block], int]:
    """(lines above the title: banner, column; the title lines; which one is the main). A
    title the page's own list of its articles names (``listed``) is the main one, the lines
    under it its subtitle even without a dash (「市委理论学习中心组开展专题学习研讨」 over
    「聚焦深入贯彻中央八项规定精神学习教育」). A journal prints no lead title: its title's
    lines are one title broken where the column ended (「铸牢中华民族共同体意识融入边疆民族地区」
    / 「基层治理的实践路径」)."""
    # A signature under the text above (「——许晓东」 under a 卷首语, set 94) is no subtitle of
    # this title, nor a running head over it its lead title (set 95's 论文选编): they stay above.
    signed = list(
        itertools.takewhile(
            lambda h: DASH_SIGNATURE.match(h.text) or h.aside == "page", headings[:-1]
        )
    )
    headings = headings[len(signed) :]
    # A subtitle broken over two lines in a narrow column (「——访华中药学院医药产业」 / 「发展研究
    # 中心主任程远航」): nothing but the byline comes under a subtitle, so the line goes on in it.
    at = 1
    while at < len(headings):
        if headings[at - 1].text.startswith(("—", "―")) and not headings[at].text.startswith(
            ("—", "―")
        ):
            joined = Block(headings[at - 1].line, headings[at - 1].text + headings[at].text)
            headings = [*headings[: at - 1], joined, *headings[at + 1 :]]
        else:
            at += 1
    subtitles = 0
    while subtitles < len(headings) - 1 and headings[-1 - subtitles].text.startswith("—"):
        subtitles += 1
    named = [i for i, h in enumerate(headings) if _listed_name(h.text) in listed]
    if named and named[-1] < len(headings) - 1 - subtitles:
        subtitles = len(headings) - 1 - named[-1]
    main = len(headings) - 1 - subtitles
    # A title broken over two lines in a narrow column (「筑牢维护国家安全的」 / 「人民防线」):
    # one title.
    while main > 0 and _first_half(headings[main - 1].text, headings[main].text):
        joined = Block(headings[main - 1].line, headings[main - 1].text + headings[main].text)
        headings = [*headings[: main - 1], joined, *headings[main + 1 :]]
        main -= 1
    # … or its last words letter-spaced on a line of their own (set 102's 广东机关党建: 「“三单
    # 联动”让党建与业务」 / 「同 频 共 振」)
    if main > 0 and LETTER_SPACED.match(headings[main].text) and not headings[main - 1].aside:
        joined = Block(
            headings[main - 1].line, headings[main - 1].text + headings[main].text.replace(" ", "")
        )
        headings = [*headings[: main - 1], joined, *headings[main + 1 :]]
        main -= 1
    while (
        journal
        and main > 0
        and _journal_title_line(headings[main - 1].text)
        # (a title whole with its subtitle on its line is no second line of one: the line above
        # is its column, set 102's 韩山师范学院学报 「思想政治教育研究」)
        and not INLINE_SUBTITLE.search(headings[main].text)
    ):
        joined = Block(headings[main - 1].line, headings[main - 1].text + headings[main].text)
        headings = [*headings[: main - 1], joined, *headings[main + 1 :]]
        main -= 1
    # … or broken before its last noun under its lead (深入学习贯彻习近平经济思想 / 因地制宜培育
    # 石化化工行业 / 新质生产力): a title of five characters or fewer is the end of the line above
    if (
        main >= 2
        and len(headings[main].text) <= SHORT_END
        and 8 <= len(headings[main - 1].text) <= MAX_HALF
        and not any(LEAD_PUNCTUATION.search(h.text) for h in headings[main - 1 : main + 1])
        and not headings[main - 1].text.startswith(("—", "―"))
    ):
        joined = Block(headings[main - 1].line, headings[main - 1].text + headings[main].text)
        headings = [*headings[: main - 1], joined, *headings[main + 1 :]]
        main -= 1
    # A title of two phrases printed on two lines under its lead (「深入学习贯彻…重要论述」 /
    # 「因地制宜发展新质生产力」 / 「奋力推动宜昌高质量发展」): one title, its halves spaced.
    if main >= 2 and _two_phrases(*(h.text for h in headings[main - 2 : main + 1])):
        joined = Block(
            headings[main - 1].line, f"{headings[main - 1].text}　{headings[main].text}"
        )
        headings = [*headings[: main - 1], joined, *headings[main + 1 :]]
        main -= 1
    title_start = main
    # A line right above the main title is its lead title (引题) when it reads like one;
    # a short tag without punctuation is the column. The first article keeps two lines
    # above its title for the page's banner and column.
    reserved = max(0, 2 - lines_above) if first else 0
    while (
        not journal
        and title_start - 1 >= reserved
        and _reads_like_lead(headings[title_start - 1].text)
    ):
        title_start -= 1
    return [*signed, *headings[:title_start]], headings[title_start:], main - title_start


DASH_SIGNATURE = re.compile(rf"^[—―]{{1,2}}\s*{NAME}$")  # 「——许晓东」 under a 卷首语


def _journal_head(blocks: list[Block]) -> list[Block]:
    """A journal's head as its PDF broke it, joined back above its first paragraph: a title
    broken after its colon (「党建引领城市社区治理现代化：」 / 「逻辑理路与实践进路」) and a line
    broken inside its brackets (「（…公共管理教研部，陕西 西安 」 / 「710061）」, 「文章编号：
    1008-5955（」 / 「2025）03-0045-06」). Other pages are left as they are."""
    if not _scholarly(blocks):
        return blocks
    joined: list[Block] = []
    head = True  # no paragraph of text yet
    for block in blocks:
        last = joined[-1] if joined else None
        if (
            head
            and block.indented
            and len(block.text) <= MAX_TITLE
            and not ends_paragraph(block.text)
        ):
            block = dataclasses.replace(block, indented=False)  # a title or a name, centred
        if (
            head
            and last is not None
            and not block.indented
            and block.line == last.line + 1
            and (
                last.text.count("（") + last.text.count("(")
                > last.text.count("）") + last.text.count(")")
                or (
                    last.text.endswith(("：", ":"))
                    and not SCHOLARLY.match(last.text)
                    and len(last.text) <= MAX_TITLE
                    and _heading_like(block.text)
                    and not SCHOLARLY.match(block.text)
                )
            )
        ):
            joined[-1] = Block(last.line, last.text + block.text.strip(), last.indented)
        else:
            joined.append(block)
        head = head and not (joined[-1].indented and "。" in joined[-1].text)
    return joined


MIN_JOURNAL_LINE = 6  # characters of a journal title's first line


def _scholarly(blocks: Sequence[Block]) -> bool:
    """A journal's page: it prints a library's numbers (中图分类号：D633, 文献标识码：A)."""
    return any(CATALOGUE.match(b.text) for b in blocks)


def _trailing_roles(blocks: list[Block]) -> list[str]:
    """The roles of an article's lines after its closing line: each line's own, but a box's
    items under its tag are the box's notes (「【数据链接】」 / 「2023年…主要指标」 / 「●…」)."""
    boxed = body_roles(blocks)
    return [
        "note" if box == "note" else inner_role(b.text)
        for b, box in zip(blocks, boxed, strict=True)
    ]


def _journal_title_line(text: str) -> bool:
    """A line of a journal's title over the next one: words, not its column's tag (「·学习贯彻
    …笔谈·」), its issue (2025年第1期) or its name in English."""
    return (
        len(re.findall(r"[\u4e00-\u9fff]", text)) >= MIN_JOURNAL_LINE
        and not LEAD_PUNCTUATION.search(text.replace("“", "").replace("”", ""))
        and not re.search(r"[A-Za-z]|^[·•]|\d+年", text)
        and not PIECES_TAG.search(text)
        and not text.startswith(("—", "―"))
    )


def _group_names(text: str) -> list[str]:
    """The names a group's line gives (「马　伟1，杨丽娟2，纳　静3」 → 马伟, 杨丽娟, 纳静), each
    without its spaces or its unit's number."""
    return [re.sub(r"[\s　]", "", n) for n in re.findall(NAME, re.sub(UNIT_MARK, "", text))]


def _signed_by_group(blocks: Sequence[Block]) -> list[int]:
    """A journal 笔谈's pieces signed by a name its group's line gives, alone under the piece's
    title (set 84's 宁夏党校学报: 「健全因地制宜发展新质生产力体」 / 「制机制」 / 「马　伟」 — the
    title's last line as short as a name, which a bare name is not read under otherwise)."""
    if not any(PIECES_TAG.search(b.text) and len(b.text) <= MAX_TITLE for b in blocks):
        return []
    names = {n for b in blocks if journal_names(b.text) for n in _group_names(b.text)}
    if len(names) < 2:
        return []
    return [
        i
        for i in range(1, len(blocks) - 1)
        if NAME_ALONE.match(blocks[i].text)
        and re.sub(r"[\s　]", "", blocks[i].text) in names
        and _heading_like(blocks[i - 1].text)
        and _text_like(blocks[i + 1].text)
    ]


def _group_byline(blocks: Sequence[Block], at: int, following: int | None) -> bool:
    """A journal's 笔谈 names all its authors under its topic (「以进一步全面深化改革推进中国式
    现代化（笔谈）」 / 「周建华　李慧敏　王晨阳」), over its notes and the first piece, which its
    first author signs again: the pieces are the articles, the group's line no byline."""
    if following is None:
        return False
    names = _group_names(blocks[at].text)
    signs = re.sub(r"[\s　]", "", re.sub(UNIT_MARK, "", blocks[following].text))
    return (
        len(names) >= 2
        and signs in names
        and any(PIECES_TAG.search(b.text) for b in blocks[max(0, at - 3) : at])
        and not any(
            _text_like(b.text) and not inner_role(b.text)
            for b in blocks[at + 1 : following]
            if b.indented
        )
    )


def _group_head(blocks: Sequence[Block], start: int) -> int:
    """Where a 笔谈's head begins over a piece's heading lines (its tag, its topic, its 编者按),
    or 0 when none stands there."""
    for at in range(start - 1, max(start - 5, 0) - 1, -1):
        text = blocks[at].text
        if PIECES_TAG.search(text) and len(text) <= MAX_TITLE:
            return at
        if not (_heading_like(text) or NOTE.match(text)):
            break
    return 0


def _group_topic(line: Block, above: Sequence[Block], before: Sequence[Block]) -> bool:
    """A 笔谈's tag on the line, or its tag on the line right above it (「专家笔谈」 / 「健全食品
    安全治理体系　守护“舌尖上的安全”」): the line names the group, not the piece under it."""
    over = [*before, *above]
    return bool(PIECES_TAG.search(line.text)) or bool(
        over and PIECES_TAG.search(over[-1].text) and len(over[-1].text) <= MAX_TITLE
    )


def _two_phrases(lead: str, first: str, second: str) -> bool:
    """Two short phrases under a long lead title, neither punctuated: the halves of a title a
    page prints as 「因地制宜发展新质生产力　奋力推动宜昌高质量发展」."""
    return (
        len(lead) > HALF_TITLE
        and not lead.startswith(("—", "―"))
        and all(
            6 <= len(t) <= HALF_TITLE and not LEAD_PUNCTUATION.search(t) for t in (first, second)
        )
        and not _first_half(first, second)
    )


FOR_VERB = re.compile(
    r"提供|注入|贡献|作出|做出|奠定|赋能|护航|助力|凝聚|汇聚|筑牢|夯实|打造|增添|添|谋|立|创造|服务"
    r"|奋斗|担当|出力|发声|聚力|加油|保驾"
)
QUOTED_ONLY = re.compile(r"“[^“”]{2,20}”")
BOUND_HEADS = ("领域", "方面", "层面")
# A meeting a news story's title names (研讨会在京举行): the line above says what it was on.
EVENT_NOUN = re.compile(r"(?:研讨会|座谈会|报告会|交流会|宣讲会|分享会|推进会|论坛|峰会|培训班)")


def _first_half(text: str, below: str) -> bool:
    """The first line of a title broken in two: a phrase that cannot stand alone — ending in
    的 or 之 (读懂一座创新之城的), opening with a verb that needs its object over a line with no
    verb (走好中国特色 / 金融发展之路), 在…中 (在统筹发展和安全中), or 以… whose verb waits for its
    object or comes in the next line (以绿色金融厚植 / 高质量发展生态底色) — never a lead title,
    which is a phrase of its own (深入学习贯彻党的二十届三中全会精神)."""
    ends_of = text.endswith(("的", "之")) and "是" not in text  # a journal's long title, too
    if (
        len(below) <= HALF_TITLE
        and not below.startswith(("—", "―"))
        and not LEAD_PUNCTUATION.search(below.replace("“", "").replace("”", ""))
    ):
        if 4 <= len(text) <= 9 and text.startswith("为") and not FOR_VERB.search(text):
            return True  # 为… with its verb in the next line (为质量强国建设 / 提供学理支撑)
        if QUOTED_ONLY.fullmatch(text):
            return True  # a quoted name over what it names (“以高标准…发展” / 理论研讨会在京举办)
        if text.startswith(("把", "将")) and QUOTED_ONLY.fullmatch(text[1:]):
            return True  # 把 and its object, the verb in the next line (把“小事不出村” / 落到实处)
        if EVENT_NOUN.match(below) and len(text) <= MAX_HALF and not text.endswith(TITLE_VERBS):
            return (
                True  # what a meeting was on over the meeting (“出版业与…”学术 / 研讨会在京举行)
            )
        if below.startswith(BOUND_HEADS):
            return True  # a head noun that cannot open a title (…发展医药 / 领域新质生产力)
        if below.startswith("的") and not below.startswith("的确"):
            return True  # a line opening with 的 goes on from the one above (…自信 / 的深厚底气)
    waits = len(text) > HALF_TITLE and text.startswith(("让", "使", "以", "用", "把"))
    if len(text) > (MAX_HALF if ends_of or waits else HALF_TITLE) or len(below) > HALF_TITLE:
        return False  # (a 让… or 以… whose verb waits may fill a wide column: 「以积极应对…引领」)
    if below.startswith(("—", "―")) or re.match(r"^[【〖\[■□◆●]", text):
        return False
    if waits and LEAD_PUNCTUATION.search(text.replace("“", "").replace("”", "")):
        return False
    if (
        len(text) >= 5
        and text.startswith(("让", "使", "以", "用", "把"))  # not 改革红利正在释放, a lead
        and not LEAD_PUNCTUATION.search(text.replace("“", "").replace("”", ""))
        and text.endswith((*TITLE_VERBS, *OBJECT_VERBS))
        and not below.startswith((*OBJECT_VERBS, *TITLE_VERBS))
        and not FRAME_FOR.match(text)  # 以党建为引领: a lead of its own
    ):
        return True  # a 让… or 以… whose verb at the line's end waits for its object
        # (让“冰天雪地”持续释放 / “金山银山”价值, 以“小切口”撬动 / 基层治理“大变化”)
    if waits:
        return False  # (a long line waits only by its verb at the end)
    if LEAD_PUNCTUATION.search(text.replace("“", "").replace("”", "")):
        return False  # (a quoted name is no clause's end: 以新时代“枫桥经验” / 激活…)
    if len(text) >= 5 and text.endswith(PREPOSITIONS) and not text.endswith(WHOLE_WORDS):
        return True  # a preposition waits for its object (把新就业群体凝聚在 / 党的周围)
    return (
        ends_of  # not 价格是稳定的, a clause of its own
        # a verb that needs its object, over a line that opens with none (走好中国特色 /
        # 金融发展之路)
        or (text.startswith(OBJECT_VERBS) and not below.startswith((*OBJECT_VERBS, *TITLE_VERBS)))
        or (text.startswith("在") and text.endswith(("中", "上")) and len(text) >= 5)
        # … or a 在… whose 中 comes in the next line (推动残疾人事业在中国式现代化 / 进程中
        # 高质量发展)
        or _in_waits(text, below)
        or (
            text.startswith("以")
            and "为" not in text
            and len(text) >= 6
            # its verb waits for the next line's object, or the next line has the main verb
            and (text.endswith(TITLE_VERBS) or below.startswith(TITLE_VERBS))
        )
        # 以…为契机 waits for what is done with it (以能源法实施为契机 / 加快建设新型能源体系)
        or (bool(FRAME_FOR.match(text)) and below.startswith(TITLE_VERBS))
        # verbs alone wait for their object (培育壮大 / 能源领域新质生产力)
        or (
            len(text) in (4, 6)
            and all(text[i : i + 2] in VERBS_ALONE for i in (0, 2, 4)[: len(text) // 2])
        )
    )


def _in_waits(text: str, below: str) -> bool:
    """A 在… opened in the line and closed by the next one's 中 or 上 (在中国式现代化 / 进程中)."""
    at = text.rfind("在")
    if at <= 0 or len(text) - at < 4:
        return False
    if re.search(r"[中上下里]", text[at + 1 :].replace("中国", "")):
        return False
    return bool(re.match(r"^[^，、：；\s　]{1,6}[中上]", below.replace("中国", "国国")))


FRAME_FOR = re.compile(
    r"^以[\u4e00-\u9fff“”]{2,10}为(?:契机|抓手|牵引|引领|统领|主线|导向|载体|支撑|重点|突破口|切入点|着力点)$"
)


OBJECT_VERBS = (
    "走好", "走出", "走稳", "书写", "谱写", "绘就", "答好", "写好", "下好", "打好", "守好", "用好",
    "建好", "筑牢", "夯实", "厚植", "激活", "凝聚", "汇聚", "彰显", "开创", "开辟",
)  # fmt: skip
# Verbs of a title's 以… clause (以绿色金融厚植 / 高质量发展生态底色; 以因地制宜发展新质生产力 /
# 推动合肥高质量发展): not 以新需求引领新供给 over 奋力推进…, a lead title of its own.
TITLE_VERBS = (
    "推动", "推进", "促进", "助力", "赋能", "引领", "提升", "激发", "增强", "服务", "保障",
    "厚植", "打造", "构建", "开创", "谱写", "书写", "开辟", "筑牢", "夯实", "释放", "激活",
    "培育", "彰显", "实现", "汇聚", "凝聚", "护航", "支撑", "塑造", "加快", "加强", "深化",
    "健全", "完善", "壮大", "巩固", "拓展", "撬动", "点亮", "擦亮", "跑出",
)  # fmt: skip
# Verbs a title line may hold alone, waiting for the object on the next line: 培育壮大 / …
VERBS_ALONE = frozenset(
    {*TITLE_VERBS, *OBJECT_VERBS, "持续", "深入", "着力", "大力", "坚持", "发展", "建设"}
)


def _reads_like_lead(text: str) -> bool:
    if re.match(r"^[【〖\[].*[】〗\]]$", text) or ORNAMENT.match(text):
        return False  # 【学习贯彻党的二十届三中全会精神】: a column in brackets (光明日报); a rule
    # (a short line led by a verb, 守护蔚蓝, is a phrase over the title: no column's name)
    verb_led = len(text) >= 4 and text.startswith(LEAD_VERBS)
    return len(text) > MAX_COLUMN or bool(LEAD_PUNCTUATION.search(text)) or verb_led


LEAD_VERBS = (*OBJECT_VERBS, *TITLE_VERBS, "守护", "守住", "守牢", "讲好", "办好")


def parse_page(text: str, source: str) -> Page:
    """Parse a newspaper page (already decoded) into its banner, column and articles: theory
    articles (title, ``□`` byline, body, affiliation) and news stories (lead title, title,
    ``——`` subtitle, byline, body with datelines, bullets, captions; no affiliation)."""
    blocks = _paper_again(reading_blocks(blocks_of(text)))
    if not blocks:
        raise PageError(source, 1, "文件是空的")
    contents = _contents(blocks)  # the page's own list of its articles is the page's
    blocks = _public_notices(
        _book_data_under_byline(
            _english_title_under_names(
                _title_over_page_foot([b for b in blocks if b not in contents])
            )
        )
    )
    # Readers' comments under a copied page (写留言, their names, places and likes) are the
    # page's, not the last article's paragraphs.
    comments = comments_start([b.text for b in blocks])
    readers = blocks[comments:] if comments is not None else []
    blocks = blocks[: len(blocks) - len(readers)]
    listed = frozenset(_listed_name(b.text) for b in contents[1:])
    signed = name_signatures(blocks)
    # (a byline's mark signing a commentary at its end, 「□ 本报评论员　蒋思远」 under its text,
    # set 116: the signature, no byline of a piece after it)
    bylines = [
        i
        for i in range(len(blocks))
        if (_is_byline(blocks, i) or _opens_rest(blocks, i))
        and not (blocks[i] in signed and i > 0 and _text_like(blocks[i - 1].text))
    ]
    bylines = sorted({*bylines, *_signed_by_group(blocks)})
    # An article signed only at its end starts at its first paragraph (no byline line).
    # A 理论热点面对面's questions, each answered and signed by its expert (「问：…？」 / 「答：…」
    # / 「（答问专家：杨春华，…）」): each question a title (set 98's 三峡日报).
    answered = any(ANSWERED_BY.match(b.text) for b in blocks)
    unsigned = set(_unsigned_starts(blocks, bylines, signed, answered, listed))
    bylines = sorted([*bylines, *unsigned])
    bylines = [
        at
        for number, at in enumerate(bylines)
        if not _group_byline(
            blocks, at, bylines[number + 1] if number + 1 < len(bylines) else None
        )
    ]
    if not bylines:
        raise PageError(
            source, blocks[0].line, "没有找到署名行（标题下面的作者行，如“□张三”或“作者：张三”）"
        )

    # Each article: heading lines, the byline, the body up to its affiliation or up to the
    # next article's headings. What lies between an article's end and the next headings
    # (captions, editor's lines, credits) belongs to the article before, or to the page.
    starts = []
    floor = 0
    headed: list[int] = []
    # A review signed at its end may print its book's data and a picture between its title and
    # its text (泉州晚报: title / 「《海丝泉州…》　吴宗海　著…」 / 「图为…」 / text): where its
    # headings end, the book's data and the caption being its first notes.
    heads_end: dict[int, int] = {}
    for number, at in enumerate(bylines):
        start = _heading_start(blocks, at, floor, answered)
        if start == at and at in unsigned:
            top = at
            while top > floor and (
                BOOK_DATA.match(blocks[top - 1].text)
                or inner_role(blocks[top - 1].text) == "caption"
            ):
                top -= 1
            if top < at and _heading_start(blocks, top, floor, answered) < top:
                start, heads_end[at] = _heading_start(blocks, top, floor, answered), top
        if start == at:
            if not headed:
                raise PageError(source, blocks[at].line, "署名行前面缺少标题")
            continue  # no title above it: a line of the article before, not lost with the page
        headed.append(at)
        starts.append(start)
        end = bylines[number + 1] if number + 1 < len(bylines) else len(blocks)
        affiliation = next((i for i in range(at + 1, end) if _closes(blocks[i], signed)), None)
        # (an unsigned start is its first paragraph: one paragraph may stand before the next
        # title — a 本报讯 story of one paragraph over the next article's title)
        floor = affiliation + 1 if affiliation is not None else at + 1 + (at not in unsigned)

    bylines = headed
    banner = column = published = heading_of_page = ""
    leading: list[Block] = []
    meta: list[str] = [b.text for b in [*contents, *readers]]
    articles: list[Article] = []
    empty: dict[int, int] = {}  # the pieces with no text (their place: their byline's line)
    # A column's short comments are each signed at their end (观点: 刘佳宁　中国人民大学…);
    # its tag stands over the first alone, and the next ones, signed the same way, are its too.
    series = ""
    pieces = ""  # a 笔谈's column (its tag and topic), while its pieces go on
    # A 笔谈 beginning under an article's end: its tag, its topic and its 编者按 over the first
    # piece's title (中国安全生产报: 「专家笔谈」 / 「以治本攻坚推动…」 / 「编者按　…」 / title)
    # are the first piece's column and note, never the article before's notes.
    groups = {n: _group_head(blocks, starts[n]) for n in range(1, len(bylines))}
    scholarly = _scholarly(blocks)
    for number, at in enumerate(bylines):
        start = starts[number]
        stop = len(blocks)
        if number + 1 < len(bylines):
            stop = groups[number + 1] or starts[number + 1]
        # (a web copy's date beside the byline, 「2024-08-13　　作者：…」 under the subtitle, set
        # 102's 惠州日报: the page's, no line of the headings)
        heads = blocks[start : heads_end.get(at, at)]
        dated = [b for b in heads if _bare_date(b.text) and b.line == blocks[at].line]
        meta.extend(b.text for b in dated)
        above, title_blocks, main = _split_headings(
            [b for b in heads if b not in dated],
            first=number == 0,
            lines_above=start,
            listed=listed,
            journal=scholarly,
        )
        group_notes: list[Block] = []
        if groups.get(number):
            head = blocks[groups[number] : start]
            group_notes = [b for b in head if NOTE.match(b.text)]
            above = [*(b for b in head if not NOTE.match(b.text)), *above]
        if number == 0 and main > 0 and _group_topic(title_blocks[0], above, blocks[:start]):
            # a 笔谈's tag (专家笔谈·学习贯彻…) or the topic under it over the first piece's title:
            # the pieces' column, never the first piece's lead title
            above, title_blocks, main = [*above, title_blocks[0]], title_blocks[1:], main - 1
        own_column = ""
        if number == 0:
            lead_in = blocks[:start] + above
            published = issue_date([b.text for b in lead_in])
            # An editor's note above the first title introduces the page's articles: it is
            # read with the first one (a note, not its text), never taken for the column.
            leading = _notes(lead_in)
            # Text above the first title that no byline signs is kept as the editor's words,
            # never read as the page's column (「今年是…本期理论周刊邀请专家学者撰文…」).
            leading += [
                b
                for b in lead_in
                if b not in leading and not page_meta(b.text) and _lead_in_text(b.text)
            ]
            leading.sort(key=lambda b: b.line)
            # A masthead set on one line (「中国水利报 2025年05月22日 第5版」) gives the page its
            # paper's name and edition; its date is the page's.
            kept: list[Block] = []
            # A page's name beside its number is printed once (「理论　7」); two or more are the
            # paper's list of editions, a line each (set 100: 「01　要闻」 / 「02　综合新闻」 …).
            editions = [b for b in lead_in if _name_and_folio(b.text)]
            for b in lead_in:
                if len(editions) >= 2 and b in editions:
                    meta.append(b.text)
                elif masthead_run(b.text):
                    names, dates = masthead_parts(b.text)
                    kept += [Block(b.line, name) for name in names]
                    meta.append(dates)
                elif (
                    page_meta(b.text)
                    or FOLIO.match(b.text)
                    or lead_in_meta(b.text)
                    or b.aside == "page"  # a running head over the first title (论文选编)
                ):
                    meta.append(b.text)  # the credits, the date, the page's number alone (7)
                elif (tagged := COLUMN_PREFIX.match(b.text)) and b.text[tagged.end() :] in {
                    t.text for t in title_blocks
                }:
                    # a 微信 copy's headline, 「理论学习｜」 and the title: the column's name
                    name = tagged.group("column")
                    kept.append(Block(b.line, name.rstrip(" 丨｜|")))
                    meta.append(b.text[len(name.rstrip(" 丨｜|")) :])
                elif name_and_folio := _name_and_folio(b.text):
                    # 「理论　7」, 「8　综合」: the name is the column, the number the page's
                    kept.append(Block(b.line, name_and_folio[0]))
                    meta.append(name_and_folio[1])
                elif b not in leading and any(k.text == b.text for k in kept):
                    meta.append(b.text)  # 理论周刊 beside the date and again on its own line
                elif b not in leading and _other_edition(b.text, kept):
                    meta.append(b.text)  # a 数字报's list of the other editions (第01版：要闻)
                elif b not in leading and (
                    LATIN_ONLY.match(b.text)
                    or LISTED_ITEM.match(b.text)  # 「· 学习问答｜…」 left of a 本版标题导航 list
                    or ORNAMENT.match(b.text)  # a rule (-----) under the page's head
                    or WEATHER.search(b.text)
                    or SPONSOR.search(b.text)
                    or inner_role(b.text) == "caption"  # a picture's, over the first piece
                    or BREADCRUMB.match(b.text)
                    or OTHER_PAGE_ENTRY.match(b.text)
                    or SEARCH_BOX.match(b.text)
                    or DATED_SOURCE.match(b.text)
                    or CONTENTS_LABEL.match(b.text)  # 「本期导读」 over other pages' entries
                    or len(EDITION_NUMBER.findall(b.text)) >= 2
                    or len(EDITION_ITEM.findall(b.text)) >= 2  # 版面导航：01版：要闻 | 02版：…
                    or EDITION_TAB.match(b.text)  # 「A01：头版」 / 「A02：要闻」 a line each
                ):
                    # a site's Latin name, the day's weather, its sponsor, where the page stands,
                    # a list of editions on one line: no column
                    meta.append(b.text)
                elif b not in leading:
                    kept.append(b)
            # 「第05版」 beside the date, then 「第05版：观点」 on its own line: the edition once.
            twice = [
                b
                for b, after in itertools.pairwise(kept)
                if EDITION.match(b.text) and after.text.startswith(b.text)
            ]
            # … and a head printed again by a digital edition's frame (「中国石油报」 / 「第05版：
            # 理论」 over the page's own 「中国石油报　2024年10月15日…」 / 「理论」): once
            twice += [
                b
                for n, b in enumerate(kept)
                if any(
                    _head_text(b.text)
                    in (
                        _head_text(a.text),
                        a.text.split("：")[-1].strip(),
                        _head_text(a.text).split()[0],  # 「第6版」 under 「第06版：理论」
                    )
                    for a in kept[:n]
                    if a not in twice and a.text.strip()
                )
            ]
            # (the frame names the paper's digital edition, 「鞍钢日报数字报」: the paper's name)
            again = {b.text for b in twice}
            framed = [
                b for b in kept if b not in twice and DIGITAL_EDITION.sub("", b.text) in again
            ]
            meta.extend(b.text[len(DIGITAL_EDITION.sub("", b.text)) :] for b in framed)
            kept = [
                Block(b.line, DIGITAL_EDITION.sub("", b.text)) if b in framed else b
                for b in kept
                if b not in twice
            ]
            meta.extend(b.text for b in twice)
            if len(kept) >= 2:
                banner, column = kept[0].text, " ".join(b.text for b in kept[1:])
            elif kept:
                column = kept[0].text
            # What the articles are listed under: the column, with the paper's name before an
            # edition line (浙江日报 第07版：理论, not 第07版：理论 alone).
            edition = EDITION.match(column) or (
                EDITION.match(column.split()[0]) if column.split() else None
            )
            named = (
                banner
                and (edition or PAPER.match(banner))
                and not PAPER.match(column.split()[0] if column.split() else "")
            )
            heading_of_page = f"{banner} {column}" if named else column
            # … a journal's name among its volume and issue (「第27卷第2期　　中共南昌市委党校学报
            # 　　Vol.27 No.2」) names it alone
            journal = next(
                (w for b in kept for w in b.text.split() if JOURNAL_NAME.fullmatch(w)), ""
            )
            heading_of_page = journal or heading_of_page
            # A 笔谈's tag and topic under the page's names (【专家笔谈】 / 学习贯彻…) are its
            # pieces' column; what else the page prints (a book review, a 本报讯) is the page's.
            group_tag = next((b.text for b in kept[1:] if PIECES_TAG.search(b.text)), "")
            if group_tag and group_tag in heading_of_page:
                group = heading_of_page[heading_of_page.find(group_tag) :]
                pieces = heading_of_page
                heading_of_page = heading_of_page[: len(heading_of_page) - len(group)].strip()
        elif above:
            # a rule between two articles (────) is the page's, never the column's name, nor a
            # QR code's prompt (「扫描二维码」 / 「阅读访谈全文」), nor a running head set above
            # the title from under its folio (「32　党员生活　2025年第4期」 / 「笔　谈」)
            page_own = [
                b
                for i, b in enumerate(above)
                if ORNAMENT.match(b.text)
                or _qr_line(above, i)
                or b.aside == "page"
                or BOOK_FIELD.match(b.text)  # a book's data over the next piece's tag (set 103)
            ]
            meta.extend(b.text for b in page_own)
            own_column = " ".join(b.text for b in above if b not in page_own)
            if PIECES_TAG.search(own_column) and len(title_blocks) >= 2:
                # the topic under a 笔谈's tag (【专家笔谈】 / 因地制宜…) is its pieces'
                own_column = f"{own_column} {title_blocks[0].text}"
                title_blocks, main = title_blocks[1:], max(0, main - 1)
        opener = "" if at in unsigned else blocks[at].text
        # … and the pieces under it are the 笔谈's too, up to a news story (本报讯…, 本报记者), a
        # review (——读《…》) or a rule across the page
        if own_column:
            pieces = own_column if PIECES_TAG.search(own_column) else ""
        elif (
            (at in unsigned and DATELINE.match(blocks[at].text))
            or (re.search(REPORTER_ROLE, opener) and "主持" not in opener)  # (a 圆桌's host is)
            or any(ORNAMENT.match(b.text) for b in above)
            or any(b.text.startswith(("——读", "—读")) for b in title_blocks)
        ):
            pieces = ""
        region = _take_marks(blocks[heads_end.get(at, at + (at not in unsigned)) : stop])
        affiliation_at = next((i for i, b in enumerate(region) if _closes(b, signed)), len(region))
        signed_at_end = at in unsigned and affiliation_at < len(region)
        series = (own_column or series) if signed_at_end else ""
        # An affiliation right under the byline (「◎ 罗建新」 / 「（作者单位：…）」) heads the text
        # under it (南宁日报): the article is all that follows.
        on_top = (
            affiliation_at == 0
            and at not in unsigned
            and any(_text_like(b.text) and not inner_role(b.text) for b in region[1:])
        )
        text_region = region[1:] if on_top else region[:affiliation_at]
        body = list(text_region)
        if len(title_blocks) > 1 and DATE_SPAN.match(title_blocks[-1].text) and body:
            # a column of dated entries: its first entry's date under the column's name is no
            # subtitle (set 101's 党史上的今天: 「1935年1月15日至17日」 over its entry)
            body.insert(0, title_blocks[-1])
            title_blocks = title_blocks[:-1]
            main = min(main, len(title_blocks) - 1)  # (set 111: the date had been the title)
        portrait: list[Block] = []
        if body and REPORTER_ROLE_LINE.match(opener) and NAME_ALONE.match(body[0].text):
            # 「郑怀远」 under 「本报记者　孟　然」: the interviewee's portrait, captioned by name
            portrait, body = body[:1], body[1:]
        after = [] if on_top else region[affiliation_at + 1 :]
        marks = [opener] if MARK_LINE.match(opener) else []
        marks += [b.text for b in body if MARK_LINE.match(b.text)]
        # A date alone over an entry's text is the entry's (set 101's 党史上的今天: 「1949年1月
        # 15日」 / 「中国人民解放军攻克天津。…」), not the page's date printed again.
        entries = _entry_dates(body)
        body = [
            b
            for b in body
            if not MARK_LINE.match(b.text) and (b in entries or not _page_inside(b))
        ]
        meta.extend(b.text for b in text_region if _page_inside(b) and b not in entries)
        if number + 1 == len(bylines) and (on_top or affiliation_at == len(region)):
            # The page's last lines under its last story, none a sentence (「清廉常州 你我同行」
            # / 「常州市文明办 宣」 / 「理论周刊投稿邮箱：…」): a notice and the desk's, not text.
            foot = _page_foot(body)
            meta.extend(b.text for b in foot)
            body = body[: len(body) - len(foot)]
        trailing: list[Block] = []
        boxed = False  # a box after the page's last article (【链接】…) is that article's
        entry_dates = _entry_dates(after)
        for block in after:  # after the affiliation: the article's notes, or the page's
            boxed = boxed or _box_tag(block.text)
            if (
                (_masthead_line(block.text) and block not in entry_dates)
                or block.aside == "notice"  # a public notice between two articles
                or (not boxed and not inner_role(block.text) and number + 1 == len(bylines))
                or WECHAT_RESIDUE.match(normalise(block.text))  # a phone's 阅读原文, 写留言
                or furniture(block.text)  # 上一篇　　下一篇　　返回顶部
                or FOLIO.match(block.text)  # the page's number (07)
            ):
                meta.append(block.text)
            elif MARK_LINE.match(block.text):
                marks.append(block.text)
            else:
                trailing.append(block)
        rule = rule_over_footnotes(body)
        if rule is not None:
            meta.append(body[rule].text)  # (make_paragraphs leaves it out)
        paragraphs = (
            tuple(Paragraph("", b.text, b.line, "note") for b in leading if number == 0)
            + tuple(Paragraph("", b.text, b.line, "note") for b in group_notes)
            + tuple(Paragraph("", b.text, b.line, "caption") for b in portrait)
            + make_paragraphs(body)
            + tuple(
                # (a box's items by its tag, as in the text: 【数据链接】 / title / ●… / ●…)
                Paragraph("", b.text, b.line, role if role in ("caption", "bullet") else "note")
                for b, role in zip(trailing, _trailing_roles(trailing), strict=True)
            )
        )
        if not any(not p.role for p in paragraphs):
            # a piece with no text of its own is the page's (set 94's 河北经济日报: its list of
            # titles at its foot, 「本版标题导航」 / 「◎因地制宜…」, read as a byline): the page's
            # other articles are read, and a page of none is refused with its line
            empty.setdefault(len(articles), blocks[at].line)
        unit = ""
        under = next(
            (
                i
                for i, p in enumerate(paragraphs[:3])
                if p.role != "note" or _journal_unit(p.text) or BARE_POST.match(p.text)
            ),
            0,
        )  # (under the column's 编者按, which the first piece's notes open with)
        if (
            affiliation_at == len(region)
            and paragraphs
            # (or a magazine's unit in brackets alone, 「（天津商业大学经济学院）」, set 97's 求知;
            # or CNKI's units without brackets, set 102's 「1.韩山师范学院 …　521041；2.…」)
            and (
                (paragraphs[under].role == "note" and BARE_POST.match(paragraphs[under].text))
                or _journal_unit(paragraphs[under].text)
            )
        ):
            # a journal's author's unit under the name (「（中共南昌市委党校 公共管理教研部，江西
            # 南昌 330006）」): the affiliation, where no closing line gives one
            unit = paragraphs[under].text
            paragraphs = paragraphs[:under] + paragraphs[under + 1 :]
        compilers = speakers_compiled(opener, paragraphs)
        if compilers:
            # a 代表委员谈's speakers, each under a line of his own (「■ 全国人大代表、…　倪建华」)
            # and the reporters who put their words together at its end (「（本报记者　陈佳怡
            # 顾　凡　整理）」, set 110): the first speaker's line is a heading like the others
            first = next((i for i, p in enumerate(paragraphs) if p.role != "note"), 0)
            spoken = Paragraph("", opener, blocks[at].line, "heading")
            paragraphs = (*paragraphs[:first], spoken, *paragraphs[first:])
            opener = ""
        articles.append(
            Article(
                source=source,
                position=number + 1,
                line=title_blocks[0].line,
                # (a rest from another page, 「（上接第1版）」, is in no series or 笔谈 here)
                column=own_column
                or ("" if any(CONTINUES.match(m) for m in marks) else series or pieces)
                or heading_of_page,
                own_column=own_column,
                title_lines=tuple(b.text for b in title_blocks),
                byline="" if MARK_LINE.match(opener) else opener,
                credit=compilers
                if compilers or at not in unsigned
                else signature_name(region[affiliation_at].text)
                if affiliation_at < len(region)
                else dateline_reporter(blocks[at].text) or closing_reporters(paragraphs),
                paragraphs=paragraphs,
                affiliation_line=region[affiliation_at].text
                if affiliation_at < len(region)
                else unit,
                main=main,
                marks=tuple(marks),
                published=published,
            )
        )
    if empty and len(empty) == len(articles):
        raise PageError(source, empty[0], "这篇文章没有正文")
    meta += [f for n in empty for f in articles[n].raw_fields() if f]
    articles = [a for n, a in enumerate(articles) if n not in empty]
    articles, repeated = _rests_joined(articles)
    return Page(
        source=source,
        banner=banner,
        column=column,
        articles=numbered(_parts_joined(articles)),
        meta=(*meta, *repeated),
    )


def _rests_joined(articles: list[Article]) -> tuple[list[Article], list[str]]:
    """A rest printed further on in the same copy (set 104's 宜宾日报 理论周刊: its first page cut
    mid-sentence, then 第04版's head, the title again and 「（上接第1版）资本投入精准对接；…」)
    goes on in its article: one article, the cut sentence whole again; the rest's repeated title
    and head are the page's (the second of the rest's byline and closing too, where both print
    them)."""
    out: list[Article] = []
    repeated: list[str] = []
    for article in articles:
        first = next(
            (
                i
                for i, before in enumerate(out)
                if before.title == article.title and any(CONTINUES.match(m) for m in article.marks)
            ),
            None,
        )
        if first is None:
            out.append(article)
            continue
        begun = out[first]
        paragraphs, rest = list(begun.paragraphs), article.paragraphs
        cut = max((i for i, p in enumerate(paragraphs) if not p.role), default=None)
        broken = cut is not None and not ends_paragraph(paragraphs[cut].text)
        if cut is not None and broken and rest and not rest[0].role:
            paragraphs[cut] = dataclasses.replace(
                paragraphs[cut], body=paragraphs[cut].body + rest[0].text
            )
            article = dataclasses.replace(article, paragraphs=rest[1:])
        repeated += [article.own_column, *article.title_lines]
        repeated += [article.byline] if begun.byline else []
        repeated += [article.affiliation_line] if begun.affiliation_line else []
        out[first] = _going_on(begun, article, paragraphs)
    return out, [text for text in repeated if text]


# An article's part printed after its title (「让传统产业“老树发新芽”（上）」, 「…（下）」).
PART = re.compile(r"^(?P<title>.{4,}?)\s*[（(](?P<part>[上中下]|[一二三四五六七八九十])[)）]$")
PART_ORDER = "上中下一二三四五六七八九十"


def _parts_joined(articles: list[Article]) -> list[Article]:
    """An article printed in parts on one page (淄博日报, held-out set 92: 「…（上）」 with its
    byline, a box, 「…（下）」 with its closing 「（作者系…）」) is one article: its title without
    the part, its byline and its affiliation from whichever part prints them, a later part's
    lines under its title (read as a subtitle: 「三、以体制机制创新…」) its text's headings.
    A part alone on its page (the rest on another day's) keeps its title."""
    out: list[Article] = []
    for article in articles:
        found = PART.match(article.title)
        first = next(
            (
                i
                for i, before in enumerate(out)
                if found
                and (begun := PART.match(before.title))
                and begun["title"] == found["title"]
                and PART_ORDER.index(begun["part"]) < PART_ORDER.index(found["part"])
                and (not article.byline or article.author == before.author)
            ),
            None,
        )
        if first is None or found is None:
            out.append(article)
            continue
        begun_article = out[first]
        lines = list(begun_article.title_lines)
        main = begun_article.main if begun_article.main >= 0 else len(lines) - 1
        lines[main] = found["title"]
        under = [
            Paragraph("", line, article.line, "heading")
            for line in article.title_lines[article.main + 1 :]
        ]
        out[first] = dataclasses.replace(
            _going_on(begun_article, article, (*begun_article.paragraphs, *under)),
            title_lines=tuple(lines),
            main=main,
        )
    return out


def _going_on(begun: Article, later: Article, paragraphs: Sequence[Paragraph]) -> Article:
    """An article with a later part or rest of it read on (``paragraphs`` its own, as the
    part's opening joins them): the later's paragraphs after them, its byline, credit and
    closing where the first prints none, its marks after the first's."""
    return dataclasses.replace(
        begun,
        byline=begun.byline or later.byline,
        credit=begun.credit or later.credit,
        affiliation_line=begun.affiliation_line or later.affiliation_line,
        paragraphs=(*paragraphs, *later.paragraphs),
        marks=(*begun.marks, *later.marks),
    )


def _paper_again(blocks: list[Block]) -> list[Block]:
    """The paper's name the page opens with, printed again over the next edition copied into
    the same file (set 94's 「河北经济日报数字报」 over 第02版's date, then 「（上接第1版）」): the
    page's, never a line of the text it stands in."""
    if not blocks or not (PAPER_WORD.fullmatch(blocks[0].text) and PAPER.match(blocks[0].text)):
        return blocks
    return [
        dataclasses.replace(b, aside="page") if i and b.text == blocks[0].text else b
        for i, b in enumerate(blocks)
    ]


def _closes_under_captions(blocks: list[Block], run: int, signed: set[Block]) -> bool:
    """The block above ``run`` is a picture's caption (and credit) under the closing line of
    the article before (中国旅游报: 〔作者：刘振华，…〕 / 图为… / the next piece's title)."""
    above = run - 1
    while above > 0 and inner_role(blocks[above].text) == "caption":
        above -= 1
    return above < run - 1 and _closes(blocks[above], signed)


def _unsigned_starts(
    blocks: list[Block],
    bylines: list[int],
    signed: set[Block],
    answered: bool,
    listed: frozenset[str] = frozenset(),
) -> list[int]:
    """Where the articles signed only at their end begin (their first paragraph, after their
    heading lines): the first text of the page, the first text after a column tag (观点,
    京华论丛, 【理论前沿】, ■论苑) and heading lines, or after the closing line of the article
    before and heading lines — each only where no byline stands under those headings and the
    text it opens reaches a closing line (（作者：刘景川，系…）, 孟书瑶（作者单位：…）) before the
    next article begins: a box under its tag (【链接】 and its title) closes nothing. A news
    story whose text opens with its dateline (本报6月15日讯（记者　赵一鸣）) begins under any
    heading lines, and needs no closing line."""
    candidates: list[int] = []
    dated: set[int] = set()
    listed_starts: set[int] = set()
    # A 笔谈's pieces: one signed only at its end may follow one signed at its top, its title
    # right under the text before (珠海特区报: 「经济特区因改革而生…」 / 「服务保障：把法律条文
    # 转化为发展实效」 / text … / 「（周婉婷　作者系…）」).
    pieces = any(PIECES_TAG.search(b.text) and len(b.text) <= MAX_TITLE for b in blocks)
    for index in range(len(blocks)):
        if not _text_like(blocks[index].text) or index == 0:
            continue
        # (a review's book data and a picture's caption may stand between its title and its
        # text: 「在历史纵深中读懂“海丝”与现代化」 / 「《海丝泉州…》　吴宗海　著…」 / 「图为…」)
        top = index
        while top > 0 and (
            BOOK_DATA.match(blocks[top - 1].text) or inner_role(blocks[top - 1].text) == "caption"
        ):
            top -= 1
        run = top
        while (
            run > 0
            and _head_line(blocks[run - 1].text, answered)
            # (a short title reads like a column's tag, unless the page's list names it)
            and (
                not _column_tag(blocks[run - 1].text)
                or (
                    _listed_name(blocks[run - 1].text) in listed
                    and not _box_tag(blocks[run - 1].text)
                )
            )
            and blocks[run - 1] not in signed
            and blocks[run - 1].aside != "notice"
        ):
            run -= 1
        if run == top or any(b in bylines for b in range(run, index)):
            continue  # no heading above the text, or a byline under its headings
        if _dated_start(blocks, index):
            candidates.append(index)
            dated.add(index)
        elif run > 0 and _column_tag(blocks[run - 1].text):
            above = blocks[run - 2].text if run > 1 else ""
            if run - 1 == 0 or not _column_tag(above):
                candidates.append(index)
                if not NOTE.match(blocks[index].text) and any(
                    _listed_name(blocks[i].text) in listed for i in range(run, index)
                ):
                    # a title the page's list names, under its column's tag: a piece signed or
                    # not (set 103's 读书 page: 「书摘」 / 「大境门外的新气象」 under the review)
                    listed_starts.add(index)
        elif (
            run == 0
            or _closes(blocks[run - 1], signed)
            or _closes_under_captions(blocks, run, signed)
            or (page_meta(blocks[run - 1].text) and not _reprinted(blocks, run - 1))
            or blocks[run - 1].aside == "notice"  # under a public notice
            or NOTE.match(blocks[run - 1].text)  # under the 编者按 over a 笔谈's pieces
            or WECHAT_NUMBER.match(blocks[run - 1].text)  # under a 微信 copy's 04 over a piece
            # … or under a picture's caption, its lead title and title no section's heading
            # (岳阳日报: 「图为…　本报记者　彭　斌摄」 / 「践行新时代“枫桥经验”」 /
            # 「让矛盾纠纷在家门口化解」)
            or (
                inner_role(blocks[run - 1].text) == "caption"
                and index - run >= 2
                and not SECTION_NUMBER.match(blocks[run].text)
            )
        ):
            candidates.append(index)
        elif all(_masthead_inside(b.text) for b in blocks[:run]):
            candidates.append(index)  # the page's first article under the masthead
        elif _text_like(blocks[run - 1].text) and (
            any(blocks[i].text.startswith("—") for i in range(run + 1, index))
            or _after_box(blocks, run)
        ):
            candidates.append(index)  # a title with its ——subtitle, or after a box's entries
        elif (
            pieces
            and index - run == 1
            and _text_like(blocks[run - 1].text)
            and ends_paragraph(blocks[run - 1].text)
            and not SECTION_NUMBER.match(blocks[run].text)
        ):
            candidates.append(index)
    found: list[int] = []
    for number, start in enumerate(candidates):
        following = [b for b in bylines if b > start]
        if number + 1 < len(candidates):
            following.append(candidates[number + 1])
        stop = min(following, default=len(blocks))
        closing = next((i for i in range(start, stop) if _closes(blocks[i], signed)), None)
        if (
            start in dated
            or (closing is not None and not any(start < b < closing for b in bylines))
            or (
                start in listed_starts
                and closing is None
                and not any(start < b < stop for b in bylines)
            )
        ):
            found.append(start)
    return found


def _reprinted(blocks: list[Block], index: int) -> bool:
    """A running head printed again over a column below text (a PDF copy's 「理论　2024年4月16日
    星期二　宜昌日报」): no page's top, so no article starts under it for that."""
    return running_line(blocks[index].text) and any(_text_like(b.text) for b in blocks[:index])


def _dated_start(blocks: list[Block], index: int) -> bool:
    """A news story's text opening with its dateline, under a heading — not one boxed into an
    article's column, which is the article's note (``Block.aside``)."""
    return (
        bool(DATELINE.match(blocks[index].text))
        and _heading_like(blocks[index - 1].text)
        and blocks[index].aside != "note"
    )


def dateline_reporter(text: str) -> str:
    """The reporters a dateline names (本报6月15日讯（记者　赵一鸣）→ 赵一鸣), or ''."""
    if not DATELINE.match(text):
        return ""
    match = DATELINE_REPORTER.search(text[:60]) or REPORTED_BY.search(text[:60])
    # (「本报讯（记者　朱梦婷　通讯员　施晓燕）」: both, without their roles)
    return author_name(re.sub(r"记者|通讯员", "　", match["names"])) if match else ""


# The reporters who put a piece together from what others said (「（本报记者　陈佳怡　顾　凡
# 整理）」).
COMPILED_BY_REPORTERS = re.compile(
    rf"^[（(](?:本报)?(?:特约)?记者[\s　]*(?P<names>{NAME}(?:[\s　、]+{NAME}){{0,3}})[\s　]*"
    r"(?:采访)?整理[)）]$"
)
MIN_SPEAKERS = 3  # a 代表委员谈 quotes three or more


def speakers_compiled(opener: str, paragraphs: Sequence[Paragraph]) -> str:
    """The reporters a piece of several speakers' words credits at its end, where its byline
    is its first speaker's line and the others' lines are its headings; or ''."""
    if not (BYLINE.match(opener) and byline_post(opener)):
        return ""
    speakers = [
        p
        for p in paragraphs
        if p.role == "heading" and BYLINE.match(p.text) and byline_post(p.text)
    ]
    credit = next(
        (m for p in reversed(paragraphs) if (m := COMPILED_BY_REPORTERS.match(p.text))), None
    )
    if credit is None or len(speakers) + 1 < MIN_SPEAKERS:
        return ""
    return credit["names"]


def closing_reporters(paragraphs: Sequence[Paragraph]) -> str:
    """The reporters a story credits at its text's end, its dateline naming none (set 95's
    镇江日报: 「本报讯　12月13日，…」 … 「…交流发言。（通讯员　孙婉清　记者　陈　晓）」), or ''."""
    text = next((p.text for p in reversed(paragraphs) if not p.role), "")
    match = CLOSING_REPORTERS.search(text)
    return author_name(re.sub(r"记者|通讯员", "　", match["names"])) if match else ""


CLOSING_REPORTERS = re.compile(
    r"[（(](?P<names>(?:(?:记者|通讯员)[\s　]*[^（()）记通]{2,8}){1,4})[)）]$"
)


# … or unbracketed: 「本报讯　记者孙浩报道　4月22日，…」
REPORTED_BY = re.compile(r"(?:讯|电)[\s　]*记者[\s　]*(?P<names>[\u4e00-\u9fff]{2,4})[\s　]*报道")


def _after_box(blocks: list[Block], heading: int) -> bool:
    """The heading comes after a box's entries: a few text lines back, a box's tag (名词解释,
    〖知识点〗, 【链接】) with at least one entry between (a heading right under the tag is the
    box's own title); its entries may be items (● …) under a tag of figures over its title
    (set 84's 中国石油报: 「■数据」 / 「长庆油田数字化转型一组数据」 / four 「●…」 /
    「（数据来源：…）」 over a piece signed only at its end)."""
    for back in range(heading - 2, max(-1, heading - 8), -1):
        text = blocks[back].text
        if _box_tag(text) or (back > 0 and _data_tag_over_title(blocks, back - 1)):
            return True  # (the tag of figures over its title, the title reached)
        if not (_text_like(text) or BOX_ITEM.match(text)):
            return False
    return False


def _box_tag(text: str) -> bool:
    """The tag a box opens with: 【链接】, 名词解释, 〖知识点〗, ■小贴士."""
    bare = text.strip(TAG_MARKS)
    return bool(BULLET_WORDS.match(bare) or bare == "知识点")


MAX_CONTENTS = 20  # lines from the top where an 电子版 lists the page's articles


# An 电子版's list of the page's articles above them: 「本版文章：」 over their titles.
CONTENTS_LABEL = re.compile(
    r"^(?:本版文章|本版新闻|本版导读|本版目录|本版要目|本期导读|本期要目|本版标题|(?:本版|版面)?(?:新闻|标题)?导航|文章目录"
    r"|目\s*录)[:：]?$"  # a compilation's (set 95's 论文选编: 「目　　录」)
)


def table_of_contents(blocks: list[Block]) -> list[Block]:
    """An article's own 目录 (a handbook's, its entries each with its page): its label and
    entries, or []."""
    return _contents(blocks)


def _contents(blocks: list[Block]) -> list[Block]:
    """The page's lists of its articles: each label and the lines after it that the page prints
    elsewhere (the titles, the boxes' tags), at its top or at its foot (「本版标题导航」 / 「◎…」
    under the last article, set 94's 河北经济日报), and a 导读's entries of other pages (「■…
    ……………第3版」)."""
    # (a label over no entries is a button in the viewer's row: 「版面导航」)
    found: list[Block] = []
    for start in range(len(blocks)):
        # (a label spaced out over its line, 「目　　录」, is read as blocks of one line)
        label = _on_line(blocks, start)
        if (start and blocks[start - 1].line == blocks[start].line) or not CONTENTS_LABEL.match(
            "".join(b.text for b in label)
        ):
            continue
        at = start + len(label) - 1
        listed = [*label]
        for index in range(at + 1, len(blocks)):
            entry = _listed_name(blocks[index].text)  # 名词解释 for 【名词解释】, · 市委…
            elsewhere = [*blocks[:at], *blocks[index + 1 :]]
            # (an entry's title over its leader's line: 「关于…的调查与思考」 / 「……黄志坚（7）」)
            leadered = [b.text for b in blocks[index : index + 2]]
            if not any(
                LEADERED_ENTRY.search(t) or JUMP_REF.match(t) for t in leadered
            ) and not any(_printed_as(entry, b.text) for b in elsewhere):
                break
            listed.append(blocks[index])
        if len(listed) > len(label):
            found += listed
    return found


# An entry of a 导读 naming another page (「■京津冀协同发展十年：成效、经验与展望……………第3版」).
# … or of a compilation's 目录, its author and page (「——以大埔县为例…………罗建华（1）」)
# … or a Word copy's, its page after a tab (「2．全会的主题是什么？	1」, set 111)
LEADERED_ENTRY = re.compile(
    r"(?:…{2,}|\.{4,}|·{4,}|\t)\s*(?:[\u4e00-\u9fff·]{2,4}\s*)?[（(]?\s*(?:第\s*)?[A-Z]?\d{1,3}\s*[版页]?[)）]?$"
)
# … or its page beside it (set 110's 九江日报: 「● 乡村振兴要念好“人”字经　　详见第7版」)
JUMP_REF = re.compile(r"^(?:详见|见|转)第\s*[A-Z]?\d{1,3}\s*版$")


def _printed_as(entry: str, text: str) -> bool:
    """A page's list names the line: whole, or after its box's tag (「●2019—2023年淄博市“四强”
    产业发展情况」 for 「图表｜2019—2023年淄博市“四强”产业发展情况」, set 92's 淄博日报)."""
    name = _listed_name(text)
    return name == entry or (
        len(entry) > MAX_COLUMN  # (longer than a column's tag)
        and bool(re.fullmatch(rf".{{1,6}}[｜|丨】]\s*{re.escape(entry)}", name))
    )


def _listed_name(text: str) -> str:
    """A line as a page's list of its articles names it: without its marks (【】, ·) and its
    number (「01　因地制宜发展新质生产力…」, set 89's 版面导航)."""
    return re.sub(r"^\d{1,2}[\s　]+", "", text.strip(TAG_MARKS + "·•"))


# A glossary's tag, and its entries: a term and its definition on one line (「新型政党制度　指…」),
# or the term alone (「数据要素×」) over its definition.
GLOSSARY = re.compile(r"^(?:名词解释|知识点)$")
GLOSSARY_TERM = re.compile(r"^[^\s，。、；：！？]{2,12}$")
GLOSSARY_ENTRY = re.compile(r"^[^\s，。、；：！？]{2,12}[\s　]+\S|^[^\s，。、；：！？]{2,12}$")


def _box_tag_alone(text: str) -> bool:
    """A box's tag on a line of its own (【学习问答】, 名词解释), or with its title after a bar
    (「学习问答｜党纪学习教育，这些问题要弄清」), or a box of figures' tag with its topic
    (「数说海洋经济」)."""
    bare = text.strip(TAG_MARKS)
    tag = BULLET_WORDS.match(bare)
    return (
        bool(tag and (tag.end() == len(bare) or TAG_TITLE.fullmatch(bare[tag.end() :])))
        or bare == "知识点"
        or bool(FIGURES_TAG.fullmatch(bare))
        or bool(DATA_TAG_TITLED.fullmatch(text))
    )


# A box of figures tagged in brackets with its title (「【数据】华晟能源集团2024年…建设情况」); the
# tag alone (【数据】) stays no box's: a page's box of figures may follow it in any shape.
DATA_TAG_TITLED = re.compile(r"[【\[](?:数据|图解)[】\]][^。；！？\s]{4,30}")
DATA_TAG = re.compile(r"^(?:[【\[](?:数据|图解)[】\]]|[■◆]\s*(?:数据|图解))$")


def _data_tag_over_title(blocks: Sequence[Block], index: int) -> bool:
    """【数据】 alone on its line over its box's title (「某能源集团“十四五”以来智能化建设成效」)
    and its items: the box's tag, as with its title on the same line."""
    return (
        bool(DATA_TAG.match(blocks[index].text))
        and index + 2 < len(blocks)
        and _heading_like(blocks[index + 1].text)
        and bool(BOX_ITEM.match(blocks[index + 2].text))
    )


# 学习问答｜党纪学习教育，这些问题要弄清; 【学习问答】党纪学习教育应知应会
TAG_TITLE = re.compile(r"[｜|丨】\]][^。；！？]{2,24}")
FIGURES_TAG = re.compile(r"(?:数说|数读|数看|数据看)[\u4e00-\u9fff]{2,10}")


def _text_like(text: str) -> bool:
    return len(text) > MAX_TITLE or ends_paragraph(text)


TAG_MARKS = "【】〖〗[]■◆●◎□▲★▍▌ 　"
NUMERAL_LINE = re.compile(
    r"^[一二三四五六七八九十]{1,3}$|^[（(][一二三四五六七八九十]{1,3}[)）]|^第"
)


def _column_tag(text: str) -> bool:
    """A column's name over an article (观点, 京华论丛, 【理论前沿】, ■论苑): short, no
    punctuation, or marked; never a box's tag (【链接】, 〖知识点〗) or a section's number (一)."""
    bare = text.strip(TAG_MARKS)
    marked = bare != text
    if not bare or BULLET_WORDS.match(bare) or NUMERAL_LINE.match(bare) or bare == "知识点":
        return False
    if not _heading_like(text) or LEAD_PUNCTUATION.search(bare):
        return False
    return len(bare) <= (16 if marked else MAX_COLUMN)


NAMES_LINE = re.compile(rf"^{NAME}(?:[\s　]+{NAME}){{0,3}}$")
# A reader's letter signed with the reader's district (set 91's 西安晚报: 「碑林区　读者
# 周秀兰」).
READER_SIGNATURE = re.compile(
    rf"^(?P<open>[（(])?[\u4e00-\u9fff]{{2,8}}[\s　]+读者[\s　]+(?P<name>{NAME})(?(open)[)）])$"
)  # (… in brackets: 「（城厢区　读者　李建成）」, set 115)
# A magazine's or a paper's own signature, no person's (set 109's 前进: its 卷首语 signed
# 「本刊编辑部」 at its end).
HOUSE_SIGNATURE = re.compile(  # (… or in brackets: 「（本报评论员）」, set 115's 学习微言)
    r"^(?P<open>[（(])?本[报刊](?:特约)?(?:编辑部|评论员|评论部)(?(open)[)）])$"
)
# … or in brackets, as a review is signed (晋城日报's 书香晋城: 「（段丽萍）」)
# (not a box's credit: 「（本报记者　苏　航　整理）」)
BRACKETED_NAMES = re.compile(
    rf"^[（(](?!.*(?:记者|通讯员|整理|供稿|编辑|摄))"
    rf"(?P<names>{NAME}(?:[\s　、]+{NAME}){{0,3}})[)）]$"
)


def name_signatures(blocks: list[Block]) -> set[Block]:
    """Names alone on the line after an article's last paragraph, over the edition's citation
    line, the page's credits or the page's end: the signature of a piece signed at its end
    (人民日报's 金台随笔: 「方　圆」)."""
    found = set()
    for i in range(1, len(blocks)):
        text = blocks[i].text
        placed = (
            _unit_then_name(text)
            or _unmarked(NAME_THEN_UNIT, text)
            or HOUSE_SIGNATURE.match(text)
            or UNIT_CREDIT.match(text)  # （翟王镇党委供稿）: a bulletin's item's source
            # a commentary signed at its end with a byline's mark (「□ 本报评论员　蒋思远」, set
            # 116's 短评)
            or (BYLINE.match(text) and BYLINE_ROLE.search(text) and byline_author(text))
        )
        # (… or a name of five over the day it signed on: 「那仁满都拉」 / 「2024年1月22日」, set
        # 112)
        named = bool(
            NAMES_LINE.match(text)
            or BRACKETED_NAMES.match(text)
            or (
                re.fullmatch(LONG_NAME, text)
                and i + 1 < len(blocks)
                and ISSUE_DATE.match(blocks[i + 1].text)
            )
        )
        if not (named or placed) or not _text_like(blocks[i - 1].text) or furniture(text):
            continue  # (「上一篇」 over 「下一篇」: a site's buttons, no name)
        if blocks[i].aside == "notice":  # 「公益广告」: a notice's label, no name
            continue
        if page_meta(text):
            continue  # 「本版编辑　周立伟」: the page's credit, not a signature
        if BRACKETED_NAMES.match(text) and (
            blocks[i].line == blocks[i - 1].line or not NO_SIGNATURE.search(text)
        ):
            # 「…看得清楚。（吴　迪）」: set apart from its paragraph's end, or on the line under
            # it (set 96's 南阳日报: 「…越写越精彩。」 / 「（周一鸣）」 over 「一句话评论」),
            # never a box's credit (「（本报综合）」, 「（据新华社）」) nor a cartoon's (（漫画）)
            found.add(blocks[i])
            continue
        after = blocks[i + 1].text if i + 1 < len(blocks) else ""
        # A name with its unit may sign one of a column's short comments, the next one's title
        # right under it (经济日报's 观点: 「刘佳宁　中国人民大学应用经济学院」); a name alone only
        # over the page's end, its credits or a box.
        if (
            not after
            or page_meta(after)
            or furniture(after)  # 「【打印本页】　【关闭窗口】」 under a 心得 (set 107)
            or blocks[i + 1].aside == "notice"  # a public notice under the piece
            or _box_tag(after)
            or (placed and _heading_like(after) and not _is_byline(blocks, i + 1))
            # a reader's letter signed over the next column's tag (一句话评论)
            or (READER_SIGNATURE.match(text) and _column_tag(after))
        ):
            found.add(blocks[i])
    return found


NO_SIGNATURE = re.compile(r"综合|据|供稿|整理|来源|编辑|漫画|插画|图|资料|摄|记者|通讯员|新华社")


def _unit_then_name(text: str) -> re.Match[str] | None:
    """「江苏省南通市崇川区纪委监委　顾晓峰」: a unit and the name after it, signing a piece."""
    match = UNIT_THEN_NAME.match(text)
    return match if match and POST_WORDS.search(match.group("post")) else None


# A bulletin's item closed by its source in brackets, no person's name (set 112: 「（县委宣传部
# 理论科）」, 「（翟王镇党委供稿）」).
UNIT_CREDIT = re.compile(
    r"^[（(](?P<unit>[\u4e00-\u9fff]{2,20}(?:党委|党工委|党组|党支部|委员会|宣传部|组织部|办公室|科|局|中心))"
    r"(?:供稿)?[)）]$"
)


def _signed_in_brackets(text: str) -> bool:
    """「（定边县安边镇党委书记　王振东）」: a unit and a name in brackets, signing a 心得 at its
    end (set 109's 榆林日报)."""
    return text.startswith(("（", "(")) and _unit_then_name(text) is not None


def _closes(block: Block, signed: set[Block]) -> bool:
    """The closing line of an article: （作者系…）, 孟书瑶（作者单位：…）, or a name signing it."""
    return closes_article(block.text) or block in signed


def signature_name(text: str) -> str:
    """The author a closing line names: 孟书瑶（作者单位：…）, （作者：刘景川，系…）, 方　圆,
    江苏省南通市崇川区纪委监委　顾晓峰."""
    if reader := READER_SIGNATURE.match(text):
        return reader.group("name")  # 碑林区　读者　周秀兰: a reader's letter
    if BYLINE.match(text) and BYLINE_ROLE.search(text):
        return byline_author(text) or ""  # □ 本报评论员　蒋思远, signing at the end
    if NAMES_LINE.match(text) or re.fullmatch(LONG_NAME, text):
        return text
    if HOUSE_SIGNATURE.match(text):
        return text.strip("（）()")  # （本报评论员）: the paper signs
    if text.startswith(("（", "(")) and (posted := _unit_then_name(text)):
        return posted.group("name").strip()  # （市委党校　周敏）: a unit, then the name (set 115)
    if bracketed := BRACKETED_NAMES.match(text):
        return bracketed.group("names")
    signed = _unit_then_name(text)
    if signed:
        return signed.group("name").strip()
    named = _unmarked(NAME_THEN_UNIT, text)
    if named:
        return named.group("author").strip()
    match = END_SIGNATURE.match(text)
    if match:
        return (
            match["author"]
            or match["inside"]
            or match["speaker"]
            or match["signer"]
            or match["labelled"]
        ).strip()
    match = AFFILIATION.match(text)
    posted = (
        _unit_then_name(re.sub(r"^(?:系|为|是)", "", match["rest"].strip()))
        if match and match["rest"]
        else None
    )
    if posted:  # （作者为沈阳市社会科学院经济研究所所长　韩立新）
        return posted.group("name").strip()
    named = (
        # （作者：刘景川，系…）; （作者：梁国栋　湛江市财政局机关党委书记）
        re.match(rf"^\s*[：:]\s*({NAME}(?:[、\s　]+{NAME}){{0,3}})[，,]", match["rest"])
        or re.match(rf"^\s*[：:]\s*({NAME})[\s　]+\S{{4,}}$", match["rest"])
        if match and match["rest"]
        else None
    )
    if named and match and match["rest"]:
        # … and the others each with their post after a semicolon (set 98's 「（答问专家：陈立军，
        # …教授；周敏，三峡大学…教授）」)
        others = re.findall(rf"[；;]\s*({NAME})[，,]", match["rest"])
        return "　".join([named.group(1).strip(), *others])
    return named.group(1).strip() if named else ""


# What a page says of itself at its foot: where its pictures come from, its copyright in any
# wording, its disclaimer, its call for papers and its subscription line. Printed under the last
# article, they are no part of it (set 83: 「本报所有稿件及图片版权归德阳日报社所有，…」 and 「征稿
# 启事：本版常年刊发理论文章，…」 had become the last paragraphs of the page's stories).
PAGE_NOTICE = re.compile(
    r"^(?:本版(?:图片|照片)[^。]{0,30}(?:提供|供图)"
    r"|(?:本报|本网|本站|本版|本刊|本台)(?:所刊|所载|刊发|刊登)[^。]{0,40}(?:转载|授权|摘编|复制)"
    # 「版权声明：…」, 「本网站所刊登的…均为珠海特区报社版权所有，…」, a PDF's foot
    # 「版权所有　未经许可不得转载」, 「Copyright © …」
    r"|版权(?:声明|所有)|Copyright\b|©|(?:本报|本网|本站|本版|本刊|本台)[^。]{0,60}版权"
    r"|本(?:版|报|刊|网|站)?(?:文章|稿件|文)?(?:内容)?仅代表作者"  # 本版文章仅代表作者个人观点
    # 「声明：本文为平遥县融媒体中心原创稿件，转载请注明出处。」 (set 103's app copy)
    r"|(?:声明[:：]\s*)?本文(?:为|系)[^。]{0,30}原创[^。]{0,10}[，,]\s*转载请注明"
    # 「征稿启事：本版常年刊发…」, 「欢迎赐稿，来稿请注明“理论版投稿”字样…」, 「投稿邮箱：…」
    r"|(?:本版征稿|征稿启事|投稿须知|稿约)\s*[:：]|欢迎[^。]{0,20}(?:赐稿|投稿|来稿)|来稿请"
    r"|(?:本版)?投稿(?:邮箱|信箱|地址|电话)"
    r"|(?:全国各地)?邮局[^。]{0,10}订阅|订阅(?:咨询|热线|电话)"  # 订阅咨询请拨打11185
    # its imprint (set 85: 「遵义日报社出版　地址：…　邮编：563000　广告热线：…」)
    r"|[\u4e00-\u9fff]{2,12}(?:报社|杂志社)出版|(?:广告|发行)(?:热线|电话)|邮发代号"
    r"|国内统一连续出版物号|(?:社址|地址)\s*[:：][^。]{0,40}邮编)"
)


GUIDE_LINE = re.compile(r"^(?:本版导读|本期导读|本版要目|本期要目)\s*[:：]\s*\S")  # (set 121)
POSTED_AT = re.compile(
    r"^(?:发布时间|发布日期|发表时间|更新时间)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
# A bulletin's foot (set 112's 学习简报): whom it goes to, how many were printed, who issued it
# and when; its classification over its name (「内部资料　注意保存」).
BULLETIN_FOOT = re.compile(
    r"^(?:报|送|发|抄报|抄送|分送)\s*[:：]\S|^[（(]共印\s*\d+\s*份[)）]$"
    r"|^(?:中共)?[\u4e00-\u9fff]{2,20}(?:办公室|宣传部|组织部)(?:编|印发)?[\s　]+"
    r"\d{4}年\d{1,2}月\d{1,2}日(?:印发)?$|^内部资料[\s　]*(?:注意保存|请勿外传)?$"
)


def page_meta(text: str) -> bool:
    """Lines that belong to the page, not to an article: layout and editing credits, and the
    masthead's date line (「2025年11月28日 星期五」, the articles' date)."""
    if DIARY_DAY.match(text):
        return False  # a diary's day, with its weather: its entry's heading
    credit = CREDIT.match(text) or text.startswith(
        ("本版编辑", "本版责编", "本期责编", "本期编辑")
    )
    navigation = NAVIGATION.match(text)
    masthead = LATIN_MASTHEAD.match(text) or LUNAR_DATE.match(text) or running_line(text)
    edition = EDITION_MARKER.match(text)  # 「===第8版===」: where a copy's next edition begins
    edition = edition or SOURCE_LINE.match(text)  # 「来源：中国改革报」 alone on its line
    edition = edition or DESK_MAIL.match(text)  # 「E-mail:zlllb2025@163.com」 under the credits
    edition = edition or PAGE_NOTICE.match(text)  # 本版图片…提供, 本报所刊稿件未经书面授权…
    edition = edition or BULLETIN_FOOT.match(text)  # a 简报's 报：… / 送：… / 发：…, 共印120份
    # 「发布时间：2024-05-27」 beside a byline (set 112); 「本版导读：…　｜　…」, a page's list on
    # one line
    edition = edition or POSTED_AT.match(text) or GUIDE_LINE.match(text)
    return bool(
        credit
        or ISSUE_DATE.match(text)
        or CITATION.match(text)
        or navigation
        or masthead
        or edition
    )


SOURCE_LINE = re.compile(r"^(?:来源|稿源|出处|转自)\s*[:：]\s*\S{2,20}$")
DESK_MAIL = re.compile(r"^(?:E-?mail|EMAIL|Email|(?:本版|投稿)?(?:电子)?邮箱)\s*[:：]\s*\S+@\S+$")
EDITION_MARKER = re.compile(
    r"^[=＝\-—_]{2,}\s*第?[\d一二三四五六七八九十A-Z]{1,4}版\s*[=＝\-—_]{2,}$"
)


# An 电子版's navigation: 「◀上一版　下一版▶」, 「本版导航　|　上一版　|　下一版　|　返回目录」,
# 「版面导航　　上一版　下一版　　PDF下载」.
NAVIGATION = re.compile(
    r"^(?:[◀＜<〈]?\s*上一[版期]|下一[版期]\s*[▶＞>〉]?|本版导航|版面导航|标题导航|返回目录|返回首页|首页|PDF下载"
    r"|本版PDF|PDF版|PDF版下载|往期回顾|往期查阅|往期目录|本期目录"
    r"|放大|缩小|默认|[|｜│\s　【】\[\]])+$"
)
# The day's weather on a page's head: 「天气：晴」, 「泉州天气：多云转雷阵雨　27℃～34℃」 beside the
# date, 「珠海　多云转雷阵雨　26℃～32℃　南风2～3级」 (a temperature range, wherever in the line).
WEATHER = re.compile(
    r"^(?:今日|今天)?[\u4e00-\u9fff]{0,4}天气\s*[:：]|-?\d{1,2}\s*℃\s*[～~\-—至到]"
)
# Who publishes the paper, under its name: 「自然资源部主管　中国矿业报社主办」,
# 「中共泰州市委机关报」.
SPONSOR = re.compile(r"^[^，。]{2,40}(?:主管|主办)(?:[\s　]|$)|^[^，。]{2,16}机关报$")
LISTED_ITEM = re.compile(r"^[·•]\s*\S")
BREADCRUMB = re.compile(
    r"^(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置)\s*[:：]"
    r"|^首页\s*[>＞»]"  # (首页 > 理论 > …)
)
# A 导读's entry naming another page's piece (set 104's 宜宾日报: 「◆第2版　筑牢长江上游…」), and a
# site's search box (「请输入关键字  搜索」): no column.
OTHER_PAGE_ENTRY = re.compile(r"^[◆◇●○■□·•]\s*第\s*[A-Z]?\d{1,3}\s*版[\s　：:]+\S")
# … nor a web page's time and source (「2025年08月15日08:31　|　来源：人民网－理论频道」, set 29)
DATED_SOURCE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}.*来源\s*[:：]")
SEARCH_BOX = re.compile(
    r"^请输入(?:关键字|关键词|搜索内容)[\s　]*(?:搜索)?$|^站内搜索\s*[:：]?$"
    r"|^今天是\s*[:：]?\s*\d{4}年"  # 「今天是：2024年7月9日 星期二」 over a site's page (set 115)
)
EDITION_NUMBER = re.compile(r"第\s*([A-Z]?\d{1,3})\s*版")
# a 数字报's edition list, a line each (「A01：头版」; set 102's 惠州日报: 「A01版：要闻」)
EDITION_TAB = re.compile(r"^(?:[A-Z]\d{2}\s*版?|\d{2}\s*版)\s*[:：]\s*[\u4e00-\u9fff·]{1,16}$")
EDITION_ITEM = re.compile(r"[A-Z]?\d{1,3}\s*版\s*[：:]")


def _other_edition(text: str, kept: Sequence[Block]) -> bool:
    """An edition line naming another edition than the page's (the first one kept): an item of
    a 数字报's list of its editions (「第01版：要闻」 under 「第03版：理论」)."""
    if not EDITION.match(text):
        return False
    numbers = [m.group(1) for k in kept if (m := EDITION_NUMBER.search(k.text))]
    this = EDITION_NUMBER.search(text)
    return bool(numbers and this and this.group(1).lstrip("0") != numbers[0].lstrip("0"))


# The masthead printed again when a copy runs on to the next edition:
# 「光明日报　2024年06月03日　星期一」.
MASTHEAD_DATE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}[\s　]*\d{4}年\d{1,2}月\d{1,2}日(?:[\s　]*星期[一二三四五六日天])?$"
)


# A 微信公众号 copy's lines above the repeated title: 「安徽发改机关党建　2025年01月08日 08:30
# 安徽」, a picture's placeholder, 「来源：中国改革报」 (page_meta) — none the name of a column.
PICTURE_PLACEHOLDER = re.compile(r"^[\[【]图片[\]】]$")


PAGE_NAME = r"[\u4e00-\u9fff·]{2,8}"
# A site's column before a title (「理论学习｜党建引领…」, 「理上网来丨发展银发经济…」).
COLUMN_PREFIX = re.compile(  # (… or in brackets: 「【百姓名嘴说】一碗小吃“走”出的共富路」, set 90)
    r"^(?P<column>[\u4e00-\u9fff]{2,10}\s*[丨｜|]\s*|【[\u4e00-\u9fff]{2,10}】\s*)(?=\S.{5,})"
)


DIGITAL_EDITION = re.compile(r"(?<=[报刊])(?:数字报|电子版|数字版)$")
EDITION_NUMBER_PADDED = re.compile(r"第0*(\d+)版[：:\s]*")


def _head_text(text: str) -> str:
    """A page head's words as the page prints them again below the frame of its digital
    edition: 「鞍钢日报数字报」 is 「鞍钢日报」, 「第03版：党建园地」 is 「第3版 党建园地」."""
    return EDITION_NUMBER_PADDED.sub(r"第\1版 ", DIGITAL_EDITION.sub("", text)).strip()


def _name_and_folio(text: str) -> tuple[str, str] | None:
    """A page's name beside its number (「理论　7」, 「8　综合」): (name, number), or None."""
    parts = text.split()
    if len(parts) != 2:
        return None
    for name, folio in (parts, parts[::-1]):
        if re.fullmatch(PAGE_NAME, name) and FOLIO.match(folio):
            return name, folio
    return None


def lead_in_meta(text: str) -> bool:
    line = normalise(text)
    return bool(
        WECHAT_ACCOUNT.match(line)
        or WECHAT_BYLINE.match(line)
        or ORIGINAL_POST.match(line)  # 「原创 荣成市融媒体中心 荣成融媒 2025年03月18日 07:30」
        or PICTURE_PLACEHOLDER.match(text)
        or furniture(text)  # 点击蓝字 关注我们
        # a web page's fields over its pieces (发布时间：2025-03-18, 作者：李永清　黄雅琴)
        or SOURCE_FIELD.match(line)
        or AUTHORS_FIELD.match(line)
    )


AUTHORS_FIELD = re.compile(r"^作者\s*[:：]\s*\S")


def _lead_in_text(text: str) -> bool:
    """A line of text, not a heading or a site's navigation: sentences of some length."""
    return len(text) >= 30 and re.search("[。！？]", text) is not None


def _notes(blocks: list[Block]) -> list[Block]:
    """The editor's notes among the lines above the first title: 「编者按：…」, or 「编者按」 alone
    on its line over the note's text (解放日报's 思想者)."""
    notes: list[Block] = []
    for block in blocks:
        label = bool(notes) and NOTE.fullmatch(notes[-1].text) is not None
        if NOTE.match(block.text) or (label and _text_like(block.text)):
            notes.append(block)
        elif notes and DASH_SIGNATURE.match(block.text):
            notes.append(block)  # the editor's signature under his words (「——许晓东」)
    return notes


def _masthead_line(text: str) -> bool:
    """A line of the masthead or the page's credits between articles."""
    return _masthead_inside(text) or bool(MASTHEAD_DATE.match(text))


def _page_inside(block: Block) -> bool:
    """A line of the page's inside an article's text: a masthead (:func:`_masthead_inside`), a
    journal's running head set aside under its page number (「·86·」 / 「杨文彬：…」), a web
    page's furniture (字号：【大】【中】【小】 under a byline)."""
    return (
        _masthead_inside(block.text) or block.aside in ("page", "notice") or furniture(block.text)
    )


def _masthead_inside(text: str) -> bool:
    """A masthead line inside an article's text: a page copied with the rest of an article
    on the next edition prints that edition's date and number again (「第08版：思想周刊」), and a
    PDF copy its page's number alone under the masthead it repeats (「7」)."""
    return (
        page_meta(text)
        or bool(EDITION.match(text) or FOLIO.match(text))
        or _name_and_folio(text) is not None  # 「8　综合」 over the rest (set 51's 哈尔滨日报)
    )


# The line a digital edition closes a page with:
# 「《 人民日报海外版 》（ 2025年03月26日 第 05 版）」.
CITATION = re.compile(r"^《\s*[^》]{2,20}\s*》\s*[（(]\s*(?:19|20)\d{2}年.{0,24}[)）]$")
ENTRY_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")


def _entry_dates(blocks: Sequence[Block]) -> set[Block]:
    """Dates alone over an entry's text (set 101's 党史上的今天: 「1949年1月15日」 / 「中国人民解放
    军攻克天津。…」): the entry's, not the page's date printed again."""
    return {
        b
        for b, after in itertools.pairwise(blocks)
        if ENTRY_DATE.match(b.text) and _text_like(after.text) and not ENTRY_DATE.match(after.text)
    }


DATE_SPAN = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:[至—－-]+(?:\d{1,2}月)?\d{1,2}日)?$")
ISSUE_DATE = re.compile(
    r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日(?:\s*[，,]?\s*(?:星期|周)[一二三四五六日天])?$"
)
EDITION = re.compile(  # 第08版：思想周刊, 11版　理论·实践, A06　理论周刊
    r"^(?:第?\s*[A-Z]?[\d一二三四五六七八九十]{1,3}\s*版|[A-Z]\d{1,2}(?=\s))"
    r"(?:\s*[：:·]?\s*[\u4e00-\u9fff·]{0,10})?$"
)


# The masthead's lines besides its date: the paper's name in Latin letters (JIANCHA RIBAO,
# DALIAN DAILY) and the lunar date (农历甲辰年十一月十六, 乙巳年四月廿九).
LATIN_MASTHEAD = re.compile(r"^[A-Z][A-Z'’.&\- ]{3,40}$")
LUNAR_DATE = re.compile(
    r"^(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年闰?[正一二三四五六七八九十冬腊]{1,2}月"
    r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十)$"
)
DATE_WORD = re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日")
# What stands beside the date: a weekday, the edition (第3版, 第7版：理论周刊, A05), a lunar date.
BESIDE_DATE = re.compile(
    rf"(?:星期|周)[一二三四五六日天]|{LUNAR_DATE.pattern[1:-1]}"
    r"|第?[A-Z]?\d{1,3}版(?:[：:·][\u4e00-\u9fff·]{1,10})?|[A-Z]\d{1,2}|\d{1,2}"
)
PAPER_WORD = re.compile(
    r"[\u4e00-\u9fff·]{2,10}"
)  # the paper's or the page's name (中国新闻出版广电报)
PAPER = re.compile(r".*(?:报|网)$")  # 中国青年报, 求是网: the paper, whichever word is first


def masthead_run(text: str) -> bool:
    """A masthead set on one line, printed atop the page or again over each column of a
    PDF copy: 「2024年11月26日　星期二　　　　检察日报　　　　第3版　理论」, 「温州日报　2025年
    5月26日　星期一　　第7版：理论周刊」 — its date and a weekday, an edition or a lunar date,
    beside the paper's and the page's names. Read whole: it is no row of paragraphs."""
    words = _spaced_out(text.split())
    dates = [w for w in words if DATE_WORD.fullmatch(w)]
    beside = [w for w in words if BESIDE_DATE.fullmatch(w)]
    names = [w for w in words if w not in dates and w not in beside]
    return (
        len(text) <= 60
        and len(dates) == 1
        and bool(beside)
        and all(PAPER_WORD.fullmatch(w) for w in names)
    )


def _spaced_out(words: list[str]) -> list[str]:
    """Words with a name spaced out letter by letter (理　论 → 理论) put back together."""
    joined: list[str] = []
    run = ""  # single letters in a row so far
    for word in [*words, ""]:
        if len(word) == 1 and "\u4e00" <= word <= "\u9fff":
            run += word
            continue
        if run:
            joined.append(run)
            run = ""
        if word:
            joined.append(word)
    return joined


# A journal's running head, printed over each page of a PDF copy with the page's number between
# two dots (「2025年第1期  王慧敏，陈立军：党建引领…  ·13·」, 「·14·  湖北行政学院学报  2025年
# 第1期」), and the line a library prints at the foot of each page it serves (CNKI's copyright).
JOURNAL_RUNNING = re.compile(
    r"^[·•]\s*\d{1,4}\s*[·•](?:\s|$)|\s[·•]\s*\d{1,4}\s*[·•]$"
    r"|^\(C\)\s*\d{4}-\d{4}\s+China Academic Journal|https?://www\.cnki\.net$"
    # the journal's name and issue over an even page (「中共南昌市委党校学报　　2025年第2期」)
    r"|^[\u4e00-\u9fff]{2,16}(?:学报|学刊)\s+\d{4}\s*年\s*第\s*\d{1,2}\s*期$"
    r"|^\d{4}\s*年\s*第\s*\d{1,2}\s*期\s+[\u4e00-\u9fff]{2,16}(?:学报|学刊)$"
    # … and a magazine's folio, its page's number outside (「32　党员生活　2025年第4期」, 「2025年
    # 第4期　党员生活　31」)
    r"|^\d{1,3}\s+[\u4e00-\u9fff]{2,16}\s+\d{4}\s*年\s*第\s*\d{1,2}\s*期$"
    r"|^\d{4}\s*年\s*第\s*\d{1,2}\s*期\s+[\u4e00-\u9fff]{2,16}\s+\d{1,3}$"
)


def running_line(text: str) -> bool:
    """A line printed again over (or under) each column or page of a PDF copy: a paper's
    masthead on one line, a journal's running head or its library's footer. It breaks no
    paragraph: the text goes on after it."""
    return masthead_run(text) or (len(text) <= 120 and bool(JOURNAL_RUNNING.search(text)))


def masthead_parts(text: str) -> tuple[list[str], str]:
    """What a masthead set on one line names — the paper, then its edition and page
    (「检察日报」, 「第3版 理论」), as many as it prints — and its date words (「2024年11月26日
    星期二」)."""
    words = _spaced_out(text.split())
    dated = [
        w
        for w in words
        if DATE_WORD.fullmatch(w) or (BESIDE_DATE.fullmatch(w) and not EDITION.match(w))
    ]
    named = [w for w in words if w not in dated]
    named.sort(key=lambda w: not PAPER.match(w))  # 「思想·理论　　中国青年报　2024年…」
    return [" ".join(part) for part in (named[:1], named[1:]) if part], " ".join(dated)


def issue_date(lines: Sequence[str]) -> str:
    """The page's date (YYYY-MM-DD) from its masthead's date line, or ''."""
    for text in lines:
        match = ISSUE_DATE.match(text) or (DATE_WORD.search(text) if masthead_run(text) else None)
        if match:
            try:
                return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
            except ValueError:
                continue
    return ""


def _take_marks(blocks: list[Block]) -> list[Block]:
    """A continuation mark printed in a paragraph (「…说。（下转第三版）」, 「（上接第一版）
    据统计…」) becomes a block of its own, so that it is a mark and not text."""
    out: list[Block] = []
    for block in blocks:
        text = block.text
        head = re.match(CONT_MARK, text)
        if head and head.end() < len(text):
            out.append(Block(block.line, head.group()))
            text = text[head.end() :].lstrip()
        tail = MARK_END.search(text)
        if tail and tail.start() > 0:
            out.append(Block(block.line, text[: tail.start()].rstrip()))
            out.append(Block(block.line, tail.group()))
        else:
            out.append(dataclasses.replace(block, text=text))
    return out


def headings_text(kicker: str, title: str, subtitle: str) -> str:
    """What search indexes as an article's title: its lead title, title and subtitle (a story
    is found by the words of its subtitle as by those of its title)."""
    return " ".join(part for part in (kicker, title, subtitle) if part)


def numbered(articles: list[Article]) -> tuple[Article, ...]:
    """Number the articles of a page that share a title and author (two 「图片报道」, a speech
    printed in two parts), so that each has a key of its own."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for article in articles:
        count = seen[(article.title, article.author)] = (
            seen.get((article.title, article.author), 0) + 1
        )
        out.append(dataclasses.replace(article, occurrence=count) if count > 1 else article)
    return tuple(out)


def load_page_file(path: Path) -> Page:
    """Read, decode and parse one page file; errors name the file and the line."""
    return parse_document(decode_page(path.read_bytes(), path.name), path.name)


NUMERALS = "一二三四五六七八九十"
CHAPTER = re.compile(rf"^(?P<number>[{NUMERALS}]{{1,3}})、\s*\S.{{0,60}}$")
MARKER = re.compile(rf"^[（(][{NUMERALS}]{{1,3}}[)）]")
DATE_LINE = re.compile(r"^[（(]\d{4}年\d{1,2}月\d{1,2}日[)）]$")
OFFICE = "总理|副总理|主席|省长|代省长|市长|代市长|区长|主任|书记"
SPEAKER = re.compile(
    r"^(?:(?:主讲人|报告人|宣讲人|讲话人)\s*[:：]\s*)?"  # a 党课's 主讲人：陈卫东（…党委书记）
    rf"(?:[\u4e00-\u9fff]{{0,12}}(?:{OFFICE})\s*)?(?P<name>[\u4e00-\u9fff·]{{2,5}})"
    r"(?:[（(][^（()）]{2,40}[)）])?$"
)
REPORT_META = re.compile(r"^(?:来源|时间|发布时间|日期|作者|责任编辑)[:：]")
PHOTO_CREDIT = re.compile(r"(?:摄|摄影|供图)[)）]?$")
REPORT_PREAMBLE = "导言"  # the one name of the text before a report's first chapter
REPORT_CLOSING = "结束语"  # … and of the words after its last chapter
SALUTATION = re.compile(r"^(?:同志们|各位代表)[！!：:]")
MAX_HEAD = 8  # a report's head (titles, subtitle, date, speaker) is among its first blocks


def numeral(text: str) -> int:
    """一 → 1, 十 → 10, 十五 → 15, 二十三 → 23 (chapter numbers)."""
    if "十" not in text:
        return NUMERALS.index(text) + 1 if len(text) == 1 else 0
    tens, _, ones = text.partition("十")
    return (NUMERALS.index(tens) + 1 if tens else 1) * 10 + (
        NUMERALS.index(ones) + 1 if ones else 0
    )


def chapter_headings(blocks: list[Block]) -> list[int]:
    """Indexes of the blocks that head numbered chapters 一、二、三、… in order: a line that
    starts like a chapter but breaks the sequence (an item 一、 inside a chapter) is text."""
    found: list[int] = []
    for index, block in enumerate(blocks):
        match = CHAPTER.match(block.text)
        if found and ends_sentence(block.text) and not ends_sentence(blocks[found[0]].text):
            # Headings printed as titles (「一、“六五”计划执行情况的回顾」): a numbered sentence
            # (「三、坚持把科技进步…放在重要的战略地位。」) is an item of a chapter (1986). Some
            # reports print every heading as a sentence (1988): there it is one.
            continue
        if match and numeral(match.group("number")) == len(found) + 1:
            found.append(index)
    return found


MIN_REPORT = 8000  # characters


def is_report(blocks: list[Block], signed: bool) -> bool:
    """A report's layout: at least three numbered chapters (一、二、三、…), and nothing a page
    or an article has: no byline (``signed``), no closing （作者…） line, no journal's
    apparatus (摘要：, 关键词：), and no author among
    the lines under the title (a web page's 「作者：刘文博」, 「刘文博（…党校…教授）」: an
    article with sections 一、二、三; a report has a speaker), and long: a 党课 of a few
    thousand characters in parts 一、二、三 (set 94's, 2,400) is one article, its parts its
    headings; a report's chapters are read one by one (the shortest in the corpus, 河北's 2026
    government work report, runs to 10,000)."""
    return (
        not signed
        and sum(len(b.text) for b in blocks) >= MIN_REPORT
        and len(chapter_headings(blocks)) >= 3
        and not any(SCHOLARLY.match(b.text) for b in blocks)  # a journal's 摘要：, 关键词：
        and not any(closes_article(b.text) for b in blocks)
        and not any(_names_author(b.text) for b in blocks[1 : MAX_HEAD + 4])
        and not any(AUTHOR_FIELD.search(b.text) for b in blocks[1 : MAX_HEAD + 4])
    )


# 「来源：《求是》2025/03　作者：孟繁宇　2025-02-01」: a web page's line naming the author.
AUTHOR_FIELD = re.compile(r"(?:^|[\s　])作者\s*[:：]\s*[\u4e00-\u9fff·]{2,4}(?:[\s　]|$)")


def _names_author(text: str) -> bool:
    bare = _unmarked(BARE_BYLINE, text)
    return bool(_unmarked(NAMED_BYLINE, text) or (bare and bare.group("post")))


def _speaker(text: str) -> re.Match[str] | None:
    """A speech's speaker under its title: 「主讲人：陈卫东（…党委书记）」, 「国务院总理　李强」,
    or the unit before the name (a 党课's 「中共瑞金市委党校　钟晓华」)."""
    return SPEAKER.match(text) or _unit_then_name(text)


def _is_head_line(text: str) -> bool:
    return (
        text.startswith("—")
        or bool(DATE_LINE.match(text) or _speaker(text) or REPORT_META.match(text))
        or (bool(PHOTO_CREDIT.search(text)) and len(text) <= 60)
    )


def join_report_breaks(blocks: list[Block]) -> list[Block]:
    """Rejoin a numbered point (（一）…) that the layout broke mid-sentence. Where the report
    prints its points inline (most of them end a sentence: 「（一）坚持和加强党中央集中统一
    领导。党的领导…」), a point that does not (「（二）坚持不懈用」) continues into the next
    block."""
    points = [b for b in blocks if MARKER.match(b.text)]
    inline = sum(ends_sentence(b.text) for b in points)
    if len(points) < 3 or inline * 4 < len(points) * 3:
        return blocks
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if previous and MARKER.match(previous.text) and not ends_sentence(previous.text):
            joined[-1] = Block(previous.line, previous.text + block.text)
        else:
            joined.append(block)
    return joined


# A chapter heading run into its first paragraph after a space (1987: 「三、深入改革经济体制和扩大
# 对外开放 国民经济的长期稳定发展，既要…」): its own block, as the other chapters' are.
RUN_IN_CHAPTER = re.compile(
    rf"^(?P<heading>[{NUMERALS}]{{1,3}}、[^\s，。；：！？]{{2,40}})[ \u3000]+(?P<body>\S.{{20,}})$"
)


def split_run_in_chapters(blocks: list[Block]) -> list[Block]:
    split: list[Block] = []
    for block in blocks:
        found = RUN_IN_CHAPTER.match(block.text)
        if found is None:
            split.append(block)
        else:
            split += [Block(block.line, found["heading"]), Block(block.line, found["body"])]
    return split


# … not a citation's mark the layout carried to a line's start: 「[2]。近年来…」.
FOOTNOTE_ENTRY = re.compile(rf"^{NOTE_NUMBER}\s*[^\s。，、；：）)]")


def rule_over_footnotes(blocks: Sequence[Block]) -> int | None:
    """Where the rule of underscores stands under which footnotes ([1] …) end an article (a
    speech pasted from Word, review set 48), or None."""
    for at, block in enumerate(blocks):
        if ORNAMENT.match(block.text) and all(
            FOOTNOTE_ENTRY.match(b.text) for b in blocks[at + 1 :]
        ):
            return at
    return None


def _report_paragraphs(body: list[Block]) -> tuple[Paragraph, ...]:
    """A part's paragraphs, the end matter of a speech's last part as notes: its footnotes
    ([1] …, under a rule of underscores or not) and the note on the text over them (「（根据授课
    录音整理，有删节）」); the rule itself is dropped."""
    rule = rule_over_footnotes(body)
    end = len(body) if rule is None else rule
    kept = [b for i, b in enumerate(body) if i != end]
    # … and the page's lines under them, dropped (set 43's 党课, copied from a paper's site:
    # 「（来源：《中国石油报》…）」 / 「责任编辑：赵雅琴」 had closed its last chapter as text)
    while end > 0 and page_meta(kept[end - 1].text):
        kept.pop(end - 1)
        end -= 1
    while end > 0 and (
        FOOTNOTE_ENTRY.match(kept[end - 1].text)
        or _one_bracket_group(kept[end - 1].text)
        or REFERENCES.match(kept[end - 1].text)  # 「注释：」 over them
    ):
        end -= 1
    return tuple(
        Paragraph("", b.text, b.line, "note" if i >= end else "") for i, b in enumerate(kept)
    )


def parse_report(text: str, source: str) -> Page:
    """A report: title line(s), optionally a subtitle ``——…``, a date line ``（2022年10月16日）``,
    the speaker, source and photo lines, then paragraphs under numbered chapters 一、二、…
    Each chapter is an article whose section is the chapter heading; the paragraphs before the
    first chapter are the preamble (导言). A report without chapters is all preamble."""
    blocks = split_run_in_chapters(blocks_of(text))
    if not blocks:
        raise PageError(source, 1, "文件是空的")
    chapters = chapter_headings(blocks)
    first_chapter = chapters[0] if chapters else len(blocks)
    head_end = 1  # the first block is the title; more title lines and head lines may follow
    for index in range(1, min(MAX_HEAD, first_chapter)):
        text = blocks[index].text
        if _is_head_line(text):
            head_end = index + 1
        elif ends_sentence(text) or len(text) > MAX_LEAD:
            break  # the text has begun
    head = blocks[:head_end]
    titles = [head[0].text] + [b.text for b in head[1:] if not _is_head_line(b.text)]
    subtitle = [b.text for b in head[1:] if b.text.startswith("—")]
    meta = [b.text for b in head[1:] if _is_head_line(b.text) and b.text not in subtitle]
    speakers = [m.group("name").strip() for m in map(_speaker, meta) if m]
    title = " ".join(titles)
    starts = set(chapters)
    parts: list[tuple[Block | None, list[Block]]] = [(None, [])]
    for index in range(head_end, len(blocks)):
        if index in starts:
            parts.append((blocks[index], []))
        else:
            parts[-1][1].append(blocks[index])
    if len(parts) > 1:
        # After the last chapter, the first paragraph opening with the salutation (同志们！,
        # 各位代表！) begins the closing words, a part of no number (review 3838: the 2020
        # report's 要大力纠治“四风” was credited to its 第八部分).
        last = parts[-1][1]
        closing = next((i for i, b in enumerate(last) if i and SALUTATION.match(b.text)), None)
        if closing is not None:
            parts[-1:] = [(parts[-1][0], last[:closing]), (None, last[closing:])]
    articles: list[Article] = []
    for number, (heading, body) in enumerate(parts):
        if heading is None and not body:
            continue
        if not body:
            raise PageError(source, heading.line if heading else 1, "这一章没有正文")
        unnamed = REPORT_PREAMBLE if number == 0 else REPORT_CLOSING
        articles.append(
            Article(
                source=source,
                position=len(articles) + 1,
                line=(heading or body[0]).line,
                column=title,
                title_lines=(heading.text,) if heading else (),
                byline="",
                paragraphs=_report_paragraphs(join_report_breaks(body)),
                affiliation_line="",
                section=heading.text if heading else unnamed,
                label="" if heading else unnamed,
                credit=speakers[0] if speakers else "",
            )
        )
    return Page(
        source=source,
        banner=title,
        column=" ".join(subtitle),
        articles=numbered(articles),
        kind="report",
        meta=tuple(meta),
    )


MIN_PIECES = 2


def parse_document(text: str, source: str) -> Page:
    """Parse any supported layout, recognised by its shape (never by file name): an imported
    article (its stored form names its link or file), a report with numbered chapters, a
    newspaper page (bylines), or else one plain article (bot/core/plain.py)."""
    from bot.core.plain import (  # layouts built on this one
        is_stored_import,
        parse_article,
        parse_web_articles,
        web_heads,
    )

    text = full_width_punctuation(from_markdown(text))
    blocks = blocks_of(text)
    if blocks and is_stored_import(blocks):
        return parse_article(text, source)
    heads = web_heads(blocks)
    if len(heads) >= 2:
        return parse_web_articles(text, source, heads)
    blocks = reading_blocks(blocks)
    # Readers' comments under a copied web page are no articles (「青禾　山东」 is no byline).
    comments = comments_start([b.text for b in blocks])
    blocks = blocks[:comments] if comments is not None else blocks
    bylines = [i for i in range(len(blocks)) if _is_byline(blocks, i) or _opens_rest(blocks, i)]
    # (a lecture's 主讲人 alone is read as one plain article's; two lectures' a page: set 115's
    # 书记讲党课, each 「讲课人：…（…）」 under its title)
    spoken = [i for i in bylines if SPEAKER_PREFIX.match(blocks[i].text)]
    signed = len(bylines) > len(spoken) or len(spoken) >= MIN_PIECES
    # A page of news stories may carry its bylines in the datelines alone.
    # … or one story, under an article signed at its end (临沂日报's 微党课, （宣讲人：…）).
    dated = sum(_dated_start(blocks, i) for i in range(1, len(blocks)))
    closing = sum(
        closes_article(b.text) or _signed_in_brackets(b.text) or bool(UNIT_CREDIT.match(b.text))
        for b in blocks
    )
    signed = signed or dated >= 2 or (dated == 1 and closing > 0)
    # … or pieces each signed at their end (中国旅游报's 专家笔谈: 〔作者：陈立群，…〕 under each)
    signed = signed or closing >= 2
    if blocks and is_report(blocks, signed):
        return parse_report(text, source)
    if blocks and not signed:
        return parse_article(text, source)
    return parse_page(text, source)


# Chinese text set with half-width punctuation, as some government sites print it (set 114's 汉阴县
# 人民政府: 「基层治理是国家治理的基石,是…重要保障.党的二十大…」): read with full-width marks, so
# its sentences and paragraphs end where they do. A mark after a Chinese character only (1,286 and
# 4.2万 keep theirs); quotes paired in each line.
HALF_WIDTH = re.compile(r"(?<=[\u4e00-\u9fff”）》])[,.;:?!](?!\d)")
HALF_TO_FULL = str.maketrans(",.;:?!", "，。；：？！")
FULL_WIDTH_MARK = re.compile(r"[，。；：？！]")
MIN_HALF_WIDTH = 5


def full_width_punctuation(text: str) -> str:
    """``text`` with its half-width punctuation after Chinese made full-width, where such marks
    outnumber the full-width ones (a page set so); else ``text`` unchanged."""
    half = len(HALF_WIDTH.findall(text))
    if half < MIN_HALF_WIDTH or half <= len(FULL_WIDTH_MARK.findall(text)):
        return text
    lines = []
    for line in text.split("\n"):
        if re.search(r"[\u4e00-\u9fff]", line) and line.count('"') % 2 == 0:
            parts = line.split('"')  # 「a"b"c」: quoted where odd
            line = "".join(
                part if n == 0 else ("“" if n % 2 else "”") + part for n, part in enumerate(parts)
            )
        line = HALF_WIDTH.sub(lambda m: m.group().translate(HALF_TO_FULL), line)
        line = re.sub(r"\((?=[\u4e00-\u9fff])", "（", line)
        line = re.sub(r"(?<=[\u4e00-\u9fff。”])\)", "）", line)
        lines.append(line)
    return "\n".join(lines)


# A note app's Markdown export (飞书, 语雀, 石墨; set 114): 「# 标题」, 「## 一、…」, 「**…**」,
# 「> 导读」, 「- 」 items, a pipe table. Read as the text it marks up: headings, lead sentences
# and items as lines of their own, a table's rows their cells spaced apart.
MD_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")
MD_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")
MD_TABLE_ROW = re.compile(r"^\|.*\|$")
MD_EMPHASIS = re.compile(
    r"\*\*(?P<strong>[^*\n]+)\*\*(?P<space>[ \t]?)|(?<![*\w])\*(?P<em>[^*\n]+)\*(?![*\w])"
)
MD_ITEM = re.compile(r"^\s*[-*+]\s+(?=\S)")
MD_QUOTE = re.compile(r"^>\s?")
MIN_MARKDOWN = 2  # headings (# …) a text must open lines with to be read as Markdown


def _unmarked_emphasis(match: re.Match[str]) -> str:
    """「**…要求。** 2012年…」 → 「…要求。2012年…」: a bold lead sentence, the space after it
    dropped where the sentence ends."""
    if match["strong"] is None:
        return str(match["em"])
    space = "" if match["strong"].endswith(tuple("。！？：；”")) else match["space"]
    return f"{match['strong']}{space}"


def from_markdown(text: str) -> str:
    """``text`` without its Markdown marks where it is a Markdown export (two headings or more
    opening lines with 「#」); else ``text`` unchanged."""
    lines = text.split("\n")
    if sum(bool(MD_HEADING.match(line)) for line in lines) < MIN_MARKDOWN:
        return text
    out = []
    for line in lines:
        if MD_TABLE_RULE.match(line.strip()):
            continue  # | --- | --- |: the table's rule, no text
        if MD_TABLE_ROW.match(line.strip()):
            line = "　".join(cell.strip() for cell in line.strip().strip("|").split("|"))
        line = MD_QUOTE.sub("", MD_HEADING.sub("", line))
        line = MD_ITEM.sub("· ", line)
        line = MD_EMPHASIS.sub(_unmarked_emphasis, line)
        out.append(line)
    return "\n".join(out)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
