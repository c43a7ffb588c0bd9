"""辨析: named formulations with a fixed list of members (bot/core/sets.py, bot/data/sets.txt)
and the question asked where a text names one."""

from __future__ import annotations

import pytest

from bot.core.pages import parse_document
from bot.core.quiz import MAX_EXPLANATION, Question, generate, unique_across
from bot.core.segment import Segmenter
from bot.core.sets import NamedSet, mentioned, named_sets

SEGMENTER = Segmenter()


def page(*paragraphs: str) -> str:
    body = "\n".join(paragraphs)
    return f"理论\n坚定理想信念　担当时代使命\n□周　明\n{body}\n"


def members_of(text: str, name: str = "p.txt") -> list[Question]:
    articles = parse_document(text, name).articles
    return [q for q in generate(articles, SEGMENTER) if q.kind == "member"]


@pytest.mark.parametrize("named", [n for n in named_sets() if not n.acronym], ids=lambda n: n.name)
def test_a_formulation_can_be_asked(named: NamedSet) -> None:
    """Three members to show and a decoy no longer than the longest of them (an acronym of
    its members, 专精特新, is never asked)."""
    assert named.options("salt") is not None


@pytest.mark.parametrize("named", named_sets(), ids=lambda n: n.name)
def test_the_list_leaves_room_in_a_poll_s_explanation(named: NamedSet) -> None:
    """Telegram's 200 characters hold the list and a clause of the text naming it (the 七个着力,
    eleven to thirty characters each, did not: every question on them was dropped)."""
    assert len(named.explanation()) <= MAX_EXPLANATION - 60


@pytest.mark.parametrize("named", [n for n in named_sets() if not n.acronym], ids=lambda n: n.name)
def test_the_options_form_never_sets_the_decoy_apart(named: NamedSet) -> None:
    """Review 8484: 中国共产党 / 中华民族 / 中华文化 against 人民军队, the one option not
    opening with 中 — whichever three members an article's question shows, no first or last
    character they all share is missing from the decoy alone."""
    odd = []
    for salt in range(60):
        chosen = named.options(str(salt))
        if chosen is None:
            continue
        decoy, members = chosen
        for at in (0, -1):
            if len({m[at] for m in members}) == 1 and decoy[at] != members[0][at]:
                odd.append((decoy, members))
    assert odd == []


@pytest.mark.parametrize("named", named_sets(), ids=lambda n: n.name)
def test_no_decoy_is_a_member(named: NamedSet) -> None:
    assert not set(named.decoys) & set(named.members)


@pytest.mark.parametrize("named", named_sets(), ids=lambda n: n.name)
def test_the_members_shown_are_members(named: NamedSet) -> None:
    assert set(named.shown) <= set(named.members)


def test_a_page_naming_a_formulation_is_asked_about_it() -> None:
    text = page(
        "对党忠诚是共产党人首要的政治品质。广大党员干部要增强“四个意识”，在思想上政治上行动上同党中央保持高度一致，把忠诚落实到具体工作中去。",
        "实践是检验真理的唯一标准。要在基层一线经受锻炼，在解决实际问题中增长本领，做到知行合一、学用相长，在新时代新征程上建功立业。",
    )
    [q] = members_of(text)
    assert q.question == "下列哪一项不属于“四个意识”？"


def test_the_answer_is_the_one_option_that_is_not_a_member() -> None:
    text = page(
        "对党忠诚是共产党人首要的政治品质。广大党员干部要增强“四个意识”，在思想上政治上行动上同党中央保持高度一致，把忠诚落实到具体工作中去。",
    )
    [q] = members_of(text)
    outside = [o for o in q.options if o not in ("政治意识", "大局意识", "核心意识", "看齐意识")]
    assert outside == [q.answer]


def test_the_question_is_about_the_paragraph_naming_it() -> None:
    text = page(
        "实践是检验真理的唯一标准。要在基层一线经受锻炼，在解决实际问题中增长本领，做到知行合一、学用相长，在新时代新征程上建功立业。",
        "对党忠诚是共产党人首要的政治品质。广大党员干部要增强“四个意识”，在思想上政治上行动上同党中央保持高度一致，把忠诚落实到具体工作中去。",
    )
    [q] = members_of(text)
    assert q.paragraph == 2


