"""A table label set off from its title by a spaced dash instead of a full stop ("Table 2 - Stains of the three cases",
"Table 1 – Clinical data"), as Latin American and Iberian journals print it, over a grid in a PDF's text dump: the
caption of that grid, its label cut off the title (``ingest.sections`` caption rules). Reports are fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.sections import caption_start

_PAGE = """Inflammatory myofibroblastic tumour of the bladder: report of three cases

RESULTS

The three tumours were removed by transurethral resection and the stains
done on each are given in the table below, with the proliferation index.

{caption}
(SMA: smooth muscle actin; + positive; - negative)

Case   SMA   Desmin   ALK   Ki-67
1      +     -        +     4%
2      +     +        +     7%
3      +     -        -     2%

DISCUSSION

Bladder tumours of this kind are rare in adults.
"""


@pytest.mark.parametrize(
    ("caption", "title"),
    [("Table 2 - Stains of the three cases", "Stains of the three cases"), ("Table 2 – Stains done", "Stains done")],
)
def test_dash_label_captions_the_grid_under_it(tmp_path: Path, caption, title):
    p = tmp_path / "bladder.txt"
    p.write_text(_PAGE.format(caption=caption), encoding="utf-8")
    (table,) = load_document(p).tables
    assert (table.id, table.caption) == ("T2", title)
    assert [[c.text for c in r] for r in table.rows][1] == ["2", "+", "+", "+", "7%"]


@pytest.mark.parametrize("line", ["Table 2 -shows the stains", "Table 2 - see below", "Table 2-4 list the cases"])
def test_unspaced_or_lower_case_dash_is_no_label(line):
    assert caption_start(line) is None
