"""A panel table's result cell for beta-catenin that tells a membranous or cytoplasmic stain only, or no nuclear stain
("Membranous only (no nuclear staining)", "cytoplasmic; nuclear negative") is a negative beta-catenin, as the same
words in prose are (gold convention: membranous-only beta-catenin is negative; ``fields.ihc.read_panel`` with regex
``beta_catenin_cell_not_nuclear``). Other markers' cells and a nuclear stain keep their reading. Invented cells."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import read_panel
from eims_extract.ingest.model import Cell
from eims_extract.records import CaseRow, Evidence


def panel(*lines: tuple[str, str]) -> CaseRow:
    row = CaseRow("doc", "1")
    read_panel([(Cell(a), Cell(r), Evidence("doc", 0, 1, f"{a} | {r}")) for a, r in lines], row)
    return row


@pytest.mark.parametrize(
    "cell",
    [
        "Membranous only (no nuclear staining)",
        "membranous and cytoplasmic; nuclear negative",
        "Cytoplasmic only",
        "No nuclear staining",
        "Membranous pattern, no nuclear accumulation",
    ],
)
def test_beta_catenin_panel_cell_not_nuclear_is_negative(cell):
    row = panel(("SMA", "Positive"), ("Beta-catenin", cell))
    assert row.ihc_negative == ["beta-catenin"]
    assert row.ihc_positive == ["SMA"]


@pytest.mark.parametrize(
    "antibody, cell, positive, negative",
    [
        ("β-catenin", "Nuclear and cytoplasmic (diffuse)", "any", None),
        ("β-catenin", "Positive (nuclear)", ["beta-catenin"], None),
        ("E-cadherin", "Membranous only", None, None),
        ("ALK", "Cytoplasmic only", None, None),
    ],
)
def test_other_cells_keep_their_reading(antibody, cell, positive, negative):
    row = panel((antibody, cell))
    if positive != "any":
        assert row.ihc_positive == positive
    assert row.ihc_negative == negative
