"""Every class of bad input becomes a failed record with a one-line reason,
and the documents next to it are still processed and stored."""

import os

import pytest
from fpdf import FPDF

from eims_extract import runner
from eims_extract.extract import process_path
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
    elif kind == "non_utf8":
        p = tmp_path / "latin1.txt"
        p.write_bytes("Une patiente de 43 ans, tumeur épithélioïde.".encode("cp1252"))
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
    ("non_utf8", "not UTF-8"),
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
    assert out["stats"]["failed"] == 7 and out["stats"]["processed"] == 8
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
