"""The generic recognition of titles, metadata and end matter, and the plain article layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.drafts import (
    Draft,
    author_name,
    parse_date,
    problems,
    render,
    shape,
    text_fingerprint,
)
from bot.core.pages import (
    Article,
    Page,
    PageError,
    bio_affiliation,
    load_page_file,
    parse_document,
)
from bot.core.plain import parse_article

BODY = [
    "基层党组织是党全部工作和战斗力的基础，要把提升组织力作为重点。",
    "要严格落实“三会一课”制度，创新组织生活形式，增强党内政治生活的政治性。",
    "要把群众的操心事、烦心事、揪心事作为工作重点，让群众感受到党组织就在身边。",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年11月29日", "2026-11-29"),
        ("2026年11月29日05:51 | 来源：人民网", "2026-11-29"),
        ("2026-11-29 10:32", "2026-11-29"),
        ("发布时间：2026/1/5", "2026-01-05"),
        ("２０２６年１１月２９日", "2026-11-29"),
        ("2026-13-40", ""),
        ("第2026期", ""),
    ],
)
def test_dates_in_the_usual_forms(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("head", "author", "date", "site"),
    [
        (["作者：张三", "2026年11月29日"], "张三", "2026-11-29", ""),
        (["张三", "2026-11-29 10:32"], "张三", "2026-11-29", ""),
        (["李 明"], "李明", "", ""),
        (
            ["来源：《求是》2026/22　作者：王立新　2026-11-16 09:00:00"],
            "王立新",
            "2026-11-16",
            "《求是》2026/22",
        ),
        (["2026年11月29日05:51 | 来源：人民网－人民日报"], "", "2026-11-29", "人民网－人民日报"),
        (["本报记者 赵亮"], "赵亮", "", ""),
        (["文／孙丽"], "孙丽", "", ""),
    ],
)
def test_metadata_under_the_title_is_read_and_left_out_of_the_body(
    head: list[str], author: str, date: str, site: str
) -> None:
    draft = shape(["标题", *head, *BODY])
    assert (draft.author, draft.published, draft.site) == (author, date, site)
    assert draft.paragraphs == tuple(BODY)


def test_an_author_line_with_an_affiliation_keeps_both() -> None:
    draft = shape(["标题", "作者：周建华（中国人民大学教授）", *BODY])
    assert draft.author == "周建华"
    assert draft.affiliation == "（作者系中国人民大学教授）"


def test_reporters_named_in_the_dateline_are_the_authors() -> None:
    draft = shape(
        ["标题", "新华社北京11月29日电（记者赵亮、孙丽）入冬以来，各地抢抓农时。", *BODY]
    )
    assert draft.author == "赵亮、孙丽"
    assert len(draft.paragraphs) == 4  # the dateline paragraph stays in the body


@pytest.mark.parametrize(
    "tail",
    [
        ["(责编：张晓、王一)"],
        ["【责任编辑:王晓】"],
        ["来源：先锋党建", "编辑：赵敏", "审核：周强", "长按识别二维码关注我们"],
        ["《 人民日报 》（ 2026年11月29日 09 版）"],
        ["国务院办公厅", "2026年11月28日"],
    ],
)
def test_end_matter_is_taken_out(tail: list[str]) -> None:
    draft = shape(["标题", *BODY, *tail])
    assert draft.paragraphs == tuple(BODY)


def test_a_closing_affiliation_is_kept_apart() -> None:
    draft = shape(["标题", *BODY, "（作者为中央党校教授）", "(责编：张晓)"])
    assert draft.affiliation == "（作者为中央党校教授）"
    assert draft.paragraphs == tuple(BODY)


def test_a_body_sentence_that_names_a_source_is_not_end_matter() -> None:
    long_last = "来源：" + "这是正文中很长的一句话，说明了有关情况，" * 4
    draft = shape(["标题", *BODY, long_last])
    assert draft.paragraphs[-1] == long_last


def test_a_known_title_repeated_in_the_text_is_not_a_paragraph() -> None:
    draft = shape(["在新征程上推进基层党组织建设", *BODY], title="在新征程上推进基层党组织建设")
    assert draft.paragraphs == tuple(BODY)


def test_render_and_parse_back_give_the_same_article() -> None:
    draft = Draft(
        title="以新发展理念引领高质量发展",
        subtitle="——学习体会",
        paragraphs=tuple(BODY),
        author="王立新",
        affiliation="（作者系某大学教授）",
        published="2026-11-16",
        site="求是网",
        origin="http://www.qstheory.cn/dukan/qs/2026-11/16/c_1.htm",
    )
    article = parse_document(render(draft), "web-x.txt").articles[0]
    assert article.title == "以新发展理念引领高质量发展"
    assert article.subtitle == "——学习体会"
    assert article.author == "王立新"
    assert article.affiliation == "某大学教授"
    assert article.published == "2026-11-16"
    assert article.site == "求是网"
    assert article.origin == draft.origin
    assert tuple(p.text for p in article.paragraphs) == tuple(BODY)


def test_a_plain_txt_article_title_author_date_body() -> None:
    text = "把学习成果转化为发展动能\n张明\n2026年11月29日\n\n" + "\n".join(BODY) + "\n"
    page = parse_document(text, "plain.txt")
    assert page.kind == "article"
    article = page.articles[0]
    assert (article.title, article.author, article.published) == (
        "把学习成果转化为发展动能",
        "张明",
        "2026-11-29",
    )
    assert len(article.paragraphs) == 3


def test_a_plain_article_needs_a_title_line_and_a_body() -> None:
    with pytest.raises(PageError) as no_body:
        parse_article("只有标题\n", "a.txt")
    assert no_body.value.line == 1
    with pytest.raises(PageError) as sentence_first:
        parse_article("这是一句话。\n正文。\n", "b.txt")
    assert "标题" in sentence_first.value.reason


def test_a_newspaper_page_is_still_a_page() -> None:
    page = parse_document("理论版\n\n标题\n\n□张三\n\n正文一段。\n\n(作者系某单位)\n", "p.txt")
    assert page.kind == "page"


SECTIONS = ["一、提高认识", BODY[0], "二、抓好落实", BODY[1], "三、加强保障", BODY[2]]


def test_an_imported_document_with_numbered_sections_stays_one_article() -> None:
    draft = Draft(title="关于加强学习的通知", paragraphs=tuple(SECTIONS), origin="通知.docx")
    assert parse_document(render(draft), "n.docx.txt").kind == "article"


def test_long_text_with_numbered_chapters_is_still_a_report() -> None:
    long = [line * 100 if line in BODY else line for line in SECTIONS]
    page = parse_document("关于加强学习的工作报告\n" + "\n".join(long) + "\n", "n.txt")
    assert page.kind == "report"


def test_short_text_with_numbered_chapters_is_one_article() -> None:
    page = parse_document("关于加强学习的通知\n" + "\n".join(SECTIONS) + "\n", "n.txt")
    assert page.kind == "article"


def test_the_fingerprint_ignores_spacing_and_width() -> None:
    assert text_fingerprint(["学习 贯彻，", "党的精神"]) == text_fingerprint(["学习贯彻,党的精神"])


def test_problems_name_what_is_missing() -> None:
    found = problems(Draft(title="标题", paragraphs=("短。",)))
    assert any("作者" in p for p in found)
    assert any("日期" in p for p in found)
    assert any("1 段" in p for p in found)


def test_gbk_chinese_looks_like_chinese_and_latin1_read_as_gbk_does_not() -> None:
    from bot.core.drafts import looks_like_chinese
    from tests.conftest import SEED

    chinese = SEED.read_text(encoding="utf-8").encode("gbk").decode("gb18030")
    assert looks_like_chinese(chinese)
    assert not looks_like_chinese("Ärger über Öl".encode("latin-1").decode("gb18030"))


def _provincial_reports() -> list[tuple[dict[str, str], Page]]:
    import csv

    from tests.conftest import SHARED

    folder = SHARED / "corpus" / "provincial_reports_2026"
    if not folder.exists():
        pytest.skip("../shared/corpus is not here")
    csv.field_size_limit(1 << 30)
    found = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            row = next(csv.DictReader(handle))
        # Copied web text in the plain layout (as a report it is cut into chapters, but its
        # head — title, menu words, 来源/时间, speaker — is the same text a pasted article has).
        found.append((row, parse_article(row["full_text"], path.name)))
    return found


def test_copied_web_pages_of_31_reports_keep_their_titles() -> None:
    """The provincial reports as copied from web pages: menu words, breadcrumbs, 来源/时间
    lines (on one line or two), dated subtitles and speakers around the title."""
    wrong = [
        (row["title"], page.articles[0].title_lines[0])
        for row, page in _provincial_reports()
        if not row["title"].endswith(page.articles[0].title_lines[0])
    ]
    assert wrong == []


def test_copied_web_pages_of_31_reports_keep_their_dates() -> None:
    reports = _provincial_reports()
    dated = [row for row, page in reports if page.articles[0].published == row["publish_date"]]
    assert len(dated) >= 27  # the other four state another date or none in their text


def test_copied_web_pages_of_31_reports_leave_the_menus_out_of_the_body() -> None:
    from bot.core.drafts import FURNITURE_LINE, LABEL_ONLY

    leftovers = [
        p.text
        for _, page in _provincial_reports()
        for p in page.articles[0].paragraphs[:5]
        if FURNITURE_LINE.match(p.text) or LABEL_ONLY.match(p.text)
    ]
    assert leftovers == []


@pytest.mark.parametrize("second", ["大中小学思政课一体化建设", "3D打印产业发展观察"])
def test_a_second_title_line_is_not_page_furniture(second: str) -> None:
    draft = shape(["标题", second, *BODY])
    assert draft.paragraphs[0] == second


def test_a_short_closing_sentence_with_a_share_word_stays() -> None:
    draft = shape(["标题", *BODY, "让我们持续关注民生。"])
    assert draft.paragraphs[-1] == "让我们持续关注民生。"


def test_an_author_line_at_the_end_gives_the_author() -> None:
    draft = shape(["标题", *BODY, "作者：赵敏"])
    assert draft.author == "赵敏"


def test_a_headline_may_end_with_an_exclamation_or_question_mark() -> None:
    for title in ("这样的好干部，值得点赞！", "基层减负，减了什么？"):
        article = parse_document(render(Draft(title=title, paragraphs=tuple(BODY))), "w.txt")
        assert article.articles[0].title == title


WEB_COPIES = Path(__file__).parent / "pages" / "web_articles.txt"


@pytest.fixture(scope="module")
def web_copies() -> Page:
    """Two articles of a theory channel copied one after the other (经济日报's web pages,
    held-out set 19): each a title over 来源：, its date, 作者： and a share bar."""
    return load_page_file(WEB_COPIES)


def test_web_articles_copied_into_one_file_are_articles_of_their_own(web_copies: Page) -> None:
    assert [a.title for a in web_copies.articles] == [
        "以法治之力护航民营经济发展壮大",
        "大力提振消费 全方位扩大国内需求",
    ]


def test_each_web_article_keeps_its_author(web_copies: Page) -> None:
    assert [a.author for a in web_copies.articles] == ["黄宏伟", "陈静 杨明远"]


def test_each_web_article_keeps_its_closing_line(web_copies: Page) -> None:
    assert web_copies.articles[1].affiliation == "中国宏观经济研究院"


def test_the_links_and_footer_after_the_closing_line_are_no_paragraphs(
    web_copies: Page,
) -> None:
    last = web_copies.articles[1].paragraphs[-1].text
    assert last.startswith("收入是消费的基础和前提")


def test_every_character_of_web_copies_lands_in_one_field(web_copies: Page) -> None:
    fields = sorted("".join("".join(web_copies.raw_fields()).split()))
    assert fields == sorted("".join(WEB_COPIES.read_text(encoding="utf-8").split()))


def test_one_web_article_with_its_author_over_the_date_stays_one_article() -> None:
    text = (
        "标题在这里\n来源：《求是》2025/04　　作者：郑怀远\n2025-02-16 09:00:00\n\n正文第一段。\n"
    )
    assert len(parse_document(text, "a.txt").articles) == 1


def test_several_authors_with_spaced_two_character_names_are_told_apart() -> None:
    assert author_name("孙 悦 王 琦") == "孙悦 王琦"


WEB_SECTIONS = Path(__file__).parent / "pages" / "web_sections.txt"


@pytest.fixture(scope="module")
def web_sections() -> Page:
    """中国共产党新闻网's web page (held-out set 33): one article with sections 一、二、三, its
    author's name and post on the line under the title, 「(责编：…)」 over the share bar, the
    related links and the site's footer."""
    return load_page_file(WEB_SECTIONS)


