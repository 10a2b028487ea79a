"""A series whose patients are told under "Case 1", "Case 2" headings, where one patient's sentence measures it against
another numbered patient ("less cellular than in case 1", "as in patient 1", "unlike case 2, ..."): the patient named
only as the yardstick is not the one the sentence, nor the ones after it, are about (invented text).
"""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import patient_number
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The lesion was more myxoid than in case 1, and mitoses were scarce.", None),
        ("Spindle cells were fewer than in the first case, with many plasma cells.", None),
        ("As in patient 2, the margins were clear.", None),
        ("Similar to case 1, the mass abutted the ureter.", None),
        ("The stroma was oedematous, unlike that of case 3.", None),
        ("Unlike case 1, case 2 had no fever at presentation.", 2),
        ("In case 2, the mass was cystic.", 2),  # a patient the sentence opens on is still read
        ("Case 3 had a smaller tumour than case 1.", 3),
    ],
)
def test_patient_named_only_as_a_yardstick_opens_no_sentence(text, n):
    assert patient_number(text) == n


_PAGE = """Two invented myofibroblastic tumours of the pelvis

Case presentation
Case 1
A 44-year-old man had a 9-cm mass of the mesentery, which was resected. ALK staining was diffuse and the Ki-67
index was 30%. He died of disease 11 months after surgery.

Case 2
A 57-year-old woman was found to have a 4-cm mass of the greater omentum, which was excised.
The lesion was far less cellular than in case 1, with scattered plasma cells. ALK staining was granular and the
Ki-67 index was 4%. A targeted RNA panel found a TPM3-ALK fusion. She has no recurrence 31 months after excision.

Discussion
Such tumours are uncommon in adults.
"""


def test_sentences_after_a_comparison_with_case_1_stay_with_case_2(nlp):
    doc = load_document("c.txt", data=_PAGE.encode(), doc_id="c")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    first, second = rows["case-1"], rows["case-2"]
    assert (second.age_years, second.ki67_percent, second.follow_up_months) == (57.0, 4.0, 31.0)
    assert second.kinase_fusions == ["TPM3::ALK"]
    assert (first.ki67_percent, first.follow_up_months, first.kinase_fusions) == (30.0, 11.0, None)
