"""A negative panel's exception and a loss told as a marker's result (``fields.ihc``): the markers after "except",
"with the exception of", "apart from" that follow a negative panel ("negative for every marker applied except ...",
"negative for everything except vimentin") are positive; a marker that "showed complete loss" (of expression) is
negative. Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The lesion was negative for every marker except ALK, desmin and SMA.", [("ALK", True), ("desmin", True), ("SMA", True)]),
        ("The cells were negative for all antibodies applied, with the exception of vimentin.", [("vimentin", True)]),
        ("The spindle cells were negative for everything except SMA.", [("SMA", True)]),
        ("All stains were negative apart from desmin.", [("desmin", True)]),
    ],
)
def test_exception_to_a_negative_panel_is_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("H3K27me3 showed complete loss, whereas INI1 was retained.", [("H3K27me3", False), ("INI1", True)]),
        ("On the resection BRG1 showed global loss of expression.", [("SMARCA4", False)]),
    ],
)
def test_marker_that_showed_loss_is_negative(text, expected):
    assert polarities(text) == expected


def test_loss_in_some_cells_is_no_negative_result():
    assert ("H3K27me3", False) not in polarities("H3K27me3 showed loss in some cells only.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SMARCA4 showed loss of nuclear expression and INI1 was retained.", [("SMARCA4", False), ("INI1", True)]),
        ("H3K27me3 showed complete loss of nuclear staining and INI1 was intact.", [("H3K27me3", False), ("INI1", True)]),
        ("BRG1 showed loss of expression and INI1 expression was preserved.", [("SMARCA4", False), ("INI1", True)]),
        ("There was loss of nuclear expression of BRG1 and INI1.", [("SMARCA4", False), ("INI1", False)]),
        ("There was loss of nuclear BRG1 expression.", [("SMARCA4", False)]),
    ],
)
def test_loss_told_without_its_object_is_only_the_earlier_markers(text, expected):
    assert polarities(text) == expected
