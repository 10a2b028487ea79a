"""Table legends whose codes end in their own full stop ("Mes., mesentery; Exc., excision"), as journals abbreviate
words by cutting them short. Such items are read only over a legend already bound to its table
(``ingest.tables.bound_legend``): the pattern that decides where a table ends and how it is laid out
(``legend_item``) keeps the stop out. Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document
from eims_extract.ingest.tables import bound_legend, parse_legend


@pytest.mark.parametrize(
    ("legend", "code", "meaning"),
    [
        ("Omt., omentum; Exc., excision; NED, no evidence of disease.", "Omt.", "omentum"),
        ("Abbreviations: Retroperit., retroperitoneum; F, female", "Retroperit.", "retroperitoneum"),
        ("Pt., patient; Dx., diagnosis. Ages are at diagnosis.", "Dx.", "diagnosis"),
    ],
)
def test_legend_codes_ending_in_full_stop_are_read_over_a_bound_legend(legend, code, meaning):
    assert bound_legend(legend)[code] == meaning
    assert code not in parse_legend(legend)  # the layout's own reading of the legend is left as it was


@pytest.mark.parametrize(
    "prose",
    ["Fig. 2, the same mass after treatment.", "Dr. Smith, who saw the child first; he is thanked."],
)
def test_prose_with_a_stop_after_a_capitalised_word_gives_no_code(prose):
    # a meaning opens in small letters: "Fig. 2" and "Dr. Smith" spell nothing out
    assert not {k for k in bound_legend(prose) if k.endswith(".")}


def test_sites_written_as_stop_codes_are_spelled_out_by_the_legend(tmp_path: Path):
    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumours of the abdomen: invented patients\n\nTable 1 Patients\n"
        "Case | Age (y) | Sex | Site | Treatment | Status\n"
        "1 | 14 | M | Omt. | Exc. | NED\n"
        "2 | 52 | F | Retroperit. | Exc. | AWD\n"
        "Omt., omentum; Retroperit., retroperitoneum; Exc., excision; NED, no evidence of disease; AWD, alive with disease.\n",
        encoding="utf-8",
    )
    rows = rows_from_tables(load_document(p))
    assert [(r.site, r.site_code, r.status) for r in rows] == [("omentum", "C48.1", "ANED"), ("peritoneum", "C48.0", "AWD")]
