"""Therapies named and then said not given as a group ("none of these drugs was started"), and an excisional
biopsy as the operation that removed the tumour (``fields.treatment``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from eims_extract.records import CaseRow
from _support import run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("The mass was resected.", "Imatinib and sunitinib are options in other sarcomas; in our patient none of these was used."),
        ("The mass was resected.", "Meloxicam and imatinib, given in other fibroblastic tumours, have little effect in this one.", "None of these drugs was started."),
        ("The mass was resected.", "Meloxicam and imatinib, given in other fibroblastic tumours, have little effect in this one; neither of these agents has been used."),
    ],
)
def test_drugs_named_then_none_of_these_given_are_not_given(texts):
    row = run(*texts)
    assert row.drugs is None
    assert row.treatment == "SE"


def test_drug_given_before_stays_when_later_options_were_not_started():
    row = run(
        "The boy received crizotinib for eight months.",
        "Alectinib and lorlatinib were discussed for a relapse.",
        "None of these was started.",
    )
    assert row.drugs == ["crizotinib"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("An excisional biopsy removed the whole nodule of the scalp.", "SE"),
        ("The lump of the thigh was taken out by excision biopsy.", "SE"),
        ("An incisional biopsy of the mass was done.", None),
        ("An excisional biopsy of an axillary lymph node showed reactive changes.", None),
    ],
)
def test_excisional_biopsy_is_an_excision(text, expected):
    assert run(text).treatment == expected


@pytest.mark.parametrize(
    ("texts", "drugs"),
    [
        (("Chemotherapy with vincristine, dactinomycin and cyclophosphamide was discussed with the parents.",), None),
        (("A regimen of ifosfamide, etoposide and carboplatin was proposed, but the family declined.",), None),
        (("Treatment with methotrexate, vinblastine and prednisone was considered by the board.",), None),
        (("Chemotherapy with vincristine, dactinomycin and cyclophosphamide was given for six cycles.",),
         ["vincristine", "actinomycin D", "cyclophosphamide"]),
        (("She received chemotherapy with vincristine and dactinomycin was added later.",), ["vincristine", "actinomycin D"]),
    ],
)
def test_drug_list_inside_a_therapy_noun_shares_its_verdict(texts, drugs):
    assert run(*texts).drugs == drugs


@pytest.mark.parametrize(
    ("texts", "treatment", "drugs"),
    [
        (("The mass was resected.", "Chemotherapy with vincristine and dactinomycin was discussed with the family, but "
          "larotrectinib was chosen instead and started in May."), "SE+ALKi", ["larotrectinib"]),
        (("The mass was resected.", "Crizotinib was considered, but observation was preferred."), "SE", None),
        (("Radiotherapy was discussed at the tumour board, but alectinib (600 mg twice daily) was finally chosen and given "
          "for a year.",), "ALKi", ["alectinib"]),
        (("She received vincristine, and ifosfamide was discussed, but etoposide was chosen.",), "Che", ["vincristine", "etoposide"]),
    ],
)
def test_option_discussed_then_another_chosen_in_the_passive(texts, treatment, drugs):
    row = run(*texts)
    assert (row.treatment, row.drugs) == (treatment, drugs)


@pytest.mark.parametrize(
    ("texts", "drugs"),
    [
        # another drug named as the other choice beside the one started: weighed, not given
        (("After the board meeting (pralsetinib was also an option), selpercatinib was started.",), ["selpercatinib"]),
        (("Larotrectinib was begun; entrectinib was another option.",), ["larotrectinib"]),
        (("Crizotinib was given at 250 mg twice daily, although ceritinib would also have been an alternative.",),
         ["crizotinib"]),
        (("Imatinib was started; sunitinib was an alternative choice should it fail.",), ["imatinib"]),
        # the option taken stays given
        (("Crizotinib was a reasonable option and was started at 280 mg/m2.",), ["crizotinib"]),
    ],
)
def test_drug_named_as_the_other_option_is_not_given(texts, drugs):
    assert run(*texts).drugs == drugs
