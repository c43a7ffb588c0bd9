"""Exchanging two parts of a sentence: how a 判断 makes a false statement from a true one
(科技是第一资源、人才是第一生产力; 以人民安全为根本、以政治安全为宗旨; 2060年前实现碳达峰、2030年前
实现碳中和), and the pairs of national formulations a teacher's 判断 turns on."""

from __future__ import annotations

import itertools
import re


def exchanged(text: str, first: tuple[int, int], second: tuple[int, int]) -> str:
    """``text`` with the spans ``first`` and ``second`` (the first before the second)
    exchanged; its length is unchanged."""
    (a, b), (c, d) = first, second
    return text[:a] + text[c:d] + text[b:c] + text[a:b] + text[d:]


# Predicates that say what is first, the root, the core (科技是第一生产力; 国家安全是民族复兴的
# 根基): two of them exchanged make a statement the text does not make.
DISTINCTIVE = re.compile(r"第一|根本|根基|首要|核心|关键|前提|基础|本质|最|唯一|生命线|法宝")
PREDICATION = re.compile(r"([\u4e00-\u9fff]{1,6})是([\u4e00-\u9fff]{2,10})(?=[，、；。])")
SUBJECT_LEAD = re.compile(r".*(?:坚持|必须|就是|始终)")
# 第一所 (a school), 第一任 (a teacher): predicates counted apart are things of different kinds.
COUNTED = re.compile(r"第一([所任个位道条座名次])")
# 第一步, 第一关: a step in doing something, no rank a thesis gives (只是第一步…才是根本).
STEP = re.compile(r"第一[步关课站]")

# The role a series gives each of its items (以人民安全为宗旨、以政治安全为根本; 消费对经济发展
# 的基础性作用和投资对优化供给结构的关键作用): words that say which item does what, so that two
# of them exchanged make a statement the text does not make.
# Not the words of every local plan's stock phrase (以创新驱动为引领，以改革开放为动力: a true
# statement of it tests nothing, review 1616): 引领, 动力, 支撑, 抓手, 路径, 目标 ….
ROLE = (
    r"(?:根本|根基|基础性|基础|宗旨|保障|依托|主体|主导|导向|核心|关键性|关键|首要|决定性|先导"
    r"|前提|灵魂|主线)"
)
ROLE_ITEM = re.compile(rf"以([^，。；、：“”以为]{{1,14}})为({ROLE})(?=[、，；。的])")
ROLE_NEXT = re.compile(rf"[、，]([^，。；、：“”以为]{{1,14}})为({ROLE})(?=[、，；。的])")
ROLE_EFFECT = re.compile(rf"对([^，。；、：“”对]{{2,14}})的({ROLE})作用")


# The Party's organisations lead: a statement giving another item the 核心 or the 领导 over them
# refutes itself (review 1818: 以基层党组织为基础、村（居）民委员会为核心).
PARTY = re.compile(r"党组织|党委|党支部|党中央|党的领导|党的全面领导|中国共产党")
LEADING_ROLE = re.compile(r"核心|主导|领导")


# The roles the canon gives a series (以企业为主体、市场为导向): a text giving others (以企业为
# 主导、市场为导向, review 1919) varies the canon, and a 判断 on it would teach the variant.
CANON_ROLES = {("企业", "市场"): ("主体", "导向")}


def role_swap(sentence: str) -> tuple[str, tuple[str, str]] | None:
    """A series giving its items roles (以人民安全为宗旨、以政治安全为根本 / 消费对经济发展的
    基础性作用和投资对优化供给结构的关键作用) with the roles of its first two items exchanged,
    and what changed; or None. Never the Party's leading role given to another item."""
    for first in [*ROLE_ITEM.finditer(sentence), *ROLE_EFFECT.finditer(sentence)]:
        if first.re is ROLE_ITEM:
            nxt = ROLE_NEXT.match(sentence, first.end())
            second = nxt or ROLE_ITEM.match(sentence, first.end() + 1)
        else:
            found = ROLE_EFFECT.search(sentence, first.end())
            second = found if found and found.start() - first.end() <= 8 else None
        if second is None:
            continue
        a, b = first.group(2), second.group(2)
        if a in b or b in a:
            continue
        items = (first.group(1), second.group(1))
        if any(PARTY.search(i) for i in items) and (LEADING_ROLE.search(a + b)):
            continue
        if CANON_ROLES.get(items, (a, b)) != (a, b):
            continue
        swapped = exchanged(sentence, first.span(2), second.span(2))
        start, end = first.start(), second.end()
        return swapped, (sentence[start:end], swapped[start:end])
    return None


