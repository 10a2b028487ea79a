"""Therapies weighed and not given: one whose harm was the reason for another choice, one judged likely to cause serious
harm, one kept available should the tumour grow, one 'to be reserved'; therapy told stopped before palliative care
keeps no ST (``fields.treatment``). Invented sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.treatment import apply
from eims_extract.records import CaseRow
from _support import run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    ("texts", "treatment", "drugs"),
    [
        (("The lesion was partly resected.",
          "Given the residual mass near the optic chiasm and the morbidity of cranial radiotherapy or further surgery in a toddler, "
          "lorlatinib was started."), "SE+ALKi", ["lorlatinib"]),
        (("In view of the late effects of irradiation in childhood, crizotinib was given instead.",), "ALKi", ["crizotinib"]),
    ],
)
def test_harm_weighed_as_reason_is_not_a_therapy_given(texts, treatment, drugs):
    row = run(*texts)
    assert (row.treatment, row.drugs) == (treatment, drugs)


@pytest.mark.parametrize(
    "text",
    [
        "Because the mass encased the facial nerve, complete excision was judged likely to cause significant morbidity.",
        "A radical resection would cause permanent functional loss, so the team chose observation.",
    ],
)
def test_therapy_judged_likely_harmful_is_not_given(text):
    assert run(text).treatment is None


@pytest.mark.parametrize(
    "text",
    [
        "She remains on naproxen, and alectinib remains available if the lesion grows.",
        "He is well on observation; an ALK inhibitor was to be reserved for unresectable relapse.",
    ],
)
def test_therapy_kept_available_for_later_is_not_given(text):
    row = run(text)
    assert row.treatment is None
    assert "alectinib" not in (row.drugs or [])


def test_therapy_stopped_then_palliative_referral_keeps_no_st():
    row = run(
        "The tumour was excised and ifosfamide was given for the relapse.",
        "Anti-tumour therapy was stopped and she was referred to the palliative care team.",
    )
    assert row.treatment == "SE+Che"


def test_supportive_care_only_after_therapy_keeps_st():
    row = run(
        "The tumour was excised and ifosfamide was given for the relapse.",
        "She then received best supportive care only.",
    )
    assert row.treatment == "SE+Che+ST"


def test_effect_in_those_who_received_it_gives_the_therapy_to_no_one():
    row = run(
        "The girl underwent excision of the mesenteric mass.",
        "Radiotherapy achieved no durable control in the two patients who received it, whereas crizotinib helped all three.",
    )
    assert row.treatment == "SE+ALKi"


@pytest.mark.parametrize(
    ("text", "treatment"),
    [
        ("He remains on alectinib with a shrinking mass, and a pancreatectomy is now being discussed.", "ALKi"),
        ("The boy was started on ceritinib; resection of the nodule is under consideration.", "ALKi"),
        ("She is well on entrectinib and a second operation is still being contemplated.", "ALKi"),
    ],
)
def test_operation_still_under_discussion_is_not_given(text, treatment):
    assert run(text).treatment == treatment
