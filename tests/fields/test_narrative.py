"""Narrative orchestration: which sentences are the patient's, how many
patients, and rows grounded in ``Document.text``. Reports are fictional."""

from __future__ import annotations

import pytest

from eims_extract.fields import narrative
from eims_extract.fields.narrative import cites_literature, extract_narrative, patient_number
from eims_extract.ingest.model import Document, Section


def make_doc(*parts: tuple[str, str], doc_id: str = "fict") -> Document:
    text, sections = "", []
    for kind, body in parts:
        start = len(text)
        text += body + "\n\n"
        sections.append(Section(kind, kind.title(), start, start + len(body)))
    return Document(doc_id=doc_id, path=f"{doc_id}.txt", kind="text", text=text, sections=sections)


def assert_grounded(doc: Document, rows) -> None:
    for row in rows:
        assert not row.ungrounded(), row.ungrounded()
        for evs in row.evidence.values():
            for ev in evs:
                assert ev.doc_id == doc.doc_id
                assert doc.text[ev.start : ev.end] in ev.sentence
                assert ev.sentence in doc.text


SINGLE = make_doc(
    ("title", "Epithelioid sarcoma of the omentum: report of one case"),
    ("introduction", "Such tumours were first described by Osei et al. in a 12-year-old boy (1)."),
    (
        "case",
        "A 37-year-old woman noticed progressive abdominal swelling over 2 months. "
        "Imaging showed a 14 cm mass located in the greater omentum. "
        "Her 60-year-old father had colon cancer. "
        "She underwent complete resection.",
    ),
    (
        "discussion",
        "Previously reported patients were mostly men aged 20 to 40 years (3, 4). "
        "A 9-year-old girl with a mesenteric tumour was reported by Lund et al. "
        "In our patient, the tumour recurred after 5 months.",
    ),
    ("caption", "Figure 1. A 37-year-old woman: CT of the abdomen."),
)


def test_single_patient_row(nlp):
    rows = extract_narrative(SINGLE, nlp)
    assert [(r.case_id, r.source, r.doc_id) for r in rows] == [("index", "narrative", "fict")]
    row = rows[0]
    assert (row.age_years, row.sex, row.site) == (37.0, "female", "omentum")
    assert_grounded(SINGLE, rows)


def test_sentence_selection(nlp):
    sents = narrative.patient_sentences(SINGLE, nlp)
    texts = " | ".join(s.text for s in sents)
    assert "Osei" not in texts  # introduction
    assert "Lund et al." not in texts and "(3, 4)" not in texts  # cited literature
    assert "In our patient, the tumour recurred" in texts  # own cue in the discussion
    assert "Figure 1" not in texts  # captions belong to the table/caption work
    for s in sents:
        assert SINGLE.text[s.start : s.end] == s.text
        assert s.section in ("title", "case", "discussion")


TWO_CASES = make_doc(
    ("abstract", "We describe two patients with mesenteric sarcoma."),
    (
        "case",
        "Case 1. A 61-year-old man presented with weight loss. "
        "A mass arising from the small bowel mesentery was resected. "
        "He died 8 months later. "
        "Case 2. The second patient, a 19-year-old woman, had a palpable lump. "
        "CT showed a tumour located in the omentum. "
        "She is alive without disease.",
    ),
)


def test_case_numbered_report_gives_one_row_per_case(nlp):
    rows = extract_narrative(TWO_CASES, nlp)
    got = [(r.case_id, r.age_years, r.sex, r.site) for r in rows]
    assert got == [("case-1", 61.0, "male", "mesentery"), ("case-2", 19.0, "female", "omentum")]
    assert_grounded(TWO_CASES, rows)


ORDINALS = make_doc(
    (
        "case",
        "The first patient was a 5-year-old boy with vomiting. He had an ileal tumour. "
        "The second patient was a 52-year-old woman with pelvic pain. She had an ovarian mass.",
    ),
)


def test_ordinal_patients(nlp):
    rows = extract_narrative(ORDINALS, nlp)
    assert [(r.case_id, r.age_years, r.sex, r.site) for r in rows] == [
        ("case-1", 5.0, "male", "ileum"),
        ("case-2", 52.0, "female", "ovary"),
    ]


TWINS = make_doc(
    (
        "case",
        "We report two siblings, a 4-year-old boy and a 2-year-old girl, with the same rash. "
        "Both were treated with emollients.",
    ),
)


def test_patients_introduced_together_keep_their_own_age_and_sex(nlp):
    rows = extract_narrative(TWINS, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("index", 4.0, "male"), ("index-2", 2.0, "female")]
    assert_grounded(TWINS, rows)


def test_document_without_sections_is_read_whole(nlp):
    text = "A 71-year-old man had a tumour originating in the jejunum. He recovered."
    doc = Document(doc_id="flat", path="flat.txt", kind="text", text=text)
    [row] = extract_narrative(doc, nlp)
    assert (row.age_years, row.sex, row.site) == (71.0, "male", "jejunum")


def test_document_without_patient_sentences_has_no_rows(nlp):
    doc = make_doc(("references", "1. Doe J. A 40-year-old woman. J Fict Med. 2001."))
    assert extract_narrative(doc, nlp) == []


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Case 2 A 30-year-old man presented.", 2),
        ("CASE 3: a woman with pain.", 3),
        ("Case report 1 A man.", 1),
        ("Patient II was older.", 2),
        ("The third patient had no relapse.", 3),
        ("In our second case, surgery was declined.", 2),
        ("Patient A was a girl.", 1),
        ("The patient was admitted.", None),
        ("A patient 3 years older than her brother.", None),
        ("In case a relapse occurs, crizotinib is given.", None),
    ],
)
def test_patient_markers(text, n):
    assert patient_number(text) == n


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Smith et al. treated a similar tumour with crizotinib.", True),
        ("Most cases have been reported in young men (4-7).", True),
        ("A review of 30 cases found frequent relapse [12].", True),
        ("In our case, the tumour responded to crizotinib (Figure 2).", False),
        ("She received alectinib as recommended (12).", False),
        ("The patient improved.", False),
    ],
)
def test_literature_sentences(text, cited):
    assert cites_literature(text) is cited


def test_inline_patient_heading_splits_a_sentence(nlp):
    doc = make_doc(
        (
            "case",
            "Case 1 A 45-year-old man had a mesenteric mass. He did well. "
            "Figure 2 shows the scan Click to enlarge Case 2 A 33-year-old woman had an omental mass.",
        ),
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("case-1", 45.0, "male"), ("case-2", 33.0, "female")]
    assert_grounded(doc, rows)


def test_missing_field_modules_are_skipped_but_present_ones_run():
    mods = {m.__name__.rsplit(".", 1)[-1] for m in narrative.field_modules()}
    assert {"demographics", "site"} <= mods
    assert mods <= set(narrative.FIELD_MODULES)


def test_seed_text_patient(seed_txt, nlp):
    from eims_extract.ingest import load_document

    doc = load_document(seed_txt)
    rows = extract_narrative(doc, nlp)
    assert len(rows) == 1
    row = rows[0]
    assert (row.age_years, row.sex, row.site) == (43.0, "female", "mesenchymal tissue")
    assert_grounded(doc, rows)


def test_seed_pdf_patient(seed_pdf, nlp):
    from eims_extract.ingest import load_document

    doc = load_document(seed_pdf)
    rows = extract_narrative(doc, nlp)
    assert len(rows) == 1
    row = rows[0]
    assert (row.age_years, row.sex, row.site) == (43.0, "female", "mesenchymal tissue")
    assert row.evidence["age_years"][0].page is not None
    assert_grounded(doc, rows)


def test_patient_headings_printed_as_section_titles_split_patients(nlp, tmp_path):
    """Regression (corpus/demo_03): "Case 1" / "Case 2" on their own lines become
    section headings, not sentence words; each still opens its own patient."""
    from eims_extract.ingest import load_document

    p = tmp_path / "two.txt"
    p.write_text(
        "Two patients with an omental tumour\n\nCase presentations\nCase 1\n"
        "A 61-year-old man had an omental mass that was resected.\n\nCase 2\n"
        "A 19-year-old woman presented with a mesenteric mass. She received crizotinib.\n"
    )
    doc = load_document(p)
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("case-1", 61.0, "male"), ("case-2", 19.0, "female")]
    assert rows[1].drugs == ["crizotinib"] and rows[0].drugs is None
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a finding "documented" in the patient's course is not a citation
        ("A partial response was documented after four months of lorlatinib.", False),
        ("Peritoneal nodules were documented on the follow-up scan.", False),
        # reports of others' cases still are
        ("Similar tumours have been documented in adolescents.", True),
        ("This variant was first described in 2011.", True),
        ("Three further cases were reported from Japan.", True),
    ],
)
def test_regression_partial_response_was_documented_at_six_months(text, cited):
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # the patient's state told at second hand is no citation
        ("The girl was reported to be in complete remission at her last visit.", False),
        ("He was reported to be alive and well by his family doctor.", False),
        # what was reported of a drug or of others' cases still cites
        ("Ceritinib was reported to be active in two earlier cases.", True),
        ("Similar tumours were reported to be indolent.", True),
    ],
)
def test_regression_state_reported_at_second_hand_is_not_the_literature(text, cited):
    assert cites_literature(text) is cited


def test_regression_patient_1_patient_2_lines_split_patients_and_their_findings(nlp):
    """Regression (blind2, two patients under "Patient 1" / "Patient 2" lines): each line opens its
    own patient, and a recurrence, metastasis or fusion partner stays with the patient it was told of.
    (Ingestion must keep those lines in the text; here the document is built directly.)"""
    from eims_extract.ingest.model import Document, Section

    text = (
        "Case presentation\n"
        "Patient 1\n"
        "A 3-year-old girl had a bladder mass that was resected. FISH showed ALK rearrangement. "
        "She has had no relapse for two years.\n"
        "Patient 2\n"
        "A 52-year-old woman had a uterine mass and underwent hysterectomy. "
        "RT-PCR identified a TPM3/ALK fusion transcript. A pelvic recurrence appeared eight months later. "
        "No distant metastases were seen.\n"
    )
    doc = Document("two", "two.txt", "text", text, sections=[Section("case", "Case presentation", 18, len(text))])
    rows = extract_narrative(doc, nlp)
    got = [(r.case_id, r.age_years, r.sex, r.recurrence, r.metastasis, r.alk_fusion_partner) for r in rows]
    assert got == [("case-1", 3.0, "female", False, None, None), ("case-2", 52.0, "female", True, False, "TPM3")]
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The second, a 4-year-old boy, had haematuria.", 2),
        ("Our third, an elderly woman, declined surgery.", 3),
        ("The first one, a neonate, was born at term.", 1),
        ("The second, larger nodule was excised.", None),
    ],
)
def test_regression_the_second_an_18_month_old_girl(text, n):
    """Regression (blind3, two toddlers in running prose): an ordinal with an apposition opens a patient."""
    assert patient_number(text) == n


def test_regression_the_patients_heading_and_patients_in_running_prose(nlp, tmp_path):
    """Regression (blind3): a "The patients" heading is a case heading, and "The first patient, ..." /
    "The second, ..." in one section give two rows, each with its own findings."""
    from eims_extract.ingest import load_document

    p = tmp_path / "prose.txt"
    p.write_text(
        "Two children with a pelvic tumour\n\nIntroduction\nThese tumours are rare in children.\n\n"
        "The patients\nThe first patient, a girl of 6 years, had a bladder mass that was removed by partial cystectomy. "
        "She remains well after 3 years.\n\n"
        "The second, a 9-year-old boy, presented with a pelvic mass. He was given crizotinib.\n\n"
        "Discussion\nSurgery sufficed in our first patient.\n"
    )
    doc = load_document(p)
    rows = extract_narrative(doc, nlp)
    got = [(r.age_years, r.sex, r.treatment, r.drugs) for r in rows]
    assert got == [(6.0, "female", "SE", None), (9.0, "male", "ALKi", ["crizotinib"])]
    assert_grounded(doc, rows)


def test_regression_uterine_imt_two_women_title_site_for_patients_without_one(nlp):
    doc = make_doc(
        ("title", "Ovarian inflammatory myofibroblastic tumours in two sisters"),
        (
            "case",
            "The first patient was a 44-year-old woman whose adnexal cyst was removed laparoscopically. "
            "The second patient, a 39-year-old woman, had a renal mass excised.",
        ),
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.site) for r in rows] == [("case-1", "ovary"), ("case-2", "kidney")]
    assert rows[0].evidence["site"][0].sentence.startswith("Ovarian")
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The second was a 63-year-old farmer with back pain.", 2),
        ("The third had a slowly enlarging neck swelling.", 3),
        ("Our first one presented with haematuria at 7 years.", 1),
        ("The second was larger than the first on imaging.", None),
        ("The second biopsy was diagnostic.", None),
    ],
)
def test_regression_the_second_was_a_57_year_old_gentleman(text, n):
    """Regression (blind6, two adults in running prose): a bare ordinal as the subject opens a patient."""
    assert patient_number(text) == n


PAIR_BY_SEX = make_doc(
    ("title", "A renal and a gastric myofibroblastic tumour in two adults"),
    (
        "case",
        "Here we describe two patients treated at one hospital. "
        "The first, a 48-year-old man, had a renal tumour; the second, a 35-year-old woman, had a gastric tumour. "
        "The man noticed flank pain. CT showed a mass arising from the left kidney. He underwent nephrectomy. "
        "The woman had epigastric pain. Endoscopy showed a mass in the stomach. She received crizotinib.",
    ),
)


def test_regression_the_first_a_man_the_second_a_woman_then_the_man_the_woman(nlp):
    rows = extract_narrative(PAIR_BY_SEX, nlp)
    got = [(r.case_id, r.age_years, r.sex, r.site, r.treatment) for r in rows]
    # "...; the second, a 35-year-old woman, ..." in a text numbering no patient by rank later: introduced together
    assert got == [("index", 48.0, "male", "kidney", "SE"), ("index-2", 35.0, "female", "stomach", "ALKi")]
    assert_grounded(PAIR_BY_SEX, rows)


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("The woman described three months of back pain.", "female"),
        ("In the younger boy, the lesion regressed.", "male"),
        ("The man, a smoker, had a cough.", "male"),
        ("A woman with a similar tumour was reported.", None),
    ],
)
def test_sentence_sex_opener(text, sex):
    assert narrative.sentence_sex(text) == sex


# -- patients as real papers state them (issue 12 item 4); fictional patients -------------------------
def _rows(doc, nlp, *names):
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    return [tuple(getattr(r, n) for n in names) for r in rows]


def test_regression_two_infants_in_one_sentence_joined_by_and(nlp):
    doc = make_doc(
        ("title", "Two cases of abdominal inflammatory myofibroblastic tumour in infancy"),
        (
            "abstract",
            "We describe two infantile intra-abdominal tumour cases. A 3-month-old female infant had a mass of the "
            "omentum and a 7-month-old male infant had a mass of the stomach. Both were treated by complete "
            "resection without recurrence.",
        ),
    )
    assert _rows(doc, nlp, "age_years", "sex", "site", "treatment", "recurrence") == [
        (0.25, "female", "omentum", "SE", False),
        (0.58, "male", "stomach", "SE", False),
    ]


def test_regression_one_is_the_first_patient_when_only_the_second_is_named(nlp):
    doc = make_doc(
        (
            "abstract",
            "Here we present two cases; one is a ten months old girl with a mass of the omentum that was excised. "
            "The second is a six years old boy with a tumour of the stomach. He was treated with crizotinib.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "age_years", "sex", "site", "drugs") == [
        ("case-1", 0.83, "female", "omentum", None),
        ("case-2", 6.0, "male", "stomach", ["crizotinib"]),
    ]


def test_regression_patients_announced_without_ages_are_dealt_out(nlp):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the abdomen: two cases"),
        (
            "abstract",
            "We report two adult patients with this invented tumour: one arising in the liver, the "
            "other located in the stomach. In both cases, the spindle cells were positive for ALK.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "site", "ihc_positive") == [
        ("case-1", "liver", ["ALK"]),
        ("case-2", "stomach", ["ALK"]),
    ]


@pytest.mark.parametrize(
    "listing",
    ["Tumour sites were the kidney, the soft tissue of the thigh and the tonsil.",
     "The sites included kidney, thigh and tonsil."],
)
def test_regression_announced_patients_dealt_out_by_a_plain_list_of_places(nlp, listing):
    """Three patients announced without ages, then a plain list of their places, one each in their order: a later
    sentence opening on one place ("The thigh lesion ...") is that patient's only; one opening on an unnamed part of
    the group ("In one case, ...") is nobody's; one about all of them is everyone's."""
    doc = make_doc(
        ("abstract", f"We describe three cases of this invented tumour in older adults. {listing} "
                     "The thigh lesion recurred eight months after its first resection. In one case, prednisone was "
                     "given before surgery. All three tumours were negative for ALK."),
    )
    assert _rows(doc, nlp, "case_id", "recurrence", "drugs", "ihc_negative") == [
        ("case-1", None, None, ["ALK"]),
        ("case-2", True, None, ["ALK"]),
        ("case-3", None, None, ["ALK"]),
    ]


@pytest.mark.parametrize(
    ("verb", "other"),
    [("showed", "had a relapse in the liver"), ("remained", "developed a relapse in the liver")],
)
def test_regression_announced_patients_dealt_out_by_one_and_the_other_with_any_verb(nlp, verb, other):
    """"One case showed / remained ..., while the other developed ...": each announced patient its own piece."""
    doc = make_doc(
        ("abstract", "We report two children with this invented tumour of the skin. "
                     f"One case {verb} free of disease for 24 months, while the other {other}."),
    )
    assert _rows(doc, nlp, "case_id", "recurrence") == [("case-1", None), ("case-2", True)]


def test_regression_bulleted_lines_run_together_are_sentences_of_their_own(nlp):
    """Bulleted summary lines ("- ...") that the sentence splitter runs together are cut at each bullet, so a line
    dealing out two patients is read as one sentence of its own."""
    doc = make_doc(
        ("abstract", "We report two children with this invented tumour of the skin.\n\n## Key points\n\n"
                     "- Both tumours were positive for ALK.\n"
                     "- One case had no relapse for 24 months, while the other had a relapse in the liver."),
    )
    assert _rows(doc, nlp, "case_id", "recurrence", "ihc_positive") == [
        ("case-1", False, ["ALK"]),
        ("case-2", True, ["ALK"]),
    ]


def test_regression_cohort_statistics_of_a_larger_series_stay_off_the_announced_patients(nlp):
    """A series abstract of nine patients that follows two of them: counts with their share of the cohort ("three
    patients (33%) in the lung"), rates with fractions, and sentences opening on more patients than the two
    ("Five patients underwent resection") are statistics, not the two patients' values; the sentence counting the
    two the rows are made from tells their own treatment (settled on real series abstracts, where "Two patients were
    treated with X after progression on Y and both responded" follows exactly the two patients singled out)."""
    doc = make_doc(
        ("abstract", "We reviewed nine adults with this invented tumour. The tumour arose in three patients (33%) in the "
                     "lung and in six cases (67%) in the mesentery. ALK was positive in 78% (7/9). Five patients "
                     "underwent complete resection. Two patients were treated with crizotinib after a relapse."),
    )
    assert _rows(doc, nlp, "case_id", "site", "treatment", "drugs") == [
        ("case-1", None, "ALKi", ["crizotinib"]),
        ("case-2", None, "ALKi", ["crizotinib"]),
    ]


@pytest.mark.parametrize("verb", ["includes", "comprises", "consists of"])
def test_regression_series_announced_by_what_it_includes(nlp, verb):
    doc = make_doc(
        ("abstract", f"This series {verb} 3 cases of this invented tumour of the spleen. All 3 patients were treated "
                     "with splenectomy."),
    )
    assert _rows(doc, nlp, "case_id", "site", "treatment") == [
        ("case-1", "spleen", "SE"), ("case-2", "spleen", "SE"), ("case-3", "spleen", "SE"),
    ]


SERIES_ABSTRACT = make_doc(
    (
        "case",
        "Background: Inflammatory myofibroblastic tumours are rare in children. Methods: Records of children "
        "treated at one centre were reviewed. Results: The median age of 9 patients (4 male, 5 female) was 7 years. "
        "Four of the nine patients had surgery only and are free of disease. ALK was positive in seven patients. "
        "One patient with an unresectable tumour of the liver received crizotinib. She is in remission. "
        "In another patient with a relapse, chemotherapy with vincristine was given.",
    ),
)


def test_regression_series_abstract_rows_for_singled_out_patients_only(nlp):
    assert _rows(SERIES_ABSTRACT, nlp, "case_id", "sex", "drugs") == [
        ("case-1", "female", ["crizotinib"]),
        ("case-2", None, ["vincristine"]),
    ]


@pytest.mark.parametrize(
    ("text", "cohort"),
    [
        ("The median age of 9 patients was 7 years.", True),
        ("There were 12 children (5 boys, 7 girls).", True),
        ("Results: 11 patients (6 male, 5 female) were included.", True),
        ("Eight of 11 patients had a complete resection.", True),
        ("Molecular testing was done in six patients.", True),
        ("She received two of the three planned cycles.", False),
        ("The patient received six cycles of chemotherapy.", False),
        ("All three patients underwent complete resection.", False),  # a three-patient report's own patients
        ("None had a recurrence in 3 cases followed for a year.", False),
    ],
)
def test_cohort_statistics_are_no_patients_sentences(text, cohort):
    assert narrative.is_cohort(text) is cohort


def test_regression_a_man_and_a_woman_aged_respectively_then_each_by_sex(nlp):
    doc = make_doc(
        (
            "case",
            "A man and a woman aged 50 and 34 years, respectively, were referred with abdominal masses. "
            "The man had a tumour of the kidney and underwent nephrectomy. The woman had a tumour of the liver.",
        ),
    )
    assert _rows(doc, nlp, "age_years", "sex", "site") == [(50.0, "male", "kidney"), (34.0, "female", "liver")]


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Inflammatory myofibroblastic tumour (IMT) is a rare neoplasm of the viscera and soft tissue.", True),
        ("It usually occurs in children and young adults.", True),
        ("These tumours rarely involve the brain or spinal cord.", True),
        ("Most cases are cured by surgery alone.", True),
        ("The recurrence rate for such tumours is unknown.", True),
        ("IMT was diagnosed on the biopsy.", False),
        ("This tumour was resected completely.", False),
        ("In our patient, IMT is a fitting diagnosis.", False),
        ("It was excised through a small incision.", False),
    ],
)
def test_regression_statements_about_the_disease_in_general(text, generic):
    assert narrative.is_generic(text) is generic


def test_regression_general_statements_give_no_patient_facts(nlp):
    doc = make_doc(
        (
            "abstract",
            "Inflammatory myofibroblastic tumour (IMT) is a tumour of the lung and soft tissue. It usually occurs in "
            "children. We report a 40-year-old woman with a mass in the stomach that was resected. "
            "Recurrence rates for such tumours are unknown.",
        ),
    )
    assert _rows(doc, nlp, "age_years", "site", "recurrence") == [(40.0, "stomach", None)]


def test_overlapping_sections_read_a_sentence_once(nlp):
    text = "A 52-year-old man had a mass of the kidney. He received crizotinib.\n"
    doc = Document(
        doc_id="fict", path="fict.txt", kind="text", text=text,
        sections=[Section("case", "", 0, len(text)), Section("abstract", "Abstract", 0, len(text))],
    )
    sents = narrative.patient_sentences(doc, nlp)
    assert [s.text for s in sents] == ["A 52-year-old man had a mass of the kidney.", "He received crizotinib."]


def _abstract(text: str) -> Document:
    return make_doc(("abstract", text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a list of three patients, cut at the commas and the last "and"
            "We report three children with IMT: a 2-year-old boy with a lung tumour, a 5-year-old girl with a liver "
            "tumour and a 9-year-old boy with a bladder tumour.",
            [(2.0, "male", "lung"), (5.0, "female", "liver"), (9.0, "male", "bladder")],
        ),
        (  # introduced together by their ages, then turned to as former and latter
            "Two women, aged 34 and 51 years, had tumours of the stomach. The former underwent gastrectomy. "
            "The latter received crizotinib.",
            [(34.0, "female", "stomach"), (51.0, "female", "stomach")],
        ),
        (  # ages in brackets beside the sex, patients numbered
            "Patient 1 (6 years, male) had a mass of the lung. Patient 2 (9 years, female) had a tumour of the liver.",
            [(6.0, "male", "lung"), (9.0, "female", "liver")],
        ),
    ],
)
def test_regression_several_patients_in_one_abstract(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "age_years", "sex", "site") == expected


def test_regression_former_and_latter_get_their_own_treatment(nlp):
    doc = _abstract(
        "Two women, aged 34 and 51 years, had tumours of the stomach. The former underwent gastrectomy. "
        "The latter received crizotinib."
    )
    assert _rows(doc, nlp, "treatment", "drugs") == [("SE", None), ("ALKi", ["crizotinib"])]


def test_regression_ages_stated_together_then_numbered_patients(nlp):
    doc = _abstract("Two boys aged 4 and 7 years are reported. The first had a mass of the lung. The second had a mass of the liver.")
    assert _rows(doc, nlp, "case_id", "age_years", "sex", "site") == [
        ("case-1", 4.0, "male", "lung"),
        ("case-2", 7.0, "male", "liver"),
    ]


def test_regression_announced_patients_introduced_one_after_another(nlp):
    doc = make_doc(
        (
            "abstract",
            "We report two cases of IMT in children. A 4-year-old boy presented with a cough and a mass of the lung, "
            "which was resected. A 9-year-old girl had a tumour of the liver and received crizotinib.",
        ),
        ("case", "A 4-year-old boy was admitted with a cough. A 9-year-old girl was admitted with abdominal pain."),
    )
    assert _rows(doc, nlp, "age_years", "sex", "site", "drugs") == [
        (4.0, "male", "lung", None),
        (9.0, "female", "liver", ["crizotinib"]),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # one patient; an earlier event is dated by another age
        "We report two-year follow-up of a 30-year-old woman with IMT of the lung. At the age of 25 she had a "
        "thyroid nodule. The patient with this history underwent lobectomy.",
        # one patient, a cohort statistic quoted with an own cue, then "the patient with ..."
        "A 52-year-old man had a tumour of the lung. In our series the median age of 11 patients was 40 years. "
        "The patient with the lung tumour underwent lobectomy.",
    ],
)
def test_single_patient_reports_stay_one_patient(nlp, text):
    assert _rows(_abstract(text), nlp, "case_id", "site") == [("index", "lung")]


CONFERENCE_ABSTRACT = make_doc(
    (
        "case",
        "2231 Background: Such tumours arise in the lung and the bladder in most series. "
        "Case presentation: A 15-year-old girl had a mass of the stomach. She underwent gastrectomy. "
        "Conclusions: Surgery cures most lung tumours. Our patient is alive without disease.",
    ),
)


def test_regression_conference_abstract_labels(nlp):
    sents = [s.text for s in narrative.patient_sentences(CONFERENCE_ABSTRACT, nlp)]
    assert sents == [
        "Case presentation: A 15-year-old girl had a mass of the stomach.",
        "She underwent gastrectomy.",
        "Our patient is alive without disease.",
    ]
    assert _rows(CONFERENCE_ABSTRACT, nlp, "age_years", "sex", "site", "status") == [(15.0, "female", "stomach", "ANED")]


def test_regression_series_numbered_in_brackets_at_sentence_heads(nlp):
    """"(1) A 38-year-old man ... (2) A ..." after a cohort sentence: the bracketed number opens a new
    sentence and numbers a patient; it is no citation there (a citation follows words)."""
    doc = make_doc(
        ("case", "Such tumours affect the young, with a mean age of 30.5 years. (1) A 41-year-old man had haematuria. "
                 "Cystoscopy showed a tumour of the bladder. (2) A 29-year-old woman had pain. A tumour of the "
                 "bladder was removed. Bladder tumours were reported before (3)."),
    )
    assert _rows(doc, nlp, "age_years", "sex", "site") == [(41.0, "male", "bladder"), (29.0, "female", "bladder")]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("The patient has been followed for 30 months without recurrence.", (30.0, "ANED")),
        ("The patient has had no recurrence 14 months after surgery.", (14.0, "ANED")),
        ("Patients should be followed for years because tumours recur.", (None, None)),  # generic: no cue
    ],
)
def test_regression_conclusions_label_outcome_of_the_patient_is_read(nlp, closing, expected):
    """An inline "Conclusions:" block is read only with an own-patient cue; "the patient has been
    followed / has had no ..." is one (the literature speaks of patients in the plural or past tense)."""
    doc = make_doc(
        ("case", "Case presentation: A 33-year-old woman had a mass of the kidney. She underwent nephrectomy. "
                 f"Conclusions: Such tumours are rare. {closing}"),
    )
    assert _rows(doc, nlp, "follow_up_months", "status") == [expected]


@pytest.mark.parametrize("opener", ["Case report We report", "We report", "Purpose: To describe a rare case. There was"])
def test_regression_labelled_background_ends_where_the_patient_is_introduced(nlp, opener):
    doc = make_doc(
        ("case", f"Context: Such tumours are rare in the pancreas. {opener} a 70-year-old man with a "
                 "tumour of the pancreas. A distal pancreatectomy was performed."),
    )
    assert _rows(doc, nlp, "age_years", "site", "treatment") == [(70.0, "pancreas", "SE")]


@pytest.mark.parametrize(
    "opener",
    ["We herein report a case of", "Here we would like to present a case of", "The present study describes a case of"],
)
def test_regression_introduction_opening_on_the_case_with_an_adverb_or_a_study(nlp, opener):
    """An introduction's sentence introducing the one patient with "herein", a modal or "the present study describes a
    case" is the patient's (what it alone states is read); the introduction's background is not."""
    intro = f"{opener} a recurrent tumour of the mesentery that was treated with crizotinib."
    doc = make_doc(
        ("introduction", f"Such tumours rarely recur. {intro}"),
        ("case", "A 44-year-old woman had a mass of the mesentery."),
    )
    sents = [s.text for s in narrative.patient_sentences(doc, nlp)]
    assert sents == [intro, "A 44-year-old woman had a mass of the mesentery."]


@pytest.mark.parametrize(
    "label", ["Methods.", "Results.", "Observation.", "Case presentation.", "Patients and methods.", "METHODS."]
)
def test_regression_labels_closed_by_a_full_stop_open_the_case(nlp, label):
    """A structured abstract labelled "Introduction. ... Methods. ... Conclusion." (full stops, no colons) whose
    case stands under a read label: the patient's treatment there is read; after "Conclusion." only an own cue."""
    doc = make_doc(
        ("introduction", f"Introduction. Such tumours of the spleen are rare. We report a 52-year-old man with one. "
                         f"{label} The 52-year-old man had pain of the flank. A splenectomy was performed. "
                         "Conclusion. For most lesions of this kind, excision stays the preferred therapy."),
        ("case", "Case. Placeholder so that the document has a case section."),
    )
    assert _rows(doc, nlp, "age_years", "site", "treatment") == [(52.0, "spleen", "SE")]


@pytest.mark.parametrize("label", ["Conclusion.", "Background."])
def test_regression_own_cue_labels_closed_by_a_full_stop_read_only_own_cues(nlp, label):
    doc = make_doc(
        ("case", f"Case presentation: A 40-year-old woman had a mass of the kidney. She underwent nephrectomy. "
                 f"{label} Chemotherapy with ifosfamide is given to most patients with such tumours."),
    )
    assert _rows(doc, nlp, "treatment", "drugs") == [("SE", None)]


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("MeSH terms • Adult • Female • Humans • Stomach Neoplasms", True),
        ("Publication types Case Reports", True),
        ("Keywords: tumour; child; crizotinib", True),
        ("The woman received crizotinib.", False),
        ("Home \u2022 Journals \u2022 About \u2022 We report a 6-year-old girl with a lung mass.", False),
    ],
)
def test_regression_index_term_lists_are_no_patient_sentences(text, terms):
    assert narrative.is_term_list(text) is terms


