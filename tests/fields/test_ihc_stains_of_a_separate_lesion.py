"""Stains of a second, separate lesion the report names as something else ("A separate 4-mm nodule removed at the same
operation was an intradermal naevus (S100 positive)") are that lesion's, not the tumour's: the subject is told to be
another lesion and the predicate names a lesion of another kind (regex ``second_lesion_clause``, read by
``fields.ihc.not_this_tumour_spans`` and by the ALK test reading). A second nodule of the same tumour keeps its stains.
Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import alk_results
from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A separate 4-mm skin nodule removed at the same operation was an intradermal naevus (S100 positive, HMB45 "
         "negative).", []),
        ("An incidental polyp found at the same colonoscopy proved to be a tubular adenoma, with CK20 positive and "
         "p53 negative.", []),
        ("The second, smaller lesion in the same lobe represented a sclerosing hamartoma with TTF-1 positive cells.", []),
        ("An additional 3-mm focus at the cervix was a squamous papilloma (p16 negative; Ki-67 in the basal layer).", []),
        ("A separate nodule was a lipoma; the main tumour was positive for ALK and SMA.", [("ALK", True), ("SMA", True)]),
    ],
)
def test_stains_of_a_separate_lesion_of_another_kind(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A second nodule in the mesentery was likewise positive for ALK and desmin.", [("ALK", True), ("desmin", True)]),
        ("The separate omental mass was also an inflammatory myofibroblastic tumour, positive for ALK.", [("ALK", True)]),
        ("An additional lesion in the liver was a metastasis of the same tumour, negative for CD34.", [("CD34", False)]),
    ],
)
def test_a_second_nodule_of_the_same_tumour_keeps_its_stains(text, expected):
    assert polarities(text) == expected


def test_alk_stain_of_a_separate_lesion_is_no_alk_test():
    assert not [c for c, _, _ in alk_results(
        "A separate 1-cm lesion excised at the same time was a conventional leiomyoma, ALK negative by immunohistochemistry.")]
    assert [c for c, _, _ in alk_results(
        "A second nodule of the same tumour was also ALK positive by immunohistochemistry.")] == ["IHC+"]
