"""PubMed Central / publisher JATS XML → :class:`Document`.

JATS says outright what the text and PDF readers have to guess: where the
title, abstract and each section are (``sec-type`` or the section title), what
a paragraph is, and a table's real cells (``rowspan``/``colspan`` included),
caption and footnotes. The reader maps that markup onto the same
:class:`~.assemble.Para` / :class:`~.assemble.PendingTable` pieces the other
readers produce and lets :func:`~.assemble.assemble` lay out the reading-order
text, so offsets and evidence behave exactly as for text and PDF input.

A file cut short (a download stopped after the abstract) is parsed in lxml's
recovery mode: whatever arrived is read and the damage is a warning, not a
failure. Article metadata (PMID, PMCID, DOI, title, journal, year, licence)
goes to ``Document.meta``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from ..errors import IngestError
from ..rules import layout
from .assemble import Caption, GridCell, Line, Para, PendingTable, assemble
from .model import Document
from .sections import Heading, classify_heading, split_glued_labels, split_inline_heading, table_id

_XLINK = "{http://www.w3.org/1999/xlink}"
#: JATS ``sec-type`` values (lower-cased, split on ``|``) → section kind.
SEC_TYPES: dict[str, str] = {
    "intro": "introduction",
    "introduction": "introduction",
    "background": "introduction",
    "cases": "case",
    "case": "case",
    "case-report": "case",
    "case-presentation": "case",
    "methods": "methods",
    "materials": "methods",
    "results": "results",
    "discussion": "discussion",
    "conclusions": "conclusion",
    "conclusion": "conclusion",
}
#: Back-matter statements (funding, contributions, conflicts, data availability): never about a patient.
_BACK_KIND = "acknowledgements"
#: Elements read as floats (captions, tables), never as running text.
_FLOATS = ("table-wrap", "fig", "fig-group", "table-wrap-group", "supplementary-material")
_SKIP_IN_TEXT = frozenset({*_FLOATS, "table-wrap-foot", "fn-group", "disp-formula-group", "alternatives"})


def _local(el: etree._Element) -> str:
    tag = el.tag
    return tag.split("}", 1)[1] if isinstance(tag, str) and "}" in tag else tag if isinstance(tag, str) else ""


def _strip_namespaces(root: etree._Element) -> None:
    for el in root.iter():
        if isinstance(el.tag, str) and "}" in el.tag:
            el.tag = el.tag.split("}", 1)[1]


def norm_space(s: str) -> str:
    return " ".join(s.split())


def inline_text(el: etree._Element | None, skip: frozenset[str] = _SKIP_IN_TEXT) -> str:
    """The text of ``el`` with floats left out (they are read on their own) and spaces normalised."""
    if el is None:
        return ""
    parts: list[str] = []

    def walk(e: etree._Element) -> None:
        if e.text:
            parts.append(e.text)
        for ch in e:
            if isinstance(ch.tag, str) and _local(ch) not in skip:
                # block-level children inside a cell or caption read as separate phrases
                if _local(ch) in ("p", "title", "list-item", "break", "br"):  # (a web page's cell: "ALK +<br>SMA +")
                    parts.append(" ")
                walk(ch)
            if ch.tail:
                parts.append(ch.tail)

    walk(el)
    return norm_space("".join(parts))


def _child(el: etree._Element | None, *names: str) -> etree._Element | None:
    if el is None:
        return None
    for ch in el:
        if _local(ch) in names:
            return ch
    return None


def _children(el: etree._Element | None, *names: str) -> list[etree._Element]:
    return [] if el is None else [ch for ch in el if _local(ch) in names]


def parse_xml(data: bytes) -> tuple[etree._Element, list[str]]:
    """Parse leniently (recovery on, no network, no entity expansion); warnings for any damage."""
    parser = etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True, remove_pis=True
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"not readable XML: {str(exc).splitlines()[0]}") from None
    if root is None:
        first = next(iter(parser.error_log), None)
        raise IngestError(f"not readable XML{': ' + first.message.strip() if first is not None else ''}")
    warnings = []
    errors = [e for e in parser.error_log if e.level >= etree.ErrorLevels.ERROR]
    if errors:
        e = errors[0]
        warnings.append(f"XML damaged or cut short (read what was there): line {e.line}: {e.message.strip()}")
    _strip_namespaces(root)
    return root, warnings


def find_article(root: etree._Element) -> etree._Element:
    """The ``<article>`` itself, or the first one inside an ``efetch`` wrapper (``pmc-articleset``)."""
    if _local(root) == "article":
        return root
    art = next((e for e in root.iter() if _local(e) == "article"), None)
    if art is None:
        raise IngestError(f"not a JATS article: root element <{_local(root)}> holds no <article>")
    return art


# -- metadata -----------------------------------------------------------------------------------
def _norm_pmcid(v: str) -> str:
    v = v.strip()
    return v if v.upper().startswith("PMC") else f"PMC{v}"


def article_meta(article: etree._Element) -> dict[str, str]:
    """PMID, PMCID, DOI, title, journal, year and licence of the article, where the XML has them."""
    front = _child(article, "front")
    am = _child(front, "article-meta")
    jm = _child(front, "journal-meta")
    meta: dict[str, str] = {}
    for aid in _children(am, "article-id"):
        kind = (aid.get("pub-id-type") or "").lower()
        val = norm_space(aid.text or "")
        if not val:
            continue
        if kind == "pmid":
            meta.setdefault("pmid", val)
        elif kind in ("pmc", "pmcid", "pmcaid"):
            meta.setdefault("pmcid", _norm_pmcid(val))
        elif kind == "doi":
            meta.setdefault("doi", val.lower())
    title = inline_text(_child(_child(am, "title-group"), "article-title"))
    if title:
        meta["title"] = title
    if jm is not None:
        jt = next((e for e in jm.iter() if _local(e) == "journal-title"), None)
        journal = inline_text(jt) if jt is not None else ""
        if not journal:
            journal = norm_space(next((e.text or "" for e in jm.iter() if _local(e) == "journal-id"), ""))
        if journal:
            meta["journal"] = journal
    dates = _children(am, "pub-date")
    preferred = sorted(
        dates,
        key=lambda d: 0 if (d.get("pub-type") or d.get("date-type") or "") in ("epub", "pub", "ppub") else 1,
    )
    for d in preferred:
        y = norm_space(_child(d, "year").text or "") if _child(d, "year") is not None else ""
        if layout("year_digits").fullmatch(y):
            meta["year"] = y
            break
    lic = next((e for e in (am.iter() if am is not None else []) if _local(e) == "license"), None)
    if lic is not None:
        href = lic.get(f"{_XLINK}href") or lic.get("href") or ""
        ref = next((e for e in lic.iter() if _local(e) == "license_ref"), None)
        meta["license"] = norm_space(href or (ref.text if ref is not None and ref.text else "") or lic.get("license-type") or inline_text(lic)[:200])
    return {k: v for k, v in meta.items() if v}


# -- body -----------------------------------------------------------------------------------------
def _sec_kind(sec: etree._Element, title: str, back: bool) -> tuple[str, bool]:
    """(kind, known) from ``sec-type`` first, then the heading vocabulary."""
    for t in re.split(r"[|\s]+", (sec.get("sec-type") or "").lower()):
        if t in SEC_TYPES:
            return SEC_TYPES[t], True
    h = classify_heading(title) if title else None
    if h is not None:
        return h.kind, True
    return (_BACK_KIND, True) if back else ("other", False)


class _Reader:
    def __init__(self) -> None:
        self.paras: list[Para] = []
        self.captions: list[Caption] = []
        self.tables: list[PendingTable] = []
        self.warnings: list[str] = []
        self._seen_floats: set[str] = set()  # tree paths: lxml proxies have no stable id()

    def para(self, text: str, heading: Heading | None = None, role: str | None = None) -> None:
        if text:
            self.paras.append(Para([Line(text)], heading=heading, role=role))

    # block content of a section: paragraphs, lists, nested sections, floats
    def blocks(self, el: etree._Element, depth: int, back: bool) -> None:
        for ch in el:
            name = _local(ch)
            if name in ("p", "disp-quote", "statement", "speech", "verse-group", "def-list"):
                text = inline_text(ch)
                # a structured abstract set as one <p> ("Background: ... Case presentation: ..."): each labelled part
                # opens on its label, as the same paragraph pasted as text is read
                for part in split_glued_labels(text, capital=True) if name == "p" and not back else [text]:
                    if name == "p" and not back and (run_in := run_in_heading(part, self.paras)) is not None:
                        self.paras.append(run_in[0])
                        part = run_in[1]
                    self.para(part, heading=bare_heading(part, self.paras) if name == "p" and not back else None)
                self.floats_in(ch)
            elif name == "list":
                for item in (e for e in ch.iter() if _local(e) == "list-item"):
                    self.para(inline_text(item, _SKIP_IN_TEXT | {"list"}))
                self.floats_in(ch)
            elif name == "sec":
                self.section(ch, depth + 1, back)
            elif name in _FLOATS:
                self.float_(ch)
            elif name == "ref-list":
                self.references(ch)
            elif name in ("boxed-text",):
                self.blocks(ch, depth, back)

    def section(self, sec: etree._Element, depth: int, back: bool) -> None:
        label = inline_text(_child(sec, "label"))
        title = inline_text(_child(sec, "title"))
        kind, known = _sec_kind(sec, title, back)
        heading_text = norm_space(f"{label} {title}") if title else ""
        if heading_text:
            # a nested section keeps its parent's kind unless it names a patient section itself
            sub = depth > 0 and not (known and kind == "case")
            self.para(heading_text, heading=Heading(kind, heading_text, sub))
        self.blocks(sec, depth, back)

    def references(self, rl: etree._Element) -> None:
        title = inline_text(_child(rl, "title")) or "References"
        self.para(title, heading=Heading("references", title, False))
        for ref in (e for e in rl if _local(e) == "ref"):
            label = inline_text(_child(ref, "label"))
            cit = _child(ref, "mixed-citation", "element-citation", "citation", "nlm-citation")
            text = inline_text(cit if cit is not None else ref)
            if label and not text.startswith(label):
                text = f"{label}. {text}" if label.isdigit() else f"{label} {text}"
            self.para(text)

    def floats_in(self, el: etree._Element) -> None:
        for f in el.iter():
            if _local(f) in ("table-wrap", "fig"):
                self.float_(f)

    def float_(self, el: etree._Element) -> None:
        name = _local(el)
        if name in ("fig-group", "table-wrap-group"):
            for ch in el:
                if _local(ch) in ("fig", "table-wrap"):
                    self.float_(ch)
            return
        where = el.getroottree().getpath(el)
        if where in self._seen_floats or name not in ("fig", "table-wrap"):
            return
        self._seen_floats.add(where)
        label = inline_text(_child(el, "label"))
        caption = inline_text(_child(el, "caption"))
        if name == "fig":
            label = label or f"Figure {sum(1 for c in self.captions if c.label.lower().startswith('fig')) + 1}"
            self.captions.append(Caption(label, [Line(norm_space(f"{label}. {caption}" if caption else label))]))
            return
        self.table(el, label, caption)

    def table(self, tw: etree._Element, label: str, caption: str) -> None:
        num = re.search(r"\d+", label)
        tid = table_id(num.group(0) if num else str(len(self.tables) + 1))
        if any(t.id == tid for t in self.tables):
            tid = f"{tid}.{sum(1 for t in self.tables if t.id.startswith(tid))}"
        cap_line = norm_space(f"{label or f'Table {tid[1:]}'}. {caption}" if caption else label or f"Table {tid[1:]}")
        pt = PendingTable(id=tid, caption=caption or (heading_title(self.paras) if not label else ""), caption_lines=[Line(cap_line)])
        tab = next((e for e in tw.iter() if _local(e) == "table"), None)
        if tab is None:
            self.warnings.append(f"table {tid}: no cells in the XML (an image only); caption kept")
        else:
            header, rows = table_grid(tab)
            pt.header = [GridCell(h) for h in header]
            pt.rows = [[GridCell(t, repeat=rep) for t, rep in r] for r in rows]
        pt.footnotes = [Line(t) for t in footnotes(_child(tw, "table-wrap-foot"))]
        self.tables.append(pt)


def heading_title(before: list[Para]) -> str:
    """The heading a table with neither label nor caption stands right under ("Timeline" over a Date | Event grid):
    the section holds the table alone, and its heading is the table's title ("" when text came between)."""
    last = before[-1] if before else None
    return last.heading.title if last is not None and last.heading is not None else ""


