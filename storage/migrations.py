"""Named, ordered, append-only schema migrations, tracked in the ``_migrations`` table.

Never edit a migration that has shipped: add a new one at the end.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import aiosqlite

Migration = Callable[[aiosqlite.Connection], Awaitable[None]]
MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


async def migrate(conn: aiosqlite.Connection, upto: str | None = None) -> list[str]:
    """Apply the migrations not yet applied, in order (inside the caller's transaction);
    ``upto`` stops after the named one (for upgrade tests). Returns the names applied."""
    await conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations ("
        " name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)"
    )
    done = {row[0] for row in await conn.execute_fetchall("SELECT name FROM _migrations")}
    applied = []
    for fn in MIGRATIONS:
        if fn.__name__ not in done:
            await fn(conn)
            await conn.execute("INSERT INTO _migrations (name) VALUES (?)", (fn.__name__,))
            applied.append(fn.__name__)
        if fn.__name__ == upto:
            break
    return applied


async def _script(conn: aiosqlite.Connection, sql: str) -> None:
    for statement in sql.split(";"):
        if statement.strip():
            await conn.execute(statement)


# The stored pages, plain articles and reports are read again at the next start: their files
# are taken as changed (a reading of them changed).
READ_AGAIN = (
    "UPDATE sources SET sha256 = '' WHERE kind IN ('page', 'article', 'report') AND retired = 0"
)


@migration
async def m001_create_articles(conn: aiosqlite.Connection) -> None:
    await _script(
        conn,
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'page',
            banner TEXT NOT NULL DEFAULT '',
            column_name TEXT NOT NULL DEFAULT '',
            loaded_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            retired INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT NOT NULL UNIQUE,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            position INTEGER NOT NULL,
            column_name TEXT NOT NULL DEFAULT '',
            section TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            affiliation TEXT NOT NULL DEFAULT '',
            added_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
            retired INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX articles_source ON articles(source_id, position);
        CREATE TABLE paragraphs (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,
            lead TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            UNIQUE (article_id, idx)
        );
        CREATE VIRTUAL TABLE paragraph_fts USING fts5(
            title, author, body,
            tokenize = "unicode61 remove_diacritics 0 tokenchars '+#&%.-'"
        );
        CREATE TABLE dictionary_terms (term TEXT PRIMARY KEY)
        """,
    )


@migration
async def m002_create_quizzes(conn: aiosqlite.Connection) -> None:
    await _script(
        conn,
        """
        CREATE TABLE questions (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            article_key TEXT NOT NULL,
            question TEXT NOT NULL,
            options TEXT NOT NULL,
            correct INTEGER NOT NULL,
            explanation TEXT NOT NULL
        );
        CREATE TABLE polls (
            poll_id TEXT PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            message_id INTEGER NOT NULL,
            question_id TEXT NOT NULL REFERENCES questions(id),
            purpose TEXT NOT NULL DEFAULT 'quiz',
            sent_at TEXT NOT NULL
        );
        CREATE INDEX polls_chat ON polls(chat_id, sent_at);
        CREATE TABLE answers (
            poll_id TEXT NOT NULL REFERENCES polls(poll_id),
            user_id INTEGER NOT NULL,
            chat_id INTEGER NOT NULL,
            question_id TEXT NOT NULL,
            option INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (poll_id, user_id)
        );
        CREATE INDEX answers_chat ON answers(chat_id, answered_at);
        CREATE INDEX answers_user ON answers(user_id, answered_at);
        CREATE TABLE members (
            user_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL
        );
        CREATE TABLE reviews (
            user_id INTEGER NOT NULL,
            question_id TEXT NOT NULL REFERENCES questions(id),
            step INTEGER NOT NULL DEFAULT 0,
            due_at TEXT NOT NULL,
            PRIMARY KEY (user_id, question_id)
        );
        CREATE TABLE chat_settings (
            chat_id INTEGER PRIMARY KEY,
            quiz_open_period INTEGER
        )
        """,
    )


@migration
async def m003_create_subscriptions(conn: aiosqlite.Connection) -> None:
    await _script(
        conn,
        """
        CREATE TABLE subscriptions (
            chat_id INTEGER PRIMARY KEY,
            thread_id INTEGER,
            at TEXT NOT NULL DEFAULT '08:00',
            tz TEXT NOT NULL DEFAULT 'Asia/Shanghai',
            status TEXT NOT NULL DEFAULT 'active',
            reason TEXT NOT NULL DEFAULT '',
            weekly INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        );
        CREATE TABLE deliveries (
            chat_id INTEGER NOT NULL,
            local_date TEXT NOT NULL,
            state TEXT NOT NULL,
            cycle INTEGER NOT NULL DEFAULT 0,
            article_id INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            paragraphs INTEGER NOT NULL DEFAULT 1,
            question_id TEXT,
            attempts INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, local_date)
        );
        CREATE TABLE weekly_reports (
            chat_id INTEGER NOT NULL,
            week TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            PRIMARY KEY (chat_id, week)
        )
        """,
    )


@migration
async def m004_index_active_articles_only(conn: aiosqlite.Connection) -> None:
    # Search ranks on the FTS5 index alone (no join per matching row), so retired articles
    # must not be in it; retire_sources now removes them, this clears the ones retired before.
    await conn.execute(
        "DELETE FROM paragraph_fts WHERE rowid IN (SELECT p.id FROM paragraphs p "
        "JOIN articles a ON a.id = p.article_id WHERE a.retired = 1)"
    )


