"""A lymph-node column of a case series' summary table, involved over examined nodes ("LN": "0/9"): nodes free of
tumour at the resection say no metastasis (gold/heldout.md); a count of involved nodes, a not-done code or a metastasis
column of its own is not overridden (``fields.outcome._read_nodes``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document


def _rows(tmp_path: Path, text: str):
    p = tmp_path / "series.txt"
    p.write_text(text, encoding="utf-8")
    return rows_from_tables(load_document(p))


NODES = """Inflammatory myofibroblastic tumour of the bowel: three invented adults

Table 1 Clinical data
Case | Age/sex | Site | Operation | {head} | Recurrence | Follow-up
1 | 52/F | Jejunum | Segmental resection | 0/9 | No | 24 mo
2 | 38/M | Colon | Hemicolectomy | 0 / 15 | No | 40 mo
3 | 66/M | Rectum | Anterior resection | NA | Yes | 10 mo
"""


@pytest.mark.parametrize("head", ["LN", "Lymph nodes", "Nodes"])
def test_resected_nodes_free_of_tumour_are_no_metastasis(tmp_path, head):
    rows = _rows(tmp_path, NODES.format(head=head))
    assert [r.metastasis for r in rows] == [False, False, None]


def test_involved_node_count_is_left_unread(tmp_path):
    rows = _rows(tmp_path, NODES.format(head="LN").replace("0/9", "2/9"))
    assert [r.metastasis for r in rows] == [None, False, None]


def test_a_metastasis_column_of_its_own_is_not_overridden(tmp_path):
    text = NODES.format(head="LN").replace("| Recurrence |", "| Metastasis |").replace("0 / 15 | No", "0 / 15 | Yes (liver)")
    rows = _rows(tmp_path, text)
    assert rows[1].metastasis is True
