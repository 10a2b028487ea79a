"""A radiology teaching file (case-archive page) prints its discussion in named parts: "Background" right under the
discussion heading is the discussion's first part (not the report's introduction), "Clinical perspective" and
"Imaging perspective" are the discussion's, "Outcome" and "Final diagnosis" tell the patient's own, and the combined
"Take-home message / Teaching points" box is a conclusion. Fictional report."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

_DOC = """CASE 90001   Published on 02.02.2022

Enhancing pelvic mass in a young woman

CLINICAL HISTORY
A 27-year-old woman had two months of pelvic pressure and a raised CRP.

IMAGING FINDINGS
MRI showed a 6 cm enhancing mass of the right adnexa without ascites.

DISCUSSION
{first}
Myofibroblastic tumours of the pelvis are rare and mostly benign in behaviour.

Clinical perspective
Our patient underwent laparoscopic excision of the mass.

Imaging perspective
Enhancement is nonspecific on MRI.

Outcome
Pelvic MRI one year later was clear.

Take-home message / Teaching points
- An enhancing adnexal mass in a young woman may be a myofibroblastic tumour.

FINAL DIAGNOSIS
Inflammatory myofibroblastic tumour of the adnexa

REFERENCES
1. Invented A. A fictional review. J Invented Imaging. 2020;1:1-2.
"""


def _kind_of(doc, phrase: str) -> str:
    at = doc.text.index(phrase)
    return next(s.kind for s in doc.sections if s.start <= at < s.end and s.kind not in ("caption", "table"))


@pytest.mark.parametrize("first", ["Background", "BACKGROUND"])
def test_background_part_right_under_the_discussion_stays_the_discussion(first: str) -> None:
    doc = read_text(_DOC.format(first=first).encode(), "tf", "tf.txt")
    assert _kind_of(doc, "mostly benign in behaviour") == "discussion"
    assert not any(s.kind == "introduction" for s in doc.sections)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Our patient underwent laparoscopic", "discussion"),
        ("Enhancement is nonspecific", "discussion"),
        ("Pelvic MRI one year later", "case"),
        ("An enhancing adnexal mass", "conclusion"),
        ("tumour of the adnexa", "case"),
    ],
)
def test_teaching_file_discussion_parts_are_headings_of_their_own(phrase: str, kind: str) -> None:
    doc = read_text(_DOC.format(first="Background").encode(), "tf", "tf.txt")
    assert _kind_of(doc, phrase) == kind
    # the part's name is a heading, not the first words of its sentence
    assert not any(doc.text[s.start : s.end].startswith(("Clinical perspective", "Outcome")) for s in doc.sections)


def test_introduction_heading_after_a_discussion_with_text_opens_its_own_section() -> None:
    # negative: an introduction heading after a discussion that has text of its own is not its sub-part
    text = _DOC.format(first="Background").replace("DISCUSSION\nBackground\n", "DISCUSSION\nWe discuss it.\n\nBackground\n")
    doc = read_text(text.encode(), "tf", "tf.txt")
    assert _kind_of(doc, "mostly benign in behaviour") == "introduction"
