"""Saved journal / PMC web pages (``.html``) → :class:`Document`.

A saved article page is mostly furniture: navigation, search boxes, "similar
articles", cookie banners, footers. Which block is the article is decided by
readability-lxml (Mozilla Readability's content scoring), not by a list of tag
names kept here; the reader then walks that block in document order —
headings to sections (the same heading vocabulary as every reader), paragraphs
and list items to paragraphs, ``<table>`` elements to cell grids through the
JATS reader's :func:`~.jats.table_grid` (HTML and JATS share the table model,
``rowspan``/``colspan`` included), figure captions to captions.

A data table that readability judged not to be content (it scores tables like
layout blocks) is taken back from the page when it is inside the article
element or carries a "Table N" caption, so an article's tables are never lost.
Metadata comes from the page's ``citation_*`` / Dublin Core ``<meta>`` tags.
"""

from __future__ import annotations

import copy
import json
import re

import lxml.html
from lxml import etree

from ..errors import IngestError
from ..rules import layout
from .assemble import Caption, GridCell, Line, Para, PendingTable, assemble, is_author_line
from .jats import bare_heading, heading_title, norm_space, run_in_heading, table_grid
from .model import Document
from .sections import Heading, caption_start, classify_heading, figure_label_alone, split_glued_labels, table_id
from .tables import code_legend, footnote_line, opens_with_legend

#: ``<meta name=...>`` → metadata key (first one present wins).
META_TAGS: dict[str, str] = {
    "citation_doi": "doi",
    "dc.identifier": "doi",
    "citation_pmid": "pmid",
    "citation_pmcid": "pmcid",
    "citation_title": "title",
    "dc.title": "title",
    "citation_journal_title": "journal",
    "citation_publication_date": "year",
    "citation_date": "year",
    "dc.date": "year",
    "dc.rights": "license",
}
_BLOCK_TEXT = ("p", "li", "blockquote", "dd", "dt", "pre")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_SKIP = ("script", "style", "noscript", "nav", "button", "form", "svg", "template")
#: Elements whose own loose text is a block (a layout table's cells included).
_CONTAINERS = ("div", "section", "article", "main", "td", "th")
#: Elements whose ``<p>`` children are the article's running flow (a caption sits in a ``<div>`` or ``<figure>``).
_FLOW = ("section", "article", "main", "body")
_TABLE_LABEL = layout("html_table_label")
_FOOT_CLASS = layout("html_table_foot_class")
_FOOT_TEXT = layout("html_table_foot_text")
_SENTENCE_END = layout("sentence_end")


def decode_html(data: bytes) -> str:
    """Bytes → text: the page's declared charset, else UTF-8, else cp1252 (saved pages are often either)."""
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", data[:4096], re.I)
    for enc in ([m.group(1).decode("ascii", "ignore")] if m else []) + ["utf-8", "cp1252"]:
        try:
            return data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


