"""PDF ingestion: reading order, furniture, tables and bad files, on PDFs the tests
draw themselves (fictional patients) and on the shared two-column PDF."""

from __future__ import annotations

import re

import pytest
from fpdf import FPDF

from eims_extract.errors import IngestError
from eims_extract.ingest import load_document
from eims_extract.ingest.pdf import read_pdf

from ingest_pdfgen import FOOTER, Spec, build

ORGANS = ["spleen", "kidney", "pancreas", "liver", "bladder", "stomach", "colon", "lung"]
VERBS = ["charted", "noted", "measured", "recorded", "documented", "observed"]


def _sentences(tag: str, n: int) -> list[str]:
    """Distinct, ordered, made-up sentences: sentence k names ``tag`` and k."""
    out = []
    for k in range(1, n + 1):
        organ = ORGANS[k % len(ORGANS)]
        verb = VERBS[k % len(VERBS)]
        out.append(
            f"On ward day {k} the {tag} team {verb} a soft nodule near the {organ} "
            f"and compared it with scan number {k + 100} before the evening round."
        )
    return out


def _paras(tag: str, n_paras: int, per: int) -> list[str]:
    s = _sentences(tag, n_paras * per)
    return [" ".join(s[i * per : (i + 1) * per]) for i in range(n_paras)]


INTRO = _paras("intro", 2, 4)
CASE = _paras("case", 5, 6)
DISCUSSION = _paras("review", 3, 5)


def _spec(stacked: bool = False, sections: list[tuple[str, list[str]]] | None = None) -> Spec:
    rows: list[list[str | None]] = []
    for k in range(1, 15):
        ref = f"Quill T, {2000 + k} ({k})" if k % 3 == 1 else None
        site = "Retroperitoneal soft tissue near the left psoas" if k % 4 == 0 else "Omentum"
        rows.append([str(k), f"{20 + k}y", "Female" if k % 2 else "Male", site, ref])
    return Spec(
        title="An invented spindle cell tumour of the mesentery in a fictional gardener: a made-up report",
        authors="Ada Fernwood1, Bo Lindqvist2* and Cy Moreno1",
        abstract=(
            "This fictional abstract describes an imaginary patient whose details were composed for a "
            "software test. Nothing here reports a real person, and every number was picked at random."
        ),
        sections=sections or [("1 Introduction", INTRO), ("2 Case presentation", CASE), ("3 Discussion", DISCUSSION)],
        table_caption="TABLE 1 Invented cases used to exercise table reading.",
        table_header=["Case", "Age", "Sex", "Site", "Reference"],
        table_rows=rows,
        table_footnote="y, year; all entries are fictional.",
        rows_first_page=9,
        stacked=stacked,
    )


def _norm(s: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", s)


@pytest.fixture(scope="module")
def drawn() -> object:
    return read_pdf(build(_spec()), doc_id="drawn", path="drawn.pdf")


def test_two_column_reading_order_follows_columns_then_pages(drawn) -> None:
    case = drawn.sections_of("case")
    assert len(case) == 1 and case[0].title == "2 Case presentation"
    got = drawn.text[case[0].start : case[0].end]
    assert _norm(got) == _norm(" ".join(CASE))
    assert {drawn.page_at(case[0].start), drawn.page_at(case[0].end - 1)} == {1, 2}


def test_front_matter_and_section_kinds(drawn) -> None:
    kinds = [s.kind for s in drawn.sections if s.kind not in ("caption", "table")]
    assert kinds == ["title", "authors", "abstract", "introduction", "case", "discussion"]
    t = drawn.sections_of("title")[0]
    assert drawn.text[t.start : t.end].startswith("An invented spindle cell tumour")
    assert _norm(drawn.text[drawn.sections_of("introduction")[0].start : drawn.sections_of("introduction")[0].end]) == _norm(
        " ".join(INTRO)
    )


def test_running_footer_is_not_in_the_body(drawn) -> None:
    assert FOOTER not in drawn.text
    assert drawn.n_pages == 4


def test_ruled_table_continued_overleaf_is_one_grid(drawn) -> None:
    assert [t.id for t in drawn.tables] == ["T1"]
    t = drawn.tables[0]
    assert t.header_texts() == ["Case", "Age", "Sex", "Site", "Reference"]
    assert len(t.rows) == 14 and t.pages == [3, 4]
    assert [r[0].text for r in t.rows] == [str(k) for k in range(1, 15)]
    # wrapped cell stays in its row
    assert t.rows[3][3].text == "Retroperitoneal soft tissue near the left psoas"
    # a reference printed once spans the rows below it, across the page break too
    assert [r[4].text for r in t.rows[9:13]] == ["Quill T, 2010 (10)"] * 3 + ["Quill T, 2013 (13)"]
    for row in t.rows:
        for c in row:
            assert drawn.text[c.start : c.end] == c.text
    assert t.footnotes.startswith("y, year")
    assert "Quill" not in drawn.text[: drawn.sections_of("discussion")[0].end]


def test_stacked_column_blocks_read_block_by_block() -> None:
    parts = [("introduction", INTRO), ("case", CASE[:3]), ("discussion", DISCUSSION[:1])]
    heads = {"introduction": "Introduction", "case": "Case description", "discussion": "Discussion"}
    spec = _spec(stacked=True, sections=[(heads[k], p) for k, p in parts])
    doc = read_pdf(build(spec), doc_id="stacked", path="stacked.pdf")
    for kind, paras in parts:
        s = doc.sections_of(kind)[0]
        assert _norm(doc.text[s.start : s.end]) == _norm(" ".join(paras)), kind


# -- bad files ---------------------------------------------------------------------
def _one_page(text: str = "A fictional note about an imaginary patient.") -> FPDF:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 10, text)
    return pdf