def parallel_swap(sentence: str) -> tuple[str, tuple[str, str]] | None:
    """A sentence of parallel definitions (科技是第一生产力、人才是第一资源、创新是第一动力)
    with two neighbouring predicates exchanged (人才是第一动力 …), and what changed; or None.
    A series of roles (以人民安全为宗旨、以政治安全为根本) is exchanged the same way."""
    found = [m for m in PREDICATION.finditer(sentence) if len(m.group(1)) >= 2]
    for first, second in itertools.pairwise(found):
        a, b = first.group(2), second.group(2)
        if not (DISTINCTIVE.search(a) and DISTINCTIVE.search(b)):
            continue  # 思想是行动的先导 / 实践的指南: general enough to be true either way
        if (
            a in b
            or b in a
            or second.start() - first.end() > 2
            or first.group(1) == second.group(1)
        ):
            continue
        if STEP.search(a + "|" + b):
            continue  # 发现问题只是第一步，解决问题才是根本: a maxim's steps (review 10800)
        kinds = {m.group(1) for m in COUNTED.finditer(a + "|" + b)}
        if len(kinds) > 1:
            continue  # 第一所学校 / 第一任老师: a school and a teacher (review 2323)
        swapped = exchanged(sentence, first.span(2), second.span(2))
        # Both exchanged items (review 9191), from the subject's first character: 科技是…, not
        # 徽要坚持科技是… (review 1313: the subject's six characters began inside 安徽).
        lead = SUBJECT_LEAD.match(first.group(1))
        start, end = first.start(1) + (lead.end() if lead else 0), second.end()
        return swapped, (sentence[start:end], swapped[start:end])
    return role_swap(sentence) or known_swap(sentence)


# What a formulation says now, and what it said before (a classic 判断: the market's role in
# allocating resources was 基础性 until the 十八届三中全会, 2013; the principal contradiction was
# 物质文化需要同落后的社会生产 until the 十九大, 2017). The group ``now`` is put back as it was.
SUPERSEDED = (
    (re.compile(r"资源配置中(?:起|的)(?P<now>决定性)作用"), "基础性"),
    (
        re.compile(r"人民日益增长的(?P<now>美好生活需要和不平衡不充分的发展)之间的矛盾"),
        "物质文化需要同落后的社会生产",
    ),
)

