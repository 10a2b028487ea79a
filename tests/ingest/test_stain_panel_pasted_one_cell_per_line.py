"""A two-column stain panel (antibody, result) that a page or dump printed one cell per line under its caption:
"Antibody" / "Result" / "ALK" / "Positive" / "SMA" / "Negative" ... Its records are pairs of a marker and a result,
read as the grid they were; a list of lines that are not marker/result pairs is no such panel. Invented patients,
wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document

_CASE = "Case report\nA 13-year-old girl presented with a mesenteric mass that was resected. The tumour was positive for ALK.\n\n"
_AFTER = "\nShe was disease-free at 20 months.\n"


@pytest.mark.parametrize(
    ("head", "cells", "pos", "neg"),
    [
        (["Antibody", "Result"], ["ALK", "Positive", "SMA", "Positive", "Desmin", "Negative", "CD117", "Negative"],
         {"ALK", "SMA"}, {"desmin", "CD117"}),
        (["Marker", "Expression"], ["Vimentin", "Diffusely positive", "S-100", "Negative", "ALK", "Positive"],
         {"vimentin", "ALK"}, {"S-100"}),
        (["Antibodies", "Results"], ["Desmin", "+", "Myogenin", "-", "Ki-67", "10%", "ALK", "Focal positive"],
         {"desmin", "ALK", "Ki-67"}, {"myogenin"}),
    ],
)
def test_two_column_panel_one_cell_per_line_is_read(nlp, head, cells, pos, neg):
    from eims_extract.pipeline.extract import extract_document

    text = _CASE + "Table 1. Immunohistochemical results\n" + "\n".join(head + cells) + "\n" + _AFTER
    doc = load_document("page.txt", data=text.encode(), doc_id="page")
    (row,) = extract_document(doc, nlp)
    assert pos <= set(row.ihc_positive or []) and neg <= set(row.ihc_negative or [])
    assert row.follow_up_months == 20.0


def test_lines_that_are_no_marker_result_pairs_are_no_panel(nlp):
    from eims_extract.pipeline.extract import extract_document

    cells = ["Antibody", "Result", "Follow-up", "20 months", "Outcome", "Alive", "Site", "Mesentery"]
    text = _CASE + "Table 1. Summary\n" + "\n".join(cells) + "\n" + _AFTER
    doc = load_document("page.txt", data=text.encode(), doc_id="page")
    (row,) = extract_document(doc, nlp)
    assert not (row.ihc_negative or [])
