"""Decision storage, curated rows, consensus and export over a store of fictional documents."""

from __future__ import annotations

import csv
import sqlite3
import threading
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest

from eims_extract.review import curation as cur
from eims_extract.review.demo import build_result, write_demo_store
from eims_extract.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return write_demo_store(tmp_path / "results.sqlite")


def decide(db: Path, field: str, action: str, value=None, *, case: str = "current", doc: str = "demo-alpha",
           who: str = "Ann", note: str | None = None) -> cur.Decision:  # fmt: skip
    return cur.record_decision(db, doc_id=doc, case_id=case, field=field, action=action, curator=who, value=value,
                               note=note)  # fmt: skip


def by_case(rows):
    return {(r.doc_id, r.case_id): r for r in rows}


# -- validation ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("field", "raw", "expected"),
    [
        ("age_years", "43", 43.0),
        ("age_years", "7mo", 0.58),
        ("age_years", 61, 61.0),
        ("sex", "F", "female"),
        ("sex", "Male", "male"),
        ("status", "aned", "ANED"),
        ("response", "pr", "PR"),
        ("treatment", "ALKi + SE", "SE+ALKi"),
        ("treatment", "chemotherapy; radiotherapy", "Che+RT"),
        ("recurrence", "yes", True),
        ("metastasis", "-", False),
        ("metastasis", False, False),
        ("ihc_positive", "s100; alk ;Desmin", ["S-100", "ALK", "desmin"]),
        ("drugs", "Xalkori; alectinib", ["crizotinib", "alectinib"]),
        ("alk_tests", "fish positive; IHC-", ["FISH+", "IHC-"]),
        ("site", "  Mesentery ", "mesentery"),
        ("site_code", "c32.0", "C32.0"),
        ("kinase_fusions", "etv6-ntrk3; CARS::ALK", ["ETV6::NTRK3", "CARS1::ALK"]),
        ("ki67_percent", "30%", 30.0),
        ("follow_up_months", "", None),
        ("drugs", " ; ", None),
    ],
)
def test_validate_value_canonicalises(field, raw, expected):
    got = cur.validate_value(field, raw)
    assert got == pytest.approx(expected) if isinstance(expected, float) else got == expected


@pytest.mark.parametrize(
    ("field", "raw", "reason"),
    [
        ("age_years", "old", "not a number"),
        ("age_years", "130", "outside"),
        ("ki67_percent", 140, "outside"),
        ("sex", "unknown", "male or female"),
        ("status", "alive", "DOD"),
        ("response", "good", "CR"),
        ("treatment", "SE+surgery-ish", "unknown code"),
        ("recurrence", "maybe", "yes/no"),
        ("drugs", "aspirinx", "not in the vocabulary"),
        ("alk_tests", "ALK+", "METHOD+"),
        ("ihc_positive", "+", "marker"),
        ("alk_fusion_partner", "not a gene!", "gene symbol"),
        ("site_code", "larynx", "ICD-O-3"),
        ("site_code", "C99.1", "ICD-O-3"),
        ("kinase_fusions", "RANBP2::TPM3", "kinase gene"),
        ("kinase_fusions", "ALK", "FIVE::THREE"),
        ("no_such_field", "1", "unknown field"),
    ],
)
def test_validate_value_rejects_with_reason(field, raw, reason):
    with pytest.raises(cur.CurationError, match=reason):
        cur.validate_value(field, raw)


@pytest.mark.parametrize(
    ("field", "raw", "kept"),
    [
        ("ihc_positive", "desmin; FAKE-9", ["FAKE-9"]),
        ("ihc_negative", "zorbin", ["zorbin"]),
        ("alk_fusion_partner", "ZZZ9", ["ZZZ9"]),
        ("drugs", "lorlatinib; newtinib", ["newtinib"]),
        ("site", "left elbow of the moon", ["left elbow of the moon"]),
    ],
)
def test_every_vocabulary_field_flags_unknown_items_alike_and_keep_anyway_is_recorded(db, field, raw, kept):
    with pytest.raises(cur.NotInVocabulary) as e:
        cur.validate_value(field, raw)
    assert e.value.items == kept and "keep anyway" in str(e.value)
    value, got = cur.validate_value_kept(field, raw, keep_unknown=True)
    assert got == kept and value
    d = decide_keep(db, field, raw)
    assert d.action == "correct" and "kept outside the vocabulary: " + kept[0] in d.note


