"""A stain told for a share of a series' patients ("in five of six", "in four of five") beside a clause for all of them:
the clause for all is everyone's; the share is nobody's unless it names the ones it leaves out, who then read it with the
opposite sign while the others read it as told; "as was X in four of five" carries the first clause's result to X
(invented text)."""

from __future__ import annotations

import pytest

from test_narrative_mixed_scope_clauses import _FOUR
from test_narrative_mixed_scope_clauses import _stains as _rows

_FIVE = _FOUR + "Case 5 was a 17-year-old girl with a mesenteric mass. "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an elliptical share (marker and share, no verb) naming nobody: nobody's
        (_FIVE + "Calponin was expressed in all five tumours, and desmin in three of five.",
         {f"case-{k}": (["calponin"], []) for k in range(1, 6)}),
        # "as was X" in a share naming nobody
        (_FOUR + "CD34 was negative in all four cases, as was S100 in three of four.",
         {f"case-{k}": ([], ["CD34"]) for k in range(1, 5)}),
    ],
)
def test_share_naming_nobody_is_nobodys(nlp, body, expected):
    assert _rows(body, nlp) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the one left out named with its own result after a comma
        (_FIVE + "Calponin was expressed in all five tumours, and desmin in four of five, case 3 being negative.",
         {"case-1": (["calponin", "desmin"], []), "case-3": (["calponin"], ["desmin"]),
          "case-5": (["calponin", "desmin"], [])}),
        # "as was X" with the one left out in brackets
        (_FOUR + "CD34 was negative in all four cases, as was S100 in three of four (case 2 focally positive).",
         {"case-1": ([], ["CD34", "S-100"]), "case-2": (["S-100"], ["CD34"]), "case-4": ([], ["CD34", "S-100"])}),
    ],
)
def test_share_naming_the_one_left_out(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected


def test_share_naming_the_ones_it_speaks_for_turns_the_rest(nlp):
    got = _rows(_FIVE + "Calponin was expressed in all five tumours, and desmin in four of five (cases 1, 2, 4 and 5).", nlp)
    assert got["case-3"] == (["calponin"], ["desmin"])
    assert got["case-4"] == (["calponin", "desmin"], [])


@pytest.mark.parametrize(
    "body",
    [
        # a share of the literature, or one standing alone, tells no patient's stain
        _FOUR + "Desmin was positive in 80% of reported cases.",
        _FOUR + "Desmin was positive in three of four.",
        _FOUR + "In published series, desmin was expressed in all cases, and calponin in four of five.",
    ],
)
def test_share_without_a_clause_for_the_series_is_nobodys(nlp, body):
    got = _rows(body, nlp)
    assert not any(m in ("desmin", "calponin") for v in got.values() for m in v[0] + v[1])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # ranks named together as the only ones: the others turned
        (_FOUR + "Calponin was expressed in the first and third tumours only.",
         {"case-1": (["calponin"], []), "case-2": ([], ["calponin"]), "case-3": (["calponin"], []),
          "case-4": ([], ["calponin"])}),
        (_FOUR + "CD34 was positive only in the second and fourth cases.",
         {"case-1": ([], ["CD34"]), "case-2": (["CD34"], []), "case-3": ([], ["CD34"]), "case-4": (["CD34"], [])}),
        # without "only", the others are not told of
        (_FOUR + "Calponin was expressed in the first and third tumours.",
         {"case-1": (["calponin"], []), "case-2": ([], []), "case-3": (["calponin"], []), "case-4": ([], [])}),
    ],
)
def test_ranks_named_together_name_the_patients(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got.get(k, ([], [])) for k in expected} == expected


@pytest.mark.parametrize(
    "body",
    [
        # ranks of other things, or of a published series, name no patient of ours
        _FOUR + "Calponin was expressed in the first and third tumours of the published series.",
        _FOUR + "Calponin staining was repeated in the first and second weeks.",
    ],
)
def test_ranks_of_other_things_name_no_patient(nlp, body):
    got = _rows(body, nlp)
    assert not any("calponin" in v[0] + v[1] for v in got.values())


def test_share_beside_clauses_for_all_and_for_all_but_one(nlp):
    """The share blanked, the sentence is dealt out as any other: the clause for all everyone's, the one for all but a
    named patient the others' (that patient's turned), the share nobody's."""
    got = _rows(_FOUR + "On immunostaining each tumour expressed calponin; desmin was positive in all but case 2, "
                "and CD30 was seen in two of the four tumours, whereas S100 and CD117 were negative throughout.", nlp)
    assert got["case-1"] == (["calponin", "desmin"], ["CD117", "S-100"])
    assert got["case-2"] == (["calponin"], ["CD117", "S-100", "desmin"])
    assert not any("CD30" in v[0] + v[1] for v in got.values())


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the gapped share joined by a bare "and" (no comma) is a clause of its own
        (_FIVE + "Calponin was expressed in all five and desmin in four of five, case 2 being negative.",
         {"case-1": (["calponin", "desmin"], []), "case-2": (["calponin"], ["desmin"]),
          "case-5": (["calponin", "desmin"], [])}),
        (_FIVE + "Calponin was expressed in all five tumours and desmin in three of five.",
         {f"case-{k}": (["calponin"], []) for k in (1, 3, 5)}),
    ],
)
def test_share_after_a_bare_and(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected
