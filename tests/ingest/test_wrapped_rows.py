"""A summary-table row from a PDF text dump that wraps onto a second line with no column gaps: each column's words on
both lines, read cell by cell (``ingest.tables._assign_two_lines``)."""

from __future__ import annotations

from pathlib import Path

from eims_extract.ingest import load_document

PDF_DUMP = """Annals of Imaginary Pathology (2024) 12:40–48

Ovarian and uterine inflammatory myofibroblastic tumours: three referral cases

Results
Table 1 Clinical features of three uterine IMTs
Case Age Site Size (cm) Surgery Adjuvant therapy Recurrence (mo) Status (mo)
1 44 Corpus 6.5 TH None No NED (40)
2 61 Fundus, 9.5 TH + BSO + AI ×2 Omentum, liver DOD (17)
posterior omentectomy (6)
3 36 Cervix 4.0 RH None No NED (25)
TH total hysterectomy, BSO bilateral salpingo-oophorectomy, RH radical hysterectomy, AI doxorubicin and
ifosfamide, NED no evidence of disease, DOD died of disease

Discussion
Older age and large size went with an aggressive course.
"""


def _rows(tmp_path: Path, text: str) -> list[list[str]]:
    p = tmp_path / "dump.txt"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    return [[c.text for c in r] for r in doc.tables[0].rows]


def test_row_wrapped_in_place_reads_each_column_from_both_lines(tmp_path):
    rows = _rows(tmp_path, PDF_DUMP)
    assert len(rows) == 3
    case, age, site, size, surgery, adjuvant, recurrence, status = rows[1]
    assert (case, age, size) == ("2", "61", "9.5")
    assert site == "Fundus, posterior"
    assert recurrence == "Omentum, liver (6)"
    assert status == "DOD (17)"
    assert "omentectomy" in surgery and "AI" not in surgery


def test_rows_on_one_line_around_the_wrapped_one_are_unchanged(tmp_path):
    rows = _rows(tmp_path, PDF_DUMP)
    assert rows[0] == ["1", "44", "Corpus", "6.5", "TH", "None", "No", "NED (40)"]
    assert rows[2] == ["3", "36", "Cervix", "4.0", "RH", "None", "No", "NED (25)"]


def test_words_two_equally_cheap_cuts_place_in_different_columns_are_left_out(tmp_path):
    # "TH + BSO +" / "omentectomy" with "AI ×2" after it, or "TH +" / "omentectomy" with "BSO + AI ×2": both cuts
    # cost the same, so "BSO" goes to neither column; the words every cut places alike stay
    row = _rows(tmp_path, PDF_DUMP)[1]
    surgery, adjuvant = row[4], row[5]
    assert "BSO" not in surgery and "BSO" not in adjuvant
    assert surgery.startswith("TH") and adjuvant == "AI ×2"


# a spaced grid whose outcome cells wrap onto lines of their own, indented to their column: the same words before a
# number on two such lines ("disease at 38", "disease at 22") look like a running foot with its page number
SPACED_OUTCOMES = """An invented pair of omental tumours

Results
Table 1 Clinical features of the imaginary patients
Case   Age/sex   Site       Treatment   Outcome
1      F/46      Omentum    Excision    Died of
                                        disease at 38
                                        mo
2      M/47      Mesentery  Excision    Died of
                                        disease at 22
                                        mo
3      F/50      Omentum    Excision    NED at 9 mo

Discussion
Two of the three made-up patients died of their tumour.
"""


def test_wrapped_cell_lines_ending_on_a_number_are_no_running_foot(tmp_path):
    rows = _rows(tmp_path, SPACED_OUTCOMES)
    assert [r[-1] for r in rows] == ["Died of disease at 38 mo", "Died of disease at 22 mo", "NED at 9 mo"]


# the same wrapped line under two rows, the first of them among the document's first lines ("Ki-67 5%"): it repeats
# the opening of a "front" line, as a running head printed once repeats the journal's citation line
SPACED_STAINS = """Made-up tumours

Table 1 Stains of the invented patients
Case   Age/sex   Site       Stains          Outcome
1      F/46      Omentum    ALK+, SMA+,     NED at 8 mo
                            Ki-67 5%
2      M/47      Mesentery  ALK+            NED at 9 mo
3      F/50      Omentum    ALK+            NED at 10 mo
4      M/51      Omentum    ALK+            NED at 11 mo
5      F/52      Omentum    ALK+            NED at 12 mo
6      M/53      Omentum    ALK+            NED at 13 mo
7      F/54      Omentum    ALK+            NED at 14 mo
8      M/55      Omentum    ALK+, CK-,      NED at 15 mo
                            Ki-67 5%
9      F/56      Omentum    ALK+, desmin+,  NED at 16 mo
                            Ki-67 5%

Discussion
All of the made-up patients were well at their last visit.
"""


def test_wrapped_cell_line_repeating_an_early_line_is_no_running_head(tmp_path):
    rows = _rows(tmp_path, SPACED_STAINS)
    assert [rows[k][3] for k in (0, 7, 8)] == ["ALK+, SMA+, Ki-67 5%", "ALK+, CK-, Ki-67 5%", "ALK+, desmin+, Ki-67 5%"]
