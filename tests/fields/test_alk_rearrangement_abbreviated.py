"""A rearrangement abbreviated in a series table's molecular cell ("ALK rearr.", "Rearr.", "ALK rearr. +",
"rearr. (FISH)", "not rearr.", "ALK rearr. -"): a rearrangement found is a positive test by the method the column
or the cell names, one signed with a minus or denied is a negative one; another gene's rearrangement says nothing of
ALK. Fictional wording."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import _gene_part_sign, _test_result_sign, rearrangement_methods
from eims_extract.pipeline.extract import process_path


@pytest.mark.parametrize("cell,sign", [
    ("Rearr.", True), ("rearr. (72%)", True), ("ALK rearr.", True), ("ALK rearr. +", True),
    ("not rearr.", False), ("non-rearr.", False), ("no rearr.", False), ("ALK rearr. -", False), ("rearranged -", False),
    ("EWSR1 rearr.", None), ("ROS1 rearr.", None),
])
def test_fish_column_cell_with_abbreviated_rearrangement(cell, sign):
    assert _gene_part_sign(cell) is sign


@pytest.mark.parametrize("cell,methods", [
    ("ALK rearr. (FISH)", ["FISH"]), ("Rearr. (NGS)", ["NGS"]), ("ALK rearr. - (FISH)", []), ("not rearr. (FISH)", []),
])
def test_fusion_cell_with_abbreviated_rearrangement_names_its_method(cell, methods):
    assert rearrangement_methods(cell) == methods


def test_abbreviation_is_no_other_word():
    assert _test_result_sign("rearrange") is None


SERIES = """Made-up inflammatory myofibroblastic tumours: five invented patients with molecular results

Results
Table 1. Pathology of the invented patients
Case | Age (y) | Sex | Site | ALK IHC | ALK FISH | Molecular | Outcome
1 | 31 | F | Lung | + | Rearr. | n.d. | NED
2 | 15 | M | Bladder | + | ALK rearr. + | n.d. | NED
3 | 47 | F | Mesentery | - | not rearr. | ROS1 rearr. (FISH) | NED
4 | 9 | M | Lung | + | n.d. | ALK rearr. (NGS) | NED
5 | 58 | M | Colon | - | n.d. | FISH: ALK rearr. - | NED

Discussion
All patients are invented.
"""


def test_series_table_abbreviated_rearrangement_cells(tmp_path):
    p = tmp_path / "series.txt"
    p.write_text(SERIES)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert [rows[k].alk_tests for k in "12345"] == [
        ["IHC+", "FISH+"], ["IHC+", "FISH+"], ["IHC-", "FISH-"], ["IHC+", "NGS+"], ["IHC-", "FISH-"],
    ]
    assert all(rows[k].alk_fusion_partner is None for k in "12345")
