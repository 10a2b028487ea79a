"""A series' "Results" section heading the sections of its numbered patients ("Results" | "Calponin was expressed in all
three tumours ..." | "Case 1" | "Case 2" | "Case 3"): the findings it tells across the series are the patients'; a
results section elsewhere in a paper with case headings is still not read (invented text)."""

from __future__ import annotations

from eims_extract.fields.narrative import extract_narrative
from eims_extract.ingest.model import Document, Section
from test_narrative import assert_grounded


def _doc(*parts: tuple[str, str, str]) -> Document:
    text, sections = "", []
    for kind, title, body in parts:
        start = len(text)
        text += body + "\n\n"
        sections.append(Section(kind, title, start, start + len(body)))
    return Document(doc_id="fict", path="fict.txt", kind="text", text=text, sections=sections)


_CASES = (
    ("case", "Case 1", "A 44-year-old man presented with a cough. The lung mass was resected."),
    ("case", "Case 2", "A 9-year-old girl had haematuria. The bladder mass was resected."),
    ("case", "Case 3", "A 61-year-old woman had pelvic pain. The uterine mass was resected."),
)


def _stains(doc: Document, nlp) -> dict[str, tuple[list[str], list[str]]]:
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    return {r.case_id: (sorted(r.ihc_positive or []), sorted(r.ihc_negative or [])) for r in rows}


def test_results_heading_the_case_sections_are_the_patients(nlp):
    doc = _doc(
        ("results", "Results", "Calponin was expressed in all three tumours. CD34 was positive only in case 2."),
        *_CASES,
    )
    assert _stains(doc, nlp) == {
        "case-1": (["calponin"], ["CD34"]), "case-2": (["CD34", "calponin"], []), "case-3": (["calponin"], ["CD34"]),
    }


def test_results_after_the_case_sections_are_not_read(nlp):
    doc = _doc(
        *_CASES,
        ("discussion", "Discussion", "Such tumours are rare."),
        ("results", "Results", "Calponin was expressed in all three tumours."),
    )
    assert not any("calponin" in p + n for p, n in _stains(doc, nlp).values())


_PRESENTATIONS = (
    "case", "Case presentations",
    "Case 1. A 44-year-old man presented with a cough. The lung mass was resected.\n"
    "Case 2. A 9-year-old girl had haematuria. The bladder mass was resected.\n"
    "Case 3. A 61-year-old woman had pelvic pain. The uterine mass was resected.",
)


def test_results_right_after_a_case_by_case_section_are_the_patients(nlp):
    """"Case presentations" telling each patient in a paragraph opening on its number, then "Results" subsections: the
    findings told across the series there are the patients' too."""
    doc = _doc(
        _PRESENTATIONS,
        ("results", "4.1 Histology", "Each tumour was composed of plump spindle cells."),
        ("results", "4.2 Immunohistochemistry", "Calponin was expressed in all three tumours. CD34 was positive only in case 2."),
        ("discussion", "Discussion", "Such tumours are rare."),
    )
    assert _stains(doc, nlp) == {
        "case-1": (["calponin"], ["CD34"]), "case-2": (["CD34", "calponin"], []), "case-3": (["calponin"], ["CD34"]),
    }


def test_results_after_a_one_patient_case_section_are_not_read(nlp):
    """Precision: a case section telling one patient (no paragraphs opening on two numbers) does not make a later
    results section the patient's."""
    doc = _doc(
        ("case", "Case presentation", "A 44-year-old man presented with a cough. The lung mass was resected."),
        ("results", "Results", "Calponin was expressed in all cases of the cohort."),
    )
    assert not any("calponin" in p + n for p, n in _stains(doc, nlp).values())
