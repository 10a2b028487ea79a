"""Turn reader output (paragraphs, captions, tables) into one :class:`Document`.

Both readers end here, so text and PDF input get the same layout of
``Document.text``: the body first — one paragraph per line, each heading on a
line of its own — then a blank line, then captions and tables, each a region
of its own. A section's span covers its content, not its heading line (the
heading is kept in ``Section.title``).

Front matter: paragraphs before the first recognised heading are the title
(the first paragraph, when short), the author line (names with affiliation
marks) and, in a document that has headings, the abstract. A document with
no ``case`` heading gets one synthetic ``case`` section (title ``""``)
spanning the whole body after the front matter (references and
acknowledgements excluded), so narrative extraction always has a patient
section to read; it overlaps the other body sections.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections import Counter
from functools import cache
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:  # the regex parser (named sre_parse before Python 3.11)
    from re import _constants as _sre_constants
    from re import _parser as _sre_parser
except ImportError:  # pragma: no cover
    import sre_constants as _sre_constants  # type: ignore[no-redef]
    import sre_parse as _sre_parser  # type: ignore[no-redef]

from ..prefilter import char_gate, stored
from ..rules import layout
from .model import Cell, Document, Section, Table
from .sections import Heading
from .tables import attach_notes, fill_text_table, footnote_line, marked_note, turn_grid

_FRONT = ("title", "authors", "abstract", "keywords")
_NOT_CASE = frozenset({"references", "acknowledgements"})
#: the sections that follow the case: headed ones alone after untitled text leave that text the case
_AFTER_CASE = frozenset({"discussion", "conclusion"})


@dataclass
class Line:
    text: str
    page: int | None = None


@dataclass
class Para:
    lines: list[Line]
    heading: Heading | None = None
    #: Forced front-matter role ("title", "authors") when a reader knows it.
    role: str | None = None
    #: A drawn rule stood before the paragraph in the source (a text page's line of dashes)
    ruled: bool = False

    @property
    def text(self) -> str:
        return join_lines([ln.text for ln in self.lines])


@dataclass
class Caption:
    label: str
    lines: list[Line]


@dataclass
class GridCell:
    text: str
    page: int | None = None
    #: A cell printed once for several rows: repeats the text of the cell above.
    repeat: bool = False


@dataclass
class PendingTable:
    id: str
    caption: str = ""
    caption_lines: list[Line] = field(default_factory=list)
    #: Text tables: the region's raw lines; the grid is rebuilt by ``tables.fill_text_table``.
    raw_lines: list[Line] = field(default_factory=list)
    #: PDF tables: the header cells and the data rows.
    header: list[GridCell] = field(default_factory=list)
    rows: list[list[GridCell]] = field(default_factory=list)
    footnotes: list[Line] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)


def joins_without_space(prev: str, nxt: str = "") -> bool:
    """A line ending in a hyphen (or a soft hyphen) after a letter/digit continues the same word (hyphen kept);
    so does one ending in a slash after a letter/digit: a pair broken at its slash ("AE1/" / "AE3", "and/" / "or")
    is one token, not two; and so does a marker name broken after the full stop inside it ("CAM5." / "2"), told by
    the marker vocabulary when the next line ``nxt`` is given."""
    p = prev.rstrip()
    if len(p) > 1 and p[-1] in "-\u2010\u2011\u00ad/" and p[-2].isalnum():
        return True
    return bool(nxt) and p[-1:] == "." and nxt[:1].isdecimal() and marker_dot_break(p, nxt)


@cache
def marker_dot_parts() -> frozenset[tuple[str, str]]:
    """(part before, part after) of every full stop between a letter or digit and digits inside a marker name of
    ``vocab/markers.jsonl`` ("CAM5.2" -> ("cam5", "2")), lower-cased."""
    from ..normalize import vocabulary

    out: set[tuple[str, str]] = set()
    for c in vocabulary("markers"):
        for n in c.names:
            for m in _MARKER_DOT.finditer(n):
                out.add((m.group(1).lower(), m.group(2)))
    return frozenset(out)


_MARKER_DOT = layout("marker_dot_name")
_LAST_WORD = layout("marker_dot_line_end")
_FIRST_DIGITS = layout("marker_dot_line_start")


def marker_dot_break(prev: str, nxt: str) -> bool:
    """Does ``prev`` end with the head of a marker name and a full stop, and ``nxt`` open with the digits that
    finish it ("... CAM5." / "2 and ...")?"""
    a = _LAST_WORD.search(prev.rstrip())
    b = _FIRST_DIGITS.match(nxt.lstrip())
    return a is not None and b is not None and (a.group(1).lower(), b.group(1)) in marker_dot_parts()


def join_lines(lines: list[str]) -> str:
    out = ""
    for raw in lines:
        s = raw.strip()
        if not s:
            continue
        if not out:
            out = s
        elif joins_without_space(out, s):
            out += s
        else:
            out += " " + s
    return out


_AUTHOR_NAME = layout("author_name")


_MARK_AFTER_COMMA = layout("author_mark_after_comma")


def is_author_line(text: str) -> bool:
    """Comma/"and"-separated capitalised names, usually with affiliation marks."""
    s = layout("author_line_by").sub("", text.strip())
    if not s or len(s) > 300 or s.endswith((".", "?", "!")) and not layout("initial_end").search(s):
        return False
    if layout("author_line_citation").search(s) or layout("author_line_affiliation").search(s):
        return False  # "Year 2019, Volume 12, Issue 3": a citation line; "Department of ...": an affiliation
    if layout("author_line_item_code").search(s):
        return False  # "Poster #2216 | P2-061": a meeting item's code, its parts no names with marks
    if layout("author_names_then_title").match(s):
        return False  # "Park, Yoon, and Min: Inflammatory Myofibroblastic Tumor of the Breast": the title after its authors
    degree = bool(layout("author_degree").search(s))  # "Ada Lind, MD; Bo Chan, MD": degrees mark a byline
    s = layout("author_degree").sub("", s)
    # "Lindqvist,1 Okafor,2 and Varga3": marks printed after the comma go with the name before it
    s = _MARK_AFTER_COMMA.sub(lambda m: m.group(1).replace(",", "") + ",", s)
    wrapped = s.endswith((" ·", ",")) # a byline wrapped after its separator ("Ann Lee · Bo Chan ·" / "Cy Dahl")
    s = s.rstrip(" ·,")
    bars = layout("author_bar_separator").split(s)
    if len(bars) > 1:
        # "Ana Lopes¹ | Ben Ode²": a byline set off by bars or dots when every name carries its mark (the last one may
        # be wrapped onto the next line), or names set off by middle dots with none ("Ann Lee · Bo Chan · Cy Dahl"),
        # never a site's menu ("Home | Journals | Submit") nor labels ("Case Report · Open Access")
        marked = [bool(layout("author_marked").search(p.strip())) for p in bars]
        if all(marked) or len(bars) >= 3 and all(marked[:-1]):
            marks_ok = True
        elif "|" in s or layout("author_label_word").search(s) or (len(bars) < 3 and not wrapped):
            return False
        else:
            marks_ok = all(_AUTHOR_NAME.match(p.strip()) and 2 <= len(p.split()) <= 4 for p in bars)
        if not marks_ok:
            return False
        degree = True  # names set off by dots or marked bars are a byline
        s = ", ".join(bars)
    parts = [p.strip() for p in layout("author_separator").split(s) if p.strip()]
    if len(parts) < 2:
        return False
    names = [p for p in parts if _AUTHOR_NAME.match(p) and len(p.split()) <= 4]
    marks = bool(layout("affiliation_mark").search(s))
    return len(names) >= max(2, int(0.8 * len(parts))) and (marks or degree or len(names) >= 3)


class _Builder:
    """Accumulates ``Document.text`` and the page of every written piece."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.page_starts: list[tuple[int, int]] = []

    def _page(self, page: int | None) -> None:
        if page is not None and (not self.page_starts or self.page_starts[-1][1] != page):
            if self.page_starts and self.page_starts[-1][0] == self.pos:
                self.page_starts[-1] = (self.pos, page)
            else:
                self.page_starts.append((self.pos, page))

    def write(self, s: str, page: int | None = None) -> tuple[int, int]:
        self._page(page)
        start = self.pos
        self.parts.append(s)
        self.pos += len(s)
        return start, self.pos

    def write_lines(self, lines: list[Line]) -> tuple[int, int]:
        """Join wrapped lines into one paragraph (see :func:`join_lines`), keeping pages."""
        start = self.pos
        first = True
        prev = ""
        for ln in lines:
            s = ln.text.strip()
            if not s:
                continue
            if not first and not joins_without_space(prev, s):
                self.write(" ")
            self.write(s, ln.page)
            prev, first = s, False
        return start, self.pos

    def text(self) -> str:
        return "".join(self.parts)


