"""Text dumps that drop a reference list's heading or set a caption inside a sentence with no blank line around it.

The documents below are written for these tests (fictional journals, authors and patients).
"""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_HEADLESS_REFERENCES = """Inflammatory myofibroblastic tumour of the floor of the mouth in a child
A 5-year-old girl had a painless swelling of the floor of the mouth, which was excised with clear margins. The spindle
cells were positive for SMA and ALK. She is free of disease 12 months later.
{first}Quorn T, Adeyemi B. Inflammatory pseudotumour of the lung in a 4-year-old boy treated with crizotinib. Fict Pediatr Pulmonol 2011; 46:210-4.
{second}Vasquez L, et al. Recurrent myofibroblastic tumour of the liver: two cases. Fict J Pediatr Surg 2014; 49(2):33-7.
"""


@pytest.mark.parametrize("first, second", [("1. ", "2. "), ("[1] ", "[2] ")])
def test_reference_list_without_its_heading_gives_nothing(tmp_path, nlp, first: str, second: str) -> None:
    """Two numbered citations with years under the case, no "References" heading over them: a reference list, so
    the drug and the recurrence in their titles are not the patient's."""
    p = tmp_path / "headless_refs_mouth_girl.txt"
    p.write_text(_HEADLESS_REFERENCES.format(first=first, second=second), encoding="utf-8")
    doc = load_document(p)
    assert any(s.kind == "references" for s in doc.sections)
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs, row.treatment, row.recurrence) == (5, "female", None, "SE", None)


def test_numbered_patients_are_not_a_reference_list(tmp_path, nlp) -> None:
    text = (
        "Two children with myofibroblastic tumours\n"
        "1. Patient A, a 7-year-old boy, had a bladder mass resected in 2019; he is well.\n"
        "2. Patient B, a 9-year-old girl, had a lung mass resected in 2020; she is well.\n"
    )
    p = tmp_path / "numbered_patients.txt"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    assert not any(s.kind == "references" for s in doc.sections)


_CAPTION_IN_SENTENCE = """Inflammatory myofibroblastic tumour of the transverse colon
Case report
A 61-year-old man presented with anaemia and a mass in the transverse colon. Immunohistochemistry showed staining
{caption}
for SMA and ALK, while CD117 and DOG1 were negative. He is free of disease 10 months after the resection.
"""


@pytest.mark.parametrize(
    "caption",
    ["Table 1. Antibodies used, clones and dilutions", "Figure 2: Computed tomography before the operation"],
)
def test_caption_set_inside_a_sentence_without_blank_lines_is_lifted(tmp_path, nlp, caption: str) -> None:
    """A PDF dump puts a table's or figure's title between two lines of a sentence: the caption leaves the body and
    the sentence is read whole."""
    p = tmp_path / "caption_in_sentence_colon_man.txt"
    p.write_text(_CAPTION_IN_SENTENCE.format(caption=caption), encoding="utf-8")
    doc = load_document(p)
    assert "staining for SMA and ALK" in " ".join(doc.text.split())
    row = extract_document(doc, nlp)[0]
    assert {"SMA", "ALK"} <= set(row.ihc_positive or [])


def test_figure_cited_in_running_text_stays_in_the_sentence(tmp_path) -> None:
    text = (
        "Inflammatory myofibroblastic tumour of the ileum\n"
        "Case report\n"
        "A 30-year-old woman had an ileal mass, as shown in\n"
        "Figure 1. the mass was resected and she is well.\n"
    )
    p = tmp_path / "figure_cited_ileum.txt"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    assert "as shown in Figure 1." in " ".join(doc.text.split())


_CAPTION_BEFORE_CAPITAL = """Inflammatory myofibroblastic tumour of the invented pretend gland
Case report
A fictional 47-year-old woman had a firm mass of the pretend gland removed whole. The spindle cells stained for
{caption}
{resume} and were negative for desmin. She was free of disease 15 months after the operation.
"""


@pytest.mark.parametrize(
    "caption",
    ["Figure 3. Stains of the resected mass. (A) ALK. (B) Smooth muscle actin.", "Fig. 2: Low-power view of the lesion."],
)
@pytest.mark.parametrize("resume", ["ALK and SMA", "SMA, ALK and CD30,"])
def test_caption_inside_a_sentence_resuming_with_a_capital_is_lifted(tmp_path, nlp, caption: str, resume: str) -> None:
    """A caption between a line ending on a word no sentence ends on ("stained for") and a line that goes on with
    the sentence but opens on a marker's capitals: the caption leaves the body, the sentence is read whole."""
    p = tmp_path / "caption_before_capital_gland.txt"
    p.write_text(_CAPTION_BEFORE_CAPITAL.format(caption=caption, resume=resume), encoding="utf-8")
    doc = load_document(p)
    joined = " ".join(doc.text.split())
    assert f"stained for {resume} and were negative" in joined
    row = extract_document(doc, nlp)[0]
    assert {"SMA", "ALK"} <= set(row.ihc_positive or []) and "desmin" in (row.ihc_negative or [])
    assert row.follow_up_months == 15


@pytest.mark.parametrize("first, second", [("14. ", "15. "), ("[22] ", "[23] ")])
def test_reference_list_cut_part_way_without_its_heading_gives_nothing(tmp_path, nlp, first: str, second: str) -> None:
    """A page that begins its reference list at a later number ("14.") and prints no heading over it: still a list of
    other papers, so their drug and recurrence are not the patient's."""
    p = tmp_path / "cut_refs_mouth_girl.txt"
    p.write_text(_HEADLESS_REFERENCES.format(first=first, second=second), encoding="utf-8")
    doc = load_document(p)
    assert any(s.kind == "references" for s in doc.sections)
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs, row.treatment, row.recurrence) == (5, "female", None, "SE", None)


def test_numbered_findings_out_of_order_are_not_a_reference_list(tmp_path) -> None:
    text = (
        "A made-up tumour of the pretend gland\n"
        "The invented 7-year-old boy had the mass resected in 2019 and is well.\n"
        "3. Smith J, et al. noted a similar lesion in 2011.\n"
        "7. Jones K, et al. noted another in 2015.\n"
    )
    p = tmp_path / "numbered_out_of_order.txt"
    p.write_text(text, encoding="utf-8")
    assert not any(s.kind == "references" for s in load_document(p).sections)
