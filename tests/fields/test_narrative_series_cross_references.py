"""A series told patient by patient whose later patients refer back to an earlier one ("the same immunoprofile as in
case 1, except that desmin was negative"): a cross-reference copies only what it says it copies (``fields.narrative``,
rules in ``patterns/patient_scope``; invented text)."""

from __future__ import annotations

import pytest

SERIES = "\n".join([
    "Invented myofibroblastic tumours in three made-up patients",
    "",
    "Case 1",
    "A 12-year-old boy had a mass of the jejunal mesentery that was excised. The lesional cells stained for ALK, SMA and "
    "desmin and were negative for CD34, S100 and myogenin. The Ki-67 index was 15%.",
    "",
    "Case 2",
    "A 58-year-old woman had a 6-cm mass of the sigmoid colon that was resected. {second}",
    "",
    "Case 3",
    "A 33-year-old man had a pleural mass that was resected. {third}",
])


def _rows(tmp_path, nlp, second: str, third: str = "No stains were done.") -> dict[str, tuple]:
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(SERIES.format(second=second, third=third), encoding="utf-8")
    return {
        r.case_id: (sorted(r.ihc_positive or []), sorted(r.ihc_negative or []), r.ki67_percent)
        for r in extract_document(load_document(p), nlp)
    }


FIRST = (["ALK", "SMA", "desmin"], ["CD34", "S-100", "myogenin"])


@pytest.mark.parametrize(
    ("second", "positive", "negative"),
    [
        # the profile named as the object of the sentence: copied whole, the proliferation index not (each tumour's own)
        ("The tumour showed the same immunoprofile as in case 1.", FIRST[0], FIRST[1]),
        ("Her lesion had the same immunophenotype as the first patient.", FIRST[0], FIRST[1]),
        # an exception keeps the sentence's own result for the markers it names
        ("It displayed the same immunoprofile as case 1, except that desmin was negative.",
         ["ALK", "SMA"], ["CD34", "S-100", "desmin", "myogenin"]),
        ("The same immunohistochemical panel as in case 1 was run, with identical results except that SMA was negative "
         "and CD34 was focally positive.", ["ALK", "CD34", "desmin"], ["S-100", "SMA", "myogenin"]),
        ("The same IHC panel as in patient 1 was used and gave the same results, but S100 was weakly positive.",
         ["ALK", "S-100", "SMA", "desmin"], ["CD34", "myogenin"]),
        # the same panel without its results names the stains done, not what they showed; a likeness copies nothing
        ("The same IHC panel as in case 1 was applied.", [], []),
        ("The immunoprofile resembled that of case 1.", [], []),
    ],
)
def test_profile_copied_from_an_earlier_case_keeps_its_own_exceptions(tmp_path, nlp, second, positive, negative):
    rows = _rows(tmp_path, nlp, second)
    assert rows["case-1"] == (["ALK", "Ki-67", "SMA", "desmin"], FIRST[1], 15.0)
    assert rows["case-2"] == (positive, negative, None)
    assert rows["case-3"] == ([], [], None)


def test_profile_copied_by_a_third_case_leaves_the_second_alone(tmp_path, nlp):
    rows = _rows(tmp_path, nlp, "ALK was negative and SMA positive.",
                 "The same immunoprofile as in case 1 was found, but CD34 was positive.")
    assert rows["case-2"] == (["SMA"], ["ALK"], None)
    assert rows["case-3"] == (["ALK", "CD34", "SMA", "desmin"], ["S-100", "myogenin"], None)


TOLD_LATER = "\n".join([
    "Invented myofibroblastic tumours of the chest wall in three made-up patients",
    "",
    "Case reports",
    "",
    "Case 1",
    "A 22-year-old man had a rib mass that was resected with clear margins.",
    "",
    "Case 2",
    "A 47-year-old woman had a sternal mass that was resected. Crizotinib was started for residual disease.",
    "",
    "Case 3",
    "A 9-year-old girl had a mass of the intercostal muscles that was excised.",
    "",
    "Discussion",
    "",
    "Chest wall tumours of this kind are rare in adults [4]. {later}",
    "Wide resection, as attempted in case 1, is sensible when the ribs are involved.",
])


