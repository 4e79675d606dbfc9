"""Main text of an HTML page: the report, without the site around it.

Government sites wrap a report in menus, breadcrumbs ("当前位置"), share buttons and
a copyright footer; none of it is report text and all of it would become bogus
entities downstream. We drop page furniture by tag, by class/id and by tell-tale
short text, then keep the smallest element that still holds most of the Chinese
text, one block (heading, paragraph, list item, table row) per line.
"""
from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.element import Declaration, Doctype, ProcessingInstruction

from .errors import ReadError
from .limits import MAX_HTML_DEPTH, MAX_HTML_TAGS
from .normalise import han_count, squeeze_cjk_gaps
from .text import bom_encoding, decode_text

_JUNK_TAGS = ("script", "style", "nav", "footer", "aside", "form", "noscript", "iframe",
              "template", "svg", "canvas", "button", "select", "input", "textarea",
              "object", "embed", "head")
# class/id words of page furniture: substrings for unambiguous ones, whole words
# (between -, _, space or digits) for short ones that occur inside real words.
_JUNK_SUBSTR = ("breadcrumb", "crumb", "share", "copyright", "footer", "navbar",
                "menu", "sidebar", "qrcode", "pagination", "toolbar")
_JUNK_WORD = re.compile(r"(?:^|[\s_\-\d])(?:nav|foot|bottom|side|ad|ads|banner|pager|"
                        r"related|comment|login|search|position|location|weixin|"
                        r"wechat|social|tools?|links?)(?:$|[\s_\-\d])", re.I)
# Short elements whose text gives them away as furniture.
_JUNK_TEXT = re.compile(r"版权所有|copyright|©|ICP备|公网安备|当前位置|您的位置|您现在的位置|"
                        r"分享到|打印本页|关闭窗口|网站地图|主办单位|承办单位|技术支持|"
                        r"联系我们|网站标识码", re.I)
_JUNK_TEXT_MAX = 150
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
          "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "thead", "tbody", "blockquote",
          "pre", "center", "hr", "br", "figure", "figcaption", "caption", "address",
          "header", "body", "html"}
_CELL = {"td", "th"}
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)
_HEADINGS = ("h1", "h2", "h3")
_DESCEND_SHARE = 0.85   # descend into a child holding at least this share of the text
_SPACE = re.compile(r"[ \t\r\n\f\v\xa0]+")
_BROKEN_SPACE = re.compile(r"[ \t\r\f\v\xa0]*\n[ \t\r\n\f\v\xa0]*")   # a source line break
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_TITLE_SPLIT = re.compile(r"\s*(?:_|\||｜|\s[-–—]\s)\s*")


def decode_html(data: bytes) -> tuple[str, str]:
    """``(markup, encoding)``: BOM, then the page's declared charset, then detection."""
    declared = None if bom_encoding(data) else _CHARSET.search(data[:4096])
    if declared:
        encoding = declared.group(1).decode("ascii").lower()
        if encoding in ("gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936"):
            encoding = "gb18030"   # pages that say gb2312 routinely contain GBK characters
        if encoding in ("iso-8859-1", "latin-1", "windows-1252", "ascii", "us-ascii"):
            return decode_text(data)   # template defaults, never right for a Chinese page
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass   # the declaration lies; detect instead
    return decode_text(data)


