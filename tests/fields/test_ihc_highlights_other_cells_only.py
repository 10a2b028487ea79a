"""A stain told to light other cells than the tumour's, then the tumour's cells told unstained (``fields.ihc``):
"CD68 highlights scattered histiocytes only; the spindle cells are negative", "AE1/AE3 highlights the surface
epithelium but not the stromal spindle cells". The marker is the tumour's negative; a stain lighting other cells with
nothing said of the tumour's stays no call. Invented sentences about fictional tumours."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    "text, marker",
    [
        ("CD163 highlights scattered macrophages only; the spindle cells are negative.", "CD163"),
        ("(d) CD34 stains the vessels only, the lesional cells being negative.", "CD34"),
        ("CD31 outlines the capillaries; the tumour cells are negative.", "CD31"),
        ("Pan-cytokeratin (AE1/AE3) highlights the overlying mucosa but not the stromal spindle cells.", "CK"),
        ("S100 highlights the entrapped nerves but not the tumour cells.", "S-100"),
        ("CK7 highlights the surface epithelium but not the lesional cells.", "CK7"),
    ],
)
def test_stain_lighting_other_cells_then_the_tumour_cells_unstained_is_negative(text, marker):
    got = polarities(text)
    assert (marker, False) in got and (marker, True) not in got


@pytest.mark.parametrize(
    "text",
    [
        "CD68 highlights scattered histiocytes.",
        "Pan-cytokeratin highlights the surface epithelium.",
    ],
)
def test_stain_lighting_other_cells_alone_is_no_call(text):
    assert polarities(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ALK highlights the spindle cells but not the lymphocytes.", [("ALK", True)]),
        ("Desmin highlights the adjacent muscularis propria; the spindle cells are positive for SMA.", [("SMA", True)]),
    ],
)
def test_tumour_cells_lit_or_a_next_stain_keep_their_own_result(text, expected):
    assert polarities(text) == expected
