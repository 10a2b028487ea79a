"""Symbol notes under a series table that a treatment cell's mark points to ("Excision‡" over "‡ Crizotinib given
after surgery"): a note saying a drug was given adds that drug to the marked row only
(``fields.treatment._read_treatment_note``); a note naming no drug, a drug only offered or declined, or a therapy given
elsewhere before referral gives nothing; a lost-to-follow-up note leaves the row's status empty. Fictional patients;
wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document


def _rows(tmp_path: Path, notes: str):
    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumour of the bladder: invented patients\n\nTable 1 Course\n"
        "Case   Age (y)   Sex   Treatment      Follow-up (mo)   Status\n"
        "1      33        M     Resection‡     17               NED\n"
        "2      57        F     Cystectomy     4†               Unknown\n"
        "3      28        F     Resection*     9                NED\n" + notes,
        encoding="utf-8",
    )
    return rows_from_tables(load_document(p))


def test_symbol_note_stating_a_drug_given_joins_the_marked_row(tmp_path):
    rows = _rows(tmp_path, "‡ Alectinib given after the operation\n")
    assert [(r.treatment, r.drugs) for r in rows] == [("SE+ALKi", ["alectinib"]), ("SE", None), ("SE", None)]


def test_symbol_note_giving_a_course_length_says_the_drugs_were_given(tmp_path):
    # "* X and Y for 9 months after surgery": a course with its length was given, though no verb says so
    rows = _rows(tmp_path, "* Vincristine and cyclophosphamide for 9 months after surgery\n")
    assert [r.drugs for r in rows] == [None, None, ["vincristine", "cyclophosphamide"]]


@pytest.mark.parametrize(
    "note",
    [
        "‡ Alectinib was offered but declined\n",
        "‡ Alectinib planned if the tumour recurs\n",
        "‡ Seen by the oncology team\n",  # names no drug
        "* Treated elsewhere before referral\n‡ Operated at another centre\n",
    ],
)
def test_symbol_note_without_a_drug_given_leaves_the_row_as_printed(tmp_path, note):
    rows = _rows(tmp_path, note)
    assert [(r.treatment, r.drugs) for r in rows] == [("SE", None), ("SE", None), ("SE", None)]


def test_lost_to_follow_up_note_gives_no_status(tmp_path):
    rows = _rows(tmp_path, "† Lost after 4 months\n")
    assert rows[1].status is None and rows[1].treatment == "SE"
