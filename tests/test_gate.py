"""Issue 16 item 8: a document that reports no patient gets no patient rows, with the decision
and its reason stored; a real case report, even a cut-off abstract page, is never dropped."""

import json
from pathlib import Path

import pytest

from eims_extract.pipeline.extract import process_path
from eims_extract.ingest.model import Document
from eims_extract.store import Store

ROOT = Path(__file__).resolve().parents[1]

# Fictional off-topic documents, written for this test; each once gave stray values.
OFF_TOPIC = {
    "computing_paper.txt": (
        "Adaptive Scheduling for Heterogeneous Clusters\n\nAbstract\n"
        "We propose a scheduler that places batch jobs on mixed CPU and GPU nodes. The status of each "
        "node is polled every second, and jobs that died are restarted. Our evaluation on 64 nodes shows "
        "a 23% reduction in makespan and stable behaviour under failure.\n\n1. Introduction\n"
        "Cluster schedulers must balance throughput and fairness. Earlier designs treated every worker "
        "alike; male and female connectors on the rack backplane are irrelevant here.\n"
    ),
    "surgery_newsletter.txt": (
        "Department of Surgery Newsletter - Spring Issue\n\n"
        "Welcome to the spring issue. The Department of Surgery opened two new theatres this quarter "
        "and welcomed four registrars. SE wing refurbishment finishes in May. Our chemotherapy day unit "
        "moves to level 3, and the radiotherapy bunker tour is on Friday.\n"
        "Congratulations to the theatre team on their teaching award. Parking on the east side remains "
        "closed until further notice.\n"
    ),
    "brine_shrimp_assay.txt": (
        "Toxicity of three plant extracts in the brine shrimp lethality assay\n\nMethods\n"
        "Artemia salina nauplii were hatched in artificial sea water for 48 h. Extracts and the reference "
        "drug vincristine were tested at 10 to 1000 ug/mL in triplicate; dead nauplii were counted after "
        "24 h and LC50 values computed by probit analysis.\n\nResults\n"
        "The ethanol extract was the most toxic (LC50 112 ug/mL); crizotinib was not tested.\n"
    ),
    "ward_staffing_memo.txt": (
        "MEMO: Nurse staffing on the male wards\n\nTo: ward managers\n"
        "From next month the male wards and the female ward will share one night coordinator. Each ward "
        "keeps a ratio of one nurse to eight beds on nights. Agency requests go through the bed manager "
        "before 4 pm. Sickness absence fell to 4.1% last quarter.\n"
    ),
}


@pytest.mark.parametrize("name", sorted(OFF_TOPIC))
def test_off_topic_document_gives_no_rows_and_says_why(name, tmp_path, nlp):
    p = tmp_path / name
    p.write_text(OFF_TOPIC[name])
    res = process_path(p, nlp)
    assert res.status == "ok" and res.rows == []
    assert res.reports_patients is False and res.gate_reason.startswith("not a patient report")
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(res)
        d = s.document(str(p))
    assert d.reports_patients is False and d.gate_reason == res.gate_reason


KEPT = {
    "abstract_only": "Abstract\nA 9-year-old girl had a painless mass of the omentum, which was removed.",
    "cut_page_with_case_report_title": (
        "Skip to main content  Journal home  Search  Log in\nOmental epithelioid sarcoma in a child: a case report\n"
        "PMID: 0000000  Authors: A. Nobody, B. Someone\nBackground\nThe tumour is rare and"
    ),
    "we_present": "We present an adolescent with an abdominal mass and fever who was treated by resection and",
    "patient_with_age_and_sex": "The patient, a man aged 71 years, reported weight loss; imaging showed",
    # an old scanned note: an age only in words, the tumour by its older name, wrapped lines
    "age_in_words_and_older_tumour_name": (
        "Lung mass in a young girl\nA six-year-old girl\nwas seen for a cough. Chest films showed a mass in the left lung.\n"
        "Diagnosis: inflammatory pseudotumor of the lung"
    ),
    "case_table_only": (
        "Table 1. Published cases\nCase | Reference | Age/Sex | Site | Treatment | Outcome\n"
        "1 | Fir et al. [2] | 40/F | Omentum | SE | ANED\n2 | Oak et al. [3] | 12/M | Mesentery | SE+ALKi | ANED\n"
    ),
}


@pytest.mark.parametrize("name", sorted(KEPT))
def test_short_or_cluttered_patient_reports_are_kept(name, tmp_path, nlp):
    p = tmp_path / f"{name}.txt"
    p.write_text(KEPT[name])
    res = process_path(p, nlp)
    assert res.status == "ok" and res.reports_patients is True, res.gate_reason


def _docs_of(folder: Path):
    return sorted(folder.rglob("*.txt")) + sorted(folder.rglob("*.pdf"))


def _gold_doc_ids() -> set[str]:
    import csv

    ids: set[str] = set()
    for g in (ROOT / "gold").glob("*.csv"):
        with g.open(encoding="utf-8") as f:
            ids.update(r["doc_id"] for r in csv.DictReader(f) if r.get("doc_id"))
    return ids