@migration
async def m005_create_question_bank(conn: aiosqlite.Connection) -> None:
    # The generated questions, kept so that a start with nothing changed does not generate
    # them again; ``position`` numbers them 0..n-1 for picking at random by index.
    await _script(
        conn,
        """
        CREATE TABLE bank (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            article_key TEXT NOT NULL,
            question TEXT NOT NULL,
            options TEXT NOT NULL,
            correct INTEGER NOT NULL,
            explanation TEXT NOT NULL
        );
        CREATE INDEX bank_article ON bank(article_key);
        CREATE TABLE bank_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            fingerprint TEXT NOT NULL,
            rejections TEXT NOT NULL DEFAULT '{}',
            generated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        )
        """,
    )


@migration
async def m006_index_subscription_slots(conn: aiosqlite.Connection) -> None:
    # The daily push has one job per (time, zone) slot, which asks for its chats when it fires.
    await conn.execute("CREATE INDEX subscriptions_slot ON subscriptions(status, tz, at)")


@migration
async def m007_join_continued_and_repeated_articles(conn: aiosqlite.Connection) -> None:
    # News pages: an article continued on another page (（下转第三版） / （上接第一版）) is read
    # as one (part_of: the article it continues), the same text printed twice is one article
    # (same_as: the first copy); a paragraph's role tells bullets, captions and notes from
    # the article's own text. Existing rows get the defaults; their fingerprint is filled in
    # when their page is next loaded.
    await _script(
        conn,
        """
        ALTER TABLE articles ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN continued INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN continues INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN part_of INTEGER REFERENCES articles(id);
        ALTER TABLE articles ADD COLUMN same_as INTEGER REFERENCES articles(id);
        ALTER TABLE paragraphs ADD COLUMN role TEXT NOT NULL DEFAULT '';
        CREATE INDEX articles_fingerprint ON articles(fingerprint) WHERE retired = 0
        """,
    )


@migration
async def m008_fix_the_dictionary_of_the_index(conn: aiosqlite.Connection) -> None:
    # Segmentation no longer learns terms from the pages as they load (which made pages
    # loaded earlier segment differently from later ones and from queries): the dictionary is
    # the one shipped with the code, and the index records which one it was built with. A
    # different one (an upgrade, or this migration: '' never matches) rebuilds the index.
    await _script(
        conn,
        """
        DELETE FROM dictionary_terms;
        CREATE TABLE index_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            dictionary TEXT NOT NULL
        );
        INSERT INTO index_state (id, dictionary) VALUES (1, '')
        """,
    )


@migration
async def m009_index_continued_articles(conn: aiosqlite.Connection) -> None:
    # A search hit reads its article with the parts continued on other pages: found by
    # part_of, which without an index meant scanning every paragraph of the library.
    await conn.execute(
        "CREATE INDEX articles_part_of ON articles(part_of) WHERE part_of IS NOT NULL"
    )


@migration
async def m010_bank_by_source(conn: aiosqlite.Connection) -> None:
    # The bank is generated one page file at a time (a new page gets its questions without
    # generating the others again): each question knows its source and the paragraph it asks
    # about (the daily quiz asks about the excerpt just sent); ``bank_sources`` says what each
    # source's questions were made from. Stems are unique across the bank. The questions of
    # the old generator are dropped: the next start generates the bank anew.
    await _script(
        conn,
        """
        DELETE FROM bank;
        DELETE FROM bank_state;
        ALTER TABLE bank ADD COLUMN source TEXT NOT NULL DEFAULT '';
        ALTER TABLE bank ADD COLUMN paragraph INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX bank_source ON bank(source);
        CREATE UNIQUE INDEX bank_stem ON bank(question);
        CREATE TABLE bank_sources (
            source TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            generator TEXT NOT NULL,
            questions INTEGER NOT NULL DEFAULT 0,
            rejections TEXT NOT NULL DEFAULT '{}',
            generated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
        )
        """,
    )


@migration
async def m016_create_ledger(conn: aiosqlite.Connection) -> None:
    # The study ledger (docs/ledger.md). ``readings``: a member opened or paged an article in
    # chat ``in_chat``; ``chat_id`` is the chat it counts for (a private reading opened from
    # a group's excerpt counts for that group). ``chat_members``: the members the bot has
    # seen in a group (commands, buttons, answers, readings, joins), the only ones it can
    # name. ``chats``: a group's title, for the private /stats and /export.
    await _script(
        conn,
        """
        CREATE TABLE readings (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            in_chat INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            page INTEGER NOT NULL DEFAULT 1,
            via TEXT NOT NULL,
            read_at TEXT NOT NULL
        );
        CREATE INDEX readings_chat ON readings(chat_id, read_at, user_id, article_id);
        CREATE INDEX readings_user ON readings(user_id, in_chat, article_id, read_at);
        CREATE TABLE chat_members (
            chat_id INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            left_at TEXT,
            PRIMARY KEY (chat_id, user_id)
        ) WITHOUT ROWID;
        CREATE INDEX chat_members_user ON chat_members(user_id);
        CREATE TABLE chats (
            chat_id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )
        """,
    )


