"""Merging the current-case table row with the narrative patient (``fields.merge``)."""

from __future__ import annotations

import pytest

from eims_extract.fields.merge import merge_current_case
from eims_extract.records import CaseRow, Evidence


def ev(start: int, what: str, section: str) -> Evidence:
    return Evidence("doc", start, start + len(what), what, None, section)


def narrative(case_id: str = "1", **values) -> CaseRow:
    row = CaseRow("doc", case_id, "narrative")
    for n, (name, v) in enumerate(values.items()):
        row.set(name, v, ev(100 + 10 * n, str(v), "case"))
    return row


def table(case_id: str, reference: str = "Current case", **values) -> CaseRow:
    row = CaseRow("doc", case_id, "table")
    row.set("reference", reference, ev(5000, reference, "table"))
    for n, (name, v) in enumerate(values.items()):
        row.set(name, v, ev(5100 + 10 * n, str(v), "table"))
    return row


@pytest.fixture()
def pair() -> tuple[CaseRow, CaseRow]:
    narr = narrative(
        age_years=43.0, age_text="43-year-old", sex="female", site="mesentery", treatment="SE+ALKi",
        drugs=["alectinib"], ihc_positive=["ALK", "desmin"], response="PR", follow_up_months=7.0,
    )
    tab = table("52", age_years=43.0, age_text="43y", sex="female", site="mesenchymal tissue",
                treatment="SE+Che+ALKi", recurrence=True, metastasis=False, follow_up_months=9.0, status="AWD")
    return narr, tab


def test_current_case_becomes_one_merged_row(pair):
    narr, tab = pair
    other = table("3", reference="Ito K, 2020", age_years=30.0)
    out = merge_current_case([narr], [other, tab])
    assert [(r.source, r.case_id) for r in out] == [("table", "3"), ("merged", "52")]
    merged = out[1]
    assert merged.reference == "Current case" and merged.citation is None


def test_fields_come_from_the_side_that_owns_them(pair):
    merged = merge_current_case(*[[p] for p in pair])[-1]
    assert (merged.follow_up_months, merged.status, merged.recurrence, merged.metastasis) == (9.0, "AWD", True, False)
    assert merged.treatment == "SE+Che+ALKi"
    assert merged.drugs == ["alectinib"] and merged.ihc_positive == ["ALK", "desmin"] and merged.response == "PR"
    assert (merged.age_years, merged.age_text, merged.sex) == (43.0, "43y", "female")


def test_disagreements_are_reported_not_hidden(pair):
    merged = merge_current_case(*[[p] for p in pair])[-1]
    conflicts = {c["field"]: c for c in merged.conflicts}
    assert set(conflicts) == {"site", "treatment", "follow_up_months"}
    assert conflicts["site"] == {"field": "site", "table": "mesenchymal tissue", "narrative": "mesentery", "kept": "table"}


def test_evidence_from_both_sides_is_kept(pair):
    merged = merge_current_case(*[[p] for p in pair])[-1]
    assert {e.section for e in merged.evidence["follow_up_months"]} == {"table", "case"}
    assert {e.section for e in merged.evidence["drugs"]} == {"case"}
    assert not merged.ungrounded()


def test_equal_values_after_normalisation_are_no_conflict():
    narr = narrative(treatment="Che+SE", site="Greater omentum", age_years=43.0)
    tab = table("9", treatment="SE+Che", site="omentum", age_years=43.0)
    assert merge_current_case([narr], [tab])[-1].conflicts == []


def test_several_patients_matched_by_age_and_sex():
    mother = narrative("1", age_years=38.0, sex="female")
    child = narrative("2", age_years=4.0, sex="male", ihc_positive=["ALK"])
    tab = table("12", age_years=4.0, sex="male", status="ANED")
    out = merge_current_case([mother, child], [tab])
    assert [(r.source, r.case_id) for r in out] == [("narrative", "1"), ("merged", "12")]
    assert out[1].ihc_positive == ["ALK"] and out[1].status == "ANED"


def test_ambiguous_patients_are_left_unmerged():
    a = narrative("1", sex="male")
    b = narrative("2", sex="male")
    tab = table("5", sex="male", age_years=50.0)
    out = merge_current_case([a, b], [tab])
    assert [r.source for r in out] == ["narrative", "narrative", "table"]


