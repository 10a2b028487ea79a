"""A small series written as one "Case N: ..." sentence (or a few) per patient, as series papers print their cases
without a table: each row is its own patient's, and what follows the last row (an abbreviation legend, a footnote,
the Discussion naming cases from the literature) gives that last patient nothing. Fictional patients, our wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.tables import spells_out_codes
from eims_extract.pipeline.extract import extract_document

LEGEND = ("ANED, alive with no evidence of disease; AWD, alive with disease; DOD, died of disease; "
          "FISH, fluorescence in situ hybridisation; mo, months.")


def _rows(tmp_path: Path, body: str):
    p = tmp_path / "series.txt"
    p.write_text("Inflammatory myofibroblastic tumour: three invented patients\n\n"
                 "We report three patients treated at our hospital.\n\nResults\n\n" + body, encoding="utf-8")
    return {r.case_id: r for r in extract_document(load_document(p))}


@pytest.mark.parametrize("tail", [
    LEGEND,
    LEGEND + "\n\nDiscussion\n\nSuch tumours are uncommon in adults and most patients do well after resection [3].",
])
def test_abbreviation_legend_under_the_last_case_row_is_no_outcome(tmp_path, nlp, tail):
    rows = _rows(tmp_path,
                 "Case 1: A 41-year-old woman had a 5-cm tumour of the lung. She was free of disease at 20 months.\n"
                 "Case 2: A 15-year-old boy had a 3-cm tumour of the omentum. He was alive with disease at 9 months.\n"
                 "Case 3: A 60-year-old man had an 8-cm tumour of the mesentery. He underwent complete resection.\n"
                 + tail + "\n")
    assert sorted(rows) == ["case-1", "case-2", "case-3"]
    assert (rows["case-1"].status, rows["case-2"].status) == ("ANED", "AWD")
    assert rows["case-3"].status is None and rows["case-3"].follow_up_months is None


@pytest.mark.parametrize(("text", "legend"), [
    (LEGEND, True),
    ("Abbreviations: IMT, inflammatory myofibroblastic tumour; CT, computed tomography; SMA, smooth muscle actin.", True),
    ("Case 2: 9 y, F, lung, 3 cm; ALK+, desmin-; Resection, crizotinib; NED, 12 mo.", False),
    ("She received crizotinib; the mass shrank; she is well.", False),
    ("NED, no evidence of disease; AWD, alive with disease.", False),  # two items only: too few to call a legend
    # semicolons set in other forms (full-width, Greek question mark, small form) fold to ';': still a legend
    ("NED, no evidence of disease\uff1b AWD, alive with disease\u037e DOD, died of disease\ufe54 mo, months.", True),
    ("CR, complete response\uff1b PR, partial response\uff1b SD, stable disease.", True),
])
def test_sentence_spelling_out_codes_is_told_from_a_case_row(text, legend):
    assert spells_out_codes(text) is legend


@pytest.mark.parametrize("head", ["No. {n}:", "No. {n} \u2014", "No. {n} -", "No.{n}."])
def test_case_rows_numbered_no_each_open_their_own_patient(tmp_path, nlp, head):
    rows = _rows(tmp_path, "\n".join(
        head.format(n=n) + " " + body for n, body in enumerate([
            "A 33-year-old woman had a 4-cm tumour of the lung. She was free of disease at 16 months.",
            "A 7-year-old boy had a 6-cm tumour of the mesentery. He died of disease at 5 months.",
            "A 58-year-old man had a 2-cm tumour of the larynx. He was alive with disease at 30 months.",
        ], start=1)) + "\n")
    got = [(k, r.age_years, r.sex, r.status) for k, r in sorted(rows.items())]
    assert got == [("case-1", 33.0, "female", "ANED"), ("case-2", 7.0, "male", "DOD"), ("case-3", 58.0, "male", "AWD")]


@pytest.mark.parametrize("head", ["Case {n}:", "Patient {n}."])
def test_labelled_parts_of_a_case_row_stay_that_patients(tmp_path, nlp, head):
    """'Treatment:' and 'Outcome:' inside a case row are the row's parts, not a case report's sub-headings cutting the
    line (which lost the treatment and the outcome of every row)."""
    rows = _rows(tmp_path, "\n".join(head.format(n=n) + " " + body for n, body in enumerate([
        "Age/sex: 44/F. Site: uterus. Size: 6 cm. Treatment: Hysterectomy. Outcome: NED at 26 months.",
        "Age/sex: 12/M. Site: lung. Size: 3 cm. Treatment: Lobectomy. Outcome: alive with disease at 8 months.",
        "Age/sex: 61/M. Site: liver. Size: 9 cm. Treatment: Resection. Outcome: died of disease at 14 months.",
    ], start=1)) + "\n")
    got = [(k, r.age_years, r.site, r.treatment, r.status, r.follow_up_months) for k, r in sorted(rows.items())]
    assert got == [("case-1", 44.0, "uterus", "SE", "ANED", 26.0), ("case-2", 12.0, "lung", "SE", "AWD", 8.0),
                   ("case-3", 61.0, "liver", "SE", "DOD", 14.0)]


@pytest.mark.parametrize(("row", "site"), [
    ("Case {n}: {age}-year-old woman, uterus, 7 cm; ALK+; resection; NED 10 mo.", "uterus"),
    ("Case {n}: {age} y, M, bladder, 4 cm; ALK+, SMA+; resection; AWD 8 mo.", "bladder"),
    ("Patient {n} - F, {age} years, liver, 11 cm; ALK-; resection; NED 30 mo.", "liver"),
    ("No. {n}: {age}/M, lung, 2 cm; ALK+; lobectomy; NED 14 mo.", "lung"),
])
def test_bare_site_item_after_a_case_rows_age_and_sex_is_the_site(tmp_path, nlp, row, site):
    rows = _rows(tmp_path, "\n".join(row.format(n=n, age=age) for n, age in ((1, 34), (2, 51), (3, 66))) + "\n")
    assert [(r.age_years, r.site) for _, r in sorted(rows.items())] == [(34.0, site), (51.0, site), (66.0, site)]


@pytest.mark.parametrize("text", [
    "A 60-year-old man, liver transplant recipient, presented with a mass of the mesentery.",
    "The woman, lung function normal, underwent resection of a mesenteric mass.",
])
def test_prose_with_its_article_gives_no_bare_site_item(tmp_path, nlp, text):
    p = tmp_path / "one.txt"
    p.write_text("Mesenteric inflammatory myofibroblastic tumour: a case report\n\nCase presentation\n\n" + text + "\n",
                 encoding="utf-8")
    rows = extract_document(load_document(p))
    assert [r.site for r in rows] == ["mesentery"]


@pytest.mark.parametrize(("therapy", "treatment", "drugs"), [
    ("Surgery + crizotinib", "SE+ALKi", ["crizotinib"]),
    ("Resection, alectinib", "SE+ALKi", ["alectinib"]),
    ("Crizotinib", "ALKi", ["crizotinib"]),
    ("Surgery", "SE", None),
])
def test_therapy_part_of_a_case_row_cut_by_semicolons_was_given(tmp_path, nlp, therapy, treatment, drugs):
    rows = _rows(tmp_path, "\n".join(
        f"Case {n}: {age} y, F, omentum, 5.5 cm; ALK+, SMA+, CK-; {therapy}; NED, {fu} mo." for n, age, fu in
        ((1, 29, 12), (2, 40, 20), (3, 8, 31))) + "\n")
    assert [(r.treatment, r.drugs) for _, r in sorted(rows.items())] == [(treatment, drugs)] * 3


def test_keyword_line_surgery_is_still_no_operation(tmp_path, nlp):
    p = tmp_path / "one.txt"
    p.write_text("Gastric inflammatory myofibroblastic tumour in a child\n\nKeywords: Stomach; ALK; Surgery; Children\n\n"
                 "Case presentation\n\nA 6-year-old girl had a mass of the stomach. She received crizotinib alone.\n",
                 encoding="utf-8")
    assert [(r.treatment, r.drugs) for r in extract_document(load_document(p))] == [("ALKi", ["crizotinib"])]


@pytest.mark.parametrize("note", [
    "*Treated at another hospital first; the outcome was confirmed by letter.",
    "\u2020 Underwent surgery elsewhere and died of disease later.",
])
def test_symbol_note_under_the_last_case_row_gives_that_patient_nothing(tmp_path, nlp, note):
    rows = _rows(tmp_path,
                 "Case 1: 50 y, M, lung, 3 cm; ALK+; Crizotinib; AWD at 9 months.\n"
                 "Case 2: 12 y, F, liver, 8 cm; ALK+; Crizotinib; alive with disease at 14 months.\n" + note + "\n")
    assert [(r.treatment, r.status) for _, r in sorted(rows.items())] == [("ALKi", "AWD"), ("ALKi", "AWD")]


@pytest.mark.parametrize(("text", "age", "sex"), [
    ("No. 4: F, 29 years, lung, 3 cm; ALK+; lobectomy; NED 6 mo.", 29.0, "female"),
    ("No. 2 - 63 y, M, mesentery, 9 cm; ALK-; resection; DOD 11 mo.", 63.0, "male"),
])
def test_age_and_sex_items_after_a_no_numbered_row_label(text, age, sex):
    from eims_extract.fields.base import Sentence
    from eims_extract.fields.demographics import find_ages

    assert [(a.years, a.sex) for a in find_ages(Sentence("fict", text, 0))] == [(age, sex)]


@pytest.mark.parametrize(("part", "partner"), [
    ("TPM3::ALK by NGS", "TPM3"),
    ("EML4-ALK by RT-PCR", "EML4"),
    ("RANBP2::ALK fusion by targeted RNA sequencing", "RANBP2"),
])
def test_fusion_part_named_before_its_method_is_found(part, partner):
    from eims_extract.fields.alk import partners_in

    row = f"Case 2: 30 y, F, lung, 4 cm; ALK+, SMA+; {part}; lobectomy; NED 9 mo."
    assert [p for p, _, _ in partners_in(row)] == [partner]


def test_fusion_by_method_under_a_negation_is_not_found():
    from eims_extract.fields.alk import partners_in

    assert partners_in("No TPM3::ALK by NGS was found; FISH was negative.") == []


@pytest.mark.parametrize(("state", "status", "months"), [
    ("no evidence of disease 10 mo", "ANED", 10.0),
    ("died of disease, 20 mo", "DOD", 20.0),
    ("No evidence of disease, 3 years", "ANED", 36.0),
])
def test_spelled_out_state_then_bare_time_in_a_case_row(tmp_path, nlp, state, status, months):
    rows = _rows(tmp_path, "\n".join(
        f"Case {n}: {age} y, M, mesentery, 6 cm; ALK+; resection; {state}." for n, age in ((1, 22), (2, 47))) + "\n")
    assert [(r.status, r.follow_up_months) for _, r in sorted(rows.items())] == [(status, months)] * 2


@pytest.mark.parametrize("head", ["Age (y)/Sex: 44/F;", "Age (y)/Sex: F/44;", "F/44;"])
def test_case_row_whose_age_and_sex_part_keeps_its_column_name(tmp_path, nlp, head):
    """A series' table re-set as sentences, each part still under its column's name or not ('Sex/Age (y): 44 F; Lung;
    ...; Resection, alectinib; Follow-up: NED at 12 mo'): the bare site and the therapy part are read all the same."""
    rows = _rows(tmp_path, "\n".join(
        f"Case {n}: {head} Lung; 3.5 cm; ALK+, SMA+; Resection, alectinib; Follow-up: NED at {fu} mo." for n, fu in
        ((1, 12), (2, 30))) + "\n")
    assert [(r.age_years, r.sex, r.site, r.treatment, r.drugs) for _, r in sorted(rows.items())] == [
        (44.0, "female", "lung", "SE+ALKi", ["alectinib"])] * 2
