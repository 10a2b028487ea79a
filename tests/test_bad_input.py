"""Every class of bad input becomes a failed record with a one-line reason,
and the documents next to it are still processed and stored."""

import json
import os

import pytest
from fpdf import FPDF

from eims_extract.pipeline import runner
from eims_extract.pipeline.extract import process_path
from eims_extract.store import Store

GOOD = (
    "Case report\n"
    "A 52-year-old woman presented with abdominal pain. Imaging showed a mass of the omentum, "
    "which was resected. The tumour cells were positive for ALK and desmin.\n"
)


def _pdf(path, text="A 61-year-old man had an omental mass.", encrypt=False):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(0, 6, text)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.output(str(path))
    return path


def _image_only_pdf(path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_fill_color(120, 120, 120)
    pdf.rect(20, 20, 120, 80, style="F")  # a "scanned page": marks, no text layer
    pdf.output(str(path))
    return path


def make_bad(kind, tmp_path):
    if kind == "empty":
        p = tmp_path / "empty.txt"
        p.write_text("   \n\n")
    elif kind == "binary_txt":
        p = tmp_path / "binary.txt"
        p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    elif kind == "corrupt_pdf":
        good = _pdf(tmp_path / "tmp.pdf").read_bytes()
        p = tmp_path / "corrupt.pdf"
        p.write_bytes(good[: len(good) // 3])
    elif kind == "garbage_pdf":
        p = tmp_path / "garbage.pdf"
        p.write_bytes(b"this is not a pdf at all\x00\x01")
    elif kind == "encrypted_pdf":
        p = _pdf(tmp_path / "encrypted.pdf", encrypt=True)
    elif kind == "no_text_layer":
        p = _image_only_pdf(tmp_path / "scanned.pdf")
    elif kind == "unsupported":
        p = tmp_path / "report.docx"
        p.write_bytes(b"PK\x03\x04 fake docx")
    elif kind == "missing":
        p = tmp_path / "does_not_exist.txt"
    elif kind == "unreadable":
        p = tmp_path / "locked.txt"
        p.write_text(GOOD)
        p.chmod(0)
    else:  # pragma: no cover
        raise ValueError(kind)
    return p


CASES = [
    ("empty", "empty file"),
    ("binary_txt", "binary data, not text"),
    ("corrupt_pdf", "corrupt PDF"),
    ("garbage_pdf", "corrupt PDF"),
    ("encrypted_pdf", "encrypted"),
    ("no_text_layer", "no text layer"),
    ("unsupported", "unsupported file type"),
    ("missing", "not found"),
    ("unreadable", "unreadable"),
]


@pytest.mark.parametrize("kind,reason", CASES)
def test_bad_input_fails_with_a_one_line_reason(kind, reason, tmp_path):
    if kind == "unreadable" and os.geteuid() == 0:
        pytest.skip("running as root: permission bits do not stop reads")
    res = process_path(make_bad(kind, tmp_path))
    assert res.status == "failed"
    assert reason.lower() in res.error.lower()
    assert "\n" not in res.error and not res.rows


def test_run_goes_on_past_bad_documents_and_keeps_stored_rows(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    for kind, _ in CASES:
        if kind not in ("missing", "unreadable"):
            make_bad(kind, corpus)
    for leftover in corpus.glob("tmp.pdf"):
        leftover.unlink()
    db = tmp_path / "s.sqlite"
    out = runner.run_local([corpus], db, tmp_path / "out")
    assert out["stats"].failed == 7 and out["stats"].processed == 8
    with Store(db) as s:
        docs = {os.path.basename(d.path): d for d in s.documents()}
        good_rows = s.counts()["rows"]
    assert docs["good.txt"].status == "ok" and good_rows >= 1
    assert all(d.error for n, d in docs.items() if n != "good.txt")
    # a second run with one more bad file leaves the stored good rows intact
    (corpus / "later.pdf").write_bytes(b"%PDF-1.7 broken")
    runner.run_local([corpus], db, tmp_path / "out")
    with Store(db) as s:
        assert s.counts()["rows"] == good_rows
        assert s.document(str(corpus / "later.pdf")).status == "failed"


def test_run_over_every_bad_input_of_issue_16_stores_the_good_and_reports_each_bad_in_one_line(tmp_path, capsys):
    """The issue's 'done when': one `run` over a corpus holding every bad input completes, stores
    every good document, and reports every bad one in one line (the flow, through the CLI)."""
    import zlib

    from eims_extract.cli import main
    from test_case_ids import OWN_CASE, TWO_TABLES
    from test_gate import OFF_TOPIC

    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    (corpus / "b").mkdir()
    good = {
        "good.txt": GOOD,
        "review_two_tables.txt": TWO_TABLES,
        "pasted_twice.txt": OWN_CASE + "\n" + OWN_CASE,
        "a/dup.txt": OWN_CASE,
        "b/dup.txt": GOOD,
    }
    for name, text in good.items():
        (corpus / name).write_text(text)
    (corpus / "utf16_bom.txt").write_bytes(GOOD.encode("utf-16"))
    (corpus / "utf16_no_bom.txt").write_bytes(GOOD.encode("utf-16-le"))
    good_names = set(good) | {"utf16_bom.txt", "utf16_no_bom.txt"}
    off_topic = set()
    for name, text in OFF_TOPIC.items():
        (corpus / name).write_text(text)
        off_topic.add(name)
    bad = {}
    for kind, reason in CASES:
        if kind not in ("missing", "unreadable"):
            bad[make_bad(kind, corpus).name] = reason
    (corpus / "tmp.pdf").unlink()
    outside = tmp_path / "passwd"
    outside.write_text("root:x:0:0:male account:/root:/bin/bash\n")
    (corpus / "passwd.txt").symlink_to(outside)
    (corpus / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (corpus / "loop.txt").symlink_to(corpus / "loop2.txt")
    (corpus / "loop2.txt").symlink_to(corpus / "loop.txt")
    long_pdf = FPDF()
    long_pdf.set_font("Helvetica", size=11)
    for i in range(6):
        long_pdf.add_page()
        long_pdf.multi_cell(0, 6, f"Page {i + 1} of a long invented review.")
    long_pdf.output(str(corpus / "long.pdf"))
    (corpus / "huge.txt").write_text(GOOD * 40_000)  # ≈ 7 MB
    bad.update({
        "passwd.txt": "outside the corpus", "broken.txt": "broken symlink", "loop.txt": "symlink loop",
        "loop2.txt": "symlink loop", "long.pdf": "too many pages", "huge.txt": "too large",
    })
    db, out = tmp_path / "s.sqlite", tmp_path / "out"
    args = ["run", "--corpus", str(corpus), "--db", str(db), "--out-dir", str(out), "--gold-dir", "none",
            "--max-pages", "5", "--max-bytes", "1000000"]
    assert main(args) == 0
    summary = capsys.readouterr().out
    with Store(db) as s:
        docs = {d.path[len(str(corpus)) + 1 :]: d for d in s.documents()}
        for name in good_names:
            assert docs[name].status == "ok" and docs[name].reports_patients and s.rows([docs[name].doc_id]), name
        for name in off_topic:
            assert docs[name].status == "ok" and docs[name].reports_patients is False
            assert s.rows([docs[name].doc_id]) == []
        for name, reason in bad.items():
            assert docs[name].status == "failed" and reason.lower() in docs[name].error.lower(), (name, docs[name].error)
            lines = [ln for ln in summary.splitlines() if ln.startswith(f"- `{corpus / name}`:")]
            assert len(lines) == 1 and reason.lower() in lines[0].lower()
        assert len({d.doc_id for d in docs.values()}) == len(docs)
        assert len(docs) == len(good_names) + len(off_topic) + len(bad)
    rows = [json.loads(line) for line in (out / "rows.jsonl").read_text().splitlines()]
    assert {r["doc_id"] for r in rows} == {docs[n].doc_id for n in good_names}
