"""Three numbered patients, then one sentence whose predicates are closed some by a tumour named by its site and some
by a case number ("NGS found GENE1::ALK in the gastric tumour and GENE2::ALK in case 3"): each predicate the patient its
closer names, the site one the patient (of those no number names) whose own sentences name that site
(``fields.narrative`` ``_site_and_case_pieces``; regexes ``case_group`` and ``place_named_closer``). Fictional patients;
wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

_PAGE = """Three invented inflammatory myofibroblastic tumours

Case presentation

Case 1
A 7-year-old girl had a 3-cm mass of the urinary bladder, which was resected transurethrally.

Case 2
A 45-year-old man had a polypoid mass of the stomach and underwent partial gastrectomy.

Case 3
A 63-year-old woman had a 5-cm mass of the left kidney and underwent nephrectomy.

Molecular findings
RNA sequencing was done in case 2 only after the other samples failed. {last}
"""


def _rows(tmp_path, nlp, last):
    path = tmp_path / "three.txt"
    path.write_text(_PAGE.format(last=last), encoding="utf-8")
    return extract_document(load_document(path), nlp)


@pytest.mark.parametrize(
    ("last", "fusions"),
    [
        ("Sequencing showed RANBP2::ALK in the gastric tumour and TFG::ALK in case 3.", [None, ["RANBP2::ALK"], ["TFG::ALK"]]),
        ("Sequencing showed TFG::ALK in case 3 and RANBP2::ALK in the gastric tumour.", [None, ["RANBP2::ALK"], ["TFG::ALK"]]),
        ("Sequencing showed RANBP2::ALK in case 1 and TFG::ALK in the renal tumour.", [["RANBP2::ALK"], None, ["TFG::ALK"]]),
    ],
)
def test_predicates_closed_by_site_and_by_number_go_to_their_patients(tmp_path, nlp, last, fusions):
    assert [r.kinase_fusions or None for r in _rows(tmp_path, nlp, last)] == fusions

