"""A line end inside a marker name ("S-" / "100", "AE1/" / "AE3", "CAM5." / "2", "Ki-" / "67", "ALK-" / "positive")
is joined when a text dump is read, whatever the dump's shape: no paragraph (so no sentence) break, and no space
where the name had none. Fictional reports."""

from __future__ import annotations

import textwrap

import pytest

from eims_extract.ingest.text import read_text

_HEAD = "Inflammatory myofibroblastic tumour of the urinary bladder in an adolescent\nCase report\n"
_BROKEN = [
    "A 15-year-old boy was admitted with painless haematuria for three weeks. Cystoscopy showed a 3 cm polypoid mass "
    "of the bladder dome, which was removed by transurethral resection. The spindle cells were positive for SMA and "
    "ALK and negative for S-",
    "100, desmin, cytokeratin AE1/",
    "AE3, CAM5.",
    "2 and myogenin. The Ki-",
    "67 labelling index was below 5%. The tumour was ALK-",
    "positive by FISH.",
    "He was alive without recurrence 26 months later.",
]
_JOINED = [
    "negative for S-100, desmin, cytokeratin AE1/AE3, CAM5.2 and myogenin.",
    "The Ki-67 labelling index was below 5%.",
    "The tumour was ALK-positive by FISH.",
]


def _pasted() -> str:
    """One paragraph per line, the paragraph broken where a marker name was."""
    return _HEAD + "\n".join(_BROKEN) + "\n"


def _wrapped() -> str:
    """A PDF dump: the same text wrapped at 60 characters, broken lines as above, short last lines."""
    lines: list[str] = []
    for part in _BROKEN:
        lines += textwrap.wrap(part, 60)
    return _HEAD + "\n".join(lines) + "\n"


def _over_a_footer() -> str:
    """A wrapped dump whose page footer falls between "Ki-" and "67"."""
    text = _wrapped()
    return text.replace("The Ki-\n", "The Ki-\n\nJ Fict Urol Rep 2030; 3: 17\n\n")


@pytest.mark.parametrize("make", [_pasted, _wrapped, _over_a_footer], ids=["pasted", "wrapped", "over-a-page-footer"])
def test_marker_names_broken_at_line_ends_are_joined(make) -> None:
    doc = read_text(make().encode(), "bladder", "bladder.txt")
    for s in _JOINED:
        assert s in doc.text


def test_marker_line_ends_give_whole_sentences(nlp) -> None:
    doc = read_text(_pasted().encode(), "bladder", "bladder.txt")
    sents = [s.text.strip() for s in nlp(doc.text).sents]
    assert any(s.endswith("CAM5.2 and myogenin.") and "S-100" in s for s in sents)


@pytest.mark.parametrize(
    "lines,kept",
    [
        # a sentence ending in a number's full stop, the next line opening with a number: no marker, two paragraphs
        (["The mass measured 5.", "2 weeks later it had grown further."], "5.\n2 weeks"),
        # a line ending in a spaced dash is not a broken word
        (["Outcome at the last visit -", "Alive without disease."], "-\nAlive"),
    ],
    ids=["number-full-stop", "spaced-dash"],
)
def test_line_ends_that_are_not_broken_names_stay(lines: list[str], kept: str) -> None:
    doc = read_text((_HEAD + "\n".join(lines) + "\n").encode(), "x", "x.txt")
    assert kept in doc.text