@migration
async def m017_create_contests(conn: aiosqlite.Connection) -> None:
    # Group tests (知识竞赛): the state a restart needs to resume or close one, never posting
    # twice. ``step`` counts the questions claimed for sending; the partial unique index
    # allows one running test per chat. Answer times are kept in milliseconds.
    await _script(
        conn,
        """
        CREATE TABLE contests (
            id INTEGER PRIMARY KEY,
            chat_id INTEGER NOT NULL,
            thread_id INTEGER,
            started_by INTEGER NOT NULL,
            keyword TEXT NOT NULL DEFAULT '',
            questions TEXT NOT NULL,
            seconds INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'running',
            step INTEGER NOT NULL DEFAULT 0,
            step_at TEXT,
            started_at TEXT NOT NULL,
            ended_at TEXT,
            ending TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX contests_running ON contests(chat_id) WHERE state = 'running';
        CREATE TABLE contest_polls (
            poll_id TEXT PRIMARY KEY,
            contest_id INTEGER NOT NULL REFERENCES contests(id),
            position INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            sent_ms INTEGER NOT NULL,
            UNIQUE (contest_id, position)
        );
        CREATE TABLE contest_answers (
            contest_id INTEGER NOT NULL REFERENCES contests(id),
            position INTEGER NOT NULL,
            user_id INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            elapsed_ms INTEGER NOT NULL,
            PRIMARY KEY (contest_id, position, user_id)
        ) WITHOUT ROWID
        """,
    )


@migration
async def m018_index_answers_for_the_ledger(conn: aiosqlite.Connection) -> None:
    # /stats and /export read a group's answers of a period grouped by member and question:
    # an index that covers them answers from the index alone (a year of a 500-member group
    # is ~180,000 rows). It replaces the narrower answers_chat.
    await _script(
        conn,
        """
        CREATE INDEX answers_chat_ledger
            ON answers(chat_id, answered_at, user_id, correct, question_id);
        DROP INDEX answers_chat
        """,
    )


@migration
async def m023_store_lead_titles_and_subtitles(conn: aiosqlite.Connection) -> None:
    # A news story's lead title (引题, above its title) and its —— subtitle are stored, shown
    # with the title and searched with it. The pages stored before are read again at the next
    # start (their files are taken as changed), so their stories get them too; an article
    # keeps its number (ids are by file, title and author, and the title is unchanged).
    await _script(
        conn,
        """
        ALTER TABLE articles ADD COLUMN kicker TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN subtitle TEXT NOT NULL DEFAULT '';
        UPDATE sources SET sha256 = '' WHERE kind = 'page' AND retired = 0
        """,
    )


@migration
async def m024_article_provenance(conn: aiosqlite.Connection) -> None:
    # Imported articles keep where they came from (a link or a file name), the site and the
    # publication date; the text's fingerprint finds a duplicate sent again from elsewhere;
    # ``removed`` marks an article a maintainer took out (/remove): it stays out when its page
    # is loaded again, while its scores and delivery history stay.
    from bot.core.drafts import text_fingerprint

    await _script(
        conn,
        """
        ALTER TABLE articles ADD COLUMN published TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN origin TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN site TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN text_hash TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN removed INTEGER NOT NULL DEFAULT 0
        """,
    )
    texts: dict[int, list[str]] = {}
    for article_id, lead, body in await conn.execute_fetchall(
        "SELECT article_id, lead, body FROM paragraphs ORDER BY article_id, idx"
    ):
        texts.setdefault(article_id, []).append(lead + body)
    await conn.executemany(
        "UPDATE articles SET text_hash = ? WHERE id = ?",
        [(text_fingerprint(paragraphs), article_id) for article_id, paragraphs in texts.items()],
    )
    await conn.execute("CREATE INDEX articles_text ON articles(text_hash)")
    await conn.execute("CREATE INDEX articles_origin ON articles(origin)")


@migration
async def m025_bank_asks_a_sentence_once(conn: aiosqlite.Connection) -> None:
    # One question per sentence across the whole bank, wherever it is printed (an article that
    # quotes the report and the report itself), at most two per answer, never the same answer
    # with the same distractors twice (docs/quizzes.md). ``bank_keys`` holds the clauses that
    # identify each question's sentence; ``answer`` and ``distractors`` are indexed so that
    # storing a source checks the rest of the bank without reading it. The bank is generated
    # anew (the generator's fingerprint changed).
    await _script(
        conn,
        """
        DELETE FROM bank;
        DELETE FROM bank_sources;
        ALTER TABLE bank ADD COLUMN answer TEXT NOT NULL DEFAULT '';
        ALTER TABLE bank ADD COLUMN distractors TEXT NOT NULL DEFAULT '';
        ALTER TABLE bank ADD COLUMN quoted INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX bank_answer ON bank(answer, distractors);
        CREATE TABLE bank_keys (
            clause TEXT NOT NULL,
            question_id TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (clause, question_id)
        ) WITHOUT ROWID;
        CREATE INDEX bank_keys_source ON bank_keys(source)
        """,
    )


@migration
async def m026_bank_distractors_index(conn: aiosqlite.Connection) -> None:
    # Two term questions of the bank share at most two options (bot.core.quiz.SHARED_OPTIONS):
    # storing a question looks up the questions whose answer is one of its options, and those
    # whose three distractors are all among them, by this index and bank_answer.
    await conn.execute("CREATE INDEX bank_distractors ON bank(distractors)")


@migration
async def m027_read_pages_again_for_own_line_headings(conn: aiosqlite.Connection) -> None:
    # An article's numbered section headings printed on lines of their own are paragraphs of
    # their own (role heading) instead of opening their section's first sentence: the pages
    # stored before are read again at the next start (their files are taken as changed).
    await conn.execute("UPDATE sources SET sha256 = '' WHERE kind = 'page' AND retired = 0")


@migration
async def m028_read_pages_again_for_masthead_lines(conn: aiosqlite.Connection) -> None:
    # A page's masthead date is its articles' date (no longer part of the column), and a
    # masthead printed again inside an article (the next edition's 「第08版：思想周刊」) is not a
    # heading of its text: the pages stored before are read again at the next start.
    await conn.execute("UPDATE sources SET sha256 = '' WHERE kind = 'page' AND retired = 0")


