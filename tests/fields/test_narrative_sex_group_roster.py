"""A numbered series names its patients of one sex by number in a sentence of its own ("The men were patients 1, 3
and 5", "Patients 2 and 4 were women", "Cases 1 and 4 were girls; the others were boys"): the named ones have that
sex, and the rest the other sex when a clause says so or the series was counted by sex ("three men and two women")
with as many named as counted. Without a count, the rest get nothing (``fields.narrative._sex_group_roster_hints``).
Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_SERIES = """Myofibroblastic tumour of the kidney: five invented patients

{intro_head}
Our database yielded five patients{counted}, who were 23, 38, 45, 57 and 66 years old (patients 1 to 5,
respectively). {roster} All presented with flank pain, and patient 3 also had haematuria.

Treatment
Patient 1 and patient 2 underwent partial nephrectomy. Patient 3 required a radical nephrectomy. Patient 4 had a
partial nephrectomy. Patient 5 received crizotinib.

Outcome
Patient 1 is free of disease at 30 months. Patient 2 is free of disease at 20 months. Patient 3 is free of disease
at 12 months. Patient 4 is free of disease at 10 months. Patient 5 is alive with disease at 9 months.
"""


def _sexes(nlp, **kw) -> list[str | None]:
    doc = load_document("t.txt", data=_SERIES.format(**kw).encode(), doc_id="t")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    return [rows[f"case-{k}"].sex for k in range(1, 6)]


_M, _F = "male", "female"


@pytest.mark.parametrize("intro_head", ["Patients", "Case series"])
@pytest.mark.parametrize(
    "roster",
    [
        "The men were patients 1, 3 and 5.",
        "Patients 1, 3 and 5 were men.",
        "Patients 2 and 4 were the women.",
        "The two women were cases 2 and 4.",
        "Patients 1, 3 and 5 were male.",
    ],
)
def test_named_sex_group_and_counted_rest(nlp, intro_head, roster):
    got = _sexes(nlp, intro_head=intro_head, counted=", three men and two women", roster=roster)
    assert got == [_M, _F, _M, _F, _M]


@pytest.mark.parametrize(
    "roster",
    [
        "Patients 2 and 4 were women; the others were men.",
        "The women were patients 2 and 4, and the remaining three were men.",
    ],
)
def test_named_sex_group_with_the_rest_told(nlp, roster):
    assert _sexes(nlp, intro_head="Patients", counted="", roster=roster) == [_M, _F, _M, _F, _M]


def test_named_group_without_a_count_leaves_the_rest_unknown(nlp):
    got = _sexes(nlp, intro_head="Patients", counted="", roster="The men were patients 1, 3 and 5.")
    assert got == [_M, None, _M, None, _M]


def test_count_not_matching_the_named_group_gives_the_rest_nothing(nlp):
    got = _sexes(nlp, intro_head="Patients", counted=", two men and three women", roster="The men were patients 1, 3 and 5.")
    assert got[1] is None and got[3] is None
