"""IHC panels as PDF-to-text dumps and saved web pages leave them (``ingest.text``, ``ingest.tables``): cells set off
by box-drawing bars (``│ ALK │ + │`` between ``┌──┬──┐`` borders) read as the same cells set off by ``|``; a marker |
result panel printed with no header row under a caption that names the stains ("Table 2. Immunohistochemistry"), its
cells cut by bars, box bars, tabs or runs of spaces, one or two marker/result pairs a line. Negatives: a headless grid
of other lesions or of published cases is no stain panel of the patient. Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import extract_document

_TITLE = "Inflammatory myofibroblastic tumour of the ileum: an invented report"
_CASE = ("A 52-year-old man had a 7 cm mass of the ileum. He underwent segmental resection with clear margins. "
         "The stains are given in Table 1.")
_WANT = (["ALK", "Ki-67", "desmin"], ["S-100", "cyclin D1"], 15.0)


def _read(nlp, table: str):
    text = f"{_TITLE}\n\nCase presentation\n\n{_CASE}\n\n{table}\n\nDiscussion\n\nSuch tumours are uncommon.\n"
    (row,) = extract_document(read_text(text.encode(), "t", "t.txt"), nlp)
    return sorted(row.ihc_positive or []), sorted(row.ihc_negative or []), row.ki67_percent


_BOX_HEADED = """Table 1. Immunostains
┌────────────┬──────────┐
│ Antibody   │ Result   │
├────────────┼──────────┤
│ ALK        │ +        │
│ Desmin     │ +        │
│ Cyclin D1  │ –        │
│ S100       │ –        │
│ Ki-67      │ 15%      │
└────────────┴──────────┘"""
_BOX_DOUBLE = """Table 1. Immunostains
╔════════════╦════════════╗
║ Marker     ║ Staining   ║
╠════════════╬════════════╣
║ ALK        ║ Positive   ║
║ Desmin     ║ Positive   ║
║ Cyclin D1  ║ Negative   ║
║ S100       ║ Negative   ║
║ Ki-67      ║ 15%        ║
╚════════════╩════════════╝"""
_BOX_TWO_PAIRS = """Table 1. Immunostains
│ Marker │ Result │ Marker │ Result │
│ ALK │ + │ S100 │ – │
│ Desmin │ + │ Cyclin D1 │ – │
│ Ki-67 │ 15% │ │ │"""


@pytest.mark.parametrize("table", [_BOX_HEADED, _BOX_DOUBLE, _BOX_TWO_PAIRS])
def test_box_drawn_bars_read_as_bars(nlp, table):
    assert _read(nlp, table) == _WANT


_HEADLESS = {
    "box": """Table 1. Immunohistochemistry
┌────────────┬──────────┐
│ ALK        │ Positive │
│ Desmin     │ Positive │
│ Cyclin D1  │ Negative │
│ S100       │ Negative │
│ Ki-67      │ 15%      │
└────────────┴──────────┘""",
    "bordered_bars": """Table 1. Immunohistochemical findings
| ALK | + |
| Desmin | + |
| Cyclin D1 | – |
| S100 | – |
| Ki-67 | 15% |""",
    "ascii_grid": """Table 1. Immunohistochemistry
+-----------+----------+
| ALK       | Positive |
| Desmin    | Positive |
| Cyclin D1 | Negative |
| S100      | Negative |
| Ki-67     | 15%      |
+-----------+----------+""",
    "tabs": "Table 1. Immunohistochemistry\nALK\tpositive (diffuse)\nDesmin\tpositive\nCyclin D1\tnegative\nS100\tnegative\nKi-67\t15%",
    "spaces": """Table 1. Immunostaining results
ALK (D5F3)          Positive, granular
Desmin              Focally positive
Cyclin D1           Negative
S100                Negative
Ki-67               15%""",
    "two_pairs": """Table 1. Immunohistochemistry
