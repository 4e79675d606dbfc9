"""Segment a report's text into headings, sections and sentences, and read its metadata.

Chinese work reports number their headings in a handful of styles (一、 （一） 1. （1） ①,
第一部分); which style sits at which depth differs from report to report, so nesting
is worked out from the order styles first appear in, not from a fixed table.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .model import Report, Section, Sentence

CN_DIGITS = "零〇一二三四五六七八九十百两"

# Heading styles, each with the pattern that recognises its number at line start.
HEADING_STYLES: list[tuple[str, re.Pattern[str]]] = [
    ("part", re.compile(rf"第[{CN_DIGITS}]+(?:部分|章|篇)[、，,：:\s]*")),
    ("cn", re.compile(rf"[{CN_DIGITS}]+[、，,](?![{CN_DIGITS}])")),
    ("cn_paren", re.compile(rf"[（(][{CN_DIGITS}]+[）)][、，,.．]?")),
    ("arabic", re.compile(r"\d{1,2}(?:[.．、](?!\d)|\s)")),
    ("arabic_paren", re.compile(r"[（(]\d{1,2}[）)][、，,.．]?")),
    ("circled", re.compile(r"[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]")),
]
MAX_HEADING_CHARS = 40
# Longer sentences (flattened tables, bulletins with no sentence punctuation) are cut into
# pieces no longer than this, and so are longer runs with no clause punctuation (the rules
# read clause by clause), so every rule's window stays bounded (see split_points). Normal
# reports stay whole: their sentences run to about 300 characters, their clauses to 75.
MAX_SENTENCE_CHARS = 500
MAX_CLAUSE_CHARS = 100
LONG_CLAUSE = re.compile(r"[^。；;！!？?\n，,：:]{%d,}" % (MAX_CLAUSE_CHARS + 1))
SOFT_BREAKS = ("；;", "，,：:", "、", " \t\u3000")   # preferred cut points, best first
NAME_ENDS = set("校园院局委府厅馆站")              # a hard cut after these rarely cuts a name
NUMBER_CHARS = set("0123456789.．%％零〇一二两三四五六七八九十百千万亿")
PAIRS = ("“”", "《》", "（）", "()", "「」", "‘’")
SENTENCE_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)")
YEAR_IN_TITLE = re.compile(r"(20\d{2}|19\d{2})\s*年")
DATE_LINE = re.compile(r"^\s*(?:20|19)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")
SIGNATURE_HEAD = re.compile(r"(?:局|委员会|委|政府|办公室|办|厅|中心|院|处|室|组)$")
ISSUER_IN_BODY = re.compile(
    r"[\u4e00-\u9fff]{2,12}?(?:教育局|教育体育局|教体局|教育和体育局|教育科技局|教育文体局|教育厅|教育委员会|教委)")


def _heading(line: str) -> tuple[str, str, str] | None:
    """(style, number, title) when a line starts with a heading number."""
    for style, pattern in HEADING_STYLES:
        m = pattern.match(line)
        if not m:
            continue
        rest = line[m.end():]
        if not rest.strip() or rest[0] in "%％万亿":
            return None
        title = re.split(r"[。！？!?]", rest, maxsplit=1)[0].strip()
        if len(title) > MAX_HEADING_CHARS and style in ("arabic", "arabic_paren", "circled"):
            return None
        return style, m.group(0).strip(), title[:MAX_HEADING_CHARS * 2]
    return None


def find_sections(text: str) -> list[Section]:
    """Headings with their spans; depth follows the order heading styles first appear in."""
    rank: dict[str, int] = {}
    found: list[tuple[str, str, str, int]] = []
    offset = 0
    for line in text.split("\n"):
        stripped = line.lstrip()
        lead = len(line) - len(stripped)
        head = _heading(stripped)
        if head:
            style = head[0]
            rank.setdefault(style, len(rank))
            found.append((style, head[1], head[2], offset + lead))
        offset += len(line) + 1

    sections: list[Section] = []
    stack: list[int] = []   # indices of open sections, by increasing rank
    for i, (style, number, title, start) in enumerate(found):
        r = rank[style]
        while stack and rank[found[stack[-1]][0]] >= r:
            stack.pop()
        parent = stack[-1] if stack else None
        sections.append(Section(index=i, number=number, title=title, level=len(stack) + 1,
                                start=start, end=len(text), parent=parent))
        stack.append(i)
    # A section ends where the next section of the same or a shallower depth starts.
    open_: list[Section] = []   # sections not yet ended, by increasing depth
    for later in sections:
        while open_ and open_[-1].level >= later.level:
            open_.pop().end = later.start
        open_.append(later)
    return sections


def find_sentences(text: str, sections: list[Section], cuts: list[int] | None = None,
                   limit: int = MAX_SENTENCE_CHARS) -> list[Sentence]:
    """Sentences end at 。！？ or a line end; leading and trailing blanks are trimmed off.
    A sentence longer than ``limit`` is cut into pieces (see :func:`split_points`); the
    offsets where it was cut are appended to ``cuts``."""
    sentences: list[Sentence] = []
    starts = [sec.start for sec in sections]
    for m in SENTENCE_END.finditer(text):
        bounds = [m.start(), m.end()]
        if m.end() - m.start() > min(limit, MAX_CLAUSE_CHARS):
            inner = split_points(text, m.start(), m.end(), limit)
            if cuts is not None:
                cuts.extend(inner)
            bounds[1:1] = inner
        for start, end in zip(bounds, bounds[1:]):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if start >= end:
                continue
            sentences.append(Sentence(index=len(sentences), start=start, end=end,
                                      text=text[start:end],
                                      section=_innermost(sections, start, starts)))
    return sentences


def split_points(text: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> list[int]:
    """Where to cut the sentence ``text[start:end]`` so that no piece is longer than
    ``limit`` and no run without clause punctuation longer than ``MAX_CLAUSE_CHARS``.

    A run too long is cut in the second half of each ``MAX_CLAUSE_CHARS`` characters:
    at the last 、, else the last blank, else (no punctuation at all) at the last point
    that is outside quotes and brackets, not within four characters after a digit or
    numeral (so a number and its unit stay whole) nor before one, preferring a point right
    after a character that ends names of schools and bodies (校 园 院 局 委 …); failing
    even that, at exactly ``MAX_CLAUSE_CHARS``. A piece still too long is then cut in the
    second half of each ``limit`` characters, after the last ；, else ，or ：, else 、.
    """
    cuts: list[int] = []
    for run in LONG_CLAUSE.finditer(text, start, end):
        cuts.extend(_cuts(text, run.start(), run.end(), MAX_CLAUSE_CHARS, SOFT_BREAKS[2:]))
    pieces = [start, *cuts, end]
    for a, b in zip(pieces, pieces[1:]):
        cuts.extend(_cuts(text, a, b, limit, SOFT_BREAKS))
    return sorted(cuts)


def _cuts(text: str, start: int, end: int, limit: int, breaks: tuple[str, ...]) -> list[int]:
    cuts: list[int] = []
    while end - start > limit:
        cut = _cut_point(text, start + limit // 2, start + limit, breaks)
        cuts.append(cut)
        start = cut
    return cuts


def _cut_point(text: str, lo: int, hi: int, breaks: tuple[str, ...]) -> int:
    window = text[lo:hi]
    for chars in breaks:
        best = max(window.rfind(c) for c in chars)
        if best >= 0:
            return lo + best + (0 if chars[0].isspace() else 1)
    fallback = None
    for cut in range(hi, lo, -1):
        if _safe_cut(text, cut):
            if text[cut - 1] in NAME_ENDS:
                return cut
            fallback = fallback or cut
    return fallback or hi


def _safe_cut(text: str, cut: int) -> bool:
    if text[cut] in NUMBER_CHARS or any(c in NUMBER_CHARS for c in text[max(0, cut - 4):cut]):
        return False
    before = text[max(0, cut - 40):cut]
    return all(before.rfind(o) <= before.rfind(c) for o, c in PAIRS)


def _innermost(sections: list[Section], offset: int, starts: list[int] | None = None) -> int | None:
    if starts is not None:   # sections nest: the deepest holding offset is the last one
        i = bisect_right(starts, offset) - 1   # starting before it, or one it lies in
        while i >= 0 and sections[i].end <= offset:
            i = sections[i].parent if sections[i].parent is not None else -1
        return sections[i].index if i >= 0 else None
    best = None
    for sec in sections:
        if sec.start <= offset < sec.end and (best is None or sec.level > sections[best].level):
            best = sec.index
    return best


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n") if ln.strip()]


def find_title(text: str) -> str:
    """The title line: the first short line that is not a heading or a date."""
    for line in _lines(text)[:3]:
        if len(line) <= 60 and not _heading(line) and not DATE_LINE.match(line):
            return line
    return ""


def find_issuer(text: str) -> str:
    """The signing body: a short line near the end that ends like a body's name;
    failing that, the first education bureau the text names."""
    tail = _lines(text)[-4:]
    for line in reversed(tail):
        if DATE_LINE.match(line):
            continue
        if len(line) <= 30 and SIGNATURE_HEAD.search(line) and not _heading(line):
            return line
    m = ISSUER_IN_BODY.search(text[:3000])
    return m.group(0) if m else ""


def find_year(title: str, text: str) -> int | None:
    """The year reported on: the title's year, else the first year the text names."""
    for source in (title, text[:500]):
        m = YEAR_IN_TITLE.search(source)
        if m:
            return int(m.group(1))
    return None


def segment(report: Report, cuts: list[int] | None = None) -> Report:
    """Fill sections, sentences and metadata (title, issuer, year, region); the offsets
    where overlong sentences were cut are appended to ``cuts``."""
    from .gazetteer import region_from_text   # late import keeps segment testable alone

    text = report.text
    report.sections = find_sections(text)
    report.sentences = find_sentences(text, report.sections, cuts)
    report.title = find_title(text)
    report.issuer = find_issuer(text)
    report.year = find_year(report.title, text)
    path: tuple[str, ...] = ()
    for source in (report.issuer, report.title, text[:300]):
        if source:
            path = tuple(region_from_text(source))
            if path:
                break
    report.region_path = path
    report.region = path[-1] if path else ""
    return report
