"""Earlier operations told as the patient's background ("a woman with multiple previous pelvic surgeries", "who had
undergone two prior abdominal operations") are not this tumour's surgery (``fields.treatment``), while earlier
operations for the tumour itself still are. Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from eims_extract.pipeline.extract import process_path
from eims_extract.pipeline.limits import Limits
from _support import run_apply


@pytest.mark.parametrize(
    "text",
    [
        "We describe a bladder tumour of this kind in a woman with multiple previous pelvic surgeries.",
        "A 44-year-old man who had undergone two prior abdominal operations presented with haematuria.",
        "The girl, with a history of several previous spinal operations, presented with a flank mass.",
    ],
)
def test_previous_operations_as_background_are_no_surgery(text):
    assert run_apply(apply, text).treatment is None


def test_previous_operations_for_the_tumour_stay_surgery():
    row = run_apply(apply, "The bladder tumour recurred after two previous surgeries for the tumour and was resected again.")
    assert row.treatment == "SE"


@pytest.mark.parametrize(
    "text",
    [
        "A 52-year-old man had a forearm mass removed, and histology showed the tumour.",
        "She had the bladder lesion removed transurethrally.",
        "The boy had it removed at a district hospital before referral.",
    ],
)
def test_patient_had_the_tumour_removed_is_surgery(text):
    assert run_apply(apply, text).treatment == "SE"


def test_patient_had_a_drain_removed_is_no_surgery():
    assert run_apply(apply, "After the biopsy she had the drain removed on the second day.").treatment is None


#: a closing sentence that runs into a table row whose cells all came out empty, flattened to a long run of ", "
_EMPTY_CELL_RUN = ", " * 40_000


@pytest.mark.slow  # reads a whole document (a few seconds on a shared machine)
def test_sentence_running_into_empty_cells_is_read_within_a_small_limit(tmp_path, nlp):
    """The background-operation mask once looked ahead to the sentence's end from every word start (more than
    15 minutes on a 40,000-cell run); it now looks only where an "-ectomy/-otomy/resection ... for" phrase stands."""
    head = "Case report\nAn invented 58-year-old woman had a mass of the transverse mesocolon, which was resected. "
    head += "The spindle cells were positive for ALK and the resection margins were"
    short, p = tmp_path / "short.txt", tmp_path / "empty_cells.txt"
    short.write_text(head + ".\n", encoding="utf-8")
    p.write_text(head + _EMPTY_CELL_RUN + "\n", encoding="utf-8")
    assert process_path(short, nlp).status == "ok"  # the rules are loaded and compiled before the limited read
    res = process_path(p, nlp, limits=Limits(max_seconds=20))  # the main thread: the timer interrupts a slow read
    assert res.status == "ok", res.error
    (row,) = res.rows
    assert row.ihc_positive == ["ALK"] and row.treatment == "SE"


@pytest.mark.parametrize(
    "text",
    [
        "She had a previous appendectomy for appendicitis as a child and now presented with a pelvic mass.",
        "Her history included a cholecystectomy for gallstones in 2009; a mesenteric mass was then found.",
    ],
    ids=["previous_word_first", "operation_word_first"],
)
def test_operation_for_a_benign_condition_is_still_masked_beside_an_empty_cell_run(text):
    assert run_apply(apply, text + _EMPTY_CELL_RUN).treatment is None
