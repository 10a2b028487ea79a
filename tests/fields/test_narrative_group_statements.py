"""A series told case by case whose findings are also stated once for several of its patients: a sentence of clauses
each naming its cases, and statements made for all or some of the report's own patients (invented text)."""

from __future__ import annotations

import pytest

from eims_extract.fields.base import Sentence
from eims_extract.fields import narrative


def _pieces(text: str, n: int = 3) -> dict[int, list[str]]:
    groups = {k: narrative.Patient(f"case-{k}") for k in range(1, n + 1)}
    out: dict[int, list[str]] = {}
    for x, piece in narrative._clausewise_case_pieces(Sentence("d", text, 0, "case"), groups) or []:
        out.setdefault(x, []).append(" ".join(piece.text.split()))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caldesmon was positive in cases 2 and 3 and negative in case 1; CD99 was positive in cases 1 and 3.",
            {
                1: ["Caldesmon was and negative in case 1;", "CD99 was positive in cases 1 and 3."],
                2: ["Caldesmon was positive in cases 2 and 3"],
                3: ["Caldesmon was positive in cases 2 and 3", "CD99 was positive in cases 1 and 3."],
            },
        ),
        (
            "Calponin stained the tumour in case 1; beta-catenin was nuclear in cases 1 and 2.",
            {1: ["Calponin stained the tumour in case 1;", "beta-catenin was nuclear in cases 1 and 2."],
             2: ["beta-catenin was nuclear in cases 1 and 2."]},
        ),
    ],
)
def test_case_named_again_in_a_later_clause_gets_each_clause_naming_it(text, expected):
    got = _pieces(text)
    assert {k: [p for p in v if p] for k, v in got.items()} == expected


def test_one_clause_naming_cases_is_left_to_the_other_readers():
    assert _pieces("Desmin was positive in cases 1 and 2 and negative in case 3.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "All recurred after the first operation.",
        "Both relapsed within a year.",
        "All tumours were negative for CD99 and STAT6.",
        "Immunohistochemically, all tumours expressed SMA.",
        "All of our patients remain free of disease.",
        "All of the tumours stained for calponin.",
        "No tumour stained for caldesmon.",
        "At last follow-up (14 and 30 months, respectively), all patients were free of disease.",
        "None of the tumours stained for caldesmon or CD34.",
        "None of the three tumours expressed STAT6.",
    ],
)
def test_statement_made_once_for_every_patient_of_the_series_speaks_for_all(text):
    from eims_extract.fields.narrative import speaks_for_all

    assert speaks_for_all(text)


@pytest.mark.parametrize(
    "text",
    [
        "All tumours reported so far were ALK-positive.",
        "All tumours are thought to arise from myofibroblasts.",
        "In all reported cases the tumour expressed SMA.",
        "All lesions were excised at laparoscopy.",  # one patient's several lesions
        "All of the nodules stained for ALK.",
        "None of the tumours reported so far lacked vimentin.",
    ],
)
def test_statement_about_tumours_in_general_or_published_speaks_for_no_series(text):
    from eims_extract.fields.narrative import speaks_for_all

    assert not speaks_for_all(text)


_SERIES = """Myofibroblastic tumours of the abdomen in three adults: a small series

Case presentations
Case 1
A 38-year-old woman had a 6 cm mass of the jejunal mesentery, which was resected.
She was last seen 21 months after the operation.

Case 2
A 52-year-old man had a 9 cm mass in the left retroperitoneum, which was removed en bloc.
He was last seen 15 months after the operation.

Case 3
A 61-year-old man had a 4 cm mass of the gastric wall, which was excised.
He was last seen 30 months after the operation.
All tumours were negative for CD99, STAT6 and calretinin.
None of the patients had metastases.
All recurred after the first operation.

Discussion
Such tumours are uncommon in adults. All tumours reported so far were positive for vimentin, and most published
patients were given chemotherapy.
"""


