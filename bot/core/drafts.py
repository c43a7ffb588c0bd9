"""An article read from somewhere (a web page, a Word file, a PDF, pasted text) before it is
stored, and the generic recognition of what surrounds its body.

Every source gives lines; :func:`shape` finds the title, the metadata lines around it (作者：,
来源：, 责任编辑, dates such as 2026年11月29日 or 2026-11-29 10:32, a bare name under the
title, 记者 names in a dateline) and the end matter after the body (责编, 审核, 扫码关注,
《人民日报》（2026年11月29日 09 版）…) by their shape, never by which site or file they came from.

A draft is stored as a plain-text article (:func:`render`), which :mod:`bot.core.plain` reads
back: the seeds folder stays the one place the library is loaded from.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlsplit

from bot.core import texts

# （作者系…）, and a 宣讲 or 党课 its speaker signs so: （宣讲员：王秀芬，…；整理：刘畅）.
# (a 学习书架's 「（推荐人：梁嘉欣，…讲师）」, a 理论热点面对面's 「（答问专家：杨春华，…教授）」)
SPEAKERS = r"(?:(?:宣讲|主讲|讲述|推荐|讲课)[员人]|答问专家|解答专家)"
AFFILIATION = re.compile(rf"^[(（]\s*(?:本文)?(?:作者|{SPEAKERS})(?P<rest>.*)[)）]$")
SPEAKER_CLOSING = re.compile(
    rf"^{SPEAKERS}\s*[:：]\s*[\u4e00-\u9fff·]{{2,5}}\s*[（(][^（）()]{{2,40}}[)）]$"
)
MAX_TITLE = 80
HEAD_LINES = 16  # metadata lines looked for under the title
HEAD_SCAN = 15  # lines before the body where a title can sit (after menu words, breadcrumbs)
DEEP_SCAN = 40  # … or, on a 专题 page, under its banner and boxes, over its dated source line
# A paper's commentator signing for it: 人民日报评论员, 本报评论员, 新华社评论员.
COMMENTATOR = re.compile(r"^[\u4e00-\u9fff]{1,8}评论员$")
TAIL_LINE = 60  # end matter is short; a long last line is body text
TAIL_AFTER_CLOSING = 40  # lines of end matter after a closing line (a web page's footer)
QUESTION_OR_ANSWER = re.compile(r"^(?:[问答]|[QA](?![A-Za-z]))\s*[:：]")  # 问：…, Q：…

DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2})(?!\d))"
)
TIME = r"(?:\s*\d{1,2}(?:[:：]\d{2}(?:[:：]\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))?"
DATE_ONLY = re.compile(
    r"^[(（]?(?:(?:发布|发表|更新|刊发)?(?:时间|日期)\s*[:：]\s*)?"
    + DATE.pattern
    + TIME
    + r"[)）]?$"
)
LABEL = (
    r"作者|撰文|文|作者单位|来源|出处|稿源|原载|日期|时间|发布时间|发布日期|发表时间|"
    r"责任编辑|责编|编辑|审核|审校|校对|排版|监制|终审|初审|复审|字号|分享到|分享|"
    r"网站|原文|原文链接|链接|网址|文件|记者|通讯员|图片|摄影|阅读|浏览|浏览次数|点击数|点击量|"
    r"阅读量|阅读数|访问量|解读人|解读机关|解读单位|"  # a 政策解读's (set 88's 吴忠市人民政府)
    r"发布者|发布人|发布单位|供稿单位|信息来源|"  # a school's site (set 95's 福建农林大学新闻网)
    r"撰稿|原标题|"  # 「（撰稿：…）」 under a 微信 post (set 97); a reprint's 原标题 (set 107)
    r"执笔人|执笔|整理|"  # 「（执笔：谭伟文　梁静仪）」 under a 调研报告 (set 115); 整理：…
    r"播出时间|播出日期|首播时间|"  # a broadcast's (set 112's 理论之声)
    # a government site's 信息公开 table over its text (set 99's 泾县人民政府)
    r"索引号|信息分类|主题分类|发布机构|发文机关|生成日期|成文日期|信息名称|文号|关键词|生效日期|废止日期"
)
FIELD = re.compile(  # (not a table's 「数据来源：」 under it, set 115: no source of the page's)
    rf"(?<!数据)(?<!资料)(?P<label>{LABEL})\s*[:：／/]\s*(?P<value>.+?)"
    # (… up to the next field, a date, a bar, or a switch beside it: 【字体：大 中 小】, or a
    # credit after a space, 「文/刘雅婷　图/陈振宇」)
    rf"(?=\s*(?:{LABEL})\s*[:：]|\s+(?:19|20)\d{{2}}\s*[-/.年]|\s*[|│｜]|\s*【"
    rf"|\s+[\u4e00-\u9fff]{{1,4}}\s*[/／]|$)"
)
NAME = r"[\u4e00-\u9fff·]{2,4}"
# 「王慧敏1，陈立军2」: a journal numbers each author to the unit printed under the names.
UNIT_MARK = r"[1-9¹²³⁴⁵]"
NAMES = re.compile(
    rf"^(?:本报记者|记者|文\s*[/／])?\s*({NAME}{UNIT_MARK}?(?:[\s、，,]+{NAME}{UNIT_MARK}?){{0,3}})$"
)
# … and the units under them, each a place of work with its postcode:
# 「（1.中共湖北省委党校  党的建设教研部，湖北  武汉  430022；」.
JOURNAL_UNIT = re.compile(r"^[（(]?(?:[1-9][.．、]\s*)?[\u4e00-\u9fff].{3,60}?\d{6}[)）；;]?$")
# A journal's header over its article: 「湖北行政学院学报  2025年第1期（总第145期）」.
JOURNAL_ISSUE = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,16}(?:学报|学刊|杂志|论坛|研究|理论|党建|求索))"
    r"\s*(?:\d{4}\s*年\s*)?第\s*\d{1,2}\s*期(?:[（(][^）)]{1,12}[)）])?$"
    # … or its name alone between its volume and issue (「第27卷　第1期　　中共乐山市委党校学报」)
    r"|^(?P<alone>[\u4e00-\u9fff]{4,16}(?:学报|学刊))$"
)
# A news report's reporters under its title, each on a line or side by side: 「通讯员　樊晓燕」,
# 「记者　朱志强」; an outlet's reporter signs with its name (「澎湃新闻记者 沈一苇」).
REPORTERS_LINE = re.compile(
    r"^(?:本报|特约|(?P<outlet>[\u4e00-\u9fff]{2,6}?))?(?:记者|通讯员)\s*"
    rf"(?P<names>{NAME}(?:[\s、，,]+{NAME}){{0,3}})$"
)
REPORTER = re.compile(rf"[（(](?:本报|新华社|央视)?记者\s*({NAME}(?:\s*[、，,]\s*{NAME}){{0,4}})")
# A name with the author's post in brackets, on its own line under the title:
# 「刘文博（中共江苏省委党校政治学教研部教授）」.
NAME_POST = re.compile(rf"^(?P<name>{NAME})\s*[（(](?P<post>[^（）()]{{2,40}})[)）]$")
SPACED_NAME = re.compile(r"^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,2}$")  # 李 明
END_LABEL = re.compile(
    r"^(?:[\[【]\s*纠错\s*[\]】]\s*)?[\[【(（]?\s*(?:责任编辑|责编|编辑|审核|审校|校对|排版|监制|终审|初审|复审|来源|出处|"
    r"作者|记者|本文转自|转自|文字|图片|摄影|视频|制作|出品|策划|统筹|投稿|联系|关键词|关键字|标签"
    r"|摄像|剪辑|后期|配音|拍摄)"  # a video's crew (set 113's 微党课)
    r"\s*[:：/／]"
    r"|^[《〈]\s*[^》〉]{2,20}\s*[》〉]\s*[（(]\s*(?:19|20)\d{2}年.{0,20}[)）]$"
)
# Words of share bars, QR blocks and comment boxes: end matter when the line is no sentence.
# A site's foot under the text, read from the end: 上一条：…, 下一条：…, 地址：…, 邮编：400715
# (never where the end matter starts: END_LABEL's 责编 does that).
FOOT_LABEL = re.compile(r"^(?:上一条|下一条|上一篇|下一篇|地址|邮编|(?:联系)?电话|传真)\s*[:：]")
END_WORDS = re.compile(
    r"纠错|分享到|扫码|扫一扫|二维码|长按识别|关注|公众号|点赞|在看|阅读原文|转载|版权|免责声明"
    r"|文明上网|理性发言|发表评论|网友评论|打印本页|关闭窗口|返回顶部|^[—\-－]*\s*END\s*[—\-－]*$"
    r"|本网站|书面授权|Copyright|All Rights Reserved|©|ICP备"
    r"|^本文仅代表作者(?:个人)?观点"  # …，不代表中国网立场。: a site's disclaimer
)
# … and a site's own foot, however long its line (set 88's 吴忠市人民政府: 网站标识码, 公网安备,
# 建议使用…浏览器, 网站地图 | 联系我们, 主办：…　承办：…)
SITE_FOOT = re.compile(
    r"网站标识码|公网安备|ICP备|建议使用.{0,40}浏览|网站地图|^(?:主办|承办)(?:单位)?\s*[:：]"
    r"|技术支持\s*[:：]|版权所有"
    # 「声明：本文仅代表作者观点，不代表本网立场」 (set 111)
    r"|^(?:免责)?声明\s*[:：].{0,30}仅代表作者"
)
# A list of other pieces under an article (往期推荐, 相关阅读, a site's 相关文件): its head alone
# on its line.
RELATED = re.compile(
    r"^[【\[]?\s*(?:往期推荐|往期回顾|相关阅读|相关新闻|推荐阅读|延伸阅读|相关链接|相关文件|相关解读)"
    r"[】\]]?[:：]?$"
)
# What a phone's 微信 leaves in a copy: 长按识别二维码, 阅读原文, 写留言, 继续滑动看下一个,
# - END -,
WECHAT_RESIDUE = re.compile(
    r"^(?:长按(?:识别|扫描).{0,16}|(?:轻触)?阅读原文|写留言|微信扫一扫|关注该公众号|预览时标签不可点"
    r"|(?:点击|扫码)?关注(?:我们|本号|[\u4e00-\u9fff]{2,12}?公众号)|听全文"
    r"|(?:继续|向上)滑动看下一个|知道了|使用小程序|取消\s*允许|[-—_\s]*END[-—_\s]*"
    # … and a page's counters: 浏览次数：3618, 阅读 2316, 分享　收藏　赞 41　在看 17
    r"|(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]?\s*\d+|分享\s+收藏(?:\s+\S{1,6})*)$"
)
# Lines a page shows around its title, copied along with the text: menus, breadcrumbs.
FURNITURE_LINE = re.compile(
    r"^(?:下载|打印|全屏|收藏|分享[:：]?|加大|还原|减小|默认|[大中小]|[大中小]字号|[【】\[\]]"
    # a share bar's targets one a line (微信 / 微博 / QQ空间 / 复制链接)
    r"|微信|微博|新浪微博|QQ空间|QQ好友|QQ|复制链接|豆瓣|钉钉"
    r"|【?字[号体][:：]?|[>›»]|首页|(?:您的|您?当前的?)位置\s*[:：]?(?:\s*首页\s*[>›»].*)?|扫一扫.{0,20}|返回.{0,10}|关闭.{0,6}"
    # a site's menu row: 首页　要闻　习近平　求是　理论 …
    r"|首页(?:\s*[|｜│]?\s*[\u4e00-\u9fffA-Za-z]{1,8}){2,}"
    # a 微信公众号's: 点击蓝字 / 关注我们, 收录于合集 / #学习教育进行时 9个 (or on one line)
    r"|点击(?:上方)?蓝字.{0,8}|关注我们|收录于(?:合集|话题)(?:\s*#\S{1,20}\s*\d+个)?|#\S{1,20}\s*\d+个"
    # a news app's prompts: 打开APP阅读, 在APP内打开, 下载客户端
    r"|(?:打开|在)\s*(?:APP|App|app|客户端)\s*(?:内)?(?:阅读|打开|查看)?|下载(?:APP|App|客户端)"
    # a site's search box (「请输入关键词　　搜索」, set 99)
    r"|请输入(?:关键词|关键字|搜索内容)|搜索|站内搜索|高级搜索"
    # a handout's restriction over its title (「内部学习资料　注意保存」, sets 94 and 96)
    r"|(?:内部(?:学习)?(?:资料|材料)|内部参考|仅供内部(?:学习|参考))(?:\s*(?:注意保存|请勿外传|妥善保管))?"
    rf"|{WECHAT_RESIDUE.pattern[1:-1]})$"
)
END_FIELD = re.compile(r"^(?:解读人|解读机关|解读单位|相关文件|相关链接)\s*[:：]")
OPEN_GOVERNMENT = re.compile(
    r"^(?:索引号|信息分类|主题分类|发布机构|发文机关|生成日期|成文日期|信息名称|文号|关键词|生效日期|废止日期)\s*[:：]"
)
MAX_CARD_WORD = 12
ISSUE_NUMBER = re.compile(r"^[（(]?(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期[)）]?$")  # （2024年第11期）
APP_WORD = re.compile(
    r"^(?:播报|分享|收藏|点赞|评论|转发|在看|打印|关闭)$"
)  # over a copy's fields
MOTTO = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:[·•・][\u4e00-\u9fff]{2,4}){2,}$")
YEAR_MONTH = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月$")
# A handout's compiler under its title (「中共宣汉县委宣传部　编印」): the publisher, no author.
COMPILED = r"编印|汇编|编制|印发"  # (a unit's verbs for its handout: no name after the unit)
COMPILED_BY = re.compile(rf"^(?P<unit>\S.{{1,30}}?)\s*(?:{COMPILED})$")
# A name with its post in brackets, as a web copy's 作者： field may give several.
POSTED_PAIR = re.compile(
    r"([\u4e00-\u9fff](?:[\u4e00-\u9fff]{1,3}|[ 　]{1,2}[\u4e00-\u9fff]))"
    r"[（(]([^（）()]{2,40})[)）]"
)
HEAD_PICTURE = re.compile(r"^(?:[▲△]|(?:资料图|题图|配图|图片)(?:[:：（(]|$))")
# A 微信公众号 article's line under its title: 「原创 周若澜 学习小组 2025年04月02日 07:30 北京」.
WECHAT_BYLINE = re.compile(
    r"^原创\s+(?P<name>[\u4e00-\u9fff·]{2,4}(?:\s[\u4e00-\u9fff·]{2,4})?)\s+(?P<account>\S{2,20})\s+"
    r"(?:19|20)\d{2}[年-]\d{1,2}[月-]\d{1,2}日?"
)
# … or that line without its date, the account's name and the date on lines of their own
# (「原创 刘畅 株洲机关党建」 / 「株洲机关党建」 / 「2025年04月15日 08:00 湖南」).
WECHAT_ORIGINAL = re.compile(
    r"^原创\s+(?P<name>[\u4e00-\u9fff·]{2,4}(?:\s[\u4e00-\u9fff·]{2,4})?)\s+(?P<account>\S{2,20})$"
)
# … or an account's own post, its author a unit of more than four characters (「原创
# 清溪街道党工委 清溪先锋 2024年05月20日 16:30 浙江」, 「原创 荣成市融媒体中心 荣成融媒
# 2025年03月18日 07:30」): its date.
ORIGINAL_POST = re.compile(r"^原创\s+\S.{1,40}?\s(?:19|20)\d{2}[年-]\d{1,2}[月-]\d{1,2}日?")
# A repost's account line under the title (「城事观察  2025年08月12日 07:30  北京」): its date.
WECHAT_ACCOUNT = re.compile(
    r"^\S{2,20}\s+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s+\d{1,2}:\d{2}(?:\s+\S{1,6})?$"
)
# 「以下文章来源于中国城市报 ,作者王一鸣」: where a repost comes from, and its author; the source
# account's card follows (its name, its one-line description).
REPOSTED_FROM = re.compile(
    rf"^以下文章来源于\s*(?P<source>[^,，\s]{{2,30}})\s*[,，]\s*作者\s*(?P<name>{NAME})$"
)
# The head of a page's comment section (a 微信公众号's 留言 / 写留言, a site's 网友评论): readers'
# words follow, sentences of their own, never the article's.
COMMENTS = re.compile(
    r"^(?:留言|写留言|精选留言|全部留言|网友评论|全部评论|热门评论|评论区|精选评论|最新评论|读者评论)(?:[（(]\d+[)）])?$"
    # 学习强国's readers under its 点赞 / 观点 / 分享: 「观点（5）」
    r"|^(?:观点|评论)[（(]\d+[)）]$"
)
SUBTITLE = ("—", "―", "－－", "--")
DATED_SUBTITLE = re.compile(
    r"^[（(]?\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[在于]"
)
LABEL_ONLY = re.compile(rf"^(?:{LABEL}|阅读量|浏览量|点击量?)\s*[:：]$")
SEPARATOR = re.compile(r"^[>›»/|]$")
SPEAKER = re.compile(
    # (a 长 is a head's: 市长, 局长, 院长 — never 常态化长效化's)
    r"^[\u4e00-\u9fff]{1,16}(?:[市区县省局部处厅校院会社镇乡行所队站科组州盟]长|主席|书记|主任)"
    r"\s*(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})$"
)
FURNITURE = re.compile(
    r"字[号体]\s*[:：]|分享到|[【\[]\s*(?:打印|纠错|收藏|关闭)\s*[】\]]|打印本页|关闭窗口|收藏本页"
    r"|我要纠错|(?<!\S)[大中小](?: [大中小]){1,2}(?!\S)"
    r"|^扫码(?:观看|阅读|关注|收听|收看)"  # 扫码观看本期微党课视频: never a lead title
    # an app's count of readers under the title (set 103's 平遥发布: 「阅读量 2.3万」)
    r"|^(?:阅读量?|阅读数|浏览量?|点击量?|播放量?|点赞|转发|评论|收藏|在看)\s*[:：]?\s*[\d.]+\s*[万千]?\+?$"
)
SENTENCE_END = "。！？!?…；;"
# A list of references or notes after the text (参考文献： / 注释： then [1] … , ① …): the
# sources, not the article's words.
REFERENCES = re.compile(  # (spaced out by a PDF copy: 「参 考 文 献」)
    r"^[【\[]?(?:参\s?考\s?文\s?献|参考资料|注\s?释|注|引文注释)[】\]]?\s*[:：]?$"
)
NOTE_NUMBER = r"(?:[［\[]\d{1,3}[］\]]|[①-⑳])"  # [1], ①: a reference's or a footnote's number
REFERENCE_ITEM = re.compile(rf"^(?:{NOTE_NUMBER}|\d{{1,3}}[.．、])\s*\S")
# Lines that only decorate: a 微信公众号's ▼ over a quotation, a row of stars or dots between
# sections, a pointing hand under 点击蓝字 (👆; no word, no digit).
ORNAMENT = re.compile(
    r"^[▼▽↓◆◇●○■□★☆※*＊·•—–\-~～=＝_─━═\s\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]+$"
)
# What a page's video or audio player leaves in a copy: 视频加载中，请稍候... / 播放 /
# 00:00/03:25 / 倍速 / 高清 / 全屏 / 🔊 听新闻.
PLAYER = re.compile(
    r"^(?:视频加载中.{0,12}|视频播放位置|(?:下载安装)?[Ff]lash\s*播放器.{0,8}|🔊?\s*听新闻"
    r"|(?:(?:播放|暂停|重播|倍速|高清|标清|超清|静音|全屏|退出全屏)\s*[|｜]?\s*)+"
    r"|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}|点击收听|音频"  # a 微信 audio player (set 90)
    # … a link to the talk's recording (set 100: ▶ 点击观看微党课视频（时长8分42秒）)
    r"|[▶►▷]?\s*点击(?:观看|收看|播放)\S{0,24}|[▲△]?\s*建议在\s*Wi-?Fi\s*环境下观看"
    # … and what a picture leaves when copied from a phone: 图片, [图片], 〔视频〕
    r"|[\[［【〔(（]?(?:图片|图|视频|动图|GIF)[\]］】〕)）]?)$"
)
# A section's number set alone over its heading (a 微信公众号's 01 … 05, PART 2).
NUMBER_OVER_HEADING = re.compile(r"^(?:PART|Part|part)?\s*(?:0[1-9]|[1-9]\d?)$")


class DocumentError(ValueError):
    """A source that cannot become an article; ``reason`` says why in a sentence for the user
    (and ``line`` where, for text)."""

    def __init__(self, reason: str, line: int = 0) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


@dataclass(frozen=True)
class Draft:
    """One article as read from a source: what the preview shows and 导入 stores."""

    title: str
    paragraphs: tuple[str, ...]
    author: str = ""
    affiliation: str = ""  # the closing (作者系…) line as written
    published: str = ""  # ISO date (YYYY-MM-DD) or ""
    site: str = ""  # the web site or publication
    origin: str = ""  # the link or the file name it came from
    subtitle: str = ""
    dropped: tuple[str, ...] = ()  # page furniture taken out (share bars, 责编, …)
    notes: tuple[str, ...] = ()  # what the reader noticed (pages without text…)

    @property
    def link(self) -> str:
        return self.origin if self.origin.startswith(("http://", "https://")) else ""


def normalise(text: str) -> str:
    """Spaces (full-width and no-break ones too) collapsed to one; nothing else changed."""
    return " ".join(text.replace("\u3000", " ").replace("\xa0", " ").split())


def parse_date(text: str) -> str:
    """The first plausible date in ``text`` as YYYY-MM-DD, or ''."""
    for match in DATE.finditer(unicodedata.normalize("NFKC", text)):
        month = match.group("m1") or match.group("m2")
        day = match.group("d1") or match.group("d2")
        try:
            return date(int(match.group("y")), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return ""


def site_of(url: str) -> str:
    """The host of a link without ``www.`` (the fallback name of a site)."""
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


NAME_THEN_POST = re.compile(
    r"^(?P<name>[\u4e00-\u9fff·]{2,4})[，,（(][^，,]*?"
    r"(?:教授|研究员|讲师|书记|主任|院长|校长|部长|中心|[院校部委局所室处科组])[)）]?$"
)


def author_name(value: str) -> str:
    """A cleaned author: 李 明 → 李明; labels and brackets stripped; '' when it is no name."""
    value = normalise(value).strip("　 ：:，,。")
    # 「谭立新，中共湖南省委党校教授）」: the name before its post (set 114's 来源 line)
    posted = NAME_THEN_POST.match(value)
    if posted:
        value = posted.group("name")
    if SPACED_NAME.match(value):
        value = value.replace(" ", "")
    elif re.fullmatch(r"[\u4e00-\u9fff·]+(?: [\u4e00-\u9fff·]+)+", value):
        value = " ".join(_join_spaced(value.split()))  # 陈 静 杨明远 → 陈静 杨明远
    if not value or len(value) > 40 or re.search(r"[_\d@=<>{}]|https?:", value):
        return ""
    if not re.search(r"[\u4e00-\u9fffA-Za-z]", value):
        return ""
    return value


def _join_spaced(parts: list[str]) -> list[str]:
    """Names of several authors where a two-character name is set with a space (陈 静)."""
    names: list[str] = []
    index = 0
    while index < len(parts):
        if len(parts[index]) == 1 and index + 1 < len(parts) and len(parts[index + 1]) == 1:
            names.append(parts[index] + parts[index + 1])
            index += 2
        else:
            names.append(parts[index])
            index += 1
    return names


@dataclass
class _Meta:
    author: str = ""
    affiliation: str = ""
    published: str = ""
    site: str = ""
    origin: str = ""
    reposted_from: str = ""  # the account a repost names: its card under it is no text
    account: str = ""  # the account a 原创 line names: its name alone under it is no text


def _publication(value: str) -> str:
    """《人民日报》 → 人民日报; 《求是》2026/22 stays as it is."""
    value = value.strip().rstrip("（(【[ 　")  # (「《新湘评论》2025年第9期（作者：…」, set 114)
    if value.startswith("《") and value.endswith("》") and value.count("《") == 1:
        return value[1:-1].strip()
    return value


def _fields(line: str) -> list[tuple[str, str]]:
    return [(m.group("label"), m.group("value").strip()) for m in FIELD.finditer(line)]


def source_named(lines: Iterable[str]) -> str:
    """The publication a 来源：/出处： field among the lines names (来源：中国银行保险报), or
    ''."""
    return next(
        (
            _publication(value)
            for line in lines
            for label, value in _fields(normalise(line))
            if label in {"来源", "出处"}
        ),
        "",
    )


def _take_head_line(line: str, meta: _Meta, first: bool) -> bool:
    """Read one line under the title as metadata; False when it is body text."""
    text = normalise(line)
    if meta.reposted_from and text.startswith(meta.reposted_from) and len(text) <= 60:
        return True  # the source account's card: 「中国城市报 .」, 「中国城市报官方账号,…。」
    if meta.author and JOURNAL_UNIT.match(text):
        return True  # the authors' units under their names (「…430022；」)
    if journal := JOURNAL_ISSUE.match(text):
        meta.site = meta.site or journal.group("name") or journal.group("alone")
        return True
    if not text or len(text) > 100 or text[-1] in SENTENCE_END:
        return False
    if reposted := REPOSTED_FROM.match(text):
        meta.reposted_from = reposted.group("source")
        meta.site = meta.site or reposted.group("source")
        meta.author = meta.author or author_name(reposted.group("name"))
        return True
    if WECHAT_ACCOUNT.match(text):
        meta.published = meta.published or parse_date(text)
        return True
    if FURNITURE_LINE.match(text):
        return True
    if compiled := COMPILED_BY.match(text):
        meta.site = meta.site or compiled["unit"]
        return True
    if group := RESEARCH_GROUP.match(text):
        # a 调研报告's group under its title (「中共江门市委党校课题组」, set 115): its writers'
        # place
        meta.affiliation = meta.affiliation or f"（作者单位：{group.group()}）"
        return True
    if GROUP_MEMBERS.match(text):
        return True  # 「课题组组长：梁志坚（…）」 / 「课题组成员：…」: the group, not the writers
    if first and (compiler := COMPILER_ALONE.match(text)):
        meta.site = meta.site or compiler.group()
        return True  # a handbook's compiler under its title, unmarked (「中共阜平县委宣传部」)
    if YEAR_MONTH.match(text):
        return True  # a handout's month under its compiler (「2024年9月」)
    if ISSUE_NUMBER.match(text) or MOTTO.match(text):
        return True  # a 微信 series' number (「第186期」) and its account's motto (学习·思考·践行)
    if HEAD_PICTURE.match(text) and len(text) <= 60:
        return True  # the lead picture's caption: 「▲资料图（图源：新华社）」
    if (original := WECHAT_ORIGINAL.match(text)) and not meta.author:
        meta.author = author_name(original.group("name"))
        meta.account = original.group("account")
        return True
    if meta.account and text == meta.account:
        return True
    if meta.author and text.replace(" ", "") == meta.author.replace(" ", ""):
        return True  # the author's name alone under the fields that named it (作者：沈佳怡)
    if (wechat := WECHAT_BYLINE.match(text)) and not meta.author:
        if wechat.group("name") != wechat.group("account"):
            # (「原创 海淀人大 海淀人大 2024年09月23日 …」: the account posts, a byline may sign)
            meta.author = author_name(wechat.group("name"))
            meta.account = wechat.group("account")
        meta.published = meta.published or parse_date(text)
        return True
    if ORIGINAL_POST.match(text):
        meta.published = meta.published or parse_date(text)
        return True
    if reporters := REPORTERS_LINE.match(text):
        reported = author_name(reporters.group("names"))
        if reported and reporters.group("outlet"):
            reported = f"{reporters.group('outlet')}记者 {reported}"
        meta.author = f"{meta.author} {reported}" if meta.author else reported
        return bool(reported)
    if COMMENTATOR.match(text) and not meta.author:
        meta.author = text  # 人民日报评论员: the paper signs
        return True
    if (speaker := SPEAKER.match(text)) and not meta.author:
        meta.author = author_name(speaker.group("name"))
        return True
    if DATE_ONLY.match(text):
        meta.published = meta.published or parse_date(text)
        return True
    found = _fields(text)
    if found:
        for label, value in found:
            if label in {"解读机关", "解读单位"}:
                meta.affiliation = meta.affiliation or f"（作者单位：{value}）"
                continue
            if label in {"作者", "撰文", "文", "记者", "解读人"}:
                posted = POSTED_PAIR.findall(value)
                if len(posted) >= 2 and not POSTED_PAIR.sub("", value).strip():
                    # names each with their post (set 87's 中国江苏网: 「作者：王海燕（…研究员）
                    # 顾 晨（…副教授）」): both authors, each with their unit
                    meta.author = meta.author or "　".join(author_name(n) for n, _ in posted)
                    units = "；".join(f"{n.strip()}，{u}" for n, u in posted)
                    meta.affiliation = meta.affiliation or f"（作者系{units}）"
                    continue
                name, _, rest = value.partition("（")
                meta.author = meta.author or author_name(name)
                if rest and not meta.affiliation:
                    meta.affiliation = f"（作者系{rest.rstrip('）')}）"
            elif label in {"来源", "出处", "稿源", "原载", "网站"}:
                meta.site = meta.site or _publication(value)
            elif label in {"日期", "时间", "发布时间", "发布日期", "发表时间"}:
                meta.published = meta.published or parse_date(value)
            elif label in {"原文", "原文链接", "链接", "网址", "文件"}:
                meta.origin = meta.origin or value
        if not meta.published:
            meta.published = parse_date(text)
        return True
    if parse_date(text) and len(DATE.sub("", text).strip(" |｜│:：0123456789")) <= 2:
        meta.published = meta.published or parse_date(text)
        return True
    if FURNITURE.search(text) and len(text) <= 30:
        return True
    if first and not meta.author and (named := NAME_POST.match(text)):
        meta.author = author_name(named.group("name"))
        meta.affiliation = meta.affiliation or f"（作者系{named.group('post')}）"
        return bool(meta.author)
    if APP_WORD.match(text):
        return True  # 「播报」 / 「分享」 around a 学习强国 copy's fields (set 118): no name
    if first and not meta.author:
        names = NAMES.match(text)
        if names or SPACED_NAME.match(text):
            meta.author = author_name(re.sub(UNIT_MARK, "", names.group(1)) if names else text)
            return bool(meta.author)
    return False


@dataclass
class Layout:
    """Which line of a source is what (indices into its lines)."""

    title: int | None
    subtitle: int | None
    head: list[int]  # metadata lines under the title (and the title repeated)
    body: list[int]
    affiliation: int | None
    tail: list[int]  # end matter after the body
    meta: _Meta
    title_more: int | None = None  # the title's last line, where it broke over two
    main_title: int | None = None  # the main title, where ``title`` is its lead title (引题)


RESEARCH_GROUP = re.compile(r"^\S{2,30}(?:课题组|调研组|研究组|写作组)$")
GROUP_MEMBERS = re.compile(
    r"^(?:(?:课题组|调研组)?(?:组长|副组长|成员|负责人|顾问)|指导教师|指导老师)\s*[:：]"
)  # (… and a 学员论文's 指导教师：阮新华（…讲师）, set 119: no author)
COMPILER_UNIT = r"(?:中共)?[\u4e00-\u9fff]{2,20}(?:宣传部|组织部|宣讲团|讲师团)"  # a handbook's
COMPILER_ALONE = re.compile(rf"^{COMPILER_UNIT}$")
COMPILER_DATED = re.compile(rf"^{COMPILER_UNIT}[\s　]+\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?$")
HANDBOOK_WORDS = re.compile(
    r"^(?:百问百答|应知应会(?:知识)?(?:手册)?|知识问答|学习手册|学习读本|辅导读本|学习问答|口袋书)$"
)
VOLUME = re.compile(r"^[（(]第[一二三四五六七八九十\d]{1,3}[辑册期卷][)）]$")


LEAD_HALF = re.compile(r"^[以用让把为从向将][^，。；：！？\s]{1,12}$")
MAX_HALVED_TITLE = 30
CAMPAIGN_LEAD = re.compile(
    r"^(?:深入)?学习(?:宣传)?贯彻[^，。；！？]{2,30}(?:精神|思想|重要讲话|重要论述|重要指示)$"
)
SPEECH_OPEN = re.compile(
    r"(?:书记|主任|[市区县省局部处厅院所校]长|主席|委员|部长)(?P<name>[\u4e00-\u9fff]{2,3})同志在"
    r"[^，。；！？]{2,30}$"
)
SPEECH_END = re.compile(r"(?:上|时)的(?:讲话|交流发言|发言|报告|讲稿|党课|辅导报告)$")


def classify(lines: Sequence[str], *, title: str = "") -> Layout:
    """Tell the title, the metadata under it, the body, the affiliation and the end matter
    apart, by shape. ``lines`` are non-blank; with a known ``title`` (a web page's), lines
    repeating it are metadata too."""
    norm = [normalise(line) for line in lines]
    order = list(range(len(norm)))
    head: list[int] = []
    title_at: int | None = None
    spoken = halved = False  # a speech's title over two lines; a title's halves
    meta = _Meta()
    if title:
        key = normalise(title).replace(" ", "")
        while order and norm[order[0]].replace(" ", "") == key:
            head.append(order.pop(0))
    elif order:
        title_at = _title_index(norm)
        # A speech's title over two lines (「市发展改革委党组书记、主任李国栋同志在市委理论学习中心
        # 组」 / 「学习贯彻…专题读书班上的交流发言」, set 113): one title, naming its speaker.
        spoken = (
            title_at > 0
            and SPEECH_OPEN.search(norm[title_at - 1]) is not None
            and SPEECH_END.search(norm[title_at]) is not None
        )
        title_at -= spoken
        # … or a title whose first half, led by a preposition, stands on the line above (「以“红色
        # 引擎”」 / 「激活供电服务新动能」, set 119's two-column PDF)
        halved = (
            not spoken
            and title_at > 0
            and LEAD_HALF.match(norm[title_at - 1]) is not None
            and not any(c in norm[title_at] for c in "，。；：！？")
            and len(norm[title_at - 1]) + len(norm[title_at]) <= MAX_HALVED_TITLE
        )
        title_at -= halved
        for before in order[:title_at]:  # menu words, breadcrumbs, a date above the title
            _take_head_line(norm[before], meta, first=False)
        head += order[:title_at]
        order = order[title_at + 1 :]
        if spoken and (speaker := SPEECH_OPEN.search(norm[title_at])):
            meta.author = speaker.group("name")
    subtitle: int | None = None
    title_more: int | None = order.pop(0) if title_at is not None and (spoken or halved) else None
    if (
        title_at is not None
        and title_more is None
        and len(order) >= 2
        # (over its subtitle, or its compiler: 「中共宣汉县委宣传部　编印」)
        and (_is_subtitle(norm[order[1]]) or COMPILED_BY.match(norm[order[1]]))
        and _title_goes_on(norm[title_at], norm[order[0]])
    ):
        title_more = order.pop(0)
    elif (
        title_at is not None
        and title_more is None
        and order
        and HANDBOOK_WORDS.match(norm[order[0]])
    ):
        # a handbook's title over two lines (「学习贯彻党的二十届三中全会精神」 / 「百问百答」 /
        # 「（第一辑）」, set 111): one title, its volume under it the subtitle
        title_more = order.pop(0)
        if order and VOLUME.match(norm[order[0]]):
            subtitle = order.pop(0)
    # A lead title naming the campaign (「学习贯彻党的二十届三中全会精神」) over the main title
    # (「进一步全面深化改革热点问答」, set 113): the main title is the line under it.
    main_title: int | None = None
    if (
        title_at is not None
        and title_more is None
        and subtitle is None
        and len(order) >= 2
        and CAMPAIGN_LEAD.match(norm[title_at])
        and _head_like(norm[order[0]])
        and not _is_subtitle(norm[order[0]])
        and not _is_meta(norm[order[0]])
        and norm[order[0]][-1:] not in "？?。！!"
    ):
        main_title = order.pop(0)
    taken = 0
    seen = {norm[title_at]} if title_at is not None else set()
    # (a 微信 series' name over its post, as the title's tag names it: 「每日一学｜…」 /
    # 「每日一学」)
    if title_at is not None and "｜" in norm[title_at]:
        seen.add(norm[title_at].split("｜")[0])
    while order and taken < HEAD_LINES:
        line = norm[order[0]]
        following = norm[order[1]] if len(order) > 1 else ""
        if subtitle is None and _is_subtitle(line):
            subtitle = order.pop(0)
            seen.add(line)
            continue
        if (
            line in seen
            or SEPARATOR.match(following)
            or (head and SEPARATOR.match(norm[head[-1]]))
            # a word of a line above, again on its own (「原创 抚松县委组织部 抚松组工 …」 /
            # 「抚松组工」: the account's card)
            or (len(line) <= MAX_CARD_WORD and any(line in norm[h].split()[1:] for h in head))
        ):
            head.append(order.pop(0))  # the title again, or a breadcrumb item (首页 > 要闻)
            taken += 1
            continue
        if LABEL_ONLY.match(line) and following and _head_like(following):
            _take_head_line(line + following, meta, first=False)  # 来源： / 新华社
            head += [order.pop(0), order.pop(0)]
            taken += 2
            continue
        if not _take_head_line(line, meta, first=taken == 0):
            break
        head.append(order.pop(0))
        taken += 1
    if order and not meta.author and (match := AUTHOR_LINE.match(norm[order[0]])):
        meta.author = author_name(match.group("name"))
        if match.group("rest"):
            meta.affiliation = f"（作者系{match.group('rest')}）"
        head.append(order.pop(0))
    affiliation: int | None = None
    tail: list[int] = []
    readers: list[int] = []  # a comment section: end matter, whatever it says
    comments = comments_start([norm[i] for i in order])
    if comments is not None:
        order, readers = order[:comments], order[comments:]
    cited = _references(norm, order)
    order = [i for i in order if i not in cited]
    closing = _last_before_end_matter(norm, order, AFFILIATION)
    if closing is not None and not meta.affiliation:  # （作者系…） over a page's links, footer
        affiliation, tail, order = order[closing], order[closing + 1 :], order[:closing]
    else:  # (责编：王梦洁) over them
        edited = _last_before_end_matter(norm, order, END_LABEL)
        if edited is not None:
            tail, order = order[edited:], order[:edited]
    # … or a list of related pieces under its head (相关文件：, 相关阅读) over the site's foot
    # (the first of several: 相关文件： / … / 相关解读： / …)
    while (related := _last_before_end_matter(norm, order, RELATED)) is not None:
        tail, order = order[related:] + tail, order[:related]
    while order and len(norm[order[-1]]) <= TAIL_LINE:
        last = norm[order[-1]]
        if (
            (AFFILIATION.match(last) or SPEAKER_CLOSING.match(last))
            and affiliation is None
            and not meta.affiliation
        ):
            affiliation = order.pop()  # （作者系…）, or 「主讲人：滕晓敏（…讲师）」 (set 113)
        elif DATE_ONLY.match(last):
            meta.published = meta.published or parse_date(last)
            tail.append(order.pop())
            # An official document closes with its issuer over the date (国务院办公厅).
            if len(order) > 1 and _is_signature(norm[order[-1]]):
                tail.append(order.pop())
        elif (
            (title_at is not None and last.replace(" ", "") == norm[title_at].replace(" ", ""))
            or END_LABEL.search(last)
            or FOOT_LABEL.match(last)
            or (END_WORDS.search(last) and last[-1:] not in SENTENCE_END and len(last) <= 30)
            or (SITE_FOOT.search(last) and last[-1:] not in SENTENCE_END)
            or (FURNITURE.search(last) and last[-1:] not in SENTENCE_END)  # 【字号 大 中 小】
            # a 政策解读's end (set 99): 「解读机关：…」 / 「解读人：汪建华」 / 「联系电话：…」 /
            # 「相关文件：…的通知」
            or END_FIELD.match(last)
            # a handbook's compiler and month at its end (「阜平县委宣传部　2024年9月」, set 111)
            or COMPILER_DATED.match(last)
        ):
            tail.append(order.pop())
        else:
            break
    for label, value in (f for i in sorted(tail) for f in _fields(norm[i])):
        if label in {"来源", "出处"} and not meta.site:
            meta.site = _publication(value)
        # 记者:王一鸣 at a repost's end, 解读人：汪建华 at a 政策解读's (set 99)
        elif label in {"作者", "记者", "解读人"} and not meta.author:
            meta.author = author_name(value)
        elif label in {"解读机关", "解读单位"} and not meta.affiliation:
            meta.affiliation = f"（作者单位：{value}）"
    if order and not meta.author and (reporter := REPORTER.search(norm[order[0]][:60])):
        meta.author = re.sub(r"\s*[、，,]\s*", "、", reporter.group(1))
    marks = [
        i
        for k, i in enumerate(order)
        if ORNAMENT.match(norm[i])
        or PLAYER.match(norm[i])
        or (
            NUMBER_OVER_HEADING.match(norm[i])
            and k + 1 < len(order)
            and _head_like(norm[order[k + 1]])
        )
    ]
    body = [i for i in order if i not in marks]  # the heading stays, its number and ▼ go
    return Layout(
        title_at,
        subtitle,
        head,
        body,
        affiliation,
        sorted(tail + readers + marks + cited),
        meta,
        title_more,
        main_title,
    )


def _title_goes_on(title: str, line: str) -> bool:
    """The line between a title and its subtitle is the title's last, where a title too long
    for its line broke (set 94's 党课: 「以新质生产力为引领　在建设世界一流汽车企业中」 /
    「勇当先锋、争作表率」 / 「——2024年“七一”专题党课」); a name, a date or a field there is the
    head's."""
    return (
        _head_like(title)
        and _head_like(line)
        and len(title) + len(line) <= MAX_TITLE
        and not re.fullmatch(NAME, line)  # (a name has four characters at most)
        and not SPACED_NAME.match(line)
        and not parse_date(line)
        and not _fields(line)
    )


def _references(norm: Sequence[str], order: Sequence[int]) -> list[int]:
    """The lines of a list of references in the text's second half: its head (参考文献：) and
    the entries under it ([1] …), wherever the affiliation or the site's end matter stands."""
    for at in range(len(order) // 2, len(order)):
        if REFERENCES.match(norm[order[at]]):
            entries = itertools.takewhile(
                lambda i: bool(REFERENCE_ITEM.match(norm[i])), order[at + 1 :]
            )
            return [order[at], *entries]
    return []


def comments_start(lines: Sequence[str]) -> int | None:
    """Where a page's comment section begins (its head alone on a line, in the text's second
    half; a head counting the comments, 「观点（5）」, in its last two thirds: a short article's
    many comments may outnumber its lines), or None."""
    return next(
        (
            i
            for i in range(len(lines) // 3, len(lines))
            if COMMENTS.match(normalise(lines[i]))
            and (i >= len(lines) // 2 or COUNTED.search(normalise(lines[i])))
        ),
        None,
    )


COUNTED = re.compile(r"[（(]\d+[)）]$")


def _last_before_end_matter(
    norm: Sequence[str], order: list[int], anchor: re.Pattern[str]
) -> int | None:
    """Where in ``order`` the last line matching ``anchor`` (the closing （作者系…）, or
    (责编：…)) is, when only end matter follows it: lines that are no sentence of text
    (相关阅读, its links, 热点排行, the site's footer and copyright), at most TAIL_AFTER_CLOSING
    of them."""
    for at in range(len(order) - 1, max(-1, len(order) - 2 - TAIL_AFTER_CLOSING), -1):
        line = norm[order[at]]
        if anchor.search(line) and len(line) <= TAIL_LINE:
            return at
        if QUESTION_OR_ANSWER.match(line):
            continue  # a 学习问答 box under the article (问：… / 答：…), end matter of the post
        if len(line) > 2 * TAIL_LINE or (
            line.endswith("。") and not END_WORDS.search(line) and not REFERENCE_ITEM.match(line)
        ):
            return None  # (a site's copyright notice is a sentence too; so is a note's entry)
    return None


FIELD_PREFIXES = ("文章", "信息", "稿件", "新闻", "本文", "内容", "图片", "视频")


def _is_meta(line: str) -> bool:
    # (a field's label opens the line or follows a space or a mark: 「中国关键词：新时代发展理念篇
    # 」 is a title, set 117)
    fielded = any(
        m.start() == 0
        or not "\u4e00" <= line[m.start() - 1] <= "\u9fff"
        or line[: m.start()].endswith(FIELD_PREFIXES)  # 文章来源：《国资报告》杂志
        for m in FIELD.finditer(line)
    )
    found = (
        DATE_ONLY.match(line)
        or fielded
        or LABEL_ONLY.match(line)
        or WECHAT_BYLINE.match(line)  # 原创  韩景明  旗帜网  2025-04-22 09:30 (an app's too)
    )
    return bool(found) and len(line) <= 100


def _is_subtitle(line: str) -> bool:
    return len(line) <= MAX_TITLE and (
        line.startswith(SUBTITLE) or bool(DATED_SUBTITLE.match(line))
    )


def _head_like(line: str) -> bool:
    return len(line) <= MAX_TITLE and line[-1:] not in SENTENCE_END


CUE = re.compile(r"^【[^】]{1,12}】$")


def _title_index(norm: Sequence[str]) -> int:
    """Where the title is: the last line before the first subtitle or metadata line near the
    top (a copied web page starts with menu words and breadcrumbs), else the first line that
    is neither page furniture nor metadata."""
    scan = norm[:HEAD_SCAN]
    for at in range(1, len(scan)):
        if FURNITURE_LINE.match(scan[at]):
            continue  # a site's long menu row (首页 | 新闻 | 学术 | …) is not the body
        if SITE_DAY.match(scan[at]):
            continue  # the day a site's head shows (set 85's 云岭先锋网), no article's date
        if OPEN_GOVERNMENT.match(scan[at]):
            continue  # a 信息公开 table over the title (索引号：…　信息分类：…), no title under it
        if not _head_like(scan[at]):
            break  # the body begins
        if _is_subtitle(scan[at]) or _is_meta(scan[at]):
            above = _title_above(scan, at)
            if above is not None:
                return above
            break
    # A 专题 page: the site's menus, the 专题's banner and boxes above the article, whose title
    # stands over its dated 发布时间：/来源： line with the text right under it.
    for at in range(1, min(len(norm) - 1, DEEP_SCAN)):
        line = norm[at]
        dated_source = _is_meta(line) and DATE.search(line) and FIELD.search(line)
        below = [
            n
            for n in norm[at + 1 : at + 10]
            if not _is_meta(n)
            and not FURNITURE.search(n)
            and not FURNITURE_LINE.match(n)
            and not CUE.match(n)  # a broadcast's 【片头】 / 【音乐起，压混】 (set 112)
        ]  # the text under its font-size bar, share bar (one target a line) and 作者： line
        if dated_source and below and not _head_like(below[0]):
            above = _title_above(norm, at)
            if above is not None:
                return above
            break
    for at, line in enumerate(scan):
        if FURNITURE.search(line) and len(line) <= MAX_FURNITURE_ROW:
            continue  # 【字体：大 中 小】　打印本页　关闭窗口 over the title (set 113)
        if not FURNITURE_LINE.match(line) and not _is_meta(line):
            return at
    return 0


MAX_FURNITURE_ROW = 40


MARKED_NAMES = re.compile(r"^[□■◇◆◎●○]\s*[\u4e00-\u9fff·][\u4e00-\u9fff·\s　、]{1,20}$")
# The day a site's head shows beside its name: 「2024年6月21日 星期五」 (its weekday).
SITE_DAY = re.compile(
    r"^(?:今天是)?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]$"
)


def _title_above(lines: Sequence[str], at: int) -> int | None:
    """The title over the subtitle or metadata line at ``at``: the nearest line above that is
    no furniture, metadata, subtitle or the author's name (None: there is none)."""
    for before in range(at - 1, -1, -1):
        line = lines[before]
        if FURNITURE_LINE.match(line) or _is_meta(line) or _is_subtitle(line):
            continue
        if before and (
            NAMES.match(line)
            or REPORTERS_LINE.match(line)
            or SPACED_NAME.match(line)
            or SPEAKER.match(line)
            or NAME_POST.match(line)
            or COMMENTATOR.match(line)
            or MARKED_NAMES.match(line)  # 「□郑晓鸣　刘　畅」 over 来源：… (set 91's 学习材料)
        ):
            continue  # the author's name under the title
        return before
    return None


def _is_signature(line: str) -> bool:
    return len(line) <= 24 and not any(c in line for c in SENTENCE_END + "，,：:")


def shape(
    lines: Sequence[str],
    *,
    title: str = "",
    author: str = "",
    published: str = "",
    site: str = "",
    origin: str = "",
    notes: Sequence[str] = (),
) -> Draft:
    """Lines of a source (title first unless ``title`` is known) → a draft: the metadata under
    the title and the end matter after the body are recognised by their shape and taken out of
    the paragraphs. Known values (from a page's metadata) win over what the lines say."""
    clean = [normalise(line) for line in lines if normalise(line)]
    if not clean and not title:
        raise DocumentError(texts.DOC_EMPTY)
    layout = classify(clean, title=title)
    meta = layout.meta
    lead = layout.title if layout.main_title is not None else None  # (引题: dropped, shown)
    return Draft(
        title=normalise(title)
        or (clean[layout.main_title] if layout.main_title is not None else "")
        or clean[layout.title or 0]
        + (clean[layout.title_more] if layout.title_more is not None else ""),
        subtitle=clean[layout.subtitle] if layout.subtitle is not None else "",
        paragraphs=tuple(clean[i] for i in layout.body),
        author=author_name(author) or meta.author,
        affiliation=clean[layout.affiliation]
        if layout.affiliation is not None
        else meta.affiliation,
        published=published or meta.published,
        site=site or meta.site,
        origin=origin or meta.origin,
        dropped=tuple(
            clean[i]
            for i in sorted(layout.head + layout.tail + ([lead] if lead is not None else []))
            if clean[i].replace(" ", "") != normalise(title).replace(" ", "")  # not a repeat
        ),
        notes=tuple(notes),
    )


AUTHOR_LINE = re.compile(
    rf"^(?:作者|文)\s*[:：/／]\s*(?P<name>{NAME}(?:[、，,\s]+{NAME}){{0,3}})"
    r"\s*(?:[（(](?P<rest>.+)[)）])?$"
)


# -- the stored form -------------------------------------------------------------------------
HEADERS = {
    "author": "作者",
    "published": "日期",
    "site": "网站",
    "link": "原文",
    "file": "文件",
}


def render(draft: Draft) -> str:
    """The draft as a plain-text article (title, labelled metadata lines, a blank line, the
    paragraphs, the affiliation): what is written to the seeds folder."""
    lines = [draft.title]
    if draft.subtitle:
        lines.append(draft.subtitle)
    if draft.author:
        lines.append(f"{HEADERS['author']}：{draft.author}")
    if draft.published:
        lines.append(f"{HEADERS['published']}：{draft.published}")
    if draft.site:
        lines.append(f"{HEADERS['site']}：{draft.site}")
    if draft.origin:
        label = HEADERS["link"] if draft.link else HEADERS["file"]
        lines.append(f"{label}：{draft.origin}")
    lines.append("")
    lines.extend(draft.paragraphs)
    if draft.affiliation:
        lines.append(draft.affiliation)
    return "\n\n".join(lines).replace("\n\n\n\n", "\n\n") + "\n"


def problems(draft: Draft) -> list[str]:
    """What a maintainer should check before importing (shown in the preview)."""
    found = list(draft.notes)
    if not draft.author:
        found.append(texts.PROBLEM_NO_AUTHOR)
    if not draft.published:
        found.append(texts.PROBLEM_NO_DATE)
    size = sum(len(p) for p in draft.paragraphs)
    if len(draft.paragraphs) < 3 or size < 300:
        found.append(texts.PROBLEM_SHORT.format(paragraphs=len(draft.paragraphs), chars=size))
    if len(draft.title) > 40:
        found.append(texts.PROBLEM_LONG_TITLE.format(chars=len(draft.title)))
    if draft.dropped:
        shown = "；".join(line[:16] for line in draft.dropped[:3])
        found.append(texts.PROBLEM_DROPPED.format(count=len(draft.dropped), lines=shown))
    return found


def looks_like_chinese(text: str) -> bool:
    """Whether text decoded as GB18030 is Chinese rather than another encoding read wrongly:
    real text is nearly all common characters (GB2312), bytes of Latin-1 or Big5 read as
    GB18030 turn into rare ones."""
    wide = [c for c in text if ord(c) > 0x7F and not c.isspace()]
    if not wide:
        return True
    rare = 0
    for char in wide:
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            rare += 1
    return rare <= len(wide) * 0.1


def text_fingerprint(paragraphs: Sequence[str]) -> str:
    """The identity of an article's text: the same words give the same fingerprint whatever
    the spacing, line breaks or full-/half-width forms (a duplicate sent again from another
    source is recognised)."""
    import hashlib

    text = "".join(unicodedata.normalize("NFKC", "".join(paragraphs)).split())
    return hashlib.sha256(text.encode()).hexdigest()