def test_the_seven_focuses_are_named_where_a_text_speaks_of_the_decision() -> None:
    sentence = "《决定》以“七个聚焦”明确了进一步全面深化改革的具体方向。"
    assert [n.name for n in mentioned(sentence, sentence, 2025)] == ["七个聚焦"]


def test_a_province_s_own_seven_focuses_are_not_the_decision_s() -> None:
    sentence = "全市坚持“七个聚焦”，扎实推进城市更新和产业升级。"
    assert mentioned(sentence, sentence, 2025) == []


def test_another_five_in_one_is_not_the_overall_plan() -> None:
    """党政军警民“五位一体”联防联控 is not the “五位一体”总体布局."""
    sentence = "健全党政军警民“五位一体”联防联控体系，提高人防物防技防能力。"
    assert mentioned(sentence, sentence, 2026) == []


def test_the_overall_plan_is_named_with_its_name() -> None:
    sentence = "统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。"
    assert [n.name for n in mentioned(sentence, sentence, 2026)] == ["五位一体", "四个全面"]


def test_a_text_s_own_set_by_the_same_name_is_not_the_formulation() -> None:
    """Review 3838: 苏州's 「三大法宝」 are 昆山之路、张家港精神、园区经验, not the Party's."""
    sentence = (
        "苏州是改革开放的前沿阵地，“昆山之路”“张家港精神”“园区经验”这“三大法宝”，是宝贵财富。"
    )
    assert mentioned(sentence, sentence, 2026) == []


def test_the_formulation_after_its_own_members_in_quotation_marks_is_named() -> None:
    sentence = "“统一战线”“武装斗争”“党的建设”这“三大法宝”，是党战胜敌人的重要法宝。"
    assert [n.name for n in mentioned(sentence, sentence, 2026)] == ["三大法宝"]


def test_a_formulation_is_not_asked_in_a_text_older_than_it() -> None:
    sentence = "要增强“四个意识”，坚定“四个自信”。"
    assert mentioned(sentence, sentence, 2015) == []


def test_the_five_revitalisations_need_the_countryside() -> None:
    sentence = "全面推进“五个振兴”，城乡融合发展迈出新步伐。"
    assert mentioned(sentence, "老工业基地的" + sentence, 2026) == []


def test_a_bank_asks_about_a_formulation_once() -> None:
    first = page(
        "对党忠诚是共产党人首要的政治品质。广大党员干部要增强“四个意识”，在思想上政治上行动上同党中央保持高度一致，把忠诚落实到具体工作中去。",
    )
    second = page(
        "理论学习是党员干部的必修课。要牢固树立“四个意识”，自觉用党的创新理论武装头脑、指导实践、推动工作，不断提高政治判断力。",
    )
    questions = members_of(first, "a.txt") + members_of(second, "b.txt")
    assert len(unique_across(questions)) == 1


def test_a_formulation_asked_as_a_blank_is_not_asked_again_as_a_member() -> None:
    """One would print the other's answer in its stem."""
    from bot.core.quiz import Draft, topic_keys

    blank = Draft("blank", "a#1", 1, "坚持四项基本原则。", "填空：坚持____。", "四项基本原则",
                  ("三个有利于", "两个务必", "八项规定"), "")  # fmt: skip
    member = Draft("member", "b#1", 1, "坚持四项基本原则。", "下列哪一项不属于“四项基本原则”？",
                   "坚持改革开放", ("坚持社会主义道路",), "", topic="四项基本原则")  # fmt: skip
    assert topic_keys(blank) == topic_keys(member)


def test_a_sentence_naming_two_formulations_asks_the_newer() -> None:
    """Which one was asked followed the hash order of a set of names: a bank differed from run
    to run (PYTHONHASHSEED). The newer one: the older is named by more texts."""
    text = page(
        "新时代十年，我们统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局，推动党和国家事业取得历史性成就、发生历史性变革。",
    )
    [q] = members_of(text)
    assert q.question == "下列哪一项不属于“四个全面”战略布局？"


