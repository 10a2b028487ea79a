"""A word broken by the typesetter's hyphen where the page's text was not kept as wrapped lines: a PDF excerpt pasted
one paragraph a line ("crizo-" / "tinib 250 mg ..."), or a dump whose line breaks became spaces ("nega- tive",
"alec- tinib", "Immuno- histochemistry"). The word the document or the package knows is joined again; a real
hyphenated pair ("pre- and postoperative", "chemo- and radiotherapy", "ALK- and ROS1-negative") keeps its hyphen.
Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document


def _load(text: str):
    return load_document("page.txt", data=text.encode(), doc_id="page")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Case report\nA 47-year-old man with a retroperitoneal mass had an incomplete resection. He then received crizo-\n"
            "tinib 250 mg twice daily and achieved a complete re-\nsponse. He is alive without disease at 26 months.\n",
            ["crizotinib 250 mg", "complete response"],
        ),
        (
            "Case report\nA 19-year-old woman had a thigh mass. Immuno- histochemistry was positive for ALK and nega- tive "
            "for S-100. Local recur- rence was treated with alec- tinib.\n",
            ["Immunohistochemistry was", "and negative for", "Local recurrence", "with alectinib."],
        ),
        (
            "Case report\nA 60-year-old woman had a renal mass treated by ne- phrectomy; the tumour was ALK-positive.\n",
            ["by nephrectomy;"],
        ),
    ],
)
def test_broken_word_is_joined(text, want):
    doc = _load(text)
    flat = " ".join(doc.text.split())
    for w in want:
        assert w in flat


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Case report\nShe received pre- and postoperative chemotherapy for a lung mass.\n", "pre- and postoperative"),
        ("Case report\nHe had chemo- and radiotherapy after the biopsy of a pelvic mass.\n", "chemo- and radiotherapy"),
        ("Case report\nThe tumour was ALK- and ROS1-negative on staining of the mass.\n", "ALK- and ROS1-negative"),
        ("Case report\nA 2- to 3-cm nodule was seen in the left lung of the patient.\n", "2- to 3-cm"),
        ("Case report\nThe well- circumscribed mass was excised from the thigh.\n", "well- circumscribed"),
    ],
)
def test_real_hyphen_before_a_space_is_kept(text, kept):
    assert kept in _load(text).text


def test_flattened_breaks_read_by_the_fields(nlp):
    from eims_extract.pipeline.extract import extract_document

    doc = _load(
        "Case report\nA 19-year-old woman presented with a thigh mass, which was excised. Immuno- histochemistry was "
        "positive for ALK and SMA, and nega- tive for S-100 and CD34. Six months later a local recur- rence was treated "
        "with alec- tinib.\n"
    )
    (row,) = extract_document(doc, nlp)
    assert row.drugs == ["alectinib"] and row.ihc_negative == ["S-100", "CD34"] and row.recurrence is True
