"""Stains told with what they were done to exclude, in an aside between the markers and their result (invented
sentences): "CD117 and DOG1, stained to exclude GIST, were negative" -- the aside is list filler, the result the
markers', and a stain named inside the aside (the excluded tumour's profile) gets none."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_LEAD = "Case report: A 40-year-old man had a gastric tumour. "


@pytest.mark.parametrize(
    ("sentence", "positive", "negative"),
    [
        ("CD117 and DOG1, stained to exclude GIST, were negative.", None, ["CD117", "DOG-1"]),
        ("CD117 and DOG1, performed to exclude a gastrointestinal stromal tumour, were negative.", None, ["CD117", "DOG-1"]),
        ("Desmin and h-caldesmon, which were performed to rule out leiomyosarcoma, were both positive.",
         ["desmin", "caldesmon"], None),
        ("S100, done in order to exclude a nerve sheath tumour, was negative, whereas SMA was positive.", ["SMA"], ["S-100"]),
        ("CD117, stained to exclude a DOG1-positive GIST, was negative.", None, ["CD117"]),
    ],
)
def test_purpose_aside_between_markers_and_result(nlp, sentence, positive, negative):
    assert abstract_rows(nlp, _LEAD + sentence, "ihc_positive", "ihc_negative") == [(positive, negative)]
