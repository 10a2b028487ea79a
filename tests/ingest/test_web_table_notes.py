"""The notes under a web page's or a JATS table, each a block of its own and often without a full stop ("a RT-PCR
negative for the fusion" / "b Not tested"): each note is resolved to the cells that carry its mark, as the same
table's notes are in a text dump. On a web page the notes are the paragraphs right after the table's wrapper, the
caption set inside that wrapper above the table, and the first of them may be a legend that spells out the codes
with a space only ("NM nuclear membrane, PC perinuclear cytoplasmic"); the article's next paragraph is no note.
Fictional tables, built at run time."""

from __future__ import annotations

from eims_extract.ingest.html import read_html
from eims_extract.ingest.jats import read_jats

_HEAD = ("Case", "ALK (pattern)", "Desmin", "ALK fusion (method)")
_ROWS = (
    ("1", "+ (NM)", "+", "Fusion found (PCR)"),
    ("2", "+ (PC)", "-", "Not identified a"),
    ("3", "+ (NM)", "+", "Other partner (RNA panel) b"),
)
_LEGEND = "NM nuclear membrane, PC perinuclear cytoplasmic, + positive, - negative"
_NOTE_A = "a PCR negative for the usual partner; RNA too poor for sequencing"
_NOTE_B = "b PCR negative for the usual partner"
_NEXT = "The invented patients were then followed up at a made-up clinic for several years."


def _grid() -> str:
    head = "".join(f"<th>{h}</th>" for h in _HEAD)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in _ROWS)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _page() -> bytes:
    return (
        "<html><body><article><h1>Three invented epithelioid tumours</h1><section><h2>Results</h2>"
        "<p>The stains and the molecular tests of three made-up patients are listed in Table 2.</p>"
        "<div class='table-wrap' id='T2'><div class='caption'><p>Table 2. Invented stains and fusion tests</p></div>"
        f"<div class='tbl-box'>{_grid()}</div></div>"
        f"<p>{_LEGEND}</p><p>{_NOTE_A}</p><p>{_NOTE_B}</p><p>{_NEXT}</p>"
        "</section><section><h2>Discussion</h2><p>Nothing here is real.</p></section></article></body></html>"
    ).encode()


def _jats() -> bytes:
    return (
        "<article><front><article-meta><title-group><article-title>Three invented epithelioid tumours"
        "</article-title></title-group></article-meta></front><body><sec><title>Results</title>"
        "<p>The stains and the molecular tests of three made-up patients are listed in Table 2.</p>"
        "<table-wrap id='T2'><label>Table 2</label><caption><p>Invented stains and fusion tests</p></caption>"
        f"{_grid()}<table-wrap-foot><fn><p>{_LEGEND}</p></fn><fn><p>{_NOTE_A}</p></fn><fn><p>{_NOTE_B}</p></fn>"
        f"</table-wrap-foot></table-wrap><p>{_NEXT}</p></sec></body></article>"
    ).encode()


def _notes(table) -> list[str]:
    return [r[3].note for r in table.rows]


def test_web_table_notes_after_wrapper_with_caption_resolve_to_marked_cells() -> None:
    doc = read_html(_page(), "web", "web.html")
    (t,) = doc.tables
    assert "RNA too poor for sequencing" in t.footnotes and "nuclear membrane" in t.footnotes
    assert _notes(t) == ["", "PCR negative for the usual partner; RNA too poor for sequencing",
                         "PCR negative for the usual partner"]
    assert [r[3].text for r in t.rows][1:] == ["Not identified", "Other partner (RNA panel)"]
    assert "followed up at a made-up clinic" not in t.footnotes


def test_jats_table_notes_without_full_stops_resolve_to_marked_cells() -> None:
    doc = read_jats(_jats(), "jats", "jats.xml")
    (t,) = doc.tables
    assert _notes(t) == ["", "PCR negative for the usual partner; RNA too poor for sequencing",
                         "PCR negative for the usual partner"]
