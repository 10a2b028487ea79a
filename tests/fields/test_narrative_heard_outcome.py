"""An outcome the authors heard of their own patient ("she was reported to be in remission", "he is said to remain
disease-free"): the patient's status and follow-up as stated, not the literature (``patterns/context.jsonl``
other-literature and ``patterns/patient_scope.jsonl`` literature, macro ``heard_outcome_after_reported``). Fictional
patients; wording our own."""

from __future__ import annotations

import pytest

HEAD = (
    "Inflammatory myofibroblastic tumour of the bladder in a young adult\n\nCase presentation\n\n"
    "A 24-year-old woman presented with haematuria. A bladder mass was removed by transurethral resection; "
    "immunohistochemistry showed ALK positivity.\n"
)


def _row(tmp_path, nlp, tail: str):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    path = tmp_path / "case.txt"
    path.write_text(HEAD + tail + "\n", encoding="utf-8")
    (row,) = extract_document(load_document(path), nlp)
    return row


@pytest.mark.parametrize(
    ("tail", "status", "months"),
    [
        ("When last contacted, 16 months after the resection, she was reported to be in remission.", "ANED", 16.0),
        ("She was reported to remain well without disease at 22 months.", "ANED", 22.0),
        ("By telephone she is said to remain disease-free 2 years after the operation.", "ANED", 24.0),
    ],
)
def test_outcome_heard_of_the_patient_is_her_status(tmp_path, nlp, tail, status, months):
    row = _row(tmp_path, nlp, tail)
    assert (row.status, row.follow_up_months) == (status, months)


def test_a_published_patient_reported_to_be_well_stays_the_literatures(tmp_path, nlp):
    row = _row(tmp_path, nlp, "A similar patient was reported to be well 40 months after crizotinib by Moreau et al. [6].")
    assert (row.status, row.follow_up_months) == (None, None)
