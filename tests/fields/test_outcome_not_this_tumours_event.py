"""Words of recurrence or spread that are not this tumour's event: a recurring question, a regrowth as a steroid was
tapered; nodes told not involved (fictional sentences written for these tests)."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import flag_mentions


def asserted(kind: str, text: str) -> bool:
    return any(val for val, _, _ in flag_mentions(kind, text))


@pytest.mark.parametrize(
    "text",
    [
        "This report raises the recurring diagnostic question of how to tell IMT from nodular fasciitis.",
        "A recurrent theme in these reports is the delay before biopsy.",
        "The swelling settled at first, but the mass regrew when the prednisolone dose was tapered to 10 mg.",
        "The orbital lesion relapsed on tapering the steroids, and a second course was given.",
    ],
)
def test_not_a_recurrence_of_the_tumour(text):
    assert not asserted("recurrence", text)


def test_tumour_regrowth_after_excision_is_still_a_recurrence():
    assert asserted("recurrence", "Eight months after excision the tumour regrew at the operative site.")


@pytest.mark.parametrize(
    "text",
    [
        "The margins were clear and no lymph nodes were involved (0/11).",
        "No regional nodes were positive.",
    ],
)
def test_no_nodes_involved_is_no_metastasis(text):
    found = flag_mentions("metastasis", text)
    assert found and not any(val for val, _, _ in found)
