"""Literature tables set in columns with spaces inside a PDF text dump: a caption that cuts into an
unfinished sentence, and cells that touch the next column with a single space. The header's column
starts tell where each cell begins.

Every document here is written for these tests: fictional patients, invented authors.
"""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text

BEFORE = [
    "A pretend tumour of the made-up small bowel in a fictional adult",
    "",
    "Case report",
    "An invented 52-year-old woman was admitted with cramping pain and",
    "vomiting for a week. Imaging showed a mass in the jejunum, which was",
    "removed with a short segment of bowel. Since the surgical margin was",
]
TABLE = [
    "Table 1 Earlier pretend jejunal tumours",
    "Author (year)    Age/sex  Segment      Therapy           Outcome",
    "Brandt (2009)    33/M     jejunum      segmental resect. NED, 20 mo",
    "Yilmaz (2015)    7/F      ileum        resection, VAC    DOD, 11 mo",
    "Present case     52/F     jejunum      resection         NED, 15 mo",
]
AFTER = [
    "",
    "free of tumour, no further treatment was given and she remained",
    "well without recurrence over the following fifteen months of care.",
    "",
    "Discussion",
    "Small bowel tumours of this kind are rare and often present with",
    "obstruction or intussusception in adults and in children alike.",
]


def _doc(table: list[str]):
    return read_text("\n".join(BEFORE + [""] + table + AFTER).encode(), "aligned", "aligned.txt")


def test_caption_cutting_into_an_unfinished_sentence_is_a_table_when_a_grid_follows() -> None:
    doc = _doc(TABLE)
    assert len(doc.tables) == 1 and len(doc.tables[0].rows) == 3
    case = next(s for s in doc.sections if s.kind == "case" and s.title)
    body = doc.text[case.start : case.end]
    assert "margin was free of tumour" in body and "Brandt" not in body


def test_sentence_naming_a_table_before_prose_is_not_a_caption() -> None:
    lines = BEFORE[:-1] + ["The earlier cases are listed in", "Table 1 and discussed below, with the", "surgery they had."] + AFTER
    doc = read_text("\n".join(lines).encode(), "aligned", "aligned.txt")
    assert not doc.tables


def test_cells_touching_the_next_column_with_one_space_are_cut_at_the_column_start() -> None:
    t = _doc(TABLE).tables[0]
    assert t.header_texts() == ["Author (year)", "Age/sex", "Segment", "Therapy", "Outcome"]
    assert [[c.text for c in r] for r in t.rows] == [
        ["Brandt (2009)", "33/M", "jejunum", "segmental resect.", "NED, 20 mo"],
        ["Yilmaz (2015)", "7/F", "ileum", "resection, VAC", "DOD, 11 mo"],
        ["Present case", "52/F", "jejunum", "resection", "NED, 15 mo"],
    ]


def test_ragged_columns_are_not_taken_by_position() -> None:
    ragged = TABLE[:2] + [
        "Brandt (2009)  33/M  jejunum  segmental resect. NED, 20 mo",
        "Yilmaz (2015)   7/F   ileum     resection, VAC    DOD, 11 mo",
        "Present case  52/F  jejunum  resection  NED, 15 mo",
    ]
    t = _doc(ragged).tables[0]
    # the grammars decide; no cell is cut at a column start that the row does not line up with
    assert all(len(r) == len(t.header) for r in t.rows)
    assert not any(c.text == "resect. NED, 20 mo" for r in t.rows for c in r)


_PER_PATIENT = """Two invented cases of a myofibroblastic tumour of the uterus

CASE 1
An invented 39-year-old woman had a 5 cm uterine mass that was found on
ultrasound and removed by myomectomy; she had no recurrence on later MRI.

CASE 2
An invented 60-year-old woman had an 8 cm uterine mass with necrosis on
MRI, removed by hysterectomy. She was well at the last visit, a year on.

Table 1. Imaging features
                    Case 1            Case 2
Size (cm)           5.0               8.0
Margins             smooth            lobulated
{last}

DISCUSSION
The smooth, bright appearance of the first mass is the more usual one;
the second looked like a sarcoma on every sequence and was larger. Such
tumours of the uterus are rare and are easily taken for smooth muscle
tumours on imaging, which is why the stain for the kinase is advised.
"""


@pytest.mark.parametrize(
    "last",
    [
        "ALK test            IHC + FISH        IHC + RNA-seq",
        "Rim enhancement".ljust(20) + "was not seen".ljust(18) + "was seen in part",
    ],
)
def test_last_row_that_reads_like_prose_stays_in_its_aligned_grid(last: str) -> None:
    doc = read_text(_PER_PATIENT.format(last=last).encode(), "pp", "pp.txt")
    at = doc.text.index(last.split("  ")[0])
    kinds = {s.kind for s in doc.sections if s.start <= at < s.end}
    assert kinds == {"table"}


def test_prose_after_an_aligned_grid_still_gives_the_body_back() -> None:
    # negative: a sentence after the grid (no cells at the grid's places) is body text again
    text = _PER_PATIENT.format(last="The ADC was low in the second patient's tumour only.")
    doc = read_text(text.encode(), "pp", "pp.txt")
    at = doc.text.index("The ADC was low")
    assert "table" not in {s.kind for s in doc.sections if s.start <= at < s.end}