def decide_keep(db, field, raw):
    return cur.record_decision(db, doc_id="demo-alpha", case_id="current", field=field, action="correct",
                               curator="Ann", value=raw, keep_unknown=True)  # fmt: skip


@pytest.mark.parametrize(("field", "raw"), [("age_years", "34"), ("sex", "M"), ("drugs", "Xalkori"),
                                            ("ihc_positive", "ALK; desmin"), ("site", "mesenteric")])  # fmt: skip
def test_a_correction_equal_to_the_machine_value_is_an_accept(db, field, raw):
    d = decide(db, field, "correct", raw)
    assert d.action == "accept" and d.value is None
    with closing(cur.connect(db)) as conn:
        st = cur.row_states(conn, "demo-alpha", "Ann")[0]
    assert st.fields[field].status == "accepted"


# -- storing decisions ----------------------------------------------------------------
def test_decision_stores_curator_utc_time_and_machine_snapshot(db):
    d = decide(db, "age_years", "correct", "35", who="  Ann  Lee ")
    assert d.curator == "Ann Lee"
    assert d.value == 35.0 and d.machine_value == 34.0
    assert datetime.strptime(d.created_at, "%Y-%m-%dT%H:%M:%S.%fZ")  # UTC, Z-suffixed
    with closing(cur.connect(db)) as conn:
        assert [x.id for x in cur.decisions(conn, "demo-alpha")] == [d.id]


@pytest.mark.parametrize(
    ("kwargs", "reason"),
    [
        ({"field": "sex", "action": "correct", "value": ""}, "use reject"),
        ({"field": "sex", "action": "approve"}, "unknown action"),
        ({"field": "*", "action": "accept"}, "needs a field"),
        ({"field": "sex", "action": "reject_row"}, "whole row"),
        ({"field": "sex", "action": "note"}, "needs text"),
        ({"field": "sex", "action": "accept", "case": "ghost"}, "unknown row"),
        ({"field": "sex", "action": "accept", "doc": "nope"}, "unknown document"),
        ({"field": "sex", "action": "accept", "who": " "}, "curator name"),
        ({"field": "*", "action": "add_row", "value": {"sex": ""}}, "at least one value"),
        ({"field": "*", "action": "add_row", "value": {"age_years": 5}, "case": "current"}, "already exists"),
    ],
)
def test_bad_decisions_are_refused_and_nothing_is_stored(db, kwargs, reason):
    args = {"case": "current", "doc": "demo-alpha", "who": "Ann", "value": None, **kwargs}
    with pytest.raises(cur.CurationError, match=reason):
        decide(db, args["field"], args["action"], args["value"], case=args["case"], doc=args["doc"], who=args["who"])
    with closing(cur.connect(db)) as conn:
        assert cur.decisions(conn) == []


def test_decisions_and_resolutions_are_append_only(db):
    decide(db, "sex", "accept")
    cur.record_resolution(db, doc_id="demo-alpha", case_id="current", field="sex", resolver="Bo", value="male")
    conn = cur.connect(db)
    for stmt in ("UPDATE decisions SET value = '1'", "DELETE FROM decisions",
                 "UPDATE resolutions SET value = '1'", "DELETE FROM resolutions"):  # fmt: skip
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(stmt)
    conn.close()


