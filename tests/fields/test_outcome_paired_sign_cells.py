"""A "Recurrence/metastasis" column answering with a sign for each event ("−/−", "+/−"): each sign its own event in the
header's order; an em dash in a part, or a lone dash, answers neither (``fields.outcome._read_both``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document


def _rows(tmp_path: Path, text: str):
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    return rows_from_tables(load_document(p))


SIGNS = """Epithelioid inflammatory myofibroblastic sarcoma: three invented patients

Table 1 Clinical data
Case | Age/sex | Location | Treatment | {head} | Outcome
1 | 33/M | Omentum | Resection | Yes/lung | DOD, 8 mo
2 | 29/F | Mesentery | Resection | {cell} | ANED (30)
3 | 61/M | Pelvis | Resection | No | ANED (14)
"""


@pytest.mark.parametrize(
    "head, cell, pair",
    [
        ("Recurrence/metastasis", "−/−", (False, False)),
        ("Recurrence/metastasis", "-/-", (False, False)),
        ("Recurrence/metastasis", "+/−", (True, False)),
        ("Metastasis/recurrence", "−/+", (True, False)),
        ("Recurrence/metastasis", "—/—", (None, None)),
        ("Recurrence/metastasis", "−", (None, None)),
    ],
)
def test_a_sign_for_each_event(tmp_path, head, cell, pair):
    rows = _rows(tmp_path, SIGNS.format(head=head, cell=cell))
    assert (rows[1].recurrence, rows[1].metastasis) == pair