def test_a_web_article_with_sections_and_an_author_is_no_report(web_sections: Page) -> None:
    assert web_sections.kind == "article"


def test_the_name_with_its_post_under_the_title_is_the_byline(web_sections: Page) -> None:
    article = web_sections.articles[0]
    assert (article.title, article.author, article.affiliation) == (
        "在健全制度体系中发展全过程人民民主",
        "刘文博",
        "中共江苏省委党校政治学教研部教授",
    )


def test_what_follows_the_editor_s_line_is_no_paragraph(web_sections: Page) -> None:
    last = web_sections.articles[0].paragraphs[-1].text
    assert last.startswith("要坚持和完善人民代表大会制度")


def test_the_font_size_switches_are_no_paragraph(web_sections: Page) -> None:
    first = web_sections.articles[0].paragraphs[0].text
    assert first.startswith("全过程人民民主是社会主义民主政治的本质属性")


def test_every_character_of_a_web_article_lands_in_one_field(web_sections: Page) -> None:
    fields = sorted("".join("".join(web_sections.raw_fields()).split()))
    assert fields == sorted("".join(WEB_SECTIONS.read_text(encoding="utf-8").split()))


def test_an_app_s_buttons_and_counters_are_no_bylines() -> None:
    """学习强国's copy (held-out set 34): 播报, 点赞, 1.8万, 评论 around one article."""
    page = load_page_file(Path(__file__).parent / "pages" / "web_app.txt")
    assert [(a.title, a.author) for a in page.articles] == [
        ("深刻把握美丽中国建设的“五个重大关系”", "郑雨田")
    ]


