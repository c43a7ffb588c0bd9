"""Inline mode: ``@studybot 关键词`` in any chat lists matching excerpts to share."""

from __future__ import annotations

import html
import time

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import BaseHandler, InlineQueryHandler

from bot.chat.guards import expensive
from bot.context import AppContext
from bot.core import display, texts
from bot.core.schedule import excerpt, local_date
from bot.core.search import clean_query
from storage.articles import StoredArticle

CACHE_SECONDS = 60
CACHE_SIZE = 512
RESULTS = 10


def share(
    context: AppContext,
    result_id: str,
    article: StoredArticle,
    paragraph: int,
    description: str,
    heading: str = "",
) -> InlineQueryResultArticle:
    """One shareable excerpt of an article with a deep link that opens it in the bot."""
    text, _ = excerpt(article.paragraphs, paragraph)
    named = display.heading(article)
    link = f"https://t.me/{context.bot.username}?start=a{article.id}_{paragraph}"
    return InlineQueryResultArticle(
        id=result_id[:64],
        title=heading or named.name(),
        description=display.clip(description, 200),
        input_message_content=InputTextMessageContent(
            f"{named.head_html(article.author)}\n\n{html.escape(text)}",
            parse_mode=ParseMode.HTML,
        ),
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton(texts.DAILY_READ, url=link)]]),
    )


async def results_for(context: AppContext, query: str) -> list[InlineQueryResultArticle]:
    results = []
    if query:
        for hit in await context.library.search(query, limit=RESULTS):
            article = await context.articles.get(hit.article_id)
            if article is not None:
                named = display.heading(article)
                who = named.part if named.is_part else hit.author
                description = f"{who}：{hit.snippet(60)}"
                result_id = f"{hit.article_id}-{hit.paragraph}"
                results.append(share(context, result_id, article, hit.paragraph, description))
        return results
    # No query: today's excerpt, then the newest articles.
    order = await context.library.units()
    if order:
        day = local_date(context.now(), context.settings.zone).toordinal()
        unit = order[day % len(order)]
        article = await context.articles.get(unit.article_id)
        if article is not None:
            text = display.clip(article.paragraphs[unit.paragraph - 1].text, 60)
            heading = texts.INLINE_TODAY.format(name=display.heading(article).name())
            result_id = f"today-{unit.article_id}-{unit.paragraph}"
            results.append(share(context, result_id, article, unit.paragraph, text, heading))
    newest = list(dict.fromkeys(unit.article_id for unit in order))
    for article_id in newest[: RESULTS - len(results)]:
        article = await context.articles.get(article_id)
        if article is not None:
            named = display.heading(article)
            who = named.part if named.is_part else article.author
            description = f"{who}：{display.clip(article.paragraphs[0].text, 60)}"
            results.append(share(context, f"new-{article.id}", article, 1, description))
    return results


@expensive
async def inline_query(update: Update, context: AppContext) -> None:
    """Answer an inline query; results are cached briefly per query."""
    query = update.inline_query
    assert query is not None
    text = clean_query(query.query)
    cache = context.services.inline_cache
    hit = cache.get(text)
    if hit is not None and time.monotonic() - hit[0] < CACHE_SECONDS:
        results = hit[1]
    else:
        results = await results_for(context, text)
        if len(cache) >= CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[text] = (time.monotonic(), results)
    await query.answer(results, cache_time=CACHE_SECONDS, is_personal=False)


HANDLERS: list[BaseHandler] = [InlineQueryHandler(inline_query)]
