"""Rows of a series table that are no patient of it, and own patients numbered among the literature's. Reports are
fictional."""

from __future__ import annotations

import pytest

from eims_extract.pipeline.extract import process_path

SUMMED = """Inflammatory myofibroblastic tumour of the pancreas: three adults

Results
Table 1
Case | Age (y) | Sex | Site | Treatment | Follow-up (mo) | Status
1 | 49 | F | Pancreatic head | Whipple procedure | 28 | NED
2 | 33 | M | Pancreatic tail | Distal pancreatectomy | 15 | NED
3 | 58 | M | Pancreatic body | Distal pancreatectomy | 6 | AWD
{label} | 46.7 | 2M/1F | | | 16.3 |

Discussion
Pancreatic IMT mimics carcinoma.
"""


@pytest.mark.parametrize("label", ["Mean", "Median (range)", "Total", "Mean \u00b1 SD", "All patients", "Total (n = 3)", "Overall (n=3)"])
def test_summary_row_under_the_patients_is_no_patient(tmp_path, label: str) -> None:
    p = tmp_path / "summed.txt"
    p.write_text(SUMMED.format(label=label))
    rows = process_path(p).rows
    assert sorted(r.case_id for r in rows) == ["1", "2", "3"]
    assert not any(r.follow_up_months == 16.3 for r in rows)


OWN_AMONG_LITERATURE = """Inflammatory myofibroblastic tumour of the adrenal gland: two new cases and a review

Case series
We describe two patients treated at our institution.

Table 2 Adrenal IMT: our cases and earlier reports
Reference | Age | Sex | Treatment | Follow-up (mo) | Outcome
Moreau et al. 2009 | 66 | F | Adrenalectomy | 40 | NED
Ostrowski et al. 2018 | 39 | M | Adrenalectomy | 12 | NED
This study, case 1 | 48 | M | Adrenalectomy | 14 | NED
This study, case 2 | 57 | F | Adrenalectomy | 26 | AWD

Discussion
Adrenalectomy was curative in most.
"""


def test_own_patients_numbered_among_the_literature_are_the_series_cases(tmp_path) -> None:
    p = tmp_path / "own_among_literature.txt"
    p.write_text(OWN_AMONG_LITERATURE)
    rows = process_path(p).rows
    own = {r.case_id: r for r in rows if not r.published}
    assert sorted(own) == ["case-1", "case-2"]
    assert (own["case-1"].age_years, own["case-1"].sex, own["case-1"].follow_up_months) == (48, "male", 14)
    assert (own["case-2"].age_years, own["case-2"].sex, own["case-2"].status) == (57, "female", "AWD")
    assert sum(1 for r in rows if r.published) == 2


@pytest.mark.parametrize("label", ["Present case 2, 2021", "This study, case 2", "Our case 2"])
def test_current_label_with_its_series_number_names_the_own_patient(label: str) -> None:
    from eims_extract.fields.literature_table import current_label_number

    assert current_label_number(label) == "2"