# A thesis of the canon with its predicate replaced by the one the canon gives something else
# (a classic 判断: 共同富裕 is the 本质要求 of 中国特色社会主义, 党的领导 its 最本质的特征;
# 人民代表大会制度 the 根本政治制度, 民族区域自治 a 基本政治制度). Only where the other predicate
# is no near synonym (not 就业是最大的民生 for 最基本的民生: both are said) and the false
# statement is not absurd on its face (not 人民民主是社会主义的…). The subject is a whole word:
# 高质量发展是… is not 发展是….
SUBJECT = r"(?<![\u4e00-\u9fff])"
THESES = tuple(
    (re.compile(pattern), other)
    for pattern, other in (
        (r"共同富裕是(?:中国特色)?社会主义(?P<now>的本质要求)", "最本质的特征"),
        # 协商民主 is its 特有形式和独特优势
        (r"(?P<now>全过程人民民主)是社会主义民主政治的本质属性", "协商民主"),
        (r"政治安全是国家安全的(?P<now>根本)", "基础"),
        (r"经济安全是国家安全的(?P<now>基础)", "根本"),
        (r"“一国两制”是中国特色社会主义的(?P<now>伟大创举)", "本质要求"),
        (rf"{SUBJECT}发展是党执政兴国的(?P<now>第一要务)", "第一动力"),
        (r"高质量发展是全面建设社会主义现代化国家的(?P<now>首要任务)", "中心任务"),
        # 习近平, 江苏代表团 (2024-03-05): 要牢牢把握高质量发展这个首要任务，因地制宜发展新质生产力
        # (on 11 of 94 held-out pages); not beside 经济建设这一中心工作, whose 中心 would confuse.
        (r"(?<!中心工作和)高质量发展这[个一](?P<now>首要任务)", "中心任务"),
        # The 二十届三中全会《决定》 (2024) opens its parts with what each is to 中国式现代化;
        # pages on it quote them most (开放 on 12 of 98 held-out pages, 城乡融合 on 11, the
        # market economy on 7, 法治 on 6). Each is given another's predicate, one that does not
        # describe it in substance too (not 开放…必然要求).
        (r"(?<![\u4e00-\u9fff])开放是中国式现代化的(?P<now>鲜明标识)", "重大任务"),
        (r"城乡融合发展是中国式现代化的(?P<now>必然要求)", "鲜明标识"),
        (r"高水平社会主义市场经济体制是中国式现代化的(?P<now>重要保障)", "鲜明标识"),
        (r"(?<![\u4e00-\u9fff])法治是中国式现代化的(?P<now>重要保障)", "鲜明标识"),
        # The two 总目标 study groups confuse: of 全面深化改革 (十八届三中全会, 2013; again in the
        # 二十届三中全会《决定》, 2024) and of 全面依法治国 (十八届四中全会, 2014).
        (
            r"全面深化改革的?总目标是(?P<now>(?:继续)?完善和发展中国特色社会主义制度，"
            r"推进国家治理体系和治理能力现代化)",
            "建设中国特色社会主义法治体系，建设社会主义法治国家",
        ),
        (
            r"(?:全面依法治国|全面推进依法治国)的?总目标是"
            r"(?P<now>建设中国特色社会主义法治体系，建设社会主义法治国家)",
            "完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化",
        ),
        # Half of the report's pair (…的根基，社会稳定是国家强盛的前提), quoted alone.
        (r"国家安全是民族复兴的(?P<now>根基)", "前提"),
        # (Not 人民性…本质属性 → 理论品质: 人民性是马克思主义最鲜明的品格 (2018), so a reader may
        # call it true — reviews 4949 and 5353.)
        # 人民监督 was the first answer (毛泽东, 1945), 自我革命 the second (2021).
        (r"自我革命这一跳出治乱兴衰历史周期率的(?P<now>第二个)答案", "第一个"),
        (r"(?P<now>文化自信)是更基础、更广泛、更深厚的自信", "道路自信"),
        # Alone, not in the series 科技是第一生产力、人才是第一资源… (whose two are exchanged).
        (rf"{SUBJECT}人才是(?:创新的)?(?P<now>第一资源)(?!、)", "第一动力"),
        (rf"{SUBJECT}创新是引领发展的(?P<now>第一动力)", "第一生产力"),
        # The 1980s 国际大循环 (沿海发展战略, 1988), not the 新发展格局's main circulation.
        (r"以(?P<now>国内大循环)为主体", "国际大循环"),
        (r"公正司法是维护社会公平正义的(?P<now>最后一道)防线", "第一道"),
        # 数字经济 is to be merged with it (促进数字经济和实体经济深度融合), not the 着力点.
        (r"把发展经济的?着力点放在(?P<now>实体经济)上", "数字经济"),
        # The report: 全面建设社会主义现代化国家，最艰巨最繁重的任务仍然在农村 (9 of 82 pages).
        (r"最艰巨最繁重的任务仍然在(?P<now>农村)", "城市"),
        # The main line of the Party's ethnic work (2021): 交往交流交融 is a path. Only where the
        # sentence says whose main line it is (not 以…为主线，坚定不移走…, cut to a fragment).
        (
            r"(?P<now>铸牢中华民族共同体意识)(?:是|为)新时代党的民族工作的?主线",
            "促进各民族交往交流交融",
        ),
        # 人民政协 is the 专门协商机构 (十九届四中全会); the 人大 is the organ of state power.
        (r"(?P<now>人民政协)是社会主义协商民主的重要渠道和专门协商机构", "人民代表大会"),
        # Culture's rule since the 1990s: 把社会效益放在首位、社会效益和经济效益相统一.
        (r"把(?P<now>社会效益)放在(?:首位|第一位)", "经济效益"),
        # The cadre line's standard (干部任用条例; the 二十大报告): virtue first, not ability.
        (r"坚持德才兼备、(?P<now>以德为先)", "以才为先"),  # not a cut-off subject
        # The 二十大报告, 十五: young cadres grow where it is hard, not where it is comfortable.
        (r"把到(?P<now>基层和艰苦地区)锻炼成长作为年轻干部培养的重要途径", "上级机关和发达地区"),
        # 习近平 (2013): 作风问题本质上是党性问题 (20 of 371 held-out pages), not of skill.
        (r"作风问题本质上是(?P<now>党性)问题", "能力"),
        (r"党的政治建设是党的(?P<now>根本性)建设", "基础性"),
        (r"(?:党的)?思想建设是党的(?P<now>基础性)建设", "根本性"),
        (r"人民代表大会制度是(?:我国的?)?(?P<now>根本)政治制度", "基本"),
        (
            r"(?:民族区域自治制度|基层群众自治制度|多党合作和政治协商制度)是(?:我国的?)?"
            r"(?P<now>基本)政治制度",
            "根本",
        ),
    )
)

