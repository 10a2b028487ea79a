"""A therapy named by its word ("maintenance chemotherapy", "oxaliplatin-based chemotherapy") inside a clause about
another disease the patient has ("a girl with leukaemia was in maintenance chemotherapy", "a colorectal cancer was
found and treated with ...") is that disease's, as its drugs already were (``fields.treatment``). Invented sentences
about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from _support import run_apply


@pytest.mark.parametrize(
    "text",
    [
        "A 7 year old girl with acute lymphoblastic leukaemia was in maintenance chemotherapy with vincristine when "
        "CT showed two lung nodules.",
        "During staging a colorectal cancer was found and treated with oxaliplatin-based chemotherapy.",
        "An invented boy with Hodgkin lymphoma received four cycles of chemotherapy two years earlier.",
    ],
)
def test_word_therapy_of_another_disease_is_no_treatment(text):
    row = run_apply(apply, text)
    assert (row.treatment, row.drugs) == (None, None)


@pytest.mark.parametrize(
    ("text", "treatment"),
    [
        # precision: this tumour named in the clause keeps its therapy
        ("A girl with leukaemia in remission received chemotherapy with vincristine for the inflammatory "
         "myofibroblastic tumour.", "Che"),
        # precision: an operation in another disease's clause stays (the tumour may lie in its specimen)
        ("A colorectal cancer was found and treated with hemicolectomy.", "SE"),
        ("The unresectable tumour was treated with chemotherapy.", "Che"),
    ],
)
def test_this_tumours_therapy_stays(text, treatment):
    assert run_apply(apply, text).treatment == treatment