def test_an_app_s_recommended_reading_is_no_paragraph() -> None:
    page = load_page_file(Path(__file__).parent / "pages" / "web_app.txt")
    assert (
        page.articles[0].paragraphs[-1].text
        == "良好生态环境是最公平的公共产品，是最普惠的民生福祉。"
    )


WEB_SHARE_BAR = Path(__file__).parent / "pages" / "web_share_bar.txt"


@pytest.fixture(scope="module")
def web_share_bar() -> Page:
    """半月谈网's web page (held-out set 37): a share bar spaced with full-width spaces under
    the 来源 line, 关键词： and 【责任编辑：…】 after the text, then 相关阅读, each link over
    its date, 热点排行 and the footer."""
    return load_page_file(WEB_SHARE_BAR)


def test_a_share_bar_spaced_like_paragraphs_is_no_paragraph(web_share_bar: Page) -> None:
    first = web_share_bar.articles[0].paragraphs[0].text
    assert first.startswith("“以前手机里装了七八个政务App")


def test_dated_links_under_related_reading_are_no_article(web_share_bar: Page) -> None:
    assert [a.title for a in web_share_bar.articles] == [
        "谨防“指尖上的形式主义”换个“马甲”卷土重来"
    ]


def test_the_keywords_line_is_end_matter(web_share_bar: Page) -> None:
    last = web_share_bar.articles[0].paragraphs[-1].text
    assert last.startswith("采访中，一位在乡镇工作了十多年的老干部")