def test_a_formulation_named_in_one_sentence_only_has_it() -> None:
    """新质生产力's three marks are listed once; 新发展理念 is named again later."""
    text = page(
        "新质生产力是创新起主导作用，摆脱传统经济增长方式、生产力发展路径，具有高科技、高效能、高质量特征，符合新发展理念的先进生产力质态。",
        "要完整、准确、全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。",
    )
    asked = {q.question: q.paragraph for q in members_of(text)}
    assert asked == {
        "下列哪一项不属于新质生产力具有的特征？": 1,
        "下列哪一项不属于“新发展理念”？": 2,
    }


def test_the_six_strengths_of_an_education_power_are_asked_by_their_list() -> None:
    text = page(
        "我们要建成的教育强国，应当具有强大的思政引领力、人才竞争力、科技支撑力、民生保障力、社会协同力、国际影响力。",
    )
    [q] = members_of(text)
    assert q.answer in ("文化传承力", "创新驱动力")


def test_the_general_requirement_of_rural_revitalisation_is_named_by_its_list() -> None:
    """Texts print the 总要求 as its five phrases, seldom by a name; the 2005 新农村's
    (生产发展、生活宽裕、村容整洁、管理民主) are the decoys a reader could mistake for them."""
    text = page(
        "实施乡村振兴战略，要按照产业兴旺、生态宜居、乡风文明、治理有效、生活富裕的总要求，建立健全城乡融合发展体制机制和政策体系，加快推进农业农村现代化。",
    )
    [q] = members_of(text)
    assert q.answer in ("生产发展", "生活宽裕", "村容整洁", "管理民主")


def test_the_five_features_of_chinese_civilisation_need_the_civilisation() -> None:
    sentence = "这套制度具有突出的连续性和稳定性，经受住了各种风险挑战的考验。"
    assert mentioned(sentence, "我国基本经济制度" + sentence, 2026) == []


def test_the_five_features_are_named_by_one_of_them() -> None:
    sentence = "岭南文化的发展历程，本身就是中华文明突出的包容性和创新性的生动写照。"
    assert [n.name for n in mentioned(sentence, sentence, 2026)] == ["五个突出特性"]


def test_members_that_are_pairs_are_listed_with_commas() -> None:
    [named] = [n for n in named_sets() if n.name == "伟大建党精神"]
    assert named.explanation(2026) == (
        "“伟大建党精神”（2021年庆祝中国共产党成立100周年大会上提出）：坚持真理、坚守理想，"
        "践行初心、担当使命，不怕牺牲、英勇斗争，"
        "对党忠诚、不负人民。"
    )


def test_the_essential_requirements_are_asked_where_a_page_names_one_of_them() -> None:
    text = page(
        "发展全过程人民民主，是中国式现代化的本质要求之一。要健全人民当家作主制度体系，扩大人民有序政治参与，保证人民依法实行民主选举、民主协商、民主决策、民主管理、民主监督。",
    )
    [q] = members_of(text)
    assert q.answer in ("坚持人民至上", "全面深化改革", "维护国家安全", "实现科技自立自强")


def test_the_three_governances_are_not_named_by_a_local_name() -> None:
    """Review 9494: 「基层治理“三治融合”中的“三治”（2017年党的十九大报告提出）」 — the 十九大
    put forward 自治、法治、德治相结合; 三治融合 is a local practice's name."""
    named = next(n for n in named_sets() if n.name == "三治相结合")
    assert "三治融合" not in named.explanation(2026)


def test_the_explanation_says_when_a_formulation_was_put_forward() -> None:
    [named] = [n for n in named_sets() if n.name == "四个意识"]
    assert named.explanation(2026).startswith("“四个意识”（2016年中央政治局会议提出）：")


def test_the_explanation_says_where_a_list_was_laid_down_where_the_table_knows() -> None:
    """Reviews 2020, 2121: an answer key cites the meeting, not only the year."""
    [named] = [n for n in named_sets() if n.name == "新发展理念"]
    assert named.explanation(2026).startswith("“新发展理念”（2015年党的十八届五中全会提出）：")


