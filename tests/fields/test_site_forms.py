"""Site codes read from a filled form's values. Fictional wording."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text,code",
    [
        ("Location: soft tissue, right thigh (posterior compartment)", "C49.2"),
        ("Tumour site: soft tissue, left upper arm", "C49.1"),
    ],
)
def test_regression_form_value_site_then_finer_place_after_a_comma(text, code):
    from eims_extract.fields.base import Sentence
    from eims_extract.fields.site import apply as site_apply
    from eims_extract.records import CaseRow

    row = CaseRow("doc", "1")
    site_apply([Sentence("doc", text, 0)], row)
    assert row.site_code == code


@pytest.mark.parametrize(
    "text",
    [
        "MRI showed a dural mass of the posterior fossa, which was resected.",
        "MRI showed a tentorial mass, which was resected.",
        "MRI showed an enhancing dural-based mass over the left convexity.",
        "A mass arising from the falx cerebri was removed.",
    ],
)
def test_dural_or_meningeal_tumour_is_the_meninges_not_the_brain(text):
    from eims_extract.fields.base import Sentence
    from eims_extract.fields.site import apply as site_apply
    from eims_extract.records import CaseRow

    row = CaseRow("doc", "1")
    site_apply([Sentence("doc", text, 0)], row)
    assert (row.site, row.site_code) == ("meninges", "C70.0")
