"""Text of a Word .docx: paragraphs and tables in document order.

Tables in reports hold real figures (学校, 学位数 …), so they are kept where they
stand — we walk the body's block items rather than reading all paragraphs and then
all tables. Headers, footers and comments are page furniture and are skipped.
"""
from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .errors import ReadError

_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")


def read_docx(data: bytes) -> tuple[str, None]:
    """``(text, None)``: one line per paragraph, one line per table row (cells tab-separated)."""
    try:
        document = docx.Document(BytesIO(data))
    except ReadError:   # over a budget (kg.read.limits): the reason as it is
        raise
    except Exception as e:   # python-docx/lxml/zipfile errors for a damaged package
        if "amplification" in str(e) or "entity reference loop" in str(e):
            raise ReadError("DOCX XML defines entities that expand without bound "
                            "(billion laughs)") from e
        raise ReadError(f"broken DOCX ({type(e).__name__}: {e})") from e
    body = document.element.body
    return "\n".join(_block_lines(body, document._body)), None


def _block_lines(element, parent) -> Iterator[str]:
    for child in element.iterchildren():
        if child.tag == _P:
            yield Paragraph(child, parent).text
        elif child.tag == _TBL:
            yield from _table_lines(Table(child, parent))
        elif child.tag == _SDT:   # content controls wrap ordinary paragraphs/tables
            for content in child.iterchildren(_SDT_CONTENT):
                yield from _block_lines(content, parent)


def _table_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:   # a merged cell is returned once per grid column
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs).strip())
        if any(cells):
            yield "\t".join(cells)