def test_regression_case_labels_with_colons_inside_one_sentence(nlp):
    doc = _abstract(
        "Case 1: a 6-year-old boy with a lung tumour treated by lobectomy; case 2: a 9-year-old girl with a liver "
        "tumour treated with crizotinib; case 3: a 12-year-old boy with a kidney tumour."
    )
    assert _rows(doc, nlp, "case_id", "age_years", "sex", "site", "drugs") == [
        ("case-1", 6.0, "male", "lung", None),
        ("case-2", 9.0, "female", "liver", ["crizotinib"]),
        ("case-3", 12.0, "male", "kidney", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Herein we describe infantile IMT. A 4-month-old male infant had a mass of the omentum and a 5-month-old "
            "female infant had a mass of the liver.",
            [(0.33, "male", "omentum"), (0.42, "female", "liver")],
        ),
        ("A 45-year-old man, first seen as a 40-year-old with a cough, had a mass of the lung.", [(45.0, "male", "lung")]),
    ],
)
def test_regression_each_age_phrase_introducing_a_person_is_a_patient(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "age_years", "sex", "site") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We present two cases of IMT: a man with a tumour of the lung and a woman with a tumour of the liver. "
            "Both underwent surgery.",
            [("case-1", "male", "lung", "SE"), ("case-2", "female", "liver", "SE")],
        ),
        (
            "We report two cases of IMT of the stomach in a man and a woman.",
            [("case-1", "male", "stomach", None), ("case-2", "female", "stomach", None)],
        ),
    ],
)
def test_regression_announced_patients_dealt_out_by_person_nouns(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "case_id", "sex", "site", "treatment") == expected


@pytest.mark.parametrize(
    ("text", "sexes"),
    [
        (  # ages stated together without nouns; each numbered patient's own pronouns give the sex
            "Two patients aged 3 and 7 years are reported. The first had a mass of the lung and he underwent "
            "lobectomy. The second had a mass of the liver; she received crizotinib. Her tumour shrank.",
            [("case-1", "male"), ("case-2", "female")],
        ),
        (  # a pronoun in a sentence both patients share tells neither's sex
            "Two siblings aged 3 and 7 years had lung tumours. She underwent lobectomy.",
            [("index", None), ("index-2", None)],
        ),
    ],
)
def test_regression_sex_of_patients_whose_ages_were_stated_together(nlp, text, sexes):
    assert _rows(_abstract(text), nlp, "case_id", "sex") == sexes


# -- case series: patients enumerated in one sentence, facts tied to them by lists, labels and ranks -------------
GROUP_SIZE_SERIES = (
    "Records of children operated on for IMT over twenty years were reviewed. Eight children were treated, with a "
    "median age of 6 years. The tumours arose in the small bowel mesentery (n=3), the stomach (n=2), the kidney (n=1) "
    "and a multifocal site (colon, ileum, bladder) (n=2). The mesentery and stomach masses were completely excised and "
    "there was no recurrence after follow-up of 20, 34, 41, 12 and 60 months, respectively. In one case of multifocal site, he underwent "
    "debulking. The other one of multifocal site had a biopsy only. Surgery is the mainstay of treatment."
)


def test_regression_series_enumerated_by_group_sizes_gets_one_row_per_patient(nlp):
    rows = _rows(_abstract(GROUP_SIZE_SERIES), nlp, "case_id", "site", "treatment", "recurrence", "follow_up_months")
    assert rows == [
        ("case-1", "mesentery", "SE", False, 20.0),
        ("case-2", "mesentery", "SE", False, 34.0),
        ("case-3", "mesentery", "SE", False, 41.0),
        ("case-4", "stomach", "SE", False, 12.0),
        ("case-5", "stomach", "SE", False, 60.0),
        ("case-6", "kidney", None, None, None),  # no sentence names the kidney again: nothing is copied to it
        ("case-7", None, "SE", None, None),  # "one case of <group>": the group's next member only; a multi-organ group has no site
        ("case-8", None, None, None, None),
    ]


def test_regression_series_cohort_statistics_belong_to_no_patient(nlp):
    rows = extract_narrative(_abstract(GROUP_SIZE_SERIES), nlp)
    assert all(r.age_years is None for r in rows)  # "a median age of 6 years"
    assert rows[6].sex == "male" and all(r.sex is None for i, r in enumerate(rows) if i != 6)


PERSON_NOUN_SERIES = (
    "Five cases of IMT of the chest are presented, including a young girl with a KIF5B-ALK fusion, a 7-year-old boy "
    "with a cough, and 3 older men with respectively pleural, tracheal and pulmonary tumours, with one late relapse. "
    "All cases were treated by surgery. The presence of a fusion suggests targeted treatment. Metastasis developed in "
    "our last case."
)


def test_regression_series_enumerated_by_person_nouns_with_counts(nlp):
    rows = _rows(_abstract(PERSON_NOUN_SERIES), nlp, "case_id", "age_years", "sex", "site", "recurrence", "metastasis")
    assert rows == [
        ("case-1", None, "female", "thorax", None, None),  # the lead's site, read only as a fallback
        ("case-2", 7.0, "male", "thorax", None, None),
        ("case-3", None, "male", "pleura", None, None),  # "with respectively X, Y and Z": each its own item
        ("case-4", None, "male", "trachea", None, None),
        ("case-5", None, "male", "lung", None, True),  # "our last case"; "with one relapse" is tied to none of the men
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a "respectively" list in a sentence that speaks of all the patients together
            "We describe three boys aged 4, 9 and 12 years with IMT of the bladder. They remain free of disease after "
            "follow-up of 14, 30 and 52 months, respectively.",
            [14.0, 30.0, 52.0],
        ),
        (  # a number list with its unit, one per patient, in order
            "We describe two girls aged 3 and 6 years with IMT of the liver. Both were followed for 18 and 40 months.",
            [18.0, 40.0],
        ),
        (  # a list of another length cannot be tied to the patients: no one gets its values
            "We describe three boys aged 4, 9 and 12 years with IMT of the bladder. They were followed for 14 months "
            "and 52 months, respectively.",
            [None, None, None],
        ),
    ],
)
def test_regression_per_patient_lists_give_each_patient_its_own_value(nlp, text, expected):
    assert [r[0] for r in _rows(_abstract(text), nlp, "follow_up_months")] == expected


def test_regression_respectively_pairing_other_things_is_not_split_between_patients(nlp):
    text = (
        "We describe two girls aged 3 and 6 years with IMT of the liver. Staining for ALK and desmin was strong and "
        "weak, respectively."
    )
    assert [r[0] for r in _rows(_abstract(text), nlp, "ihc_positive")] == [["ALK", "desmin"], ["ALK", "desmin"]]


@pytest.mark.parametrize(
    "text",
    [
        "Two cases of IMT of the femur are presented. Both were treated by curettage.",
        "We report on two cases of IMT of the femur. Both were treated by curettage.",
        "Methods: Two patients with IMT of the femur are presented. Both were treated by curettage.",
    ],
)
def test_regression_patients_announced_in_passive_or_with_report_on(nlp, text):
    assert _rows(_abstract(text), nlp, "case_id", "treatment") == [("case-1", "SE"), ("case-2", "SE")]


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        (  # the introduction's last sentence introduces the patient the case section calls "the patient"
            "IMT of the spleen is rare (1). We describe a healthy young male with a painless splenic mass.",
            ("male", "spleen"),
        ),
        (  # without such a sentence the introduction is not the patient's (a 40-year-old woman of another report)
            "A 40-year-old woman with a splenic IMT was described by Okafor (1). IMT of the spleen is rare.",
            (None, None),
        ),
    ],
)
def test_regression_introduction_read_only_where_it_introduces_the_patient(nlp, intro, expected):
    doc = make_doc(
        ("introduction", intro),
        ("case", "The patient underwent an operation. The tumour measured 4 cm."),
    )
    assert _rows(doc, nlp, "sex", "site") == [expected]


def test_regression_series_case_section_retelling_each_enumerated_patient(nlp):
    doc = make_doc(
        (
            "abstract",
            "We report three cases of IMT: a 2-year-old boy with a lung tumour, a 5-year-old girl with a liver tumour "
            "and a 60-year-old man with a bladder tumour.",
        ),
        (
            "case",
            "A 2-year-old boy presented with cough. He underwent lobectomy. A 5-year-old girl had abdominal pain. "
            "She received crizotinib. The man underwent a partial cystectomy. ALK was positive in all three tumours.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "age_years", "sex", "site", "treatment", "ihc_positive") == [
        ("case-1", 2.0, "male", "lung", "SE", ["ALK"]),  # introduced again by its age, followed by its pronouns
        ("case-2", 5.0, "female", "liver", "ALKi", ["ALK"]),
        ("case-3", 60.0, "male", "bladder", "SE", ["ALK"]),  # "The man": the only member its piece calls so
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # patients introduced one after another, then a sentence about both
            "We report two cases of IMT. In one case, the tumour arose in the liver of a 50-year-old man. The other "
            "case was a 38-year-old woman with a tumour of the kidney. Both of these patients have no evidence of disease.",
            [("male", "ANED"), ("female", "ANED")],
        ),
        (  # numbered patients, then "in both cases"
            "Case 1: a 7-year-old boy had a tumour of the lung. Case 2: a 3-year-old girl had a tumour of the liver. "
            "In both cases there was no evidence of disease at the last visit.",
            [("male", "ANED"), ("female", "ANED")],
        ),
        (  # "both lungs" speaks of organs, not of the two patients
            "Case 1: a 7-year-old boy had a tumour of the liver. Case 2: a 3-year-old girl had a tumour of the kidney. "
            "She is alive with disease; nodules were seen in both lungs.",
            [("male", None), ("female", "AWD")],
        ),
    ],
)
def test_regression_sentence_about_all_numbered_patients_goes_to_each(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "sex", "status") == expected


def test_regression_bracketed_case_number_ties_a_sentence_to_that_patient(nlp):
    text = (
        "Case 1: a 7-year-old boy had a tumour of the lung. Case 2: a 3-year-old girl had a tumour of the liver. "
        "Case 3: a 12-year-old boy had a tumour of the bladder. Local recurrence developed 8 months after surgery in "
        "one child (case 2), who then received crizotinib."
    )
    assert _rows(_abstract(text), nlp, "case_id", "recurrence", "drugs") == [
        ("case-1", None, None),
        ("case-2", True, ["crizotinib"]),  # not the last-named case 3
        ("case-3", None, None),
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (  # dealt out by place with counts
            "We report four cases of IMT of bone: one in the rib, one in the humerus and two in the femur.",
            ["rib", "humerus", "femur", "femur"],
        ),
        (  # group sizes written as "(N cases)", the total stated elsewhere
            "Five children were treated. The tumours were located in the lung (2 cases), the liver (2 cases) and the "
            "bladder (1 case).",
            ["lung", "lung", "liver", "liver", "bladder"],
        ),
    ],
)
def test_regression_series_members_read_only_their_own_place(nlp, text, places):
    patients = narrative.segment_patients(narrative.patient_sentences(_abstract(text), nlp))
    assert [p.case_id for p in patients] == [f"case-{k + 1}" for k in range(len(places))]
    for p, place in zip(patients, places):
        own = p.sentences[0].text
        assert place in own and not any(o in own for o in set(places) - {place})


LABELLED_LIST = make_doc(
    (
        "case",
        "Patient 1: 47 y, F, a mass of the stomach, removed by partial gastrectomy. "
        "Patient 2: 66 y, M, a mass of the colon, removed by hemicolectomy.",
    ),
)


def test_regression_patients_listed_as_label_age_and_sex_letter(nlp):
    rows = extract_narrative(LABELLED_LIST, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("case-1", 47.0, "female"), ("case-2", 66.0, "male")]
    assert_grounded(LABELLED_LIST, rows)


MIXED_ANNOUNCEMENT = make_doc(
    (
        "case",
        "We describe three patients (two men and one woman, aged 25 to 60 years) whose lung masses were "
        "removed by lobectomy. All are well.",
    ),
)


def test_regression_a_shared_sentence_naming_both_sexes_gives_no_patient_a_sex(nlp):
    rows = extract_narrative(MIXED_ANNOUNCEMENT, nlp)
    assert [(r.age_years, r.sex) for r in rows] == [(None, None)] * 3  # an age range and mixed sexes: no one's


DEALT_BY_NOUN = make_doc(
    ("case", "We describe three patients, two men and one woman, whose lung masses were removed by lobectomy."),
)


def test_patients_dealt_out_by_person_noun_keep_their_sex(nlp):
    rows = extract_narrative(DEALT_BY_NOUN, nlp)
    assert [r.sex for r in rows] == ["male", "male", "female"]


def test_regression_series_announced_as_a_case_series_and_listed_with_semicolons(nlp):
    """"describes a small series of three invented children" announces three; the colon list of ages with semicolons
    gives one row each; "In each case, ..." speaks for all three (it went to the one member without a sex)."""
    doc = make_doc(
        ("abstract", "This article describes a small series of three invented children with an airway tumour."),
        (
            "case",
            "The series comprises: a seven-year-old girl with eczema, whose wheezing led to the finding of a "
            "tumour in her left lower lobe; a 14-year-old adolescent with a tracheal tumour and a dry cough; "
            "and a 10-year-old boy with a laryngeal tumour and a hoarse voice. In each case, "
            "the tumour was resected.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "age_years", "sex", "site", "treatment") == [
        ("case-1", 7.0, "female", "lung", "SE"),
        ("case-2", 14.0, None, "trachea", "SE"),
        ("case-3", 10.0, "male", "larynx", "SE"),
    ]


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("In each case, the tumour was resected.", True),
        ("In all cases the margins were clear.", True),
        ("Each of them remained well.", True),
        ("Every patient received an invented drug.", True),
        ("The tumour was resected.", False),
    ],
)
def test_distributive_each_case_speaks_for_all(text, together):
    assert narrative.speaks_for_all(text) is together


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("Staging CT showed no nodal or distant disease in any of them.", True),
        ("No recurrence was seen in any patient.", True),
        ("None of the three patients received chemotherapy.", True),
        ("Metastases were found in none of them, and none of our patients relapsed.", True),
        ("Cells were counted in any of the four fields.", False),
        ("Any of these regions may be involved.", False),
    ],
)
def test_finding_denied_of_any_of_the_patients_speaks_for_each(text, together):
    """A finding denied of "any of them" / "any patient", or told of "none of the patients", is denied of each
    patient of the series, not only of the one named last."""
    assert narrative.speaks_for_all(text) is together


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("No patient developed distant spread during the invented follow-up.", True),
        ("No child had nodal disease at presentation.", True),
        ("No tumour in our series recurred.", True),
        ("No case needed a second operation.", True),
        ("No tumour expressed caldesmon.", True),
        ("No tumour stained for S100.", True),
        # precision: "no" before another noun, or a case of something, is no such subject
        ("No patient's tumour was larger than 5 cm.", False),
        ("No case of made-up disease has been described in the toe.", False),
        ("No residual tumour was seen.", False),
    ],
)
def test_finding_denied_of_no_patient_of_the_series_speaks_for_each(text, together):
    """"No patient developed X" opens on the series' patients with the verb: every patient's, not the last one named."""
    assert narrative.speaks_for_all(text) is together


def test_metastasis_denied_of_no_patient_is_each_patients(nlp):
    doc = make_doc(
        (
            "case",
            "Case 1. A 30-year-old man had an invented mass of the elbow, which was excised. "
            "Case 2. A 12-year-old girl had an invented mass of the knee, which was excised. "
            "No patient developed metastases during follow-up.",
        ),
    )
    assert _rows(doc, nlp, "age_years", "metastasis") == [(30.0, False), (12.0, False)]


def test_stain_denied_of_no_tumour_is_each_patients(nlp):
    doc = make_doc(
        (
            "case",
            "Case 1. A 30-year-old man had an invented mass of the elbow, which was excised. "
            "Case 2. A 12-year-old girl had an invented mass of the knee, which was excised. "
            "No tumour expressed myogenin.",
        ),
    )
    rows = _rows(doc, nlp, "age_years", "ihc_negative")
    assert rows == [(30.0, ["myogenin"]), (12.0, ["myogenin"])]


def test_regression_ages_listed_of_age_beside_a_mean_age_introduce_each_patient(nlp):
    """"3 female patients 31, 44 and 59 years of age (mean age 44.7 years)": the listed ages are the
    patients' own (the mean made the sentence a cohort statistic, and "years of age" was no joint age);
    "female patients" gives each her sex; "All 3 patients underwent ..." is the series' own, not a cohort."""
    doc = make_doc(
        ("title", "Invented pseudotumours of the spleen: three cases"),
        (
            "case",
            "The authors present 3 female patients 31, 44 and 59 years of age (mean age 44.7 years) with an "
            "invented pseudotumour of the spleen. All 3 patients underwent splenectomy.",
        ),
    )
    assert _rows(doc, nlp, "age_years", "sex", "site", "treatment") == [
        (31.0, "female", "spleen", "SE"),
        (44.0, "female", "spleen", "SE"),
        (59.0, "female", "spleen", "SE"),
    ]


def test_a_cohort_of_many_with_all_n_patients_stays_a_cohort(nlp):
    doc = make_doc(("abstract", "All 35 patients underwent surgery. The mean age was 40 years."))
    assert _rows(doc, nlp, "treatment") == [(None,)]


def test_regression_background_paragraph_goes_on_with_the_patient_it_introduced(nlp):
    """A background section that summarises the case ("We describe a case of ... He was then given ...") is read
    only for sentences introducing the patient; the sentences right after, opening on the patient, in the same
    paragraph, are the patient's too. A new paragraph about the disease is not."""
    doc = make_doc(
        (
            "introduction",
            "Invented tumours are rare lesions of made-up tissue. We describe a case of a 19-year-old with an invented "
            "tumour of the lung. He was then given definitive radiotherapy. He achieved a complete response.\n"
            "He developed liver metastases in the made-up model we use for teaching.",
        ),
        ("case", "A 19-year-old man presented with cough."),
    )
    assert _rows(doc, nlp, "age_years", "sex", "site", "treatment", "response", "metastasis") == [
        (19.0, "male", "lung", "RT", "CR", None)
    ]


def test_regression_passive_announcement_of_all_cases_gives_each_its_site(nlp):
    """"Two cases of IMT arising in the urinary bladder are reported here" announces as many cases as the report numbers: its site
    speaks for each (a numbered case whose own sentences name no organ had none); "are reported here" is the
    report's own cases, not the literature."""
    doc = make_doc(
        ("abstract", "Two cases of IMT arising in the urinary bladder are reported here."),
        (
            "case",
            "(1) A 41-year-old man presented with haematuria. Cystoscopy showed a polypoid lesion. "
            "(2) A 57-year-old man had a mass on imaging. He underwent partial cystectomy.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "age_years", "site") == [("case-1", 41.0, "bladder"), ("case-2", 57.0, "bladder")]


def test_regression_report_as_subject_announces_and_respectively_items_of_unequal_length(nlp):
    """"Our study documents three children": the count; "each had a tumour located in the transverse mesocolon, small
    intestinal mesentery and duodenum respectively": items of one to three words, one per patient; "but one was
    ruptured ... and the patient later relapsed" is an unnamed one of them, no patient's value."""
    doc = make_doc(
        ("title", "Invented abdominal tumours in children"),
        (
            "abstract",
            "Our study documents three children with this invented tumour. At laparotomy, each had a bulky tumour "
            "(4-11 cm) located in the transverse mesocolon, small intestinal mesentery and duodenum respectively. All "
            "lesions were excised, but one was ruptured while being removed and the patient later developed a recurrence.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "site", "treatment", "recurrence") == [
        ("case-1", "mesentery", "SE", None),
        ("case-2", "mesentery", "SE", None),
        ("case-3", "duodenum", "SE", None),
    ]


def test_regression_background_sentence_opening_on_its_goes_on_with_the_case(nlp):
    doc = make_doc(
        (
            "introduction",
            "Lesions like this are uncommon. Here we describe a case of a bulky stomach tumour with weight loss. "
            "We found the work-up hard. Its resection confirmed the diagnosis.",
        ),
        ("case", "A 66-year-old man was admitted with fatigue."),
    )
    assert _rows(doc, nlp, "age_years", "site", "treatment") == [(66.0, "stomach", "SE")]


def test_regression_two_patients_presenting_and_one_case_whereas_the_other(nlp):
    """"Two patients presented with ..." announces two; "One case was ALK positive, whereas the other ..." deals
    the sentence out (a noun after "one" and "whereas" before "the other")."""
    doc = make_doc(
        (
            "abstract",
            "Two patients presented with invented masses of the placenta. One case was positive for ALK by "
            "immunohistochemistry, whereas the other was negative for desmin.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "site", "ihc_positive", "ihc_negative") == [
        ("case-1", "placenta", ["ALK"], None),
        ("case-2", "placenta", None, ["desmin"]),
    ]


def test_recurring_organ_is_the_last_resort_site(nlp):
    """No sentence cues a site, but one organ is named twice and no other as often: it is the site (a last
    resort after the headings, the announcements and the operation); two organs named as often give none."""
    doc = make_doc(("case", "A 40-year-old invented man had abdominal pain. The spleen was enlarged. Imaging of the spleen was repeated."))
    assert _rows(doc, nlp, "site") == [("spleen",)]
    doc = make_doc(("case", "A 40-year-old invented man had pain. The spleen and the liver were enlarged. The spleen and the liver were scanned."))
    assert _rows(doc, nlp, "site") == [(None,)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two numbered patients named together in running text, a "respectively" list dealt out in their order
            "Case 1: a 64-year-old man had weight loss. Case 2: a 19-year-old woman had night sweats. The masses of "
            "cases 1 and 2 arose in the pancreas and the spleen, respectively.",
            [("case-1", 64.0, "pancreas"), ("case-2", 19.0, "spleen")],
        ),
        (  # a patient named only beside another ("patients 1 and 2") is a patient of its own
            "Patient 1: a 64-year-old man had weight loss. Patient 3: a 19-year-old woman had night sweats. In patients "
            "1 and 2 the tumour grew in the pancreas and the spleen, respectively. Patient 2 was a 45-year-old woman.",
            [("case-1", 64.0, "pancreas"), ("case-2", 45.0, "spleen"), ("case-3", 19.0, None)],
        ),
        (  # a number beside "cases" that counts years is no list of patients
            "Case 1: a 64-year-old man had weight loss. Case 2: a 19-year-old woman had night sweats. Both had been "
            "well for 3 and 5 years before.",
            [("case-1", 64.0, None), ("case-2", 19.0, None)],
        ),
    ],
)
def test_regression_numbered_patients_named_together_in_running_text(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "case_id", "age_years", "site") == expected


@pytest.mark.parametrize(
    ("tail", "sites"),
    [
        (  # items of several words after the preposition that opens the list
            "They came to us with a tender swelling of the ovary and a hard lump in the spleen, respectively.",
            ["ovary", "spleen"],
        ),
        (  # the list opened by "in" after a verb phrase
            "Their tumours arose in the upper pole of the kidney and the tail of the pancreas, respectively.",
            ["kidney", "pancreas"],
        ),
        (  # an item of more than six words: which organ goes with whom is unsure, so neither patient gets one
            "They came to us with a tender swelling of the ovary and a large, hard and entirely painless lump that had "
            "grown in the spleen over years, respectively.",
            [None, None],
        ),
    ],
)
def test_regression_respectively_list_of_longer_phrases_gives_each_patient_its_item(nlp, tail, sites):
    text = "We describe two invented women aged 38 and 71 years. " + tail
    assert [r[0] for r in _rows(_abstract(text), nlp, "site")] == sites


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two "respectively" lists in the sentence stating the ages together: each list dealt out on its own
            "We report two invented men aged 52 and 28 years, respectively, with tumours of the bladder and the "
            "stomach, respectively.",
            [(52.0, "bladder", None), (28.0, "stomach", None)],
        ),
        (  # the same before numbered patients ("The first patient ...")
            "Two invented men, aged 52 and 28 years, respectively, had tumours of the bladder and the stomach, "
            "respectively. The first patient underwent an operation. The second patient received ceritinib.",
            [(52.0, "bladder", "SE"), (28.0, "stomach", "ALKi")],
        ),
        (  # "the first ...; the second ..." in one sentence: each its own piece, in order
            "We report two invented men aged 52 and 28 years with tumours of the bladder. The first was given "
            "ceritinib; the second underwent a partial cystectomy.",
            [(52.0, "bladder", "ALKi"), (28.0, "bladder", "SE")],
        ),
        (  # the same after numbered patients
            "Case 1: a 52-year-old man had haematuria. Case 2: a 28-year-old man had vomiting. The first was given "
            "ceritinib, and the second underwent a partial cystectomy.",
            [(52.0, None, "ALKi"), (28.0, "bladder", "SE")],
        ),
        (  # "one ..., the other ...": which of two patients with their own ages is "one" is not said, so neither
            "We report two invented men aged 52 and 28 years with tumours of the bladder. One was given ceritinib, "
            "while the other underwent a partial cystectomy. Both are alive.",
            [(52.0, "bladder", None), (28.0, "bladder", None)],
        ),
        (  # "both": every patient's
            "We report two invented men aged 52 and 28 years with tumours of the bladder. Both were given ceritinib.",
            [(52.0, "bladder", "ALKi"), (28.0, "bladder", "ALKi")],
        ),
    ],
)
def test_regression_series_sentences_shared_out_among_patients_introduced_together(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "age_years", "site", "treatment") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the count announcing the patients counts exactly them: "these two patients"
            "Two patients were treated with alectinib for invented tumours of the pleura. Both remain well.",
            [("case-1", "ALKi"), ("case-2", "ALKi")],
        ),
        (  # the same with the count's noun followed by a group description
            "We report two patients with ALK-rearranged invented tumours of the pleura treated with alectinib.",
            [("case-1", "ALKi"), ("case-2", "ALKi")],
        ),
        (  # inside a larger reviewed series the counted two are still the rows made from them: their treatment
            "We reviewed eleven adults with this invented tumour of the pleura. Two patients were treated with alectinib "
            "after a recurrence.",
            [("case-1", "ALKi"), ("case-2", "ALKi")],
        ),
        (  # so beside a cohort statistic
            "Two patients were treated with alectinib for invented tumours of the pleura. ALK was positive in 64% (7/11).",
            [("case-1", "ALKi"), ("case-2", "ALKi")],
        ),
        (  # a count with what its group had beside a larger total is a subset: no rows of its own, nobody's treatment
            "We reviewed eleven adults with this invented tumour of the pleura. Two patients with unresectable tumours "
            "were treated with alectinib.",
            [("index", None)],
        ),
    ],
)
def test_regression_announcing_count_names_exactly_the_reported_patients(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "case_id", "treatment") == expected


@pytest.mark.parametrize(
    "tail",
    [
        "One of them relapsed after 9 months and was given ceritinib.",  # a sentence opening on an unnamed one
        "In one case, a relapse after 9 months was treated with ceritinib.",
        "One patient relapsed after 9 months and was given ceritinib.",
        "Both were operated on, and one relapsed after 9 months and was given ceritinib.",  # the clause only
    ],
)
def test_regression_an_unnamed_one_of_patients_with_their_own_ages_is_neither(nlp, tail):
    text = "We describe two invented girls aged 9 and 14 years with tumours of the ovary. " + tail
    assert _rows(_abstract(text), nlp, "age_years", "recurrence", "drugs") == [(9.0, None, None), (14.0, None, None)]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (  # ranks in one sentence: each patient introduced in turn gets its own piece, not the last one introduced
            "The first was given lorlatinib; the second underwent a nephrectomy.",
            [(27.0, "ALKi", None), (70.0, "SE", None)],
        ),
        (  # an unnamed one of them: not the last one introduced
            "One relapsed after 11 months.",
            [(27.0, None, None), (70.0, None, None)],
        ),
    ],
)
def test_regression_patients_introduced_in_turn_then_ranked_or_unnamed(nlp, tail, expected):
    text = (
        "We report two cases of this invented tumour. A 27-year-old woman had a mass of the ovary. A 70-year-old man "
        "had a mass of the kidney. " + tail
    )
    assert _rows(_abstract(text), nlp, "age_years", "treatment", "recurrence") == expected


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("La mayoría de los casos se curan con la cirugía.", True),
        ("Se han descrito casos en el riñón y en la vejiga.", True),
        ("La localización más frecuente es el pulmón.", True),
        ("El tumor miofibroblástico inflamatorio es una neoplasia poco frecuente.", True),
        ("Les tumeurs myofibroblastiques inflammatoires sont rares chez l'adulte.", True),
        ("La plupart des patients guérissent après l'exérèse.", True),
        ("A maioria dos casos ocorre em crianças.", True),
        ("O TMI é uma neoplasia de comportamento intermediário.", True),
        ("La paciente fue operada sin complicaciones.", False),
        ("Algunos días después la paciente presentó fiebre.", False),
        ("Muitos meses depois, o menino voltou a ter tosse.", False),
        ("Le patient a reçu du crizotinib.", False),
        ("A massa foi ressecada por completo.", False),
    ],
)
def test_romance_language_statements_about_the_disease_in_general(text, generic):
    assert narrative.is_generic(text) is generic


# -- cohort abstracts: the outcome share-out of a series, a series counted by sex ---------------------------------
_OUTCOME_COHORT = (
    "Twelve adults with this invented tumour were followed at one hospital. ALK was positive in 9 of 12 tumours. "
    "{tail}"
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (  # the rest of the series' outcomes follow the singled-out patient's in the same sentence: not hers
            "One patient with a pelvic tumour died of the disease, two were lost to follow-up, three relapsed and "
            "the remaining six were free of disease.",
            [("case-1", "DOD", None)],
        ),
        (
            "One patient with a hepatic primary died of the disease; the other eleven are alive and disease-free.",
            [("case-1", "DOD", None)],
        ),
        (  # negative: the singled-out patient's own clauses go on after a comma
            "One patient with a pelvic tumour relapsed after 14 months, received crizotinib and died of the disease.",
            [("case-1", "DOD", True)],
        ),
    ],
)
def test_regression_singled_out_patient_ends_where_the_rest_of_the_series_starts(nlp, tail, expected):
    doc = _abstract(_OUTCOME_COHORT.format(tail=tail))
    assert _rows(doc, nlp, "case_id", "status", "recurrence") == expected


@pytest.mark.parametrize(
    ("text", "cohort"),
    [
        ("There were 6 men and 1 woman with a tumour of the colon.", True),
        ("The series included 3 females and 8 males.", True),
        ("Ages ranged from 19 to 70 years (median, 45 years).", True),
        ("The woman and her 2 sons were seen in clinic.", False),  # negative: no group counted by sex
        ("She was seen 3 times and 2 women from her family were screened.", False),
    ],
)
def test_regression_series_counted_by_sex_in_figures_is_a_cohort_statistic(text, cohort):
    assert narrative.is_cohort(text) is cohort


def test_regression_series_counted_by_sex_gives_no_sex_to_a_row(nlp):
    doc = _abstract(
        "Methods: The slides of 4 further patients with this invented sarcoma were reviewed. Results: There were "
        "3 men and 1 woman aged 21 to 66 years (mean, 40 years). All four tumours arose in the mesentery."
    )
    assert _rows(doc, nlp, "sex") == [(None,)]


