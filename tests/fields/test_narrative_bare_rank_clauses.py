"""Two patients introduced together, then told apart in one sentence by their rank with no noun of its own ("the first
tumour was ALK-positive and the second ROS1-positive", "the first, a woman, ...; the second, a man, ...", "whereas that
of the second was negative"): each clause is the ranked patient's. A bare rank alone in a sentence is no patient (it
may be an operation's or a biopsy's rank) (invented text).
"""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_HEAD = "Invented myofibroblastic tumours: report of two cases\n\nAbstract\n"


def _rows(nlp, body, *fields):
    doc = load_document("r.txt", data=(_HEAD + body).encode(), doc_id="r")
    return [tuple(getattr(r, f) for f in fields) for r in extract_document(doc, nlp)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the second clause gapped: no verb of its own
            "Two women aged 48 and 66 years had tumours of the uterus. The first tumour was ALK-positive and the "
            "second ROS1-positive by immunohistochemistry.",
            [(["ALK"], None), (["ROS1"], None)],
        ),
        (  # "that of the second" after a contrast
            "We saw two patients, aged 37 and 72 years, respectively, with bladder tumours. The tumour of the first "
            "patient was ALK-positive, whereas that of the second was ALK-negative.",
            [(["ALK"], None), (None, ["ALK"])],
        ),
        (  # bare ranks on both sides
            "Two men aged 30 and 58 years had lung tumours resected. The first was positive for desmin; the second "
            "was negative for desmin.",
            [(["desmin"], None), (None, ["desmin"])],
        ),
    ],
)
def test_clauses_dealt_out_by_bare_rank(nlp, body, expected):
    assert _rows(nlp, body, "ihc_positive", "ihc_negative") == expected


def test_bare_ranks_with_an_aside_give_each_patient_its_sex(nlp):
    body = (
        "We describe two patients, aged 29 and 61 years, respectively, with renal tumours. The first, a woman, had "
        "flank pain; the second, a man, had haematuria."
    )
    assert _rows(nlp, body, "age_years", "sex") == [(29.0, "female"), (61.0, "male")]


def test_a_bare_rank_alone_is_no_patient(nlp):
    body = (
        "A 9-year-old girl and a 14-year-old boy had mesenteric tumours. Two operations were needed for the girl's "
        "tumour; the second was curative. Both tumours were ALK-positive."
    )
    rows = _rows(nlp, body, "age_years", "ihc_positive")
    assert rows == [(9.0, ["ALK"]), (14.0, ["ALK"])]


def test_gapped_bare_rank_after_a_respectively_list(nlp):
    body = (
        "Two children, aged 4 and 9 years, had lung tumours. Sequencing found TPM4-ALK and ETV6-NTRK3 fusions, "
        "respectively; the first was treated with crizotinib and the second with entrectinib."
    )
    rows = _rows(nlp, body, "age_years", "kinase_fusions", "drugs")
    assert rows[0] == (4.0, ["TPM4::ALK"], ["crizotinib"])
    assert rows[1][:2] == (9.0, ["ETV6::NTRK3"]) and "crizotinib" not in (rows[1][2] or [])


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("The first tumour was ALK-positive and the second ROS1-positive.", ["second"]),
        ("The first, a woman, had pain; the second, a man, had fever.", ["first", "second"]),
        ("The second was curative.", []),  # alone: no other rank beside it
        ("Two biopsies were taken: the first was non-diagnostic and the second showed spindle cells.", []),
        ("She had three courses of chemotherapy; the first was stopped early and the second was well tolerated.", []),
    ],
)
def test_bare_ranks_kept_only_beside_another_rank_and_not_after_counted_events(text, bare):
    from eims_extract.fields.narrative import _partnered_referents

    assert [m.group("bare") for m in _partnered_referents(text) if m.group("bare")] == bare


@pytest.mark.parametrize(
    ("body", "fields", "expected"),
    [
        (  # a drug after a gapped 'with': the first clause's verb carries over
            "Two adults aged 41 and 67 years had tumours of the lung. The first was treated with crizotinib and the "
            "second with entrectinib.",
            ("drugs",),
            [(["crizotinib"],), (["entrectinib"],)],
        ),
        (  # a gapped 'by' object of a procedure
            "Two girls aged 5 and 12 years had tumours of the bladder. The first was managed by transurethral "
            "resection and the second by partial cystectomy.",
            ("treatment",),
            [("SE",), ("SE",)],
        ),
        (  # an outcome whose time is gapped
            "Two men aged 36 and 59 years had tumours of the mesentery resected. The first was alive without disease "
            "at 30 months and the second at 14 months.",
            ("follow_up_months",),
            [(30.0,), (14.0,)],
        ),
    ],
)
def test_gapped_clause_after_a_bare_rank_borrows_the_first_clauses_verb(nlp, body, fields, expected):
    assert _rows(nlp, body, *fields) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "in the first" / "in the second" opening each clause, its subject right after the rank
            "We saw two girls, aged 5 and 11 years respectively, with tumours of the chest. In the first the mass "
            "filled the left lung; in the second it lay in the pleural space.",
            [(5.0, "lung"), (11.0, "pleura")],
        ),
        (
            "Two men, aged 40 and 63 years respectively, were operated on. In the first a tumour was found in the "
            "stomach; in the second a tumour was found in the spleen.",
            [(40.0, "stomach"), (63.0, "spleen")],
        ),
    ],
)
def test_in_the_first_then_its_subject_is_a_ranked_clause(nlp, body, expected):
    assert _rows(nlp, body, "age_years", "site") == expected


def test_a_place_word_before_the_tumour_is_no_rank(nlp):
    # precision: "the gastric tumour" still names a patient by its place; a rank alone before "the" is not a place
    body = (
        "A 9-year-old girl and a 14-year-old boy had tumours of the stomach and the liver, respectively. The gastric "
        "tumour was ALK-positive, whereas the hepatic tumour was ALK-negative."
    )
    assert _rows(nlp, body, "ihc_positive", "ihc_negative") == [(["ALK"], None), (None, ["ALK"])]
