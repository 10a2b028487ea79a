"""A PDF-to-text dump that keeps one run of spaces between a table's cells, not its columns ("Date    Case    Event" over
"Mar 2020    1    Relapse in the pelvis; ceritinib started"): each row cut into as many cells as the header is a row of
the table, however like prose its last cell reads, and never joins the paragraph of the last patient before it.

Every document here is written for these tests: fictional patients, invented wording.
"""

from __future__ import annotations

from eims_extract.ingest.text import read_text

LINES = [
    "Two invented inflammatory tumours of the abdomen treated with kinase",
    "inhibitors: a made-up report written for a test",
    "",
    "Case 1",
    "A 41-year-old invented man had a large mass of the pelvis that was found",
    "on a scan done for back pain. The mass was removed in one piece at open",
    "surgery, and the pathologist reported an epithelioid tumour of the kind.",
    "Seven weeks later new nodules were seen on the peritoneum on his scan.",
    "",
    "Case 2",
    "A 9-year-old invented girl had a mass of the spleen found on ultrasound",
    "when she complained of fatigue. A needle biopsy showed the same tumour,",
    "and the spleen was removed after a short course of a kinase inhibitor.",
    "She has been well since and has had no sign of disease on her scans.",
    "",
    "Table 2. Course of both patients",
    "Date    Case    Event",
    "Feb 2020    1    Open excision of the pelvic mass",
    "Apr 2020    1    Peritoneal relapse; ceritinib started",
    "May 2020    2    Needle biopsy of the splenic mass; ceritinib started",
    "Sep 2020    2    Splenectomy with clear margins",
    "",
    "Discussion",
    "These invented patients show how the kind of tumour may behave in the",
    "abdomen, and nothing here describes a real person at all, of course.",
]


def test_rows_cut_like_the_header_stay_in_the_table() -> None:
    doc = read_text("\n".join(LINES).encode(), "t", "t.txt")
    (table,) = [t for t in doc.tables if t.caption.startswith("Course")]
    kept = table.raw_lines + [" ".join(c.text for c in r) for r in table.rows]
    assert any("Peritoneal relapse" in line for line in kept)
    assert any("Splenectomy" in line for line in kept)
    case2 = next(s for s in doc.sections if s.title == "Case 2")
    body = doc.text[case2.start : case2.end]
    assert "no sign of disease" in body
    assert "Peritoneal relapse" not in body and "Open excision" not in body


def test_a_prose_line_after_the_header_is_still_the_body() -> None:
    lines = LINES[:16] + [
        "Date    Case    Event",
        "The second patient remains well, and the first one is alive with his disease.",
    ] + LINES[21:]
    doc = read_text("\n".join(lines).encode(), "p", "p.txt")
    assert "remains well" in doc.text
    assert all("remains well" not in line for t in doc.tables for line in t.raw_lines)
