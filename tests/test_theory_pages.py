"""Theory pages in the layouts of other papers (fixtures in tests/pages/, written for these
tests): a bare name under the title (人民日报), 「作者：…」 (光明日报) with the closing
「（作者：…，系…）」, an editor's note above the first title, and numbered sections
(一、二、三、) in the first article, which must not make the page read as a report, each heading
on a line of its own."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from bot.core.pages import (
    Article,
    Page,
    PageError,
    affiliation_of,
    byline_author,
    byline_post,
    full_width_punctuation,
    load_page_file,
    parse_document,
    parse_page,
    participants,
)
from bot.core.segment import Segmenter
from bot.services.library import Library
from storage.articles import ArticleRepository
from storage.db import Database

PAGES = Path(__file__).parent / "pages"
SEGMENTER = Segmenter()


@pytest.fixture(scope="module")
def people() -> Page:
    return load_page_file(PAGES / "theory_bare_names.txt")


@pytest.fixture(scope="module")
def guangming() -> Page:
    return load_page_file(PAGES / "theory_author_colon.txt")


@pytest.fixture(scope="module")
def closing_only() -> Page:
    """光明日报's and 北京日报's layouts (held-out set 30): bracketed columns (【理论纵横】), an
    article under the masthead signed only by its closing （作者：刘景川，系…）, a 【链接】 box,
    an article in the 京华论丛 column signed at its end after one with no closing line, and
    福建日报's 「□ 中共宁德市委党校　吴立新」 under 「■论苑」."""
    return load_page_file(PAGES / "theory_closing_only.txt")


@pytest.fixture(scope="module")
def no_tag() -> Page:
    """Held-out set 31 (中国纪检监察报, 河南日报, 健康报): an article signed only by its closing
    line whose title and ——subtitle follow the article before's text with no column tag, a bare
    name set with two spaces (赵  宁), and an article after a 名词解释 box's entries."""
    return load_page_file(PAGES / "theory_no_tag.txt")


@pytest.fixture(scope="module")
def education() -> Page:
    """中国教育报's layout: 「作者：…（post）」 under a title, and an article in the 观点 column
    signed only at its end, 「孟书瑶（作者单位：…）」, after another's 链接 box."""
    return load_page_file(PAGES / "theory_signed_at_end.txt")


@pytest.fixture(scope="module")
def overseas() -> Page:
    """人民日报海外版's layout (held-out set 32): a bare name over its unit on the next line,
    a 【链接】 box after the page's last article, the edition's citation line at the end."""
    return load_page_file(PAGES / "theory_name_over_unit.txt")


@pytest.mark.parametrize(
    "name",
    [
        "theory_bare_names.txt",
        "theory_author_colon.txt",
        "theory_signed_at_end.txt",
        "theory_closing_only.txt",
        "theory_no_tag.txt",
        "theory_name_over_unit.txt",
        "theory_commentary.txt",
        "theory_dialogue.txt",
        "theory_wrapped.txt",
        "theory_interview.txt",
        "theory_unit_signed.txt",
        "theory_comments.txt",
        "theory_pdf_masthead.txt",
        "theory_wrapped_box.txt",
        "theory_dialogue_intro.txt",
        "theory_epaper_contents.txt",
        "theory_pdf_narrow.txt",
        "theory_book_review.txt",
        "theory_notes_signed.txt",
        "theory_interview_afterword.txt",
        "theory_speeches.txt",
    ],
)
def test_every_non_blank_character_lands_in_exactly_one_field(name: str) -> None:
    page = load_page_file(PAGES / name)
    fields = sorted("".join("".join(page.raw_fields()).split()))
    assert fields == sorted("".join((PAGES / name).read_text(encoding="utf-8").split()))


def test_numbered_sections_of_the_first_article_do_not_make_a_report(people: Page) -> None:
    assert [a.title for a in people.articles] == [
        "以科技创新引领现代化产业体系建设",
        "把调查研究作为基本功",
        "用好红色资源　赓续红色血脉",
    ]


def test_a_bare_name_under_the_title_is_the_byline(people: Page) -> None:
    assert people.articles[1].author == "苏晓岚"


def test_two_authors_with_a_spaced_two_character_name(people: Page) -> None:
    assert people.articles[2].author == "高　峰　林雨桐"


def test_the_closing_line_gives_the_affiliation(people: Page) -> None:
    assert people.articles[0].affiliation == "北方科技大学经济管理学院教授"


def test_the_sections_stay_in_their_article(people: Page) -> None:
    assert len(people.articles[0].paragraphs) == 8


def test_a_heading_on_its_own_line_is_a_paragraph_of_its_own(people: Page) -> None:
    headings = [p.text for p in people.articles[0].paragraphs if p.role == "heading"]
    assert headings == [
        "一、把握科技创新与产业创新深度融合的内在要求",
        "二、以改革破除制约科技创新的体制机制障碍",
        "三、营造鼓励创新、宽容失败的良好环境",
    ]


def test_a_section_opens_with_its_own_first_sentence(people: Page) -> None:
    """Joined as a broken line, the heading opened the section's first sentence."""
    assert people.articles[0].paragraphs[2].text.startswith("科技成果只有转化为现实生产力")


BROKEN_LEAD = (
    "理论\n以学促干见实效\n□周　明\n"
    "学习的目的全在于运用。要把学习成效转化为推动高质量发展的实际行动，做到学思用贯通。\n"
)


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        (
            "（一）坚持不懈用",
            "党的创新理论凝心铸魂，把学习成果转化为推动工作的实际成效，做到知行合一。",
        ),
        (
            "要把学习成果转化为",
            "推动工作的实际成效，在学思用贯通、知信行统一上下功夫，确保学有所获。",
        ),
    ],
)
def test_a_single_line_without_a_full_stop_is_a_broken_line(first: str, rest: str) -> None:
    """A heading comes in series: one numbered or short line alone is a paragraph the layout
    broke (「（一）坚持不懈用」)."""
    text = f"{BROKEN_LEAD}{first}\n{rest}\n"
    paragraphs = parse_document(text, "inline.txt").articles[0].paragraphs
    assert paragraphs[-1].text == first + rest


def test_author_colon_is_the_byline(guangming: Page) -> None:
    assert [a.author for a in guangming.articles] == ["程立新", "马文静"]


def test_the_closing_line_with_the_name_gives_the_affiliation(guangming: Page) -> None:
    assert guangming.articles[0].affiliation == "南方大学文学院教授"


def test_the_editors_note_above_the_first_title_is_read_with_it(guangming: Page) -> None:
    first = guangming.articles[0].paragraphs[0]
    assert (first.role, first.text[:5]) == ("note", "【编者按】")


def test_the_editors_note_is_not_the_column(guangming: Page) -> None:
    assert guangming.column == "理论周刊"


def test_a_short_line_between_paragraphs_is_text_not_a_byline() -> None:
    text = (
        "理论\n以学促干见实效\n□周　明\n"
        "学习的目的全在于运用。要把学习成效转化为推动高质量发展的实际行动，做到学思用贯通。\n"
        "结束语\n"
        "知行合一，方能行稳致远。我们要在学懂弄通做实上下功夫，把理论学习成果转化为工作成效。\n"
    )
    page = parse_document(text, "inline.txt")
    assert len(page.articles) == 1


def test_a_report_with_chapters_is_still_a_report() -> None:
    body = "这一部分的正文说明了工作的主要内容和具体要求，篇幅足够长，是一段完整的话。" * 80
    chapters = "".join(f"{n}、第{n}部分的标题\n{body}\n" for n in "一二三")
    page = parse_document("政府工作报告\n各位代表：\n" + chapters, "report.txt")
    assert [a.title for a in page.articles][1:] == [
        "一、第一部分的标题",
        "二、第二部分的标题",
        "三、第三部分的标题",
    ]


def test_a_speech_of_a_few_thousand_characters_in_parts_is_one_article() -> None:
    """A 党课 from Word (held-out set 94): 「同志们：」, parts 一、二、三 of 800 characters each —
    it had been read as a report, each part an article and the title lost (「导言」)."""
    page = load_page_file(PAGES / "lecture_title_over_two_lines.txt")
    assert len(page.articles) == 1


def test_a_lecture_s_cue_to_a_video_is_a_note() -> None:
    """The same 党课: 「【播放视频：《解放人的奋斗足迹》，时长约6分钟】」 between paragraphs had
    been the speech's words."""
    page = load_page_file(PAGES / "lecture_title_over_two_lines.txt")
    roles = [p.role for p in page.articles[0].paragraphs if p.text.startswith("【播放视频")]
    assert roles == ["note"]


def test_a_title_broken_over_its_subtitle_is_one_title() -> None:
    """The same 党课: 「以新质生产力为引领　在建设世界一流汽车企业中」 / 「勇当先锋、争作表率」 /
    「——2024年“七一”专题党课」."""
    page = load_page_file(PAGES / "lecture_title_over_two_lines.txt")
    assert page.articles[0].title.endswith("在建设世界一流汽车企业中勇当先锋、争作表率")


@pytest.mark.parametrize(
    "migration",
    [
        "m027_read_pages_again_for_own_line_headings",
        "m028_read_pages_again_for_masthead_lines",
        "m029_read_pages_again_for_marked_bylines_and_long_subheads",
        "m032_read_pages_again_for_unsigned_starts_and_web_copies",
        "m033_read_pages_again_for_mastheads_and_share_bars",
        "m034_read_pages_again_for_narrow_columns_and_references",
        "m035_read_pages_again_for_speakers_signing_at_the_end",
        "m036_read_pages_again_for_journal_pdf_copies",
        "m037_read_pages_again_for_columns_of_several_widths",
        "m038_read_pages_again_for_web_copies_headings",
        "m039_read_pages_again_for_boxes_and_running_heads",
        "m040_read_pages_again_for_journal_units",
        "m041_read_pages_again_for_signed_pieces_and_boxes",
        "m042_read_pages_again_for_digital_edition_lists",
        "m043_read_pages_again_for_author_notes",
        "m044_read_pages_again_for_phone_copies",
        "m045_read_pages_again_for_book_fields_and_pieces",
        "m046_read_pages_again_for_journal_footnotes_and_lettered_editions",
        "m047_read_pages_again_for_boxes_reviews_and_speakers",
        "m048_read_pages_again_for_article_fields_and_rests",
        "m049_read_pages_again_for_titles_broken_before_their_last_noun",
        "m050_read_pages_again_for_web_sources_and_buttons",
        "m051_read_pages_again_for_breadcrumbs_and_unbracketed_reporters",
        "m052_read_pages_again_for_site_feet_and_posted_names",
        "m053_read_pages_again_for_wrapped_heads_and_journal_pieces",
        "m054_read_pages_again_for_boxed_stories_and_notices",
        "m055_read_pages_again_for_groups_portraits_and_bracketed_bylines",
        "m056_read_pages_again_for_speakers_and_notices_under_their_lines",
        "m057_read_pages_again_for_marked_scenes",
        "m058_read_pages_again_for_units_original_posts",
        "m059_read_pages_again_for_journal_groups_and_data_tags",
        "m060_read_pages_again_for_posted_names_and_numbered_pieces",
        "m061_read_pages_again_for_accounts_posting_and_headings_over_subheadings",
        "m062_read_pages_again_for_journal_heads",
        "m063_read_pages_again_for_sites_comment_forms",
        "m064_read_pages_again_for_pieces_under_captions",
        "m065_read_pages_again_for_superscript_names",
        "m066_read_pages_again_for_page_feet",
        "m067_read_pages_again_for_share_targets_and_boxes_of_figures",
        "m068_read_pages_again_for_unmarked_posted_names_and_site_days",
        "m069_read_pages_again_for_journal_pieces_over_page_feet",
        "m070_read_pages_again_for_plain_indents_and_interview_bylines",
        "m071_read_pages_again_for_commentaries_lectures_and_apps",
        "m072_read_pages_again_for_lead_boxes_letters_and_speeches",
        "m073_read_pages_again_for_names_with_posts_and_site_links",
        "m074_read_pages_again_for_magazine_folios",
        "m075_read_pages_again_for_articles_in_parts",
        "m076_read_pages_again_for_lectures_in_parts",
        "m077_read_pages_again_for_school_sites",
        "m078_read_pages_again_for_weekly_fronts",
        "m079_read_pages_again_for_interview_boxes_and_briefs",
        "m080_read_pages_again_for_running_heads_in_any_wording",
        "m081_read_pages_again_for_county_xuanjiang_pages",
        "m082_read_pages_again_for_handouts",
        "m083_read_pages_again_for_one_line_opinions",
        "m084_read_pages_again_for_chronology_boxes",
        "m085_read_pages_again_for_excerpts_and_book_boxes",
        "m086_read_pages_again_for_wechat_cards_and_units",
        "m087_read_pages_again_for_graphics",
        "m088_read_pages_again_for_titles_broken_after_ba",
        "m089_read_pages_again_for_bullets_and_answered_questions",
        "m090_read_pages_again_for_posts_and_signed_reflections",
        "m091_read_pages_again_for_open_government_pages",
        "m092_read_pages_again_for_two_experts",
        "m093_read_pages_again_for_lessons_and_history_pages",
        "m094_read_pages_again_for_reading_views_and_app_copies",
        "m095_read_pages_again_for_table_titles",
        "m096_read_pages_again_for_rests_in_one_copy",
        "m097_read_pages_again_for_reprints_and_site_feet",
        "m098_read_pages_again_for_boxes_tables_and_signed_reflections",
        "m099_read_pages_again_for_handbooks_and_compiled_speakers",
        "m100_read_pages_again_for_bulletins_diaries_and_broadcasts",
        "m101_read_pages_again_for_half_width_and_markdown",
        "m102_read_pages_again_for_commentaries_extracts_and_study_copies",
        "m103_read_pages_again_for_quiz_options",
        "m104_read_pages_again_for_transcripts_and_breadcrumbs",
    ],
)
async def test_a_library_stored_before_a_reading_change_reads_its_pages_again(
    tmp_path: Path, migration: str
) -> None:
    """Its articles get headings of their own (m027), their page's date (m028) at the next
    start."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(PAGES / "theory_bare_names.txt", seeds)
    db = await Database.open(tmp_path / "old.db")
    try:
        await Library(ArticleRepository(db), SEGMENTER).sync(seeds)
        await db.conn.execute("DELETE FROM _migrations WHERE name = ?", (migration,))
        await db.conn.commit()
    finally:
        await db.close()
    db = await Database.open(tmp_path / "old.db")
    try:
        report = await Library(ArticleRepository(db), SEGMENTER).sync(seeds)
    finally:
        await db.close()
    assert report.loaded == ["theory_bare_names.txt"]  # though the file did not change


SUBHEADS = (
    "理论前沿\n一体推进“三不腐”的内在逻辑\n■ 罗晓岚\n"
    "一体推进不敢腐、不能腐、不想腐，是新时代全面从严治党的重要方针和反腐败斗争的基本方略。\n"
    "“三不腐”是有机统一的整体\n"
    "不敢腐、不能腐、不想腐不是三个阶段的简单相加，也不是三个环节的机械组合，而是相互依存、相互促进的有机整体。\n"
    "不想腐是根本：筑牢拒腐防变的思想根基\n"
    "不想腐是反腐败的最高境界，也是“三不腐”的根本所在。要加强理想信念教育，筑牢拒腐防变的思想堤坝。\n"
)


def test_plain_subheads_on_lines_of_their_own_are_headings() -> None:
    paragraphs = parse_document(SUBHEADS, "subheads.txt").articles[0].paragraphs
    assert [p.text for p in paragraphs if p.role == "heading"] == [
        "“三不腐”是有机统一的整体",
        "不想腐是根本：筑牢拒腐防变的思想根基",
    ]


def test_the_section_after_a_plain_subhead_opens_with_its_own_sentence() -> None:
    """Review 7373 read 「…思想根基不想腐是反腐败的最高境界…」."""
    paragraphs = parse_document(SUBHEADS, "subheads.txt").articles[0].paragraphs
    assert paragraphs[-1].text.startswith("不想腐是反腐败的最高境界")


THINKER = (
    "解放日报\n2025年11月3日 星期一\n第11版：思想者\n\n思想者\n\n"
    "编者按：人民城市人民建，人民城市为人民。超大城市应当如何更好践行人民城市理念？本文作者结合上海实践作出思考。\n\n"
    "以人民城市理念引领超大城市治理现代化\n\n作者：陆鸣远\n\n"
    "（一）\n"
    "城市是人类文明的重要标志，也是现代化的重要载体。城市为谁而建、依靠谁来建，是城市发展的根本问题。\n"
    "（二）\n"
    "上海是我国最大的经济中心城市，也是常住人口最多的城市之一，城市治理面临许多新情况新问题。\n"
)


def test_a_column_above_an_editors_note_is_not_a_bare_name_byline() -> None:
    """「思想者」 over 「编者按：…」 was taken for an author: the page was refused."""
    page = parse_document(THINKER, "thinker.txt")
    assert [a.author for a in page.articles] == ["陆鸣远"]


def test_a_section_number_alone_on_its_line_is_a_heading() -> None:
    paragraphs = parse_document(THINKER, "thinker.txt").articles[0].paragraphs
    assert [p.text for p in paragraphs if p.role == "heading"] == ["（一）", "（二）"]


CONTINUED_ON_THE_NEXT_EDITION = (
    "新华日报\n2025年11月28日 星期五\n第07版：思想周刊\n\n"
    "在推进科技创新和产业创新深度融合上闯出新路子\n\n■ 周明远\n\n"
    "企业是离市场最近的创新主体，最了解技术需求，也最有动力推动成果产业化。（下转第8版）\n\n"
    "2025年11月28日 星期五\n\n第08版：思想周刊\n\n"
    "（上接第7版）打通成果转化堵点，还要在中试环节下更大功夫。\n\n"
    "（作者系江苏省社会科学院研究员）\n"
)


def test_a_masthead_printed_again_inside_an_article_is_not_its_text() -> None:
    """A page copied with the rest of an article on the next edition: 「第08版：思想周刊」 was
    a heading of the article."""
    [article] = parse_document(CONTINUED_ON_THE_NEXT_EDITION, "xinhua.txt").articles
    assert [p.text[:4] for p in article.paragraphs] == ["企业是离", "打通成果"]


def test_the_mastheads_date_is_the_articles_date() -> None:
    [article] = parse_document(CONTINUED_ON_THE_NEXT_EDITION, "xinhua.txt").articles
    assert article.published == "2025-11-28"


def test_the_mastheads_date_is_not_the_column() -> None:
    page = parse_document(CONTINUED_ON_THE_NEXT_EDITION, "xinhua.txt")
    assert (page.banner, page.column) == ("新华日报", "第07版：思想周刊")


@pytest.mark.parametrize(
    "line", ["第08版：思想周刊", "11版\u3000理论·实践", "A06\u3000理论周刊", "第A5版"]
)
def test_an_edition_line_is_never_a_lead_title(line: str) -> None:
    text = (
        f"南方日报\n2025年7月14日\u3000星期一\n{line}\n\n"
        + CONTINUED_ON_THE_NEXT_EDITION.split("\n\n", 1)[1]
    )
    [article] = parse_document(text, "south.txt").articles
    assert article.kicker == ""


NORTHERN = (
    "内蒙古日报\n2025年9月15日 星期一\n第06版：理论\n\n"
    "以铸牢中华民族共同体意识为主线 筑牢祖国北疆安全稳定屏障\n\n◎ 苏日娜\n\n"
    "内蒙古是我国最早实行民族区域自治的地方，各族群众在长期的共同生产生活中形成了守望相助的优良传统。\n\n"
    "在历史文化中厚植共同体意识的根基\n\n"
    "历史是最好的教科书。要深入挖掘各民族交往交流交融的历史事实，讲好中华民族共同体形成发展的故事。\n\n"
    "在交往交流交融中促进各民族像石榴籽一样紧紧抱在一起\n\n"
    "要推动构建互嵌式社会结构和社区环境，让各族群众在共同生活、共同工作、共同学习中增进了解和感情。\n\n"
    "（作者单位：内蒙古自治区党委党校）\n\n"
    "在建设国家重要能源和战略资源基地上彰显新担当\n\n本报评论员\n\n"
    "建设国家重要能源和战略资源基地，是党中央赋予内蒙古的重大使命，必须坚持先立后破、统筹推进。\n"
)


def test_a_byline_marked_with_a_bullseye_signs_the_article() -> None:
    page = parse_document(NORTHERN, "north.txt")
    assert page.articles[0].author == "苏日娜"


def test_a_commentary_signed_by_the_papers_commentator_is_an_article() -> None:
    page = parse_document(NORTHERN, "north.txt")
    assert [a.author for a in page.articles][1:] == ["本报评论员"]


def test_a_long_plain_subhead_is_a_heading() -> None:
    """27 characters (在交往交流交融中促进各民族像石榴籽一样紧紧抱在一起): it was glued on."""
    [first, _] = parse_document(NORTHERN, "north.txt").articles
    assert [p.text for p in first.paragraphs if p.role == "heading"] == [
        "在历史文化中厚植共同体意识的根基",
        "在交往交流交融中促进各民族像石榴籽一样紧紧抱在一起",
    ]


def test_a_pages_articles_are_listed_under_the_papers_name_and_edition() -> None:
    """/list grouped 「第07版：思想周刊」 alone: which paper was it?"""
    page = parse_document(CONTINUED_ON_THE_NEXT_EDITION, "xinhua.txt")
    assert page.articles[0].column == "新华日报 第07版：思想周刊"


def test_an_article_signed_only_at_its_end_is_an_article_of_its_own(education: Page) -> None:
    assert [a.title for a in education.articles] == [
        "把握教育强国建设的核心要义",
        "以教育家精神铸魂强师",
        "善用“大思政课”",
    ]


def test_the_name_before_the_closing_brackets_is_the_author(education: Page) -> None:
    assert education.articles[1].author == "孟书瑶"


def test_the_closing_brackets_after_the_name_give_the_affiliation(education: Page) -> None:
    assert education.articles[1].affiliation == "北京师范大学教师教育研究中心"


def test_the_column_tag_above_an_unsigned_title_is_its_column(education: Page) -> None:
    assert education.articles[1].column == "观点"


def test_the_box_before_an_unsigned_article_stays_with_the_article_before(
    education: Page,
) -> None:
    assert education.articles[1].paragraphs[0].text.startswith("强教必先强师")


def test_a_post_in_brackets_after_the_name_is_no_part_of_the_name(education: Page) -> None:
    assert education.articles[2].author == "黎宏斌"


def test_a_post_in_brackets_after_the_name_is_the_affiliation(education: Page) -> None:
    assert education.articles[2].affiliation == "华中师范大学马克思主义学院副教授"


def test_a_post_with_brackets_inside_is_read_whole() -> None:
    byline = "作者：方振宇（中共中央党校（国家行政学院）中共党史教研部教授）"
    assert (byline_author(byline), byline_post(byline)) == (
        "方振宇",
        "中共中央党校（国家行政学院）中共党史教研部教授",
    )


def test_a_name_with_years_in_brackets_is_no_byline() -> None:
    """A box's heading 「李大钊（1889—1927）」: the brackets hold no post."""
    assert byline_author("李大钊（1889—1927）") is None


def test_articles_signed_only_by_their_closing_lines_are_articles(closing_only: Page) -> None:
    assert [a.title for a in closing_only.articles] == [
        "健全因地制宜发展新质生产力体制机制",
        "以全国统一大市场建设筑牢新发展格局基础",
        "让古都文脉在新时代焕发新光彩",
        "为基层减负要“减”出实效",
    ]


def test_the_closing_lines_and_bylines_name_the_authors(closing_only: Page) -> None:
    assert [a.author for a in closing_only.articles] == ["刘景川", "陈舒扬", "刘思远", "吴立新"]


def test_a_closing_line_naming_the_author_gives_the_affiliation(closing_only: Page) -> None:
    affiliation = "中国人民大学习近平新时代中国特色社会主义思想研究院研究员"
    assert closing_only.articles[0].affiliation == affiliation


def test_a_column_in_brackets_is_no_lead_title(closing_only: Page) -> None:
    assert closing_only.articles[0].title_lines == (
        "深入学习贯彻党的二十届三中全会精神",
        "健全因地制宜发展新质生产力体制机制",
    )


def test_a_box_between_two_articles_stays_with_the_one_above(closing_only: Page) -> None:
    assert closing_only.articles[1].paragraphs[0].text.startswith("超大规模市场")


def test_an_article_after_one_without_a_closing_line_begins_at_its_column(
    closing_only: Page,
) -> None:
    assert closing_only.articles[2].column == "京华论丛"


def test_a_unit_before_a_marked_name_is_the_affiliation(closing_only: Page) -> None:
    assert closing_only.articles[3].affiliation == "中共宁德市委党校"


def test_a_post_in_brackets_after_a_marked_name_is_no_part_of_it() -> None:
    assert byline_author("□郑锦华（福建师范大学马克思主义学院教授）") == "郑锦华"


def test_articles_with_no_column_tag_above_their_titles_are_found(no_tag: Page) -> None:
    assert [a.title for a in no_tag.articles] == [
        "以优良作风汇聚干事创业的强大力量",
        "坚持风腐同查同治",
        "树立大食物观 构建多元化食物供给体系",
        "以改革和科技双轮驱动推进乡村全面振兴",
    ]


def test_a_closing_line_is_not_the_article_above_s_affiliation(no_tag: Page) -> None:
    """陈立衡's article has no closing line; 赵明远's is the next article's."""
    assert no_tag.articles[0].affiliation == ""


def test_a_two_character_name_set_with_two_spaces_is_a_byline(no_tag: Page) -> None:
    assert no_tag.articles[2].author == "赵  宁"


def test_a_box_s_entries_stay_with_the_article_above(no_tag: Page) -> None:
    assert no_tag.articles[3].paragraphs[0].text.startswith("全面建设社会主义现代化国家")


def test_a_name_over_its_unit_is_a_byline(overseas: Page) -> None:
    assert [a.title for a in overseas.articles] == [
        "开放合作是世界经济的正确方向",
        "因地制宜发展新质生产力",
        "以科技创新引领产业创新",
    ]


def test_the_unit_under_the_name_is_the_author_s(overseas: Page) -> None:
    article = overseas.articles[1]
    assert (article.author, article.affiliation) == (
        "韩雪松",
        "清华大学习近平新时代中国特色社会主义思想研究院",
    )


def test_the_unit_under_the_name_is_no_paragraph(overseas: Page) -> None:
    assert overseas.articles[1].paragraphs[0].text.startswith("发展新质生产力，必须坚持因地制宜")


def test_a_box_after_the_last_article_stays_with_it(overseas: Page) -> None:
    notes = [p.text for p in overseas.articles[2].paragraphs if p.role]
    assert notes[-1].startswith("新质生产力以劳动者、劳动资料、劳动对象")


def test_the_edition_s_citation_line_belongs_to_the_page(overseas: Page) -> None:
    assert "《 人民日报海外版 》（ 2025年03月26日   第 05 版）" in overseas.meta


def test_a_name_and_its_unit_on_one_line_is_a_byline() -> None:
    assert byline_post("韩雪松　清华大学习近平新时代中国特色社会主义思想研究院") == (
        "清华大学习近平新时代中国特色社会主义思想研究院"
    )


@pytest.fixture(scope="module")
def commentary() -> Page:
    """人民日报's 评论 page and 学习时报 (held-out set 33): a 金台随笔 signed only by the name on
    its last line, over the edition's citation line; 人民观点 by 「本报评论部」; a marked byline
    with 「（作者系…）」 on the line under it."""
    return load_page_file(PAGES / "theory_commentary.txt")


def test_pieces_signed_by_a_name_on_their_last_line_are_their_own(commentary: Page) -> None:
    assert [a.title for a in commentary.articles] == [
        "好作风是干出来的",
        "“走一趟”胜过“发一通”",
        "以作风建设新成效汇聚奋进力量",
        "深刻把握“第二个结合”的文化意蕴",
    ]


def test_the_name_on_the_last_line_is_the_author(commentary: Page) -> None:
    assert commentary.articles[1].author == "方　圆"


def test_the_name_on_the_last_line_is_no_affiliation(commentary: Page) -> None:
    assert commentary.articles[1].affiliation == ""


def test_the_name_on_the_last_line_is_no_paragraph(commentary: Page) -> None:
    assert commentary.articles[1].paragraphs[-1].text.endswith("考验的是作风。")


def test_the_commentary_department_signs_a_piece(commentary: Page) -> None:
    assert commentary.articles[2].author == "本报评论部"


def test_a_closing_line_under_a_marked_byline_is_its_affiliation(commentary: Page) -> None:
    assert commentary.articles[3].affiliation == "华东师范大学马克思主义学院教授"


