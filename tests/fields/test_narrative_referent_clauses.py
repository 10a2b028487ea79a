"""Two patients told of together, then in sentences whose clauses each name one of them anywhere, not only at their
opening ("CT showed in the girl a mass of X, and in the boy a mass of Y", "X was done in the girl; the boy underwent
Y", "Because of residual disease, the boy was given Z"), or whose references start over after a comma ("X in the girl
and Y in the boy, with A in the former and B in the latter"): each clause is the patient's it names
(``fields.narrative`` ``_referent_clauses``, ``_sole_referent``, ``_ref_runs``; regexes ``patient_referent`` and
``referent_joint`` of ``patterns/patient_scope.jsonl``). Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_JOINT = """Inflammatory myofibroblastic tumour in two invented children

Abstract

We report two children treated in our unit. A 7-year-old girl presented with haematuria, and an 11-year-old boy \
presented with abdominal pain. {last}
"""

_SEQUENTIAL = """Inflammatory myofibroblastic tumour in two invented children

Abstract

We report two children treated in our unit. A 7-year-old girl presented with haematuria. An 11-year-old boy \
presented with abdominal pain. {last}
"""


def _rows(tmp_path, nlp, page, last):
    path = tmp_path / "pair.txt"
    path.write_text(page.format(last=last), encoding="utf-8")
    return extract_document(load_document(path), nlp)


@pytest.mark.parametrize("page", [_JOINT, _SEQUENTIAL])
@pytest.mark.parametrize(
    "last",
    [
        "Ultrasound showed in the girl a polypoid lesion of the urinary bladder, and in the boy a solid mass of the small bowel mesentery.",
        "Imaging found in the girl a lesion at the dome of the urinary bladder; in the boy it found a mass at the root of the mesentery.",
        "CT demonstrated a bladder wall mass in the girl, while the boy had a mass of the mesentery.",
        "A partial cystectomy of the urinary bladder was done in the girl; the boy underwent excision of a mass of the mesentery.",
    ],
)
def test_clauses_naming_each_patient_anywhere_give_each_its_site(tmp_path, nlp, page, last):
    rows = _rows(tmp_path, nlp, page, last)
    assert [r.site for r in rows] == ["bladder", "mesentery"]


@pytest.mark.parametrize("page", [_JOINT, _SEQUENTIAL])
@pytest.mark.parametrize(
    ("last", "months"),
    [
        ("At the last control the girl has no recurrence 38 months after surgery and the boy is free of disease 20 months after surgery.", [38, 20]),
        ("The girl is free of disease at 38 months, whereas the boy died of disease 20 months after surgery.", [38, 20]),
        ("At last contact, 38 months after surgery, the girl was well; the boy was alive without disease 20 months after surgery.", [38, 20]),
    ],
)
def test_outcomes_told_clause_by_clause_go_to_the_patient_each_names(tmp_path, nlp, page, last, months):
    rows = _rows(tmp_path, nlp, page, last)
    assert [r.follow_up_months for r in rows] == months


@pytest.mark.parametrize("page", [_JOINT, _SEQUENTIAL])
@pytest.mark.parametrize(
    "last",
    [
        "Because of residual disease after surgery, the boy was given crizotinib.",
        "Since the margins were involved, the boy received crizotinib.",
        "After a local relapse, crizotinib was given to the boy.",
    ],
)
def test_a_sentence_naming_one_patient_after_a_lead_is_that_patients(tmp_path, nlp, page, last):
    rows = _rows(tmp_path, nlp, page, last)
    assert [r.drugs for r in rows] == [None, ["crizotinib"]]


@pytest.mark.parametrize("page", [_JOINT, _SEQUENTIAL])
@pytest.mark.parametrize(
    "last",
    [
        "The RNA panel detected TFG-ROS1 in the girl and ETV6-NTRK3 in the boy, concordant with ROS1 staining in the former and pan-TRK staining in the latter.",
        "Sequencing identified TFG-ROS1 in the girl and ETV6-NTRK3 in the boy, matching ROS1 immunoreactivity in the former and pan-TRK in the latter.",
    ],
)
def test_references_starting_over_after_a_comma_deal_each_run(tmp_path, nlp, page, last):
    rows = _rows(tmp_path, nlp, page, last)
    assert [r.kinase_fusions for r in rows] == [["TFG::ROS1"], ["ETV6::NTRK3"]]


@pytest.mark.parametrize(
    "last",
    [
        "Both tumours were positive for ALK; desmin was negative in the girl's mother's sample.",
        "Both tumours, the girl's and the boy's, were positive for ALK.",
    ],
)
def test_a_sentence_naming_both_or_a_relative_stays_shared(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, _JOINT, last)
    assert rows[0].ihc_positive == rows[1].ihc_positive
    assert rows[0].site == rows[1].site



@pytest.mark.parametrize(
    "last",
    [
        "Her Ki-67 index was 20%, compared with about 3% in the boy.",
        "The Ki-67 index of her tumour was 20%, higher than in the boy.",
        "Her tumour was larger, unlike the boy's, and the Ki-67 index was 20%.",
    ],
)
def test_a_patient_named_as_a_yardstick_does_not_take_the_sentence(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, _SEQUENTIAL.replace("An 11-year-old boy presented with abdominal pain. {last}", "An 11-year-old boy presented with abdominal pain. The girl was operated on. {last}"), last)
    assert rows[1].ki67_percent is None


@pytest.mark.parametrize("page", [_JOINT, _SEQUENTIAL])
@pytest.mark.parametrize(
    ("last", "positive"),
    [
        ("Both tumours were resected. Histology showed spindle cells expressing ALK and SMA; the girl's tumour also "
         "expressed desmin.", [["ALK", "SMA", "desmin"], ["ALK", "SMA"]]),
        ("Both tumours were resected. Immunostaining showed ALK positivity, and in the girl desmin was also positive.",
         [["ALK", "desmin"], ["ALK"]]),
    ],
)
def test_a_clause_naming_none_before_one_adding_to_it_is_everyones(tmp_path, nlp, page, last, positive):
    assert [r.ihc_positive for r in _rows(tmp_path, nlp, page, last)] == positive


@pytest.mark.parametrize("page", [_JOINT, _SEQUENTIAL])
def test_treatment_of_both_then_one_also_given_a_drug(tmp_path, nlp, page):
    rows = _rows(tmp_path, nlp, page, "Both tumours were resected, and the girl also received crizotinib.")
    assert [r.treatment for r in rows] == ["SE+ALKi", "SE"]
    assert [r.drugs for r in rows] == [["crizotinib"], None]


@pytest.mark.parametrize("page", [_JOINT, _SEQUENTIAL])
def test_a_clause_naming_none_before_one_not_adding_to_it_stays_unshared(tmp_path, nlp, page):
    rows = _rows(tmp_path, nlp, page, "The tumour recurred at 6 months; the girl then received crizotinib.")
    assert rows[1].recurrence is None and rows[1].drugs is None


_RANKED_TRIPLET = """Inflammatory myofibroblastic tumour in three invented children