ALK          +          S100         –
Desmin       +          Cyclin D1    –
Ki-67        15%""",
}


@pytest.mark.parametrize("layout", sorted(_HEADLESS))
def test_headless_marker_result_panel_under_caption(nlp, layout):
    assert _read(nlp, _HEADLESS[layout]) == _WANT


_OTHER_LESIONS = """Table 1. Immunohistochemistry of lesions in the differential diagnosis
│ Leiomyoma          │ Desmin+, ALK– │
│ Schwannoma         │ S100+, ALK–   │
│ Stromal tumour     │ CD117+, DOG1+ │"""
_PUBLISHED = """Table 1. Published cases
│ Lee 2015    │ Lung     │ ALK+ │
│ Ortiz 2019  │ Bladder  │ ALK– │
│ Haas 2021   │ Omentum  │ ALK+ │"""


@pytest.mark.parametrize("table", [_OTHER_LESIONS, _PUBLISHED])
def test_headless_grid_of_other_lesions_or_cases_is_no_panel(nlp, table):
    pos, neg, _ = _read(nlp, table)
    assert not {"desmin", "S-100", "CD117", "DOG-1"} & set(pos + neg)
    assert "ALK" not in neg


_TWO_LESIONS = ("A 49-year-old woman had a 6 cm mass of the ileum and a 2 cm nodule of the stomach, both resected. The "
                "ileal tumour was positive for ALK. The stains of the gastric nodule are given in Table 1.")


@pytest.mark.parametrize("caption", [
    "Table 1. Immunohistochemistry of the gastric stromal tumour",
    "Table 1. Immunostains of the coexisting leiomyoma",
    "Table 1. Immunohistochemical profile of the incidental schwannoma",
])
@pytest.mark.parametrize("head", ["Antibody | Result\n", ""])
def test_panel_captioned_as_another_kind_of_lesion_is_not_the_tumours(nlp, caption, head):
    table = f"{caption}\n{head}CD117 | Positive\nDOG1 | Positive\nS100 | Negative\nDesmin | Negative"
    text = f"{_TITLE}\n\nCase presentation\n\n{_TWO_LESIONS}\n\n{table}\n\nDiscussion\n\nSuch tumours are uncommon.\n"
    (row,) = extract_document(read_text(text.encode(), "t", "t.txt"), nlp)
    assert (row.ihc_positive, row.ihc_negative) == (["ALK"], None)


@pytest.mark.parametrize("caption", [
    "Table 1. Immunohistochemistry of the tumour",
    "Table 1. Immunohistochemical panel used to separate the IMT from a leiomyoma",
])
def test_panel_captioned_as_the_tumour_is_read(nlp, caption):
    table = f"{caption}\nALK | Positive\nDesmin | Positive\nCyclin D1 | Negative\nS100 | Negative\nKi-67 | 15%"
    assert _read(nlp, table) == _WANT


_WITH_ASIDES = {
    "clone_bars": "Table 1. Immunohistochemistry\n| ALK | D5F3 | Positive |\n| Desmin | D33 | Positive |\n"
                  "| Cyclin D1 | SP4 | Negative |\n| S100 | 4C4.9 | Negative |\n| Ki-67 | MIB-1 | 15% |",
    "clone_dilution_box": "Table 1. Immunostains\n│ ALK │ 5A4 │ 1:50 │ + │\n│ Desmin │ D33 │ 1:200 │ + │\n"
                          "│ Cyclin D1 │ SP4 │ 1:100 │ – │\n│ S100 │ poly │ 1:400 │ – │\n│ Ki-67 │ MIB-1 │ 1:100 │ 15% │",
    "dilution_tabs": "Table 1. Immunohistochemistry\nALK\t1:50\tpositive\nDesmin\t1:100\tpositive\n"
                     "Cyclin D1\t1:100\tnegative\nS100\t1:400\tnegative\nKi-67\t1:200\t15%",
}


@pytest.mark.parametrize("layout", sorted(_WITH_ASIDES))
def test_headless_panel_with_clone_or_dilution_cells(nlp, layout):
    assert _read(nlp, _WITH_ASIDES[layout]) == _WANT