def test_every_character_of_a_page_with_a_share_bar_lands_in_one_field(
    web_share_bar: Page,
) -> None:
    fields = sorted("".join("".join(web_share_bar.raw_fields()).split()))
    assert fields == sorted("".join(WEB_SHARE_BAR.read_text(encoding="utf-8").split()))


WEB_WECHAT = Path(__file__).parent / "pages" / "web_wechat.txt"


@pytest.fixture(scope="module")
def web_wechat() -> Page:
    """A 微信公众号 article copied from the phone (held-out set 39): 「原创 周若澜 学习小组
    2025年04月02日 07:30 北京」 under the title, 收录于合集 and 点击蓝字/关注我们, — END —,
    来源/作者/编辑/审核, 往期推荐, then 留言: readers' names and places over their words."""
    return load_page_file(WEB_WECHAT)


def test_readers_comments_are_no_articles(web_wechat: Page) -> None:
    assert len(web_wechat.articles) == 1


def test_the_original_mark_line_gives_the_author_and_date(web_wechat: Page) -> None:
    article = web_wechat.articles[0]
    assert (article.author, article.published) == ("周若澜", "2025-04-02")


def test_the_account_s_furniture_is_no_paragraph(web_wechat: Page) -> None:
    texts = [p.text for p in web_wechat.articles[0].paragraphs]
    assert not {"收录于合集", "点击蓝字", "关注我们", "— END —"} & set(texts)


def test_the_lead_picture_s_caption_is_not_the_first_paragraph(web_wechat: Page) -> None:
    """The import preview opened with 「▲资料图（图源：新华社）」."""
    first = web_wechat.articles[0].paragraphs[0].text
    assert first.startswith("按照党中央部署，今年全国两会后")


def test_a_section_s_number_over_its_heading_is_no_paragraph(web_wechat: Page) -> None:
    """「01」 over 「一份“规定”，从哪里来」: the heading is read, its number is not."""
    texts = [p.text for p in web_wechat.articles[0].paragraphs]
    assert "01" not in texts


def test_the_heading_under_a_section_number_stays(web_wechat: Page) -> None:
    texts = [p.text for p in web_wechat.articles[0].paragraphs]
    assert "一份“规定”，从哪里来" in texts


def test_an_ornament_line_is_no_paragraph(web_wechat: Page) -> None:
    """「▼」 over a quotation set apart."""
    texts = [p.text for p in web_wechat.articles[0].paragraphs]
    assert "▼" not in texts


def test_a_number_that_opens_a_sentence_stays() -> None:
    """A lone figure over a sentence is no section number (it may be a table's cell)."""
    draft = shape(
        ["标题在这里", "12", "这是一段正文，说明了一件事情。", "另一段正文，也说明了事情。"]
    )
    assert "12" in draft.paragraphs


def test_every_character_of_a_wechat_copy_lands_in_one_field(web_wechat: Page) -> None:
    fields = sorted("".join("".join(web_wechat.raw_fields()).split()))
    assert fields == sorted("".join(WEB_WECHAT.read_text(encoding="utf-8").split()))


SECTION = (
    "　　{n}、第{n}部分的标题\n\n　　这一部分的正文说明了道理，篇幅足够长，是一段完整的话。\n\n"
)
QSTHEORY = (
    "求是网\n首页　　要闻　　习近平　　求是　　理论　　评论\n\n"
    "当前位置：首页 > 求是 > 2025年 > 第03期\n\n"
    "以教育之强夯实强国建设之基\n\n来源：《求是》2025/03　作者：孟繁宇　2025-02-01 09:00:00\n\n"
    "【字号 大 中 小】 【打印】 【关闭】\n\n"
    + "".join(SECTION.format(n=n) for n in "一二三")
    + "【字号 大 中 小】 【打印】 【关闭】\n\n责任编辑：王梓涵\n\n"
    "求是网　版权所有　未经书面授权禁止复制或建立镜像\n"
    "本网站所刊载信息，不代表求是网观点。刊用本网站稿件，务经书面授权。\n"
)


def test_a_web_essay_in_sections_under_a_menu_row_is_an_article_by_its_author() -> None:
    """求是网 (held-out set 39): its menu row, split like paragraphs, had read as a report's
    head, 「首页」 as its speaker."""
    page = parse_document(QSTHEORY, "q.txt")
    assert (page.kind, page.articles[0].author) == ("article", "孟繁宇")


def test_a_site_s_copyright_sentence_and_font_switches_are_no_paragraphs() -> None:
    last = parse_document(QSTHEORY, "q.txt").articles[0].paragraphs[-1].text
    assert last == "这一部分的正文说明了道理，篇幅足够长，是一段完整的话。"


@pytest.fixture(scope="module")
def web_references() -> Page:
    """光明网's theory channel (held-out set 42): the affiliation line, then 参考文献： and its
    entries [1] … [5], then 责编, a share bar, related links and the comment box."""
    return load_page_file(Path(__file__).parent / "pages" / "web_references.txt")


def test_the_affiliation_over_a_list_of_references_is_found(web_references: Page) -> None:
    assert web_references.articles[0].affiliation == "南京航空航天大学马克思主义学院副教授"


def test_the_references_are_no_paragraphs(web_references: Page) -> None:
    texts = [p.text for p in web_references.articles[0].paragraphs]
    assert not [t for t in texts if t.startswith(("参考文献", "[1]", "[5]"))]