def _notes(lines: list[Line], rows: list[str]) -> list[list[Line]]:
    """A table's foot as its notes: a line opened by a footnote mark ("* at 14 months", or a bare letter the rows
    carry: "a RT-PCR negative" under "Not identified a") starts a note on a line of its own (a web page's or JATS's
    notes, each its own block, often without a full stop between); the lines that follow it without a mark are its
    wrapped rest."""
    out: list[list[Line]] = []
    for ln in lines:
        if not out or footnote_line(ln.text.strip()) or marked_note(ln.text.strip(), rows):
            out.append([ln])
        else:
            out[-1].append(ln)
    return out


def _running_prose(text: str) -> bool:
    """A paragraph of sentences, not a list of terms: long, ends with a full stop, few commas."""
    words = text.split()
    return len(words) >= 15 and text.rstrip().endswith((".", ".)")) and text.count(",") + text.count(";") < len(words) / 4


#: a full stop, question or exclamation mark and a capital after it: a text of two sentences or more
_SENTENCE_BREAK = layout("sentence_break")


def _title_like(text: str) -> bool:
    """An article title: a phrase of five words or more that is not a sentence, nor a strip of labels set off by
    bars ("Journal | Case Report | Volume 9"), nor a citation line full of numbers."""
    s = text.strip()
    n = len(s.split())
    return 5 <= n <= 45 and not s.endswith(".") and "|" not in s and sum(c.isdigit() for c in s) * 10 <= len(s)


