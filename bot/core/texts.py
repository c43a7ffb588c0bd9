"""Every Chinese text the bot says, in one place, so the same things have the same words:
文章 (article), 摘编 (excerpt), 测验 (quiz), 订阅 (subscription). The commands' descriptions
live in their table, bot/core/commands.py (for /help, the menus and the README)."""

from __future__ import annotations

WELCOME = (
    "您好！我是理论学习助手 studybot。\n\n"
    "我可以帮您：\n"
    "• 查看文章目录：/list\n"
    "• 阅读文章：/read 编号\n"
    "• 搜索文章：/search 关键词（私聊时直接发送关键词即可）\n"
    "• 做测验题：/quiz\n\n"
    "发送 /help 查看全部命令。"
)
# /help is built from the command table (bot/core/commands.py), under these headings.
HELP_TITLE = "<b>可用命令</b>"
HELP_EVERYONE = "<b>所有人</b>"
HELP_ADMINS = "<b>群管理员</b>（在与我的私聊中，您可以为自己设置）"
HELP_MAINTAINERS = "<b>内容维护员</b>"
HELP_MAINTAINERS_FILES = (
    "在私聊中发送文章链接，或 .txt、.docx、.pdf 文件 — 预览后点「导入」，即可添加学习材料"
)
HELP_WHERE = {"PRIVATE": "（私聊）", "GROUP": "（群组）"}
HELP_TIPS = "私聊时直接发送关键词即可搜索；在群里请使用命令，或 @我 加关键词。"
MENU_EXAMPLE = "{description}，例如 {usage}"

LIST_TITLE = "📚 <b>文章目录</b>（共 {count} 篇）"
LIST_EMPTY = "文章库还是空的。请联系管理员添加学习材料。"
LIST_HINT = "发送 /read 编号 阅读，例如 /read {example}"
READ_USAGE = "请在命令后写上文章编号，例如 /read 1。发送 /list 查看文章目录。"
READ_NOT_NUMBER = (
    "“{given}”不是文章编号：编号是 1、2、3 这样的整数，例如 /read 1。发送 /list 查看文章目录。"
)
READ_NOT_FOUND = "没有编号为 {number} 的文章。发送 /list 查看文章目录。"
READ_PAGE = "第 {page}/{pages} 页"
READ_CONTINUED = "（续）"
PREV = "◀ 上一页"
NEXT = "下一页 ▶"
ARTICLE_GONE = "这篇文章已下架。发送 /list 查看现有文章。"

SEARCH_USAGE = "请在命令后写上关键词，例如 /search 年轻干部。"
SEARCH_EMPTY_LIBRARY = "文章库还是空的，暂时没有可以搜索的内容。请联系内容维护员添加学习材料。"
SEARCH_RESULTS = "🔍 “{query}”：找到 {count} 篇相关文章"
SEARCH_PARTIAL = (
    "🔍 没有文章同时含有{words}；以下 {count} 篇含有其中部分词语。"
    "换个说法或用更短的关键词，也许能找得更准。"
)
SEARCH_NONE = (
    "没有找到与“{query}”相关的内容。\n"
    "建议：换个说法，或用更短的关键词（例如“养老”“招商引资”）；发送 /list 浏览全部文章。"
)
SEARCH_NO_WORDS = (
    "“{query}”里没有可以搜索的词（“的”“是”“如何”这类词不参与搜索）。\n"
    "请写上要找的内容，例如 /search 乡村振兴 或 /search 年轻干部。"
)
SEARCH_OPEN = "{rank}. {name} 第 {paragraph} 段"
ORIGINAL = "原文"
PARAGRAPH_MARK = "（第 {paragraph} 段）"
PARAGRAPH_HERE = "📍"  # heads the paragraph a link or a search result pointed to
PARAGRAPH_MISSING = "{name}没有第 {paragraph} 段（共 {count} 段），下面从头显示。"

UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看可用命令。"
NOT_TEXT = "我只能读懂文字消息。请发送关键词搜索，或发送 /help 查看可用命令。"
ERROR = "抱歉，处理您的请求时出了点问题，请稍后再试。"
BUTTON_EXPIRED = "这个按钮已失效，请重新发送命令。"

