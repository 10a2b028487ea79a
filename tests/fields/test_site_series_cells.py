"""Site cells of a case series' summary table naming a part of an organ with "of" (``fields.site``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document

TABLE = """Inflammatory myofibroblastic tumour in adults: three patients

Table 1 Patient characteristics
Patient\tSex/age\tLocation\tTreatment\tFollow-up\tOutcome
1\tF/52\t{site}\tResection\t19 months\tAlive, NED
2\tM/33\tMesentery\tResection\t12 months\tAlive, NED
3\tM/8\tMesentery\tResection\t30 months\tAlive, NED
"""


@pytest.mark.parametrize(
    ("cell", "site", "code"),
    [("Left lobe of liver", "liver", "C22.0"), ("Tail of the pancreas", "pancreas", "C25.2"), ("Body of stomach", "stomach", "C16.2")],
)
def test_site_cell_naming_a_part_of_an_organ_with_of(tmp_path: Path, cell, site, code):
    p = tmp_path / "series.txt"
    p.write_text(TABLE.format(site=cell), encoding="utf-8")
    row = rows_from_tables(load_document(p))[0]
    assert (row.site, row.site_code) == (site, code)


@pytest.mark.parametrize(
    ("cell", "site", "code"),
    [("Lung + pleura", "lung", "C34.9"), ("Stomach and liver", "stomach", "C16.9"), ("Ileum with mesentery", "ileum", "C17.2")],
)
def test_site_cell_joining_two_sites_is_the_first(tmp_path: Path, cell, site, code):
    p = tmp_path / "series.txt"
    p.write_text(TABLE.format(site=cell), encoding="utf-8")
    row = rows_from_tables(load_document(p))[0]
    assert (row.site, row.site_code) == (site, code)


HEPATIC = """Inflammatory myofibroblastic tumour: three patients

Table 1 Three inflammatory myofibroblastic tumours of the liver
Patient\tSex/age\tLocation\tTreatment\tFollow-up\tOutcome
1\tF/52\t{site}\tHepatectomy\t19 months\tAlive, NED
2\tM/33\tLiver\tHepatectomy\t12 months\tAlive, NED
3\tM/8\tLiver\tHepatectomy\t30 months\tAlive, NED
"""


@pytest.mark.parametrize("cell", ["Right lobe", "Left lobe", "Caudate lobe", "Hilum"])
def test_liver_lobe_cell_in_a_series_of_hepatic_tumours(tmp_path: Path, cell):
    p = tmp_path / "hepatic.txt"
    p.write_text(HEPATIC.format(site=cell), encoding="utf-8")
    row = rows_from_tables(load_document(p))[0]
    assert (row.site, row.site_code) == ("liver", "C22.0")


def test_lobe_cell_under_a_title_naming_no_organ_gives_no_site(tmp_path: Path):
    p = tmp_path / "series.txt"
    p.write_text(TABLE.format(site="Right lobe"), encoding="utf-8")
    row = rows_from_tables(load_document(p))[0]
    assert row.site is None


@pytest.mark.parametrize("header", ["Localisation", "Localization", "Location"])
def test_site_column_named_in_british_or_american_spelling(tmp_path: Path, header):
    p = tmp_path / "series.txt"
    p.write_text(TABLE.replace("Location", header).format(site="Trachea"), encoding="utf-8")
    row = rows_from_tables(load_document(p))[0]
    assert (row.site, row.site_code) == ("trachea", "C33.9")


# (joined by "+", "&", "and" or "with" the first is the primary: test_site_cell_joining_two_sites_is_the_first)
@pytest.mark.parametrize("cell", ["Liver/lung", "Kidney/adrenal gland", "Stomach / spleen"])
def test_site_cell_naming_two_organs_by_a_slash_gives_no_site(tmp_path: Path, cell):
    p = tmp_path / "series.txt"
    p.write_text(TABLE.format(site=cell), encoding="utf-8")
    row = rows_from_tables(load_document(p))[0]
    assert (row.site, row.site_code) == (None, None)


def test_present_case_row_naming_two_organs_keeps_the_site_its_text_tells(nlp):
    from eims_extract.pipeline.extract import extract_document

    text = """Pulmonary inflammatory myofibroblastic tumour with pleural spread: an invented case and review

Case presentation
A 64-year-old man had a 6 cm mass of the left upper lobe of the lung with two pleural nodules. Lobectomy was done.

Discussion
Table 1 Published cases of pulmonary IMT with pleural spread
Reference       Age/Sex  Site             Treatment     Outcome
Okafor (4)      41/M     Lung             Lobectomy     NED 30 mo
Lindqvist (5)   33/F     Lung             Lobectomy     NED 24 mo
Present case    64/M     Lung + pleura    Lobectomy     NED 10 mo
"""
    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    rows = extract_document(doc, nlp)
    own = [r for r in rows if not r.published]
    assert [(r.site, r.site_code is not None and r.site_code.startswith("C34")) for r in own] == [("lung", True)]