#: a word that names a disease (a tumour, a sarcoma, the IMT family, a fusion): an article title names one, a site's
#: name, menu or category and a journal's name do not
_TITLE_SUBJECT = layout("title_subject")
_MENU_GAP = layout("menu_item_gap")
_AFFILIATION = layout("author_line_affiliation")
_TITLE_FAMILY = layout("title_family")
#: a word a menu's item never opens on, a title's phrase broken by a wide gap may ("Tumor  of the Bladder"); a title
#: that ends on one goes on in the next paragraph
_LINKING_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"})
#: of them, those a menu's item never ends on either ("Tumor of the  Bladder"; a menu's "Log in", "Sign in" do)
_PHRASE_OPENERS = frozenset({"a", "an", "and", "by", "for", "from", "of", "the", "to", "with"})


def _menu(text: str) -> bool:
    """A site's menu or breadcrumb: three short items or more set off by runs of spaces, bars or '>' ("Home  Journals
    Current Issue  Author Guidelines", "Paper > Pathology > Gynecologic Pathology"), one of them of two words or
    more or a bar or '>' among the gaps (a justified title's single words set off by double spaces are no menu), and
    no item opening or ending on a linking word (a title's phrase broken by a wide gap, "Tumor of the  Bladder")."""
    items = [t.strip() for t in _MENU_GAP.split(text.strip()) if t.strip()]
    if len(items) < 3 or any(len(t.split()) > 5 for t in items):
        return False
    if any(w.split()[0].lower() in _LINKING_WORDS or w.split()[-1].lower() in _PHRASE_OPENERS for w in items):
        return False
    return any(len(t.split()) > 1 for t in items) or any(g.strip() for g in _MENU_GAP.findall(text.strip()))


def _title_candidate(text: str) -> bool:
    return _title_like(text) and not _menu(text)


def _names_subject(text: str) -> bool:
    """Names a disease, and is neither an affiliation ("Lakeland Cancer Centre") nor a list of findings ("Imaging:
    7 cm mass; no adenopathy")."""
    return _TITLE_SUBJECT.search(text) is not None and _AFFILIATION.search(text) is None and ";" not in text


def stops_open(text: str) -> bool:
    """Does a line stop in the middle of a phrase: on a colon, a dash, a comma, an opening bracket or a linking word
    ("... as shown in" / "Fig. 2")?"""
    s = text.strip()
    return bool(s) and (s.endswith((":", "-", "–", "—", ",", "(", "[")) or s.split()[-1].lower() in _LINKING_WORDS)


def _continues(text: str, nxt: str) -> bool:
    """Does paragraph ``nxt`` carry on the title line ``text`` broken over a blank line or a column's wrap
    ("IMT of the uterine corpus:" / "A study of three cases", "... with ETV6-NTRK3" / "fusion: a case" / "report")?
    ``text`` is no menu and ends no sentence, and stops open (a colon, a dash, a comma, a linking word) or ``nxt``
    opens in lower case."""
    s, n = text.strip(), nxt.strip()
    if not s or not n or _menu(s) or _menu(n) or s.endswith(".") or n.endswith(".") or len(s.split()) > 45:
        return False
    return s.endswith((":", "-", "–", "—", ",")) or s.split()[-1].lower() in _LINKING_WORDS or n[:1].islower()


def _subject_title(paras: list[Para], end: int, last_may_end: bool = False) -> tuple[int, int] | None:
    """Where the title is among the paragraphs before ``end``, on a page that prints its site's name, menu,
    breadcrumb or category above it and the journal's name or the date under it: the last title-like paragraph
    that names a disease (``last_may_end``: the one right before ``end`` may end on a full stop, as PubMed prints a
    title over its byline), with the ones right above it that name the tumour's family too (a title and its
    translation; a session's or a journal's name naming tumours in general is banner) and the ones that carry it on
    after a blank line. None when no title-like paragraph there names a disease."""
    named = [
        k for k in range(end)
        if (_title_candidate(paras[k].text) or last_may_end and k == end - 1 and _one_sentence_title(paras[k].text))
        and _names_subject(paras[k].text)
    ]  # fmt: skip
    if not named:
        return None
    start = stop = named[-1]
    while start > 0 and (
        _continues(paras[start - 1].text, paras[start].text)
        or _title_candidate(paras[start - 1].text) and _TITLE_FAMILY.search(paras[start - 1].text) is not None
        and _names_subject(paras[start - 1].text)
    ):  # fmt: skip
        start -= 1
    while stop + 1 < end and len(paras[stop + 1].text.split()) <= 30 and _continues(paras[stop].text, paras[stop + 1].text):
        stop += 1
    return start, stop + 1


