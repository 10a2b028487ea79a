"""A column for two events ("Recurrence/metastasis") answered with one sign per event (invented tables): a plus or a true
minus sign (U+2212) in each part is that event's answer in the header's order; an en dash pair or a bare hyphen pair may
stand for "not available" and answers neither, as an em dash does (``fields.outcome._read_both``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document

_TABLE = """Epithelioid inflammatory myofibroblastic sarcoma in three adults: an invented series

Table 2 Course of the patients
Pt | Age/sex | Primary | Surgery | {head} | Status
1 | 45/F | Mesentery | Debulking | Yes/liver | DOD (7 mo)
2 | 38/M | Omentum | Excision | {cell} | NED (19 mo)
3 | 52/M | Retroperitoneum | Excision | No/no | NED (12 mo)
"""


@pytest.mark.parametrize(
    ("head", "cell", "pair"),
    [
        ("Recurrence/metastasis", "\u2212/\u2212", (False, False)),
        ("Recurrence/metastasis", "\u2212 / \u2212", (False, False)),
        ("Recurrence/metastasis", "+/\u2212", (True, False)),
        ("Relapse/metastases", "\u2212/+", (False, True)),
        ("Metastasis/recurrence", "+/-", (False, True)),
        ("Recurrence/metastasis", "\u2013 / \u2013", (None, None)),
        ("Recurrence/metastasis", "-/-", (None, None)),
        ("Recurrence/metastasis", "\u2014/\u2014", (None, None)),
    ],
)
def test_one_sign_per_event(tmp_path: Path, head: str, cell: str, pair: tuple) -> None:
    p = tmp_path / "series.txt"
    p.write_text(_TABLE.format(head=head, cell=cell), encoding="utf-8")
    rows = rows_from_tables(load_document(p))
    assert (rows[1].recurrence, rows[1].metastasis) == pair


@pytest.mark.parametrize(("cell", "pair"), [("\u2212/\u2212", (False, False)), ("\u2013/\u2013", (None, None))])
def test_sign_pair_kept_through_the_folded_view(tmp_path: Path, cell: str, pair: tuple) -> None:
    """A scraped page (web furniture above the article) is read through a view that folds dashes alike; the sign pair
    cell keeps its raw text there, so a minus pair still answers and an en dash pair still does not."""
    from eims_extract.ingest.normalise_text import matching_view
    from eims_extract.pipeline.extract import extract_document

    p = tmp_path / "page.txt"
    p.write_text("Skip to main content\nAn official website of the United States government\n\n" + _TABLE.format(
        head="Recurrence/metastasis", cell=cell), encoding="utf-8")
    doc = load_document(p)
    assert matching_view(doc) is not None
    rows = {r.case_id: r for r in extract_document(doc)}
    assert (rows["2"].recurrence, rows["2"].metastasis) == pair