@pytest.fixture(scope="module")
def dialogue() -> Page:
    """解放日报's 思想者 (held-out set 34): the 电子版's ◀上一版 下一版▶, 「编者按」 alone over
    the note's text, a dialogue whose participants (对话嘉宾, two scholars with their units, the
    host) stand under its title, each turn opening with the speaker's name."""
    return load_page_file(PAGES / "theory_dialogue.txt")


def test_a_dialogue_keeps_its_title(dialogue: Page) -> None:
    assert dialogue.articles[0].title == "五年，看全过程人民民主在人民城市落地生根"


def test_a_dialogue_s_guests_are_its_authors(dialogue: Page) -> None:
    assert dialogue.articles[0].author == "陈敏华 周立新"


def test_an_editor_s_note_label_alone_makes_the_text_under_it_a_note(dialogue: Page) -> None:
    assert [p.role for p in dialogue.articles[0].paragraphs][:2] == ["note", "note"]


def test_the_edition_s_navigation_is_the_page_s(dialogue: Page) -> None:
    assert (dialogue.column, "◀上一版" in dialogue.meta) == ("第11版：思想者", True)


@pytest.fixture(scope="module")
def wrapped() -> Page:
    """光明日报 copied with every line broken at a fixed width (held-out set 34), an article
    continued on the next edition, whose masthead the copy carries too."""
    return load_page_file(PAGES / "theory_wrapped.txt")


def test_a_hard_wrapped_copy_finds_its_bylines(wrapped: Page) -> None:
    """(the rest on the next edition goes on in its article, held-out set 104's rule)"""
    assert [(a.title, a.author) for a in wrapped.articles] == [
        ("在新的起点上担负起新的文化使命", "林致远"),
        ("大力弘扬教育家精神", "许文卿"),
    ]


def test_a_hard_wrapped_paragraph_is_one_paragraph(wrapped: Page) -> None:
    first = wrapped.articles[0].paragraphs[0].text
    assert first.endswith("文化领域的实践探索日益丰富。")


def test_the_next_edition_s_masthead_is_no_note_of_the_article_above(wrapped: Page) -> None:
    assert [p.role for p in wrapped.articles[1].paragraphs] == [""]


def test_a_copy_with_lines_of_many_lengths_is_not_taken_for_wrapped() -> None:
    from bot.core.pages import blocks_of, wrap_of

    text = (PAGES / "theory_bare_names.txt").read_text(encoding="utf-8")
    assert wrap_of(blocks_of(text)) is None


def test_a_dialogue_is_not_warned_of_for_its_authors_place(dialogue: Page) -> None:
    assert [a.unplaced for a in dialogue.articles] == [False, False]


def test_an_article_with_no_place_for_its_author_is_warned_of(commentary: Page) -> None:
    """韩　彦 signs 人民论坛 with his name alone; 本报评论部 is the paper's own."""
    assert [a.unplaced for a in commentary.articles] == [True, True, False, False]


@pytest.fixture(scope="module")
def interview() -> Page:
    """北京日报's 理论周刊 (held-out set 35): a 学者访谈 whose reporter's byline stands over the
    editor's words (「编者的话：…」), and a byline 「文　杨振东」."""
    return load_page_file(PAGES / "theory_interview.txt")


def test_a_reporter_s_byline_over_the_editor_s_words_is_a_byline(interview: Page) -> None:
    assert interview.articles[0].author == "本报记者　韩　雪"


def test_the_editor_s_words_under_an_interview_s_byline_are_a_note(interview: Page) -> None:
    assert interview.articles[0].paragraphs[0].role == "note"


def test_wen_and_a_space_before_a_name_is_a_byline(interview: Page) -> None:
    assert (interview.articles[1].title, interview.articles[1].author) == (
        "以生态文明建设厚植首都发展绿色底色",
        "杨振东",
    )


@pytest.fixture(scope="module")
def unit_signed() -> Page:
    """中国纪检监察报 (held-out set 35): a 学思践悟 piece signed only at its end by its unit and
    name, 「江苏省南通市崇川区纪委监委　顾晓峰」, over a 【名词解释】 box."""
    return load_page_file(PAGES / "theory_unit_signed.txt")


def test_a_piece_signed_by_its_unit_and_name_at_its_end_is_its_own(unit_signed: Page) -> None:
    assert [a.title for a in unit_signed.articles] == [
        "以严的基调推动作风建设常态化长效化",
        "“小切口”里见作风",
    ]


def test_the_unit_and_name_at_the_end_give_author_and_affiliation(unit_signed: Page) -> None:
    article = unit_signed.articles[1]
    assert (article.author, article.affiliation) == ("顾晓峰", "江苏省南通市崇川区纪委监委")


def test_an_edition_s_navigation_bar_is_no_lead_title(interview: Page) -> None:
    """北京日报's 「本版导航　|　上一版　|　下一版　|　返回目录」 (held-out set 35) had become
    the first article's lead title."""
    assert (interview.articles[0].kicker, interview.column) == ("", "第13版：理论周刊")


@pytest.fixture(scope="module")
def comments() -> Page:
    """经济日报's 理论周刊 (held-out set 36): 【作者单位：…】 closing an article, a 观点 column of
    short comments each signed on its last line by name and unit, the next one's title right
    under it, and a 理论热点 Q&A box after the page's last piece."""
    return load_page_file(PAGES / "theory_comments.txt")


def test_short_comments_signed_by_name_and_unit_are_articles_of_their_own(
    comments: Page,
) -> None:
    assert [(a.title, a.author, a.affiliation) for a in comments.articles[1:]] == [
        ("推动“投资于人”落地见效", "刘佳宁", "中国人民大学应用经济学院"),
        ("以服务消费扩容提质激活内需", "许文博", "国务院发展研究中心市场经济研究所"),
    ]


def test_the_next_comment_signed_the_same_way_is_filed_under_the_column(comments: Page) -> None:
    """The tag 观点 stands over the column's first comment alone (/list had put the second
    under the page's edition)."""
    assert comments.articles[2].column == "观点"


def test_an_article_signed_at_its_end_after_a_column_piece_with_a_byline_is_not_in_it() -> None:
    """Only a run of pieces signed at their end is a column's series: after a piece with a
    byline and a closing line, the next stands on its own."""
    text = (PAGES / "theory_comments.txt").read_text(encoding="utf-8")
    text = text.replace("推动“投资于人”落地见效\n", "推动“投资于人”落地见效\n□ 刘佳宁\n", 1)
    text = text.replace(
        "刘佳宁　中国人民大学应用经济学院", "（作者单位：中国人民大学应用经济学院）"
    )
    page = parse_page(text, "theory_comments.txt")
    assert page.articles[2].column != "观点"


def test_a_closing_line_in_square_brackets_is_the_affiliation(comments: Page) -> None:
    assert comments.articles[0].affiliation == "湖南大学经济与贸易学院"


def test_a_question_and_answer_box_after_the_last_piece_stays_with_it(comments: Page) -> None:
    notes = [p.text for p in comments.articles[2].paragraphs if p.role]
    assert notes[-1] == "答：“两新”是指大规模设备更新和消费品以旧换新。"


@pytest.fixture(scope="module")
def pdf_masthead() -> Page:
    """检察日报's 理论 page copied from its PDF (held-out set 37): hard-wrapped at 35
    characters, the masthead with the paper's name in Latin letters, and 「2024年11月26日　星期二
    检察日报　　　　第3版　理论」 printed again over each column — once in the middle of
    a sentence —, a 观点摘编 box after the last article."""
    return load_page_file(PAGES / "theory_pdf_masthead.txt")


def test_a_masthead_printed_over_a_column_is_not_in_the_text(pdf_masthead: Page) -> None:
    texts = [p.text for a in pdf_masthead.articles for p in a.paragraphs]
    assert not any("检察日报" in text for text in texts)


def test_a_sentence_broken_by_the_masthead_is_joined_again(pdf_masthead: Page) -> None:
    texts = [p.text for p in pdf_masthead.articles[0].paragraphs]
    assert any("“高质效”是质量、效率、效果的有机统一：质量是基础" in text for text in texts)


def test_the_masthead_over_a_column_is_the_page_s(pdf_masthead: Page) -> None:
    assert (
        pdf_masthead.meta.count("2024年11月26日　星期二　　　　检察日报　　　　　　　第3版　理论")
        == 2
    )


def test_the_paper_s_name_in_latin_letters_is_the_page_s(pdf_masthead: Page) -> None:
    assert "JIANCHA RIBAO" in pdf_masthead.meta


def test_the_articles_are_listed_under_the_paper_and_its_edition(pdf_masthead: Page) -> None:
    assert pdf_masthead.articles[0].column == "检察日报 第3版：理论"


def test_a_box_of_quoted_views_after_the_last_article_is_its_note(pdf_masthead: Page) -> None:
    notes = [p.text for p in pdf_masthead.articles[-1].paragraphs if p.role == "note"]
    assert notes[0] == "观点摘编"


def test_a_masthead_on_one_line_gives_the_paper_and_the_edition() -> None:
    text = (
        "中国水利报 2025年05月22日 第5版\n理论\n本版责任编辑：林　涛　　校对：何文静\n\n"
        "标题在这里\n□ 王立峰\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n（作者单位：江西省水利厅）\n"
    )
    assert parse_page(text, "p.txt").articles[0].column == "中国水利报 第5版 理论"


def test_the_edition_beside_the_date_and_on_its_own_line_is_named_once() -> None:
    text = (
        "人民日报海外版 2025年03月26日 第05版\n第05版：观点\n\n"
        "标题在这里\n□ 王立峰\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n（作者单位：江西省水利厅）\n"
    )
    assert parse_page(text, "p.txt").articles[0].column == "人民日报海外版 第05版：观点"


@pytest.mark.parametrize(
    "line",
    [
        "DALIAN DAILY",
        "农历甲辰年十一月十六",
        "本版主编：罗　珩",
        "版式：郑　瑜",
        "本版责任编辑：林　涛",
    ],
)
def test_masthead_and_credit_lines_are_the_page_s(line: str) -> None:
    text = (
        f"大连日报\n{line}\n第07版：理论\n\n标题在这里\n□ 王立峰\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n（作者单位：江西省水利厅）\n"
    )
    assert line in parse_page(text, "p.txt").meta


QUESTIONS_BOX = (
    "标题在这里\n本报记者　于　洋\n\n" + "正文的一句话，讲清一个道理。" * 6 + "\n\n学习问答\n\n"
    "问：“全过程人民民主”这一重大理念是何时提出的？\n答：2019年11月，在上海考察时提出。\n"
)


def test_a_box_tag_alone_on_its_line_is_not_joined_to_the_box_s_text() -> None:
    paragraphs = parse_page(QUESTIONS_BOX, "p.txt").articles[0].paragraphs
    assert next(p.text for p in paragraphs if p.role) == "学习问答"


def test_the_questions_and_answers_under_a_box_s_tag_are_the_box_s() -> None:
    """Review 3838: an answer in 人民公安报's 【学习问答】, after an interview with no closing
    line, was judged as what the interview 「一文指出」."""
    paragraphs = parse_page(QUESTIONS_BOX, "p.txt").articles[0].paragraphs
    assert [p.role for p in paragraphs][-2:] == ["note", "note"]


def test_a_picture_marked_in_brackets_is_a_caption() -> None:
    text = (
        "标题在这里\n本报记者　于　洋\n\n" + "正文的一句话，讲清一个道理。" * 6 + "\n\n"
        "[图片] 11月20日，宣讲员为居民解读全会精神。\n\n" + "又一段正文，讲清一个道理。" * 4 + "\n"
    )
    roles = [p.role for p in parse_page(text, "p.txt").articles[0].paragraphs]
    assert roles == ["", "caption", ""]


@pytest.fixture(scope="module")
def wrapped_box() -> Page:
    """温州日报's 理论周刊 copied from its PDF (held-out set 38): 「【新论】」 over a title and a
    spaced name, the paragraphs' first lines (after their indent) a character or more short of
    the wrap, a 【理论热点】 box after the article."""
    return load_page_file(PAGES / "theory_wrapped_box.txt")


def test_a_paragraph_s_first_line_short_of_the_wrap_goes_on_in_the_next(
    wrapped_box: Page,
) -> None:
    """Its first line had been read as the title, the title as a column."""
    article = wrapped_box.articles[0]
    assert (article.title, article.author) == ("让南戏文脉滋养文化自信", "张　弛")


@pytest.fixture(scope="module")
def dialogue_intro() -> Page:
    """黑龙江日报's 专家访谈 copied from its PDF (held-out set 40): the title, its subtitle, the
    editor's introduction, then 「嘉宾：」 over three guests (one with two posts, 「所长、研究员」)
    and the host, then the turns."""
    return load_page_file(PAGES / "theory_dialogue_intro.txt")


def test_guests_listed_after_an_introduction_sign_the_dialogue(dialogue_intro: Page) -> None:
    """The dialogue had been lost: its title read as the next article's column."""
    article = dialogue_intro.articles[0]
    assert (article.title, participants(article.byline)) == (
        "奋力谱写东北全面振兴新篇章",
        ["王立新", "李雪梅", "张宏伟"],
    )


def test_the_introduction_before_the_guests_is_the_dialogue_s_first_paragraph(
    dialogue_intro: Page,
) -> None:
    first = dialogue_intro.articles[0].paragraphs[0].text
    assert first.startswith("2023年9月7日，习近平总书记在哈尔滨主持召开")


SIGNED = "标题在这里\n{byline}\n\n" + "正文的一句话，讲清一个道理。" * 6 + "\n\n{closing}\n"


@pytest.mark.parametrize(
    ("closing", "unit"),
    [
        ("〔作者为中共杭州市委组织部组织一处副处长〕", "中共杭州市委组织部组织一处副处长"),
        ("【作者单位】山东大学马克思主义学院", "山东大学马克思主义学院"),
    ],
)
def test_closing_lines_in_other_brackets_give_the_unit(closing: str, unit: str) -> None:
    """中国组织人事报 and 厦门日报 (held-out set 40)."""
    text = SIGNED.format(byline="□ 王晓岚", closing=closing)
    assert parse_page(text, "p.txt").articles[0].affiliation == unit


def test_two_names_joined_by_a_pause_mark_are_a_byline() -> None:
    """「李卫东、孙倩」 (中国组织人事报): the article had its byline read as its title."""
    text = (
        "第一篇的标题\n□ 王晓岚\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n"
        + SIGNED.format(byline="李卫东、孙倩", closing="（作者单位：山东大学马克思主义学院）")
    )
    assert [a.title for a in parse_page(text, "p.txt").articles] == ["第一篇的标题", "标题在这里"]


def test_a_picture_marked_with_a_triangle_is_a_caption_not_the_next_column() -> None:
    """厦门日报: 「▲筼筜湖畔，白鹭翩飞…　本报记者　许　晴　摄」 between two articles had become the
    second one's column."""
    first = SIGNED.format(byline="□ 陈婉清", closing="（作者系厦门理工学院马克思主义学院讲师）")
    text = (
        first
        + "\n▲筼筜湖畔，白鹭翩飞，水清岸绿。　本报记者　许　晴　摄\n\n【学习札记】\n"
        + SIGNED.format(byline="作者：黄欣怡", closing="（作者单位：集美大学马克思主义学院）")
    )
    assert parse_page(text, "p.txt").articles[1].column == "【学习札记】"


@pytest.fixture(scope="module")
def epaper_contents() -> Page:
    """广西日报's 电子版 in a browser (held-out set 39): its menu and 「本版文章：」 over the
    titles of the page, then three articles closing in three ways — 「（作者单位：…）」, a bare
    「作者系…」 line, and 「【本文系…课题…阶段性成果。作者单位：…】」."""
    return load_page_file(PAGES / "theory_epaper_contents.txt")


def test_the_page_s_list_of_its_articles_is_no_heading(epaper_contents: Page) -> None:
    assert [a.column for a in epaper_contents.articles] == ["广西日报 第011版：理论"] * 3


def test_an_unbracketed_closing_line_gives_the_unit(epaper_contents: Page) -> None:
    assert epaper_contents.articles[1].affiliation == "广西大学中国—东盟研究院研究员"


def test_a_closing_line_after_a_project_note_gives_the_units(epaper_contents: Page) -> None:
    assert epaper_contents.articles[2].affiliation.startswith("蒙秀华，广西师范大学")


def test_a_masthead_with_the_page_name_first_names_the_paper_first() -> None:
    """中国青年报's PDF (held-out set 39): 「思想·理论　　中国青年报　2024年8月20日　星期二
    6」."""
    text = (
        "思想·理论　　　　中国青年报　2024年8月20日　星期二　　6\n"
        "责任编辑　罗　航　　美术编辑　马　熙　　校对　柳宗林\n\n"
        "标题在这里\n□ 刘欣然\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n（作者单位：华中科技大学马克思主义学院）\n"
    )
    assert parse_page(text, "p.txt").articles[0].column == "中国青年报 思想·理论"


def test_credits_without_a_colon_are_the_page_s() -> None:
    text = (
        "中国青年报\n责任编辑　罗　航　　美术编辑　马　熙\n\n标题在这里\n□ 刘欣然\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n（作者单位：华中科技大学马克思主义学院）\n"
    )
    assert "责任编辑　罗　航" in parse_page(text, "p.txt").meta


@pytest.fixture(scope="module")
def narrow() -> Page:
    """洛阳日报's PDF e-paper (held-out set 42): lines broken at 22 characters, each paragraph's
    first line indented, the running header again mid-paragraph at a column's top, a 本报讯 story
    between two articles, a picture's caption and credit inside the second."""
    return load_page_file(PAGES / "theory_pdf_narrow.txt")


def test_a_narrow_column_s_lines_make_its_paragraphs(narrow: Page) -> None:
    assert len(narrow.articles[0].paragraphs) == 7


def test_a_sentence_ending_at_the_column_s_edge_does_not_end_its_paragraph(narrow: Page) -> None:
    """「…与当代生活对话的“活资源”。」 ends a line; 「近年来，洛阳推出…」 goes on unindented."""
    starts = [p.text[:5] for p in narrow.articles[0].paragraphs]
    assert "近年来，洛" not in starts


def test_the_running_header_inside_a_paragraph_does_not_split_it(narrow: Page) -> None:
    assert narrow.articles[0].paragraphs[2].text.endswith("让更多人知其然更知其所以然。")


def test_a_news_story_between_two_articles_is_an_article_of_its_own(narrow: Page) -> None:
    assert narrow.articles[1].title == "“河洛大讲堂·理论进基层”宣讲活动启动"


def test_its_indented_dateline_is_not_joined_to_its_title(narrow: Page) -> None:
    assert narrow.articles[1].paragraphs[0].text.startswith("本报讯（记者")


def test_a_bracketed_closing_line_is_not_joined_to_the_page_s_end(narrow: Page) -> None:
    """〔作者：杜一鸣，洛阳师范学院…〕 over 「扫码阅读洛阳日报电子版」."""
    assert narrow.articles[2].affiliation == "洛阳师范学院马克思主义学院副教授"


def test_a_wider_copy_keeps_its_paragraphs_by_their_indents() -> None:
    """中国青年报's PDF (held-out set 39): 「…治理能力现代化。」 at the line's end,
    「到二〇三五年，…」 unindented under it: one paragraph."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-39/page_2.txt")
    starts = [p.text[:6] for p in page.articles[0].paragraphs]
    assert "到二〇三五年" not in starts


@pytest.fixture(scope="module")
def book_review() -> Page:
    """无锡日报 (held-out set 42): a lead article with a 【数据链接】 box of ● figures, then a book
    review with the book's data set line by line under its byline."""
    return load_page_file(PAGES / "theory_book_review.txt")


def test_a_box_s_bullets_of_figures_are_no_bylines(book_review: Page) -> None:
    assert [a.title for a in book_review.articles] == [
        "以更优环境激发民营经济发展活力",
        "在县域深处读懂中国式现代化",
    ]


def test_the_book_s_data_is_one_note_of_the_review(book_review: Page) -> None:
    first = book_review.articles[1].paragraphs[0]
    book = "《县域治理的中国逻辑》 林晓岚　著 江苏人民出版社 2024年8月出版"
    assert (first.role, first.text) == ("note", book)


def test_the_review_keeps_its_author_s_unit(book_review: Page) -> None:
    assert book_review.articles[1].affiliation == "江南大学马克思主义学院讲师"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("筑牢维护国家安全的", "人民防线"),
        ("在统筹发展和安全中", "提升国防动员能力"),
        ("以绿色金融厚植", "高质量发展生态底色"),
        ("以因地制宜发展新质生产力", "推动合肥高质量发展"),
        ("走好中国特色", "金融发展之路"),
        ("以能源法实施为契机", "加快建设新型能源体系"),
        ("培育壮大", "能源领域新质生产力"),
        ("以教育科技人才一体化发展", "塑造发展新动能新优势"),
        ("让“冰天雪地”持续释放", "“金山银山”价值"),
        ("以“小切口”撬动", "基层治理“大变化”"),
    ],
)
def test_a_title_broken_over_two_lines_is_one_title(first: str, second: str) -> None:
    """A narrow column's title (held-out sets 41 and 47) set over two lines."""
    text = (
        f"理论\n{first}\n{second}\n□ 刘欣然\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n（作者单位：华中科技大学马克思主义学院）\n"
    )
    assert parse_page(text, "p.txt").articles[0].title == first + second


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("深入学习贯彻党的二十届三中全会精神", "以因地制宜发展新质生产力"),
        ("以新需求引领新供给", "奋力推进民生振兴"),
        ("基本生活必需品的价格是稳定的", "在取得财政收支基本平衡的同时"),
        ("筑牢安全屏障", "推动高质量发展"),
        ("以党建为引领", "奋力推进民生振兴"),
        ("消费升级和有效投资相促进", "进一步释放国内需求潜力"),
    ],
)
def test_a_lead_title_is_not_half_of_the_title(lead: str, title: str) -> None:
    text = (
        f"理论\n{lead}\n{title}\n□ 刘欣然\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n（作者单位：华中科技大学马克思主义学院）\n"
    )
    assert parse_page(text, "p.txt").articles[0].title == title


@pytest.fixture(scope="module")
def notes_signed() -> Page:
    """兵团日报 (held-out set 43): a 名词解释 box after the main article, then a 学习札记 column of
    three short pieces, each signed at its end in brackets with its unit and name."""
    return load_page_file(PAGES / "theory_notes_signed.txt")


def test_pieces_signed_in_brackets_with_unit_and_name_are_articles(notes_signed: Page) -> None:
    assert [a.author for a in notes_signed.articles] == ["王建新", "刘晓军", "陈嘉怡", "赵国栋"]


def test_a_bracketed_signature_gives_the_unit(notes_signed: Page) -> None:
    assert notes_signed.articles[1].affiliation == "第一师阿拉尔市党委党校"


@pytest.fixture(scope="module")
def afterword() -> Page:
    """绍兴日报 (held-out set 44): an interview, 「编后」 alone on its line over the editor's
    words, a picture whose caption ends with its credit, then a 学思践悟 article."""
    return load_page_file(PAGES / "theory_interview_afterword.txt")


def test_the_editor_s_words_under_his_afterword_are_a_note(afterword: Page) -> None:
    words = "“枫桥经验”诞生于绍兴"
    last = [p for p in afterword.articles[0].paragraphs if p.text.startswith(words)]
    assert [p.role for p in last] == ["note"]


def test_a_caption_ending_with_its_credit_is_a_caption(afterword: Page) -> None:
    roles = [p.role for p in afterword.articles[0].paragraphs if p.text.startswith("诸暨市枫桥镇")]
    assert roles == ["caption"]


def test_a_caption_is_not_the_next_article_s_column(afterword: Page) -> None:
    assert afterword.articles[1].column == "学思践悟"


@pytest.fixture(scope="module")
def speeches() -> Page:
    """烟台日报's PDF (held-out set 43): a 中心组 交流发言摘登 — each speaker's post and name
    marked ■ over the title of his words, then the text."""
    return load_page_file(PAGES / "theory_speeches.txt")


def test_each_speaker_over_his_title_is_an_article(speeches: Page) -> None:
    assert [a.author for a in speeches.articles] == ["于洪涛", "孙立群", "曲文博", "刘　敏"]


def test_the_speaker_s_post_is_his_affiliation(speeches: Page) -> None:
    assert speeches.articles[0].affiliation == "市委常委、常务副市长"


def test_the_title_under_the_speaker_is_the_article_s(speeches: Page) -> None:
    assert speeches.articles[0].title == "在构建高水平社会主义市场经济体制上勇于探索"