def test_statements_closing_the_last_case_are_every_patients(nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("s.txt", data=_SERIES.encode(), doc_id="s")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    for r in rows.values():
        assert {"CD99", "STAT6", "calretinin"} <= set(r.ihc_negative or []), r.case_id
        assert (r.metastasis, r.recurrence) == (False, True), r.case_id
        assert "vimentin" not in (r.ihc_positive or [])  # the literature's tumours, not the series'
        assert r.drugs is None and "Che" not in (r.treatment or "")


@pytest.mark.parametrize(
    ("text", "n", "theirs"),
    [
        ("ALK FISH showed a split signal in cases 2 and 3; the remaining case was negative.", 3, [1]),
        ("Calponin was positive in cases 1 and 4 and negative in the other two.", 4, [2, 3]),
        ("CD34 was positive in case 2, and the rest were negative.", 3, [1, 3]),
        ("FISH was positive in cases 1 and 2; the remaining three were negative.", 5, [3, 4, 5]),
    ],
)
def test_patients_left_unnamed_as_the_remaining_ones_get_the_denial(text, n, theirs):
    got = _pieces(text, n)
    assert sorted(x for x, ps in got.items() if any("negative" in p for p in ps)) == theirs
    for x in theirs:  # the subject and verb borrowed, the other patients' predicate and names blanked
        assert all("positive" not in p and "case" not in p for p in got[x])


def test_remaining_count_that_does_not_fit_deals_nothing():
    assert _pieces("FISH was positive in cases 1 and 2; the remaining three were negative.", 4) == {}


_DISCUSSED = """Two myofibroblastic tumours of the bladder

Case presentations
Case 1
A 34-year-old patient had haematuria from a 3 cm polypoid mass of the bladder dome, which was resected
transurethrally. The patient was last seen 19 months later.

Case 2
A 58-year-old patient had a 5 cm mass of the bladder trigone, removed by partial cystectomy. The patient was last seen
27 months later.

Discussion
Bladder tumours of this kind are uncommon. All reported cases were positive for cytokeratin, and both previously
described patients died of disease. Both of our patients were women. Both tumours were negative for myogenin.
Cases 1 and 2 carried a FN1::ALK fusion. Neither had metastases.
"""


def test_discussion_statements_for_the_reports_own_numbered_patients(nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("b.txt", data=_DISCUSSED.encode(), doc_id="b")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert sorted(rows) == ["case-1", "case-2"]
    for r in rows.values():
        assert r.sex == "female"
        assert "myogenin" in (r.ihc_negative or [])
        assert r.kinase_fusions == ["FN1::ALK"]
        assert r.metastasis is False
        assert "CK" not in (r.ihc_positive or []) and r.status != "DOD"  # the literature's, not theirs


_SUBSET = """Three myofibroblastic tumours of the small bowel

Case presentations
Case 1
A 29-year-old man had a 5 cm mass of the jejunum.

Case 2
A 44-year-old woman had a 7 cm mass of the ileum.

Case 3
A 63-year-old man had a 4 cm mass of the terminal ileum.
All patients were treated by segmental resection, and one received adjuvant vinblastine.
All three were women.
"""


def test_clause_about_an_unnamed_one_of_a_statement_for_all_is_nobodys(nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("u.txt", data=_SUBSET.encode(), doc_id="u")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    for r in rows.values():
        assert r.treatment == "SE" and r.drugs is None, r.case_id
    # a sex the series states for all does not overrule the one each case's own sentence gives
    assert [rows[k].sex for k in ("case-1", "case-2", "case-3")] == ["male", "female", "male"]


@pytest.mark.parametrize(
    ("sentence", "n", "sex"),
    [
        ("All were women.", 3, "female"),
        ("All five patients were male.", 5, "male"),
        ("Both were boys.", 2, "male"),
        ("All of them were women.", 4, "female"),
        ("The three patients were all women.", 3, "female"),
        ("Two were women.", 3, None),
    ],
)
def test_sex_stated_once_for_every_patient_of_the_series(sentence, n, sex):
    from eims_extract.fields.narrative import _group_sex

    got = _group_sex([Sentence("d", sentence, 0, "case")], n)
    assert (got[0] if got else None) == sex


@pytest.mark.parametrize(
    ("text", "numbered", "own"),
    [
        ("Both tumours were negative for myogenin.", {1, 2}, True),
        ("In this study, all three tumours were ALK-positive.", {1, 2, 3}, True),
        ("Of note, all are alive at 12, 20 and 31 months, respectively.", {1, 2, 3}, True),
        ("Cases 1 and 3 carried a TPM4::ALK fusion.", {1, 2, 3}, True),
        ("All three tumours were ALK-positive.", {1, 2}, False),  # a count that is not the report's
        ("All three patients in the series of Okafor developed a recurrence.", {1, 2, 3}, False),
        ("In a similar report, both children relapsed.", {1, 2}, False),
        ("Both patients described by Haddad received ceritinib.", {1, 2}, False),
        ("Both tumours in that study carried ETV6::NTRK3.", {1, 2}, False),
        ("Both tumours were negative for myogenin.", {1}, False),  # a one-patient report
    ],
)
def test_discussion_statement_counted_as_the_reports_own_series_not_another_works(text, numbered, own):
    assert narrative._names_own_series(text, numbered) is own


_TABLED = """Myofibroblastic tumours of the peritoneum: three patients

Results
Table 1 Clinical features
| Case | Age (y)/Sex | Location | Status |
|---|---|---|---|
| 1 | 41/M | Mesentery | NED |
| 2 | 28/F | Omentum | NED |
| 3 | 57/M | Retroperitoneum | DOD |

None of the tumours stained for caldesmon, STAT6 or CD34, and calretinin was negative in the one case tested (case 1).

Treatment and outcome
Patient 1 underwent resection alone. Patient 3 received two cycles of doxorubicin after resection.
"""


def test_none_of_the_tumours_reaches_a_table_patient_the_prose_never_names(nlp):
    """"None of the tumours stained for X": every patient of the series' own table, also one the prose never names
    (case 2); the clause naming its case stays that case's."""
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("t.txt", data=_TABLED.encode(), doc_id="t")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    for k, r in rows.items():
        assert {"caldesmon", "STAT6", "CD34"} <= set(r.ihc_negative or []), k
        assert ("calretinin" in (r.ihc_negative or [])) == (k == "case-1"), k


def _numbered(texts: list[str]) -> dict[str, list[str]]:
    sentences, at = [], 0
    for t in texts:
        sentences.append(Sentence("d", t, at, "case"))
        at += len(t) + 1
    return {p.case_id: [" ".join(x.text.split()) for x in p.sentences] for p in narrative.segment_patients(sentences)}


def test_clause_for_both_then_whereas_clauses_named_by_site_go_each_to_its_patient():
    """"In both tumours, X; the gastric lesion had Y, whereas the forearm lesion had Z": the opening clause is each
    patient's, each later clause the patient whose own sentences name its site."""
    got = _numbered([
        "Case 1 was a 40-year-old man with a 9 cm gastric mass.",
        "Case 2 was a 25-year-old woman with a 3 cm forearm mass.",
        "In both tumours, plump cells lay in a myxoid stroma; the gastric lesion contained many neutrophils, whereas "
        "the forearm lesion had a lymphocytic infiltrate.",
    ])
    one, two = " ".join(got["case-1"]), " ".join(got["case-2"])
    assert "myxoid stroma" in one and "myxoid stroma" in two
    assert "neutrophils" in one and "lymphocytic" not in one
    assert "lymphocytic" in two and "neutrophils" not in two


def test_both_of_the_told_patients_does_not_reach_a_table_patient_the_prose_never_names(nlp):
    """"In both cases, ..." after the prose told of cases 1 and 3 counts those two: the table's case 2 gets none of it."""
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    text = _TABLED.replace(
        "None of the tumours stained for caldesmon, STAT6 or CD34, and calretinin was negative in the one case tested "
        "(case 1).\n",
        "",
    ) + "In both cases, the tumour was negative for caldesmon.\n"
    doc = load_document("u.txt", data=text.encode(), doc_id="u")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert "caldesmon" not in (rows["case-2"].ihc_negative or [])
    assert "caldesmon" in (rows["case-1"].ihc_negative or []) and "caldesmon" in (rows["case-3"].ihc_negative or [])


_LESION_SERIES = """Myofibroblastic tumours of the soft tissue in two adults

Case presentations
Case 1
A 44-year-old man had a 5 cm {first} of the thigh, which was resected.
He was last seen 12 months after the operation.

Case 2
A 29-year-old woman had a 7 cm mass of the forearm, which was excised.
She was last seen 18 months after the operation.
All lesions were positive for ALK and SMA.
"""


@pytest.mark.parametrize(
    ("first", "everyone"),
    [
        ("mass", True),  # one lesion each: "all lesions" are both patients'
        ("mass with three satellite nodules", False),  # the first patient's several lesions: may be one patient's
    ],
)
def test_all_lesions_of_a_series_where_none_has_several_are_everyones(nlp, first, everyone):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("l.txt", data=_LESION_SERIES.format(first=first).encode(), doc_id="l")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert sorted(rows) == ["case-1", "case-2"]
    assert "SMA" in (rows["case-2"].ihc_positive or [])
    assert ("SMA" in (rows["case-1"].ihc_positive or [])) is everyone


_THREE = """Myofibroblastic tumours in three adults

Case presentations
Case 1
A 44-year-old man had a 5 cm mass of the gastric antrum, which was resected.
He was last seen 12 months after the operation.

Case 2
A 29-year-old woman had a 7 cm mass of the forearm, which was excised.
She was last seen 18 months after the operation.

Case 3
A 61-year-old man had a 4 cm mass of the stomach, which was excised.
{last}
"""


def _rows(nlp, last: str):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("t.txt", data=_THREE.format(last=last).encode(), doc_id="t")
    return {r.case_id: r for r in extract_document(doc, nlp)}


@pytest.mark.parametrize(
    "last",
    [
        "The tumours were excised, and all were SMA+ and desmin-.",
        "All were SMA+ and desmin-.",
    ],
)
def test_all_as_subject_of_a_closing_clause_gives_everyone_the_stains(nlp, last):
    rows = _rows(nlp, last)
    for r in rows.values():
        assert "SMA" in (r.ihc_positive or []) and "desmin" in (r.ihc_negative or []), r.case_id


@pytest.mark.parametrize(
    "last",
    [
        "CD117 and DOG1 were negative in both gastric tumours.",
        "Both gastric tumours were negative for CD117 and DOG1.",
    ],
)
def test_tumours_named_together_by_their_site_are_those_patients(nlp, last):
    rows = _rows(nlp, last)
    assert "CD117" in (rows["case-1"].ihc_negative or []) and "CD117" in (rows["case-3"].ihc_negative or [])
    assert "CD117" not in (rows["case-2"].ihc_negative or [])


_ONE_HAS_SEVERAL = """Myofibroblastic tumours in two adolescents

Case presentations
Case 1
A 15-year-old girl had a 4 cm mass of the lung, which was resected. Two years later MRI showed two enhancing
lesions in the brain. She received crizotinib, and at the next scan all intracranial lesions had shrunk.
She is alive with stable disease.

Case 2
A 13-year-old boy had a 6 cm mass of the mesentery, which was excised.
He is alive without disease.
"""


def test_all_lesions_of_one_site_that_is_one_patients_own_keep_the_patient_told(nlp):
    # "all intracranial lesions": one patient's several lesions, not a group of patients; the sentences after it stay hers
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("o.txt", data=_ONE_HAS_SEVERAL.encode(), doc_id="o")
    rows = {r.case_id: r for r in extract_document(doc, nlp)}
    assert rows["case-1"].status == "AWD"