def test_no_current_case_returns_everything_unchanged():
    narr = narrative(age_years=20.0)
    rows = [table("1", reference="Ito K, 2020", age_years=20.0)]
    out = merge_current_case([narr], rows)
    assert out == [narr, *rows]


def test_single_patient_of_other_sex_is_not_merged():
    out = merge_current_case([narrative(sex="male", age_years=60.0)], [table("4", sex="female", age_years=25.0)])
    assert [r.source for r in out] == ["narrative", "table"]


# -- end to end: a pasted report whose table lists its own patient -----------------------------
PASTED_REPORT = "\n".join([
    "An invented omental sarcoma in a preschool girl",
    "Case report",
    "A 4-year-old girl with no past illness was seen for a week of abdominal pain in our imaginary clinic.",
    "The omental mass was excised and the made-up team gave alectinib for a local relapse; she is well.",
    "Discussion",
    "Table 2 lists two earlier fictional reports next to ours.",
    "Table 2: Cases in young children",
    "Case\tReference\tAge\tSex\tSite\tTreatment\tRecurrence\tFollow-up (months)\tOutcome",
    "1\tMarlow J, 2010 (6)\t3y\tM\tPelvis\tSE\tNo\t8\tDied of disease",
    "2\tOur case\t4y\tF\tOmentum\tSE+ALKi\tYes\t11\tAlive, no evidence of disease",
    "Both fictional children were treated first with surgery.",
])


def test_pasted_table_current_case_is_merged_with_the_narrative_patient_tab_table(nlp):
    from eims_extract.pipeline.extract import extract_document
    from eims_extract.ingest.text import read_text

    doc = read_text(PASTED_REPORT.encode(), "young", "young.txt")
    rows = extract_document(doc, nlp)
    assert sorted((r.source, r.case_id) for r in rows) == [("merged", "2"), ("table", "1")]
    merged = next(r for r in rows if r.source == "merged")
    assert (merged.reference, merged.age_years, merged.sex, merged.site) == ("Current case", 4.0, "female", "omentum")
    assert (merged.treatment, merged.recurrence, merged.follow_up_months, merged.status) == ("SE+ALKi", True, 11.0, "ANED")
    assert not merged.ungrounded()
    assert merged.evidence["status"][0].section == "table"
    assert merged.drugs == ["alectinib"] and merged.evidence["drugs"][0].section != "table"


CASE_SERIES = "\n".join([
    "Invented tumours of the belly: a made-up series of three patients",
    "",
    "Patients",
    "Three imaginary patients were seen at a fictional clinic; their data are in Table 1 and Table 2.",
    "",
    "Table 1. Clinical data of the invented patients",
    "Case | Age | Sex | Location | Operation | Adjuvant therapy | Follow-up | Outcome",
    "1 | 6 y | M | Omentum | Complete resection | None | 30 mo | NED",
    "2 | 41 y | F | Mesocolon | Complete resection | Crizotinib | 14 mo | NED",
    "3 | 63 y | M | Retroperitoneum | Incomplete resection | Crizotinib -> alectinib | 9 mo | DOD",
    "NED, no evidence of disease; DOD, died of disease; mo, months.",
    "",
    "Case presentations",
    "Case 1 was a boy whose tumour was removed whole.",
    "Case 2 received crizotinib after surgery.",
    "Case 3 relapsed with liver metastases and died of disease.",
    "",
    "Table 2. Immunohistochemistry and molecular results",
    "Case | ALK | SMA | Desmin | Ki-67 | ALK FISH | NGS",
    "1 | + (cytoplasmic) | + | - | 3% | + | not done",
    "2 | + (cytoplasmic) | - | + (focal) | 10% | + | TPM3-ALK",
    "3 | + (nuclear membrane) | - | + | 30-40% | + | RANBP2-ALK",
])


