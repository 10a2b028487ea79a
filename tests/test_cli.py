import json
import time

import pytest

from eims_extract.cli import main
from eims_extract.ingest import load_document
from eims_extract.records import VALUE_FIELDS


def test_help_teaches_with_examples(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--help"])
    assert e.value.code == 0
    out = capsys.readouterr().out
    for cmd in ("extract", "run", "serve", "score", "summarize", "inspect", "benchmark"):
        assert cmd in out
    assert "examples:" in out


def test_no_command_prints_help_and_returns_2(capsys):
    assert main([]) == 2


def test_extract_writes_rows_with_evidence(tmp_path, capsys):
    doc = tmp_path / "fictional_report.txt"
    doc.write_text(
        "Case presentation\nA 47-year-old woman presented with abdominal distension. "
        "Imaging revealed a large mass arising from the omentum.\n"
    )
    out = tmp_path / "rows.jsonl"
    assert main(["extract", str(doc), "--out", str(out), "--no-progress"]) == 0
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows and rows[0]["doc_id"] == "fictional_report"
    assert rows[0]["age_years"] == 47.0 and rows[0]["sex"] == "female"
    ev = rows[0]["evidence"]["age_years"][0]
    text = load_document(doc).text
    assert "47" in text[ev["start"] : ev["end"]] and "47-year-old" in ev["sentence"]


def test_extract_strict_turns_failures_into_exit_status(tmp_path, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    out = tmp_path / "rows.csv"
    assert main(["extract", str(bad), "--out", str(out), "--no-progress"]) == 0
    assert main(["extract", str(bad), "--out", str(out), "--strict", "--no-progress"]) == 1
    assert "empty file" in capsys.readouterr().err


def test_extract_refuses_unknown_output_format(tmp_path, capsys):
    assert main(["extract", str(tmp_path), "--out", str(tmp_path / "x.xlsx")]) == 2


def test_review_export_and_score_against_curated(tmp_path, capsys):
    from eims_extract.pipeline import runner

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "r.txt").write_text("Case report\nA 47-year-old woman had an omental mass that was resected.\n")
    db = tmp_path / "s.sqlite"
    runner.run_local([corpus], db, tmp_path / "out")
    out = tmp_path / "curated.csv"
    assert main(["review", "--db", str(db), "--export", str(out)]) == 0
    assert "omentum" in out.read_text()
    capsys.readouterr()
    # nothing reviewed yet: nothing is scored (unreviewed machine values are not "correct")
    assert main(["score", "--pred", "store", "--gold", "curated", "--db", str(db), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert got["curated"]["values_reviewed"] == 0 and got["curated"]["rows_unreviewed"] == 1
    assert got["micro"]["cor"] == 0 and got["n_gold"] == 0
    from eims_extract.review import curation as cur

    cur.record_decision(db, doc_id="r", case_id="index", field="site", action="accept", curator="Ann")
    cur.record_decision(db, doc_id="r", case_id="index", field="sex", action="correct", curator="Ann", value="male")
    assert main(["score", "--pred", "store", "--gold", "curated", "--db", str(db), "--fields", "site,sex,age_years"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith(
        f"curated gold: 2 reviewed values in 1 rows scored; left out: {len(VALUE_FIELDS) - 2} unreviewed"
    )
    rows = {line.split()[0]: line.split()[1:5] for line in text.splitlines()[1:] if line.split()[:1] in (["site"], ["sex"], ["age_years"])}
    assert rows["site"] == ["1", "0", "0", "0"] and rows["sex"] == ["0", "1", "0", "0"]
    assert rows["age_years"] == ["0", "0", "0", "0"]  # unreviewed: neither correct nor wrong


def test_review_refuses_a_public_bind_without_token(tmp_path, capsys):
    assert main(["review", "--db", str(tmp_path / "s.sqlite"), "--host", "0.0.0.0", "--token", ""]) == 2
    assert "token" in capsys.readouterr().err


# -- a CLI that talks: every simple mistake is one line on stderr and a non-zero exit ------------
def _one_line_error(capsys, *needles):
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("error: "), err
    for n in needles:
        assert n in err, err
    return err


def _demo_db(tmp_path):
    from eims_extract.review.demo import write_demo_store

    return write_demo_store(tmp_path / "results.sqlite")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["score", "--pred", "{tmp}/missing.jsonl", "--gold", "gold/table2.csv"], "no such file"),
        (["score", "--pred", "{tmp}", "--gold", "gold/table2.csv"], "is a folder"),
        (["score", "--pred", "{tmp}/bad.jsonl", "--gold", "gold/table2.csv"], "cannot read rows"),
        (["score", "--pred", "store", "--gold", "curated", "--db", "{tmp}/typo.sqlite"], "no results store"),
        (["summarize", "{tmp}/x.pdf"], "unsupported row file"),
        (["summarize", "{tmp}/nothing.jsonl"], "no such file"),
        (["review", "--db", "{tmp}/typo.sqlite"], "no results store"),
        (["review", "--db", "{tmp}/typo.sqlite", "--verify"], "no results store"),
        (["review", "--db", "{tmp}/bad.jsonl"], "not a SQLite results store"),
        (["review", "--db", "{db}", "--export", "{tmp}/e.json"], "use a .csv or .xlsx"),
        (["run", "--corpus", "{tmp}/missing_dir"], "no such file or folder"),
        (["serve", "--cron", "not a cron"], "is not a cron schedule"),
        (["serve", "--cron", "0 6 * *"], "is not a cron schedule"),
        (["score", "--pred", "gold/table2.csv", "--gold", "gold/table2.csv", "--doc", "nope"], "no predicted rows"),
        (["summarize", "gold/table2.csv", "--html", "{tmp}/report.txt"], "use a .html"),
        (["summarize", "gold/table2.csv", "--html", "{tmp}/no/dir/r.html"], "no such folder"),
    ],
)
def test_simple_mistakes_give_one_line_and_nonzero_exit(tmp_path, capsys, monkeypatch, argv, needle):
    import eims_extract.cli as cli
    import eims_extract.pipeline.serve as serve_mod

    def no_work(*_a, **_k):
        raise AssertionError("work started before the arguments were checked")

    monkeypatch.setattr(cli, "load_flow", no_work)
    monkeypatch.setattr(serve_mod, "start_local_server", no_work)
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "bad.jsonl").write_text("{not json\n")
    db = _demo_db(tmp_path)
    args = [a.format(tmp=tmp_path, db=db) for a in argv]
    assert main(args) == 2
    _one_line_error(capsys, needle)
    assert not (tmp_path / "typo.sqlite").exists()  # a mistyped store is never created


class _FakeFlow:
    def __init__(self):
        self.kwargs = None

    def with_options(self, **_k):
        return self

    def __call__(self, **kwargs):
        import time

        self.kwargs = kwargs
        time.sleep(0.3)
        return {"summary": "summary of the run", "stats": {"failed": 0}}


def test_run_speaks_first_reports_wall_time_and_says_when_gold_is_missing(tmp_path, capsys, monkeypatch):
    import eims_extract.cli as cli

    fake = _FakeFlow()
    monkeypatch.setattr(cli, "load_flow", lambda: fake)
    monkeypatch.chdir(tmp_path)  # outside the repository: no gold/manifest.json here
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("A fictional note.\n")
    assert main(["run"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("starting Prefect: 1 document(s) found in corpus")
    assert not (tmp_path / "results" / "eims.sqlite").exists()  # progress only reads the store
    wall = [line for line in out.splitlines() if line.startswith("wall time")]
    assert wall and float(wall[0].split()[2]) >= 0.3
    notes = [line for line in err.splitlines() if "gold" in line]
    assert len(notes) == 1 and "scoring skipped" in notes[0]
    assert fake.kwargs["gold_dir"] is None


def test_run_progress_counts_documents_the_flow_stores(tmp_path, capsys):
    from eims_extract.cli import StoreProgress
    from eims_extract.review.demo import build_result
    from eims_extract.store import Store

    db = tmp_path / "s.sqlite"
    prog = StoreProgress(str(db), 3, every=0.05)
    prog.start()
    time.sleep(0.2)  # no store yet: nothing said, nothing created
    assert not db.exists() and prog.lines == []
    with Store(db) as store:
        for name in ("one", "two"):
            store.save_result(build_result(name, [("case", "Case", "A 30-year-old man.\n")],
                                           [{"case_id": "current", "values": {"sex": ("male", "man")}}]))  # fmt: skip
    deadline = time.time() + 5
    while not (prog.lines and "2 of 3" in prog.lines[-1]) and time.time() < deadline:
        time.sleep(0.05)  # it may first see the store with one document of two saved
    prog.stop()
    assert prog.lines and prog.lines[-1].startswith("progress: 2 of 3 document(s) stored")
    assert "progress: 2 of 3" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--help"], ["run", "--help"], ["extract", "--help"]])
def test_cli_start_loads_no_heavy_optional_stack(argv):
    """Parsing the command line loads none of Prefect, pandas, pyarrow, pdfplumber, httpx or
    spaCy: a command pays for what it uses, so ``run`` speaks before Prefect is imported."""
    import subprocess
    import sys

    heavy = ("prefect", "pandas", "pyarrow", "pdfplumber", "httpx", "spacy", "sklearn")
    code = (
        "import sys\nfrom eims_extract.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules), file=sys.stderr)"
    )
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stderr
    assert err.strip().splitlines()[-1] == "[]"


def _write_rows(path, rows):
    from eims_extract.records import CaseRow

    path.write_text("".join(json.dumps(CaseRow(**r).to_dict()) + "\n" for r in rows))
    return path


def test_score_doc_scores_one_document_and_mismatch_lines_name_it(tmp_path, capsys):
    pred = _write_rows(tmp_path / "pred.jsonl", [
        {"doc_id": "alpha", "case_id": "1", "source": "narrative", "sex": "male", "age_years": 30.0},
        {"doc_id": "beta", "case_id": "1", "source": "narrative", "sex": "male", "age_years": 61.0},
    ])  # fmt: skip
    gold = _write_rows(tmp_path / "gold.jsonl", [
        {"doc_id": "alpha", "case_id": "1", "source": "narrative", "sex": "female", "age_years": 30.0},
        {"doc_id": "beta", "case_id": "1", "source": "narrative", "sex": "male", "age_years": 16.0},
    ])  # fmt: skip
    assert main(["score", "--pred", str(pred), "--gold", str(gold), "--fields", "sex,age_years", "--doc", "beta"]) == 0
    out = capsys.readouterr().out
    assert "rows: gold=1 pred=1" in out
    (mm,) = [line for line in out.splitlines() if " case " in line]
    assert mm.split()[:4] == ["beta", "case", "1", "age_years"]
    assert main(["score", "--pred", str(pred), "--gold", str(gold), "--fields", "sex,age_years", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert sorted((m["doc_id"], m["field"]) for m in d["mismatches"]) == [("alpha", "sex"), ("beta", "age_years")]


def test_score_unknown_field_name_is_one_line_error_not_traceback(tmp_path, capsys):
    rows = [{"doc_id": "alpha", "case_id": "1", "source": "narrative", "sex": "male"}]
    pred = _write_rows(tmp_path / "pred.jsonl", rows)
    gold = _write_rows(tmp_path / "gold.jsonl", rows)
    assert main(["score", "--pred", str(pred), "--gold", str(gold), "--fields", "sex,tumour_colour"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: --fields:") and "tumour_colour" in err and "\n" not in err


def test_score_own_patients_leaves_out_unaligned_published_case_rows(tmp_path, capsys):
    pred = _write_rows(tmp_path / "pred.jsonl", [
        {"doc_id": "gamma", "case_id": "index", "source": "merged", "sex": "female", "age_years": 52.0,
         "reference": "Current case"},
        {"doc_id": "gamma", "case_id": "1", "source": "table", "sex": "male", "age_years": 9.0,
         "reference": "Aldana P, 2013", "citation": 4},
    ])  # fmt: skip
    gold = _write_rows(tmp_path / "gold.jsonl", [
        {"doc_id": "gamma", "case_id": "index", "source": "narrative", "sex": "female", "age_years": 52.0},
    ])  # fmt: skip
    args = ["score", "--pred", str(pred), "--gold", str(gold), "--fields", "sex,age_years"]
    assert main([*args, "--json"]) == 0  # default: every predicted row is scored
    d = json.loads(capsys.readouterr().out)
    assert d["fields"]["sex"]["spu"] == 1 and d["published_left_out"] == 0
    assert main([*args, "--own-patients", "--json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["fields"]["sex"]["spu"] == 0 and d["published_left_out"] == 1 and d["micro"]["precision"] == 1.0
    assert main([*args, "--own-patients"]) == 0
    assert "published-case rows left out: 1" in capsys.readouterr().out