@migration
async def m029_read_pages_again_for_marked_bylines_and_long_subheads(
    conn: aiosqlite.Connection,
) -> None:
    # A byline marked ◎ (or ● ○), 「本报评论员」 alone over a commentary, and plain subheads of up
    # to 32 characters are read as such, and a page's articles are listed under its paper's name
    # before an edition line (新华日报 第07版：思想周刊): the pages stored before are read again at
    # the next start.
    await conn.execute("UPDATE sources SET sha256 = '' WHERE kind = 'page' AND retired = 0")


@migration
async def m030_bank_quotations(conn: aiosqlite.Connection) -> None:
    # A sentence an article quotes (党的二十大报告指出，…) is asked once, by the question on the
    # original; ``bank_quotes`` says where else the bank's question is printed, so that the
    # daily item asks about the excerpt just sent when it quotes the report, and the quoting
    # article counts the question among its own. The bank is generated anew, so that every
    # quotation is found.
    await _script(
        conn,
        """
        DELETE FROM bank;
        DELETE FROM bank_keys;
        DELETE FROM bank_sources;
        CREATE TABLE bank_quotes (
            question_id TEXT NOT NULL,
            article_key TEXT NOT NULL,
            paragraph INTEGER NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (question_id, article_key, paragraph)
        ) WITHOUT ROWID;
        CREATE INDEX bank_quotes_article ON bank_quotes(article_key);
        CREATE INDEX bank_quotes_source ON bank_quotes(source)
        """,
    )


@migration
async def m031_bank_quotations_by_clause(conn: aiosqlite.Connection) -> None:
    # A quotation is recorded by the clause it quotes, not by the id of the question asked on
    # it: a question's id changes when its source is generated again (a review found the
    # link lost then, and the quoting page not regenerated). A quotation whose clause no
    # question asks any more has its page generated again. The bank is generated anew.
    await _script(
        conn,
        """
        DROP TABLE bank_quotes;
        DELETE FROM bank;
        DELETE FROM bank_keys;
        DELETE FROM bank_sources;
        CREATE TABLE bank_quotes (
            clause TEXT NOT NULL,
            article_key TEXT NOT NULL,
            paragraph INTEGER NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (clause, article_key, paragraph)
        ) WITHOUT ROWID;
        CREATE INDEX bank_quotes_article ON bank_quotes(article_key);
        CREATE INDEX bank_quotes_source ON bank_quotes(source)
        """,
    )


@migration
async def m032_read_pages_again_for_unsigned_starts_and_web_copies(
    conn: aiosqlite.Connection,
) -> None:
    # Articles signed only at their end (by a closing line or a name on the last line), a name
    # over its unit, news stories signed in their dateline, a dialogue's participants, a box
    # after a page's last article, hard-wrapped copies, web articles with sections (no report)
    # or copied one after another into one file (each an article of its own, its footer no
    # paragraph): the pages and plain articles stored before are read again at the next start.
    await conn.execute(
        "UPDATE sources SET sha256 = '' WHERE kind IN ('page', 'article') AND retired = 0"
    )


@migration
async def m033_read_pages_again_for_mastheads_and_share_bars(
    conn: aiosqlite.Connection,
) -> None:
    # A masthead set on one line or printed again over a PDF copy's columns, Latin and lunar
    # masthead lines, more credit labels, box tags alone on their line and the questions and
    # answers under them, a column's comments signed at their end, share bars and related
    # links of web pages (held-out sets 36–38), a report's closing words after its last
    # chapter (结束语): the pages, plain articles and reports stored before are read again at
    # the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m034_read_pages_again_for_narrow_columns_and_references(
    conn: aiosqlite.Connection,
) -> None:
    # A PDF e-paper's narrow columns (lines of 12 to 23 characters) and its indents (a line
    # not indented goes on with the one before, even after a sentence's end at the column's
    # edge), a book's data under a review, a box's bullets of figures (no bylines), lists of
    # references (参考文献, 注释), rows of a table of figures, a channel's name read as a
    # name (光明网·理论频道), a 微信公众号's section numbers and ▼, titles broken over two
    # lines, pieces signed in brackets with unit and name, captions ending with their credit,
    # 编后 notes, a web copy's column before its title, player leftovers, captions and
    # editor's notes, a 党课's 主讲人 (held-out sets 41–44): the pages, plain articles and
    # reports stored before are read again at the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m035_read_pages_again_for_speakers_signing_at_the_end(
    conn: aiosqlite.Connection,
) -> None:
    # A 宣讲 or 党课 its speaker signs in the closing brackets (（宣讲员：王秀芬，…；整理：刘畅）),
    # indents counted in a line's width, and what held-out sets 47 to 50 found (titles broken
    # after 以…为契机, captions set aside whole, a host under his label, a glossary's entries,
    # a box's rows of figures, a page's list of its titles, a journal's ［摘要］, an app's
    # copy): the pages, plain articles and reports stored before are read again at the next
    # start.
    await conn.execute(READ_AGAIN)


@migration
async def m036_read_pages_again_for_journal_pdf_copies(
    conn: aiosqlite.Connection,
) -> None:
    # A journal's PDF copy (held-out sets 51 and 52): lines wrapped at a width measured in
    # columns of type (digits half as wide), running heads and a library's footer at each page
    # break, footnotes under a rule set aside, numbered authors and their units, an English
    # abstract: the pages, plain articles and reports stored before are read again at the next
    # start.
    await conn.execute(READ_AGAIN)