def test_a_reference_list_s_entries_are_notes_on_a_page() -> None:
    text = (
        "理论\n标题在这里\n□ 刘欣然\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n参考文献：\n[1]《马克思恩格斯文集》第5卷，人民出版社2009年版。\n"
        + "（作者单位：华中科技大学马克思主义学院）\n"
    )
    roles = [p.role for p in parse_document(text, "p.txt").articles[0].paragraphs]
    assert roles == ["", "note", "note"]


@pytest.fixture(scope="module")
def web_table() -> Page:
    """光明网 (held-out set 41): 光明网·理论频道 under the menus (it reads like a name with ·),
    a table of figures whose cells are spaced apart, 注释 entries, 责编, links and comments."""
    return load_page_file(Path(__file__).parent / "pages" / "web_table.txt")


def test_a_channel_s_name_is_no_byline(web_table: Page) -> None:
    assert [a.title for a in web_table.articles] == ["发展银发经济　积极应对人口老龄化"]


def test_the_author_comes_from_the_source_line(web_table: Page) -> None:
    assert web_table.articles[0].author == "李婉清"


def test_a_row_of_a_table_of_figures_stays_one_line(web_table: Page) -> None:
    texts = [p.text for p in web_table.articles[0].paragraphs]
    assert "2019　　25388　　18.1%" in texts


def test_a_site_s_column_before_the_title_is_not_the_title(web_wechat: Page) -> None:
    """「学习教育进行时｜从“八项规定”看…」: the account's column, then the title."""
    assert web_wechat.articles[0].title == "从“八项规定”看作风建设为什么永远在路上"


def test_the_column_before_the_title_is_kept_as_the_article_s_column(web_wechat: Page) -> None:
    assert web_wechat.articles[0].own_column == "学习教育进行时｜"


def test_a_title_with_a_bar_inside_keeps_it() -> None:
    """A bar after a long phrase is no column's: 「…三个问题|答读者问」 stays whole."""
    title = "坚持和发展新时代枫桥经验的三个问题|答读者问"
    page = parse_article(f"{title}\n" + "正文的一句话。" * 8, "a.txt")
    assert page.articles[0].title == title


def test_a_web_copy_s_source_line_beside_the_author_is_no_title() -> None:
    """中国社会科学网 (held-out set 44): a long menu row under the site's name, then the title,
    then 「2024年08月20日 09:15　　来源：《思想理论研究》2024年第3期　　作者：陈立群　周屹」."""
    text = (
        "中国社会科学网\nwww.cssn.cn\n"
        "首页 | 新闻 | 学术 | 马克思主义 | 哲学 | 历史 | 文学 | 语言 | 经济 | 法学 | 社会\n\n"
        "“第二个结合”视域下文化主体性的生成逻辑与实践路径\n\n"
        "2024年08月20日 09:15　　来源：《思想理论研究》2024年第3期　　作者：陈立群　周屹\n\n"
        + "　　正文的一句话，讲清一个道理。" * 8
        + "\n"
    )
    title = parse_document(text, "a.txt").articles[0].title
    assert title == "“第二个结合”视域下文化主体性的生成逻辑与实践路径"


@pytest.fixture(scope="module")
def web_player() -> Page:
    """央视网 (held-out set 44): a video player's and an audio player's leftovers under the
    title (播放, 00:00/03:25, 倍速, 全屏, 🔊 听新闻), 【编者按】, [图片] captions."""
    return load_page_file(Path(__file__).parent / "pages" / "web_player.txt")


def test_a_player_s_leftovers_are_no_paragraphs(web_player: Page) -> None:
    texts = {p.text for p in web_player.articles[0].paragraphs}
    assert not texts & {"播放", "00:00/03:25", "倍速", "全屏", "🔊 听新闻"}


def test_a_web_copy_s_editor_s_note_is_a_note(web_player: Page) -> None:
    first = next(p for p in web_player.articles[0].paragraphs if "编者按" in p.text)
    assert first.role == "note"


def test_a_web_copy_s_picture_placeholder_is_no_paragraph(web_player: Page) -> None:
    assert not [p for p in web_player.articles[0].paragraphs if p.text == "[图片]"]


@pytest.mark.parametrize(
    "start", ["10月9日，江苏省南通市崇川区", "资料图：在一场养老产业博览会上"]
)
def test_a_web_copy_s_picture_caption_is_a_caption(web_player: Page, start: str) -> None:
    """Under [图片]: 「…正在用餐。…（图片来源：视觉中国）」 and 「资料图：…（央视网 李想 摄）」."""
    roles = [p.role for p in web_player.articles[0].paragraphs if p.text.startswith(start)]
    assert roles == ["caption"]


def test_a_phone_copy_s_picture_placeholders_are_no_paragraphs() -> None:
    """A 微信公众号 copied on a phone (held-out set 48): 「图片」 alone where each picture was."""
    text = "把“银发经济”这篇大文章做实做细\n\n" + "图片\n正文的一句话，讲清一个道理。\n\n" * 4
    paragraphs = parse_article(text, "a.txt").articles[0].paragraphs
    assert [p.text for p in paragraphs if "图片" in p.text] == []


