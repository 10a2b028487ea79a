"""The reference paper end to end: text and two-column PDF give the same case rows,
every row matches the gold, and the cohort summary reproduces the paper's figures."""

import pytest

from eims_extract.pipeline.extract import process_path
from eims_extract.reporting.scoring import load_rows, score
from eims_extract.reporting.summary import summarize

GOLD = "gold/table2.csv"


@pytest.fixture(scope="module")
def seed_rows(seed_txt, seed_pdf, nlp):
    out = {}
    for kind, path in (("text", seed_txt), ("pdf", seed_pdf)):
        res = process_path(path, nlp)
        assert res.status == "ok", res.error
        out[kind] = res.rows
    return out


def test_text_and_pdf_give_the_same_rows(seed_rows):
    def values(rows):
        return sorted((r.case_id, r.source, tuple(sorted((k, str(v)) for k, v in r.values().items()))) for r in rows)

    assert values(seed_rows["text"]) == values(seed_rows["pdf"])


@pytest.mark.parametrize("kind", ["text", "pdf"])
def test_every_table2_field_matches_gold(seed_rows, kind):
    rep = score(seed_rows[kind], load_rows(GOLD))
    d = rep.to_dict()
    assert d["n_matched"] == 52 and d["micro"]["f1"] == 1.0, d["mismatches"][:5]


@pytest.mark.parametrize("kind", ["text", "pdf"])
def test_index_case_matches_gold_on_every_field(seed_rows, kind):
    own = [r for r in seed_rows[kind] if r.source in ("merged", "narrative")]
    d = score(own, load_rows("gold/index_case.json")).to_dict()
    assert d["micro"]["f1"] == 1.0, d["mismatches"]


@pytest.mark.parametrize("kind", ["text", "pdf"])
def test_every_value_is_grounded_in_the_document(seed_rows, kind):
    for r in seed_rows[kind]:
        assert r.ungrounded() == [], (r.case_id, r.ungrounded())


def test_summary_of_extracted_rows_reproduces_the_papers_counts(seed_rows):
    s = summarize(seed_rows["text"])
    assert s.n == 52 and s.sex["male"] == 33 and s.sex["female"] == 18
    assert (s.surgery, s.adjuvant, s.alki) == (39, 27, 13)
    assert (s.recurrence, s.metastasis) == (25, 16)
    assert (s.status["DOD"], s.status["AWD"], s.status["ANED"]) == (22, 22, 3)
    assert s.alki_deaths == 3
