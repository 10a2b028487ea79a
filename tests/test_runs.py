"""Issue 16 item 7: the store forgets what it should and remembers what it must: removed
documents are marked gone (kept for audit, out of exports), every run is recorded with its
counts, failures are remembered by content hash, and two runs on one store do not both work."""

import json
import threading

import pytest

from eims_extract.pipeline import extract as extract_mod
from eims_extract.pipeline import runner
from eims_extract.cli import main
from eims_extract.errors import RunLockedError
from eims_extract.store import Store

REPORT = "Case report\nA {age}-year-old woman presented with abdominal pain; a mesenteric mass was resected.\n"


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpus"
    c.mkdir()
    (c / "keep.txt").write_text(REPORT.format(age=44))
    (c / "drop.txt").write_text(REPORT.format(age=61))
    return c


def _exported_ages(out):
    return sorted(json.loads(line)["age_years"] for line in (out / "rows.jsonl").read_text().splitlines())


def test_removed_document_is_marked_gone_kept_for_audit_and_left_out_of_exports(corpus, tmp_path):
    db, out = tmp_path / "s.sqlite", tmp_path / "out"
    runner.run_local([corpus], db, out)
    assert _exported_ages(out) == [44.0, 61.0]
    text = (corpus / "drop.txt").read_text()
    (corpus / "drop.txt").unlink()
    stats = runner.run_local([corpus], db, out)["stats"]
    assert stats.gone == 1
    assert _exported_ages(out) == [44.0]
    assert [d["path"] for d in json.loads((out / "documents.json").read_text())] == [str(corpus / "keep.txt")]
    with Store(db) as s:
        gone = s.document(str(corpus / "drop.txt"))
        assert gone.gone and s.counts()["rows"] == 2  # the rows stay for audit
        assert [r.age_years for r in s.rows(include_gone=True)] == [61.0, 44.0]
    (corpus / "drop.txt").write_text(text)  # back, unchanged: not re-extracted, no longer gone
    stats = runner.run_local([corpus], db, out)["stats"]
    assert stats.skipped == 2 and stats.gone == 0
    with Store(db) as s:
        assert not s.document(str(corpus / "drop.txt")).gone and len(s.rows()) == 2


def test_a_run_over_another_folder_does_not_mark_this_one_gone(corpus, tmp_path):
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(REPORT.format(age=30))
    db = tmp_path / "s.sqlite"
    runner.run_local([corpus], db, tmp_path / "out")
    assert runner.run_local([other], db, tmp_path / "out")["stats"].gone == 0


def test_every_run_is_recorded_with_its_counts(corpus, tmp_path):
    db = tmp_path / "s.sqlite"
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04 not a report")
    runner.run_local([corpus], db, tmp_path / "out")
    (corpus / "drop.txt").unlink()
    runner.run_local([corpus], db, tmp_path / "out")
    with Store(db) as s:
        runs = s.runs()
    assert [(r["n_seen"], r["n_processed"], r["n_skipped"], r["n_failed"], r["n_gone"], r["status"]) for r in runs] == [
        (3, 3, 0, 1, 0, "finished"),
        (2, 0, 2, 0, 1, "finished"),
    ]
    assert all(r["finished_at"] and r["pipeline_version"] for r in runs)


def test_a_run_that_stops_is_recorded_with_its_reason(corpus, tmp_path, monkeypatch):
    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(runner, "export", boom)
    with pytest.raises(OSError):
        runner.run_local([corpus], tmp_path / "s.sqlite", tmp_path / "out")
    with Store(tmp_path / "s.sqlite") as s:
        (run,) = s.runs()
    assert run["status"] == "failed" and run["error"] == "OSError: disk full" and run["n_processed"] == 2


def test_failed_file_is_not_retried_while_unchanged_and_its_content_is_remembered(corpus, tmp_path, monkeypatch):
    db = tmp_path / "s.sqlite"
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04 not a report")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    calls = []
    real = extract_mod.process_path

    def counting(path, *a, **k):
        calls.append(path)
        return real(path, *a, **k)

    monkeypatch.setattr(runner, "process_path", counting)
    first = runner.run_local([corpus], db, tmp_path / "out")["stats"]
    assert first.failed == 2 and len(calls) == 4
    calls.clear()
    second = runner.run_local([corpus], db, tmp_path / "out")["stats"]
    assert calls == [] and second.skipped == 4 and second.failed == 0
    # the same bad bytes under a new name: failed with the remembered reason, not extracted again
    (corpus / "copy.txt").write_bytes(b"\x00\x01\x02 not text")
    third = runner.run_local([corpus], db, tmp_path / "out")["stats"]
    assert calls == [] and third.failed == 1
    with Store(db) as s:
        assert s.document(str(corpus / "copy.txt")).error == s.document(str(corpus / "binary.txt")).error
    runner.run_local([corpus], db, tmp_path / "out", force=True)  # --force tries again
    assert len(calls) == 5


def test_second_run_on_one_store_is_told_and_does_nothing(corpus, tmp_path):
    db = tmp_path / "s.sqlite"
    with runner.run_lock(db):
        with pytest.raises(RunLockedError, match=r"another run is using .*s\.sqlite \(pid \d+, started "):
            runner.run_local([corpus], db, tmp_path / "out")
    with Store(db) as s:
        assert s.counts()["documents"] == 0 and s.runs() == []
    runner.run_local([corpus], db, tmp_path / "out")  # released: the next run works


def test_lock_is_released_when_its_holder_dies(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "s.sqlite"
    code = "import sys, time; from eims_extract.pipeline import runner\nwith runner.run_lock(sys.argv[1]):\n    print('held', flush=True); time.sleep(60)"
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        with pytest.raises(RunLockedError):
            with runner.run_lock(db):
                pass
    finally:
        proc.kill()
        proc.wait()
    with runner.run_lock(db):
        pass


def test_cli_run_while_another_runs_says_so(corpus, tmp_path, capsys):
    db = tmp_path / "s.sqlite"
    hold = threading.Event()
    with runner.run_lock(db):
        hold.set()
        code = main(["run", "--corpus", str(corpus), "--db", str(db), "--out-dir", str(tmp_path / "out"), "--gold-dir", "none"])
    assert code == 75
    err = capsys.readouterr().err
    assert err.startswith("error: another run is using") and err.count("\n") == 1
