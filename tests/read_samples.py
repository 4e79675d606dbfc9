"""Sample input files for the read stage, generated from the seed report.

Shared by tests/test_read.py (written to a tmp dir) and tests/data/make_samples.py
(written to tests/data/generated/ for trying the CLI by hand), so both always see
the same files. Everything is made in code: no binary fixtures in the repo.
"""
from __future__ import annotations

import codecs
import html
import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

SEED = Path(__file__).resolve().parents[1] / "seeds" / "cangshan-2022.txt"

# Characters outside GBK (CJK ext. A and B): only GB18030 can encode them.
GB18030_EXTRA = "附：生僻字“䶮”“𠮷”须用GB18030编码。"
# A small table for the DOCX, placed after the paragraph starting with TABLE_AFTER.
TABLE_AFTER = "1.中小学建设加快推进"
TABLE_ROWS = [["项目", "新增学位（个）"], ["义务教育学位", "4920"], ["公办幼儿学位", "2520"]]
# Page furniture in the HTML sample: none of it may reach the report text.
HTML_JUNK = ["首页", "政务公开", "机构概况", "当前位置", "分享到", "微博", "打印本页", "关闭窗口",
             "相关链接", "版权所有", "闽ICP备", "统计代码", "主办单位", "_hmt"]
_LEVEL1 = re.compile(r"^[一二三四五六七八九十]+、")


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _lines(seed: str) -> list[str]:
    return [line.strip() for line in seed.splitlines()]


def to_fullwidth(text: str) -> str:
    """ASCII digits, letters and % as full-width forms; '.' between digits as '．'."""
    text = re.sub(r"(?<=\d)\.(?=\d)", "．", text)
    table = {c: c + 0xFEE0 for c in range(0x21, 0x7F) if chr(c).isalnum() or chr(c) == "%"}
    return text.translate(table)


# ---- text samples -------------------------------------------------------------------

def gbk(seed: str) -> bytes:
    return seed.encode("gbk")


def gb18030(seed: str) -> bytes:
    return (seed + "\n" + GB18030_EXTRA + "\n").encode("gb18030")


def utf8_bom_crlf(seed: str) -> bytes:
    return codecs.BOM_UTF8 + seed.replace("\n", "\r\n").encode("utf-8")


def utf16(seed: str) -> bytes:
    return seed.encode("utf-16")   # with BOM


def fullwidth(seed: str) -> bytes:
    return to_fullwidth(seed).encode("utf-8")


def messy(seed: str) -> bytes:
    """Indented paragraphs, trailing blanks, extra blank lines, invisible characters."""
    out = []
    for line in _lines(seed):
        if line:
            line = "\u3000\u3000" + line.replace("教育", "教\u200b育", 1) + "  \u3000\t"
        out.append(line + ("\n\n\n" if not line else ""))
    return ("\n\n" + "\n".join(out) + "\n\n\n").encode("utf-8")


def big5(seed: str) -> bytes:
    """Traditional characters (Taiwan standard) in Big5; needs OpenCC to build."""
    from opencc import OpenCC
    return OpenCC("s2tw").convert(seed).encode("big5", errors="replace")


# ---- HTML ---------------------------------------------------------------------------

def html_page(seed: str) -> bytes:
    """The report inside a typical government site page, with all its furniture."""
    lines = [line for line in _lines(seed) if line]
    title, body, signature = lines[0], lines[1:-1], lines[-1]
    blocks = []
    for line in body:
        text = html.escape(line)
        if _LEVEL1.match(line):
            blocks.append(f"<h2>{text}</h2>")
        else:   # source line breaks inside a paragraph, as editors write them
            mid = len(text) // 2
            blocks.append(f"<p>\u3000\u3000{text[:mid]}\n        {text[mid:]}</p>")
    content = "\n".join(blocks)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{html.escape(title)}_福州市仓山区人民政府</title>
<script>var _hmt = _hmt || []; document.title = "统计代码";</script>
<style>.nav li {{ float: left; }}</style></head>
<body>
<div class="top"><div class="logo">福州市仓山区人民政府</div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a>政务公开</a></li>
<li><a>机构概况</a></li><li><a>教育动态</a></li><li><a>互动交流</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a>政务公开</a> &gt; 工作总结</div>
<div class="main">
 <div class="article">
  <h1>{html.escape(title)}</h1>
  <div class="info">发布时间：2023-01-10　来源：仓山区教育局</div>
  <div class="content" id="zoom">
{content}
<p style="text-align:right">{html.escape(signature)}</p>
  </div>
  <div class="bdsharebuttonbox">分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
  <div class="print-close"><a>【打印本页】</a><a>【关闭窗口】</a></div>
 </div>
 <div class="side-bar"><h3>相关链接</h3><ul><li>福州市教育局</li><li>福建省教育厅</li></ul></div>
