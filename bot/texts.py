"""Every Chinese text the bot says, in one place, so the same things have the same words:
文章 (article), 摘编 (excerpt), 测验 (quiz), 订阅 (subscription)."""

from __future__ import annotations

WELCOME = (
    "您好！我是理论学习助手 studybot。\n\n"
    "我可以帮您：\n"
    "• 查看文章目录：/list\n"
    "• 阅读文章：/read 编号\n"
    "• 搜索文章：/search 关键词（私聊时直接发送关键词即可）\n\n"
    "发送 /help 查看全部命令。"
)
HELP = (
    "<b>可用命令</b>\n"
    "/list — 文章目录\n"
    "/read 编号 — 阅读文章（用 ◀ ▶ 翻页）\n"
    "/search 关键词 — 搜索文章\n"
    "/help — 本帮助\n\n"
    "私聊时直接发送关键词即可搜索；在群里请使用命令，或 @我 加关键词。"
)
COMMANDS = [
    ("list", "文章目录"),
    ("read", "阅读文章：/read 编号"),
    ("search", "搜索文章：/search 关键词"),
    ("help", "帮助"),
]

LIST_TITLE = "📚 <b>文章目录</b>（共 {count} 篇）"
LIST_EMPTY = "文章库还是空的。请联系管理员添加学习材料。"
LIST_HINT = "发送 /read 编号 阅读，例如 /read {example}"
READ_USAGE = "请在命令后写上文章编号，例如 /read 1。发送 /list 查看文章目录。"
READ_NOT_FOUND = "没有编号为 {number} 的文章。发送 /list 查看文章目录。"
READ_PAGE = "第 {page}/{pages} 页"
READ_CONTINUED = "（续）"
PREV = "◀ 上一页"
NEXT = "下一页 ▶"
ARTICLE_GONE = "这篇文章已下架。发送 /list 查看现有文章。"

SEARCH_USAGE = "请在命令后写上关键词，例如 /search 年轻干部。"
SEARCH_RESULTS = "🔍 “{query}”：找到 {count} 篇相关文章"
SEARCH_NONE = (
    "没有找到与“{query}”相关的内容。\n"
    "建议：换个说法，或用更短的关键词（例如“养老”“招商引资”）；发送 /list 浏览全部文章。"
)
SEARCH_OPEN = "{rank}. 《{title}》第 {paragraph} 段"
PARAGRAPH_MARK = "（第 {paragraph} 段）"

UNKNOWN_COMMAND = "没有这个命令。发送 /help 查看可用命令。"
NOT_TEXT = "我只能读懂文字消息。请发送关键词搜索，或发送 /help 查看可用命令。"
ERROR = "抱歉，处理您的请求时出了点问题，请稍后再试。"
BUTTON_EXPIRED = "这个按钮已失效，请重新发送命令。"