def test_a_party_lecture_s_speaker_line_credits_its_speaker() -> None:
    """A 党课讲稿 pasted from Word (held-out set 43): 「主讲人：陈卫东（…党委书记）」 over 同志们：
    and its parts 一、二、三 — read as a speech in parts, each credited to its speaker."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-43/page_1.txt")
    assert {a.author for a in page.articles} == {"陈卫东"}


def test_a_picture_set_into_a_column_does_not_break_its_sentence(speeches: Page) -> None:
    """「…让各类人才创」 / 图为… / 本报记者　唐克　摄 / 「造活力充分迸发。」: one sentence, the
    caption and credit beside it."""
    texts = [p.text for p in speeches.articles[1].paragraphs if not p.role]
    assert any(t.endswith("让各类人才创造活力充分迸发。") for t in texts)


def test_the_picture_s_caption_stays_a_caption(speeches: Page) -> None:
    roles = [p.role for p in speeches.articles[1].paragraphs if p.text.startswith("图为8月9日")]
    assert roles == ["caption"]


def test_pieces_signed_wen_bar_name_under_their_titles_are_articles() -> None:
    """中国税务报 (held-out set 46): three short 言论 pieces, each signed 「文｜周立新」 under its
    title (the bar had been read as a site's menu, and the page as one article)."""
    page = load_page_file(PAGES / "theory_signed_wen.txt")
    assert [a.author for a in page.articles] == ["周立新", "韩雪梅", "马骏"]


def test_a_journal_title_broken_after_its_de_is_one_title() -> None:
    """A party school journal's PDF (held-out set 45): 「新质生产力赋能资源型地区转型发展的」 over
    「内在逻辑与实践路径」 — eighteen characters, longer than a narrow column's line."""
    text = (
        "理论\n新质生产力赋能资源型地区转型发展的\n内在逻辑与实践路径\n□ 郭晓峰\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n（作者单位：中共山西省委党校）\n"
    )
    title = parse_page(text, "p.txt").articles[0].title
    assert title == "新质生产力赋能资源型地区转型发展的内在逻辑与实践路径"


def test_a_speech_signed_in_its_closing_brackets_is_an_article() -> None:
    """A 宣讲实录 on a printed page (held-out set 46's, set in print): no byline, the speaker
    signs in brackets at the end (「（宣讲员：王秀芬，…；整理：刘畅）」); the whole piece had been
    lost, read as the head of the article under it."""
    text = (
        "重庆日报\n2024年10月15日　星期二\n\n理论宣讲\n\n改革的好处说给你听\n\n"
        + "宣讲员：谢谢大家！正文的一句话，讲清一个道理。\n\n" * 4
        + "（宣讲员：王秀芬，望江县“田埂上的宣讲团”成员；整理：刘畅）\n\n"
        + "把大道理讲成家常话\n\n□李明\n\n"
        + "正文的另一句话，讲清一个道理，再讲一个道理。\n\n" * 4
        + "（作者系望江县委宣传部干部）\n"
    )
    page = parse_page(text, "p.txt")
    assert [a.author for a in page.articles] == ["王秀芬", "李明"]


def test_a_speaker_s_turn_filling_the_column_with_its_indent_goes_on() -> None:
    """中国国防报's interview (held-out set 41), wrapped at 24: 「　　陈立新：国防教育和国家安全
    教育目标一致、内容」 is 22 characters and a two-character indent; its sentence goes on in
    「相通。…」 (it had been a heading over a paragraph starting mid-sentence)."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-41/page_2.txt")
    texts = [p.text for p in page.articles[0].paragraphs]
    assert next(t for t in texts if t.startswith("陈立新：国防教育")).count("内容相通") == 1


@pytest.fixture(scope="module")
def lecture_with_footnotes() -> Page:
    """A county 党校's 党课讲稿 pasted from Word (held-out set 48): 「中共瑞金市委党校　钟晓华」
    under the title, parts 一、二、三, and after 「谢谢大家！」 a note on the text, a rule of
    underscores and the footnotes [1]–[3]."""
    return load_page_file(PAGES / "speech_footnotes.txt")


def test_a_speaker_after_his_unit_is_credited(lecture_with_footnotes: Page) -> None:
    assert {a.author for a in lecture_with_footnotes.articles} == {"钟晓华"}


def test_a_speech_s_footnotes_are_notes(lecture_with_footnotes: Page) -> None:
    last = lecture_with_footnotes.articles[-1].paragraphs
    assert [p.role for p in last if p.text.startswith(("[1]", "[2]", "[3]", "（根据"))] == [
        "note"
    ] * 4


def test_the_rule_over_a_speech_s_footnotes_is_dropped(lecture_with_footnotes: Page) -> None:
    assert not [p for p in lecture_with_footnotes.articles[-1].paragraphs if "___" in p.text]


@pytest.fixture(scope="module")
def energy_pdf() -> Page:
    """中国能源报 (held-out set 47), a PDF copy wrapped at 21: a picture set into a column
    mid-sentence, its caption over two lines and 「资料图片」 under it, right under a section's
    heading; the running header printed again mid-sentence."""
    return load_page_file(PAGES / "theory_pdf_caption.txt")


def test_a_caption_over_two_lines_is_set_aside_whole(energy_pdf: Page) -> None:
    texts = [p.text for p in energy_pdf.articles[0].paragraphs]
    assert any(
        t.endswith(
            "及时清理与能源法不相适应的规定；能源企业要把依法合规经营贯穿生产经营全过程，主动履行安全生产、保障供应、节能降碳等法定义务；社会各方面也要增强节约能源、绿色消费的意识。只有政府、企业、公众共同发力，才能让纸面上的法律真正转化为推动能源高质量发展的强大动力。"
        )
        for t in texts
    )


def test_a_picture_s_credit_alone_is_a_caption(energy_pdf: Page) -> None:
    roles = [p.role for p in energy_pdf.articles[0].paragraphs if p.text == "资料图片"]
    assert roles == ["caption"]


def test_a_caption_set_aside_follows_the_paragraph_it_broke(energy_pdf: Page) -> None:
    """…so that the heading over that paragraph stays a heading (推动能源法律制度落地见效)."""
    roles = [
        p.role for p in energy_pdf.articles[0].paragraphs if p.text == "推动能源法律制度落地见效"
    ]
    assert roles == ["heading"]


@pytest.fixture(scope="module")
def roundtable() -> Page:
    """福州日报's 圆桌 (held-out set 50): 「嘉宾」, three guests with their units, 「主持人」
    alone over 「本报记者　吴 桐」, the turns, a 名词解释 box (the term 「数据要素×」 over its
    definition), then an article continued on another page."""
    return load_page_file(PAGES / "theory_roundtable_host.txt")


def test_a_host_named_under_his_label_leaves_the_roundtable_an_article(roundtable: Page) -> None:
    """The whole roundtable had been read as the page's column."""
    assert roundtable.articles[0].title == "以数字经济赋能新质生产力加快发展"


def test_a_glossary_s_term_over_its_definition_is_a_note(roundtable: Page) -> None:
    roles = [p.role for p in roundtable.articles[0].paragraphs if "数据要素×" in p.text]
    assert roles == ["note", "note"]


def test_text_above_the_first_title_is_no_column() -> None:
    """广州日报 (held-out set 18): the editor's words on the page's theme over the first title
    are a note of the first article; the column is the page's name."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-18/page_2.txt")
    assert page.articles[0].column == "广州日报 第06版：理论周刊"


@pytest.fixture(scope="module")
def lecture_and_story() -> Page:
    """临沂日报's 微党课 (held-out set 50): no byline, the speaker in the closing brackets
    (「（宣讲人：王秀芝，…副教授；记录整理：本报记者　孙晓彤）」), a caption, a QR prompt, a 本报讯
    story, and 「本版编辑　周立伟　　校对　马 静」."""
    return load_page_file(PAGES / "theory_lecture_story.txt")


def test_a_lecture_signed_at_its_end_beside_a_story_is_its_own_article(
    lecture_and_story: Page,
) -> None:
    """It had been one article with the story in it, signed by nobody."""
    assert lecture_and_story.articles[0].author == "王秀芝"


def test_the_note_taker_is_no_part_of_the_speaker_s_post(lecture_and_story: Page) -> None:
    assert lecture_and_story.articles[0].affiliation == "中共临沂市委党校党史党建教研室副教授"


def test_the_page_s_credit_signs_no_story(lecture_and_story: Page) -> None:
    assert "周立伟" not in lecture_and_story.articles[-1].author


@pytest.fixture(scope="module")
def data_box() -> Page:
    """昆明日报 (held-out set 49), a PDF copy wrapped at 26: each article's （作者系…） wrapped
    over two lines, and a 图表 box of figures (「●国家级创新平台　38个」, 「●规上工业战略性
    新兴产业增加值」 over 「同比增长9.6%」) between the articles."""
    return load_page_file(PAGES / "theory_pdf_databox.txt")


def test_a_box_s_rows_of_figures_are_no_bylines(data_box: Page) -> None:
    """The page had been refused (这篇文章没有正文), the rows read as bylines."""
    assert [a.author for a in data_box.articles] == ["李晓岚", "杨春晖"]


def test_a_closing_line_wrapped_over_two_lines_is_the_affiliation(data_box: Page) -> None:
    """「（作者系中共昆明市委党校…、昆明市新」 / 「质生产力…研究员）」 had been joined into the
    last paragraph."""
    assert data_box.articles[0].affiliation.endswith("昆明市新质生产力发展研究中心特约研究员")


def test_a_page_s_list_of_titles_tells_the_title_from_its_subtitle() -> None:
    """浏阳日报's e-paper (held-out set 49): 「市委理论学习中心组开展专题学习研讨」 over
    「聚焦深入贯彻中央八项规定精神学习教育」, no dash; the page's 本版标题导航 lists the first."""
    page = load_page_file(PAGES / "theory_contents_titles.txt")
    assert page.articles[0].title == "市委理论学习中心组开展专题学习研讨"


def test_a_page_number_and_a_repeated_column_name_are_no_part_of_the_column(
    data_box: Page,
) -> None:
    """「昆明日报　2025年4月22日　星期二　理论周刊」, 「7」, 「理论周刊」 again: the column is read
    once, without the page's number (the list had shown 「昆明日报 理论周刊 7 理论周刊」)."""
    assert data_box.articles[0].column == "昆明日报 理论周刊"


def test_a_credit_line_with_slashes_is_no_part_of_the_column() -> None:
    """中国国防报 (held-out set 41): 「责任编辑/贺　鹏　刘思远　　美术编辑/王　琪」."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-41/page_2.txt")
    assert "责任编辑" not in page.articles[0].column


def test_a_continuation_whose_title_the_layout_hides_does_not_refuse_the_page() -> None:
    """中国改革报 (held-out set 51): the lead article goes on after 「===第8版===」 under its title
    and 「（接第5版）」; the page had been refused whole (署名行前面缺少标题)."""
    page = load_page_file(PAGES / "theory_continued_below.txt")
    assert [a.author for a in page.articles if a.author] == ["周启明", "沈书琴"]


def test_a_qr_prompt_is_no_lead_title(lecture_and_story: Page) -> None:
    """「扫码观看本期微党课视频」 over the 本报讯 story's title had been its 引题."""
    assert lecture_and_story.articles[-1].title_lines == ("市委宣讲团走进基层开展集中宣讲",)


@pytest.fixture(scope="module")
def journal_pdf() -> Page:
    """湖北行政学院学报 (held-out set 52): a PDF copy wrapped at 38 columns of type (digits half
    as wide), numbered authors and their units, 摘要/关键词/中图分类号, footnotes under a rule,
    a running head and CNKI's line at each page break, 参考文献 and an English abstract."""
    return load_page_file(PAGES / "journal_pdf_pages.txt")


def _paragraph(page: Page, start: str) -> str:
    return next(p.text for p in page.articles[0].paragraphs if p.text.startswith(start))


def test_a_journal_article_with_numbered_chapters_is_no_report(journal_pdf: Page) -> None:
    assert journal_pdf.kind != "report"


def test_numbered_authors_are_the_byline(journal_pdf: Page) -> None:
    assert journal_pdf.articles[0].author == "王慧敏、陈立军"


def test_the_authors_units_under_their_names_are_no_paragraphs(journal_pdf: Page) -> None:
    assert not any("430022" in p.text for p in journal_pdf.articles[0].paragraphs if not p.role)


def test_a_line_with_digits_is_joined_at_the_column_width(journal_pdf: Page) -> None:
    """「…网格员1400余名。2024年5」 has 40 characters but fills the 38 columns of the line."""
    assert "2024年5月至8月，笔者" in _paragraph(journal_pdf, "F县地处")


def test_a_paragraph_goes_on_over_the_footnotes_and_the_running_head(journal_pdf: Page) -> None:
    assert _paragraph(journal_pdf, "F县地处").endswith("对党建引领乡村治理现代化问题作一探讨。")


def test_the_first_page_s_footnotes_are_notes(journal_pdf: Page) -> None:
    roles = {p.text[:4]: p.role for p in journal_pdf.articles[0].paragraphs}
    assert [roles["收稿日期"], roles["基金项目"], roles["作者简介"]] == ["note"] * 3


def test_a_library_s_classification_line_is_a_note(journal_pdf: Page) -> None:
    assert journal_pdf.articles[0].paragraphs[2].role == "note"


def test_running_heads_and_the_library_s_line_are_the_page_s(journal_pdf: Page) -> None:
    texts = [p.text for p in journal_pdf.articles[0].paragraphs]
    assert not any("cnki" in t or "·14·" in t for t in texts)


def test_the_english_abstract_is_notes(journal_pdf: Page) -> None:
    paragraphs = journal_pdf.articles[0].paragraphs
    latin = [p for p in paragraphs if p.text.startswith(("Abstract", "WANG"))]
    assert [p.role for p in latin] == ["note", "note"]


def test_the_editor_s_credit_in_brackets_is_the_page_s(journal_pdf: Page) -> None:
    assert "〔责任编辑：刘  彦〕" in journal_pdf.meta


@pytest.fixture(scope="module")
def alternating() -> Page:
    """哈尔滨日报 as a PDF extract at 22 characters (held-out set 51): two articles' columns
    alternate (A, B's title and first column, A, B, A, B), titles broken over two lines, B
    continued on page 8 in the same file."""
    return load_page_file(PAGES / "theory_pdf_alternating.txt")


def test_a_title_broken_after_its_verb_is_one_title(alternating: Page) -> None:
    assert [a.title for a in alternating.articles[:2]] == [
        "让“冰天雪地”持续释放“金山银山”价值",
        "以“小切口”撬动基层治理“大变化”",
    ]


def test_alternating_columns_give_each_article_its_own_paragraphs(alternating: Page) -> None:
    first = alternating.articles[0]
    assert len([p for p in first.paragraphs if not p.role]) == 8


def test_a_sentence_broken_by_the_other_article_s_column_is_joined(alternating: Page) -> None:
    """「…一批企业在造雪」 ends A's first column; 「设备、冰面维护…」 opens A's second."""
    texts = [p.text for p in alternating.articles[0].paragraphs]
    assert any("一批企业在造雪设备、冰面维护" in t for t in texts)


def test_the_other_article_goes_on_in_its_own_next_column(alternating: Page) -> None:
    texts = [p.text for p in alternating.articles[1].paragraphs]
    assert any("推动“接诉即办”向“未诉先办”延伸" in t for t in texts)


def test_the_first_article_s_closing_line_is_its_own(alternating: Page) -> None:
    assert alternating.articles[0].affiliation == "中共哈尔滨市委党校经济学教研部"


def test_a_page_with_a_column_out_of_place_once_is_not_untangled() -> None:
    """中国电力报 (held-out set 43): one column opens mid-sentence under another article's; its
    lines are interleaved too finely to untangle, so the page is read in its own order."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-43/page_7.txt")
    assert page.articles[-1].marks == ("（下转第4版）", "（上接第1版）")


def test_a_rule_between_articles_is_no_part_of_the_column() -> None:
    """潍坊日报 (held-out set 52): 「────」 rules between the items; the 学思践悟 article had
    been listed under 「──────────────────── 学思践悟」."""
    page = load_page_file(PAGES / "theory_rules.txt")
    assert [a.column for a in page.articles[1:]] == ["学思践悟", "时评"]


def test_a_wechat_copy_s_account_line_and_source_are_no_column() -> None:
    """安徽发改机关党建 (held-out set 52): the account's line with its time and place, a picture's
    placeholder and 「来源：中国改革报」 above the repeated title had been read as the column."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-51/page_8.txt")
    assert page.articles[0].column == "【学习园地】"


def test_a_page_s_name_beside_its_number_is_the_column_without_it(alternating: Page) -> None:
    """「理论　7」 under the masthead: listed under 「哈尔滨日报 理论」, 7 kept with the page."""
    assert alternating.articles[0].column == "哈尔滨日报 理论"


def test_a_journal_s_header_names_the_article_s_publication(journal_pdf: Page) -> None:
    """「湖北行政学院学报  2025年第1期（总第145期）」: listed under the journal, not the file."""
    assert journal_pdf.articles[0].column == "湖北行政学院学报"


@pytest.fixture(scope="module")
def box_story() -> Page:
    """鞍山日报 as a PDF extract at 22 characters (held-out set 54): a numbered heading wrapped
    over two lines, a title with its ——subtitle, a 学习问答 box and a 本报讯 story set at 18."""
    return load_page_file(PAGES / "theory_pdf_box_story.txt")


def test_a_numbered_heading_wrapped_over_two_lines_is_one_heading(box_story: Page) -> None:
    headings = [p.text for p in box_story.articles[0].paragraphs if p.role == "heading"]
    assert headings[0] == "一、深刻把握新质生产力与全面深化改革的内在关联"


def test_a_subtitle_under_a_title_filling_the_column_is_no_part_of_it(box_story: Page) -> None:
    assert box_story.articles[1].title == "在深化改革中激活老工业基地“一池春水”"


def test_a_story_set_narrower_than_the_page_is_an_article_of_its_own(box_story: Page) -> None:
    """Its lines (18 characters beside columns of 22) had not been joined, so its dateline was
    no text and the story ran on from the article above it, after 「（下转第7版）」."""
    assert box_story.articles[-1].title == "市委理论学习中心组举行专题学习会"


@pytest.fixture(scope="module")
def media_centre() -> Page:
    """荣成融媒's 微信 copy (held-out set 54): the headline with its column (「理论学习｜…」), the
    account's 原创 line, end credits (来源, 编辑, 审核, 监制), a 相关新闻 story (荣成融媒讯), a
    往期推荐 list and the app's leftovers."""
    return load_page_file(PAGES / "wechat_media_centre.txt")


def test_a_wechat_headline_s_column_is_the_column(media_centre: Page) -> None:
    assert media_centre.articles[0].column == "理论学习"


def test_a_post_s_end_credits_are_no_paragraphs(media_centre: Page) -> None:
    texts = [p.text for p in media_centre.articles[0].paragraphs]
    assert not any(t.startswith(("来源：", "审核：", "监制：")) for t in texts)


def test_a_media_centre_s_dated_story_is_an_article(media_centre: Page) -> None:
    assert media_centre.articles[1].author == "宋佳"


def test_a_list_of_other_posts_is_the_page_s(media_centre: Page) -> None:
    """(under 「往期推荐」, the page's furniture: never an article's text)"""
    assert "理论学习｜在全面深化改革中激发民营经济活力" in media_centre.meta


@pytest.fixture(scope="module")
def widths() -> Page:
    """宜昌日报 as a PDF extract (held-out set 53): the lead article at 22 characters, the book
    review at 19, the 学习问答 box and the 本报讯 story at 17 — no width most lines share —
    with unnumbered subheads and a picture set into the lead article's column."""
    return load_page_file(PAGES / "theory_pdf_widths.txt")


def test_a_page_of_columns_of_several_widths_is_read_wrapped(widths: Page) -> None:
    assert len([p for p in widths.articles[0].paragraphs if not p.role]) == 11


def test_a_subhead_under_a_picture_set_into_the_column_is_a_heading(widths: Page) -> None:
    headings = [p.text for p in widths.articles[0].paragraphs if p.role == "heading"]
    assert headings[-1] == "以深化改革塑造新型生产关系"


def test_a_running_head_over_a_column_starts_no_article(widths: Page) -> None:
    assert widths.articles[0].affiliation == "中共宜昌市委党校经济学教研部主任、副教授"


@pytest.fixture(scope="module")
def pieces() -> Page:
    """珠海机关党建's 微信 copy of a 笔谈 (held-out set 53): three pieces numbered 01–03 over
    their titles, each signed 「作者｜林晓岚（…）」, then - END -, credits and the app's lines."""
    return load_page_file(PAGES / "wechat_pieces.txt")


def test_pieces_signed_with_a_bar_are_articles_of_their_own(pieces: Page) -> None:
    assert [a.author for a in pieces.articles] == ["林晓岚", "陈志恒", "黄思敏"]


def test_a_piece_s_number_over_the_next_title_is_no_text(pieces: Page) -> None:
    assert "02" not in [p.text for p in pieces.articles[0].paragraphs if not p.role]


def test_a_phone_copy_s_end_mark_and_buttons_are_no_text(pieces: Page) -> None:
    texts = [p.text for p in pieces.articles[-1].paragraphs if not p.role]
    assert not any("END" in t or "阅读原文" in t or "写留言" in t for t in texts)


def test_a_journal_s_name_between_volume_and_issue_names_its_publication() -> None:
    """《中共乐山市委党校学报》 (held-out set 53): 「第27卷　第1期　　中共乐山市委党校学报」."""
    page = load_page_file(PAGES / "journal_pdf_volume.txt")
    assert page.articles[0].column == "中共乐山市委党校学报"


def test_a_title_of_two_phrases_on_two_lines_under_its_lead_is_one_title(widths: Page) -> None:
    """「因地制宜发展新质生产力」 / 「奋力推动宜昌高质量发展」 under the 引题: a question had named
    the article by its second half alone (review 5353)."""
    assert widths.articles[0].title == "因地制宜发展新质生产力　奋力推动宜昌高质量发展"


def test_runs_of_many_lengths_none_shared_by_enough_lines_are_no_wrap() -> None:
    """Runs of three lines of one length, each length in one run only: no column's width."""
    from bot.core.pages import blocks_of, wrap_of

    lines = ["理" * n + "，" for n in range(12, 40) for _ in range(3)]
    assert wrap_of(blocks_of("\n".join(lines))) is None


# -- held-out sets 55 and 56 ---------------------------------------------------------------


@pytest.fixture(scope="module")
def box_in_paragraph() -> Page:
    """常州日报's 理论周刊 as a PDF extract (held-out set 55): a 【学习问答】 box set into a
    column in the middle of a sentence, a public-service ad, a QR prompt and the desk's e-mail
    under the last story."""
    return load_page_file(PAGES / "theory_pdf_box_in_paragraph.txt")


def _by(page: Page, author: str) -> Article:
    return next(a for a in page.articles if a.author == author)


def test_a_paragraph_a_box_broke_reads_on_after_it(box_in_paragraph: Page) -> None:
    paragraphs = _by(box_in_paragraph, "孙 婕").paragraphs
    broken = next(p.text for p in paragraphs if p.text.startswith("知纪明纪"))
    assert broken.endswith(
        "同学习党章结合起来，同学习习近平总书记关于全面从严治党的重要论述结合起来，深刻理解纪律建设对于保持党的先进性和纯洁性的重要意义，真正做到知其然更知其所以然。"
    )


def test_a_box_s_questions_and_answers_are_notes(box_in_paragraph: Page) -> None:
    paragraphs = _by(box_in_paragraph, "孙 婕").paragraphs
    assert {p.role for p in paragraphs if p.text.startswith(("问：", "答："))} == {"note"}


def test_the_rest_of_a_front_page_story_is_no_part_of_the_article_above(
    box_in_paragraph: Page,
) -> None:
    """「打造更具竞争力的“新能源之都”」 / 「（上接A1版）要持续优化营商环境…」 (the mark opening its
    text): a rest of its own, not the notes of 陶明远's article (held-out set 64 found it)."""
    rest = next(a for a in box_in_paragraph.articles if a.continues)
    assert rest.title == "打造更具竞争力的“新能源之都”"


def test_the_lines_under_the_last_story_are_the_page_s(box_in_paragraph: Page) -> None:
    """「清廉常州 你我同行」 / 「常州市文明办 宣」 / 「扫码关注…」 / 「理论周刊投稿邮箱：…」."""
    last = box_in_paragraph.articles[-1].paragraphs[-1].text
    assert last.endswith("部分优秀论文将在本报理论周刊陆续刊发。")


@pytest.fixture(scope="module")
def book_over_byline() -> Page:
    """中国人口报's 理论 page (held-out set 55): a book review whose book data stands between
    its title and its byline, under a caption wrapped over two lines and a data box."""
    return load_page_file(PAGES / "theory_pdf_book_over_byline.txt")


def test_a_book_review_with_its_data_over_the_byline_is_an_article(
    book_over_byline: Page,
) -> None:
    assert [(a.title, a.author) for a in book_over_byline.articles][-1] == (
        "在“积极老龄观”中读懂老年人的价值",
        "陈书宁",
    )


def test_the_book_data_over_the_byline_is_a_note(book_over_byline: Page) -> None:
    first = book_over_byline.articles[-1].paragraphs[0]
    assert (first.role, first.text[:10]) == ("note", "《老有所为：积极老龄")


def test_a_caption_over_two_lines_ending_with_its_credit_is_one_caption(
    book_over_byline: Page,
) -> None:
    captions = [
        p.text for a in book_over_byline.articles for p in a.paragraphs if p.role == "caption"
    ]
    assert captions == [
        "图为近日，四川省眉山市东坡区一社区养老服务综合体内，护理员陪伴老人开展康复训练。 资料图片"
    ]


@pytest.fixture(scope="module")
def running_heads() -> Page:
    """《中共南昌市委党校学报》 as a PDF extract (held-out set 55): its header across the page
    over the title, the page's number and the running heads between the halves of a
    paragraph, references typed as GB/T 7714 ([J], [M])."""
    return load_page_file(PAGES / "journal_pdf_running_heads.txt")


def test_a_journal_s_header_across_the_page_does_not_swallow_the_title(
    running_heads: Page,
) -> None:
    assert running_heads.articles[0].title == "新时代“枫桥经验”赋能城市社区治理的实践路径"


def test_a_paragraph_goes_on_over_the_page_number_and_running_head(running_heads: Page) -> None:
    assert any("把风险化解于无形" in p.text for p in running_heads.articles[0].paragraphs)


def test_a_catalogue_line_does_not_swallow_the_first_paragraph(running_heads: Page) -> None:
    first = next(p for p in running_heads.articles[0].paragraphs if not p.role)
    assert first.text.startswith("“枫桥经验”诞生于20世纪60年代初")


def test_a_reference_typed_as_a_journal_article_is_a_note(running_heads: Page) -> None:
    paragraphs = running_heads.articles[0].paragraphs
    assert [p.role for p in paragraphs if p.text.startswith("[4]")] == ["note"]


def test_a_page_counter_beside_the_source_is_not_the_column() -> None:
    """「来源：马克思主义学院   浏览次数：1286」 (广西大学's 马克思主义学院, held-out set 55)."""
    page = load_page_file(PAGES / "web_site_counter.txt")
    assert page.articles[0].column == "马克思主义学院"


@pytest.fixture(scope="module")
def reporter_interview() -> Page:
    """澎湃新闻's 专访 (held-out set 56): 「澎湃新闻记者 沈一苇」 under the title, a picture's
    caption credited 「视觉中国 资料图」 between two paragraphs."""
    return load_page_file(PAGES / "web_interview_reporter.txt")


def test_an_outlet_s_reporter_under_the_title_is_the_author(reporter_interview: Page) -> None:
    assert reporter_interview.articles[0].author == "澎湃新闻记者 沈一苇"


def test_the_title_over_the_reporter_is_the_title(reporter_interview: Page) -> None:
    assert (
        reporter_interview.articles[0].title
        == "林启航：因地制宜发展新质生产力，要把改革的“接口”打通"
    )


def test_a_caption_credited_to_a_picture_agency_is_a_caption(reporter_interview: Page) -> None:
    captions = [p.text for p in reporter_interview.articles[0].paragraphs if p.role == "caption"]
    assert [c.endswith("视觉中国 资料图") for c in captions] == [True]


@pytest.fixture(scope="module")
def unit_then_name() -> Page:
    """柳州机关党建's 微信 copy (held-out set 56): three pieces, each signed under its title with
    the unit before the name (「市财政局机关党委专职副书记 覃海燕」), a ▍学习问答 box, 往期推荐 and
    readers' comments."""
    return load_page_file(PAGES / "wechat_unit_signed.txt")


def test_pieces_signed_with_their_unit_before_the_name_are_articles(unit_then_name: Page) -> None:
    assert [a.author for a in unit_then_name.articles] == ["覃海燕", "梁振宇", "黄思琪"]


def test_the_unit_before_the_name_is_the_affiliation(unit_then_name: Page) -> None:
    assert unit_then_name.articles[1].affiliation == "市住房和城乡建设局建筑市场监管科科长"


def test_a_heading_bar_s_box_tag_is_a_note(unit_then_name: Page) -> None:
    paragraphs = unit_then_name.articles[-1].paragraphs
    assert [p.role for p in paragraphs if p.text == "▍学习问答"] == ["note"]


def test_readers_comments_are_no_paragraphs(unit_then_name: Page) -> None:
    texts = [p.text for p in unit_then_name.articles[-1].paragraphs]
    assert not any("柳江河畔" in t for t in texts)


def test_a_caption_s_second_line_with_its_credit_joins_the_first() -> None:
    """常州日报 (held-out set 56): 「图为…技术人员在调」 / 「试工业机器人。　本报记者 陈涛 摄」."""
    page = load_page_file(PAGES / "theory_pdf_caption_credit.txt")
    captions = [p.text for p in page.articles[0].paragraphs if p.role == "caption"]
    assert [c.endswith("试工业机器人。　本报记者 陈涛 摄") for c in captions] == [True]


def test_a_journal_s_unit_under_the_name_is_the_affiliation(running_heads: Page) -> None:
    """「（中共南昌市委党校 公共管理教研部，江西 南昌 330006）」: the unit, no postcode."""
    assert running_heads.articles[0].affiliation == "中共南昌市委党校 公共管理教研部"


def test_a_journal_s_name_in_its_header_names_its_articles(running_heads: Page) -> None:
    """「第27卷第2期　…　中共南昌市委党校学报　…　Vol.27 No.2」 over the title."""
    assert running_heads.articles[0].column == "中共南昌市委党校学报"


def test_a_newspaper_named_like_a_journal_keeps_its_edition() -> None:
    """中国社会科学报 is a newspaper: its page is listed with its edition."""
    page = load_page_file(
        Path(__file__).parents[1] / "docs" / "reviews" / "pages-17" / "page_3.txt"
    )
    assert page.articles[0].column == "中国社会科学报 第05版：马克思主义"


# -- held-out sets 57 and 58 ---------------------------------------------------------------


def test_an_affiliation_right_under_the_byline_heads_the_article() -> None:
    """南宁日报 (held-out set 57): 「◎ 罗建新」 / 「（作者单位：中共南宁市青秀区委党校）」 over the
    text; the page had been refused (这篇文章没有正文)."""
    page = load_page_file(PAGES / "theory_affiliation_on_top.txt")
    second = page.articles[1]
    assert (second.author, second.affiliation, len(second.paragraphs)) == (
        "罗建新",
        "中共南宁市青秀区委党校",
        6,
    )


def test_a_qr_prompt_under_the_last_story_is_the_page_s() -> None:
    page = load_page_file(PAGES / "theory_affiliation_on_top.txt")
    assert not any(p.text.startswith("扫码阅读") for p in page.articles[-1].paragraphs)


@pytest.fixture(scope="module")
def box_mid_word() -> Page:
    """中国质量报 as a PDF extract (held-out set 57): a 数据链接 box set between the halves of a
    word (「…主动参与标准制」 / box / 「定的意识和能力不强。」), titles broken after 为…, a quoted
    name over its news story's headline, the desk's e-mail under the credits."""
    return load_page_file(PAGES / "theory_pdf_box_mid_word.txt")


def test_a_word_a_data_box_broke_is_whole(box_mid_word: Page) -> None:
    assert any(
        "主动参与标准制定的意识和能力不强。" in p.text for p in box_mid_word.articles[0].paragraphs
    )


def test_a_data_box_s_lines_are_notes(box_mid_word: Page) -> None:
    paragraphs = box_mid_word.articles[0].paragraphs
    assert {p.role for p in paragraphs if "国内生产总值" in p.text or "资料来源" in p.text} == {
        "note"
    }


def test_a_title_broken_after_its_for_phrase_is_one_title(box_mid_word: Page) -> None:
    assert box_mid_word.articles[1].title == "为质量强国建设提供学理支撑"


def test_a_quoted_name_over_its_headline_is_one_title(box_mid_word: Page) -> None:
    assert box_mid_word.articles[2].title == "“以高标准支撑新质生产力发展”理论研讨会在京举办"