# -- reviews and cohort studies that describe no patient of their own ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        (  # a narrative review
            "Invented myofibroblastic tumours carry kinase fusions in about two thirds of cases. Excision is the "
            "mainstay, and unresectable tumours are given kinase inhibitors such as lorlatinib. In this review we "
            "summarise their pathology and management."
        ),
        (  # a cohort study told only in figures, its outcomes shared out between groups
            "Children treated for an invented tumour of the pleura over 18 years were reviewed. Ten children had the "
            "tumour, with a boy-to-girl ratio of 3:2. Six children had a complete resection and are alive. Four had "
            "an incomplete resection; two relapsed and received vinorelbine, and the other two died of disease."
        ),
        (
            "We retrospectively analysed 23 adults with an invented sarcoma of the colon. Follow-up ranged from 8 to "
            "77 months. Nineteen are alive without disease and four died of disease."
        ),
    ],
)
def test_regression_review_or_cohort_without_an_individual_patient_gives_no_row(nlp, text):
    assert _rows(_abstract(text), nlp, "case_id") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # negative: a review that adds one further case of its own keeps that patient's row
            "This paper reviews kinase inhibitors in an invented tumour and describes one further case treated with "
            "lorlatinib.",
            [("index",)],
        ),
        (  # negative: a case report's page cut before the patient keeps its row
            "Invented tumour of the tongue: a case report. Invented tumours are rare lesions of made-up tissue.",
            [("index",)],
        ),
        (  # negative: a small series told in figures keeps its row
            "The records of 3 patients with an invented tumour were reviewed. All three had a resection.",
            [("index",)],
        ),
        (  # a cohort study that follows one of its patients in mid-sentence gives that patient's row
            "Fifteen adults with an invented tumour of the liver were studied retrospectively. The mean age was 52 "
            "years. During a median follow-up of 30 months, a patient developed a relapse at 7 months. Then, the "
            "patient received crizotinib.",
            [("case-1",)],
        ),
    ],
)
def test_regression_review_or_cohort_with_a_patient_of_its_own_keeps_a_row(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "case_id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a review that says so in the passive voice
            "Invented myofibroblastic lesions of the pleura arise mostly in young adults. Kinase fusions are found in "
            "half of them. The published experience with this invented tumour is reviewed here.",
            [],
        ),
        (
            "Invented sarcomas of the colon respond to kinase inhibitors such as lorlatinib. Their current management "
            "is briefly reviewed.",
            [],
        ),
        # negative: a case report's page cut before the patient keeps its row
        ("Invented tumour of the cheek: a case report. The literature is reviewed.", [("index",)]),
    ],
)
def test_regression_review_named_in_the_passive_gives_no_row(nlp, text, expected):
    """Regression (issue 12): a review without a patient of its own that names itself in the passive ("the literature
    on X is reviewed here") gives no row, as one saying "we review" does."""
    assert _rows(_abstract(text), nlp, "case_id") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the own patient first, then the reviewed cases' figures and one of their patients
            "We report a 6-year-old boy with an invented tumour of the left atrium that was resected; he is alive and "
            "well at 30 months. We also reviewed 37 published cases of this tumour. Eight patients died of disease and "
            "the tumour recurred in 5. A 52-year-old woman with a ventricular mass died after 2 days.",
            [(6.0, "male", None, "ANED", None)],
        ),
        (  # the review first, the own patient after it with an own cue
            "We systematically reviewed 140 renal IMTs reported between 1975 and 2021. ALK was positive in 61%. The "
            "tumour recurred in 9% and four patients died of disease. We also describe a 23-year-old woman with a "
            "renal mass resected by partial nephrectomy, who is free of disease at 20 months.",
            [(23.0, "female", None, "ANED", None)],
        ),
        # negatives: the text turns back to its own patient
        (  # by introducing it (no patient read before the review)
            "A search of the English literature found 19 cases of invented gastric tumour. A 44-year-old man had a "
            "gastric mass that recurred after resection.",
            [(44.0, "male", True, None, None)],
        ),
        (  # by a word for the one patient
            "We describe a 9-year-old girl with a bladder mass. We also reviewed 25 previously reported cases. Her "
            "tumour recurred 4 months after resection.",
            [(9.0, "female", True, None, None)],
        ),
        (  # by a new paragraph
            "We describe a 9-year-old girl with a bladder mass. We also reviewed 25 previously reported cases.\n"
            "The tumour recurred 4 months after resection.",
            [(9.0, "female", True, None, None)],
        ),
    ],
)
def test_regression_reviewed_literature_cases_after_the_own_case_stay_off_its_row(nlp, text, expected):
    """Regression (issue 12): a case report that adds a literature review in its abstract ("We also reviewed 37
    published cases. Eight patients died ...") speaks of the reviewed cases until it turns back to its own patient
    (an own cue, "she", a new paragraph or part): their deaths, recurrences and markers are not the patient's."""
    doc = _abstract(text)
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.sex, r.recurrence, r.status, r.ihc_positive) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("We also reviewed 41 published cases of the invented tumour.", True),
        ("We searched PubMed and identified twenty-two patients with gastric IMT.", True),
        ("A review of the English literature found 28 cases.", True),
        # negatives: the authors' own series, and the announcement of a review without cases
        ("We reviewed the records of 5 patients treated at our hospital.", False),
        ("We retrospectively reviewed seven children treated between 2006 and 2019.", False),
        ("We report a case and review the literature.", False),
    ],
)
def test_literature_review_opening(text, opens):
    assert bool(narrative._rx("literature_review_opening").search(text)) is opens


# -- a comparison with the report's own patient speaks of another -------------------------------------------------
@pytest.mark.parametrize(
    ("discussion", "drugs"),
    [
        ("Like our patient, a 9-year-old girl described by Varga had an omental tumour that shrank on lorlatinib.", ["ceritinib"]),
        ("Similar to the present case, a man of 58 reported by Osei responded to lorlatinib.", ["ceritinib"]),
        ("Unlike our patient, the boy reported by Lindqvist received lorlatinib and died.", ["ceritinib"]),
        # negatives: the own patient is the subject, the comparison is about the other
        ("Our patient, like the girl described by Varga, was later switched to lorlatinib.", ["ceritinib", "lorlatinib"]),
        ("Unlike the boy reported by Lindqvist, our patient was later given lorlatinib.", ["ceritinib", "lorlatinib"]),
    ],
)
def test_regression_comparison_with_own_patient_is_no_own_cue(nlp, discussion, drugs):
    doc = make_doc(
        ("case", "A 35-year-old woman had an invented sarcoma of the omentum. She was treated with ceritinib."),
        ("discussion", discussion),
    )
    assert _rows(doc, nlp, "drugs") == [(drugs,)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kinase inhibitors can control relapsed disease, as in our patient.",
        "Adjuvant crizotinib, as in the present case, has not been tested prospectively.",
        "Our patient, like the girl described by Varga, was later switched to lorlatinib.",
    ],
)
def test_regression_statement_that_holds_for_own_patient_stays_own(sentence):
    assert narrative.is_own(sentence)


# -- patients introduced together, then named by their age ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We report two children with an invented tumour: a 3-year-old girl with a hepatic mass and a 13-year-old "
            "boy with a renal mass. The 3-year-old was given alectinib. The 13-year-old underwent nephrectomy alone.",
            [(3.0, "ALKi", False), (13.0, "SE", False)],
        ),
        (
            "Two women, aged 36 and 70 years, had an invented tumour of the tongue excised. The older woman relapsed "
            "after 4 months. The younger woman received no further therapy.",
            [(36.0, "SE", False), (70.0, "SE", True)],
        ),
        (  # negative: "the older" of three picks none; the sentence stays shared
            "Three men, aged 30, 44 and 61 years, had an invented tumour of the tongue excised. The older man relapsed.",
            [(30.0, "SE", True), (44.0, "SE", True), (61.0, "SE", True)],
        ),
    ],
)
def test_regression_patients_introduced_together_then_named_by_age(nlp, text, expected):
    rows = _rows(_abstract(text), nlp, "age_years", "treatment", "recurrence")
    assert [(a, t, r is True) for a, t, r in rows] == expected


@pytest.mark.parametrize(("first", "second"), [("First case", "Second case"), ("First patient", "Second patient")])
def test_regression_bare_ordinal_headings_number_the_patients(nlp, first, second):
    doc = make_doc(
        (
            "case",
            f"{first}\nA 52-year-old man had an invented tumour of the tongue excised.\n"
            f"{second}\nA 17-year-old girl had an invented tumour of the palate and received ceritinib.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "age_years", "drugs") == [("case-1", 52.0, None), ("case-2", 17.0, ["ceritinib"])]


@pytest.mark.parametrize(
    "text",
    [
        "First case of an invented tumour of the palate treated with ceritinib.",
        "First patient reported with this invented tumour of the palate.",
    ],
)
def test_regression_first_case_of_a_kind_is_no_patient_marker(text):
    assert patient_number(text) is None


# -- a single report that names an earlier patient of the literature beside its own ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Invented tumours of the thyroid are rare in the elderly. The only previous elderly patient, an 81-year-old "
        "man, died of the disease. We report a 68-year-old woman who underwent thyroidectomy; she is alive at 9 months.",
        "Invented tumours of the thyroid are rare in the elderly; so far, an 81-year-old man is the single elderly "
        "patient on record. We report a 68-year-old woman who underwent thyroidectomy; she is alive at 9 months.",
        "A 68-year-old woman underwent thyroidectomy for an invented tumour; she is alive at 9 months. Searching the "
        "databases found one earlier elderly case, an 81-year-old man who died of the disease.",
    ],
)
def test_regression_earlier_patient_named_beside_the_own_one_is_not_the_patient(nlp, text):
    assert _rows(_abstract(text), nlp, "age_years", "sex", "status") == [(68.0, "female", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # negative: the patient's own history with a word of earlier events keeps her age and sentences
            "A 68-year-old woman with no previous illness had an invented tumour of the thyroid. She died of the "
            "disease 5 months after thyroidectomy.",
            [(68.0, "female", "DOD")],
        ),
        (  # negative: a different age without a word of earlier reports stays the patient's (e.g. a later age)
            "We report a 68-year-old woman with an invented tumour of the thyroid. A 69-year-old by then, she died of "
            "the disease.",
            [(68.0, "female", "DOD")],
        ),
    ],
)
def test_regression_own_patient_sentences_with_earlier_words_are_kept(nlp, text, expected):
    assert _rows(_abstract(text), nlp, "age_years", "sex", "status") == expected


_KIDNEY_SERIES = (
    "We retrospectively reviewed 14 adults with an invented tumour of the kidney. The median age was 51 years. "
    "Nephrectomy was done in 12 of the 14 patients. {tail}"
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (  # one patient singled out after the series she is one of
            "Among the 14 patients, one with a renal vein thrombus died of the disease.",
            [("case-1", "DOD", None)],
        ),
        (  # the next sentence about the rest of the series is not hers
            "One patient received alectinib for a relapse. Thirteen patients are free of disease.",
            [("case-1", None, ["alectinib"])],
        ),
        (  # negative: a sentence going on with her stays hers
            "One patient received alectinib for a relapse. She died of the disease after 2 years.",
            [("case-1", "DOD", ["alectinib"])],
        ),
    ],
)
def test_regression_singled_out_patient_of_a_series_and_the_rest_of_it(nlp, tail, expected):
    doc = _abstract(_KIDNEY_SERIES.format(tail=tail))
    assert _rows(doc, nlp, "case_id", "status", "drugs") == expected


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Case P1 A 61-year-old man had a gastric mass.", 1),
        ("Patient P2 was a teenage girl.", 2),
        ("P3: a 40-year-old woman with cough.", 3),
        ("CASE P4: an infant with a neck lump.", 4),
        ("P16: diffusely positive in tumour cells.", None),
        ("P2 was measured at 12 mmHg.", None),
        ("In case p53 staining is weak, repeat it.", None),
    ],
)
def test_regression_case_p1_patient_p2_p3_colon_patient_codes(text, n):
    """Regression (issue 12): patients coded "P1", "P2" ("Case P1", "Patient P2", a bare "P3:") are numbered."""
    assert patient_number(text) == n


@pytest.mark.parametrize(
    "body",
    [
        "P1: A 44-year-old man had a renal mass and underwent nephrectomy.\n"
        "P2: A 12-year-old girl had a mesenteric mass that recurred.",
        "Case P1 A 44-year-old man had a renal mass and underwent nephrectomy. "
        "Case P2 A 12-year-old girl had a mesenteric mass that recurred.",
        "Patient P1: a 44-year-old man had a renal mass and underwent nephrectomy; "
        "Patient P2: a 12-year-old girl had a mesenteric mass that recurred.",
    ],
)
def test_regression_patient_codes_p1_p2_give_one_row_each(nlp, body):
    doc = make_doc(("case", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("case-1", 44.0, "male"), ("case-2", 12.0, "female")]
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "statuses"),
    [
        (
            "Two siblings, a 30-year-old woman and a 9-year-old boy, had abdominal masses. "
            "The boy underwent resection and the mass recurred. Both are alive and well.",
            ["ANED", "ANED"],
        ),
        (
            "Two women, aged 34 and 51 years, had uterine masses. The latter underwent hysterectomy. "
            "Both patients died of disease.",
            ["DOD", "DOD"],
        ),
        (
            "We report two cases. A 5-year-old boy had a lung mass. A 40-year-old woman had a liver mass "
            "and relapsed. Both have recovered and are alive and well.",
            ["ANED", "ANED"],
        ),
        # "both" of something else stays with the patient the text turned to
        (
            "Two siblings, a 30-year-old woman and a 9-year-old boy, had abdominal masses. "
            "The boy underwent resection and the mass recurred. Both lungs were clear and he is alive and well.",
            [None, "ANED"],
        ),
    ],
)
def test_regression_both_are_alive_after_turning_to_one_patient_is_both_patients(nlp, body, statuses):
    """Regression (issue 12): after the text turns to one of two patients (by sex, "the latter", in turn),
    a sentence whose subject is both of them ("Both are alive and well", "Both patients died") is each one's."""
    doc = make_doc(("case", body))
    rows = extract_narrative(doc, nlp)
    assert [r.status for r in rows] == statuses
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("Both are alive and well.", True),
        ("Both have had no recurrence.", True),
        ("Both died of disease within a year.", True),
        ("Both children continue on crizotinib.", True),
        ("Both lungs were clear.", False),
        ("Both parents had no tumours.", False),
        ("Both ovaries appeared normal.", False),
        # a fusion both patients carry, two relatives who are the report's patients
        ("Both harboured a CLTC-ALK fusion.", True),
        ("Both carried the same rearrangement.", True),
        ("The two sisters had an EML4::ALK rearrangement.", True),
        ("These two brothers received crizotinib.", True),
        ("Her two sisters had no tumours.", False),
        ("Both kidneys harboured small cysts.", False),
    ],
)
def test_regression_both_as_subject_speaks_for_both_patients(text, together):
    assert narrative.speaks_for_all(text) is together


@pytest.mark.parametrize(
    ("text", "cohort"),
    [
        ("Desmin was positive in 3 of 4.", True),
        ("Caldesmon stained in two out of three, and SMA in all.", True),
        ("ALK was expressed in 3/4 cases.", True),
        ("Relapse occurred in 2/5 of the patients.", True),
        ("CD34 was positive in 1/3; S100 in none.", True),
        ("Tumour was seen in 3 of 4 biopsy cores.", False),
        ("Metastases were found in 2 of 11 lymph nodes.", False),
        ("Desmin was positive and ALK was negative.", False),
        ("The mass measured 3/4 of the kidney length.", False),
    ],
)
def test_regression_fraction_of_the_series_is_a_cohort_statistic(text, cohort):
    """Regression (issue 12): "in 3 of 4", "3/4 cases" is a share of a series, no patient's value."""
    assert narrative.is_cohort(text) is cohort


@pytest.mark.parametrize(
    "body",
    [
        "Four patients with bladder IMT were treated between 2003 and 2016. All tumours were resected. "
        "Desmin was positive in 3 of 4. ALK was expressed in 3/4 cases.",
        "We reviewed four cases of vesical IMT. Desmin was positive in 3 of 4, and SMA in all.",
    ],
)
def test_regression_series_told_in_figures_keeps_no_fraction_on_its_row(nlp, body):
    """A small series told only in figures keeps one row, but a marker positive in a share of it is not that row's."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert all(r.ihc_positive is None and r.ihc_negative is None for r in rows)
    assert_grounded(doc, rows)


def test_regression_single_patient_with_counted_samples_keeps_its_markers(nlp):
    doc = make_doc(("case", "A 52-year-old woman had a gastric mass. Desmin was positive in 2 of 3 biopsy samples. She is alive and well."))
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.ihc_positive, r.status) for r in rows] == [("index", 52.0, ["desmin"], "ANED")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # ages listed in the lead, both sexes named: each member its age in order, no member a sex
            "Three adults with an invented bladder tumour (two men and one woman, aged 31, 52 and 70 years) were "
            "treated by transurethral resection (n = 2) or partial cystectomy (n = 1).",
            [(31.0, None), (52.0, None), (70.0, None)],
        ),
        (  # one sex named: every member keeps it
            "Three women with an invented bladder tumour (aged 31, 52 and 70 years) were treated by transurethral "
            "resection (n = 2) or partial cystectomy (n = 1).",
            [(31.0, "female"), (52.0, "female"), (70.0, "female")],
        ),
        (  # negative: a list of another length than the series gives no member its age from the lead
            "Three adults with an invented bladder tumour (aged 31 and 70 years at surgery) were treated by "
            "transurethral resection (n = 2) or partial cystectomy (n = 1).",
            [(31.0, None), (31.0, None), (31.0, None)],
        ),
    ],
)
def test_regression_ages_listed_in_the_lead_of_a_series_counted_by_groups(nlp, body, expected):
    """Regression (issue 12): a series dealt out by group sizes ("treated by X (n = 2) or Y (n = 1)") whose lead lists
    one age per patient ("two men and one woman, aged 31, 52 and 70 years") gave every member the first age and the
    sex of the last noun; each member now takes its age in order, and a lead naming both sexes gives none a sex."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.sex) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "We report three children with an invented abdominal tumour. The tumours arose in the transverse "
            "mesocolon, the small-bowel mesentery and the duodenum.",
            [(None, "mesentery"), (None, "mesentery"), (None, "duodenum")],
        ),
        (  # a series announced with its disease before the verb, its sex told by the plural noun
            "Four girls with a gastrointestinal IMT were treated at our hospital between 2001 and 2011. The lesions "
            "were located in the gastric antrum, the colon, the rectum and the appendix.",
            [("female", "stomach"), ("female", "colon"), ("female", "rectum"), ("female", "appendix")],
        ),
        (
            "Three boys with an invented lung tumour presented with cough. All three underwent lobectomy.",
            [("male", "lung"), ("male", "lung"), ("male", "lung")],
        ),
        # negatives: a list of another length, a series larger than a small one
        (
            "We report two children with an invented abdominal tumour. The tumours arose in the mesocolon, the "
            "duodenum and the liver.",
            [(None, "mesentery"), (None, "mesentery")],
        ),
        (
            "Seven girls with a gastrointestinal IMT were treated at our hospital between 2001 and 2011. The lesions "
            "were located in the gastric antrum, the colon, the rectum and the appendix.",
            [(None, "stomach")],
        ),
        # negatives: a subset of a larger series counted elsewhere is no series of its own
        (
            "We retrospectively reviewed 20 children with IMT treated between 2000 and 2020. Five patients with "
            "unresectable tumours were treated with crizotinib and four responded.",
            [],
        ),
        (
            "Twenty-two adults with IMT were reviewed. Three patients with pulmonary tumours were treated with "
            "lobectomy.",
            [(None, "lung")],
        ),
    ],
)
def test_regression_small_series_told_in_figures_deals_out_its_listed_places(nlp, body, expected):
    """Regression (issue 12): a small series told only in figures ("Four girls with X were treated ...", "The
    tumours arose in A, B and C") gave one row; each announced patient now has a row, its place from the list in
    order and its sex from the plural noun that counts them."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.sex, r.site) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Two women, aged 36 and 57 years, had an invented tumour of the uterus. The former underwent hysterectomy, "
            "while the latter received lorlatinib.",
            [(36.0, "SE", None), (57.0, "ALKi", ["lorlatinib"])],
        ),
        (
            "Two infants, aged 3 and 9 months, had an invented tumour of the tongue. The younger was treated by "
            "excision, whereas the older received crizotinib.",
            [(0.25, "SE", None), (0.75, "ALKi", ["crizotinib"])],
        ),
        (
            "Two boys, aged 5 and 12 years, had an invented bladder tumour. The 5-year-old underwent partial "
            "cystectomy; the 12-year-old was given ceritinib.",
            [(5.0, "SE", None), (12.0, "ALKi", ["ceritinib"])],
        ),
        (  # the clause turning to the other gives him nothing of the first one's
            "Two boys, aged 5 and 12 years, had an invented bladder tumour. The younger underwent partial "
            "cystectomy and the older had no treatment.",
            [(5.0, "SE", None), (12.0, None, None)],
        ),
        (  # negative: one patient turned to alone keeps the whole sentence
            "Two boys, aged 5 and 12 years, had an invented bladder tumour. The younger underwent partial "
            "cystectomy and later received ceritinib.",
            [(5.0, "SE+ALKi", ["ceritinib"]), (12.0, None, None)],
        ),
    ],
)
def test_regression_sentence_turning_from_one_patient_to_the_other_in_a_later_clause(nlp, body, expected):
    """Regression (issue 12): two patients introduced together by their ages, then told apart in one sentence ("The
    former underwent X, while the latter received Y", "The younger ...; the older ...", "the 5-year-old ...; the
    12-year-old ..."): the whole sentence went to the first one; each clause is now its own patient's."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.treatment, r.drugs) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A 38-year-old man presented with melaena and underwent partial gastrectomy for an invented gastric "
            "tumour. In addition, we describe a 6-year-old girl with a gastric mass who relapsed after wedge resection.",
            [(38.0, "male", None), (6.0, "female", True)],
        ),
        (
            "A 38-year-old man had an invented tumour of the colon that was resected. We also present a second case, "
            "a 71-year-old woman whose colonic tumour recurred after 5 months.",
            [(38.0, "male", None), (71.0, "female", True)],
        ),
        # negatives: one own patient, the further sentence about another matter or another person
        (
            "A 38-year-old man had an invented tumour of the colon that was resected. We also describe its imaging "
            "features. The tumour recurred after 5 months.",
            [(38.0, "male", True)],
        ),
        (
            "A 38-year-old man had an invented tumour of the colon that was resected. His 64-year-old mother had "
            "colon cancer. The tumour recurred after 5 months.",
            [(38.0, "male", True)],
        ),
    ],
)
def test_regression_second_own_patient_added_after_the_first(nlp, body, expected):
    """Regression (issue 12): a report that tells one patient and then goes on to a further one of its own ("In
    addition, we describe a 6-year-old girl ...", "We also present a second case, ...") gave one row with both
    patients' facts; each now has its own."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.sex, r.recurrence) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "own_only"),
    [
        ("Introduction and importance: Invented tumours of the caecum are rare.", True),
        ("INTRODUCTION AND IMPORTANCE: Invented tumours of the caecum are rare.", True),
        ("Clinical discussion: Two earlier patients died of disease.", True),
        ("Clinical Discussion: Two earlier patients died of disease.", True),
        ("Presentation Of Case: A 40-year-old man had a caecal mass.", False),
        ("Case Presentation: A 40-year-old man had a caecal mass.", False),
        ("Patient Concerns: A 40-year-old man had abdominal pain.", False),
        ("Clinical Presentation: A 40-year-old man had a caecal mass.", False),
        # negatives: no label
        ("Patient 1: a 40-year-old man had a caecal mass.", None),
        ("The patient: a 40-year-old man.", None),
        ("Clinically, the mass was firm.", None),
    ],
)
def test_regression_title_case_and_surgical_journal_abstract_labels(text, own_only):
    """Regression (issue 12): structured-abstract labels in title case ("Case Presentation:", "Presentation Of
    Case:") and the surgical case-report journals' "Introduction and importance:" / "Clinical discussion:" labels."""
    assert narrative.inline_label(text) is own_only


def test_regression_clinical_discussion_label_keeps_other_patients_off_the_row(nlp):
    doc = _abstract(
        "Introduction and importance: Invented tumours of the male breast are exceptional. Presentation of case: A "
        "61-year-old man presented with a firm breast lump and underwent mastectomy. He is well 11 months later. "
        "Clinical discussion: Few male cases exist; one patient developed lung metastases and died of disease. "
        "Conclusion: Excision is curative."
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.sex, r.metastasis) for r in rows] == [(61.0, "male", None)]
    assert rows[0].status != "DOD"
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a clause after a semicolon opening on another numbered patient is that patient's
            "Patient 1 was a 3-year-old boy with an invented mesenteric tumour. Patient 2 was an 8-year-old girl with "
            "an invented lung tumour. Patient 3 was a 15-year-old boy with an invented bladder tumour. Patients 1 and 3 "
            "underwent complete resection; patient 2 received lorlatinib.",
            [(3.0, "SE", None), (8.0, "ALKi", ["lorlatinib"]), (15.0, "SE", None)],
        ),
        (  # a range names each patient of it
            "Patient 1 was a 3-year-old boy with an invented mesenteric tumour. Patient 2 was an 8-year-old girl with "
            "an invented lung tumour. Patient 3 was a 15-year-old boy with an invented bladder tumour. Patients 1-3 "
            "received lorlatinib.",
            [(3.0, "ALKi", ["lorlatinib"]), (8.0, "ALKi", ["lorlatinib"]), (15.0, "ALKi", ["lorlatinib"])],
        ),
        (  # the series named as a whole with a range before one of them is singled out
            "Three children (patients 1-3) aged 3, 8 and 15 years had invented tumours of the mesentery, lung and "
            "bladder, respectively. Patient 2 received lorlatinib.",
            [(3.0, None, None), (8.0, "ALKi", ["lorlatinib"]), (15.0, None, None)],
        ),
        # negative: a semicolon before a count of patients' ages is no turn to a numbered patient
        (
            "Patient 1 was a 3-year-old boy with an invented mesenteric tumour that was resected; patients 2 years "
            "older relapse more often. Patient 2 was an 8-year-old girl who received lorlatinib.",
            [(3.0, "SE", None), (8.0, "ALKi", ["lorlatinib"])],
        ),
    ],
)
def test_regression_numbered_patients_named_in_a_later_clause_or_by_a_range(nlp, body, expected):
    """Regression (issue 12): "Patients 1 and 3 underwent resection; patient 2 received X" gave patient 2's drug to
    patients 1 and 3 and nothing to patient 2; "Patients 1-3" named only patients 1 and 3; "Three children
    (patients 1-3) aged ..." was read as patient 1's sentence."""
    doc = make_doc(("case", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.treatment, r.drugs) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("Both our patients are alive without disease.", True),
        ("Both these children recovered after resection.", True),
        ("Both the tumours recurred within a year.", True),
        # negatives: both of one patient's organs
        ("Both kidneys were normal on ultrasound.", False),
        ("Both ovaries were preserved.", False),
    ],
)
def test_regression_both_our_patients_without_of_speaks_for_all(text, together):
    """Regression (issue 12): "Both our patients ...", "Both these children ..." (no "of") speak for every patient."""
    assert narrative.speaks_for_all(text) is together


def test_regression_both_our_patients_after_numbered_cases_and_a_review(nlp):
    doc = _abstract(
        "We report two patients with an invented tonsillar tumour. Case 1 was a 12-year-old girl treated by "
        "tonsillectomy. Case 2 was a 58-year-old man whose tumour was excised. We also reviewed 22 previously "
        "published cases; six recurred and two patients died. Both our patients are alive without disease."
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.recurrence, r.status) for r in rows] == [
        ("case-1", 12.0, None, "ANED"),
        ("case-2", 58.0, None, "ANED"),
    ]
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Two siblings, a 7-year-old boy and a 10-year-old girl, had invented abdominal tumours. The boy underwent "
            "resection, while the girl received crizotinib.",
            [(7.0, "SE", None), (10.0, "ALKi", ["crizotinib"])],
        ),
        (
            "We report two patients with an invented lung tumour: a 33-year-old woman and a 61-year-old man. The woman "
            "underwent lobectomy; the man received alectinib.",
            [(33.0, "SE", None), (61.0, "ALKi", ["alectinib"])],
        ),
        # negative: a possessive names a relative, not the other patient
        (
            "Two siblings, a 7-year-old boy and a 10-year-old girl, had invented abdominal tumours. The boy underwent "
            "resection, and the girl's mother was screened by ultrasound.",
            [(7.0, "SE", None), (10.0, None, None)],
        ),
    ],
)
def test_regression_sentence_turning_from_one_patient_to_the_other_by_sex(nlp, body, expected):
    """Regression (issue 12): "The boy underwent X, while the girl received Y" (patients of different sexes introduced
    together) gave both treatments to the boy; each clause is now its own patient's."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.treatment, r.drugs) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # announced with their age range; parts of the series told by a bare count belong to no one row
            "Five patients aged 14 to 66 years with a pulmonary inflammatory pseudotumour were treated. Four underwent lobectomy, "
            "and one received radiotherapy. The other four are alive without disease.",
            [("lung", None, None)] * 5,
        ),
        # negatives: "all five" speaks for every patient; a series within a larger counted one stays no series
        (
            "Five patients aged 14 to 66 years with a pulmonary inflammatory pseudotumour were treated. All five underwent "
            "lobectomy.",
            [("lung", "SE", None)] * 5,
        ),
        (
            "Twenty adults with a pulmonary inflammatory pseudotumour were reviewed. Five patients aged 14 to 66 years with "
            "larger lesions were treated by lobectomy.",
            [],
        ),
    ],
)
def test_regression_series_announced_with_an_age_range_and_parts_told_by_bare_counts(nlp, body, expected):
    """Regression (issue 12): "Five patients aged 14 to 66 years with X were treated" announces a small series told
    in figures (one row each); "Four underwent X, and one received Y", "The other four are alive" are parts of it
    that the text does not tie to a patient (they were given to every patient)."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.site, r.treatment, r.status) for r in rows] == expected
    assert_grounded(doc, rows)


# -- round 7: patients introduced by rank or as relatives, clauses turning between them ----------------------------


@pytest.mark.parametrize(
    "intro",
    [
        "We report two brothers with this invented tumour. A 5-year-old boy had a fever. A 13-year-old boy had a cough.",
        "Two brothers were referred to us. The younger, aged 5 years, had a fever. The older boy, aged 13 years, had a cough.",
        "Two boys were referred to us. The first was 5 years old and had a fever. The second was 13 years old and had a cough.",
        "A 5-year-old boy and his 13-year-old brother were referred with fever and cough.",
    ],
)
def test_regression_younger_and_older_clauses_of_one_sentence_go_to_their_patients(nlp, intro):
    """Two patients introduced one after another (by an indefinite age, by rank with an age, or as a boy and his
    brother presenting together); a later sentence "The younger had X, whereas the older one had Y" gives each clause
    to its patient."""
    doc = make_doc(
        ("case", f"{intro} The younger had a mass of the spleen, whereas the older boy had a mass of the kidney."),
    )
    assert _rows(doc, nlp, "age_years", "site") == [(5.0, "spleen"), (13.0, "kidney")]


@pytest.mark.parametrize(
    "intro",
    [
        "Two sisters were referred to us. The younger, aged 4 years, had a mass of the spleen. The older girl, aged 9 "
        "years, had a mass of the kidney.",
        "Two girls were referred to us. The first was 4 years old and had a mass of the spleen. The second was 9 years "
        "old and had a mass of the kidney.",
        "A 4-year-old girl and her 9-year-old sister were referred with abdominal pain. The 4-year-old had a mass of the "
        "spleen. The 9-year-old had a mass of the kidney.",
    ],
)
def test_regression_patients_introduced_by_rank_or_as_sisters_are_two(nlp, intro):
    doc = make_doc(("case", intro))
    assert _rows(doc, nlp, "age_years", "site") == [(4.0, "spleen"), (9.0, "kidney")]


def test_regression_relative_presenting_with_the_same_disease_is_a_patient(nlp):
    """"Her 12-year-old brother presented with a similar mass": a relative who is a patient gets a row."""
    doc = make_doc(
        ("case", "An 8-year-old girl presented with a mass of the spleen, which was removed. Three years later, nothing "
                 "had recurred. Her 12-year-old brother presented with a similar tumour of the kidney and underwent "
                 "nephrectomy."),
    )
    assert _rows(doc, nlp, "age_years", "sex") == [(8.0, "female"), (12.0, "male")]


@pytest.mark.parametrize(
    "relative",
    [
        "Her 12-year-old brother was screened with ultrasound at the parents' request and was healthy.",
        "Her brother, aged 12, had been treated for a lymphoma.",
        "Her 40-year-old father presented with a myocardial infarction.",
        "An 8-year-old girl and her 35-year-old mother were seen at the clinic.",
    ],
)
def test_regression_relatives_who_are_not_patients_get_no_row(nlp, relative):
    doc = make_doc(
        ("case", f"An 8-year-old girl presented with a mass of the spleen, which was removed. {relative}"),
    )
    assert _rows(doc, nlp, "age_years", "sex") == [(8.0, "female")]