def _banner_before_title(paras: list[Para], end: int) -> int:
    """How many of the paragraphs before ``end`` are the page's banner, not its title: those before the first
    title-like one ("Europe PMC", a journal's name, a site's menu, an issue strip above "IMT of the X in a child");
    0 when no paragraph there looks like a title (the first one is then taken for it, as before)."""
    first = next((i for i in range(end) if _title_candidate(paras[i].text)), None)
    return first or 0


def _title_before_byline(paras: list[Para], author: int) -> tuple[int, int]:
    """Where the title starts and ends above the byline at ``author``: as :func:`_subject_title`; with no paragraph
    there naming a disease, the run of title-like paragraphs right above the byline (the one right above may end on a
    full stop), so a journal's name higher up, set off from it by an issue line ("Journal of X" / "Year 2019, Volume
    12" / "CASE REPORT" / the title), is banner too; with no title-like paragraph right above the byline, as
    :func:`_banner_before_title`."""
    if (span := _subject_title(paras, author, last_may_end=True)) is not None:
        return span
    i = author
    while i > 0 and not _menu(paras[i - 1].text) and (
        _title_like(paras[i - 1].text) or i == author and _one_sentence_title(paras[i - 1].text)
    ):
        i -= 1
    return (i if i < author else _banner_before_title(paras, author)), author


def _one_sentence_title(text: str) -> bool:
    """A title printed with a full stop, as PubMed and Europe PMC print it: title-like but for it, one sentence."""
    s = text.strip()
    return s.endswith(".") and _title_like(s[:-1]) and not _SENTENCE_BREAK.search(s)


def _front_roles(paras: list[Para], structured: bool) -> list[str | None]:
    """Roles of the paragraphs before the first heading: the page's banner ("other"), the title, the authors and
    the text. A saved page or a crawler's excerpt prints the site's and the journal's lines above the title; they
    are not the title (a title names the paper: it ties copies of one paper and announces the case's site)."""
    roles: list[str | None] = [p.role for p in paras]
    if any(r is not None for r in roles):
        return [r or ("abstract" if structured else "case") for r in roles]
    # the byline among the first twelve paragraphs (a page's banner can be long), before any text of two sentences or
    # more (an author line after the text is a letter's signature; a title may end on a full stop)
    text_at = next((i for i, p in enumerate(paras) if _running_prose(p.text) and _SENTENCE_BREAK.search(p.text)), 12)
    author = next((i for i, p in enumerate(paras[: min(12, text_at)]) if is_author_line(p.text)), None)
    if author is not None:
        banner, end = _title_before_byline(paras, author)
        for i in range(author):
            roles[i] = "title" if banner <= i < end else "other"
        roles[author] = "authors"
        rest = author + 1
    else:
        prose = next((i for i, p in enumerate(paras) if _running_prose(p.text)), len(paras))
        span = _subject_title(paras, min(prose, 5))
        banner = span[0] if span is not None else _banner_before_title(paras, min(prose, 5))
        for i in range(banner):
            roles[i] = "other"
        first = paras[banner] if banner < len(paras) else None
        if span is not None and (len(paras) > span[1] or structured):
            for i in range(*span):
                roles[i] = "title"
            rest = span[1]
        elif (
            first is not None
            and (len(paras) > banner + 1 or structured)
            and len(first.text.split()) <= 30
            and not first.text.endswith(".")
        ):
            roles[banner] = "title"
            rest = banner + 1
        else:
            rest = banner
    for i in range(rest, len(paras)):
        roles[i] = "abstract" if structured else "case"
    return roles


