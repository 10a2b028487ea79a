"""A clause for every patient of a series joined by "and" to a verbless one naming some of them ("X was expressed in
all four tumours and Y in patients 1 and 3 only"): the named ones keep the first marker too, the second borrowing its
verb across the joint; the others read the second marker with the opposite sign only where "only" says so (invented
text)."""

from __future__ import annotations

import pytest

from test_narrative_mixed_scope_clauses import _FOUR, _THREE
from test_narrative_mixed_scope_clauses import _stains as _rows


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_FOUR + "SMA was expressed in all four tumours and desmin in patients 1 and 3 only.",
         {"case-1": (["SMA", "desmin"], []), "case-2": (["SMA"], ["desmin"]),
          "case-3": (["SMA", "desmin"], []), "case-4": (["SMA"], ["desmin"])}),
        (_FOUR + "Vimentin was expressed in all four tumours and h-caldesmon in patients 2 and 4 only.",
         {"case-1": (["vimentin"], ["caldesmon"]), "case-2": (["caldesmon", "vimentin"], []),
          "case-4": (["caldesmon", "vimentin"], [])}),
        (_THREE + "Vimentin was expressed in all three tumours and desmin in case 2 only.",
         {"case-2": (["desmin", "vimentin"], []), "case-3": (["vimentin"], ["desmin"])}),
        # no "only": the others are not told of the second marker
        (_THREE + "CD10 was positive in all three cases and desmin in cases 1 and 3.",
         {"case-1": (["CD10", "desmin"], []), "case-2": (["CD10"], []), "case-3": (["CD10", "desmin"], [])}),
    ],
)
def test_named_patients_keep_the_marker_for_all(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected


def test_patients_of_a_negated_second_predicate_keep_the_first(nlp):
    # the second predicate has its own result: the joint changes nothing for the patients it names
    got = _rows(_THREE + "SMA was positive in all three cases and negative for desmin in case 2.", nlp)
    assert "SMA" in got["case-2"][0]
