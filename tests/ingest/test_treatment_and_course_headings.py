"""A case report's part on what was done and what followed, titled by both ("3. Treatment and evolution", "Management
and outcome"): a heading of the patient's own part, so a run-in label before it ("Conclusion: ..." closing the
pathology part) does not carry the course into a conclusion. Fictional report, our own words."""

from __future__ import annotations

import pytest

from eims_extract.ingest.sections import classify_heading
from eims_extract.ingest.text import read_text


@pytest.mark.parametrize(
    "line",
    ["3. Treatment and evolution", "Treatment and outcome", "TREATMENT AND FOLLOW-UP", "Management and outcome",
     "Management and follow-up", "Course and outcome"],
)
def test_treatment_and_course_heading_is_the_patients_part(line: str) -> None:
    h = classify_heading(line)
    assert h is not None and h.kind == "case" and not h.sub


@pytest.mark.parametrize("line", ["Clinical course", "Evolution", "Clinical evolution"])
def test_course_alone_is_a_subheading_of_its_parents_kind(line: str) -> None:
    h = classify_heading(line)
    assert h is not None and h.sub


_REPORT = "\n".join([
    "An invented orbital myofibroblastic tumour treated with steroids",
    "",
    "1. Case report",
    "A 50-year-old man had a painful proptosis of the left eye for two months.",
    "",
    "2. Pathological findings",
    "The biopsy showed spindle cells with plasma cells and lymphocytes.",
    "Conclusion: inflammatory myofibroblastic tumour, ALK negative.",
    "",
    "{heading}",
    "Prednisone was started, and at 8 weeks MRI showed a partial response.",
    "",
    "Discussion",
    "Orbital tumours of this kind are rare.",
])


@pytest.mark.parametrize("heading", ["3. Treatment and evolution", "3. Management and outcome", "Treatment and follow-up"])
def test_course_after_a_run_in_conclusion_label_is_the_case(heading: str) -> None:
    doc = read_text(_REPORT.format(heading=heading).encode(), "orbit", "orbit.txt")
    kinds = {s.title: s.kind for s in doc.sections}
    assert kinds.get(heading) == "case"