def assemble(
    doc_id: str,
    path: str,
    kind: str,
    paras: list[Para],
    captions: list[Caption],
    tables: list[PendingTable],
    *,
    n_pages: int | None = None,
    warnings: list[str] | None = None,
) -> Document:
    b = _Builder()
    sections: list[Section] = []
    first_h = next((i for i, p in enumerate(paras) if p.heading is not None), len(paras))
    structured = first_h < len(paras)
    has_abstract_heading = any(p.heading and p.heading.kind == "abstract" for p in paras)

    def close(cur: list | None) -> None:
        if cur and cur[2] is not None and cur[3] > cur[2]:
            sections.append(Section(cur[0], cur[1], cur[2], cur[3]))

    cur: list | None = None  # [kind, title, start, end]
    rules = {k for k, p in enumerate(paras) if p.ruled}  # the paragraphs a drawn rule stood before
    rule_at: list[int] = []
    for k, (p, role) in enumerate(zip(paras[:first_h], _front_roles(paras[:first_h], structured))):
        if role == "abstract" and has_abstract_heading and p.role != "abstract":
            # text above the first heading is an abstract only by position: not when a heading names the abstract
            # later; an abstract the reader was told of (JATS ``<abstract>``) stays one, whatever the body prints
            # under its own abstract heading (the original language's summary of a bilingual article)
            role = "other"
        if k in rules:
            rule_at.append(b.pos)
        s, e = b.write_lines(p.lines)
        b.write("\n")
        if cur and cur[0] == role and role != "authors":
            cur[3] = e
        else:
            close(cur)
            cur = [role or "other", "", s, e]
    top_kind = cur[0] if cur else "other"
    before_keywords = top_kind if top_kind not in ("title", "authors", "keywords") else "other"
    for k, p in enumerate(paras[first_h:], first_h):
        if k in rules:
            rule_at.append(b.pos)
        if p.heading is not None:
            close(cur)
            h = p.heading
            # a teaching file's discussion opening on its own "Background" part (DISCUSSION / Background / Clinical
            # perspective / ...): the discussion's first sub-part, not the report's introduction
            under = h.kind == "introduction" and cur is not None and cur[0] == "discussion" and cur[2] is None
            # a methods section opening on its own "Patients" part (Materials and methods / Patients / ...): how the
            # series was gathered, not the patients' story (the results tell that)
            under = under or (h.kind == "case" and cur is not None and cur[0] == "methods" and cur[2] is None)
            kind_ = top_kind if (h.sub or h.kind == "other" or under) and top_kind not in _FRONT else h.kind
            if not h.sub and h.kind != "other" and not under:
                top_kind = h.kind
            b.write_lines(p.lines)
            b.write("\n")
            cur = [kind_, h.title, None, None]
            continue
        s, e = b.write_lines(p.lines)
        b.write("\n")
        if cur is None:
            cur = ["other", "", s, e]
        elif cur[2] is None:
            cur[2], cur[3] = s, e
        elif cur[0] == "keywords" and _running_prose(p.text):
            # a page that prints the keywords and then goes on without a heading: the text after them is
            # not keywords (it continues what came before them)
            close(cur)
            cur = [before_keywords, "", s, e]
        else:
            cur[3] = e
        if cur[0] != "keywords":
            before_keywords = cur[0] if cur[0] not in ("title", "authors") else "other"
    close(cur)

    if not any(s.kind == "case" for s in sections):
        # the page's lines above the abstract (affiliations, article notes) are front matter, never the case
        abstract_at = min((s.start for s in sections if s.kind == "abstract"), default=None)
        body = [
            s for s in sections
            if s.kind not in _FRONT and s.kind not in _NOT_CASE and (abstract_at is None or s.start > abstract_at)
        ]
        # the text before the first heading was taken for an abstract only because headings follow it; when
        # the only headings are a discussion and what comes after it, that text is the case told under a
        # heading nobody knows ("History and findings"), not the discussion
        lead = [s for s in sections if s.kind == "abstract" and not s.title]
        if lead and not has_abstract_heading and body and all(s.kind in _AFTER_CASE for s in body):
            sections.append(Section("case", "", lead[0].start, lead[-1].end))
        elif lead and not has_abstract_heading and not body and any(s.kind == "references" for s in sections):
            # a letter: its text runs untitled up to the references (the legends may follow them); that text is
            # the case told, not an abstract
            sections.append(Section("case", "", lead[0].start, lead[-1].end))
        elif body and not all(s.kind in _AFTER_CASE for s in body):
            # (a discussion alone after the abstract is not the case: the abstract tells it)
            sections.append(Section("case", "", body[0].start, body[-1].end))

    if captions or tables:
        b.write("\n")
    for c in captions:
        s, e = b.write_lines(c.lines)
        b.write("\n")
        sections.append(Section("caption", c.label, s, e))

    built: list[tuple[Table, PendingTable]] = []
    for t in tables:
        if t.caption_lines:
            s, e = b.write_lines(t.caption_lines)
            b.write("\n")
            sections.append(Section("caption", t.id, s, e))
        table = Table(id=t.id, caption=t.caption, pages=sorted(set(t.pages)))
        tstart = b.pos
        if t.raw_lines:
            for ln in t.raw_lines:
                b.write(ln.text, ln.page)
                b.write("\n")
            table.raw_lines = [ln.text for ln in t.raw_lines]
        else:
            table.header = _write_row(b, t.header, None)
            prev: list[Cell] | None = None
            for row in t.rows:
                prev = _write_row(b, row, prev)
                table.rows.append(prev)
            turn_grid(table)  # a series' table with one column per patient: one row per patient
        if t.footnotes:
            rows = [" | ".join(c.text for c in r) for r in t.rows] + [ln.text for ln in t.raw_lines]
            for k, note in enumerate(_notes(t.footnotes, rows)):
                if k:
                    b.write("\n")
                b.write_lines(note)
            b.write("\n")
            table.footnotes = join_lines([f.text for f in t.footnotes])
        table.start, table.end = tstart, max(tstart, b.pos - 1)
        sections.append(Section("table", t.id, table.start, table.end))
        built.append((table, t))

    doc = Document(
        doc_id=doc_id,
        path=path,
        kind=kind,  # type: ignore[arg-type]
        text=b.text(),
        sections=sections,
        page_starts=b.page_starts,
        n_pages=n_pages,
        warnings=list(warnings or []),
        rules=rule_at,
    )
    for table, t in built:
        doc.tables.append(table)
        if t.raw_lines:  # a text or PDF table region: its grid rebuilt from the lines
            try:
                fill_text_table(doc, table)
            except Exception as exc:  # another module's bug must not lose the document
                doc.warnings.append(f"table {table.id}: grid reconstruction failed ({type(exc).__name__}: {exc})")
        try:
            attach_notes(doc, table)  # the cells' footnote marks resolved to the notes under the table
        except Exception as exc:  # a bug there must not lose the document: the marks stay in their cells
            doc.warnings.append(f"table {table.id}: footnote marks not resolved ({type(exc).__name__}: {exc})")
    return doc