def run_in_heading(text: str, before: list[Para]) -> tuple[Para, str] | None:
    """A paragraph opening with a run-in label ("Pathology review: ...", "Conclusion: ..."): the label as a heading
    paragraph and the rest, as the text and PDF readers split a block's first line (a minutes-style note, a short
    report with labels for headings); not the page's first paragraph ("Case report: <the title>")."""
    got = split_inline_heading(text) if text and before else None
    if got is None or not got[1].strip():
        return None
    head, rest = got
    return Para([Line(text[: len(text) - len(rest)].strip())], heading=head), rest.strip()


def bare_heading(text: str, before: list[Para]) -> Heading | None:
    """A body paragraph that is nothing but a known heading ("Patient information", "Case presentation"; a page
    printing its sub-headings as paragraphs, or bold in one): a heading, as the same line of the text is, once the
    body has begun (a heading was seen: an article-type label above the title stays front matter)."""
    h = classify_heading(text) if text and len(text) <= 80 else None
    return h if h is not None and any(p.heading is not None for p in before) else None


# -- tables -------------------------------------------------------------------------------------
def footnotes(foot: etree._Element | None) -> list[str]:
    """A table's footnotes, one line each (the abbreviation legend the table readers bind columns with)."""
    out: list[str] = []
    if foot is None:
        return out
    for ch in foot:
        name = _local(ch)
        items = [e for e in ch if _local(e) == "fn"] if name == "fn-group" else [ch] if name in ("fn", "p", "attrib") else []
        for e in items:
            t = inline_text(e)
            if t:
                out.append(t)
    return out


