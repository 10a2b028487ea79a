"""A series whose patients are told apart by the sites of their tumours (invented text): a lead naming a group of them
("in the two men", "in both girls") up to a colon or semicolon, then clauses each opening on a tumour named by its site,
the last of which only denies ("..., the nasal tumour did not"): each patient reads the lead with its own clause, and a
clause that only denies reads the molecular finding before it denied."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_THREE = (
    "Case reports: Case 1 was a 50-year-old woman with a mass in the orbit. Case 2 was a 60-year-old man with a mass of "
    "the left maxillary sinus. Case 3 was a 40-year-old man with a tumour of the nasal cavity. "
)
_GIRLS = (
    "Case reports: Case A was a 7-year-old girl with a tumour of the bladder. Case B was a 12-year-old girl with a lung "
    "mass. Case C was a 9-year-old boy with a mesenteric mass. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_THREE + "ALK FISH was performed in the two men: the maxillary tumour showed ALK rearrangement, the nasal "
                  "tumour did not.", [(None,), (["FISH+"],), (["FISH-"],)]),
        (_THREE + "FISH was done in both men; the nasal tumour was negative, while the maxillary tumour showed an ALK "
                  "rearrangement.", [(None,), (["FISH+"],), (None,)]),
        (_GIRLS + "FISH was done in the two girls: the lung tumour revealed an ALK rearrangement, the bladder tumour did "
                  "not.", [(["FISH-"],), (["FISH+"],), (None,)]),
    ],
)
def test_group_lead_then_clauses_by_site(nlp, text, expected):
    assert abstract_rows(nlp, text, "alk_tests") == expected


@pytest.mark.parametrize(
    ("sentence", "field", "expected"),
    [
        ("The maxillary tumour showed an ALK rearrangement on FISH; the nasal tumour did not.", "alk_tests",
         [(None,), (["FISH+"],), (["FISH-"],)]),
        ("On RNA sequencing, the maxillary tumour carried a TPM3::ALK fusion, whereas the nasal tumour did not.",
         "kinase_fusions", [(None,), (["TPM3::ALK"],), (None,)]),
    ],
)
def test_clause_only_denying_by_site(nlp, sentence, field, expected):
    assert abstract_rows(nlp, _THREE + sentence, field) == expected