def page_meta(root: etree._Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    for m in root.iter("meta"):
        name = (m.get("name") or m.get("property") or "").strip().lower()
        key = META_TAGS.get(name)
        val = norm_space(m.get("content") or "")
        if not key or not val or key in meta:
            continue
        if key == "doi":
            val = layout("meta_doi_prefix").sub("", val)
            if not val.startswith("10."):
                continue
        if key == "year":
            y = layout("meta_year").search(val)
            if not y:
                continue
            val = y.group(0)
        meta[key] = val
    return meta


#: what a ``<br>`` leaves in an element's raw text: a line break no source newline can be taken for
_BR = "\u2029"


def _raw(el: etree._Element) -> str:
    """The text of ``el`` as ``itertext`` gives it, but with :data:`_BR` where a ``<br>`` stands (``itertext`` runs
    the words on both sides together: "desmin (focal)<br>Negative" would read "(focal)Negative")."""
    if el.find(".//br") is None:
        return "".join(el.itertext())
    out: list[str] = []
    for event, e in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if isinstance(e.tag, str):
                out.append(_BR if e.tag.lower() == "br" else e.text or "")
        elif e is not el and e.tail:
            out.append(e.tail)
    return "".join(out)


def _text(el: etree._Element) -> str:
    return norm_space(_raw(el))


def _lines(el: etree._Element) -> list[str]:
    """A block's lines, cut where a ``<br>`` stands ("Positive: ALK, SMA<br>Negative: desmin" is two lines, as the
    same lines pasted as text are), a line that stops mid-sentence going on into a next one opening in lower case (a
    soft break inside a sentence)."""
    out: list[str] = []
    for piece in (norm_space(x) for x in _raw(el).split(_BR)):
        if not piece:
            continue
        if out and piece[:1].islower() and not _SENTENCE_END.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return out


def _is_data_table(t: etree._Element) -> bool:
    """Two rows or more and no table inside it (a layout table holds others)."""
    return sum(1 for _ in t.iter("tr")) >= 2 and not any(x is not t for x in t.iter("table"))


class _Walker:
    def __init__(self) -> None:
        self.paras: list[Para] = []
        self.captions: list[Caption] = []
        self.tables: list[PendingTable] = []
        self.table_texts: set[str] = set()
        self.saw_title = False
        #: a figure caption that is its label alone ("Fig. 2"): the next block, if a paragraph, is its legend
        self.label: Caption | None = None

    def para(self, text: str, heading: Heading | None = None, role: str | None = None) -> None:
        if text:
            self.paras.append(Para([Line(text)], heading=heading, role=role))

    def walk(self, el: etree._Element) -> None:
        for ch in el:
            tag = ch.tag if isinstance(ch.tag, str) else ""
            tag = tag.lower()
            if not tag or tag in _SKIP:
                continue
            if tag in _HEADINGS:
                self.heading(ch, int(tag[1]))
            elif tag == "table":
                self.table(ch)
            elif tag in ("figcaption",):
                self.figure_caption(_text(ch))
            elif tag in _BLOCK_TEXT:
                if ch.find(".//table") is not None or any(c.tag in ("p", "ul", "ol", "div") for c in ch if isinstance(c.tag, str)):
                    self.walk(ch)
                else:
                    for line in _lines(ch) or [""]:
                        self.block(line, in_flow=tag == "p" and el.tag in _FLOW, paragraph=tag == "p")
            else:
                if ch.text and ch.text.strip() and tag in _CONTAINERS:
                    self.block(norm_space(ch.text))
                self.walk(ch)
            if ch.tail and ch.tail.strip() and el.tag in (*_CONTAINERS, "body"):
                self.block(norm_space(ch.tail))

    def heading(self, el: etree._Element, level: int) -> None:
        t = _text(el)
        if not t:
            return
        self.label = None
        if not self.saw_title and level == 1 and not classify_heading(t):
            self.saw_title = True
            self.para(t, role="title")
            return
        h = classify_heading(t)
        if h is None:
            h = Heading("other", t, level >= 3)
        elif level >= 3 and h.kind not in ("case", "abstract", "references"):
            h = Heading(h.kind, h.title, True)
        self.para(t, heading=h)

    def block(self, t: str, in_flow: bool = False, paragraph: bool = False) -> None:
        if not t:
            return
        label, self.label = self.label, None
        if label is not None and paragraph and not caption_start(t) and bare_heading(t, self.paras) is None:
            label.lines.append(Line(t))  # "<p>Fig. 2</p><p>a Cut surface ...</p>": the legend under its label
            return
        if figure_label_alone(t):
            self.figure_caption(t)
            return
        if paragraph and (h := bare_heading(t, self.paras)) is not None:
            self.para(t, heading=h)  # "<p><b>Case presentation</b></p>": the page's heading set as a paragraph
            return
        if paragraph and len(parts := split_glued_labels(t, capital=True)) > 1:
            # "<p>Background: ... Case presentation: A 7-year-old ... Conclusions: ...</p>": each labelled part opens on
            # its label, as the same paragraph pasted as text is read
            for part in parts:
                self.block(part, in_flow, paragraph)
            return
        if paragraph and (run_in := run_in_heading(t, self.paras)) is not None:
            self.paras.append(run_in[0])  # "<p>Pathology review: ...</p>": the label opens its section
            t = run_in[1]
        if self.saw_title and not any(p.heading for p in self.paras) and is_author_line(t):
            self.para(t, role="authors")
            return
        if (cap := caption_start(t)) and not (in_flow and cap[0] == "figure"):
            # a figure's legend written as a paragraph of the section's own flow (no <figure>, no caption block
            # around it) stays where it stands, as in the same page pasted as text and in a JATS <p>: the stains or
            # the course it alone may tell are read with the case
            self.figure_caption(t)
            return
        self.para(t)

    def figure_caption(self, t: str) -> None:
        if not t:
            return
        cap = caption_start(t)
        if cap and cap[0] == "table":
            return  # a table's caption is read with its table
        label = " ".join(t.split()[:2]).rstrip(".:|")
        self.captions.append(Caption(label, [Line(t)]))
        self.label = self.captions[-1] if figure_label_alone(t) else None

    def table(self, t: etree._Element) -> None:
        self.label = None
        if not _is_data_table(t):
            self.walk(t)  # a layout table: its cells are ordinary blocks
            return
        key = _text(t)
        if key in self.table_texts:
            return
        self.table_texts.add(key)
        cap = t.get("data-eims-cap") or ""
        m = _TABLE_LABEL.match(cap)
        tid = table_id(m.group(2) if m else str(len(self.tables) + 1))
        label = f"Table {tid[1:]}"
        if any(x.id == tid for x in self.tables):
            tid = f"{tid}.{sum(1 for x in self.tables if x.id.startswith(tid))}"
        text = cap[m.end() :].strip() if m else cap
        header, rows = table_grid(t)
        self.tables.append(
            PendingTable(
                id=tid,
                caption=text or ("" if cap else heading_title(self.paras)),
                caption_lines=[Line(norm_space(f"{label}. {text}" if text else label))],
                header=[GridCell(h) for h in header],
                rows=[[GridCell(x, repeat=rep) for x, rep in r] for r in rows],
                footnotes=[Line(f) for f in json.loads(t.get("data-eims-fn") or "[]") if f],
            )
        )


def _caption_element(t: etree._Element) -> etree._Element | None:
    """``<caption>``, else the nearest "Table N ..." block just before the table (PMC puts it in a div)."""
    c = t.find("caption")
    if c is not None and _text(c):
        return c
    node = t
    for _ in range(4):
        prev = node.getprevious()
        while prev is not None:
            txt = _text(prev) if isinstance(prev.tag, str) else ""
            if txt:
                return prev if _TABLE_LABEL.match(txt) else None
            prev = prev.getprevious()
        node = node.getparent()
        if node is None:
            break
    return None


def _footnote_elements(t: etree._Element, cap: str = "") -> list[etree._Element]:
    """``<tfoot>``, else the blocks right after the table inside its wrapper (PMC's table foot)."""
    foot = t.find("tfoot")
    if foot is not None and _text(foot):
        return [foot]
    anchor = t
    # PMC wraps the table in a div of its own (its caption ``cap`` over it in the same wrapper, or not); the foot
    # follows that wrapper
    for _ in range(2):
        parent = anchor.getparent()
        if anchor.getnext() is not None or parent is None or parent.tag not in ("div", "section"):
            break
        own, inner = "".join(_text(parent).split()), "".join(_text(anchor).split())
        if own not in (inner, "".join(cap.split()) + inner):
            break
        anchor = parent
    nxt = anchor.getnext()
    out: list[etree._Element] = []
    # the rows' text, for a legend that spells out the codes the cells use with a space only ("NM nuclear membrane")
    rows = [(_text(tr), 0) for tr in t.iter("tr")]
    while nxt is not None and isinstance(nxt.tag, str) and nxt.tag in ("div", "p", "small") and len(out) < 3:
        txt = _text(nxt)
        if not txt or _TABLE_LABEL.match(txt) or caption_start(txt) or nxt.find(".//table") is not None:
            break
        if not (
            _FOOT_CLASS.search(f"{nxt.get('class') or ''} {nxt.get('id') or ''}")
            or _FOOT_TEXT.match(txt)
            or opens_with_legend(txt)
            or footnote_line(txt)
            or code_legend(txt, rows)
        ):
            break  # the article's next paragraph: a table with no foot is followed by the text again
        out.append(nxt)
        nxt = nxt.getnext()
    return out


def _detach_captions(root: etree._Element) -> None:
    """Move each data table's caption and footnote blocks out of the flow and onto the table
    (``data-eims-*`` attributes), so they are written once, with their table."""
    for t in [t for t in root.iter("table") if _is_data_table(t)]:
        if t.get("data-eims-cap") is not None:
            continue
        cap_el = _caption_element(t)
        cap = _text(cap_el) if cap_el is not None else ""
        fn_els = _footnote_elements(t, cap if cap_el is not None and cap_el.tag != "caption" else "")
        t.set("data-eims-cap", cap)
        t.set("data-eims-fn", json.dumps([_text(e) for e in fn_els]))
        for e in ([cap_el] if cap_el is not None and cap_el.tag != "caption" else []) + fn_els:
            if e.getparent() is not None:
                e.getparent().remove(e)


def _summary(readable: type, page: etree._Element) -> etree._Element:
    return lxml.html.fragment_fromstring(
        readable(lxml.html.tostring(page, encoding="unicode")).summary(html_partial=True), create_parent="div"
    )


def _article_element(page: etree._Element) -> etree._Element | None:
    """The page's ``<article>`` holding the most text (a card of "similar articles" is an article too), else ``<main>``."""
    arts = list(page.iter("article")) or list(page.iter("main"))
    return max(arts, key=lambda a: len(_text(a)), default=None)


def _article_blocks(el: etree._Element) -> list[str]:
    return [t for b in el.iter(*_HEADINGS, "p") if (t := _text(b))]


def _sections_joined(page: etree._Element, main: etree._Element) -> etree._Element | None:
    """A copy of the page whose article's ``<section>`` wrappers are taken away, when readability kept only some of
    them: it scores each section on its own and keeps the best one with the siblings that score near it, so a short
    section ("Clinical course" and one paragraph) or a heading standing alone in its section ("Case presentation" over
    sub-sections) is dropped. Unwrapped, the article's paragraphs are scored together. None when nothing was dropped."""
    art = _article_element(page)
    if art is None or not any(s is not art for s in art.iter("section")):
        return None
    kept = _text(main)
    if all(b in kept for b in _article_blocks(art)):
        return None
    whole = copy.deepcopy(page)
    art = _article_element(whole)
    for sec in [s for s in art.iter("section") if s is not art]:
        sec.drop_tag()
    return whole


def _blocks_kept(main: etree._Element, again: etree._Element, page: etree._Element) -> bool:
    """Does the second reading keep every block the first kept, and add only headings and paragraphs of the article
    that the first dropped (no list, caption or card of links it had left out as furniture)?"""
    text, kept = _text(again), _text(main)
    if len(text) <= len(kept) or not all(b in text for b in _article_blocks(main)):
        return False
    art = _article_element(page)
    dropped = {b for b in _article_blocks(art) if b not in kept} if art is not None else set()
    added = [t for b in again.iter(*_HEADINGS, *_BLOCK_TEXT) if (t := _text(b)) and t not in kept]
    return all(t in dropped for t in added)


def read_html(data: bytes, doc_id: str, path: str) -> Document:
    """Read a saved article page; raises :class:`IngestError` when no article text is found."""
    from readability import Document as Readable

    html = decode_html(data)
    try:
        page = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"not readable HTML: {exc}") from None
    meta = page_meta(page)
    _detach_captions(page)
    try:
        # readability reads the page with captions and footnotes already bound to their tables
        main = _summary(Readable, page)
        if (whole := _sections_joined(page, main)) is not None:
            again = _summary(Readable, whole)
            if _blocks_kept(main, again, page):
                page, main = whole, again
    except Exception as exc:  # readability raises its own Unparseable and lxml errors alike
        raise IngestError(f"no article found in the page: {type(exc).__name__}: {exc}".splitlines()[0]) from None
    w = _Walker()
    title = meta.get("title") or norm_space(page.findtext(".//title") or "")
    first_h1 = next(iter(main.iter("h1")), None)
    if first_h1 is None and title:
        w.para(title, role="title")
        w.saw_title = True
    w.walk(main)
    # data tables readability dropped: those inside the article element or captioned "Table N"
    article = next(iter(page.iter("article")), None)
    if article is None:
        article = next(iter(page.iter("main")), None)
    for t in page.iter("table"):
        if not _is_data_table(t) or _text(t) in w.table_texts:
            continue
        inside = article is not None and any(a is article for a in t.iterancestors())
        if inside or _TABLE_LABEL.match(t.get("data-eims-cap") or ""):
            w.table(t)
    if not any(p.heading is None and p.role != "title" for p in w.paras) and not w.tables:
        raise IngestError("no article text found in the page (only navigation or furniture)")
    doc = assemble(doc_id, path, "html", w.paras, w.captions, w.tables)
    doc.meta.update(meta)
    return doc
