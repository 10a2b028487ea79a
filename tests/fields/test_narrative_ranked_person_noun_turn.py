"""A sentence opening on a relative age with a person noun ("The older woman's tumour ...", "The younger boy ...")
among more than two patients turns to the one the noun fits, ranked among those it fits only: the only woman is
"the older woman" whatever the others' ages; two boys are told apart by age; a rank among several without a noun
stays unread (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_SERIES = (
    "Case 1 was a 7-year-old boy with a bronchial mass. Case 2 was a 12-year-old boy with a lung nodule. "
    "Case 3, a 40-year-old man, had a mass in the left lower lobe. Case 4, a 61-year-old woman, had a hilar mass. "
    "In the man, sequencing found an EML4::ALK fusion. "
)


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("The older woman's tumour showed a CLTC::ALK fusion.", [None, None, "EML4::ALK", "CLTC::ALK"]),
        ("The younger boy's tumour showed a CLTC::ALK fusion.", ["CLTC::ALK", None, "EML4::ALK", None]),
        ("The older boy's tumour showed a CLTC::ALK fusion.", [None, "CLTC::ALK", "EML4::ALK", None]),
    ],
)
def test_ranked_person_noun_turns_to_the_one_it_fits(nlp, turn, expected):
    rows = abstract_rows(nlp, _SERIES + turn, "kinase_fusions")
    assert [(r[0] or [None])[0] if isinstance(r[0], list) else r[0] for r in rows] == expected
