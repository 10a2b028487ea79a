"""A small series' own clinical table as a PDF-to-text dump gives it: cells one space apart, a header wrapped over
two lines whose column names are several words ("Initial diagnosis", "Primary surgery", "Treatment of recurrence"),
and a long row wrapped so that its last cells ("31 AWD") stand on a line of their own, where they read like a
numbered heading.

Every document here is written for these tests: fictional patients, invented wording.
"""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import parse_fusion_partner  # noqa: F401  (field module import registers columns)
from eims_extract.ingest.text import read_text

HEAD = [
    "Spindle cell tumours of the pretend organ: an invented series of three",
    "",
    "Results",
    "Case 1. An invented 41-year-old woman had a mass of the imaginary organ removed by a wide",
    "excision; she was well at her last visit. Case 2. A fictional 58-year-old woman had the same",
    "operation, relapsed and was given a kinase inhibitor. Case 3. A 39-year-old woman had surgery.",
    "",
    "Table 1 Clinical data of the three invented patients",
    "Case Age (years) Location Size (cm) Initial diagnosis Primary surgery Neoadjuvant/",
    "adjuvant Recurrence (months) Treatment of recurrence Follow-up (months) Status",
    "1 41 Corpus 6.5 Leiomyoma TLH None No - 22 NED",
    "2 58 Corpus 12 Leiomyosarcoma TAH None Yes (7), lung mets (12) Chemotherapy → crizotinib",
    "31 AWD",
    "3 39 Cervix 3.9 Carcinoma Radical hysterectomy None No - 15 NED",
    "TLH total laparoscopic hysterectomy, TAH total abdominal hysterectomy, NED no evidence of disease,",
    "AWD alive with disease",
    "",
    "Discussion",
    "Tumours of this made-up kind are rare and are usually cured by excision when the margins",
    "are clear, as in two of the three patients described above, who remain under follow-up.",
]


def _table():
    doc = read_text("\n".join(HEAD).encode(), "series", "series.txt")
    assert len(doc.tables) == 1
    return doc, doc.tables[0]


def test_header_wrapped_over_two_lines_is_cut_at_its_multi_word_column_names() -> None:
    _, t = _table()
    assert t.header_texts() == [
        "Case", "Age (years)", "Location", "Size (cm)", "Initial diagnosis", "Primary surgery", "Neoadjuvant/ adjuvant",
        "Recurrence (months)", "Treatment of recurrence", "Follow-up (months)", "Status",
    ]


def test_last_cells_of_a_wrapped_row_are_no_numbered_heading() -> None:
    doc, t = _table()
    assert len(t.rows) == 3
    assert [r[0].text for r in t.rows] == ["1", "2", "3"]
    assert t.rows[1][-1].text == "AWD" and t.rows[1][-2].text == "31"
    assert not any(s.title == "31 AWD" for s in doc.sections)


@pytest.mark.parametrize("line", ["2 Methods", "3 Case presentation", "4 CASE REPORT"])
def test_a_real_numbered_heading_after_a_table_still_opens_a_section(line: str) -> None:
    lines = HEAD[:-4] + [line, "A fictional paragraph follows the heading here and it is long enough to be prose."]
    doc = read_text("\n".join(lines).encode(), "series", "series.txt")
    assert any(s.title == line for s in doc.sections)


PATHOLOGY = [
    "Spindle cell tumours of the pretend organ: an invented series of three",
    "",
    "Results",
    "Case 1. An invented 41-year-old woman had a mass of the imaginary organ removed by a wide",
    "excision; she was well at her last visit. Case 2. A fictional 58-year-old woman had the same",
    "operation, relapsed and was given a kinase inhibitor. Case 3. A 39-year-old woman had surgery.",
    "",
    "Table 2 Stains and molecular results of the invented patients",
    "Case ALK SMA Desmin CD10 Ki-67 (%) FISH NGS fusion",
    "1 + (patchy) + − + 8 ALK split KLC1-ALK",
    "2 − + (focal) + ND 25 ROS1 split; ALK intact TPM3-ROS1",
    "3 + (granular) + + − 12 ALK split SEC31A-ALK",
    "ND not done",
    "",
    "Discussion",
    "Tumours of this made-up kind are rare and are usually cured by excision when the margins",
    "are clear, as in two of the three patients described above, who remain under follow-up.",
]


def test_marker_columns_of_a_header_cut_by_single_spaces_read_their_signs() -> None:
    doc = read_text("\n".join(PATHOLOGY).encode(), "series", "series.txt")
    t = doc.tables[0]
    assert t.header_texts() == ["Case", "ALK", "SMA", "Desmin", "CD10", "Ki-67 (%)", "FISH", "NGS fusion"]
    assert [[c.text for c in r] for r in t.rows] == [
        ["1", "+ (patchy)", "+", "−", "+", "8", "ALK split", "KLC1-ALK"],
        ["2", "−", "+ (focal)", "+", "ND", "25", "ROS1 split; ALK intact", "TPM3-ROS1"],
        ["3", "+ (granular)", "+", "+", "−", "12", "ALK split", "SEC31A-ALK"],
    ]


def test_a_lone_not_done_code_under_the_rows_is_the_table_s_legend() -> None:
    doc = read_text("\n".join(PATHOLOGY).encode(), "series", "series.txt")
    t = doc.tables[0]
    assert t.footnotes == "ND not done"
    assert t.rows[-1][-1].text == "SEC31A-ALK"