def _write_row(b: _Builder, cells: list[GridCell], above: list[Cell] | None) -> list[Cell]:
    """Write one table row as ``cell | cell | ...`` on its own line."""
    out: list[Cell] = []
    for j, c in enumerate(cells):
        if j:
            b.write(" | ")
        if c.repeat and above is not None and j < len(above):
            a = above[j]
            out.append(Cell(a.text, a.start, a.end, a.page))
            continue
        s, e = b.write(c.text, c.page)
        out.append(Cell(c.text, s if c.text else None, e if c.text else None, c.page))
    b.write("\n")
    return out


# -- line-end hyphenation (PDF text layers and PDF-to-text dumps alike) ----------
_BROKEN = layout("hyphen_broken")
_CONTINUES = layout("hyphen_continues")
_NUMBER_UNIT = layout("hyphen_number_unit")
_OPENING_MARK = layout("hyphen_opening_mark")
#: a maximal run of lower-case ASCII letters (in the lower-cased copy)
_LOWER_RUN = re.compile(r"[a-z]+")
_LOWER_LETTERS = frozenset(string.ascii_lowercase)
_ASCII_LETTERS = frozenset(string.ascii_letters)


def _runs_of(words: list[str]) -> re.Pattern[str]:
    """Whole runs of letters spelling one of ``words`` (lower-case runs), read in the lower-cased copy
    (compiled once per set of words: ``re`` keeps the patterns it compiled lately)."""
    alts = "|".join(words)
    return re.compile(rf"(?<![a-z])(?:{alts})(?![a-z])")


#: a character every broken line end holds (the hyphen): a line without it has none to drop
_BROKEN_CHARS = char_gate(_BROKEN)


def _drop_broken_end(s: str) -> str:
    return _BROKEN.sub("", s) if _BROKEN_CHARS is None or _BROKEN_CHARS.search(s) else s


def _word_counts(bodies: str, needed: set[str], heads: set[str]) -> tuple[Counter[str], set[str]]:
    """How often ``bodies`` spells each word of ``needed`` (lower-case), keyed as spelled ("^" after a
    word printed capitalised only), and its compounds "<head>-<next word>" with a word of ``heads`` first.

    A word is a maximal run of ASCII letters, alone or one part of a hyphenated compound ("spindle-cell").
    Read on a lower-cased copy where every other character is "?" (same length, same runs), the words
    asked about are found by one search instead of a pass over every word of the document."""
    words: Counter[str] = Counter()
    compounds: set[str] = set()
    low = bodies.encode("ascii", "replace").decode("ascii").lower()
    asked = sorted((w for w in needed if _LOWER_RUN.fullmatch(w)), key=lambda w: (-len(w), w))
    if asked:
        for m in _runs_of(asked).finditer(low):
            run = bodies[m.start() : m.end()]
            words[run if run.islower() else m.group() + "^"] += 1
    # at each hyphen: the run before it (a head?) and the run after it
    at = low.find("-")
    while at >= 0:
        after = _LOWER_RUN.match(low, at + 1)
        if after is not None:
            j = at
            while j and low[j - 1] in _LOWER_LETTERS:
                j -= 1
            if j < at and (x := low[j:at]) in heads:
                compounds.add(f"{x}-{after.group()}")
        at = low.find("-", at + 1)
    return words, compounds


