"""A compilation of unrelated items (a supplement's abstract page) read from a PDF, a saved web page or JATS XML, not
only from plain text: those readers keep one space between an item's code and its title where a plain-text page had
two or more ("P-113 Title"), and their page title (a PDF's title line, a web page's <h1>, a JATS article title) may name
the one item the page is about, numbered above the page's first items. The items are still cut at their headings,
from the lowest number up, and the neighbouring items lend the tumour patient no fact.

Every text here is written for these tests: a fictional meeting, journal, people and patients.
"""

from __future__ import annotations

from html import escape
from xml.sax.saxutils import escape as xml_escape

import pytest
from fpdf import FPDF

from eims_extract.fields.narrative import item_about_tumour_patient
from eims_extract.ingest import load_document
from eims_extract.ingest.items import compilation_items
from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import process_path

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"

RUNNING_HEAD = "Invented Proceedings of Coastal Paediatric Oncology 2033; 7 (Suppl 1): S20-S31"

# (heading, paragraphs) of each item, in the page's order
ITEMS = [
    (
        "PO-31 Cryotherapy for retinoblastoma in low-resource clinics: a five-year invented audit",
        [
            "W. Brandvold, E. Osei-Lamptey (Port Aldous)",
            "Forty-one children (median age 20 months; 23 boys) were treated with triple freeze-thaw cryotherapy; "
            "globe salvage was reached in 30, and three died of metastatic disease.",
        ],
    ),
    (
        "PO-32 An inflammatory myofibroblastic tumour of the invented spleen in a young shepherd",
        [
            "J. Okonjo-Varga, T. Helmersson (Lake Verrin Children's Hospital)",
            "A 13-year-old boy came with left upper quadrant fullness for two months. Ultrasound and CT showed a "
            "6-cm solid splenic mass. Splenectomy was done; the spindle cells were positive for ALK and SMA. "
            "He has had no recurrence 26 months after surgery.",
        ],
    ),
    (
        "PO-33 Hepatoblastoma with lung metastases in a toddler treated with cisplatin",
        [
            "N. Achterhof, P. Quaresma (Fort Dunmere)",
            "A 2-year-old girl with a large liver mass and lung metastases received cisplatin and doxorubicin, "
            "then a liver transplant; she died of disease at 19 months.",
        ],
    ),
]
TITLE = ITEMS[1][0]


def _text_page() -> str:
    """The page as a plain-text dump: two spaces between a code and its title."""
    out = [RUNNING_HEAD, ""]
    for head, paras in ITEMS:
        out += [head.replace(" ", "  ", 1), *paras, ""]
    return "\n".join(out)