def _span(cell: etree._Element, attr: str) -> int:
    try:
        return max(1, min(int(cell.get(attr) or 1), 200))
    except ValueError:
        return 1


def table_grid(table: etree._Element) -> tuple[list[str], list[list[tuple[str, bool]]]]:
    """An HTML-model table (JATS and web pages alike) as a header and data rows of ``(text, repeated)``.

    ``rowspan`` repeats a cell's text in the rows below it, flagged as a repeat so its evidence
    points at the one printed cell; ``colspan`` repeats a header cell over its columns (so a
    two-row header reads "Treatment Surgery") and leaves the spanned body cells empty. Header
    rows are the ``thead`` rows, else a leading row of ``th`` cells; several are joined per column.
    """
    groups: list[tuple[bool, etree._Element]] = []
    for el in table.iter():
        if _local(el) == "tr":
            parent = el.getparent()
            groups.append((parent is not None and _local(parent) == "thead", el))
    grid: list[list[tuple[str, bool]]] = []
    is_head: list[bool] = []
    pending: dict[int, tuple[str, int]] = {}
    for head, tr in groups:
        row: dict[int, tuple[str, bool]] = {}
        col = 0
        cells = [c for c in tr if _local(c) in ("td", "th")]
        all_th = bool(cells) and all(_local(c) == "th" for c in cells)
        for c in cells:
            while col in pending:
                col = _take_pending(pending, row, col)
            text = inline_text(c, _SKIP_IN_TEXT - {"alternatives"})
            cs, rs = _span(c, "colspan"), _span(c, "rowspan")
            for k in range(cs):
                row[col + k] = (text if (k == 0 or head or all_th) else "", k > 0)
                if rs > 1:
                    pending[col + k] = (text if (k == 0 or head or all_th) else "", rs - 1)
            col += cs
        for c in sorted(k for k in pending if k >= col):
            _take_pending(pending, row, c)
        if not row:
            continue
        width = max(row) + 1
        grid.append([row.get(j, ("", False)) for j in range(width)])
        is_head.append(head or (not any(is_head) and not grid[:-1] and all_th))
    n_head = 0
    while n_head < len(grid) and is_head[n_head]:
        n_head += 1
    width = max((len(r) for r in grid), default=0)
    grid = [r + [("", False)] * (width - len(r)) for r in grid]
    header: list[str] = []
    for j in range(width):
        parts: list[str] = []
        for r in grid[:n_head]:
            t = r[j][0]
            if t and (not parts or parts[-1] != t):
                parts.append(t)
        header.append(" ".join(parts))
    body = grid[n_head:]
    # a body cell repeated by colspan is not evidence of anything: keep it empty, not a repeat
    body = [[(t, rep and bool(t)) if not (rep and not t) else ("", False) for t, rep in r] for r in body]
    return header, body