QUIZ_EMPTY = "文章库里还没有可以出题的内容。请联系管理员添加学习材料。"
QUIZ_PENDING = "题库正在为新文章出题，请过一两分钟再发送 /quiz。"
QUIZ_NONE_FOR = (
    "与“{query}”相关的文章还没有可用的测验题（题目只从适合出题的句子中生成）。"
    "换个关键词试试，或直接发送 /quiz 随机出题。"
)
QUIZ_NO_MATCH = "没有找到与“{query}”相关的测验题。换个关键词试试，或直接发送 /quiz 随机出题。"
# The question comes from an article the keyword found, but says nothing of the keyword itself.
QUIZ_RELATED = "还没有直接关于“{query}”的测验题，先来一道出自相关文章的题。"
QUIZ_TIMER_USAGE = (
    "请写上秒数（5–600），例如 /quiztimer 30；发送 /quiztimer off 取消时限。\n当前设置：{current}"
)
QUIZ_TIMER_NONE = "不限时"
QUIZ_TIMER_SET = "好的，本群的测验从现在起限时 {seconds} 秒作答。"
QUIZ_TIMER_OFF = "好的，本群的测验从现在起不限时。"
QUIZ_TIMER_SET_PRIVATE = "好的，从现在起，我发给您的测验限时 {seconds} 秒作答。"
QUIZ_TIMER_OFF_PRIVATE = "好的，从现在起，我发给您的测验不限时。"
ADMINS_ONLY = "只有群管理员可以{action}。请联系管理员操作。"
ACTION_QUIZ_TIMER = "设置测验时限"

RANK_TITLE = "🏆 <b>本群测验排行</b>"
RANK_WEEK = "<b>本周</b>"
RANK_ALL = "<b>总榜</b>"
RANK_LINE = "{rank}. {name} — 答对 {correct} 题（共 {answered} 题，正确率 {accuracy:.0%}）"
RANK_EMPTY = "还没有人答题。"
RANK_PRIVATE = "排行榜按群统计：请在学习群里发送 /rank 查看本群排行。您自己的测验成绩请发送 /me。"
ME = (
    "📊 <b>您的测验成绩</b>\n共答 {answered} 题，答对 {correct} 题，正确率 {accuracy:.0%}。\n"
    "连续答题 {streak} 天。"
)
ME_NONE = "您还没有答过测验题。发送 /quiz 来一题吧！"
ME_REVIEWS = "\n有 {count} 道错题待复习，私聊我发送 /review 复习。"
REVIEW_GROUP = "复习错题请私聊我，发送 /review。"
REVIEW_OPEN = "私聊复习"
REVIEW_START = "📝 复习错题：共 {count} 道题待复习，这是第一道。"
REVIEW_NEXT = "📝 还有 {count} 道题待复习。"
REVIEW_DONE = "🎉 今天的错题都复习完了。"
REVIEW_NONE = "您还没有答错的题目。发送 /quiz 来一题吧！"
REVIEW_LATER = "暂时没有需要复习的题目。下一次复习时间：{when}。"

