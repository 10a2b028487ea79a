"""A PDF-to-text dump that hyphenates short words at line ends ("af-" / "ter", "fol-" / "lowed"): ingest joins the word,
and the evidence a field reads from the joined sentence still points at that sentence in the document's text."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import extract_document


def _dump(lines: list[str]) -> bytes:
    """Like a PDF text dump: a blank line after every line."""
    return ("\n\n".join(lines) + "\n").encode()


REPORT = [
    "Inflammatory myofibroblastic tumour of an invented colon: a made-up case",
    "Case presentation",
    "A pretend woman aged 47 had a right hemicolectomy for a six cm mass in",
    "the caecum of this imaginary report. The mass came back in the mesentery",
    "and was excised again; she has since been fol-",
    "lowed up for 18 months af-",
    "ter the second operation and remains free of disease, with the",
    "tumour cells posi-",
    "tive for ALK and SMA in this fictional specimen from a made-up clinic.",
]


@pytest.mark.parametrize(
    ("head", "tail", "joined"),
    [("af", "ter", "after"), ("fol", "lowed", "followed"), ("be", "cause", "because"), ("dur", "ing", "during")],
)
def test_short_word_hyphenated_at_a_line_end_is_joined(head: str, tail: str, joined: str) -> None:
    lines = [
        "An imaginary clinic saw a patient who is entirely made up and",
        f"she was seen at a pretend hospital for a pelvic mass {head}-",
        f"{tail} a long wait in this invented report for many",
        "lines in a dump where nearly every line ends mid sentence.",
    ]
    doc = read_text(_dump(lines), "hy", "hy.txt")
    assert f" {joined} " in doc.text
    assert f"{head}-" not in doc.text


def test_evidence_read_across_a_joined_line_end_points_into_the_document_text() -> None:
    doc = read_text(_dump(REPORT), "hyoff", "hyoff.txt")
    assert "followed up for 18 months after the second operation" in doc.text
    (row,) = extract_document(doc)
    assert row.follow_up_months == 18.0
    assert row.ihc_positive == ["ALK", "SMA"]
    for field in ("follow_up_months", "ihc_positive"):
        for ev in row.evidence[field]:
            cited = doc.text[ev.start : ev.end]
            assert cited and cited in ev.sentence
            assert ev.sentence in doc.text
