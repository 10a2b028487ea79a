"""Rebuild cell grids for tables found in extracted text (placeholder: the grid
reconstruction lands with the literature-table work; until then text tables keep
only their raw lines)."""

from __future__ import annotations

from .model import Document, Table


def fill_text_table(doc: Document, table: Table) -> None:
    """Fill ``table.header``/``table.rows`` from ``table.raw_lines`` with cell offsets into ``doc.text``."""
    return None