#: the rule files whose literal words a line-end break may split ("recur-" / "rence", "pro-" / "gression")
_WORD_RULES = ("patterns/outcome", "patterns/treatment")
#: the word lists kept for line-end hyphenation (named regexes, fullmatched on the lower-cased joined word)
_WORD_LISTS = "patterns/dehyphenation"


@cache
def _lexicon() -> frozenset[str]:
    """Words of the package vocabularies and the literal words of the outcome and treatment rules: a
    line-end break inside one of them is a soft hyphen."""
    from ..normalize import vocabulary
    from ..rules import load, named_regexes

    words: set[str] = set()
    for name in ("markers", "drugs", "sites", "genes", "regimens"):
        for c in vocabulary(name):
            for n in c.names:
                words.update(w for w in re.findall(r"[a-z]+", n.lower()) if len(w) >= 4)
    mine = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]  # the code that reads the words
    for path in _WORD_RULES:
        sources = [getattr(r, "pattern", None) for r in load(path)]
        sources += [p.pattern for p in named_regexes(path).values()]
        for src in sources:
            if isinstance(src, str):  # parsing ~400 patterns cost a process ~0.5 s: their words are kept on disk
                found = stored(("assemble.literal_words", mine, src), lambda src=src: _literal_words(_parse_regex(src)))
                words.update(w.lower() for w in found if len(w) >= 5)
    return frozenset(words)


#: the parse-tree nodes that repeat a sub-tree (its words are words of the regex, not of the run around it)
_REPEATS = tuple(
    getattr(_sre_constants, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre_constants, n)
)
#: the parse-tree nodes that hold a sub-tree last: look-arounds and atomic groups
_ASSERTS = tuple(
    getattr(_sre_constants, n) for n in ("ASSERT", "ASSERT_NOT", "ATOMIC_GROUP") if hasattr(_sre_constants, n)
)


def _parse_regex(pattern: str) -> Any:
    """The parse tree of a rule's regex (none, an empty tree, for one that only parses with its flags)."""
    try:
        return _sre_parser.parse(pattern)
    except re.error:  # pragma: no cover - the loader compiled every rule already
        return []


def _literal_words(items: Any) -> list[str]:
    """The words a regex spells letter by letter: runs of literal ASCII letters that no group, class,
    repeat or alternation interrupts ("recurr(?:ence|ed)" spells "recurr"; a group's name and a class
    such as "[a-z]" spell nothing), read from its parse tree at every depth."""
    out: list[str] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre_constants.LITERAL and chr(av) in _ASCII_LETTERS:
            run.append(chr(av))
            continue
        if run:
            out.append("".join(run))
            run = []
        if op is _sre_constants.SUBPATTERN:
            out += _literal_words(av[3])
        elif op is _sre_constants.BRANCH:
            for alt in av[1]:
                out += _literal_words(alt)
        elif op in _REPEATS:
            out += _literal_words(av[2])
        elif op in _ASSERTS:
            out += _literal_words(av[-1])
    if run:
        out.append("".join(run))
    return out


@cache
def _word_lists() -> tuple[re.Pattern[str], ...]:
    """The common case-report words of ``patterns/dehyphenation.jsonl`` (whole words, fullmatched)."""
    from ..rules import named_regexes, regex

    return tuple(regex(_WORD_LISTS, name) for name in named_regexes(_WORD_LISTS))


#: the Latin ligature characters of PDF text (U+FB00-FB06) spelt out: the word decisions compare letters
#: (and the Unicode hyphens U+2010/U+2011 as "-", so compounds printed with them count as compounds)
_LIGATURES = {
    0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
    0x2010: "-", 0x2011: "-",
}


#: the same as (character, spelling) pairs: no spelling holds a character of another pair, so replacing them one
#: after the other is ``str.translate`` of the table, without its per-character lookup over a whole document's text
_LIGATURE_PAIRS = tuple((chr(k), v) for k, v in _LIGATURES.items())


def _fold(s: str) -> str:
    """``s`` with ligature characters spelt out ("inﬂam" -> "inflam") and Unicode hyphens as "-"; the text
    itself keeps them."""
    if s.isascii():
        return s
    for ch, spelt in _LIGATURE_PAIRS:
        if ch in s:
            s = s.replace(ch, spelt)
    return s


def _known_word(joined: str) -> bool:
    """A lower-case word the package knows: a vocabulary or rule word, or one of the kept word lists."""
    return joined in _lexicon() or any(r.fullmatch(joined) for r in _word_lists())


