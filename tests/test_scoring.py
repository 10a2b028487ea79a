"""Scorer figures checked against counts worked out by hand on small, fictional rows."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from eims_extract.records import CaseRow, Evidence
from eims_extract.reporting.scoring import (
    age_text_years,
    align,
    format_report,
    load_rows,
    reference_id,
    reference_key,
    same,
    normalise,
    score,
)

GOLD = Path(__file__).resolve().parents[1] / "gold"


def row(case_id: str, **kw) -> CaseRow:
    return CaseRow(doc_id=kw.pop("doc_id", "d1"), case_id=case_id, source=kw.pop("source", "table"), **kw)


def counts(report, name: str) -> tuple[int, int, int, int, int]:
    s = report.per_field[name]
    return s.COR, s.INC, s.MIS, s.SPU, s.NUL


# -- normalised equivalents -----------------------------------------------------
@pytest.mark.parametrize(
    "name, gold, pred",
    [
        ("ihc_positive", ["S100"], ["S-100"]),
        ("ihc_positive", ["SMA", "ALK"], ["smooth muscle actin", "ALK"]),
        ("ihc_negative", ["CK", "CD117"], ["c-kit", "pan-cytokeratin"]),
        ("age_text", "7mo", "0.58"),
        ("age_text", "7mo", "seven months"),
        ("age_text", "43y", "43-year-old"),
        ("age_years", 0.58, 0.6),
        ("site", "mesentery", "small bowel mesentery"),
        ("site", "intra-abdominal", "Intra-abdominal"),
        ("treatment", "SE+Che+ALKi", "ALKi + SE + chemotherapy"),
        ("drugs", ["alectinib"], ["Alecensa"]),
        ("drugs", ["capecitabine", "oxaliplatin"], ["Oxaliplatin", "CAPECITABINE"]),
        ("follow_up_months", 12.0, 12.4),
        ("alk_tests", ["IHC+", "FISH+"], ["FISH positive", "ihc+"]),
        ("alk_fusion_partner", "RANBP2", "ranbp2"),
        ("reference", "Mariño E, 2011", "MARINO E. 2011"),
        ("reference", "Xu X, 2019", "Xu et al., 2019"),
        ("recurrence", True, "true"),
        ("status", "AWD", "awd"),
        ("site_code", "C32.9", "c329"),
        ("kinase_fusions", ["ETV6::NTRK3"], ["ETV6-NTRK3"]),
        ("kinase_fusions", ["CARS1::ALK", "TFG::ROS1"], ["TFG\u2013ROS1", "CARS-ALK"]),
    ],
)
def test_equivalent_values_are_correct(name: str, gold, pred) -> None:
    assert same(name, normalise(name, gold), normalise(name, pred))


@pytest.mark.parametrize(
    "name, gold, pred",
    [
        ("age_years", 59.0, 59.1),
        ("age_text", "7mo", "7y"),
        ("follow_up_months", 12.0, 13.0),
        ("site", "mesentery", "omentum"),
        ("treatment", "SE+Che", "SE"),
        ("ihc_positive", ["ALK", "SMA"], ["ALK"]),
        ("reference", "Xu X, 2019", "Xu P, 2019"),
        ("reference", "Wu H, 2014", "Wu H, 2015"),
        ("alk_tests", ["NGS-"], ["NGS+"]),
        ("site_code", "C32.0", "C32.9"),
        ("kinase_fusions", ["TPM3::NTRK1"], ["TPM4::NTRK1"]),
    ],
)
def test_different_values_are_incorrect(name: str, gold, pred) -> None:
    assert not same(name, normalise(name, gold), normalise(name, pred))


@pytest.mark.parametrize("text, years", [("59y", 59.0), ("7mo", 0.58), ("4 months", 0.33), ("a 6-year-old", 6.0)])
def test_age_text_years(text: str, years: float) -> None:
    assert age_text_years(text) == years


@pytest.mark.parametrize("text", ["NA", "adult", ""])
def test_age_text_years_unreadable_is_none(text: str) -> None:
    assert age_text_years(text) is None


def test_reference_key_ignores_accents_case_and_initials() -> None:
    assert reference_key("Mariño E, 2011") == reference_key("marino et al. (2011)") == "marino2011"
    assert reference_key("Current case") == reference_key("present case") == reference_key("Our patient") == "currentcase"
    assert reference_key("Presley J, 2011") == "presley2011"
    assert reference_id("Lee JC, 2018") == ("lee2018", "JC")


# -- hand-computed report -------------------------------------------------------
@pytest.fixture()
def gold_rows() -> list[CaseRow]:
    ref = "Okafor N, 2019"
    return [
        row("1", age_years=40.0, sex="male", site="mesentery", treatment="SE+Che", status="DOD", reference=ref),
        row("2", age_years=0.58, sex="female", site="omentum", treatment="SE", status=None, reference=ref),
        row("3", age_years=30.0, sex="female", site="liver", treatment=None, status="AWD", reference="Brandt K, 2021"),
    ]


@pytest.fixture()
def pred_rows() -> list[CaseRow]:
    ev = Evidence("d1", 10, 60, "The second patient stayed well on follow-up imaging.")
    p2 = row("2", age_years=0.6, sex=None, site="Omental", treatment="SE", reference="Okafor et al., 2019")
    p2.set("status", "ANED", ev)
    return [
        # same case, one wrong field (status), equivalents elsewhere
        row("1", age_years=40.02, sex="male", site="Mesenteric", treatment="Che+SE", status="AWD",
            reference="Okafor N, 2019"),
        # sex missing (MIS), status where gold has none (SPU)
        p2,
        # describes nobody in the gold: spurious
        row("9", age_years=71.0, sex="male", site="kidney", treatment="RT", status="DOD", reference="Ivers T, 2008"),
    ]


FIELDS = ("age_years", "sex", "site", "treatment", "status", "reference")


def test_hand_computed_field_counts(gold_rows, pred_rows) -> None:
    rep = score(pred_rows, gold_rows, FIELDS)
    assert rep.pairs == [("1", "1"), ("2", "2")]
    # (COR, INC, MIS, SPU, both-null)
    assert counts(rep, "age_years") == (2, 0, 1, 1, 0)  # gold 3 unmatched -> MIS; pred 9 -> SPU
    assert counts(rep, "sex") == (1, 0, 2, 1, 0)  # row 2 pred null -> MIS
    assert counts(rep, "site") == (2, 0, 1, 1, 0)
    assert counts(rep, "treatment") == (2, 0, 0, 1, 1)  # gold 3 treatment NA and unmatched -> nothing
    assert counts(rep, "status") == (0, 1, 1, 2, 0)  # row1 INC, row2 SPU, gold3 MIS, pred9 SPU
    assert counts(rep, "reference") == (2, 0, 1, 1, 0)
    micro = rep.micro
    assert (micro.COR, micro.INC, micro.MIS, micro.SPU) == (9, 1, 6, 7)
    assert micro.precision == pytest.approx(9 / 17)
    assert micro.recall == pytest.approx(9 / 16)
    assert micro.f1 == pytest.approx(2 * (9 / 17) * (9 / 16) / (9 / 17 + 9 / 16))
    assert rep.exact_rows == 0 and rep.row_accuracy == 0.0


def test_mismatches_list_gold_pred_and_evidence(gold_rows, pred_rows) -> None:
    rep = score(pred_rows, gold_rows, FIELDS)
    got = {(m.case, m.field, m.kind): m for m in rep.mismatches}
    assert got[("1", "status", "INC")].gold == "DOD" and got[("1", "status", "INC")].predicted == "AWD"
    spu = got[("2", "status", "SPU")]
    assert spu.gold is None and spu.predicted == "ANED"
    assert spu.evidence == "The second patient stayed well on follow-up imaging."
    assert ("3", "site", "MIS") in got and ("pred:9", "site", "SPU") in got
    assert len(rep.mismatches) == 14  # 1 INC + 6 MIS + 7 SPU


def test_format_report_shows_table_and_mismatches(gold_rows, pred_rows) -> None:
    text = format_report(score(pred_rows, gold_rows, FIELDS), max_mismatches=3)
    assert text.splitlines()[0].split() == ["field", "COR", "INC", "MIS", "SPU", "P", "R", "F1"]
    assert any(line.startswith("micro") for line in text.splitlines())
    assert "mismatches: 14 (first 3)" in text
    assert "matched=2" in text


def test_to_dict_is_json_serialisable(gold_rows, pred_rows) -> None:
    d = score(pred_rows, gold_rows, FIELDS).to_dict()
    back = json.loads(json.dumps(d))
    assert list(back["fields"]) == list(FIELDS)
    assert back["fields"]["status"]["inc"] == 1 and back["fields"]["treatment"]["both_null"] == 1
    assert back["unmatched_gold"] == 1 and back["unmatched_pred"] == 1
    assert back["micro"]["cor"] == 9 and back["micro"]["precision"] == round(9 / 17, 4)
    assert back["row_exact_accuracy"] == 0.0
    assert {"doc_id": "d1", "case": "1", "field": "status", "kind": "INC", "gold": "DOD", "pred": "AWD",
            "predicted": "AWD", "evidence": None} in back["mismatches"]


def test_both_null_is_neither_credit_nor_error() -> None:
    rep = score([row("1", site=None, sex="male")], [row("1", site=None, sex="male")], ["site", "sex"])
    assert counts(rep, "site") == (0, 0, 0, 0, 1)
    assert rep.exact_rows == 1


# -- list fields ----------------------------------------------------------------
def test_list_fields_score_as_sets_with_element_counts() -> None:
    gold = [
        row("1", ihc_positive=["ALK", "SMA", "S-100"], drugs=["alectinib"]),
        row("2", ihc_positive=["ALK"], drugs=None),
    ]
    pred = [
        row("1", ihc_positive=["S100", "smooth muscle actin", "ALK"], drugs=["Alecensa"]),
        row("2", ihc_positive=["ALK", "desmin"], drugs=["crizotinib"]),
    ]
    rep = score(pred, gold, ["ihc_positive", "drugs"])
    assert counts(rep, "ihc_positive") == (1, 1, 0, 0, 0)
    assert counts(rep, "drugs") == (1, 0, 0, 1, 0)
    e = rep.elements["ihc_positive"]
    assert (e.tp, e.fp, e.fn) == (4, 1, 0)
    assert e.precision == pytest.approx(0.8) and e.recall == 1.0


# -- alignment ------------------------------------------------------------------
def test_rows_without_case_numbers_align_on_field_agreement() -> None:
    gold = [
        row("1", age_years=22.0, sex="male", site="ileum", status="AWD"),
        row("2", age_years=47.0, sex="female", site="mesentery", status="DOD"),
        row("3", age_years=8.0, sex="male", site="omentum", status="DOD"),
    ]
    pred = [
        row("p", age_years=8.0, sex="male", site="omentum", status="AWD"),
        row("q", age_years=22.0, sex="male", site="ileum", status="AWD"),
        row("r", age_years=47.0, sex="female", site="mesentery", status="DOD"),
    ]
    rep = score(pred, gold, ["age_years", "sex", "site", "status"])
    assert rep.pairs == [("1", "q"), ("2", "r"), ("3", "p")]
    assert counts(rep, "status") == (2, 1, 0, 0, 0)


def test_reference_and_case_number_win_over_field_agreement() -> None:
    """Two rows of one series with identical values: the case number decides."""
    gold = [row("5", age_years=30.0, reference="Okafor N, 2019"), row("6", age_years=30.0, reference="Okafor N, 2019")]
    pred = [row("case-6", age_years=30.0, reference="Okafor N, 2019"), row("5", age_years=31.0, reference="Okafor N, 2019")]
    assert align(pred, gold, ["age_years"]) == [(0, 1), (1, 0)]


def test_rows_agreeing_on_nothing_stay_unmatched() -> None:
    gold = [row("1", sex="male", site="liver")]
    pred = [row("x", sex="female", site="uterus")]
    rep = score(pred, gold, ["sex", "site"])
    assert rep.pairs == []
    assert counts(rep, "sex") == (0, 0, 1, 1, 0)
    assert rep.row_accuracy == 0.0


# -- which fields are scored ----------------------------------------------------
def test_only_the_gold_files_columns_are_scored(tmp_path: Path) -> None:
    p = tmp_path / "gold.csv"
    p.write_text("case,age_text,sex,reference\n1,7mo,Female,\"Okafor N, 2019\"\n", encoding="utf-8")
    gold = load_rows(p)
    pred = [row("1", age_text="7 months", sex="female", ihc_positive=["ALK"], reference="Okafor N, 2019")]
    rep = score(pred, gold)
    assert rep.fields == ("age_text", "sex", "reference")
    assert rep.micro.COR == 3 and rep.exact_rows == 1


def test_unknown_field_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown field"):
        score([], [], ["colour"])


# -- loading --------------------------------------------------------------------
def test_load_gold_table2_format() -> None:
    rows = load_rows(GOLD / "table2.csv")
    first = rows[0]
    assert (first.case_id, first.age_text, first.sex, first.recurrence, first.metastasis) == ("1", "59y", "male", True, False)
    assert (first.follow_up_months, first.status, first.citation) == (12.0, "DOD", 6)
    assert (first.doc_id, first.source) == ("", "table")  # applies to the document it is scored with
    na = next(r for r in rows if r.case_id == "4")
    assert (na.treatment, na.recurrence, na.follow_up_months, na.status) == (None, None, None, None)


def test_load_flat_caserow_csv(tmp_path: Path) -> None:
    r = row("7", source="narrative", age_years=0.58, recurrence=False, ihc_positive=["ALK", "SMA"], citation=3)
    p = tmp_path / "rows.csv"
    flat = r.to_flat()
    with p.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(flat))
        w.writeheader()
        w.writerow({k: "" if v is None else v for k, v in flat.items()})
    (back,) = load_rows(p)
    assert back.to_dict(with_evidence=False) == r.to_dict(with_evidence=False)


def test_load_jsonl_keeps_evidence(tmp_path: Path) -> None:
    r = row("1", doc_id="doc-a")
    r.set("sex", "female", Evidence("doc-a", 0, 30, "A woman in her forties was seen.", page=1))
    p = tmp_path / "rows.jsonl"
    p.write_text(r.to_json() + "\n\n", encoding="utf-8")
    (back,) = load_rows(p)
    assert back.evidence["sex"][0].sentence == "A woman in her forties was seen."
    assert load_rows(p).columns == tuple(f for f in back.values())


@pytest.mark.parametrize("shape", ["object", "list", "document"])
def test_load_json_shapes(tmp_path: Path, shape: str) -> None:
    d = row("52", source="merged", sex="female").to_dict()
    data = {"object": d, "list": [d], "document": {"doc_id": "d1", "rows": [d]}}[shape]
    p = tmp_path / "x.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    (back,) = load_rows(p)
    assert (back.case_id, back.sex) == ("52", "female")


def test_index_case_json_scores_itself_perfectly() -> None:
    gold = load_rows(GOLD / "index_case.json")
    rep = score(list(gold), gold)
    assert rep.micro.INC == rep.micro.MIS == rep.micro.SPU == 0
    assert rep.exact_rows == 1


def test_unsupported_suffix() -> None:
    with pytest.raises(ValueError, match="unsupported"):
        load_rows("rows.xlsx")


def test_rows_of_different_documents_never_pair() -> None:
    gold = [row("1", doc_id="doc-a", sex="male", site="liver", reference="Okafor N, 2019")]
    pred = [
        row("1", doc_id="doc-b", sex="male", site="liver", reference="Okafor N, 2019"),
        row("x", doc_id="doc-a", sex="male", site="ileum"),
    ]
    rep = score(pred, gold, ["sex", "site"])
    assert rep.pairs == [("1", "x")]
    assert counts(rep, "site") == (0, 1, 0, 1, 0)


def test_gold_without_doc_id_pairs_with_any_document() -> None:
    gold = load_rows(GOLD / "table2.csv")
    pred = [row("12", doc_id="000_499c37fac1693525", reference="Kimbara S, 2014", site="mesentery")]
    rep = score(pred, gold, ["site"])
    assert rep.pairs == [("12", "12")]
    assert counts(rep, "site") == (1, 0, 50, 0, 1)  # 50 other gold sites missing, case 50's site NA


def test_to_dict_has_the_keys_cli_and_runner_read() -> None:
    """The --json contract: per-field lower-case counts, micro P/R/F1, row accuracy,
    row totals and mismatches with the predicted value under ``pred``."""
    ev = Evidence("d1", 10, 30, "The patient, a man of 40, died at 9 months.")
    gold = [row("1", sex="male", status="DOD"), row("2", sex="female", status="AWD")]
    pred = [row("1", sex="male", status="AWD", reference=None)]
    pred[0].evidence["status"] = [ev]
    d = json.loads(json.dumps(score(pred, gold, ["sex", "status"]).to_dict()))
    assert set(d["fields"]) == {"sex", "status"}
    for counts_ in d["fields"].values():
        assert {"cor", "inc", "mis", "spu", "both_null", "precision", "recall", "f1"} <= set(counts_)
    assert d["fields"]["status"] == {"cor": 0, "inc": 1, "mis": 1, "spu": 0, "both_null": 0,
                                     "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert d["fields"]["sex"]["cor"] == 1 and d["fields"]["sex"]["mis"] == 1
    assert {"precision", "recall", "f1"} <= set(d["micro"])
    assert d["micro"]["precision"] == round(1 / 2, 4) and d["micro"]["recall"] == round(1 / 4, 4)
    assert (d["n_gold"], d["n_pred"], d["n_matched"], d["row_exact_accuracy"]) == (2, 1, 1, 0.0)
    inc = next(m for m in d["mismatches"] if m["case"] == "1" and m["field"] == "status")
    assert {k: inc[k] for k in ("case", "field", "gold", "pred", "evidence")} == {
        "case": "1", "field": "status", "gold": "DOD", "pred": "AWD", "evidence": ev.sentence}


def test_same_paper_under_another_doc_id_still_pairs() -> None:
    """Regression: the two-column PDF of the reference paper has its own doc id, and its
    current-case row was left unmatched against gold/index_case.json."""
    gold = load_rows(GOLD / "index_case.json")
    pred = [CaseRow.from_dict(dict(gold[0].to_dict(), doc_id="000_499c37fac1693525.two-column", case_id="t2-52"))]
    rep = score(pred, gold)
    assert rep.pairs == [("52", "t2-52")]
    assert rep.exact_rows == 1


# -- issue 12: site_code and kinase_fusions columns --------------------------------------------------------------
def _csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    return path


def test_new_columns_are_scored_when_the_gold_has_them(tmp_path):
    gold = load_rows(
        _csv(
            tmp_path / "gold.csv",
            ["doc_id", "case_id", "site", "site_code", "kinase_fusions"],
            [["d1", "index", "larynx", "C32.0", "ETV6::NTRK3"], ["d2", "index", "lung", "C34.9", ""]],
        )
    )
    pred = [
        row("index", doc_id="d1", site="larynx", site_code="C32.9", kinase_fusions=["ETV6-NTRK3"]),
        row("index", doc_id="d2", site="lung", site_code="C34.9", kinase_fusions=["TFG::ROS1"]),
    ]
    report = score(pred, gold)
    assert report.fields == ("site", "site_code", "kinase_fusions")
    assert counts(report, "site_code") == (1, 1, 0, 0, 0)
    assert counts(report, "kinase_fusions") == (1, 0, 0, 1, 0)


def test_gold_without_new_columns_scores_exactly_as_before(tmp_path):
    gold = load_rows(_csv(tmp_path / "gold.csv", ["doc_id", "case_id", "site"], [["d1", "index", "larynx"]]))
    pred = [row("index", doc_id="d1", site="larynx", site_code="C32.9", kinase_fusions=["ETV6::NTRK3"])]
    report = score(pred, gold)
    assert report.fields == ("site",)
    assert report.micro.COR == 1 and report.micro.SPU == 0


@pytest.mark.parametrize(
    ("gold_doc", "pred_doc", "named"),
    [
        ("paperA", "paperA", "paperA"),  # both name it
        ("", "paperB", "paperB"),  # a gold file without doc ids: the prediction's document
        ("paperC", None, "paperC"),  # missed row: the gold row's document
    ],
)
def test_mismatch_names_its_document(gold_doc: str, pred_doc: str | None, named: str) -> None:
    gold = [row("1", doc_id=gold_doc, sex="male")]
    pred = [row("1", doc_id=pred_doc, sex="female")] if pred_doc else []
    rep = score(pred, gold, ["sex"])
    (m,) = rep.mismatches
    assert m.doc_id == named and m.to_dict()["doc_id"] == named
    line = format_report(rep).splitlines()[-1]
    assert line.split()[:3] == [named, "case", "1"]


def test_only_document_keeps_its_rows_doc_less_gold_and_the_gold_columns() -> None:
    from eims_extract.reporting.scoring import Rows, only_document

    gold = Rows([row("1", doc_id="a", sex="male"), row("2", doc_id="b", sex="male"), row("3", doc_id="", sex="female")])
    gold.columns = ("sex",)
    pred = [row("1", doc_id="a", sex="male"), row("2", doc_id="b", sex="female")]
    p, g = only_document(pred, gold, "a")
    assert [r.case_id for r in p] == ["1"] and [r.case_id for r in g] == ["1", "3"]
    assert g.columns == ("sex",)
    rep = score(p, g)
    assert [m.doc_id for m in rep.mismatches] == [""]  # case 3 (doc-less gold) is missing from document a


# -- issue 12: gold of the report's own patients only (report_facts sets) ----------------------------------------
def _own_gold() -> list[CaseRow]:
    return [row("index", doc_id="d1", source="narrative", age_years=44.0, sex="female", status="ANED")]


def _published(case_id: str = "1", **kw) -> CaseRow:
    """A literature-table row of a case published elsewhere (fictional)."""
    kw.setdefault("reference", "Vasquez-Holm J, 2016")
    kw.setdefault("citation", 9)
    return row(case_id, age_years=kw.pop("age_years", 63.0), sex=kw.pop("sex", "male"), status="DOD", **kw)


def _own_pred() -> CaseRow:
    return row("index", source="narrative", age_years=44.0, sex="female", status="ANED")


def test_unaligned_published_case_row_is_left_out_and_counted_with_own_patients() -> None:
    rep = score([_own_pred(), _published()], _own_gold(), ["age_years", "sex", "status"], own_patients=True)
    assert rep.published_left_out == 1
    assert rep.micro.SPU == 0 and rep.micro.precision == 1.0
    assert not [m for m in rep.mismatches if m.case.startswith("pred:")]
    d = rep.to_dict()
    assert d["published_left_out"] == 1 and d["own_patients"] is True
    assert "published-case rows left out: 1" in format_report(rep)


def test_published_case_row_counted_by_citation_mark_alone_is_left_out() -> None:
    cited = _published(reference=None, citation=14)
    rep = score([_own_pred(), cited], _own_gold(), ["age_years", "sex", "status"], own_patients=True)
    assert rep.published_left_out == 1 and rep.micro.SPU == 0


def test_published_case_row_known_by_its_table_caption_alone_is_left_out() -> None:
    """A literature table with no reference column ("Table 3. Previously reported cases"): the row's ``published``
    mark, set from the caption, is enough."""
    captioned = _published(reference=None, citation=None, published=True)
    rep = score([_own_pred(), captioned], _own_gold(), ["age_years", "sex", "status"], own_patients=True)
    assert rep.published_left_out == 1 and rep.micro.SPU == 0
    bare = _published(reference=None, citation=None)  # no mark at all: possibly a series' own patient, stays spurious
    rep = score([_own_pred(), bare], _own_gold(), ["age_years", "sex", "status"], own_patients=True)
    assert rep.published_left_out == 0 and rep.micro.SPU == 3


def test_unaligned_published_case_row_is_spurious_without_own_patients() -> None:
    rep = score([_own_pred(), _published()], _own_gold(), ["age_years", "sex", "status"])
    assert rep.published_left_out == 0 and not rep.own_patients
    assert rep.micro.SPU == 3 and rep.micro.precision == 0.5
    assert "published-case rows left out" not in format_report(rep)


def test_aligned_published_case_row_is_scored_as_usual() -> None:
    """A gold set that does list a published case: its predicted row is scored (here one field wrong)."""
    gold = [*_own_gold(), row("1", source="table", age_years=63.0, sex="male", status="AWD")]
    rep = score([_own_pred(), _published()], gold, ["age_years", "sex", "status"], own_patients=True)
    assert rep.published_left_out == 0 and rep.matched == 2
    assert counts(rep, "status") == (1, 1, 0, 0, 0)
    assert counts(rep, "age_years") == (2, 0, 0, 0, 0)


@pytest.mark.parametrize("reference", ["Current case", "Present case", "Our patient"])
def test_present_case_row_is_never_left_out(reference: str) -> None:
    """The report's own row in its literature table ("Present case") is an own patient: unaligned, it stays spurious."""
    own = row("4", reference=reference, age_years=8.0, sex="male", status="AWD")
    rep = score([own], _own_gold(), ["age_years", "sex", "status"], own_patients=True)
    assert rep.matched == 0 and rep.published_left_out == 0
    assert rep.micro.SPU == 3


def test_merged_and_unreferenced_table_rows_are_never_left_out() -> None:
    """A series' own numbered patients (a table without references) and a table row merged with the narrative
    are the report's patients, whatever they carry."""
    series = row("2", age_years=17.0, sex="male", status="AWD")
    merged = row("3", source="merged", reference="Tanaka-Berg L, 2020", age_years=70.0, sex="male", status="DOD")
    gold = [row("index", doc_id="d9", source="narrative", age_years=44.0)]
    rep = score([series, merged], gold, ["age_years", "sex", "status"], own_patients=True)
    assert rep.published_left_out == 0 and rep.micro.SPU == 6
