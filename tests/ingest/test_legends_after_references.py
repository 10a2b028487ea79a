"""Letters and short reports print their figure legends after the reference list. Such a legend ("Figure 1." /
"Fig. 2 (A) ..." and its panels) is read as a figure caption, not dropped with the references; reference entries
stay references. Fictional reports."""

from __future__ import annotations

import textwrap

import pytest

from eims_extract.ingest.text import read_text

_BODY = [
    "Epithelioid inflammatory myofibroblastic sarcoma of the stomach in a child",
    "Case report",
    "A 9-year-old girl presented with melaena and anaemia. Endoscopy showed an ulcerated submucosal mass of the "
    "gastric body, and a partial gastrectomy was performed. The tumour was composed of epithelioid cells with nuclear "
    "membrane ALK staining, and a RANBP2-ALK fusion was found by sequencing. No further treatment was given.",
    "References",
    "1. Okonkwo T, Lindgren S. Gastric mesenchymal tumours of childhood. Fict Pediatr Surg. 2018;11:210-6.",
    "2. Varga E, Moreau C, Tanaka H. Kinase fusions in myofibroblastic tumours. Imag Mol Pathol. 2022;3:55-61.",
]
_LEGENDS = [
    "Fig. 1 (A) Endoscopic view of the ulcerated gastric mass.",
    "(B) Epithelioid tumour cells with vesicular nuclei and a myxoid stroma.",
    "Figure 2. Abdominal ultrasound 30 months after gastrectomy shows no recurrence; the girl is well.",
]


def _pasted(extra: list[str] | None = None) -> bytes:
    return ("\n".join(_BODY + _LEGENDS + (extra or [])) + "\n").encode()


def _wrapped() -> bytes:
    lines: list[str] = []
    for p in _BODY + _LEGENDS:
        lines += textwrap.wrap(p, 64)
    return ("\n".join(lines) + "\n").encode()


def _section(doc, kind: str, title: str | None = None) -> str:
    s = next(s for s in doc.sections if s.kind == kind and (title is None or s.title == title))
    return doc.text[s.start : s.end]


@pytest.mark.parametrize("make", [_pasted, _wrapped], ids=["pasted", "wrapped"])
def test_legends_after_the_references_are_figure_captions(make) -> None:
    doc = read_text(make(), "gastric", "gastric.txt")
    refs = _section(doc, "references")
    assert "Kinase fusions in myofibroblastic tumours" in refs
    assert "ultrasound" not in refs and "Endoscopic view" not in refs
    fig1 = _section(doc, "caption", "Fig. 1")
    assert "Endoscopic view" in fig1 and "(B) Epithelioid tumour cells" in fig1  # the panel goes with its legend
    assert "30 months after gastrectomy shows no recurrence" in _section(doc, "caption", "Figure 2")


def test_a_reference_entry_after_a_legend_stays_a_reference() -> None:
    extra = ["3. Brandt O, Ferreira L. Late relapse of gastric sarcomas. Fict Surg Oncol. 2024;8:1-9."]
    doc = read_text(_pasted(extra), "gastric", "gastric.txt")
    assert "Late relapse of gastric sarcomas" not in _section(doc, "caption", "Figure 2")


def test_text_after_the_references_that_only_mentions_a_figure_stays() -> None:
    extra = ["Appendix", "Figure 3 shows the timeline of the treatment and the visits."]
    doc = read_text(_pasted(extra), "gastric", "gastric.txt")
    assert not any(s.kind == "caption" and s.title.startswith("Figure 3") for s in doc.sections)
    assert "Figure 3 shows the timeline" in doc.text


def test_course_told_in_a_legend_after_the_references_is_read(nlp) -> None:
    from eims_extract.pipeline.extract import extract_document

    row = extract_document(read_text(_pasted(), "gastric", "gastric.txt"), nlp)[0]
    assert row.follow_up_months == 30 and row.status == "ANED"
    assert "ultrasound" in row.evidence["follow_up_months"][0].sentence


def test_pdf_legend_with_panels_after_the_references_is_a_caption() -> None:
    """The PDF reader takes "Fig. 1 (A) ..." after the references heading for a legend too (a caption pattern
    alone wants a capital after the number)."""
    from ingest_pdfgen import Spec, build

    from eims_extract.ingest.pdf import read_pdf

    spec = Spec(
        title="Epithelioid myofibroblastic sarcoma of the stomach in a child",
        authors="Ilse Varga1, Tomasz Brandt2",
        abstract="We describe a girl with a gastric sarcoma carrying an ALK fusion.",
        sections=[
            ("Case report", [_BODY[2]]),
            ("References", [*_BODY[4:], *_LEGENDS]),
        ],
    )
    doc = read_pdf(build(spec), "gastric", "gastric.pdf")
    assert [s.title for s in doc.sections if s.kind == "caption"] == ["Fig. 1", "Figure 2"]
    refs = _section(doc, "references")
    assert "Kinase fusions" in refs and "Endoscopic view" not in refs


def test_letter_without_headings_but_references_is_a_case_and_its_legends_are_read(nlp) -> None:
    """A letter tells its case untitled up to the references: that text is the case (not an abstract), so a legend
    printed after the references is read as the case's legend."""
    from eims_extract.pipeline.extract import extract_document

    lines = [_BODY[0], "To the Editor,", _BODY[2], *_BODY[3:], *_LEGENDS]
    doc = read_text(("\n".join(lines) + "\n").encode(), "letter", "letter.txt")
    case = _section(doc, "case")
    assert case.startswith("To the Editor,") or case.startswith("A 9-year-old girl")
    row = extract_document(doc, nlp)[0]
    assert row.follow_up_months == 30 and row.status == "ANED"


def test_untitled_text_before_a_discussion_or_nothing_is_unchanged() -> None:
    """Without a references heading an untitled text keeps the roles it had (the whole body is the case)."""
    doc = read_text(("\n".join([_BODY[0], _BODY[2]]) + "\n").encode(), "x", "x.txt")
    assert [s.kind for s in doc.sections] == ["title", "case"]
