"""Spanning cells and continued tables on small drawn tables (fictional rows): a reference
printed once for a run of rows belongs to the same rows whether it is printed at the top,
the middle or the bottom of the run, a table continued overleaf with no repeated header
and no "(continued)" mark stays one table, and a table set sideways reads either way up."""

from __future__ import annotations

import pytest

from eims_extract.ingest.pdf import read_pdf

from ingest_pdfgen import Spec, build

PARA = " ".join(f"On invented visit {k} the imaginary clinic weighed a pretend parcel of {k + 3} grams." for k in range(1, 30))


def _spec(align: str, repeat_header: bool, turn: str = "") -> Spec:
    rows: list[list[str | None]] = []
    for k in range(1, 15):
        ref = f"Quill T, {2000 + k} ({k})" if k % 3 == 1 else None
        site = "Retroperitoneal soft tissue near the left psoas" if k % 4 == 0 else "Omentum"
        rows.append([str(k), f"{20 + k}y", "Female" if k % 2 else "Male", site, ref])
    return Spec(
        title="A made-up table of pretend patients for a reading test",
        authors="Ida Quern1 and Olav Brink2",
        abstract="This invented abstract introduces a fictional table; no real patient is described anywhere in it.",
        sections=[("1 Introduction", [PARA]), ("2 Discussion", [PARA])],
        table_caption="TABLE 1 Pretend cases drawn for the test.",
        table_header=["Case", "Age", "Sex", "Site", "Reference"],
        table_rows=rows,
        table_footnote="y, year; every entry is invented.",
        rows_first_page=8,
        span_align=align,
        repeat_header=repeat_header,
        turn=turn,
    )


#: the run a row belongs to: rows 1-3 cite 2001, 4-6 cite 2004, ... (row 7-9 split by the page break)
WANT = [f"Quill T, {2000 + k - (k - 1) % 3} ({k - (k - 1) % 3})" for k in range(1, 15)]


@pytest.mark.parametrize("repeat_header", [True, False], ids=["header_repeated", "no_header_overleaf"])
@pytest.mark.parametrize("align", ["top", "middle", "bottom"])
def test_spanning_reference_takes_its_rows_however_aligned(align, repeat_header) -> None:
    doc = read_pdf(build(_spec(align, repeat_header)), doc_id="spans", path="spans.pdf")
    assert [t.id for t in doc.tables] == ["T1"]
    t = doc.tables[0]
    assert [r[0].text for r in t.rows] == [str(k) for k in range(1, 15)]
    assert [r[4].text for r in t.rows] == WANT
    assert t.rows[3][3].text == "Retroperitoneal soft tissue near the left psoas"
    assert t.pages == [2, 3]
    for row in t.rows:
        for c in row:
            assert doc.text[c.start : c.end] == c.text
    assert "Quill" not in doc.text[: doc.sections_of("discussion")[0].end]


@pytest.mark.parametrize("turn", ["ccw", "cw"], ids=["reads_upwards", "reads_downwards"])
def test_sideways_table_reads_in_its_own_direction(turn) -> None:
    doc = read_pdf(build(_spec("middle", False, turn)), doc_id="turned", path="turned.pdf")
    assert [t.id for t in doc.tables] == ["T1"]
    t = doc.tables[0]
    assert t.header_texts() == ["Case", "Age", "Sex", "Site", "Reference"]
    assert [r[0].text for r in t.rows] == [str(k) for k in range(1, 15)]
    assert [r[4].text for r in t.rows] == WANT
    assert t.footnotes.startswith("y, year")
    assert "Journal of Imaginary" not in doc.text
