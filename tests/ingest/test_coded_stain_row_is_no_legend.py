"""A tab-cut row whose stain cell codes each result after a colon ("ALK: positive; desmin: negative") is a row of the
table, not a legend spelling out abbreviations (``ingest.tables.looks_like_legend``): the rows after it stay rows.
Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document
from eims_extract.ingest.tables import looks_like_legend

def test_row_whose_stain_cell_is_coded_with_colons_is_no_legend(tmp_path: Path):
    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumour: three invented adults\n\nTable 1\n"
        "Patient\tAge (years)\tSex\tLocation\tImmunohistochemistry\n"
        "1\t33\tF\tOrbit\tALK (+), SMA (+), desmin (−)\n"
        "2\t52\tM\tMesentery\tALK: positive; desmin: negative; CD34: negative\n"
        "3\t47\tM\tLung\tALK+ SMA+ S100−\n",
        encoding="utf-8",
    )
    rows = rows_from_tables(load_document(p))
    assert [r.case_id for r in rows] == ["1", "2", "3"]
    assert (rows[1].ihc_positive, rows[1].ihc_negative) == (["ALK"], ["desmin", "CD34"])


def test_legend_in_one_cell_is_still_a_legend():
    assert looks_like_legend("P, positive; N, negative; ND, not done")