ACTION_SUBSCRIBE = "订阅或修改订阅"
SUBSCRIBED = (
    "✅ 已订阅。每天 {time}（{tz}）推送一段摘编，有合适的题目时附一道测验。\n"
    "下一次推送：{next}。\n"
    "修改时间、时区等设置请发送 /settings，取消请发送 /unsubscribe。"
)
UNSUBSCRIBED = "已取消订阅，不再推送每日摘编。需要时发送 /subscribe 重新订阅。"
NOT_SUBSCRIBED = "本聊天还没有订阅。发送 /subscribe 订阅每日摘编和测验（默认每天 08:00）。"
BAD_TIME = "“{given}”不是有效的时间。请用 24 小时制，例如 /{command} 08:00 或 /{command} 19:30。"
BAD_ZONE = (
    "不认识时区“{given}”。请用 IANA 时区名，例如 /settz Asia/Shanghai（北京时间）或 "
    "/settz Europe/Berlin；也可以发送 /settings 从常用时区中选择。"
)
SETTIME_USAGE = (
    "请在命令后写上每天推送的时间（24 小时制），例如 /settime 08:00。现在是每天 {time}（{tz}）。"
)
SETTZ_USAGE = (
    "请在命令后写上时区名，例如 /settz Asia/Shanghai（北京时间）或 /settz Europe/Berlin。"
    "现在是{tz}。也可以发送 /settings 从常用时区中选择。"
)
TIME_SET = "好的，推送时间改为每天 {time}（{tz}）。下一次推送：{next}。"
STATUS = (
    "📌 <b>订阅状态</b>：{state}\n推送时间：每天 {time}（{tz}）\n下一次推送：{next}\n"
    "每周周报：{weekly}\n最近推送：{last}"
)
STATUS_ACTIVE = "已订阅"
STATUS_PAUSED = "已暂停（{reason}）。重新发送 /subscribe 即可恢复"
STATUS_OFF = "已取消"
STATUS_NEVER = "暂无"
STATUS_LAST = "{date} {name}第 {paragraph} 段"
WEEKLY_ON = "开启（每周日 20:00）"
WEEKLY_OFF = "关闭"
WEEKLY_SET_ON = "好的，每周日 20:00 发送本群学习周报。"
WEEKLY_SET_OFF = "好的，不再发送每周周报。需要时发送 /weekly on 重新开启。"
WEEKLY_USAGE = "本群的每周周报现在{state}。发送 /weekly on 开启，/weekly off 关闭。"
WEEKLY_PRIVATE = (
    "每周周报是为群组准备的：请在学习群里由管理员发送 /weekly on。您自己的测验成绩请发送 /me。"
)
TODAY_ALREADY = "今天的摘编已经推送过了。明天 {time} 见。"
TODAY_BUSY = "今天的摘编正在推送中，请稍候。"
TODAY_PAUSED = "订阅已暂停（{reason}）。请重新发送 /subscribe 恢复后再试。"
TODAY_EMPTY = "文章库里还没有可推送的内容。请联系管理员添加学习材料。"
DAILY_TITLE = "📖 <b>每日摘编</b> · {date}"
DAILY_READ = "阅读全文"
# Under the excerpt, when the day's quiz is not about it (docs/push.md).
DAILY_QUIZ_REVIEW = "📝 今天的测验温习此前推送过的内容。"
DAILY_QUIZ_AHEAD = "📝 今天的测验出自本文后面的段落，点“阅读全文”可以读到。"
WELCOME_GROUP = (
    "大家好，我是理论学习助手 studybot。\n"
    "群管理员发送 /subscribe 即可订阅：每天 08:00 推送一段摘编，有合适的题目时附一道测验；"
    "发送 /settings 可以修改时间、时区等设置。"
    "发送 /help 查看全部命令。"
)
WEEKLY_TITLE = "📅 <b>本周学习周报</b>（{start}—{end}）"
WEEKLY_ANSWERS = "参与答题 {members} 人，共答 {answered} 题，正确率 {accuracy:.0%}。"
WEEKLY_NOBODY = "本周还没有人答题，下周一起来吧！"
WEEKLY_TOP = "答题之星：{names}"
WEEKLY_ARTICLES = "本周摘编：{titles}"
WEEKLY_MISSED = "错得最多的题：{question}\n正确答案：{answer}"

INLINE_TODAY = "今日摘编：{name}"
# -- adding articles (handlers/importing.py, handlers/removing.py, `python -m bot import`) -----
IMPORT_REFUSED = "抱歉，只有内容维护员可以添加或下架文章。如需添加，请联系管理员。"
IMPORT_NOT_TXT = (
    "这种文件我读不了。请发送 .txt 或 .md 文本、.docx（Word）或 .pdf 文件，或发送文章的链接；"
    "旧版 .doc 请先另存为 .docx。"
)
IMPORT_TOO_BIG = "文件太大（上限 {limit} KB）。请拆分后分别发送。"
IMPORT_BAD = "无法导入 {name}：第 {line} 行，{reason}。请修改后重新发送。"
IMPORT_FAILED = "无法导入 {name}：{reason}"
IMPORT_PREVIEW = "📄 <b>{name}</b>：{kind}，共 {count} 篇\n{items}"
IMPORT_KIND = {"page": "版面", "report": "报告", "article": "文章"}
IMPORT_ITEM = "{number}. 《{title}》{author}（{paragraphs} 段）"
IMPORT_ITEM_SUBTITLE = "\n　　{subtitle}"  # a news story's subtitle, ——…, under its title
IMPORT_ITEM_KICKER = "\n　　引题：{kicker}"
IMPORT_WARNING = "⚠️ 第 {line} 行：《{title}》没有作者单位行"
IMPORT_REPLACES = "注意：同名文件已存在，导入后将替换其中的文章。"
IMPORT_ARTICLE = (
    "📄 <b>导入预览</b>\n"
    "标题：《{title}》\n作者：{author}\n日期：{date}\n来源：{source}\n"
    "段落：{paragraphs} 段\n\n<b>开头</b>\n{opening}"
)
IMPORT_UNKNOWN = "（未找到）"
IMPORT_PROBLEMS = "\n\n<b>请核对</b>\n{items}"
IMPORT_PROBLEM = "⚠️ {text}"
IMPORT_REPLACES_ARTICLE = "这是第 {id} 篇《{title}》的新版本，导入后将替换旧版。"
IMPORT_CONFIRM = "导入"
IMPORT_CANCEL = "取消"
IMPORT_DONE = (
    "✅ 已导入 {name}：{count} 篇文章，已加入搜索和每日推送；测验题正在后台生成，稍后即可使用。"
)
IMPORT_DONE_ARTICLE = (
    "✅ 已导入第 {id} 篇《{title}》，已加入搜索和每日推送；测验题正在后台生成，稍后即可使用。"
    "发送 /read {id} 阅读。"
)
IMPORT_CANCELLED = "已取消，没有导入任何内容。"
IMPORT_EXPIRED = "这个导入已失效，请重新发送文件或链接。"
IMPORT_FETCHING = "正在读取链接，请稍候……"
IMPORT_DUPLICATE = (
    "这篇文章已经在文库里了：第 {id} 篇《{title}》。您可以发送 /read {id} 阅读，无需重复导入。"
)
IMPORT_DUPLICATE_PAGE = "这个文件已经导入过，内容没有变化（第 {id} 篇起）。无需重复导入。"
ADD_USAGE = (
    "请在 /add 后面粘贴文章：第一行是标题，可以接着写“作者：姓名”和日期（如 2026年11月29日）"
    "各占一行，然后是正文，每段一行。例如：\n/add 把学习成果转化为发展动能\n作者：张明\n"
    "2026年11月29日\n学习贯彻党的二十大精神……"
)
ADD_GROUP = "添加文章请私聊我，在私聊中发送 /add、文件或链接。"

