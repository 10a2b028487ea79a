import pytest

from eims_extract.records import CaseRow, Evidence


def _ev(start=0, end=5):
    return Evidence(doc_id="d", start=start, end=end, sentence="hello world", page=2, section="case")


def test_set_records_value_and_evidence():
    r = CaseRow(doc_id="d", case_id="index")
    r.set("sex", "female", _ev())
    assert r.sex == "female" and r.evidence["sex"] == [_ev()]
    assert r.ungrounded() == []


def test_set_rejects_unknown_field():
    with pytest.raises(KeyError):
        CaseRow(doc_id="d", case_id="index").set("colour", "blue", _ev())


def test_value_without_evidence_is_reported_as_ungrounded():
    r = CaseRow(doc_id="d", case_id="index", age_years=43.0)
    assert r.ungrounded() == ["age_years"]


def test_round_trip_keeps_lists_evidence_and_conflicts():
    r = CaseRow(doc_id="d", case_id="3", source="merged", drugs=["alectinib"], ihc_positive=["ALK", "SMA"])
    r.set("status", "AWD", _ev(3, 9))
    r.conflicts.append({"field": "site", "table": "omentum", "narrative": "mesentery", "kept": "omentum"})
    back = CaseRow.from_dict(r.to_dict())
    assert back == r


def test_flat_form_joins_lists_and_parses_back():
    r = CaseRow(doc_id="d", case_id="1", ihc_negative=["S-100", "CK"])
    flat = r.to_flat()
    assert flat["ihc_negative"] == "S-100;CK" and "evidence" not in flat
    assert CaseRow.from_dict(flat).ihc_negative == ["S-100", "CK"]
