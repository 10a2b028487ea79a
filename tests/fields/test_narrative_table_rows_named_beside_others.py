"""A series' own table lists its patients by number; the prose beside it names some of them only in a sentence about
several ("Calretinin was positive in cases 1 and 4 and was not done in cases 2 and 3"). A patient so named is one of
the prose's patients even when no sentence opens on them or the sentence names one beyond the highest the prose told
of: each predicate is then the cases it names (the stain positive for 1 and 4, nothing for 2 and 3). Reports are
fictional."""

from __future__ import annotations

from eims_extract.pipeline.extract import process_path

SERIES = """Four inflammatory myofibroblastic tumours of the adnexa: a small series

Methods. The tumours were retrieved from our files and stained for ALK and desmin.

Table 1 (tab-separated)
Case\tAge\tSex\tSite\tALK\tDesmin\tFU\tStatus
1\t34 y\tF\tovary\t+\t+\t12 mo\tNED
2\t41 y\tF\tfallopian tube\t+\t-\t30 mo\tNED
3\t29 y\tF\tovary\t+\t+\t8 mo\tAWD
4\t52 y\tF\tbroad ligament\t+\t-\t20 mo\tNED

In case 2 the tumour had a glassy stroma. Case 3 showed nuclear palisading. Calretinin was positive in cases 1 and 4 and was not done in cases 2 and 3.
"""


def test_stain_positive_in_some_cases_and_not_done_in_others_goes_to_the_cases_named(tmp_path) -> None:
    p = tmp_path / "adnexal_series.txt"
    p.write_text(SERIES)
    rows = {r.case_id.removeprefix("case-"): r for r in process_path(p).rows}
    assert sorted(rows) == ["1", "2", "3", "4"]
    assert "calretinin" in [m.lower() for m in rows["1"].ihc_positive or []]
    assert "calretinin" in [m.lower() for m in rows["4"].ihc_positive or []]
    for c in ("2", "3"):
        assert "calretinin" not in [m.lower() for m in (rows[c].ihc_positive or []) + (rows[c].ihc_negative or [])]