DOC_EMPTY = "没有找到任何文字"
DOC_ENCODING = (
    "文件的文字编码无法识别（不是 UTF-8 或 GB18030/GBK 的中文）。请另存为 UTF-8 编码后再发送"
)
DOC_EMPTY_FILE = "文件是空的（0 字节）。请检查后重新发送"
DOC_NO_TITLE = "第一行应是标题（不超过 {limit} 字，不以句号结尾）"
DOC_NO_BODY = "只有标题，没有正文"
DOC_NOT_DOCX = (
    "这不是有效的 .docx 文件（可能是旧版 .doc 或改了扩展名）。请用 Word 另存为 .docx 后再发送"
)
DOC_CORRUPT_DOCX = "这个 Word 文件已损坏，无法打开。请重新保存后再发送，或复制正文用 /add 发送"
DOC_ONLY_PICTURES = (
    "文件里只有图片或表格，没有可导入的文字。请发送含文字的版本，或复制正文用 /add 发送"
)
DOC_CORRUPT_PDF = "这个 PDF 文件已损坏或不是 PDF，无法打开。请重新导出后再发送，或改发 Word 文件"
DOC_ENCRYPTED_PDF = "这个 PDF 设置了密码，无法读取。请发送未加密的版本或 Word 文件"
DOC_SCANNED_PDF = (
    "这个 PDF 没有文字层（看起来是扫描件或图片），无法读取文字。"
    "请发送带文字的 PDF 或 Word 文件，或复制正文用 /add 发送"
)

WEB_SCHEME = "只能导入 http:// 或 https:// 开头的网页链接。请您复制浏览器地址栏中的文章链接"
WEB_BAD_URL = "这个链接的格式不对。请复制浏览器地址栏中完整的 https:// 链接"
WEB_PRIVATE = "出于安全考虑，不能读取内部网络或本机地址（{host}）。请发送公开网站的文章链接"
WEB_UNRESOLVED = "找不到这个网站（{host}）。请您检查链接是否完整"
WEB_STATUS = (
    "网站返回了错误（HTTP {status}），页面可能已删除或暂时无法访问。"
    "请您稍后再试，或复制正文用 /add 发送"
)
WEB_TIMEOUT = "网站长时间没有响应。请您稍后再试，或复制正文用 /add 发送"
WEB_UNREACHABLE = "无法连接到这个网站。请您稍后再试，或复制正文用 /add 发送"
WEB_TOO_MANY_REDIRECTS = "这个链接跳转次数过多，无法读取。请在浏览器中打开后复制最终的链接"
WEB_TOO_BIG = "页面太大（超过 {limit} KB），不像一篇文章。请复制正文用 /add 发送"
WEB_IMAGE = "这个链接指向的是图片，不是文章。请您发送文章页面的链接"
WEB_PDF_AS_HTML = "这个链接返回的其实是 PDF 文件（网站标成了网页）。请下载后把 PDF 文件直接发给我"
WEB_TYPE = "这个链接的内容不是网页（{type}）。请发送文章页面的链接，或把文件下载后直接发给我"
WEB_ENCODING = "网页的文字编码无法识别。请复制正文用 /add 发送"
WEB_NO_ARTICLE = (
    "这个页面上没有找到文章正文（可能是首页、栏目页或需要登录的页面）。"
    "请您发送具体文章的链接，或复制正文用 /add 发送"
)
WEB_SCRIPTED = (
    "这个页面的正文要靠浏览器脚本加载，无法直接读取。请在浏览器或 App 中复制正文，用 /add 发送"
)

