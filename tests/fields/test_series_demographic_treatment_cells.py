"""Age/sex and treatment cells of series tables as real tables print them: the sex before an age in months written
"m" ("M 4m"; ``patterns/values.jsonl`` sex_age_glued, read by ``fields/demographics.py``), and surgery written "Sx" or
"Exc." in a treatment column (``patterns/table_legend.jsonl``, read by ``fields/treatment.py``). Invented patients;
wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.demographics import split_age_sex, cell_age
from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document


def _rows(tmp_path: Path, table: str):
    p = tmp_path / "series.txt"
    p.write_text("Inflammatory myofibroblastic tumour: an invented series\n\nTable 1 Patients\n" + table, encoding="utf-8")
    return rows_from_tables(load_document(p))


@pytest.mark.parametrize("cell, age, sex", [("M 4m", 0.33, "M"), ("F 11m", 0.92, "F"), ("M 45", 45.0, "M")])
def test_sex_before_an_age_in_months_written_m(cell, age, sex):
    a, s = split_age_sex(cell)
    assert (cell_age(a), s) == (age, sex)


def test_upper_case_m_after_the_number_is_no_month(tmp_path):
    assert split_age_sex("M 4M")[1] == ""


@pytest.mark.parametrize("cell", ["Sx", "Exc.", "Surg.", "Sx + RT"])
def test_surgery_written_short_in_a_treatment_column(tmp_path, cell):
    rows = _rows(tmp_path, f"Case\tAge/sex\tTreatment\n1\tM 7m\t{cell}\n2\t30/F\tCrizotinib\n")
    assert rows[0].treatment.startswith("SE") and (rows[0].age_years, rows[0].sex) == (0.58, "male")


@pytest.mark.parametrize(
    "cell, treatment, drugs",
    [("LRL 100 mg daily", "ALKi", ["lorlatinib"]), ("S + LRL (100 mg/d)", "SE+ALKi", ["lorlatinib"])],
)
def test_legend_drug_code_written_with_its_dose(tmp_path, cell, treatment, drugs):
    rows = _rows(tmp_path, f"Case\tAge\tTreatment\n1\t19\t{cell}\n2\t30\tS\n3\t41\tS\nAbbreviations: LRL, lorlatinib; S, surgery.\n")
    assert (rows[0].treatment, rows[0].drugs) == (treatment, drugs)


def test_code_with_a_dose_the_legend_does_not_spell_out_gives_no_drug(tmp_path):
    rows = _rows(tmp_path, "Case\tAge\tTreatment\n1\t19\tQRX 100 mg daily\n2\t30\tS\n3\t41\tS\nAbbreviations: S, surgery; RT, radiotherapy.\n")
    assert rows[0].drugs is None
