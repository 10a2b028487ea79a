"""A fusion test told done, with a modal of past possibility, on a counted part of a series ("FISH could be done only
in the two most recent cases"), then its result per case after a colon or semicolon (invented text): a fact about
the test that was done, not a hypothesis. "could be done to confirm ..." stays a suggestion."""

from __future__ import annotations

import pytest

from eims_extract.fields import alk


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ALK FISH could be done only in the three latest cases: it showed a split signal pattern.", "FISH+"),
        ("Break-apart FISH for ALK could only be performed in two patients; it showed no rearrangement.", "FISH-"),
        ("FISH for ALK could be carried out in two of the tumours: it demonstrated rearrangement.", "FISH+"),
    ],
)
def test_test_done_on_a_counted_part_of_the_series_reports_its_result(text, expected):
    assert {r[0] for r in alk.alk_results(text)} == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "ALK FISH could be done to look for a rearrangement.",
        "FISH could be performed in the remaining cases to detect a rearrangement.",
        "FISH for ALK could be done only in two cases.",
    ],
)
def test_modal_suggestion_or_bare_test_gives_no_result(text):
    assert alk.alk_results(text) == []


_FOUR = """Bladder myofibroblastic tumours: four cases

Abstract
We describe four patients with bladder tumours. The patients were aged 33 years (case no. 1, female), 58 years (case no. 2, male), 24 years (case no. 3, male) and 71 years (case no. 4, female). All of them presented with haematuria.

Results
ALK stained cases no. 1, 3 and 4 and was negative in case no. 2. FISH for ALK could be done only in the two most recent cases: it found a rearrangement in the case no. 3 and no rearrangement in the case no. 2.
"""


def test_per_case_fish_results_after_counted_modal_test(nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    rows = {r.case_id: r for r in extract_document(load_document("f.txt", data=_FOUR.encode(), doc_id="f"), nlp)}
    assert "FISH-" in (rows["case-2"].alk_tests or []) and "FISH+" not in (rows["case-2"].alk_tests or [])
    assert "FISH+" in (rows["case-3"].alk_tests or [])
    assert not any(t.startswith("FISH") for t in rows["case-1"].alk_tests or [])


_THREE_FUSIONS = """Myofibroblastic tumours in three adults

Case presentations
Case 1
A 48-year-old man had a 6 cm mass of the mesentery, which was resected.

Case 2
A 33-year-old woman had a 4 cm mass of the omentum, which was resected.

Case 3
A 57-year-old man had a 9 cm mass of the small bowel, which was resected.

Molecular findings
EML4-ALK was found by RNA sequencing in case 1 and TPM3-ALK by a fusion panel in case 3; case 2 was not tested.
"""


def test_passive_found_keeps_each_fusion_with_its_own_case(nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    rows = {r.case_id: r for r in extract_document(load_document("g.txt", data=_THREE_FUSIONS.encode(), doc_id="g"), nlp)}
    assert not rows["case-2"].kinase_fusions
    assert "EML4::ALK" not in (rows["case-3"].kinase_fusions or [])
