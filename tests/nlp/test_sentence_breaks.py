"""A line break in a document's text ends its paragraph (wrapped lines were joined when it was read), and
where the matching view cut furniture out of a line it leaves a blank line: a sentence always ends there."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "n"),
    [
        pytest.param("Author information Disclaimer\n\nA 30-year-old man had a lung mass.", 2, id="blank-line-ends-sentence"),
        pytest.param("Author information Disclaimer \n \n A 30-year-old man had a lung mass.", 2, id="blank-line-with-spaces"),
        pytest.param("A lung mass in a man\nA 30-year-old man had a lung mass.", 2, id="paragraph-end-ends-sentence"),
        # a paragraph ending in citation digits ("... in adults.4,5") and a one-word heading: the patient's
        # sentence after them stands alone (it was swallowed into the discussion sentence before)
        pytest.param("These tumours respond to kinase inhibitors.4,5\nReport\nA 30-year-old man had a lung mass.", 3, id="citation-digits-then-heading"),
        pytest.param("A lung mass in a man with a cough and a 30-year-old man had a lung mass.", 1, id="no-break-inside-a-line"),
        # a short scanned line going on in lower case is the same sentence
        pytest.param("A 30-year-old man\nwas seen for a cough and had a lung mass.", 1, id="line-going-on-in-lower-case"),
        # a title ending in "?" then a bulleted author list: the bullet opens a new sentence
        pytest.param("Invented tumours of the lung: what can be expected?\n• A. Nobody\n• B. Someone\nA 30-year-old man had a lung mass.", 4, id="bullet-after-question-mark"),
    ],
)
def test_blank_line_is_a_hard_sentence_break(nlp, text: str, n: int) -> None:
    sents = [s.text.strip() for s in nlp(text).sents if s.text.strip()]
    assert len(sents) == n
    assert sents[-1].endswith("had a lung mass.")