def test_regression_a_clause_about_the_others_of_a_numbered_series_is_not_the_named_patients(nlp):
    """"Case 2 received X, while the others underwent Y": Y is the other numbered patients', not case 2's; a sentence
    opening on the others inside a patient's part is nobody's."""
    doc = make_doc(
        ("case", "Case 1. A 61-year-old man had a tumour of the stomach. Case 2. A 47-year-old woman had a tumour of the "
                 "colon. Case 3. A 29-year-old woman had a tumour of the bladder. Case 3 received crizotinib, while the "
                 "others underwent radiotherapy."),
    )
    assert _rows(doc, nlp, "case_id", "treatment", "drugs") == [
        ("case-1", "RT", None), ("case-2", "RT", None), ("case-3", "ALKi", ["crizotinib"]),
    ]
    doc = make_doc(
        ("case", "Case 1. A 61-year-old man had a tumour of the stomach. Case 2. A 47-year-old woman had a tumour of the "
                 "colon and received crizotinib. The others underwent radiotherapy."),
    )
    assert _rows(doc, nlp, "case_id", "treatment") == [("case-1", None), ("case-2", "ALKi")]


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("The younger had a relapse in the pleura, whereas the older boy is free of disease.", [True, None]),
        ("The 4-year-old later had a relapse.", [True, None]),
        ("The younger boy later had a relapse.", [True, None]),
        ("The older boy later had a relapse.", [None, True]),
        # no age told apart: the sentence stays with the patient the text is on
        ("The boy later had a relapse.", [None, True]),
    ],
)
def test_regression_numbered_patients_turned_to_by_age_after_their_parts(nlp, after, expected):
    """Numbered patients ("Case 1 ... Case 2 ...") of different ages: a later sentence opening on "the younger", "the
    older boy" or "the 4-year-old" goes to that patient (clause by clause), not to the last one numbered."""
    doc = make_doc(
        ("case", "Case 1. A 4-year-old boy had a mass of the spleen, which was removed. Case 2. A 10-year-old boy had a "
                 f"mass of the kidney, which was removed. {after}"),
    )
    assert [r[1] for r in _rows(doc, nlp, "case_id", "recurrence")] == expected


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("Two brothers were referred to us.", ["male", "male"]),
        ("We report both girls of one family.", ["female", "female"]),
        # precision: a plural noun of no sex, or a count other than the patients', tells nobody's sex
        ("Two children were referred to us.", [None, None]),
        ("Four sisters were screened by ultrasound, and two of them were referred to us.", [None, None]),
    ],
)
def test_regression_patients_introduced_by_rank_take_the_sex_of_their_plural_noun(nlp, intro, expected):
    """"Two brothers were referred. The younger, aged 5 years, ...": each is a boy, as the plural noun says."""
    doc = make_doc(
        ("case", f"{intro} The younger, aged 5 years, had a mass of the spleen. The older one, aged 13 years, had a "
                 "mass of the kidney."),
    )
    assert [r[0] for r in _rows(doc, nlp, "sex")] == expected


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a novelty claim about what was found in the patient cites no one
        ("Whole-transcriptome sequencing revealed a PPFIBP1-ALK fusion, which has not been reported before.", False),
        ("The lesion harboured a novel ALK partner, CLTC, not previously described in the bladder.", False),
        ("Panel sequencing identified an LMNA-NTRK1 fusion that has never been documented in the literature.", False),
        # precision: reports of others' fusions, a negated report with no finding, and any other literature cue still cite
        ("RANBP2-ALK fusions have been reported in IMT of the omentum (9).", True),
        ("Distant spread has never been reported in tumours of the ovary.", True),
        ("An identical fusion was found in two children, not previously described until Okafor et al. studied them.", True),
    ],
)
def test_regression_novelty_claim_about_the_patients_finding_is_no_citation(text, cited):
    assert cites_literature(text) is cited


def test_regression_novelty_claim_sentence_reaches_the_fusion_reader(nlp):
    doc = make_doc(
        ("case", "A 61-year-old woman had a 6-cm mass of the sigmoid mesocolon, which was resected. Anchored PCR "
                 "sequencing revealed a DCTN1-ALK fusion, which to our knowledge has not been reported before."),
        ("discussion", "EML4-ALK fusions have been reported in visceral IMT (14)."),
    )
    texts = [s.text for s in narrative.patient_sentences(doc, nlp)]
    assert any("DCTN1-ALK" in t for t in texts)
    assert not any("EML4-ALK" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # an antibody clone in brackets right after the marker name is no citation range
        ("Ki-67 (30-9) about 12%", False),
        ("Staining for Ki-67 (30-9) was seen in 3% of nuclei.", False),
        # precision: a bracketed range after any other word is still a citation
        ("Nuclear staining was seen in most tumours of the lung (30-32).", True),
        ("Recurrence follows incomplete resection (4-9).", True),
    ],
)
def test_regression_clone_range_after_a_marker_name_is_no_citation(text, cited):
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        # a PDF dump's table flattened into the text after the last case is no patient's
        ("Table 2  Summary of both patients Case Age Site Drug 1 7 y Spleen None 2 12 y Kidney Vinblastine", False),
        ("TABLE 1. Findings in the two boys Case Site Adjuvant 1 Spleen Meloxicam 2 Kidney None", False),
        # precision: prose that refers to a table goes on in lower case and stays read
        ("Table 1 lists his laboratory values; he was given vinblastine afterwards.", True),
    ],
)
def test_regression_flattened_table_caption_block_stays_off_the_last_case(nlp, block, kept):
    doc = make_doc(
        ("case", "Case 1. A 7-year-old boy had a mass of the spleen, which was removed. Case 2. A 12-year-old boy had "
                 f"a mass of the kidney, which was removed.\n{block}"),
    )
    texts = [s.text for s in narrative.patient_sentences(doc, nlp)]
    assert any(t.startswith("Table") or t.startswith("TABLE") for t in texts) is kept
    drugs = [r[0] for r in _rows(doc, nlp, "drugs")]
    assert drugs[0] is None
    assert (drugs[1] is not None) is kept


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # numbered patients ("The first, a ...; The second, a ...") turned to by sex noun in one sentence
        (
            "We report two children with an invented gastric tumour. The first, a 5-year-old girl, had melaena. The second, "
            "a 12-year-old boy, had vomiting. The girl underwent gastrectomy, while the boy received crizotinib.",
            [("case-1", 5.0, "SE", None), ("case-2", 12.0, "ALKi", ["crizotinib"])],
        ),
        # patients introduced together, turned to by pronoun
        (
            "Two patients, a 38-year-old man and a 47-year-old woman, had invented lung tumours. He underwent lobectomy; "
            "she received alectinib.",
            [("index", 38.0, "SE", None), ("index-2", 47.0, "ALKi", ["alectinib"])],
        ),
        # negatives: patients of one sex are not told apart by pronoun; a single clause is the whole sentence's
        (
            "Two patients, a 38-year-old man and a 47-year-old man, had invented lung tumours. He underwent lobectomy; "
            "he later received alectinib.",
            [("index", 38.0, "SE+ALKi", ["alectinib"]), ("index-2", 47.0, "SE+ALKi", ["alectinib"])],
        ),
    ],
)
def test_regression_patients_told_apart_by_sex_noun_or_pronoun_in_one_sentence(nlp, body, expected):
    """Regression (round 10): two numbered patients of different sexes ("The first, a girl ...; The second, a boy ...")
    whom a later sentence turns to by sex noun ("The girl ..., while the boy ..."), and patients introduced together whom
    a sentence turns to by pronoun ("He ...; she ..."), gave that sentence to nobody or to both; each clause is now its
    patient's."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.treatment, r.drugs) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the patients' ages stated together in a sentence after the one naming the group
        (
            "We describe two sisters with an invented lung tumour. Their ages at diagnosis were 5 and 13 years. Both "
            "underwent lobectomy.",
            [("index", 5.0, "female"), ("index-2", 13.0, "female")],
        ),
        (
            "Two men were treated for an invented bladder tumour in our unit. They were 44 and 67 years old, respectively.",
            [("index", 44.0, "male"), ("index-2", 67.0, "male")],
        ),
        # each patient introduced by a noun and "aged", in clauses of one sentence
        (
            "The first patient was a boy aged 7 years with proptosis; the second was a girl aged 10 years with diplopia. "
            "Both had invented orbital tumours.",
            [("index", 7.0, "male"), ("index-2", 10.0, "female")],
        ),
        # negative: one patient and a relative's age stay one row
        (
            "A girl aged 9 years with an invented lung tumour was referred; her mother, aged 35 years, was healthy.",
            [("index", 9.0, "female")],
        ),
    ],
)
def test_regression_ages_of_a_group_stated_together_or_clause_by_clause(nlp, body, expected):
    """Regression (round 10): "Their ages at diagnosis were 5 and 13 years" (no joint-age rule read it), "They were 44
    and 67 years old, respectively" after "Two men ..." (no sex) and "a boy aged 7 years ...; the second was a girl aged
    10 years ..." (one patient) now give one row per patient, each with the group's or its own sex."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == expected
    assert_grounded(doc, rows)


def test_a_range_of_a_groups_ages_is_no_patients_age(nlp):
    doc = make_doc(("abstract", "We describe two sisters with an invented lung tumour. Their ages ranged between 5 and 13 years."))
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years) for r in rows] == [("index", None)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the sex of every patient of a small series, stated apart from their count or numbering
        (
            "In this article, we describe two cases of an invented lung tumour. Both patients were adult males with "
            "lesions in the right upper lobe. In Case 2, CT showed a cavity. Both underwent lobectomy.",
            [("case-1", "male"), ("case-2", "male")],
        ),
        (
            "We report two cases of an invented bladder tumour. Our two female patients both had haematuria. In Case 2, "
            "the mass was larger.",
            [("case-1", "female"), ("case-2", "female")],
        ),
        # negatives: a statement about a different count, or without a sex, gives none
        (
            "In this article, we describe two cases of an invented lung tumour. Three patients in earlier reports were "
            "adult males. In Case 2, CT showed a cavity.",
            [("case-1", None), ("case-2", None)],
        ),
        (
            "In this article, we describe two cases of an invented lung tumour. Both patients were heavy smokers. In "
            "Case 2, CT showed a cavity.",
            [("case-1", None), ("case-2", None)],
        ),
    ],
)
def test_regression_the_sex_of_every_patient_of_a_small_series(nlp, body, expected):
    """Regression (round 10): "Both patients were adult males", "our two female patients" gave no sex to the numbered
    or announced patients of a series; each now takes it when its own sentences state none."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.sex) for r in rows] == expected
    assert_grounded(doc, rows)


def _numbered_doc(abstract: str, cases: list[str]) -> Document:
    text, sections = "", []
    for kind, title, body in [("abstract", "Abstract", abstract), *[("case", f"Case {k}", c) for k, c in enumerate(cases, 1)]]:
        start = len(text)
        text += body + "\n\n"
        sections.append(Section(kind, title, start, start + len(body)))
    return Document(doc_id="numbered", path="numbered.txt", kind="text", text=text, sections=sections)


@pytest.mark.parametrize(
    ("text", "tid"),
    [
        ("Patient 12-006 (DL2). A 9-year-old boy had a pelvic mass.", "12-006"),
        ("Participant C-0418, a man aged 45 years, entered the study.", "C-0418"),
        ("Subject TX-07: an adolescent with a thigh mass.", "TX-07"),
        ("Patient 3-044", "3-044"),
        ("Registry record 05-31 describes a girl with a liver tumour.", "05-31"),
        # plain patient numbers and ranges are no trial identifiers
        ("Case 2 was a 40-year-old woman.", None),
        ("Patients 1-3 received crizotinib.", None),
        ("Case 10-12 were lost to follow-up.", None),
        ("Patient 2 had a 5-cm mass.", None),
    ],
)
def test_trial_patient_identifier_opening_a_vignette(text, tid):
    """A trial supplement's vignettes headed 'Patient 11-004', 'Participant B-0305' were one row (no marker for an
    identifier) or merged two patients with the same site prefix ('5-007', '5-011' both read as patient 5)."""
    assert narrative._trial_id(text) == tid


TRIAL_VIGNETTES = make_doc(
    ("title", "Ensartinib in ALK-altered paediatric tumours: a phase 1 study"),
    (
        "case",
        "Patient 08-002 (DL1). A 12-year-old girl had an inflammatory myofibroblastic tumour of the left psoas muscle. "
        "She received ensartinib and had a partial response. "
        "Patient 08-005 (DL2), a 7-year-old with relapsed neuroblastoma, had progressive disease at cycle 2. "
        "Patient 08-011 (DL2). A 15-year-old boy with an IMT of the mesentery was given ensartinib. "
        "He had stable disease.",
    ),
)


def test_trial_vignettes_are_one_row_each_and_other_tumour_types_are_left_out(nlp):
    """Each identifier-headed vignette of a trial paper is its own patient, numbered in order; the trial's patient
    with another tumour type (a neuroblastoma) is no row."""
    rows = extract_narrative(TRIAL_VIGNETTES, nlp)
    got = [(r.case_id, r.age_years, r.sex) for r in rows]
    assert got == [("case-1", 12.0, "female"), ("case-3", 15.0, "male")]
    assert_grounded(TRIAL_VIGNETTES, rows)


STUDY_DRUG_TITLE = make_doc(
    ("title", "Lorlatinib in ALK-rearranged mesenchymal tumours: an open-label phase 2 study"),
    (
        "case",
        "Participant K-0031 was a 44-year-old man with an IMT of the mesentery. Best response: partial response. "
        "Participant K-0047, a 27-year-old woman with an IMT of the lung, was treated with crizotinib before "
        "enrolment; best response: stable disease. "
        "Participant K-0052 was a 60-year-old man with an IMT of the pleura who withdrew before any assessment.",
    ),
)


def test_trial_vignette_with_a_response_and_no_drug_was_on_the_study_drug(nlp):
    """'Participant B-0305 ... Best response: stable disease.' named no drug: a trial vignette's response was to the
    study drug its title names. One naming its own drug keeps it; one without a response gets none."""
    rows = extract_narrative(STUDY_DRUG_TITLE, nlp)
    got = [(r.age_years, r.treatment, r.drugs) for r in rows]
    assert got == [(44.0, "ALKi", ["lorlatinib"]), (27.0, "ALKi", ["crizotinib"]), (60.0, None, None)]
    assert_grounded(STUDY_DRUG_TITLE, rows)


SAME_PREFIX = make_doc(
    (
        "case",
        "Participant 4-010 was a 33-year-old woman with an IMT of the lung treated with lorlatinib. "
        "Participant 4-017 was a 58-year-old man with an IMT of the bladder treated with crizotinib.",
    ),
)


def test_trial_identifiers_with_one_site_prefix_are_two_patients(nlp):
    rows = extract_narrative(SAME_PREFIX, nlp)
    assert [(r.age_years, r.sex) for r in rows] == [(33.0, "female"), (58.0, "male")]


NUMBERED_WITH_CARCINOMA = make_doc(
    (
        "case",
        "Case 1. A 50-year-old woman had an IMT of the breast. "
        "Case 2. A 61-year-old woman with a history of ductal carcinoma had a spindle-cell tumour of the chest wall.",
    ),
)


def test_numbered_case_naming_another_tumour_stays_a_patient(nlp):
    """Only a trial's identifier-headed patient of another tumour type is left out: a numbered case of a case report
    with a carcinoma in her history is still a patient."""
    rows = extract_narrative(NUMBERED_WITH_CARCINOMA, nlp)
    assert [r.case_id for r in rows] == ["case-1", "case-2"]


OTHERS_AFTER_ONE = make_doc(
    (
        "case",
        "Patient 21-003 was a 10-year-old girl with an IMT of the bladder. She had a complete response to crizotinib "
        "and is free of disease 14 months later. "
        "The three remaining IMT patients had progressive disease and died.",
    ),
)


def test_sentence_opening_on_the_studys_other_patients_is_not_the_patients(nlp):
    """'The two other IMT participants both had stable disease' after one trial patient's vignette gave her their
    response and status."""
    rows = extract_narrative(OTHERS_AFTER_ONE, nlp)
    assert [(r.age_years, r.response, r.status) for r in rows] == [(10.0, "CR", "ANED")]


@pytest.mark.parametrize(
    ("text", "others"),
    [
        ("The two other IMT participants both had stable disease.", True),
        ("All remaining patients were alive at the cut-off.", True),
        ("The other children received chemotherapy.", True),
        ("The other margins were clear.", False),
        ("The patient's two other siblings are healthy.", False),
    ],
)
def test_others_opening(text, others):
    assert bool(narrative._rx("others_opening").match(text)) is others


@pytest.mark.parametrize(
    "abstract, expected",
    [
        (
            "We treated two patients, a man and a woman aged 33 and 70 years, respectively, for a renal mass.",
            [(33.0, "male"), (70.0, "female")],
        ),
        (
            "Our unit saw two children: a 7-month-old boy with a gastric mass and a 10-year-old girl with a pelvic one.",
            [(0.58, "male"), (10.0, "female")],
        ),
    ],
)
def test_regression_ages_listed_only_in_the_abstract_go_to_the_numbered_cases_in_order(nlp, abstract, expected):
    doc = _numbered_doc(
        abstract,
        [
            "The first patient came with flank pain. He underwent nephrectomy and is well.",
            "This patient had haematuria for a month. She had a partial nephrectomy.",
        ],
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("case-1", *expected[0]), ("case-2", *expected[1])]
    assert_grounded(doc, rows)


def test_regression_abstract_ages_do_not_override_an_age_the_case_sections_state(nlp):
    doc = _numbered_doc(
        "We treated two patients, a man and a woman aged 33 and 70 years, respectively, for a renal mass.",
        [
            "A 34-year-old man came with flank pain. He underwent nephrectomy.",
            "A 71-year-old woman had haematuria. She had a partial nephrectomy.",
        ],
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.sex) for r in rows] == [(34.0, "male"), (71.0, "female")]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # a sentence opening on one patient's sex noun after the cases is that patient's, not the last case's
        (
            "The woman remains free of disease 30 months after the operation. The boy relapsed at 5 months and is alive with disease at 16 months.",
            [("case-1", None, 30.0, "ANED"), ("case-2", True, 16.0, "AWD")],
        ),
        # a short lead before the clauses that turn from one to the other
        (
            "At the latest review, the woman had no evidence of disease at 30 months, while the boy had relapsed at 5 months and was alive with disease at 16 months.",
            [("case-1", None, 30.0, "ANED"), ("case-2", True, 16.0, "AWD")],
        ),
        # negative: a pronoun is not dealt out by sex (it goes on with the case being told of)
        (
            "She remains free of disease 30 months after the operation.",
            [("case-1", None, None, None), ("case-2", None, 30.0, "ANED")],
        ),
    ],
)
def test_regression_closing_outcomes_dealt_out_by_sex_noun(closing, expected, nlp):
    doc = _numbered_doc(
        "We report two patients with a retroperitoneal IMT.",
        [
            "A 36-year-old woman had back pain. The mass was excised.",
            "A 7-year-old boy had fever. His mass was resected. " + closing,
        ],
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.recurrence, r.follow_up_months, r.status) for r in rows] == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "In the first case, no recurrence was seen after 40 months; in the second case, the tumour recurred at 4 months and the child is alive with disease at 15 months.",
            [("case-1", False, 40.0, "ANED"), ("case-2", True, 15.0, "AWD")],
        ),
        # one case named only: the sentence is that case's, wherever it stands (as before)
        (
            "In the first case, no recurrence was seen after 40 months.",
            [("case-1", False, 40.0, "ANED"), ("case-2", None, None, None)],
        ),
    ],
)
def test_regression_in_the_first_case_in_the_second_case(closing, expected, nlp):
    doc = _numbered_doc(
        "We report two patients with a hepatic IMT.",
        ["A 50-year-old man had jaundice. The mass was excised.", "A 6-year-old boy had fever. His mass was resected. " + closing],
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.recurrence, r.follow_up_months, r.status) for r in rows] == expected


def test_regression_abstract_ages_listed_in_another_order_than_the_cases_are_not_dealt_out(nlp):
    # the abstract names the woman first, but case 1 is the man: the order is not the cases' order
    doc = _numbered_doc(
        "Our unit saw two adults: a 44-year-old woman with a gastric mass and a 58-year-old man with a pelvic one.",
        [
            "The first patient came with pain. He underwent resection and is well.",
            "This patient had bleeding for a month. She had a gastrectomy.",
        ],
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years) for r in rows] == [("case-1", None), ("case-2", None)]


@pytest.mark.parametrize(
    "sentence, positive, negative",
    [
        (
            "Calponin was weakly positive in case 2 and negative in cases 1 and 3.",
            {1: [], 2: ["calponin"], 3: []},
            {1: ["calponin"], 2: [], 3: ["calponin"]},
        ),
        (
            "CD34 was negative in patient 3 and positive in patients 1 and 2.",
            {1: ["CD34"], 2: ["CD34"], 3: []},
            {1: [], 2: [], 3: ["CD34"]},
        ),
    ],
)
def test_regression_one_marker_with_a_predicate_per_group_of_numbered_cases(nlp, sentence, positive, negative):
    doc = _numbered_doc(
        "We report three patients with bladder tumours.",
        [
            "A 40-year-old man had haematuria. " + sentence,
            "A 22-year-old woman had dysuria.",
            "A 65-year-old man had pain.",
        ],
    )
    rows = {r.case_id: r for r in extract_narrative(doc, nlp)}
    for k in (1, 2, 3):
        assert (rows[f"case-{k}"].ihc_positive or []) == positive[k]
        assert (rows[f"case-{k}"].ihc_negative or []) == negative[k]
    assert_grounded(doc, rows.values())


def test_regression_a_respectively_list_of_numbered_cases_is_still_dealt_out(nlp):
    doc = _numbered_doc(
        "We report three patients with bladder tumours.",
        [
            "A 40-year-old man had haematuria. Cases 1 and 2 were followed for 12 and 30 months, respectively.",
            "A 22-year-old woman had dysuria.",
            "A 65-year-old man had pain.",
        ],
    )
    rows = {r.case_id: r for r in extract_narrative(doc, nlp)}
    assert (rows["case-1"].follow_up_months, rows["case-2"].follow_up_months) == (12.0, 30.0)


@pytest.mark.parametrize(
    "shared",
    [
        "All three lesions were composed of plump spindle cells, and all were desmin-positive and negative for CD117.",
        "All were desmin-positive and negative for CD117.",
        "In all three cases the cells were positive for desmin and negative for CD117.",
    ],
)
def test_regression_a_sentence_about_all_numbered_cases_is_each_ones_not_a_cohort_statistic(nlp, shared):
    doc = _numbered_doc(
        "We report three patients with bladder tumours.",
        ["A 40-year-old man had haematuria.", "A 22-year-old woman had dysuria.", "A 65-year-old man had pain. " + shared],
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [(["desmin"], ["CD117"])] * 3
    assert_grounded(doc, rows)


def test_regression_a_statistic_over_published_cases_stays_off_the_numbered_patients(nlp):
    doc = _numbered_doc(
        "We report three patients with bladder tumours.",
        [
            "A 40-year-old man had haematuria.",
            "A 22-year-old woman had dysuria.",
            "A 65-year-old man had pain. All of the reported tumours were desmin-positive in earlier series.",
        ],
    )
    rows = extract_narrative(doc, nlp)
    assert [r.ihc_positive for r in rows[:2]] == [None, None]


_CITED_CASE = (
    "A 52-year-old man was admitted with haematuria. Cystoscopy showed a mass at the bladder dome, which was "
    "resected transurethrally. The tumour cells were positive for ALK and SMA [4], whereas desmin was negative (5, 6). "
    "Ki-67 (30-9) was 5%. Break-apart FISH confirmed an ALK rearrangement [7]. "
    "He has been free of disease for 16 months after surgery [8]."
)


def test_regression_citation_marks_in_a_case_presentation_do_not_make_it_literature(nlp):
    """Real case presentations cite as they go ("positive for ALK and SMA [4]"): under a case heading the marks are
    blanked for the rules, the evidence still quotes the sentence as printed, and an antibody clone stays."""
    doc = make_doc(("title", "Bladder IMT in an adult"), ("case", _CITED_CASE), ("discussion", "IMT is rare [1]."))
    rows = extract_narrative(doc, nlp)
    assert len(rows) == 1
    row = rows[0]
    assert (row.ihc_positive, row.ihc_negative) == (["ALK", "SMA", "Ki-67"], ["desmin"])
    assert (row.ki67_percent, row.follow_up_months, row.status) == (5.0, 16.0, "ANED")
    assert "FISH+" in row.alk_tests
    assert any("[4]" in ev.sentence for ev in row.evidence["ihc_positive"])
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    "sentence",
    [
        "Crizotinib has been reported to induce remission in such tumours [9].",  # a literature cue beside the mark
        "A similar lesion was described in a 7-year-old girl by other authors [10].",
    ],
)
def test_citation_marks_beside_a_literature_cue_still_leave_the_sentence_out(sentence, nlp):
    doc = make_doc(("case", "A 30-year-old woman had a mass of the ileum that was resected. " + sentence))
    texts = [s.text for s in narrative.patient_sentences(doc, nlp)]
    assert not any(sentence[:25] in t for t in texts)


def test_citation_marks_outside_a_headed_case_section_keep_their_weight(nlp):
    """Without a case heading (the whole page read as one section) a cited sentence may be the discussion's."""
    doc = Document(
        doc_id="fict", path="fict.txt", kind="text",
        text="A 30-year-old woman had a mass of the ileum that was resected. Crizotinib induced a remission in a boy [9].",
        sections=[],
    )
    texts = [s.text for s in narrative.patient_sentences(doc, nlp)]
    assert not any("remission" in t for t in texts)


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (
            "The first patient remains free of disease at 30 months, while the second is alive with stable disease at 14 months.",
            [("case-1", 30.0, "ANED"), ("case-2", 14.0, "AWD")],
        ),
        (
            "The first continues to do well without recurrence after 2 years; the second died of disease at 9 months.",
            [("case-1", 24.0, "ANED"), ("case-2", 9.0, "DOD")],
        ),
    ],
)
def test_regression_ranked_outcomes_of_two_patients_in_one_sentence(outcome, expected, nlp):
    """An abstract that closes with both patients' outcomes by rank ("the first remains ..., while the second is ...")
    gives each its own: the rank opens a piece whatever the verb of state after it."""
    doc = make_doc(
        ("abstract", "We describe two patients with pulmonary IMT. The first patient, a 38-year-old man, underwent lobectomy. "
                     "The second patient, a 57-year-old woman, received crizotinib for an unresectable mass. " + outcome),
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.follow_up_months, r.status) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (
            "Both were seen again in 2023: the first remains free of disease at 40 months, while the second relapsed at 6 months and is alive with disease at 20 months.",
            [("case-1", None, 40.0, "ANED"), ("case-2", True, 20.0, "AWD")],
        ),
        (
            "At the last review, the first patient was free of disease at 28 months and the second, who had relapsed locally at 5 months, was alive with disease at 17 months.",
            [("case-1", None, 28.0, "ANED"), ("case-2", True, 17.0, "AWD")],
        ),
        # without a lead or an appositive, as before
        (
            "The first remains free of disease at 40 months, while the second is alive with disease at 20 months.",
            [("case-1", None, 40.0, "ANED"), ("case-2", None, 20.0, "AWD")],
        ),
    ],
)
def test_regression_ranked_outcomes_after_a_lead_clause_or_with_an_appositive(outcome, expected, nlp):
    """A short lead clause before the ranks ("Both were seen again: the first ...") and an appositive clause between a
    rank and its verb ("the second, who had relapsed ..., was ...") still deal the outcomes out by rank."""
    doc = make_doc(
        ("abstract", "We describe two patients with gastric IMT. The first patient, a 44-year-old man, underwent gastrectomy. "
                     "The second patient, a 61-year-old woman, received ceritinib for an unresectable mass. " + outcome),
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.recurrence, r.follow_up_months, r.status) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    "text,cites",
    [
        ("Over 14 months of radiological surveillance neither regrowth nor distant metastasis has been documented.", False),
        ("Since the excision no relapse has been recorded.", False),
        ("Neither relapse nor metastasis has been documented in earlier reports of this entity.", True),
        ("Local recurrence has been documented in up to a quarter of cases.", True),
    ],
)
def test_regression_negated_record_of_the_course_is_no_citation(text, cites):
    assert cites_literature(text) is cites


_PANEL_REPORT = """Inflammatory myofibroblastic tumour of the omentum in a 47-year-old woman

Case presentation
A 47-year-old woman presented with a palpable abdominal mass. CT showed an 11-cm omental mass, which was excised. The staining results are listed in Table 1.

Table 1. Antibodies used
Antibody{sep}Clone{sep}Result
ALK{sep}5A4{sep}Positive (granular)
SMA{sep}1A4{sep}Positive
Desmin{sep}D33{sep}Negative
CD117{sep}polyclonal{sep}Negative

She remained free of disease at 10 months.
"""


@pytest.mark.parametrize("sep", [" ", "   "])
def test_regression_an_antibody_panel_with_cells_one_space_apart_is_read(sep, nlp, tmp_path):
    """A saved page or dump may print the panel's cells one space apart: each line is one marker, its clone and its
    result, rebuilt as the panel's row (three spaces: the padded grid path, same values); each value quotes its line."""
    from eims_extract.ingest import load_document

    path = tmp_path / "panel.txt"
    path.write_text(_PANEL_REPORT.format(sep=sep), encoding="utf-8")
    doc = load_document(path)
    rows = [r for r in extract_narrative(doc, nlp)]
    assert len(rows) == 1
    assert (rows[0].ihc_positive, rows[0].ihc_negative) == (["ALK", "SMA"], ["desmin", "CD117"])
    if sep == " ":  # each value quotes its printed line of the page
        assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # the patient's finding told as not documented is no citation; a documented finding of others is
        ("During 18 months of surveillance neither local relapse nor distant spread has been documented.", False),
        ("No recurrence has been documented in the invented woman.", False),
        ("Such cases have been documented before.", True),
        ("Recurrence has been reported in a fifth of cases.", True),
    ],
)
def test_regression_finding_not_documented_is_no_citation(text, cited):
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("closing", "status", "months"),
    [
        # a present-tense state of "the patient"/"he" in the conclusion or discussion is the report's own patient
        ("The patient is doing well 2 years after the resection.", "ANED", 24.0),
        ("At present, he has survived for 18 months with no recurrence.", "ANED", 18.0),
        ("She has been disease-free for 26 months since the operation.", "ANED", 26.0),
        ("At 2 years after the resection, he has no evidence of recurrence.", "ANED", 24.0),
        ("After 16 months of follow-up, he shows no sign of recurrence.", "ANED", 16.0),
        # "Our 33-year-old patient", "Here, ...", "the man" with a present-tense state
        ("Our 33-year-old patient has been free of recurrence for 14 months.", "ANED", 14.0),
        ("Here, the resection was complete and no recurrence has occurred in 20 months.", "ANED", 20.0),
        ("Twenty months after the resection, the man is well without recurrence.", "ANED", 20.0),
        # the literature's patients, in the past tense, stay out
        ("The patient described by Moreau survived for 18 months with no recurrence.", None, None),
        ("Patients usually do well after complete resection.", None, None),
    ],
)
def test_regression_present_state_of_the_patient_in_the_conclusion_is_own(nlp, closing, status, months):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the ureter: an invented case"),
        ("case", "A 33-year-old man had a mass of the ureter. Segmental resection was performed. ALK was positive."),
        ("discussion", "Ureteral IMT is rare. Complete resection is the usual treatment (3)."),
        ("conclusion", closing),
    )
    assert _rows(doc, nlp, "status", "follow_up_months") == [(status, months)]


@pytest.mark.parametrize(
    ("conclusion", "status", "months"),
    [
        # a structured abstract's conclusion telling the course at a time is the one patient's
        ("At 4 years, no recurrence has been observed. Complete excision is curative.", "ANED", 48.0),
        ("The tumour has not recurred during 30 months of follow-up. IMT belongs in the differential of salivary masses.", "ANED", 30.0),
        # a generality, a recommendation or a cited figure in it is no one's
        ("Recurrence occurs in a quarter of cases within 2 years (7).", None, None),
        ("Follow-up for at least 5 years is recommended, because the tumour may recur.", None, None),
    ],
)
def test_regression_structured_abstract_conclusion_tells_the_patients_course(nlp, conclusion, status, months):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the submandibular gland: an invented case"),
        ("introduction", "IMT of the salivary glands is very rare."),
        ("case", "A 47-year-old woman had a painless submandibular swelling. The gland was excised. ALK was positive."),
        ("conclusion", conclusion),
    )
    assert _rows(doc, nlp, "status", "follow_up_months") == [(status, months)]


