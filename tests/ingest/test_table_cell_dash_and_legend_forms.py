"""Table text forms the ingest keeps for the cell readers: a cell that is only an em dash stays an em dash in the
normalised view (``ingest/normalise_text.py``; a hyphen there would read as a minus, a no), and a table legend's
dagger ("†, died of disease") is an item of the legend (``patterns/layout.jsonl``). Invented text."""

from __future__ import annotations

from pathlib import Path

from eims_extract.ingest import load_document
from eims_extract.ingest.normalise_text import matching_view
from eims_extract.ingest.tables import parse_legend


def test_em_dash_cell_kept_in_the_view(tmp_path: Path):
    p = tmp_path / "t.txt"
    p.write_text(
        "An invented series of inflammatory myofibroblastic tumour\n\nTable 1 Course\n"
        "Case\tAge\tRecurrence\tNote\n1\t40\t\u2014\tfree\u2014well\n2\t31\tNo\t\u2013\n3\t22\tYes\tnone\n",
        encoding="utf-8",
    )
    doc = load_document(p)
    view = matching_view(doc)[0]
    cells = [[c.text for c in r] for r in view.tables[0].rows]
    assert cells[0][2] == "\u2014" and cells[1][3] == "-"


def test_legend_dagger_is_an_item():
    legend = parse_legend("AWD, alive with disease; \u2020, died of disease.")
    assert legend == {"AWD": "alive with disease", "\u2020": "died of disease"}