@migration
async def m037_read_pages_again_for_columns_of_several_widths(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 53 and 54 found: a PDF page whose columns have several widths (a box
    # or a story set narrower than the articles), subheads under a picture or a running head,
    # a subtitle under a full-width title, 专题 pages' titles over their dated source lines, a
    # 微信 copy's pieces signed 「作者｜…」 and its buttons, end credits and lists of other posts:
    # the pages, plain articles and reports stored before are read again at the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m038_read_pages_again_for_web_copies_headings(
    conn: aiosqlite.Connection,
) -> None:
    # A web copy's section headings on lines of their own (「一、…」, 「▍…」, plain subheads)
    # are headings, as a page's are: the day's excerpt neither opens nor ends with one. The
    # pages, plain articles and reports stored before are read again at the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m039_read_pages_again_for_boxes_and_running_heads(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 55 and 56 found: a box set into a column mid-sentence, a book's data
    # between a review's title and its byline, a journal's header across the page and its page
    # number between the halves of a paragraph, pieces signed with the unit before the name,
    # an outlet's reporter under the title, readers' comments and the notices under a page's
    # last story: the pages, plain articles and reports stored before are read again.
    await conn.execute(READ_AGAIN)


@migration
async def m040_read_pages_again_for_journal_units(
    conn: aiosqlite.Connection,
) -> None:
    # A journal's author's unit under the name (「（中共南昌市委党校 公共管理教研部，江西 南昌
    # 330006）」) is the affiliation, and its name among volume and issue in the header names its
    # articles: the pages stored before are read again at the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m041_read_pages_again_for_signed_pieces_and_boxes(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 57 and 58 found: an affiliation right under the byline (a page had
    # been refused), pieces each signed only at their end, a box of figures between the halves
    # of a word, a narrow box's lines, titles broken after 为…, the paragraph under 「编者按」
    # alone, a speech's appended questions: the pages stored before are read again.
    await conn.execute(READ_AGAIN)


@migration
async def m042_read_pages_again_for_digital_edition_lists(
    conn: aiosqlite.Connection,
) -> None:
    # A 数字报's list of its other editions and its 本版标题导航 further down are the page's,
    # not its articles' column: the pages stored before are read again at the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m043_read_pages_again_for_author_notes(
    conn: aiosqlite.Connection,
) -> None:
    # A web copy's or journal's 作者简介 at the end gives the authors' places where no closing
    # line does: the plain articles stored before are read again at the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m044_read_pages_again_for_phone_copies(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 59 found: a phone's copy (title, subtitle and byline on one line, lines
    # broken anywhere inside paragraphs set apart by blank lines), a 数字报's weather, edition list
    # and breadcrumb, a site's Latin name: the pages stored before are read again.
    await conn.execute(READ_AGAIN)


@migration
async def m045_read_pages_again_for_book_fields_and_pieces(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 61 found: a running head with its page's name spaced out (理　论), a
    # book's data set field by field into a sentence, a 笔谈's tag and topic mid-page over its
    # pieces, a web copy's boxes and 嘉宾简介, a site's 发布时间/作者 fields: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m046_read_pages_again_for_journal_footnotes_and_lettered_editions(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 60 found: a journal's running head under its page number, footnotes at a
    # page's foot, wrapped references; a paper's English name, 「A7」 alone, 「（下转A8版）」.
    await conn.execute(READ_AGAIN)


@migration
async def m047_read_pages_again_for_boxes_reviews_and_speakers(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 62 and 63 found: boxes set into a sentence or titled 数说…/学习问答｜…,
    # a review signed over its book's data, a 笔谈's column kept to its pieces, 文｜unit name and
    # 主讲人： bylines, （作者简介：…）, an edition list without 第, ＜上一版: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m048_read_pages_again_for_article_fields_and_rests(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 64 found: a web copy's 作者：… field beside 来源/发布时间, rules and tab
    # tables that go on in no line, bylines under a subtitle, 「（上接第1版）」 opening a rest's
    # text: the pages stored before are read again at the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m049_read_pages_again_for_titles_broken_before_their_last_noun(
    conn: aiosqlite.Connection,
) -> None:
    # A title broken before its last noun under its lead (因地制宜培育石化化工行业 / 新质生产力) is
    # one title: the pages stored before are read again at the next start.
    await conn.execute(READ_AGAIN)


@migration
async def m050_read_pages_again_for_web_sources_and_buttons(
    conn: aiosqlite.Connection,
) -> None:
    # Found by the fresh-clone check: a web edition's articles filed under the 来源 each names
    # (not the file's name), its buttons and the next piece's tag under a text the page's.
    await conn.execute(READ_AGAIN)


@migration
async def m051_read_pages_again_for_breadcrumbs_and_unbracketed_reporters(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 65 found: 您当前的位置 breadcrumbs, fields beside a font switch, a title
    # ending in 长…化 taken for a speaker's line, 〈上一期 下一期〉, 本报讯 stories whose reporter
    # is unbracketed, 上一篇/下一篇 lines, a 往期推荐 title that asks: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m052_read_pages_again_for_site_feet_and_posted_names(
    conn: aiosqlite.Connection,
) -> None:
    # A site's foot under the text (上一条：…, 地址：…, 邮编：…) and a name with its post atop
    # the text (赵明轩（…副教授）): the plain articles stored before are read again.
    await conn.execute(READ_AGAIN)


@migration
async def m053_read_pages_again_for_wrapped_heads_and_journal_pieces(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 66 and 67 found: numbered headings and subtitles wrapped at their own
    # width, a title's line opening with 的, credits run into a lead title, a page's name under
    # a running head, captions at their own width, journal authors numbered by unit, a page's
    # foot in a re-flowed paragraph, a 笔谈's piece signed at its end, a 微信 header on three
    # lines and a 学习问答 box after the closing line: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m054_read_pages_again_for_boxed_stories_and_notices(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 68 and 69 found: a news story boxed into a sentence, a review's book
    # data and picture over its text, public notices and calls for papers, a title broken in
    # its 在…中, a 董事长's byline, bracketed box tags with a title, credits set apart by bars,
    # an author's name alone under the fields, 结语: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m055_read_pages_again_for_groups_portraits_and_bracketed_bylines(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 70 and 71 found (and a new user's /list): a 数字报's weather no column,
    # a 笔谈's head under an article's end its first piece's column, 本版新闻导航 and an edition's
    # links, a portrait captioned by name under a reporter's byline, 〔作者：…〕 under a title, a
    # one-paragraph story over the next title, a funded project's note, a title ending in a
    # quoted name: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m056_read_pages_again_for_speakers_and_notices_under_their_lines(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 72 found: a reporter's byline under a subtitle filling the column, a
    # public notice labelled under its lines, 「主讲人｜…书记　周海燕」, a 微信 post's title again
    # under its 编者按: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m057_read_pages_again_for_marked_scenes(
    conn: aiosqlite.Connection,
) -> None:
    # A 微信 copy's ▲ over a scene (「▲4月26日，…专题学习。」) is a picture's caption; only a
    # ▲ with its label (▲ 节假日前后：…) marks a list's item: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m058_read_pages_again_for_units_original_posts(
    conn: aiosqlite.Connection,
) -> None:
    # 「原创 清溪街道党工委 清溪先锋 2024年05月20日 …」 under a 微信 post's title: its date,
    # no text of the post: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m059_read_pages_again_for_journal_groups_and_data_tags(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 73 and 74 found: a journal's 笔谈 naming all its authors over pieces
    # each titled over two lines over a name alone, a journal's title over two lines (no lead
    # title), a reference ending with its year over the next title, the next author's 作者简介,
    # 【数据】 alone over its box, a QR code's prompt and a paper's sponsors over a title: read
    # again.
    await conn.execute(READ_AGAIN)


