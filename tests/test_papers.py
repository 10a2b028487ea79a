"""Copies of a paper in several formats are grouped by identifiers, title or file
name; every copy keeps its rows, marked with the paper and (for a copy other than
the best format) ``copy_of``, and the cohort summary counts the paper once."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from eims_extract.cli import main
from eims_extract.pipeline.extract import process_path
from eims_extract.ingest import load_document
from eims_extract.pipeline.papers import Copy, group
from eims_extract.pipeline.runner import run_local
from eims_extract.reporting.scoring import load_rows

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "ingest"))

from html_render import render_html  # noqa: E402
from jats_render import render_jats  # noqa: E402
from layouts import paper_of  # noqa: E402

TITLE = "An invented mesenteric tumour in a fictional adult"


@pytest.mark.parametrize(
    "copies, expected",
    [
        # DOI in the XML and the PDF, PMID in the XML and the page: one paper, the XML feeds it
        (
            [
                Copy("a.txt", "a", "text", {}),
                Copy("b.pdf", "b", "pdf", {"doi": "10.9/x"}),
                Copy("c.xml", "c", "xml", {"doi": "10.9/X", "pmid": "1"}),
                Copy("d.html", "d", "html", {"pmid": "1"}),
            ],
            [("c.xml", ["c.xml", "b.pdf", "d.html"]), ("a.txt", ["a.txt"])],
        ),
        # a long title ties copies without identifiers; the PDF beats the page and the text
        (
            [Copy("t.txt", "t", "text", {"title": TITLE}), Copy("p.pdf", "p", "pdf", {"title": TITLE.upper()}),
             Copy("h.html", "h", "html", {"title": TITLE})],
            [("p.pdf", ["p.pdf", "h.html", "t.txt"])],
        ),
        # the same file name with another suffix is the same paper
        ([Copy("x/r.txt", "r", "text"), Copy("x/r.pdf", "r", "pdf")], [("x/r.pdf", ["x/r.pdf", "x/r.txt"])]),
        # a short generic title ties nothing; different DOIs stay apart
        (
            [Copy("a.txt", "a", "text", {"title": "Case report"}), Copy("b.txt", "b", "text", {"title": "Case report"}),
             Copy("c.xml", "c", "xml", {"doi": "10.9/1"}), Copy("d.xml", "d", "xml", {"doi": "10.9/2"})],
            [("a.txt", ["a.txt"]), ("b.txt", ["b.txt"]), ("c.xml", ["c.xml"]), ("d.xml", ["d.xml"])],
        ),
        # a shared title never ties copies whose identifiers differ (a furniture line read as the title of every
        # page of one site); a copy without identifiers still joins by its title
        (
            [Copy("p1.txt", "p1", "text", {"pmid": "11", "title": TITLE}),
             Copy("p2.txt", "p2", "text", {"pmid": "12", "title": TITLE}),
             Copy("p3.txt", "p3", "text", {"doi": "10.9/3", "pmid": "13", "title": TITLE}),
             Copy("p1.pdf", "q", "pdf", {"title": TITLE})],
            [("p1.pdf", ["p1.pdf", "p1.txt"]), ("p2.txt", ["p2.txt"]), ("p3.txt", ["p3.txt"])],
        ),
        # two text files of one generic title and no identifier are two reports, not one saved twice
        (
            [Copy("r1.txt", "r1", "text", {"title": TITLE}), Copy("r2.txt", "r2", "text", {"title": TITLE})],
            [("r1.txt", ["r1.txt"]), ("r2.txt", ["r2.txt"])],
        ),
    ],
    ids=["identifiers-chain", "title", "same-name", "apart", "identifiers-veto-a-shared-title", "same-format-same-title-apart"],
)
def test_copies_grouped_and_best_format_chosen(copies, expected) -> None:
    got = sorted((p.best, p.copies) for p in group(copies))
    assert got == sorted(expected)


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory) -> Path:
    """A demo report as text, as JATS and as a saved page (other file names), plus another report."""
    d = tmp_path_factory.mktemp("mixed")
    src = ROOT / "corpus" / "demo_01_mesenteric_eims.txt"
    shutil.copy(src, d / "saved_copy.txt")
    paper = paper_of(load_document(src))
    (d / "pmc_copy.xml").write_bytes(render_jats(paper))
    (d / "web_copy.html").write_bytes(render_html(paper))
    shutil.copy(ROOT / "corpus" / "demo_02_pediatric_omentum.txt", d / "other.txt")
    return d


def test_mixed_corpus_counts_each_paper_once(mixed_corpus, tmp_path, nlp, capsys) -> None:
    single = process_path(ROOT / "corpus" / "demo_01_mesenteric_eims.txt", nlp).rows
    other = process_path(ROOT / "corpus" / "demo_02_pediatric_omentum.txt", nlp).rows
    out = run_local([mixed_corpus], tmp_path / "s.sqlite", tmp_path / "out")
    assert out["stats"].processed == 4 and out["stats"].failed == 0
    rows = load_rows(tmp_path / "out" / "rows.jsonl")
    # every copy keeps its rows (they used to be dropped); the copies other than the XML are marked as its copies
    assert len(rows) == 3 * len(single) + len(other)
    assert {r.doc_id for r in rows} == {"pmc_copy", "saved_copy", "web_copy", "other"}
    assert {r.doc_id for r in rows if not r.copy_of} == {"pmc_copy", "other"}  # the XML copy is the best copy
    assert {r.copy_of for r in rows if r.copy_of} == {"pmc_copy"}
    assert len({r.paper for r in rows if r.doc_id != "other"}) == 1
    papers = json.loads((tmp_path / "out" / "papers.json").read_text())
    assert sorted(len(p["copies"]) for p in papers) == [1, 3]
    capsys.readouterr()
    assert main(["summarize", str(tmp_path / "out" / "rows.jsonl"), "--json"]) == 0
    s = json.loads(capsys.readouterr().out)
    assert s["n"] == len(single) + len(other) and s["copies_left_out"] == 2 * len(single)
    # the store holds all four copies; summarizing it still counts each paper once
    assert main(["summarize", "store", "--db", str(tmp_path / "s.sqlite"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["n"] == len(single) + len(other)


def test_extract_command_writes_every_copy_marked(mixed_corpus, tmp_path, capsys) -> None:
    """It wrote the best copy's rows only; now every copy's rows, the others marked ``copy_of``."""
    assert main(["extract", str(mixed_corpus), "--out", str(tmp_path / "r.jsonl"), "--no-progress"]) == 0
    assert "(2 paper(s); 2 row(s) of another copy of a paper, marked copy_of)" in capsys.readouterr().out
    rows = load_rows(tmp_path / "r.jsonl")
    assert {r.doc_id for r in rows} == {"pmc_copy", "saved_copy", "web_copy", "other"}
    assert {r.doc_id: r.copy_of for r in rows} == {
        "pmc_copy": None, "saved_copy": "pmc_copy", "web_copy": "pmc_copy", "other": None,
    }


def test_fetch_sidecar_is_metadata_not_a_document(tmp_path) -> None:
    (tmp_path / "PMC1.txt").write_text((ROOT / "corpus" / "demo_02_pediatric_omentum.txt").read_text())
    (tmp_path / "PMC1.meta.json").write_text(json.dumps({"pmid": "77", "doi": "10.99999/Side.1", "title": "x"}))
    from eims_extract.pipeline.corpus import discover

    assert [p.name for p in discover([tmp_path])] == ["PMC1.txt"]
    doc = load_document(tmp_path / "PMC1.txt")
    assert doc.meta["pmid"] == "77" and doc.meta["doi"] == "10.99999/side.1"


# -- two copies of one paper given as two documents: both keep their rows, marked ----------------
from two_copies import DOI, write_two_copies  # noqa: E402


@pytest.fixture(scope="module")
def two_copies(tmp_path_factory) -> Path:
    """An invented paper as an abstract page and as its full text (same PMID and DOI)."""
    d = tmp_path_factory.mktemp("two_copies")
    write_two_copies(d)
    return d


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_abstract_and_full_text_of_one_paper_both_keep_rows(two_copies, tmp_path, capsys, suffix) -> None:
    """The second copy's rows were dropped, so every fact only the full text states was lost for per-document
    scoring; now both documents' rows are written, the full text's marked as a copy of the abstract page."""
    out = tmp_path / f"rows{suffix}"
    assert main(["extract", str(two_copies), "--out", str(out), "--no-progress"]) == 0
    assert "1 row(s) of another copy of a paper, marked copy_of" in capsys.readouterr().out
    by_doc = {r.doc_id: r for r in load_rows(out)}
    assert set(by_doc) == {"abstract_page", "full_text"}
    assert by_doc["abstract_page"].copy_of is None and by_doc["full_text"].copy_of == "abstract_page"
    assert by_doc["abstract_page"].paper == by_doc["full_text"].paper == f"doi:{DOI}"
    # what only the full text says is kept in its own row
    assert "CD30" in (by_doc["full_text"].ihc_positive or []) and "CD30" not in (by_doc["abstract_page"].ihc_positive or [])
    assert set(by_doc["full_text"].ihc_negative or []) == {"S-100", "CD117"}
    # counted once in the cohort summary, which says what it left out
    assert main(["summarize", str(out)]) == 0
    text = capsys.readouterr().out
    assert "cases: 1\n" in text and "left out: 1 row(s) of copies of a paper counted once (copy_of set)" in text


def test_abstract_and_full_text_of_one_paper_each_scored_against_its_own_gold(two_copies, tmp_path, capsys) -> None:
    """The flow exports both copies' rows and scores each document against its own gold; the cohort summary of the
    export and of the store counts the patient once, and the run summary says how many rows are copies'."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "manifest.json").write_text(json.dumps([{"file": "two.csv", "description": "two copies"}]))
    (gold / "two.csv").write_text(
        "doc_id,case_id,age_years,sex,ihc_positive,ihc_negative\n"
        "abstract_page,index,27,male,ALK;desmin,\n"
        "full_text,index,27,male,ALK;desmin;CD30,S-100;CD117\n"
    )
    out = run_local([two_copies], tmp_path / "s.sqlite", tmp_path / "out", gold_dir=gold)
    (rep,) = out["reports"]
    assert rep["documents"] == ["abstract_page", "full_text"]
    fields = rep["fields"]
    for name in ("age_years", "sex", "ihc_positive"):  # the full text's row was dropped: its gold was all missed
        assert (fields[name]["cor"], fields[name]["mis"]) == (2, 0), name
    assert (fields["ihc_negative"]["cor"], fields["ihc_negative"]["mis"]) == (1, 0)
    rows = load_rows(tmp_path / "out" / "rows.jsonl")
    assert {(r.doc_id, r.copy_of) for r in rows} == {("abstract_page", None), ("full_text", "abstract_page")}
    papers = json.loads((tmp_path / "out" / "papers.json").read_text())
    assert papers == [{"paper": f"doi:{DOI}", "best": str(two_copies / "abstract_page.txt"),
                       "copies": [str(two_copies / "abstract_page.txt"), str(two_copies / "full_text.txt")]}]
    assert out["stats"].rows_copies == 1
    from eims_extract.pipeline.runner import run_summary_markdown

    assert "1 of them from copies of a paper" in run_summary_markdown(out["stats"], [], {})
    capsys.readouterr()
    for src in (str(tmp_path / "out" / "rows.jsonl"), "store"):
        assert main(["summarize", src, "--db", str(tmp_path / "s.sqlite"), "--json"]) == 0
        s = json.loads(capsys.readouterr().out)
        assert (s["n"], s["copies_left_out"]) == (1, 1), src
