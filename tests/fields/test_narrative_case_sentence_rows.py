"""A small series written as one "Case N: ..." sentence (or a few) per patient, as series papers print their cases
without a table: each row is its own patient's, and what follows the last row (an abbreviation legend, a footnote,
the Discussion naming cases from the literature) gives that last patient nothing. Fictional patients, our wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.tables import spells_out_codes
from eims_extract.pipeline.extract import extract_document

LEGEND = ("ANED, alive with no evidence of disease; AWD, alive with disease; DOD, died of disease; "
          "FISH, fluorescence in situ hybridisation; mo, months.")


def _rows(tmp_path: Path, body: str):
    p = tmp_path / "series.txt"
    p.write_text("Inflammatory myofibroblastic tumour: three invented patients\n\n"
                 "We report three patients treated at our hospital.\n\nResults\n\n" + body, encoding="utf-8")
    return {r.case_id: r for r in extract_document(load_document(p))}


@pytest.mark.parametrize("tail", [
    LEGEND,
    LEGEND + "\n\nDiscussion\n\nSuch tumours are uncommon in adults and most patients do well after resection [3].",
])
def test_abbreviation_legend_under_the_last_case_row_is_no_outcome(tmp_path, nlp, tail):
    rows = _rows(tmp_path,
                 "Case 1: A 41-year-old woman had a 5-cm tumour of the lung. She was free of disease at 20 months.\n"
                 "Case 2: A 15-year-old boy had a 3-cm tumour of the omentum. He was alive with disease at 9 months.\n"
                 "Case 3: A 60-year-old man had an 8-cm tumour of the mesentery. He underwent complete resection.\n"
                 + tail + "\n")
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    assert (rows["case-1"].status, rows["case-2"].status) == ("ANED", "AWD")
    assert rows["case-3"].status is None and rows["case-3"].follow_up_months is None


@pytest.mark.parametrize(("text", "legend"), [
    (LEGEND, True),
    ("Abbreviations: IMT, inflammatory myofibroblastic tumour; CT, computed tomography; SMA, smooth muscle actin.", True),
    ("Case 2: 9 y, F, lung, 3 cm; ALK+, desmin-; Resection, crizotinib; NED, 12 mo.", False),
    ("She received crizotinib; the mass shrank; she is well.", False),
    ("NED, no evidence of disease; AWD, alive with disease.", False),  # two items only: too few to call a legend
])
def test_sentence_spelling_out_codes_is_told_from_a_case_row(text, legend):
    assert spells_out_codes(text) is legend