@migration
async def m060_read_pages_again_for_posted_names_and_numbered_pieces(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 75 and 76 found: names each with their unit in one byline, a long 以…
    # line whose verb waits for the next, a box after an article's closing line, a journal's
    # title broken after its colon and its names set apart by commas, a 微信 copy's numbered
    # piece signed at its end by name and unit, a review signed by a name in brackets over a
    # public notice, a union in a byline's brackets: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m061_read_pages_again_for_accounts_posting_and_headings_over_subheadings(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 77 and 78 found: a 微信 account posting its own piece (its 原创 line
    # names it twice) is no author, the byline under the editor's words signs, 「收录于合集
    # #… 1个」 on one line is the page's, a unit ending in 室 before a name, a numbered heading
    # broken over its first subheading: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m062_read_pages_again_for_journal_heads(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 79 and 80 found: a journal's head read whole wherever a page is read
    # (its title, subtitle and names centred with spaces, its numbered names under a subtitle
    # that fills the column, its units holding a bracketed name): read again.
    await conn.execute(READ_AGAIN)


@migration
async def m063_read_pages_again_for_sites_comment_forms(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 81 found: 「发表评论」 under a site's list of titles signed it as an
    # article (the interview was lost to it), and a site's share row, links and comment form
    # after the text's notes stayed its text: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m064_read_pages_again_for_pieces_under_captions(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 82 found: a piece under a picture's caption, its lead title and title
    # over text signed only at its end by post and name (（作者系…副书记　汤志强）), had been the
    # article above's: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m065_read_pages_again_for_superscript_names(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 83 found: a journal's names numbered with superscripts (孙立新¹，韩　雪²),
    # and its 摘要 run into its units' line (the journal read as one article titled by its
    # first section): read again.
    await conn.execute(READ_AGAIN)


@migration
async def m066_read_pages_again_for_page_feet(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 83 found, and fifteen pages before it: a page's copyright, disclaimer,
    # call for papers and subscription line under its last article had been that article's last
    # paragraphs; a speech's notes, source and editor under its last words its text; a running
    # head of several authors (孙立新，等：…) a sentence's middle: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m067_read_pages_again_for_share_targets_and_boxes_of_figures(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 84 found: a share bar's targets one a line (「QQ空间」 over 「复制链接」)
    # read as a title and its byline; a 微信 piece signed by the account's editor, not by its
    # 「文｜…」; a piece after a box of figures, signed only at its end, the article above's;
    # a 数字报's 「本版新闻」 list and its head printed twice in the column: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m068_read_pages_again_for_unmarked_posted_names_and_site_days(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out set 85 found: names each with their unit and no mark before them did not
    # sign their piece (it was lost to the story above, with the page's imprint); a site's name
    # over the day its head shows became a web copy's title: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m069_read_pages_again_for_journal_pieces_over_page_feet(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 84 and 85 found in two journals' 笔谈: a piece's title over a PDF
    # page's footnotes and running head, its name and unit on the next page; names the group's
    # line gives signing pieces whose title ends in a line as short as a name; a university
    # journal's name with its series; references spaced out (参 考 文 献): read again.
    await conn.execute(READ_AGAIN)


@migration
async def m070_read_pages_again_for_plain_indents_and_interview_bylines(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 86 and 87 found: paragraphs a PDF copy opens with plain spaces (a piece
    # had become the one above's notes); a rest opening with its mark run into its title; a
    # reporter and a correspondent signing an interview over the guest's portrait; two web
    # authors with their posts; an English title over a journal's names; a review's book data
    # in brackets; a profile under its label alone; a call for papers in other words: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m071_read_pages_again_for_commentaries_lectures_and_apps(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 88 and 89 found: a commentary signed in brackets at its last paragraph's
    # end (read into the piece above); a lecture's 思考题 read as its byline; a speaker's unit
    # under the speaker, a policy reading's 解读人 and 解读机关; 作者：name then post; a closing
    # 作者为…所长　name; readers' views under 观点（5） read as articles; a site's related files
    # and foot, a numbered list of the page's pieces, a video's line as text: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m072_read_pages_again_for_lead_boxes_letters_and_speeches(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 90 and 91 found: a name over a 【核心阅读】 box (the long article had
    # been the next piece's notes); a 学习书架 signed by its 推荐人; a student's byline with a
    # year; a 宣讲员 under an audio player, with her post; a reader's letter signed with her
    # district; a compilation's cover and a marked byline over a source line; a 数字报's edition
    # list: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m073_read_pages_again_for_names_with_posts_and_site_links(
    conn: aiosqlite.Connection,
) -> None:
    # What held-out sets 92 and 93 found: 「相关新闻」 read as a byline (the article's title
    # lost); 「（市委党校　供稿）」 read as signed 供稿; a role before a name in a byline
    # (市委宣讲团成员　杨建华); a unit after 作者： at a reprint's end kept its colon; a name and
    # its post under a title run into the text's first line: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m074_read_pages_again_for_magazine_folios(
    conn: aiosqlite.Connection,
) -> None:
    # A magazine's folio (「32　党员生活　2025年第4期」) and the running head under it had been
    # read into the sentence they broke, and a title over them into the text above: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m075_read_pages_again_for_articles_in_parts(
    conn: aiosqlite.Connection,
) -> None:
    # An article printed in parts on one page (「…（上）」, 「…（下）」) had been two articles, the
    # later unsigned, and a box listed after its tag (「图表｜…」) had put the page's list into its
    # column: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m076_read_pages_again_for_lectures_in_parts(
    conn: aiosqlite.Connection,
) -> None:
    # A 党课 of a few thousand characters in parts 一、二、三 had been read as a report (each part
    # an article, the title lost), a title broken over its subtitle had lost its last line, and
    # a lecture's cues (【播放视频：…】) had been its words: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m077_read_pages_again_for_school_sites(
    conn: aiosqlite.Connection,
) -> None:
    # A school site's 「发布者：…」 field had been a copy's title, and a credit in brackets under
    # a report (「（文/刘雅婷　图/陈振宇）」) had named no writer: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m078_read_pages_again_for_weekly_fronts(
    conn: aiosqlite.Connection,
) -> None:
    # A 导读's entries of other pages (「■…………第3版」) had been the lead article's title, a
    # 卷首语 an article signed 卷首语, its editor's 「——许晓东」 a subtitle, and the paper's name
    # printed again over the next edition a line of the text: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m079_read_pages_again_for_interview_boxes_and_briefs(
    conn: aiosqlite.Connection,
) -> None:
    # A guest's portrait over his 嘉宾简介 had been text, a box credited at its last
    # paragraph's end (「…（本报资料室整理）」) its article's text, and a brief dated 「本报讯
    # 12月13日，」 with its reporters at its end the interview's last paragraph: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m080_read_pages_again_for_running_heads_in_any_wording(
    conn: aiosqlite.Connection,
) -> None:
    # A PDF's running head in any wording under its page numbers (「— 1 —」 / 「中共梅州市委
    # 党校2024年主体班学员优秀论文选编」), a compilation's 目录, a title line ending in a
    # preposition (「把新就业群体凝聚在」) read as a lead title: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m081_read_pages_again_for_county_xuanjiang_pages(
    conn: aiosqlite.Connection,
) -> None:
    # A 三句半 under 「创作：…」, a 宣讲稿 signed 「宣讲员：…（…）」 at its end, a marked column's
    # name (「■宣讲动态」) read as a byline, and a dateline's reporters named with their roles
    # (「朱梦婷 通讯员 施晓燕」): read again.
    await conn.execute(READ_AGAIN)


