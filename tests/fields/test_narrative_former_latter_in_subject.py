"""Of two patients, a sentence whose subject names one of them as the former or the latter ("The nodes sampled in the
latter were negative", "The dissected nodes of the former were free of tumour"): that patient's sentence only, the
reference blanked so the rest reads as any sentence of hers (``patterns/patient_scope.jsonl`` turn rules with a group
``ref``; ``fields.narrative``). Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_NUMBERED = """Two invented myofibroblastic tumours of the uterus

Case presentation

Case 1. A 38-year-old woman underwent hysterectomy with pelvic lymphadenectomy for a 6-cm uterine mass.

Case 2. A 47-year-old woman underwent hysterectomy with pelvic node sampling for a 9-cm uterine mass.

{last}
"""

_TOGETHER = """Two invented myofibroblastic tumours of the uterus

Case presentation

Two women, aged 38 and 47 years, underwent hysterectomy with pelvic lymphadenectomy for uterine masses.
{last}
"""


@pytest.mark.parametrize("page", [_NUMBERED, _TOGETHER])
@pytest.mark.parametrize(
    ("last", "metastasis"),
    [
        ("The nodes sampled in the latter were negative.", [None, False]),
        ("Lymph nodes removed from the latter were negative for tumour.", [None, False]),
        ("The dissected nodes of the former were free of tumour.", [False, None]),
        ("The pelvic nodes in the former case were negative.", [False, None]),
    ],
)
def test_former_or_latter_named_in_the_subject_is_that_patients_sentence(tmp_path, nlp, page, last, metastasis):
    path = tmp_path / "pair.txt"
    path.write_text(page.format(last=last), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [r.metastasis for r in rows] == metastasis
