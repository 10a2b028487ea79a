"""A series table's marker column headed by a short name its legend spells out ("Cd" over "Cd, h-caldesmon"; "Ki (%)"
over "Ki, Ki-67 labelling index"): the column is that marker's (``fields.literature_table.column_fields``), signs and
proliferation figures alike. Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document

HEAD = "Inflammatory myofibroblastic tumour of the colon: three invented patients\n\nTable 2 Stains\n\n"


def _rows(tmp_path: Path, table: str):
    p = tmp_path / "series.txt"
    p.write_text(HEAD + table + "\nAll three were reviewed twice.\n", encoding="utf-8")
    return rows_from_tables(load_document(p))


@pytest.mark.parametrize(
    ("header", "legend"),
    [
        ("Ki (%)", "Ki, Ki-67 labelling index"),
        ("Prl", "Prl, MIB-1 proliferation index"),
        ("KI", "KI, Ki-67 index (%)"),
    ],
)
def test_proliferation_column_named_by_the_legend(tmp_path, header, legend):
    rows = _rows(
        tmp_path,
        f"Case   ALK     SMA     Desmin   CD34    {header}\n"
        "1      +       +       −        −       12\n"
        "2      −       f       +        −       2–4\n"
        "3      +       +       −        ND      \n\n"
        f"{legend}; f, focal; ND, not done.\n",
    )
    assert [r.ki67_percent for r in rows] == [12.0, 4.0, None]


@pytest.mark.parametrize(("code", "meaning", "marker"), [("Cd", "h-caldesmon", "caldesmon"), ("My", "myogenin", "myogenin")])
def test_sign_column_named_by_the_legend(tmp_path, code, meaning, marker):
    rows = _rows(
        tmp_path,
        f"Case   ALK     SMA     Desmin   CD34    {code}\n"
        "1      +       +       −        −       +\n"
        "2      −       f       +        −       −\n\n"
        f"{code}, {meaning}; f, focal; ND, not done.\n",
    )
    assert marker in rows[0].ihc_positive and marker in rows[1].ihc_negative


def test_unexplained_short_header_stays_unread(tmp_path):
    rows = _rows(
        tmp_path,
        "Case   ALK     SMA     Desmin   CD34    Ki (%)\n"
        "1      +       +       −        −       12\n"
        "2      −       f       +        −       3\n\n"
        "f, focal; ND, not done; NA, not assessable.\n",
    )
    assert [r.ki67_percent for r in rows] == [None, None]
