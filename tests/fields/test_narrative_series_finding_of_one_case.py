"""A case-by-case series: a finding told as one patient's only ("positive in case 3 alone"), and a sentence about the
whole series printed under the last patient's heading (``fields.narrative``, rules in ``patterns/patient_scope``)."""

from __future__ import annotations

import pytest

SERIES = "\n".join([
    "Made-up spindle cell tumours in three invented patients",
    "",
    "Case 1",
    "A 9-year-old girl had a mass of the mesentery that was excised. The tumour cells were positive for SMA.",
    "",
    "Case 2",
    "A 52-year-old man had a lung nodule that was removed by wedge resection. The tumour cells were positive for SMA.",
    "",
    "Case 3",
    "A 38-year-old woman had a uterine mass that was removed by hysterectomy. The tumour was positive for desmin.",
    "{last}",
])


def _rows(tmp_path, nlp, last: str) -> dict[str, tuple[list[str], list[str]]]:
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(SERIES.format(last=last), encoding="utf-8")
    return {r.case_id: (r.ihc_positive or [], r.ihc_negative or []) for r in extract_document(load_document(p), nlp)}


@pytest.mark.parametrize("last,one", [
    ("ROS1 was positive in case 1 alone.", "case-1"),
    ("ROS1 was expressed in case 3 alone.", "case-3"),
    ("ROS1 was expressed in case 2 only.", "case-2"),
])
def test_marker_told_as_one_case_alone_is_negative_in_the_others(tmp_path, nlp, last, one):
    rows = _rows(tmp_path, nlp, last)
    for case, (pos, neg) in rows.items():
        assert ("ROS1" in pos) == (case == one) and ("ROS1" in neg) == (case != one), case


@pytest.mark.parametrize("last", [
    "CD34 was negative in all three of our tumours.",
    "CD34 was negative in all of our tumours.",
])
def test_series_sentence_under_the_last_case_heading_is_every_patients(tmp_path, nlp, last):
    rows = _rows(tmp_path, nlp, last)
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    assert all("CD34" in neg for _, neg in rows.values())


def test_all_lesions_of_one_patient_stay_that_patients(tmp_path, nlp):
    rows = _rows(tmp_path, nlp, "The uterine mass had four nodules; CD34 was negative in all of the lesions.")
    assert "CD34" in rows["case-3"][1]
    assert all("CD34" not in neg for case, (_, neg) in rows.items() if case != "case-3")
