"""Re-render a text-ingested paper as PDFs in layouts our PDF reader has never seen.

Used only at test time: the paper's words come from the :class:`Document` the
text reader builds from the shared seed, so nothing of the article is stored
in the repository. Each :class:`Layout` varies what journals vary — page size,
columns, gutter, fonts, heading numbering, where figures float, how tables are
ruled, continued and ordered, running headers/footers — so that ingestion is
checked against geometry rather than against the one shared rendering.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

from eims_extract.ingest.model import Document

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/truetype/liberation"))
#: family -> (regular file, bold file); used when the files exist, else a core font with latin-1 text.
TTF = {
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "LiberationSerif": ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
}
CORE = {"DejaVuSerif": "times", "LiberationSerif": "times", "DejaVuSans": "helvetica", "DejaVuSansCondensed": "helvetica"}
#: Fictional references for layouts that print a reference list (the seed text has none).
FICTIONAL_REFERENCES = [
    "1. Quillfeather A, Norrbom E. An invented series of abdominal spindle cell tumours. J Imag Pathol (2003) 12:101-9.",
    "2. Vantongeren L, Oduya P. Made-up observations on kinase fusions in soft tissue. Fict Oncol Rep (2011) 4:22-30.",
    "3. Halvorsen K. A pretend review of targeted therapy in rare sarcomas. Arch Nonexist Med (2019) 7:1-14.",
]


@dataclass(frozen=True)
class Layout:
    name: str
    page: str = "A4"  # "A4" | "Letter"
    columns: int = 1
    gutter: float = 18.0
    margins: tuple[float, float, float, float] = (56.0, 56.0, 60.0, 60.0)  # left, right, top, bottom
    font: str = "DejaVuSerif"
    size: float = 10.0
    #: "numbered" ("1. Introduction"), "upper" ("INTRODUCTION"), "roman" ("II. CASE REPORT")
    headings: str = "numbered"
    #: "grid" (every row and column ruled), "booktabs" (top, under header, bottom)
    rules: str = "grid"
    table_size: float = 8.0
    #: caption label style: "upper" ("TABLE 2 ...") or "title" ("Table 2. ...")
    labels: str = "upper"
    continued: bool = True  # "(Continued)" caption over a continuation page
    repeat_header: bool = True
    tables_at_end: bool = False  # after the references
    references: bool = False
    blank_spans: bool = False  # reference printed on the first row of its run only
    column_order: tuple[str, ...] = ()  # header names, first ones first
    rename: dict[str, str] = field(default_factory=dict)
    #: max width (pt) of the site column, to force wrapped site cells
    site_width: float | None = None
    running_header: str = ""  # printed at the top of every page with the page number
    footer: str = ""  # printed at the bottom of every page (page number appended when no header)
    figure_frame: bool = False  # stroke a frame around figure placeholders (not only a grey fill)
    justify: bool = False  # body lines stretched to the column width
    hyphenate: bool = False  # long lower-case words broken at line ends with a hyphen
    narrow_header: bool = False  # header cells as narrow as their longest word (they wrap)
    inline_figures: bool = False  # in two columns, figures sit in the column instead of floating
    abstract_runin: bool = False  # "Abstract:" in bold at the start of the abstract's first line
    #: a reference cell printed once per run of rows, at the run's "top", "middle" or "bottom"
    span_align: str = ""
    frame_inset: float = 0.0  # the table's rules stop this far short of its last column's text
    valign: str = "top"  # "middle": every cell centred in its row's height
    #: tables on "landscape" pages, or "rotated" on portrait pages (text turned 90 degrees)
    landscape: str = ""
    tables_after_section: int = 0  # tables set after section k, the text resuming in columns below


LAYOUTS: dict[str, Layout] = {
    "a_single_serif_grid": Layout(
        name="a_single_serif_grid",
        font="DejaVuSerif",
        size=10.5,
        headings="numbered",
        rules="grid",
        labels="title",
        footer="Journal of Invented Oncology",
    ),
    "b_two_col_booktabs_continued": Layout(
        name="b_two_col_booktabs_continued",
        columns=2,
        gutter=30.0,
        margins=(40.0, 40.0, 48.0, 54.0),
        font="DejaVuSans",
        size=8.5,
        headings="upper",
        rules="booktabs",
        table_size=7.5,
        labels="upper",
        continued=True,
        footer="Imaginary Reports in Medicine",
        figure_frame=True,
    ),
    "c_letter_two_col_header_end_table": Layout(
        name="c_letter_two_col_header_end_table",
        page="Letter",
        columns=2,
        gutter=16.0,
        margins=(50.0, 50.0, 62.0, 58.0),
        font="LiberationSerif",
        size=9.5,
        headings="roman",
        rules="booktabs",
        labels="title",
        continued=False,
        tables_at_end=True,
        references=True,
        blank_spans=True,
        site_width=48.0,
        running_header="Fictional Journal of Case Studies",
        footer="doi: 10.99999/fjcs.2031.000123",
    ),
    "e_justified_hyphenated": Layout(
        name="e_justified_hyphenated",
        columns=2,
        gutter=12.0,
        margins=(36.0, 36.0, 40.0, 50.0),
        font="DejaVuSerif",
        size=8.0,
        headings="plain",
        rules="booktabs",
        table_size=7.0,
        labels="title",
        continued=False,
        justify=True,
        hyphenate=True,
        narrow_header=True,
        inline_figures=True,
        abstract_runin=True,
        footer="Proceedings of Hypothetical Surgery",
    ),
    "d_reordered_renamed_columns": Layout(
        name="d_reordered_renamed_columns",
        font="DejaVuSansCondensed",
        size=9.5,
        headings="upper",
        rules="grid",
        labels="title",
        column_order=("Reference", "Case"),
        rename={"Sex": "Gender", "Site": "Location", "Treatment": "Therapy", "Follow up": "Outcome"},
        footer="Annals of Pretend Pathology",
    ),
    # -- layouts of issue 18: how journals and HTML-to-PDF renderers print long tables
    "f_centred_spans_grid": Layout(
        name="f_centred_spans_grid",
        font="DejaVuSans",
        size=10.0,
        headings="numbered",
        rules="grid",
        labels="title",
        span_align="middle",
        valign="middle",
        footer="Web Journal of Rendered Cases",
    ),
    "g_bottom_spans_overhang": Layout(
        name="g_bottom_spans_overhang",
        columns=2,
        gutter=20.0,
        font="LiberationSerif",
        size=9.5,
        headings="upper",
        rules="booktabs",
        labels="upper",
        span_align="bottom",
        frame_inset=45.0,
        footer="Bulletin of Invented Pathology",
    ),
    "h_headerless_continuation": Layout(
        name="h_headerless_continuation",
        columns=2,
        gutter=18.0,
        margins=(42.0, 42.0, 50.0, 56.0),
        font="DejaVuSerif",
        size=8.5,
        headings="numbered",
        rules="booktabs",
        table_size=7.5,
        labels="title",
        continued=False,
        repeat_header=False,
        blank_spans=True,
        tables_after_section=2,
        footer="Transactions of Made-up Medicine",
    ),
    "i_landscape_pages": Layout(
        name="i_landscape_pages",
        columns=2,
        gutter=22.0,
        font="DejaVuSans",
        size=8.5,
        headings="upper",
        rules="booktabs",
        labels="upper",
        span_align="middle",
        landscape="landscape",
        continued=True,  # "(Continued)" over the rows overleaf, with no header
        repeat_header=False,
        footer="Review of Hypothetical Tumours",
    ),
    "j_rotated_table": Layout(
        name="j_rotated_table",
        font="LiberationSerif",
        size=10.5,
        headings="numbered",
        rules="booktabs",
        labels="title",
        span_align="middle",
        landscape="rotated",
        running_header="Archives of Fictional Surgery",
    ),
}


# -- the paper as blocks ---------------------------------------------------------------------------
@dataclass
class TableSpec:
    number: str
    caption: str
    header: list[str]
    rows: list[list[str]]
    footnotes: str


@dataclass
class Paper:
    title: str
    authors: str
    abstract: str
    sections: list[tuple[str, list[str]]]  # (heading without numbering, paragraphs)
    figures: list[str]  # caption texts without their label
    tables: list[TableSpec]


_LABEL = re.compile(r"^\s*(?:FIGURE|Figure|TABLE|Table)\s*\d+\s*[.:|]?\s*")


def paper_of(doc: Document) -> Paper:
    """The blocks of a text-ingested paper, in reading order."""

    def text(kind: str) -> str:
        return " ".join(doc.text[s.start : s.end].strip() for s in doc.sections_of(kind))

    sections = []
    for s in doc.sections:
        if s.kind in ("introduction", "case", "methods", "results", "discussion", "conclusion"):
            head = re.sub(r"^\s*\d+(\.\d+)*\.?\s+", "", s.title)
            paras = [p.strip() for p in doc.text[s.start : s.end].split("\n") if p.strip()]
            sections.append((head, paras))
    figures = [_LABEL.sub("", doc.text[s.start : s.end]).replace("\n", " ") for s in doc.sections_of("caption") if not s.title.startswith("T")]
    tables = []
    for t in doc.tables:
        num = re.sub(r"\D", "", t.id) or str(len(tables) + 1)
        if t.header and t.rows:
            header = t.header_texts()
            rows = t.row_texts()
        else:  # a table whose grid the text reader did not rebuild: one cell per printed line
            lines = [str(x) for x in t.raw_lines]
            header, rows = lines[:1], [[x] for x in lines[1:]]
        tables.append(TableSpec(num, t.caption, header, rows, t.footnotes))
    return Paper(text("title"), text("authors"), text("abstract"), sections, figures, tables)


# -- typesetting -----------------------------------------------------------------------------------
class _Pdf(FPDF):
    layout: Layout

    def header(self) -> None:
        L = self.layout
        if L.running_header:
            self.set_font(self.fam, "", 7.5)
            self.text(L.margins[0], 30, self.enc(L.running_header))
            num = str(self.page_no())
            self.text(self.w - L.margins[1] - self.get_string_width(num), 30, num)

    def footer(self) -> None:
        L = self.layout
        if L.footer:
            self.set_font(self.fam, "", 7)
            s = L.footer if L.running_header else f"{L.footer}   {self.page_no()}"
            self.text((self.w - self.get_string_width(s)) / 2, self.h - 28, self.enc(s))


class Setter:
    """Flows blocks into one or two columns; full-width floats go to the top of the next page."""

    def __init__(self, layout: Layout) -> None:
        self.L = layout
        pdf = _Pdf(unit="pt", format=layout.page)
        pdf.layout = layout
        pdf.set_auto_page_break(False)
        reg, bold = TTF[layout.font]
        files = [next((d / f for d in FONT_DIRS if (d / f).exists()), None) for f in (reg, bold)]
        if all(files):
            pdf.add_font(layout.font, "", str(files[0]))
            pdf.add_font(layout.font, "B", str(files[1]))
            pdf.fam, pdf.enc = layout.font, (lambda s: s)
        else:  # core fonts only speak latin-1
            pdf.fam, pdf.enc = CORE[layout.font], _latin1
        self.pdf = pdf
        left, right, top, bottom = layout.margins
        self.x0, self.top, self.bottom = left, top, pdf.h - bottom
        self.width = pdf.w - left - right
        n = layout.columns
        cw = (self.width - (n - 1) * layout.gutter) / n
        self.cols = [(left + k * (cw + layout.gutter), cw) for k in range(n)]
        self.floats: list[tuple[str, str]] = []  # pending full-width figures
        self.col = 0
        self.y = top
        self.col_top = top
        pdf.add_page()

    # -- primitives
    def font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font(self.pdf.fam, "B" if bold else "", size)

    def wrap(self, text: str, width: float, hyphenate: bool = False) -> list[str]:
        out: list[str] = []
        cur = ""
        for word in self.pdf.enc(text).split():
            trial = f"{cur} {word}" if cur else word
            if cur and self.pdf.get_string_width(trial) > width:
                hard = [k + 1 for k, c in enumerate(word[:-1]) if c == "-" and k > 0]
                fits = [k for k in hard if self.pdf.get_string_width(f"{cur} {word[:k]}") <= width]
                if hyphenate and fits:  # a compound breaks after its own hyphen
                    out.append(f"{cur} {word[: fits[-1]]}")
                    cur = word[fits[-1] :]
                    continue
                if hyphenate and re.fullmatch(r"[a-z]{8,}", word):
                    cut = max(
                        (k for k in range(3, len(word) - 2) if self.pdf.get_string_width(f"{cur} {word[:k]}-") <= width),
                        default=0,
                    )
                    if cut:
                        out.append(f"{cur} {word[:cut]}-")
                        cur = word[cut:]
                        continue
                out.append(cur)
                cur = word
            else:
                cur = trial
        if cur:
            out.append(cur)
        return out

    def new_page(self) -> None:
        self.pdf.add_page()
        self.col, self.y = 0, self.top
        floats, self.floats = self.floats, []
        for label, caption in floats:
            self.figure(label, caption, full=True)
        self.col_top = self.y

    @contextmanager
    def frame(self, landscape: str, new_page: bool = False) -> Iterator[None]:
        """Typeset in a page frame: portrait as usual, a landscape page, or a portrait page
        whose content is turned 90 degrees counter-clockwise (read with the page turned)."""
        if not landscape:
            if new_page:
                self.new_page()
            yield
            return
        pdf, (left, right, top, bottom) = self.pdf, self.L.margins
        saved = (self.x0, self.width, self.top, self.bottom)
        if landscape == "landscape":
            if new_page:
                pdf.add_page(orientation="L")
            w, h = (pdf.w, pdf.h) if pdf.w > pdf.h else (pdf.h, pdf.w)
        else:
            if new_page:
                pdf.add_page()
            w, h = pdf.h, pdf.w  # the turned frame: the page's height is its width
        self.x0, self.width, self.top, self.bottom = left, w - left - right, top, h - bottom
        if new_page:
            self.y = top
        try:
            if landscape == "rotated" and new_page:
                # virtual (u, v) lands on the page at (v, H - u): text reads bottom to top
                with pdf.rotation(90, x=pdf.h / 2, y=pdf.h / 2):
                    yield
            else:
                yield
        finally:
            self.x0, self.width, self.top, self.bottom = saved
            if new_page:  # what follows starts on a new portrait page
                self.col, self.y = len(self.cols) - 1, self.bottom + 1

    def room(self, h: float) -> None:
        if self.y + h > self.bottom:
            if self.col + 1 < len(self.cols):
                self.col += 1
                self.y = self.col_top
            else:
                self.new_page()

    def lines(
        self, text: str, size: float, bold: bool = False, lead: float = 1.3, full: bool = False, body: bool = False, runin: str = ""
    ) -> None:
        x, w = (self.x0, self.width) if full else self.cols[self.col]
        self.font(size, True)
        indent = self.pdf.get_string_width(runin + " ") if runin else 0.0
        self.font(size, bold)
        hyphenate = body and self.L.hyphenate
        if indent:  # only the first line is shortened by the run-in; the rest wraps at full width
            first = self.wrap(text, w - indent)[0]
            wrapped = [first] + self.wrap(self.pdf.enc(text)[len(first) :], w, hyphenate=hyphenate)
        else:
            wrapped = self.wrap(text, w, hyphenate=hyphenate)
        for i, ln in enumerate(wrapped):
            if not full:
                self.room(size * lead)
                x, w = self.cols[self.col]
            x0 = x
            if i == 0 and runin:
                self.font(size, True)
                self.pdf.text(x, self.y + size, runin)
                self.font(size, bold)
                x0 = x + indent
            if body and self.L.justify and i + 1 < len(wrapped):
                self._justified(ln, x0, x + w, self.y + size)
            else:
                self.pdf.text(x0, self.y + size, ln)
            self.y += size * lead

    def _justified(self, line: str, x0: float, x1: float, y: float) -> None:
        words = line.split()
        if len(words) < 2:
            self.pdf.text(x0, y, line)
            return
        space = (x1 - x0 - sum(self.pdf.get_string_width(w) for w in words)) / (len(words) - 1)
        x = x0
        for w in words:
            self.pdf.text(x, y, w)
            x += self.pdf.get_string_width(w) + space

    def gap(self, h: float) -> None:
        self.y += h

    def figure(self, label: str, caption: str, full: bool) -> None:
        """A grey placeholder picture and its caption."""
        x, w = (self.x0, self.width) if full else self.cols[self.col]
        h = 110.0
        if not full:  # a figure and its caption are kept together
            self.font(self.L.size - 1.5)
            n = len(self.wrap(f"{label} {caption}", w))
            self.room(h + 6 + n * (self.L.size - 1.5) * 1.25)
            x, w = self.cols[self.col]
        self.pdf.set_fill_color(200, 200, 200)
        self.pdf.rect(x + 20, self.y, w - 40, h, style="DF" if self.L.figure_frame else "F")
        self.y += h + 6
        self.lines(f"{label} {caption}", self.L.size - 1.5, lead=1.25, full=full)
        self.gap(self.L.size * 1.2)

    # -- blocks
    def heading(self, k: int, name: str) -> str:
        style = self.L.headings
        if style == "numbered":
            return f"{k}. {name}"
        if style == "roman":
            return f"{_roman(k)}. {name.upper()}"
        if style == "plain":
            return name
        return name.upper()

    def label(self, kind: str, num: str) -> str:
        return f"{kind.upper()} {num}" if self.L.labels == "upper" else f"{kind.title()} {num}."


def _roman(k: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][k]


def _latin1(s: str) -> str:
    table = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "√": "v", "‡": "#", "≥": ">=", "≤": "<="}
    s = "".join(table.get(c, c) for c in s)
    return s.encode("latin-1", "replace").decode("latin-1")


def render(paper: Paper, layout: Layout) -> bytes:
    """The paper as a PDF in ``layout``."""
    st = Setter(layout)
    S = layout.size
    st.lines(paper.title, S * 1.8, bold=True, lead=1.2, full=True)
    st.gap(S)
    st.lines(paper.authors, S, full=True)
    st.gap(S * 1.2)
    if layout.abstract_runin:
        st.lines(paper.abstract, S - 0.5, full=True, body=True, runin="Abstract:")
    else:
        st.lines("Abstract", S + 1, bold=True, full=True)
        st.lines(paper.abstract, S - 0.5, full=True, body=True)
    st.gap(S * 1.5)
    st.col_top = st.y
    # figures are called out in the case report: after its first and second paragraphs
    figs = list(enumerate(paper.figures, 1))
    for k, (name, paras) in enumerate(paper.sections, 1):
        st.room(S * 4)
        st.gap(S * 0.6)
        st.lines(st.heading(k, name), S + 1.5, bold=True)
        st.gap(S * 0.3)
        for i, p in enumerate(paras):
            st.lines(p, S, body=True)
            st.gap(S * 0.5)
            if k == 2 and figs and i < 2:
                n, cap = figs.pop(0)
                _place_figure(st, st.label("figure", str(n)), cap)
        if k == layout.tables_after_section:
            _tables(st, paper)
    for n, cap in figs:
        _place_figure(st, st.label("figure", str(n)), cap)
    if not layout.tables_at_end and not layout.tables_after_section:
        _tables(st, paper)
    if layout.references:
        st.room(S * 4)
        st.gap(S)
        st.lines("References" if layout.headings != "upper" else "REFERENCES", S + 1.5, bold=True)
        for ref in FICTIONAL_REFERENCES:
            st.lines(ref, S - 1.5)
            st.gap(2)
    if layout.tables_at_end:
        _tables(st, paper)
    while st.floats:
        st.new_page()
    return bytes(st.pdf.output())


def _place_figure(st: Setter, label: str, caption: str) -> None:
    if len(st.cols) == 1 or st.L.inline_figures:
        st.figure(label, caption, full=False)
    else:
        st.floats.append((label, caption))


def _tables(st: Setter, paper: Paper) -> None:
    for t in paper.tables:
        _table(st, t)


def _table(st: Setter, t: TableSpec) -> None:
    """One table from the top of a new page, continued over as many pages as it needs.

    Rows are measured first and cut into pages, so a cell printed once for a run of rows
    (``span_align``) can be placed at the top, middle or bottom of the run's part on each
    page; a landscape table is drawn in a turned frame (``landscape``)."""
    L, pdf = st.L, st.pdf
    size = L.table_size
    lead = size * 1.25
    pad = 3.0
    header, rows = list(t.header), [list(r) for r in t.rows]
    if L.column_order:
        order = [header.index(h) for h in L.column_order if h in header]
        order += [j for j in range(len(header)) if j not in order]
        header = [header[j] for j in order]
        rows = [[r[j] if j < len(r) else "" for j in order] for r in rows]
    span_cols = [j for j, h in enumerate(header) if h.lower().startswith("reference")]
    align = L.span_align or ("top" if L.blank_spans else "")
    # run id of every row in each spanning column: consecutive rows printing the same cell
    runs: dict[int, list[int]] = {}
    for j in span_cols:
        ids, k = [], 0
        for i in range(len(rows)):
            if i and rows[i][j] != rows[i - 1][j]:
                k += 1
            ids.append(k)
        runs[j] = ids
    spanned = span_cols if align else []
    header = [L.rename.get(h, h) for h in header]
    with st.frame(L.landscape):
        st.font(size, True)
        least = [max(pdf.get_string_width(w) for w in pdf.enc(h).split() or ["x"]) for h in header]
        st.font(size)
        nat = []
        for j, h in enumerate(header):
            texts = [pdf.enc(r[j]) for r in rows if j < len(r) and r[j]]
            least[j] = max([least[j]] + [pdf.get_string_width(w) for c in texts for w in c.split()]) + 2 * pad + 1
            nat.append(max([least[j], 0.0 if L.narrow_header else pdf.get_string_width(pdf.enc(h)) * 1.1 + 2 * pad] + [min(pdf.get_string_width(c), 150.0) + 2 * pad for c in texts]))
        site = next((j for j, h in enumerate(t.header) if h == "Site"), None)
        if L.site_width and site is not None:
            site = header.index(L.rename.get("Site", "Site"))
            nat[site] = max(L.site_width, least[site])
        spare = st.width - sum(least)
        extra = [n - m for n, m in zip(nat, least)]
        f = max(0.0, min(1.0, spare / sum(extra))) if sum(extra) > 0 else 0.0
        widths = [m + e * f for m, e in zip(least, extra)]
        widths[-1] += st.width - sum(widths)
        xs = [st.x0 + sum(widths[:j]) for j in range(len(widths))]
        # the rules end short of the last column's text when the frame is inset
        x1 = st.x0 + st.width - L.frame_inset
        width, bottom = st.width, st.bottom

    def wrapped(r: list[str]) -> list[list[str]]:
        return [st.wrap(c, widths[j] - 2 * pad) if c else [] for j, c in enumerate(r)]

    def height(r: list[str], skip: list[int]) -> float:
        return max([1] + [len(c) for j, c in enumerate(wrapped(r)) if j not in skip]) * lead + 2 * pad

    heights = [height(r, spanned) for r in rows]
    for j in spanned:  # a run is at least as tall as its cell
        for k in set(runs[j]):
            members = [i for i, x in enumerate(runs[j]) if x == k]
            need = len(st.wrap(rows[members[0]][j], widths[j] - 2 * pad)) * lead + 2 * pad if rows[members[0]][j] else 0.0
            have = sum(heights[i] for i in members)
            if need > have:
                heights[members[-1]] += need - have

    def hline(y: float) -> None:
        pdf.set_line_width(0.5)
        pdf.line(st.x0, y, x1, y)

    def text_row(r: list[str], y: float, h: float, bold: bool = False, skip: tuple[int, ...] = ()) -> None:
        st.font(size, bold)
        for j, c in enumerate(wrapped(r)):
            if j in skip:
                continue
            # HTML renderers centre every cell in its row by default
            dy = (h - 2 * pad - len(c) * lead) / 2 if L.valign == "middle" else 0.0
            for k, ln in enumerate(c):
                pdf.text(xs[j] + pad, y + dy + pad + size + k * lead, ln)
            if L.rules == "grid":
                pdf.set_line_width(0.4)
                pdf.rect(xs[j], y, widths[j], h)

    label = st.label("table", t.number)
    caption = f"{label} {t.caption}"
    i, first = 0, True
    while i < len(rows) or first:
        # rows that fit on this page
        with st.frame(L.landscape, new_page=True):
            y = st.y
            cap = caption if first else (f"{label} (Continued)" if L.continued else "")
            if cap:
                st.lines(cap, size + 0.5, bold=False, full=True)
                st.gap(4)
                y = st.y
            if first or L.repeat_header:
                hline(y)
                h = height(header, [])
                text_row(header, y, h, bold=True)
                y += h
                hline(y)
            chunk: list[tuple[int, float]] = []
            while i < len(rows) and (y + heights[i] <= bottom or not chunk):
                chunk.append((i, y))
                text_row(rows[i], y, heights[i], skip=tuple(spanned))
                y += heights[i]
                i += 1
            for j in spanned:  # each run's part on this page prints the cell once
                parts: dict[int, list[tuple[int, float]]] = {}
                for r, ry in chunk:
                    parts.setdefault(runs[j][r], []).append((r, ry))
                for members in parts.values():
                    top = members[0][1]
                    end = members[-1][1] + heights[members[-1][0]]
                    cell = st.wrap(rows[members[0][0]][j], widths[j] - 2 * pad) if rows[members[0][0]][j] else []
                    ch = len(cell) * lead
                    y0 = {"top": top + pad, "bottom": end - pad - ch}.get(align, (top + end - ch) / 2)
                    st.font(size)
                    for k, ln in enumerate(cell):
                        pdf.text(xs[j] + pad, y0 + size + k * lead, ln)
                    if L.rules == "grid":
                        pdf.set_line_width(0.4)
                        pdf.rect(xs[j], top, widths[j], end - top)
            hline(y)
            st.y = y + 6
            if i >= len(rows):
                if t.footnotes:
                    st.lines(t.footnotes, size - 0.5, full=True)
                if L.tables_after_section and not L.landscape:
                    st.gap(L.size)
                    st.col, st.col_top = 0, st.y
        first = False