def test_the_desk_s_mail_is_no_title_line(box_mid_word: Page) -> None:
    """… nor does the 引题 under it go on in it (an English line never goes on in Chinese)."""
    assert box_mid_word.articles[0].title_lines == (
        "深入推进质量强国建设",
        "以高标准引领新质生产力加快发展",
    )


def test_pieces_signed_only_at_their_end_make_a_page() -> None:
    """中国旅游报's 专家笔谈 (held-out set 57): three pieces under one 编者按, each closing with
    〔作者：…〕, a picture's caption between two of them; it had been read as one article."""
    page = load_page_file(PAGES / "web_epaper_signed_pieces.txt")
    assert [a.author for a in page.articles] == ["陈立群", "刘振华", "杨晓燕"]


def test_the_paragraph_under_an_editor_s_note_head_is_the_note() -> None:
    """岳阳机关党建's 微信 copy (held-out set 58): 「编者按」 alone, its words in the next line."""
    page = load_page_file(PAGES / "wechat_editor_note.txt")
    roles = [(p.role, p.text[:4]) for p in page.articles[0].paragraphs[:2]]
    assert roles == [("note", "编者按"), ("note", "按照党中")]


def test_an_affiliation_over_the_notes_is_found() -> None:
    """安吉新闻网 (held-out set 58): 「（作者系中共安吉县委党校讲师）」 over 注释：[1] …。"""
    page = load_page_file(PAGES / "web_county_notes.txt")
    assert page.articles[0].affiliation == "中共安吉县委党校讲师"


def test_a_speech_s_appended_questions_are_notes() -> None:
    """A 党课 pasted from Word (held-out set 58): 「附：党小组研讨题」 and 1．… 2．… 3．…."""
    page = load_page_file(PAGES / "speech_appendix.txt")
    paragraphs = page.articles[-1].paragraphs
    assert [p.role for p in paragraphs if p.text.startswith(("附：", "1．", "2．", "3．"))] == [
        "note"
    ] * 4


def test_a_narrow_box_s_answer_is_one_note() -> None:
    """遵义日报 (held-out set 58): a 学习问答 box set at 16 characters beside columns of 22."""
    page = load_page_file(PAGES / "theory_pdf_narrow_box.txt")
    answers = [p.text for p in page.articles[0].paragraphs if p.text.startswith("答：")]
    assert [a.endswith("实际问题，在马克思主义中国化进程中迈出了关键一步。") for a in answers] == [
        True
    ]


def test_a_last_article_with_no_text_is_refused_with_its_line() -> None:
    """Found by the fuzz test: 「深入学习」 / 「□张三」 and nothing under it."""
    with pytest.raises(PageError):
        parse_document("深入学习\n\n□张三", "p.txt")


def test_a_digital_edition_s_list_of_other_editions_is_the_page_s() -> None:
    """中国旅游报's 数字报 (held-out set 57): 「第01版：要闻　第02版：综合…」 under the page's own
    edition had been read into the articles' column."""
    page = load_page_file(PAGES / "web_epaper_signed_pieces.txt")
    assert "第01版" not in page.articles[0].column


def test_a_digital_edition_s_list_of_titles_is_the_page_s() -> None:
    """… and 「本版标题导航」 with the titles under it, 15 lines down the copy."""
    page = load_page_file(PAGES / "web_epaper_signed_pieces.txt")
    assert "标题导航" not in page.articles[0].column


# -- held-out set 59 -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def phone_paste() -> Page:
    """赣南日报's web page pasted from a phone (held-out set 59): the title, ——subtitle and
    byline on one line, lines broken anywhere inside paragraphs set apart by blank lines."""
    return load_page_file(PAGES / "web_phone_paste.txt")


def test_a_title_line_with_its_subtitle_and_byline_is_split(phone_paste: Page) -> None:
    article = phone_paste.articles[0]
    assert (article.title, article.subtitle, article.author) == (
        "在红色文化中汲取文化自信的力量",
        "——读《红土地上的初心》",
        "谢雨晴",
    )


def test_lines_broken_anywhere_join_up_to_the_blank_line(phone_paste: Page) -> None:
    texts = [p.text for p in phone_paste.articles[0].paragraphs if not p.role]
    assert len(texts) == 6


def test_a_digital_edition_s_weather_and_edition_list_are_no_column() -> None:
    """盐城日报's 数字报 (held-out set 59): 「今日天气：多云转晴」, 「第A01版：要闻　第A02版…」."""
    page = load_page_file(PAGES / "theory_digital_speeches.txt")
    assert page.articles[1].column.startswith("盐城日报数字报 凝心聚力抓改革")


def test_a_site_s_latin_name_and_breadcrumb_are_no_column() -> None:
    """江西师范大学's site (held-out set 59): 「School of Marxism, …」, 「当前位置：首页 > …」."""
    page = load_page_file(PAGES / "web_university_pieces.txt")
    assert page.articles[0].column.startswith("专家笔谈｜")


def test_a_site_s_date_and_authors_fields_are_no_column() -> None:
    """… nor its 「发布时间：2025-03-18　　…　　作者：李永清　黄雅琴　周振宇」 over the pieces."""
    page = load_page_file(PAGES / "web_university_pieces.txt")
    assert page.articles[0].column == "专家笔谈｜深刻把握加快建设教育强国的核心要义"


# -- held-out set 61 -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def book_fields() -> Page:
    """柳州日报 as a PDF extract (held-out set 61): its running head, 「理　论」 spaced out,
    printed again over a column mid-sentence; a review's book data set field by field into a
    sentence (书名：… / 作者：… / 出版社：… / 出版时间：… / 定价：…)."""
    return load_page_file(PAGES / "theory_pdf_book_fields.txt")


def test_a_running_head_with_a_spaced_out_name_breaks_no_sentence(book_fields: Page) -> None:
    last = book_fields.articles[0].paragraphs[-1].text
    assert "推动党纪学习教育常态化长效化" in last


def test_a_running_head_with_a_spaced_out_name_names_the_page(book_fields: Page) -> None:
    assert book_fields.articles[0].column == "柳州日报 理论"


def test_a_book_s_data_field_by_field_breaks_no_sentence(book_fields: Page) -> None:
    texts = [p.text for p in book_fields.articles[1].paragraphs if not p.role]
    assert any("纪律建设的发展历程" in text for text in texts)


def test_a_book_s_data_field_by_field_is_notes(book_fields: Page) -> None:
    notes = [p.text for p in book_fields.articles[1].paragraphs if p.role == "note"]
    assert notes == [
        "书名：《守纪如铁：党员干部纪律教育十二讲》",
        "作者：韦明远",
        "出版社：广西人民出版社",
        "出版时间：2024年3月",
        "定价：48.00元",
    ]


@pytest.fixture(scope="module")
def pieces_mid_page() -> Page:
    """徐州日报's 数字报 (held-out set 61): a lead article, then 【专家笔谈】 and its topic over
    three pieces signed 「■ 王立新」, then a 本报讯 story."""
    return load_page_file(PAGES / "web_epaper_pieces_mid_page.txt")


def test_a_group_s_tag_and_topic_mid_page_are_its_first_piece_s_column(
    pieces_mid_page: Page,
) -> None:
    assert pieces_mid_page.articles[1].column == "【专家笔谈】 因地制宜发展新质生产力"


def test_a_group_s_topic_is_no_title_of_its_first_piece(pieces_mid_page: Page) -> None:
    assert pieces_mid_page.articles[1].title_lines == ("把握“因地制宜”的方法论要求",)


def test_the_next_pieces_signed_the_same_way_are_the_group_s(pieces_mid_page: Page) -> None:
    assert [a.column for a in pieces_mid_page.articles[2:4]] == [
        "【专家笔谈】 因地制宜发展新质生产力"
    ] * 2


def test_a_story_after_the_group_is_the_page_s(pieces_mid_page: Page) -> None:
    assert pieces_mid_page.articles[4].column == "徐州日报数字报 第07版：理论周刊"


@pytest.fixture(scope="module")
def interview_box() -> Page:
    """新华网思客's interview (held-out set 61): 【编者按】, 【嘉宾简介】, 问：/答：, then a
    【数据链接】 box of ● items."""
    return load_page_file(PAGES / "web_interview_data_box.txt")


def test_a_guest_s_profile_is_a_note(interview_box: Page) -> None:
    profile = next(p for p in interview_box.articles[0].paragraphs if "嘉宾简介" in p.text)
    assert profile.role == "note"


def test_a_web_copy_s_data_box_items_are_notes(interview_box: Page) -> None:
    items = [p for p in interview_box.articles[0].paragraphs if p.text.startswith("●")]
    assert {p.role for p in items} == {"note"}


def test_a_web_copy_s_data_box_holds_its_four_items(interview_box: Page) -> None:
    items = [p for p in interview_box.articles[0].paragraphs if p.text.startswith("●")]
    assert len(items) == 4


# -- held-out set 60 -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def odd_running_head() -> Page:
    """中共贵州省委党校学报 as a PDF extract (held-out set 60): under each page's number
    (「·86·」) the next page's running head, its author and title (「杨文彬：党建引领…」), breaks
    a sentence; footnotes ① ② at a page's foot; a list of references wrapped by the copy."""
    return load_page_file(PAGES / "journal_pdf_odd_running_head.txt")


def _texts(page: Page) -> list[str]:
    return [p.text for p in page.articles[0].paragraphs if not p.role]


def test_a_running_head_under_a_page_number_breaks_no_sentence(odd_running_head: Page) -> None:
    assert any("苗族、侗族等少数民族人口" in text for text in _texts(odd_running_head))


def test_a_running_head_under_a_page_number_is_the_page_s(odd_running_head: Page) -> None:
    assert not any(p.text.startswith("杨文彬：") for p in odd_running_head.articles[0].paragraphs)


def test_a_footnote_at_a_page_s_foot_is_a_note(odd_running_head: Page) -> None:
    notes = [p.text for p in odd_running_head.articles[0].paragraphs if p.role == "note"]
    assert [n[:1] for n in notes if n[:1] in "①②"] == ["①", "②"]


def test_a_journal_s_text_is_its_paragraphs_alone(odd_running_head: Page) -> None:
    assert len(_texts(odd_running_head)) == 15


def test_a_wrapped_reference_is_one_note(odd_running_head: Page) -> None:
    notes = [p.text for p in odd_running_head.articles[0].paragraphs if p.role == "note"]
    assert "[5]徐勇.中国农村村民自治[M].武汉:华中师范大学出版社,1997." in notes


def test_a_wrapped_reference_leaves_no_heading(odd_running_head: Page) -> None:
    headings = [p.text for p in odd_running_head.articles[0].paragraphs if p.role == "heading"]
    assert len(headings) == 4


@pytest.fixture(scope="module")
def english_masthead() -> Page:
    """经济参考报 as a PDF extract (held-out set 60): its English name under its Chinese one,
    the page's number 「A7」 alone, an interview continued 「（下转A8版）」."""
    return load_page_file(PAGES / "theory_pdf_english_masthead.txt")


def test_a_paper_s_english_name_and_page_code_are_no_column(english_masthead: Page) -> None:
    assert english_masthead.articles[0].column == "经济参考报 理论·观察"


def test_a_continuation_to_a_lettered_edition_is_a_mark(english_masthead: Page) -> None:
    assert english_masthead.articles[1].marks == ("（下转A8版）",)


# -- held-out sets 62 and 63 -----------------------------------------------------------------


@pytest.fixture(scope="module")
def figures_box() -> Page:
    """中国海洋报 as a PDF extract (held-out set 62): a box 「数说海洋经济」 between two articles,
    its source line broken inside a book title; the next title over two lines."""
    return load_page_file(PAGES / "theory_pdf_figures_box.txt")


def test_a_box_s_line_broken_in_a_book_title_goes_on(figures_box: Page) -> None:
    notes = [p.text for p in figures_box.articles[0].paragraphs if p.role == "note"]
    assert "资料来源：自然资源部《2023年中国海洋经济统计公报》" in notes


def test_a_figures_box_s_items_are_no_text(figures_box: Page) -> None:
    texts = [p.text for p in figures_box.articles[0].paragraphs if not p.role]
    assert not any(text.startswith("●") for text in texts)


def test_a_short_phrase_led_by_a_verb_is_no_column(figures_box: Page) -> None:
    assert figures_box.articles[1].column == "中国海洋报"


def test_a_short_phrase_led_by_a_verb_stays_over_the_title(figures_box: Page) -> None:
    assert figures_box.articles[1].kicker == "守护蔚蓝"


def test_an_edition_s_angle_bracket_navigation_is_no_column() -> None:
    """中国档案报's 数字报 (held-out set 62): 「＜上一版　　下一版＞」 beside the edition."""
    page = load_page_file(PAGES / "web_epaper_angle_nav.txt")
    assert page.articles[0].column == "中国档案报数字报 第3版：理论与实践"


def test_a_font_size_switch_under_a_byline_is_no_paragraph() -> None:
    """… and 「字号：【大】【中】【小】」 under the review's byline."""
    page = load_page_file(PAGES / "web_epaper_angle_nav.txt")
    assert not any(p.text.startswith("字号") for p in page.articles[2].paragraphs)


@pytest.fixture(scope="module")
def unit_byline() -> Page:
    """镇平融媒's 微信 copy (held-out set 62): 「文｜中共镇平县委党校　韩晓梅」 under
    【理论之窗】 and the 编者按; a box 「学习问答｜党纪学习教育，这些问题要弄清」 of 问：/答：."""
    return load_page_file(PAGES / "wechat_unit_byline_box.txt")


def test_a_byline_under_an_editor_s_note_names_the_author(unit_byline: Page) -> None:
    assert unit_byline.articles[0].author == "韩晓梅"


def test_a_byline_s_unit_before_the_name_is_the_affiliation(unit_byline: Page) -> None:
    assert unit_byline.articles[0].affiliation == "中共镇平县委党校"


def test_a_box_tag_with_its_title_holds_its_questions(unit_byline: Page) -> None:
    asked = [p for p in unit_byline.articles[0].paragraphs if p.text.startswith(("问：", "答："))]
    assert {p.role for p in asked} == {"note"}


@pytest.fixture(scope="module")
def link_box() -> Page:
    """株洲日报 as a PDF extract (held-out set 63): a 【链接】 box with its own indent and width
    set into a sentence (「…热心」 / box / 「居民组建自治小组…」)."""
    return load_page_file(PAGES / "theory_pdf_link_box.txt")


def test_a_box_set_into_a_sentence_ends_at_a_wider_line(link_box: Page) -> None:
    assert any("热心居民组建自治小组" in p.text for p in link_box.articles[1].paragraphs)


def test_a_box_set_into_a_sentence_is_a_note(link_box: Page) -> None:
    box = next(p for p in link_box.articles[1].paragraphs if p.text.startswith("20世纪60年代初"))
    assert box.role == "note"


def test_a_box_set_into_a_sentence_leaves_the_text_whole(link_box: Page) -> None:
    assert len([p for p in link_box.articles[1].paragraphs if not p.role]) == 10


@pytest.fixture(scope="module")
def pieces_and_review() -> Page:
    """嘉兴日报's 数字报 (held-out set 63): 「版面导航：01版：要闻 | 02版：…」, a 专家笔谈 of three
    pieces at the top, a rule, then a review signed 「作者：沈丽华」 over its book's data."""
    return load_page_file(PAGES / "web_epaper_pieces_and_review.txt")


def test_a_byline_over_a_book_s_data_starts_a_review(pieces_and_review: Page) -> None:
    assert [a.author for a in pieces_and_review.articles[:4]] == [
        "许建平",
        "钱晓燕",
        "陆一鸣",
        "沈丽华",
    ]


def test_a_rule_over_a_title_is_no_lead_title(pieces_and_review: Page) -> None:
    assert pieces_and_review.articles[3].kicker == ""


def test_a_review_after_a_group_of_pieces_is_the_page_s(pieces_and_review: Page) -> None:
    assert pieces_and_review.articles[3].column == "嘉兴日报数字报 第07版：理论"


def test_the_pieces_under_a_group_s_tag_are_the_group_s(pieces_and_review: Page) -> None:
    assert "【专家笔谈】" in pieces_and_review.articles[2].column


def test_an_author_note_in_brackets_gives_the_affiliation() -> None:
    """扬州大学's site (held-out set 63): 「（作者简介：吴海燕，扬州大学…副教授，…）」."""
    page = load_page_file(PAGES / "web_university_bio_brackets.txt")
    assert page.articles[0].affiliation == "扬州大学马克思主义学院副教授，硕士生导师"


@pytest.fixture(scope="module")
def party_lesson() -> Page:
    """川民机关党建's 微信 copy (held-out set 63): a 微党课 whose speaker stands where a byline
    would (主讲人：何志强（…党支部书记）), a 学习问答 of Q：/A：."""
    return load_page_file(PAGES / "wechat_party_lesson.txt")


def test_a_party_lesson_s_speaker_is_its_author(party_lesson: Page) -> None:
    assert party_lesson.articles[0].author == "何志强"


def test_a_party_lesson_s_speaker_s_post_is_the_affiliation(party_lesson: Page) -> None:
    assert party_lesson.articles[0].affiliation == "省民政厅养老服务处党支部书记"


def test_a_box_s_q_and_a_lines_are_notes(party_lesson: Page) -> None:
    asked = [p for p in party_lesson.articles[0].paragraphs if p.text.startswith(("Q：", "A："))]
    assert {p.role for p in asked} == {"note"}


# -- held-out set 64 -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def article_fields() -> Page:
    """中国银行保险报's 数字报 (held-out set 64): articles set apart by rules of ————, each
    with its fields on one line under the title (作者：许文博　　来源：…　　发布时间：…), a
    table pasted with tabs, an interview signed 本报记者, a review signed □ 周　宁."""
    return load_page_file(PAGES / "web_epaper_article_fields.txt")


def test_an_author_s_field_beside_the_others_starts_an_article(article_fields: Page) -> None:
    assert [a.author for a in article_fields.articles[:3]] == [
        "许文博",
        "本报记者\u3000徐\u3000蕾",
        "周\u3000宁",
    ]


def test_an_article_signed_under_its_subtitle_starts_at_its_title(article_fields: Page) -> None:
    assert article_fields.articles[1].title == "让普惠金融更“普”更“惠”"


def test_a_rule_goes_on_in_no_line(article_fields: Page) -> None:
    assert not any(a.kicker.startswith("—") for a in article_fields.articles)


def test_a_table_s_rows_pasted_with_tabs_stay_rows(article_fields: Page) -> None:
    """(after the affiliation: the page's, each row whole)"""
    assert "2022\t28004\t19.8\t20978\t14.9" in article_fields.meta


def test_a_table_s_rows_are_no_text(article_fields: Page) -> None:
    assert not any("\t" in p.text for a in article_fields.articles for p in a.paragraphs)


def test_the_fields_and_font_switch_under_a_byline_are_no_text(article_fields: Page) -> None:
    first = next(p.text for p in article_fields.articles[1].paragraphs if not p.role)
    assert first.startswith("普惠金融是金融“五篇大文章”之一")


def test_a_rest_s_mark_opening_its_text_opens_a_rest() -> None:
    """中国化工报 as a PDF extract (held-out set 64): 「牢牢守住安全生产底线」 over 「（上接第1版）
    全过程、各环节…」 under the 笔谈's last piece."""
    page = load_page_file(PAGES / "theory_pdf_rest_glued.txt")
    rest = next(a for a in page.articles if a.continues)
    assert rest.title == "牢牢守住安全生产底线"


def test_a_table_s_rows_inside_a_text_are_notes() -> None:
    text = (
        "理论\n坚定理想信念　担当时代使命\n□周　明\n"
        "我国老年人口持续增加，养老服务需求日益多样，必须加快构建养老服务体系。\n"
        "年份\t60周岁及以上人口（万人）\t占全国人口比重（%）\n"
        "2023\t29697\t21.1\n"
        "2024\t31031\t22.0\n"
        "要以更大力度发展养老事业和养老产业，让老年人老有所养、老有所依、老有所乐、老有所安。\n"
    )
    [article] = parse_document(text, "tabs.txt").articles
    assert [p.role for p in article.paragraphs] == ["", "note", "note", "note", ""]


def test_a_title_broken_before_its_last_noun_is_one_title() -> None:
    """中国化工报 (held-out set 64): 「深入学习贯彻习近平经济思想」 / 「因地制宜培育石化化工
    行业」 / 「新质生产力」 / ——副题: the lead, then one title."""
    page = load_page_file(PAGES / "theory_pdf_rest_glued.txt")
    assert page.articles[0].title_lines[:2] == (
        "深入学习贯彻习近平经济思想",
        "因地制宜培育石化化工行业新质生产力",
    )


def test_each_article_of_a_web_edition_is_filed_under_its_source(article_fields: Page) -> None:
    """「来源：中国银行保险报」 under each title: never the file's name."""
    assert {a.column for a in article_fields.articles} == {"中国银行保险报"}


def test_a_web_copy_s_buttons_under_the_text_are_no_paragraph(article_fields: Page) -> None:
    """「【打印】　【关闭】」 under the 本报讯 story, 「读书」 (the next piece's tag) under the
    interview: the page's."""
    last = [a.paragraphs[-1].text for a in article_fields.articles]
    assert not any(t.startswith("【打印】") or t == "读书" for t in last)


def test_a_listed_post_s_title_that_asks_is_no_text() -> None:
    """「往期推荐」 over 「【学习问答】党纪学习教育的目标要求是什么？」: another post's title."""
    page = load_page_file(PAGES / "wechat_pieces.txt")
    asked = next(p for p in page.articles[-1].paragraphs if p.text.endswith("是什么？"))
    assert asked.role == "note"


# -- held-out set 65 -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def party_site() -> Page:
    """四川党建网 (held-out set 65): 「您当前的位置：首页 > …」 over the title, its fields on one
    line with the font switch (2025-09-16 09:32　　来源：…　　作者：王敏　　【字体：大 中 小】)."""
    return load_page_file(PAGES / "web_party_site_breadcrumb.txt")


def test_a_breadcrumb_over_the_title_is_no_title(party_site: Page) -> None:
    assert party_site.articles[0].title == "以钉钉子精神推进作风建设常态化长效化"


def test_an_author_s_field_ends_at_a_switch_beside_it(party_site: Page) -> None:
    assert party_site.articles[0].author == "王敏"


def test_a_title_ending_in_a_head_s_word_is_no_speaker() -> None:
    """…作风建设常态化长效化: 「长」 there is no 市长's (drafts.SPEAKER)."""
    from bot.core.drafts import SPEAKER

    assert SPEAKER.match("以钉钉子精神推进作风建设常态化长效化") is None


def test_an_edition_s_issue_navigation_is_no_column() -> None:
    """襄阳日报's 数字报 (held-out set 65): 「〈上一期　下一期〉」, a rule and the title list's
    「· 学习问答｜…」 under the head."""
    page = load_page_file(PAGES / "web_epaper_issue_nav.txt")
    assert page.articles[0].column == "襄阳日报数字报 第05版：理论周刊"


def test_a_story_whose_reporter_is_unbracketed_is_a_story() -> None:
    """中国冶金报 (held-out set 65): 「本报讯　记者孙浩报道　4月22日，…」 under its title."""
    page = load_page_file(PAGES / "theory_pdf_news_unbracketed.txt")
    assert page.articles[-1].author == "孙浩"


@pytest.fixture(scope="module")
def site_foot() -> Page:
    """西南大学's site (held-out set 65): 「赵明轩（西南大学…副教授）」 atop the text, and under it
    【打印】　【关闭】, 上一条：…, 下一条：…, Copyright, 地址：…, 邮编：…."""
    return load_page_file(PAGES / "web_university_site_foot.txt")


def test_a_site_s_foot_is_no_text(site_foot: Page) -> None:
    assert site_foot.articles[0].paragraphs[-1].text.startswith("2019年3月18日")


def test_a_name_with_its_post_atop_the_text_is_the_byline(site_foot: Page) -> None:
    assert site_foot.articles[0].affiliation == "西南大学马克思主义学院副教授"


def test_a_name_with_its_post_atop_the_text_is_no_paragraph(site_foot: Page) -> None:
    assert site_foot.articles[0].paragraphs[0].text.startswith("2023年10月")


@pytest.fixture(scope="module")
def wrapped_heads() -> Page:
    """中国新闻出版广电报 as a PDF extract (held-out set 66): its credits line over the lead title,
    a title whose second line opens with 的, numbered headings in larger type wrapped at their
    own width (「二、以优质内容供给夯实文化自」 / 「信的根基」), a running masthead with the page's
    name under it set into a sentence, 「《书香里的中国》书影　出版方供图」, and a news story's
    title over two lines (「“出版业与新质生产力”学术」 / 「研讨会在京举行」)."""
    return load_page_file(PAGES / "theory_pdf_wrapped_heads.txt")


def test_a_title_line_opening_with_de_goes_on_from_the_line_above(wrapped_heads: Page) -> None:
    assert wrapped_heads.articles[0].title == "以全民阅读涵养文化自信的深厚底气"


def test_a_credits_line_runs_into_no_lead_title(wrapped_heads: Page) -> None:
    assert wrapped_heads.articles[0].kicker == "深入学习贯彻习近平文化思想"


def test_a_heading_wrapped_at_its_own_width_is_one_heading(wrapped_heads: Page) -> None:
    headings = [p.text for p in wrapped_heads.articles[0].paragraphs if p.role == "heading"]
    assert headings[1] == "二、以优质内容供给夯实文化自信的根基"


def test_a_heading_s_second_line_starts_no_article(wrapped_heads: Page) -> None:
    assert len(wrapped_heads.articles) == 3


def test_a_running_head_and_the_page_s_name_break_no_sentence(wrapped_heads: Page) -> None:
    assert any(
        "看待世界的方式；一个社会的阅读风尚" in p.text
        for p in wrapped_heads.articles[0].paragraphs
    )


def test_a_book_s_cover_over_its_review_is_a_caption(wrapped_heads: Page) -> None:
    cover = next(p for p in wrapped_heads.articles[1].paragraphs if "书影" in p.text)
    assert cover.role == "caption"


def test_what_a_meeting_was_on_over_the_meeting_is_one_title(wrapped_heads: Page) -> None:
    assert wrapped_heads.articles[2].title == "“出版业与新质生产力”学术研讨会在京举行"


@pytest.fixture(scope="module")
def reflowed_pieces() -> Page:
    """中共杭州市委党校学报 copied from its PDF and re-flowed (held-out set 66): a 笔谈 of three
    pieces, one by 「何晓岚1，王振宇2」 over 「（1.…，浙江 杭州 310024；2.…）」; a paragraph a page
    break cut around the page's foot (［收稿日期］, ［作者简介］, ·4·, the running head); a
    paragraph ending 「…作出部署。①」."""
    return load_page_file(PAGES / "journal_reflowed_pieces.txt")


def test_authors_numbered_by_their_units_sign_a_piece(reflowed_pieces: Page) -> None:
    assert [a.author for a in reflowed_pieces.articles] == ["沈嘉禾", "何晓岚、王振宇", "陆一鸣"]


def test_numbered_units_are_the_affiliation(reflowed_pieces: Page) -> None:
    assert reflowed_pieces.articles[1].affiliation == (
        "中共杭州市委党校 社会学教研部；杭州市拱墅区民政局"
    )


def test_a_unit_under_the_column_s_note_is_the_affiliation(reflowed_pieces: Page) -> None:
    assert reflowed_pieces.articles[0].affiliation == "中共杭州市委党校 法学教研部"


def test_a_page_s_foot_in_a_reflowed_paragraph_leaves_it_whole(reflowed_pieces: Page) -> None:
    assert any(
        "使用生产要素、公平参与市场竞争" in p.text for p in reflowed_pieces.articles[0].paragraphs
    )


def test_a_note_s_mark_after_a_full_stop_ends_the_paragraph(reflowed_pieces: Page) -> None:
    body = [p for p in reflowed_pieces.articles[2].paragraphs if not p.role]
    assert len(body) == 9


@pytest.fixture(scope="module")
def interview_subtitle() -> Page:
    """中国医药报 as a PDF extract (held-out set 67): an interview's subtitle over two lines
    (「——访华中药学院医药产业」 / 「发展研究中心主任程远航」)."""
    return load_page_file(PAGES / "theory_pdf_interview_subtitle.txt")


def test_a_subtitle_over_two_lines_is_one_subtitle(interview_subtitle: Page) -> None:
    assert (
        interview_subtitle.articles[1].subtitle == "——访华中药学院医药产业发展研究中心主任程远航"
    )


@pytest.fixture(scope="module")
def piece_signed_inside() -> Page:
    """珠海特区报's 数字报 (held-out set 67): a 专家笔谈 whose third piece follows the second's
    text with no byline, signed at its end 「（周婉婷　作者系…特约研究员）」; the second signed
    「■ 中共珠海市委党校经济学教研部教授　李晓峰」."""
    return load_page_file(PAGES / "web_epaper_piece_signed_inside.txt")


