"""Markers before a staining noun followed by the test's name ("showed SMA and desmin expression by
immunohistochemistry"): positive, as without the test's name; "by" still carries a result on when a verb follows
("... expression by IHC was negative"). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


@pytest.mark.parametrize(
    ("text", "pos", "neg"),
    [
        ("The lesion showed calponin and desmin expression by immunohistochemistry.", ["calponin", "desmin"], []),
        ("Spindle cells showed CD10 staining by IHC (clone 56C6), but FISH was not done.", ["CD10"], []),
        ("The tumour showed caldesmon expression by immunostaining.", ["caldesmon"], []),
    ],
)
def test_staining_noun_then_test_name(text, pos, neg):
    got = calls(text)
    assert sorted(c.mention.canonical for c in got if c.positive) == pos
    assert sorted(c.mention.canonical for c in got if not c.positive) == neg


def test_verb_after_the_test_name_is_no_positive():
    """"Caldesmon expression by immunohistochemistry was absent": the noun is the subject, not the result."""
    assert not [c for c in calls("Caldesmon expression by immunohistochemistry was absent.") if c.positive]


def _apply(parts: list[str]):
    from eims_extract.fields import ihc
    from eims_extract.fields.base import Sentence
    from eims_extract.records import CaseRow

    sents, pos = [], 0
    for t in parts:
        sents.append(Sentence("d", t, pos, "case"))
        pos += len(t) + 1  # one line break between them
    row = CaseRow("d", "x")
    ihc.apply(sents, row)
    return sorted(row.ihc_positive or []), sorted(row.ihc_negative or [])


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        # a flattened cell: one marker a line after "positive for:", then the negative list
        (["The lesional cells were positive for:", "ALK (clone 5A4, granular) calponin (CNN) desmin caldesmon and "
          "negative for CD34 and S100 protein."], (["ALK", "caldesmon", "calponin", "desmin"], ["CD34", "S-100"])),
        (["Tumour cells were immunoreactive for:", "calponin desmin"], (["calponin", "desmin"], [])),
        # a heading's colon that opens no list of results changes nothing
        (["Immunohistochemistry:", "Desmin was negative and calponin was positive."], (["calponin"], ["desmin"])),
    ],
)
def test_marker_list_one_a_line_after_result_and_colon(parts, expected):
    assert _apply(parts) == expected
