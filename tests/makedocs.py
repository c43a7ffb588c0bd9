"""Word and PDF files built by the tests themselves: python-docx writes .docx, reportlab writes
PDFs with Chinese text in its built-in CID font STSong-Light (no font files needed)."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Sequence

TITLE = "关于深入开展主题教育的学习体会"
AUTHOR = "王建国"
PARAGRAPHS = (
    "开展主题教育，是推动全党深入学习贯彻党的创新理论的重大部署。我们支部把理论学习摆在首位，"
    "坚持原原本本学、联系实际学，在学思用贯通、知信行统一上下功夫。",
    "学习中，党员们结合岗位职责查找差距，围绕群众反映强烈的问题开展调研，形成了一批务实管用的"
    "整改措施，推动主题教育成果转化为服务群众的实际行动。",
    "下一步，我们将建立健全常态化学习机制，坚持每月集中研讨一次，确保学习有计划、有检查、有实效，"
    "让党的创新理论在支部落地生根、开花结果。",
)


def docx(
    title: str = TITLE,
    lines: Sequence[str] = (f"作者：{AUTHOR}", "2026年11月20日", *PARAGRAPHS),
    *,
    picture: bool = False,
) -> bytes:
    from docx import Document

    document = Document()
    if title:
        document.add_heading(title, level=0)  # the Title style
    for line in lines:
        document.add_paragraph(line)
    if picture:
        document.add_picture(io.BytesIO(png()))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def png() -> bytes:
    """A 1x1 white PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\xff\xff")
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def pdf(
    pages: Sequence[Sequence[str]] | None = None,
    *,
    password: str | None = None,
    text: bool = True,
    editing_locked: bool = False,
) -> bytes:
    """A PDF whose pages carry these lines (wrapped as a typesetter would: lines of at most
    26 characters, paragraphs indented with two full-width spaces); ``text=False`` draws only
    shapes, like a scanned page without a text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    if pages is None:
        pages = [[TITLE, f"作者：{AUTHOR}", *PARAGRAPHS[:2]], [PARAGRAPHS[2]]]
    buffer = io.BytesIO()
    encrypt: object = password
    if editing_locked:  # opens without a password, but may not be changed
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption("", ownerPassword="owner", canModify=0)
    sheet = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for number, lines in enumerate(pages, 1):
        y = 780
        if text:
            sheet.setFont("STSong-Light", 11)
            sheet.drawString(250, 810, "学习资料汇编")  # a running header
            for index, line in enumerate(lines):
                wrapped = [line] if index < 2 and number == 1 else wrap("\u3000\u3000" + line)
                for piece in wrapped:
                    sheet.drawString(72, y, piece)
                    y -= 18
            sheet.drawString(290, 40, f"- {number} -")  # the page number
        else:
            sheet.rect(72, 300, 400, 400, fill=1)
        sheet.showPage()
    sheet.save()
    return buffer.getvalue()


def wrap(text: str, width: int = 26) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]
