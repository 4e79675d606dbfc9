"""Hostile input files, made at test time (nothing big is committed).

Each function writes one file and returns its path. They are built to hurt a naive
reader: a PDF whose one content stream inflates to about a gigabyte, an HTML page of
50,000 nested ``<div>``s, a DOCX zip bomb, and a DOCX whose XML is billion laughs.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

GB = 1024 ** 3


def pdf_bomb(path: Path, inflated: int = GB) -> Path:
    """A valid one-page PDF whose content stream inflates to ``inflated`` bytes of
    text-drawing operators (deflate at its ~1000:1 best, so the file is ~1 MB)."""
    stream = _repeat_deflate(b"BT /F1 12 Tf 72 720 Td (A) Tj ET\n", inflated)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    path.write_bytes(out.getvalue())
    return path


def _repeat_deflate(unit: bytes, total: int) -> bytes:
    """A zlib stream of ``unit`` repeated to ``total`` bytes, made in well under a second:
    after a full flush the compressor's output for the same 1 MB chunk is the same
    bytes every time, so one block is computed and repeated."""
    chunk = unit * (1024 * 1024 // len(unit))
    count = max(1, total // len(chunk))
    z = zlib.compressobj(9)
    first = z.compress(chunk) + z.flush(zlib.Z_FULL_FLUSH)
    block = z.compress(chunk) + z.flush(zlib.Z_FULL_FLUSH)
    checksum = 1
    for _ in range(count):
        checksum = zlib.adler32(chunk, checksum)
    return (first + block * (count - 1) + b"\x03\x00"   # an empty final block
            + checksum.to_bytes(4, "big"))


def deep_html(path: Path, depth: int = 50_000) -> Path:
    """``depth`` nested ``<div>``s around a little report-like text (~700 KB)."""
    text = "福州市仓山区教育局召开全区教育工作会议，全区共有中小学校八十所。" * 3
    path.write_text("<!DOCTYPE html><html><head><title>深层嵌套</title></head><body>"
                    + "<div class=\"c\">" * depth + text + "</div>" * depth
                    + "</body></html>", encoding="utf-8")
    return path


_CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  b'<Default Extension="rels" ContentType="application/'
                  b'vnd.openxmlformats-package.relationships+xml"/>'
                  b'<Default Extension="xml" ContentType="application/xml"/>'
                  b'<Override PartName="/word/document.xml" ContentType="application/'
                  b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                  b'</Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
         b'2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_W = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(path: Path, document_xml: bytes, extra: dict[str, int] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/document.xml", document_xml)
        for name, n_bytes in (extra or {}).items():
            zero = bytes(1024 * 1024)
            with z.open(name, "w", force_zip64=True) as fh:
                for _ in range(n_bytes // len(zero)):
                    fh.write(zero)
    return path


def docx_zip_bomb(path: Path, inflated: int = GB // 4 + GB // 16) -> Path:
    """A DOCX with a part of ``inflated`` zero bytes (~300 KB on disk per 300 MB)."""
    body = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="'
            + _W + b'"><w:body><w:p><w:r><w:t>\xe4\xbb\x93\xe5\xb1\xb1</w:t></w:r></w:p>'
            b'</w:body></w:document>')
    return _docx(path, body, {"word/media/zeros.bin": inflated})


def billion_laughs_docx(path: Path) -> Path:
    """A DOCX whose document.xml defines lol9 → 10⁹ "lol"s and uses it."""
    entities = b'<!ENTITY lol0 "lol">' + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, b"&lol%d;" % (i - 1) * 10) for i in range(1, 10))
    body = (b'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [' + entities
            + b']><w:document xmlns:w="' + _W + b'"><w:body><w:p><w:r><w:t>&lol9;</w:t>'
            b'</w:r></w:p></w:body></w:document>')
    return _docx(path, body)


def billion_laughs_xml(path: Path) -> Path:
    """The classic billion laughs as a page (.html holding XML)."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE html [{entities}]>'
                    f"<html><body><p>仓山区教育局&lol9;</p></body></html>", encoding="utf-8")
    return path
