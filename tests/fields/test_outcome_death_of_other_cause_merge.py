"""A series table's bare "Died" for a patient the prose says died of another cause (``fields.outcome`` reads the
prose's death, ``fields.merge`` lets it veto the table's death of disease)."""

from __future__ import annotations

import pytest

from eims_extract.fields.merge import merge_current_case
from eims_extract.fields.outcome import parse_outcome
from eims_extract.records import CaseRow, Evidence

SERIES = "\n".join([
    "Made-up myofibroblastic tumours of the gut: two invented patients",
    "",
    "Table 1. Data of the fictional patients",
    "Case | Age | Sex | Location | Treatment | Follow-up (months) | Outcome",
    "1 | 58 y | M | Jejunum | Resection | 20 | {first}",
    "2 | 12 y | F | Mesentery | Resection | 15 | NED",
    "",
    "Case presentations",
    "Case 1 was a 58-year-old man whose jejunal mass was removed whole. {told}",
    "Case 2 was a 12-year-old girl with a mesenteric mass that was resected; she is well.",
])


def _assert_table_status_vetoed(tmp_path, nlp, first: str, told: str) -> None:
    """Case 1's table status is vetoed by its prose death of another cause; the time stays, case 2 is untouched."""
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(SERIES.format(first=first, told=told), encoding="utf-8")
    rows = {r.case_id: r for r in extract_document(load_document(p), nlp)}
    one = rows["case-1"]
    assert one.status is None and one.follow_up_months == 20.0
    assert not one.ungrounded()
    assert rows["case-2"].status == "ANED"


@pytest.mark.parametrize("first,told", [
    ("Died", "He died of a myocardial infarction at 20 months, free of tumour."),
    ("Dead", "He died of unrelated causes 20 months after the operation, with no recurrence."),
    ("Died", "At 20 months he died of pneumonia; the autopsy found no tumour."),
])
def test_prose_death_of_other_cause_vetoes_series_table_died(tmp_path, nlp, first, told):
    _assert_table_status_vetoed(tmp_path, nlp, first, told)


@pytest.mark.parametrize("first,told", [
    ("NED", "The table lists him free of disease at 20 months; in fact he died of a stroke at that time."),
    ("Alive, NED", "He died of pneumonia 20 months after the operation, with no tumour at autopsy."),
    ("AWD", "At 20 months he died of a myocardial infarction, the small residual nodule unchanged."),
    ("Alive with disease", "He died of unrelated causes 20 months after surgery."),
])
def test_prose_death_of_other_cause_vetoes_series_table_alive_status(tmp_path, nlp, first, told):
    _assert_table_status_vetoed(tmp_path, nlp, first, told)


def test_series_table_alive_status_kept_when_the_prose_tells_no_death(tmp_path, nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(SERIES.format(first="AWD", told="His mother died of a stroke the same year."), encoding="utf-8")
    rows = {r.case_id: r for r in extract_document(load_document(p), nlp)}
    assert rows["case-1"].status == "AWD"


def test_prose_death_of_disease_keeps_series_table_died(tmp_path, nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "series.txt"
    p.write_text(SERIES.format(first="Died", told="The tumour recurred and he died 20 months after surgery."), encoding="utf-8")
    rows = {r.case_id: r for r in extract_document(load_document(p), nlp)}
    assert rows["case-1"].status == "DOD"


def _row(source: str, case_id: str, **values) -> CaseRow:
    row = CaseRow("doc", case_id, source)  # type: ignore[arg-type]
    for n, (name, v) in enumerate(values.items()):
        row.set(name, v, Evidence("doc", 10 * n, 10 * n + 3, str(v), None, source))
    return row


def test_table_died_kept_when_the_prose_tells_no_death():
    narr = [_row("narrative", "case-1", age_years=50.0), _row("narrative", "case-2", age_years=9.0)]
    tab = [_row("table", "1", status="DOD", follow_up_months=8.0), _row("table", "2", status="ANED")]
    rows = {r.case_id: r for r in merge_current_case(narr, tab)}
    assert rows["case-1"].status == "DOD" and rows["case-1"].follow_up_months == 8.0


@pytest.mark.parametrize("cell", ["Died (other cause)", "Died of pneumonia", "Died of pneumonia, 20 mo", "Died (unrelated), 3 y"])
def test_series_cell_death_of_other_cause_gives_no_status(cell):
    assert parse_outcome(cell)[1] is None
