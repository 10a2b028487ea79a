"""A series sentence mixing clauses for every patient with clauses naming some of them, and the exceptions to a
statement about all of them: each clause (or predicate) read for the patients it speaks for (invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import extract_narrative
from test_narrative import assert_grounded, make_doc

_THREE = (
    "Case 1 was a 40-year-old man with a lung mass. Case 2 was a 31-year-old woman with a bladder mass. "
    "Case 3 was a 9-year-old boy with a liver mass. "
)
_FOUR = _THREE + "Case 4 was a 62-year-old woman with a gastric mass. "


def _stains(body: str, nlp) -> dict[str, tuple[list[str], list[str]]]:
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    return {r.case_id: (sorted(r.ihc_positive or []), sorted(r.ihc_negative or [])) for r in rows}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause for all, a clause of the only patients with a finding, a clause for all again
        (_FOUR + "All tumours were SMA-positive, desmin was expressed in patients 1 and 4 only, and CD117 was negative "
         "in all four.",
         {"case-1": (["SMA", "desmin"], ["CD117"]), "case-2": (["SMA"], ["CD117", "desmin"]),
          "case-3": (["SMA"], ["CD117", "desmin"]), "case-4": (["SMA", "desmin"], ["CD117"])}),
        # the patients named first, the clause for all after
        (_THREE + "Desmin was expressed only in case 2; all three tumours were positive for SMA.",
         {"case-1": (["SMA"], ["desmin"]), "case-2": (["SMA", "desmin"], []), "case-3": (["SMA"], ["desmin"])}),
        # one clause, two predicates: one closed by every case, one by a numbered case
        (_THREE + "The cells were immunoreactive for vimentin in every case and focally for desmin in case 2, while "
         "CD34 was negative in all three.",
         {"case-1": (["vimentin"], ["CD34"]), "case-2": (["desmin", "vimentin"], ["CD34"]),
          "case-3": (["vimentin"], ["CD34"])}),
        # a clause for all, a patient named by rank as the only one, predicates for numbered cases
        (_THREE + "The tumours were positive for vimentin in all cases, desmin was positive only in the first one, and "
         "caldesmon was positive in cases 1 and 3 and negative in case 2.",
         {"case-1": (["caldesmon", "desmin", "vimentin"], []), "case-2": (["vimentin"], ["caldesmon", "desmin"]),
          "case-3": (["caldesmon", "vimentin"], ["desmin"])}),
    ],
)
def test_mixed_scope_clauses_of_a_series_sentence(nlp, body, expected):
    got = _stains(body, nlp)
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the exception's marker is not the one denied to all
        (_THREE + "All three tumours were positive for SMA and negative for CD34 and desmin, except focal desmin "
         "staining in case 2.",
         {"case-1": (["SMA"], ["CD34", "desmin"]), "case-2": (["SMA", "desmin"], ["CD34"]),
          "case-3": (["SMA"], ["CD34", "desmin"])}),
        (_THREE + "All three tumours were positive for SMA and negative for CD117, with the exception of weak CD117 "
         "staining in case 3.",
         {"case-1": (["SMA"], ["CD117"]), "case-2": (["SMA"], ["CD117"]), "case-3": (["CD117", "SMA"], [])}),
    ],
)
def test_exception_to_a_statement_about_all(nlp, body, expected):
    got = _stains(body, nlp)
    assert {k: got[k] for k in expected} == expected


def test_clause_naming_nobody_is_nobodys(nlp):
    """"..., and the stroma was oedematous": a clause neither for all nor naming a patient gives nobody a stain."""
    got = _stains(_THREE + "Desmin was positive in case 1 only, CD34 was negative in all, and a few cells expressed "
                  "S100 focally.", nlp)
    assert not any("100" in m for k in ("case-2", "case-3") for m in got[k][0])


@pytest.mark.parametrize(
    "closing",
    [
        "CD34 and S100 were negative in all.",
        "On immunohistochemistry all three were negative for CD34 and S100.",
        "Immunohistochemically all three tumours were negative for CD34 and S100.",
    ],
)
def test_sentence_for_all_closed_by_bare_in_all_or_opened_without_comma(nlp, closing):
    """"... were negatives in all.", "On immunohistochemistry both were ...": a statement for every numbered patient."""
    got = _stains(_THREE + closing, nlp)
    assert all("CD34" in got[k][1] for k in ("case-1", "case-2", "case-3"))


def test_in_all_opening_a_total_is_no_statement_for_all(nlp):
    got = _stains(_THREE + "In all, CD34 was negative.", nlp)
    assert all("CD34" not in got[k][1] for k in ("case-1", "case-2"))


@pytest.mark.parametrize(
    "lead",
    [
        "We treated three children, two boys and a girl aged 3, 7 and 11 years (cases 1-3).",
        "Three adults, a man and two women aged 30, 45 and 58 years (cases 1-3), were treated.",
    ],
)
def test_sentence_shared_by_all_does_not_undo_ages_dealt_in_order(nlp, lead):
    """"Both boys had X; the girl had Y" is every patient's sentence: its first sex noun is no one's own sex that
    would say the listing's ages were dealt in another order."""
    body = (lead + " Both boys had wheezing and the girl had stridor. Case 1 underwent lobectomy. "
            "Case 2 underwent sleeve resection. Case 3 underwent tracheal resection.")
    if "women" in lead:
        body = body.replace("Both boys had wheezing and the girl", "Both women had cough and the man")
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [r.age_years for r in rows] == ([3.0, 7.0, 11.0] if "boys" in lead else [30.0, 45.0, 58.0])


@pytest.mark.parametrize(
    ("sentence", "marker", "who"),
    [
        # a numbered patient in a bracketed remark is no clause of its own: the sentence is not dealt by scope
        ("Ki-67 was below 10% in all cases (highest in case 3).", "Ki-67", {"case-3"}),
        # "each of them" points back to the patients just named, not to every patient
        ("Desmin was done in cases 1 and 3 and was positive in each of them.", "desmin", {"case-1", "case-3"}),
        # a method applied to all is no result
        ("ALK was stained (clone D5F3) in all; FISH was added when tissue allowed.", "ALK", {"case-3"}),
    ],
)
def test_narrowed_shapes_are_not_dealt_as_statements_for_all(nlp, sentence, marker, who):
    """None of these is read for cases 1 and 2 (the last patient told may carry on, as before)."""
    got = _stains(_THREE + sentence, nlp)
    assert {k for k, (pos, _) in got.items() if marker in pos} <= who
