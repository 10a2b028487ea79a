"""Drugs only weighed or out of reach after a course, and drugs a mutation predicts resistance to, are not given; a
therapy among the options a named board discussed is not given (``fields.treatment``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from eims_extract.records import CaseRow
from _support import run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text",
    [
        "Brigatinib, which covers the L1196M mutation, was considered but could not be obtained.",
        "Repotrectinib was discussed but could not be sourced in time.",
        "Lorlatinib (third generation) was recommended but could not be procured.",
    ],
)
def test_drug_considered_but_not_obtained_is_not_given(text):
    row = run("The tumour was resected.", text)
    assert row.drugs is None


def test_drug_started_after_an_unobtained_one_is_given():
    row = run("Brigatinib, which covers the mutation, was considered but could not be obtained, and alectinib was started.")
    assert row.drugs == ["alectinib"]


@pytest.mark.parametrize(
    "text",
    [
        "The G1202R mutation found after crizotinib predicts resistance to alectinib and brigatinib.",
        "This secondary mutation confers resistance to ceritinib.",
    ],
)
def test_drugs_a_mutation_predicts_resistance_to_are_not_given(text):
    row = run(text)
    assert set(row.drugs or []) <= {"crizotinib"}
    assert "alectinib" not in (row.drugs or []) and "ceritinib" not in (row.drugs or [])


def test_options_discussed_at_a_named_board_are_not_given():
    row = run(
        "The tumour was excised.",
        "The options discussed at the regional bone and soft tissue sarcoma board included amputation and radiotherapy to 50 Gy.",
    )
    assert row.treatment == "SE"


def test_drug_out_of_reach_told_in_a_relative_aside_is_not_given():
    row = run(
        "Brigatinib was begun in May; ceritinib, which was not reimbursed in the region, and chemotherapy were considered as "
        "alternatives."
    )
    assert row.drugs == ["brigatinib"]
