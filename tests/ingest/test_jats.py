"""JATS XML ingestion: the reference paper rendered as PMC XML at test time must give
what its text gives; small fictional articles check sections, tables (rowspan /
colspan), footnotes, metadata and files cut short."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from eims_extract.errors import IngestError
from eims_extract.pipeline.extract import process_path
from eims_extract.ingest import load_document
from eims_extract.ingest.jats import read_jats, table_grid
from eims_extract.reporting.scoring import load_rows, score

from jats_render import FICTIONAL_IDS, render_jats
from layouts import paper_of

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def text_result(seed_txt, nlp):
    return process_path(seed_txt, nlp)


@pytest.fixture(scope="module")
def jats_path(seed_txt, tmp_path_factory) -> Path:
    """The seed as JATS, named like the seed so doc ids match the gold."""
    p = tmp_path_factory.mktemp("jats") / f"{seed_txt.stem}.xml"
    p.write_bytes(render_jats(paper_of(load_document(seed_txt))))
    return p


@pytest.fixture(scope="module")
def jats_result(jats_path, nlp):
    res = process_path(jats_path, nlp)
    assert res.status == "ok", res.error
    return res


def _mismatches(d: dict) -> list[str]:
    return [f"case {m['case']} {m['field']}: gold {m['gold']!r} got {m['pred']!r}" for m in d["mismatches"]]


def test_reference_paper_as_jats_gives_table2_exactly(jats_result) -> None:
    rows = [r for r in jats_result.rows if r.source in ("table", "merged")]
    d = score(rows, load_rows(ROOT / "gold" / "table2.csv")).to_dict()
    assert len(rows) == 52 and d["n_matched"] == 52
    assert d["micro"]["f1"] == 1.0, _mismatches(d)


def test_reference_paper_as_jats_gives_own_patient_exactly(jats_result) -> None:
    own = [r for r in jats_result.rows if r.source in ("merged", "narrative")]
    d = score(own, load_rows(ROOT / "gold" / "index_case.json")).to_dict()
    assert d["micro"]["f1"] == 1.0, _mismatches(d)


def test_jats_rows_equal_text_rows(jats_result, text_result) -> None:
    def values(res):
        return {(r.case_id, r.source): r.to_dict(with_evidence=False) for r in res.rows}

    assert values(jats_result) == values(text_result)


def test_jats_evidence_points_into_the_reading_order_text(jats_result) -> None:
    text = jats_result.text
    assert [(r.case_id, r.ungrounded()) for r in jats_result.rows if r.ungrounded()] == []
    for r in jats_result.rows:
        for evs in r.evidence.values():
            for e in evs:
                span = text[e.start : e.end]
                assert span.strip() and span in e.sentence, (r.case_id, span, e.sentence)


def test_rowspan_reference_is_one_printed_cell_for_every_case(jats_path) -> None:
    """The rendering prints each reference once per run of cases (rowspan); every row still has it,
    and the copies point at the one printed cell."""
    doc = load_document(jats_path)
    t2 = next(t for t in doc.tables if t.id == "T2")
    ref = t2.header_texts().index("Reference")
    cells = [row[ref] for row in t2.rows]
    assert all(c.text for c in cells)
    assert len({c.start for c in cells}) < len(cells)  # some were spanned
    for c in cells:
        assert doc.text[c.start : c.end] == c.text


def test_jats_metadata_and_sections(jats_path) -> None:
    doc = load_document(jats_path)
    assert doc.kind == "xml"
    assert {k: doc.meta[k] for k in FICTIONAL_IDS} == FICTIONAL_IDS
    assert doc.meta["journal"] == "Fictional Oncology Reports" and doc.meta["year"] == "2031"
    assert doc.meta["license"].startswith("https://creativecommons.org/licenses/by/")
    kinds = [s.kind for s in doc.sections if s.kind not in ("caption", "table")]
    assert kinds == [
        "title", "authors", "abstract", "keywords", "introduction", "case", "discussion", "conclusion",
        "acknowledgements", "references",
    ]
    assert [t.id for t in doc.tables] == ["T1", "T2"]  # the inline table is read once
    assert len([s for s in doc.sections_of("caption") if s.title.startswith("Figure")]) == 2


# -- small fictional articles ------------------------------------------------------------------------
ARTICLE = b"""<?xml version="1.0"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta>
<article-id pub-id-type="pmcid">PMC20000002</article-id><article-id pub-id-type="doi">10.99999/FAKE.7</article-id>
<title-group><article-title>An invented kidney tumour</article-title></title-group>
<abstract><sec><title>Background</title><p>Rare tumours are rare.</p></sec>
<sec><title>Case</title><p>A 30-year-old man had a made-up mass.</p></sec></abstract>
</article-meta></front>
<body><sec><title>Case presentation</title><p>A 30-year-old man presented with pain.</p>
<sec><title>Imaging</title><p>Scans showed a 4 cm mass.</p>
<list><list-item><p>First finding.</p></list-item><list-item><p>Second finding.</p></list-item></list></sec></sec>
<sec sec-type="discussion"><title>Comment</title><p>We compared it with others <xref ref-type="bibr" rid="r1">[1]</xref>.</p>
<table-wrap id="t1"><label>Table 1</label><caption><title>Cases.</title></caption><table>
<thead><tr><th rowspan="2">Case</th><th colspan="2">Treatment</th></tr><tr><th>Surgery</th><th>Drug</th></tr></thead>
<tbody><tr><td>1</td><td>Yes</td><td rowspan="2">crizotinib</td></tr><tr><td>2</td><td>No</td></tr>
<tr><td colspan="3">Group B</td></tr></tbody></table>
<table-wrap-foot><fn id="fn1"><label>a</label><p>SE, surgical excision.</p></fn></table-wrap-foot></table-wrap></sec>
</body></article>"""


def test_structured_abstract_nested_sections_lists() -> None:
    doc = read_jats(ARTICLE, "a", "a.xml")
    by_kind = {s.kind: doc.text[s.start : s.end] for s in doc.sections}
    assert by_kind["abstract"].startswith("Background: Rare tumours are rare.\nCase: A 30-year-old man")
    case = [s for s in doc.sections if s.kind == "case"]
    assert [s.title for s in case] == ["Case presentation", "Imaging"]  # the sub-section keeps its parent's kind
    assert "First finding.\nSecond finding." in doc.text
    assert doc.sections_of("discussion")[0].title == "Comment"  # sec-type wins over an unknown title
    assert doc.meta["pmcid"] == "PMC20000002" and doc.meta["doi"] == "10.99999/fake.7"


def test_table_spans_and_footnote_legend() -> None:
    doc = read_jats(ARTICLE, "a", "a.xml")
    (t,) = doc.tables
    assert t.id == "T1" and t.caption == "Cases."
    assert t.header_texts() == ["Case", "Treatment Surgery", "Treatment Drug"]
    assert t.row_texts() == [["1", "Yes", "crizotinib"], ["2", "No", "crizotinib"], ["Group B", "", ""]]
    assert t.rows[1][2].start == t.rows[0][2].start  # the spanned cell is the printed one
    assert t.footnotes == "a SE, surgical excision."


@pytest.mark.parametrize(
    "html, header, rows",
    [
        ("<tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr>", ["A", "B"], [["1", "2"]]),
        ("<tr><td>1</td><td>2</td></tr><tr><td>3</td></tr>", ["", ""], [["1", "2"], ["3", ""]]),
        (
            "<tr><td rowspan='3'>x</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr>",
            ["", ""],
            [["x", "1"], ["x", "2"], ["x", "3"]],
        ),
        ("<tr><td>a</td><td rowspan='2' colspan='2'>b</td></tr><tr><td>c</td></tr>", ["", "", ""], [["a", "b", ""], ["c", "b", ""]]),
    ],
    ids=["th-first-row-is-header", "ragged-row-padded", "rowspan-repeats", "rowspan-with-colspan"],
)
def test_table_grid(html: str, header: list[str], rows: list[list[str]]) -> None:
    h, body = table_grid(etree.fromstring(f"<table>{html}</table>"))
    assert h == header and [[t for t, _ in r] for r in body] == rows


@pytest.mark.parametrize("fraction", [0.02, 0.1, 0.3, 0.6, 0.9])
def test_jats_cut_short_never_crashes(jats_path, tmp_path, fraction, nlp) -> None:
    data = jats_path.read_bytes()
    p = tmp_path / "cut.xml"
    p.write_bytes(data[: int(len(data) * fraction)])
    res = process_path(p, nlp)
    assert res.status == "ok" or not res.error.startswith("internal error"), res.error


def test_jats_front_matter_only_reads_title_and_abstract(jats_path, tmp_path) -> None:
    data = jats_path.read_bytes()
    cut = data[: data.index(b"</abstract>") + len(b"</abstract>")]
    p = tmp_path / "front.xml"
    p.write_bytes(cut)
    doc = load_document(p)
    assert [s.kind for s in doc.sections] == ["title", "authors", "abstract"]
    assert doc.meta["pmid"] == FICTIONAL_IDS["pmid"]
    assert any("cut short" in w for w in doc.warnings) and any("front matter only" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"plain words, not markup at all", "not readable XML"),
        (b"<html><body><p>hello</p></body></html>", "not a JATS article"),
        (b"<article><front><article-meta></article-meta></front></article>", "no abstract, body text or tables"),
    ],
    ids=["not-xml", "not-jats", "empty-article"],
)
def test_bad_xml_is_a_one_line_reason(tmp_path, data: bytes, reason: str) -> None:
    p = tmp_path / "bad.xml"
    p.write_bytes(data)
    with pytest.raises(IngestError, match=reason):
        load_document(p)


def test_efetch_article_set_wrapper_is_read() -> None:
    wrapped = b'<?xml version="1.0"?><pmc-articleset>' + ARTICLE.split(b"?>", 1)[1] + b"</pmc-articleset>"
    doc = read_jats(wrapped, "a", "a.xml")
    assert doc.meta["title"] == "An invented kidney tumour" and len(doc.tables) == 1
