"""Fields of meaning (bot/data/fields.txt): echoes a reader sees without having read the text."""

from __future__ import annotations

from importlib import resources

from bot.core.fields import TABLE, fields


def test_the_table_is_well_formed() -> None:
    table = fields()
    assert len(table.groups) >= 10
    for name, words in table.groups.items():
        assert len(words) >= 2, name
        assert len(set(words)) == len(words), f"a word twice in {name}"


def test_every_line_is_a_heading_a_comment_or_words() -> None:
    text = resources.files("bot.data").joinpath(TABLE).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith(("#", "## ")):
            assert all("\u4e00" <= c <= "\u9fff" for c in line.replace(" ", "")), line


def test_a_word_of_the_sentence_in_the_answers_field_gives_it_away() -> None:
    echo = fields().echo(
        "人口发展战略",
        ["健康中国战略", "区域重大战略", "扩大内需战略"],
        "优化，建立生育支持政策体系",
    )
    assert echo == {"人口"}


def test_a_field_a_distractor_shares_gives_nothing_away() -> None:
    echo = fields().echo(
        "实体经济", ["海洋经济", "县域经济", "开放型经济"], "把发展经济的着力点放在上"
    )
    assert not echo


def test_words_of_like_meaning_echo() -> None:
    assert fields().echo(
        "实践锻炼为先", ["铸魂赋能为基", "选贤任能为要"], "以，练就德才双全“硬脊梁”"
    )


def test_a_place_in_a_slogan_echoes_a_space() -> None:
    assert fields().echo(
        "一馆五榜一场", ["三送三会两比", "三专三辅", "五大抓手"], "建好“”公共文化空间"
    )


ECONOMY = "第四部分：加快构建新发展格局，着力推动高质量发展"
ARMY = "第十二部分：实现建军一百年奋斗目标，开创国防和军队现代化新局面"
SCIENCE = "第五部分：实施科教兴国战略，强化现代化建设人才支撑"
CULTURE = "第八部分：推进文化自信自强，铸就社会主义文化新辉煌"
GREEN = "第十部分：推动绿色发展，促进人与自然和谐共生"
SECURITY = "第十一部分：推进国家安全体系和能力现代化，坚决维护国家安全和社会稳定"


def test_a_sentence_about_enterprises_points_to_the_economic_part() -> None:
    sentence = "完善中国特色现代企业制度，弘扬企业家精神，加快建设世界一流企业。"
    assert fields().points_to(sentence, ECONOMY, [ARMY, SCIENCE, CULTURE])


def test_a_near_miss_of_another_field_keeps_the_question() -> None:
    sentence = "加强生物安全管理，防治外来物种侵害。"
    assert not fields().points_to(sentence, GREEN, [ARMY, SECURITY, ECONOMY])


def test_a_word_inside_a_longer_one_counts_once() -> None:
    """科学 inside 科学家: one word of 科教 against 文化's one, a near miss."""
    sentence = "培育创新文化，弘扬科学家精神，涵养优良学风，营造创新氛围。"
    assert not fields().points_to(sentence, SCIENCE, [CULTURE, ARMY, ECONOMY])


def test_words_of_like_meaning_are_no_topic() -> None:
    sentence = "密切同人民群众的联系。"
    assert not fields().points_to(
        sentence, "第九部分：增进民生福祉，提高人民生活品质", [ARMY, SCIENCE, CULTURE]
    )
