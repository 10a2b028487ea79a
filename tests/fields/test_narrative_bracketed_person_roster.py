"""A series laid out as a roster after a count and a colon, each item a head (often a fusion) with its own bracket
telling one person by age ("Three tumours were found: A-B (site, 9-year-old boy), ..."): one row per item, each with
only its own item's values, never one row holding every item's fusion (invented text)."""

from __future__ import annotations

import pytest
from _support import abstract_rows


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "We found three tumours with NTRK3 fusions: ETV6-NTRK3 (kidney, 9-year-old boy), EML4-NTRK3 (thigh, "
            "52-year-old woman) and SQSTM1-NTRK3 (colon, 27-year-old man). All three were excised.",
            [(9.0, "male", ["ETV6::NTRK3"]), (52.0, "female", ["EML4::NTRK3"]), (27.0, "male", ["SQSTM1::NTRK3"])],
        ),
        (
            "Three cases with ALK fusions were detected: DCTN1-ALK (pelvis, 61-year-old man); PRKAR1A-ALK (neck, "
            "4-year-old girl); and TPM4-ALK (lung, 15-year-old boy).",
            [(61.0, "male", ["DCTN1::ALK"]), (4.0, "female", ["PRKAR1A::ALK"]), (15.0, "male", ["TPM4::ALK"])],
        ),
    ],
)
def test_counted_bracketed_roster_gives_each_item_its_own_row(nlp, abstract, expected):
    rows = abstract_rows(nlp, abstract, "age_years", "sex", "kinase_fusions")
    assert [(a, s, sorted(f or [])) for a, s, f in rows] == expected


def test_roster_whose_count_disagrees_is_not_dealt(nlp):
    # the lead counts two, the roster lists three: no dealing, and no row takes another item's age
    rows = abstract_rows(
        nlp,
        "Two tumours were reviewed: ETV6-NTRK3 (kidney, 9-year-old boy), EML4-NTRK3 (thigh, 52-year-old woman) and "
        "SQSTM1-NTRK3 (colon, 27-year-old man).",
        "age_years",
    )
    assert len(rows) != 3