_GOLD_DOCS = _gold_doc_ids()


@pytest.mark.parametrize(
    "path",
    _docs_of(ROOT / "corpus") + _docs_of(ROOT / "tests" / "data"),
    ids=lambda p: p.relative_to(ROOT).as_posix(),
)
def test_every_project_document_is_kept(path, nlp):
    """Every document passes the gate; it gives rows unless its set's gold lists none for it (a report whose tumour
    was revised to another disease, blind71: its patient is no IMT patient, so no row is right)."""
    res = process_path(path, nlp)
    assert res.status == "ok" and res.reports_patients is True
    in_a_set = path.parent.name.startswith("blind") and path.stem.split("_")[0].startswith("b")
    assert res.rows or (in_a_set and path.stem not in _GOLD_DOCS)


def test_reference_paper_is_kept(seed_txt, seed_pdf, nlp):
    for p in (seed_txt, seed_pdf):
        res = process_path(p, nlp)
        assert res.reports_patients is True and len(res.rows) >= 52


def test_real_dev_reports_are_kept_whole_and_cut_to_2000_characters(dev_corpus):
    """The 20 real reports of the dev corpus, and each one's first 2,000 characters (a page cut
    where users often cut it), all report patients."""
    from eims_extract.pipeline.gate import decide

    docs = [json.loads(line) for line in dev_corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(docs) == 20
    dropped = [
        (d["id"], n)
        for d in docs
        for n in (None, 2000)
        if not decide(Document("dev", "dev.txt", "text", d["text"][:n])).reports_patients
    ]
    assert dropped == []


# Fictional short abstracts written in Spanish, French and Portuguese: the tumour's name or a case-report cue keeps them.
ROMANCE_KEPT = {
    "es_tumour_name": "Tumor miofibroblástico inflamatorio del íleon\nResumen\nEl cuadro es raro en el adulto y",
    "es_case_cue": "Presentamos el caso de un varón con una masa abdominal y anemia.",
    "fr_tumour_name": "Tumeur myofibroblastique inflammatoire de l'estomac : revue\nRésumé\nCette lésion est rare et",
    "fr_case_cue": "Ostéite du tibia : à propos d'un cas\nUn enfant est hospitalisé pour une boiterie.",
    "pt_tumour_name": "Tumor miofibroblástico inflamatório da bexiga\nResumo\nTrata-se de lesão rara e",
    "pt_case_cue": "Relato de caso\nUma mulher procurou o serviço com dor torácica e tosse.",
}


@pytest.mark.parametrize("name", sorted(ROMANCE_KEPT))
def test_romance_language_case_reports_are_kept(name, tmp_path, nlp):
    p = tmp_path / f"{name}.txt"
    p.write_text(ROMANCE_KEPT[name], encoding="utf-8")
    res = process_path(p, nlp)
    assert res.status == "ok" and res.reports_patients is True, res.gate_reason


# Fictional reports of kinase-fusion tumours with no age in figures, no "case report" and no "presented with"
KINASE_FUSION_KEPT = {
    "three_adults": "Invented spindle cell tumours with NTRK1 fusions: three adults. We report three adults whose "
    "tumours carried NTRK1 fusions; all were given larotrectinib.",
    "newborn_girl": "Congenital fibrosarcoma of the shin. A newborn girl had a shin mass with an ETV6-NTRK3 fusion and "
    "was given larotrectinib.",
    "neonate_poster": "P-217 Larotrectinib for a congenital kinase-fusion sarcoma. A neonate was born with a thigh mass; "
    "biopsy showed an ETV6-NTRK3 fusion.",
    "two_adults": "ALK-positive histiocytosis in two adults. Two adults with ALK-positive histiocytosis were given "
    "alectinib and responded.",
}


@pytest.mark.parametrize("name", sorted(KINASE_FUSION_KEPT))
def test_regression_kinase_fusion_reports_without_an_age_are_kept(name, tmp_path, nlp):
    """Regression (issue 12): reports of kinase-fusion tumours whose patients are newborns or counted adults with no
    age in figures ("A newborn girl had ...", "Two adults with X were given ...") are patient reports."""
    p = tmp_path / f"{name}.txt"
    p.write_text(KINASE_FUSION_KEPT[name])
    res = process_path(p, nlp)
    assert res.status == "ok" and res.reports_patients is True, res.gate_reason


@pytest.mark.parametrize(
    "text",
    [
        "Validation of a FISH assay for ALK rearrangement in 120 lung adenocarcinoma samples. Sensitivity was 98%.",
        "Ward news. A new nurse was appointed to the children's ward; two adults' beds were replaced.",
    ],
)
def test_regression_documents_without_a_patient_course_stay_gated_out(text, tmp_path, nlp):
    p = tmp_path / "doc.txt"
    p.write_text(text)
    res = process_path(p, nlp)
    assert res.reports_patients is False and res.rows == []
