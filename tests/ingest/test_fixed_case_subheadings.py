"""The fixed-heading format of some large open-access clinical journals: a case presentation cut by fixed sub-headings
(Chief complaints, History of present illness, Imaging examinations, MULTIDISCIPLINARY EXPERT CONSULTATION, FINAL
DIAGNOSIS, TREATMENT, OUTCOME AND FOLLOW-UP), each on its own line, and stain results one a line ("Positive - A, B",
a headerless panel "ALK (D5F3)      +"). In a wrapped text the sub-headings open sections of their parent's kind, never
run into the next sentence, and each result line is read alone. Fictional report, our own words."""

from __future__ import annotations

import textwrap

import pytest

from eims_extract.ingest.sections import classify_heading
from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import extract_document

# (heading, paragraph): each paragraph wrapped at 100 characters below, as a journal page saved as text prints it
_PARTS = [
    ("", "Inflammatory myofibroblastic tumour of the small-bowel mesentery in a teenager: an invented case report"),
    ("Abstract", ""),
    ("BACKGROUND", "Mesenteric myofibroblastic tumours are uncommon in teenagers and can be mistaken for lymphoma, for a "
     "desmoid tumour or for a gastrointestinal stromal tumour on imaging and even on a small biopsy."),
    ("CASE SUMMARY", "A sixteen-year-old boy had abdominal pain and a mass in the small-bowel mesentery, which was "
     "resected with a short segment of jejunum; he has had no recurrence since then."),
    ("CASE PRESENTATION", ""),
    ("Chief complaints", "Abdominal pain and low fever for three weeks, with a loss of appetite that his parents had "
     "noticed early on and a weight loss of about three kilograms."),
    ("History of present illness", "The pain began around the umbilicus and had become constant over the weeks; he "
     "had no vomiting, no blood in the stool and no change in his bowel habit at any time."),
    ("Imaging examinations", "Computed tomography showed a lobulated 7-cm mass in the small-bowel mesentery that "
     "enhanced after contrast, without enlarged lymph nodes and without ascites or liver lesions."),
    ("FURTHER DIAGNOSTIC WORK-UP", "A core biopsy showed bland spindle cells in a myxoid stroma rich in plasma cells "
     "and lymphocytes, with rare mitoses and no necrosis in any of the cores. Immunohistochemistry:"),
    ("MULTIDISCIPLINARY EXPERT CONSULTATION", "The liver and bowel surgeons judged a wide resection of the mesenteric "
     "root to be of prohibitive risk for the blood supply of the remaining small bowel."),
    ("FINAL DIAGNOSIS", "Inflammatory myofibroblastic tumour of the small-bowel mesentery."),
    ("TREATMENT", "A limited resection of the mass with a short segment of jejunum was performed in the third week, "
     "and the margins of the specimen were free of tumour on every side."),
    ("OUTCOME AND FOLLOW-UP", "At 14 mo after the operation he is well, with no recurrence on the ultrasound scans "
     "and no distant disease on the imaging done at each of his visits."),
    ("DISCUSSION", ""),
    ("Treatment", "Surgery is the usual treatment of these tumours; radiotherapy and chemotherapy are kept for the "
     "unresectable cases, and ALK inhibitors have given durable responses in several series of patients."),
]
_STAINS = (
    "  Positive - ALK (diffuse cytoplasmic), SMA, calponin (focal)\n"
    "  Negative - desmin, CD117, DOG1, beta-catenin (nuclear)\n"
    "  Ki-67 - 5%\n"
    "A second panel of the resection specimen was stained and read by another pathologist of the same\n"
    "department:\n"
    "  CD34                    -\n"
    "  S-100                   -\n"
    "  Myogenin                -\n"
    "  Caldesmon               + (focal)\n"
)


def _page() -> str:
    out = []
    for head, para in _PARTS:
        if head:
            out.append(head + "\n")
        if para:
            out.append(textwrap.fill(para, 100) + "\n")
        if head == "FURTHER DIAGNOSTIC WORK-UP":
            out.append(_STAINS)
    return "".join(out)


