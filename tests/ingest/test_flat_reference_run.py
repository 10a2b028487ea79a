"""A reference list run flat at the end of a one-paragraph record (a text-mining corpus's record of an article): each
entry its title, its authors as "Surname, I.", its journal and year, with no number and no full stop between entries.
The titles name other papers' patients and kinases ("Dual ALK/ROS1 inhibition ...", "Crizotinib in ALK-positive
tumours"): the run is the references, not the patient's text. Fictional text."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text, split_flat_references

_RECORD = (
    "An invented 52-year-old man had an ALK-negative tumour of the flank removed; sequencing found a TFG-ROS1 fusion "
    "and he was given crizotinib. He is well two years later. No author declares a conflict of interest. "
    "Tumours of soft tissue: a short update Lindahl, P. Invented Pathol Rev 2019 "
    "Dual ALK/ROS1 blockade in sarcomas Okafor, N.; Brandt, T. Made-up Oncol Lett 2020 "
    "Crizotinib in ALK-positive tumours: a trial Veldkamp, H. Fict Sarcoma Trials 2018 "
    "ROS1 partners in soft tissue tumours Sato, Y. Imagin Mol Pathol 2021\n"
)


def test_flat_reference_run_ending_a_record_is_its_reference_list() -> None:
    doc = read_text(_RECORD.encode(), doc_id="rec", path="rec.txt")
    refs = doc.sections_of("references")
    assert len(refs) == 1
    listed = doc.text[refs[0].start : refs[0].end]
    assert "Okafor, N." in listed and "Imagin Mol Pathol 2021" in listed
    for kind in ("case", "abstract"):
        for sec in doc.sections_of(kind):
            assert "ALK/ROS1" not in doc.text[sec.start : sec.end]
    case = doc.sections_of("case")[0]
    assert "No author declares a conflict of interest." in doc.text[case.start : case.end]


@pytest.mark.parametrize(
    "text",
    [
        # two entries only: too few to call a list
        "He is well. Tumours of soft tissue Lindahl, P. Invented Pathol Rev 2019 ROS1 partners Sato, Y. Imagin Mol Pathol 2021",
        # a sentence citing one paper by name and year, then going on
        "As described by Lindahl, P. Invented Pathol Rev 2019, such tumours recur. They are rare.",
    ],
)
def test_text_that_is_no_flat_reference_run_stays_whole(text: str) -> None:
    assert split_flat_references(text) == [text]
