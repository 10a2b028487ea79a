"""A series paper's methods opening on a "Patients" part (invented text).

"Materials and methods" / "Patients" / how the series was gathered: the "Patients" heading right under the methods
heading is the methods' first part, not the case section, so the results that tell each patient are read for them
(a document with no case section is read whole, its literature filters still applying).
"""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document

_PAGE = """Inflammatory myofibroblastic tumour of the kidney: two invented cases

Introduction

Such tumours of the kidney are uncommon and easily taken for sarcoma.

{methods}

{part}
Both cases were drawn from the files of an invented department between 2010 and 2020.

Results

Case 1 was a 38-year-old woman with flank pain; a 3 cm mass was removed by partial nephrectomy.
Case 2, a 12-year-old boy, had haematuria and underwent nephrectomy.

Discussion

Complete excision is usually curative.
"""


def _kinds(methods: str, part: str) -> dict[str, str]:
    doc = load_document("k.txt", data=_PAGE.format(methods=methods, part=part).encode(), doc_id="k")
    return {s.title: s.kind for s in doc.sections if s.title}


@pytest.mark.parametrize("methods", ["Materials and Methods", "Methods"])
@pytest.mark.parametrize("part", ["Patients", "Cases"])
def test_patients_part_right_under_methods_is_methods(methods: str, part: str) -> None:
    kinds = _kinds(methods, part)
    assert kinds[part] == "methods"


def test_patients_heading_after_methods_text_is_still_a_case_section() -> None:
    text = _PAGE.format(methods="Methods", part="The cases were reviewed by two pathologists.\n\nPatients")
    doc = load_document("k.txt", data=text.encode(), doc_id="k")
    assert any(s.kind == "case" and s.title == "Patients" for s in doc.sections)