</div>
<div class="footer"><p>版权所有：福州市仓山区人民政府　主办单位：仓山区人民政府办公室</p>
<p>闽ICP备12345678号</p></div>
<script>document.write("<p>统计代码加载中</p>");</script>
</body></html>
"""
    return page.encode("utf-8")


# ---- DOCX ---------------------------------------------------------------------------

def docx_file(seed: str) -> bytes:
    """Title, level-1 headings, paragraphs (bold lead sentence), one table in place."""
    from docx import Document

    document = Document()
    lines = _lines(seed)
    document.add_heading(lines[0], level=0)
    for line in lines[1:]:
        if _LEVEL1.match(line):
            document.add_heading(line, level=1)
            continue
        paragraph = document.add_paragraph()
        lead, sep, rest = line.partition("。")
        if re.match(r"^\d+\.", line) and sep:
            paragraph.add_run(lead + sep).bold = True
            paragraph.add_run(rest)
        else:
            paragraph.add_run(line)
        if line.startswith(TABLE_AFTER):
            table = document.add_table(rows=len(TABLE_ROWS), cols=len(TABLE_ROWS[0]))
            for row, values in zip(table.rows, TABLE_ROWS):
                for cell, value in zip(row.cells, values):
                    cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# ---- PDF ----------------------------------------------------------------------------

def _pdf(build: Callable[[list], None]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, title="report").build(build)
    return buffer.getvalue()


def pdf_file(seed: str) -> bytes:
    """Text PDF in the built-in CID font STSong-Light (no font file needed);
    reportlab wraps the long paragraphs, so the reader has to rejoin them."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    base = ParagraphStyle("body", fontName="STSong-Light", fontSize=11, leading=17,
                          spaceAfter=4, wordWrap="CJK")
    title = ParagraphStyle("title", parent=base, fontSize=18, leading=26, alignment=TA_CENTER,
                           spaceAfter=12)
    heading = ParagraphStyle("h1", parent=base, fontSize=13, leading=20, spaceBefore=6)
    right = ParagraphStyle("sign", parent=base, alignment=TA_RIGHT, spaceBefore=12)
    lines = [line for line in _lines(seed) if line]
    story = [Paragraph(html.escape(lines[0]), title)]
    for line in lines[1:-1]:
        story.append(Paragraph(html.escape(line), heading if _LEVEL1.match(line) else base))
    story.append(Paragraph(html.escape(lines[-1]), right))
    return _pdf(story)


def scanned_pdf(seed: str) -> bytes:
    """A PDF page with only graphics, as a scanner would produce (no text layer)."""
    from reportlab.platypus.flowables import HRFlowable
    return _pdf([HRFlowable(width="80%", thickness=40)])


# ---- bad input ------------------------------------------------------------------------

def png_junk(seed: str) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def truncated_docx(seed: str) -> bytes:
    data = docx_file(seed)
    return data[: len(data) // 3]


def zip_not_docx(seed: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("report.txt", seed)
    return buffer.getvalue()


def broken_pdf(seed: str) -> bytes:
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R\n" + bytes(range(256)) * 4


def english(seed: str) -> bytes:
    return ("Annual report of the school board.\n\nEnrolment rose by 4% in 2022, "
            "and two new primary schools opened in the district.\n" * 5).encode("utf-8")


def with_nul(seed: str) -> bytes:
    data = seed.encode("utf-8")
    return data[:300] + b"\x00\x00\x00\x00" + data[300:]


GOOD: dict[str, Callable[[str], bytes]] = {
    "gbk.txt": gbk, "gb18030.txt": gb18030, "utf8-bom-crlf.txt": utf8_bom_crlf,
    "utf16.txt": utf16, "fullwidth.txt": fullwidth, "messy.txt": messy, "big5.txt": big5,
    "report.html": html_page, "report.docx": docx_file, "report.pdf": pdf_file,
}
BAD: dict[str, Callable[[str], bytes]] = {
    "empty.txt": lambda seed: b"", "blank.txt": lambda seed: " \n\t\r\n\u3000\n".encode("utf-8"),
    "image.png": png_junk, "truncated.docx": truncated_docx, "archive.zip": zip_not_docx,
    "broken.pdf": broken_pdf, "scanned.pdf": scanned_pdf, "english.txt": english,
    "nul.txt": with_nul, "legacy.doc": lambda seed: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
}


def write_samples(directory: Path, names: dict[str, Callable[[str], bytes]] | None = None
                  ) -> dict[str, Path]:
    """Write every sample (GOOD and BAD by default) into ``directory``; name → path.
    A sample whose optional builder is missing (OpenCC for big5) is skipped."""
    directory.mkdir(parents=True, exist_ok=True)
    seed = seed_text()
    written = {}
    for name, build in (names or {**GOOD, **BAD}).items():
        try:
            data = build(seed)
        except ImportError:
            continue
        path = directory / name
        path.write_bytes(data)
        written[name] = path
    return written
