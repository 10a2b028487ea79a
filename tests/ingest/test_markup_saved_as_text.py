"""A JATS article or a web page saved under a ``.txt`` name is read by the markup reader its content asks for,
so its tables keep their rows and cells; text that merely quotes a tag stays text."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document, sniff_kind

_JATS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN" "JATS-journalpublishing1.dtd">
<article article-type="case-report"><front><article-meta><title-group>
<article-title>Two spindle cell tumours of the calf</article-title></title-group></article-meta></front>
<body><sec><title>Case presentation</title><p>A 40-year-old woman had a calf mass excised.</p>
<table-wrap id="T1"><label>Table 1</label><caption><p>Findings of the two patients.</p></caption>
<table><thead><tr><th>Case</th><th>Age/sex</th><th>Site</th></tr></thead>
<tbody><tr><td>1</td><td>40/F</td><td>Calf</td></tr><tr><td>2</td><td>61/M</td><td>Shin</td></tr></tbody></table>
</table-wrap></sec></body></article>
"""

_HTML = b"""<!DOCTYPE html>
<html><head><title>Two spindle cell tumours</title></head><body><article><h1>Two spindle cell tumours of the calf</h1>
<h2>Case presentation</h2><p>A 40-year-old woman had a calf mass excised. It measured four centimetres and was
removed with clear margins; she remains well.</p>
<table><caption>Table 1. Findings of the two patients.</caption><tr><th>Case</th><th>Age/sex</th><th>Site</th></tr>
<tr><td>1</td><td>40/F</td><td>Calf</td></tr><tr><td>2</td><td>61/M</td><td>Shin</td></tr></table></article></body></html>
"""


@pytest.mark.parametrize(
    "data, kind",
    [
        (_JATS, "xml"),
        (b"\xef\xbb\xbf" + _JATS, "xml"),
        (b"<article article-type='research-article'><front></front></article>", "xml"),
        (_HTML, "html"),
        (b"  <html lang='en'><body><p>x</p></body></html>", "html"),
        (b"<h2>Case report</h2>\nA 40-year-old woman had a calf mass.", None),
        (b"Case report\nThe <article> tag was not used here.", None),
        (b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>', None),
    ],
)
def test_markup_document_sniffed_from_text_file(data, kind):
    assert sniff_kind(data) == kind


def test_jats_article_saved_as_txt_keeps_its_table_rows(tmp_path):
    p = tmp_path / "calf_series_jats.txt"
    p.write_bytes(_JATS)
    doc = load_document(p)
    assert doc.kind == "xml"
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 2
    assert "<td>" not in doc.text


def test_web_page_saved_as_txt_keeps_its_table_rows(tmp_path):
    p = tmp_path / "calf_series_page.txt"
    p.write_bytes(_HTML)
    doc = load_document(p)
    assert doc.kind == "html"
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 2
