"""A filled form's stain lines (case-report forms, data sheets, tumour-board templates, two-column characteristics
tables): read as label and value, one patient's. Fictional wording throughout."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import calls


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a marker label, leader dots and a result
        ("vimentin .......... positive\nCD117 ............. negative", [("vimentin", True), ("CD117", False)]),
        ("ALK (1A4) ....... strong, diffuse\nS100 ............ -", [("ALK", True), ("S-100", False)]),
        ("calponin ........ focally positive (weak)", [("calponin", True)]),
        # a pipe column and a ticked box
        ("CD34 | [ ] pos [x] neg", [("CD34", False)]),
        # two markers, two results in order
        ("EMA / CD21 ........ negative / negative", [("EMA", False), ("CD21", False)]),
    ],
)
def test_regression_form_stain_line_reads_marker_label_and_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("IHC (+)        vimentin, calponin", [("vimentin", True), ("calponin", True)]),
        ("Immunostains negative | DOG1, CD117, S100", [("DOG-1", False), ("CD117", False), ("S-100", False)]),
        ("Negative:  EMA; CD21; myogenin", [("EMA", False), ("CD21", False), ("myogenin", False)]),
        # a boxed list goes on on the next line, its label column blank
        ("| IHC (-)        CD21, EMA         |\n|                myogenin, CD99    |",
         [("CD21", False), ("EMA", False), ("myogenin", False), ("CD99", False)]),
    ],
)
def test_regression_form_list_label_gives_its_sign_to_each_marker(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Stains: CD99 + | desmin - | vimentin +", [("CD99", True), ("desmin", False), ("vimentin", True)]),
        # a reflowed form line: the run stands after a label's colon inside a longer line
        ("Growth: nodular Stains: EMA - | SMA + | CD34 - Margins: clear",
         [("EMA", False), ("SMA", True), ("CD34", False)]),
    ],
)
def test_regression_form_run_of_signed_stains(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # prose after a list label: the sentence rules read both lists
        ("Immunoprofile - positive: SMA, calponin; negative: EMA, CD34.",
         [("SMA", True), ("calponin", True), ("EMA", False), ("CD34", False)]),
        # two marker/result pairs on one line (a two-pair panel): not one label's value
        ("EMA  focal +  CD99  +", [("EMA", True), ("CD99", True)]),
        # the value goes on with another sentence
        ("CD34: negative. Vimentin and SMA: positive.", [("CD34", False), ("vimentin", True), ("SMA", True)]),
    ],
)
def test_regression_form_line_reader_leaves_prose_values_to_sentence_rules(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ki-67 ............. not done",
        "ALK FISH .......... not performed",
        "Desmin ............ ____",
        "Margins ........... positive",
    ],
)
def test_regression_form_line_without_a_stain_result_gives_nothing(text):
    assert [c for c in polarities(text) if c[0] != "ALK"] == [] and ("ALK", False) not in polarities(text)


def test_two_column_table_headed_by_its_results_reads_each_column():
    from eims_extract.fields.ihc import apply
    from _support import run_apply

    row = run_apply(
        apply,
        "Positive          Negative",
        "ALK               Desmin",
        "SMA               CK",
        "Vimentin          S-100",
        "Myogenin",
    )
    assert row.ihc_positive == ["ALK", "SMA", "vimentin"]
    # a row of one cell cannot be placed in its column (its indentation is gone): left unread
    assert row.ihc_negative == ["desmin", "CK", "S-100"]


def test_two_column_table_with_negative_first_and_pipes():
    from eims_extract.fields.ihc import apply
    from _support import run_apply

    row = run_apply(apply, "Negative markers | Positive markers", "CD117 | ALK", "DOG1 | calponin")
    assert row.ihc_positive == ["ALK", "calponin"]
    assert row.ihc_negative == ["CD117", "DOG-1"]


def test_results_header_without_marker_rows_reads_nothing():
    from eims_extract.fields.ihc import apply
    from _support import run_apply

    # a header followed by prose gives no calls; a lone row of one cell neither
    row = run_apply(apply, "Positive          Negative", "The margins were clear of tumour.", "Positive    Negative", "ALK")
    assert row.ihc_positive in (None, []) and row.ihc_negative in (None, [])


def test_results_header_over_a_count_table_reads_nothing():
    from eims_extract.fields.ihc import apply
    from _support import run_apply

    # a series' counts under "Positive  Negative" are no marker cells
    row = run_apply(apply, "Marker    Positive    Negative", "ALK    12    3", "SMA    10    5")
    assert row.ihc_positive in (None, []) and row.ihc_negative in (None, [])