def test_a_list_whose_source_is_not_certain_keeps_its_year_alone() -> None:
    [named] = [n for n in named_sets() if n.name == "四史"]
    assert named.explanation(2026).startswith("“四史”（2020年提出）：")


def test_no_year_is_given_for_a_formulation_whose_members_changed() -> None:
    [named] = [n for n in named_sets() if n.name == "四个全面"]
    assert "年提出" not in named.explanation(2026)


def test_the_explanation_says_the_text_only_names_the_list() -> None:
    """Reviews 2020, 2121: 「…增强“四个意识”…——《2018年政府工作报告》」 read as where the list
    comes from."""
    [q] = members_of(page("全党要增强“四个意识”，坚定“四个自信”，做到“两个维护”。"))
    assert q.explanation.split("\n")[1] == "文中提到：全党要增强“四个意识”…"


def test_an_older_list_says_what_changed_since() -> None:
    """Review 1818: a 2015 report's 四个全面 with 全面建成小康社会 and no word of 2020."""
    [named] = [n for n in named_sets() if n.name == "四个全面"]
    assert "（2020年起，全面建成小康社会改为全面建设社会主义现代化国家）" in named.explanation(
        2015
    )


def test_the_five_of_army_building_are_asked_where_a_text_lists_them() -> None:
    """The report's chapter 十二 names them by their list only (坚持政治建军、改革强军、…)."""
    asked = members_of(
        page(
            "必须贯彻新时代党的强军思想，坚持党对人民军队的绝对领导，坚持政治建军、改革强军、"
            "科技强军、人才强军、依法治军，加快把人民军队建成世界一流军队。"
        )
    )
    assert [q.answer for q in asked] == ["质量建军"]


def test_an_older_list_of_army_building_is_not_asked_as_the_five() -> None:
    """2018 still said 科技兴军 and had no 人才强军: that list is not the five."""
    asked = members_of(page("深入推进政治建军、改革强军、科技兴军、依法治军，全面加强练兵备战。"))
    assert asked == []


def test_the_four_orientations_of_science_are_asked_where_a_text_names_them() -> None:
    asked = members_of(
        page(
            "坚持“四个面向”，加快实现高水平科技自立自强，以科技创新引领产业创新，"
            "让更多科研成果走出实验室、走上生产线。"
        )
    )
    assert [q.answer for q in asked if q.kind == "member"] in (
        ["面向产业转型升级"],
        ["面向区域协调发展"],
    )


def test_the_principles_of_further_reform_are_not_asked_in_a_text_before_2024() -> None:
    """坚持以制度建设为主线 names them; a 2023 text cannot be asked about a 2024 plenum."""
    text = "2023年3月1日\n" + page("坚持以制度建设为主线，加强顶层设计、总体谋划，破立并举。")
    assert members_of(text) == []


def test_the_question_offers_no_member_its_wording_names() -> None:
    """Review 1313: 「…“政治建军、改革强军……”五个方面？」 offered 政治建军 and 改革强军 among the
    options, the stem naming them."""
    [named] = [n for n in named_sets() if n.name == "强军五个坚持"]
    chosen = named.options("salt")
    assert chosen is not None
    assert not [m for m in chosen[1] if m in named.ask]


@pytest.mark.parametrize("named", named_sets(), ids=lambda n: n.name)
def test_a_question_s_wording_is_no_label_made_of_its_members(named: NamedSet) -> None:
    """Review 1818: 「…“思想淬炼……”四个方面？」 read as a label a machine made."""
    assert "……" not in named.ask


def test_each_of_the_three_spirits_is_asked_with_a_mark_of_another() -> None:
    """劳模精神, 劳动精神, 工匠精神 (2020): a near miss a reader must tell apart."""
    spirits = {n.ask[:4]: n for n in named_sets() if n.group == "劳模精神和工匠精神"}
    assert set(spirits["劳模精神"].decoys) <= set(spirits["工匠精神"].members)
    assert set(spirits["工匠精神"].decoys) <= set(spirits["劳模精神"].members)