def test_regression_conclusion_after_the_discussion_still_needs_an_own_cue(nlp):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the submandibular gland: a second invented case"),
        ("case", "A 47-year-old woman had a painless submandibular swelling. The gland was excised. ALK was positive."),
        ("discussion", "Salivary IMT is rare. Recurrence is uncommon after excision (4)."),
        ("conclusion", "At 4 years, no recurrence was observed in the reported series."),
    )
    assert _rows(doc, nlp, "status", "follow_up_months") == [(None, None)]


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Our 58-year-old patient remains free of disease.", True),
        ("Here, complete excision was achieved.", True),
        # one of several patients is no own cue for the one patient
        ("No sequencing was done in our second patient.", False),
        ("Our results agree with the literature.", False),
    ],
)
def test_regression_own_cue_of_an_aged_patient_or_here(text, own):
    assert narrative.is_own(text) is own


def test_regression_structured_abstract_discussion_before_the_case_tells_the_patients_course(nlp):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the ileum: an invented case"),
        ("case", "A 51-year-old woman had melaena. An ileal mass was resected."),
        ("discussion", "Seventeen months after surgery there is no recurrence."),
        ("introduction", "IMT is an intermediate-grade neoplasm."),
        ("case", "A 51-year-old woman had melaena. CT showed an ileal mass. Segmental resection was done. ALK was positive."),
        ("discussion", "Ileal IMT is rare. Recurrence occurs in up to a quarter of cases within 2 years of surgery, and close "
                       "follow-up for several years is advised because late recurrences after 5 years have been described. "
                       "Incomplete resection is the main risk factor for relapse in most published series of these tumours. "
                       "ALK inhibitors are available for unresectable or recurrent tumours, and several agents have been used. "
                       "Chemotherapy has been given in a few patients with variable results, and radiotherapy is rarely used. "
                       "The role of adjuvant treatment after complete resection remains unclear in the absence of trials.\n"
                       "No recurrence within 3 years is expected after complete resection of a small ileal tumour."),
    )
    assert _rows(doc, nlp, "status", "follow_up_months") == [("ANED", 17.0)]


@pytest.mark.parametrize(
    ("discussion", "expected"),
    [
        # "ours" as the subject after a sentence about the literature is the report's own patient
        (
            "Larsen et al. found relapses in a fifth of invented mesenteric tumours. Like most patients in that series, "
            "ours remains disease-free, now 17 months after the resection.",
            [("ANED", 17.0)],
        ),
        ("As in most reviewed cases, our young woman is well without recurrence at 2 years.", [("ANED", 24.0)]),
        # negatives: "ours" as an object or a possessive noun phrase about the literature, and the literature alone
        ("Most reported patients, unlike ours, died of disease within 2 years.", [(None, None)]),
        ("Larsen et al. described relapses; most of their patients remain disease-free at 5 years.", [(None, None)]),
    ],
)
def test_regression_ours_as_subject_after_the_literature_is_the_own_patient(nlp, discussion, expected):
    doc = make_doc(
        ("title", "Invented tumour of the mesentery"),
        ("case", "A 41-year-old woman underwent resection of a mesenteric mass."),
        ("discussion", discussion),
    )
    assert _rows(doc, nlp, "status", "follow_up_months") == expected


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a specimen's first reading ("was initially reported as ...") is the patient's pathology, no citation
        ("The needle biopsy showed bland spindle cells (desmin negative), so the lesion was initially reported as a fibromatosis.", False),
        ("The frozen section was first described as a reactive process; the final sections showed an IMT.", False),
        # the same reading told at another institution ("was reported at the outside hospital as ..."), with or without "as"
        ("Her core biopsy was reported at the referring hospital as a schwannoma, but our review showed an IMT.", False),
        ("The first biopsy was reported at a local clinic as granulation tissue.", False),
        # precision: an author or a year after "described as" still cites, as does the cue without "as"
        ("This entity was first described as a plasma cell granuloma by Umiker in 1954.", True),
        ("The tumour was originally described as an inflammatory pseudotumour in 1939.", True),
        ("The same fusion was first reported in a renal tumour.", True),
        ("Such a fusion was reported in two hospitals' series in 2019 by Okafor.", True),
    ],
)
def test_regression_specimen_reported_as_a_diagnosis_is_no_citation(text, cited):
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("discussion", "expected"),
    [
        # a discussion's sentence dating the course from the patient's own operation, the last news or a calendar month
        # before a time after surgery is the report's own patient's, with no "our patient" in it
        ("Renal IMT is rare. By October 2023, sixteen months after the nephrectomy, she had no evidence of recurrence.",
         [("ANED", 16.0, None)]),
        ("Renal IMT is rare. At her latest visit, two years after the resection, CT showed no recurrence; she is working again.",
         [("ANED", 24.0, None)]),
        ("Renal IMT is rare. In June 2022, nine months after surgery, CT showed two new hepatic nodules, and a core biopsy "
         "confirmed metastatic IMT.", [(None, None, True)]),
        ("Renal IMT is rare. At the time of writing, 27 months after the nephrectomy, the young woman remains on "
         "crizotinib with small stable residual hepatic nodules.", [("AWD", 27.0, None)]),
        ("Renal IMT is rare. At last follow-up, CT showed no recurrence and she was working full time.", [("ANED", None, None)]),
        ("Renal IMT is rare. Eighteen months postoperatively, MRI showed no recurrence.", [("ANED", 18.0, None)]),
        # negatives: another person introduced, a counted group, a generalisation, a bare year of a citation
        ("A 40-year-old woman in an earlier series developed liver metastases 6 months after the excision.",
         [(None, None, None)]),
        ("Three of the nine patients relapsed 12 months after the resection.", [(None, None, None)]),
        ("Metastases usually appear two years after the resection.", [(None, None, None)]),
        ("In 2019, a large series found liver metastases in a tenth of renal tumours.", [(None, None, None)]),
        # the course of a person the sentence before introduced from the literature is that person's
        ("Brandvold and colleagues described a renal IMT in a 12-year-old boy. Two years after the nephrectomy, he "
         "developed liver metastases.", [(None, None, None)]),
        ("Ong et al. reported a similar case. Two years after the nephrectomy, liver metastases appeared.", [(None, None, None)]),
        # a citation that introduces no one leaves the next sentence to the report's patient
        ("Renal IMT is rare [4]. By May 2024, two years after the nephrectomy, she had no recurrence.", [("ANED", 24.0, None)]),
    ],
)
def test_regression_discussion_sentence_dated_from_the_own_operation_is_the_patients_course(nlp, discussion, expected):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the kidney: an invented case"),
        ("case", "A 36-year-old woman had flank pain. A renal mass was found, and radical nephrectomy was performed. "
                 "ALK was positive."),
        ("discussion", "Renal IMT is rare and is often mistaken for a renal cell carcinoma before the operation. Most "
                       "published tumours were treated by nephrectomy alone, and a few by partial nephrectomy.\n" + discussion),
    )  # two paragraphs: a full text's discussion, not a structured abstract's labelled part
    assert _rows(doc, nlp, "status", "follow_up_months", "metastasis") == expected


_MIMIC_PANEL = (
    "Case report\n"
    "An invented 51-year-old woman had a firm nodule of the forearm, excised with clear margins. The dermal tumour "
    "was made of spindle cells with many plasma cells.\n\n"
    "Table 1. Immunostains of the tumour and of its differential diagnoses\n"
    "Antibody | {own} | Leiomyosarcoma | Nodular fasciitis\n"
    "Desmin | + focal | + | -\n"
    "ALK (5A4) | {alk} | - | -\n"
    "CD34 / S100 | - / - | - / - | - / -\n"
    "h-caldesmon | - | + | -\n"
)


@pytest.mark.parametrize(
    ("own", "alk", "positive", "negative", "tests"),
    [
        # the report's own column of an immunoprofile compared with its mimics is the patient's panel; an ALK line is an
        # ALK immunostain; a line pairing two antibodies with two results is two calls
        ("Present case", "+", ["desmin", "ALK"], ["CD34", "S-100", "caldesmon"], ["IHC+"]),
        ("Our case", "-", ["desmin"], ["ALK", "CD34", "S-100", "caldesmon"], ["IHC-"]),
        # a comparison table without the own case's column tells the mimics, not the patient
        ("Inflammatory leiomyosarcoma", "+", None, None, None),
    ],
)
def test_regression_own_column_of_an_immunoprofile_compared_with_mimics(nlp, tmp_path, own, alk, positive, negative, tests):
    from eims_extract.ingest import load_document

    path = tmp_path / "mimics.txt"
    path.write_text(_MIMIC_PANEL.format(own=own, alk=alk), encoding="utf-8")
    doc = load_document(path)
    rows = extract_narrative(doc, nlp)
    assert [(r.ihc_positive, r.ihc_negative, r.alk_tests) for r in rows] == [(positive, negative, tests)]
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Child 2, a 9-year-old, was seen for cough.", 2),
        ("Infant 3 was born at term with a neck mass.", 3),
        ("In Girl 1 the lesion sat in the ovary.", 1),
        ("A child 2 years younger than her sister was well.", None),
        ("The child was 3 when the mass appeared.", None),
        ("Child 1-2 scores were recorded.", None),
    ],
)
def test_regression_series_numbering_its_patients_by_noun(text, n):
    """A series that numbers its patients by a capitalised noun ("Child 3, a 15-year-old ...") starts patient 3's
    part there; a lower-case noun followed by a number ("a child 2 years younger") is no patient's number."""
    assert patient_number(text) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("The first woman was last seen 30 months after surgery, free of disease.", 1),
        ("The second remains under surveillance without recurrence.", 2),
        ("The third man died of an unrelated stroke.", 3),
        ("The first woman to receive alectinib for this tumour was described in 2015.", None),
        ("The second of these reports described a boy.", None),
    ],
)
def test_regression_ordinal_patient_told_of_again_by_noun_or_state(text, n):
    """A series' outcome paragraph naming its patients by ordinal again ("The first woman was last seen ...", "The
    second remains ..."); an ordinal of the literature ("the first woman to receive ...") is no patient's number."""
    assert patient_number(text) == n


@pytest.mark.parametrize(
    ("discussion", "expected"),
    [
        # a discussion's or conclusion's sentence telling the patient's last state without "our patient": a time after
        # surgery or diagnosis without an article, a follow-up told at a time, the one patient as the subject
        ("Splenic IMT is rare. Nine months after surgery, there was no local recurrence or distant spread.",
         [("ANED", 9.0, False)]),
        ("Splenic IMT is rare. At the 30-month follow-up, the woman remained free of disease.", [("ANED", 30.0, None)]),
        ("Splenic IMT is rare. No recurrence has been observed during 22 months of follow-up.", [("ANED", 22.0, None)]),
        ("Splenic IMT is rare. Follow-up CT at 4, 8 and 16 months showed no sign of recurrence.", [("ANED", 16.0, None)]),
        ("Splenic IMT is rare. Despite crizotinib, she died of progressive disease 11 months after diagnosis.",
         [("DOD", 11.0, None)]),
        ("Splenic IMT is rare. The patient was lost to follow-up after 5 months.", [(None, 5.0, None)]),
        ("Splenic IMT is rare. At 13 months of follow-up, the woman remained clinically free of disease.",
         [("ANED", 13.0, None)]),
        ("Splenic IMT is rare. At 3 and 7 months following radiotherapy, CT did not show recurrence or metastasis.",
         [("ANED", 7.0, False)]),
        ("Splenic IMT is rare. Ultrasound every 4 months has shown no local recurrence to date.", [("ANED", None, None)]),
        ("Splenic IMT is rare. The woman refused further treatment and was lost to follow-up 3 months after discharge.",
         [(None, 3.0, None)]),
        ("Splenic IMT is rare. She made a good recovery, with a 10-month follow-up without recurrence.", [("ANED", 10.0, None)]),
        # the sentence after one telling the follow-up's length goes on with the patient's state
        ("Splenic IMT is rare. At the time of writing, the observation period is 17 months. There are no signs of "
         "relapse or metastasis.", [("ANED", 17.0, False)]),
        # negatives: a recommendation, a generalisation, a counted group, another person introduced before
        ("Splenic IMT is rare. Imaging after 5 years of follow-up is recommended, as late relapses occur.",
         [(None, None, None)]),
        ("Relapses typically appear 12 months after surgery.", [(None, None, None)]),
        ("Two of the seven reviewed patients died 8 months after diagnosis.", [(None, None, None)]),
        ("No recurrence has been observed so far after radiotherapy in reported splenic tumours (9).", [(None, None, None)]),
        ("Varga et al. followed a splenic IMT for 4 years (9). There was no recurrence.", [(None, None, None)]),
        # a cited case named by its authors, then its course without a new cue, and a citation mark in the sentence
        ("In the case reported by Lindgren et al. (6), the tumour recurred twice. The patient died 4 months after the "
         "second surgery.", [(None, None, None)]),
        ("Lindgren et al. (6) described a splenic IMT treated by splenectomy. The patient remained free of disease at "
         "40 months.", [(None, None, None)]),
        ("Metastatic splenic IMT carries a poor outlook; in one report the patient died 6 months after diagnosis (7).",
         [(None, None, None)]),
        ("Varga et al. described a splenic IMT in a 30-year-old man. The patient died of sepsis 3 months after surgery.",
         [(None, None, None)]),
    ],
)
def test_regression_discussion_sentence_with_the_last_state_at_a_time_is_the_patients_course(nlp, discussion, expected):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the spleen: an invented case"),
        ("case", "A 52-year-old woman had left upper quadrant pain. A splenic mass was found and splenectomy was "
                 "performed. ALK was positive."),
        ("discussion", "Splenic IMT is rare and is often mistaken for a lymphoma before the operation. Most published "
                       "tumours were treated by splenectomy alone.\n" + discussion),
    )  # two paragraphs: a full text's discussion, not a structured abstract's labelled part
    assert _rows(doc, nlp, "status", "follow_up_months", "metastasis") == expected


@pytest.mark.parametrize(
    ("legend", "expected"),
    [
        # a figure legend telling the patient's course at a time is the patient's last news
        ("Figure 4. Follow-up MRI 19 months after surgery: no recurrence is seen.", [("ANED", 19.0, ["ALK"])]),
        ("Figure 4. At the 2-year follow-up, the patient remained free of disease.", [("ANED", 24.0, ["ALK"])]),
        # a one-patient report's legend stain is the patient's (no course in it); another person's course is not
        ("Figure 4. The spindle cells are diffusely positive for desmin (x400).", [(None, None, ["ALK", "desmin"])]),
        ("Figure 4. A similar tumour reported by Okafor et al., 6 months after surgery, with no recurrence.",
         [(None, None, ["ALK"])]),
    ],
)
def test_regression_figure_legend_with_the_course_at_a_time_is_the_patients(nlp, legend, expected):
    parts = [
        ("title", "Title", "Inflammatory myofibroblastic tumour of the caecum: an invented case"),
        ("case", "Case report", "A 29-year-old man had right iliac fossa pain. A caecal mass was resected. ALK was positive."),
        ("discussion", "Discussion", "Caecal IMT is rare and mimics appendicitis."),
        ("references", "References", "1. Okafor B. Invented tumours. J Inv. 2020;1:1-2."),
        ("caption", "Figure 4", legend),
    ]
    text, sections = "", []
    for kind, title, body in parts:
        start = len(text)
        text += body + "\n\n"
        sections.append(Section(kind, title, start, start + len(body)))
    doc = Document(doc_id="legend", path="legend.txt", kind="text", text=text, sections=sections)
    assert _rows(doc, nlp, "status", "follow_up_months", "ihc_positive") == expected


_TIMELINE = (
    "Inflammatory myofibroblastic tumour of the ileum in a 33-year-old man: an invented case\n\n"
    "Case report\n\n"
    "A 33-year-old man had colicky pain for two months. CT showed an ileal mass, and segmental resection was done. "
    "ALK was positive.\n\n"
    "Discussion\n\n"
    "Ileal IMT is rare and may cause intussusception.\n\n"
    "Table 1. {caption}\n"
    "Date\tEvent\tFindings\n"
    "March 2021\tAdmission\tColicky pain\n"
    "April 2021\tSegmental resection\tALK-positive tumour\n"
    "May 2023\tLast visit\tNo recurrence on CT 25 months after surgery\n\n"
    "References\n\n"
    "1. Mensah K. Invented tumours. J Inv. 2021;2:3-4.\n"
)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # a timeline of the patient's course (no grid of known columns) is the patient's own lines
        ("Timeline of the patient's course", [("ANED", 25.0)]),
        ("Patient timeline", [("ANED", 25.0)]),
        # negative: another table without a grid stays unread
        ("Events in reported ileal tumours", [(None, None)]),
    ],
)
def test_regression_timeline_table_lines_are_the_patients_course(nlp, tmp_path, caption, expected):
    from eims_extract.ingest import load_document

    path = tmp_path / "timeline.txt"
    path.write_text(_TIMELINE.format(caption=caption), encoding="utf-8")
    doc = load_document(path)
    assert _rows(doc, nlp, "status", "follow_up_months") == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # both sexes named by the members, one list of ages after them: each its age in order, none a sex
            "We describe three children, two boys and one girl, aged 5, 9 and 13 years, with an invented lung tumour.",
            [(5.0, None), (9.0, None), (13.0, None)],
        ),
        (  # "respectively" says the list's order is the members' order: each its age and its noun's sex
            "Three invented patients, one woman and two men, aged 38, 57 and 64 years, respectively, had a pleural "
            "mass removed.",
            [(38.0, "female"), (57.0, "male"), (64.0, "male")],
        ),
        (  # negative: each member states its own age; the later list does not overwrite them
            "We describe three patients: a 6-year-old boy with a lung mass, a 35-year-old woman with a pelvic mass and "
            "a man with a neck mass.",
            [(6.0, "male"), (35.0, "female"), (None, "male")],
        ),
        (  # negative: an age range is nobody's age
            "We describe three children, two boys and one girl, aged 5 to 13 years, with an invented lung tumour.",
            [(None, "male"), (None, "male"), (None, "female")],
        ),
    ],
)
def test_regression_ages_listed_after_members_named_by_person_nouns(nlp, body, expected):
    """Regression (issue 12): a series whose members are named by person nouns in apposition ("three children, two
    boys and one girl, aged 5, 9 and 13 years") gave the whole list of ages to the last member (its first age) and
    none to the others; the one list after the last noun is now every member's in order, and nouns of both sexes
    give no member a sex (as in the counted reading)."""
    doc = make_doc(("abstract", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.sex) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the introduction of the patient, then a comment on the literature after a comma: the patient's age and sex
            "A 39-year-old man presented with dyspnoea, which has been reported in a minority of such cases. "
            "A mass in the left main bronchus was removed.",
            [(39.0, "male")],
        ),
        (
            "In 2021, a 27-year-old woman was admitted with pelvic pain, as previously described by Okoye et al. "
            "She underwent excision.",
            [(27.0, "female")],
        ),
        (  # negative: another author's patient named before any presentation is not the report's
            "A 70-year-old man described by Haddad et al. had a similar mass. "
            "The patient presented with dyspnoea.",
            [(None, None)],
        ),
        (  # a PDF dump interleaving two columns: the introduction up to its verb of presentation, before the cue
            "A 61-year-old woman presented with a      Histologically the tumour was first described by Ruiz et al. in "
            "two-week history of      1952 as a pseudotumour. The mass was removed.",
            [(61.0, "female")],
        ),
        (  # negative: the literature clause itself is not read for the patient
            "A 39-year-old man presented with dyspnoea, as in the woman reported by Brandt et al. "
            "A bronchial mass was removed.",
            [(39.0, "male")],
        ),
    ],
)
def test_regression_case_section_introduction_before_a_literature_comment(nlp, body, expected):
    """Regression (issue 12): a case section's sentence introducing the patient and ending on a comment on the
    literature ("..., which has been reported in ...", "as previously described by X et al.") was dropped as citing
    the literature, and the report lost its patient's age and sex; so was one a dump interleaved with the other
    column's lines."""
    doc = make_doc(("case", body))
    rows = extract_narrative(doc, nlp)
    assert [(r.age_years, r.sex) for r in rows] == expected
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("1st case: A 52-year-old woman had a bladder mass.", 1),
        ("2nd patient", 2),
        ("In the 3rd case, the mass was smaller.", 3),
        # negatives: a digit ordinal that is no patient's label
        ("The 2nd cycle of chemotherapy was given.", None),
        ("1st case of its kind in our hospital", None),
    ],
)
def test_regression_patients_numbered_by_digit_ordinals(text, n):
    """Regression (issue 12): "1st case:" / "2nd case:" headings numbered no patient, and a two-patient report gave
    one row (the first patient's)."""
    assert patient_number(text) == n


def test_regression_series_under_digit_ordinal_headings_gives_a_row_each(nlp):
    doc = make_doc(
        ("case", "1st case: A 52-year-old woman had haematuria. A bladder mass was resected."),
        ("case", "2nd case: A 70-year-old man had urinary retention. He underwent partial cystectomy."),
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("case-1", 52.0, "female"), ("case-2", 70.0, "male")]
    assert_grounded(doc, rows)


def test_regression_joint_introduction_labelling_each_patient_in_brackets(nlp):
    """Regression (issue 12): "Two patients, a 45-year-old woman (case 1) and a 62-year-old man (case 2), ..." was
    read as opening on case 1 only, and case 2 lost its age and sex."""
    doc = make_doc(
        (
            "abstract",
            "Two invented patients, a 47-year-old woman (case 1) and a 66-year-old man (case 2), had a bladder mass. "
            "Case 1 underwent transurethral resection; case 2 had partial cystectomy.",
        ),
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.age_years, r.sex) for r in rows] == [("case-1", 47.0, "female"), ("case-2", 66.0, "male")]
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    "text",
    [
        "Our patient, a 12-year-old girl, was well at 18 months.",
        "Similar tumours were described by Novak et al. [14, 15].",
        "In 9 of 31 reported cases the mass recurred.",
        "She remains free of disease four years after the resection.",
        "We also reviewed the published series of lung lesions.",
        "Both brothers were treated together at our centre.",
        "Ki-67 (30-9) stained 4% of the cells.",
        "",
    ],
)
def test_scope_any_with_the_literal_index_answers_as_every_regex_run(text):
    from eims_extract.fields import narrative

    r = narrative.scope_rules()
    for name in ("own", "literature", "citation", "plural", "generic", "cohort", "intro_own", "together", "collective",
                 "carry_on", "group_single"):
        rxs = getattr(r, name)
        assert narrative._any(rxs, text) == any(rx.search(text) for rx in rxs), name


@pytest.mark.parametrize(
    ("discussion", "expected"),
    [
        # a discussion's sentence with the patient's last news and no "our patient": a death counted "from" the
        # diagnosis, a time passed since the operation, the one patient last seen at a time
        ("Parotid IMT is rare. The nodules kept growing after radiotherapy, and he died of the disease 14 months from the "
         "initial diagnosis.", [("DOD", 14.0)]),
        ("Parotid IMT is rare. Two years have passed since the parotidectomy with no evidence of disease on MRI.",
         [("ANED", 24.0)]),
        ("Parotid IMT is rare. The man was last reviewed in the 15th postoperative month, with ultrasound showing no "
         "residual or recurrent disease.", [("ANED", 15.0)]),
        # negatives: a counted group, a generalisation, a cited case
        ("Parotid IMT is rare. Of eleven reviewed patients, four died 9 months from the initial diagnosis.", [(None, None)]),
        ("Parotid IMT is rare. Deaths may occur years from the initial diagnosis.", [(None, None)]),
        ("Parotid IMT is rare. Four years have passed since the parotidectomy in the boy reported by Ilves et al. [6], "
         "without recurrence.", [(None, None)]),
    ],
)
def test_regression_discussion_sentence_with_last_news_from_diagnosis_or_time_passed_is_the_patients(nlp, discussion, expected):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the parotid gland: an invented case"),
        ("case", "A 47-year-old man had a painless swelling in front of the ear. A parotid mass was found and "
                 "superficial parotidectomy was performed. ALK was positive."),
        ("discussion", "Parotid IMT is rare and is often mistaken for a pleomorphic adenoma before the operation. Most "
                       "published tumours were treated by parotidectomy alone.\n" + discussion),
    )  # two paragraphs: a full text's discussion, not a structured abstract's labelled part
    assert _rows(doc, nlp, "status", "follow_up_months") == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # "case 1 and case 2" names both patients: the "respectively" list is dealt out
        ("Case 1 and case 2 have been followed for 21 and 11 months, respectively, without relapse.", [(21.0, "ANED"), (11.0, "ANED")]),
        # the numbers' unit followed by what it counts from ("... months after surgery, respectively")
        ("Patients 1 and 2 were disease-free at 15 and 27 months after surgery, respectively.", [(15.0, "ANED"), (27.0, "ANED")]),
        # "the two patients" speaks for both
        ("The two patients have been followed for 32 and 8 months, respectively, without relapse.", [(32.0, "ANED"), (8.0, "ANED")]),
        # negative: a single numbered patient's sentence stays that patient's
        ("Case 2 has been followed for 19 months without relapse.", [(None, None), (19.0, "ANED")]),
    ],
)
def test_regression_two_numbered_patients_follow_up_respectively(nlp, closing, expected):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour in two adults: an invented pair of cases"),
        (
            "case",
            "Case 1. A 38-year-old woman had a mesenteric mass that was completely resected. "
            "Case 2. A 55-year-old man had a bladder mass that was resected transurethrally. " + closing,
        ),
    )
    assert _rows(doc, nlp, "follow_up_months", "status") == expected


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # the discussion goes on with the patient: "Her 15-month ..." (a possessive before a number)
        ("Her 15-month surveillance MRI was clear.", (15.0, "ANED")),
        # "as of this writing" is the authors' own last news
        ("As of this writing, she has been taking crizotinib for 14 months with a sustained partial response.", (14.0, "AWD")),
        # negative: a cited patient's course stays out
        ("As of this writing, the patient of Rossi et al. had been followed for 30 months [4].", (None, None)),
    ],
)
def test_regression_discussion_goes_on_with_our_patient(nlp, closing, expected):
    doc = make_doc(
        ("title", "An invented ALK-positive tumour of the colon"),
        ("case", "A 44-year-old woman underwent resection of a colonic inflammatory myofibroblastic tumour."),
        ("discussion", "Complete resection is the treatment of choice. Our patient was treated with surgery alone. " + closing),
    )
    assert _rows(doc, nlp, "follow_up_months", "status") == [expected]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        # two numbered patients each the subject of a clause of their own
        ("At the last visit, patient 1 was alive with disease at 17 months and patient 2 had no evidence of disease at 31 months.",
         [(17.0, "AWD"), (31.0, "ANED")]),
        ("Patient 2 died of progressive disease 5 months after surgery, whereas patient 1 remains free of disease at 4 years.",
         [(48.0, "ANED"), (5.0, "DOD")]),
        # negative: one named patient only
        ("At the last visit, patient 2 had no evidence of disease at 31 months.", [(None, None), (31.0, "ANED")]),
    ],
)
def test_regression_numbered_patients_each_the_subject_of_a_clause(nlp, closing, expected):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour in two adults: an invented pair of cases"),
        (
            "case",
            "Case 1. A 38-year-old woman had a mesenteric mass that was completely resected. "
            "Case 2. A 55-year-old man had a bladder mass that was resected transurethrally.",
        ),
        ("discussion", closing),
    )
    assert _rows(doc, nlp, "follow_up_months", "status") == expected


def test_regression_follow_up_periods_respectively_and_neither_patient_relapsed(nlp):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour in two adults: an invented pair of cases"),
        (
            "case",
            "Case 1. A 38-year-old woman had a mesenteric mass that was completely resected. "
            "Case 2. A 55-year-old man had a bladder mass that was resected transurethrally. "
            "The follow-up periods were 23 and 7 months, respectively, and neither patient has relapsed.",
        ),
    )
    assert _rows(doc, nlp, "follow_up_months", "status") == [(23.0, "ANED"), (7.0, "ANED")]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("In the first, a fortnight of night sweats led to an ultrasound.", 1),
        ("For the second, excision was deferred until after delivery.", 2),
        ("The second man, a retired ferry pilot, had haemoptysis.", 2),
        ("The first girl, aged 9, was seen for a limp.", 1),
        ("In the first week, she had fever.", None),  # a time, not a patient
        ("In the first, second and third biopsies the cells were bland.", None),
        ("The first woman to receive the drug was treated in Oslo.", None),
    ],
)
def test_regression_ordinal_patient_with_apposition_or_bare_ordinal_clause(text, n):
    assert patient_number(text) == n


def test_regression_two_patients_of_one_sex_told_as_the_first_and_the_second(nlp):
    doc = make_doc(
        (
            "case",
            "Two men, aged 44 and 67 years, respectively, came to our clinic in 2022. "
            "In the first, a 5-cm mass of the kidney was found and nephrectomy was done. "
            "The cells were positive for ALK and negative for desmin. "
            "The second man, a former miner, had a mass of the stomach; it was negative for ALK and positive for desmin. "
            "He received crizotinib.",
        ),
    )
    assert _rows(doc, nlp, "case_id", "age_years", "site", "ihc_negative") == [
        ("case-1", 44.0, "kidney", ["desmin"]),
        ("case-2", 67.0, "stomach", ["ALK"]),
    ]


@pytest.mark.parametrize(
    ("text", "cites"),
    [
        ("Review of the 2018 slides alongside the new core showed ALK and SMA positivity.", False),
        ("On review of his imaging, the nodule had doubled.", False),
        ("A second review of the resection specimen confirmed the diagnosis.", False),
        ("A review of 38 cases found ALK expression in most.", True),
        ("In a review of adult pulmonary IMT, recurrence was rare.", True),
    ],
)
def test_regression_review_of_the_patients_own_material_is_no_literature(text, cites):
    assert cites_literature(text) is cites


def test_regression_other_reports_patient_then_by_contrast_our_own(nlp):
    doc = make_doc(
        ("case", "A 12-year-old girl had a mass of the kidney that was excised. She is well."),
        (
            "discussion",
            "In the boy described by Varga et al. [6], growth on brigatinib led to death within months; by contrast, our patient "
            "responded to crizotinib. Unlike our patient, the woman reported by Onu [7] received entrectinib.",
        ),
    )
    rows = extract_narrative(doc, nlp)
    assert_grounded(doc, rows)
    assert [r.drugs for r in rows] == [["crizotinib"]]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a result list opened by "was reported:" is the specimen's report, no citation of other cases
        ("Immunostaining was reported: caldesmon and ALK positive; S100 and CD117 negative; Ki67 12%.", False),
        ("The core biopsy were reported : spindle cells, SMA positive, desmin negative.", False),
        # precision: the cue without the colon still cites
        ("An identical panel was reported in a series of eleven bladder tumours.", True),
        ("Such lesions were first described in the mesentery of children.", True),
    ],
)
def test_regression_result_list_opened_by_reported_colon_is_no_citation(text, cited):
    assert cites_literature(text) is cited


@pytest.mark.parametrize("heading", ["Teaching points", "Key messages", "Learning points", "Take-home message", "Clinical pearls"])
def test_take_home_points_heading_is_no_patient_course(nlp, tmp_path, heading):
    """A boxed take-home part printed under its own heading tells the disease in general: its "recurrence is the main
    risk" is no recurrence of the patient's that would undo the last status."""
    from eims_extract.ingest import load_document

    p = tmp_path / "points.txt"
    p.write_text(
        "A myofibroblastic lump of the parotid\n\nHistory\nA 38-year-old man noticed a painless swelling below his ear. "
        "A superficial parotidectomy removed it.\n\nOutcome\nHe was well with no further recurrence three years after "
        f"the parotidectomy.\n\n{heading}\n- Local recurrence is the main risk after incomplete removal.\n"
        "- Metastases are rare.\n"
    )
    doc = load_document(p)
    rows = extract_narrative(doc, nlp)
    assert [(r.status, r.recurrence, r.metastasis) for r in rows] == [("ANED", False, None)]
    assert_grounded(doc, rows)


