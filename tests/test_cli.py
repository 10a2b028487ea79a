import json

import pytest

from eims_extract.cli import main
from eims_extract.ingest import load_document


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
    from eims_extract import runner

    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "r.txt").write_text("Case report\nA 47-year-old woman had an omental mass that was resected.\n")
    db = tmp_path / "s.sqlite"
    runner.run_local([corpus], db, tmp_path / "out")
    out = tmp_path / "curated.csv"
    assert main(["review", "--db", str(db), "--export", str(out)]) == 0
    assert "omentum" in out.read_text()
    assert main(["score", "--pred", "store", "--gold", "curated", "--db", str(db), "--json"]) == 0
    assert '"row_exact_accuracy": 1.0' in capsys.readouterr().out


def test_review_refuses_a_public_bind_without_token(tmp_path, capsys):
    assert main(["review", "--db", str(tmp_path / "s.sqlite"), "--host", "0.0.0.0", "--token", ""]) == 2
    assert "token" in capsys.readouterr().err
