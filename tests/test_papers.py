"""One paper, one document: copies of a paper in several formats are grouped by
identifiers, title or file name; the best format feeds the rows and the cohort
summary counts the paper once."""

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
    assert len(rows) == len(single) + len(other)
    assert {r.doc_id for r in rows} == {"pmc_copy", "other"}  # the XML copy feeds the rows
    papers = json.loads((tmp_path / "out" / "papers.json").read_text())
    assert sorted(len(p["copies"]) for p in papers) == [1, 3]
    capsys.readouterr()
    assert main(["summarize", str(tmp_path / "out" / "rows.jsonl"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["n"] == len(single) + len(other)
    # the store holds all four copies; summarizing it still counts each paper once
    assert main(["summarize", "store", "--db", str(tmp_path / "s.sqlite"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["n"] == len(single) + len(other)


def test_extract_command_writes_one_copy_per_paper(mixed_corpus, tmp_path, capsys) -> None:
    assert main(["extract", str(mixed_corpus), "--out", str(tmp_path / "r.jsonl"), "--no-progress"]) == 0
    assert "(2 paper(s))" in capsys.readouterr().out
    assert {r.doc_id for r in load_rows(tmp_path / "r.jsonl")} == {"pmc_copy", "other"}


def test_fetch_sidecar_is_metadata_not_a_document(tmp_path) -> None:
    (tmp_path / "PMC1.txt").write_text((ROOT / "corpus" / "demo_02_pediatric_omentum.txt").read_text())
    (tmp_path / "PMC1.meta.json").write_text(json.dumps({"pmid": "77", "doi": "10.99999/Side.1", "title": "x"}))
    from eims_extract.pipeline.corpus import discover

    assert [p.name for p in discover([tmp_path])] == ["PMC1.txt"]
    doc = load_document(tmp_path / "PMC1.txt")
    assert doc.meta["pmid"] == "77" and doc.meta["doi"] == "10.99999/side.1"
