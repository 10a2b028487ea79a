"""Age/sex accuracy on the dev corpus of real case reports (floor = what the
rules reach today, so a regression fails CI), and the flat-text sectioning
it relies on, on text written for this test."""

from __future__ import annotations

import json

from eims_extract.evaluation.devcorpus import DevReport, evaluate_dev, flat_sections, format_dev


def test_dev_corpus_accuracy(dev_corpus, nlp):
    report = evaluate_dev(dev_corpus, nlp)
    assert report.n_docs == 20 and report.n_patients >= 20
    acc = report.accuracy
    # measured: 22/22 age, 22/22 sex
    assert acc["age"] >= 0.95, format_dev(report)
    assert acc["sex"] >= 0.95, format_dev(report)
    assert acc["both"] >= 0.95, format_dev(report)
    d = report.to_dict()
    assert json.loads(json.dumps(d))["n_patients"] == report.n_patients


FLAT = (
    "Odd fever in a farmer: a case report | Some Journal Menu Abstract Introduction Case presentation "
    "Discussion References "
    "Abstract " + "This abstract is long enough to count as real text. " * 4 + "Introduction "
    + "Fevers of this kind were described by Ngata et al. in a 30-year-old man. " * 3
    + "Case presentation A 48-year-old farmer presented with a week of fever and chills after harvest. "
    + "He had no travel history and no animal bites that he could recall at the time of admission. "
    + "Discussion "
    + "Our patient had a rare zoonosis that is easily missed in primary care settings. " * 2
    + "References "
    + "1. Ngata P. Fevers. Fict J Med. 2010;1:1-2. " * 4
)


def test_flat_sections_skip_menu_headings():
    kinds = [s.kind for s in flat_sections(FLAT)]
    assert kinds == ["other", "abstract", "introduction", "case", "discussion", "references"]


def test_flat_document_patient(tmp_path, nlp):
    path = tmp_path / "dev.jsonl"
    rows = [
        {"id": "fict-1", "text": FLAT, "patients": [{"age_text": "48-year-old", "age_years": 48.0, "sex": "male"}]},
        {"id": "fict-2", "text": FLAT, "patients": [{"age_text": "50-year-old", "age_years": 50.0, "sex": "female"}]},
        {"id": "fict-3", "text": "Nothing here.", "patients": []},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = evaluate_dev(path, nlp)
    assert (report.n_docs, report.n_patients, report.both_correct) == (3, 2, 1)
    assert {(m.doc_id, m.field) for m in report.misses} == {("fict-2", "age_years"), ("fict-2", "sex")}
    assert all("Ngata" not in m.explanation for m in report.misses)
    text = format_dev(report)
    assert "both 1/2" in text and "MISS fict-2" in text


def test_empty_report_accuracy_is_zero():
    assert DevReport().accuracy == {"age": 0.0, "sex": 0.0, "both": 0.0}
