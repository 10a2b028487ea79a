"""A proliferation index listed for each patient of a series, each value closed by its patient in brackets ("Ki-67 was
2% (case 1), 7% (case 2), ... and 30% (case 6)"): every patient reads its own value, the last of a long list too (the
other patients' items blanked make a long gap before it). Invented text."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import extract_narrative
from test_narrative import assert_grounded, make_doc

_SIX = "".join(
    f"Case {k} was a {age}-year-old {who} with a {site} mass. "
    for k, age, who, site in [
        (1, 40, "man", "lung"), (2, 31, "woman", "bladder"), (3, 9, "boy", "liver"),
        (4, 62, "woman", "gastric"), (5, 17, "girl", "mesenteric"), (6, 55, "man", "renal"),
    ]
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_SIX + "Ki-67 was 2% (case 1), 7% (case 2), 12% (case 3), 5% (case 4), 8% (case 5) and 30% (case 6).",
         {1: 2.0, 2: 7.0, 3: 12.0, 4: 5.0, 5: 8.0, 6: 30.0}),
        (_SIX + "The MIB-1 labelling index was 15% (case 1), 4% (case 2), 11% (case 3), 6% (case 4), 9% (case 5) "
         "and 21% (case 6).",
         {1: 15.0, 2: 4.0, 3: 11.0, 4: 6.0, 5: 9.0, 6: 21.0}),
    ],
)
def test_each_patient_reads_its_bracketed_value(nlp, body, expected):
    doc = make_doc(("results", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    assert {int(r.case_id.removeprefix("case-")): r.ki67_percent for r in rows} == expected
