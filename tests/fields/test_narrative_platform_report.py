"""A test report named by its platform ("the Archer report stated ...") is the patient's own result, not another
author's case ("the Lund case"). Fictional wording."""

from __future__ import annotations

import pytest

from eims_extract.fields import narrative


@pytest.mark.parametrize(
    "text",
    [
        "RNA sequencing found NAB2 fused to PDGFRB, and the Archer report stated that no ALK fusion was present.",
        "The Oncomine report listed no ALK, ROS1 or NTRK alteration.",
    ],
)
def test_platform_named_report_is_not_the_literature(text):
    assert not narrative.cites_literature(text)


def test_author_named_case_is_still_the_literature():
    assert narrative.cites_literature("A similar course was seen in the Lindqvist case, where the tumour regressed.")
