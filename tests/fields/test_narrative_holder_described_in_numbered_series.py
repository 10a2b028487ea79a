"""A numbered or lettered series whose later sentence opens on one patient by person noun plus the site of the tumour
("The man with the posterior wall tumour is free of disease ...", "The patient with the renal sarcoma developed ...")
when the noun alone fits several: the one whose own sentences name that site (regex ``patient_referent`` group
holder_place, ``fields.narrative._opening_turn``). A site two of them share, or a person of the literature, turns to
no one. Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


_LETTERED = """Three invented urinary tract tumours

Case presentation

Patient A, a 50-year-old man, had haematuria; a 3 cm tumour of the posterior wall of the bladder was removed by partial cystectomy.

Patient B, a 61-year-old man, had a 7 cm mass of the right kidney and underwent nephrectomy.

Patient C, a 35-year-old man, had a tumour of the proximal left ureter, which was resected.

Outcome
{last}
"""

_NUMBERED = """Three invented inflammatory myofibroblastic tumours

Case reports

Case 1. A 12-year-old boy had a mass of the liver and underwent hepatectomy.

Case 2. A 9-year-old boy had a mass of the mesentery, which was resected.

Case 3. A 44-year-old woman had a mass of the uterine corpus and underwent hysterectomy.

{last}
"""


_PERITONEAL = """Two invented abdominal sarcomas

Case reports

Case 1. A 42-year-old man had an omental mass; peritoneal nodules were left after resection.

Case 2. A 29-year-old woman had a retroperitoneal mass, which was biopsied.

{last}
"""


@pytest.mark.parametrize(
    ("template", "last", "follow_up"),
    [
        (
            _LETTERED,
            "The man with the posterior wall tumour is free of disease 14 months after surgery. The patient with the "
            "renal sarcoma developed liver metastases; he is alive with disease at 20 months.",
            [14.0, 20.0, None],
        ),
        (
            _LETTERED,
            "Follow-up is short. The patient with the ureteric neoplasm has no recurrence at 6 months.",
            [None, None, 6.0],
        ),
        (
            _NUMBERED,
            "The boy with the mesenteric lesion relapsed locally and was free of disease again 30 months after the "
            "first operation. The woman remains well at 11 months.",
            [None, 30.0, 11.0],
        ),
        (
            _NUMBERED,
            "The woman with the uterine tumour is well at 11 months. The boy with the mesenteric lesion relapsed and was "
            "free of disease again 30 months after the first operation.",
            [None, 30.0, 11.0],
        ),
        (
            _PERITONEAL,
            "The woman with the retroperitoneal mass had a partial response to crizotinib and is alive with disease "
            "at 20 months.",
            [None, 20.0],
        ),
        (
            _NUMBERED,
            "At the last visit, the boy with the hepatic tumour was alive without disease at 8 months.",
            [8.0, None, None],
        ),
    ],
)
def test_person_with_sited_tumour_turns_to_its_patient(tmp_path, nlp, template, last, follow_up):
    path = tmp_path / "series.txt"
    path.write_text(template.format(last=last), encoding="utf-8")
    assert [r.follow_up_months for r in extract_document(load_document(path), nlp)] == follow_up


_SHARED = """Three invented bladder tumours

Case presentation

Patient A, a 50-year-old man, had a tumour of the bladder dome that was resected.

Patient B, a 61-year-old man, had a tumour of the bladder trigone, which was removed by TURBT.

Patient C, a 35-year-old woman, had a mass of the left kidney and underwent nephrectomy. She is well at 9 months.

Outcome
The man with the bladder tumour recurred at 5 months.
"""


def test_person_with_site_shared_by_two_turns_to_no_one(tmp_path, nlp):
    """Both men have bladder tumours: the description tells neither apart, so no man gets the recurrence."""
    path = tmp_path / "shared.txt"
    path.write_text(_SHARED, encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [r.recurrence for r in rows][:2] == [None, None]