def test_a_piece_signed_at_its_end_follows_a_piece_signed_at_its_top(
    piece_signed_inside: Page,
) -> None:
    assert [a.title for a in piece_signed_inside.articles[:3]] == [
        "依法平等保护：让民营企业吃下“定心丸”",
        "公平竞争：营造一视同仁的市场环境",
        "服务保障：把法律条文转化为发展实效",
    ]


def test_a_name_inside_the_closing_brackets_signs_the_piece(piece_signed_inside: Page) -> None:
    assert piece_signed_inside.articles[2].author == "周婉婷"


def test_a_professor_s_unit_before_the_name_is_the_affiliation(piece_signed_inside: Page) -> None:
    assert piece_signed_inside.articles[1].affiliation == "中共珠海市委党校经济学教研部教授"


@pytest.fixture(scope="module")
def wechat_header_lines() -> Page:
    """株洲机关党建's 微信 copy (held-out set 67): 「原创 刘畅 株洲机关党建」, 「株洲机关党建」 and
    「2025年04月15日 08:00 湖南」 on lines of their own; a 📚 学习问答 box under the closing
    「（作者单位：株洲市直机关工委宣传部）」."""
    return load_page_file(PAGES / "wechat_header_lines.txt")


def test_an_original_post_s_line_without_its_date_names_the_author(
    wechat_header_lines: Page,
) -> None:
    assert wechat_header_lines.articles[0].author == "刘畅"


def test_the_account_s_name_under_it_is_no_paragraph(wechat_header_lines: Page) -> None:
    assert not any(p.text == "株洲机关党建" for p in wechat_header_lines.articles[0].paragraphs)


def test_a_study_box_under_the_closing_line_is_no_text(wechat_header_lines: Page) -> None:
    assert not any(p.text.startswith("问：") for p in wechat_header_lines.articles[0].paragraphs)


def test_the_closing_line_over_a_study_box_is_the_affiliation(wechat_header_lines: Page) -> None:
    assert wechat_header_lines.articles[0].affiliation == "株洲市直机关工委宣传部"


@pytest.fixture(scope="module")
def story_set_in() -> Page:
    """中国商报 as a PDF extract (held-out set 68): a 本报讯 story boxed into an article's column
    where a sentence broke (「…借助公共服」 / 「民营经济高质量发展」 / 「理论研讨会在京举行」 /
    「本报讯（记者 王丹）…」 / 「务平台“轻量化”上云用数…」)."""
    return load_page_file(PAGES / "theory_pdf_story_set_in.txt")


def test_a_story_boxed_into_a_sentence_leaves_it_whole(story_set_in: Page) -> None:
    assert any("借助公共服务平台" in p.text for p in story_set_in.articles[1].paragraphs)


def test_a_story_boxed_into_a_column_starts_no_article(story_set_in: Page) -> None:
    assert len(story_set_in.articles) == 2


def test_a_story_boxed_into_a_column_is_a_note(story_set_in: Page) -> None:
    story = next(p for p in story_set_in.articles[1].paragraphs if p.text.startswith("本报讯"))
    assert story.role == "note"


def test_the_article_a_story_was_boxed_into_keeps_its_closing(story_set_in: Page) -> None:
    assert story_set_in.articles[1].affiliation == "浙江工商大学现代商贸研究中心"


@pytest.fixture(scope="module")
def party_school_paper() -> Page:
    """A 区委党校's site (held-out set 68): 「作者：沈佳怡」 among the fields, then 「沈佳怡」
    alone over the unit; headings 一、二、三、 and 结语."""
    return load_page_file(PAGES / "web_party_school_paper.txt")


def test_the_author_s_name_alone_under_the_fields_is_no_text(party_school_paper: Page) -> None:
    assert not any(p.text == "沈佳怡" for p in party_school_paper.articles[0].paragraphs)


def test_a_closing_section_s_name_is_a_heading(party_school_paper: Page) -> None:
    closing = next(p for p in party_school_paper.articles[0].paragraphs if p.text == "结语")
    assert closing.role == "heading"


@pytest.fixture(scope="module")
def review_under_notice() -> Page:
    """泉州晚报's 数字报 (held-out set 68): a 公益广告 (its label, two slogans, its sponsors)
    between two articles; a review whose book data and picture stand between its title and its
    text, signed at its end 「〔作者：郭雅琴，…〕」."""
    return load_page_file(PAGES / "web_epaper_review_under_notice.txt")


def test_a_review_with_its_book_over_its_text_is_an_article(review_under_notice: Page) -> None:
    assert review_under_notice.articles[2].title == "在历史纵深中读懂“海丝”与现代化"


def test_a_review_signed_at_its_end_names_its_author(review_under_notice: Page) -> None:
    assert review_under_notice.articles[2].author == "郭雅琴"


def test_a_public_notice_is_no_lead_title(review_under_notice: Page) -> None:
    assert review_under_notice.articles[2].kicker == ""


def test_a_public_notice_is_no_paragraph_of_the_article_before(
    review_under_notice: Page,
) -> None:
    assert not any("讲文明" in p.text for p in review_under_notice.articles[1].paragraphs)


@pytest.fixture(scope="module")
def in_title_wrapped() -> Page:
    """中国残疾人报 as a PDF extract (held-out set 69): a title broken inside its 在…中
    (「推动残疾人事业在中国式现代化」 / 「进程中高质量发展」); 「本版征稿」 and its text under the
    page's last story."""
    return load_page_file(PAGES / "theory_pdf_in_title_wrapped.txt")


def test_a_title_broken_inside_its_zai_phrase_is_one_title(in_title_wrapped: Page) -> None:
    assert in_title_wrapped.articles[0].title == "推动残疾人事业在中国式现代化进程中高质量发展"


def test_a_call_for_papers_is_no_paragraph_of_the_last_story(in_title_wrapped: Page) -> None:
    assert not any("欢迎赐稿" in p.text for p in in_title_wrapped.articles[-1].paragraphs)


@pytest.fixture(scope="module")
def company_box() -> Page:
    """A 国企党委's 微信 copy (held-out set 69): 「◎集团党委书记、董事长 王建国」; a box
    「【学习问答】党纪学习教育应知应会」 of 问：/答：; credits 「来源｜…」, 「编辑｜…」."""
    return load_page_file(PAGES / "wechat_company_box.txt")


def test_a_chairman_s_post_before_the_name_is_the_affiliation(company_box: Page) -> None:
    assert company_box.articles[0].affiliation == "集团党委书记、董事长"


def test_a_box_tag_in_brackets_with_its_title_holds_its_questions(company_box: Page) -> None:
    asked = [p for p in company_box.articles[0].paragraphs if p.text.startswith(("问：", "答："))]
    assert {p.role for p in asked} == {"note"}


def test_credits_set_apart_by_bars_are_no_text(company_box: Page) -> None:
    assert not any(
        p.text.startswith("来源｜") and not p.role for p in company_box.articles[0].paragraphs
    )


def test_a_title_line_opening_with_a_bound_head_goes_on_from_the_line_above(
    interview_subtitle: Page,
) -> None:
    """「因地制宜发展医药」 / 「领域新质生产力」: no title opens with 领域."""
    assert interview_subtitle.articles[1].title == "因地制宜发展医药领域新质生产力"


def test_the_weather_beside_the_date_is_no_column(review_under_notice: Page) -> None:
    """泉州晚报: 「2025年07月08日　星期二　　泉州天气：多云转雷阵雨　27℃～34℃」."""
    assert "天气" not in review_under_notice.articles[1].column


def test_a_line_of_the_weather_alone_is_no_column(piece_signed_inside: Page) -> None:
    """珠海特区报: 「珠海　多云转雷阵雨　26℃～32℃　南风2～3级」, a temperature range."""
    assert "℃" not in piece_signed_inside.articles[-1].column


@pytest.fixture(scope="module")
def group_topic() -> Page:
    """中国食品安全报 (held-out set 68): 「专家笔谈」 over its topic 「健全食品安全治理体系　守护
    “舌尖上的安全”」 over the first piece's title."""
    return load_page_file(PAGES / "pieces_group_topic.txt")


def test_a_group_s_topic_under_its_tag_is_no_lead_title_of_its_first_piece(
    group_topic: Page,
) -> None:
    assert group_topic.articles[0].kicker == ""


def test_a_group_s_topic_under_its_tag_is_the_first_piece_s_column(group_topic: Page) -> None:
    assert group_topic.articles[0].column.endswith("健全食品安全治理体系　守护“舌尖上的安全”")


def test_a_story_of_one_paragraph_leaves_the_next_title_its_own() -> None:
    """中国民航报 as a PDF extract (held-out set 70): a 本报讯 story of one paragraph, then
    「以严明纪律守护安全底线」 / 「——关于…的思考」 / 「□ 刘晓岚」: the title had ended the
    story."""
    page = load_page_file(PAGES / "theory_pdf_story_then_title.txt")
    assert page.articles[2].title == "以严明纪律守护安全底线"


@pytest.fixture(scope="module")
def portrait_page() -> Page:
    """中国建设报's 数字报 (held-out set 70): an interview whose byline 「本报记者　孟　然」
    stands over the interviewee's portrait captioned 「郑怀远」; 「〔作者：何静，…教授〕」 under a
    title; a review signed 「（韩笑，作者系…）」; a 广告 and the page's notices under the last
    story."""
    return load_page_file(PAGES / "web_epaper_portrait_bracket_byline.txt")


def test_a_portrait_under_a_reporter_s_byline_leaves_it_a_byline(portrait_page: Page) -> None:
    assert [a.title for a in portrait_page.articles][:3] == [
        "以城市更新为抓手 建设现代化人民城市",
        "把人民城市理念贯穿城市工作全过程",
        "读懂城市更新的中国逻辑",
    ]


def test_a_portrait_s_name_alone_is_its_caption(portrait_page: Page) -> None:
    portrait = portrait_page.articles[0].paragraphs[0]
    assert (portrait.text, portrait.role) == ("郑怀远", "caption")


def test_an_author_in_brackets_under_the_title_is_the_byline(portrait_page: Page) -> None:
    assert portrait_page.articles[1].author == "何静"


def test_a_name_and_comma_inside_the_closing_brackets_signs_it(portrait_page: Page) -> None:
    assert portrait_page.articles[2].author == "韩笑"


def test_an_advertisement_and_the_page_s_notices_are_no_text(portrait_page: Page) -> None:
    assert [p.text[:7] for p in portrait_page.articles[-1].paragraphs if not p.role] == [
        "新华社北京9月"
    ]


@pytest.fixture(scope="module")
def group_mid_page() -> Page:
    """中国安全生产报's 数字报 (held-out set 71): 「本版新闻导航」 over its titles; 「往期回顾
    |　PDF版下载　|　返回首页」; a 专家笔谈 (its tag, topic and 编者按) under the first article's
    closing; a box 「【数据】华晟能源集团…情况」 with its items."""
    return load_page_file(PAGES / "web_epaper_group_mid_page.txt")


def test_a_page_s_list_of_its_news_is_no_lead_title(group_mid_page: Page) -> None:
    assert group_mid_page.articles[0].kicker == "深入学习贯彻党的二十届三中全会精神"


def test_an_edition_s_links_are_no_column(group_mid_page: Page) -> None:
    assert "往期回顾" not in group_mid_page.articles[0].column


def test_a_group_under_an_article_s_end_is_no_note_of_it(group_mid_page: Page) -> None:
    assert not any("专家笔谈" in p.text for p in group_mid_page.articles[0].paragraphs)


def test_a_group_under_an_article_s_end_is_its_first_piece_s_column(group_mid_page: Page) -> None:
    assert group_mid_page.articles[1].column.startswith("专家笔谈")


def test_a_group_s_editor_s_note_is_its_first_piece_s_note(group_mid_page: Page) -> None:
    assert group_mid_page.articles[1].paragraphs[0].role == "note"


def test_a_data_tag_with_its_title_holds_its_items(group_mid_page: Page) -> None:
    items = [p for p in group_mid_page.articles[2].paragraphs if p.text.startswith("·")]
    assert {p.role for p in items} == {"note"}


def test_a_title_line_ending_in_a_quoted_name_goes_on() -> None:
    """九江日报 as a PDF extract (held-out set 71): 「以新时代“枫桥经验”」 / 「激活基层治理
    “一池春水”」."""
    page = load_page_file(PAGES / "theory_pdf_quoted_title.txt")
    assert page.articles[2].title == "以新时代“枫桥经验”激活基层治理“一池春水”"


def test_a_funded_project_note_is_no_part_of_the_affiliation() -> None:
    """A university's site (held-out set 70): 「（作者系…副教授。本文系吉林省…课题…）」."""
    page = load_page_file(PAGES / "web_university_funded.txt")
    assert page.articles[0].affiliation == "东北师范大学马克思主义学院副教授"


@pytest.fixture(scope="module")
def notice_label_under() -> Page:
    """芜湖日报 as a PDF extract (held-out set 72): an interview's subtitle filling the column
    over 「本报记者　汪晓雯」; a 公益广告 whose label is printed under its lines, over a story's
    title."""
    return load_page_file(PAGES / "theory_pdf_notice_label_under.txt")


def test_a_reporter_s_byline_under_a_full_subtitle_is_a_byline(notice_label_under: Page) -> None:
    assert notice_label_under.articles[1].author == "本报记者　汪晓雯"


def test_a_notice_labelled_under_its_lines_leaves_the_next_story(
    notice_label_under: Page,
) -> None:
    assert notice_label_under.articles[-1].paragraphs[0].text.startswith("本报讯")


def test_a_notice_labelled_under_its_lines_is_no_text(notice_label_under: Page) -> None:
    assert not any("讲文明" in p.text for a in notice_label_under.articles for p in a.paragraphs)


@pytest.fixture(scope="module")
def speaker_post_bar() -> Page:
    """A 街道党工委's 微信 copy (held-out set 72): the title again under the 编者按, then
    「主讲人｜清溪街道党工委书记　周海燕」 over the 微党课's text."""
    return load_page_file(PAGES / "wechat_speaker_post_bar.txt")


def test_a_speaker_with_the_post_before_the_name_signs_it(speaker_post_bar: Page) -> None:
    assert speaker_post_bar.articles[0].author == "周海燕"


def test_the_title_again_under_the_editor_s_note_is_no_text(speaker_post_bar: Page) -> None:
    title = speaker_post_bar.articles[0].title
    assert not any(p.text == title for p in speaker_post_bar.articles[0].paragraphs)


def test_a_marked_scene_in_a_wechat_copy_is_a_caption(speaker_post_bar: Page) -> None:
    """「▲4月26日，街道机关党支部开展党纪学习教育专题学习。」: a picture's caption, not a list's
    item (those have their label: ▲ 节假日前后：…)."""
    scene = next(
        p for p in speaker_post_bar.articles[0].paragraphs if p.text.startswith("▲4月26日")
    )
    assert scene.role == "caption"


def test_an_account_s_own_post_is_dated_by_its_original_line(speaker_post_bar: Page) -> None:
    """「原创 清溪街道党工委 清溪先锋 2024年05月20日 …」: a unit signs, the date is the post's (a
    new user's import preview had warned 没有找到发布日期)."""
    assert speaker_post_bar.articles[0].published == "2024-05-20"


@pytest.fixture(scope="module")
def journal_group() -> Page:
    """A 党校 journal's 笔谈 as a PDF extract (held-out set 73): its topic and the three authors
    over the 编者按, then three pieces, each titled over two lines over its author's name alone,
    the first pieces' 参考文献 ending over the next title; the 作者简介 of all three set into the
    first piece's third paragraph."""
    return load_page_file(PAGES / "journal_pdf_group_pieces.txt")


def test_a_journal_group_s_pieces_are_its_articles(journal_group: Page) -> None:
    assert [a.author for a in journal_group.articles] == ["周建华", "李慧敏", "王晨阳"]


def test_a_piece_s_title_broken_after_的_is_one_title(journal_group: Page) -> None:
    assert journal_group.articles[0].title == "健全因地制宜发展新质生产力的体制机制"


def test_a_journal_title_over_two_lines_is_no_lead_and_title(journal_group: Page) -> None:
    assert journal_group.articles[1].title == "在进一步全面深化改革中推进基层治理现代化"


def test_a_reference_ending_with_its_year_is_no_lead_title(journal_group: Page) -> None:
    assert journal_group.articles[2].kicker == ""


def test_a_reference_ending_with_its_year_stays_its_piece_s_note(journal_group: Page) -> None:
    notes = [p.text for p in journal_group.articles[1].paragraphs if p.role == "note"]
    assert notes[-1].startswith("[2]张立群")


def test_the_next_authors_bio_goes_on_in_the_note(journal_group: Page) -> None:
    """「…教授，博士；」 / 「李慧敏（1983—），女，…」: the note goes on, never the text."""
    assert not any(
        "李慧敏（1983" in p.text for p in journal_group.articles[0].paragraphs if not p.role
    )


def test_a_piece_s_author_is_placed_by_the_group_s_bio(journal_group: Page) -> None:
    assert journal_group.articles[0].affiliation == "中共江苏省委党校经济学教研部教授，博士"


@pytest.fixture(scope="module")
def journal_wrapped_title() -> Page:
    """A provincial 党校 journal as a PDF extract (held-out set 74): its title over two lines
    under the volume and the English date (「…Aug.2024」), a ——副题 under it."""
    return load_page_file(PAGES / "journal_pdf_wrapped_title.txt")


def test_a_journal_s_title_over_two_lines_is_one_title(journal_wrapped_title: Page) -> None:
    assert (
        journal_wrapped_title.articles[0].title
        == "铸牢中华民族共同体意识融入边疆民族地区基层治理的实践路径"
    )


def test_a_journal_s_english_date_is_no_lead_title(journal_wrapped_title: Page) -> None:
    assert journal_wrapped_title.articles[0].kicker == ""


@pytest.fixture(scope="module")
def data_tag_qr() -> Page:
    """中国矿业报 (held-out set 73): 「【数据】」 alone over its box's title and ● items; 「扫描
    二维码」 / 「阅读访谈全文」 over a 本报讯's title; 「自然资源部主管　中国矿业报社主办」 in the
    masthead."""
    return load_page_file(PAGES / "theory_data_tag_qr.txt")


def test_a_data_tag_alone_holds_its_box(data_tag_qr: Page) -> None:
    box = [p for p in data_tag_qr.articles[0].paragraphs if p.text.startswith(("【数据】", "●"))]
    assert {p.role for p in box} == {"note"}


def test_a_qr_prompt_over_a_story_is_no_column(data_tag_qr: Page) -> None:
    assert "二维码" not in data_tag_qr.articles[-1].column


def test_a_paper_s_sponsors_are_no_column(data_tag_qr: Page) -> None:
    assert "主办" not in data_tag_qr.articles[0].column


@pytest.fixture(scope="module")
def posted_names() -> Page:
    """南通日报 (held-out set 76): 「□ 季红梅（南通大学公共管理学院）　沈　阳（南通市老龄事业发展
    中心）」 under a title broken over two lines in a wide column (「以积极应对人口老龄化国家战略
    引领」 / 「“银发经济”高质量发展」); a 【数据链接】 box after the first article's closing
    line."""
    return load_page_file(PAGES / "theory_posted_names.txt")


def test_names_each_with_their_unit_are_a_byline(posted_names: Page) -> None:
    assert posted_names.articles[1].author == "季红梅　沈　阳"


def test_names_each_with_their_unit_place_each(posted_names: Page) -> None:
    assert (
        posted_names.articles[1].affiliation
        == "季红梅，南通大学公共管理学院；沈　阳，南通市老龄事业发展中心"
    )


def test_a_long_以_line_whose_verb_waits_goes_on_in_the_title(posted_names: Page) -> None:
    assert posted_names.articles[1].title == "以积极应对人口老龄化国家战略引领“银发经济”高质量发展"


def test_a_box_after_the_closing_line_holds_its_items(posted_names: Page) -> None:
    items = [p for p in posted_names.articles[0].paragraphs if p.text.startswith("●")]
    assert {p.role for p in items} == {"note"}


@pytest.fixture(scope="module")
def journal_colon_title() -> Page:
    """A provincial 党校 journal as a PDF extract (held-out set 76): its title broken after its
    colon, 「王雅琴，李　博」 over their unit broken inside its brackets, 「文章编号：
    1008-5955（」 / 「2025）03-0045-06」."""
    return load_page_file(PAGES / "journal_pdf_colon_title.txt")


def test_a_journal_title_broken_after_its_colon_is_one_title(journal_colon_title: Page) -> None:
    assert (
        journal_colon_title.articles[0].title == "党建引领城市社区治理现代化：逻辑理路与实践进路"
    )


def test_a_journal_s_names_set_apart_by_commas_sign_it(journal_colon_title: Page) -> None:
    assert journal_colon_title.articles[0].author == "王雅琴，李　博"


def test_a_journal_s_number_broken_in_its_brackets_is_no_text(journal_colon_title: Page) -> None:
    first = next(p for p in journal_colon_title.articles[0].paragraphs if not p.role)
    assert first.text.startswith("社区是城市治理的基本单元")


@pytest.fixture(scope="module")
def round_table_numbers() -> Page:
    """A 机关党建 微信 圆桌 (held-out set 76): four pieces numbered 01–04 over their titles, the
    last signed only at its end (「（作者：梁国栋　湛江市财政局机关党委书记）」); a picture's
    caption over the first."""
    return load_page_file(PAGES / "wechat_round_table_numbers.txt")


def test_a_numbered_piece_signed_at_its_end_is_an_article(round_table_numbers: Page) -> None:
    assert round_table_numbers.articles[-1].title == "把“关键少数”的示范作用发挥出来"


def test_a_closing_name_and_unit_set_apart_by_a_space_sign(round_table_numbers: Page) -> None:
    assert round_table_numbers.articles[-1].author == "梁国栋"


def test_a_closing_name_and_unit_set_apart_by_a_space_place(round_table_numbers: Page) -> None:
    assert round_table_numbers.articles[-1].affiliation == "湛江市财政局机关党委书记"


def test_a_caption_over_the_first_piece_is_no_column(round_table_numbers: Page) -> None:
    assert not round_table_numbers.articles[0].column.startswith("▲")


@pytest.fixture(scope="module")
def review_bracketed_name() -> Page:
    """晋城日报 (held-out set 75): a 书香晋城 review signed 「（段丽萍）」 over a 公益广告."""
    return load_page_file(PAGES / "theory_review_bracketed_name.txt")


def test_a_review_signed_by_a_name_in_brackets_is_an_article(review_bracketed_name: Page) -> None:
    assert review_bracketed_name.articles[-1].author == "段丽萍"


def test_a_name_in_brackets_is_no_affiliation(review_bracketed_name: Page) -> None:
    review = next(
        a for a in review_bracketed_name.articles if a.title == "在晋商精神中汲取奋进力量"
    )
    assert review.affiliation == ""


def test_a_public_notice_s_label_signs_no_story(review_bracketed_name: Page) -> None:
    assert all(a.author != "公益广告" for a in review_bracketed_name.articles)


def test_a_union_in_a_byline_s_brackets_is_its_post() -> None:
    """舟山日报 (held-out set 75): 「◎ 王丽娜（舟山市社会科学界联合会）」."""
    page = load_page_file(PAGES / "theory_pieces_union_post.txt")
    assert page.articles[1].affiliation == "舟山市社会科学界联合会"


@pytest.fixture(scope="module")
def account_posts() -> Page:
    """A 区人大常委会's 微信 copy (held-out set 78): 「原创 海淀人大 海淀人大 2024年09月23日
    …」 (the account posts), 「收录于合集 #学思践悟 1个」 on one line, 「编者按」 alone over its
    words, then 「文｜区人大常委会研究室　韩思远」 over the text."""
    return load_page_file(PAGES / "wechat_account_posts_byline_under_note.txt")


def test_an_account_posting_its_own_piece_is_no_author(account_posts: Page) -> None:
    assert account_posts.articles[0].author == "韩思远"


def test_a_byline_under_the_editor_s_words_places_its_author(account_posts: Page) -> None:
    assert account_posts.articles[0].affiliation == "区人大常委会研究室"


def test_a_collection_and_its_tag_on_one_line_are_no_text(account_posts: Page) -> None:
    assert not any("收录于合集" in p.text for p in account_posts.articles[0].paragraphs)


def test_a_numbered_heading_broken_over_its_first_subheading_is_one_heading() -> None:
    """A provincial 党校 journal as a PDF extract (held-out set 78): 「一、新时代“枫桥经验”与
    乡村治理现代化的内在契」 / 「合」 / 「（一）价值取向的契合」."""
    page = load_page_file(PAGES / "journal_pdf_heading_over_subheading.txt")
    headings = [p.text for p in page.articles[0].paragraphs if p.role == "heading"]
    assert headings[0] == "一、新时代“枫桥经验”与乡村治理现代化的内在契合"


def test_the_rest_of_an_article_is_not_warned_of_for_its_unit(
    review_bracketed_name: Page,
) -> None:
    """「（上接第1版）」 over a story's rest: its byline and unit are on the page it began on (a
    new user's import preview had warned 没有作者单位行)."""
    rest = review_bracketed_name.articles[0]
    assert rest.continues
    assert not rest.unplaced


def test_a_journal_s_numbered_names_under_its_subtitle_sign_it() -> None:
    """A provincial 党校 journal as a PDF extract (held-out set 79): 「——基于…的调查」 fills the
    column over 「马晓燕1，李文博2」; the names had run into the subtitle."""
    page = load_page_file(PAGES / "journal_pdf_names_under_subtitle.txt")
    assert page.articles[0].author == "马晓燕、李文博"


@pytest.fixture(scope="module")
def journal_centred_head() -> Page:
    """A provincial 党校 journal as a PDF extract (held-out set 80): its title, subtitle and
    names centred with spaces (indented like paragraphs), its authors' units with a bracketed
    name (中共四川省委党校（四川行政学院）)."""
    return load_page_file(PAGES / "journal_pdf_centred_head.txt")


def test_a_journal_s_centred_title_is_its_title(journal_centred_head: Page) -> None:
    assert (
        journal_centred_head.articles[0].title == "党建引领城市基层治理现代化的内在逻辑与实践路径"
    )


def test_a_journal_s_centred_names_sign_it(journal_centred_head: Page) -> None:
    assert journal_centred_head.articles[0].author == "王晓川、李　蕾"


def test_a_unit_with_a_bracketed_name_places_its_author(journal_centred_head: Page) -> None:
    assert journal_centred_head.articles[0].affiliation.startswith(
        "中共四川省委党校（四川行政学院）党的建设教研部"
    )


@pytest.fixture(scope="module")
def comment_form() -> Page:
    """A magazine's site (held-out set 81): an interview over 分享到：…, 上一篇：…, 相关阅读, a
    点击排行 list whose fifth item is the interview's own title, and 「发表评论」 over its form."""
    return load_page_file(PAGES / "web_interview_comment_form.txt")


def test_a_comment_prompt_under_a_listed_title_signs_nothing(comment_form: Page) -> None:
    assert comment_form.articles[0].title == "以制度型开放为牵引　在更高水平开放中彰显海关担当"


def test_a_site_s_share_row_and_links_are_no_text(comment_form: Page) -> None:
    shown = [p.text for p in comment_form.articles[0].paragraphs if not p.role]
    assert not any(t.startswith(("分享到", "上一篇", "验证码", "提交")) for t in shown)


@pytest.fixture(scope="module")
def signed_under_caption() -> Page:
    """岳阳日报 (held-out set 82): a picture's caption under the second article, then 「践行新时代
    “枫桥经验”」 / 「让矛盾纠纷在家门口化解」 over a piece signed only at its end 「（作者系华容
    县委政法委副书记　汤志强）」."""
    return load_page_file(PAGES / "theory_signed_post_name_under_caption.txt")


def test_a_piece_under_a_caption_signed_at_its_end_is_an_article(
    signed_under_caption: Page,
) -> None:
    assert signed_under_caption.articles[2].title == "让矛盾纠纷在家门口化解"


def test_a_closing_post_then_name_names_the_author(signed_under_caption: Page) -> None:
    assert signed_under_caption.articles[2].author == "汤志强"


def test_a_closing_post_then_name_places_without_作者系(signed_under_caption: Page) -> None:
    assert signed_under_caption.articles[2].affiliation == "华容县委政法委副书记"


@pytest.fixture(scope="module")
def superscript_names() -> Page:
    """A provincial 党校 journal as a PDF extract (held-out set 83): 「孙立新¹，韩　雪²」 over
    their units wrapped over two lines, then 「摘　要：…」 at its own width."""
    return load_page_file(PAGES / "journal_pdf_superscript_names.txt")


def test_names_numbered_with_superscripts_sign_it(superscript_names: Page) -> None:
    assert superscript_names.articles[0].author == "孙立新、韩　雪"


