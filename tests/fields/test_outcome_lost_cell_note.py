"""An outcome cell saying only that its patient was lost ("Lost c"), its mark pointing to a note under the table that
tells when ("c after 9 months"): that time is the follow-up. Reports are fictional."""

from __future__ import annotations

import pytest

from eims_extract.pipeline.extract import process_path

SERIES = """Inflammatory myofibroblastic tumours of the oral cavity: three adults

Results
Table 1 Summary of cases
Case\tAge (y)\tSex\tSite\tSurgery\tOutcome, FU
1\t39\tF\tGingiva\tWide excision\tNED, 26 mo
2\t57\tM\tBuccal mucosa\tWide excision\t{cell}
3\t44\tF\tPalate\tWide excision\tNED, 12 mo
(c) {note}

Discussion
Oral IMT is rare.
"""


def _rows(tmp_path, cell: str, note: str):
    p = tmp_path / "lost.txt"
    p.write_text(SERIES.format(cell=cell, note=note))
    return {r.case_id: r for r in process_path(p).rows}


@pytest.mark.parametrize("cell", ["Lost (c)", "Lost to follow-up (c)"])
def test_lost_cell_takes_its_follow_up_from_the_note_its_mark_points_to(tmp_path, cell: str) -> None:
    rows = _rows(tmp_path, cell, "after 9 months.")
    assert rows["2"].follow_up_months == 9
    assert rows["2"].status is None
    assert rows["1"].follow_up_months == 26


def test_a_note_under_a_cell_that_is_no_loss_gives_no_follow_up(tmp_path) -> None:
    rows = _rows(tmp_path, "Re-excised (c)", "after 9 months.")
    assert rows["2"].follow_up_months is None