def test_take_home_points_heading_keeps_an_own_cue(nlp, tmp_path):
    """Precision: a point that names the patient with an own cue is still read."""
    from eims_extract.ingest import load_document

    p = tmp_path / "points_own.txt"
    p.write_text(
        "A myofibroblastic lump of the parotid\n\nHistory\nA 38-year-old man noticed a painless swelling below his ear. "
        "A superficial parotidectomy removed it.\n\nKey points\n- Our patient received crizotinib after the operation.\n"
    )
    doc = load_document(p)
    rows = extract_narrative(doc, nlp)
    assert [r.drugs for r in rows] == [["crizotinib"]]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Among nine splenic cases we found, one 66-year-old man died of disseminated disease.", True),
        ("Of the 14 cases reported so far, two recurred after incomplete resection.", True),
        ("Among eleven published thyroid tumours, one woman of 70 received crizotinib.", True),
        ("In the twenty-two cases we identified, the median age was 9 years.", True),
        # precision: the report's own series and its own case stay the patients'
        ("Among the three patients we treated, the first was a 40-year-old man.", False),
        ("Of the two cases reported here, the first was a 40-year-old man.", False),
    ],
)
def test_regression_published_cases_the_authors_counted_are_the_literature(text, cited):
    """A discussion counting the published cases the authors found gave that sentence's patient (a 66-year-old man
    who died) to the report's own case when the excerpt ended there."""
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("family", "treatment", "drugs", "status", "sex"),
    [
        # a relative's own cancer, operation, drugs and death told as family history are not the patient's
        ("His mother was diagnosed with breast carcinoma at 50 and received mastectomy followed by tamoxifen and "
         "letrozole, she died in 2009.", "SE", None, "ANED", "male"),
        ("Her late grandfather, a miner, had undergone a lobectomy for lung cancer and was given cisplatin.", "SE", None,
         "ANED", "female"),
        ("Family history: father treated with radiotherapy and docetaxel for prostate carcinoma.", "SE", None, "ANED",
         "female"),
        # negative: a relative who only noticed the illness leaves the sentence the patient's
        ("Her mother had noticed dark stools, and 5-fluorouracil was never given.", "SE", None, "ANED", "female"),
    ],
)
def test_regression_relative_history_is_not_the_patients(nlp, family, treatment, drugs, status, sex):
    opener = ("A 44-year-old woman" if sex == "female" else "A 44-year-old man") + " presented with epigastric pain. "
    doc = make_doc(
        ("title", "An invented tumour of the duodenum: a case report"),
        ("case", opener + family + " A duodenal mass was excised in May 2020 and histology showed an inflammatory "
                 "myofibroblastic tumour. She has had no recurrence 30 months after surgery."
                 if sex == "female" else
                 opener + family + " A duodenal mass was excised in May 2020 and histology showed an inflammatory "
                 "myofibroblastic tumour. He has had no recurrence 30 months after surgery."),
    )
    rows = extract_narrative(doc, nlp)
    assert len(rows) == 1
    row = rows[0]
    assert (row.treatment, row.drugs, row.status, row.sex) == (treatment, drugs, status, sex)
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("Her uncle had a colectomy for colon cancer and died of it.", True),
        ("The patient's elder sister was treated with chemotherapy for a lymphoma.", True),
        ("His aunt's ovarian carcinoma, managed with carboplatin, recurred twice.", True),
        ("There was a family history of gastric cancer in her grandfather, who died after a gastrectomy.", True),
        ("He had a family history of melanoma treated with nivolumab in his mother.", True),
        ("She had a family history of breast cancer and presented with a lung mass.", False),
        # negatives: an observer, a relative with the same disease, a turn to the patient by noun, no illness told
        ("His mother had noticed a lump in his neck.", False),
        ("Her parents had her treated with antibiotics for a presumed abscess.", False),
        ("Her daughter, the second patient, underwent resection of a lung tumour.", False),
        ("His 12-year-old brother presented with a similar mass.", False),
        ("Her brother was diagnosed with an inflammatory myofibroblastic tumour and received crizotinib.", False),
        ("Her husband died of lung cancer, and the patient then developed a cough.", False),
        ("His parents were healthy.", False),
        ("His brother, a 12-year-old boy, was found to have a tumour of the kidney.", False),
        ("Her sister (aged 40) had undergone a hysterectomy for a carcinoma.", False),
    ],
)
def test_regression_relative_history_sentence_blanked_after_the_relative(text, masked):
    from eims_extract.fields.base import Sentence

    out = narrative.without_relative_history(Sentence("fict", text, 0))
    assert (out.text != text) == masked
    if masked and text.split()[0] in ("Her", "His", "She", "He", "The"):
        assert out.text.split()[0] == text.split()[0]  # the possessive or pronoun stays: it tells the patient's sex


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("A fourth patient, a 12-year-old boy with a tumour of the eyelid, is not included because his records were lost.", True),
        ("One further woman of 58 was excluded from this series, her follow-up being too short.", True),
        # precision: what a table or figure leaves out, and what the patient's own workup did not include
        ("The biopsy of 2019 is not included in Table 2.", False),
        ("A 40-year-old man whose workup included a PET scan had a gastric mass.", False),
    ],
)
def test_regression_patient_left_out_of_the_report_is_not_its_patient(text, cited):
    """An excerpt cut before the cases were told gave the one patient the authors left out (age, sex, ALK) to the
    report as a patient of its own."""
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("text", "together"),
    [
        # "neither" opening the sentence on a verb, "both" opening a later clause on the patients' course
        ("Neither underwent chemotherapy, and both remain well 40 and 22 months after excision, respectively.", True),
        ("Neither had a recurrence at the last visit.", True),
        ("Radiotherapy was not given, but both are alive at 3 and 5 years.", True),
        ("The boys were discharged on day 6 and both survived.", True),
        # things of one patient counted two, not the patients
        ("Two polyps were seen and both were snared.", False),
        ("Neither nodule was enhancing.", False),
        ("Neither was stained by desmin.", False),
    ],
)
def test_regression_neither_and_a_later_both_clause_speak_for_both_patients(text, together):
    assert narrative.speaks_for_all(text) is together


PAIR_OUTCOMES = make_doc(
    (
        "abstract",
        "We describe two adults with hepatic IMT. The first, a 47-year-old woman, had a mass of the left lobe removed by "
        "segmentectomy. The second, a man aged 33, underwent a right hepatectomy. Neither received further therapy, and both "
        "remain free of disease 31 and 9 months after surgery, respectively.",
    ),
)


def test_regression_a_respectively_outcome_after_neither_goes_to_each_ranked_patient(nlp):
    rows = extract_narrative(PAIR_OUTCOMES, nlp)
    assert [(r.case_id, r.age_years, r.follow_up_months, r.status) for r in rows] == [
        ("case-1", 47.0, 31.0, "ANED"),
        ("case-2", 33.0, 9.0, "ANED"),
    ]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        # durations each with its own unit before "respectively": one per patient, what they count from left outside
        ("Both stay free of tumour 4 years and 11 months after excision, respectively.", ["4 years", "11 months"]),
        ("Both were alive at 18 months and 2 years, respectively.", ["18 months", "2 years"]),
        # one unit for all: the numbers, as before
        ("They were followed for 16 and 27 months, respectively.", ["16", "27"]),
    ],
)
def test_regression_a_respectively_list_of_durations_with_their_own_units(text, items):
    found = narrative.parallel_list(text, 2)
    assert found is not None and [text[a:b] for a, b in found] == items


PAIR_MIXED_UNITS = make_doc(
    (
        "abstract",
        "We report two men with colonic IMT. The first, a 36-year-old man, had a sigmoid mass removed by sigmoidectomy. "
        "The second, a man aged 70, underwent right hemicolectomy for a caecal tumour. Neither had further treatment, and both "
        "remain free of disease 2 years and 7 months after surgery, respectively.",
    ),
)


def test_regression_durations_with_their_own_units_dealt_out_to_ranked_patients(nlp):
    rows = extract_narrative(PAIR_MIXED_UNITS, nlp)
    assert [(r.case_id, r.follow_up_months, r.status) for r in rows] == [("case-1", 24.0, "ANED"), ("case-2", 7.0, "ANED")]


GAPPED_RANKS = make_doc(
    (
        "abstract",
        "We treated two adults with gastric IMT. The first, a 52-year-old woman, underwent distal gastrectomy. The second, "
        "a man of 39, had a wedge resection. The first is alive without disease at 31 months, the second at 8 months.",
    ),
)


def test_regression_a_gapped_ranked_clause_reads_the_first_ones_predicate(nlp):
    rows = extract_narrative(GAPPED_RANKS, nlp)
    assert [(r.case_id, r.follow_up_months, r.status) for r in rows] == [("case-1", 31.0, "ANED"), ("case-2", 8.0, "ANED")]


@pytest.mark.parametrize(
    ("text", "gapped"),
    [
        ("The first relapsed at 5 months, the second at 11 months.", True),
        ("The first remains well 3 years after surgery, and the second at 14 months after surgery.", True),
        # a piece with its own predicate, or no time to borrow
        ("The first relapsed at 5 months, the second died at 11 months.", False),
        ("The first relapsed at 5 months, the second with a new lesion at 11 months.", False),
    ],
)
def test_regression_gapped_ranked_piece_is_read_with_the_first_predicate(text, gapped):
    from eims_extract.fields.base import Sentence

    pieces = narrative._ranked_pieces(Sentence("d", text, 0, "abstract"), 2)
    assert pieces is not None
    assert (pieces[1].text.startswith("The first")) is gapped


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # a clause after the semicolon opening on another numbered patient is that patient's alone
        (
            "; in case 3 FISH showed no ALK rearrangement.",
            [("case-1", ["KIF5B::ALK"]), ("case-2", ["SQSTM1::ALK"]), ("case-3", None)],
        ),
        # an ending that names nobody stays everyone's; each fusion still its bracket's patient's
        (
            ", as expected.",
            [("case-1", ["KIF5B::ALK"]), ("case-2", ["SQSTM1::ALK"]), ("case-3", None)],
        ),
    ],
)
def test_regression_bracketed_case_after_each_item_deals_items_out(nlp, tail, expected):
    """"... found GENE1-ALK (case 1) and GENE2-ALK (case 2)": each item is the patient of the bracket closing it,
    not both patients'."""
    text = (
        "Case 1 was a 44-year-old man with a mass of the colon. Case 2 was a 9-year-old girl with a lesion of the "
        "kidney. Case 3 was a 60-year-old woman with a nodule of the pleura. RNA sequencing identified KIF5B-ALK "
        "(case 1) and SQSTM1-ALK (case 2)" + tail
    )
    assert _rows(_abstract(text), nlp, "case_id", "kinase_fusions") == expected


def test_regression_bracketed_case_tail_clause_goes_to_its_patient(nlp):
    text = (
        "Case 1 was a 44-year-old man with a mass of the colon. Case 2 was a 9-year-old girl with a lesion of the "
        "kidney. Case 3 was a 60-year-old woman with a nodule of the pleura. RNA sequencing identified KIF5B-ALK "
        "(case 1) and SQSTM1-ALK (case 2); in case 3 ALK FISH was negative."
    )
    rows = {r.case_id: r.alk_tests for r in extract_narrative(_abstract(text), nlp)}
    assert "FISH-" in (rows["case-3"] or [])
    assert "FISH-" not in (rows["case-1"] or []) and "FISH-" not in (rows["case-2"] or [])


@pytest.mark.parametrize(
    "text,generic",
    [
        ("Laryngeal nodules that regrow after laser surgery should be sampled again.", True),
        ("Children with airway tumours need to be followed with repeated endoscopy.", True),
        ("Adults presenting with a painless orbital mass deserve early imaging.", True),
        # the patient's own lesions or a told event are no advice
        ("The nodules that regrew were excised again in May.", False),
        ("Both lesions that recurred should have been sampled earlier, in retrospect.", False),
    ],
)
def test_regression_advice_about_a_kind_of_patient_or_lesion_is_generic(text, generic):
    assert narrative.is_generic(text) is generic


@pytest.mark.parametrize(
    "text,cites",
    [
        ("After the second excision the girl was given naproxen for a year, since blocking prostaglandins has been reported to slow such lesions.", False),
        ("She was started on celecoxib, as its use has been described in a few relapsing cases.", False),
        # no word for the patient before the reason, or a cited case itself: the literature's
        ("Naproxen has been reported to slow such lesions in children.", True),
        ("A girl was given naproxen, since it has been reported to help.", True),
        # a dosed course with its reason after "because", no word for the patient: the course is the patient's
        ("Surveillance was combined with a course of oral naproxen (250 mg twice daily), chosen as an adjunct because "
         "regression with such drugs has been described [4].", False),
        ("A girl was given naproxen (250 mg twice daily) because regression has been described [4].", True),
    ],
)
def test_regression_reason_clause_citing_literature_leaves_the_therapy_the_patients(text, cites):
    assert cites_literature(text) is cites


def test_regression_numbered_case_labels_of_a_structured_abstract(nlp):
    from eims_extract.ingest.text import read_text

    text = (
        "Myofibroblastic tumours of the palate in two children: a short series\n\n"
        "BACKGROUND: Palatal IMT is rare in the young and may be taken for a cyst.\n"
        "CASE 1: At 18 months a boy was seen with a firm lump of the hard palate. It was excised whole and "
        "showed no recurrence over two years.\n"
        "CASE 2: A 9-year-old girl had a mass of the soft palate. After excision it recurred at 5 months and was "
        "excised again.\n"
        "CONCLUSIONS: Local excision sufficed in both children.\n"
    )
    doc = read_text(text.encode(), "palate", "palate.txt")
    heads = [s.title for s in doc.sections if s.kind == "case" and s.title]
    assert heads == ["CASE 1", "CASE 2"]
    rows = _rows(doc, nlp, "case_id", "age_years", "sex", "recurrence")
    assert rows == [("case-1", 1.5, "male", False), ("case-2", 9.0, "female", True)]


_LINES_OF_THERAPY = (
    "Epithelioid inflammatory myofibroblastic sarcoma of the omentum in a 41-year-old woman: an invented case\n\n"
    "Case report\n\n"
    "A 41-year-old woman had abdominal swelling; an omental mass was resected. ALK was positive.\n\n"
    "Table 1. {caption}\n"
    "| Step | Agent | Schedule | Courses | Best response |\n"
    "| 1 | epirubicin + dacarbazine | day 1, every 3 weeks | 4 | PD |\n"
    "| 2 | ceritinib | 450 mg daily | continuous | PR |\n\n"
    "Discussion\n\n"
    "Omental sarcomas of this kind are rare.\n"
)


@pytest.mark.parametrize(
    ("caption", "expected"),
    [
        # the lines of therapy the patient was given: the table's lines are the patient's own
        ("Lines of systemic therapy", [(["epirubicin", "dacarbazine", "ceritinib"],)]),
        ("Treatment lines", [(["epirubicin", "dacarbazine", "ceritinib"],)]),
        # negative: therapies of published cases stay unread
        ("Lines of therapy in previously reported cases", [(None,)]),
    ],
)
def test_regression_lines_of_therapy_table_lines_are_the_patients_own(nlp, tmp_path, caption, expected):
    from eims_extract.ingest import load_document

    path = tmp_path / "lines.txt"
    path.write_text(_LINES_OF_THERAPY.format(caption=caption), encoding="utf-8")
    doc = load_document(path)
    assert _rows(doc, nlp, "drugs") == expected


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ('In the Case section, "A 52-year-old man" should read "A 25-year-old man".', "25-year-old", "52-year-old"),
        ("On page 4, for 'jejunum' read 'ileum'.", "ileum", "jejunum"),
        ("The size of the mass should read 6 cm, not 9 cm.", "6 cm", "9 cm"),
        ("The fusion should read KIF5B::ALK and not EML4::ALK; all else is right.", "KIF5B::ALK", "EML4::ALK"),
        ("The words 'with lung metastases' in the legend are wrong and should be deleted.", "legend", "lung metastases"),
    ],
)
def test_regression_erratum_wrong_wording_is_masked(text, kept, gone):
    """An erratum names the wrong fact beside the corrected one; the wrong age (read first) won over the right one."""
    from eims_extract.fields.base import Sentence

    out = narrative.without_corrected_wording(Sentence("fict", text, 0)).text
    assert kept in out and gone not in out and len(out) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        # precision: quotations and "should" that correct nothing
        'The mother said "it is only a cyst" and the boy was brought in late.',
        "Resection should be considered when the mass grows, not before.",
        "She was able to read again after the orbital mass was removed.",
    ],
)
def test_regression_text_that_corrects_nothing_is_not_masked(text):
    from eims_extract.fields.base import Sentence

    assert narrative.without_corrected_wording(Sentence("fict", text, 0)).text == text


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("They describe a 70-year-old man with a hepatic tumour who died within a year.", True),
        ("We thank the writers for their interest in our report and for sharing their own case, a girl of 5 with a renal mass.", True),
        ("We agree with them; in their patient the fusion was found late.", True),
        ("The recent report of a young boy with a gastric tumour, cured by resection, prompts us to share ours.", True),
        ("We read the article by Marsh and Ito of an infant with a scalp nodule with great interest.", True),
        # precision: the report's own patient, and a letter that names its own patient after the cue
        ("Our patient, a 44-year-old woman, remains well.", False),
        ("They describe a boy treated by resection; our patient, by contrast, received crizotinib.", False),
        ("This report of a 30-year-old man adds to the evidence.", False),
    ],
)
def test_regression_correspondence_commented_case_is_not_the_patient(text, cited):
    """A letter or a reply tells the patient of the report it comments on (or the correspondents' own) before its own:
    that patient's age, sex, drugs and death were read as the document's."""
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Had she relapsed, the drug was at hand, a point the Marsh case, whose tumour regrew, shows well.", True),
        ("The Ito and Berg patient also relapsed.", True),
        # precision: the report's own case named with a capital, and a place-free sentence
        ("The Present case differs.", False),
        ("The Index patient remains well.", False),
    ],
)
def test_regression_other_report_case_named_by_its_author(text, cited):
    """'the Okafor case, whose recurrence was treated without it': a case named by its author's surname is that report's;
    its recurrence was read as the letter's own patient's (and wiped out her disease-free status)."""
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("Inflammatory myofibroblastic tumour (IMT) lacking ALK fusion often carries a ROS1 or NTRK rearrangement.", True),
        ("IMT without ALK rearrangement usually shows other kinase fusions.", True),
        # precision: the patient's own tumour named with a finding
        ("Inflammatory myofibroblastic tumour with ALK staining was diagnosed in our patient.", False),
    ],
)
def test_regression_disease_subject_with_participle_is_generic(text, generic):
    """An abstract's opening about IMT lacking ALK ('... often carries other kinase fusions, of which ROS1 ...') was read
    for the patient: ROS1 became a negative stain."""
    assert narrative.is_generic(text) is generic


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # a letter answering another article: its quoted title may be that article's; the authors' own sentence about
        # both their patients names the site
        ('Re: "Orbital IMT in adults - is surgery enough?"', [("maxillary sinus", "C31.0"), ("maxillary sinus", "C31.0")]),
        ('In reply to "Sinonasal spindle cell lesions"', [("maxillary sinus", "C31.0"), ("maxillary sinus", "C31.0")]),
    ],
)
def test_regression_letter_quoting_another_article_and_the_authors_experience_with_their_patients(nlp, title, expected):
    """A letter headed 'Re: "<another article's title>"' told of 'our experience with two patients with <site> IMT':
    the quoted title gave both patients its site (or the second's was lost); the authors' own sentence speaks for both."""
    doc = make_doc(
        ("title", title),
        (
            "case",
            "Sir, We read the series with interest. Our experience with two patients with maxillary sinus IMT was "
            "otherwise. Case 1 is a man who was 50 when referred; he had three operations for swelling of the cheek "
            "and is alive. Case 2 is a 16-year-old girl whose lesion recurred twice after excision; she is well.",
        ),
    )
    rows = _rows(doc, nlp, "site", "site_code")
    assert [(s if s != "paranasal sinus" else "maxillary sinus", c) for s, c in rows] == expected


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Our experience with three children with IMT of the bladder was quite different.", 3),
        ("We have treated two adult patients with pulmonary IMT since 2015.", 2),
        # negatives: patients before them, or no count
        ("We have treated two other patients with IMT of the lung in the past.", None),
        ("Our experience with this tumour is limited.", None),
    ],
)
def test_regression_authors_experience_with_their_patients_counts_them(text, n):
    assert narrative.announced_count(text) == n


@pytest.mark.parametrize(
    ("text", "together"),
    [
        ("Methods: IMTs negative for ALK on immunostaining were sent for an RNA fusion panel.", True),
        ("Tumours that were positive for pan-TRK in our archive were reviewed.", True),
        # precision: the excluded ones, or a sentence about one tumour, speak for no series
        ("Tumours positive for ALK by IHC were excluded from the study.", False),
        ("The tumour was negative for ALK.", False),
    ],
)
def test_series_selection_criterion_speaks_for_all(text, together):
    assert narrative.speaks_for_all(text) is together


def test_series_selection_criterion_goes_to_every_numbered_patient(nlp):
    """A poster's 'Design: IMTs negative for ALK by IHC ... were tested with an RNA assay' before 'Patient 1 ...',
    'Patient 2 ...' gave no patient the negative ALK stain the series was chosen by."""
    doc = make_doc(
        (
            "case",
            "Design: lesions negative for ALK by immunohistochemistry were profiled with a 70-gene RNA fusion assay. "
            "Patient 1, a 6-year-old girl, had a 3-cm mass of the tongue; the assay found a TPM3-NTRK1 fusion. "
            "Patient 2, a 9-year-old boy, had a mass of the ileum; the assay found an ETV6-NTRK3 fusion.",
        ),
    )
    rows = extract_narrative(doc, nlp)
    assert [(r.case_id, r.ihc_negative, r.alk_tests) for r in rows] == [
        ("case-1", ["ALK"], ["IHC-"]),
        ("case-2", ["ALK"], ["IHC-"]),
    ]
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        # a cited clause beside the own one, either way round: the own clause only
        ("Ceritinib and brigatinib have been given for relapsed IMT (refs 4-6); our patient tolerated alectinib well.",
         ["alectinib"]),
        ("Our patient tolerated alectinib well; ceritinib and brigatinib have been given for relapsed IMT (ref. 12).",
         ["alectinib"]),
        # precision: an own sentence with no cited clause keeps every drug
        ("Our patient received crizotinib first; lorlatinib followed after progression.", ["crizotinib", "lorlatinib"]),
    ],
)
def test_cited_clause_beside_own_clause_is_left_out(nlp, text, drugs):
    """A Discussion's 'Crizotinib, ceritinib and lorlatinib have all been used in relapsed IMT (refs 7-11), ...; the
    co-mutation did not blunt the response in our patient' gave the patient all three drugs: the '(refs 7-11)' mark
    was no citation, and the own clause made the whole sentence the patient's."""
    doc = make_doc(
        ("case", "A 40-year-old man had a pulmonary IMT that was resected."),
        ("discussion", text),
    )
    rows = extract_narrative(doc, nlp)
    assert sorted(rows[0].drugs or []) == sorted(drugs)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("G-banding gave 46,XX,inv(2)(p23q35)[17]/46,XX[3], and RNA sequencing confirmed the fusion.", False),
        ("Conventional cytogenetics showed del(2)(p21) in the tumour cells.", False),
        # precision: number marks after words are still citations
        ("Similar tumours have responded to crizotinib (7, 8).", True),
        ("Such lesions recur in a quarter of cases [12].", True),
    ],
)
def test_karyotype_counts_are_no_citation(text, cited):
    """A karyotype 'inv(2)(p23q13)[14]/46,XY[6]' read '(2)' and '[14]' as citation marks: the sentence was dropped as
    the literature's."""
    assert cites_literature(text) is cited


def test_record_part_headings_under_a_numbered_patient_go_on_with_that_patient(nlp, tmp_path):
    """A consultation series printing each patient's report parts as headings ("Case 1" | "CLINICAL HISTORY" | "ADDENDUM")
    lost every sentence under the part headings: a new section ended the numbered patient. A heading of the whole
    report after the last patient ("Discussion") still does."""
    from eims_extract.ingest import load_document

    p = tmp_path / "consults.txt"
    p.write_text(
        "Two referred myofibroblastic lesions\n\nCase 1\nSPECIMEN: Stomach wall, wedge excision.\n"
        "CLINICAL HISTORY: 6-year-old girl with melaena.\nIHC: ALK positive, desmin negative.\n\n"
        "Case 2\nSPECIMEN: Right kidney, partial nephrectomy.\n"
        "CLINICAL HISTORY: The patient is a 58-year-old man with flank pain.\n"
        "ADDENDUM: RNA panel: no ALK fusion; SMA positive.\n\n"
        "Discussion\nA 30-year-old man with a similar lesion has been described before.\n"
    )
    doc = load_document(p)
    rows = extract_narrative(doc, nlp)
    got = [(r.case_id, r.age_years, r.sex, r.ihc_positive) for r in rows]
    assert got == [("case-1", 6.0, "female", ["ALK"]), ("case-2", 58.0, "male", ["SMA"])]
    assert_grounded(doc, rows)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("The punch biopsy was first reported elsewhere as a dermatofibroma, and he was sent to us for excision.", False),
        ("Her core biopsy was initially reported locally as nodular fasciitis.", False),
        # still a citation: a case published before, named by its authors
        ("A similar lesion was initially reported as a sarcoma by Tamsin and Roe in 2011.", True),
    ],
)
def test_biopsy_reported_elsewhere_as_a_diagnosis_cites_no_one(text, cited):
    """'shave biopsy was initially reported elsewhere as a Spitz naevus' dropped the patient's introducing sentence as
    a citation of the literature: a pathology report from another place is the patient's history."""
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("DISCUSSION  Similar responses to entrectinib have been described in other fusion sarcomas.", True),
        ("CONCLUSION   Sequencing should precede chemotherapy in such tumours.", True),
        # two column headings side by side are no run-in heading
        ("INTRODUCTION                          CASE REPORT", None),
        ("DISCUSSION OF THE CASE", None),
    ],
)
def test_capitalised_heading_run_into_its_paragraph_is_a_label(text, label):
    """'DISCUSSION  Comparable responses to larotrectinib ... are well known' was read as the patient's (larotrectinib
    became a drug given): the heading run in after two spaces opened no discussion part."""
    from eims_extract.fields.narrative import inline_label

    assert inline_label(text) is label


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("FHx: sister h/o ovarian ca s/p TAH-BSO + carboplatin, died 2018", True),
        ("FH: father with colon cancer, colectomy at 60", True),
        ("Family hx: maternal aunt treated w/ tamoxifen for breast ca", True),
        ("FHx: brother w/ AML in remission s/p induction chemo (cytarabine)", True),
        # negatives: another field, a family history naming no illness of a relative
        ("PSH: appendectomy (2009)", False),
        ("FHx: noncontributory", False),
    ],
)
def test_note_field_label_fhx_opens_a_relatives_history(text, masked):
    """A clinical note's "FHx:" field (a father's cancer, operation and death) was read as the patient's treatment and
    outcome: only the spelled-out "Family history:" opened a relative's history."""
    from eims_extract.fields.base import Sentence

    out = narrative.without_relative_history(Sentence("fict", text, 0))
    assert (out.text != text) == masked


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Lit note: sellar IMTs said to respond to steroids; cyclosporine used in adult refractory cases.", True),
        ("Recurrence rate of bladder IMT ~ 10-25% (lit).", True),
        ("Responses to celecoxib are described in lit for small tumours.", True),
        # precision: a word holding "lit", and the patient's own course
        ("The lesion was split and lit from below for the photograph.", False),
        ("She got a literal translation of the consent form.", False),
    ],
)
def test_literature_in_note_shorthand(text, cited):
    """Residents' notes and slides point to the literature as "Lit note:", "(lit)", "in lit": a drug used in another
    population there was read as the patient's."""
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("text", "cohort"),
    [
        # British shorthand "in 4/12" (in four months) in a sentence about one person is no proportion of a group
        ("Aged 5, he was admitted with a second bout of fever in 3/12.", False),
        ("She had lost 4 kg in 2/52, and the mass had grown.", False),
        # guards: a proportion of a series keeps its reading
        ("ALK was positive in 4/12.", True),
        ("ALK was positive in 5/9, and ROS1 in 2/9.", True),
    ],
)
def test_fraction_duration_in_a_one_person_sentence_is_no_cohort(text, cohort):
    from eims_extract.fields.narrative import is_cohort

    assert is_cohort(text) is cohort


@pytest.mark.parametrize(
    ("findings", "pos", "neg"),
    [
        # the paragraph opened on the own patient goes on with what the specimen showed, in the past tense
        ("Histology showed a spindle-cell lesion. Immunostains: ALK positive; desmin negative.", ["ALK"], ["desmin"]),
        ("The resected specimen was positive for SMA and ALK but negative for S100.", ["SMA", "ALK"], ["S-100"]),
        # negative: a present-tense statement on what histology shows in general is no finding of the patient's
        ("Histology typically shows ALK and SMA positivity in such tumours.", None, None),
    ],
)
def test_regression_teaching_file_discussion_goes_on_with_the_specimens_findings(nlp, findings, pos, neg):
    doc = make_doc(
        ("title", "An invented calcified mass of the lung"),
        ("case", "A 10-year-old boy had a cough for two months and a 3 cm mass of the right lower lobe on CT."),
        ("discussion", "Such masses are rare in children. Our patient underwent a lobectomy. " + findings),
    )
    assert _rows(doc, nlp, "ihc_positive", "ihc_negative") == [(pos, neg)]


# -- a series numbered only by the labels of its facts (facts of several patients in one sentence) --------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each site labelled by its case in brackets, dealt out by "one ... and one ..."
            "We present two intraosseous tumours of long bones: one in the distal metaphysis of the femur (case 1) and "
            "one in the proximal diaphysis of the humerus (case 2). Both lesions were excised.",
            [("case-1", "C40.2"), ("case-2", "C40.0")],
        ),
        (  # digits as the dealing words, the ages given as a "respectively" list
            "We report 2 tumours of the urinary tract: 1 of the renal pelvis with an ALK fusion (case 1) and 1 of the "
            "urinary bladder with a ROS1 rearrangement (case 2). The patients were 28 and 55 years old, respectively.",
            [("case-1", "C65.9"), ("case-2", "C67.9")],
        ),
    ],
)
def test_series_labelled_only_by_bracketed_case_numbers_deals_sites_out(nlp, text, expected):
    rows = extract_narrative(_abstract(text), nlp)
    assert_grounded(_abstract(text), rows)
    assert [(r.case_id, r.site_code) for r in rows] == expected


def test_series_labelled_only_by_case_numbers_keeps_respectively_ages(nlp):
    text = (
        "We report 2 tumours of the urinary tract: 1 of the renal pelvis (case 1) and 1 of the urinary bladder "
        "(case 2). The patients were 28 and 55 years old, respectively."
    )
    assert _rows(_abstract(text), nlp, "case_id", "age_years") == [("case-1", 28.0), ("case-2", 55.0)]


def test_parallel_fusions_each_closed_by_in_case_n_go_to_their_patient(nlp):
    """"Sequencing identified a GENE1-ALK fusion in case 1 and a GENE2-ROS1 fusion in case 2": no shared verb before the
    predicates; each object opens on the word the next one opens on ("a ...")."""
    text = (
        "We report two tumours of the lung: one in the upper lobe (case 1) and one in the lower lobe (case 2). "
        "Targeted sequencing identified a novel KIF5B-ALK fusion in case 1 and a CLTC-ROS1 fusion in case 2."
    )
    assert _rows(_abstract(text), nlp, "case_id", "kinase_fusions") == [("case-1", ["KIF5B::ALK"]), ("case-2", ["CLTC::ROS1"])]


