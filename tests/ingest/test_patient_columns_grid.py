"""A series' own table with one column per patient, read from a cell grid (JATS, a web page, a ruled PDF table).

"Patient 1 | Patient 2" over a blank (or "Feature") stub, rows opening on attributes ("Age", "ALK IHC",
"Ki-67"): the grid is turned round like the text reader turns the same table set with spaces, one row per
patient and the attributes as headers, so the table's facts reach each patient's row. Any other grid stays as it
is. Fictional patients.
"""

from __future__ import annotations

from eims_extract.ingest.html import read_html
from eims_extract.ingest.jats import read_jats

_ROWS = [("Age (years)", "44", "17"), ("ALK IHC", "positive", "negative"), ("Ki-67", "4%", "15%"), ("Follow-up", "12 months", "30 months")]


def _table(stub: str, heads: tuple[str, str]) -> str:
    head = f"<tr><th>{stub}</th><th>{heads[0]}</th><th>{heads[1]}</th></tr>"
    body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in _ROWS)
    return f"<table><thead>{head}</thead><tbody>{body}</tbody></table>"


def _jats(table: str) -> bytes:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><article article-type='case-report'><front><article-meta>"
        "<title-group><article-title>Two invented patients with a tumour of the jaw</article-title></title-group>"
        "</article-meta></front><body><sec><title>Case presentation</title>"
        "<p>Two invented patients, a man and a girl, were treated in a made-up clinic.</p>"
        f"<table-wrap id='T1'><label>Table 1</label><caption><p>Invented findings</p></caption>{table}</table-wrap>"
        "</sec></body></article>"
    ).encode()


def test_patient_columns_turned_to_patient_rows_jats() -> None:
    doc = read_jats(_jats(_table("", ("Patient 1", "Patient 2"))), "j", "j.xml")
    (t,) = doc.tables
    assert t.header_texts() == ["", "Age (years)", "ALK IHC", "Ki-67", "Follow-up"]
    assert t.row_texts() == [["Patient 1", "44", "positive", "4%", "12 months"], ["Patient 2", "17", "negative", "15%", "30 months"]]
    cell = t.rows[1][3]
    assert doc.text[cell.start : cell.end] == "15%"  # turned cells keep their offsets


def test_patient_columns_turned_in_web_page_with_feature_stub() -> None:
    page = (
        "<html><body><article><h1>Two invented patients with a tumour of the jaw</h1><h2>Case presentation</h2>"
        "<p>Two invented patients, a man and a girl, were treated in a made-up clinic.</p>"
        f"<div><p>Table 1. Invented findings</p>{_table('Feature', ('Case 1', 'Case 2'))}</div></article></body></html>"
    ).encode()
    (t,) = read_html(page, "h", "h.html").tables
    assert [r[0] for r in t.row_texts()] == ["Case 1", "Case 2"] and t.header_texts()[2] == "ALK IHC"


def test_ordinary_grid_not_turned() -> None:
    doc = read_jats(_jats(_table("Marker", ("Result", "Clone"))), "o", "o.xml")
    (t,) = doc.tables
    assert t.header_texts() == ["Marker", "Result", "Clone"] and len(t.rows) == 4
