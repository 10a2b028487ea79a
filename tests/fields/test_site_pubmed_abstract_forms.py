"""Sites as PubMed case-report abstracts write them (fictional sentences written for these tests)."""

from __future__ import annotations

import pytest

from _support import site_row


@pytest.mark.parametrize(
    "text",
    [
        "A six years old girl underwent complete excision of a right hemipelvic mass with clear margins.",
        "CT showed a large left hemipelvic tumour displacing the bladder.",
    ],
)
def test_hemipelvic_adjective_is_the_pelvis(nlp, text):
    assert site_row(nlp, text).site == "pelvis"