def dehyphenate(blocks: list[list[Line]], texts: list[str], confirmed_only: bool = False) -> None:
    """Undo typesetters' line-end hyphenation ("capeci-" / "tabine").

    A break is a soft hyphen when the document spells the joined word
    elsewhere or the package knows it (its vocabularies, the literal words of
    the outcome and treatment rules, the common case-report words of
    ``patterns/dehyphenation.jsonl``), and a real one when the document
    prints the hyphenated compound inside a line or the tail is a word of its
    own or the head is (syllable fragments rarely are, and are never under 3
    letters).
    Undecided breaks follow the
    document's habit: joined only where soft breaks were confirmed more often
    than real ones (an unhyphenated typesetter's line-end hyphens are real);
    ``confirmed_only`` (text not wrapped by a typesetter: a pasted excerpt's
    few breaks make no habit) joins confirmed breaks alone.
    The broken fragment moves to the next line, so evidence keeps whole words.
    """
    breaks: list[tuple[list[Line], int, str, str]] = []
    for lines in blocks:
        for i in range(len(lines) - 1):
            # the anchored test of the next line first: most lines open with no lower-case word
            n = _CONTINUES.match(lines[i + 1].text.lstrip())
            if n is None:
                continue
            head = lines[i].text.rstrip()
            m = _BROKEN.search(head) if _BROKEN_CHARS is None or _BROKEN_CHARS.search(head) else None
            if m:
                # the printed fragment (cut from the line below) and the spelt-out halves the decisions read
                breaks.append((lines, i, m.group(1), n.group(1)))
    if not breaks:
        return
    # count only the words the decisions ask about (a document has thousands of others)
    needed = {_fold(w) for _, _, a, b in breaks for w in ((a + b).lower(), b, a.lower())}
    heads = {_fold(a.lower()) for _, _, a, _ in breaks}
    # neither a line's broken end nor its first word (maybe a fragment's tail) is a word; a word never
    # holds a line break, so the lines' words are those of the lines joined
    bodies = _fold("\n".join([_CONTINUES.sub("", _drop_broken_end(t.strip())) for t in texts]))
    words, compounds = _word_counts(bodies, needed, heads)
    found: list[tuple[list[Line], int, str, bool | None]] = []
    for lines, i, printed, b in breaks:
        a, b = _fold(printed), _fold(b)
        joined = (a + b).lower()
        soft: bool | None = None
        if f"{a.lower()}-{b}" in compounds or _NUMBER_UNIT.fullmatch(f"{a}-{b}"):
            # "three-" / "week", "two-" / "year-old": a number word and its unit keep their hyphen
            soft = False
        elif words[joined] or words[joined + "^"] or _known_word(joined):
            soft = True
        elif len(b) <= 2 or words[b] or (len(a) >= 4 and words[a.lower()]):
            soft = False  # hyphenation leaves 3+ letters; halves that are words: a compound
        elif len(a) >= 4 and len(b) >= 4 and _known_word(a.lower()) and _known_word(b.lower()):
            soft = False  # two words the package knows ("doxorubicin-" / "ifosfamide"): a pair, not one word split
        found.append((lines, i, printed, soft))
    confirmed = Counter(f[3] for f in found)
    habit = confirmed[True] >= 2 and confirmed[True] > confirmed[False] and not confirmed_only
    for lines, i, a, soft in found:
        if soft or (soft is None and habit):
            head = lines[i].text.rstrip()
            cut = len(head) - len(a) - 1
            # "(he-" / "moglobin": the opening bracket or quote goes with the fragment, next to its word
            mark = _OPENING_MARK.search(head, 0, cut)
            cut = mark.start() if mark is not None else cut
            lines[i].text = head[:cut].rstrip()
            lines[i + 1].text = head[cut : len(head) - len(a) - 1] + a + lines[i + 1].text.lstrip()


_INLINE_BREAK = layout("hyphen_inline_break")


def dehyphenate_inline(blocks: list[list[Line]], texts: list[str]) -> None:
    """Undo line-end hyphenation flattened into a line ("alec- tinib" -> "alectinib").

    Joined only where the joined word is confirmed: the package knows it or the document spells it elsewhere; a
    suspended hyphen before a word ("pre- and postoperative", "well- circumscribed") joins into no known word and
    stays. The hyphen and the space are dropped from the line's text (evidence keeps whole words)."""
    lines_with = [ln for lines in blocks for ln in lines if "- " in ln.text]
    if not lines_with:
        return
    found = [(ln, m) for ln in lines_with for m in _INLINE_BREAK.finditer(ln.text)]
    if not found:
        return
    needed = {_fold(m.group(1) + m.group(2)).lower() for _, m in found}
    words, _ = _word_counts(_fold("\n".join(texts)), needed, set())
    by_line: dict[int, list[re.Match[str]]] = {}
    for ln, m in found:
        joined = _fold(m.group(1) + m.group(2)).lower()
        if len(m.group(1)) >= 2 and len(m.group(2)) >= 2 and (_known_word(joined) or words[joined] or words[joined + "^"]):
            by_line.setdefault(id(ln), []).append(m)
    for ln in lines_with:
        for m in reversed(by_line.get(id(ln), [])):
            ln.text = ln.text[: m.end(1)] + ln.text[m.start(2) :]
