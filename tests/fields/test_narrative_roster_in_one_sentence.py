"""A small series whose numbered patients are introduced in one sentence, the later ones with their verb left out or set
off after a semicolon ("Patient 1 was a 5-year-old girl; patient 2, a 9-year-old boy; and patient 3, ..."; "Case 1 was
..., case 2 a ... and case 3 a ..."): each named patient is one of the series, even one the rest of the text names only
beside another (``fields.narrative`` ``_gapped_subjects``; regexes ``gapped_subject`` and the semicolon ``heading`` of
``patterns/patient_scope.jsonl``). Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAGE = """Inflammatory myofibroblastic tumour of the lung: three invented children

Abstract
We describe three children with an inflammatory myofibroblastic tumour of the lung. {roster} Patients 1 and 2 had a \
lobectomy, whereas patient 3 received crizotinib.
"""


def _rows(tmp_path, nlp, roster):
    path = tmp_path / "roster.txt"
    path.write_text(_PAGE.format(roster=roster), encoding="utf-8")
    return extract_document(load_document(path), nlp)


@pytest.mark.parametrize(
    "roster",
    [
        "Patient 1 was a 5-year-old girl; patient 2, a 9-year-old boy; and patient 3, a 13-year-old girl.",
        "Patient 1 was a 5-year-old girl; patient 2, a 9-year-old boy; patient 3, a 13-year-old girl.",
        "Case 1 was a 5-year-old girl, case 2 a 9-year-old boy and case 3 a 13-year-old girl.",
        "Patient 1 was a 5-year-old girl, patient 2, a 9-year-old boy, and patient 3, a 13-year-old girl.",
    ],
)
def test_every_patient_of_a_one_sentence_roster_is_one(tmp_path, nlp, roster):
    rows = _rows(tmp_path, nlp, roster)
    assert [(r.age_years, r.sex) for r in rows] == [(5.0, "female"), (9.0, "male"), (13.0, "female")]
    assert [r.drugs or [] for r in rows] == [[], [], ["crizotinib"]]
