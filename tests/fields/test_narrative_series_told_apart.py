"""Small series told in prose, where the text tells its patients apart by other means than their numbers: by sex when a
patient's age phrase carries no person noun of its own ("The second patient was a boy of 7 years ... ; this was not done
in the woman"). Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


def _rows(tmp_path, nlp, text):
    path = tmp_path / "series.txt"
    path.write_text(text, encoding="utf-8")
    return extract_document(load_document(path), nlp)


_NOUN_BEFORE_AGE = """Inflammatory myofibroblastic tumour of the colon and the spleen in two invented patients

Dear Editor,

we describe two patients seen in our hospital. The first patient, a 58-year-old woman, had a 4 cm mass of the \
sigmoid colon and underwent a sigmoidectomy. The second patient was a boy of 7 years with fever, in whom a 5 cm mass \
of the spleen was found; a splenectomy was done. {last} \
After the operation the fever of the child settled, and 20 months later he is alive without disease. The woman was \
lost to follow-up.
"""


@pytest.mark.parametrize(
    "last",
    [
        "Sequencing of the boy's tumour was done and found a TPM4-ALK fusion; this test was not done in the woman, ALK being negative.",
        "In the boy RNA sequencing found a TPM4-ALK fusion; in the woman, whose tumour was ALK negative, it was not performed.",
    ],
)
def test_sex_of_a_person_noun_before_the_age_tells_the_clauses_apart(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, _NOUN_BEFORE_AGE.format(last=last))
    assert [r.case_id for r in rows] == ["case-1", "case-2"]
    assert "IHC-" in (rows[0].alk_tests or []) and rows[0].kinase_fusions is None
    assert rows[1].kinase_fusions == ["TPM4::ALK"] and "IHC-" not in (rows[1].alk_tests or [])
    # the sentence opened on the boy, the woman named only in its last clause: the text goes on with the boy
    assert [r.follow_up_months for r in rows] == [None, 20]


_NUMBERED = """Three invented children with inflammatory myofibroblastic tumour

Results

Patient 1 was a 5-year-old boy with a mass of the lung. Patient 2 was a 9-year-old girl with a mass of the bladder. \
Patient 3 was a 12-year-old boy with a mass of the mesentery. All three underwent complete excision. {last}
"""


@pytest.mark.parametrize(
    ("last", "fusions"),
    [
        (
            "The tumour of patient 2 harboured a TPM3::ALK fusion and that of patient 3 an ETV6::NTRK3 fusion.",
            [None, ["TPM3::ALK"], ["ETV6::NTRK3"]],
        ),
        (
            "RNA sequencing was done in all. The lesion from case 1 carried an EML4::ALK fusion, while that of case 3 a "
            "TFG::ROS1 fusion.",
            [["EML4::ALK"], None, ["TFG::ROS1"]],
        ),
    ],
)
def test_that_of_another_patient_borrows_the_first_tumours_verb(tmp_path, nlp, last, fusions):
    rows = _rows(tmp_path, nlp, _NUMBERED.format(last=last))
    assert [r.kinase_fusions for r in rows] == fusions


def test_a_clause_after_the_gapped_pair_speaking_for_both_is_both_patients(tmp_path, nlp):
    last = (
        "The tumour of patient 1 showed an ETV6::NTRK3 fusion and that of patient 3 a TFG::ROS1 fusion; no ALK fusion "
        "was detected by sequencing in these two patients."
    )
    rows = _rows(tmp_path, nlp, _NUMBERED.format(last=last))
    assert [r.kinase_fusions for r in rows] == [["ETV6::NTRK3"], None, ["TFG::ROS1"]]
    assert "NGS-" in (rows[0].alk_tests or []) and "NGS-" in (rows[2].alk_tests or [])
    assert "NGS-" not in (rows[1].alk_tests or [])


@pytest.mark.parametrize(
    "last",
    [
        "Vimentin was positive in all the three cases, and desmin only in the second one.",
        "Vimentin was positive in all three tumours, and desmin only in the second one; CD34 was negative in all.",
    ],
)
def test_a_clause_without_a_verb_borrows_the_result_of_the_clause_for_all(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, _NUMBERED.format(last=last))
    assert [r.ihc_positive for r in rows] == [["vimentin"], ["vimentin", "desmin"], ["vimentin"]]
    assert ["desmin" in (r.ihc_negative or []) for r in rows] == [True, False, True]


_JOINT_SITES = """Inflammatory myofibroblastic tumour at three invented sites

Cases: we saw a 48-year-old man with a mass of the tongue; a 3-year-old girl with a mass of the kidney; and a \
14-year-old boy with a mass of the forearm. All were excised. {last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "ALK break-apart FISH was positive in the renal case.",
        "FISH showed an ALK rearrangement only in the renal case.",
    ],
)
def test_a_case_named_by_its_site_is_that_patients_alone(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, _JOINT_SITES.format(last=last))
    assert ["FISH+" in (r.alk_tests or []) for r in rows] == [False, True, False]


def test_a_with_detail_naming_cases_does_not_restrict_the_clause_for_all(tmp_path, nlp):
    last = (
        "All three tumours expressed ALK, with a granular cytoplasmic pattern in cases 1 and 2 and nuclear membrane "
        "staining in case 3. Desmin was negative in all."
    )
    rows = _rows(tmp_path, nlp, _NUMBERED.format(last=last))
    assert [r.ihc_positive for r in rows] == [["ALK"], ["ALK"], ["ALK"]]
    assert [r.alk_tests for r in rows] == [["IHC+"], ["IHC+"], ["IHC+"]]


@pytest.mark.parametrize(
    "last",
    [
        "ALK was positive in cases 1 and 3, and it was negative in case 2.",
        "ALK (clone 5A4) was positive (granular) in cases no. 1 and 3, while it was negative in the case no. 2.",
    ],
)
def test_a_pronoun_for_the_stain_in_a_later_clause_is_that_stain(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, _NUMBERED.format(last=last))
    assert [r.alk_tests for r in rows] == [["IHC+"], ["IHC-"], ["IHC+"]]
    assert rows[1].ihc_negative == ["ALK"]