def test_patients_named_by_the_kinase_of_their_fusion_take_their_own_clause(nlp):
    """"the ALK-rearranged tumour stained for ALK, while the ROS1-rearranged tumour ... was negative for ALK": each
    clause the patient whose own sentence gave that kinase's fusion."""
    text = (
        "We report two tumours of the lung: one with an ALK fusion (case 1) and one with a ROS1 rearrangement "
        "(case 2). On immunohistochemistry, the ALK-rearranged tumour stained for ALK, while the ROS1-rearranged "
        "tumour stained for ROS1 and was negative for ALK."
    )
    rows = {r.case_id: (r.ihc_positive, r.ihc_negative) for r in extract_narrative(_abstract(text), nlp)}
    assert rows["case-1"] == (["ALK"], None)
    assert rows["case-2"] == (["ROS1"], ["ALK"])


@pytest.mark.parametrize(
    "clause, others_negative",
    [
        ("Calretinin was positive only in case 2.", True),
        ("Calretinin was positive in case 2 only.", True),
        ("Calretinin was positive in case 2.", False),  # no "only": the others are not told
        ("Calretinin was positive in cases 1, 2 and 3 only.", False),  # every patient named
        ("Calretinin was positive in case 2, and only in 2019 was the block recut.", False),  # a year, no patient
    ],
)
def test_stain_positive_only_in_one_numbered_patient_is_negative_in_the_others(clause: str, others_negative: bool) -> None:
    from eims_extract.fields import ihc
    from eims_extract.fields.narrative import segment_patients
    from _support import located
    from eims_extract.records import CaseRow

    texts = ["Case 1 was a 30-year-old woman.", "Case 2 was a 52-year-old man.", "Case 3 was a 64-year-old man.", clause]
    rows = {}
    for p in segment_patients(located(*texts, section="case")):
        row = CaseRow("doc", p.case_id)
        ihc.apply(p.sentences, row)
        ihc.apply_elsewhere_only(p.elsewhere_only, row)
        rows[p.case_id] = row
    assert "calretinin" in [m.lower() for m in rows["case-2"].ihc_positive or []]
    for k in ("case-1", "case-3"):
        assert ("calretinin" in [m.lower() for m in rows[k].ihc_negative or []]) is others_negative


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Pt 1, a 7-year-old girl, had a mass of the bladder dome.", 1),
        ("Pt. 2 underwent resection and then received crizotinib.", 2),
        ("Pt #3 relapsed in the pelvis after a year.", 3),
        ("The tumour was staged pT1 N0 at resection.", None),
        ("PT 2 times a week was prescribed after the operation.", None),
    ],
)
def test_meeting_abstract_numbering_its_patients_pt(text, n):
    """A meeting abstract numbers its patients with the abbreviation "Pt 1", "Pt. 2": patient n's part starts there;
    a pathological stage ("pT1") or physiotherapy ("PT") is no patient's number."""
    assert patient_number(text) == n


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("In the reviewed cases, ALK was fused to TPM3 in most and to CLTC in two.", True),
        ("Among the tabulated patients, half received crizotinib.", True),
        ("Of the published reports, four describe a liver primary.", True),
        ("The resected tumour was reviewed by two pathologists.", False),
    ],
)
def test_cases_gathered_from_other_reports_are_the_literature(text, cited):
    """"In the reviewed cases, ALK was joined to RANBP2": the cases a report gathers from others' (reviewed,
    tabulated, pooled, published) are the literature; the patient's own material reviewed again is not."""
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    "sentence",
    [
        "FISH revealed ALK break-apart signals in cases 1 and 3 and a ROS1 break in case 2, in which ALK FISH was negative.",
        "FISH demonstrated ALK rearrangement in cases 1 and 3 and an intact ALK locus in case 2, where ALK FISH was negative.",
    ],
)
def test_a_negative_test_said_of_one_case_of_a_series_stays_with_that_case(nlp, sentence):
    doc = make_doc(
        (
            "case",
            "Case 1. An invented 30-year-old man had a mesenteric mass removed. "
            "Case 2. A fictional 41-year-old woman had a gastric mass removed. "
            "Case 3. A made-up 52-year-old man had an omental mass removed. " + sentence,
        ),
    )
    got = dict(_rows(doc, nlp, "case_id", "alk_tests"))
    assert "FISH+" in got["case-1"] and "FISH+" in got["case-3"]
    assert "FISH-" not in got["case-1"] and "FISH-" not in got["case-3"]
    assert "FISH-" in got["case-2"]


# -- tumours of a series named by their places after a "respectively" list dealt the sites -----------------------------
_PLACES_ABSTRACT = (
    "We describe three adults, a 35-year-old man, a 52-year-old woman and a 71-year-old man, with painless swellings. "
    "The tumours measured 4, 9 and 6 cm and arose within the deltoid muscle of the shoulder, the adductor muscles of the "
    "thigh and the soleus muscle of the calf, respectively. All three tumours were excised. The thigh tumour recurred "
    "10 months later and was excised again, followed by radiotherapy; the shoulder and calf tumours have not recurred. "
    "Immunohistochemically all three expressed smooth muscle actin; ALK was positive in the shoulder and calf tumours "
    "and negative in the thigh tumour, and CD34 was negative throughout."
)


@pytest.mark.parametrize(
    ("findings", "pos", "neg", "tests"),
    [
        # an answer section's paragraph opened on the own patient goes on with the cells, the stains and the probes
        (
            "The lesional cells were strongly reactive for ALK and desmin. Myogenin and S100 were negative. Fluorescence "
            "in situ hybridisation with a break-apart probe showed split ALK signals.",
            ["ALK", "desmin"], ["myogenin", "S-100"], ["IHC+", "FISH+"],
        ),
        (
            "Targeted RNA sequencing of the biopsy detected no ALK rearrangement. The spindle cells stained for SMA only.",
            ["SMA"], None, ["NGS-"],
        ),
        # guard: a present-tense generality after the own sentence is no finding of the patient's
        ("Tumour cells are usually positive for ALK and SMA in such lesions.", None, None, None),
    ],
)
def test_answer_section_paragraph_goes_on_with_the_patients_work_up(nlp, findings, pos, neg, tests):
    doc = make_doc(
        ("title", "An invented tongue nodule of a newborn"),
        ("case", "A girl aged 12 days had a firm nodule of the tongue. A needle biopsy was taken."),
        ("discussion", "Such nodules are rare in neonates.\n\nIn our patient the biopsy held bland spindle cells. " + findings),
    )
    assert _rows(doc, nlp, "ihc_positive", "ihc_negative", "alk_tests") == [(pos, neg, tests)]


def test_answer_section_carry_stops_at_a_new_paragraph(nlp):
    doc = make_doc(
        ("title", "An invented tongue nodule of a newborn"),
        ("case", "A girl aged 12 days had a firm nodule of the tongue. A needle biopsy was taken."),
        ("discussion", "In our patient the biopsy held bland spindle cells.\n\nMyogenin and S100 were negative in the "
                       "tumours of that series."),
    )
    assert _rows(doc, nlp, "ihc_negative") == [(None,)]


@pytest.mark.parametrize(
    ("text", "cohort"),
    [
        # a paper summary retelling the series beside the patient: the further tumours and the share that carried
        ("When the analysis was widened to 12 further ALK-negative tumours, 7 carried another kinase fusion.", True),
        ("Of 20 additional cases, 11 had a ROS1 rearrangement.", True),
        ("Among nine other patients, five were boys.", True),
        # guard: one further patient named, no share counted
        ("Two other patients of the series were treated with steroids.", False),
        # guard: announcing further own patients is no statistic
        ("We also describe two further cases from our clinic.", False),
    ],
)
def test_summary_counting_further_tumours_of_the_series_is_a_cohort(text, cohort):
    from eims_extract.fields.narrative import is_cohort

    assert is_cohort(text) is cohort


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        # a highlight page's labelled advice line ("Impact: ...") speaks of patients in general
        ("Impact: Patients with ALK-negative IMT should be tested for other kinase fusions.", True),
        ("Clinical relevance: Children with such tumours need to be followed for years.", True),
        # guards: the own patient, or a labelled line with no advice
        ("Outcome: Our patient should be seen again in a year.", False),
        ("Impact: Patients with ALK-negative IMT were screened in this study.", False),
    ],
)
def test_labelled_advice_line_of_a_highlight_page_is_generic(text, generic):
    from eims_extract.fields.narrative import is_generic

    assert is_generic(text) is generic


def _legend_doc(case: str, legend: str) -> Document:
    parts = [
        ("title", "Title", "An invented nodule of the cheek in a toddler"),
        ("case", "Case summary", case),
        ("discussion", "Discussion", "Cheek IMT is rare and may mimic a haemangioma."),
        ("references", "References", "1. Mbeki T. Invented nodules. J Inv. 2021;3:5-6."),
        ("caption", "Figure 3", legend),
    ]
    text, sections = "", []
    for kind, title, body in parts:
        start = len(text)
        text += body + "\n\n"
        sections.append(Section(kind, title, start, start + len(body)))
    return Document(doc_id="quiz", path="quiz.txt", kind="text", text=text, sections=sections)


@pytest.mark.parametrize(
    ("case", "legend", "expected"),
    [
        # the stains told only in a legend of a one-patient page are the patient's
        (
            "A 2-year-old girl had a firm cheek nodule. It was excised whole.",
            "Figure 3. The lesional cells are diffusely positive for ALK and negative for myogenin (x400).",
            [(["ALK"], ["myogenin"])],
        ),
        # ... and so are they where the case text gives stains of its own (one reading of legends, whatever the
        # reader: a plain-text reader leaves them among the case's lines)
        (
            "A 2-year-old girl had a firm cheek nodule. It was excised whole. SMA was positive.",
            "Figure 3. The lesional cells are diffusely positive for ALK and negative for myogenin (x400).",
            [(["SMA", "ALK"], ["myogenin"])],
        ),
        # guard: the page names a second patient, whose legend it may be
        (
            "A 2-year-old girl had a firm cheek nodule. It was excised whole. Two other children with such nodules were "
            "seen at our clinic that year.",
            "Figure 3. The lesional cells are diffusely positive for ALK and negative for myogenin (x400).",
            [(None, None)],
        ),
    ],
)
def test_stains_stated_only_in_a_one_patient_pages_legend_are_the_patients(nlp, case, legend, expected):
    assert _rows(_legend_doc(case, legend), nlp, "ihc_positive", "ihc_negative") == expected


@pytest.mark.parametrize(
    "text,generic",
    [
        # how a kind of disease used to be treated, told before the case: no therapy of this patient
        ("Historically, unresectable disease was treated with chemotherapy or steroids; kinase inhibitors are preferred now.", True),
        ("Traditionally, relapsed tumours were managed with repeated resection and radiotherapy.", True),
        ("In the past, metastatic cases have been handled with anthracycline regimens.", True),
        # the patient's own earlier treatment stays the patient's
        ("Historically, the boy was treated with prednisolone for presumed vasculitis.", False),
        ("Earlier, her tumour was treated with two cycles of vinblastine.", False),
    ],
)
def test_how_a_disease_used_to_be_treated_is_generic(text, generic):
    assert narrative.is_generic(text) is generic


@pytest.mark.parametrize(
    ("case_text", "expected"),
    [
        # the case text leaves the pathology to the figure: its legend's stains and tests are the patient's
        ("A 41-year-old woman had a calf mass, which was excised. Histological and immunohistochemical findings are shown "
         "in Figure 2.", (["ALK", "SMA"], ["desmin"], ["IHC+", "FISH+", "NGS+"], "RANBP2")),
        ("A 41-year-old woman had a calf mass, which was excised. Figure 2 summarises the pathology.",
         (["ALK", "SMA"], ["desmin"], ["IHC+", "FISH+", "NGS+"], "RANBP2")),
        # a one-patient page whose text gives no stain result of its own: its legend's stains are the patient's even
        # where the text points to the figure for an image only (the one-patient legend rule)
        ("A 41-year-old woman had a calf mass, which was excised. Its MRI appearance is shown in Figure 2.",
         (["ALK", "SMA"], ["desmin"], ["IHC+", "FISH+", "NGS+"], "RANBP2")),
        # guard: the text numbers several patients
        ("Patient 1, a 41-year-old woman, had a calf mass, which was excised. The pathology is shown in Figure 2. "
         "Patient 2, a 63-year-old man, had a thigh mass, which was biopsied.",
         (None, None, None, None)),
    ],
)
def test_figure_legend_the_case_text_leaves_the_pathology_to(nlp, case_text, expected):
    legend = (
        "Figure 2. Excised calf tumour. (A) Spindle cells with plasma cells. (B) ALK and SMA were positive; desmin was "
        "negative. (C) Break-apart FISH showed ALK rearrangement, and RNA sequencing found a RANBP2-ALK fusion."
    )
    parts = [
        ("title", "Title", "Inflammatory myofibroblastic tumour of the calf: an invented case"),
        ("case", "Case report", case_text),
        ("discussion", "Discussion", "Calf IMT is rare."),
        ("references", "References", "1. Okafor B. Invented tumours. J Inv. 2020;1:1-2."),
        ("caption", "Figure 2", legend),
    ]
    text, sections = "", []
    for kind, title, body in parts:
        start = len(text)
        text += body + "\n\n"
        sections.append(Section(kind, title, start, start + len(body)))
    doc = Document(doc_id="legend", path="legend.txt", kind="text", text=text, sections=sections)
    rows = extract_narrative(doc, nlp)
    got = [(r.ihc_positive, r.ihc_negative, r.alk_tests, r.alk_fusion_partner) for r in rows]
    assert got[0] == expected


def test_sites_dealt_by_a_respectively_list_of_long_phrases_beside_sizes(nlp):
    doc = make_doc(("title", "Soft tissue myofibroblastic tumours of the limbs: three adults"), ("abstract", _PLACES_ABSTRACT))
    assert _rows(doc, nlp, "age_years", "site_code") == [(35.0, "C49.1"), (52.0, "C49.2"), (71.0, "C49.2")]


def test_later_facts_follow_the_patient_whose_tumour_place_they_name(nlp):
    doc = make_doc(("title", "Soft tissue myofibroblastic tumours of the limbs: three adults"), ("abstract", _PLACES_ABSTRACT))
    assert _rows(doc, nlp, "treatment", "recurrence", "ihc_positive", "ihc_negative", "alk_tests") == [
        ("SE", False, ["SMA", "ALK"], ["CD34"], ["IHC+"]),
        ("SE+RT", True, ["SMA"], ["ALK", "CD34"], ["IHC-"]),
        ("SE", False, ["SMA", "ALK"], ["CD34"], ["IHC+"]),
    ]


def test_place_named_clauses_split_at_semicolons_and_keep_shared_clauses():
    s = narrative.Sentence("d", "Both stained for SMA; the knee tumour recurred, and the wrist tumour did not.", 0)
    pieces = dict(narrative._place_pieces(s, {"wrist": 0, "knee": 1}, 2))
    assert "SMA" in pieces[0].text and "SMA" in pieces[1].text
    assert "recurred" in pieces[1].text and "recurred" not in pieces[0].text
    assert "did not" in pieces[0].text and "did not" not in pieces[1].text


def test_bracket_naming_a_case_with_a_remark_after_a_comma_closes_that_case_item(nlp):
    doc = make_doc(
        ("title", "Myofibroblastic tumours of the uterus: three cases"),
        ("case", "Case 1 was a 30-year-old woman with a uterine mass. Case 2 was a 41-year-old woman with a uterine mass. "
                 "Case 3 was a 55-year-old woman with a uterine mass. Sequencing showed EML4-ALK (case 1), ETV6-NTRK3 "
                 "(case 2, without ALK fusion) and TPM3-ALK (case 3)."),
    )
    assert _rows(doc, nlp, "age_years", "kinase_fusions") == [
        (30.0, ["EML4::ALK"]), (41.0, ["ETV6::NTRK3"]), (55.0, ["TPM3::ALK"])]


@pytest.mark.parametrize(
    "text, number",
    [
        ("Whole-exome sequencing, requested by the referring surgeons in case 3, found a fusion of TPM3 to ALK.", 3),
        ("FISH, performed only for patient 2, showed split ALK signals.", 2),
        ("Targeted RNA sequencing, unlike the panel used in case 2, found no fusion.", None),
    ],
)
def test_test_with_an_aside_naming_the_case_it_was_done_for_opens_on_that_case(text, number):
    assert patient_number(text) == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # former / latter closing each predicate
            "Two adults, a 47-year-old man and a 70-year-old woman, had abdominal pain. ALK staining was positive in the "
            "former and negative in the latter.",
            [(["ALK"], None), (None, ["ALK"])],
        ),
        (  # the patients' sexes closing each predicate
            "A 36-year-old woman and a 62-year-old man presented with haematuria. Immunostaining for ALK was positive in "
            "the man and negative in the woman.",
            [(None, ["ALK"]), (["ALK"], None)],
        ),
        (  # rank with its noun
            "A 28-year-old man and a 57-year-old woman were admitted with obstruction. ALK was negative in the first "
            "case and positive in the second case.",
            [(None, ["ALK"]), (["ALK"], None)],
        ),
    ],
)
def test_regression_predicates_closed_by_a_reference_to_each_patient(nlp, text, expected):
    doc = _abstract(text)
    assert _rows(doc, nlp, "ihc_positive", "ihc_negative") == [tuple(e) for e in expected]


def test_regression_follow_up_closed_by_each_patients_sex_reads_without_the_joint(nlp):
    doc = _abstract(
        "A 33-year-old woman and a 64-year-old man had bladder tumours. The follow-up is 5 years for the "
        "man and 20 months for the woman."
    )
    assert _rows(doc, nlp, "sex", "follow_up_months") == [("female", 20.0), ("male", 60.0)]


def test_regression_a_verb_of_the_first_item_is_not_shared_by_the_parallel_second(nlp):
    doc = make_doc(
        ("case", "A 44-year-old man and a 68-year-old woman had bowel obstruction. At surgery, a mass of the jejunum was "
                 "found in the first case and a mass of the ileum in the second case."),
    )
    assert _rows(doc, nlp, "site") == [("jejunum",), ("ileum",)]


def test_regression_rank_opener_without_a_comma_deals_the_sentence_out(nlp):
    doc = make_doc(
        ("case", "A 44-year-old man and a 68-year-old woman had bowel obstruction. In the first case the tumour was "
                 "ALK-negative, while in the second case ALK was positive."),
    )
    assert _rows(doc, nlp, "ihc_positive", "ihc_negative") == [(None, ["ALK"]), (["ALK"], None)]


def test_regression_title_counting_the_patients_announces_patients_told_one_after_another(nlp):
    doc = make_doc(
        ("title", "Inflammatory myofibroblastic tumour of the kidney and of the tongue: two case reports"),
        ("case", "A 51-year-old woman had flank pain and a renal mass, treated by nephrectomy.\n\n"
                 "A 6-year-old boy had a swelling of the tongue, which was excised. He is well at 10 months."),
    )
    assert _rows(doc, nlp, "age_years", "sex", "site") == [(51.0, "female", "kidney"), (6.0, "male", "tongue")]


def test_regression_clauses_opening_on_each_patients_tumour_by_its_site(nlp):
    doc = make_doc(
        ("title", "IMT in two adolescents"),
        ("case", "A 14-year-old boy had a mass of the kidney, removed by nephrectomy. A 16-year-old girl had a nodule of "
                 "the lung, removed by wedge resection.\n\nThe renal tumour recurred at 6 months; the lung tumour has not recurred after 30 months."),
    )
    assert _rows(doc, nlp, "site", "recurrence") == [("kidney", True), ("lung", False)]


def test_regression_a_sentence_naming_one_numbered_patient_of_an_announced_series_is_that_ones(nlp):
    doc = _abstract(
        "Three patients were treated at our centre for IMT of the mesentery. All underwent resection. "
        "Patient 2 relapsed after 9 months and received crizotinib."
    )
    assert _rows(doc, nlp, "case_id", "drugs", "recurrence") == [
        ("case-1", None, None),
        ("case-2", ["crizotinib"], True),
        ("case-3", None, None),
    ]


def test_regression_pronoun_opened_sentences_follow_the_patient_of_that_sex(nlp):
    doc = make_doc(
        ("case", "A 48-year-old man and a 27-year-old woman each had a solitary mass of the lung. He underwent "
                 "lobectomy; his tumour was ALK-positive. She underwent wedge resection; her tumour was ALK-negative."),
    )
    assert _rows(doc, nlp, "sex", "ihc_positive", "ihc_negative") == [("male", ["ALK"], None), ("female", None, ["ALK"])]


def test_regression_a_possessive_naming_each_patients_tumour_turns_to_that_patient(nlp):
    doc = _abstract(
        "We describe a 5-year-old boy and a 3-year-old girl with cardiac IMT. The girl's tumour was ALK-negative, "
        "whereas the boy's was ALK-positive."
    )
    assert _rows(doc, nlp, "sex", "ihc_positive", "ihc_negative") == [("male", ["ALK"], None), ("female", None, ["ALK"])]


@pytest.mark.parametrize(
    "closing",
    [
        "The boy is free of disease at 30 months, and the girl at 12 months.",
        "He is free of disease at 30 months and she at 12 months.",
    ],
)
def test_regression_a_gapped_clause_turning_to_the_other_patient_reads_the_first_ones(nlp, closing):
    doc = _abstract(f"We describe a 5-year-old boy and a 3-year-old girl with cardiac IMT. Both were operated on. {closing}")
    assert _rows(doc, nlp, "sex", "follow_up_months", "status") == [("male", 30.0, "ANED"), ("female", 12.0, "ANED")]


def test_regression_a_clause_closing_on_in_both_speaks_for_both_after_a_turn(nlp):
    doc = _abstract(
        "Two men, aged 31 and 66 years, had masses of the nasal cavity. The older patient received radiotherapy. "
        "Desmin was negative in both."
    )
    assert _rows(doc, nlp, "age_years", "ihc_negative") == [(31.0, ["desmin"]), (66.0, ["desmin"])]


def test_regression_a_sentence_opening_on_two_ranks_is_those_patients_not_the_last_told(nlp):
    doc = _abstract(
        "The first patient was a 70-year-old man with a mass of the orbit. The second patient was a 52-year-old woman "
        "with a mass of the orbit. The third patient was a 61-year-old woman with a mass of the orbit. The first and "
        "second patients underwent excision. The third patient received prednisolone."
    )
    assert _rows(doc, nlp, "treatment", "drugs") == [("SE", None), ("SE", None), (None, ["prednisolone"])]


@pytest.mark.parametrize(
    ("case", "legend", "expected"),
    [
        # the case text cites the figure by number: its legend's stains are the patient's, with the text's own
        (
            "A 31-year-old man had a gum swelling. It was excised whole. IHC showed positivity for SMA [Figure 3].",
            "Figure 3: IHC - (a) SMA positive; (b) ALK negative in the lesional cells; (c) myogenin was negative",
            [(["SMA"], ["ALK", "myogenin"])],
        ),
        (
            "A 31-year-old man had a gum swelling. It was excised whole (Fig. 3a). Blood cultures were negative.",
            "Figure 3: (a) The resected nodule. (b) The spindle cells were positive for SMA and negative for ALK.",
            [(["SMA"], ["ALK"])],
        ),
        # ... and so is the legend of a figure the text does not cite, in a one-patient report
        (
            "A 31-year-old man had a gum swelling. It was excised whole. IHC showed positivity for SMA [Figure 2].",
            "Figure 3: IHC - (a) SMA positive; (b) ALK negative in the lesional cells; (c) myogenin was negative",
            [(["SMA"], ["ALK", "myogenin"])],
        ),
    ],
)
def test_legend_of_a_figure_the_case_text_cites_gives_the_patients_stains(nlp, case, legend, expected):
    assert _rows(_legend_doc(case, legend), nlp, "ihc_positive", "ihc_negative") == expected


# -- several patients told in prose, second round (fusion lists, kinase names, ranks, relatives, letters) ----------


def test_a_respectively_list_of_fusions_gives_each_patient_its_own_fusion(nlp):
    doc = _abstract(
        "We describe two men with IMT of the lung, aged 38 and 57 years, respectively. Both had a lobectomy. "
        "Sequencing detected PPFIBP1::ALK and DCTN1::ALK fusions, respectively."
    )
    assert _rows(doc, nlp, "age_years", "alk_fusion_partner", "kinase_fusions") == [
        (38.0, "PPFIBP1", ["PPFIBP1::ALK"]),
        (57.0, "DCTN1", ["DCTN1::ALK"]),
    ]


def test_patients_named_by_the_kinase_a_list_of_fusions_dealt_them(nlp):
    doc = _abstract(
        "We report two IMTs of the bladder in men aged 41 and 66 years, respectively. "
        "The ALK-rearranged tumour was positive for ALK, whereas the ROS1-rearranged tumour was positive for ROS1; both "
        "expressed SMA. Panel sequencing found an EML4::ALK fusion and a YWHAE::ROS1 fusion, respectively."
    )
    assert _rows(doc, nlp, "age_years", "ihc_positive", "kinase_fusions") == [
        (41.0, ["ALK", "SMA"], ["EML4::ALK"]),
        (66.0, ["ROS1", "SMA"], ["YWHAE::ROS1"]),
    ]


def test_a_series_sentence_naming_two_ranks_and_a_list_of_times_reach_their_members(nlp):
    doc = _abstract(
        "Patient concerns: We report three patients with flank pain: a 22-year-old man with a renal mass; a 58-year-old "
        "woman with a renal mass and fever; and a 40-year-old man with a renal mass and weight loss. "
        "Interventions: The first patient underwent partial nephrectomy. The second and third patients underwent radical "
        "nephrectomy. Outcomes: No recurrence was seen during a follow-up of 30, 14 and 9 months, respectively."
    )
    assert _rows(doc, nlp, "age_years", "treatment", "follow_up_months", "recurrence") == [
        (22.0, "SE", 30.0, False),
        (58.0, "SE", 14.0, False),
        (40.0, "SE", 9.0, False),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "We report a 7-year-old girl and her 4-year-old brother who both developed IMT.",
        "We describe a 7-year-old girl and her 4-year-old brother, both of whom developed IMT.",
    ],
)
def test_a_relative_reported_beside_the_patient_is_a_patient_too(nlp, opening):
    doc = _abstract(f"{opening} The girl had a mass of the stomach and her brother a mass of the jejunum. Both were resected.")
    assert _rows(doc, nlp, "age_years", "sex", "site") == [(7.0, "female", "stomach"), (4.0, "male", "jejunum")]


def test_guard_a_relative_named_without_a_disease_of_their_own_is_no_patient(nlp):
    doc = _abstract("We report a 7-year-old girl and her 34-year-old mother who brought her in. The girl had a gastric mass.")
    assert _rows(doc, nlp, "age_years", "sex") == [(7.0, "female")]


def test_the_other_patient_is_the_one_of_two_not_named_before(nlp):
    doc = _abstract(
        "We describe two patients with IMT of the larynx. A 44-year-old woman presented with hoarseness and a 70-year-old "
        "man presented with stridor. The female patient underwent laser excision, and the other patient received "
        "radiotherapy. The follow-up is 3 years for the man and 20 months for the woman, without recurrence."
    )
    assert _rows(doc, nlp, "age_years", "treatment", "follow_up_months", "recurrence") == [
        (44.0, "SE", 20.0, False),
        (70.0, "RT", 36.0, False),
    ]


def test_clauses_opening_on_patient_letters_are_those_patients(nlp):
    doc = _abstract(
        "Two patients were seen at our clinic: a man of 52 (patient A) and a woman of 29 (patient B). Patient A had a "
        "mass in the liver; patient B had a mass in the spleen. Desmin was positive in patient A and negative in patient "
        "B. Patient A is free of disease at 16 months; patient B died of disease 7 months after surgery."
    )
    assert _rows(doc, nlp, "age_years", "site", "follow_up_months", "status") == [
        (52.0, "liver", 16.0, "ANED"),
        (29.0, "spleen", 7.0, "DOD"),
    ]


def test_a_follow_up_lead_without_a_comma_opens_a_turn_between_patients(nlp):
    doc = make_doc(
        ("title", "Two inflammatory myofibroblastic tumours of the orbit"),
        ("case", "Our first case is a 9-year-old girl with proptosis. The mass was excised.\n"
                 "Our second case concerns a 61-year-old man with diplopia. The mass was excised.\n"
                 "At last follow-up the girl was free of disease at 22 months, and the man was alive with residual "
                 "tumour at 8 months."),
    )
    assert _rows(doc, nlp, "age_years", "follow_up_months", "status") == [(9.0, 22.0, "ANED"), (61.0, 8.0, "AWD")]


def test_persons_joined_as_one_phrase_share_what_follows_them(nlp):
    doc = _abstract(
        "We treated a 36-year-old man and a 58-year-old woman with IMT of the pleura. The man underwent resection and "
        "the woman received crizotinib."
    )
    assert _rows(doc, nlp, "age_years", "sex", "site", "treatment") == [
        (36.0, "male", "pleura", "SE"),
        (58.0, "female", "pleura", "ALKi"),
    ]


def test_patients_with_a_tumour_of_a_named_site_announced_as_treated(nlp):
    doc = _abstract(
        "Three patients with IMT of the small bowel mesentery were treated at our centre. All underwent resection. "
        "Patient 3 relapsed after 6 months."
    )
    assert _rows(doc, nlp, "case_id", "treatment", "recurrence") == [
        ("case-1", "SE", None),
        ("case-2", "SE", None),
        ("case-3", "SE", True),
    ]


def test_a_subject_naming_several_numbered_patients_is_theirs_whereas_the_next_is_anothers(nlp):
    doc = make_doc(
        ("case", "Case 1 was a 12-year-old girl with haematuria. Case 2 was a 15-year-old boy with dysuria. Case 3 was "
                 "a 10-year-old girl with a pelvic mass.\nCases 1 and 2 were treated with partial cystectomy, whereas "
                 "case 3 received radiotherapy. Patients 1 and 2 are alive without disease at 20 and 32 months."),
    )
    assert _rows(doc, nlp, "age_years", "treatment", "follow_up_months") == [(12.0, "SE", 20.0), (15.0, "SE", 32.0), (10.0, "RT", None)]


def test_the_first_patient_then_the_other_patients_of_a_joint_introduction(nlp):
    doc = _abstract(
        "We report three cases with haematuria. A 31-year-old man had haematuria for 2 days; a 64-year-old man had "
        "haematuria and anaemia; and a 45-year-old woman had haematuria and pain. The first patient received "
        "radiotherapy only. The other patients underwent partial cystectomy and radical cystectomy, respectively."
    )
    assert _rows(doc, nlp, "age_years", "treatment") == [(31.0, "RT"), (64.0, "SE"), (45.0, "SE")]


def test_all_of_an_announced_series_is_each_ones_but_an_unnamed_one_is_nobodys(nlp):
    doc = _abstract(
        "Herein, we present three uterine IMTs. All of them had a local recurrence. All three patients received surgery, "
        "and one had adjuvant chemotherapy."
    )
    assert _rows(doc, nlp, "case_id", "treatment", "recurrence") == [
        ("case-1", "SE", True),
        ("case-2", "SE", True),
        ("case-3", "SE", True),
    ]


def test_patients_announced_one_by_one_by_kinase_are_named_by_it_later(nlp):
    doc = _abstract(
        "We report one pulmonary IMT with a fusion involving ALK and one with ROS1 rearrangement. The patients were 23 "
        "and 48 years old, respectively. The ALK-rearranged tumour was positive for ALK, whereas the ROS1-rearranged "
        "tumour was positive for ROS1."
    )
    assert _rows(doc, nlp, "age_years", "ihc_positive") == [(23.0, ["ALK"]), (48.0, ["ROS1"])]


def _untitled_case_doc(*parts: tuple[str, str]) -> Document:
    """A paper with no case heading: its sections as headed, and the synthetic untitled case section over them all."""
    doc = make_doc(*parts)
    body = [s for s in doc.sections if s.kind != "title"]
    doc.sections.append(Section("case", "", body[0].start, body[-1].end))
    return doc


