"""A series table printing each patient's sex as the Mars or Venus sign. Reports are fictional."""

from __future__ import annotations

import pytest

from eims_extract.fields.demographics import cell_sex
from eims_extract.pipeline.extract import process_path


@pytest.mark.parametrize("text, expected", [("\u2642", "male"), ("\u2640", "female"), (" \u2642 ", "male")])
def test_sex_sign_in_a_cell_is_the_patients_sex(text: str, expected: str) -> None:
    assert cell_sex(text) == expected


SERIES = """Inflammatory myofibroblastic tumour of the scrotal wall: three patients

Results
Table 1
Case | Age (y) | Sex | Site | Treatment | FU (mo) | Outcome
1 | 36 | \u2642 | Scrotum | Excision | 21 | NED
2 | 58 | \u2642 | Scrotum | Excision | 9 | NED
3 | 41 | \u2640 | Vulva | Excision | 16 | NED

Discussion
Genital IMT is rare.
"""


def test_sex_signs_in_a_series_table_give_each_patients_sex(tmp_path) -> None:
    p = tmp_path / "signs.txt"
    p.write_text(SERIES)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert [rows[k].sex for k in ("1", "2", "3")] == ["male", "male", "female"]