def test_an_abstract_never_goes_on_in_the_units_line(superscript_names: Page) -> None:
    title = superscript_names.articles[0].title
    assert title == "积极应对人口老龄化推动吉林全面振兴的现实逻辑与实践路径"


def test_a_running_head_of_several_authors_breaks_no_sentence(superscript_names: Page) -> None:
    """「·58·」 / 「孙立新，等：积极应对…实践路径」 (the first author and 等) between the two
    halves of the closing sentence: the page's, not the sentence's."""
    texts = [p.text for p in superscript_names.articles[0].paragraphs if not p.role]
    assert texts[-1].endswith("形成全社会积极应对人口老龄化的强大合力。")


# -- what a page says of itself at its foot (held-out set 83, and the sets before it) -------

PAGE_FOOT = [
    "本报所有稿件及图片版权归德阳日报社所有，未经书面授权不得转载、摘编。",
    "版权声明：本报刊发的所有作品，未经本报书面授权，任何单位和个人不得转载、摘编。",
    "本网站所刊登的珠海特区报各种新闻、信息，均为珠海特区报社版权所有，未经协议授权，禁止下载使用。",
    "版权所有　未经许可不得转载",
    "本版文章仅代表作者个人观点，转载请注明出处。",
    "征稿启事：本版常年刊发理论文章，欢迎踊跃投稿。来稿请注明作者单位和联系方式。",
    "欢迎赐稿，来稿请注明“理论版投稿”字样，并附作者单位、职务及联系方式。",
    "全国各地邮局（所）均可订阅　　订阅咨询请拨打11185",
]


@pytest.mark.parametrize("line", PAGE_FOOT)
def test_a_page_s_foot_under_the_last_article_is_not_its_text(line: str) -> None:
    text = (
        "理论\n\n以学促干推动作风建设常态长效\n\n□ 刘建军\n\n"
        + "正文的一句话，讲清一个道理。" * 6
        + "\n\n"
        + "\n\n（作者单位：中共德阳市委党校）\n\n市委理论学习中心组举行专题学习\n\n"
        + "本报讯（记者 张丽）4月18日，市委理论学习中心组举行今年第四次集体学习。" * 2
        + "\n\n"
        + line
        + "\n"
    )
    paragraphs = parse_page(text, "p.txt").articles[-1].paragraphs
    assert not any(line[:8] in p.text for p in paragraphs)


def test_a_call_for_papers_after_a_continuation_mark_is_the_page_s() -> None:
    """景德镇日报 (held-out set 83): an article broken off by 「（下转第4版）」 mid-sentence, then
    「征稿启事：本版常年刊发理论文章，…」 — which had been read as the rest of its sentence."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-83/page_4.txt")
    texts = [p.text for p in page.articles[-1].paragraphs if not p.role]
    assert texts[-1].endswith("推动茶园变公园、茶区变景区，")


@pytest.fixture(scope="module")
def lecture_end() -> Article:
    """The 党课 of held-out set 43, copied from a paper's site: after 「谢谢大家！」 its notes
    (「注释：」 / [1] … / [2] …), its source 「（来源：《中国石油报》…）」 and its editor
    「责任编辑：赵雅琴」."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-43/page_1.txt")
    return page.articles[-1]


def test_a_speech_s_last_words_close_its_text(lecture_end: Article) -> None:
    texts = [p.text for p in lecture_end.paragraphs if not p.role]
    assert texts[-1] == "谢谢大家！"


def test_a_speech_s_notes_are_no_text_of_it(lecture_end: Article) -> None:
    """(its notes, read as one article now, are end matter: the page's)"""
    assert not [p for p in lecture_end.paragraphs if p.text.startswith(("注释", "[1]", "[2]"))]


def test_a_speech_s_editor_credit_is_dropped(lecture_end: Article) -> None:
    assert not any(p.text.startswith("责任编辑") for p in lecture_end.paragraphs)


# -- held-out set 84 -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def data_box_then_signed() -> Page:
    """中国石油报 from its 数字报 (held-out set 84): 「本版新闻」 listing the page's titles, an
    article broken off by 「（下转第6版）」, a box 「■数据」 / its title / four 「●…」 /
    「（数据来源：…）」, then a piece with no byline signed only at its end 「（作者：孙立群，…
    教授）」."""
    return load_page_file(PAGES / "theory_data_box_then_piece_signed_at_end.txt")


def test_a_piece_after_a_box_of_figures_signed_at_its_end_is_an_article(
    data_box_then_signed: Page,
) -> None:
    titles = [a.title for a in data_box_then_signed.articles]
    assert titles[1] == "让大庆精神铁人精神在新征程上焕发时代光芒"


def test_a_piece_after_a_box_of_figures_is_signed_by_its_closing(
    data_box_then_signed: Page,
) -> None:
    assert data_box_then_signed.articles[1].author == "孙立群"


def test_an_article_broken_off_takes_no_unit_from_the_piece_after(
    data_box_then_signed: Page,
) -> None:
    assert data_box_then_signed.articles[0].affiliation == ""


def test_a_digital_edition_s_list_of_news_is_no_column(data_box_then_signed: Page) -> None:
    """「本版新闻」 and its 「·…」 titles, and the head printed again under the viewer's
    (「中国石油报」, 「理论」): listed once, under the paper and its edition."""
    assert data_box_then_signed.articles[0].column == "中国石油报 第05版：理论"


def test_a_share_bar_one_target_a_line_is_the_page_s() -> None:
    """东北网 (held-out set 84): 「分享到：」 / 「微信」 / 「微博」 / 「QQ空间」 / 「复制链接」
    over the text had been read as a title 「QQ空间」 signed 「复制链接」."""
    page = load_page_file(PAGES / "web_share_bar_one_a_line.txt")
    assert [(a.title, a.author) for a in page.articles] == [
        ("以冰雪经济为牵引培育龙江发展新动能", "周振宇")
    ]


@pytest.fixture(scope="module")
def editor_over_wen_bar() -> Article:
    """共产党人杂志's 微信 copy (held-out set 84): 「原创 刘佳 共产党人杂志 2023年07月18日…」
    names the account's editor (「编辑｜刘　佳」 at the foot); 「👆」, 「导读：…」, then
    「文｜白志强」."""
    return load_page_file(PAGES / "wechat_editor_over_wen_bar.txt").articles[0]


def test_a_wen_bar_over_the_text_signs_it_over_the_account_s_name(
    editor_over_wen_bar: Article,
) -> None:
    assert editor_over_wen_bar.author == "白志强"


def test_a_lead_under_导读_is_a_note(editor_over_wen_bar: Article) -> None:
    roles = [p.role for p in editor_over_wen_bar.paragraphs if p.text.startswith("导读：")]
    assert roles == ["note"]


def test_a_pointing_hand_is_no_heading(editor_over_wen_bar: Article) -> None:
    assert not any(p.text == "👆" for p in editor_over_wen_bar.paragraphs)


# -- held-out set 85 -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def unmarked_posted_names() -> Page:
    """遵义日报 (held-out set 85): the last piece signed 「赵明远（贵州大学公共管理学院）　吴　霞
    （中共习水县委党校）」 with no mark before it, broken off by 「（下转第4版）」 over the page's
    imprint 「遵义日报社出版　地址：…　邮编：563000　广告热线：…」."""
    return load_page_file(PAGES / "theory_unmarked_posted_names.txt")


def test_names_each_with_their_unit_unmarked_sign_a_piece(unmarked_posted_names: Page) -> None:
    assert unmarked_posted_names.articles[-1].author == "赵明远　吴　霞"


def test_names_each_with_their_unit_unmarked_place_them(unmarked_posted_names: Page) -> None:
    unit = unmarked_posted_names.articles[-1].affiliation
    assert unit == "赵明远，贵州大学公共管理学院；吴　霞，中共习水县委党校"


def test_a_page_s_imprint_is_no_text(unmarked_posted_names: Page) -> None:
    texts = [p.text for p in unmarked_posted_names.articles[-1].paragraphs]
    assert not any("广告热线" in t for t in texts)


def test_the_day_a_site_s_head_shows_is_no_title_s_date() -> None:
    """云岭先锋网 (held-out set 85): 「云岭先锋网」 / 「中共云南省委组织部主办」 / 「2024年6月21日
    星期五」 over its menus one word a line, the breadcrumb, the title, then 来源：… 作者：…
    发布时间：… and a share bar one target a line — the site's name had been the title."""
    page = load_page_file(PAGES / "web_site_day_over_menus.txt")
    assert [(a.title, a.author) for a in page.articles] == [
        ("抓党建促边境治理　守好祖国西南“南大门”", "岩香南 李春梅")
    ]


@pytest.fixture(scope="module")
def group_names_over_pieces() -> Page:
    """宁夏党校学报's 笔谈 as a PDF extract (held-out set 84): 「马　伟1，杨丽娟2，纳　静3」 under
    the group's topic; each piece's title broken at its own width (「健全因地制宜发展新质
    生产力体」 / 「制机制」, 「深化生态文明体制改革　守护」 / 「黄河安澜」), a name the group's
    line gives alone under it."""
    return load_page_file(PAGES / "journal_pdf_group_names_over_pieces.txt")


def test_a_group_s_names_sign_its_pieces(group_names_over_pieces: Page) -> None:
    assert [a.author for a in group_names_over_pieces.articles] == ["马　伟", "杨丽娟", "纳　静"]


def test_a_title_s_tail_as_short_as_a_name_stays_in_the_title(
    group_names_over_pieces: Page,
) -> None:
    assert [a.title for a in group_names_over_pieces.articles][:2] == [
        "健全因地制宜发展新质生产力体制机制",
        "深化生态文明体制改革　守护黄河安澜",
    ]


@pytest.fixture(scope="module")
def title_over_page_foot() -> Page:
    """海南大学学报's 笔谈 as a PDF extract (held-out set 85): the first piece's title at the
    first page's foot, over a rule, 收稿日期, 基金项目 and 作者简介 and the next page's running
    head; then 「邢丽娜」 / 「（海南师范大学 经济与管理学院，…）」; 「参 考 文 献」 spaced out."""
    return load_page_file(PAGES / "journal_pdf_title_over_page_foot.txt")


def test_a_title_over_a_page_s_foot_is_its_piece_s(title_over_page_foot: Page) -> None:
    first = title_over_page_foot.articles[0]
    assert (first.title, first.author) == (
        "新质生产力视域下海南热带特色高效农业的转型路径",
        "邢丽娜",
    )


def test_a_page_s_footnotes_under_a_moved_title_are_notes(title_over_page_foot: Page) -> None:
    roles = [p.role for p in title_over_page_foot.articles[0].paragraphs if "收稿日期" in p.text]
    assert roles == ["note"]


def test_a_university_journal_is_listed_by_its_name_and_series(
    title_over_page_foot: Page,
) -> None:
    assert title_over_page_foot.articles[0].column == "海南大学学报人文社会科学版"


def test_references_spaced_out_head_their_list(title_over_page_foot: Page) -> None:
    roles = [p.role for p in title_over_page_foot.articles[1].paragraphs if "参 考" in p.text]
    assert roles == ["note"]


# -- held-out sets 86 and 87 -----------------------------------------------------------------


@pytest.fixture(scope="module")
def plain_space_indents() -> Page:
    """赣南日报 as a PDF extract (held-out set 86): columns of 15–18 characters, each paragraph
    opening with two plain spaces; a piece broken off by 「（下转第4版）」, then the masthead and
    「让苏区干部好作风在新时代发扬光大」 over 「（上接第1版）的冷暖放在心头，把群」."""
    return load_page_file(PAGES / "theory_pdf_plain_space_indents.txt")


def test_plain_space_indents_open_paragraphs(plain_space_indents: Page) -> None:
    """The second piece had been read into the first one's notes, its byline run into its first
    line; its paragraphs open where the copy indents them."""
    assert [a.author for a in plain_space_indents.articles] == [
        "钟晓岚  刘家诚",
        "谢思远",
        "",
        "曾慧敏",
    ]


def test_a_rest_opening_with_its_mark_is_an_article_of_its_own(
    plain_space_indents: Page,
) -> None:
    assert plain_space_indents.articles[2].title == "让苏区干部好作风在新时代发扬光大"


def test_a_rest_s_text_opens_after_its_mark(plain_space_indents: Page) -> None:
    first = next(p.text for p in plain_space_indents.articles[2].paragraphs if not p.role)
    assert first.startswith("的冷暖放在心头，把群众的事当成自家的事来办。")


def test_a_review_under_a_wen_byline_and_its_book_in_brackets_is_signed() -> None:
    """台州日报's 读书 page (held-out set 87): 「文/潘一鸣」 over 「〔《新质生产力十讲》，郑启航
    主编，…出版社2024年2月出版，定价：45.00元〕」 — the bracketed data had made the byline a
    subtitle."""
    page = load_page_file(PAGES / "theory_books_bracketed_data.txt")
    assert page.articles[2].author == "潘一鸣"


@pytest.fixture(scope="module")
def interview_with_correspondent() -> Page:
    """烟台日报 (held-out set 87): 「本报记者 孙晓燕 本报通讯员 王 琳」 under a 访谈's subtitle,
    the guest's portrait caption under it, 「嘉宾简介」 alone over his profile, a 短评 after, the
    page's 「本版投稿邮箱：…」 and 「欢迎广大理论工作者、党员干部踊跃来稿，…」 at its foot."""
    return load_page_file(PAGES / "theory_interview_reporter_and_correspondent.txt")


def test_a_reporter_and_a_correspondent_sign_an_interview(
    interview_with_correspondent: Page,
) -> None:
    assert interview_with_correspondent.articles[0].author == "本报记者 孙晓燕 本报通讯员 王 琳"


def test_a_profile_under_its_label_alone_is_a_note(interview_with_correspondent: Page) -> None:
    roles = [
        p.role
        for p in interview_with_correspondent.articles[0].paragraphs
        if p.text.startswith("刘振海，1971年生")
    ]
    assert roles == ["note"]


def test_a_call_for_papers_in_other_words_is_the_page_s(
    interview_with_correspondent: Page,
) -> None:
    texts = [p.text for p in interview_with_correspondent.articles[-1].paragraphs]
    assert not any("来稿" in t or "投稿" in t for t in texts)


@pytest.fixture(scope="module")
def two_authors_with_posts() -> Article:
    """中国江苏网 (held-out set 87): 「作者：王海燕（…研究员）  顾 晨（…副教授）」 under the title,
    「【本文系江苏省社科基金重点项目“…”阶段性成果】」 after the text."""
    return load_page_file(PAGES / "web_two_authors_with_posts.txt").articles[0]


def test_a_web_copy_s_two_authors_with_their_posts_sign_it(
    two_authors_with_posts: Article,
) -> None:
    assert two_authors_with_posts.author == "王海燕　顾 晨"


def test_a_web_copy_s_two_authors_with_their_posts_place_it(
    two_authors_with_posts: Article,
) -> None:
    assert two_authors_with_posts.affiliation == (
        "王海燕，江苏省社会科学院社会政策研究所研究员；顾 晨，南京师范大学公共管理学院副教授"
    )


def test_a_note_on_what_funded_the_work_is_a_note(two_authors_with_posts: Article) -> None:
    roles = [p.role for p in two_authors_with_posts.paragraphs if p.text.startswith("【本文系")]
    assert roles == ["note"]


def test_an_english_title_over_a_journal_s_names_is_not_its_title() -> None:
    """广东社会科学 as a PDF extract (held-out set 87): the English title's three lines between
    the subtitle and 「黄志坚1，林嘉怡2」; its last line 「Thousand Project"」 had been the
    title."""
    page = load_page_file(PAGES / "journal_pdf_english_title_over_names.txt")
    assert [a.title for a in page.articles] == ["县域城乡融合发展的实践逻辑与推进路径"]


def test_a_list_of_new_books_under_its_tag_is_notes() -> None:
    """台州日报's 读书 page (held-out set 87): 【新书速递】 / 「五本新书等你来读」 / five books,
    each 「《…》」 / its data / its blurb, under the 书摘 — a quiz had quoted a blurb as the
    书摘's text."""
    page = load_page_file(PAGES / "theory_books_bracketed_data.txt")
    data = [p for p in page.articles[-1].paragraphs if "出版社" in p.text and "定价" in p.text]
    assert {p.role for p in data} == {"note"}


# -- held-out sets 88 and 89 -----------------------------------------------------------------


def test_a_commentary_signed_in_brackets_at_its_end_is_an_article() -> None:
    """毕节日报's 评论 page (held-out set 88): a 短评 whose last paragraph ends 「…群众也看得清楚。
    （吴　迪）」 — it had been read into the 评论员观察 above it."""
    page = load_page_file(PAGES / "theory_commentaries_signed_in_brackets.txt")
    assert [a.author for a in page.articles] == ["龙　敏", "本报评论员", "吴　迪", "王雪梅"]


@pytest.fixture(scope="module")
def lecture_handout() -> Article:
    """A 党校 辅导报告 pasted from Word (held-out set 88): 「主讲人：高丽娜」 over 「（中共…党校
    经济学教研部主任、副教授）」, parts 一、二、三 and 结语, page marks 「— 1 —」, then 「思考题」
    and 「推荐阅读书目」 with numbered items."""
    return load_page_file(PAGES / "lecture_handout_questions.txt").articles[0]


def test_a_lecture_s_questions_head_is_no_byline(lecture_handout: Article) -> None:
    assert lecture_handout.author == "高丽娜"


def test_a_speaker_s_unit_in_brackets_under_the_speaker_places_him(
    lecture_handout: Article,
) -> None:
    assert lecture_handout.affiliation == "中共鄂尔多斯市委党校经济学教研部主任、副教授"


def test_a_lecture_s_questions_are_notes(lecture_handout: Article) -> None:
    roles = {p.role for p in lecture_handout.paragraphs if p.text.startswith(("1. ", "2. "))}
    assert roles == {"note"}


def test_a_word_copy_s_page_marks_are_no_text(lecture_handout: Article) -> None:
    assert not any(p.text.startswith("—") for p in lecture_handout.paragraphs)


@pytest.fixture(scope="module")
def policy_questions() -> Article:
    """吴忠市人民政府's 政策解读 (held-out set 88): 「解读机关：…　　解读人：马志刚」, 问：/答：
    pairs, 「相关文件：」 and 「相关解读：」 lists, the site's foot (网站标识码, 主办：…)."""
    return load_page_file(PAGES / "web_policy_questions_answers.txt").articles[0]


def test_a_policy_reading_is_signed_by_its_reader(policy_questions: Article) -> None:
    assert policy_questions.author == "马志刚"


def test_a_policy_reading_is_placed_by_its_office(policy_questions: Article) -> None:
    assert policy_questions.affiliation == "中共吴忠市委办公室"


def test_a_site_s_related_files_and_foot_are_no_text(policy_questions: Article) -> None:
    texts = [p.text for p in policy_questions.paragraphs if not p.role]
    assert texts[-1].startswith("答：基层减负是一项系统工程")


def test_an_app_s_video_is_no_text() -> None:
    """云上弥勒 (held-out set 88): 「【视频】航拍弥勒：…（时长02:36）」 under 视频加载中…"""
    page = load_page_file(PAGES / "app_county_media_copy.txt")
    roles = [p.role for p in page.articles[0].paragraphs if p.text.startswith("【视频】")]
    assert roles == ["caption"]


@pytest.fixture(scope="module")
def author_then_post() -> Page:
    """沈阳日报's 专家笔谈 (held-out set 89): 「作者：赵明远　辽宁大学经济学院教授」 under the
    first piece's title; the last piece signed 「（作者为沈阳市社会科学院经济研究所所长
    韩立新）」; 「版面导航」 over 「01　因地制宜…」 and 「02　本版征稿启事」."""
    return load_page_file(PAGES / "theory_pieces_author_then_post.txt")


def test_a_name_then_its_post_after_作者_signs_with_the_name(author_then_post: Page) -> None:
    assert author_then_post.articles[0].author == "赵明远"


def test_a_name_then_its_post_after_作者_places_with_the_post(author_then_post: Page) -> None:
    assert author_then_post.articles[0].affiliation == "辽宁大学经济学院教授"


def test_a_closing_post_then_name_after_作者为_signs(author_then_post: Page) -> None:
    assert author_then_post.articles[-1].author == "韩立新"


def test_a_numbered_list_of_the_page_s_pieces_is_no_column(author_then_post: Page) -> None:
    assert "本版征稿启事" not in author_then_post.articles[0].column


@pytest.fixture(scope="module")
def xuexi_copy() -> Page:
    """A 学习强国 copy (held-out set 89): the article, 点赞 / 观点 / 分享, then 「观点（5）」 over
    five readers' comments (name, comment, date, 赞 N) and 推荐阅读."""
    return load_page_file(PAGES / "app_xuexi_copy_with_views.txt")


def test_readers_views_under_their_count_are_no_articles(xuexi_copy: Page) -> None:
    assert [(a.title, a.author) for a in xuexi_copy.articles] == [
        ("以新质生产力为老油田注入发展新动能", "孟凡超")
    ]


# -- held-out sets 90 and 91 -----------------------------------------------------------------


@pytest.fixture(scope="module")
def core_reading() -> Page:
    """羊城晚报's 理论版 (held-out set 90): 「陈立衡」 over 「【核心阅读】」 and the long
    article's summary; a 学术随笔, a 理论前沿 piece broken off by 「（下转A7版）」, then
    「学习书架」 / a book's review signed 「（推荐人：梁嘉欣，…讲师）」; the viewer's list of
    editions 「A01：头版」 … a line each."""
    return load_page_file(PAGES / "theory_core_reading_and_bookshelf.txt")


def test_a_name_over_a_core_reading_box_signs_its_article(core_reading: Page) -> None:
    """The long article had been read as the next piece's notes."""
    authors = [a.author for a in core_reading.articles]
    assert authors == ["陈立衡", "林晓舟", "黄志刚  苏婉仪", "梁嘉欣"]


def test_a_digital_edition_s_list_of_editions_is_no_lead_title(core_reading: Page) -> None:
    assert core_reading.articles[0].kicker == "深入学习贯彻党的二十届三中全会精神"


def test_a_student_s_byline_with_a_year_signs_the_piece() -> None:
    """安徽大学报 (held-out set 90): 「□ 管理学院2022级本科生　汪子涵」 under a 学习心得's
    title."""
    page = load_page_file(PAGES / "campus_paper_student_byline.txt")
    assert page.articles[-1].author == "汪子涵"


@pytest.fixture(scope="module")
def speech_with_audio() -> Article:
    """三明宣讲's 微信 copy (held-out set 90): 「【百姓名嘴说】一碗小吃“走”出的共富路」, the
    audio player's lines (音频 / the title / 三明宣讲 / 00:00 / 06:32 / 点击收听),
    「宣讲员｜罗秀兰」 over her post."""
    return load_page_file(PAGES / "wechat_speech_with_audio.txt").articles[0]


def test_a_speaker_under_an_audio_player_signs_the_speech(speech_with_audio: Article) -> None:
    assert speech_with_audio.author == "罗秀兰"


def test_a_speaker_s_post_under_her_name_places_her(speech_with_audio: Article) -> None:
    assert speech_with_audio.affiliation == "沙县区青溪村党支部书记、沙县小吃经营户"


def test_a_bracketed_series_before_a_title_is_its_column(speech_with_audio: Article) -> None:
    assert speech_with_audio.title == "一碗小吃“走”出的共富路"


def test_a_reader_s_letter_signed_with_her_district_is_an_article() -> None:
    """西安晚报 (held-out set 91): a cartoon's 「图/程　硕」, 「读者来信」 / a title /
    「编辑同志：」 … 「碑林区　读者　周秀兰」 over 「一句话评论」 — the letter had been the 时评's
    text."""
    page = load_page_file(PAGES / "evening_paper_reader_letter.txt")
    assert page.articles[-1].author == "周秀兰"


@pytest.fixture(scope="module")
def compilation() -> Page:
    """A 学习材料 compiled in Word (held-out set 91): a cover (…党委办公室编印　　2024年9月10日),
    a 目录, then three reprints, one signed 「□郑晓鸣　刘　畅」 over its 来源 line."""
    return load_page_file(PAGES / "study_materials_compilation.txt")


def test_a_compilation_s_cover_is_no_article(compilation: Page) -> None:
    assert len(compilation.articles) == 3


def test_a_marked_byline_over_a_source_line_is_no_title(compilation: Page) -> None:
    assert compilation.articles[1].title == "统筹推进教育科技人才体制机制一体改革"


# -- held-out sets 92 and 93 -----------------------------------------------------------------


def test_a_role_before_a_name_in_a_byline_is_the_post() -> None:
    """瑞金报 (held-out set 93): 「□ 市委宣讲团成员　杨建华」, its unit in the closing
    「（作者系…）」."""
    page = load_page_file(PAGES / "county_paper_speech_and_box.txt")
    assert page.articles[0].author == "杨建华"


def test_a_box_s_credit_is_no_author() -> None:
    """瑞金报 (held-out set 93): 「（市委党校　供稿）」 under the 理论小课堂 box had signed it
    供稿."""
    page = load_page_file(PAGES / "county_paper_speech_and_box.txt")
    assert "供稿" not in [a.author for a in page.articles]


def test_a_site_s_related_news_head_is_no_byline() -> None:
    """当代先锋网 (held-out set 93): 「相关新闻」 over the site's links had signed the page's one
    article, its title lost."""
    page = load_page_file(PAGES / "web_excerpts_compiled.txt")
    assert [a.title for a in page.articles] == ["习近平关于发展新质生产力重要论述摘编"]


def test_a_unit_after_作者_at_a_reprint_s_end_has_no_colon() -> None:
    """天津党建网 (held-out set 92): 「作者：周　航」 at the top, 「作者：中国社会科学院…研究员」
    at the end."""
    page = load_page_file(PAGES / "web_reprint_author_twice.txt")
    assert page.articles[0].affiliation == "中国社会科学院工业经济研究所研究员"


def test_a_name_and_post_under_a_title_fill_no_line_of_text() -> None:
    """党员生活's 笔谈 as a PDF extract (held-out set 93): 「“最小单元”」 / 「王秋实　中共武汉市
    江岸区委组织部副部长」 at the column's width over the text — the byline had run into the first
    line."""
    page = load_page_file(PAGES / "magazine_pdf_pieces_name_and_post.txt")
    assert [a.author for a in page.articles][:2] == ["王秋实", "谭　亮"]


def test_a_magazine_s_folio_breaks_no_sentence() -> None:
    """党员生活 (held-out set 93): 「…半月一研判、一月」 / 「30　党员生活　2025年第4期」 /
    「笔　谈」 / 「一通报”机制…」 — the folio and the running head had been read into the
    sentence."""
    page = load_page_file(PAGES / "magazine_pdf_pieces_name_and_post.txt")
    texts = [p.text for p in page.articles[1].paragraphs]
    assert any("一月一通报”机制" in text for text in texts)


def test_a_title_over_a_magazine_s_folio_heads_the_piece_under_it() -> None:
    """党员生活 (held-out set 93): 「把新就业群体凝聚在」 / 「党的周围」 at the foot of p. 32, then
    「32　党员生活　2025年第4期」 / 「笔　谈」 / 「陈晓燕　中共宜昌市委社会工作部副部长」 — the
    fourth piece had been the third's text."""
    page = load_page_file(PAGES / "magazine_pdf_pieces_name_and_post.txt")
    assert [a.title for a in page.articles][3:] == ["把新就业群体凝聚在党的周围"]


def test_a_running_head_moved_over_a_title_is_not_its_column() -> None:
    """党员生活 (held-out set 93): the 「笔　谈」 printed under p. 32's folio is the page's, not
    the fourth piece's column."""
    page = load_page_file(PAGES / "magazine_pdf_pieces_name_and_post.txt")
    assert page.articles[3].column == page.articles[0].column


def test_a_box_closed_by_its_credit_is_no_article_s_text() -> None:
    """淄博日报 (held-out set 92, review 9292): 【学习问答】 / 「如何理解“因地制宜发展新质
    生产力”？」 / four paragraphs / 「（本报综合）」 between an article's two parts — a 判断 had
    credited the article with the box's sentence."""
    page = load_page_file(PAGES / "theory_two_parts_and_box.txt")
    roles = {p.role for p in page.articles[0].paragraphs if "因地制宜" in p.text[:12]}
    assert roles == {"note"}


def test_an_article_printed_in_two_parts_on_one_page_is_one_article() -> None:
    """淄博日报 (held-out set 92): 「让传统产业“老树发新芽”（上）」 with its byline, a box, then
    「…（下）」 with the closing 「（作者系…）」 — they had been two articles, the second
    unsigned."""
    page = load_page_file(PAGES / "theory_two_parts_and_box.txt")
    assert [a.title for a in page.articles][:2] == [
        "让传统产业“老树发新芽”",
        "让齐文化在新时代“活起来”“火起来”",
    ]


