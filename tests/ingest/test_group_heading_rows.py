"""A web page's table copied as text prints a row spanning every column as its first cell and empty ones
("Kidney | |||||"): a heading over the rows under it, not a header cell nor a patient; a heading naming a site is the
site of the rows under it. Reports are fictional."""

from __future__ import annotations

from eims_extract.ingest.model import Document, Table
from eims_extract.ingest.tables import fill_text_table
from eims_extract.pipeline.extract import process_path

GROUPED = """Inflammatory myofibroblastic tumours of the urinary tract: four adults

Results
Table 1.
Patient | Age (years) | Sex | Operation | Follow-up (months) | Status |
---|---|---|---|---|---|
Kidney | |||||
1 | 53 | Female | Partial nephrectomy | 22 | NED |
2 | 38 | Male | Radical nephrectomy | 41 | NED |
Ureter | |||||
3 | 70 | Male | Segmental ureterectomy | 15 | AWD |
4 | 47 | Female | Segmental ureterectomy | 8 | NED |

Discussion
All four were operated on.
"""


def _table(text: str) -> Table:
    lines = text.splitlines()
    top = lines.index("Table 1.")
    raw = lines[top + 1 : lines.index("", top)]
    doc = Document(doc_id="t", path="t.txt", kind="text", text=text)
    start = text.index(raw[0])
    t = Table(id="T1", caption="", raw_lines=raw, start=start, end=start + len("\n".join(raw)))
    fill_text_table(doc, t)
    return t


def test_group_heading_rows_are_neither_header_nor_patients() -> None:
    t = _table(GROUPED)
    assert [c.text for c in t.header][:6] == ["Patient", "Age (years)", "Sex", "Operation", "Follow-up (months)", "Status"]
    assert [r[0].text for r in t.rows] == ["1", "2", "3", "4"]
    assert [r[3].text for r in t.rows] == ["Partial nephrectomy", "Radical nephrectomy", "Segmental ureterectomy", "Segmental ureterectomy"]


def test_group_heading_naming_a_site_is_the_site_of_its_rows(tmp_path) -> None:
    p = tmp_path / "grouped.txt"
    p.write_text(GROUPED)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert [rows[k].site for k in ("1", "2", "3", "4")] == ["kidney", "kidney", "ureter", "ureter"]
    assert [rows[k].age_years for k in ("1", "2", "3", "4")] == [53, 38, 70, 47]


NOT_SITES = GROUPED.replace("Kidney | |||||", "ALK positive | |||||").replace("Ureter | |||||", "ALK negative | |||||")


def test_group_heading_naming_no_site_gives_no_site(tmp_path) -> None:
    p = tmp_path / "grouped_alk.txt"
    p.write_text(NOT_SITES)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2", "3", "4"]
    assert rows["1"].site != "alk positive" and rows["3"].age_years == 70


BULLETED = """Inflammatory myofibroblastic tumour of the urethra: two adults

Results
Table 1 Clinical and immunohistochemical data
Case\tAge/sex\tLocation\tImmunohistochemistry\tTreatment\tOutcome
1\t52/M\tProstatic urethra\t\u2022 ALK positive
\u2022 SMA positive\tTransurethral resection\tNED, 18 months
2\t34/F\tUrethral meatus\t\u2022 ALK negative
\u2022 desmin positive
\u2022 CK negative\tLocal excision\tNED, 7 months

Discussion
Urethral IMT is very rare.
"""


def test_bulleted_list_inside_a_cell_keeps_its_row_together(tmp_path) -> None:
    p = tmp_path / "bulleted.txt"
    p.write_text(BULLETED)
    rows = {r.case_id: r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2"]  # no row of the prose mixing the two patients
    assert [(rows[k].age_years, rows[k].sex) for k in ("1", "2")] == [(52, "male"), (34, "female")]
    assert [rows[k].follow_up_months for k in ("1", "2")] == [18, 7]
    assert [rows[k].treatment for k in ("1", "2")] == ["SE", "SE"]
