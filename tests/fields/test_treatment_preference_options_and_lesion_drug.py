"""Therapies set aside or only weighed, and a drug aimed at the lesion itself (``fields.treatment``): the therapy a
preference is told over with "to" ("preferred observation to surgery"), options listed after "including" in a sentence
telling they were discussed, an antibiotic given deliberately for the lesion before its operation (not cover for the
operation), and an operation told after a quoted frozen-section report whose doubt ("cannot exclude ...") ends at its
closing quote. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply, code_mentions, drug_mentions
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text",
    [
        "She refused the drug because of reflux and preferred observation to surgery.",
        "The family preferred watchful waiting to an operation.",
        "The parents favoured a conservative approach to further surgery.",
    ],
)
def test_therapy_a_preference_is_told_over_with_to_is_not_given(text):
    assert [c for c, _, _ in code_mentions(text)] == []


def test_therapy_preferred_to_another_stays_given():
    assert {c for c, _, _ in code_mentions("The team preferred excision to radiotherapy, and the mass was excised.")} == {"SE"}
    assert {c for c, _, _ in code_mentions("She preferred surgery to be done close to home, and it was performed in June.")} == {"SE"}


@pytest.mark.parametrize(
    "text",
    [
        "Treatment options were discussed with the family, including a wide excision, a course of ibuprofen and observation.",
        "Options were discussed with him, including resection and a trial of naproxen.",
        "Several management options including lobectomy and crizotinib were weighed.",
    ],
)
def test_options_listed_after_including_are_not_given(text):
    assert code_mentions(text) == []
    assert drug_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Before the resection, her surgeon prescribed a three-week course of clarithromycin aimed at the lesion itself; "
        "no infection was found.",
        "Prior to surgery, doxycycline was given for four weeks, directed against the tumour, without any change in its size.",
    ],
)
def test_antibiotic_aimed_at_the_lesion_before_its_operation_is_a_drug(text):
    assert [d for d, _, _, _ in drug_mentions(text)] in (["clarithromycin"], ["doxycycline"])


def test_antibiotic_around_an_operation_stays_cover():
    assert drug_mentions("Cefazolin was given for two days after the operation.") == []


def test_operation_after_a_quoted_frozen_section_doubt_is_given():
    text = ('During the operation, frozen section was read as "atypical spindle cells, cannot exclude sarcoma," '
            "and a radical hysterectomy was performed.")
    assert [c for c, _, _ in code_mentions(text)] == ["SE"]
    row = run(text)
    assert row.treatment == "SE"
