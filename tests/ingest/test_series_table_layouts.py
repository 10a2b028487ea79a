"""Layouts of a case series' summary table as real pages and PDF dumps give them (``ingest.text`` regions and
``ingest.tables`` grids): no caption over a barred grid, a header set at its foot, a table with one column per patient
run together under its caption, a group heading over sub-columns."""

from __future__ import annotations

from pathlib import Path

from eims_extract.ingest import load_document


def _tables(tmp_path: Path, text: str):
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    return load_document(p).tables


def test_barred_summary_grid_without_a_caption_is_a_table(tmp_path):
    text = """Inflammatory myofibroblastic tumour of the parotid gland: two adults

| Case | Age | Site | Surgery | Follow-up | Status |
|------|-----|------|---------|-----------|--------|
| 1 | 47 | Left parotid | Superficial parotidectomy | 19 months | NED |
| 2 | 63 | Right parotid | Total parotidectomy | 8 months | NED |

Discussion
Salivary gland examples are rare.
"""
    (table,) = _tables(tmp_path, text)
    assert [c.text for c in table.header] == ["Case", "Age", "Site", "Surgery", "Follow-up", "Status"]
    assert [r[1].text for r in table.rows] == ["47", "63"]


def test_header_set_at_its_foot_takes_the_words_printed_above_its_cells(tmp_path):
    text = """Inflammatory myofibroblastic tumour of the small bowel: three cases

Table 1   Summary of the cases

                                                            Follow-up
Case   Age (y)   Sex   Site                Treatment        (months)     Status
1      22        F     Jejunum             Resection        41           NED
2      49        M     Ileum               Resection        16           AWD
3      8         M     Ileum               Resection        27           NED

NED no evidence of disease, AWD alive with disease

Discussion
Intussusception was the presenting feature in two.
"""
    (table,) = _tables(tmp_path, text)
    assert [c.text for c in table.header] == ["Case", "Age (y)", "Sex", "Site", "Treatment", "Follow-up (months)", "Status"]
    assert [r[5].text for r in table.rows] == ["41", "16", "27"]


def test_table_with_a_column_per_patient_run_together_under_its_caption(tmp_path):
    text = """Annals of Made-up Surgery (2019) 3:12–15

Inflammatory myofibroblastic tumour of the pancreas: two cases

Table 1 Clinical summary
Parameter Case 1 Case 2
Age (years) 41 66
Sex Female Male
Site Pancreas Pancreas
Follow-up (months) 30 12
Outcome NED AWD

Discussion
Pancreatic examples mimic carcinoma.
"""
    (table,) = _tables(tmp_path, text)
    assert [r[0].text for r in table.rows] == ["Case 1", "Case 2"]
    assert [r[1].text for r in table.rows] == ["41", "66"]


def test_group_heading_over_sub_columns_names_each_sub_column(tmp_path):
    text = """Inflammatory myofibroblastic tumour of the adrenal gland: three cases

Table 1. Patients and outcome

Case | Age (years) | Sex | Treatment | Follow-up |
 | | | | Months | Status |
1 | 38 | F | Adrenalectomy | 22 | NED |
2 | 55 | M | Adrenalectomy | 9 | NED |
3 | 71 | M | Adrenalectomy | 5 | DOD |
NED, no evidence of disease; DOD, died of disease.
"""
    (table,) = _tables(tmp_path, text)
    assert [c.text for c in table.header] == ["Case", "Age (years)", "Sex", "Treatment", "Follow-up (months)", "Status"]
    assert [r[4].text for r in table.rows] == ["22", "9", "5"] and [r[5].text for r in table.rows] == ["NED", "NED", "DOD"]


def test_header_run_together_over_two_lines_puts_each_lower_word_after_the_cell_it_ends(tmp_path):
    text = """Reports in Invented Orthopaedics (2022) 4:90–94

Inflammatory myofibroblastic tumour of the pelvis bones: three cases

Table 1 Clinical data
Case Age/ Site Treatment Follow-up Outcome
sex (months)
1 23/F Ilium Resection 18 NED
2 51/M Sacrum Resection 27 AWD
3 36/M Pubis Resection 12 NED
NED no evidence of disease, AWD alive with disease

Discussion
Bone involvement is exceptional.
"""
    (table,) = _tables(tmp_path, text)
    assert [c.text for c in table.header] == ["Case", "Age/ sex", "Site", "Treatment", "Follow-up (months)", "Outcome"]
    assert [r[1].text for r in table.rows] == ["23/F", "51/M", "36/M"] and [r[4].text for r in table.rows] == ["18", "27", "12"]


def test_group_headings_spanning_blank_cells_name_each_sub_column(tmp_path):
    text = """Inflammatory myofibroblastic tumour in young children: three cases

Table 2 Staining and molecular results

Patient | Age/sex | Organ | Immunohistochemistry | | | Molecular
 | | | ALK | Desmin | Caldesmon | FISH
1 | 2/F | lung | + | − | + | +
2 | 6/M | liver | − | + | − | ND
3 | 9/F | colon | + | + | − | −
ND, not done.
"""
    (table,) = _tables(tmp_path, text)
    assert [c.text for c in table.header][3:] == ["ALK", "Desmin", "Caldesmon", "FISH"]
    assert [r[5].text for r in table.rows] == ["+", "−", "−"] and [r[6].text for r in table.rows] == ["+", "ND", "−"]


def test_gene_under_a_test_heading_is_named_with_the_test_and_a_wrapped_header_is_no_group(tmp_path):
    text = """Inflammatory myofibroblastic tumour of the bladder: three adults

Table 1 ALK results

Case | Age | IHC | FISH | | Outcome
 | | ALK | ALK | ROS1 |
1 | 44 | + | + | − | NED
2 | 39 | + | − | − | NED
3 | 70 | − | − | + | DOD
"""
    (table,) = _tables(tmp_path, text)
    assert [c.text for c in table.header] == ["Case", "Age", "ALK", "ALK FISH", "ROS1 FISH", "Outcome"]
    wrapped = text.replace("IHC | FISH | | Outcome", "ALK | ALK | ROS1 | Outcome").replace(" | | ALK | ALK | ROS1 |", " | | IHC | FISH | FISH |")
    (table,) = _tables(tmp_path, wrapped)
    assert "ALK FISH" not in [c.text for c in table.header]  # every cell named above: the line under it is no group
