"""A saved web page's ``<br>``: a line break, not nothing. A stain list set as lines of one paragraph ("Positive - ALK,
SMA, desmin (focal)<br>Negative - myogenin, CD34") is read line by line as the same lines pasted as text are (the words
either side of a ``<br>`` are never run together, "(focal)Negative"); a soft break inside a sentence (the next line in
lower case) joins its sentence again; a table cell's ``<br>`` is a space. Fictional patient."""

from __future__ import annotations

from eims_extract.ingest.html import read_html
from eims_extract.pipeline.extract import process_path

STAINS = "Positive - ALK (granular), SMA, desmin (focal)<br>Negative - myogenin, CD34, S100<br/>Ki-67 - 10%"


def _page(body: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><title>Pretend knee lump</title></head><body><article>"
        "<h1>An invented lump of the pretend knee in a made-up man</h1><h2>Case report</h2>"
        f"{body}<h2>Discussion</h2><p>Nothing here is real.</p></article></body></html>"
    ).encode()


def test_br_lines_of_a_stain_list_are_lines() -> None:
    doc = read_html(_page(f"<p>The stains were read twice.</p><p>{STAINS}</p>"), "br", "br.html")
    lines = doc.text.splitlines()
    assert "Positive - ALK (granular), SMA, desmin (focal)" in lines
    assert "Negative - myogenin, CD34, S100" in lines
    assert "(focal)Negative" not in doc.text


def test_soft_br_inside_a_sentence_keeps_the_sentence_whole() -> None:
    doc = read_html(_page("<p>The invented man was treated<br>with surgery alone and is <!-- note -->well.</p>"), "s", "s.html")
    assert "The invented man was treated with surgery alone and is well." in doc.text.splitlines()


def test_br_inside_a_table_cell_is_a_space() -> None:
    table = (
        "<table><thead><tr><th>Case</th><th>Stains</th></tr></thead>"
        "<tbody><tr><td>1</td><td>ALK +<br>SMA +</td></tr><tr><td>2</td><td>ALK -<br>SMA +</td></tr></tbody></table>"
    )
    doc = read_html(_page(f"<p>Two made-up cases.</p>{table}"), "t", "t.html")
    assert [r[1].text for r in doc.tables[0].rows] == ["ALK + SMA +", "ALK - SMA +"]


def test_stain_lines_split_by_br_give_their_own_results(tmp_path, nlp) -> None:
    p = tmp_path / "stains.html"
    p.write_bytes(_page(f"<p>A 52-year-old man had an invented lump of the left knee, removed whole.</p><p>{STAINS}</p>"))
    res = process_path(p, nlp)
    assert res.status == "ok", res.error
    row = res.rows[0]
    assert {"SMA", "desmin"} <= set(row.ihc_positive or [])
    assert not {"SMA", "desmin"} & set(row.ihc_negative or [])