PROBLEM_NO_AUTHOR = "没有找到作者"
PROBLEM_NO_DATE = "没有找到发布日期"
PROBLEM_SHORT = "正文只有 {paragraphs} 段、{chars} 字，请确认是完整的文章"
PROBLEM_LONG_TITLE = "标题有 {chars} 字，请确认第一行确实是标题"
PROBLEM_DROPPED = "已去掉 {count} 行页面信息（{lines}……）"
PROBLEM_TABLES = "文件中有 {count} 个表格，未导入"
PROBLEM_PICTURES = "文件中有 {count} 张图片，未导入"
PROBLEM_SCANNED_PAGES = "第 {pages} 页没有文字（可能是扫描页），未导入"
PROBLEM_PAGES = "文章分 {pages} 页，已合并"
PROBLEM_SAME_TITLE = "文库中已有同题文章：第 {id} 篇"

REMOVE_USAGE = "请写上要下架的文章编号，例如 /remove 3。发送 /list 查看文章目录。"
REMOVE_CONFIRM = (
    "确定下架第 {id} 篇《{title}》吗？\n下架后它不再出现在目录、搜索、测验和每日推送中；"
    "已有的答题成绩和推送记录会保留。"
)
REMOVE_BUTTON = "下架"
REMOVE_DONE = "已下架第 {id} 篇《{title}》。如需恢复，请重新导入这篇文章。"
REMOVE_CANCELLED = "已取消，文章没有变化。"


TOO_FAST = "您的操作有些频繁，请稍等几秒再试。"

# -- how things are named (bot/core/display.py) ---------------------------------------------
DATE = "{month}月{day}日"
DATE_WITH_YEAR = "{year}年{month}月{day}日"
PARTY_CONGRESS_REPORT = "党的{number}大报告"
REPORT_PART = "第{number}部分"
ZONE_NAMES = {
    "Asia/Shanghai": "北京时间",
    "Asia/Chongqing": "北京时间",
    "Asia/Harbin": "北京时间",
    "PRC": "北京时间",
    "Asia/Urumqi": "乌鲁木齐时间",
    "Asia/Hong_Kong": "香港时间",
    "Asia/Macau": "澳门时间",
    "Asia/Taipei": "台北时间",
    "Asia/Tokyo": "东京时间",
    "Asia/Seoul": "首尔时间",
    "Asia/Singapore": "新加坡时间",
    "Asia/Bangkok": "曼谷时间",
    "Asia/Dubai": "迪拜时间",
    "Europe/Moscow": "莫斯科时间",
    "Europe/Berlin": "柏林时间",
    "Europe/Paris": "巴黎时间",
    "Europe/London": "伦敦时间",
    "America/New_York": "纽约时间",
    "America/Chicago": "芝加哥时间",
    "America/Los_Angeles": "洛杉矶时间",
    "America/Toronto": "多伦多时间",
    "Australia/Sydney": "悉尼时间",
    "Pacific/Auckland": "奥克兰时间",
    "UTC": "协调世界时（UTC）",
    "Etc/UTC": "协调世界时（UTC）",
}

