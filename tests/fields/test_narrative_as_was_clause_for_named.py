"""A finding told of several numbered patients closes on an "as was" clause naming its own patients ("Calretinin and
WT1, tested in cases 1 and 2, were negative, as was CD34 in case 2"): the clause joins the finding before it (the
same sign) for the patients it names only; the other patients of the sentence get the finding without it. Reports are
fictional."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.pipeline.extract import process_path

SERIES = """Three inflammatory myofibroblastic tumours of the adnexa: a small series

Methods. The tumours were retrieved from our files and stained for ALK and desmin.

Table 1 (tab-separated)
Case\tAge\tSex\tSite\tALK\tDesmin\tFU\tStatus
1\t34 y\tF\tovary\t+\t+\t12 mo\tNED
2\t41 y\tF\tfallopian tube\t+\t-\t30 mo\tNED
3\t29 y\tF\tovary\t+\t+\t8 mo\tAWD

In case 2 the tumour had a glassy stroma. Case 3 showed nuclear palisading. {sentence}
"""


def _marks(values: list[str] | None) -> set[str]:
    return {v.lower().replace("-", "") for v in values or []}


@pytest.mark.parametrize(
    "sentence, own, other",
    [
        ("Calretinin and WT1, tested in cases 1 and 2, were negative, as was CD34 in case 2.", "2", "1"),
        ("Calretinin and WT1, tested in cases 1 and 2, were negative, as was CD34 in case 1.", "1", "2"),
    ],
)
def test_as_was_clause_joins_the_finding_only_for_the_patients_it_names(tmp_path: Path, sentence: str, own: str, other: str) -> None:
    p = tmp_path / "adnexal_trio.txt"
    p.write_text(SERIES.format(sentence=sentence))
    rows = {r.case_id.removeprefix("case-"): r for r in process_path(p).rows}
    assert {"calretinin", "wt1", "cd34"} <= _marks(rows[own].ihc_negative)
    assert {"calretinin", "wt1"} <= _marks(rows[other].ihc_negative)
    assert "cd34" not in _marks(rows[other].ihc_negative) | _marks(rows[other].ihc_positive)