def test_case_series_tables_describe_the_numbered_patients(tmp_path, nlp):
    """Regression (blind set 9): a series' own clinical table and per-marker pathology table
    gave table rows beside the narrative patients instead of filling them."""
    from eims_extract.pipeline.extract import extract_document
    from eims_extract.ingest import load_document

    p = tmp_path / "series.txt"
    p.write_text(CASE_SERIES, encoding="utf-8")
    rows = {r.case_id: r for r in extract_document(load_document(p), nlp)}
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    one, two, three = rows["case-1"], rows["case-2"], rows["case-3"]
    assert (one.age_years, one.sex, one.site, one.treatment, one.follow_up_months, one.status) == (
        6.0, "male", "omentum", "SE", 30.0, "ANED")
    assert (two.treatment, two.drugs, two.alk_fusion_partner) == ("SE+ALKi", ["crizotinib"], "TPM3")
    assert three.drugs == ["crizotinib", "alectinib"] and three.status == "DOD" and three.ki67_percent == 40.0
    assert set(one.ihc_positive) == {"ALK", "SMA", "Ki-67"} and one.ihc_negative == ["desmin"]
    assert two.alk_tests == ["IHC+", "FISH+", "NGS+"] and one.alk_tests == ["IHC+", "FISH+"]
    assert all(r.reference is None and not r.ungrounded() for r in rows.values())


def _series_rows(narr: list[CaseRow], tab: list[CaseRow]) -> dict[str, CaseRow]:
    return {r.case_id: r for r in merge_current_case(narr, tab)}


def test_case_series_table_markers_the_prose_does_not_name_are_added_to_the_merged_row():
    narr = [narrative("case-1", ihc_positive=["CD10"]), narrative("case-2", ihc_negative=["CD10", "ALK"])]
    tab = [table("1", ihc_positive=["ALK", "Ki-67"]), table("2", ihc_positive=["ALK"])]
    for t in tab:  # the series' own table: no references
        t.reference = None
        t.evidence.pop("reference", None)
    rows = _series_rows(narr, tab)
    assert rows["case-1"].ihc_positive == ["CD10", "ALK", "Ki-67"]
    # the prose names ALK negative for case 2: the table's ALK+ is a conflict, not an addition
    assert rows["case-2"].ihc_positive is None and rows["case-2"].ihc_negative == ["CD10", "ALK"]


def test_regression_table_site_without_sub_site_keeps_the_prose_sub_site_code():
    """The current case's table row says "stomach" (C16.9) while the prose told the antrum (C16.3): the merged row
    keeps the finer code of the same site; a different code of another site is not kept."""
    from eims_extract.fields.merge import merge_rows
    from eims_extract.records import CaseRow, Evidence

    def row(source: str, site: str, code: str) -> CaseRow:
        r = CaseRow(doc_id="d", case_id="1", source=source)
        e = Evidence("d", 0, 4, site, None, "table" if source == "table" else "case")
        r.set("site", site, e)
        r.set("site_code", code, e)
        return r

    merged = merge_rows(row("narrative", "stomach", "C16.3"), row("table", "stomach", "C16.9"))
    assert (merged.site, merged.site_code) == ("stomach", "C16.3")
    merged = merge_rows(row("narrative", "colon", "C18.7"), row("table", "stomach", "C16.9"))
    assert merged.site_code == "C16.9"


def test_regression_series_table_treatment_cell_narrower_than_the_prose():
    """A series' own table tells only the operation ("Surgery" column) while the prose tells a drug started later: the
    prose's codes, a superset of the cell's, stand; a prose that misses a code of the cell leaves the table's."""
    narr = [narrative("case-1", treatment="SE+Che"), narrative("case-2", treatment="SE+ALKi"),
            narrative("case-3", treatment="ALKi")]
    tab = [table("1", treatment="SE"), table("2", treatment="SE"), table("3", treatment="SE+RT")]
    for t in tab:  # the series' own table: no references
        t.reference = None
        t.evidence.pop("reference", None)
    rows = _series_rows(narr, tab)
    assert rows["case-1"].treatment == "SE+Che"
    assert rows["case-2"].treatment == "SE+ALKi"
    assert not any(c["field"] == "treatment" for c in rows["case-2"].conflicts)
    # negative: the prose misses the table's RT and SE: the table's cell is kept, its disagreement recorded
    assert rows["case-3"].treatment == "SE+RT"
    assert any(c["field"] == "treatment" for c in rows["case-3"].conflicts)


def _own_table(*rows: CaseRow) -> list[CaseRow]:
    for t in rows:  # a series' own table: no references
        t.reference = None
        t.evidence.pop("reference", None)
    return list(rows)