def test_the_five_identifications_are_asked_where_a_text_lists_them() -> None:
    text = "2024年5月1日\n" + page(
        "要增强各族群众对伟大祖国、中华民族、中华文化、中国共产党、中国特色社会主义的认同。"
    )
    assert [q.question for q in members_of(text)] == ["下列哪一项不属于“五个认同”？"]


def test_another_six_are_not_the_principles_of_further_reform() -> None:
    """Review 1313: a 2026 report's “六个坚持” were the 二十届四中全会's, not the 三中全会's."""
    text = "2026年1月20日\n" + page(
        "全面贯彻“六个坚持”的重大原则，坚持人民至上、坚持高质量发展、坚持全面深化改革。"
    )
    assert "六个坚持" not in "".join(q.question for q in members_of(text))


def test_the_four_organs_need_the_people_s_congress() -> None:
    sentence = "各级党组织要自觉成为“四个机关”，把政治机关的定位落到实处。"
    assert mentioned(sentence, sentence, 2024) == []


def test_the_four_organs_of_the_people_s_congress_are_asked() -> None:
    asked = members_of(
        page(
            "各级人大及其常委会要按照“四个机关”的定位和要求，全面加强自身建设，更好发挥人大作用。"
        )
    )
    assert [q.answer for q in asked] in (["执法机关"], ["监督机关"])


def test_the_two_integrations_offer_both_and_a_decoy() -> None:
    asked = members_of(
        page(
            "新时代新征程，我们要更加自觉地坚持“两个结合”，在赓续历史文脉中谱写当代华章，"
            "不断增强全民族的文化认同和精神力量。"
        )
    )
    assert [sorted(q.options) for q in asked] == [
        sorted(["同中国具体实际相结合", "同中华优秀传统文化相结合", "同人类文明优秀成果相结合"])
    ]


def test_the_five_securities_need_the_northeast() -> None:
    """“五大安全” is the 东北's mission; elsewhere the words may mean another five."""
    asked = members_of(
        page(
            "要统筹发展和安全，守住“五大安全”底线，坚决防范化解重大风险，"
            "为经济社会发展营造安全稳定的环境。"
        )
    )
    assert asked == []


def test_a_sentence_listing_both_unwavering_keeps_its_judgement() -> None:
    """The report lists them without the name: its sentence is judged (the two exchanged)."""
    asked = generate(
        parse_document(
            page(
                "坚持和完善社会主义基本经济制度，毫不动摇巩固和发展公有制经济，毫不动摇鼓励、支持、"
                "引导非公有制经济发展，充分发挥市场在资源配置中的决定性作用。"
            ),
            "p.txt",
        ).articles,
        SEGMENTER,
    )
    assert [q.kind for q in asked] == ["judge"]


def test_the_new_sixteen_characters_are_offered_against_a_decoy_of_their_form() -> None:
    """Review 2323: 执法必严 (the old 十六字) was picked by its form alone."""
    named = next(n for n in named_sets() if n.name == "新十六字方针")
    endings = {m[-2:] for m in named.members}
    assert all(d[-2:] in endings for d in named.decoys)


