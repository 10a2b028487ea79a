"""A run-in "Literature:" paragraph after the case is the review of published cases (a discussion): the fusions
and drugs it lists are the literature's, not the patient's. Fictional report."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

_DOC = """Case
A 44-year-old woman had a 3-cm mass of the right main bronchus. Bronchoscopic excision was done, and
sequencing found a TPM4::ALK fusion. She was free of disease 20 months later.

{heading} Among ALK-rearranged airway tumours (CLTC-ALK, RANBP2-ALK, TPM3-ALK), most adults were cured by resection.
"""


@pytest.mark.parametrize("heading", ["Literature:", "Literature."])
def test_run_in_literature_heading_opens_a_discussion(heading: str) -> None:
    doc = read_text(_DOC.format(heading=heading).encode(), "lit", "lit.txt")
    disc = [s for s in doc.sections if s.kind == "discussion"]
    assert disc and "CLTC-ALK" in doc.text[disc[0].start : disc[0].end]
    case = next(s for s in doc.sections if s.kind == "case")
    assert "CLTC-ALK" not in doc.text[case.start : case.end]
