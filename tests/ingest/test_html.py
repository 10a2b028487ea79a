"""Saved web pages: the reference paper rendered as a journal page among page furniture
(at test time) must give what its text gives, without the furniture; small fictional
pages check tables, metadata and pages with no article."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.errors import IngestError
from eims_extract.pipeline.extract import process_path
from eims_extract.ingest import load_document
from eims_extract.ingest.html import read_html
from eims_extract.reporting.scoring import load_rows, score

from html_render import FURNITURE_WORDS, render_html
from jats_render import FICTIONAL_IDS
from layouts import paper_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def html_path(seed_txt, tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("html") / f"{seed_txt.stem}.html"
    p.write_bytes(render_html(paper_of(load_document(seed_txt))))
    return p


@pytest.fixture(scope="module")
def html_result(html_path, nlp):
    res = process_path(html_path, nlp)
    assert res.status == "ok", res.error
    return res


def test_saved_page_gives_table2_and_own_patient_exactly(html_result) -> None:
    rows = [r for r in html_result.rows if r.source in ("table", "merged")]
    d = score(rows, load_rows(ROOT / "gold" / "table2.csv")).to_dict()
    assert len(rows) == 52 and d["micro"]["f1"] == 1.0, d["mismatches"][:5]
    own = [r for r in html_result.rows if r.source in ("merged", "narrative")]
    d = score(own, load_rows(ROOT / "gold" / "index_case.json")).to_dict()
    assert d["micro"]["f1"] == 1.0, d["mismatches"][:5]
    assert [(r.case_id, r.ungrounded()) for r in html_result.rows if r.ungrounded()] == []


def test_saved_page_drops_furniture_keeps_article(html_path) -> None:
    doc = load_document(html_path)
    assert doc.kind == "html"
    assert [w for w in (*FURNITURE_WORDS, "Link 3", "unrelated made-up article") if w in doc.text] == []
    kinds = [s.kind for s in doc.sections if s.kind not in ("caption", "table")]
    assert kinds == ["title", "authors", "abstract", "introduction", "case", "discussion", "conclusion"]
    assert [t.id for t in doc.tables] == ["T1", "T2"]
    t2 = doc.tables[1]
    assert t2.caption == "EIMS cases originated from abdominal cavity." and t2.footnotes.startswith("y, year;")
    # the footnote block is written once, with its table, not in the conclusion
    assert doc.text.count("y, year; mo, month") == 1
    assert {k: doc.meta[k] for k in ("doi", "pmid")} == {k: FICTIONAL_IDS[k] for k in ("doi", "pmid")}


PAGE = """<html><head><title>Kidney case | Made-up Journal</title>
<meta name="citation_doi" content="https://doi.org/10.99999/ABC.42"/></head><body>
<div id="nav"><a href="/a">Home</a> | <a href="/b">Journals</a> | <a href="/c">Log in</a></div>
<div id="content"><h1>An invented renal tumour in a young man</h1>
<h2>Case presentation</h2>
<p>A 27-year-old man from a fictional town was admitted with flank pain and a palpable mass in the left kidney.</p>
<p>Biopsy showed epithelioid cells; the tumour was ALK positive by immunohistochemistry and desmin positive.</p>
<table><caption>Table 1 Laboratory values</caption>
<tr><th>Test</th><th colspan="2">Value</th></tr>
<tr><td>Haemoglobin</td><td>9.1</td><td>g/dL</td></tr>
<tr><td>CRP</td><td>88</td><td>mg/L</td></tr>
<tfoot><tr><td colspan="3">CRP, C-reactive protein.</td></tr></tfoot></table>
<h2>Discussion</h2><p>Such tumours are uncommon and this one is imaginary, described for a software test only.</p>
</div><div id="footer"><a href="/t">Terms</a> <a href="/p">Privacy</a></div></body></html>"""


def test_html_table_caption_colspan_and_tfoot() -> None:
    doc = read_html(PAGE.encode(), "k", "k.html")
    (t,) = doc.tables
    assert t.id == "T1" and t.caption == "Laboratory values"
    assert t.header_texts() == ["Test", "Value", "Value"]
    assert t.row_texts()[:2] == [["Haemoglobin", "9.1", "g/dL"], ["CRP", "88", "mg/L"]]
    assert t.footnotes == "CRP, C-reactive protein."
    assert doc.sections_of("case")[0].title == "Case presentation"
    assert doc.meta["doi"] == "10.99999/abc.42" or doc.meta["doi"] == "10.99999/ABC.42"
    assert "Privacy" not in doc.text and "Journals" not in doc.text


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav><a href='/a'>Home</a> <a href='/b'>About</a></nav></body></html>",
        "<html><head><title>x</title></head><body></body></html>",
    ],
    ids=["only-navigation", "empty-body"],
)
def test_page_without_article_is_a_one_line_reason(tmp_path, page: str) -> None:
    p = tmp_path / "nav.html"
    p.write_text(page)
    with pytest.raises(IngestError, match="no article"):
        load_document(p)


def test_cp1252_page_is_decoded(tmp_path) -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("imaginary", "imaginary \u2013 truly")
    p = tmp_path / "w.html"
    p.write_bytes(page.encode("cp1252"))
    assert "imaginary \u2013 truly" in load_document(p).text


def test_layout_table_cells_read_as_text() -> None:
    """An old-style page laid out with a one-row table: its cells are the article's blocks, not a grid."""
    page = (
        "<html><body><table><tr><td><a href='/'>Home</a></td><td><h1>An invented spleen tumour</h1>"
        "A 66-year-old woman, an invented patient, had a splenic mass that was resected without complications."
        "<p>The tumour was ALK positive on immunohistochemistry and the patient recovered well afterwards.</p></td></tr></table>"
        "</body></html>"
    )
    doc = read_html(page.encode(), "s", "s.html")
    assert "A 66-year-old woman, an invented patient" in doc.text and not doc.tables


def test_pmc_style_wrapped_table_keeps_caption_and_foot() -> None:
    """PMC pages wrap the <table> in a div of its own, with the caption before and the foot after that div."""
    page = (
        "<html><body><article><h1>An invented hepatic tumour</h1><h2>Case report</h2>"
        "<p>A 49-year-old man, an invented patient, had a liver mass that was resected completely.</p>"
        "<div class='table-wrap'><div class='caption'><p>Table 1 Made-up laboratory findings.</p></div>"
        "<div class='xtable'><table><thead><tr><th>Marker</th><th>Result</th></tr></thead>"
        "<tbody><tr><td>ALK</td><td>+</td></tr><tr><td>Desmin</td><td>-</td></tr></tbody></table></div>"
        "<div class='tblwrap-foot'><p>+, positive; -, negative.</p></div></div>"
        "<h2>Discussion</h2><p>The findings above are fictional and serve a software test only.</p></article></body></html>"
    )
    doc = read_html(page.encode(), "h", "h.html")
    (t,) = doc.tables
    assert (t.id, t.caption, t.footnotes) == ("T1", "Made-up laboratory findings.", "+, positive; -, negative.")
    assert t.row_texts() == [["ALK", "+"], ["Desmin", "-"]]
    assert doc.text.count("+, positive") == 1 and doc.text.count("Made-up laboratory") == 1