def test_encrypted_pdf_is_refused() -> None:
    pdf = _one_page()
    pdf.set_encryption(owner_password="owner-secret", user_password="reader-secret")
    with pytest.raises(IngestError, match=r"^encrypted PDF"):
        read_pdf(bytes(pdf.output()), "enc", "enc.pdf")


def test_pdf_without_text_layer_is_refused() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    with pytest.raises(IngestError, match="no text layer"):
        read_pdf(bytes(pdf.output()), "scan", "scan.pdf")


@pytest.mark.parametrize("cut", [0.3, 0.6])
def test_truncated_pdf_is_corrupt(cut: float) -> None:
    data = bytes(_one_page().output())
    with pytest.raises(IngestError, match=r"^(corrupt PDF|no text layer)"):
        read_pdf(data[: int(len(data) * cut)], "cut", "cut.pdf")


def test_not_a_pdf_is_corrupt() -> None:
    with pytest.raises(IngestError, match=r"^corrupt PDF"):
        read_pdf(b"just some words, not a PDF at all", "x", "x.pdf")


# -- the shared paper ------------------------------------------------------------------
@pytest.fixture(scope="module")
def shared_pdf(seed_pdf):
    return load_document(seed_pdf)


def test_shared_pdf_table2_grid(shared_pdf) -> None:
    t2 = next(t for t in shared_pdf.tables if t.id == "T2")
    assert t2.header_texts() == [
        "Case", "Age", "Sex", "Site", "Treatment", "Recurrence", "Metastasis", "Follow up", "Reference",
    ]
    assert len(t2.rows) == 52
    assert [r[0].text for r in t2.rows] == [str(k) for k in range(1, 53)]
    assert all(len(r) == 9 for r in t2.rows)
    assert t2.pages == [3, 4, 5]
    last = t2.row_texts()[-1]
    assert last[1:5] == ["43y", "Female", "Mesenchymal tissue", "SE+Che+ALKi"]
    assert last[8] == "Current case"
    for row in t2.rows:
        for c in row:
            assert shared_pdf.text[c.start : c.end] == c.text


def test_shared_pdf_table_text_stays_out_of_the_narrative(shared_pdf) -> None:
    body_end = max(s.end for s in shared_pdf.body_sections())
    body = shared_pdf.text[:body_end]
    assert "Mesenchymal tissue" not in body and "SE+Che+ALKi" not in body
    assert "FIGURE 1" not in body


def test_header_above_first_rule_with_a_rule_under_every_row() -> None:
    """fpdf2's HORIZONTAL_LINES table: no top rule, a rule under the header and each row."""
    pdf = FPDF(orientation="L")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.multi_cell(0, 5, "An invented overview of pretend patients, written only for this test.")
    pdf.ln(4)
    pdf.cell(0, 6, "Table 3 Pretend patients.", new_x="LMARGIN", new_y="NEXT")
    rows = [["No.", "Age", "Sex", "Organ"], ["1", "30y", "Male", "Spleen"], ["2", "71y", "Female", "Bladder wall"]]
    with pdf.table(borders_layout="HORIZONTAL_LINES", text_align="LEFT", col_widths=(15, 20, 25, 40), width=100, align="LEFT") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    doc = read_pdf(bytes(pdf.output()), "ruled", "ruled.pdf")
    assert [t.id for t in doc.tables] == ["T3"]
    t = doc.tables[0]
    assert t.caption == "Pretend patients."
    assert t.header_texts() == rows[0] and t.row_texts() == rows[1:]
    assert "Bladder" not in doc.text[: doc.sections_of("case")[0].end]


def test_single_column_pdf_with_headings_and_footer() -> None:
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=20)

    def footer() -> None:
        pdf.set_y(-12)
        pdf.set_font("helvetica", size=7)
        pdf.cell(0, 5, f"Pretend Clinical Letters {pdf.page_no()}", align="C")

    pdf.footer = footer  # type: ignore[method-assign]
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.multi_cell(0, 8, "A pretend cyst of the ovary in an invented teenager")
    for heading, paras in (("Case report", CASE[:3]), ("Discussion", DISCUSSION[:2])):
        pdf.ln(3)
        pdf.set_font("helvetica", "B", 11)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", size=10)
        for p in paras:
            pdf.multi_cell(0, 5, p)
            pdf.ln(2)
    doc = read_pdf(bytes(pdf.output()), "single", "single.pdf")
    case = doc.sections_of("case")[0]
    assert _norm(doc.text[case.start : case.end]) == _norm(" ".join(CASE[:3]))
    assert "Pretend Clinical Letters" not in doc.text
    assert [s.kind for s in doc.sections] == ["title", "case", "discussion"]