# -- the settings panel (/settings) ---------------------------------------------------------
ACTION_SETTINGS = "修改本群设置"
SETTINGS_TITLE_GROUP = "⚙️ <b>本群设置</b>"
SETTINGS_TITLE_PRIVATE = "⚙️ <b>您的设置</b>"
SETTINGS_PUSH = "每日摘编：{state}"
SETTINGS_NOT_SUBSCRIBED = "未订阅"
SETTINGS_PAUSED = "已暂停（{reason}）"
SETTINGS_TIME = "推送时间：每天 {time}（{tz}）"
SETTINGS_NEXT = "下一次推送：{next}"
SETTINGS_TIMER = "测验时限：{timer}"
SETTINGS_WEEKLY = "每周周报：{weekly}"
SETTINGS_HINT = "点下面的按钮修改。习惯打字的话，/subscribe、/settime、/settz 等命令照常可用。"
SETTINGS_PICK_HOUR = "请选择每天推送的时间：先选几点。"
SETTINGS_PICK_MINUTE = "请选择 {hour} 点几分推送。"
SETTINGS_PICK_ZONE = "请选择时区（常用时区在前）。不在其中的，请点「其他时区」后回复时区名。"
SETTINGS_PICK_TIMER = "请选择测验的作答时限。"
SETTINGS_SAVED = "已保存"
SETTINGS_CLOSED = "设置已保存。需要修改时，请再发送 /settings。"
SETTINGS_SUBSCRIBE_FIRST = "请先订阅每日摘编，再设置推送时间、时区和周报。"
BUTTON_SUBSCRIBE = "✅ 订阅每日摘编（每天 {time}）"
BUTTON_RESUME = "▶️ 恢复订阅"
BUTTON_UNSUBSCRIBE = "⏹ 取消订阅"
BUTTON_TIME = "🕗 时间 {time}"
BUTTON_ZONE = "🌐 {tz}"
BUTTON_TIMER = "⏱ 时限：{timer}"
BUTTON_WEEKLY = "📅 周报：{weekly}"
BUTTON_WEEKLY_ON = "开"
BUTTON_WEEKLY_OFF = "关"
BUTTON_HOUR = "{hour:02d} 点"
BUTTON_OTHER_ZONE = "✏️ 其他时区…"
BUTTON_BACK = "◀ 返回"
BUTTON_DONE = "完成"
TIMER_SECONDS = "{seconds} 秒"
# The prompt for free entry of a zone: its reply (a ForceReply, which reaches the bot in groups
# with privacy mode too) is recognised by this text.
ZONE_PROMPT = "请回复这条消息，写上时区名，例如 Europe/Berlin 或 America/Chicago。"
ZONE_PROMPT_FOR = "🌐 {name}，" + ZONE_PROMPT
ZONE_PROMPT_RETRY = "不认识时区“{given}”。" + ZONE_PROMPT
ZONE_SET = "好的，时区改为{tz}：每天 {time} 推送。下一次推送：{next}。"

# -- the study ledger (学习台账): records, /stats, charts, /export, /test, privacy -----------
LEDGER_MONTH = "{year}年{month}月"
LEDGER_WEEK = "{start}—{end}"  # two DATEs
PERIOD_USAGE = (
    "没看懂“{text}”。请写本周、上周、本月、上月或月份，"
    "例如 /{command} 本月 或 /{command} 2026-11。"
)
PERIOD_NO_SUCH_MONTH = "没有“{text}”这个月份。请按 年-月 写，例如 /{command} 2026-11。"
PERIOD_FUTURE = "{text} 还没有到，没有记录可看。请写本月或以前的月份，例如 /{command} 本月。"
MONTH_USAGE = "没看懂“{text}”。请按 年-月 写月份，例如 /{command} 2026-11；不写则为本月。"