@migration
async def m082_read_pages_again_for_handouts(
    conn: aiosqlite.Connection,
) -> None:
    # A handout's 「内部学习资料　注意保存」 had been its title, its compiler (「…　编印」) a
    # byline, its title's second line and its month its text, and a word spaced out over its
    # line (「说　　明」) two words: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m083_read_pages_again_for_one_line_opinions(
    conn: aiosqlite.Connection,
) -> None:
    # A piece closed by a name in brackets on the line under its text had been signed by the
    # last of the one-line opinions under it (「◆…　　宋思远」): read again.
    await conn.execute(READ_AGAIN)


@migration
async def m084_read_pages_again_for_chronology_boxes(
    conn: aiosqlite.Connection,
) -> None:
    # A 大事记 box of dated lines had cut a 党史 article in two, the rest titled by its next
    # section's heading under the dates: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m085_read_pages_again_for_excerpts_and_book_boxes(
    conn: aiosqlite.Connection,
) -> None:
    # An excerpt marked 「（节选）」 under its title had been lost to the page's lines, its
    # source 「——摘自《…》」, a box of recommended books and a notice (「…启事」) read into it:
    # read again.
    await conn.execute(READ_AGAIN)


@migration
async def m086_read_pages_again_for_wechat_cards_and_units(
    conn: aiosqlite.Connection,
) -> None:
    # A 微信 account's card over a post (its name again, its motto, its series and number) had
    # been text, a writer credited 「（撰稿：…委员　刘佳琪）」 signed nothing, and a magazine's
    # unit in brackets under its byline placed no one: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m087_read_pages_again_for_graphics(
    conn: aiosqlite.Connection,
) -> None:
    # A graphic's bulleted items over their figures (「●高新技术企业」 / 「达到1000家」) had been
    # read as bylines, cutting an 一图读懂 into pieces signed by its items: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m088_read_pages_again_for_titles_broken_after_ba(
    conn: aiosqlite.Connection,
) -> None:
    # A title broken after 把 and its quoted object (「把“小事不出村”」 / 「落到实处」) had been a
    # lead title and a title: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m089_read_pages_again_for_bullets_and_answered_questions(
    conn: aiosqlite.Connection,
) -> None:
    # Bulleted phrases with a comma (「◆ 坚持规划引领，一张蓝图绘到底」) had been read as bylines
    # of names, and questions each answered and signed by an expert (「问：…？」 / 「（答问专家：
    # …）」) as one article: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m090_read_pages_again_for_posts_and_signed_reflections(
    conn: aiosqlite.Connection,
) -> None:
    # A post ending in 导师 (「…教授、博士生导师」) had placed no speaker, and 心得 each closed by
    # a name and post in brackets (「（张桂芝，原…副局长，退休干部）」) had been one unsigned
    # article: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m091_read_pages_again_for_open_government_pages(
    conn: aiosqlite.Connection,
) -> None:
    # A government site's 信息公开 table and search box had given a 政策解读 its title, its
    # reader and office at its end (解读人：, 解读机关：) signed nothing, and a graphic's last
    # items had been taken for the page's end: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m092_read_pages_again_for_two_experts(
    conn: aiosqlite.Connection,
) -> None:
    # A closing naming two people each with their post (「（答问专家：陈立军，…；周敏，…）」) had
    # signed with the first alone, the second in the first's affiliation: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m093_read_pages_again_for_lessons_and_history_pages(
    conn: aiosqlite.Connection,
) -> None:
    # A 微党课's link to its recording, a speaker's posts set apart by commas and a 教案's
    # teacher had left talks signed by no one; a list of editions a line each had become a
    # column, a magazine's name and issue beside its page number text inside a word, a closing
    # note wrapped after its full stop text, a short title the page lists part of the piece
    # before, and a date over an entry the page's date: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m094_read_pages_again_for_reading_views_and_app_copies(
    conn: aiosqlite.Connection,
) -> None:
    # CNKI's reading view had been refused and an interview's article view signed by its
    # viewer's buttons; a title's letter-spaced last words, a pull quote, an app's counts and
    # comments, a dashed speech byline and an excerpt under its tag had been read wrong: read
    # again.
    await conn.execute(READ_AGAIN)


