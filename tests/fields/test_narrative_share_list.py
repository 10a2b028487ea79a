"""A series sentence giving one share of cells per numbered patient ("Ki-67 was 12%, 6%, 10-30% and 4% in cases 1, 2, 3
and 5"), with or without "respectively", a range among the shares one item (its upper bound the index), a clause after
it naming the patient left out: each patient gets their own share (invented text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.narrative import parallel_list
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_ROSTER = (
    "Case 1 was a 40-year-old man with a lung mass. Case 2 was a 22-year-old woman with a lung mass. Case 3 was a "
    "51-year-old man with a lung mass. Case 4 was a 9-year-old girl with a lung mass. Case 5 was a 63-year-old woman "
    "with a lung mass."
)


def _ki67(tmp_path: Path, sentence: str) -> dict[str, float | None]:
    p = tmp_path / "shares.txt"
    p.write_text(
        "Lung myofibroblastic tumours: five invented patients\n\nResults\n" + _ROSTER + "\nALK was positive in all five "
        "tumours. " + sentence + "\n\nDiscussion\nThese tumours are rare.\n",
        encoding="utf-8",
    )
    return {r.case_id: r.ki67_percent for r in extract_document(load_document(p))}


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Ki-67 was 12%, 6%, 10-30% and 4% in cases 1, 2, 3 and 5.", ["12%", "6%", "10-30%", "4%"]),
        ("The index was 8%, <5%, 15 to 20% and 2% in cases 1 to 4, respectively.", ["8%", "<5%", "15 to 20%", "2%"]),
        ("MIB-1 labelled 3%, 9%, 1% and 7% of nuclei in cases 1, 2, 3 and 4, respectively.", ["3%", "9%", "1%", "7%"]),
    ],
)
def test_list_of_shares_is_the_list_dealt_out(text, items):
    found = parallel_list(text, 4)
    assert found is not None and [text[a:b] for a, b in found] == items


@pytest.mark.parametrize(
    "sentence",
    [
        "Ki-67 was 12%, 6%, 10-30% and 4% in cases 1, 2, 3 and 5; it was not recorded for case 4.",
        "The Ki-67 index was 12%, 6%, 10-30% and 4% in cases 1, 2, 3 and 5, respectively; case 4 was not stained.",
    ],
)
def test_shares_for_listed_cases_go_one_each_a_range_its_upper_bound(tmp_path, sentence):
    got = _ki67(tmp_path, sentence)
    assert [got[f"case-{n}"] for n in "12345"] == [12.0, 6.0, 30.0, None, 4.0]


def test_five_bracketed_shares_reach_the_last_patient(tmp_path):
    got = _ki67(tmp_path, "Ki-67 was 4% (case 1), 6% (case 2), 10% (case 3), 3% (case 4) and 25% (case 5).")
    assert [got[f"case-{n}"] for n in "12345"] == [4.0, 6.0, 10.0, 3.0, 25.0]


def test_list_of_markers_for_listed_cases_is_not_dealt_out(tmp_path):
    """Precision: "Desmin, SMA and CD30 were positive in cases 1, 2 and 3" names markers, no one share each."""
    assert parallel_list("Desmin, SMA and CD30 were positive in cases 1, 2 and 3.", 3) is None


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Ki-67 was 12%, 6%, 10-30% and up to 4% in cases 1-4, respectively.", ["12%", "6%", "10-30%", "up to 4%"]),
        ("The MIB-1 index reached about 8%, less than 5%, 20% and 2%, respectively.", ["about 8%", "less than 5%", "20%", "2%"]),
        ("Proliferation: 3%, approximately 9%, 1% and around 7% (cases 1 to 4).", ["3%", "approximately 9%", "1%", "around 7%"]),
    ],
)
def test_qualified_share_is_one_item_of_the_list(text, items):
    """A bound or an estimate word before a share ("up to 40%", "about 5%") keeps the item one patient's: without it the
    list falls one short and nobody gets a share."""
    found = parallel_list(text, 4)
    assert found is not None and [text[a:b] for a, b in found] == items


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ki-67 index was 12%, 6%, 10-30%, 3% and up to 4% in cases 1-5, respectively.",
        "Ki-67 labelling reached 12%, about 6%, 30%, 3% and 4%, respectively.",
        "In cases 1 to 5, respectively, Ki-67 stained 12%, 6%, up to 30%, 3% and 4% of nuclei.",
    ],
)
def test_qualified_share_in_a_respectively_list_is_dealt_out(tmp_path, sentence):
    got = _ki67(tmp_path, sentence)
    assert [got[f"case-{n}"] for n in "12345"] == [12.0, 6.0, 30.0, 3.0, 4.0]


def test_qualified_share_of_the_whole_series_is_not_dealt_out(tmp_path):
    """Precision: one bound told of the series ("up to 10% in all cases") is no list."""
    assert parallel_list("Ki-67 was up to 10% in all five cases.", 5) is None
