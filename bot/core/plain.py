"""The plain article layout: one article in a text file — a title line, optional metadata lines
(作者：, a bare name, a date, 来源：, 网站：, 原文：, 文件：), then the body, one paragraph a line.
Several articles copied from web pages into one file, each a title over its 来源：/作者：/date
lines, are read as a page of such articles (:func:`parse_web_articles`).

This is how typed or pasted articles arrive, and how every imported article (web page, Word,
PDF) is kept in the seeds folder (:func:`bot.core.drafts.render`). Like the other layouts, it
never corrects the text: every non-blank character lands in one raw field of the page.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from bot.core import texts
from bot.core.drafts import (
    DATE_ONLY,
    FIELD,
    FURNITURE,
    HEADERS,
    MAX_TITLE,
    NOTE_NUMBER,
    RESEARCH_GROUP,
    SPEECH_END,
    Layout,
    author_name,
    classify,
    normalise,
    source_named,
)
from bot.core.pages import (
    BARE_POST,
    BULLET_MARK,
    BULLET_WORDS,
    BYLINE,
    COLUMN_PREFIX,
    COMPILED_BY_REPORTERS,
    EDITION,
    FOLIO,
    MAX_SUBHEAD,
    NAME,
    NAMED_BYLINE,
    NO_NAME,
    NOTE,
    PAPER,
    POLICY_OFFICE,
    POLICY_READER,
    REPORTER_ROLE,
    SPEAKER_PREFIX,
    Article,
    Block,
    Page,
    PageError,
    Paragraph,
    blocks_of,
    body_roles,
    byline_author,
    byline_post,
    ends_paragraph,
    furniture,
    inner_role,
    join_wrapped,
    lead_in_meta,
    numbered,
    page_meta,
    signature_name,
    speakers_compiled,
    table_of_contents,
    under_note_head,
)

KIND = "article"
# A speaker's post on the line under the speaker: a unit's words, no sentence.
SPEAKER_POST = re.compile(
    r"^[^。！？；，,]{4,40}(?:书记|主任|校长|院长|局长|部长|经营户|教师|党员|干部|代表)$"
)
MAX_COLUMN_NAME = 6  # 理论周刊, 学习园地: a page's column name under its masthead
STORED_ORIGIN = re.compile(rf"^(?:{HEADERS['link']}|{HEADERS['file']})：\S")
HEAD_BLOCKS = 8  # title, subtitle, 作者, 日期, 网站, 原文 and room to spare
TITLE_NEVER_ENDS = "。；;，,"  # a line ending so is a sentence (！ and ？ end headlines too)


TITLE_WITH_BYLINE = re.compile(
    rf"^(?P<title>\S.{{3,40}}?)\s+(?P<sub>——\S.{{1,40}}?)?\s*(?P<byline>[□■◎●]\s*{NAME})$"
)

# What a web page prints under an article's title: 来源：经济日报, 2025-05-20 06:02 (not 作者：,
# which newspaper pages print under their titles too).
HEAD_FIELD = re.compile(
    r"^(?:来源|发布时间|发布日期|发表时间|日期|时间)\s*[:：]\s*\S"
    # … or the date first, its fields after it: 「2024-08-20 09:12:35　来源：红网　作者：曾湘君」
    r"|^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:来源|作者)\s*[:：]"
)
WEB_TITLE = 48  # a web article's title line (a headline, not a sentence)
PICTURE_WORD = re.compile(r"图|摄|照片|视频|画面")
# A list's item a ▲ marks, its label before a colon (▲ 节假日前后：…); a ▲ over a scene
# (「▲4月26日，街道机关党支部开展党纪学习教育专题学习。」) is a picture's caption.
LABELLED_ITEM = re.compile(r"^[▲△]\s*[^，。：:；]{1,12}[：:]")
BULLET = re.compile(r"^[·•●▪◆■□◇►▶]")  # an item of a list of links (相关阅读), not a title


def web_heads(blocks: list[Block]) -> list[int]:
    """The title lines of web articles copied one after another: a headline right over a
    来源： or date line."""
    heads: list[int] = []
    for i in range(len(blocks) - 1):
        line, below = normalise(blocks[i].text), normalise(blocks[i + 1].text)
        if (
            len(line) > WEB_TITLE
            or ends_paragraph(line)
            or FIELD.match(line)
            or DATE_ONLY.match(line)
            or FURNITURE.search(line)
            or (BULLET.match(line) and not BYLINE.match(blocks[i].text))
            or not (HEAD_FIELD.match(below) or DATE_ONLY.match(below) or _fields_after(blocks, i))
            # (a date beside the line, 「…党委办公室编印　　2024年9月10日」, dates no title)
            or (DATE_ONLY.match(below) and blocks[i + 1].line == blocks[i].line)
            # (a name over the date it signed on, 「那仁满都拉」 / 「2024年1月22日」, set 112)
            or (DATE_ONLY.match(below) and SIGNING_NAME.fullmatch(line))
        ):
            continue
        # The title stands over its ——subtitle and byline (让普惠金融更“普”更“惠” / ——访… /
        # 本报记者　徐　蕾 / 来源：…): the article starts at the title.
        while i > 0 and _under_title(blocks[i].text) and not _is_text(blocks[i - 1]):
            i -= 1
        # Each article has text before the next title (a 来源 line over a date is no title).
        text = blocks[heads[-1] + 1 : i] if heads else []
        if not heads or any(_is_text(b) for b in text):
            heads.append(i)
    # The last title has text under it too: a dated link at a page's end (相关阅读) is no title.
    if heads and not any(_is_text(b) for b in blocks[heads[-1] + 1 :]):
        heads.pop()
    return heads


SIGNING_NAME = re.compile(r"[\u4e00-\u9fff·]{2,5}")


def _fields_after(blocks: list[Block], i: int) -> bool:
    """Under the line: an author's field with the others beside it on its line (作者：许文博
    来源：中国银行保险报　　发布时间：2025-04-08)."""
    return (
        i + 2 < len(blocks)
        and bool(NAMED_BYLINE.match(blocks[i + 1].text))
        and blocks[i + 2].line == blocks[i + 1].line
        and bool(HEAD_FIELD.match(normalise(blocks[i + 2].text)))
    )


def _under_title(text: str) -> bool:
    """A subtitle (——访…) or a byline (本报记者　徐　蕾, □ 周　宁), never a title."""
    return text.startswith(("——", "—")) or bool(REPORTER_LINE.match(text) or BYLINE.match(text))


REPORTER_LINE = re.compile(rf"^{REPORTER_ROLE}[\s　]*{NAME}")


def _is_text(block: Block) -> bool:
    return len(block.text) > WEB_TITLE or ends_paragraph(block.text)


def parse_web_articles(text: str, source: str, heads: list[int]) -> Page:
    """Several web articles in one file (a theory channel's articles of one day, or a 专题
    page's, copied one after another): each from its title line to the next one's, read as a
    plain article; what stands above the first title (the site's menus, the 专题's banner and
    lists) is the page's."""
    blocks = blocks_of(text)
    lines = text.splitlines()
    starts = [blocks[h].line - 1 for h in heads]
    ends = [*starts[1:], len(lines)]
    articles: list[Article] = []
    meta: list[str] = [line.strip() for line in lines[: starts[0]] if line.strip()]
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        # Blank lines in front keep each line's number in the file.
        part = parse_article("\n" * start + "\n".join(lines[start:end]), source)
        articles += [dataclasses.replace(a, position=number + 1) for a in part.articles]
        meta += part.meta
    return Page(
        source=source,
        banner="",
        column="",
        articles=numbered(articles),
        meta=tuple(meta),
    )


def is_stored_import(blocks: list[Block]) -> bool:
    """The stored form of an imported article (:func:`bot.core.drafts.render`): among its first
    lines, one names the link or file it came from (原文： / 文件：). It is one article even
    when its body has numbered sections 一、二、三、 (which would make other text a report)."""
    return any(STORED_ORIGIN.match(b.text) for b in blocks[:HEAD_BLOCKS])


def parse_article(text: str, source: str) -> Page:
    """Parse a plain article (already decoded) into a page of one article."""
    lines = blocks_of(text)
    blocks = join_wrapped(lines)
    # The copy's own list of what it prints (本版标题导航 over the title, set 113; a handbook's
    # 目录 with each entry's page, set 111): the page's, not its title nor its text.
    listing = table_of_contents(blocks)
    # … and so are a book extract's running heads (aside: 「仁寿县委党校党性教育读本」 over each
    # page) and the end of the part before the one it opens (set 116: 「2. …？」 / 「（本讲执笔：
    # 李静怡，…）」 / 「— 56 —」 over 「第五讲　锤炼忠诚干净担当的政治品格」)
    listing += [b for b in blocks if b.aside == "page"]
    part = next(
        (
            i
            for i, b in enumerate(blocks[:MAX_PART_LEAD])
            if PART_TITLE.match(b.text) and b.aside != "page"
        ),
        None,
    )
    if part:
        listing += [b for b in blocks[:part] if len(b.text) <= MAX_PART_TAIL_LINE]
    blocks = [b for b in blocks if b not in listing]
    if not blocks:
        raise PageError(source, 1, texts.DOC_EMPTY)
    skip = _masthead_lead(blocks)
    layout = _shifted(classify([b.text for b in blocks[skip:]]), skip)
    title = blocks[layout.title or 0]
    if len(title.text) > MAX_TITLE or normalise(title.text)[-1] in TITLE_NEVER_ENDS:
        raise PageError(source, title.line, texts.DOC_NO_TITLE.format(limit=MAX_TITLE))
    # A PDF copy's running header printed again over a column (「太原日报　2024年5月20日　星期一
    # 理论周刊」) and its page number alone on a line are the page's, not paragraphs.
    running = [
        i
        for i in layout.body
        if page_meta(blocks[i].text) or FOLIO.match(blocks[i].text) or blocks[i].aside == "page"
    ]
    layout = dataclasses.replace(
        layout, body=[i for i in layout.body if i not in running], tail=layout.tail + running
    )
    if not layout.body:
        raise PageError(source, title.line, texts.DOC_NO_BODY)
    meta = layout.meta
    # A site's column before the title (理上网来丨发展银发经济…, 学习教育进行时｜从“八项规定”看…):
    # the column's, as printed with its bar; the title is what follows.
    tagged = COLUMN_PREFIX.match(title.text)
    own_column = tagged.group("column") if tagged else ""
    title_lines = [title.text[len(own_column) :]]
    if layout.title_more is not None:  # (a title broken over two lines over its subtitle)
        title_lines = [title_lines[0] + blocks[layout.title_more].text]
    byline_text = ""
    # A careless copy's title, subtitle and byline on one line (「在红色文化中汲取…的力量 ——读
    # 《红土地上的初心》  □谢雨晴」): each in its place.
    if (glued := TITLE_WITH_BYLINE.match(title_lines[0])) is not None:
        title_lines = [glued["title"], *([glued["sub"]] if glued["sub"] else [])]
        byline_text = glued["byline"]
    main = 0  # the first title line is the title; a subtitle follows it
    if layout.main_title is not None:  # … or the line under it, the first a lead title (引题)
        title_lines.append(blocks[layout.main_title].text)
        main = 1
    if layout.subtitle is not None:
        title_lines.append(blocks[layout.subtitle].text)
    affiliation = blocks[layout.affiliation].text if layout.affiliation is not None else ""
    # a 调研报告's group under its title (「中共江门市委党校课题组」, set 115): its writers' place
    group = next((i for i in layout.head if RESEARCH_GROUP.match(normalise(blocks[i].text))), None)
    if group is not None and not affiliation:
        affiliation = blocks[group].text
    else:
        group = None
    body = [blocks[i] for i in layout.body]
    # The line under the title naming the author with the post (刘文博（…党校…教授）, 作者：方振宇
    # （…教授）) is the byline: the post is the affiliation when no closing line gives one.
    signed = next(
        (i for i in layout.head if i > (layout.title or 0) and byline_post(blocks[i].text)), None
    )
    if signed is None and not byline_text:
        # … or a byline over the text, under the editor's note, a column's tag and the page's
        # fields (【理论之窗】 / 编者按：… / 文｜中共镇平县委党校　韩晓梅; 本报记者　徐　蕾 /
        # 发布时间：…; a 微党课's 主讲人：…): the byline, not a heading of the text
        above = [blocks[j].text for j in layout.body]
        # (… or a name alone there: where the closing line gives a post and no name, 「沈立华」
        # over the text and 「（作者系中共汉阴县委党校副校长）」 under it, set 114; or under a
        # speech's title and its date, 「在…上的讲话」 / 「（2024年5月16日）」 / 「武　斌」, set
        # 121)
        unnamed = (bool(affiliation) and not signature_name(affiliation)) or bool(
            SPEECH_END.search(title_lines[0])
        )
        signed = next(
            (
                i
                for n, i in enumerate(layout.body[:HEAD_BLOCKS])
                if (
                    _byline_over_text(blocks[i].text)
                    or (unnamed and n == 0 and _name_alone(blocks[i].text))
                )
                and all(
                    _role(t)
                    or _tag_line(t)
                    or lead_in_meta(t)
                    or t in title_lines
                    # (the words under 「编者按」 alone on its line: the editor's too)
                    or under_note_head([Block(0, a) for a in above], k)
                    for k, t in enumerate(above[:n])
                )  # (the title again over it: a 微信 post's own heading under the 编者按)
            ),
            None,
        )
        body = [b for b in body if signed is None or b is not blocks[signed]]
    # A 政策解读's reader and office among its fields (「解读机关：中共吴忠市委办公室」 / 「解读人
    # ：马志刚」, set 88), or at its end (set 99's 泾县: 「解读机关：…」 / 「解读人：汪建华」): the
    # byline and the affiliation.
    office = None
    if signed is None and not byline_text:
        fielded = layout.head + layout.body[:HEAD_BLOCKS] + layout.tail
        signed = next((i for i in fielded if POLICY_READER.match(blocks[i].text)), None)
        office = next((i for i in fielded if POLICY_OFFICE.match(blocks[i].text)), None)
        if signed is not None and office is not None and not affiliation:
            affiliation = blocks[office].text
        fields_used = {i for i in (signed, office) if i is not None}
        body = [b for b in body if not any(b is blocks[i] for i in fields_used)]
    # A speaker's unit and post in brackets on the line under the speaker (「主讲人：高丽娜」 /
    # 「（中共鄂尔多斯市委党校经济学教研部主任、副教授）」, set 88's 辅导报告): the affiliation.
    under = blocks[signed + 1] if signed is not None and signed + 1 < len(blocks) else None
    # … or unbracketed under a 宣讲员's name (「宣讲员｜罗秀兰」 / 「沙县区青溪村党支部书记、…」)
    spoken = signed is not None and SPEAKER_PREFIX.match(blocks[signed].text) is not None
    if (
        not affiliation
        and under is not None
        and (BARE_POST.match(under.text) or (spoken and SPEAKER_POST.match(under.text)))
    ):
        affiliation = under.text
        body = [b for b in body if b is not under]
    # The page's fields and switches over the text (发布时间：…, 【字号：大 中 小】), a column's
    # tag over the byline found in the text (微党课), and its buttons under the text (【打印】
    # 【关闭】): the page's.
    fields: list[Block] = []
    while len(body) > 1 and not _role(body[0].text) and lead_in_meta(body[0].text):
        fields.append(body.pop(0))
    paragraphs = list(_paragraphs(rejoin_broken(body, by_blank_lines=len(blocks) == len(lines))))
    if signed is not None and signed in layout.body:
        over = [p for p in paragraphs if p.line < blocks[signed].line]
        fields += [Block(p.line, p.text) for p in over if not p.role and _tag_line(p.text)]
        paragraphs = [p for p in paragraphs if p not in over or p.role or not _tag_line(p.text)]
    # The title again in the text (a 微信 post's own heading under its 编者按): the page's.
    again = [p for p in paragraphs if not p.role and p.text in title_lines]
    fields += [Block(p.line, p.text) for p in again]
    paragraphs = [p for p in paragraphs if p not in again]
    while (
        len(paragraphs) > 1
        and not paragraphs[-1].role
        and _ends_page(paragraphs, len(paragraphs) - 1)
    ):
        fields.append(Block(paragraphs[-1].line, paragraphs.pop().text))
    # … and its share row, links and comment form among the end matter (分享到：微信…, 上一篇：…
    # over 相关阅读, 昵称：　验证码：　提交)
    last = max(
        (i for i, p in enumerate(paragraphs) if not p.role and not _ends_page(paragraphs, i)),
        default=-1,
    )
    ends = [
        p
        for k, p in enumerate(paragraphs)
        if k > last and not p.role and _ends_page(paragraphs, k)
    ]
    fields += [Block(p.line, p.text) for p in ends]
    paragraphs = [p for p in paragraphs if p not in ends]
    field_lines = [*(blocks[i].text for i in layout.head + layout.tail), *(b.text for b in fields)]
    named = source_named(field_lines)
    if DEPARTMENT.fullmatch(meta.site or named):
        # 来源：科研处 on a 党校's own site (set 108), 来源：市直机关工委宣传部 on a 党建网 (set
        # 111): an office of the site's, which the site's name or its owner names better
        meta.site = _site_name(field_lines) or meta.site or named
    byline = blocks[signed].text if signed is not None else byline_text
    if signed is not None and (compilers := speakers_compiled(byline, paragraphs)):
        # a 代表委员谈's first speaker's line (set 110): a heading like the other speakers'
        first = next((k for k, p in enumerate(paragraphs) if p.role != "note"), 0)
        paragraphs.insert(first, Paragraph("", byline, blocks[signed].line, "heading"))
        byline, meta.author = "", compilers
    article = Article(
        source=source,
        position=1,
        line=title.line,
        column=meta.site or named or _file_of(meta.origin),
        title_lines=tuple(title_lines),
        own_column=own_column,
        byline=byline,
        # (a hard-wrapped copy's lines were joined by their width: its blank lines say nothing)
        paragraphs=tuple(paragraphs),
        affiliation_line=affiliation,
        # a closing （作者：陈泽宇，系…） or （宣讲员：王秀芬，…） names an author the head did
        # not, and so does a school's credit in brackets under its report (「（文/刘雅婷　图/
        # 陈振宇　审核/黄立群）」, set 95, where the speakers' words follow it)
        # (… before the name a 微信 post's 「原创」 field shows, its account's: 「原创 麻阳融媒」
        # over a 微党课 closed by 「主讲人：滕晓敏（…）」, set 113)
        credit=(signature_name(affiliation) if affiliation and meta.account else "")
        or meta.author
        or (signature_name(affiliation) if affiliation else "")
        or _credited_writer(paragraphs)
        # … or the reporters who put a 座谈会's speeches together (「（本报记者　于　佳　整理）」,
        # set 121)
        or next(
            (
                m.group("names")
                for p in reversed(paragraphs)
                if (m := COMPILED_BY_REPORTERS.match(p.text))
            ),
            "",
        ),
        main=main,
        published=meta.published,
        origin=meta.origin,
        site=meta.site or named,
    )
    return Page(
        source=source,
        banner="",
        column="",
        articles=(article,),
        kind=KIND,
        meta=tuple(b.text for b in listing)
        + tuple(
            blocks[i].text
            for i in sorted(layout.head + layout.tail)
            if i != signed and i != group and not (i == office and affiliation == blocks[i].text)
        )
        + tuple(b.text for b in fields),
    )


def _writer(value: str) -> str:
    """The name a credit's field gives: 「刘雅婷」, 「曾庆华，中共仁寿县委党校…教研室」 →
    曾庆华."""
    name = author_name(value)
    return name if re.fullmatch(NAMES, name) else signature_name(value) or name


def _credited_writer(paragraphs: list[Paragraph]) -> str:
    """The writer a credit in brackets names (「（文/刘雅婷　图/陈振宇　审核/黄立群）」), or ''."""
    return next(
        (
            _writer(field["value"])
            for p in paragraphs
            if p.role == "note" and p.text.startswith(("（", "("))
            for field in FIELD.finditer(p.text.strip("（）() "))
            if field["label"] in {"文", "撰文", "文字", "撰稿", "执笔", "执笔人"}
        ),
        "",
    )


def _masthead_lead(blocks: list[Block]) -> int:
    """How many blocks a newspaper page with no byline opens with that are its masthead — the
    paper's name (「太 原 日 报」), its Latin name, the date and edition, the credits — and the
    column's short name among them (理论周刊): never its title (review 4545: a 学习问答 by the
    paper's theory desk had been titled 《太 原 日 报》)."""
    if not blocks or not PAPER.match("".join(blocks[0].text.split())) or len(blocks[0].text) > 12:
        return 0
    count, column = 1, False
    while count + 1 < len(blocks):
        text = blocks[count].text
        if page_meta(text) or EDITION.match(text):
            count += 1
        elif not column and len(text) <= MAX_COLUMN_NAME and not ends_paragraph(text):
            count, column = count + 1, True  # 理论周刊
        else:
            break
    return count if count - column >= 2 else 0


def _shifted(layout: Layout, skip: int) -> Layout:
    """A layout of the lines after the first ``skip``, as indices of all of them (the skipped
    lines are head matter)."""
    if not skip:
        return layout

    def at(i: int | None) -> int | None:
        return None if i is None else i + skip

    return dataclasses.replace(
        layout,
        title=at(layout.title if layout.title is not None else 0),
        subtitle=at(layout.subtitle),
        title_more=at(layout.title_more),
        main_title=at(layout.main_title),
        head=[*range(skip), *(i + skip for i in layout.head)],
        body=[i + skip for i in layout.body],
        affiliation=at(layout.affiliation),
        tail=[i + skip for i in layout.tail],
    )


def _role(text: str) -> str:
    """A web copy's picture captions ([图片], 资料图：…, …　记者　李想　摄) and editor's notes
    (【编者按】…) are no text of the article's; its other lines are (no bullets are told
    apart: a web copy's lines are its paragraphs; its headings are, by :func:`_paragraphs`)."""
    role = inner_role(text)
    if role == "caption" and LABELLED_ITEM.match(text) and not PICTURE_WORD.search(text):
        return ""  # a 微信公众号's ▲ marks a list's items (▲ 节假日前后：…), not a picture
    return role if role in {"caption", "note"} else ""


# What a web page prints after an article, as a copy keeps it: its share row, its links to the
# pieces before and after, its comment form (分享到：微信　微博…, 上一篇：…, 昵称：　验证码：
# 提交, 已有0条评论, 请文明留言…).
PAGE_END_LINE = re.compile(
    r"^(?:分享到\s*[:：].*|(?:上一篇|下一篇)\s*[:：].*|昵称\s*[:：].*|验证码\s*[:：]?.*"
    r"|提交(?:已有\d+条评论)?|已有\d+条评论|请文明留言.*)$"
)


PART_TITLE = re.compile(r"^第[一二三四五六七八九十百\d]{1,4}[章讲课篇]\s*\S{2,40}$")
MAX_PART_LEAD = 8  # lines of the part before over the part an extract opens
MAX_PART_TAIL_LINE = 60  # … each short: its questions, its credit, a page's number


def _name_alone(text: str) -> bool:
    """A name alone on its line (沈立华), not a label of the same length (编者按, 讲课提纲)."""
    return (
        re.fullmatch(NAMES, text) is not None
        and not NOTE.match(text)
        and not NO_NAME.match(text)
        and not furniture(text)
        and not BULLET_WORDS.match(text)
        and not re.search(
            r"字号|字体|打印|关闭|分享|收藏", text
        )  # 小字号　大字号: a site's switch
    )


def _byline_over_text(text: str) -> bool:
    """作者：…, 文｜…, 主讲人：…, 本报记者　徐　蕾, a mark before a name (□ 周　宁; not
    「■ 以改革之力激活县域发展新动能」, a speech's title in a 发言摘登), or a name with its
    post."""
    marked = BYLINE.match(text) and re.fullmatch(NAMES, byline_author(text) or "")
    # (… or a name with its post atop the text: 「赵明轩（西南大学马克思主义学院副教授）」)
    posted = re.fullmatch(
        rf"{NAMES}|[\u4e00-\u9fff]{{5}}", byline_author(text) or ""
    ) and byline_post(text)
    return bool(
        NAMED_BYLINE.match(text)
        # a 微党课's speaker where a piece's byline stands, the post after the name or before it
        # (主讲人：何志强（省民政厅…党支部书记）, 主讲人｜清溪街道党工委书记　周海燕)
        or (SPEAKER_PREFIX.match(text) and re.fullmatch(NAMES, byline_author(text) or ""))
        or REPORTER_LINE.match(text)
        or marked
        or posted
    )


NAMES = rf"{NAME}(?:[\s　]+{NAME})*"


def _ends_page(paragraphs: Sequence[Paragraph], k: int) -> bool:
    """The paragraph at ``k`` is the page's end matter (:func:`_page_end`) — but a short word
    under another is a list's item (an 一图读懂's 「人才保障」 / 「金融保障」, set 96), no column's
    tag over the next piece: only one under a sentence's end is."""
    text = paragraphs[k].text
    return _page_end(text) and (
        furniture(text)
        or bool(PAGE_END_LINE.match(text))
        or not _tag_line(text)
        or k == 0
        or ends_paragraph(paragraphs[k - 1].text)
        # (… or under the page's buttons: 「【打印】　【关闭】」 / 「读书」, the next piece's tag)
        or furniture(paragraphs[k - 1].text)
        or bool(PAGE_END_LINE.match(paragraphs[k - 1].text))
    )


def _page_end(text: str) -> bool:
    """A web copy's buttons under the text (【打印】　【关闭】), its share row, links and comment
    form (:data:`PAGE_END_LINE`), or the next piece's column tag over its title (读书)."""
    return furniture(text) or bool(PAGE_END_LINE.match(text)) or _tag_line(text)


def _tag_line(text: str) -> bool:
    """A column's tag over a 微信 piece (【理论之窗】, 微党课)."""
    return bool(re.fullmatch(r"[【〖\[][^】〗\]]{2,12}[】〗\]]|[\u4e00-\u9fff]{2,6}", text))


def _paragraphs(body: list[Block]) -> tuple[Paragraph, ...]:
    """The body's lines as paragraphs with their roles, as a page's body has them
    (:func:`body_roles`: headings on lines of their own, boxes, notes, the entries under a
    list's head — 注释：, 参考文献： — however short, 「[2]同上。」); besides, a 微信 editor's bar
    (「▍…」) is a heading."""
    paragraphs: list[Paragraph] = []
    for block, role in zip(body, body_roles(body, inner=_role), strict=True):
        if role is None:
            continue
        if not role and _barred(block.text):
            role = "heading"
        paragraphs.append(Paragraph("", block.text, block.line, role))
    return tuple(paragraphs)


# A 微信 editor's heading bar (「▍改完之后谁来管?」): a heading even when it asks a question.
BARRED_HEADING = re.compile(r"^[▍▌▎]\s*[^。；;]+$")


def _barred(text: str) -> bool:
    return len(text) <= MAX_SUBHEAD and bool(BARRED_HEADING.match(text))


MIN_BROKEN = 40  # a sentence's line this long that stops mid-sentence was broken by the copy
TRAILING_NOTE = re.compile(rf"{NOTE_NUMBER}+$")  # a note's mark after the sentence


def rejoin_broken(body: list[Block], by_blank_lines: bool = True) -> list[Block]:
    """A web copy's paragraphs are its lines — but a careless copy breaks some in the middle
    (「…对享乐主义、」 / 「奢靡之风的危害认识不足…」, 「…深挖细查隐形变」 / 「异“四风”…」): a long
    line of text that stops mid-sentence goes on in the next line of text, unless that one
    opens with an indent (a paragraph of its own)."""
    joined: list[Block] = []
    grouped = by_blank_lines and _grouped_by_blank_lines(body)
    ends: list[int] = []  # the line each joined block ends on
    for block in body:
        last = joined[-1] if joined else None
        if (
            grouped
            and last is not None
            and block.line == ends[-1] + 1
            and not _role(last.text)
            and not _role(block.text)
            and not BULLET_MARK.match(block.text)  # 「●…」: an item of its own (set 113)
        ):
            # a phone's copy broke the paragraph anywhere; its blank lines are the paragraphs'
            joined[-1] = Block(last.line, last.text + block.text, last.indented)
            ends[-1] = block.line
            continue
        if (
            last is not None
            and len(last.text) >= MIN_BROKEN
            and not ends_paragraph(TRAILING_NOTE.sub("", last.text))  # 「…关系。②」 ends
            and not _role(last.text)
            and not _role(block.text)
            and not block.indented
            and not BULLET_MARK.match(block.text)
        ):
            joined[-1] = Block(last.line, last.text + block.text, last.indented)
            ends[-1] = block.line
        else:
            joined.append(block)
            ends.append(block.line)
    return joined


def _grouped_by_blank_lines(body: list[Block]) -> bool:
    """A copy whose paragraphs are set apart by blank lines and whose lines inside them were
    broken anywhere (a phone's copy, held-out set 59): most lines with another right under them
    stop mid-sentence, most lines over a blank line end one, and there are a few of each."""
    inside = [a for a, b in itertools.pairwise(body) if b.line == a.line + 1]
    before_blank = [a for a, b in itertools.pairwise(body) if b.line > a.line + 1]
    if len(inside) < 6 or len(before_blank) < 3:
        return False
    broken = sum(not ends_paragraph(a.text) for a in inside)
    ended = sum(ends_paragraph(a.text) for a in before_blank)
    return broken * 3 >= len(inside) * 2 and ended * 5 >= len(before_blank) * 4


# An office of a site's: no publication of its own.
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,16}(?:处|科|室|办公室|办|部)")
SITE_TITLE = re.compile(r"[\u4e00-\u9fff]{2,20}网")  # 赤峰市直机关党建网
OWNER = re.compile(r"^(?:版权所有|主办单位|主办)\s*[:：]\s*(?P<owner>\S{2,40})$")


def _site_name(lines: Sequence[str]) -> str:
    """The site's name over its page (「赤峰市直机关党建网」), or its owner at its foot
    (「版权所有：中共常德市委党校（常德行政学院）」), or ''."""
    for line in lines:
        if SITE_TITLE.fullmatch(line.strip()):
            return line.strip()
    for line in lines:
        if owner := OWNER.match(line.strip()):
            return owner.group("owner")
    return ""


def _file_of(origin: str) -> str:
    return "" if origin.startswith(("http://", "https://")) else origin