def test_the_parts_of_one_article_share_its_byline_and_its_unit() -> None:
    page = load_page_file(PAGES / "theory_two_parts_and_box.txt")
    assert (page.articles[0].author, page.articles[0].affiliation) == (
        "刘建国",
        "中共淄博市委党校经济学教研部主任、教授",
    )


def test_a_line_under_a_later_part_s_title_is_the_text_s_heading() -> None:
    page = load_page_file(PAGES / "theory_two_parts_and_box.txt")
    headings = [p.text for p in page.articles[0].paragraphs if p.role == "heading"]
    assert headings[-1] == "三、以体制机制创新激发转型动能"


def test_a_part_alone_on_its_page_keeps_its_title() -> None:
    text = (
        "让传统产业“老树发新芽”（上）\n□刘建国\n\n"
        + "　　推动传统产业转型升级，要在“三个转变”上下功夫。" * 6
        + "\n\n坚持守正创新\n□王立新\n\n"
        + "　　守正才能不迷失方向，创新才能把握时代。" * 6
        + "\n"
    )
    page = parse_document(text, "inline.txt")
    assert page.articles[0].title == "让传统产业“老树发新芽”（上）"


def test_a_page_s_list_names_a_box_by_its_title_after_its_tag() -> None:
    """淄博日报 (held-out set 92): the 版面导航's 「●2019—2023年淄博市“四强”产业发展情况」 for the
    chart printed 「图表｜2019—2023年…」 — the list's last two entries had been the page's
    column."""
    page = load_page_file(PAGES / "theory_two_parts_and_box.txt")
    assert page.column == "第07版：理论"


def test_a_piece_with_no_text_costs_the_page_none_of_its_articles() -> None:
    """河北经济日报 (held-out set 94): the page's list of titles at its foot (「本版标题导航」 /
    「◎…」) read as a piece with no text had refused the whole page (这篇文章没有正文)."""
    text = (
        "坚持守正创新\n□王立新\n\n"
        + "　　守正才能不迷失方向，创新才能把握时代。" * 6
        + "\n\n本版要目\n◎坚持守正创新\n"
    )
    page = parse_document(text, "inline.txt")
    assert [a.title for a in page.articles] == ["坚持守正创新"]


@pytest.fixture(scope="module")
def school_report() -> Page:
    """福建农林大学新闻网 (held-out set 95): 「发布者：党委宣传部　　发布时间：…　　浏览次数：
    2137」 under the title, a 中心组 report closed by 「（文/刘雅婷　图/陈振宇　审核/
    黄立群）」, then two members' 交流发言摘要."""
    return load_page_file(PAGES / "school_site_report_with_speeches.txt")


def test_a_school_site_s_publisher_field_is_no_title(school_report: Page) -> None:
    """(the title had been 「发布者：党委宣传部」)"""
    assert school_report.articles[0].title.startswith("校党委理论学习中心组开展")


def test_a_credit_in_brackets_under_a_report_names_its_writer(school_report: Page) -> None:
    assert school_report.articles[0].author == "刘雅婷"


@pytest.fixture(scope="module")
def weekly_front() -> Page:
    """河北经济日报's 理论周刊 (held-out set 94), its 第01版 and 第02版 in one file: 「卷首语」 /
    its words / 「——许晓东」, 「本期导读」 over four entries of other pages (「■…………第3版」), a
    lead article broken off by 「（下转第2版）」, 第02版's masthead again (「河北经济日报数字报」
    / its date), 「（上接第1版）」, a second article, and 「本版标题导航」 over its titles at the
    foot."""
    return load_page_file(PAGES / "weekly_front_with_jump_page.txt")


def test_a_guide_s_entries_of_other_pages_are_no_title(weekly_front: Page) -> None:
    assert weekly_front.articles[0].title == "因地制宜发展新质生产力　推动传统产业焕新升级"


def test_an_editor_s_dash_signature_is_no_subtitle(weekly_front: Page) -> None:
    assert weekly_front.articles[0].kicker == "深入学习贯彻党的二十届三中全会精神"


def test_a_卷首语_is_the_editor_s_words(weekly_front: Page) -> None:
    roles = [p.role for p in weekly_front.articles[0].paragraphs if p.text.startswith("立冬已过")]
    assert roles == ["note"]


def test_the_paper_s_name_again_over_the_next_edition_is_no_text(weekly_front: Page) -> None:
    headings = [p.text for p in weekly_front.articles[0].paragraphs if p.role == "heading"]
    assert "以改革破除制约转型的堵点卡点" in headings


def test_a_list_of_titles_at_a_page_s_foot_is_the_page_s(weekly_front: Page) -> None:
    assert [a.author for a in weekly_front.articles] == ["刘建华　王思琪", "张慧敏"]


@pytest.fixture(scope="module")
def interview_page() -> Page:
    """镇江日报's 理论周刊 (held-out set 95): an interview, its guest's portrait 「顾以衡」 over
    「嘉宾简介」, a 【延伸阅读】 box closed by 「…作出部署。（本报资料室整理）」, then 「理论动态」
    / a brief's title / 「本报讯　12月13日，…」 credited 「（通讯员　孙婉清　记者　陈　晓）」 at
    its end."""
    return load_page_file(PAGES / "interview_with_boxes_and_brief.txt")


def test_a_name_over_a_guest_s_profile_is_his_portrait(interview_page: Page) -> None:
    roles = [p.role for p in interview_page.articles[0].paragraphs if p.text == "顾以衡"]
    assert roles == ["caption"]


def test_a_box_credited_at_its_last_paragraph_s_end_is_notes(interview_page: Page) -> None:
    texts = [p.text for p in interview_page.articles[0].paragraphs if not p.role]
    assert not [t for t in texts if t.startswith("2023年9月")]


def test_a_brief_dated_without_its_reporters_is_an_article(interview_page: Page) -> None:
    assert [a.title for a in interview_page.articles][1:] == [
        "我市召开学习贯彻党的二十届三中全会精神理论研讨会"
    ]


def test_a_brief_s_reporters_credited_at_its_end_sign_it(interview_page: Page) -> None:
    assert interview_page.articles[-1].author == "孙婉清 陈晓"


@pytest.fixture(scope="module")
def papers_compilation() -> Page:
    """A 党校's 《主体班学员优秀论文选编》 as a PDF extract (held-out set 95): 「目　　录」 over
    its entries (「——以大埔县为例……罗建华（1）」), then each page under 「— 1 —」 (「— Ⅰ —」
    first) and the running head 「中共梅州市委党校2024年主体班学员优秀论文选编」, two papers."""
    return load_page_file(PAGES / "compilation_pdf_two_papers.txt")


def test_a_running_head_in_any_wording_is_no_text(papers_compilation: Page) -> None:
    texts = [p.text for a in papers_compilation.articles for p in a.paragraphs]
    assert not [t for t in texts if "优秀论文选编" in t]


def test_a_running_head_over_a_title_is_no_lead_title(papers_compilation: Page) -> None:
    assert [a.kicker for a in papers_compilation.articles] == ["", ""]


def test_a_compilation_s_contents_are_the_page_s(papers_compilation: Page) -> None:
    assert papers_compilation.column == "2024年主体班学员优秀论文选编"


def test_a_report_s_running_head_over_two_blocks_is_no_text() -> None:
    """河北省社会科学院's 决策咨询报告 (held-out set 92): 「— 1 —」 / 「河北省社会科学院决策咨询
    报告　　…　　2025年第6期」 over each page had been two paragraphs of the text."""
    page = load_page_file(Path(__file__).parent.parent / "docs/reviews/pages-92/page_3.txt")
    texts = [p.text for p in page.articles[0].paragraphs]
    assert "2025年第6期" not in texts


@pytest.fixture(scope="module")
def verse_page() -> Page:
    """今日缙云's 宣讲·理论 page (held-out set 95): a 三句半 (「三中全会精神暖山乡」 /
    「创作：县文化馆　樊志勇」 / 「演出：…宣讲队」 / 「甲：…」 「乙：…」 …), a 宣讲稿 signed at
    its end 「宣讲员：吴丽萍（缙云县壶镇镇妇联）」, then 「■宣讲动态」 over a brief dated
    「本报讯（记者　朱梦婷　通讯员　施晓燕）」 — the page had been one article titled by the
    signature."""
    return load_page_file(PAGES / "county_xuanjiang_verse_page.txt")


def test_a_verse_in_turns_under_its_writer_is_an_article(verse_page: Page) -> None:
    assert verse_page.articles[0].title == "三中全会精神暖山乡"


def test_a_verse_s_writer_after_his_unit_signs_it(verse_page: Page) -> None:
    assert verse_page.articles[0].author == "樊志勇"


def test_a_verse_s_performers_are_a_note(verse_page: Page) -> None:
    roles = [p.role for p in verse_page.articles[0].paragraphs if p.text.startswith("演出")]
    assert roles == ["note"]


def test_a_speaker_s_signature_unbracketed_closes_her_speech(verse_page: Page) -> None:
    assert (verse_page.articles[1].title, verse_page.articles[1].author) == (
        "一块烧饼里的“改革经”",
        "吴丽萍",
    )


def test_a_marked_column_name_is_no_byline(verse_page: Page) -> None:
    assert verse_page.articles[-1].own_column == "■宣讲动态"


def test_a_dateline_s_reporters_are_named_without_their_roles(verse_page: Page) -> None:
    assert verse_page.articles[-1].author == "朱梦婷 施晓燕"


@pytest.fixture(scope="module")
def handout() -> Page:
    """A county's 应知应会 handout from Word (held-out set 96): 「内部学习资料　注意保存」, the
    title over two lines, 「中共宣汉县委宣传部　编印」 / 「2024年9月」, 「说　　明」, then thirty
    questions and answers under 一、二、三."""
    return load_page_file(PAGES / "handout_questions_and_answers.txt")


def test_a_handout_s_restriction_is_no_title(handout: Page) -> None:
    """(the title had been 「内部学习资料　注意保存」)"""
    assert handout.articles[0].title == "学习贯彻党的二十届三中全会精神应知应会知识问答"


def test_a_handout_s_compiler_publishes_it_and_signs_nothing(handout: Page) -> None:
    assert (handout.articles[0].site, handout.articles[0].author) == ("中共宣汉县委宣传部", "")


def test_a_word_spaced_out_over_its_line_is_one_word(handout: Page) -> None:
    assert handout.articles[0].paragraphs[0].text == "说明"


@pytest.fixture(scope="module")
def one_liners() -> Page:
    """南阳日报's 评论 page (held-out set 96): a 时评 closed by 「（周一鸣）」 on the line under
    its text, then 「一句话评论」 over four opinions each signed after a wide space (「◆…默默
    守护。　　马晓燕」) — the 时评 had been credited to the last opinion's 宋思远."""
    return load_page_file(PAGES / "commentary_page_one_liners.txt")


def test_a_name_in_brackets_under_a_piece_s_text_signs_it(one_liners: Page) -> None:
    assert one_liners.articles[2].author == "周一鸣"


def test_one_line_opinions_are_no_text_of_the_piece_above(one_liners: Page) -> None:
    assert not [p for p in one_liners.articles[2].paragraphs if p.text.startswith("◆")]


@pytest.fixture(scope="module")
def chronology() -> Page:
    """湘潮's 党史 article from its site (held-out set 96): 「【大事记】秋收起义部队转兵井冈山」
    over ten dated lines (「1927年9月9日　湘赣边界秋收起义爆发」) between its parts 三 and 四 —
    the box had cut the article in two, the rest titled 「四、落脚井冈山」 under the dates."""
    return load_page_file(PAGES / "party_history_with_chronology.txt")


def test_a_chronology_box_cuts_no_article_in_two(chronology: Page) -> None:
    assert len(chronology.articles) == 1


def test_a_chronology_s_dated_lines_are_notes(chronology: Page) -> None:
    items = [p for p in chronology.articles[0].paragraphs if re.match(r"1927年\S+　", p.text)]
    assert {p.role for p in items} == {"note"}


@pytest.fixture(scope="module")
def reading_page() -> Page:
    """连云港日报's 读书 page (held-out set 97): a review, then 「书摘」 / a title / 「（节选）」 /
    「□ 顾晓岚」 / the excerpt / 「——摘自《…》（南京大学出版社）」, an 「编辑推荐」 box of three
    books closed by 「（整理：晓　文）」, and 「港城读书会第十二期活动报名启事」 — the excerpt had
    been lost to the page's lines."""
    return load_page_file(PAGES / "reading_page_excerpt_and_books.txt")


def test_an_excerpt_marked_under_its_title_is_an_article(reading_page: Page) -> None:
    assert [(a.title, a.author) for a in reading_page.articles][1:] == [
        ("“板凳会”上议出村庄新规矩", "顾晓岚")
    ]


def test_an_excerpt_s_source_is_a_note(reading_page: Page) -> None:
    roles = [p.role for p in reading_page.articles[1].paragraphs if "摘自" in p.text[:4]]
    assert roles == ["note"]


def test_a_box_of_recommended_books_is_notes(reading_page: Page) -> None:
    texts = [p.text for p in reading_page.articles[1].paragraphs if not p.role]
    assert not [t for t in texts if "之江新语" in t]


def test_a_notice_under_the_last_piece_is_the_page_s(reading_page: Page) -> None:
    texts = [p.text for a in reading_page.articles for p in a.paragraphs]
    assert not [t for t in texts if "港城读书会" in t]


@pytest.fixture(scope="module")
def daily_lesson() -> Page:
    """抚松组工's 每日一学 (held-out set 97): 「原创 抚松县委组织部 抚松组工 2024年07月02日 …」
    over the account's card (「抚松组工」 / 「学习·思考·践行」 / 「每日一学」 / 「第186期」),
    then 【金句】, 【原文】, 【解读】 signed 「（撰稿：万良镇党委组织委员　刘佳琪）」."""
    return load_page_file(PAGES / "wechat_daily_lesson.txt")


def test_a_wechat_account_s_card_is_no_text(daily_lesson: Page) -> None:
    assert daily_lesson.articles[0].paragraphs[0].text == "【金句】"


def test_a_writer_credited_after_his_post_signs(daily_lesson: Page) -> None:
    assert daily_lesson.articles[0].author == "刘佳琪"


def test_a_magazine_s_unit_in_brackets_under_the_byline_places_its_authors() -> None:
    """求知 as a PDF extract (held-out set 97): 「□ 王立新　赵　婧」 /
    「（天津商业大学经济学院）」."""
    page = load_page_file(PAGES / "magazine_pdf_footnotes_per_page.txt")
    assert page.articles[0].affiliation == "天津商业大学经济学院"


def test_a_graphic_s_items_are_no_bylines() -> None:
    """柳州's 一图读懂 copied as text (held-out set 96): 「●高新技术企业」 / 「达到1000家」, 「●
    汽车：整车向新能源化…」, 「●培育智能工厂、数字化车间」 / 「100家」 — read as bylines, they
    had cut the graphic into four "articles" signed by its items."""
    page = load_page_file(PAGES / "government_graphic_as_text.txt")
    assert [a.author for a in page.articles] == [""]


def test_a_title_broken_after_把_and_its_quoted_object_is_one_title() -> None:
    """党员生活 (held-out set 93): 「把“小事不出村”」 / 「落到实处」 had been a lead title and a
    title."""
    page = load_page_file(PAGES / "magazine_pdf_pieces_name_and_post.txt")
    assert page.articles[1].title == "把“小事不出村”落到实处"


def test_a_bulleted_phrase_with_a_comma_is_no_list_of_names() -> None:
    """A 党校's 讲义 from Word (held-out set 98): 「◆ 坚持规划引领，一张蓝图绘到底」, 「◆ 做强特
    色产业，让农民“钱袋子”鼓起来」 — read as bylines of names, they had split the handout and
    lost its title."""
    page = load_page_file(PAGES / "party_school_handout_bullets.txt")
    assert [a.title for a in page.articles] == ["有力有效推进乡村全面振兴"]


def test_questions_each_answered_by_an_expert_are_articles() -> None:
    """三峡日报's 理论热点面对面 (held-out set 98): 「问：…？」 / 「答：…」 / 「（答问专家：杨春
    华，…教授）」, three times — the page had been one article titled by the column, or refused.
    """
    page = load_page_file(PAGES / "questions_answered_by_experts.txt")
    assert [a.author for a in page.articles] == ["杨春华", "陈立军　周敏", "张海燕"]


def test_a_speaker_with_his_post_after_a_wide_space_signs_a_lecture() -> None:
    """陕西人大网's 专题讲座 (held-out set 98): 「主讲人：韩建军　西北大学经济管理学院教授、博士生
    导师」 under the page's fields."""
    page = load_page_file(PAGES / "congress_lecture_speaker_post.txt")
    assert page.articles[0].author == "韩建军"


def test_reflections_each_signed_with_a_name_and_post_are_pieces() -> None:
    """A 离退休干部党支部's 微信 post (held-out set 98): three 心得 each closed by 「（张桂芝，原漯
    河市工商行政管理局副局长，退休干部）」 — they had been one article signed by no one."""
    page = load_page_file(PAGES / "wechat_retirees_reflections.txt")
    assert [a.author for a in page.articles] == ["张桂芝", "刘振华", "王玉堂"]


@pytest.fixture(scope="module")
def open_government_page() -> Page:
    """泾县人民政府's 政策解读 (held-out set 99): a 信息公开 table (「索引号：…」,
    「发布机构：…」) over the title, a search box (「请输入关键词　　搜索」), seven questions and
    answers, then 「解读机关：…」 / 「解读人：汪建华」 / 「联系电话：…」 / 「相关文件：…」 and the
    site's foot."""
    return load_page_file(PAGES / "county_policy_reading_questions.txt")


def test_an_open_government_table_is_no_title(open_government_page: Page) -> None:
    """(the title had been 「发布机构：泾县经济和信息化局」, then the search box's)"""
    assert open_government_page.articles[0].title.endswith("政策解读")


def test_a_policy_reader_at_the_end_signs_it(open_government_page: Page) -> None:
    assert (
        open_government_page.articles[0].author,
        open_government_page.articles[0].affiliation,
    ) == (
        "汪建华",
        "泾县经济和信息化局",
    )


def test_a_graphic_s_last_items_are_no_page_end() -> None:
    """柳州's 一图读懂 (held-out set 96): 「【保障措施】」 / 「组织保障」 … 「政策保障」 over 「扫
    码查看政策原文」 and 「相关链接：…」 — short words under one another are a list's items, no
    tags."""
    page = load_page_file(PAGES / "government_graphic_as_text.txt")
    assert page.articles[0].paragraphs[-1].text == "政策保障"


def test_two_experts_signing_one_answer_are_both_its_authors() -> None:
    """三峡日报 (held-out set 98): 「（答问专家：陈立军，中共宜昌市委党校…主任、教授；周敏，三峡大
    学…教授）」 — the second had been part of the first's affiliation."""
    page = load_page_file(PAGES / "questions_answered_by_experts.txt")
    assert page.articles[1].affiliation.startswith("陈立军，中共宜昌市委党校")


REVIEWED = Path(__file__).parent.parent / "docs/reviews"


def test_a_link_to_the_talk_s_recording_is_no_text_over_its_speaker() -> None:
    """围场组工网's 微党课 (held-out set 100): 「▶ 点击观看微党课视频（时长8分42秒）」 between the
    page's fields and 「主讲人：李卫东（…党委书记）」 — the talk had been signed by no one, the
    link and the speaker's line its first paragraphs."""
    page = load_page_file(REVIEWED / "pages-100/page_2.txt")
    assert page.articles[0].author == "李卫东"


@pytest.fixture(scope="module")
def house_paper() -> Page:
    """鞍钢日报's 党建园地 (held-out set 100): the digital edition's frame (「鞍钢日报数字报」, 「
    第03版：党建园地」), its 版面导航 of four editions a line each (「01　要闻」 …), the page's own
    head again (「鞍钢日报　2025年3月18日　星期二　第3版　党建园地」), and a 「廉洁小贴士」 box."""
    return load_page_file(REVIEWED / "pages-100/page_3.txt")


def test_a_list_of_editions_a_line_each_is_no_column(house_paper: Page) -> None:
    """(the column had been 「鞍钢日报数字报 第03版：党建园地 要闻 综合新闻 铁花副刊 鞍钢日报 第3版
    党建园地」)"""
    assert house_paper.articles[0].column == "鞍钢日报 第03版：党建园地"


def test_a_tips_box_named_by_its_topic_is_a_box(house_paper: Page) -> None:
    """「廉洁小贴士」 over four numbered tips: the box's tag, not 「廉洁小贴士1.严守…」 in the
    story's text."""
    text = [p.text for p in house_paper.articles[1].paragraphs if not p.role]
    assert not [t for t in text if "小贴士" in t]


@pytest.fixture(scope="module")
def magazine_pdf() -> Page:
    """奋斗's PDF extract (held-out set 100): lines wrapped at 21 characters, no indent; the page's
    number and the magazine's name and issue between the halves of a word (「…理工科毕业」 / 「32」
    / 「奋斗 2024年第17期」 / 「生数量可观…」); 「一、把握…的特殊意义」, 20 characters; a closing
    note wrapped after its full stop and short of the column (「（作者单位：…学院。」 / 「本文系…
    “龙」 / 「江…研究”」 / 「〈23JYB012〉阶段性成果）」)."""
    return load_page_file(REVIEWED / "pages-100/page_4.txt")


def test_a_magazine_s_running_head_beside_its_page_number_is_no_text(magazine_pdf: Page) -> None:
    text = "".join(p.text for p in magazine_pdf.articles[0].paragraphs)
    assert "毕业生数量可观" in text


def test_a_numbered_heading_short_of_the_column_is_a_heading(magazine_pdf: Page) -> None:
    roles = {p.text: p.role for p in magazine_pdf.articles[0].paragraphs}
    assert roles.get("一、把握新质生产力对老工业基地的特殊意义") == "heading"


def test_a_closing_note_wrapped_after_its_full_stop_gives_the_unit(magazine_pdf: Page) -> None:
    assert magazine_pdf.articles[0].affiliation == "黑龙江大学经济与工商管理学院"


def test_a_speaker_s_posts_set_apart_by_commas_follow_his_name() -> None:
    """云南省政协's 委员讲堂 (held-out set 100): 「主讲人：杨宏林　省政协委员，九三学社云南省委副主
    委，省林业和草原科学院研究员」 — the lecture had been signed by no one."""
    page = load_page_file(REVIEWED / "pages-100/page_5.txt")
    assert page.articles[0].author == "杨宏林"


@pytest.fixture(scope="module")
def party_history_page() -> Page:
    """昭通日报's 党史 page (held-out set 100): its 本版标题导航 lists 「一包盐巴」, printed under
    the column 「史海拾贝」 after 「党史上的今天」's dated entries (「1949年1月15日」 / 「中国人民
    解放军攻克天津。…」), and signed 「（刘　勤）」."""
    return load_page_file(REVIEWED / "pages-100/page_6.txt")


def test_a_short_title_the_page_lists_opens_a_piece(party_history_page: Page) -> None:
    """(「史海拾贝一包盐巴1935年2月，…」 had been the last paragraph of 「党史上的今天」)"""
    assert party_history_page.articles[-1].title == "一包盐巴"


def test_a_date_alone_over_an_entry_is_kept(party_history_page: Page) -> None:
    """(「1949年1月15日」 had been dropped as the page's date)"""
    lines = [p.text for a in party_history_page.articles for p in a.paragraphs]
    assert "1949年1月15日" in lines


def test_a_word_copy_s_page_footer_is_no_text() -> None:
    """A 教学设计 from Word (held-out set 100): 「第 1 页　共 3 页」 between two parts."""
    page = load_page_file(REVIEWED / "pages-100/page_7.txt")
    assert not [p for p in page.articles[0].paragraphs if "共 3 页" in p.text]


def test_a_teacher_signs_a_teaching_plan() -> None:
    """(「授课教师：陈　静（马克思主义学院讲师）」 had been the plan's first paragraph)"""
    page = load_page_file(REVIEWED / "pages-100/page_7.txt")
    assert page.articles[0].author.replace("\u3000", "") == "陈静"


def test_a_rest_from_another_page_is_in_no_series_of_this_one() -> None:
    """中国化工报 (held-out set 64): 「牢牢守住安全生产底线」 / 「（上接第1版）…」 under a 专家笔
    谈's three pieces is the page's, not the 笔谈's."""
    page = load_page_file(REVIEWED / "pages-64/page_1.txt")
    [rest] = [a for a in page.articles if a.title == "牢牢守住安全生产底线"]
    assert "专家笔谈" not in rest.column


@pytest.fixture(scope="module")
def interview_view() -> Page:
    """惠州日报's 权威解读 (held-out set 102): the viewer's 「上一版」 / 「下一版」 and 「PDF版」,
    its editions a line each (「A01版：要闻」 …), and the article view's 「2024-08-13　　作者：本
    报记者邓思琪　　来源：惠州日报」 under the subtitle, then 「放大　缩小　默认」."""
    return load_page_file(REVIEWED / "pages-102/page_3.txt")


def test_a_byline_beside_a_bare_date_signs_an_interview(interview_view: Page) -> None:
    """(the page had been one article titled 「第A04版：…」 and signed 「上一版」)"""
    assert interview_view.articles[0].author == "本报记者 邓思琪"


def test_a_date_beside_the_byline_is_no_line_of_the_subtitle(interview_view: Page) -> None:
    assert interview_view.articles[0].subtitle.endswith("教授叶振华")


def test_editions_listed_with_their_page_numbers_are_no_column(interview_view: Page) -> None:
    assert "A01版" not in interview_view.articles[0].column


@pytest.fixture(scope="module")
def reading_view() -> Page:
    """韩山师范学院学报 as CNKI's reading view prints it (held-out set 102): its 「文章目录」 of
    headings over the title, 「思想政治教育研究」 over 「地方高校…研究——基于…调查」, the authors
    「林晓雯1，陈志鹏2」 over their units without brackets (「1.韩山师范学院 马克思主义学院，广东
    潮州 521041；2.…」)."""
    return load_page_file(REVIEWED / "pages-102/page_4.txt")


def test_a_reading_view_s_title_is_not_its_column_s(reading_view: Page) -> None:
    """(the page had been refused: 「第一行应是标题」)"""
    assert reading_view.articles[0].title.startswith("地方高校")


def test_units_numbered_without_brackets_place_the_authors(reading_view: Page) -> None:
    assert reading_view.articles[0].affiliation.startswith("韩山师范学院 马克思主义学院")


@pytest.fixture(scope="module")
def branch_magazine() -> Page:
    """广东机关党建's 支部工作 (held-out set 102): 「“三单联动”让党建与业务」 / 「同 频 共 振」,
    and a pull quote set between two points that repeats the closing paragraph's sentence."""
    return load_page_file(REVIEWED / "pages-102/page_2.txt")


def test_a_title_s_letter_spaced_last_words_end_it(branch_magazine: Page) -> None:
    """(the title had been 「同 频 共 振」, its first line the column)"""
    assert branch_magazine.articles[0].title == "“三单联动”让党建与业务同频共振"


def test_a_pull_quote_is_no_text_a_second_time(branch_magazine: Page) -> None:
    text = [p.text for p in branch_magazine.articles[0].paragraphs if not p.role]
    assert not [t for t in text if t.startswith("党建和业务不是")]


@pytest.fixture(scope="module")
def app_copy() -> Page:
    """平遥发布's 理论微课堂 (held-out set 103): 「阅读量 2.3万」 under the title's fields, the
    post's 「声明：本文为…原创稿件，转载请注明出处。」, 「点赞 386　　转发 129　　评论 47」 and
    「精选评论」 over three readers' comments."""
    return load_page_file(REVIEWED / "pages-102/page_5.txt")


def test_an_app_s_count_of_readers_is_no_heading(app_copy: Page) -> None:
    """(「阅读量 2.3万」 had been a heading, the byline under the 编者按 unread)"""
    assert app_copy.articles[0].author == "郝丽君"


def test_an_app_s_comments_and_notice_are_no_text(app_copy: Page) -> None:
    assert [p.text for p in app_copy.articles[0].paragraphs if not p.role][-1].endswith("新篇章。")


def test_a_speech_s_dashed_byline_places_it_without_the_dash() -> None:
    """甘肃省国资委's 经验交流发言摘编 (held-out set 103): 「——甘肃陇能投资集团有限公司党委书记、
    董事长　马国栋」 under each speech's title."""
    page = load_page_file(REVIEWED / "pages-102/page_6.txt")
    assert page.articles[0].affiliation.startswith("甘肃陇能投资集团")


