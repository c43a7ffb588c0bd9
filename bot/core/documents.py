"""Word (.docx) and PDF files → drafts. Pure: bytes in, a :class:`~bot.core.drafts.Draft` out,
or a :class:`~bot.core.drafts.DocumentError` that says what is wrong and what to send instead.
"""

from __future__ import annotations

import io
import re
import statistics
import warnings
import zipfile
from collections import Counter

from bot.core import texts
from bot.core.drafts import DocumentError, Draft, shape

DOCX = ".docx"
PDF = ".pdf"
PAGE_NUMBER = re.compile(
    r"^[-—－\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*/\s*共?\s*\d{1,4}\s*页?)?[-—－\s]*$"
)
SENTENCE_END = "。！？!?…；;：:"
CLOSERS = "”’」』）)】》\"'"
INDENT = ("\u3000", "  ", "\t")


def read_docx(data: bytes, name: str) -> Draft:
    """A Word file: its paragraphs in order (a Title or Heading style, or else the first line,
    is the title); tables and pictures are not imported and the preview says so."""
    from docx import Document  # python-docx: imported on use, the bot starts without it

    if not data:
        raise DocumentError(texts.DOC_EMPTY_FILE)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(texts.DOC_NOT_DOCX)
    try:
        document = Document(io.BytesIO(data))
        paragraphs = [
            (p.style.name if p.style is not None else "", p.text) for p in document.paragraphs
        ]
        tables = len(document.tables)
        pictures = len(document.inline_shapes)
    except Exception as error:  # python-docx raises many kinds on a damaged file
        raise DocumentError(texts.DOC_CORRUPT_DOCX) from error
    lines = [text.strip() for _, text in paragraphs if text.strip()]
    if not lines:
        raise DocumentError(texts.DOC_ONLY_PICTURES if pictures or tables else texts.DOC_EMPTY)
    title = next(
        (
            text.strip()
            for style, text in paragraphs
            if text.strip() and style.startswith(("Title", "Heading"))
        ),
        "",
    )
    if title and title != lines[0]:
        title = ""  # a heading further down is a section heading, not the title
    notes = []
    if tables:
        notes.append(texts.PROBLEM_TABLES.format(count=tables))
    if pictures:
        notes.append(texts.PROBLEM_PICTURES.format(count=pictures))
    return shape(lines, origin=name, notes=notes)


def read_pdf(data: bytes, name: str) -> Draft:
    """A PDF with a text layer: lines of each page, running headers, footers and page numbers
    taken out, lines that the layout broke joined into paragraphs. A scanned PDF (no text) and
    an encrypted or damaged one are refused, each with its own reason."""
    import pypdf  # imported on use
    from pypdf.errors import PdfReadError

    if not data:
        raise DocumentError(texts.DOC_EMPTY_FILE)
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise DocumentError(texts.DOC_CORRUPT_PDF)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pypdf warns about every oddity of real files
        try:
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted and not _opens_without_password(reader):
                raise DocumentError(texts.DOC_ENCRYPTED_PDF)
            pages = [page.extract_text() or "" for page in reader.pages]
        except DocumentError:
            raise
        except (PdfReadError, Exception) as error:  # damaged files raise all kinds
            raise DocumentError(texts.DOC_CORRUPT_PDF) from error
    if not pages:
        raise DocumentError(texts.DOC_CORRUPT_PDF)
    empty = [number for number, text in enumerate(pages, 1) if not text.strip()]
    if len(empty) == len(pages):
        raise DocumentError(texts.DOC_SCANNED_PDF)
    notes = []
    if empty:
        shown = "、".join(map(str, empty[:10]))
        notes.append(texts.PROBLEM_SCANNED_PAGES.format(pages=shown))
    return shape(pdf_paragraphs(pages), origin=name, notes=notes)


def _opens_without_password(reader: object) -> bool:
    """Many official PDFs are encrypted only against editing, with an empty password."""
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # pypdf needs the cryptography package for AES: treat as locked
        return False


def pdf_paragraphs(pages: list[str]) -> list[str]:
    """Lines of PDF pages → paragraphs. A line ends its paragraph when it ends a sentence, is
    clearly shorter than the page's full lines, or the next line is indented (full-width
    spaces): that is how Chinese documents are typeset. Page numbers and lines repeated at the
    top or bottom of most pages (running headers and footers) are dropped."""
    per_page = [[line.rstrip() for line in text.splitlines() if line.strip()] for text in pages]
    edges: Counter[str] = Counter()
    for lines in per_page:
        for line in {*lines[:2], *lines[-2:]}:
            edges[line.strip()] += 1
    least = max(2, len(pages) * 0.6)  # on most pages, and on more than one
    repeated = {line for line, count in edges.items() if count >= least}
    lines = [
        line
        for page in per_page
        for line in page
        if line.strip() not in repeated and not PAGE_NUMBER.match(line.strip())
    ]
    lengths = [len(line.strip()) for line in lines if len(line.strip()) >= 10]
    full = (
        statistics.quantiles(lengths, n=10)[-1] if len(lengths) >= 10 else max(lengths, default=0)
    )
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(lines):
        text = line.strip()
        current += text
        following = lines[index + 1] if index + 1 < len(lines) else ""
        ends = text.rstrip(CLOSERS)[-1:] in set(SENTENCE_END)
        short = full and len(text) < full * 0.85
        if not following or following.startswith(INDENT) or short or (ends and len(text) < full):
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs
