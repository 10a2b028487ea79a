"""Three numbered patients, then a sentence that names none by number but opens on a person noun or a relative age
only one of them fits ("The boy is free of disease ...", "The woman is alive ...", "The eldest patient ..."), a heading
in capitals possibly run into it ("OUTCOME The woman ..."): that patient's, and the text turns to her or him
(``fields.narrative`` ``_opening_turn``; regexes ``turn_clause`` and ``caps_heading_lead``). Fictional patients; wording
our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


_FOLLOW = """Three invented inflammatory myofibroblastic tumours

Case presentation

Case 1. A 6-year-old boy had a mass of the stomach and underwent partial gastrectomy.

Case 2. A 38-year-old woman had a mass of the ileum, which was resected.

Case 3. A 70-year-old man had a mass of the sigmoid colon and underwent sigmoidectomy. Case 3 also had diverticulosis.

{last}
"""


@pytest.mark.parametrize(
    ("last", "follow_up"),
    [
        ("The boy is free of disease 30 months after surgery. The woman is alive and well at 12 months.", [30.0, 12.0, None]),
        ("OUTCOME The woman is alive without disease 15 months after resection.", [None, 15.0, None]),
        ("The eldest patient is free of disease at 8 months.", [None, None, 8.0]),
    ],
)
def test_sentence_opening_on_a_person_noun_turns_to_the_one_it_fits(tmp_path, nlp, last, follow_up):
    path = tmp_path / "follow.txt"
    path.write_text(_FOLLOW.format(last=last), encoding="utf-8")
    assert [r.follow_up_months for r in extract_document(load_document(path), nlp)] == follow_up


_SITED = """Three invented inflammatory myofibroblastic tumours

Case presentation

Case 1
A 30-year-old woman had a mass of the right orbit, which was excised.

Case 2
A 60-year-old man had a mass of the left maxillary sinus and underwent maxillectomy.

Case 3
A 45-year-old man had a mass of the urinary bladder and underwent partial cystectomy.

Outcome
The woman is free of disease 20 months after excision. {last}
"""


@pytest.mark.parametrize(
    ("last", "follow_up"),
    [
        ("The maxillary tumour recurred 7 months after surgery and he is alive with disease at 25 months.", [20.0, 25.0, None]),
        ("The bladder tumour has not recurred at 14 months.", [20.0, None, 14.0]),
    ],
)
def test_sentence_opening_on_a_tumour_named_by_its_site_turns_to_its_patient(tmp_path, nlp, last, follow_up):
    path = tmp_path / "sited.txt"
    path.write_text(_SITED.format(last=last), encoding="utf-8")
    assert [r.follow_up_months for r in extract_document(load_document(path), nlp)] == follow_up