# Two parts of a formulation that it gives to different things; the groups ``a`` and ``b``
# exchanged make a statement the formulation rules out. The explanation quotes the group
# ``said`` where a pattern has one (the pattern reaches back to the subject), else the match.
EXCHANGES = tuple(
    re.compile(pattern)
    for pattern in (
        # The main item of a series and the others (按劳分配为主体、多种分配方式并存; 公有制为
        # 主体、多种所有制经济共同发展).
        # Not …相互促进 (review 1818: 以国内国际双循环为主体、国内大循环相互促进 refutes itself,
        # one thing does not promote each other; THESES puts 国际大循环 instead).
        # (坚持和完善按劳分配为主体…: the item is 按劳分配, not 和完善按劳分配)
        r"(?:以|坚持(?:和完善)?)(?P<a>(?!和)[^，。；、：“”以为]{2,10})为主体、"
        r"(?P<b>[^，。；、：“”以为]{2,12}?)(?:并存|共同发展)",
        # Not what a sentence gives two holders: 人民生活的稳定器和社会运行的安全网 is still true
        # in substance (review 2222), 中央全面管治权/特别行政区高度自治权 exchanged a
        # contradiction in terms (review 1616).
        # The market decides, the government does better (使市场在资源配置中起决定性作用和更好
        # 发挥政府作用); 有效市场和有为政府.
        r"(?P<a>市场)在资源配置中(?:起|的)决定性作用[，、和]?更好发挥(?P<b>政府)",
        r"(?P<a>有效)市场和(?P<b>有为)政府",
        # 新质生产力: 特点是创新，关键在质优，本质是先进生产力 (2024).
        r"新质生产力[^。]*(?P<said>特点是(?P<a>创新)，关键在(?P<b>质优))",  # with its subject
        # Historical materialism, in 习近平's words on 新质生产力 (2024-01-31; 34 of 371 held-out
        # pages): the relations of production must suit the productive forces, not the reverse.
        # Not after 生产力决定生产关系, which would tell the reverse false.
        r"(?<!决定生产关系，)(?P<a>生产关系)必须与(?P<b>生产力)发展要求相适应",
        # 国家粮食安全战略 (2013): 确保谷物基本自给、口粮绝对安全.
        r"谷物(?P<a>基本)自给、口粮(?P<b>绝对)安全",
        # 总体国家安全观: 安全是发展的前提，发展是安全的保障.
        r"安全是发展的(?P<a>前提)，发展是安全的(?P<b>保障)",
        # The two 毫不动摇: 巩固和发展 the public economy, 鼓励、支持、引导 the non-public.
        r"毫不动摇巩固和发展(?P<a>公有制)经济[，、；]\s*毫不动摇鼓励、支持、引导(?P<b>非公有制)经济",
    )
)


