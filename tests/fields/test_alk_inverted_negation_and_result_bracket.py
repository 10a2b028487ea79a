"""Two ways a negation reaches (or must not reach) an ALK test (``fields.alk``), in invented sentences:
a fronted negation with the auxiliary before the test ("in neither of them did a sequencing panel find ...") is that
test's negative, not a positive beside an earlier stain; a bracket naming a test with its own results ("a mass (ALK
IHC positive; CLTC-ALK by NGS) not amenable to surgery") keeps them from a negation told outside it."""

from __future__ import annotations

import pytest

from eims_extract.fields import alk


def _tests(text: str) -> list[str]:
    return [r for r, _, _ in alk.alk_results(text)]


def _fusions(text: str) -> list[str]:
    return [f for f, _, _ in alk.fusions_in(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Both lesions lacked ALK (D5F3) staining, and in neither of them did a targeted RNA panel find an ALK fusion.",
            "NGS-",
        ),
        ("The stain for ALK was strong, but nor did FISH show split signals.", "FISH-"),
        ("ALK was expressed by IHC; in none of the tumours was FISH positive.", "FISH-"),
    ],
)
def test_fronted_negation_before_its_test_is_that_tests_negative(text, expected):
    got = _tests(text)
    assert expected in got
    assert expected[:-1] + "+" not in got


@pytest.mark.parametrize(
    "text, tests, fusion",
    [
        (
            "Patient B had a 5-cm pelvic IMT (ALK IHC positive; CLTC-ALK by NGS) not amenable to surgery and was given "
            "crizotinib.",
            ["IHC+", "NGS+"],
            "CLTC::ALK",
        ),
        (
            "The renal mass (ALK positive by immunohistochemistry, EML4-ALK by RNA sequencing) could not be removed.",
            ["IHC+", "NGS+"],
            "EML4::ALK",
        ),
    ],
)
def test_results_inside_a_bracket_escape_a_negation_outside_it(text, tests, fusion):
    assert _tests(text) == tests
    assert _fusions(text) == [fusion]


@pytest.mark.parametrize(
    "text",
    [
        "Sequencing did not detect any fusion (TPM3-ALK, RANBP2-ALK).",
        "No ALK fusion (such as EML4-ALK or TPM3-ALK) was detected by NGS.",
    ],
)
def test_fusions_listed_in_a_bracket_without_a_test_stay_denied(text):
    assert _fusions(text) == []


def _applied(*texts: str) -> list[str] | None:
    from _support import run_apply

    return run_apply(alk.apply, *texts).alk_tests


@pytest.mark.parametrize(
    "texts, expected",
    [
        (("Sequencing or FISH proved an ALK rearrangement wherever tissue allowed.", "FISH was positive."), ["FISH+"]),
        (("The lesion stained strongly for ALK.", "FISH was negative."), ["IHC+", "FISH-"]),
    ],
)
def test_a_bare_fish_verdict_after_a_sentence_naming_alk_alone_is_alks(texts, expected):
    got = _applied(*texts)
    assert got is not None and set(expected) <= set(got)


@pytest.mark.parametrize(
    "texts",
    [
        ("The lesion stained strongly for ALK.", "PCR for mycobacteria was negative."),
        ("The lesion stained strongly for ALK.", "FISH for ROS1 was positive."),
    ],
)
def test_a_verdict_of_another_targets_test_is_not_alks(texts):
    got = _applied(*texts) or []
    assert not any(t.startswith(("FISH", "RT-PCR")) for t in got)
