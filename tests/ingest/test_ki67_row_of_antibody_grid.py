"""A Ki-67 row of an antibody grid ("Ki-67 | MIB-1 | 6%", "Ki-67 | 12%") gives the same share of cells, and Ki-67 as
a stain that took, from a cell grid (JATS, a web page) as from the same table set as text lines. Fictional patient.
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.html import read_html
from eims_extract.ingest.jats import read_jats
from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import extract_document

_CASE = ("A 38-year-old man had a 5 cm mass of the sigmoid mesocolon. He underwent resection of the mass. "
         "The immunostains are listed in Table 1.")


def _grids(rows: list[tuple[str, ...]]) -> tuple[str, str]:
    head = "".join(f"<th>{c}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>", "\n".join(" | ".join(r) for r in rows)


def _docs(rows: list[tuple[str, ...]]):
    grid, lines = _grids(rows)
    title = "Myofibroblastic tumour of the mesocolon: an invented case"
    jats = (
        "<?xml version='1.0' encoding='UTF-8'?><article article-type='case-report'><front><article-meta>"
        f"<title-group><article-title>{title}</article-title></title-group></article-meta></front><body>"
        f"<sec><title>Case presentation</title><p>{_CASE}</p><table-wrap id='T1'><label>Table 1</label>"
        f"<caption><p>Invented stains</p></caption>{grid}</table-wrap></sec></body></article>"
    ).encode()
    page = (
        f"<html><body><article><h1>{title}</h1><h2>Case presentation</h2><p>{_CASE}</p>"
        f"<div><p>Table 1. Invented stains</p>{grid}</div></article></body></html>"
    ).encode()
    text = f"{title}\n\nCase presentation\n\n{_CASE}\n\nTable 1. Invented stains\n{lines}\n"
    return [read_text(text.encode(), "t", "t.txt"), read_jats(jats, "j", "j.xml"), read_html(page, "h", "h.html")]


@pytest.mark.parametrize("rows, share", [
    ([("Antibody", "Clone", "Result"), ("ALK", "D5F3", "positive"), ("Desmin", "D33", "negative"), ("Ki-67", "MIB-1", "6%")], 6.0),
    ([("Marker", "Result"), ("ALK", "positive"), ("S100", "negative"), ("Ki-67", "12%")], 12.0),
    ([("Antibody", "Clone", "Result"), ("ALK", "5A4", "positive"), ("Ki-67", "MIB-1", "5-8%")], 8.0),
])
def test_ki67_row_of_antibody_grid_read_as_in_text(nlp, rows, share):
    got = []
    for doc in _docs(rows):
        (row,) = extract_document(doc, nlp)
        got.append((row.ki67_percent, "Ki-67" in (row.ihc_positive or []), "ALK" in (row.ihc_positive or [])))
    assert got == [(share, True, True)] * 3