def test_regression_series_table_with_one_prose_patient_merges_the_matching_row():
    """A series' own table lists both patients while the prose (a page cut after "Case 1") tells one: the prose
    patient whose age and sex match exactly one row is that row's patient; the table's cells decide, the prose adds
    what the table lacks and the markers it does not name."""
    narr = [narrative("index", age_years=7.0, sex="female", ihc_positive=["ALK", "desmin"], ihc_negative=["CD34"],
                      kinase_fusions=["EML4::ALK", "ETV6::NTRK3"], drugs=["ibuprofen"])]
    tab = _own_table(table("1", age_years=7.0, sex="female", ihc_positive=["ALK"], kinase_fusions=["EML4::ALK"]),
                     table("2", age_years=15.0, sex="male", ihc_negative=["ALK"], kinase_fusions=["ETV6::NTRK3"]))
    rows = _series_rows(narr, tab)
    assert sorted(rows) == ["case-1", "case-2"]
    one = rows["case-1"]
    assert one.kinase_fusions == ["EML4::ALK"] and one.drugs == ["ibuprofen"]
    assert one.ihc_positive == ["ALK", "desmin"] and one.ihc_negative == ["CD34"]
    assert rows["case-2"].kinase_fusions == ["ETV6::NTRK3"]


@pytest.mark.parametrize(
    ("age", "sex", "refs"),
    [
        (7.0, "male", False),  # the prose patient's sex matches no row
        (7.0, "female", True),  # a table of published cases (a reference column)
        (None, "female", False),  # no age to tie the prose patient to one row
    ],
)
def test_series_table_with_one_prose_patient_left_apart_when_nothing_ties_them(age, sex, refs):
    narr = [narrative("index", age_years=age, sex=sex, ihc_positive=["desmin"])] if age else [
        narrative("index", sex=sex, ihc_positive=["desmin"])]
    tab = [table("1", reference="[4]" if refs else "Current case", age_years=7.0, sex="female"),
           table("2", reference="[5]" if refs else "Current case", age_years=15.0, sex="male")]
    if not refs:
        tab = _own_table(*tab)
    rows = _series_rows(narr, tab)
    assert "index" in rows and rows["index"].ihc_positive == ["desmin"]


def test_prose_patient_is_the_one_row_whose_age_the_table_left_blank():
    """A series' own table gives one patient's age as "NA" (a registry keeping whole years only) while the prose tells
    that patient, a 14-month-old girl: the only row without an age whose sex matches, every other row contradicting the
    prose patient, is hers; the table's cells decide, the prose fills its blanks."""
    narr = [narrative("index", age_years=1.17, sex="female", site="lung", treatment="ALKi", drugs=["lorlatinib"],
                      response="PR")]
    tab = _own_table(table("1", age_years=9.0, sex="female", site="lung", treatment="SE"),
                     table("2", sex="female", site="trachea", treatment="SE+ALKi", status="AWD"))
    rows = _series_rows(narr, tab)
    assert sorted(rows) == ["case-1", "case-2"]
    two = rows["case-2"]
    assert (two.age_years, two.site, two.treatment, two.drugs, two.response, two.status) == (
        1.17, "trachea", "SE+ALKi", ["lorlatinib"], "PR", "AWD")
    assert rows["case-1"].drugs is None


@pytest.mark.parametrize(
    "first",
    [
        {"sex": "female"},  # two rows without an age: nothing tells which
        {"age_years": 1.0},  # the other row, its sex untold, does not contradict the prose patient
    ],
)
def test_prose_patient_left_apart_when_the_blank_age_row_is_not_the_only_fit(first):
    narr = [narrative("index", age_years=1.17, sex="female", drugs=["lorlatinib"])]
    tab = _own_table(table("1", **first), table("2", sex="female"))
    rows = _series_rows(narr, tab)
    assert "index" in rows and rows["index"].drugs == ["lorlatinib"]


@pytest.mark.parametrize(
    "own, kept",
    [
        (True, False),  # the prose told the series ("surgery or chemotherapy: two cases"): no patient of its own
        (False, True),  # a table of published cases: the prose row is the report's own patient
    ],
)
def test_prose_telling_no_age_or_sex_beside_an_own_series_table_gives_no_row(own, kept):
    narr = [narrative("index", treatment="Che")]
    tab = [table("1", reference="Current case" if own else "[3]", age_years=30.0, sex="male"),
           table("2", reference="Current case" if own else "[4]", age_years=58.0, sex="female")]
    if own:
        tab = _own_table(*tab)
    assert ("index" in _series_rows(narr, tab)) is kept
