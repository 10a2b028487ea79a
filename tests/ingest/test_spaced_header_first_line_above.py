"""A series table set in columns with spaces (a PDF text dump) whose header is set at its foot: long names begin on a
line above the header line ("Recur-" over "rence", "Time to" over "relapse", "Follow-up" set flush right over
"(mo)/status"), and a name left open ("Site within") ends on the line below with a word that could be a value
("bladder"). The grid keeps every column. Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.fields.literature_table import column_fields
from eims_extract.ingest.text import read_text

HEAD = "Inflammatory myofibroblastic tumour: invented patients\n\nResults\nThe patients are listed in Table 1.\n\n"


def _table(body: str):
    doc = read_text((HEAD + body + "\nThe second patient was followed by ultrasound.\n").encode(), "t", "t.txt")
    (table,) = doc.tables
    return table


BROKEN = (
    "Table 1. Course of the invented patients\n"
    "                                                          Recur-       Meta-       Follow-\n"
    "Case   Age/Sex   Location       Resection                 rence        stasis      up (mo)\n"
    "1      60/M      Distal         Oesophagectomy            No           No          22\n"
    "2      38/F      Middle         Endoscopic excision       Yes          No          48\n"
)
PHRASE = (
    "Table 1 Patients and outcome\n\n"
    "                                                    Time to\n"
    "No.   Age (years)   Sex   Treatment                 relapse      Outcome (FU, mo)\n"
    "1     44            F     Superficial parotidectomy  —           NED (28)\n"
    "2     15            M     Total parotidectomy       11           NED (40)\n\n"
    "NED no evidence of disease, DOD dead of disease, AWD alive with disease\n"
)
FLUSH = (
    "Table 1 Invented kidney tumours\n\n"
    "                                                                   Follow-up\n"
    "Case  Age/Sex   Location in      Operation          Relapse      (mo)/status\n"
    "                kidney\n"
    "1     42/M      Upper pole       Nephrectomy        No           NED (36)\n"
    "2     27/F      Lower pole       Enucleation        Yes          NED (48)\n"
    "3     61/M      Hilum            Nephrectomy        No           DOD, 19 mo\n\n"
    "NED, no evidence of disease; DOD, died of disease.\n"
)


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        (BROKEN, ["case", "age_sex", "site", "treatment", "recurrence", "metastasis", "follow_up"]),
        (PHRASE, ["case", "age", "sex", "treatment", None, "outcome"]),
        (FLUSH, ["case", "age_sex", "site", "treatment", "recurrence", "follow_up"]),
    ],
)
def test_header_names_complete_with_the_line_above(body, fields):
    table = _table(body)
    assert column_fields(table) == fields
    assert len(table.rows) in (2, 3) and all(r[0].text.isdigit() for r in table.rows)


def test_open_name_finished_below_is_no_row():
    table = _table(FLUSH)
    assert table.header[2].text == "Location in kidney"
    assert [r[2].text for r in table.rows] == ["Upper pole", "Lower pole", "Hilum"]
    assert [r[-1].text for r in table.rows] == ["NED (36)", "NED (48)", "DOD, 19 mo"]