_WRAPPED = _page()


@pytest.mark.parametrize(
    "line",
    ["Chief complaints", "History of present illness", "Imaging examinations", "MULTIDISCIPLINARY EXPERT CONSULTATION",
     "TREATMENT", "Further diagnostic work-up"],
)
def test_fixed_case_subheadings_are_headings_of_their_parents_kind(line: str) -> None:
    h = classify_heading(line)
    assert h is not None and h.sub


def test_final_diagnosis_is_the_patients_own_part_wherever_it_stands() -> None:
    """A teaching file prints its final diagnosis after its discussion: a heading of the patient's own part, not a
    sub-heading that would take the discussion's kind."""
    h = classify_heading("FINAL DIAGNOSIS")
    assert h is not None and h.kind == "case" and not h.sub


def test_fixed_case_subheadings_open_sections_not_run_into_the_sentence() -> None:
    doc = read_text(_WRAPPED.encode(), "fixed", "fixed.txt")
    titles = {s.title: s.kind for s in doc.sections}
    assert titles.get("History of present illness") == "case"
    assert titles.get("TREATMENT") == "case"
    assert titles.get("FINAL DIAGNOSIS") == "case"
    # a sub-heading inside the discussion stays the discussion
    assert titles.get("Treatment") == "discussion"
    assert "History of present illness The pain" not in doc.text


def test_result_lines_of_a_wrapped_case_are_read_one_a_line(nlp) -> None:
    doc = read_text(_WRAPPED.encode(), "fixed", "fixed.txt")
    assert "\nPositive - ALK (diffuse cytoplasmic), SMA, calponin (focal)\n" in doc.text
    rows = extract_document(doc, nlp)
    row = rows[0]
    assert {"ALK", "SMA", "calponin", "caldesmon"} <= set(row.ihc_positive or [])
    assert {"desmin", "CD117", "DOG-1", "CD34", "S-100", "myogenin"} <= set(row.ihc_negative or [])
    assert not {"SMA", "calponin"} & set(row.ihc_negative or [])
    assert row.ki67_percent == 5



@pytest.mark.parametrize(
    "line",
    [
        "  Desmin          \u2013",  # an en dash printed for the minus sign
        "  CD117 (c-KIT)   \u2013",
        "  ALK (D5F3)      +, granular cytoplasmic",  # the sign, a comma, a few words on the staining
        "  Ki-67           about 20%",
        "  Ki-67           approximately 7%",
    ],
)
def test_panel_lines_with_an_en_dash_a_note_or_an_about_share_are_panel_lines(line: str) -> None:
    from eims_extract.rules import layout

    assert layout("panel_result_line").match(line) is not None


@pytest.mark.parametrize(
    "line",
    ["  Desmin and CD34 were both negative in the tumour cells", "Table 2   Follow-up     \u2013 continued from page 3"],
)
def test_sentences_and_captions_are_not_panel_lines(line: str) -> None:
    from eims_extract.rules import layout

    assert layout("panel_result_line").match(line) is None


def test_panel_with_en_dash_signs_in_a_wrapped_case_is_read_one_marker_a_line(nlp) -> None:
    panel = (
        "  ALK (D5F3)      +, granular cytoplasmic\n"
        "  SMA             +\n"
        "  Desmin          \u2013\n"
        "  DOG1            \u2013\n"
        "  CD34            \u2013\n"
        "  Ki-67           about 15%\n"
    )
    doc = read_text(_WRAPPED.replace(_STAINS, panel).encode(), "dash", "dash.txt")
    assert "Desmin          \u2013\nDOG1" in doc.text  # one marker a line, not run into the next
    row = extract_document(doc, nlp)[0]
    assert {"desmin", "DOG-1", "CD34"} <= set(row.ihc_negative or [])
    assert "ALK" in set(row.ihc_positive or [])
    assert row.ki67_percent == 15
