"""Two patients told apart by the sites of their tumours (invented text): a reference that opens a clause of its own
takes none of the shared subject before it, and a site named alone before a closer that names its head noun is that
patient's predicate."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_TWO = (
    "Cases: We saw two patients: a 61-year-old man with a mass in the left lower lobe of the lung, and a 27-year-old "
    "woman with a mass in the right breast. The lung mass was biopsied and the breast mass was excised. "
)


def test_site_named_reference_opening_its_own_clause_takes_no_shared_subject(nlp):
    text = _TWO + "CD34 and S100 were negative in the lung tumour, and in the breast tumour p63 was negative."
    assert abstract_rows(nlp, text, "ihc_negative") == [(["CD34", "S-100"],), (["p63"],)]


def test_latter_opening_its_own_clause_keeps_only_its_finding(nlp):
    text = _TWO + "ALK was positive in the former, and in the latter FISH showed a rearrangement of ALK."
    assert abstract_rows(nlp, text, "alk_tests") == [(["IHC+"],), (["FISH+"],)]


@pytest.mark.parametrize(
    ("sentence", "field", "expected"),
    [
        ("The Ki-67 index was 8% in the lung and 35% in the breast tumour.", "ki67_percent", [(8.0,), (35.0,)]),
        ("SMA was positive in the lung and negative in the breast tumour.", "ihc_negative", [(None,), (["SMA"],)]),
    ],
)
def test_bare_site_closer_before_a_site_named_tumour(nlp, sentence, field, expected):
    assert abstract_rows(nlp, _TWO + sentence, field) == expected
