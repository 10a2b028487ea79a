"""Stain results told indirectly (``fields.ihc``): a pronoun that gives this tumour's result for markers a general
statement named, a stain said to light only the vessels, p53 read as a pattern, and a proliferation index named
without "Ki-67". Invented sentences about fictional tumours."""

from __future__ import annotations

import pytest

from eims_extract.fields.ihc import apply, calls
from eims_extract.records import CaseRow
from _support import run_apply


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Schwannomas usually express S100 and SOX10; in the present tumour both were negative.",
            [("S-100", False), ("SOX10", False)],
        ),
        (
            "Leiomyomas typically stain for desmin and h-caldesmon, but in our patient these were absent.",
            [("desmin", False), ("caldesmon", False)],
        ),
        (
            "Myofibroblastic lesions commonly express SMA, calponin and desmin, and here all three were positive.",
            [("SMA", True), ("calponin", True), ("desmin", True)],
        ),
    ],
)
def test_pronoun_after_general_statement_gives_this_tumours_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # present tense: still the class, not this tumour
        "Schwannomas usually express S100 and SOX10; they are negative in most myofibroblastic lesions.",
        # a relative clause about the class, no pronoun result for this tumour
        "Schwannomas usually express S100 and SOX10, which are markers of nerve sheath.",
    ],
)
def test_general_statement_without_a_past_pronoun_result_gives_nothing(text):
    assert polarities(text) == []


def test_pronoun_after_a_clause_about_this_tumours_cells_is_read_as_usual():
    text = (
        "The lesional cells were variably positive for WT1 and calponin, while they were negative for keratin and S100."
    )
    assert polarities(text) == [("WT1", True), ("calponin", True), ("CK", False), ("S-100", False)]


@pytest.mark.parametrize(
    "text,marker",
    [
        ("ERG highlighted only the vasculature.", "ERG"),
        ("CD31 stained vessels only.", "CD31"),
        ("The spindle cells expressed SMA; CD34 (QBEnd10) highlighted only the blood vessels.", "CD34"),
        ("CD34 was positive only in the capillaries.", "CD34"),
        ("CD34 staining was confined to the vessels.", "CD34"),
    ],
)
def test_stain_of_the_vessels_only_is_negative_for_the_tumour(text, marker):
    assert (marker, False) in polarities(text)
    assert (marker, True) not in polarities(text)


@pytest.mark.parametrize(
    "text",
    [
        "CD34 highlighted the vessels.",  # no "only": the tumour's own result is not told
        "CD68 highlighted scattered histiocytes only.",  # background cells, not vessels: nothing recorded
        "CD34 stained the vessels only, and the tumour cells focally.",
    ],
)
def test_stain_of_vessels_without_only_or_of_other_cells_gives_no_negative(text):
    assert not [p for p in polarities(text) if p[1] is False]


@pytest.mark.parametrize(
    "text",
    [
        "p53 showed a wild-type pattern.",
        "Positive for desmin and p53 (wild-type pattern).",
        "p53 was positive in a wild-type pattern.",
        "p53 was positive, with a wild type staining pattern, and ALK was negative.",
    ],
)
def test_p53_wild_type_pattern_gives_no_call(text):
    assert all(m != "p53" for m, _ in polarities(text))


def test_p53_mutant_pattern_stays_positive():
    assert ("p53", True) in polarities("The cells were positive for desmin and p53 (mutant pattern).")


@pytest.mark.parametrize(
    "text,pct",
    [
        ("Proliferation index: 15%.", 15.0),
        ("The proliferation index was about 20%.", 20.0),
        ("MIB-1 labelling index: 6%.", 6.0),
    ],
)
def test_proliferation_index_named_without_ki67_is_ki67(text, pct):
    row = run("The spindle cells were positive for SMA.", text)
    assert row.ki67_percent == pct
    assert "Ki-67" in (row.ihc_positive or [])


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Desmin was not expressed, nor was myogenin.", [("desmin", False), ("myogenin", False)]),
        ("ALK was not expressed and neither was ROS1.", [("ALK", False), ("ROS1", False)]),
        ("ALK was not expressed; nor were ROS1 and pan-TRK.", [("ALK", False), ("ROS1", False), ("pan-TRK", False)]),
        ("CD30 was negative, and neither were desmin nor CD117.", [("CD30", False), ("desmin", False), ("CD117", False)]),
        # the clause's own verb after the marker does not turn it positive
        ("Caldesmon was negative, nor was S100 expressed.", [("caldesmon", False), ("S-100", False)]),
        (
            "ALK was not detected by immunohistochemistry, and neither were calponin or CD117; SMA was detected in most tumour cells.",
            [("ALK", False), ("calponin", False), ("CD117", False), ("SMA", True)],
        ),
        ("SMA was not detected, nor was the staining for desmin.", [("SMA", False), ("desmin", False)]),
    ],
)
def test_elliptic_nor_was_after_a_negative_result_is_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a kinase test that is not a stain after "nor was": no marker read
        "ALK was negative, nor was there any ROS1 rearrangement on FISH.",
    ],
)
def test_elliptic_nor_was_reads_no_fusion_test(text):
    assert polarities(text) == [("ALK", False)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("CD34 labelled only the vessels.", [("CD34", False)]),
        ("CD31 labeled only the blood vessels.", [("CD31", False)]),
        ("ALK labelled the lesional cells in a granular pattern.", [("ALK", True)]),
    ],
)
def test_labelled_with_the_cells_it_lit_is_a_stain_sentence(text, expected):
    assert polarities(text) == expected


def test_labelled_as_a_diagnosis_is_no_stain():
    assert polarities("The nodule in the ALK cohort was labelled as an IMT.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The tumour showed ALK overexpression.", [("ALK", True)]),
        ("Immunohistochemistry demonstrated overexpression of ALK.", [("ALK", True)]),
        ("Overexpression of desmin was seen in the tumour cells.", [("desmin", True)]),
        ("The lesion was ALK-reactive.", [("ALK", True)]),
        ("The spindle cells were desmin-non-reactive and SMA-reactive.", [("desmin", False), ("SMA", True)]),
    ],
)
def test_overexpression_and_glued_reactive_are_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # general statements stay unread
        "Overexpression of ALK is found in about half of these tumours.",
        "ALK overexpression is caused by gene rearrangement in most cases.",
    ],
)
def test_overexpression_in_a_general_statement_gives_nothing(text):
    assert polarities(text) == []
