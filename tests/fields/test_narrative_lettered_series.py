"""Small series whose abstracts letter their patients ("Patient A", "Pt B", "Patients A and C") instead of numbering
them: each lettered patient is split off and read as the numbered one would be (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows


def _rows(nlp, abstract: str, *names: str) -> list[tuple]:
    return abstract_rows(nlp, abstract, *names)


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (  # a third lettered patient introduced in apposition mid-paragraph
            "Results: Patient A was a 33-year-old man with a mass of the ileal mesentery. Patient B, a 52-year-old "
            "woman, had a pelvic mass. Patient C was a 12-year-old boy with a gastric tumour. Patient B was given "
            "cisplatin and etoposide and died of disease 7 months after surgery.",
            [(33.0, "male"), (52.0, "female"), (12.0, "male")],
        ),
        (  # the abbreviation Pt
            "Pt A, a 61-year-old woman, had a lung mass. Pt B was a 25-year-old man with a chest wall tumour. "
            "Pt C, a 4-year-old girl, had a liver mass.",
            [(61.0, "female"), (25.0, "male"), (4.0, "female")],
        ),
    ],
)
def test_lettered_patients_are_split_like_numbered_ones(nlp, abstract, expected):
    assert _rows(nlp, abstract, "age_years", "sex") == expected


def test_lettered_patient_keeps_own_treatment(nlp):
    got = _rows(
        nlp,
        "Patient A was a 33-year-old man with a mesenteric mass. Patient B, a 52-year-old woman, had an omental mass. "
        "Patient C was a 12-year-old boy with a colonic mass. Patient B received doxorubicin after relapse. "
        "Patient C was given crizotinib.",
        "drugs",
    )
    assert got[1:] == [(["doxorubicin"],), (["crizotinib"],)] and not got[0][0]


@pytest.mark.parametrize(
    "abstract",
    [
        # one letter only, or a letter that is no patient's ("hepatitis B", "vitamin A")
        "A 40-year-old man with hepatitis B had a liver mass. The patient received vitamin A supplements.",
        "Patient A, a 40-year-old man, had a liver mass that was resected.",
    ],
)
def test_no_lettered_series_without_two_lettered_patients(nlp, abstract):
    assert len(_rows(nlp, abstract, "age_years")) == 1


@pytest.mark.parametrize(
    ("sentence", "named", "drug_for"),
    [
        # a listed subject, then one of them singled out after the semicolon: the drug is that case's only
        ("Cases 1-3 were excised; in case 2 the margin was involved and crizotinib was added.", {1, 2, 3}, {2}),
        ("Cases 1 and 3 underwent resection; in case 3 imatinib was given after relapse.", {1, 3}, {3}),
    ],
)
def test_listed_cases_then_one_singled_out_in_a_later_clause(sentence, named, drug_for):
    from eims_extract.fields import narrative
    from eims_extract.fields.base import Sentence

    groups = {k: narrative.Patient(f"case-{k}") for k in (1, 2, 3)}
    pieces = narrative._clausewise_case_pieces(Sentence("d", sentence, 0, "abstract"), groups)
    got: dict[int, str] = {}
    for k, piece in pieces:
        got[k] = got.get(k, "") + piece.text
    assert set(got) == named
    assert {k for k, text in got.items() if "crizotinib" in text or "imatinib" in text} == drug_for


def _segment(texts: list[str]):
    from eims_extract.fields import narrative
    from eims_extract.fields.base import Sentence

    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence("d", t, at, "abstract", heading="Results"))
        at += len(t) + 1
    return narrative.segment_patients(sentences)


_THREE = ["Case 1 was a 6-year-old girl.", "Case 2 was a 28-year-old man.", "Case 3 was a 61-year-old woman.",
          "Ki-67 was 12% in case 2."]


@pytest.mark.parametrize(
    "closing",
    [
        # per-patient follow-up told jointly, after a sentence about one of them
        "All patients are alive without disease after 31, 17 and 9 months, respectively.",
        "Follow-up ranged 9-31 months (31, 17 and 9 mo, respectively).",
        "Follow-up was 9-31 months (median, 17 months): 31, 17 and 9 months for cases 1-3.",
        "Follow-up was 31, 17 and 9 months respectively.",
    ],
)
def test_per_patient_follow_up_list_is_dealt_to_each(closing):
    from eims_extract.fields import outcome
    from eims_extract.records import CaseRow

    got = []
    for p in _segment([*_THREE, closing]):
        row = CaseRow("d", p.case_id)
        outcome.apply(p.sentences, row)
        got.append(row.follow_up_months)
    assert got == [31.0, 17.0, 9.0]


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        # the verb said once, then each further patient with its description only
        ("There were two women and one man. Case 1 was a 47-year-old woman, case 2 a 19-year-old man and case 3 a "
         "70-year-old woman. All had haematuria.", [(47.0, "female"), (19.0, "male"), (70.0, "female")]),
        # ages listed respectively, sexes by lettered nouns after the semicolon
        ("Three patients aged 9, 23 and 58 years, respectively, were reviewed; Pt A was a girl, Pt B a man and Pt C "
         "a woman. All had a mass of the orbit. Pt A was given steroids. Pt B underwent excision. Pt C received "
         "radiotherapy.", [(9.0, "female"), (23.0, "male"), (58.0, "female")]),
    ],
)
def test_gapped_descriptions_give_each_patient_age_and_sex(nlp, abstract, expected):
    assert _rows(nlp, abstract, "age_years", "sex") == expected


def _pieces_by_case(texts: list[str]) -> dict[str, str]:
    return {p.case_id: " ".join(" ".join(s.text.split()) for s in p.sentences[1:]) for p in _segment(texts)}


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # all but one named: the others' statement, not the named one's
        ("All but case 2 are alive without disease.",
         {"case-1": "are alive without disease.", "case-2": "", "case-3": "are alive without disease."}),
        # the exception's relative clause tells the excepted one's own course
        ("All patients underwent excision except patient 3, who died 5 months later.",
         {"case-1": "underwent excision .", "case-2": "underwent excision .", "case-3": "who died 5 months later"}),
    ],
)
def test_statement_for_all_but_named_cases(closing, expected):
    got = _pieces_by_case(["Case 1 was a 6-year-old girl.", "Case 2 was a 28-year-old man.",
                           "Case 3 was a 61-year-old woman.", closing])
    assert got == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("The other two (cases 1 and 3) had surgery only and are free of disease at 40 and 22 months, respectively.",
         [40.0, None, 22.0]),
    ],
)
def test_bracketed_cases_with_respectively_list_each_their_own(closing, expected):
    from eims_extract.fields import outcome
    from eims_extract.records import CaseRow

    got = []
    for p in _segment(["Case 1 was a 6-year-old girl.", "Case 2 was a 28-year-old man.", "Case 3 was a 61-year-old woman.",
                       "Case 2 received crizotinib.", closing]):
        row = CaseRow("d", p.case_id)
        outcome.apply(p.sentences, row)
        got.append(row.follow_up_months)
    assert got == expected


_LETTERED = (
    "Patient A was a 35-year-old man with a mass of the jejunum. Patient B, a 60-year-old woman, had a pelvic mass. "
    "Patient C was an 8-year-old girl with a tumour of the omentum. "
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # bare letters after "in", the next sentence opening after the last letter's full stop
        ("ALK was positive in B and C, negative in A. Calponin was positive in A and B, negative in C.",
         [([["calponin"], ["ALK"]]), ([["ALK", "calponin"], None]), ([["ALK"], ["calponin"]])]),
        # a later clause telling only how the stain looked in its patient keeps the stain's name
        ("ALK showed granular cytoplasmic staining in A and B, and nuclear membrane staining in C.",
         [([["ALK"], None]), ([["ALK"], None]), ([["ALK"], None])]),
    ],
)
def test_bare_letters_name_a_lettered_series_patients(nlp, tail, expected):
    got = _rows(nlp, _LETTERED + tail, "ihc_positive", "ihc_negative")
    assert [[p, n] for p, n in got] == expected


def test_letters_of_a_figures_panels_name_no_patient(nlp):
    got = _rows(nlp, _LETTERED + "Desmin was positive in all three tumours (Figure 2, shown in A and C).",
                "ihc_positive")
    assert got == [(["desmin"],), (["desmin"],), (["desmin"],)]


_LETTERED_THREE = (
    "Results: Patient A was a 52-year-old woman with a mass of the ileum. Patient B, a 36-year-old man, had a mass of "
    "the stomach. Patient C was a 10-year-old girl with a mass of the mesentery. "
)


@pytest.mark.parametrize(
    ("sentence", "field", "expected"),
    [
        # one result for two patients named by bare letters: theirs, not the last-introduced patient's
        ("Break-apart FISH for ALK was positive in B and C.", "alk_tests", [None, ["FISH+"], ["FISH+"]]),
        ("ALK FISH was carried out in A and C, both showing a rearrangement.", "alk_tests", [["FISH+"], None, ["FISH+"]]),
        ("Desmin was positive in A and B.", "ihc_positive", [["desmin"], ["desmin"], None]),
    ],
)
def test_bare_letters_naming_two_patients_give_the_result_to_both(nlp, sentence, field, expected):
    assert [r[0] for r in _rows(nlp, _LETTERED_THREE + sentence, field)] == expected
