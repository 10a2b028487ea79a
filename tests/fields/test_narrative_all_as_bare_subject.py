"""A small series whose patients are listed in one sentence (invented text), then a stain sentence whose subject is a
bare "All" ("All were SMA-positive", "All tumours stained for desmin"): every patient's own result, not a statistic
over a cohort that no patient owns."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_LISTED = (
    "Patients: We saw three adults: a 52-year-old woman with a mass of the right kidney; a 35-year-old man with a "
    "nodule of the left lung; and a 61-year-old man with a mass in the soft tissue of the left calf. "
)


@pytest.mark.parametrize(
    "sentence, pos, neg",
    [
        ("Findings: All were SMA+ and CD34-.", ["SMA"], ["CD34"]),
        ("All were positive for desmin and negative for S-100.", ["desmin"], ["S-100"]),
        ("All tumours were positive for desmin and negative for S-100.", ["desmin"], ["S-100"]),
        ("Immunohistochemically, all were positive for SMA.", ["SMA"], None),
    ],
)
def test_bare_all_subject_gives_each_listed_patient_the_stains(nlp, sentence, pos, neg):
    rows = abstract_rows(nlp, _LISTED + sentence, "ihc_positive", "ihc_negative")
    assert rows == [(pos, neg)] * 3


def test_one_of_them_is_still_nobody_in_particular(nlp):
    rows = abstract_rows(nlp, _LISTED + "One was positive for desmin.", "ihc_positive")
    assert rows == [(None,)] * 3