def test_the_five_major_principles_are_asked_where_the_report_announces_them() -> None:
    """The report lists them one paragraph each, after 必须牢牢把握以下重大原则。"""
    asked = members_of(
        page(
            "全面建设社会主义现代化国家，是一项伟大而艰巨的事业，前途光明，任重道远。"
            "前进道路上，必须牢牢把握以下重大原则。",
            "——坚持和加强党的全面领导。坚决维护党中央权威和集中统一领导，把党的领导落实到党和"
            "国家事业各领域各方面各环节。",
        )
    )
    assert [q.paragraph for q in asked] == [1]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # 荣昌's 聚焦“两新一重”…: the decoy is the 新四化's 新型工业化, not one of the three.
        (
            "实施抓项目促投资专项行动，聚焦“两新一重”、城市更新、生态环保、民生短板等领域，"
            "滚动实施一批打基础利长远的重大产业和基础设施项目。",
            ("下列哪一项不属于“两新一重”？", "新型工业化建设"),
        ),
        (
            "要推动广大干部深刻领悟“五个牢牢把握”的精髓要义，把学习成果转化为推动高质量发展的"
            "生动实践，以实干实绩检验学习成效。",
            ("下列哪一项不属于学习贯彻党的二十大精神的“五个牢牢把握”？", "高质量发展这个首要任务"),
        ),
        (
            "要牢牢把握东北在维护国家“五大安全”中的重要使命，努力走出一条高质量发展、"
            "可持续振兴的新路子，奋力谱写东北全面振兴新篇章。",
            ("下列哪一项不属于习近平总书记强调东北要维护的国家“五大安全”？", None),
        ),
        # 以水定需 (量水而行、以水定需) is said of water saving, not one of the four.
        (
            "习近平总书记强调，要坚持以水定城、以水定地、以水定人、以水定产，把水资源作为最大的"
            "刚性约束，走好水安全有效保障、水资源高效利用的路子。",
            ("下列哪一项不属于“四水四定”原则？", "以水定需"),
        ),
        (
            "我们要坚持和落实“两个毫不动摇”，把各项支持政策落细落实，让民营企业敢投、敢闯、敢干，"
            "让民营经济在推进中国式现代化的新征程中发挥更大作用。",
            ("下列哪一项不属于“两个毫不动摇”？", "毫不动摇发展混合所有制经济"),
        ),
        (
            "要深化人才发展体制机制改革，破除“唯论文、唯职称、唯学历、唯奖项”，给人才松绑，"
            "让人才潜心研究、施展才华。",
            ("下列哪一项不属于人才评价改革要破除的“四唯”？", "唯资历"),
        ),
        # 年轻干部's 对政治忠诚、政治定力…等深度掌握 (the seed page), where 政治素质 is the topic.
        (
            "坚持把政治素质作为首要之关，对政治忠诚、政治定力、政治担当、政治能力、政治自律等深度掌握，"
            "对政治上不过关干部“一票否决”。",
            ("下列哪一项不属于干部政治素质考察的五个方面？", "政治站位"),
        ),
        # 年轻干部's 把思想淬炼、政治历练…贯穿年轻干部成长全过程 (the seed page): asked by where
        # the four were laid down, the 十九届四中全会's 决定 (reviews 1818, 1919).
        (
            "南川区坚持把思想淬炼、政治历练、实践锻炼、专业训练贯穿年轻干部成长全过程，"
            "对年轻干部精耕细作、悉心培育。",
            ("下列哪一项不属于党的十九届四中全会为提高干部治理能力提出要加强的四个方面？", None),
        ),
        # The 条例's six, as the 党纪学习教育 of 2024 names them (18 of 371 held-out pages) …
        (
            "党员干部要把“六项纪律”作为日常言行的基本遵循，做到心有所畏、言有所戒、行有所止。",
            ("下列哪一项不属于党的“六项纪律”？", None),
        ),
        # … or lists them, a 和 before the last.
        (
            "《条例》对政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律和生活纪律作出了明确规定，"
            "划出了党员干部不可触碰的红线。",
            ("下列哪一项不属于党的“六项纪律”？", None),
        ),
        # The spirits whose words are fixed (set 100's 微党课 on the 塞罕坝精神).
        (
            "今天，我想和大家一起重温塞罕坝精神，聊一聊基层党员干部怎样在绿色发展中担当作为。",
            ("下列哪一项不属于“塞罕坝精神”？", None),
        ),
        (
            "伟大脱贫攻坚精神，是新时代中国共产党人精神谱系的重要组成部分，要大力弘扬脱贫攻坚精神。",
            ("下列哪一项不属于“脱贫攻坚精神”？", "众志成城"),
        ),
        (
            "伟大抗疫精神同中华民族长期形成的特质禀赋和文化基因一脉相承，激励我们勇毅前行。",
            ("下列哪一项不属于“伟大抗疫精神”？", "尽锐出战"),
        ),
        (
            "要像焦裕禄那样心里装着群众，大力弘扬焦裕禄精神，始终同人民群众想在一起、干在一起。",
            ("下列哪一项不属于“焦裕禄精神”？", None),
        ),
        (
            "一代代林州人传承红旗渠精神，在太行山上书写了自力更生的新篇章。",
            ("下列哪一项不属于“红旗渠精神”？", None),
        ),
        (
            "要做好科技金融、绿色金融、普惠金融、养老金融、数字金融五篇大文章，"
            "引导更多金融资源投向科技创新、先进制造和绿色发展等领域。",
            ("下列哪一项不属于金融“五篇大文章”？", None),
        ),
        (
            "2020年9月3日，习近平总书记把伟大抗战精神概括为：天下兴亡、匹夫有责的爱国情怀，"
            "视死如归、宁死不屈的民族气节，不畏强暴、血战到底的英雄气概，百折不挠、坚忍不拔的必胜信念。",
            ("下列哪一项不属于“伟大抗战精神”？", "万众一心、众志成城的团结意志"),
        ),
        (
            "广大教师要大力弘扬教育家精神，牢记为党育人、为国育才的初心使命。",
            ("下列哪一项不属于“教育家精神”？", "严谨治学、潜心钻研的扎实学识"),
        ),
        # The report's 结束语 lists them without the name (团结奋斗是…的必由之路).
        (
            "全党必须牢记，坚持党的全面领导是坚持和发展中国特色社会主义的必由之路，中国特色社会主义是"
            "实现中华民族伟大复兴的必由之路，团结奋斗是中国人民创造历史伟业的必由之路。",
            ("下列哪一项不属于党的二十大报告强调的“五个必由之路”？", None),
        ),
        (
            "深刻领会“五个必由之路”的丰富内涵，是把握新时代党和国家事业发展规律的一把钥匙。",
            ("下列哪一项不属于党的二十大报告强调的“五个必由之路”？", None),
        ),
    ],
    ids=[
        "两新一重",
        "五个牢牢把握",
        "五大安全",
        "四水四定",
        "两个毫不动摇",
        "四唯",
        "政治素质考察",
        "四个加强",
        "六项纪律",
        "六项纪律（列举）",
        "塞罕坝精神",
        "脱贫攻坚精神",
        "伟大抗疫精神",
        "焦裕禄精神",
        "红旗渠精神",
        "五篇大文章",
        "伟大抗战精神",
        "教育家精神",
        "五个必由之路（结束语）",
        "五个必由之路",
    ],
)
def test_a_formulation_local_articles_name_is_asked_with_its_decoy(
    text: str, asked: tuple[str, str | None]
) -> None:
    """The lists pages quote most (review 2222 onwards); None: one of several decoys."""
    question, answer = asked
    found = members_of(page(text))
    assert [(q.question, q.answer if answer else None) for q in found] == [(question, answer)]


