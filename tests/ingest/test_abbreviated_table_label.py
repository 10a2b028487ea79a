"""The abbreviated table label of Central European journals' pages ("Tab. 1. Overview of patients"), as a text page
copied from such a site prints it (``ingest.sections`` caption rules): the caption of the grid under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.sections import caption_start

_PAGE = """Inflammatory myofibroblastic tumour of the airway: our experience

Results
{caption}
Patient  Age/sex  Site                  Therapy                   Course
1        14/M     trachea               tracheal resection        no recurrence
2        58/F     larynx, glottis       CO2 laser excision        no recurrence
F - female, M - male

Case report 1
A 14-year-old boy was treated for asthma for a year before bronchoscopy showed a tracheal mass.
"""


@pytest.mark.parametrize(("caption", "title"), [("Tab. 1. Overview of patients", "Overview of patients"), ("Tab. 1: Our patients", "Our patients")])
def test_abbreviated_table_label_captions_the_grid_under_it(tmp_path: Path, caption, title):
    p = tmp_path / "series.txt"
    p.write_text(_PAGE.format(caption=caption), encoding="utf-8")
    (table,) = load_document(p).tables
    assert (table.id, table.caption) == ("T1", title)
    assert [r[2].text for r in table.rows] == ["trachea", "larynx, glottis"]


@pytest.mark.parametrize(
    "line",
    [
        "Tab. 1 shows the patients.",  # running text citing the table: no full stop or colon after the number
        "Tab 1. Overview",  # no full stop after the abbreviation
        "tab. 1. overview",  # lower case
    ],
)
def test_abbreviated_label_without_its_stop_or_in_running_text_opens_no_caption(line):
    assert caption_start(line) is None
