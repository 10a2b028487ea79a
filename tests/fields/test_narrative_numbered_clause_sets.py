"""Three numbered patients, then sentences that deal findings out to sets of them: clauses opening on ranks ("The first
and the third patient are alive, the second died of disease"), a stain's object naming cases ("CD30 stained cases 1
and 2 but was negative in case 3"), values each closed by a case after a range ("30% in case 1, 40-45% in case 2 and
15% in case 3"): each patient its own clause (``fields.narrative`` ``_rank_set_clauses``, ``_case_clauses``; regexes
``rank_set_clause`` and ``case_group`` of ``patterns/patient_scope.jsonl``). Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAGE = """Three invented epithelioid myofibroblastic sarcomas

Case presentation

We report three patients. Case 1 was a 40-year-old man with a mass of the omentum; case 2 was a 61-year-old woman \
with a mass of the jejunum; case 3 was a 22-year-old man with a mass of the mesocolon.

{last}
"""


def _rows(tmp_path, nlp, last):
    path = tmp_path / "three.txt"
    path.write_text(_PAGE.format(last=last), encoding="utf-8")
    return extract_document(load_document(path), nlp)


@pytest.mark.parametrize(
    ("last", "status"),
    [
        ("The first and the third patient are alive without disease, the second died of disease.", ["ANED", "DOD", "ANED"]),
        ("The first and third patients are free of disease; the second died of disease.", ["ANED", "DOD", "ANED"]),
        ("The second patient died of disease, whereas the first and the third are alive without disease.", ["ANED", "DOD", "ANED"]),
        ("The third one died of disease, the first and the second are alive without disease.", ["ANED", "ANED", "DOD"]),
    ],
)
def test_clauses_opening_on_sets_of_ranks_go_to_those_patients(tmp_path, nlp, last, status):
    assert [r.status for r in _rows(tmp_path, nlp, last)] == status


@pytest.mark.parametrize(
    "last",
    [
        "CD30 stained cases 1 and 2 but was negative in case 3.",
        "CD30 stained cases 1 and 2, but was negative in case 3.",
        "CD30 was positive in cases 1 and 2 but negative in case 3.",
    ],
)
def test_a_stain_naming_its_cases_as_object_deals_its_signs(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, last)
    assert "CD30" not in (rows[2].ihc_positive or [])
    assert ["CD30" in (r.ihc_negative or []) for r in rows] == [False, False, True]


@pytest.mark.parametrize(
    ("last", "ki67"),
    [
        ("The Ki-67 index was about 30% in case 1, 40-45% in case 2 and 15% in case 3.", [30, 45, 15]),
        ("The Ki-67 index was 30% in case 1, 40–45% in case 2 and 15% in case 3.", [30, 45, 15]),
        ("The Ki-67 index was 10-20% in case 1, 5% in case 2 and 15% in case 3.", [20, 5, 15]),
    ],
)
def test_a_case_list_ends_before_a_value_range(tmp_path, nlp, last, ki67):
    assert [r.ki67_percent for r in _rows(tmp_path, nlp, last)] == ki67


@pytest.mark.parametrize(
    ("last", "negative"),
    [
        ("CD117 and DOG1 were negative in the mesocolic tumour.", [None, None, ["CD117", "DOG-1"]]),
        ("In the jejunal tumour, CD117 and DOG1 were negative.", [None, ["CD117", "DOG-1"], None]),
        ("The omental tumour was negative for CD117 and DOG1.", [["CD117", "DOG-1"], None, None]),
    ],
)
def test_a_sentence_naming_one_tumour_by_its_site_is_that_patients(tmp_path, nlp, last, negative):
    assert [r.ihc_negative for r in _rows(tmp_path, nlp, last)] == negative


@pytest.mark.parametrize(
    "last",
    [
        "CD117 was negative in the omentum, as in the jejunal tumour.",
    ],
)
def test_a_tumour_named_by_site_beside_another_patients_site_is_not_its_alone(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, last)
    assert rows[1].ki67_percent is None and rows[1].ihc_negative is None


def test_a_site_alone_before_a_site_named_tumour_closes_its_own_patients_predicate(tmp_path, nlp):
    rows = _rows(tmp_path, nlp, "The Ki-67 index was 10% in the omentum and 20% in the jejunal tumour.")
    assert [r.ki67_percent for r in rows] == [10, 20, None]


@pytest.mark.parametrize(
    ("last", "months"),
    [
        ("The first patient is alive and well 50 months after surgery; the jejunal tumour has not recurred at 26 months.", [50, 26, None]),
        ("The third patient is alive at 12 months; the omental tumour has not recurred at 40 months.", [40, None, 12]),
    ],
)
def test_clauses_naming_a_rank_and_a_tumour_by_site_are_dealt(tmp_path, nlp, last, months):
    assert [r.follow_up_months for r in _rows(tmp_path, nlp, last)] == months


@pytest.mark.parametrize(
    "last",
    [
        "SMA was positive in all three cases, and desmin only in the third one; cytokeratin was negative in all.",
        "SMA was positive in all three cases; desmin was positive only in the third case, and cytokeratin was negative in all.",
        "Cytokeratin was negative in all, and desmin stained the third tumour only; SMA was positive in all three cases.",
    ],
)
def test_only_the_clause_naming_the_one_ranked_patient_is_the_others_opposite(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, last)
    for r in rows[:2]:
        assert "SMA" not in (r.ihc_negative or []) and "CK" not in (r.ihc_positive or [])


_PAIR = """Two invented myofibroblastic tumours of the head and neck