def read_html(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` of the page's main content."""
    markup, encoding = decode_html(data)
    soup = parse_html(markup)
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    _drop_furniture(soup)
    root = _main_block(soup)
    if root is None:
        raise ReadError("HTML page has no text")
    lines = _lines(root)
    if not root.find("h1"):   # the title often sits just before the content block
        heading = root.find_previous("h1")
        first = heading.get_text(" ", strip=True) if heading else ""
        if not first and not root.find(_HEADINGS):
            first = _TITLE_SPLIT.split(title)[0]   # <title> only when no heading at all
        if first and first not in lines[:3]:
            lines.insert(0, first)
    return "\n".join(lines), encoding


def parse_html(markup: str) -> BeautifulSoup:
    """The page as a tree, within budget: at most MAX_HTML_TAGS tags (counted before
    parsing, to bound memory) and MAX_HTML_DEPTH levels of nesting (the main-text search
    walks up and down the tree, so its cost grows with depth × size: 50,000 nested
    ``<div>``s would take hours)."""
    tags = markup.count("<")
    if tags > MAX_HTML_TAGS:
        raise ReadError(f"HTML page has more than {MAX_HTML_TAGS:,} tags (limit)")
    with warnings.catch_warnings():   # bs4 warns on stderr about XML-looking pages
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(markup, "lxml")
    depth = _depth(soup, MAX_HTML_DEPTH)
    if depth > MAX_HTML_DEPTH:
        raise ReadError(f"HTML elements nested more than {MAX_HTML_DEPTH} levels deep (limit)")
    return soup


def _depth(root: Tag, limit: int) -> int:
    """Deepest nesting of elements under ``root``, counting no further than ``limit + 1``."""
    deepest = 0
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > deepest:
            deepest = depth
            if deepest > limit:
                break
        stack.extend((child, depth + 1) for child in node.contents if isinstance(child, Tag))
    return deepest


def _is_junk(tag: Tag, page_han: int) -> bool:
    if tag.name in _JUNK_TAGS:
        return True
    if tag.name == "header":
        return not tag.find_parent(("article", "main"))   # an article's own header has its title
    names = " ".join([tag.get("id") or "", *(tag.get("class") or [])]).lower()
    if not names or not (any(s in names for s in _JUNK_SUBSTR) or _JUNK_WORD.search(names)):
        return False
    # A class name is only a hint: never drop a block holding most of the page's text.
    return han_count(tag.get_text()) <= 0.5 * page_han


def _drop_furniture(soup: BeautifulSoup) -> None:
    page_han = han_count(soup.get_text())
    for tag in soup.find_all(True):
        if not tag.decomposed and _is_junk(tag, page_han):
            tag.decompose()
    # Short blocks that say "版权所有", "当前位置" …: drop the largest still-short ancestor.
    for string in soup.find_all(string=_JUNK_TEXT):
        if string.decomposed or string.parent is None or isinstance(string, _SKIP_STRINGS):
            continue
        block = None
        node = string.parent
        while node is not None and node.name not in ("body", "html", "[document]"):
            if len(node.get_text(strip=True)) > _JUNK_TEXT_MAX:
                break
            block, node = node, node.parent
        if block is not None and not block.decomposed:
            block.decompose()


def _main_block(soup: BeautifulSoup) -> Tag | None:
    """The smallest element that still holds most of the page's Chinese text."""
    candidates = soup.find_all(("article", "main")) or [soup.body or soup]
    node = max(candidates, key=lambda t: han_count(t.get_text()))
    while True:
        total = han_count(node.get_text())
        children = [c for c in node.children if isinstance(c, Tag)]
        if total == 0 or not children:
            break
        best = max(children, key=lambda t: han_count(t.get_text()))
        if han_count(best.get_text()) < _DESCEND_SHARE * total:
            break
        node = best
    return node if node.get_text(strip=True) else None


def _lines(root: Tag) -> list[str]:
    """One line per block element; table cells separated by tabs."""
    parts: list[str] = []
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:   # iterative walk: deeply nested pages must not hit the recursion limit
        node, closing = stack.pop()
        if isinstance(node, NavigableString):
            if not isinstance(node, _SKIP_STRINGS):
                text = _BROKEN_SPACE.sub("\x00", str(node).replace("\x00", ""))
                parts.append(_SPACE.sub(" ", text))   # "\x00": a gap squeeze_cjk_gaps resolves
            continue
        assert isinstance(node, Tag)
        brk = "\n" if node.name in _BLOCK else "\t" if node.name in _CELL else ""
        parts.append(brk)
        if not closing:
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    lines = []
    for line in "".join(parts).split("\n"):
        line = squeeze_cjk_gaps(re.sub(r"[ \x00]*\t[ \t\x00]*", "\t", line)).strip(" \t\u3000")
        if line:
            lines.append(line)
    return lines
