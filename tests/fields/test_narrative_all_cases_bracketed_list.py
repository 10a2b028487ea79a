"""A series sentence that speaks for every numbered patient and then gives each one's figure in brackets ("ALK FISH
was positive in all three tumours (split signals in 30%, 55% and 41% of nuclei, respectively)"): every patient keeps the
result, the bracketed list dealt out one item each (invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields.base import Sentence
from eims_extract.fields.narrative import _each_one, parallel_list
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Break-apart FISH was positive in all cases (split signals in 30%, 55% and 41% of nuclei, respectively).",
         ["30%", "55%", "41% of nuclei"]),
        ("The tumours stained for desmin (diffuse in 80%, 20% and 60% of cells, respectively).",
         ["80%", "20%", "60% of cells"]),
    ],
)
def test_respectively_list_inside_an_open_bracket_starts_after_it(text, items):
    found = parallel_list(text, 3)
    assert found is not None and [text[a:b] for a, b in found] == items


@pytest.mark.parametrize(
    "text",
    [
        "ALK FISH was positive in all cases (split signals in 30% to 55% of nuclei).",
        "CD30 was expressed in all three tumours (Table 2).",
    ],
)
def test_phrase_for_all_before_a_bracketed_aside_is_blanked_for_each_one(text):
    masked = _each_one(Sentence("d", text, 0)).text
    assert "in all" not in masked


_PAGE = """Three invented epithelioid myofibroblastic sarcomas

Case presentations
Case 1. A 38-year-old man had a 10-cm mass of the mesentery, which was resected. He died of disease 9 months later.
Case 2. A 12-year-old girl had a 6-cm pleural tumour, which was excised. She is well 20 months after surgery.
Case 3. A 65-year-old woman had a 5-cm omental mass, which was excised. She is well 8 months after surgery.

Molecular findings
ALK break-apart FISH was positive in all cases (split signals in 52%, 38% and 44% of nuclei, respectively).
Targeted RNA sequencing found an RRBP1-ALK fusion in case 3. In case 1 the RNA was degraded.

Discussion
Such tumours are uncommon.
"""


def test_fish_positive_in_all_cases_with_bracketed_percentages_reaches_every_patient(nlp):
    doc = load_document("s.txt", data=_PAGE.encode(), doc_id="s")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert [rows[f"case-{k}"].alk_tests and "FISH+" in rows[f"case-{k}"].alk_tests for k in (1, 2, 3)] == [True, True, True]