STATS_TITLE = "📊 <b>学习统计 · {title}</b>\n{period}"
STATS_EMPTY = (
    "本期还没有学习记录。成员答题（每日测验、/quiz、/test 知识竞赛）或阅读文章"
    "（/read、每日摘编的「阅读全文」）后，这里就会有统计。"
)
STATS_PARTICIPANTS_SHARE = "参与成员：{count} 人，占群成员 {members} 人的 {share:.0%}"
STATS_PARTICIPANTS = "参与成员：{count} 人（未能取得群成员总数）"
STATS_ANSWERS = "答题：共 {answered} 题，答对 {correct} 题，正确率 {accuracy:.0%}"
STATS_NO_ANSWERS = "答题：本期没有人答题"
STATS_READINGS = "阅读：{articles} 篇文章，共 {readings} 人次"
STATS_TOP = "最积极：{members}"
STATS_TOP_MEMBER = "{name}（答题 {answered}，正确率 {accuracy:.0%}，阅读 {articles} 篇）"
STATS_MISSED_TITLE = "错得最多的题："
STATS_MISSED = "{number}. {question}（答 {answered} 次，错 {missed} 次）正确答案：{answer}"
STATS_ABSENT_PRIVATELY = "本期未参与的成员：{count} 人（名单只私信给管理员）。"
STATS_ABSENT = "本期未参与的成员（{count} 人）：{names}"
STATS_ABSENT_MORE = " 等，另有 {count} 人（完整名单请用 /export 导出）"
STATS_ABSENT_NONE = "机器人认识的成员本期都参与了。"
STATS_ABSENT_NOTE = (
    "<i>说明：机器人只认识在本群发过命令、点过按钮、答过题、读过文章或入群时被它看到的成员"
    "（共 {known} 人）；群里另有约 {unknown} 人它无从知晓，不在名单中。</i>"
)
STATS_ABSENT_NOTE_NO_COUNT = (
    "<i>说明：机器人只认识在本群发过命令、点过按钮、答过题、读过文章或入群时被它看到的成员"
    "（共 {known} 人）；其他成员它无从知晓，不在名单中。</i>"
)
STATS_ADMINS_ONLY = "只有群管理员可以查看学习统计。您的个人成绩请发送 /me。"
STATS_NAMES_SENT = "未参与成员的名单已私信发给您。"
STATS_NAMES_BLOCKED = (
    "未参与成员的名单只私信给管理员，但我还不能给您发私信。请点下面的按钮打开与我的私聊，"
    "再在群里发送 /stats。"
)
STATS_NAMES_ANONYMOUS = (
    "您以匿名管理员身份发言，我无法私信名单。请在与我的私聊中发送 /stats {chat_id} 查看。"
)
STATS_NAMES_TITLE = "📋 <b>{title}</b> · {period}"
OPEN_PRIVATE = "打开私聊"
CHART_TITLE = "近 {weeks} 周参与人数与正确率"
CHART_PARTICIPANTS = "参与人数"
CHART_ACCURACY = "正确率"
CHART_WEEKS_AXIS = "周（周一开始）"
CHART_CAPTION = "📈 近 {weeks} 周参与人数与正确率；本周参与 {participants} 人，正确率 {accuracy}。"

PICK_GROUP = "请选择要{action}的群（只列出您是管理员、且已有学习记录的群）："
PICK_NONE = (
    "没有找到您管理的、已有学习记录的群。请在您管理的群里发送 /{command}；"
    "或写上群的 id，例如 /{command} -1001234567890。"
)
ACTION_STATS = "查看统计"
ACTION_EXPORT = "导出台账"
NOT_ADMIN_OF = (
    "您不是这个群的管理员（或者我不在这个群里），不能查看它的记录。"
    "请在您管理的群里发送 /{command}，或发送 /{command} 从列表中选择。"
)
BAD_CHAT_ID = "“{text}”不是群的 id。群的 id 是以 -100 开头的一串数字，例如 -1001234567890。"

EXPORT_ADMINS_ONLY = "只有群管理员可以导出学习台账。请联系管理员操作。"
EXPORT_SENT = "学习台账已私信发给您。"
EXPORT_ANONYMOUS = (
    "您以匿名管理员身份发言，我无法把文件私信给您。请在与我的私聊中发送 /export {chat_id}。"
)
EXPORT_BLOCKED = (
    "学习台账只私信发给管理员，但我还不能给您发私信。请点下面的按钮打开与我的私聊，"
    "再在群里发送 /export。"
)
EXPORT_EMPTY = (
    "{title} 在 {period} 还没有学习记录（答题或阅读），所以没有生成文件。"
    "成员答题、阅读之后再来导出吧。"
)
EXPORT_CAPTION = (
    "📒 {title} · {period} 学习台账：Excel 工作簿一份（成员按周、答题明细、阅读明细三张表），"
    "以及同样三张表的 CSV 文件（UTF-8）。"
)
EXPORT_FILE = "学习台账_{period}"
EXPORT_WORKING = "正在生成 {period} 的学习台账，请稍候…"
EXPORT_SHEET_MEMBERS = "成员按周"
EXPORT_SHEET_ANSWERS = "答题明细"
EXPORT_SHEET_READINGS = "阅读明细"
EXPORT_WEEK = "{start}—{end} 答题"
EXPORT_TIME = "时间（{zone}）"
EXPORT_MEMBER = "成员"
EXPORT_USER_ID = "用户 ID"
EXPORT_ANSWERED = "答题"
EXPORT_CORRECT = "答对"
EXPORT_ACCURACY = "正确率"
EXPORT_ARTICLES = "阅读文章（篇）"
EXPORT_TOOK_PART = "本期参与"
EXPORT_YES = "是"
EXPORT_NO = "否"
EXPORT_QUESTION = "题目"
EXPORT_CHOSEN = "所选答案"
EXPORT_RIGHT_ANSWER = "正确答案"
EXPORT_RESULT = "结果"
EXPORT_RIGHT = "正确"
EXPORT_WRONG = "错误"
EXPORT_SOURCE = "来源"
EXPORT_PURPOSES = {"quiz": "测验", "daily": "每日测验", "review": "复习", "test": "知识竞赛"}
EXPORT_ARTICLE_ID = "文章编号"
EXPORT_ARTICLE = "文章"
EXPORT_PAGE = "页"
EXPORT_VIA = "方式"
EXPORT_VIAS = {
    "link": "阅读全文链接",
    "read": "/read 命令",
    "open": "搜索结果或原文按钮",
    "page": "翻页",
}

