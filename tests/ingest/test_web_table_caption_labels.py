"""A web page's table captions labelled the way journal sites print them (invented tables): a bar between the label and
the title ("TABLE 2 | ...", as some publishers' pages set it) and a Roman numeral ("Table II.", "TABLE IV"). The label
is cut off the caption and numbers the table; the title is kept whole."""
from __future__ import annotations

import pytest

from eims_extract.ingest.html import read_html


def _page(caption: str) -> bytes:
    return f"""<html><body><article><h1>An invented case</h1><h2>Case report</h2>
<p>A 52-year-old man presented with a mass in the bladder. The tumour was resected transurethrally.</p>
<div class="table"><div class="caption"><p>{caption}</p></div>
<table><tr><th>Marker</th><th>Result</th></tr><tr><td>ALK</td><td>+</td></tr><tr><td>Desmin</td><td>-</td></tr></table></div>
<h2>Discussion</h2><p>Such tumours of the bladder are rare in adults and in children.</p></article></body></html>""".encode()


@pytest.mark.parametrize(
    ("caption", "tid", "title"),
    [
        ("TABLE 3 | Immunohistochemical panel of the tumour.", "T3", "Immunohistochemical panel of the tumour."),
        ("Table II. Immunohistochemical panel of the tumour.", "T2", "Immunohistochemical panel of the tumour."),
        ("TABLE IV Stains used", "T4", "Stains used"),
        ("Table 1: Stains used", "T1", "Stains used"),
    ],
)
def test_web_table_caption_label_with_a_bar_or_a_roman_numeral_is_cut_off(caption, tid, title):
    doc = read_html(_page(caption), "t", "t.html")
    assert [(t.id, t.caption) for t in doc.tables] == [(tid, title)]