@pytest.mark.parametrize(
    "layout", ["ALL", "HORIZONTAL_LINES", "SINGLE_TOP_LINE", "INTERNAL", "MINIMAL", "NO_HORIZONTAL_LINES"]
)
def test_ruling_styles_give_the_same_grid_and_text_after_the_table_stays_body(layout: str) -> None:
    """Every fpdf2 border layout; a middle-aligned wrapped cell stays in its own row."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.multi_cell(0, 5, "An invented overview of pretend patients, written only for this test.")
    pdf.ln(4)
    pdf.cell(0, 6, "Table 4 Pretend patients.", new_x="LMARGIN", new_y="NEXT")
    long_site = "Soft tissue beside the hilum of a made-up spleen"
    rows = [["No.", "Age", "Sex", "Organ"]] + [
        [str(k), f"{20 + k}y", "Male", long_site if k == 2 else "Liver"] for k in range(1, 6)
    ]
    with pdf.table(borders_layout=layout, text_align="LEFT", col_widths=(15, 20, 25, 40), width=100, align="LEFT") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.multi_cell(0, 5, "After the table the invented text goes on for one more sentence.")
    doc = read_pdf(bytes(pdf.output()), "styles", "styles.pdf")
    t = doc.tables[0]
    assert t.header_texts() == rows[0]
    assert t.row_texts() == rows[1:]
    case = doc.sections_of("case")[0]
    assert doc.text[case.start : case.end].endswith("one more sentence.")


def test_unruled_table_under_its_caption_leaves_the_body_and_gets_a_grid() -> None:
    """No rules at all: the lines of several cells under "Table n" are the table; a
    column gap near mid-page is not mistaken for a two-column gutter."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    pdf.multi_cell(0, 5, "An invented overview of pretend patients, written only for this test.")
    pdf.ln(4)
    pdf.cell(0, 6, "Table 2 Pretend cases from an imaginary review.", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ["Case", "Age", "Sex", "Site", "Treatment", "Recurrence", "Metastasis", "Follow up", "Reference"],
        ["1", "44y", "Male", "Omentum", "SE+Che", "+", "-", "10 mo (DOD)", "Ruiz P, 2017 (4)"],
        ["2", "9y", "Female", "Mesentery", "SE", "-", "-", "20 mo (ANED)", "Kato M, 2020 (5)"],
    ]
    for r in rows:
        for w, c in zip((12, 14, 18, 30, 30, 24, 24, 28, 50), r):
            pdf.cell(w, 6, c)
        pdf.ln(6)
    pdf.ln(6)
    pdf.multi_cell(0, 5, "After the table the invented text goes on for one more sentence.")
    doc = read_pdf(bytes(pdf.output()), "loose", "loose.pdf")
    assert [t.id for t in doc.tables] == ["T2"]
    t = doc.tables[0]
    assert t.caption == "Pretend cases from an imaginary review."
    assert len(t.raw_lines) == 3 and doc.text[t.start : t.end].splitlines() == t.raw_lines
    case = doc.sections_of("case")[0]
    assert doc.text[case.start : case.end].split() == (
        "An invented overview of pretend patients, written only for this test. "
        "After the table the invented text goes on for one more sentence."
    ).split()


def test_inline_keywords_and_column_caption() -> None:
    """"Keywords: ..." run into its line, and a "Figure n." caption that is not full width."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 15)
    pdf.multi_cell(0, 8, "A pretend lesion of the wrist in an invented cyclist")
    pdf.set_font("helvetica", size=10)
    pdf.ln(2)
    pdf.multi_cell(0, 5, "Keywords: invented lesion; pretend wrist; fictional cyclist")
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 11)
    pdf.cell(0, 7, "Case presentation", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(0, 5, CASE[0])
    pdf.ln(3)
    pdf.multi_cell(90, 5, "Figure 1. A drawn wrist of the made-up cyclist.")
    pdf.ln(3)
    pdf.multi_cell(0, 5, CASE[1])
    doc = read_pdf(bytes(pdf.output()), "kw", "kw.pdf")
    kw = doc.sections_of("keywords")[0]
    assert doc.text[kw.start : kw.end] == "invented lesion; pretend wrist; fictional cyclist"
    case = doc.sections_of("case")[0]
    assert _norm(doc.text[case.start : case.end]) == _norm(" ".join(CASE[:2]))
    assert [s.title for s in doc.sections_of("caption")] == ["Figure 1"]
