"""A stain said to be "detected" (identified, demonstrated) in some of a series' patients ("Calponin was detected in the
second and fourth tumours only", "CD10 was identified in cases 1 and 3"): positive for them; the verb counts only with a
stain as its subject, a fusion or a mutation "detected in case 2" is a molecular result (invented sentences)."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls
from eims_extract.fields.narrative import extract_narrative
from test_narrative import assert_grounded, make_doc

_THREE = (
    "Case 1 was a 52-year-old man with a lung mass. Case 2 was a 12-year-old girl with a bladder mass. "
    "Case 3 was a 35-year-old woman with a uterine mass. "
)


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calponin was detected in the second and third tumours only.", [("calponin", True)]),
        ("CD10 and desmin were identified in cases 1 and 3.", [("CD10", True), ("desmin", True)]),
        ("Calponin was focally detected in all three.", [("calponin", True)]),
        # the clause read for one patient, its closing words blanked
        ("Calponin was detected                .", [("calponin", True)]),
        # the negative still wins
        ("CD34 was not detected in case 2.", [("CD34", False)]),
    ],
)
def test_stain_detected_in_series_patients(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A ROS1 fusion was detected in case 2.",
        "EML4::ALK was detected in case 1.",
        "A BRAF V600E mutation was identified in case 3.",
    ],
)
def test_molecular_result_detected_is_no_stain(text):
    assert polarities(text) == []


def test_detected_in_ranked_tumours_only_turns_the_others(nlp):
    doc = make_doc(("results", _THREE + "Calponin was detected in the first and third tumours only."))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    got = {r.case_id: (sorted(r.ihc_positive or []), sorted(r.ihc_negative or [])) for r in rows}
    assert got == {"case-1": (["calponin"], []), "case-2": ([], ["calponin"]), "case-3": (["calponin"], [])}
