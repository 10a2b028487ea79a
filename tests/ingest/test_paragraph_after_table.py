"""Paragraphs right after a web page's table are article text, not the table's foot.

A table whose wrapper holds nothing else (its caption inside ``<caption>``, or no caption) is followed
directly by the section's next paragraphs; only blocks that are marked as a foot (class) or read like
one (a footnote mark, abbreviations defined one after another) are bound to the table.
"""

from __future__ import annotations

from eims_extract.ingest.html import read_html


def _page(after: str) -> bytes:
    return (
        "<html><body><article><h1>An invented tumour of the pelvic wall</h1><h2>Case presentation</h2>"
        "<p>A 38-year-old invented woman had a pelvic mass found on a routine scan of her hip.</p>"
        "<div class='table-box'><table><caption>Table 1. Invented staining panel</caption>"
        "<thead><tr><th>Antibody</th><th>Result</th></tr></thead>"
        "<tbody><tr><td>ALK</td><td>positive</td></tr><tr><td>Caldesmon</td><td>negative</td></tr></tbody></table></div>"
        f"{after}<h2>Discussion</h2><p>Nothing here describes a real person.</p></article></body></html>"
    ).encode()


def test_paragraphs_after_table_stay_in_the_text() -> None:
    doc = read_html(
        _page(
            "<p>Split signals for the kinase gene were seen in a third of the nuclei on the invented FISH assay.</p>"
            "<p>She chose surgery and was free of disease when last seen, nineteen months later.</p>"
        ),
        "p",
        "p.html",
    )
    (t,) = doc.tables
    assert t.footnotes == ""
    case = next(s for s in doc.sections if s.kind == "case")
    body = doc.text[case.start : case.end]
    assert "a third of the nuclei" in body and "nineteen months later" in body


def test_foot_after_table_still_bound_to_it() -> None:
    doc = read_html(
        _page(
            "<p>IHC, immunohistochemistry; ALK, anaplastic lymphoma kinase.</p>"
            "<p>The tumour was removed whole and she is well.</p>"
        ),
        "f",
        "f.html",
    )
    (t,) = doc.tables
    assert t.footnotes.startswith("IHC, immunohistochemistry")
    assert "removed whole" in doc.text and doc.text.count("removed whole") == 1
    assert "removed whole" not in t.footnotes