Abstract

We present two adult patients. First patient, a 45-year-old man, came with hoarseness; the second, a 52-year-old \
woman, had nasal obstruction. {last}
"""


@pytest.mark.parametrize(
    ("last", "months"),
    [
        ("The first patient has had no recurrence at 18 months. The second one is alive with residual disease at 20 months.", [18, 20]),
        ("The first one remains free of disease at 18 months. The second one is alive with disease at 20 months.", [18, 20]),
        ("The first patient is well at 18 months. The second one remains alive with disease at 20 months.", [18, 20]),
    ],
)
def test_the_second_one_and_the_second_after_a_semicolon_start_that_patient(tmp_path, nlp, last, months):
    path = tmp_path / "pair.txt"
    path.write_text(_PAIR.format(last=last), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [r.age_years for r in rows] == [45, 52]
    assert [r.follow_up_months for r in rows] == months


_TWO_NUMBERED = """Two invented myofibroblastic tumours of the lung

Abstract

We report two adults with a myofibroblastic tumour of the lung. {middle} He is free of disease at 40 months. Patient 2, a \
27-year-old woman, had a wedge resection and is free of disease at 12 months.
"""


@pytest.mark.parametrize(
    "middle",
    [
        "Patient 1, a 52-year-old man, underwent two operations; the second, a completion lobectomy, achieved clear margins.",
        "Patient 1, a 52-year-old man, had two nodules; the second, a 2-cm lesion of the lower lobe, was removed.",
        "Patient 1, a 52-year-old man, needed two further excisions, the second with wide margins.",
    ],
)
def test_the_second_of_things_counted_is_no_patient(tmp_path, nlp, middle):
    path = tmp_path / "two.txt"
    path.write_text(_TWO_NUMBERED.format(middle=middle), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [r.age_years for r in rows] == [52, 27]
    assert [r.follow_up_months for r in rows] == [40, 12]


_TWO_RANKED = """Two invented myofibroblastic tumours of the liver

Abstract

Two patients with a myofibroblastic tumour of the liver are reported. {first} He was treated with prednisolone and the \
nodules regressed completely. The second patient, a 35-year-old woman, underwent a right hepatectomy.
"""


@pytest.mark.parametrize(
    "first",
    [
        "The first, a 60-year-old man, had two hepatic nodules; the second, a 3-cm lesion of segment VI, was biopsied.",
        "The first, a 60-year-old man, had two hepatic nodules, the second of them biopsied.",
        "The first, a 60-year-old man, had three hepatic nodules: the second, a 3-cm lesion, was biopsied.",
    ],
)
def test_a_rank_after_an_apposition_telling_no_person_is_no_patient(tmp_path, nlp, first):
    path = tmp_path / "ranked.txt"
    path.write_text(_TWO_RANKED.format(first=first), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [r.age_years for r in rows] == [60, 35]
    assert rows[0].drugs == ["prednisolone"] and rows[1].drugs is None


@pytest.mark.parametrize(
    "lead",
    [
        "The first, a 19-year-old woman, had a mass of the mediastinum; the second, a 44-year-old man, had a mass of the "
        "retroperitoneum.",
        "Two patients were treated: the first, a 19-year-old woman, for a mass of the mediastinum; and the second, a "
        "44-year-old man, for a mass of the retroperitoneum.",
    ],
)
def test_ranked_appositions_introducing_patients_together_leave_what_follows_to_both(tmp_path, nlp, lead):
    path = tmp_path / "together.txt"
    path.write_text(
        "Two invented myofibroblastic tumours\n\nAbstract\n\nWe present two patients. "
        f"{lead} ALK was positive by immunohistochemistry and desmin was negative. Both were treated by resection.\n",
        encoding="utf-8",
    )
    rows = extract_document(load_document(path), nlp)
    assert [r.age_years for r in rows] == [19, 44]
    assert [r.ihc_positive for r in rows] == [["ALK"], ["ALK"]]
    assert [r.ihc_negative for r in rows] == [["desmin"], ["desmin"]]