def _take_pending(pending: dict[int, tuple[str, int]], row: dict[int, tuple[str, bool]], col: int) -> int:
    text, left = pending[col]
    row[col] = (text, bool(text))
    if left <= 1:
        del pending[col]
    else:
        pending[col] = (text, left - 1)
    return col + 1


# -- the document -----------------------------------------------------------------------------------
def _front(r: _Reader, article: etree._Element, meta: dict[str, str]) -> None:
    am = _child(_child(article, "front"), "article-meta")
    r.para(meta.get("title", ""), role="title")
    names = []
    for contrib in (e for e in (am.iter() if am is not None else []) if _local(e) == "contrib"):
        if (contrib.get("contrib-type") or "author") != "author":
            continue
        n = _child(contrib, "name")
        if n is not None:
            names.append(norm_space(f"{inline_text(_child(n, 'given-names'))} {inline_text(_child(n, 'surname'))}"))
        elif _child(contrib, "collab") is not None:
            names.append(inline_text(_child(contrib, "collab")))
    if names:
        r.para(", ".join(n for n in names if n), role="authors")
    abstracts = _children(am, "abstract")
    main = [a for a in abstracts if not a.get("abstract-type")] or abstracts[:1]
    for ab in main:
        secs = _children(ab, "sec")
        if not secs:
            for p in _children(ab, "p"):
                r.para(inline_text(p), role="abstract")
        for s in secs:
            head = inline_text(_child(s, "title"))
            body = " ".join(inline_text(p) for p in _children(s, "p"))
            r.para(norm_space(f"{head}: {body}" if head and body else head or body), role="abstract")
    for kg in _children(am, "kwd-group"):
        kws = [inline_text(k) for k in kg if _local(k) == "kwd"]
        if kws:
            r.para("Keywords: " + "; ".join(kws), role="keywords")


