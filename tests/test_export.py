"""The export from plain rows: the workbook read back with openpyxl cell by cell, the CSV read
back with the csv module."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from bot.core.export import (
    AnswerRow,
    ReadingRow,
    Table,
    csv_file,
    display_width,
    ledger_tables,
    member_rows,
    workbook,
)
from bot.core.ledger import month_of, month_weeks

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOVEMBER = month_of(2026, 11, SHANGHAI)
WEEKS = month_weeks(NOVEMBER, SHANGHAI)
ANSWERS = [
    AnswerRow(
        datetime(2026, 11, 1, 8, 5, tzinfo=SHANGHAI), "甲", 1, "题一", "甲选", "对", True, "daily"
    ),
    AnswerRow(
        datetime(2026, 11, 2, 0, 30, tzinfo=SHANGHAI),
        "乙",
        2,
        "题一",
        "乙选",
        "对",
        False,
        "daily",
    ),
    AnswerRow(
        datetime(2026, 11, 3, 21, 0, tzinfo=SHANGHAI),
        "甲",
        1,
        "题二",
        "对二",
        "对二",
        True,
        "test",
    ),
    AnswerRow(
        datetime(2026, 11, 30, 23, 59, tzinfo=SHANGHAI),
        "甲",
        1,
        "题三",
        "错三",
        "对三",
        False,
        "quiz",
    ),
]
READINGS = [
    ReadingRow(datetime(2026, 11, 2, 9, 0, tzinfo=SHANGHAI), "丙", 3, 7, "文章七", 1, "link"),
    ReadingRow(datetime(2026, 11, 2, 9, 1, tzinfo=SHANGHAI), "丙", 3, 7, "文章七", 2, "page"),
    ReadingRow(datetime(2026, 11, 5, 9, 0, tzinfo=SHANGHAI), "甲", 1, 8, "文章八", 1, "read"),
]
KNOWN = {1: "甲", 2: "乙", 3: "丙", 4: "丁"}


@pytest.fixture(scope="module")
def tables() -> list[Table]:
    members = member_rows(WEEKS, ANSWERS, READINGS, KNOWN)
    return ledger_tables(WEEKS, members, ANSWERS, READINGS, SHANGHAI, "北京时间")


@pytest.fixture(scope="module")
def book(tables: list[Table]) -> Workbook:
    return load_workbook(io.BytesIO(workbook(tables, "学习小组 2026年11月")))


def rows(sheet: Worksheet) -> list[tuple[object, ...]]:
    return list(sheet.iter_rows(values_only=True))


def test_one_sheet_per_view(book: Workbook) -> None:
    assert book.sheetnames == ["成员按周", "答题明细", "阅读明细"]


def test_members_by_week_cell_by_cell(book: Workbook) -> None:
    sheet = book["成员按周"]
    assert rows(sheet) == [
        (
            "成员", "用户 ID",
            "11/01—11/01 答题", "11/02—11/08 答题", "11/09—11/15 答题",
            "11/16—11/22 答题", "11/23—11/29 答题", "11/30—11/30 答题",
            "答题", "答对", "正确率", "阅读文章（篇）", "本期参与",
        ),
        ("甲", 1, 1, 1, 0, 0, 0, 1, 3, 2, pytest.approx(2 / 3), 1, "是"),
        ("乙", 2, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, "是"),
        ("丙", 3, 0, 0, 0, 0, 0, 0, 0, 0, None, 1, "是"),
        ("丁", 4, 0, 0, 0, 0, 0, 0, 0, 0, None, 0, "否"),
    ]  # fmt: skip


def test_every_answer_cell_by_cell_with_real_dates(book: Workbook) -> None:
    sheet = book["答题明细"]
    assert rows(sheet) == [
        ("时间（北京时间）", "成员", "用户 ID", "题目", "所选答案", "正确答案", "结果", "来源"),
        (datetime(2026, 11, 1, 8, 5), "甲", 1, "题一", "甲选", "对", "正确", "每日测验"),
        (datetime(2026, 11, 2, 0, 30), "乙", 2, "题一", "乙选", "对", "错误", "每日测验"),
        (datetime(2026, 11, 3, 21, 0), "甲", 1, "题二", "对二", "对二", "正确", "知识竞赛"),
        (datetime(2026, 11, 30, 23, 59), "甲", 1, "题三", "错三", "对三", "错误", "测验"),
    ]
    assert sheet["A2"].is_date
    assert sheet["A2"].number_format == "yyyy-mm-dd hh:mm"


def test_every_reading_cell_by_cell(book: Workbook) -> None:
    sheet = book["阅读明细"]
    assert rows(sheet) == [
        ("时间（北京时间）", "成员", "用户 ID", "文章编号", "文章", "页", "方式"),
        (datetime(2026, 11, 2, 9, 0), "丙", 3, 7, "文章七", 1, "阅读全文链接"),
        (datetime(2026, 11, 2, 9, 1), "丙", 3, 7, "文章七", 2, "翻页"),
        (datetime(2026, 11, 5, 9, 0), "甲", 1, 8, "文章八", 1, "/read 命令"),
    ]


@pytest.mark.parametrize("name", ["成员按周", "答题明细", "阅读明细"])
def test_header_row_is_frozen_and_bold(book: Workbook, name: str) -> None:
    sheet = book[name]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])


def test_columns_are_as_wide_as_their_content(book: Workbook) -> None:
    sheet = book["成员按周"]
    # "阅读文章（篇）" is 7 wide characters = 14 columns, plus 2 of margin
    assert sheet.column_dimensions["L"].width == pytest.approx(16, abs=1)
    assert book["答题明细"].column_dimensions["A"].width == pytest.approx(17, abs=1)


def test_accuracy_is_a_percentage_cell(book: Workbook) -> None:
    assert book["成员按周"]["K2"].number_format == "0%"


def test_csv_has_a_bom_and_reads_back_as_the_same_table(tables: list[Table]) -> None:
    data = csv_file(tables[1])
    assert data.startswith(b"\xef\xbb\xbf")
    read = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert read == [
        ["时间（北京时间）", "成员", "用户 ID", "题目", "所选答案", "正确答案", "结果", "来源"],
        ["2026-11-01 08:05", "甲", "1", "题一", "甲选", "对", "正确", "每日测验"],
        ["2026-11-02 00:30", "乙", "2", "题一", "乙选", "对", "错误", "每日测验"],
        ["2026-11-03 21:00", "甲", "1", "题二", "对二", "对二", "正确", "知识竞赛"],
        ["2026-11-30 23:59", "甲", "1", "题三", "错三", "对三", "错误", "测验"],
    ]


def test_csv_percentages_and_empty_cells(tables: list[Table]) -> None:
    read = list(csv.reader(io.StringIO(csv_file(tables[0]).decode("utf-8-sig"))))
    assert read[1][10] == "66.7%"
    assert read[3][10] == ""


def test_wide_characters_count_double() -> None:
    assert display_width("学习abc") == 7