def _pdf(path, title: str | None) -> None:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Body", "", _FONT)
    pdf.add_font("Body", "B", _BOLD)
    pdf.add_page()
    pdf.set_font("Body", "", 8)
    pdf.cell(0, 10, RUNNING_HEAD, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    if title:
        pdf.set_font("Body", "B", 16)
        pdf.multi_cell(0, 19, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
    for head, paras in ITEMS:
        pdf.set_font("Body", "B", 11)
        pdf.multi_cell(0, 14, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Body", "", 10)
        for p in paras:
            pdf.multi_cell(0, 13, p, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.output(str(path))


def _html(title: str | None) -> str:
    body = "".join(
        f"<h2>{escape(head)}</h2>" + "".join(f"<p>{escape(p)}</p>" for p in paras) for head, paras in ITEMS
    )
    h1 = f"<h1>{escape(title)}</h1>" if title else ""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{escape(title or RUNNING_HEAD)}</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/issues'>Issues</a></nav>"
        f"<main><article>{h1}<p>{escape(RUNNING_HEAD)}</p>{body}</article></main>"
        "<footer>Invented Publisher, for tests only</footer></body></html>"
    )


def _jats(title: str) -> str:
    secs = "".join(
        f"<sec><title>{xml_escape(head)}</title>" + "".join(f"<p>{xml_escape(p)}</p>" for p in paras) + "</sec>"
        for head, paras in ITEMS
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="abstract">'
        "<front><journal-meta><journal-title-group><journal-title>Invented Proceedings of Coastal Paediatric Oncology"
        "</journal-title></journal-title-group></journal-meta><article-meta><title-group>"
        f"<article-title>{xml_escape(title)}</article-title></title-group></article-meta></front>"
        f"<body>{secs}</body></article>"
    )


def _write(tmp_path, fmt: str, title: str | None):
    if fmt == "pdf":
        p = tmp_path / "supplement.pdf"
        _pdf(p, title)
    elif fmt == "html":
        p = tmp_path / "supplement.html"
        p.write_text(_html(title), encoding="utf-8")
    else:
        p = tmp_path / "supplement.xml"
        p.write_text(_jats(title or RUNNING_HEAD), encoding="utf-8")
    return p


FORMATS = [
    pytest.param("pdf", None, id="pdf_item_headings"),
    pytest.param("pdf", TITLE, id="pdf_title_names_an_item"),
    pytest.param("html", None, id="web_page_h2_item_headings"),
    pytest.param("html", TITLE, id="web_page_h1_names_an_item"),
    pytest.param("jats", TITLE, id="jats_article_title_names_an_item"),
]


@pytest.mark.parametrize("fmt,title", FORMATS)
def test_compilation_items_found_in_every_format(tmp_path, fmt, title):
    doc = load_document(_write(tmp_path, fmt, title))
    items = compilation_items(doc, item_about_tumour_patient)
    assert items is not None
    assert [it.relevant for it in items] == [False, True, False]
    first = doc.text[items[0].start : items[0].end]
    assert "Cryotherapy" in first and "splenic" not in first  # the page's first item starts at its own heading


@pytest.mark.parametrize("fmt,title", FORMATS)
def test_neighbouring_items_lend_no_facts_in_every_format(tmp_path, nlp, fmt, title):
    res = process_path(_write(tmp_path, fmt, title), nlp)
    assert res.status == "ok", res.error
    assert len(res.rows) == 1
    row = res.rows[0]
    assert row.age_years == 13 and row.sex == "male"
    assert not row.drugs  # the hepatoblastoma's cisplatin is another child's
    assert row.metastasis is not True and row.status != "DOD"


def test_plain_text_page_unchanged_by_the_format_rules():
    doc = read_text(_text_page().encode(), "s", "s.txt")
    items = compilation_items(doc, item_about_tumour_patient)
    assert items is not None and [it.relevant for it in items] == [False, True, False]


@pytest.mark.parametrize(
    "text",
    [
        # a code and a title one space apart inside a sentence are no heading (only a line may start with one)
        "An inflammatory myofibroblastic tumour of the invented spleen: a case report\n\n"
        "A 13-year-old boy had a splenic mass removed; the abstract was shown as poster PO-31 Spleen tumours in "
        "children and again as PO-32 Spleen tumours revisited at the next meeting. ALK was positive.\n",
        # a report whose title is coded like an item, with no run of items under it
        "PO-32 An inflammatory myofibroblastic tumour of the invented spleen in a young shepherd\n\n"
        "A 13-year-old boy had a splenic mass removed; ALK was positive. He is well at 2 years.\n",
    ],
    ids=["single_spaced_codes_inside_a_sentence", "coded_title_without_items"],
)
def test_single_spaced_codes_make_no_compilation_without_item_lines(text):
    doc = read_text(text.encode(), "r", "r.txt")
    assert compilation_items(doc, item_about_tumour_patient) is None


# a journal's online-first list: each entry headed by its article type, one space apart in a PDF's or a web page's text
CONTENTS = [
    "Invented Annals of Hand Surgery | early view, week 9",
    "ORIGINAL RESEARCH Trigger finger release under local anaesthetic: an invented cohort of 300 hands. "
    "— Ferreira-Obi K, Lund M. — Abstract | PDF",
    "CASE REPORT A palmar inflammatory myofibroblastic tumour in a violin teacher. — Haraldsen P, Mwangi T. — "
    "Abstract (shown) | PDF",
    "Abstract. A 58-year-old woman had a firm palmar nodule for a year; it was excised with the palmar fascia. "
    "The spindle cells were ALK positive and SMA positive. She has had no recurrence at 15 months.",
    "REVIEW Ganglion cysts of the wrist treated with aspiration and steroid: a meta-analysis. — Brenner A. — PDF",
    "CASE REPORT Metastatic melanoma of the thumb nail bed treated with nivolumab in a 71-year-old man. "
    "— Quist R. — PDF",
]


@pytest.mark.parametrize("fmt", ["pdf", "html"], ids=["pdf_contents_entries", "web_page_contents_entries"])
def test_contents_entries_one_space_after_the_article_type(tmp_path, nlp, fmt):
    if fmt == "pdf":
        p = tmp_path / "contents.pdf"
        pdf = FPDF(unit="pt", format="A4")
        pdf.add_font("Body", "", _FONT)
        pdf.add_page()
        pdf.set_font("Body", "", 10)
        for line in CONTENTS:
            pdf.multi_cell(0, 13, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(5)
        pdf.output(str(p))
    else:
        p = tmp_path / "contents.html"
        paras = "".join(f"<p>{escape(x)}</p>" for x in CONTENTS)
        p.write_text(f"<!DOCTYPE html><html><body><main><article>{paras}</article></main></body></html>", "utf-8")
    doc = load_document(p)
    items = compilation_items(doc, item_about_tumour_patient)
    assert items is not None and [it.relevant for it in items] == [False, True, False, False]
    res = process_path(p, nlp)
    assert len(res.rows) == 1
    row = res.rows[0]
    assert row.age_years == 58 and row.sex == "female"
    assert not row.drugs  # the melanoma's nivolumab is another patient's


def test_article_type_inside_a_sentence_is_no_contents_entry():
    text = (
        "An inflammatory myofibroblastic tumour of the invented palm\n\n"
        "We wrote this CASE REPORT Because the nodule was rare, and a REVIEW Of older cases followed it. "
        "A 58-year-old woman had the nodule excised; ALK was positive.\n"
    )
    doc = read_text(text.encode(), "t", "t.txt")
    assert compilation_items(doc, item_about_tumour_patient) is None