def read_jats(data: bytes, doc_id: str, path: str) -> Document:
    """Read a JATS article (or an ``efetch`` article set holding one) into a :class:`Document`."""
    root, warnings = parse_xml(data)
    article = find_article(root)
    meta = article_meta(article)
    r = _Reader()
    r.warnings.extend(warnings)
    _front(r, article, meta)
    body = _child(article, "body")
    if body is not None:
        r.blocks(body, -1, back=False)
    back = _child(article, "back")
    if back is not None:
        for ch in back:
            name = _local(ch)
            if name == "ref-list":
                r.references(ch)
            elif name in ("ack", "sec", "notes", "fn-group", "app-group"):
                title = inline_text(_child(ch, "title")) or ("Acknowledgements" if name == "ack" else "")
                if name == "ack" or title:
                    r.para(title or "Notes", heading=Heading(_sec_kind(ch, title, True)[0] if name != "ack" else "acknowledgements", title or "Notes", False))
                r.blocks(ch, 0, back=True)
    for f in _iter_floats(article):
        r.float_(f)
    if not any(p.heading is None and p.role not in ("title", "authors") for p in r.paras) and not r.tables:
        raise IngestError("JATS article with no abstract, body text or tables")
    if body is None:
        r.warnings.append("no <body>: front matter only (abstract and metadata)")
    doc = assemble(doc_id, path, "xml", r.paras, r.captions, r.tables, warnings=r.warnings)
    doc.meta.update(meta)
    return doc


def _iter_floats(article: etree._Element) -> Iterable[etree._Element]:
    """Floats kept apart from the text (``floats-group``) or anywhere not yet read."""
    for e in article.iter():
        if _local(e) in ("fig", "table-wrap") and not any(_local(a) in ("sub-article", "response") for a in e.iterancestors()):
            yield e
