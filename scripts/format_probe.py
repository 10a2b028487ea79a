"""Format probe: how many stated facts a case report loses when it comes as a PDF, a web page or JATS instead of text.

Every ``.txt`` document of the given sets is rendered at run time — nothing rendered is committed — as

* ``pdf1``: a one-column PDF (fpdf2): running head, page numbers, justified wrapped lines, a heading font for the
  section headings the probe detects ("Case report", "Discussion", "References", ...), ruled tables;
* ``pdf2``: the same as a two-column PDF (tables set across both columns);
* ``html``: a saved journal web page: navigation, cookie banner, a sidebar of similar articles, a footer around the
  article; paragraphs as ``<p>``, headings as ``<h2>``, lines that look like a table as a ``<table>``;
* ``jats``: JATS XML: ``<front>`` with the article title (and the abstract when it has a heading), ``<body>`` of
  ``<sec><title>`` and ``<p>``, references in ``<back>``;

the original text and each rendering are extracted with this checkout's pipeline (``eims-extract extract``), every
set is scored against its gold (``gold/<set>.csv``, own patients, the stated facts of ``eims-extract evaluate``) and
a per-set, per-format table of stated facts is printed with the per-field losses against the text.

    python scripts/format_probe.py --out /tmp/fprobe tests/data/blind10 tests/data/blind11 \\
        --held-out tests/data/blind17

Sets after ``--held-out`` are scored but only their totals are printed, once, at the end; nothing of their documents
(no renderings kept, no mismatches) is written. For the read sets ``--out`` keeps the renderings and
``losses.tsv`` (set, format, document, case, field, gold, text value, format value) of every fact the text finds
and a rendering does not. Only fictional or permitted documents belong here.

The probe finds headings, captions and tables in the text with regexes of its own (``_HEADING``, ``_CAPTION``, ...),
on purpose: it renders what the pipeline then reads, so it must not share the reader it measures (a heading the
reader misses would be missed by the rendering too, and its loss would not show). Do not rewire them to
``ingest/sections.py`` or ``patterns/layout.jsonl``.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
from html import escape as _html_escape
from xml.sax.saxutils import escape as _xml_escape

ROOT = pathlib.Path(__file__).resolve().parents[1]
FORMATS = ("pdf1", "pdf2", "html", "jats")
SUFFIX = {"pdf1": ".pdf", "pdf2": ".pdf", "html": ".html", "jats": ".xml"}
FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")

# -- the text as blocks -------------------------------------------------------------------------------------------
_HEAD_WORDS = (
    r"abstract|summary|background|introduction|objectives?|aims?|case(?:\s+(?:reports?|presentations?|descriptions?"
    r"|summary|history|details|\d+))?|cases|clinical\s+(?:history|summary|presentation|findings|course|case)"
    r"|patients?(?:\s+and\s+methods)?|(?:materials?\s+and\s+)?methods|results|findings|discussion|comments?"
    r"|conclusions?|references|bibliography|acknowledge?ments?|declarations?|funding|conflicts?\s+of\s+interests?"
    r"|competing\s+interests?|disclosures?|ethics(?:\s+statement)?|consent(?:\s+for\s+publication)?"
    r"|(?:informed\s+|patient\s+)consent|author\s+contributions?|keywords?|key\s+words|learning\s+points|teaching\s+points"
    r"|(?:histo)?patholog(?:y|ical\s+findings)|histolog(?:y|ical\s+findings)|immunohistochemistry|molecular\s+"
    r"(?:findings|analysis|studies|testing|pathology)|treatment(?:\s+and\s+(?:outcome|follow[- ]?up))?"
    r"|follow[- ]?up|outcomes?(?:\s+and\s+follow[- ]?up)?|timeline|(?:final\s+|differential\s+)?diagnosis"
    r"|investigations?|imaging(?:\s+findings)?|chief\s+complaints?|history\s+of\s+(?:the\s+)?present\s+illness"
    r"|(?:personal\s+and\s+family|past)\s+history|physical\s+examination|laboratory\s+(?:examinations?|findings|tests)"
    r"|imaging\s+examinations?|(?:review\s+of\s+(?:the\s+)?)?literature(?:\s+review)?|data\s+availability"
    r"|abbreviations|supplementary\s+materials?|figure\s+legends|tables?|therapeutic\s+intervention"
    r"|patient\s+perspective|surgical\s+(?:procedure|findings)|operative\s+findings|management"
)
_HEADING = re.compile(
    rf"^\s*(?:(?:\d+(?:\.\d+)*|[IVX]+)\.?\s+)?(?:{_HEAD_WORDS})(?:\s*\([^()]{{1,30}}\))?\s*(?::|\.)?\s*$", re.IGNORECASE
)
_CAPS_HEADING = re.compile(r"^\s*(?:\d+\.?\s+)?[A-Z][A-Z &/,-]{3,45}[A-Z]\s*:?\s*$")
_NUMBERED_HEADING = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+[A-Z][^.:;]{2,60}$")  # "2.2. Clinical course"
_CAPTION = re.compile(r"^\s*(?:Table|TABLE)\s+\d+(?:[.:|]\s|\s+[A-Z(]|\s*$)")
_TITLE_WORDS = re.compile(r"tumou?r|sarcoma|myofibroblastic|pseudotumou?r|granuloma|IMT|EIMS|lesion|neoplasm|mass", re.IGNORECASE)
_REFERENCES = re.compile(r"^\s*(?:\d+\.?\s+)?(?:references|bibliography)\s*:?\s*$", re.IGNORECASE)
_ABSTRACT = re.compile(r"^\s*(?:abstract|summary)\s*:?\s*$", re.IGNORECASE)
_SPACES = re.compile(r"\S(?:\s{2,})\S")


def is_heading(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > 70:
        return False
    return bool(_HEADING.match(s) or (_CAPS_HEADING.match(s) and len(s.split()) <= 6) or _NUMBERED_HEADING.match(s))


def cells_of(line: str) -> list[str] | None:
    """The cells of a line that looks like a table row (tabs, pipes, or three cells apart by 2+ spaces)."""
    s = line.strip(" \r\n")
    if not s.strip() or re.fullmatch(r"[|:\-\s+=]+", s):
        return None
    if "\t" in s.rstrip():
        cells = [c.strip() for c in s.rstrip().split("\t")]
        if not cells[0] and any(cells):
            return cells  # the rest of a wrapped cell: leading cells empty
    elif s.count("|") >= 2 or (s.count("|") == 1 and not s.startswith("|")):
        cells = [c.strip() for c in s.strip("|").split("|")]
    else:
        cells = [c.strip() for c in re.split(r"\s{2,}", s)]
        if len(cells) < 3:
            return None
    return cells if len([c for c in cells if c]) >= 2 else None


_SENTENCE_END = re.compile(r"[.!?:](?:[)\]\"'’”]|\[\d[\d,–-]*\])*$")


def _wrapped(last: str, line: str) -> bool:
    """A text dump's line broken inside a paragraph: the line before is long and does not end a sentence, or it
    ends on a hyphen or a comma; a rendering sets the paragraph as one."""
    if _CAPTION.match(line) or re.match(r"\s*(?:Fig(?:ure)?\.?|FIGURE)\s*\d", line):
        return False
    return last.endswith(("-", ",")) or (not _SENTENCE_END.search(last) and len(last) >= 45)


def _join(para: str, line: str) -> str:
    if para.endswith("-") and para[-2:-1].islower() and line[:1].islower():
        return para[:-1] + line  # a word hyphenated at the line end
    return f"{para}{'' if para.endswith('-') else ' '}{line}"


def aligned_rows(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A table set with spaces under its caption: the lines down to the next blank line, cut at the columns'
    left edges (a cell starts at the line start or after 2+ spaces); a line whose first column is empty
    continues the row above (a wrapped cell)."""
    k = i
    while k < len(lines) and lines[k].strip() and not is_heading(lines[k]):
        if k > i and len(lines[k].strip()) >= 80 and not re.search(r"\S\s{2,}\S", lines[k].strip()):
            break  # prose again
        k += 1
    block = [ln.expandtabs() for ln in lines[i:k]]
    split = [[c.strip() for c in re.split(r"\s{2,}", ln.strip())] for ln in block]
    if (
        len(block) >= 2 and len(split[0]) >= 2 and all(len(c) <= len(split[0]) for c in split)
        and not any(ln[:1].isspace() for ln in block)
    ):  # cells apart by two spaces or more, no line indented: cells in order, a short row padded
        return [c + [""] * (len(split[0]) - len(c)) for c in split], k
    starts_of = [[m.start() for m in re.finditer(r"(?:(?<=\s\s)|^)\S", ln)] for ln in block]
    if len(block) < 2 or sum(len(x) >= 2 for x in starts_of) < 2:
        return None
    counts = collections.Counter(p for x in starts_of for p in x)
    cols: list[int] = []
    for p in sorted(counts):
        if counts[p] >= 2 or any(len(x) >= 2 and p in x for x in starts_of[:1]):
            if cols and p - cols[-1] <= 2:
                continue
            cols.append(p)
    if len(cols) < 2:
        return None
    rows: list[list[str]] = []
    for n, (ln, starts) in enumerate(zip(block, starts_of)):
        cells = [""] * len(cols)
        for a, b in zip(starts, starts[1:] + [len(ln)]):
            j = max([n for n, c in enumerate(cols) if c <= a + 1] or [0])
            cells[j] = f"{cells[j]} {ln[a:b].strip()}".strip()
        if rows and not cells[0] and any(cells) and n > 1:
            rows[-1] = [f"{x} {y}".strip() for x, y in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    return rows, k


def blocks_of(text: str) -> dict:
    """Title, and sections of (heading or None, items); an item is ("p", line) or ("table", caption, rows)."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
    candidates = [
        ln.strip() for ln in lines[:25]
        if 30 <= len(ln.strip()) <= 250 and not ln.strip().endswith(".") and "|" not in ln and not is_heading(ln)
        and "@" not in ln and len(ln.split()) >= 5 and not re.search(r"\S\s{3,}\S", ln)
    ]
    # the article's title names its subject; a journal's name or a banner does not
    title = next((c for c in candidates if _TITLE_WORDS.search(c) and len(c.split()) >= 7), candidates[0] if candidates else "")
    if not title:
        title = next((ln.strip() for ln in lines if ln.strip()), "Untitled")
    sections: list[tuple[str | None, list]] = [(None, [])]
    title_seen = False
    # a dump with lines broken inside paragraphs (most long lines end mid-sentence): paragraphs are rejoined
    broken = sum(
        len(a.strip()) >= 40 and not _SENTENCE_END.search(a.strip()) and b.strip()[:1].islower()
        for a, b in zip(lines, lines[1:])
    ) >= 5
    i = 0
    while i < len(lines):
        ln = lines[i]
        if not ln.strip():
            i += 1
            continue
        if is_heading(ln):
            sections.append((ln.strip(), []))
            i += 1
            continue
        items = sections[-1][1]
        after_caption = bool(items) and items[-1][0] == "p" and bool(_CAPTION.match(items[-1][1]))
        if after_caption and "\t" not in ln and "|" not in ln and (got := aligned_rows(lines, i)) is not None:
            rows, k = got
            items.append(("table", items.pop()[1], rows))
            i = k
            continue
        rows = []
        k = i
        while k < len(lines) and (c := cells_of(lines[k])) is not None:
            # one table: rows of as many cells as the first (a tab row may have fewer: a wrapped cell)
            if rows and len(c) != len(rows[0]) and not ("\t" in lines[k] and len(c) < len(rows[0])):
                break
            if rows and not c[0] and len(c) <= len(rows[-1]):  # a wrapped cell's rest joins its cell
                for j, x in enumerate(c):
                    if x:
                        rows[-1][j] = f"{rows[-1][j]} {x}".strip()
            elif c[0] or rows:
                rows.append(c)
            else:
                break
            k += 1
        if len(rows) >= (2 if after_caption or "\t" in ln else 3):
            caption = ""
            if after_caption:
                caption = items.pop()[1]
            items.append(("table", caption, rows))
            i = k
            continue
        items = sections[-1][1]
        if ln.strip() == title and not title_seen:
            title_seen = True  # printed as the title
        elif broken and items and items[-1][0] == "p" and lines[i - 1].strip() and _wrapped(lines[i - 1].strip(), ln.strip()):
            items[-1] = ("p", _join(items[-1][1], ln.strip()))
        else:
            items.append(("p", ln.strip()))
        i += 1
    if not sections[0][1]:
        sections.pop(0)
    return {"title": title, "sections": sections}


# -- PDF (fpdf2) -----------------------------------------------------------------------------------------------------
def _pdf_class():
    from fpdf import FPDF

    class _PDF(FPDF):
        running = ""

        def header(self) -> None:
            self.set_font(self.body_family, "", 7.5)
            self.set_text_color(90)
            self.cell(0, 4, self.running, align="L")
            self.cell(0, 4, "Fictional Journal of Rendered Case Reports", align="R", new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0)
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(self.body_family, "", 8)
            self.cell(0, 8, str(self.page_no()), align="C")

    return _PDF


def _new_pdf(doc: dict):
    pdf = _pdf_class()(format="A4")
    if (FONT_DIR / "DejaVuSerif.ttf").exists():
        pdf.add_font("Body", "", str(FONT_DIR / "DejaVuSerif.ttf"))
        pdf.add_font("Body", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
        pdf.add_font("Head", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.body_family, pdf.head_family, pdf.latin1 = "Body", "Head", False
    else:  # core fonts: Latin-1 only
        pdf.body_family, pdf.head_family, pdf.latin1 = "Times", "Helvetica", True
    words = doc["title"].split()
    pdf.running = _t(pdf, " ".join(words[:6]) + (" ..." if len(words) > 6 else ""))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 15, 18)
    pdf.add_page()
    pdf.set_font(pdf.head_family, "B", 14)
    pdf.multi_cell(0, 6.5, _t(pdf, doc["title"]), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    return pdf


def _t(pdf, s: str) -> str:
    return s.encode("latin-1", "replace").decode("latin-1") if pdf.latin1 else s


def _pdf_table(pdf, caption: str, rows: list[list[str]], size: float) -> None:
    width = max(len(r) for r in rows)
    if caption:
        pdf.set_font(pdf.head_family, "B", size)
        pdf.multi_cell(0, size * 0.5, _t(pdf, caption), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.set_font(pdf.body_family, "", size - 1)
    try:
        with pdf.table(line_height=(size - 1) * 0.45, first_row_as_headings=True, text_align="LEFT") as t:
            for r in rows:
                row = t.row()
                for c in r + [""] * (width - len(r)):
                    row.cell(_t(pdf, c))
    except Exception:  # a table fpdf2 cannot lay out: its rows as lines, cells apart
        for r in rows:
            pdf.multi_cell(0, (size - 1) * 0.45, _t(pdf, "   ".join(r)), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def render_pdf1(doc: dict, path: pathlib.Path) -> None:
    pdf = _new_pdf(doc)
    for head, items in doc["sections"]:
        if head:
            pdf.ln(1.5)
            pdf.set_font(pdf.head_family, "B", 11)
            pdf.multi_cell(0, 5.5, _t(pdf, head), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        for it in items:
            if it[0] == "table":
                _pdf_table(pdf, it[1], it[2], 9)
            else:
                small = head is not None and bool(_REFERENCES.match(head))
                pdf.set_font(pdf.body_family, "", 8.5 if small else 10)
                pdf.multi_cell(0, 4.6, _t(pdf, it[1]), align="J", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
    pdf.output(str(path))


def render_pdf2(doc: dict, path: pathlib.Path) -> None:
    pdf = _new_pdf(doc)
    chunks: list[list] = [[]]  # runs of text items between full-width tables
    for head, items in doc["sections"]:
        if head:
            chunks[-1].append(("h", head))
        for it in items:
            if it[0] == "table":
                chunks.append(it)
                chunks.append([])
            else:
                chunks[-1].append(("p", it[1], head is not None and bool(_REFERENCES.match(head))))
    for ch in chunks:
        if isinstance(ch, tuple):
            _pdf_table(pdf, ch[1], ch[2], 8)
            continue
        if not ch:
            continue
        with pdf.text_columns(ncols=2, gutter=7, text_align="J", balance=False) as cols:
            for it in ch:
                if it[0] == "h":
                    pdf.set_font(pdf.head_family, "B", 9.5)
                    with cols.paragraph(text_align="L", top_margin=2, bottom_margin=1) as par:
                        par.write(_t(pdf, it[1]))
                else:
                    pdf.set_font(pdf.body_family, "", 7.5 if it[2] else 8.5)
                    with cols.paragraph(text_align="J", bottom_margin=1.2) as par:
                        par.write(_t(pdf, it[1]))
        pdf.ln(2)
    pdf.output(str(path))


# -- HTML ---------------------------------------------------------------------------------------------------------
def _h(s: str) -> str:
    return _html_escape(s, quote=True)


def _html_table(caption: str, rows: list[list[str]], n: int) -> str:
    head = "".join(f"<th>{_h(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{_h(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    cap = f'<div class="caption"><p>{_h(caption)}</p></div>' if caption else ""
    return (f'<div class="table-wrap" id="T{n}">{cap}<div class="tbl-box"><table><thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table></div></div>")


def _section_body(items: list, n: int, table, escape) -> tuple[list[str], int]:
    """A section's paragraphs and tables in one markup (HTML or JATS): tables numbered on from ``n``."""
    body = []
    for it in items:
        if it[0] == "table":
            n += 1
            body.append(table(it[1], it[2], n))
        else:
            body.append(f"<p>{escape(it[1])}</p>")
    return body, n


def render_html(doc: dict, path: pathlib.Path) -> None:
    nav = "".join(f'<li><a href="/section/{k}">Section {k}</a></li>' for k in range(10))
    similar = "".join(f'<li><a href="/a/{k}">Another invented article on rare tumours, number {k}</a></li>' for k in range(8))
    parts, n = [], 0
    for head, items in doc["sections"]:
        body, n = _section_body(items, n, _html_table, _h)
        cls = ' class="abstract"' if head and _ABSTRACT.match(head) else ""
        h2 = f"<h2>{_h(head)}</h2>" if head else ""
        parts.append(f"<section{cls}>{h2}{''.join(body)}</section>")
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<title>{_h(doc['title'])} | Fictional Journal of Rendered Case Reports</title>
<meta name="citation_title" content="{_h(doc['title'])}"/>
<meta name="citation_journal_title" content="Fictional Journal of Rendered Case Reports"/>
<script>window.dataLayer = [];</script><style>body{{font-family:serif}}</style></head>
<body>
<div id="cookie-consent" class="cookie-banner"><p>This site uses cookies to remember your settings. <a href="/cookies">Cookie settings</a> <button>Accept all cookies</button></p></div>
<header class="site-header"><a class="logo" href="/">Fictional Journal</a><nav><ul>{nav}</ul></nav>
<form role="search"><input name="q" placeholder="Search the journal"/><button>Search</button></form></header>
<div class="page">
<main id="main-content"><article>
<h1 class="article-title">{_h(doc['title'])}</h1>
{''.join(parts)}
</article></main>
<aside class="sidebar"><h3>Similar articles</h3><ul>{similar}</ul><h3>Most read</h3><ul>{similar}</ul></aside>
</div>
<footer class="site-footer"><p>Published by an invented society. All content is made up for testing.</p><ul>{nav}</ul></footer>
</body></html>"""
    path.write_text(page, encoding="utf-8")


# -- JATS -----------------------------------------------------------------------------------------------------------
def _x(s: str) -> str:
    return _xml_escape(s, {'"': "&quot;"})


def _jats_table(caption: str, rows: list[list[str]], n: int) -> str:
    head = "".join(f"<th>{_x(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{_x(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    m = re.match(r"\s*(Table\s+\d+)[.:|]?\s*", caption, re.IGNORECASE)
    label = f"<label>{_x(m.group(1))}</label>" if m else ""
    rest = caption[m.end() :] if m else caption
    cap = f"<caption><p>{_x(rest)}</p></caption>" if rest else ""
    return (f'<table-wrap id="T{n}" position="anchor">{label}{cap}<table frame="hsides" rules="groups"><thead><tr>{head}</tr>'
            f"</thead><tbody>{body}</tbody></table></table-wrap>")


def render_jats(doc: dict, path: pathlib.Path) -> None:
    abstract, secs, refs, n = "", [], [], 0
    for k, (head, items) in enumerate(doc["sections"], 1):
        body, n = _section_body(items, n, _jats_table, _x)
        if head and _REFERENCES.match(head):
            refs = [it[1] for it in items if it[0] == "p"]
        elif head and _ABSTRACT.match(head) and not abstract:
            abstract = f"<abstract>{''.join(body)}</abstract>"
        else:
            title = f"<title>{_x(head)}</title>" if head else ""
            secs.append(f'<sec id="s{k}">{title}{"".join(body)}</sec>')
    reflist = "".join(f'<ref id="R{k}"><mixed-citation>{_x(r)}</mixed-citation></ref>' for k, r in enumerate(refs, 1))
    back = f"<back><ref-list><title>References</title>{reflist}</ref-list></back>" if refs else ""
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN" "JATS-archivearticle1-3.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="case-report" dtd-version="1.3">
<front><journal-meta><journal-title-group><journal-title>Fictional Journal of Rendered Case Reports</journal-title></journal-title-group></journal-meta>
<article-meta><title-group><article-title>{_x(doc['title'])}</article-title></title-group>{abstract}</article-meta></front>
<body>{''.join(secs)}</body>{back}
</article>
"""
    path.write_text(xml, encoding="utf-8")


RENDER = {"pdf1": render_pdf1, "pdf2": render_pdf2, "html": render_html, "jats": render_jats}


# -- run ------------------------------------------------------------------------------------------------------------
def render_sets(sets: list[pathlib.Path], out: pathlib.Path) -> list[str]:
    failed = []
    for fmt in FORMATS:
        for d in sets:
            dest = out / fmt / d.name
            dest.mkdir(parents=True, exist_ok=True)
            for f in sorted(d.glob("*.txt")):
                doc = blocks_of(f.read_text(encoding="utf-8"))
                try:
                    RENDER[fmt](doc, dest / (f.stem + SUFFIX[fmt]))
                except Exception as exc:  # reported, the document then counts as lost in that format
                    failed.append(f"{fmt}\t{d.name}\t{type(exc).__name__}")
    return failed


def extract(folders: list[pathlib.Path], out: pathlib.Path) -> None:
    env = dict(os.environ, PREFECT_HOME=tempfile.mkdtemp())
    cmd = [sys.executable, "-m", "eims_extract.cli", "extract", "--no-progress", "--out", str(out), *map(str, folders)]
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def score_set(rows_path: pathlib.Path, gold_path: pathlib.Path, stems: set[str]):
    from eims_extract.evaluation.evaluate import stated_facts
    from eims_extract.reporting.scoring import Rows, load_rows, score

    pred = load_rows(rows_path) if rows_path.exists() else Rows()
    gold = load_rows(gold_path)
    keep_p = Rows(r for r in pred if r.doc_id in stems)
    keep_p.columns = tuple(getattr(pred, "columns", ()))
    keep_g = Rows(r for r in gold if r.doc_id in stems)
    keep_g.columns = tuple(getattr(gold, "columns", ()))
    rep = score(keep_p, keep_g, own_patients=True).to_dict()
    return stated_facts(rep), rep


def _text_mismatches(rep: dict) -> set[tuple]:
    """(doc, case, field) of the text's own misses (MIS/INC): a rendering's miss of the same fact is no loss."""
    lost = collections.Counter()
    for m in rep["mismatches"]:
        if m["kind"] in ("MIS", "INC"):
            lost[(m["doc_id"], m["case"], m["field"])] += 1
    return lost


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=pathlib.Path, help="read sets: tables, per-field losses and losses.tsv")
    ap.add_argument("--held-out", nargs="*", type=pathlib.Path, default=[], help="sets scored for totals only")
    ap.add_argument("--out", type=pathlib.Path, required=True)
    ap.add_argument("--gold-dir", type=pathlib.Path, default=ROOT / "gold")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    cols = ("text",) + FORMATS
    results: dict[str, dict[str, tuple]] = {}

    def run(sets: list[pathlib.Path], out: pathlib.Path) -> None:
        fails = render_sets(sets, out)
        for f in fails:
            print("render failed:", f if out == args.out else f.split("\t")[0], file=sys.stderr)
        extract(sets, out / "text.jsonl")
        for fmt in FORMATS:
            extract([out / fmt / d.name for d in sets], out / f"{fmt}.jsonl")
        for d in sets:
            stems = {f.stem for f in d.glob("*.txt")}
            results[d.name] = {c: score_set(out / f"{c}.jsonl", args.gold_dir / f"{d.name}.csv", stems) for c in cols}

    if args.sets:
        run(args.sets, args.out)
    held_dir = None
    if args.held_out:
        held_dir = pathlib.Path(tempfile.mkdtemp(prefix="format_probe_held_"))
        run(args.held_out, held_dir)

    def share(sf: dict) -> str:
        return f"{sf['found']}/{sf['stated']} {sf['found'] / sf['stated']:.3f}" if sf["stated"] else "-"

    def table(names: list[str], title: str, per_set: bool) -> None:
        print(f"\n{title}")
        print(f"{'set':<10}" + "".join(f"{c:>17}" for c in cols))
        tot = {c: [0, 0] for c in cols}
        for name in names:
            for c in cols:
                sf = results[name][c][0]
                tot[c][0] += sf["found"]
                tot[c][1] += sf["stated"]
            if per_set:
                print(f"{name:<10}" + "".join(f"{share(results[name][c][0]):>17}" for c in cols))
        print(f"{'total':<10}" + "".join(f"{share({'found': a, 'stated': b}):>17}" for c, (a, b) in tot.items()))

    read = [d.name for d in args.sets]
    if read:
        table(read, "stated facts per set and format (read sets)", True)
        print("\nper-field losses against the text (read sets; facts the text finds minus facts the format finds)")
        fields = sorted({k for n in read for k in results[n]["text"][0]["fields"]})
        print(f"{'field':<20}" + "".join(f"{c:>8}" for c in FORMATS))
        for k in fields:
            def found(c: str) -> int:
                return sum(results[n][c][0]["fields"].get(k, {}).get("found", 0) for n in read)
            diffs = [found("text") - found(c) for c in FORMATS]
            if any(diffs):
                print(f"{k:<20}" + "".join(f"{x:>8}" for x in diffs))
        with (args.out / "losses.tsv").open("w", encoding="utf-8") as o:
            for n in read:
                text_miss = _text_mismatches(results[n]["text"][1])
                for c in FORMATS:
                    for m in results[n][c][1]["mismatches"]:
                        key = (m["doc_id"], m["case"], m["field"])
                        if m["kind"] in ("MIS", "INC") and not text_miss.get(key):
                            o.write(f"{n}\t{c}\t{m['doc_id']}\t{m['case']}\t{m['field']}\t{json.dumps(m['gold'])}"
                                    f"\t{json.dumps(m['pred'])}\t{m.get('evidence') or ''}\n")
    if args.held_out:
        table([d.name for d in args.held_out], "held-out sets, totals only", False)
        shutil.rmtree(held_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