def test_an_excerpt_the_page_lists_under_its_tag_is_a_piece() -> None:
    """张家口日报's 读书 page (held-out set 103): 「书摘」 / 「大境门外的新气象」 under the
    review's book data — the excerpt had been the page's lines, lost to reading and search."""
    page = load_page_file(REVIEWED / "pages-102/page_7.txt")
    assert [(a.title, a.column) for a in page.articles[1:]] == [("大境门外的新气象", "书摘")]


def test_a_table_s_title_is_a_caption(reading_view: Page) -> None:
    """「表1 粤东四所高校学生“大思政课”实践教学参与情况（N=1 126）」 — a search for 大思政课 had
    opened at it."""
    roles = {p.text: p.role for p in reading_view.articles[0].paragraphs}
    assert roles.get("表1 粤东四所高校学生“大思政课”实践教学参与情况（N=1 126）") == "caption"


def test_a_rest_further_on_in_the_copy_goes_on_in_its_article() -> None:
    """宜宾日报's 理论周刊 (held-out set 104): the first page cut mid-sentence (「…的协同模式，让
    」), then 第04版's head, the title again and 「（上接第1版）资本投入精准对接；…」 — two
    articles of one title had been read, the rest signed by no one."""
    page = load_page_file(REVIEWED / "pages-104/page_3.txt")
    assert [a.title for a in page.articles] == ["以改革“关键一招”激活长江首城发展动能"]


def test_a_rest_s_cut_sentence_is_whole_again() -> None:
    page = load_page_file(REVIEWED / "pages-104/page_3.txt")
    text = "".join(p.text for p in page.articles[0].paragraphs if not p.role)
    assert "企业需求和资本投入精准对接" in text


def test_a_page_s_name_and_number_over_a_rest_is_no_text() -> None:
    """哈尔滨日报 (held-out set 51): 「…职业体」 / 「（下转第8版）」 / 「7」 / 「8　综合」 / … /
    「（上接第7版）」 / 「系，完善…」 — 「8　综合」 had been glued into the sentence."""
    page = load_page_file(REVIEWED / "pages-51/page_1.txt")
    text = "".join(p.text for a in page.articles for p in a.paragraphs)
    assert "职业体系，完善选聘" in text


def test_authors_placed_each_in_turn_are_placed() -> None:
    """人民论坛网 (held-out set 105): 「（作者分别系…教授；…副教授）」."""
    closing = "（作者分别系中共天津市委党校经济学教研部教授；天津师范大学经济学院副教授）"
    placed = "中共天津市委党校经济学教研部教授；天津师范大学经济学院副教授"
    assert affiliation_of(closing) == placed


def test_a_reprint_s_original_title_is_no_title() -> None:
    """安庆新闻网 (held-out set 107): 「守护一江碧水　安庆这样走好绿色转型之路」 over 「原标题：在
    长江大保护中奋力推进绿色低碳高质量发展」 — the original title had become the title."""
    page = load_page_file(REVIEWED / "pages-106/page_8.txt")
    assert page.articles[0].title.startswith("守护一江碧水")


def test_a_government_site_s_foot_is_no_text() -> None:
    """武夷山市人民政府 (held-out set 107): 「【打印本页】　【关闭窗口】」, 上一篇 / 下一篇, 主办单
    位, 承办单位 and 「建议使用1920×1080分辨率、IE9及以上版本浏览器浏览本站」 under a 心得's
    signature."""
    page = load_page_file(REVIEWED / "pages-106/page_7.txt")
    last = [p.text for p in page.articles[-1].paragraphs if not p.role][-1]
    assert last.endswith("詹建国")


def test_a_viewer_s_row_is_no_lead_title() -> None:
    """中国煤炭报 (held-out set 106): 「上一版 下一版 | 往期回顾 | PDF版下载」 over the title."""
    page = load_page_file(REVIEWED / "pages-106/page_1.txt")
    assert "PDF" not in page.articles[0].kicker


def test_a_site_s_previous_and_next_buttons_sign_nothing() -> None:
    """中国档案报 (held-out set 60): 「上一篇　　下一篇　　返回顶部」 under a 本报讯 story
    signed by its dateline (「本报讯　记者张妍报道」)."""
    page = load_page_file(REVIEWED / "pages-60/page_10.txt")
    assert "上一篇" not in [a.author for a in page.articles]


def test_a_box_s_title_and_paragraph_in_mid_text_are_no_text() -> None:
    """长春日报 (held-out set 109): 「【知识链接】」 / 「新质生产力」 / its paragraph between two
    sections — the box's title had been read as a heading and its paragraph as the text."""
    page = load_page_file(REVIEWED / "pages-108/page_5.txt")
    roles = {p.text[:10]: p.role for p in page.articles[0].paragraphs}
    assert roles["2024年1月31日"] == "note"


def test_the_text_goes_on_after_a_box_in_mid_text() -> None:
    page = load_page_file(REVIEWED / "pages-108/page_5.txt")
    roles = {p.text[:10]: p.role for p in page.articles[0].paragraphs}
    assert roles["另一方面，要在要素保"] == ""


def test_a_glossary_s_term_in_mid_text_is_no_heading() -> None:
    """长春日报 (held-out set 109): 「【名词解释】」 / 「车路云一体化」 / 「指以…」 in mid-text."""
    page = load_page_file(REVIEWED / "pages-108/page_5.txt")
    roles = {p.text: p.role for p in page.articles[0].paragraphs}
    assert roles["车路云一体化"] == "note"


def test_a_table_s_rows_spaced_apart_are_no_text() -> None:
    """长春日报 (held-out set 109): 「汽车产量（万辆）　　　242.0　　　215.6　　　251.3」 — the
    rows had been glued into the paragraph under the table."""
    page = load_page_file(REVIEWED / "pages-108/page_5.txt")
    text = "".join(p.text for p in page.articles[0].paragraphs if not p.role)
    assert "242.0" not in text


def test_a_magazine_s_editorial_signed_by_the_magazine_is_an_article() -> None:
    """前进 (held-out set 109): 「卷首语」 / its title / its text / 「本刊编辑部」 over the
    特别策划's pieces — its title had been read as the column and its text as notes."""
    page = load_page_file(REVIEWED / "pages-108/page_6.txt")
    assert page.articles[0].title == "在学纪知纪明纪守纪中涵养浩然正气"


def test_a_magazine_s_signature_is_no_place_of_work() -> None:
    page = load_page_file(REVIEWED / "pages-108/page_6.txt")
    assert page.articles[0].affiliation == ""


def test_reflections_signed_in_brackets_with_their_posts_are_articles() -> None:
    """榆林日报's 学习心得 (held-out set 109): four pieces each signed at its end, 「（定边县安边镇
    党委书记　王振东）」 or 「作者：高文博（神木市发展和改革局）」 — the page had been read as one
    article under the page's heading."""
    page = load_page_file(REVIEWED / "pages-108/page_8.txt")
    assert [a.author for a in page.articles] == ["王振东", "刘彩霞", "高文博", "冯艳霞"]


def test_a_reflection_signed_with_a_label_is_placed() -> None:
    page = load_page_file(REVIEWED / "pages-108/page_8.txt")
    assert page.articles[2].affiliation == "神木市发展和改革局"


def test_a_handbook_s_date_under_its_compiler_breaks_nothing() -> None:
    """阜平县委宣传部's 百问百答 (held-out set 111): 「中共阜平县委宣传部」 / 「2024年9月」 under
    the title — the date had been taken from the headings without the title's count, and the page
    refused with 「tuple index out of range」."""
    page = load_page_file(REVIEWED / "pages-110/page_8.txt")
    assert page.articles[0].title == "学习贯彻党的二十届三中全会精神百问百答"


def test_a_handbook_s_contents_are_no_text() -> None:
    """… its 「目　录」, each entry with its page after a tab (「2．全会的主题是什么？	1」)."""
    page = load_page_file(REVIEWED / "pages-110/page_8.txt")
    assert not any("\t" in p.text for p in page.articles[0].paragraphs)


def test_a_handbook_s_compiler_is_no_author() -> None:
    page = load_page_file(REVIEWED / "pages-110/page_8.txt")
    assert page.articles[0].author == ""


def test_a_handbook_s_compiler_names_its_source() -> None:
    page = load_page_file(REVIEWED / "pages-110/page_8.txt")
    assert page.articles[0].column == "中共阜平县委宣传部"


def test_a_handbook_s_compiler_and_month_at_its_end_are_no_text() -> None:
    page = load_page_file(REVIEWED / "pages-110/page_8.txt")
    assert page.articles[0].paragraphs[-1].text.startswith("答：")


def test_a_research_group_s_writers_sign_its_report() -> None:
    """九江日报's 理论周刊 (held-out set 110): 「□ 中共九江市委党校课题组　执笔：胡晓岚　程立伟」 —
    the page had been read as one article titled by its 导读's first entry."""
    page = load_page_file(REVIEWED / "pages-110/page_4.txt")
    assert page.articles[0].author == "胡晓岚　程立伟"


def test_a_research_group_is_its_writers_place_of_work() -> None:
    page = load_page_file(REVIEWED / "pages-110/page_4.txt")
    assert page.articles[0].affiliation == "中共九江市委党校课题组"


def test_a_guide_s_entries_of_other_pages_are_the_page_s() -> None:
    """… its 「本期导读」: 「● 乡村振兴要念好“人”字经　　详见第7版」."""
    page = load_page_file(REVIEWED / "pages-110/page_4.txt")
    assert "详见第7版" in page.meta


def test_speakers_put_together_by_reporters_are_credited_to_the_reporters() -> None:
    """新民晚报's 代表委员谈 (held-out set 110): six speakers, each under 「■ 全国人大代表、…
    倪建华」, and 「（本报记者　陈佳怡　顾　凡　整理）」 at the end — the first speaker had been
    its author."""
    page = load_page_file(REVIEWED / "pages-110/page_1.txt")
    assert page.articles[0].author == "陈佳怡　顾　凡"


def test_the_first_speaker_s_line_is_a_heading_like_the_others() -> None:
    page = load_page_file(REVIEWED / "pages-110/page_1.txt")
    headings = [p.text for p in page.articles[0].paragraphs if p.role == "heading"]
    assert headings[0].endswith("倪建华")


def test_a_site_s_disclaimer_is_no_text() -> None:
    """德州新闻网 (held-out set 111): 「声明：本文仅代表作者观点，不代表本网立场」."""
    page = load_page_file(REVIEWED / "pages-110/page_7.txt")
    assert not any(p.text.startswith("声明") for p in page.articles[0].paragraphs)


def test_an_office_of_the_site_is_no_publication() -> None:
    """常德市委党校's site (held-out set 108): 「来源：科研处」 — an office had named it."""
    page = load_page_file(REVIEWED / "pages-108/page_4.txt")
    assert page.articles[0].column == "中共常德市委党校（常德行政学院）"


def test_a_site_s_name_over_its_page_names_it_before_its_office() -> None:
    """赤峰市直机关党建网 (held-out set 111): 「来源：市直机关工委宣传部」."""
    page = load_page_file(REVIEWED / "pages-110/page_5.txt")
    assert page.articles[0].column == "赤峰市直机关党建网"


def test_a_viewer_s_buttons_are_not_the_column() -> None:
    """衡阳日报 (held-out set 104): 「版面导航 | 上一版 | 下一版 | 往期查阅」 had been listed in
    the column's name."""
    page = load_page_file(REVIEWED / "pages-104/page_2.txt")
    assert page.articles[0].column == "衡阳日报 第03版：评论"


def test_a_guide_to_other_pages_is_not_the_column() -> None:
    """宜宾日报's 理论周刊 (held-out set 104): 「本期导读」 / 「◆第2版　…」 and 「…联合主办」."""
    page = load_page_file(REVIEWED / "pages-104/page_3.txt")
    assert "导读" not in page.articles[0].column


def test_a_special_feature_s_tag_is_its_pieces_column() -> None:
    """前进 (held-out set 109): 「特别策划·把党纪学习教育成果转化为干事创业动力」 and its 编者按
    over the first piece — they had been notes of the 卷首语 above."""
    page = load_page_file(REVIEWED / "pages-108/page_6.txt")
    assert page.articles[1].column.startswith("特别策划")


def test_a_bulletin_s_items_are_articles_each() -> None:
    """阳信县委办公室's 学习简报 (held-out set 112): four items, each closed by its source in
    brackets (「（县委宣传部理论科）」, 「（翟王镇党委供稿）」, 「（水落坡镇党委　刘洪涛）」) —
    they had been read as one article titled by the second item."""
    page = load_page_file(REVIEWED / "pages-112/page_1.txt")
    assert len(page.articles) == 4


def test_a_bulletin_s_item_sent_by_a_unit_is_placed_there() -> None:
    page = load_page_file(REVIEWED / "pages-112/page_1.txt")
    assert page.articles[2].affiliation == "翟王镇党委"


def test_a_bulletin_s_distribution_is_the_page_s() -> None:
    """… its 「报：…」 「送：…」 「发：…」 and 「（共印120份）」."""
    page = load_page_file(REVIEWED / "pages-112/page_1.txt")
    assert "（共印120份）" in page.meta


def test_a_broadcast_s_title_is_under_the_site_s_name() -> None:
    """邯郸广播电视台's 理论之声 (held-out set 112): 【片头】 / 【音乐起，压混】 under the fields —
    the station's name had been the title."""
    page = load_page_file(REVIEWED / "pages-112/page_2.txt")
    assert page.articles[0].title == "因地制宜发展新质生产力，邯郸怎么干？"


def test_a_diary_s_days_head_its_entries() -> None:
    """中国一重's 学习日记 (held-out set 112): 「2024年5月7日　星期二　晴」 over each entry — the
    first day had opened a second article, the others been read as the page's date."""
    page = load_page_file(REVIEWED / "pages-112/page_3.txt")
    headings = [p.text for p in page.articles[0].paragraphs if p.role == "heading"]
    assert len(headings) == 3


def test_a_diary_is_one_article() -> None:
    page = load_page_file(REVIEWED / "pages-112/page_3.txt")
    assert len(page.articles) == 1


def test_a_five_character_name_after_a_post_signs() -> None:
    """北疆先锋网's 对照检查材料 (held-out set 112): 「达拉特旗白泥井镇党委书记　那仁满都拉」 — no
    author had been found, and 「那仁满都拉」 / 「2024年1月22日」 at its end opened a second piece.
    """
    page = load_page_file(REVIEWED / "pages-112/page_4.txt")
    assert [a.author for a in page.articles] == ["那仁满都拉"]


def test_a_place_of_five_characters_signs_nothing() -> None:
    """A 微信 post's 「原创 社区党委 汴绣里社区」 (held-out set 86): no name of five."""
    page = load_page_file(REVIEWED / "pages-86/page_4.txt")
    assert page.articles[0].author == "赵秀琴"


def test_a_video_s_placeholders_are_no_title() -> None:
    """麻阳发布's 微党课 (held-out set 113): 「视频加载中...」 / 「点击播放」 under the 原创 line —
    they had been its title and its author."""
    page = load_page_file(REVIEWED / "pages-112/page_6.txt")
    assert page.articles[0].title == "从“一颗橙”读懂乡村全面振兴"


def test_a_lecturer_at_the_end_signs_before_the_account() -> None:
    """… 「主讲人：滕晓敏（中共麻阳苗族自治县委党校讲师）」 over the video's crew, the post's 「原
    创麻阳融媒」 naming the account."""
    page = load_page_file(REVIEWED / "pages-112/page_6.txt")
    assert page.articles[0].author == "滕晓敏"


def test_a_speech_s_title_over_two_lines_is_one_title() -> None:
    """曲靖's 交流发言 (held-out set 113): 「…主任李国栋同志在市委理论学习中心组」 / 「学习贯彻…
    专题读书班上的交流发言」 — the first line had been dropped."""
    page = load_page_file(REVIEWED / "pages-112/page_7.txt")
    assert page.articles[0].title.startswith("市发展改革委党组书记")


def test_a_speech_s_title_names_its_speaker() -> None:
    page = load_page_file(REVIEWED / "pages-112/page_7.txt")
    assert page.articles[0].author == "李国栋"


def test_a_copy_s_list_of_its_pieces_is_no_title() -> None:
    """南充日报's 热点问答 (held-out set 113): 「本版标题导航」 / 「·进一步全面深化改革热点问答」 /
    「·图说」 over the piece — the list's first entry had been its title, the second its author."""
    page = load_page_file(REVIEWED / "pages-112/page_8.txt")
    assert page.articles[0].title == "进一步全面深化改革热点问答"


def test_a_campaign_s_name_over_a_plain_article_s_title_is_its_lead_title() -> None:
    page = load_page_file(REVIEWED / "pages-112/page_8.txt")
    assert page.articles[0].kicker == "学习贯彻党的二十届三中全会精神"


def test_a_page_set_with_half_width_punctuation_keeps_its_paragraphs() -> None:
    """汉阴县人民政府 (held-out set 114): 「基层治理是国家治理的基石,是…重要保障.」 — the whole
    text had been one paragraph, its headings inside it."""
    page = load_page_file(REVIEWED / "pages-114/page_2.txt")
    headings = [p.text for p in page.articles[0].paragraphs if p.role == "heading"]
    assert headings[0] == "一、坚持党建引领，把组织优势转化为治理效能"


def test_half_width_punctuation_after_chinese_reads_full_width() -> None:
    text = '推进"两化"融合,让服务更精准.共4.2万人,1,286户(作者系党校副校长)'
    assert full_width_punctuation(text * 3).startswith(
        "推进“两化”融合，让服务更精准。共4.2万人,1,286户（作者系党校副校长）"
    )


def test_a_page_set_in_full_width_punctuation_is_unchanged() -> None:
    text = "推进“两化”融合，让服务更精准。共4.2万人,1,286户。"
    assert full_width_punctuation(text) == text


def test_a_bare_name_over_the_text_signs_where_the_closing_names_no_one() -> None:
    """… 「沈立华」 alone under the site's fields, 「(作者系中共汉阴县委党校副校长)」 at the
    end."""
    page = load_page_file(REVIEWED / "pages-114/page_2.txt")
    assert page.articles[0].author == "沈立华"


def test_a_markdown_export_reads_without_its_marks() -> None:
    """A 支部's 学习材料 exported from 飞书 (held-out set 114): 「# 以优良作风…」, 「## 一、…」,
    「**…**」 — the title had kept its 「#」."""
    page = load_page_file(REVIEWED / "pages-114/page_3.txt")
    assert page.articles[0].title == "以优良作风为推动高质量发展提供坚强保障"


def test_a_markdown_table_s_rule_is_no_text() -> None:
    page = load_page_file(REVIEWED / "pages-114/page_3.txt")
    assert not any("---" in p.text for p in page.articles[0].paragraphs)


def test_an_author_named_in_a_source_line_s_brackets_is_the_name_alone() -> None:
    """… 「*来源：《新湘评论》2025年第9期（作者：谭立新，中共湖南省委党校教授）　整理：…*」."""
    page = load_page_file(REVIEWED / "pages-114/page_3.txt")
    assert page.articles[0].author == "谭立新"


def test_lecturers_each_under_a_title_are_articles() -> None:
    """浙江法治报's 书记讲党课 (held-out set 115): 「讲课人：沈建华（诸暨市委常委、政法委书记）」
    under each of three titles — the page had been refused."""
    page = load_page_file(REVIEWED / "pages-114/page_5.txt")
    assert [a.author for a in page.articles] == ["沈建华", "方丽萍", "吴海涛"]


def test_a_short_comment_signed_with_its_unit_is_placed() -> None:
    """莆田日报's 学习微言 (held-out set 115): 「（市委党校　周敏）」 — the unit had been read as a
    second name."""
    page = load_page_file(REVIEWED / "pages-114/page_6.txt")
    assert (page.articles[0].author, page.articles[0].affiliation) == ("周敏", "市委党校")


def test_a_reader_signing_in_brackets_is_named_alone() -> None:
    """… 「（城厢区　读者　李建成）」."""
    page = load_page_file(REVIEWED / "pages-114/page_6.txt")
    assert page.articles[1].author == "李建成"


def test_a_comment_signed_by_the_paper_in_brackets_is_an_article() -> None:
    """… 「（本报评论员）」 — the next comment's title had been glued into its text."""
    page = load_page_file(REVIEWED / "pages-114/page_6.txt")
    assert "为基层减负要“减”到点子上" in [a.title for a in page.articles]


def test_a_site_s_date_and_search_box_are_not_the_column() -> None:
    """上杭党建网 (held-out set 115): 「今天是：2024年7月9日 星期二　　　站内搜索：」."""
    page = load_page_file(REVIEWED / "pages-114/page_7.txt")
    assert page.articles[0].column == "上杭党建网"


def test_a_table_s_data_source_is_not_the_page_s_source() -> None:
    """江门市委党校's 调研报告 (held-out set 115): 「数据来源：江门市统计局…」 under a table — it
    had named the report's column."""
    page = load_page_file(REVIEWED / "pages-114/page_8.txt")
    assert "统计局" not in page.articles[0].column


def test_a_research_report_s_writers_are_its_authors() -> None:
    """… 「（执笔：谭伟文　梁静仪）」 at its end, 「课题组组长：…」 and 「课题组成员：…」 under
    it."""
    page = load_page_file(REVIEWED / "pages-114/page_8.txt")
    assert page.articles[0].author == "谭伟文 梁静仪"


def test_a_research_group_under_the_title_is_its_writers_place() -> None:
    page = load_page_file(REVIEWED / "pages-114/page_8.txt")
    assert page.articles[0].affiliation == "中共江门市委党校课题组"


def test_a_slide_deck_s_running_foot_is_the_page_s() -> None:
    """渭南市水务局's 党课 PPT (held-out set 113): 「渭南市水务局党组 · 专题党课」 over 「第4页」
    on seven slides."""
    page = load_page_file(REVIEWED / "pages-112/page_5.txt")
    assert not any("专题党课" in p.text for p in page.articles[0].paragraphs)


def test_a_slide_s_items_are_lines_of_their_own() -> None:
    """… 「●2012年12月4日，…八项规定」 / 「●规定从中央政治局做起，…」 had been one paragraph."""
    page = load_page_file(REVIEWED / "pages-112/page_5.txt")
    assert "●规定从中央政治局做起，要求别人做到的自己首先做到" in [
        p.text for p in page.articles[0].paragraphs
    ]


def test_a_commentary_signed_at_its_end_with_a_mark_is_an_article() -> None:
    """桂林日报's 要闻 page (held-out set 116): a 本报讯 story, then 「【短评】」 / its title /
    text / 「□ 本报评论员　蒋思远」 — the commentary had been read into the story, or the
    signature as a byline opening nothing."""
    page = load_page_file(REVIEWED / "pages-116/page_3.txt")
    assert [a.title for a in page.articles][-1] == "以改革之力激活发展之势"


def test_a_book_extract_opens_at_its_part() -> None:
    """仁寿县委党校's 党性教育读本 (held-out set 116): the end of 第四讲 (its 思考题 and 「（本讲执
    笔：李静怡，…）」) over 「第五讲　锤炼忠诚干净担当的政治品格」 — the running head had been the
    title and the previous lecture's writer the author."""
    page = load_page_file(REVIEWED / "pages-116/page_2.txt")
    assert page.articles[0].title == "第五讲　锤炼忠诚干净担当的政治品格"


def test_a_book_extract_s_writer_is_named_at_its_part_s_end() -> None:
    page = load_page_file(REVIEWED / "pages-116/page_2.txt")
    assert page.articles[0].author == "曾庆华"


def test_a_title_with_a_colon_is_no_field() -> None:
    """北京周报's 中国关键词 (held-out set 117): 「中国关键词：新时代发展理念篇」 — read as a field
    (关键词：), the site's address had become the title."""
    page = load_page_file(REVIEWED / "pages-116/page_5.txt")
    assert page.articles[0].title == "中国关键词：新时代发展理念篇"


def test_bylines_over_their_titles_sign_each_piece() -> None:
    """新长征's 支部书记谈 (held-out set 117): 「■ 刘玉山　…党总支书记」 and 「刘玉山近照」 over
    each title — the page had been refused (「署名行前面缺少标题」)."""
    page = load_page_file(REVIEWED / "pages-116/page_8.txt")
    assert [a.author for a in page.articles] == ["刘玉山", "孙海燕", "赵国庆"]


def test_a_marked_name_then_post_is_read() -> None:
    """「■ 刘玉山　梨树县喇嘛甸镇东兴村党总支书记」 (set 117): the name, then the post — its
    reading had raised 「no such group」."""
    assert (
        byline_post("■ 刘玉山　梨树县喇嘛甸镇东兴村党总支书记") == "梨树县喇嘛甸镇东兴村党总支书记"
    )


def test_a_copy_s_app_words_sign_nothing() -> None:
    """学习强国 (held-out set 118): 「播报」 over 「来源：当代陕西 | 作者：雷振华 白　雪 |
    2024-05-21」— 「播报」 had been the author and the authors' field unread."""
    page = load_page_file(REVIEWED / "pages-118/page_2.txt")
    assert page.articles[0].author == "雷振华 白雪"


def test_a_page_s_list_of_titles_is_no_lead_title() -> None:
    """济宁日报 (held-out set 118): 「本版标题」 / 「· 让儒家文化…」 / 「· 尼山的灯火」 over the
    page."""
    page = load_page_file(REVIEWED / "pages-118/page_3.txt")
    assert page.articles[0].kicker == "深入学习贯彻习近平文化思想"


def test_a_student_s_paper_is_signed_by_the_student() -> None:
    """通山县委党校's 学员论文 (held-out set 119): 「（第二十三期中青年干部培训班学员　程　亮　大畈
    镇党委副书记）」 under the title, 「指导教师：阮新华（…讲师）」 under it — no author had been
    found."""
    page = load_page_file(REVIEWED / "pages-118/page_6.txt")
    assert page.articles[0].author == "程　亮"


def test_a_two_column_copy_s_title_is_whole() -> None:
    """当代电力文化 as a two-column PDF (held-out set 119): 「党建 | PARTY BUILDING」 / 「以“红色
    引擎”」 / 「激活供电服务新动能」 — the running head had taken the title's first half."""
    page = load_page_file(REVIEWED / "pages-118/page_7.txt")
    assert page.articles[0].title == "以“红色引擎”激活供电服务新动能"


def test_a_two_column_copy_s_writers_are_its_authors() -> None:
    page = load_page_file(REVIEWED / "pages-118/page_7.txt")
    assert page.articles[0].author == "王立群 胡蓉"


def test_a_printed_quiz_s_options_are_no_text() -> None:
    """上海干部在线学习城's 每日一练 (held-out set 117): 「A.《中共中央关于全面深化改革若干重大问题
    的决定》」 — a wrong option read as text could be stated true by a 判断 (review 11600)."""
    page = load_page_file(REVIEWED / "pages-116/page_7.txt")
    roles = {p.role for p in page.articles[0].paragraphs if p.text.startswith(("A.", "B."))}
    assert roles == {"note"}


def test_a_markdown_bold_lead_keeps_no_space_after_its_sentence() -> None:
    """A 飞书 export's 「**中央八项规定是…“金色名片”。** 2012年12月…」 (set 114): the lead sentence
    and the text go on without the space the marks stood beside."""
    page = load_page_file(REVIEWED / "pages-114/page_3.txt")
    texts = [p.text for p in page.articles[0].paragraphs]
    assert any(t.startswith("中央八项规定是新时代作风建设的“金色名片”。2012年") for t in texts)


def test_a_breadcrumb_goes_on_in_no_title() -> None:
    """多彩贵州网's 理论微视频 (held-out set 121): 「当前位置：首页 > 理论 > 理论微视频」 over
    「【理论微视频】“村超”火爆背后的乡村振兴密码」 — the two had been joined, the site's name the
    title."""
    page = load_page_file(REVIEWED / "pages-120/page_6.txt")
    assert page.articles[0].title == "“村超”火爆背后的乡村振兴密码"


def test_a_seminar_s_speeches_are_credited_to_the_reporter_who_put_them_together() -> None:
    """齐齐哈尔日报's 理论研讨会发言摘要 (held-out set 121): five speakers, then 「（本报记者
    于　佳　整理）」."""
    page = load_page_file(REVIEWED / "pages-120/page_5.txt")
    assert page.articles[0].author == "于\u3000佳"


def test_a_speech_s_speaker_under_its_title_and_date_is_its_author() -> None:
    """沁源县人民政府's 领导讲话 (held-out set 121): 「在…上的讲话」 / 「（2024年5月16日）」 /
    「武　斌」."""
    page = load_page_file(REVIEWED / "pages-120/page_7.txt")
    assert page.articles[0].author == "武\u3000斌"


def test_a_page_s_guide_on_one_line_is_the_page_s() -> None:
    """呼和浩特日报's 读书 page (held-out set 121): 「本版导读：…　｜　…　｜　书讯」 over the first
    title — it had been read into the lead title."""
    page = load_page_file(REVIEWED / "pages-120/page_8.txt")
    assert "本版导读" not in page.articles[0].kicker
