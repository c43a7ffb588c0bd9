"""The ledger's pure core: periods, the report from tallies with known answers, deep links,
/test's arguments and the score card."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.core.contest import (
    ContestArgs,
    ContestArgsError,
    Score,
    duration,
    numbered,
    parse_contest_args,
    ranked,
    score_card,
)
from bot.core.ledger import (
    Missed,
    PeriodError,
    Report,
    WeekPoint,
    build_report,
    chart_caption,
    month_of,
    month_weeks,
    parse_period,
    period_from_key,
    recent_weeks,
    render_report,
    split_chat_id,
    week_of,
)
from bot.core.reading import ArticleLink, article_payload, parse_article_payload

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Shanghai


# -- periods ---------------------------------------------------------------------------------
def test_this_week_runs_from_monday_midnight_in_the_groups_zone() -> None:
    week = parse_period("", NOW, SHANGHAI)
    assert week.start == datetime(2026, 11, 23, tzinfo=SHANGHAI)
    assert week.end == datetime(2026, 11, 30, tzinfo=SHANGHAI)
    assert week.label == "11月23日—11月29日"


def test_monday_half_past_midnight_in_shanghai_is_this_week_though_sunday_in_utc() -> None:
    early = datetime(2026, 11, 22, 16, 30, tzinfo=UTC)  # Monday 00:30 in Shanghai
    assert week_of(early, SHANGHAI).first_day == date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("本月", date(2026, 11, 1), date(2026, 12, 1)),
        ("month", date(2026, 11, 1), date(2026, 12, 1)),
        ("上月", date(2026, 10, 1), date(2026, 11, 1)),
        ("上周", date(2026, 11, 16), date(2026, 11, 23)),
        ("2026-11", date(2026, 11, 1), date(2026, 12, 1)),
        ("2026/3", date(2026, 3, 1), date(2026, 4, 1)),
        ("2025年12月", date(2025, 12, 1), date(2026, 1, 1)),
        ("２０２６－０２", date(2026, 2, 1), date(2026, 3, 1)),
    ],
)
def test_periods_written_as_users_write_them(text: str, start: date, end: date) -> None:
    period = parse_period(text, NOW, SHANGHAI)
    assert (period.start.date(), period.end.date()) == (start, end)


def test_last_month_in_january_is_last_years_december() -> None:
    january = datetime(2027, 1, 10, tzinfo=UTC)
    assert parse_period("上月", january, SHANGHAI).key == "2026-12"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-13", "no_such_month"),
        ("2026-00", "no_such_month"),
        ("1969-05", "no_such_month"),
        ("2026-12", "future"),
        ("2027-01", "future"),
        ("明天", "usage"),
        ("11", "usage"),
    ],
)
def test_months_that_cannot_be_reported_say_why(text: str, reason: str) -> None:
    with pytest.raises(PeriodError) as error:
        parse_period(text, NOW, SHANGHAI)
    assert error.value.reason == reason


def test_the_current_month_is_not_in_the_future() -> None:
    assert parse_period("2026-11", NOW, SHANGHAI).kind == "month"


def test_a_month_is_cut_into_its_weeks_at_both_ends() -> None:
    weeks = month_weeks(month_of(2026, 11, SHANGHAI), SHANGHAI)  # 1 Nov 2026 is a Sunday
    assert [(w.first_day.day, w.last_day.day) for w in weeks] == [
        (1, 1),
        (2, 8),
        (9, 15),
        (16, 22),
        (23, 29),
        (30, 30),
    ]


def test_the_chart_covers_eight_weeks_ending_with_this_one() -> None:
    weeks = recent_weeks(NOW, SHANGHAI)
    assert [w.first_day for w in (weeks[0], weeks[-1])] == [date(2026, 10, 5), date(2026, 11, 23)]
    assert len(weeks) == 8


def test_a_key_comes_back_as_its_period_in_the_groups_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    week = period_from_key("2026-11-23", berlin)
    assert week is not None
    assert week.start == datetime(2026, 11, 23, tzinfo=berlin)
    month = period_from_key("2026-11", berlin)
    assert month is not None
    assert month.kind == "month"
    assert period_from_key("2026-13", berlin) is None
    assert period_from_key("2026-02-30", berlin) is None


def test_a_group_id_among_the_words() -> None:
    assert split_chat_id(["-1001234567890", "本月"]) == (-1001234567890, ["本月"])
    assert split_chat_id(["2026-11"]) == (None, ["2026-11"])
    with pytest.raises(ValueError, match="1001234567890"):
        split_chat_id(["1001234567890"])


# -- the report: every number from a fixture with known answers --------------------------------
def fixture_report(member_count: int | None = 12) -> Report:
    period = parse_period("", NOW, SHANGHAI)
    names = {1: "甲", 2: "乙", 3: "丙", 4: "丁", 6: "己", 7: "庚", 8: "辛"}
    return build_report(
        "学习小组",
        period,
        answers=[(1, 4, 3), (2, 2, 0), (3, 1, 1)],
        reads=[(1, 2), (6, 1)],
        names=names,
        known=[1, 2, 3, 6, 7, 8],
        articles=3,
        missed=[Missed("题一", "答案一", 3, 2)],
        member_count=member_count,
    )


def test_report_numbers_from_known_tallies() -> None:
    report = fixture_report()
    assert [a.name for a in report.participants] == ["甲", "乙", "丙", "己"]
    assert (report.answered, report.correct) == (7, 4)
    assert report.accuracy == pytest.approx(4 / 7)
    assert report.share == pytest.approx(4 / 12)
    assert (report.articles, report.readings) == (3, 3)
    assert [a.name for a in report.absent] == ["庚", "辛"]
    assert report.known == 6


def test_report_text_in_a_group_has_the_numbers_and_no_names_of_the_absent() -> None:
    text = render_report(fixture_report(), names=False)
    assert "参与成员：4 人，占群成员 12 人的 33%" in text
    assert "答题：共 7 题，答对 4 题，正确率 57%" in text
    assert "阅读：3 篇文章，共 3 人次" in text
    assert "甲（答题 4，正确率 75%，阅读 2 篇）；乙（答题 2，正确率 0%，阅读 0 篇）" in text
    assert "1. 题一（答 3 次，错 2 次）正确答案：答案一" in text
    assert "本期未参与的成员：2 人（名单只私信给管理员）" in text
    assert "庚" not in text


def test_report_text_for_an_admin_names_the_absent_and_says_what_the_bot_cannot_know() -> None:
    text = render_report(fixture_report(), names=True)
    assert "本期未参与的成员（2 人）：庚、辛" in text
    assert "共 6 人" in text
    assert "群里另有约 6 人它无从知晓" in text


def test_without_telegrams_member_count_the_share_is_not_guessed() -> None:
    report = fixture_report(member_count=None)
    assert report.share is None
    assert "参与成员：4 人（未能取得群成员总数）" in render_report(report, names=True)


def test_a_group_with_no_records_gets_a_friendly_empty_report() -> None:
    period = parse_period("本月", NOW, SHANGHAI)
    report = build_report("新群", period, [], [], {}, [], 0)
    text = render_report(report, names=False)
    assert "本期还没有学习记录" in text
    assert "%" not in text


def test_chart_caption_is_one_line_about_this_week() -> None:
    points = [WeekPoint(date(2026, 11, 16), 3, 4, 2), WeekPoint(date(2026, 11, 23), 5, 8, 6)]
    caption = chart_caption(points)
    assert "本周参与 5 人，正确率 75%" in caption
    assert "\n" not in caption


# -- deep links --------------------------------------------------------------------------------
def test_deep_links_carry_the_group_they_were_posted_in() -> None:
    payload = article_payload(12, 3, -1001234567890)
    assert payload == "a12_3_c-1001234567890"
    assert len(payload) <= 64
    assert parse_article_payload(payload) == ArticleLink(12, 3, -1001234567890)
    assert parse_article_payload("a12_3") == ArticleLink(12, 3, None)
    assert parse_article_payload("a12") == ArticleLink(12, None, None)
    assert parse_article_payload("a12_c-100") is None
    assert article_payload(12, 3, 501) == "a12_3"  # a private chat is never named


# -- /test -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "parsed"),
    [
        ([], ContestArgs(10, "")),
        (["5"], ContestArgs(5, "")),
        (["5", "乡村", "振兴"], ContestArgs(5, "乡村 振兴")),
        (["乡村振兴"], ContestArgs(10, "乡村振兴")),
        (["３０"], ContestArgs(30, "")),
        (["stop"], ContestArgs(0, "", stop=True)),
        (["结束"], ContestArgs(0, "", stop=True)),
    ],
)
def test_test_arguments(args: list[str], parsed: ContestArgs) -> None:
    assert parse_contest_args(args) == parsed


@pytest.mark.parametrize("count", ["0", "31", "1000000", "-3", "+5"])
def test_counts_out_of_range_are_refused(count: str) -> None:
    with pytest.raises(ContestArgsError):
        parse_contest_args([count])


def test_ranking_by_right_answers_then_time_with_shared_ranks() -> None:
    scores = [
        Score(1, "甲", 2, 3, 8_000),
        Score(2, "乙", 2, 3, 22_000),
        Score(3, "丙", 3, 3, 40_000),
        Score(4, "丁", 2, 2, 8_000),
    ]
    assert [(rank, s.name) for rank, s in ranked(scores)] == [
        (1, "丙"),
        (2, "丁"),
        (2, "甲"),
        (4, "乙"),
    ]


def test_score_card_lists_each_member_with_score_and_time() -> None:
    card = score_card(3, 3, [Score(1, "甲", 2, 2, 8_000), Score(2, "乙", 1, 3, 75_400)], "done")
    assert "全部 3 题已结束" in card
    assert "🥇 甲 — 答对 2/3 题，用时 8.0 秒" in card
    assert "🥈 乙 — 答对 1/3 题，用时 1 分 15 秒" in card


def test_score_card_of_a_stopped_test_and_of_an_empty_one() -> None:
    assert "竞赛已提前结束（出了 2/10 题）" in score_card(10, 2, [], "stopped")
    assert "这场竞赛没有人答题" in score_card(10, 2, [], "stopped")


def test_durations() -> None:
    assert duration(8_400) == "8.4 秒"
    assert duration(65_000) == "1 分 05 秒"


def test_a_question_is_numbered_if_it_fits() -> None:
    assert numbered("问题", 3, 10) == "(3/10) 问题"
    long = "长" * 298
    assert numbered(long, 3, 10) == long