def test_concurrent_saves_from_two_threads_lose_nothing(db):
    fields = ["age_years", "sex", "site", "treatment", "status"]
    errors: list[BaseException] = []

    def work(who: str) -> None:
        conn = cur.connect(db)  # each thread its own connection
        try:
            for i in range(30):
                cur.record_decision(conn, doc_id="demo-alpha", case_id="current", field=fields[i % 5],
                                    action="accept", curator=who)  # fmt: skip
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            conn.close()

    threads = [threading.Thread(target=work, args=(w,)) for w in ("Ann", "Bo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with closing(cur.connect(db)) as conn:
        ds = cur.decisions(conn)
    assert len(ds) == 60
    assert sum(d.curator == "Ann" for d in ds) == sum(d.curator == "Bo" for d in ds) == 30
    assert len({d.id for d in ds}) == 60


# -- curated rows ----------------------------------------------------------------------
def test_curated_rows_apply_accept_correct_reject_and_rows(db):
    decide(db, "sex", "accept")
    decide(db, "age_years", "correct", "35")
    decide(db, "drugs", "reject")
    decide(db, "*", "reject_row", case="2", doc="demo-beta")
    added = decide(db, "*", "add_row", {"age_years": "52", "sex": "m", "site": "Liver"}, case="", doc="demo-beta")
    rows = by_case(cur.curated_rows(db))
    alpha = rows[("demo-alpha", "current")]
    assert (alpha.sex, alpha.age_years, alpha.drugs) == ("male", 35.0, None)
    assert alpha.status == "ANED"  # unreviewed keeps the machine value
    assert ("demo-beta", "2") not in rows
    new = rows[("demo-beta", added.case_id)]
    assert (new.age_years, new.sex, new.site) == (52.0, "male", "liver")
    assert added.case_id == "added-ann-1"
    # evidence is kept only where the curated value is the machine's
    assert alpha.evidence.get("sex") and not alpha.evidence.get("age_years")


def test_accept_all_keeps_earlier_corrections(db):
    decide(db, "status", "correct", "AWD")
    decide(db, "*", "accept_row")
    row = by_case(cur.curated_rows(db))[("demo-alpha", "current")]
    assert row.status == "AWD" and row.sex == "male"
    with closing(cur.connect(db)) as conn:
        st = cur.row_states(conn, "demo-alpha", "Ann")[0]
    assert st.fields["status"].status == "corrected" and st.fields["sex"].status == "accepted"


def test_added_row_fields_can_be_corrected_later(db):
    d = decide(db, "*", "add_row", {"age_years": 50}, case="3", doc="demo-beta")
    decide(db, "sex", "correct", "female", case=d.case_id, doc="demo-beta")
    decide(db, "age_years", "accept", case=d.case_id, doc="demo-beta")
    row = by_case(cur.curated_rows(db))[("demo-beta", "3")]
    assert (row.age_years, row.sex) == (50.0, "female")


def test_curator_filter_and_a_curators_latest_decision_wins(db):
    decide(db, "sex", "correct", "female", who="Ann")
    decide(db, "sex", "accept", who="Bo")
    decide(db, "age_years", "correct", "40", who="Bo")
    decide(db, "age_years", "correct", "41", who="Bo")  # Bo changed his mind: his latest stands
    assert by_case(cur.curated_rows(db, "Ann"))[("demo-alpha", "current")].sex == "female"
    assert by_case(cur.curated_rows(db, "Bo"))[("demo-alpha", "current")].sex == "male"
    assert by_case(cur.curated_rows(db, "Bo"))[("demo-alpha", "current")].age_years == 41.0


def test_consensus_never_fills_an_open_disagreement_with_one_curators_value(db, tmp_path):
    decide(db, "sex", "correct", "female", who="Ann")
    decide(db, "sex", "accept", who="Bo")  # Bo decided last: once that silently won
    decide(db, "age_years", "accept", who="Ann")
    consensus_row = by_case(cur.curated_rows(db))[("demo-alpha", "current")]
    assert consensus_row.sex is None and consensus_row.age_years == 34.0
    recs = {r["case_id"]: r for r in csv.DictReader(cur.export_curated(db, tmp_path / "c.csv").open(encoding="utf-8"))}
    assert recs["current"]["sex"] == "" and recs["current"]["unresolved"] == "sex"
    assert recs["current"]["review_status"] == "disagreement"
    assert recs["current"]["review:sex"] == "disagreement"
    assert recs["current"]["review:age_years"].startswith("accepted|Ann|20")
    assert recs["1"]["review_status"] == "unreviewed" and recs["1"]["review:sex"] == "unreviewed"
    cur.record_resolution(db, doc_id="demo-alpha", case_id="current", field="sex", resolver="Cy", value="female")
    recs = {r["case_id"]: r for r in csv.DictReader(cur.export_curated(db, tmp_path / "c.csv").open(encoding="utf-8"))}
    assert recs["current"]["sex"] == "female" and recs["current"]["review:sex"].startswith("resolved|Cy|")


def test_consensus_lists_disagreements_and_resolution_wins(db):
    decide(db, "sex", "correct", "female", who="Ann")
    decide(db, "sex", "accept", who="Bo")
    decide(db, "age_years", "accept", who="Ann")
    decide(db, "age_years", "correct", "34", who="Bo")  # same value: no disagreement
    decide(db, "*", "reject_row", case="1", doc="demo-beta", who="Ann")
    decide(db, "site", "accept", case="1", doc="demo-beta", who="Bo")
    with closing(cur.connect(db)) as conn:
        alpha = cur.consensus(conn, "demo-alpha")
        beta = cur.consensus(conn, "demo-beta")
    assert [(i["field"], i["values"]) for i in alpha] == [("sex", {"Ann": "female", "Bo": "male"})]
    assert [(i["case_id"], i["field"], i["values"]) for i in beta] == [("1", "_row", {"Ann": "dropped", "Bo": "kept"})]
    r = cur.record_resolution(db, doc_id="demo-alpha", case_id="current", field="sex", resolver="Cy", value="f",
                              note="text says woman")  # fmt: skip
    assert (r.resolver, r.value) == ("Cy", "female")
    cur.record_resolution(db, doc_id="demo-beta", case_id="1", field="_row", resolver="Cy", value="kept")
    for who in (None, "Ann", "Bo"):
        rows = by_case(cur.curated_rows(db, who))
        assert rows[("demo-alpha", "current")].sex == "female"
        assert ("demo-beta", "1") in rows
    with closing(cur.connect(db)) as conn:
        assert cur.consensus(conn, "demo-alpha")[0]["resolution"]["resolver"] == "Cy"


def test_row_added_by_one_curator_only_is_a_presence_disagreement(db):
    decide(db, "*", "add_row", {"age_years": 12}, case="3", doc="demo-beta", who="Ann")
    decide(db, "sex", "accept", case="1", doc="demo-beta", who="Bo")
    with closing(cur.connect(db)) as conn:
        items = cur.consensus(conn, "demo-beta")
    assert {(i["case_id"], i["field"]): i["values"] for i in items}[("3", "_row")] == {"Ann": "kept", "Bo": "dropped"}


# -- re-extraction ------------------------------------------------------------------------
def test_reextraction_keeps_decisions_and_flags_changed_fields(db):
    decide(db, "sex", "accept")
    decide(db, "status", "accept")
    decide(db, "*", "accept_row", case="1", doc="demo-beta")
    with closing(cur.connect(db)) as conn:
        ids_before = [r[0] for r in conn.execute("SELECT id FROM case_rows")]
    # a new run: the alpha patient's sex now reads female, beta case 1 lost its site
    alpha = build_result(
        "demo-alpha",
        [("case", "Case", "A 34-year-old woman was seen. She was alive without disease later.\n")],
        [{"case_id": "current", "values": {"sex": ("female", "woman"), "status": ("ANED", "alive without disease")}}],
    )
    beta = build_result(
        "demo-beta",
        [("case", "Cases", "Patient 1 was a 9-year-old girl.\n")],
        [{"case_id": "1", "values": {"sex": ("female", "girl"), "age_years": (9.0, "9-year-old")}}],
    )
    with Store(db) as store:
        store.save_result(alpha)
        store.save_result(beta)
    with closing(cur.connect(db)) as conn:
        assert set(ids_before).isdisjoint(r[0] for r in conn.execute("SELECT id FROM case_rows"))
        assert len(cur.decisions(conn)) == 3
        changed = {(c["doc_id"], c["case_id"], c["field"]): c for c in cur.changed_fields(conn, "Ann")}
        orphans = cur.orphans(conn, "demo-beta")
        prog = cur.progress(conn, "demo-alpha", "Ann")
    assert changed[("demo-alpha", "current", "sex")]["reviewed"] == "male"
    assert changed[("demo-alpha", "current", "sex")]["machine"] == "female"
    assert ("demo-alpha", "current", "status") not in changed
    assert changed[("demo-beta", "1", "site")]["machine"] is None
    assert orphans == []  # row 1 still exists; row 2 never had decisions
    assert prog["changed"] >= 1
    # the curator's accepted value stands until re-reviewed
    assert by_case(cur.curated_rows(db))[("demo-alpha", "current")].sex == "male"


def test_decisions_on_a_row_that_disappeared_are_orphans_not_applied(db):
    decide(db, "sex", "accept", case="2", doc="demo-beta")
    beta = build_result("demo-beta", [("case", "C", "One girl, 9 years old.\n")],
                        [{"case_id": "1", "values": {"sex": ("female", "girl")}}])  # fmt: skip
    with Store(db) as store:
        store.save_result(beta)
    with closing(cur.connect(db)) as conn:
        assert [o.case_id for o in cur.orphans(conn, "demo-beta")] == ["2"]
    assert ("demo-beta", "2") not in by_case(cur.curated_rows(db))


def test_same_case_id_from_two_sources_stays_addressable(tmp_path):
    res = build_result(
        "dup",
        [("case", "C", "A 40-year-old man; table row: 41y M.\n")],
        [
            {"case_id": "current", "source": "narrative", "values": {"age_years": (40.0, "40-year-old")}},
            {"case_id": "current", "source": "table", "values": {"age_years": (41.0, "41y")}},
        ],
    )
    db = tmp_path / "dup.sqlite"
    with Store(db) as store:
        store.save_result(res)
    cur.record_decision(db, doc_id="dup", case_id="current@table", field="age_years", action="reject", curator="Ann")
    rows = cur.curated_rows(db)
    assert [(r.case_id, r.source, r.age_years) for r in rows] == [("current", "narrative", 40.0), ("current", "table", None)]


# -- export ---------------------------------------------------------------------------------
def test_export_csv_and_xlsx_carry_curated_values(db, tmp_path):
    decide(db, "age_years", "correct", "35")
    decide(db, "ihc_negative", "correct", "S100; CD117; myogenin")
    decide(db, "*", "reject_row", case="2", doc="demo-beta")
    p = cur.export_curated(db, tmp_path / "out" / "curated.csv")
    with p.open(encoding="utf-8") as fh:
        recs = list(csv.DictReader(fh))
    assert [(r["doc_id"], r["case_id"]) for r in recs] == [("demo-alpha", "current"), ("demo-beta", "1")]
    assert recs[0]["age_years"] == "35.0" and recs[0]["ihc_negative"] == "S-100;CD117;myogenin"
    assert recs[1]["status"] == ""

    from openpyxl import load_workbook

    x = cur.export_curated(db, tmp_path / "curated.xlsx")
    wb = load_workbook(x)
    sheet = list(wb["curated"].iter_rows(values_only=True))
    head = sheet[0]
    assert sheet[1][head.index("age_years")] == 35.0
    assert sheet[1][head.index("ihc_negative")] == "S-100;CD117;myogenin"
    audit = list(wb["decisions"].iter_rows(values_only=True))
    assert [r[audit[0].index("action")] for r in audit[1:]] == ["correct", "correct", "reject_row"]
    with pytest.raises(ValueError, match="unsupported export format"):
        cur.export_curated(db, tmp_path / "x.json")
