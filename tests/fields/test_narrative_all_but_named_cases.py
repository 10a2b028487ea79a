"""A stain (or the ALK immunostain) told once for all the patients of a series but some it names as left out ("in
all but case 4", "in 2 of 3 cases (not case 3)", "in 3/4 (not case 2)"): the others read it as told, the ones left out
with the opposite sign (invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import extract_narrative
from test_narrative import assert_grounded, make_doc

_THREE = (
    "Case 1 was a 40-year-old man with a lung mass. Case 2 was a 31-year-old woman with a bladder mass. "
    "Case 3 was a 9-year-old boy with a liver mass. "
)
_FOUR = _THREE + "Case 4 was a 62-year-old woman with a gastric mass. "


def _rows(body: str, nlp) -> dict[str, tuple[list[str], list[str], list[str]]]:
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    return {r.case_id: (sorted(r.ihc_positive or []), sorted(r.ihc_negative or []), sorted(r.alk_tests or []))
            for r in rows}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_FOUR + "ALK immunohistochemistry was positive in all but case 3.",
         {"case-1": (["ALK"], [], ["IHC+"]), "case-3": ([], ["ALK"], ["IHC-"]), "case-4": (["ALK"], [], ["IHC+"])}),
        (_THREE + "Desmin was expressed in all cases except case 1.",
         {"case-1": ([], ["desmin"], []), "case-2": (["desmin"], [], []), "case-3": (["desmin"], [], [])}),
        # "every" with its noun in the singular
        (_FOUR + "Calponin was expressed in every tumour except case 2.",
         {"case-1": (["calponin"], [], []), "case-2": ([], ["calponin"], []), "case-4": (["calponin"], [], [])}),
        (_THREE + "CD34 was negative in each lesion except patient 3.",
         {"case-1": ([], ["CD34"], []), "case-3": (["CD34"], [], [])}),
        (_THREE + "Caldesmon was positive in 2 of 3 cases (not case 2).",
         {"case-1": (["caldesmon"], [], []), "case-2": ([], ["caldesmon"], []), "case-3": (["caldesmon"], [], [])}),
        # beside clauses for all and for named cases
        (_FOUR + "CD34 and S100 were negative in 4/4; SMA was positive in 3/4 (not case 4); "
         "desmin was positive in cases 1 and 2 only.",
         {"case-1": (["SMA", "desmin"], ["CD34", "S-100"], []), "case-3": (["SMA"], ["CD34", "S-100", "desmin"], []),
          "case-4": ([], ["CD34", "S-100", "SMA", "desmin"], [])}),
        # a gapped clause after a closer for all, then a staining verb whose object is some patients
        (_FOUR + "Calponin was positive in all four cases and SMA in 4/4; CD99 stained cases 2, 3 and 4 and was "
         "negative in case 1.",
         {"case-1": (["SMA", "calponin"], ["CD99"], []), "case-2": (["CD99", "SMA", "calponin"], [], [])}),
        # a whole share ("in 4/4") beside clauses naming patients is no statistic over a group
        (_FOUR + "ALK was positive in 4/4; WT1 was positive in cases 1 and 4 and negative in cases 2 and 3.",
         {"case-1": (["ALK", "WT1"], [], ["IHC+"]), "case-3": (["ALK"], ["WT1"], ["IHC+"])}),
    ],
)
def test_stain_told_for_all_but_named_cases(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    "body",
    [
        # a share naming nobody left out tells no one's stain
        _THREE + "Caldesmon was positive in 2 of 3 cases.",
        # a share of another total is no share of the series
        _THREE + "Caldesmon was positive in 4 of 5 cases (not case 2) of the published series.",
    ],
)
def test_share_without_the_series_left_out_names_nobody(nlp, body):
    got = _rows(body, nlp)
    assert not any("caldesmon" in m for v in got.values() for m in v[0] + v[1])


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the ones left out named in brackets after the ones a predicate names
        (_FOUR + "Caldesmon was expressed in cases 2, 3 and 4 (not case 1), and CD34 was negative in all.",
         {"case-1": ([], ["CD34", "caldesmon"], []), "case-2": (["caldesmon"], ["CD34"], []),
          "case-4": (["caldesmon"], ["CD34"], [])}),
        # the "only" patient's result, then the others' own result in brackets: theirs as told, not turned
        (_FOUR + "The ALK immunostain was positive only in case 2 (negative in cases 1, 3 and 4).",
         {"case-1": ([], ["ALK"], ["IHC-"]), "case-2": (["ALK"], [], ["IHC+"]), "case-4": ([], ["ALK"], ["IHC-"])}),
    ],
)
def test_left_out_and_others_told_in_brackets(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected


def test_clause_after_bracketed_items_closed_by_its_own_patients(nlp):
    """"... GENE3::ALK (case 3); no ALK fusion was found in cases 1 and 2": the closing clause is those patients' only,
    not the last item's patient's too."""
    body = _THREE + "Sequencing found ETV6::NTRK3 (case 1), TPM3::ROS1 (case 2) and EML4::ALK (case 3); no ALK fusion was " \
        "found in cases 1 and 2."
    got = _rows(body, nlp)
    assert got["case-3"][2] == ["NGS+"]
    assert got["case-1"][2] == ["NGS-"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a later clause of a bare sign whose subject is a patient: the first clause's test is its
        (_THREE + "Break-apart FISH showed ALK rearrangement in cases 2 and 3, whereas case 1 was negative.",
         {"case-1": ([], [], ["FISH-"]), "case-2": ([], [], ["FISH+"])}),
        (_THREE + "Calponin was strongly expressed in cases 1 and 3, while case 2 was negative.",
         {"case-1": (["calponin"], [], []), "case-2": ([], ["calponin"], [])}),
    ],
)
def test_bare_sign_clause_of_a_patient_takes_the_first_clauses_test(nlp, body, expected):
    got = _rows(body, nlp)
    assert {k: got[k] for k in expected} == expected


def test_patient_left_out_of_one_predicate_keeps_the_other_clauses(nlp):
    """"Every tumour expressed X; desmin was positive in all but case 3, and Y was negative in all": the patient left out
    of the desmin predicate still has the other clauses (invented text)."""
    got = _rows(_THREE + "Every tumour expressed calponin; desmin was positive in all but case 3, and CD34 was negative "
                "in all three.", nlp)
    assert got["case-3"] == (["calponin"], ["CD34", "desmin"], [])
    assert got["case-1"] == (["calponin", "desmin"], ["CD34"], [])