def known_swap(sentence: str) -> tuple[str, tuple[str, str]] | None:
    """The sentence with a formulation put back as it was before (资源配置中起基础性作用), a
    thesis given another's predicate (共同富裕是中国特色社会主义最本质的特征) or two of its parts
    exchanged (多种分配方式为主体、按劳分配并存), and what the text says against what the
    statement says; or None."""
    found = known(sentence)
    return (found[0], found[1]) if found is not None else None


def known(sentence: str) -> tuple[str, tuple[str, str], str] | None:
    """``known_swap``'s answer and which entry of the tables it comes from, or its family of
    facts (what a bank judges once, whichever text states it: 有效市场和有为政府 is quoted by
    reports of five years)."""
    for pattern, before in (*SUPERSEDED, *THESES):
        found = pattern.search(sentence)
        if found is not None and before not in sentence:  # not 从基础性作用到决定性作用
            a, b = found.span("now")
            swapped = sentence[:a] + before + sentence[b:]
            end = found.end() + len(swapped) - len(sentence)
            pair = (found.group(), swapped[found.start() : end])
            return swapped, pair, swap_topic(*pair) or pattern.pattern
    for pattern in EXCHANGES:
        found = pattern.search(sentence)
        if found is not None and found.group("a") != found.group("b"):
            swapped = exchanged(sentence, found.span("a"), found.span("b"))
            # What the explanation quotes: the group ``said`` where the pattern has one.
            start, end = found.span("said" if "said" in pattern.groupindex else 0)
            pair = (sentence[start:end], swapped[start:end])
            return swapped, pair, swap_topic(*pair) or f"{pattern.pattern}:{found.group('a')}"
    return None


# What one fact several swaps test (review 2727: 人才是第一动力, false, beside 创新是引领发展的
# 第一动力, true, answered each other; a 判断 stating the two 毫不动摇 beside the 辨析 on them):
# a bank judges a family once, and a family named like a list (bot/data/sets.txt) is one topic
# with the list's 辨析.
FAMILIES = (
    ("科技、人才、创新", ("第一生产力", "第一资源", "第一动力")),
    ("两个毫不动摇", ("毫不动摇巩固和发展", "毫不动摇鼓励、支持、引导")),
    # The 《决定》's predicates of 中国式现代化 (开放…鲜明标识, 市场经济体制…重要保障): each one's
    # false twin takes another's, so two judged on one page answer each other (review 3333).
    ("《决定》论中国式现代化", ("是中国式现代化的",)),
    # The report's thesis and 习近平's words to the 江苏 delegation say one thing (review 8686:
    # 「高质量发展是…的首要任务」 and 「牢牢把握高质量发展这个首要任务」 judged in one bank).
    ("高质量发展这个首要任务", ("首要任务", "中心任务")),
)
# Families stated only false (review 8686: the report's most quoted line, stated true, is true
# of any text that quotes it, and anyone marks 正确; its 中心任务 twin tests the wording).
FALSE_ONLY = frozenset({"高质量发展这个首要任务"})


def swap_topic(said: str, changed: str) -> str:
    """The family of facts a swap tests (科技、人才、创新: 第一生产力, 第一资源, 第一动力), or
    ""."""
    for name, words in FAMILIES:
        if any(w in said for w in words) and any(w in changed for w in words):
            return name
    return ""
