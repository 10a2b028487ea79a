"""Two patients of one report told apart inside a shared sentence (``fields.narrative``): a stain given to one and
denied to the other by a left-out predicate ("positive in case 1 but not in case 2"), a stain one tumour only took
("stained the first tumour only"), and a treatment given to one only ("Only the latter ..."). Invented patients,
wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_NUMBERED = """Myofibroblastic tumours of the bowel: two invented patients

Case presentation
Case 1. A 29-year-old woman had a 4 cm mass of the jejunum that was resected.
Case 2. A 63-year-old man had a 9 cm mass of the sigmoid colon that was resected.

Pathology
Both lesions were built of plump spindle cells among plasma cells. {pathology}

Follow-up
{follow_up}
"""

_TOGETHER = """Myofibroblastic tumours of the bowel in two invented adults

Case presentation
Two patients, a 29-year-old woman and a 63-year-old man, presented with bowel masses that were resected.
{follow_up}
"""


def _rows(nlp, text: str):
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return sorted(extract_document(doc, nlp), key=lambda r: r.age_years or 0)


@pytest.mark.parametrize(
    "sentence",
    [
        "ALK was positive in case 1 but not in case 2.",
        "ALK was diffusely positive in patient 1 but not in patient 2.",
        "ALK was positive in the first patient but not in the second.",
        "ALK was positive in the first case and negative in the second case.",
    ],
)
def test_stain_denied_to_the_second_patient_by_a_left_out_predicate(nlp, sentence):
    first, second = _rows(nlp, _NUMBERED.format(pathology=sentence, follow_up="Both are well."))
    assert (first.ihc_positive, first.alk_tests) == (["ALK"], ["IHC+"])
    assert (second.ihc_negative, second.alk_tests) == (["ALK"], ["IHC-"])
    assert second.ihc_positive is None


def test_a_negative_left_out_after_not_is_not_turned(nlp):
    # "negative in case 1 but not in case 2" does not say what case 2's stain was: nothing for it
    first, second = _rows(nlp, _NUMBERED.format(pathology="CD117 was negative in case 1 but not in case 2.", follow_up=""))
    assert first.ihc_negative == ["CD117"]
    assert (second.ihc_positive, second.ihc_negative) == (None, None)


@pytest.mark.parametrize(
    "sentence", ["Caldesmon stained the first tumour only.", "Caldesmon was positive only in the first case."]
)
def test_stain_of_the_first_tumour_only_is_the_seconds_negative(nlp, sentence):
    first, second = _rows(nlp, _NUMBERED.format(pathology=sentence, follow_up=""))
    assert first.ihc_positive == ["caldesmon"]
    assert (second.ihc_positive, second.ihc_negative) == (None, ["caldesmon"])


@pytest.mark.parametrize(
    "sentence",
    ["Only the latter was given crizotinib after a local recurrence.", "Only the second patient received crizotinib after a local recurrence."],
)
def test_drug_given_only_to_the_second_of_two_numbered_patients(nlp, sentence):
    first, second = _rows(nlp, _NUMBERED.format(pathology="", follow_up=sentence))
    assert first.drugs is None and first.recurrence is None
    assert (second.drugs, second.recurrence) == (["crizotinib"], True)


def test_drug_given_only_to_the_latter_of_two_patients_introduced_together(nlp):
    rows = _rows(nlp, _TOGETHER.format(follow_up="Only the latter received crizotinib."))
    assert [(r.age_years, r.drugs) for r in rows] == [(29.0, None), (63.0, ["crizotinib"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "An EML4::ALK fusion was detected in the two tumours by RNA sequencing.",
        "The two tumours harboured an EML4::ALK fusion on RNA sequencing.",
        "Both tumours harboured an EML4::ALK fusion on RNA sequencing.",
    ],
)
def test_fusion_found_in_the_two_tumours_is_both_patients(nlp, sentence):
    rows = _rows(nlp, _NUMBERED.format(pathology=sentence, follow_up=""))
    assert [(r.alk_fusion_partner, r.alk_tests) for r in rows] == [("EML4", ["NGS+"])] * 2


_THREE = """Myofibroblastic tumours of the airway: three invented patients

Case presentation
Case 1. A 29-year-old woman had a 2 cm mass of the glottis that was excised.
Case 2. A 63-year-old man had a 3 cm mass of the trachea that was excised.
Case 3. A 41-year-old man had a 1 cm mass of the subglottis that was excised.

Pathology
{pathology}

Follow-up
All three are well.
"""


@pytest.mark.parametrize(
    ("sentence", "negative"),
    [
        # a clause borrowing its verb from the one before, naming its patients as the only ones: the others' opposite
        ("Vimentin was expressed in all three tumours, and caldesmon in cases 1 and 3 only.", ["caldesmon"]),
        ("All three stained for vimentin, and calponin in case 2 only.", ["calponin"]),
    ],
)
def test_elliptic_only_clause_after_a_clause_for_all_turns_the_others(nlp, sentence, negative):
    rows = {r.case_id: r for r in _rows(nlp, _THREE.format(pathology=sentence))}
    named = {"case-1", "case-3"} if "cases 1 and 3" in sentence else {"case-2"}
    for case_id, row in rows.items():
        assert "vimentin" in [m.lower() for m in row.ihc_positive or []]
        if case_id in named:
            assert not set(negative) & set(row.ihc_negative or [])
        else:
            assert set(negative) <= set(row.ihc_negative or []), case_id


def test_elliptic_only_clause_after_a_clause_naming_patients_turns_nothing(nlp):
    """Precision: when the clause before names patients of its own, the elliptic "only" clause is not read with it."""
    rows = _rows(nlp, _THREE.format(pathology="Vimentin was expressed in case 2, and calponin in case 3 only."))
    assert not any("vimentin" in [m.lower() for m in r.ihc_negative or []] for r in rows)
