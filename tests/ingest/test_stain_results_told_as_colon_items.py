"""A case paragraph may give each stain's result after a colon, the items cut by semicolons ("SMA: positive; desmin:
focal positive; CD34: negative"), as authors writing English as a second language often set a panel. Three such items
look like an abbreviation legend ("NED, no evidence of disease; AWD, ..."), which ``ingest.tables.spells_out_codes``
drops as no patient's; a vocabulary marker before a call is a stain's result, not a code spelled out. Fictional
patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.tables import spells_out_codes
from eims_extract.pipeline.extract import extract_document


@pytest.mark.parametrize(("text", "legend"), [
    ("SMA: positive; desmin: focal positive; CD34: negative.", False),
    ("Vimentin: diffusely positive; caldesmon: negative; S-100: negative; ALK-1: strongly positive.", False),
    ("SMA, smooth muscle actin; EMA, epithelial membrane antigen; CK, cytokeratin.", True),  # markers spelled out
    ("P: positive; N: negative; ND: not done.", True),  # codes of a table's calls spelled out
])
def test_stain_results_told_as_colon_items_are_no_code_legend(text, legend):
    assert spells_out_codes(text) is legend


def test_stain_results_told_as_colon_items_are_read(tmp_path: Path, nlp):
    p = tmp_path / "case.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumour of the neck: a case report\n\nCase presentation\n"
        "A 29-year-old man had a painless neck mass for five months. It was excised with clear margins. "
        "Microscopy showed bland spindle cells among plasma cells. "
        "SMA: positive; desmin: focal positive; ALK-1: positive; CD34: negative. "
        "The diagnosis was inflammatory myofibroblastic tumour.\n",
        encoding="utf-8",
    )
    (row,) = extract_document(load_document(p))
    assert (row.ihc_positive, row.ihc_negative, row.alk_tests) == (["SMA", "desmin", "ALK"], ["CD34"], ["IHC+"])