def test_a_wechat_list_marked_with_triangles_is_text() -> None:
    """「▲ 节假日前后：收到…怎么办？」 (held-out set 39's 微信公众号 copy, in full): five
    items of a list, not pictures' captions."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-39/page_1.txt")
    items = [p.role for p in page.articles[0].paragraphs if p.text.startswith("▲")]
    assert items == ["", "", "", "", ""]


@pytest.fixture(scope="module")
def web_journal() -> Page:
    """中国社会科学网 (held-out set 44): a journal article reposted — 摘要, 关键词, headings,
    then 作者简介, 基金项目 and 注释 ① ② ③ after the text."""
    return load_page_file(Path(__file__).parent / "pages" / "web_journal.txt")


@pytest.mark.parametrize("label", ["摘要：", "关键词：", "作者简介：", "基金项目："])
def test_a_journal_article_s_apparatus_is_a_note(web_journal: Page, label: str) -> None:
    roles = [p.role for p in web_journal.articles[0].paragraphs if p.text.startswith(label)]
    assert roles == ["note"]


def test_a_journal_article_s_notes_are_no_paragraphs(web_journal: Page) -> None:
    texts = [p.text for p in web_journal.articles[0].paragraphs]
    assert not [t for t in texts if t.startswith(("注释", "①", "②", "③"))]


def test_a_correction_button_before_the_editor_s_line_is_end_matter() -> None:
    """新华网 (held-out set 45): 「【纠错】 【责任编辑:刘思远】」 over related links and the
    copyright: none of them is a paragraph."""
    text = (
        "农业农村部有关负责人答记者问\n\n"
        + "　　新华社北京3月18日电（记者 于晓川）正文的一句话，讲清一个道理。\n" * 4
        + "【纠错】 【责任编辑:刘思远】\n扫一扫在手机打开当前页\n相关新闻\n"
        + "· 两部门印发指导意见 加强乡村治理人才队伍建设\n"
        + "Copyright © 2000-2025 XINHUANET.com All Rights Reserved.\n"
    )
    texts = [p.text for p in parse_article(text, "a.txt").articles[0].paragraphs]
    assert not [t for t in texts if "纠错" in t or "相关新闻" in t or t.startswith("·")]


def test_a_repost_s_end_names_its_reporter() -> None:
    """A 微信 repost (held-out set 46): 「- END -」, the title again, 「本文转自:…」,
    「记者:王一鸣」 (half-width colons): end matter, and the reporter the author."""
    text = (
        "老旧小区改造,怎样改到居民心坎上？\n\n"
        + "楼道里不再堆满杂物,墙面刷白了,正文的一句话讲清一个道理。\n\n" * 4
        + "- END -\n\n老旧小区改造,怎样改到居民心坎上？\n\n"
        + "本文转自:中国城市报(2025年8月11日 第5版)\n记者:王一鸣\n编辑:小城 | 审核:李然\n"
    )
    article = parse_article(text, "a.txt").articles[0]
    assert (article.author, len(article.paragraphs)) == ("王一鸣", 4)


@pytest.fixture(scope="module")
def web_repost() -> Page:
    """A 微信 repost of 中国城市报 (held-out set 46): the account's line with the date under the
    title, 「以下文章来源于中国城市报 ,作者王一鸣」, the source account's card, then the text."""
    return load_page_file(Path(__file__).parent / "pages" / "web_repost.txt")


def test_a_repost_opens_with_its_text(web_repost: Page) -> None:
    first = web_repost.articles[0].paragraphs[0].text
    assert first.startswith("楼道里不再堆满杂物")


def test_a_repost_s_account_line_gives_its_date(web_repost: Page) -> None:
    assert web_repost.articles[0].published == "2025-08-12"


def test_a_repost_names_its_source_and_author(web_repost: Page) -> None:
    article = web_repost.articles[0]
    assert (article.site, article.author) == ("中国城市报", "王一鸣")


def test_a_repost_s_heading_bars_are_headings(web_repost: Page) -> None:
    """「▍改完之后谁来管?」 asks a question and is a heading all the same: an excerpt neither
    opens nor ends with one."""
    headings = [p.text for p in web_repost.articles[0].paragraphs if p.role == "heading"]
    # (its half-width punctuation read full-width, set 114)
    assert headings == ["▍先问需，再动工", "▍既要“面子”，更要“里子”", "▍改完之后谁来管？"]


def test_a_web_article_s_numbered_headings_are_headings(web_sections: Page) -> None:
    headings = [p.text for p in web_sections.articles[0].paragraphs if p.role == "heading"]
    assert [h[:2] for h in headings] == ["一、", "二、", "三、"]


def test_a_quotation_s_source_line_is_no_heading() -> None:
    """A web copy's quotations, each with 「——党的二十大报告」 on the line under it (held-out
    set 39): the source lines are no subheads, though they are short and stand alone."""
    quoted = [
        "“全面从严治党永远在路上，党的自我革命永远在路上。”",
        "——党的二十大报告",
        "说到自我革命，很多人会想起著名的“窑洞对”。" + "这是一段足够长的正文。" * 4,
    ]
    text = "作风建设永远在路上\n作者：周若澜\n\n" + "\n".join(quoted * 2) + "\n"
    roles = [p.role for p in parse_document(text, "a.txt").articles[0].paragraphs]
    assert "heading" not in roles


