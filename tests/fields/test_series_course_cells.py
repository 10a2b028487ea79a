"""How series tables write the patient's course in their cells, read by the outcome family's cell readers
(``fields/outcome.py``): a lone em dash is no answer, a place and a time is an event, a legend's dagger is a death,
a partial response still held on a drug is alive with disease, and a unit in brackets before "/outcome" is the unit
of the cell's number. Invented patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document
from eims_extract.ingest.normalise_text import matching_view


def _rows(tmp_path: Path, table: str):
    p = tmp_path / "series.txt"
    p.write_text("Inflammatory myofibroblastic tumour: an invented series\n\nTable 1 Course of the patients\n" + table, encoding="utf-8")
    doc = load_document(p)
    view = matching_view(doc)  # what extraction reads: the normalised view of the text
    return rows_from_tables(view[0] if view else doc)


def test_em_dash_in_an_event_column_is_no_answer(tmp_path):
    rows = _rows(
        tmp_path,
        "Case\tAge\tRecurrence\tMetastasis\n"
        "1\t52\t\u2014\t\u2014\n"
        "2\t17\tNo\t\u2212\n"
        "3\t33\tYes\tNo\n",
    )
    assert [(r.recurrence, r.metastasis) for r in rows] == [(None, None), (False, False), (True, False)]


def test_em_dash_the_legend_calls_none_is_a_no(tmp_path):
    rows = _rows(
        tmp_path,
        "Case\tAge\tRecurrence\n"
        "1\t52\t\u2014\n"
        "2\t17\tYes\n"
        "\u2014, none.\n",
    )
    assert [r.recurrence for r in rows] == [False, True]


@pytest.mark.parametrize(
    "column, cell, value",
    [
        ("Recurrence", "Local, 11 mo", True),
        ("Recurrence", "Tumour bed, 2 y", True),
        ("Recurrence", "Local (7 mo)", True),
        ("Metastasis", "Lung (month 3)", True),
        ("Metastasis", "Liver, 5 mo", True),
        ("Metastasis", "Local, 5 mo", None),  # the tumour's own place is no metastasis
        ("Recurrence", "Lung, 10 mo", None),  # an organ: a recurrence there, or a metastasis to it
    ],
)
def test_event_cell_naming_a_place_and_a_time(tmp_path, column, cell, value):
    rows = _rows(tmp_path, f"Case\tAge\t{column}\n1\t61\t{cell}\n2\t40\tNo\n")
    assert getattr(rows[0], column.lower()) is value


def test_dagger_the_legend_spells_out_as_a_death(tmp_path):
    rows = _rows(
        tmp_path,
        "Case\tAge\tOutcome (FU, mo)\n"
        "1\t70\t\u20205 mo\n"
        "2\t45\tNED, 40\n"
        "3\t28\tAWD, 7\n"
        "AWD, alive with disease; NED, no evidence of disease; \u2020, died of disease.\n",
    )
    assert [(r.status, r.follow_up_months) for r in rows] == [("DOD", 5.0), ("ANED", 40.0), ("AWD", 7.0)]


def test_dagger_without_a_legend_gives_no_status(tmp_path):
    rows = _rows(tmp_path, "Case\tAge\tOutcome (FU, mo)\n1\t70\t\u20205 mo\n2\t45\tNED, 40\n3\t28\tAWD, 7\n")
    assert rows[0].status is None


@pytest.mark.parametrize(
    "cell, status, response",
    [
        ("PR on lorlatinib, 9 mo", "AWD", "PR"),
        ("SD on ceritinib, 14 mo", "AWD", "SD"),
        ("PR after surgery, 9 mo", None, "PR"),  # no drug it is still taken on
    ],
)
def test_response_still_held_on_a_drug_is_alive_with_disease(tmp_path, cell, status, response):
    rows = _rows(tmp_path, f"Case\tAge\tOutcome\n1\t29\t{cell}\n2\t50\tNED, 12 mo\n")
    assert (rows[0].status, rows[0].response, rows[0].follow_up_months) == (status, response, 9.0 if "9" in cell else 14.0)


@pytest.mark.parametrize("cell, months", [("NED, 26", 26.0), ("26/NED", 26.0), ("AWD 26+", 26.0)])
def test_unit_in_brackets_before_the_slash_of_an_outcome_header(tmp_path, cell, months):
    rows = _rows(tmp_path, f"Case\tAge\tFollow-up (mo)/outcome\n1\t38\t{cell}\n2\t9\tDOD, 4\n")
    assert rows[0].follow_up_months == months
