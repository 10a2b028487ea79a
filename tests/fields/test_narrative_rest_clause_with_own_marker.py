"""A series sentence naming some numbered patients, then turning to the rest in a clause of their own that names its
own marker ("..., whereas the others were cytokeratin-negative", "Patients 1 and 3 showed X; the other patients were
negative for X"): the rest read their clause alone, not under the first clause's subject ("Focal staining for X was
X-negative" read X positive); a rest clause without a marker still borrows the subject ("...; the remaining two were
negative"). ``fields.narrative._clausewise_case_pieces``. Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_SERIES = """Myofibroblastic tumour of the kidney: five invented patients

Patients
Our database yielded five patients, who were 23, 38, 45, 57 and 66 years old (patients 1 to 5, respectively). All
presented with flank pain, and patient 3 also had haematuria.

Treatment
Patient 1 and patient 2 underwent partial nephrectomy. Patient 3 required a radical nephrectomy. Patient 4 had a
partial nephrectomy. Patient 5 received crizotinib.

Pathology
Smooth muscle actin was positive in all five tumours. {told}
"""


def _ihc(nlp, told: str):
    doc = load_document("t.txt", data=_SERIES.format(told=told).encode(), doc_id="t")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    return [(rows[f"case-{k}"].ihc_positive or [], rows[f"case-{k}"].ihc_negative or []) for k in range(1, 6)]


@pytest.mark.parametrize(
    ("told", "marker"),
    [
        ("Focal staining for cytokeratin was seen in patients 1 and 3, whereas the others were cytokeratin-negative.", "CK"),
        ("Patients 1 and 3 showed desmin staining; the other patients were desmin-negative.", "desmin"),
        ("Weak CD34 reactivity was noted in patients 1 and 3, while the rest were negative for CD34.", "CD34"),
    ],
)
def test_rest_clause_naming_its_marker_is_read_alone(nlp, told, marker):
    got = _ihc(nlp, told)
    for k in (0, 2):
        assert marker in got[k][0] and marker not in got[k][1]
    for k in (1, 3, 4):
        assert marker in got[k][1] and marker not in got[k][0]


def test_rest_clause_without_a_marker_borrows_the_subject(nlp):
    got = _ihc(nlp, "Desmin was positive in patients 1 and 3; the remaining three were negative.")
    assert [("desmin" in p, "desmin" in n) for p, n in got] == [(True, False), (False, True), (True, False), (False, True), (False, True)]


def test_other_marker_in_the_rest_clause_does_not_take_the_first_one(nlp):
    """Precision: the first clause's marker is not the rest's when their clause names another one."""
    got = _ihc(nlp, "Desmin was positive in patients 1 and 3, whereas the others were CD34-negative.")
    for k in (1, 3, 4):
        assert "desmin" not in got[k][0] and "desmin" not in got[k][1]
        assert "CD34" in got[k][1]
