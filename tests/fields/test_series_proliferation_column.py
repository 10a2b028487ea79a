"""A series table's proliferation column named without "Ki-67" ("Proliferation index (%)", "MIB-1 index"): the
Ki-67 column (``fields.literature_table.marker_column``, ``vocab/markers.jsonl``)."""

from __future__ import annotations

import pytest

from eims_extract.fields.literature_table import marker_column


@pytest.mark.parametrize(
    "header", ["Proliferation index (%)", "Proliferative index", "MIB-1 index", "MIB-1 labelling index (%)", "Ki-67 (%)"]
)
def test_proliferation_index_column_is_the_ki67_column(header):
    assert marker_column(header) == "ki67"