TEST_USAGE = "一场知识竞赛 1–{most} 题。请写题数，例如 /test 10 或 /test 5 乡村振兴。"
TEST_ADMINS_ONLY = "只有群管理员可以在群里发起知识竞赛。您可以私聊我发送 /test 自己练习。"
TEST_RUNNING = (
    "本群正在进行一场知识竞赛（已出 {asked}/{total} 题）。请等它结束后再开始新的；"
    "管理员可以发送 /test stop 提前结束。"
)
TEST_NONE_RUNNING = "现在没有进行中的知识竞赛。发送 /test 开始一场。"
TEST_FEWER = "与“{keyword}”相关的题目只有 {count} 道，本场竞赛就出 {count} 题。"
TEST_START = (
    "🏁 <b>知识竞赛开始</b>：共 {count} 题，每题限时 {seconds} 秒{topic}。\n"
    "按答对题数排名，题数相同比用时。第一题马上就来！"
)
TEST_TOPIC = "，题目与“{keyword}”相关"
TEST_STOP_ADMINS_ONLY = "只有群管理员可以提前结束知识竞赛。"
TEST_SECONDS = "{seconds:.1f} 秒"
TEST_MINUTES = "{minutes} 分 {seconds:02d} 秒"
TEST_CARD_TITLE = "🏆 <b>知识竞赛成绩单</b>"
TEST_CARD_DONE = "全部 {total} 题已结束。"
TEST_CARD_STOPPED = "竞赛已提前结束（出了 {asked}/{total} 题）。"
TEST_CARD_INTERRUPTED = "机器人中途停止运行了较长时间，竞赛在第 {asked}/{total} 题后结束。"
TEST_CARD_NOBODY = "这场竞赛没有人答题。"
TEST_CARD_PEOPLE = "共 {count} 人参加："
TEST_CARD_LINE = "{mark} {name} — 答对 {correct}/{asked} 题，用时 {time}"

ME_KEPT = (
    "\n\n🔒 <b>为您保存的记录</b>：答题 {answers} 条、阅读 {readings} 条，涉及 {chats} 个群，"
    "以及您的名字（用于排行和统计）。群里的记录只有该群管理员能查看；私聊里的只计入您自己的成绩。"
    "发送 /forgetme 可以全部删除。"
)
ME_KEPT_NOTHING = (
    "\n\n🔒 目前没有为您保存任何学习记录。答题和阅读文章会被记录，用于您的成绩和所在群的学习统计；"
    "发送 /forgetme 可以随时全部删除。"
)
FORGET_PRIVATE = "删除个人记录请私聊我发送 /forgetme。"
FORGET_NOTHING = "我们没有保存您的任何学习记录。"
FORGET_CONFIRM = (
    "⚠️ 确定要删除您的全部学习记录吗？\n将删除：答题 {answers} 条、阅读 {readings} 条、"
    "错题复习计划、知识竞赛成绩，以及您在 {chats} 个群的成员记录和您的名字。\n"
    "删除后，各群的统计和导出中将不再有您；已经发到群里的消息（如排行、成绩单）无法撤回。"
    "此操作不能恢复。"
)
FORGET_YES = "确认删除"
FORGET_NO = "取消"
FORGET_DONE = (
    "✅ 已删除您的全部学习记录（答题 {answers} 条、阅读 {readings} 条）。"
    "今后您再答题或阅读，会重新开始记录。"
)
FORGET_CANCELLED = "已取消，您的记录没有改动。"
FORGET_EXPIRED = "这个确认已过期。如仍要删除，请重新发送 /forgetme。"
