"""A footnote mark glued to a lone sign in a table cell ("+a", "−b"), as a PMC page saved as text prints a superscript:
the mark points to the note under the table, the sign is the cell's value (``ingest.tables.cell_mark``); a fusion cell's
note naming the method then signs that method (``fields.alk``). Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document
from eims_extract.ingest.tables import cell_mark


def test_letter_glued_to_a_lone_sign_is_a_mark():
    assert cell_mark("+a") == ("a", 1)
    assert cell_mark("−b") == ("b", 1)
    assert cell_mark("pos") is None


def test_sign_cells_with_marks_keep_their_signs_and_notes(tmp_path: Path):
    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumour of the omentum: two invented patients\n\nTable 1 Findings\n"
        "Case\tAge/Sex\tSite\tALK\tDesmin\tFusion\n"
        "1\t30/M\tOmentum\t+a\t−b\tTPM3::ALKc\n"
        "2\t44/F\tOmentum\t+a\t+\tND\n"
        "a Cytoplasmic granular staining.\n"
        "b Rare scattered cells only.\n"
        "c Found by RT-PCR.\n",
        encoding="utf-8",
    )
    rows = rows_from_tables(load_document(p))
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [(["ALK"], ["desmin"]), (["ALK", "desmin"], None)]
    assert (rows[0].alk_fusion_partner, rows[0].alk_tests) == ("TPM3", ["IHC+", "RT-PCR+"])
