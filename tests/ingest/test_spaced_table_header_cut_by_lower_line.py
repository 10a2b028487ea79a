"""A series' own table as a PDF-to-text dump with column layout gives it: the header set on two lines, two of its
names one space apart on the first ("No. Age/") whose second is finished by a word printed right under it ("sex"),
records spread over several lines, and the table carried over a page break, where the page's running foot and the
next page's running head stand between its rows and the header is printed again under "Table 1 (continued)".

Every document here is written for these tests: fictional patients, invented wording.
"""

from __future__ import annotations

from eims_extract.fields.alk import parse_fusion_partner  # noqa: F401  (field module import registers columns)
from eims_extract.ingest.text import read_text

HEAD = [
    "Made-up spindle cell lesions of the chest: a pretend audit",
    "",
    "Results",
    "Four invented patients were found in the archive; their data are given in Table 1 below.",
    "",
    "Invented Chest Reports · www.example.org                                                 3",
    "Pretend et al.                                                        Chest lesions audit",
    "",
    "Table 1. Features of four invented patients.",
    "No. Age/   Location       Size  Other stains      Surgery          Follow-up",
    "    sex                   (cm)",
    "1   12 y/F Lung (left     2.2   SMA+, desmin-,    Wedge            NED 14 mo",
    "           lower lobe)          CK-               resection",
    "2   50 y/M Chest wall     6.0   SMA+, CK-         Resection        Relapse 9 mo;",
    "                                                                   NED 40 mo",
    "Invented Chest Reports · www.example.org                                                 4",
    "Pretend et al.                                                        Chest lesions audit",
    "Table 1. (continued)",
    "No. Age/   Location       Size  Other stains      Surgery          Follow-up",
    "    sex                   (cm)",
    "3   33 y/F Pleura         1.9   SMA+, desmin+     Excision         NED 20 mo",
    "4   71 y/M Lung (right    3.3   SMA-, CK-,        Lobectomy        Lost to",
    "           upper lobe)          S100-                              follow-up",
    "NED, no evidence of disease; SMA, smooth muscle actin; CK, cytokeratin.",
    "",
    "Discussion",
    "Lesions of this made-up kind did well after complete removal in our small and wholly invented audit,",
    "and the one patient lost to follow-up had moved abroad before his first planned visit to the clinic.",
    "Invented Chest Reports · www.example.org                                                 5",
]


def _table():
    doc = read_text("\n".join(HEAD).encode(), "audit", "audit.txt")
    assert len(doc.tables) == 1
    return doc.tables[0]


def test_header_names_one_space_apart_are_cut_where_the_lower_line_finishes_one() -> None:
    t = _table()
    assert t.header_texts() == ["No.", "Age/ sex", "Location", "Size (cm)", "Other stains", "Surgery", "Follow-up"]


def test_records_over_several_lines_are_read_by_column_positions() -> None:
    t = _table()
    assert [r[0].text for r in t.rows][:2] == ["1", "2"]
    assert t.rows[0][1].text == "12 y/F"
    assert t.rows[0][2].text == "Lung (left lower lobe)"
    assert t.rows[0][4].text == "SMA+, desmin-, CK-"
    assert t.rows[1][6].text == "Relapse 9 mo; NED 40 mo"


def test_running_foot_and_head_inside_a_table_carried_over_a_page_are_no_rows() -> None:
    t = _table()
    assert [r[0].text for r in t.rows] == ["1", "2", "3", "4"]
    assert t.rows[3][2].text == "Lung (right upper lobe)"
    assert t.rows[3][6].text == "Lost to follow-up"
    assert not any("Invented Chest" in c.text or "Pretend" in c.text for r in t.rows for c in r)
