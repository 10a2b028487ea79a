"""Series tables whose header reaches the text in forms a reader still reads: markdown bold marks round the cells, the
units on a barred line of their own under the names, and short names spelled out only in the legend. Reports are
fictional."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import process_path

BOLD = """Inflammatory myofibroblastic tumour of the pleura: three adults

## Results

| **Patient** | **Age (years)** | **Sex** | **Site** | **Treatment** | **Follow-up (months)** | **Status** |
|---|---|---|---|---|---|---|
| **1** | 58 | Male | Visceral pleura | Pleurectomy | 19 | NED |
| **2** | 34 | Female | Parietal pleura | Excision | 27 | NED |
| **3** | 71 | Male | Pleura | Crizotinib | 9 | AWD |

## Discussion
Pleural IMT is rare.
"""


def test_markdown_bold_header_and_labels_are_no_part_of_cells(tmp_path) -> None:
    p = tmp_path / "bold.txt"
    p.write_text(BOLD)
    (table,) = load_document(p).tables
    assert [c.text for c in table.header][:3] == ["Patient", "Age (years)", "Sex"]
    assert [r[0].text for r in table.rows] == ["1", "2", "3"]
    rows = {r.case_id: r for r in process_path(p).rows}
    assert (rows["1"].age_years, rows["1"].follow_up_months, rows["1"].status) == (58, 19, "ANED")
    assert (rows["3"].treatment, rows["3"].drugs) == ("ALKi", ["crizotinib"])


UNITS_ROW = """Inflammatory myofibroblastic tumour of the trachea in three children

Results
Table 1
| Patient | Age | Sex | Site | Treatment | Follow-up | Outcome |
| | {age_unit} | | | | {fu_unit} | |
| 1 | 9 | Boy | Trachea | Endoscopic resection | 22 | NED |
| 2 | 5 | Girl | Carina | Sleeve resection | 14 | NED |
| 3 | 12 | Boy | Trachea | Tracheal resection | 31 | NED |

Discussion
Tracheal IMT obstructs the airway.
"""


@pytest.mark.parametrize("age_unit,fu_unit", [("(years)", "(months)"), ("(y)", "(mo)")])
def test_units_row_under_a_barred_header_joins_its_cells(tmp_path, age_unit: str, fu_unit: str) -> None:
    p = tmp_path / "units.txt"
    p.write_text(UNITS_ROW.format(age_unit=age_unit, fu_unit=fu_unit))
    (table,) = load_document(p).tables
    assert len(table.header) == 7
    assert table.header[5].text.split()[0] == "Follow-up" and table.header[5].text.endswith(fu_unit)
    assert [r[4].text for r in table.rows] == ["Endoscopic resection", "Sleeve resection", "Tracheal resection"]
    rows = {r.case_id: r for r in process_path(p).rows}
    assert [rows[k].follow_up_months for k in "123"] == [22, 14, 31]
    assert [rows[k].treatment for k in "123"] == ["SE", "SE", "SE"]


ABBREVIATED = """Inflammatory myofibroblastic tumours of the colon: three adults

Results
Table 3
No | Ag | Sx | Loc | Tx | FU | Out
1 | 66 | F | Sigmoid colon | Sigmoidectomy | 26 | NED
2 | 41 | M | Caecum | Right hemicolectomy | 13 | AWD
3 | 53 | M | Transverse colon | Segmental colectomy | 8 | NED
Ag, age (years); Sx, sex; Loc, location; Tx, treatment; FU, follow-up (months); Out, outcome; NED, no evidence of disease; AWD, alive with disease.

Discussion
Colonic IMT is uncommon.
"""


def test_header_of_short_names_the_legend_spells_out(tmp_path) -> None:
    p = tmp_path / "abbreviated.txt"
    p.write_text(ABBREVIATED)
    (table,) = load_document(p).tables
    assert [c.text for c in table.header] == ["No", "Ag", "Sx", "Loc", "Tx", "FU", "Out"]
    rows = {r.case_id: r for r in process_path(p).rows}
    assert (rows["1"].age_years, rows["1"].sex, rows["2"].site) == (66, "female", "colon")
    assert [rows[k].follow_up_months for k in "123"] == [26, 13, 8]  # the unit the legend gives "FU"
    assert [rows[k].status for k in "123"] == ["ANED", "AWD", "ANED"]
