"""One patient's filled form as a report: check boxes, label / value lines, a two-column characteristics table.
Fictional patients and wording throughout."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import _ticked_only

_FORM = """Rare Tumour Registry - case form (fictional record)

Spindle-cell tumour of the forearm in a boy: registry case form

PATIENT
  Age at diagnosis: 6 years
  Sex: [ ] female  [x] male
  Distant metastasis at presentation: [ ] Yes  [x] No

PATHOLOGY
  Diagnosis: inflammatory myofibroblastic tumour
  vimentin ........... positive
  desmin ............. negative

TREATMENT
  Surgery: [x] wide excision  [ ] amputation
  Radiotherapy: [ ] Yes  [x] No
  Event (relapse/progression): [ ] Yes  [x] No
"""

_TABLE = """Paediatric Tumour Notes 2031;4:e77 (fictional)

Inflammatory myofibroblastic tumour of the tongue in a woman

Abstract: We describe the patient of Table 1, a woman with a tongue mass.

Table 1. Patient characteristics
Characteristic     | Finding
Age / sex          | 39 y / F
Site               | tongue, lateral border
IHC +              | calponin, vimentin
IHC -              | EMA, CD34, S100
Ki-67              | 6%
Status             | no evidence of disease

Comment. The lesion was excised and the woman remains well.
"""


def _one_row(tmp_path, text, nlp):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    path = tmp_path / "form.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    rows = extract_document(doc, nlp)
    assert len(rows) == 1
    for evs in rows[0].evidence.values():
        for ev in evs:
            assert doc.text[ev.start : ev.end] in ev.sentence and ev.sentence in doc.text
    return rows[0]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sex: [ ] female  [x] male", "Sex: male"),
        ("Relapse: [X] No  [ ] Yes", "Relapse: No"),
        # the next label after an unticked option is kept
        ("Plan: [x] observe [ ] re-excise Ki-67: 4%", "Plan: observe Ki-67: 4%"),
        # a field none of whose options is ticked gives nothing, its label blanked too; the next field stays
        ("Surgery: [x] excision Chemotherapy: [ ] Follow-up: 8 months", "Surgery: excision Follow-up: 8 months"),
        # no ticked box: a bare "[ ]" is no filled form
        ("Details are given in [ ] the appendix.", "Details are given in [ ] the appendix."),
    ],
)
def test_regression_form_checkboxes_keep_only_ticked_options(text, expected):
    got = _ticked_only(text)
    assert len(got) == len(text) and " ".join(got.split()) == expected  # blanked in place: offsets hold


def test_regression_filled_form_with_checkboxes_reads_as_one_patient(tmp_path, nlp):
    row = _one_row(tmp_path, _FORM, nlp)
    assert row.sex == "male"
    assert row.metastasis is False and row.recurrence is False
    assert (row.ihc_positive, row.ihc_negative) == (["vimentin"], ["desmin"])
    assert "RT" not in (row.treatment or "")


def test_regression_two_column_characteristics_table_is_read_as_the_patients_lines(tmp_path, nlp):
    row = _one_row(tmp_path, _TABLE, nlp)
    assert row.age_years == 39 and row.sex == "female"
    assert row.ihc_positive[:2] == ["calponin", "vimentin"]
    assert row.ihc_negative == ["EMA", "CD34", "S-100"]
    assert row.ki67_percent == 6


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Age ................ 58", "Age: 58"),
        ("Partner .......... EML4 (NGS)\nCD34 ..... negative", "Partner: EML4 (NGS)\nCD34: negative"),
        # a two-column key/value line's one pipe
        ("Fusion (RNA)     | EML4::ALK", "Fusion (RNA): EML4::ALK"),
        # a boxed summary's row: the column gap after the label
        ("| Site            tongue, lateral border   |", "| Site: tongue, lateral border |"),
        # a line of several pipes is a grid row, left alone
        ("ALK | + | 3+", "ALK | + | 3+"),
        # an ellipsis inside prose is no leader
        ("He hesitated... then agreed.", "He hesitated... then agreed."),
    ],
)
def test_regression_data_sheet_leader_dots_read_as_the_labels_colon(text, expected):
    from eims_extract.fields.narrative import _leader_colons

    got = _leader_colons(text)
    assert len(got) == len(text) and "\n".join(" ".join(line.split()) for line in got.split("\n")) == expected
