"""A list of other records under a record page's own text ("Similar articles", "Cited by", "MeSH terms"), read from a
PDF, a saved web page or JATS XML: the plain-text reader drops such a block as furniture line by line; the other
readers keep it in the text, so it is cut out of the view the rules read (``furniture.record_list_spans``) down to the
next heading. The other articles' titles (a drug, a metastasis, a death in a trial's name) lend the patient nothing.

Every text here is written for these tests: a fictional journal, people and patient.
"""

from __future__ import annotations

from html import escape

import pytest
from fpdf import FPDF

from eims_extract.ingest.furniture import record_list_spans
from eims_extract.pipeline.extract import process_path

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"

ABSTRACT = [
    "We report a 47-year-old man with a 5-cm mass of the invented mesocolon. Resection with a short colonic segment "
    "was curative; the spindle cells were ALK positive and SMA positive, and no drug was given afterwards.",
    "He remains free of disease four years after the operation.",
]
SIMILAR = [
    "Similar articles",
    "Adjuvant imatinib for high-risk gastric stromal tumours: an invented randomised trial.",
    "Ferrante L, et al. Fict Gastro Oncol. 2031. PMID: 99100001",
    "Pembrolizumab in metastatic colorectal cancer with mismatch-repair deficiency: deaths and responses.",
    "Okafor S, et al. Invented Lancet Gastro. 2032. PMID: 99100002",
]


def _html() -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in [*ABSTRACT, *SIMILAR])
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Mesocolic IMT | Invented Case Records</title></head>"
        "<body><main><article><h1>An inflammatory myofibroblastic tumour of the invented mesocolon in a man</h1>"
        f"<h2>Abstract</h2>{paras}<h2>Publication types</h2><p>Case Reports</p></article></main></body></html>"
    )


def _pdf(path) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Body", "", _FONT)
    pdf.add_page()
    pdf.set_font("Body", "", 15)
    title = "An inflammatory myofibroblastic tumour of the invented mesocolon in a man"
    pdf.multi_cell(0, 18, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Body", "", 12)
    pdf.multi_cell(0, 14, "Abstract", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Body", "", 10)
    for p in [*ABSTRACT, *SIMILAR]:
        pdf.multi_cell(0, 13, p, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


@pytest.mark.parametrize("fmt", ["html", "pdf"], ids=["web_page_similar_articles", "pdf_similar_articles"])
def test_similar_articles_lend_the_patient_nothing(tmp_path, nlp, fmt):
    p = tmp_path / f"record.{fmt}"
    if fmt == "html":
        p.write_text(_html(), encoding="utf-8")
    else:
        _pdf(p)
    res = process_path(p, nlp)
    assert res.status == "ok", res.error
    row = res.rows[0]
    assert row.age_years == 47 and row.sex == "male"
    assert not row.drugs  # imatinib and pembrolizumab are in other articles' titles
    assert row.metastasis is not True and row.status != "DOD"


def test_record_list_runs_to_the_next_heading():
    text = "Abstract\nA woman had a mass.\nCited by\n2 articles\nAnother title.\nDiscussion\nWe discuss it.\n"
    spans = record_list_spans(text, [0, text.index("Discussion")])
    assert [text[a:b] for a, b in spans] == ["Cited by\n2 articles\nAnother title.\n"]


@pytest.mark.parametrize(
    "text",
    [
        "Abstract\nCited by two colleagues, the patient's history was taken again.\nShe had a mass.\n",
        "Abstract\nThe similar articles we found described older patients.\n",
        "Full text links\nAn invented title of a tumour of the knee\nAbstract\nA man had a knee mass.\n",
    ],
    ids=["cited_by_inside_a_sentence", "similar_articles_inside_a_sentence", "full_text_links_button_above_headings"],
)
def test_prose_and_page_buttons_open_no_record_list(text):
    first = text.index("Abstract")
    assert record_list_spans(text, [first]) == []


def test_listed_records_publication_type_read_as_a_heading_does_not_end_the_list():
    """A web page or PDF sets each listed record's publication type ("Case Reports.") on a line of its own under the
    record's citation; a reader takes it for a case heading. It is a line of the list, which goes on to the next real
    heading: the second record's title (another patient's fusion) stays out of the view too."""
    text = (
        "Abstract\nA girl had a pretend mass.\nSimilar articles\nA made-up KIF9-ALK tumour of the invented shin.\n"
        "Quill A, et al. Fict Ortho Rep. 2031. PMID: 99100011\nCase Reports.\n"
        "An invented ZZZ3-ROS1 tumour of the pretend wrist.\nBrill B, et al. Imag Hand J. 2032. PMID: 99100012\n"
        "Case Reports.\nReferences\n1. Quorn C. Pretend review. 2030.\n"
    )
    # where the headed sections' text starts: under "Abstract", under the first "Case Reports.", under "References"
    heads = [len("Abstract\n"), text.index("An invented ZZZ3"), text.index("1. Quorn")]
    spans = record_list_spans(text, heads)
    assert [text[a:b] for a, b in spans] == [text[text.index("Similar articles") : text.index("1. Quorn")]]


_RECORD_PAGE_WITH_LEGENDS = """Fict Paed Rep.  2030 May;3(1):11-14.  English.

Mesenteric inflammatory myofibroblastic tumour in a toddler

Ingrid Solberg,1 and Marco Dellapiana2

Abstract

A 2-year-old boy had a 6-cm mass of the invented mesentery, removed completely with a short bowel segment. No further treatment was given and he is well 14 months later.

Keyword
Inflammatory myofibroblastic tumor; Mesentery; Child

MeSH Terms
Child, Preschool
Humans
Male
Mesentery*

{label}

Fig. 1  Computed tomography, coronal view. A lobulated mass between the bowel loops (arrow).

Fig. 2  Histology. (A) Spindle cells in fascicles with plasma cells (H&E, x200). (B) The tumour cells are diffusely positive for ALK (x400). (C) Desmin is strongly positive (x200).

Similar articles
- Crizotinib for a relapsing pulmonary tumour in a 61-year-old woman
- Vinblastine and methotrexate for an unresectable pelvic tumour
"""


@pytest.mark.parametrize("label", ["Figure", "Figures", "Figures and Tables"])
def test_figure_legends_after_a_mesh_list_are_the_articles_own(tmp_path, nlp, label):
    # a record page (KoreaMed and journal pages) prints the article's figure legends under a bare label after its MeSH
    # terms: the legends end the list, and their stains are the patient's; the similar articles below stay furniture
    p = tmp_path / "record_page_mesentery.txt"
    p.write_text(_RECORD_PAGE_WITH_LEGENDS.format(label=label), encoding="utf-8")
    res = process_path(p, nlp)
    assert res.status == "ok", res.error
    row = res.rows[0]
    assert (row.age_years, row.sex) == (2, "male")
    assert set(row.ihc_positive or []) >= {"ALK", "desmin"}
    assert not row.drugs  # crizotinib, vinblastine and methotrexate are other articles' titles