def test_a_name_spelled_by_its_members_first_characters_is_not_asked() -> None:
    """Reviews 2424 and 6060: 专精特新 against 规模化 (the one option not spelling the name)
    or against 专门化 (which stands for 专业化): no decoy serves an acronym."""
    text = (
        "要完善中小企业梯度培育体系，引导更多中小企业走“专精特新”发展道路，"
        "在细分领域练就独门绝技，成长为行业的隐形冠军。"
    )
    assert members_of(page(text)) == []


def test_five_with_another_list_s_member_are_not_taken_for_the_four() -> None:
    """唯论文、唯帽子、唯职称、唯学历、唯奖项: not the 四唯 the question would ask about."""
    text = "人才评价中“唯论文、唯帽子、唯职称、唯学历、唯奖项”的倾向虽经持续治理，仍未完全破除。"
    assert members_of(page(text)) == []


def test_five_articles_said_of_another_thing_are_not_taken_for_finance_s() -> None:
    """五篇大文章 without 金融 in the paragraph is some other five (乡村振兴's, a city's)."""
    text = "各地要立足实际，写好产业、人才、文化、生态、组织“五篇大文章”，推动乡村全面振兴。"
    assert members_of(page(text)) == []


def test_the_two_establishments_and_upholdings_are_not_asked() -> None:
    """Review 2626: both members of the “两个确立” name 习近平, no decoy does (its
    意识形态领域 decoy was picked by form); no decoy of their form is not a member in other
    words. The same holds of the “两个维护” (review 2525: the only option without 党中央)."""
    text = "各级党组织要坚定拥护“两个确立”、坚决做到“两个维护”，把党中央决策部署落到实处。"
    assert members_of(page(text)) == []


