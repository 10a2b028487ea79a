"""A CARE timeline printed as a real table (JATS, a saved page, a PDF) is the patient's course as the same lines of a
text are: a "Timeline" section holding a Date | Event grid and nothing else, or a grid captioned as a timeline, is read
row by row; a grid of something else stays unread (all fictional, built at run time)."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from eims_extract.fields.narrative import extract_narrative
from eims_extract.ingest import load_document

_ROWS = [
    ("June 2022", "Laparoscopic resection of a 3-cm nodule of the sigmoid mesocolon"),
    ("July 2022", "Pathology: spindle cells positive for ALK; SMA positive"),
    ("August 2024", "Last visit: no recurrence on CT, 26 months after the resection"),
]
_CASE = "A 44-year-old ferry pilot had crampy left-sided pain for three weeks before a mass was found on CT."
_TITLE = "An invented mesocolic nodule in a ferry pilot"


def _jats(head: str, caption: str, between: str) -> bytes:
    rows = "".join(f"<tr><td>{d}</td><td>{e}</td></tr>" for d, e in _ROWS)
    cap = f"<caption><p>{caption}</p></caption>" if caption else ""
    return (
        f'<?xml version="1.0"?><article><front><article-meta><title-group><article-title>{_TITLE}</article-title>'
        f"</title-group></article-meta></front><body><sec><title>Case presentation</title><p>{_CASE}</p></sec>"
        f"<sec><title>{head}</title>{between}<table-wrap>{cap}<table><thead><tr><th>Date</th><th>Event</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></table-wrap></sec><sec><title>Discussion</title>"
        f"<p>Mesocolic nodules of this sort are invented for a test.</p></sec></body></article>"
    ).encode()


def _html(head: str) -> bytes:
    rows = "".join(f"<tr><td>{d}</td><td>{e}</td></tr>" for d, e in _ROWS)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"/><title>{_TITLE}</title></head><body><main><article>'
        f"<h1>{_TITLE}</h1><section><h2>Case presentation</h2><p>{_CASE}</p></section><section><h2>{head}</h2>"
        f'<div class="table-wrap"><table><thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>{rows}</tbody>'
        f"</table></div></section><section><h2>Discussion</h2><p>Mesocolic nodules of this sort are invented for a "
        f"test, and nothing here is real.</p></section></article></main></body></html>"
    ).encode()


def _pdf(head: str) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.multi_cell(0, 7, _TITLE, new_x="LMARGIN", new_y="NEXT")
    for h, text in (("Case presentation", _CASE),):
        pdf.set_font("helvetica", "B", 11)
        pdf.multi_cell(0, 6, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    with pdf.table(first_row_as_headings=True, text_align="LEFT", col_widths=(30, 120)) as t:
        for r in [("Date", "Event"), *_ROWS]:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    pdf.set_font("helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Discussion", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, "Mesocolic nodules of this sort are invented for a test, and nothing here is real.")
    return bytes(pdf.output())


def _course(nlp, tmp_path, name: str, data: bytes) -> list[tuple]:
    p = tmp_path / name
    p.write_bytes(data)
    doc = load_document(p)
    return [(r.status, r.follow_up_months) for r in extract_narrative(doc, nlp)]


@pytest.mark.parametrize(("head", "caption", "between", "expected"), [
    ("Timeline", "", "", [("ANED", 26.0)]),  # the section holds the grid alone: its heading is the grid's title
    ("Patient timeline", "", "", [("ANED", 26.0)]),
    ("Course", "Timeline of the patient's care", "", [("ANED", 26.0)]),  # a grid captioned as a timeline
    # negative: text between the heading and the grid; the grid has no title of its own and stays unread
    ("Timeline", "", "<p>The events are listed below in order.</p>", [(None, None)]),
    # negative: a grid under a heading that names no timeline
    ("Laboratory values", "", "", [(None, None)]),
])
def test_regression_timeline_grid_in_jats_is_the_patients_course(nlp, tmp_path, head, caption, between, expected):
    assert _course(nlp, tmp_path, "t.xml", _jats(head, caption, between)) == expected


@pytest.mark.parametrize(("head", "expected"), [("Timeline", [("ANED", 26.0)]), ("Laboratory values", [(None, None)])])
def test_regression_timeline_grid_in_saved_page_is_the_patients_course(nlp, tmp_path, head, expected):
    assert _course(nlp, tmp_path, "t.html", _html(head)) == expected


@pytest.mark.parametrize(("head", "expected"), [("Timeline", [("ANED", 26.0)]), ("Laboratory values", [(None, None)])])
def test_regression_timeline_grid_in_pdf_is_the_patients_course(nlp, tmp_path, head, expected):
    assert _course(nlp, tmp_path, "t.pdf", _pdf(head)) == expected
