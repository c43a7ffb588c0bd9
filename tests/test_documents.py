"""Word and PDF files → articles, and each way they are refused."""

from __future__ import annotations

import io
import zipfile

import pytest

from bot.core.documents import pdf_paragraphs, read_docx, read_pdf
from bot.core.drafts import DocumentError
from tests import makedocs
from tests.makedocs import AUTHOR, PARAGRAPHS, TITLE


def test_a_word_file_gives_title_author_date_and_paragraphs() -> None:
    draft = read_docx(makedocs.docx(), "体会.docx")
    assert draft.title == TITLE
    assert draft.author == AUTHOR
    assert draft.published == "2026-11-20"
    assert draft.paragraphs == PARAGRAPHS
    assert draft.origin == "体会.docx"


def test_a_word_file_without_a_title_style_takes_its_first_line() -> None:
    draft = read_docx(makedocs.docx("", [TITLE, *PARAGRAPHS]), "x.docx")
    assert draft.title == TITLE
    assert draft.paragraphs == PARAGRAPHS


def test_pictures_in_a_word_file_are_mentioned() -> None:
    draft = read_docx(makedocs.docx(picture=True), "x.docx")
    assert any("图片" in note for note in draft.notes)


@pytest.mark.parametrize(
    ("data", "needle"),
    [
        (b"", "0 字节"),
        (b"not a zip at all", ".docx"),
        (b"PK\x03\x04" + b"\x00" * 40, ".docx"),
    ],
)
def test_bad_word_files_are_refused_with_a_reason(data: bytes, needle: str) -> None:
    with pytest.raises(DocumentError) as info:
        read_docx(data, "x.docx")
    assert needle in info.value.reason


def test_a_damaged_word_file_is_refused() -> None:
    good = makedocs.docx()
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            if item.filename != "word/document.xml":
                target.writestr(item, source.read(item))
        target.writestr("word/document.xml", "<w:document>broken")
    with pytest.raises(DocumentError) as info:
        read_docx(buffer.getvalue(), "x.docx")
    assert "损坏" in info.value.reason


def test_a_word_file_with_only_a_picture_is_refused() -> None:
    with pytest.raises(DocumentError) as info:
        read_docx(makedocs.docx("", [], picture=True), "x.docx")
    assert "只有图片" in info.value.reason


def test_a_pdf_gives_title_author_and_paragraphs_joined_across_lines_and_pages() -> None:
    draft = read_pdf(makedocs.pdf(), "体会.pdf")
    assert draft.title == TITLE
    assert draft.author == AUTHOR
    assert draft.paragraphs == PARAGRAPHS  # running header and page numbers gone


def test_a_pdf_without_a_text_layer_is_refused_as_scanned() -> None:
    with pytest.raises(DocumentError) as info:
        read_pdf(makedocs.pdf([["x"]], text=False), "scan.pdf")
    assert "扫描" in info.value.reason


def test_scanned_pages_in_a_pdf_with_text_are_noted() -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in (makedocs.pdf(), makedocs.pdf([["x"]], text=False)):
        for page in PdfReader(io.BytesIO(data)).pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    draft = read_pdf(buffer.getvalue(), "mixed.pdf")
    assert any("第 3 页没有文字" in note for note in draft.notes)


def test_an_encrypted_pdf_is_refused() -> None:
    with pytest.raises(DocumentError) as info:
        read_pdf(makedocs.pdf(password="secret"), "locked.pdf")
    assert "密码" in info.value.reason


def test_a_pdf_locked_only_against_editing_is_read() -> None:
    draft = read_pdf(makedocs.pdf(editing_locked=True), "locked-for-editing.pdf")
    assert draft.paragraphs == PARAGRAPHS


@pytest.mark.parametrize("data", [b"", b"%PDF-1.4\ngarbage", b"<html>not a pdf</html>"])
def test_empty_and_corrupt_pdfs_are_refused(data: bytes) -> None:
    with pytest.raises(DocumentError) as info:
        read_pdf(data, "x.pdf")
    assert "PDF" in info.value.reason or "0 字节" in info.value.reason


def test_pdf_lines_become_paragraphs_at_indents_and_short_lines() -> None:
    lines = [
        "　　第一段的第一行文字很长很长很长很长很长很长",
        "第一段的第二行，也是最后一行。",
        "　　第二段只有一行。",
    ]
    assert pdf_paragraphs(["\n".join(lines)]) == [
        "第一段的第一行文字很长很长很长很长很长很长第一段的第二行，也是最后一行。",
        "第二段只有一行。",
    ]
