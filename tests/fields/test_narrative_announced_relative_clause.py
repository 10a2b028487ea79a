"""A sentence announcing exactly the patients told in turn after it, with a relative clause about all of them ("... three
patients whose tumours were negative for X"), gives that clause to each (invented text)."""

from __future__ import annotations

from eims_extract.fields import narrative
from eims_extract.fields.base import Sentence


def _pieces(texts: list[str]) -> dict[str, list[str]]:
    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence("d", t, at, "abstract", heading="Abstract"))
        at += len(t) + 1
    return {p.case_id: [s.text for s in p.sentences] for p in narrative.segment_patients(sentences)}


_TOLD_IN_TURN = [
    "The first patient, a 61-year-old man, had a tumour of the kidney that was resected.",
    "The second, a woman of 35, had a mass of the colon that was excised.",
    "The third was a 4-year-old boy with a tumour of the neck.",
]


def test_relative_clause_of_the_announcing_sentence_is_each_patients():
    got = _pieces(["We present three patients whose tumours were negative for ALK by immunohistochemistry.", *_TOLD_IN_TURN])
    for case in ("case-1", "case-2", "case-3"):
        assert any("negative for ALK" in t for t in got[case]), case


def test_announcement_of_another_number_gives_its_relative_clause_to_no_one():
    got = _pieces(["We present two patients whose tumours were negative for ALK by immunohistochemistry.", *_TOLD_IN_TURN])
    assert not any("negative for ALK" in t for ts in got.values() for t in ts)


def test_clause_about_one_of_them_in_the_relative_clause_stays_nobodys():
    got = _pieces([
        "We present three patients whose tumours arose in adults and children, one of whom relapsed after surgery.",
        *_TOLD_IN_TURN,
    ])
    assert not any("relapsed" in t for ts in got.values() for t in ts)