Abstract

The first patient was a 4-year-old girl with a mass of the urinary bladder, which was excised. The second one, a boy \
aged 11 years, had a tumour of the mesentery that was resected. The third one was a 16-year-old girl with a tumour of \
the lung, removed by lobectomy. The girl with the lung tumour relapsed locally after 6 months and was operated again. \
{last}
"""


@pytest.mark.parametrize(
    ("last", "months"),
    [
        (
            "The children did well: the first one is free of disease 5 years after the excision, the boy has no evidence of "
            "disease 20 months later, and the adolescent is alive without disease 2 years after the diagnosis.",
            [60, 20, 24],
        ),
        (
            "Their course was good: the first one remains well 5 years after surgery, the boy is free of tumour 20 months "
            "after surgery, and the teenager is alive without disease 2 years after surgery.",
            [60, 20, 24],
        ),
    ],
)
def test_follow_up_list_after_colon_by_rank_sex_and_age_word(tmp_path, nlp, last, months):
    """A follow-up list after a colon naming each patient by rank, by sex and by an age word ('the adolescent', the
    one patient in her teens), its items joined by bare commas: each item that patient's time, not all of them the
    patient the sentence before was about."""
    path = tmp_path / "triplet.txt"
    path.write_text(_RANKED_TRIPLET.format(last=last), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [r.follow_up_months for r in rows] == months