@pytest.fixture(scope="module")
def no_byline() -> Article:
    """太原日报's 学习问答 (held-out set 46, review 4545): 「太 原 日 报」, TAIYUAN DAILY, the
    date, 理论周刊 and the credits over the title; no byline anywhere; a PDF copy wrapped at 24
    characters, its 编者按 at 21, the running header printed again over two columns, the page
    number last."""
    return load_page_file(Path(__file__).parent / "pages" / "theory_no_byline.txt").articles[0]


def test_a_page_with_no_byline_is_not_titled_with_its_masthead(no_byline: Article) -> None:
    assert no_byline.title == "学纪知纪明纪守纪"


def test_an_indented_first_line_filling_a_narrow_box_goes_on(no_byline: Article) -> None:
    """「　　编者按　当前，…正在全市深入」 is 19 characters and its indent: the box's width."""
    notes = [p.text for p in no_byline.paragraphs if p.role == "note"]
    assert notes[0].endswith("供学习参考。")


def test_a_running_header_over_a_column_is_no_paragraph(no_byline: Article) -> None:
    assert not [p for p in no_byline.paragraphs if p.text.startswith("太原日报")]


def test_a_page_number_alone_is_no_paragraph(no_byline: Article) -> None:
    assert no_byline.paragraphs[-1].text == "（本报理论部综合整理）"


def _speech_signed_at_the_end() -> Article:
    """中国文明网's 宣讲实录 (held-out set 46): speakers' turns, then the speaker signs it in
    the closing brackets with whoever wrote it down."""
    text = (
        "改革的好处，咱一条一条说给你听\n\n"
        + "宣讲员：谢谢大家！正文的一句话，讲清一个道理。\n\n" * 4
        + "（宣讲员：王秀芬，望江县“田埂上的宣讲团”成员；整理：刘畅）\n\n责任编辑：陈思源\n"
    )
    return parse_article(text, "a.txt").articles[0]


def test_a_speech_s_closing_brackets_name_its_speaker() -> None:
    assert _speech_signed_at_the_end().author == "王秀芬"


def test_a_speech_s_closing_brackets_give_the_speaker_s_place() -> None:
    assert _speech_signed_at_the_end().affiliation == "望江县“田埂上的宣讲团”成员"


@pytest.fixture(scope="module")
def site_name_row() -> Article:
    """中国网's 观点中国 (held-out set 48): 「中国网 china.com.cn　　观点中国」 on the first line,
    menus, a breadcrumb, the title, 来源/作者/发布时间, and after the text the affiliation over
    a disclaimer, share bars, related links, a comment box and the footer."""
    return load_page_file(Path(__file__).parent / "pages" / "web_site_name_row.txt").articles[0]


def test_a_channel_s_name_beside_the_site_s_is_no_byline(site_name_row: Article) -> None:
    """「观点中国」 reads like a four-character name; it had made the page a newspaper page
    titled 「中国网 china.com.cn」."""
    assert site_name_row.title == "以进一步全面深化改革为发展新质生产力开辟空间"


def test_a_site_s_disclaimer_is_end_matter(site_name_row: Article) -> None:
    """「本文仅代表作者个人观点，不代表中国网立场。」 under the closing （作者系…）: the closing
    line is found, the disclaimer is no paragraph."""
    assert site_name_row.affiliation == "中国网特约评论员、南京审计大学经济学院副教授"


def test_an_app_copy_is_titled_by_its_title() -> None:
    """旗帜网 copied from its app (held-out set 50): the site's name, 「打开APP阅读」, the title,
    「原创  韩景明  旗帜网  2025-04-22 09:30」 (a dashed date), 「字号」; it had been titled
    《旗帜网》."""
    page = load_page_file(Path(__file__).parent / "pages" / "web_app_copy.txt")
    assert page.articles[0].title == "让作风建设成果在机关落地生根"


@pytest.fixture(scope="module")
def web_video() -> Article:
    """中国军网 (held-out set 50): a video player's leftovers (视频播放位置, 下载安装Flash播放器,
    00:00 / 02:46, 「高清 | 倍速 | 全屏」) and the video's caption 「视频：…（来源：…）」."""
    return load_page_file(Path(__file__).parent / "pages" / "web_video.txt").articles[0]


def test_a_video_player_s_leftovers_are_no_paragraphs(web_video: Article) -> None:
    texts = [p.text for p in web_video.paragraphs]
    assert not [t for t in texts if "播放" in t or "倍速" in t]


def test_a_video_s_caption_is_a_caption(web_video: Article) -> None:
    assert web_video.paragraphs[0].role == "caption"


@pytest.mark.parametrize("label", ["［摘　要］", "［关键词］", "［基金项目］", "［作者简介］"])
def test_a_journal_s_bracketed_apparatus_is_a_note(label: str) -> None:
    """A 党校学报 article on its school's site (held-out set 49): ［摘　要］…, ［关键词］…."""
    page = load_page_file(Path(__file__).parent / "pages" / "web_journal_brackets.txt")
    roles = [p.role for p in page.articles[0].paragraphs if p.text.startswith(label)]
    assert roles == ["note"]


@pytest.fixture(scope="module")
def broken_lines() -> Page:
    """中央纪委国家监委网站 copied carelessly (held-out set 51): one line a paragraph, no blank
    lines, some indented and some not, three paragraphs broken in the middle of a sentence."""
    return load_page_file(Path(__file__).parent / "pages" / "web_broken_lines.txt")