@pytest.mark.parametrize(
    ("later", "who", "months", "status"),
    [
        ("At the time of writing, 19 months after surgery, case 2 remains free of disease.", "case-2", 19.0, "ANED"),
        ("Currently, about 30 months after the excision, patient 3 is alive with a small residual mass.", "case-3", 30.0, "AWD"),
        # a superscript reference number a text dump left at the opening of the sentence
        ("5 At the time of writing, 11 months after diagnosis, case 2 has relapsed and is on crizotinib.", "case-2", 11.0, "AWD"),
    ],
)
def test_later_course_of_a_numbered_patient_told_in_the_discussion(tmp_path, nlp, later, who, months, status):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(TOLD_LATER.format(later=later), encoding="utf-8")
    rows = {r.case_id: (r.follow_up_months, r.status, r.treatment) for r in extract_document(load_document(p), nlp)}
    assert rows[who][:2] == (months, status)
    assert all(v[:2] == (None, None) for k, v in rows.items() if k != who)
    # the discussion's next sentence, naming another case only as an example, is nobody's
    assert rows["case-1"][2] == "SE"


def test_later_course_of_two_numbered_patients_in_one_discussion_sentence_is_dealt_out(tmp_path, nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(TOLD_LATER.format(
        later="At the time of writing, 19 months after surgery, case 2 remains free of disease, and case 3 has "
              "relapsed 8 months after the excision."), encoding="utf-8")
    rows = {r.case_id: (r.status, r.recurrence) for r in extract_document(load_document(p), nlp)}
    assert rows["case-2"][0] == "ANED"
    assert rows["case-3"][1] is True


@pytest.mark.parametrize(
    "text",
    [
        "He was treated identically to case 1, and the mass shrank.",
        "She was managed similarly to patient 2 and remained well.",
    ],
)
def test_patient_named_as_the_model_of_a_treatment_opens_no_sentence(text):
    from eims_extract.fields.narrative import patient_number

    assert patient_number(text) is None


YARDSTICK = "\n".join([
    "Invented myofibroblastic tumours of the limbs in three made-up patients",
    "",
    "Case 1",
    "A 30-year-old man had a forearm mass that was excised. He is well 40 months after surgery.",
    "",
    "Case 2",
    "A 50-year-old woman had a calf mass that was excised. She is well 22 months after surgery.",
    "",
    "Case 3",
    "A 5-year-old boy had a thigh mass that was excised. {opening} He has had no recurrence after 9 months.",
])


@pytest.mark.parametrize(
    "opening",
    [
        "As in cases 1 and 2, no adjuvant treatment was given.",
        "Unlike the first two patients, he had a positive margin.",
    ],
)
def test_sentence_measuring_a_patient_against_several_others_stays_that_patients(tmp_path, nlp, opening):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(YARDSTICK.format(opening=opening), encoding="utf-8")
    rows = {r.case_id: (r.follow_up_months, r.recurrence) for r in extract_document(load_document(p), nlp)}
    assert rows["case-1"][0] == 40.0
    assert rows["case-2"][0] == 22.0
    assert rows["case-3"] == (9.0, False)


FUSION = "\n".join([
    "Invented myofibroblastic tumours of the pelvis in two made-up patients",
    "",
    "Case 1",
    "A 25-year-old woman had a pelvic mass that was resected. ALK was positive by immunohistochemistry, and RNA "
    "sequencing found a {first} fusion.",
    "",
    "Case 2",
    "A 31-year-old man had a presacral mass that was resected. ALK was positive by immunohistochemistry. {second}",
])


@pytest.mark.parametrize(
    ("first", "second", "fusion"),
    [
        ("TPM4::ALK", "Targeted sequencing detected the same fusion as in case 1.", ["TPM4::ALK"]),
        ("RANBP2::ALK", "RT-PCR confirmed the same ALK fusion as in patient 1.", ["RANBP2::ALK"]),
        # a likeness of kind only copies nothing
        ("TPM4::ALK", "FISH showed a rearrangement, as in case 1.", None),
    ],
)
def test_fusion_told_as_an_earlier_cases_is_that_fusion(tmp_path, nlp, first, second, fusion):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(FUSION.format(first=first, second=second), encoding="utf-8")
    rows = {r.case_id: r.kinase_fusions for r in extract_document(load_document(p), nlp)}
    assert rows == {"case-1": [first], "case-2": fusion}
