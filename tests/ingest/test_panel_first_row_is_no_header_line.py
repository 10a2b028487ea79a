"""An antibody panel whose first row reads like header words ("ALK | Negative" under "Immunohistochemical markers |
Results") keeps that row as data: a line opening on a marker's name under a panel header is never the header's second
line (probe ihc23)."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document


@pytest.mark.parametrize(
    ("head", "first"),
    [
        ("Immunohistochemical markers | Results", "ALK | Negative"),
        ("Antibody | Result", "Desmin | Negative"),
        ("Marker | Staining", "CD34 | Positive"),
    ],
)
def test_panel_first_row_is_no_second_header_line(head, first, tmp_path):
    text = (
        "Inflammatory myofibroblastic tumour of the spleen: an invented report\n\n"
        "Case presentation\nA 46-year-old woman had a splenectomy.\n\n"
        f"{head}\n{first}\nSMA | Positive\nCD21 | Negative\n\n"
        "Discussion\nThe invented tumour has not returned.\n"
    )
    p = tmp_path / "spleen.txt"
    p.write_text(text, encoding="utf-8")
    (table,) = load_document(p).tables
    assert [c.text for c in table.header] == [x.strip() for x in head.split("|")]
    assert [[c.text for c in r] for r in table.rows][0] == [x.strip() for x in first.split("|")]