def test_a_web_copy_s_paragraph_broken_mid_sentence_is_one(broken_lines: Page) -> None:
    texts = [p.text for p in broken_lines.articles[0].paragraphs]
    assert any("对享乐主义、奢靡之风的危害认识不足" in t for t in texts)


def test_a_word_broken_over_two_lines_of_a_web_copy_is_whole(broken_lines: Page) -> None:
    texts = [p.text for p in broken_lines.articles[0].paragraphs]
    assert any("深挖细查隐形变异“四风”" in t for t in texts)


def test_a_web_copy_s_unbroken_lines_stay_paragraphs(broken_lines: Page) -> None:
    assert len(broken_lines.articles[0].paragraphs) == 9


def test_a_line_ending_in_a_note_s_mark_after_its_sentence_is_not_joined() -> None:
    """「…关系。②」 ends its paragraph (a 党校学报 on its school's site, held-out set 49)."""
    page = load_page_file(Path(__file__).parent / "pages" / "web_journal_brackets.txt")
    starts = [p.text[:6] for p in page.articles[0].paragraphs]
    assert "从实践逻辑看" in starts


@pytest.fixture(scope="module")
def topic_page() -> Page:
    """灯塔-党建在线's 专题 page (held-out set 51): the site's menus, the 专题's banner and its
    box of paraphrased 重要论述 above a republished 人民日报评论员文章."""
    return load_page_file(Path(__file__).parent / "pages" / "web_topic_page.txt")


def test_a_topic_page_s_article_is_titled_over_its_dated_source_line(topic_page: Page) -> None:
    assert topic_page.articles[0].title == "凝心聚力推动改革行稳致远"


def test_a_paper_s_commentator_is_the_author(topic_page: Page) -> None:
    assert topic_page.articles[0].author == "人民日报评论员"


def test_the_topic_s_box_above_the_title_is_no_text(topic_page: Page) -> None:
    texts = [p.text for p in topic_page.articles[0].paragraphs if not p.role]
    assert len(texts) == 9


@pytest.fixture(scope="module")
def county_news() -> Page:
    """A county media centre's report of a 宣讲 (held-out set 52): a meta line of three fields
    with a page counter, the reporters under it (「通讯员　樊晓燕　　记者　朱志强」), six pictures
    with captions between the paragraphs."""
    return load_page_file(Path(__file__).parent / "pages" / "web_county_news.txt")


def test_a_report_s_reporters_are_its_authors(county_news: Page) -> None:
    assert county_news.articles[0].author == "樊晓燕 朱志强"


def test_a_page_s_counter_is_no_paragraph(county_news: Page) -> None:
    assert "浏览次数：3618" in county_news.meta


def test_a_report_opens_at_its_first_paragraph(county_news: Page) -> None:
    assert county_news.articles[0].paragraphs[0].text.startswith("9月10日晚")


@pytest.fixture(scope="module")
def topic_channel() -> Page:
    """红网's 专题 page (held-out set 54): the 专题's banner and lists above two articles, each
    title over 「2024-08-20 09:12:35　来源：红网　作者：曾湘君」; notes under 注释：."""
    return load_page_file(Path(__file__).parent / "pages" / "web_topic_channel.txt")


def test_titles_over_dated_source_lines_are_the_articles(topic_channel: Page) -> None:
    assert [a.title for a in topic_channel.articles] == [
        "深刻领会进一步全面深化改革的重大原则",
        "以钉钉子精神抓好改革任务落实",
    ]


def test_a_topic_page_s_banner_and_lists_are_the_page_s(topic_channel: Page) -> None:
    assert "【专题导语】" not in "".join(p.text for p in topic_channel.articles[0].paragraphs)


def test_a_short_note_under_its_list_s_head_is_a_note(topic_channel: Page) -> None:
    roles = [p.role for p in topic_channel.articles[0].paragraphs if p.text == "[2]同上。"]
    assert roles == ["note"]


def test_a_page_s_skip_link_is_no_title() -> None:
    """国务院国资委's site (held-out set 53): 「跳转到主要内容区域」, the site's menus and its
    dated source line two lines under the title, a font-size and a share bar between."""
    page = load_page_file(Path(__file__).parent / "pages" / "web_skip_link.txt")
    assert page.articles[0].title == "以深化改革激发国有企业发展新质生产力的动力活力"


def test_an_author_note_at_the_end_gives_one_author_s_place() -> None:
    """南京林业大学's site (held-out set 56): no closing line, a 作者简介 at the end."""
    note = (
        "作者简介：许清远，南京林业大学马克思主义学院副教授，硕士生导师，"
        "主要研究方向为生态文明理论与实践。"
    )
    assert bio_affiliation(note) == "南京林业大学马克思主义学院副教授，硕士生导师"


def test_an_author_note_leaves_out_birth_gender_and_origin() -> None:
    note = (
        "作者简介：黄思远（1986—），男，江西吉安人，中共南昌市委党校公共管理教研部副教授，"
        "主要研究方向为基层治理。"
    )
    assert bio_affiliation(note) == "中共南昌市委党校公共管理教研部副教授"


def test_an_author_note_of_two_authors_names_each_place() -> None:
    page = load_page_file(Path(__file__).parent / "pages" / "web_journal.txt")
    assert page.articles[0].affiliation.startswith("陈立群，华东理工大学马克思主义学院教授")
