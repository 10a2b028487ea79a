"""Site cells of a series table written short (``fields/site.py``): a code the table's legend spells out as a site,
and words cut short with a full stop, each the start of the same word of one vocabulary name; a short form that
could be of two organs, or of none, gives no site. Invented patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document


def _rows(tmp_path: Path, table: str):
    p = tmp_path / "series.txt"
    p.write_text("Inflammatory myofibroblastic tumour: an invented series\n\nTable 1 Sites\n" + table, encoding="utf-8")
    return rows_from_tables(load_document(p))


def test_site_codes_the_legend_spells_out(tmp_path):
    rows = _rows(
        tmp_path,
        "Case\tAge\tSite\n1\t12\tRP\n2\t40\tUB\n3\t8\tMes\n4\t51\tLung\n"
        "RP, retroperitoneum; UB, urinary bladder; Mes, mesentery.\n",
    )
    assert [r.site for r in rows] == ["peritoneum", "bladder", "mesentery", "lung"]


@pytest.mark.parametrize(
    "cell, site",
    [
        ("Abd. wall", "abdominal wall"),
        ("Ant. abd. wall", "abdominal wall"),
        ("Retroperit.", "peritoneum"),
        ("Sigm. colon", "sigmoid"),
    ],
)
def test_words_cut_short_with_a_full_stop(tmp_path, cell, site):
    rows = _rows(tmp_path, f"Case\tAge\tSite\n1\t33\t{cell}\n2\t60\tLiver\n")
    assert rows[0].site == site


@pytest.mark.parametrize("cell", ["Mes.", "Xyz. wall"])
def test_short_form_of_two_organs_or_of_none_gives_no_site(tmp_path, cell):
    rows = _rows(tmp_path, f"Case\tAge\tSite\n1\t33\t{cell}\n2\t60\tLiver\n")
    assert rows[0].site is None
