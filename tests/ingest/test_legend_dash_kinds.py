"""A table legend that gives two kinds of dash two meanings ("−, negative; –, not performed"): the matching view
folds every dash to a hyphen, so a cell holding one of them is spelled out as its legend's meaning before
(``ingest.tables.dash_meanings``, ``ingest.normalise_text._table_view``). Fictional patients, our own table."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import parse_fusion_partner  # noqa: F401  (field module import registers columns)
from eims_extract.ingest import load_document
from eims_extract.ingest.normalise_text import matching_view
from eims_extract.ingest.tables import dash_meanings, parse_legend
from eims_extract.pipeline.extract import extract_document

MINUS, EN = "\u2212", "\u2013"


@pytest.mark.parametrize(
    "legend,expected",
    [
        (f"+, positive; {MINUS}, negative; {EN}, not performed.", {MINUS: "negative", EN: "not performed"}),
        (f"{EN}, not done; {MINUS}, negative; +, positive", {EN: "not done", MINUS: "negative"}),
        ("+, positive; -, negative.", {}),  # one kind of dash: nothing to tell apart
        (f"{MINUS}, negative; {EN}, negative", {}),  # two dashes, one meaning
    ],
)
def test_legend_tells_its_dashes_apart(legend, expected):
    assert dash_meanings(legend) == expected
    if expected:
        assert {k: v for k, v in parse_legend(legend).items() if k in expected} == expected
        assert "-" not in parse_legend(legend)


def _doc(order: str):
    rows = [
        ("1", "14", "M", "Lung", "+", EN, MINUS),
        ("2", "33", "F", "Bladder", MINUS, "+", EN),
    ]
    lines = [
        "Myofibroblastic tumours in two invented patients: a case series",
        "",
        "Case presentation",
        "Two patients of our fictional clinic are described below.",
        "",
        "Table 1. Features of the two patients",
        "\t".join(("Case", "Age", "Sex", "Site", "ALK", "Desmin", "CD34")),
        *("\t".join(r) for r in rows),
        order,
        "",
        "Both patients were alive without recurrence at 20 months.",
    ]
    return load_document("d.txt", data="\n".join(lines).encode(), doc_id="d")


@pytest.mark.parametrize(
    "order",
    [f"+, positive; {MINUS}, negative; {EN}, not performed.", f"{EN}, not performed; +, positive; {MINUS}, negative."],
)
def test_cells_read_by_the_legends_dashes_not_by_the_folded_sign(nlp, order):
    doc = _doc(order)
    view = matching_view(doc)
    assert view is not None
    cells = [[c.text for c in r] for r in view[0].tables[0].rows]
    assert cells[0][5] == "not performed" and cells[0][6] == "negative"
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert rows["case-1"].ihc_negative == ["CD34"]  # desmin not performed: in neither list
    assert rows["case-2"].ihc_positive == ["desmin"] and rows["case-2"].ihc_negative == ["ALK"]