@migration
async def m095_read_pages_again_for_table_titles(
    conn: aiosqlite.Connection,
) -> None:
    # A journal's table's title (「表1 粤东四所高校学生…情况（N=1 126）」) had been text, where a
    # search opened its hit: read again, it is a caption.
    await conn.execute(READ_AGAIN)


@migration
async def m096_read_pages_again_for_rests_in_one_copy(
    conn: aiosqlite.Connection,
) -> None:
    # A rest printed further on in the same copy (「（上接第1版）」 under the title again) had been
    # an article of its own signed by no one, a page's 「8　综合」 glued into the cut sentence, and
    # 「（作者分别系…；…）」 placed no author: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m097_read_pages_again_for_reprints_and_site_feet(
    conn: aiosqlite.Connection,
) -> None:
    # A reprint's 「原标题：…」 had become its title, a government site's foot its text, and a
    # viewer's 「PDF版下载」 row a lead title: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m098_read_pages_again_for_boxes_tables_and_signed_reflections(
    conn: aiosqlite.Connection,
) -> None:
    # A 知识链接's title and paragraph in mid-text had been read as a heading and text, a table's
    # rows spaced apart glued into a paragraph, a 卷首语 signed 「本刊编辑部」 lost, and a page of
    # 心得 signed 「（…党委书记　王振东）」 read as one article: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m099_read_pages_again_for_handbooks_and_compiled_speakers(
    conn: aiosqlite.Connection,
) -> None:
    # A handbook's date under its compiler had refused the page, its 目录 been text; a research
    # group's 执笔 signed nothing; a 代表委员谈 been credited to its first speaker; a site's office
    # named its source; a column carried a viewer's buttons: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m100_read_pages_again_for_bulletins_diaries_and_broadcasts(
    conn: aiosqlite.Connection,
) -> None:
    # A bulletin had been one article, a diary's days its titles, a broadcast titled by its
    # station, a 微党课 by its video's placeholder, a five-character name signed nothing: read
    # again.
    await conn.execute(READ_AGAIN)


@migration
async def m101_read_pages_again_for_half_width_and_markdown(
    conn: aiosqlite.Connection,
) -> None:
    # A page set in half-width punctuation had been one paragraph, a Markdown export kept its
    # marks, 讲课人 signed nothing, a table's 数据来源 named the source, a slide deck's foot and
    # items been text: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m102_read_pages_again_for_commentaries_extracts_and_study_copies(
    conn: aiosqlite.Connection,
) -> None:
    # A 短评 signed 「□ 本报评论员　…」 at its end had been read into the story above, a book
    # extract titled by its running head, bylines over their titles refused, a 学习强国 copy
    # signed 「播报」, a 学员论文 and a two-column PDF's title read in part: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m103_read_pages_again_for_quiz_options(
    conn: aiosqlite.Connection,
) -> None:
    # A quiz printed on a page (每日一练, 学习小测试) had its options read as text, where a
    # 判断 could state a wrong option as the page's: read again.
    await conn.execute(READ_AGAIN)


@migration
async def m104_read_pages_again_for_transcripts_and_breadcrumbs(
    conn: aiosqlite.Connection,
) -> None:
    # A breadcrumb had run on into the title, a speech's bare name, a 座谈会's 整理 reporters
    # and a Markdown bold lead's space been read wrongly, a 本版导读 line been a lead title: read
    # again.
    await conn.execute(READ_AGAIN)
