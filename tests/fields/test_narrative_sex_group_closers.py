"""Predicates of one sentence each closed by the patients of one sex ("Sequencing was done in all three and found X in
the two men and Y in the woman", "Desmin was positive in both women and negative in the two male patients"): each
predicate is the patients of its sex only; a count not fitting that sex's patients deals nothing out (invented text)."""

from __future__ import annotations

import pytest

from _support import abstract_rows

_THREE = (
    "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
    "Case 3 was a 12-year-old boy with a bladder mass. "
)
_FOUR = _THREE + "Case 4 was a 61-year-old woman with a pelvic mass. "


@pytest.mark.parametrize(
    ("intro", "sentence", "partners"),
    [
        (_THREE, "Sequencing was performed in all three cases and detected RANBP2::ALK in the two men and RRBP1::ALK "
                 "in the woman.", ["RANBP2", "RRBP1", "RANBP2"]),
        (_THREE, "RNA sequencing detected an EML4::ALK fusion in the woman and a TPM3::ALK fusion in both male "
                 "patients.", ["TPM3", "EML4", "TPM3"]),
        (_FOUR, "The fusion panel found TFG::ALK in the two women and CLTC::ALK in the two men.",
         ["CLTC", "TFG", "CLTC", "TFG"]),
    ],
)
def test_fusion_of_each_sex_group(nlp, intro, sentence, partners):
    rows = abstract_rows(nlp, intro + sentence, "alk_fusion_partner", "kinase_fusions")
    assert rows == [(p, [f"{p}::ALK"]) for p in partners]


def test_stain_results_of_each_sex_group(nlp):
    rows = abstract_rows(nlp, _FOUR + "Desmin was positive in both women and negative in the two male patients.",
                         "ihc_positive", "ihc_negative")
    assert rows == [(None, ["desmin"]), (["desmin"], None), (None, ["desmin"]), (["desmin"], None)]


def test_count_not_fitting_the_sex_deals_nothing_out(nlp):
    # three men and one woman: "the two men" is not all of them, so no predicate is dealt by sex
    intro = (
        "Case 1 was a 30-year-old man with a mesenteric mass. Case 2 was a 47-year-old woman with a lung mass. "
        "Case 3 was a 52-year-old man with a bladder mass. Case 4 was a 61-year-old man with a pelvic mass. "
    )
    rows = abstract_rows(nlp, intro + "Sequencing found TFG::ALK in the two men and CLTC::ALK in the woman.",
                         "alk_fusion_partner")
    assert rows[1] != ("CLTC",)  # the woman's predicate is not dealt to her when the men's closer does not fit
