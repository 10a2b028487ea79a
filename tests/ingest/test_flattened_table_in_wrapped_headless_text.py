"""A table pasted one cell per line in a typeset (wrapped) text with no heading above it: every line is front
matter there, where the web furniture rules take "No." or "No" for a page's button; the flattened header keeps that
column's name (``ingest.text._flat_header_lines``), as the pasted path does. Fictional patients, invented wording."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import parse_fusion_partner  # noqa: F401  (field module import registers columns)
from eims_extract.ingest.text import read_text

WRAPPED_NO_HEADING = [
    "Two made-up tumours of the salivary gland in a letter to the",
    "editor of a journal that exists only in this test of the reader",
    "",
    "We saw two imaginary patients with this tumour of the parotid",
    "gland in one fictional year, and their clinical features are",
    "given in Table 1 below for readers who keep a registry of such",
    "cases; both had an operation in our clinic and one of them",
    "relapsed after a while and died of the tumour in the end.",
    "",
]
TAIL = [
    "",
    "The two invented cases show that the course of this tumour can",
    "differ even after the same operation with clear surgical margins",
    "in the same gland and at the same fictional hospital in a year.",
]
COLUMNS = ["Age/sex", "Complaint", "Treatment", "Recurrence", "Follow-up (months)", "Outcome"]
RECORDS = [
    ["1", "47/M", "Slow swelling", "Parotidectomy", "No", "26", "NED"],
    ["2", "11/F", "Facial pain", "Parotidectomy; radiotherapy", "Yes (lung, 9 mo)", "15", "DOD"],
]


@pytest.mark.parametrize("first", ["No.", "No", "Case"])
def test_flattened_table_in_wrapped_text_without_heading_keeps_its_no_column(first: str) -> None:
    lines = [
        *WRAPPED_NO_HEADING,
        "Table 1 Clinical features of the two patients",
        first,
        *COLUMNS,
        *(c for r in RECORDS for c in r),
        "NED, no evidence of disease; DOD, died of disease.",
        *TAIL,
    ]
    doc = read_text("\n".join(lines).encode(), "w", "w.txt")
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert t.header_texts() == [first, *COLUMNS]
    assert [[c.text for c in r] for r in t.rows] == RECORDS
    for r in t.rows:
        for c in r:
            assert doc.text[c.start : c.end] == c.text
