"""A series announced as one patient more than it numbers ("Three children were seen", then "Case 1", "Case 2") whose
last patient is introduced by a description with an age instead of a number ("Finally, a 2-year-old boy presented ...",
"The pregnant woman, aged 29, was found ...", "A 60-year-old man had ..."): that person is the last patient
(``fields.narrative._last_announced_member``, regex ``late_member_opening``). No announcement, or an age of a numbered
patient, numbers no one. Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


_CHILDREN = """Three invented paediatric tumours

Case reports

Three children were seen at our centre.

Case 1. A 5-year-old boy had a mass of the mesentery, which was resected.

Case 2. An 8-year-old girl had a mass of the bladder and underwent partial cystectomy.

{last}
"""

_ADULTS = """Three invented adult tumours

Case presentation

We treated three adults. The first, aged 40, had a mass of the stomach removed by gastrectomy.
The second, a 52-year-old woman, had a mass of the lung and underwent lobectomy.
{last}
"""


@pytest.mark.parametrize(
    ("template", "last", "want"),
    [
        (_CHILDREN, "Finally, a 2-year-old boy presented with a mass of the liver; he underwent hepatectomy.",
         [(5.0, "mesentery"), (8.0, "bladder"), (2.0, "liver")]),
        (_CHILDREN, "The youngest child, aged 2 years, had a mass of the liver and underwent hepatectomy.",
         [(5.0, "mesentery"), (8.0, "bladder"), (2.0, "liver")]),
        (_ADULTS, "The pregnant woman, aged 29, was found at a routine scan to have a mass of the right ovary, which was "
         "removed.", [(40.0, "stomach"), (52.0, "lung"), (29.0, "ovary")]),
        (_ADULTS, "A 66-year-old man had a mass of the kidney and underwent nephrectomy.",
         [(40.0, "stomach"), (52.0, "lung"), (66.0, "kidney")]),
    ],
)
def test_last_announced_patient_introduced_by_description(tmp_path, nlp, template, last, want):
    path = tmp_path / "series.txt"
    path.write_text(template.format(last=last), encoding="utf-8")
    assert [(r.age_years, r.site) for r in extract_document(load_document(path), nlp)] == want


_UNANNOUNCED = """Two invented paediatric tumours

Case reports

Case 1. A 5-year-old boy had a mass of the mesentery, which was resected.

Case 2. An 8-year-old girl had a mass of the bladder and underwent partial cystectomy.

A 30-year-old woman with a similar bladder mass was described elsewhere.
"""


def test_description_without_an_announced_total_numbers_no_one(tmp_path, nlp):
    path = tmp_path / "two.txt"
    path.write_text(_UNANNOUNCED, encoding="utf-8")
    assert len(extract_document(load_document(path), nlp)) == 2