SPELLED = [n for n in named_sets() if all(m[0] in n.name for m in n.members)]


@pytest.mark.parametrize("named", SPELLED, ids=lambda n: n.name)
def test_a_name_spelling_its_members_has_decoys_spelled_alike(named: NamedSet) -> None:
    """Review 2424: 专精特新 against 规模化 — the one option whose first character is not in the
    name."""
    assert all(d[0] in named.name for d in named.decoys)


def test_the_model_workers_and_the_craftsmen_s_spirit_are_asked_once() -> None:
    """Review 2727: each one's decoy is the other's member, so their two questions answered
    each other; a bank asks one, as of the 社会主义核心价值观's levels."""
    asked = members_of(
        page(
            "要大力弘扬劳模精神，让劳动模范的先进事迹在全社会广泛传播，激励更多劳动者建功立业。",
            "要大力弘扬工匠精神，培养更多高技能人才和大国工匠，为制造强国建设提供人才支撑。",
        )
    )
    assert len(asked) == 1


def test_the_approach_to_water_is_asked_where_a_text_lists_it() -> None:
    """Held-out set 32 (中国水利报): the 治水思路 of 2014, named by its sixteen characters."""
    [q] = members_of(
        page(
            "2014年3月14日，习近平总书记在中央财经领导小组第五次会议上提出“节水优先、空间均衡、"
            "系统治理、两手发力”的治水思路，为新时代治水指明了方向。"
        )
    )
    assert q.question == "下列哪一项不属于“新时代治水思路”？"


def test_a_text_naming_the_approach_to_water_alone_is_not_asked_about_it() -> None:
    text = page("要坚持新时代治水思路，统筹水资源、水环境、水生态、水灾害系统治理，建设幸福河湖。")
    assert members_of(text) == []


def test_the_four_unities_of_whole_process_democracy_are_asked_where_a_text_lists_them() -> None:
    """Held-out sets 8, 18, 29 and 33 quote them (中央人大工作会议, 2021)."""
    [q] = members_of(
        page(
            "全过程人民民主实现了过程民主和成果民主、程序民主和实质民主、直接民主和间接民主、"
            "人民民主和国家意志相统一，是全链条、全方位、全覆盖的民主。"
        )
    )
    assert q.answer == "选举民主和协商民主"


@pytest.mark.parametrize(
    "sentence",
    [
        "全国生态环境保护大会要求正确处理高质量发展和高水平保护的关系、重点攻坚和协同治理的关系、"
        "自然恢复和人工修复的关系、外部约束和内生动力的关系、“双碳”承诺和自主行动的关系。",
        "大会强调，要正确处理好高质量发展和高水平保护、重点攻坚和协同治理、自然恢复和人工修复、"
        "外部约束和内生动力、“双碳”承诺和自主行动的关系。",
    ],
)
def test_the_five_relations_of_ecological_progress_are_asked_where_a_text_lists_them(
    sentence: str,
) -> None:
    """Nine held-out pages quote them (全国生态环境保护大会, 2023), with or without 的关系."""
    [q] = members_of(page(sentence))
    assert q.question == "下列哪一项不属于推进生态文明建设需要处理好的“五个重大关系”？"


def test_the_three_meetings_and_a_lecture_are_asked_against_a_meeting() -> None:
    """Review 9696: 主题党日 against 支部党员大会, 党小组会, 党课 — the name 三会一课 says its
    members are 会 and 课, and the one option neither was the answer."""
    named = next(n for n in named_sets() if n.name == "三会一课")
    assert all(d.endswith("会") for d in named.decoys)


def test_the_four_down_to_the_grassroots_say_where_they_were_put_forward() -> None:
    """Review 9898: the answer key of 「下列哪一项不属于“四下基层”？」 named no origin."""
    named = next(n for n in named_sets() if n.name == "四下基层")
    key = named.explanation(2026)
    assert key.startswith("“四下基层”（1988年习近平同志在福建宁德工作期间提出）")
