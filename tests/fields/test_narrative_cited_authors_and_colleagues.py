"""Another report named by its first author and "colleagues" / "co-workers" ("Holm and colleagues described a
41-year-old man", "the recent report by Vance and co-workers of a girl ..."): the literature's patient, as "X et al." —
a letter that opens on the report it answers must not lend that patient's age or sex to the writers' own case
(``patterns/patient_scope.jsonl`` literature). Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import cites_literature


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Holm and colleagues described a 41-year-old man with a similar tongue lesion.", True),
        ("We read with interest the recent report by Vance and co-workers of a 12-year-old girl.", True),
        ("Ibarra-Sola & coworkers [7] treated a comparable bladder tumour with crizotinib.", True),
        ("As noted by Okoye and collaborators, steroids may shrink these lesions.", True),
        # a digest summing up, in the present, the article it is about: that article's patient is the page's
        ("In this issue, Okafor and colleagues apply RNA sequencing to the tumour of a 13-year-old patient.", False),
        # own case, no cited author: nothing to take away
        ("We and our colleagues in radiology reviewed the scans of our patient.", False),
        ("The patient and her colleagues at work noticed the swelling.", False),
        ("She was referred to Professor Lund and colleagues at our sarcoma unit for resection.", False),
        ("The resection was done by Dr. Amsel and co-workers of our thoracic team.", False),
        ("A 63-year-old woman presented with a firm nodule of the tongue.", False),
    ],
)
def test_author_and_colleagues_cites_another_report(text, cited):
    assert cites_literature(text) is cited


LETTER = (
    "LETTER TO THE EDITOR\n\nInflammatory myofibroblastic tumour of the tongue: a word of caution\n\nSir,\n"
    "{opening} We wish to add our own experience.\n\n"
    "A 63-year-old woman presented with a 1.5 cm firm nodule of the lateral tongue. It was excised with clear "
    "margins. The spindle cells were positive for SMA and ALK. She remains well eight months after surgery.\n\n"
    "Yours faithfully,\nA Writer\n"
)


@pytest.mark.parametrize(
    "opening",
    [
        "We read with interest the recent report by Holm and colleagues describing a 41-year-old man with an "
        "inflammatory pseudotumour of the tongue that resolved with steroids.",
        "Brandvold and co-workers recently presented a 29-year-old man whose tongue lesion regressed spontaneously.",
        "The case of a 35-year-old man reported by Kessler and associates prompted this letter.",
    ],
)
def test_letter_answering_a_cited_report_keeps_its_own_patient(tmp_path, nlp, opening):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    path = tmp_path / "letter.txt"
    path.write_text(LETTER.format(opening=opening), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [(r.age_years, r.sex) for r in rows] == [(63.0, "female")]
