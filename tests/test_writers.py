import csv
import json

import pandas as pd
import pytest

from eims_extract.records import CaseRow, Evidence
from eims_extract.writers import read_jsonl, write_rows


@pytest.fixture
def rows():
    r = CaseRow(doc_id="demo", case_id="index", age_years=36.0, sex="male", drugs=["crizotinib", "alectinib"])
    r.evidence["sex"] = [Evidence("demo", 10, 13, "A 36-year-old man.", None, "case")]
    return [r, CaseRow(doc_id="demo", case_id="2", source="table", recurrence=False)]


def test_jsonl_keeps_evidence(tmp_path, rows):
    p = write_rows(rows, tmp_path / "r.jsonl")
    first = json.loads(p.read_text().splitlines()[0])
    assert first["evidence"]["sex"][0]["sentence"] == "A 36-year-old man."
    assert read_jsonl(p) == rows


def test_csv_is_flat_with_lists_joined(tmp_path, rows):
    p = write_rows(rows, tmp_path / "r.csv")
    got = list(csv.DictReader(p.open()))
    assert got[0]["drugs"] == "crizotinib;alectinib" and got[1]["recurrence"] == "False"
    assert "evidence" not in got[0]


def test_parquet_round_trips_through_pandas(tmp_path, rows):
    p = write_rows(rows, tmp_path / "r.parquet")
    frame = pd.read_parquet(p)
    assert list(frame["case_id"]) == ["index", "2"] and frame.loc[0, "drugs"] == "crizotinib;alectinib"


def test_unknown_suffix_is_refused(tmp_path, rows):
    with pytest.raises(ValueError, match="unsupported output format"):
        write_rows(rows, tmp_path / "r.xlsx")