def test_regression_general_sentence_of_the_conclusions_is_not_the_last_named_patients(nlp):
    """A paper telling its patients under Results (no case heading, so read whole as its case): the conclusions after
    the discussion are still conclusions, their general statement about a test no patient's result, however recently
    the discussion named a patient."""
    doc = _untitled_case_doc(
        ("title", "Invented uterine tumours in two women"),
        ("results", "Case 1. A 40-year-old woman had a uterine mass removed by hysterectomy. ALK staining was positive. "
                    "Case 2. A 50-year-old woman had a uterine mass removed by hysterectomy. ALK staining was negative."),
        ("discussion", "Such tumours are rare. In case 2, the tumour recurred after a year."),
        ("conclusion", "ALK immunohistochemistry, confirmed by FISH, identifies patients who may benefit from targeted "
                       "therapy."),
    )
    assert _rows(doc, nlp, "alk_tests") == [(["IHC+"],), (["IHC-"],)]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a review of the patients' own pathology or findings is no literature review
        ("After review of the pathological findings, neither child received further therapy.", False),
        ("On review of the histopathological material both tumours were re-classified.", False),
        ("Review of the findings at the tumour board led to observation alone.", False),
        # precision: a review of the literature or of published cases still cites
        ("A review of the literature identified 31 renal cases.", True),
        ("A review of 18 reported cases showed frequent relapse.", True),
    ],
)
def test_review_of_the_patients_own_findings_is_no_literature_review(text, cited):
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Of the two patients, only the woman relapsed, a year after surgery.", [None, True]),
        ("Only the man had a recurrence.", [True, None]),
    ],
)
def test_only_the_woman_singles_one_of_two_out_by_sex(nlp, closing, expected):
    doc = _abstract(
        "We describe two patients with an invented tumour of the spleen, a 70-year-old man and a 33-year-old woman. "
        f"Both underwent splenectomy. {closing}"
    )
    assert _rows(doc, nlp, "sex", "treatment", "recurrence") == [
        ("male", "SE", expected[0]),
        ("female", "SE", expected[1]),
    ]


def test_lead_clause_about_both_before_the_older_and_the_younger_is_each_ones(nlp):
    doc = _abstract(
        "Two girls, aged 3 and 12 years, had invented tumours of the pelvis that were excised. Both tumours were ALK "
        "positive by immunohistochemistry; in the older girl FISH showed ALK rearrangement, while in the younger girl "
        "FISH was not done."
    )
    assert _rows(doc, nlp, "age_years", "ihc_positive", "alk_tests") == [
        (3.0, ["ALK"], ["IHC+"]),
        (12.0, ["ALK"], ["IHC+", "FISH+"]),
    ]


def test_count_of_the_series_with_its_cases_in_brackets_is_theirs(nlp):
    doc = make_doc(
        ("title", "Invented tumours of the kidney in three adults"),
        ("case", "Case 1. A 70-year-old man had a renal mass removed by nephrectomy. "
                 "Case 2. A 45-year-old woman had a renal mass removed by partial nephrectomy. "
                 "Case 3. A 52-year-old man had a renal mass removed by nephrectomy. "
                 "Two of the three tumours were ALK positive (cases 2 and 3); case 1 was ALK negative."),
    )
    assert _rows(doc, nlp, "case_id", "ihc_positive", "ihc_negative") == [
        ("case-1", None, ["ALK"]),
        ("case-2", ["ALK"], None),
        ("case-3", ["ALK"], None),
    ]


def test_the_other_two_patients_after_a_numbered_one_are_each_read(nlp):
    doc = make_doc(
        ("title", "Invented tumours of the chest wall in three children"),
        ("case", "Patient 1 was a 4-year-old boy with a chest wall mass that was partly resected. Patient 2 was a "
                 "7-year-old girl with a rib mass that was excised. Patient 3 was an 11-year-old girl with a sternal "
                 "mass that was excised. Patient 1 relapsed 5 months after surgery; the other two patients are alive "
                 "without disease."),
    )
    assert _rows(doc, nlp, "case_id", "status") == [("case-1", None), ("case-2", "ANED"), ("case-3", "ANED")]


def test_patients_introduced_together_with_case_labels_in_brackets_are_named_by_them(nlp):
    doc = _abstract(
        "We describe two patients, a 61-year-old woman (case 1) and a 27-year-old man (case 2), with an invented tumour "
        "of the bladder. In case 1 the tumour was removed by transurethral resection; in case 2 a partial cystectomy "
        "was performed. Desmin was positive in case 1 and negative in case 2."
    )
    assert _rows(doc, nlp, "age_years", "treatment", "ihc_positive", "ihc_negative") == [
        (61.0, "SE", ["desmin"], None),
        (27.0, "SE", None, ["desmin"]),
    ]


def test_we_reviewed_five_adults_announces_the_series_and_counts_of_some_are_nobodys(nlp):
    doc = _abstract(
        "We reviewed five adults with an invented tumour of the lung treated at our hospital. Four patients underwent "
        "surgery. Complete resection was achieved in two patients who remain alive without disease. Of the five "
        "patients, one died of disease."
    )
    assert _rows(doc, nlp, "case_id", "site", "treatment", "status") == [
        (f"case-{k}", "lung", None, None) for k in range(1, 6)
    ]


def test_clause_of_a_shared_sentence_closed_by_a_count_of_some_is_nobodys(nlp):
    doc = _abstract(
        "We describe three cases of an invented tumour of the mesentery. By immunohistochemistry all three cases were "
        "positive for ALK, and desmin was positive in two."
    )
    assert _rows(doc, nlp, "case_id", "ihc_positive") == [(f"case-{k}", ["ALK"]) for k in range(1, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "We reviewed five cases of an invented tumour reported in the literature.",
        "We reviewed five previously published cases of an invented tumour of the lung.",
    ],
)
def test_we_reviewed_published_cases_announces_no_series(nlp, text):
    doc = make_doc(
        ("title", "An invented tumour of the lung in a man"),
        ("case", "A 50-year-old man had a mass of the lung removed by lobectomy."),
        ("discussion", text),
    )
    assert _rows(doc, nlp, "case_id", "age_years") == [("index", 50.0)]


def test_clause_about_both_after_predicates_closed_by_rank_is_each_ones(nlp):
    doc = make_doc(
        ("title", "Invented tumours of the bowel in two adults"),
        ("case", "A 44-year-old man and a 68-year-old woman were admitted with bowel obstruction. At laparotomy, a tumour "
                 "of the jejunum was found in the first case and a tumour of the ileum in the second case; both were "
                 "resected with a segment of bowel."),
    )
    assert _rows(doc, nlp, "site", "treatment") == [("jejunum", "SE"), ("ileum", "SE")]


def test_places_dealt_one_each_name_the_tumours_by_their_adjectives_later(nlp):
    doc = _abstract(
        "We report two teenagers with an invented tumour of bone, one in the tibia and one in the humerus. The first "
        "was a 15-year-old girl, the second a 17-year-old boy. Both were treated with curettage. The tibial tumour "
        "recurred after 7 months; the humeral tumour did not recur."
    )
    assert _rows(doc, nlp, "age_years", "treatment", "recurrence") == [(15.0, "SE", True), (17.0, "SE", False)]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("Two patients relapsed within a year, and the other one relapsed after 5 years.", True),
        ("Two patients relapsed within a year, and the other one died of disease.", None),
        ("One patient relapsed within a year, and the other one relapsed after 5 years.", None),
    ],
)
def test_counts_making_all_the_patients_with_one_verb_are_every_ones(nlp, closing, expected):
    doc = _abstract(f"Herein, we present three ovarian IMTs. All three patients received surgery. {closing}")
    assert _rows(doc, nlp, "treatment", "recurrence") == [("SE", expected)] * 3


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Those patients had bulky epithelioid tumours with neutrophils and ALK staining.", True),
        ("Such cases often showed desmin expression.", True),
        ("Those published patients were mostly young men.", True),
        ("The patient had a bulky tumour with ALK staining.", False),
        ("These findings showed ALK staining in our patient.", False),
    ],
)
def test_sentence_pointing_back_to_those_patients_is_the_literature(text, cited):
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("A. 13 years old boy with haematemesis and an epigastric mass.", 1),
        ("B) 4-year-old girl with a recurrent pelvic mass.", 2),
        ("A. Histology showed spindle cells.", None),
        ("B. 12 cases were reviewed.", None),
    ],
)
def test_capital_letter_before_the_opening_age_heads_a_patient(text, n):
    assert patient_number(text) == n


@pytest.mark.parametrize(
    "title,body,expected",
    [
        # a relative the title names as a patient: their own course is theirs, not family history
        ("Invented myofibroblastic tumour in a father and his daughter",
         "A 47-year-old man and his 13-year-old daughter were both diagnosed with an invented myofibroblastic tumour. "
         "The father had a mass of the kidney that was removed by nephrectomy. His daughter had a mass of the spleen "
         "that was resected.",
         [(47.0, "male", "kidney"), (13.0, "female", "spleen")]),
        ("Invented myofibroblastic tumour in two brothers",
         "A 7-year-old boy had a mass of the spleen that was resected. Four years later, his 10-year-old brother "
         "presented with a tumour of the kidney, which was removed by nephrectomy.",
         [(7.0, "male", "spleen"), (10.0, "male", "kidney")]),
        # a relative the report does not make a patient stays family history, and gives no row
        ("Invented myofibroblastic tumour of the spleen",
         "A 7-year-old boy had a mass of the spleen that was resected. Four years later, his 10-year-old brother "
         "presented with a tumour of the kidney, which was removed by nephrectomy.",
         [(7.0, "male", "spleen")]),
        ("Invented myofibroblastic tumour in two sisters",
         "An 8-year-old girl and her 11-year-old sister were both referred with abdominal pain. Her father had a "
         "kidney cancer removed by nephrectomy. The 8-year-old had a mass of the spleen that was resected. The "
         "11-year-old had a mass of the liver that was resected.",
         [(8.0, "female", "spleen"), (11.0, "female", "liver")]),
    ],
)
def test_relative_named_as_patient_is_not_family_history(nlp, title, body, expected):
    doc = make_doc(("title", title), ("case", body))
    assert _rows(doc, nlp, "age_years", "sex", "site") == expected


def test_relative_named_as_patient_keeps_other_relatives_history_masked(nlp):
    """A report of two sisters: their mother's cancer treatment is still no patient's."""
    doc = make_doc(
        ("title", "Invented myofibroblastic tumour in two sisters"),
        ("case", "A 6-year-old girl and her 9-year-old sister were both referred with abdominal pain. Her mother had "
                 "breast cancer and received tamoxifen. The 6-year-old had a mass of the spleen that was resected. "
                 "The 9-year-old had a mass of the liver that was resected."),
    )
    assert _rows(doc, nlp, "age_years", "drugs") == [(6.0, None), (9.0, None)]


@pytest.mark.parametrize(
    "intro",
    [
        "Twin girls, aged 3 years, each developed an invented myofibroblastic tumour.",
        "Two sisters, both aged 3 years, were referred with an invented myofibroblastic tumour.",
    ],
)
def test_one_age_given_for_twins_or_both_is_each_patients(nlp, intro):
    doc = make_doc(
        ("case", intro + " The first twin had a mass of the spleen that was resected. The second twin had a mass of "
                 "the kidney that was resected."),
    )
    assert _rows(doc, nlp, "age_years", "sex", "site") == [(3.0, "female", "spleen"), (3.0, "female", "kidney")]


@pytest.mark.parametrize(
    "shared",
    [
        "Neither tumour recurred during 20 months of follow-up.",
        "The tumour did not recur in either patient during 20 months of follow-up.",
        "Neither child had a relapse during 20 months of follow-up.",
    ],
)
def test_shared_no_recurrence_sentence_is_every_patients(nlp, shared):
    doc = make_doc(
        ("case", "A 9-year-old boy and his 12-year-old sister were both referred with fever. The boy had a mass of the "
                 "spleen that was resected. His sister had a mass of the liver that was resected. " + shared),
    )
    assert _rows(doc, nlp, "recurrence", "follow_up_months", "status") == [(False, 20.0, "ANED")] * 2


@pytest.mark.parametrize(
    "shared",
    [
        "In all cases, CD117 and S-100 were negative.",
        "In all cases CD117 and S-100 were negative, ruling out a stromal tumour and melanoma.",
        "CD117 and S-100 were negative in all cases.",
        "In all of the cases CD117 and S-100 were negative.",
    ],
)
def test_markers_negative_in_all_cases_of_a_numbered_series_are_each_patients(nlp, shared):
    """A numbered series' pathology paragraph: "in all cases" speaks for each numbered patient, not for a cohort."""
    doc = make_doc(
        ("case", "Case 1. A 33-year-old man had a mass of the mesentery that was resected. "
                 "Case 2. A 58-year-old woman had a mass of the omentum that was resected."),
        ("case", "Both tumours were made of epithelioid cells. " + shared),
    )
    assert _rows(doc, nlp, "ihc_negative") == [(["CD117", "S-100"],)] * 2


def test_markers_in_all_cases_reported_in_the_literature_stay_nobodys(nlp):
    doc = make_doc(
        ("case", "Case 1. A 33-year-old man had a mass of the mesentery that was resected. "
                 "Case 2. A 58-year-old woman had a mass of the omentum that was resected."),
        ("discussion", "In all cases reported so far, CD117 and S-100 were negative."),
    )
    assert _rows(doc, nlp, "ihc_negative") == [(None,)] * 2


def test_a_clause_for_all_cases_and_one_naming_a_case_are_dealt_apart(nlp):
    """"X was negative in all cases, and Y was negative in case 2": X is everyone's, Y case 2's only."""
    doc = make_doc(
        ("case", "Case 1. A 33-year-old man had a mass of the mesentery that was resected. "
                 "Case 2. A 58-year-old woman had a mass of the omentum that was resected. "
                 "Case 3. A 47-year-old man had a mass of the colon that was resected."),
        ("case", "SOX10 was negative in all cases, and CD34 was negative in case 2."),
    )
    assert _rows(doc, nlp, "ihc_negative") == [(["SOX10"],), (["SOX10", "CD34"],), (["SOX10"],)]


@pytest.mark.parametrize(
    "shared",
    [
        "In both cases SMA was positive in all ROS1-rearranged areas.",
        "In both cases SMA was positive in all but the myxoid areas.",
    ],
)
def test_in_all_qualified_by_a_subset_is_no_statement_for_each_patient(nlp, shared):
    """"in all" followed by a qualifier speaks of a part, not of every numbered patient: the phrase stays as written."""
    doc = make_doc(
        ("case", "Case 1. A 33-year-old man had a mass of the mesentery that was resected. "
                 "Case 2. A 58-year-old woman had a mass of the omentum that was resected."),
        ("case", shared),
    )
    each = [narrative._each_one(s) for s in narrative.patient_sentences(doc, nlp) if "SMA" in s.text]
    assert each and all("in all" in s.text for s in each)


def test_a_molecular_finding_denied_by_a_bare_but_not_in_case_n_is_that_cases_negative_test(nlp):
    """"RT-PCR detected the X-ALK transcript in case 1 but not in cases 2 and 3": the left-out predicate is denied for
    cases 2 and 3 (a negative RT-PCR, no partner); a stain's "positive in case 1 but not in case 2" is never restored."""
    doc = make_doc(
        ("case", "Case 1. A 33-year-old man had a mass of the mesentery that was resected. "
                 "Case 2. A 58-year-old woman had a mass of the omentum that was resected. "
                 "Case 3. A 47-year-old man had a mass of the colon that was resected."),
        ("case", "RT-PCR detected the TPM3-ALK transcript in case 1 but not in cases 2 and 3. "
                 "Desmin was positive in case 1 but not in cases 2 and 3."),
    )
    rows = _rows(doc, nlp, "alk_tests", "alk_fusion_partner", "ihc_positive")
    assert rows == [
        (["RT-PCR+"], "TPM3", ["desmin"]),
        (["RT-PCR-"], None, None),
        (["RT-PCR-"], None, None),
    ]


def test_review_adding_our_own_aged_patient_reads_the_age(nlp):
    """A review abstract that adds "our own N-month-old patient" in the sentence naming the published cases: "own"
    before the age is still the report's own patient, so the sentence is no citation and the age is read."""
    text = (
        "Invented cardiac tumours of infancy are rare, and about twenty infants have been published. We go over the "
        "presentation and outcome of the published infant cases and add our own 7-month-old patient, whose tumour "
        "filled the right ventricle. The tumour was excised and he is well at 12 months."
    )
    rows = extract_narrative(_abstract(text), nlp)
    assert len(rows) == 1
    assert rows[0].age_years == pytest.approx(0.58)
    assert rows[0].sex == "male"


@pytest.mark.parametrize(
    "closing",
    [
        "Our cases have been followed for 3 and 5 years respectively, with no evidence of recurrence.",
        "The two boys were followed up for 36 and 60 months, respectively.",
    ],
)
def test_two_patients_introduced_together_each_take_their_own_follow_up_from_a_respectively_list(nlp, closing):
    doc = make_doc(
        (
            "case",
            "We describe 2 girls aged 5 and 12 years, respectively, with chest masses. Both masses were excised. " + closing,
        ),
    )
    assert _rows(doc, nlp, "age_years", "follow_up_months") == [(5.0, 36.0), (12.0, 60.0)]


# -- leftovers of session 17 (fictional patients) -----------------------------------------------------------------
def _two_numbered(second_case: str, closing: str = "") -> Document:
    parts = [
        ("title", "Inflammatory myofibroblastic tumour in two invented adults"),
        ("case", "Case 1. A 44-year-old man had a lung mass that was resected. The tumour cells were positive for ALK, "
                 "SMA and desmin, and negative for CD34 and S100."),
        ("case", "Case 2. A 57-year-old woman had a mesenteric mass that was resected. " + second_case),
    ]
    if closing:
        parts.append(("case", closing))
    return make_doc(*parts)


@pytest.mark.parametrize(
    ("second_case", "positive", "negative"),
    [
        # stains told explicitly as another numbered patient's: that patient's results are this one's
        ("Immunostains were as in the first patient.", ["ALK", "SMA", "desmin"], ["CD34", "S-100"]),
        ("Her immunoprofile was identical to that of case 1.", ["ALK", "SMA", "desmin"], ["CD34", "S-100"]),
        # a likeness only, or a look at the slides, copies nothing
        ("The immunoprofile was similar to that of case 1.", None, None),
        ("The tumour looked like the one of case 1.", None, None),
    ],
)
def test_stains_told_as_another_numbered_patients_are_copied_only_when_explicit(nlp, second_case, positive, negative):
    rows = _rows(_two_numbered(second_case), nlp, "case_id", "ihc_positive", "ihc_negative")
    assert rows[0] == ("case-1", ["ALK", "SMA", "desmin"], ["CD34", "S-100"])
    assert rows[1] == ("case-2", positive, negative)


def test_finding_echoed_for_a_later_numbered_patient_is_that_patients_too(nlp):
    doc = make_doc(
        ("title", "Three invented patients with inflammatory myofibroblastic tumour"),
        ("case", "Case 1. A 30-year-old man had a gastric mass that was resected."),
        ("case", "Case 2. A 41-year-old woman had a colonic mass that was resected."),
        ("case", "Case 3. A 52-year-old man had an ileal mass that was resected."),
        ("case", "In case 1, CD117 and DOG1 were negative, excluding a stromal tumour, as they were in case 3."),
    )
    rows = _rows(doc, nlp, "case_id", "ihc_negative")
    assert rows == [("case-1", ["CD117", "DOG-1"]), ("case-2", None), ("case-3", ["CD117", "DOG-1"])]


@pytest.mark.parametrize(
    "closing",
    [
        "None of them relapsed during 20 months of follow-up.",
        "Neither patient has relapsed after 20 months of follow-up.",
        "None has relapsed after 20 months of follow-up.",
        "None of the two has relapsed after 20 months of follow-up.",
    ],
)
def test_no_relapse_told_of_the_patients_together_is_each_ones(nlp, closing):
    doc = _two_numbered("Stains were not done.", closing)
    assert _rows(doc, nlp, "case_id", "recurrence", "follow_up_months", "status") == [
        ("case-1", False, 20.0, "ANED"),
        ("case-2", False, 20.0, "ANED"),
    ]


@pytest.mark.parametrize(
    ("closing", "months", "status"),
    [
        # the patients' well-being told together follows the one-patient convention (fields/outcome.py): "doing well",
        # "alive and well" and well over the follow-up are ANED; a bare "remain well" gives no status, its time is kept
        ("Both are doing well.", None, "ANED"),
        ("Both are alive and well.", None, "ANED"),
        ("Both remain well on follow-up.", None, "ANED"),
        ("Both remain well.", None, None),
        ("Both remain well 2 years after surgery.", 24.0, None),
    ],
)
def test_well_being_of_the_patients_together_follows_the_one_patient_convention(nlp, closing, months, status):
    doc = _two_numbered("Stains were not done.", closing)
    assert _rows(doc, nlp, "case_id", "follow_up_months", "status") == [
        ("case-1", months, status),
        ("case-2", months, status),
    ]


@pytest.mark.parametrize(
    "child, parent_line, child_line",
    [
        ("daughter", "The mother had a mass of the uterus that was removed.", "Her daughter had a mass of the kidney that was removed."),
        ("son", "The father had a mass of the lung that was removed.", "His son had a mass of the kidney that was removed."),
    ],
)
def test_parent_and_child_of_one_sex_each_take_the_sentence_their_kin_noun_opens(nlp, child, parent_line, child_line):
    """A parent and a child of the same sex told apart only by "the mother" / "her daughter"."""
    adult, pos = ("woman", "her") if child == "daughter" else ("man", "his")
    doc = make_doc(
        ("case", f"We describe a 44-year-old {adult} and {pos} 16-year-old {child} who both developed an invented "
                 f"myofibroblastic tumour. {parent_line} {child_line}"),
    )
    rows = _rows(doc, nlp, "age_years", "site")
    assert rows[0][0] == 44.0 and rows[0][1] in ("uterus", "lung")
    assert rows[1] == (16.0, "kidney")


@pytest.mark.parametrize("verb", ["achieved", "experienced", "attained"])
def test_numbered_patients_each_the_subject_of_a_response_clause(nlp, verb):
    """"Patient 1 achieved a complete response, whereas patient 2 had a partial response": each clause its patient's."""
    doc = make_doc(
        ("case", "Patient 1 was a 47-year-old man with a tumour of the peritoneum. Patient 2 was a 26-year-old woman "
                 "with a tumour of the lung. Both patients received crizotinib. "
                 f"Patient 1 {verb} a complete response, whereas patient 2 had a partial response."),
    )
    assert _rows(doc, nlp, "drugs", "response") == [(["crizotinib"], "CR"), (["crizotinib"], "PR")]


@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("All of them remain free of disease.", "ANED"),
        ("Both were followed closely, and all of them remain disease-free.", "ANED"),
        # a counted cohort of the literature is no own patient's
        ("Of the 18 published cases, all of them remain free of disease.", None),
    ],
)
def test_all_of_them_free_of_disease_told_of_the_patients_together_is_each_ones(nlp, closing, status):
    doc = _two_numbered("Stains were not done.", closing)
    assert _rows(doc, nlp, "case_id", "status") == [("case-1", status), ("case-2", status)]


@pytest.mark.parametrize(
    "sentence",
    [
        "An excision was carried out in patient 1, whereas patient 2 was given crizotinib.",
        "Patient 1 underwent an excision, while in patient 2 crizotinib was begun.",
        "Patient 1 underwent an excision, whereas patient 2, whose mass could not be removed, was given crizotinib.",
        "Patient 2 was given crizotinib; an excision was carried out in patient 1.",
    ],
)
def test_one_sentence_naming_both_numbered_patients_in_different_roles(nlp, sentence):
    """Two clauses in contrast, each naming one numbered patient in any role (after "in", before an aside): each
    patient takes only the clause naming it."""
    doc = make_doc(
        ("case", "Patient 1 was a 38-year-old man with an invented tumour of the mesentery. Patient 2 was a 61-year-old "
                 f"woman with an invented tumour of the lung. {sentence}"),
    )
    assert _rows(doc, nlp, "treatment", "drugs") == [("SE", None), ("ALKi", ["crizotinib"])]


# -- leftovers of session 21, second round (fictional patients) -------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Patient 1 underwent an excision and patient 2 crizotinib.", [("SE", None), ("ALKi", ["crizotinib"])]),
        ("Patient 1 received crizotinib, whereas patient 2 an excision.", [("ALKi", ["crizotinib"]), ("SE", None)]),
        ("Patient 2 underwent an excision and patient 1 a course of crizotinib.", [("ALKi", ["crizotinib"]), ("SE", None)]),
    ],
)
def test_gapped_clause_of_the_second_numbered_patient_takes_its_own_object(nlp, sentence, expected):
    """"Patient 1 underwent X and patient 2 Y": the second clause leaves out the verb; Y is the second patient's only
    (never the first's), read with the verb it borrows."""
    doc = make_doc(
        ("case", "Patient 1 was a 29-year-old woman with an invented tumour of the bladder. Patient 2 was a 47-year-old "
                 f"man with an invented tumour of the pleura. {sentence}"),
    )
    assert _rows(doc, nlp, "treatment", "drugs") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "An excision was done for the elder child, whereas the younger one was given crizotinib.",
        "The mass was excised in the older boy; the younger was started on crizotinib.",
    ],
)
@pytest.mark.parametrize("numbered", [False, True])
def test_patient_named_by_relative_age_in_an_oblique_role_then_the_other(nlp, sentence, numbered):
    """The first of two clauses in contrast names one patient after "for"/"in" (not as the sentence's opening), the
    second opens on the other: each takes only its own clause's treatment."""
    if numbered:
        intro = ("Case 1. An 11-year-old boy had an invented tumour of the liver. Case 2. A 5-year-old boy had an "
                 "invented tumour of the colon. ")
    else:
        intro = ("We saw two invented brothers. The older boy, aged 11 years, had a mass of the liver. The younger boy, "
                 "aged 5 years, had a mass of the colon. ")
    doc = make_doc(("title", "Invented tumours in two brothers"), ("case", intro + sentence))
    assert _rows(doc, nlp, "age_years", "treatment", "drugs") == [(11.0, "SE", None), (5.0, "ALKi", ["crizotinib"])]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("No tumour in this series metastasised.", [False, False]),
        ("None of the patients in our series developed distant metastasis.", [False, False]),
        ("None of our patients developed metastases.", [False, False]),
        # the literature's cases, not the report's own
        ("None of the previously reported cases developed metastases (4).", [None, None]),
        ("No patient in the series of Okafor et al. developed metastases.", [None, None]),
    ],
)
@pytest.mark.parametrize("section", ["case", "discussion"])
def test_metastasis_denied_of_every_patient_of_the_own_series(nlp, closing, expected, section):
    """A Results or Discussion sentence denying spread of every patient "in this series" is each own patient's
    (the words naming the series do not make it a cohort statistic); one about published cases is nobody's."""
    parts = [
        ("title", "Invented tumours of the limbs: two cases"),
        ("case", "Case 1. A 33-year-old man had an invented mass of the shin, which was excised. Case 2. A 15-year-old "
                 "girl had an invented mass of the wrist, which was excised."),
    ]
    parts.append((section, ("Such tumours are seldom seen. " if section == "discussion" else "") + closing))
    assert [m for (m,) in _rows(make_doc(*parts), nlp, "metastasis")] == expected


@pytest.mark.parametrize(
    "closing",
    [
        "No patient had metastasis; none of the removed lymph nodes (cases 1 and 3) contained tumour.",
        "No patient developed metastases; the nodes sampled in cases 1 and 3 were free of tumour.",
        "No patient had metastasis, and the lymph nodes excised (cases 1 and 3) were negative.",
    ],
)
def test_opening_clause_for_every_patient_before_a_clause_naming_some_cases(nlp, closing):
    """A clause denying spread of every patient, then a clause about the nodes of named cases: the first clause is
    each patient's (case 2 too), the bracketed or listed cases belong to the second clause only."""
    doc = make_doc(
        ("case", "Case 1. A 26-year-old man had an invented mass of the thigh, which was excised. Case 2. An 8-year-old "
                 "boy had an invented mass of the neck, which was excised. Case 3. A 71-year-old woman had an invented "
                 f"mass of the groin, which was excised. {closing}"),
    )
    assert _rows(doc, nlp, "case_id", "metastasis") == [("case-1", False), ("case-2", False), ("case-3", False)]


@pytest.mark.parametrize(
    ("closing", "others"),
    [
        ("Only case 2 recurred.", False),
        ("Case 2's recurrence was the only one.", False),
        ("The only relapse was seen in case 2.", False),
        ("Case 2 was the only one to recur.", False),
        ("Only the tumour of case 2 recurred.", False),
        # precision: "only" bound to something else says nothing of the others
        ("Case 2 recurred only once.", None),
        ("Only case 2 was given crizotinib after its local recurrence.", None),
    ],
)
def test_recurrence_told_as_one_numbered_patients_only_is_absent_for_the_others(nlp, closing, others):
    """"Only case 2 recurred": case 2 recurred and every other own numbered patient did not."""
    doc = make_doc(
        ("case", "Case 1. A 26-year-old man had an invented mass of the thigh, which was excised. Case 2. An 8-year-old "
                 "boy had an invented mass of the neck, which was excised; it recurred at 7 months. Case 3. A 71-year-old "
                 f"woman had an invented mass of the groin, which was excised. {closing}"),
    )
    assert _rows(doc, nlp, "case_id", "recurrence") == [("case-1", others), ("case-2", True), ("case-3", others)]


@pytest.mark.parametrize(
    ("text", "cohort"),
    [
        ("SMA was diffusely positive and the Ki-67 positive rate was 20%.", False),
        ("The ki-67 positive rate was 8% in the hot spots.", False),
        ("The MIB-1 positive rate is 30%.", False),
        ("The ALK positive rate was 60%.", True),
        ("The overall response rate was 72%.", True),
    ],
)
def test_ki67_positive_rate_is_one_tumours_index_no_cohort_share(text, cohort):
    # translated reports give one tumour's proliferation index as its "Ki-67 positive rate"; a "positive rate" of a
    # stain over a group stays a statistic
    assert narrative.is_cohort(text) is cohort


@pytest.mark.parametrize(
    ("text", "cohort"),
    [
        ("Her tumour's Ki-67-positive rate was 12%.", False),
        ("A Ki67-positive rate of 3% was counted in the densest field.", False),
        ("The Ki 67-positive rate was 25%.", False),
        ("The Ki-67 (MIB-1) positive rate was 40%.", False),
        ("The MIB-1-positive rate was 6%.", False),
        # guard: a stain's positive rate over a group is still a statistic
        ("The ALK-positive rate was 55% in the whole series.", True),
    ],
)
def test_ki67_positive_rate_written_hyphenated_is_one_tumours_index(text, cohort):
    # the proliferation index's "positive rate" written with a hyphen or with the clone in brackets is the same index
    assert narrative.is_cohort(text) is cohort


@pytest.mark.parametrize(
    ("text", "generic"),
    [
        ("ALK-negative IMT in adults remains a diagnosis of exclusion.", True),
        ("Paediatric IMT is a rare tumour of intermediate behaviour.", True),
        ("ROS1-rearranged inflammatory myofibroblastic tumours are rare.", True),
        ("Uterine IMT can mimic a smooth muscle tumour.", True),
        ("ALK-positive IMT was diagnosed in the girl.", False),
        ("The IMT of our patient is ALK positive.", False),
    ],
)
def test_a_statement_about_a_kind_of_the_disease_is_generic(text, generic):
    assert narrative.is_generic(text) is generic


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a laboratory's result told with "was reported" is the patient's test, not the literature
        ("The ALK break-apart probe was reported negative (splits below the cut-off).", False),
        ("Sequencing of the biopsy was reported as positive for a TFG::ROS1 fusion.", False),
        # precision: a share of cases and a described case still cite
        ("ALK staining was reported positive in 60% of pulmonary IMTs.", True),
        ("A similar tumour was reported by Osei and colleagues in 2015.", True),
    ],
)
def test_regression_a_test_reported_negative_or_positive_is_no_citation(text, cited):
    assert cites_literature(text) is cited


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # a review of the patient's own core, smear or aspirate is a pathology review, not a literature review
        ("Review of the core: plump spindle cells; desmin(+), CK7(-).", False),
        ("On review of the smears, the cells were bland.", False),
        # precision: a review of published cases still cites
        ("A review of 52 published cases showed male predominance.", True),
    ],
)
def test_regression_review_of_the_patients_own_material_is_no_citation(text, cited):
    assert cites_literature(text) is cited
