"""How authors tell the state a course has left (``fields.outcome``): a remission after an operation or described by
its state is no response; the tumour left by a response told stable in the present keeps that response. Invented
sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("The recurrence was excised again, and he has been in remission after the second resection.",),
        ("She had a partial cystectomy and remains in remission following complete excision.",),
        ("He then received 12 months of vinblastine and methotrexate and is in continuous remission with no evidence of disease at 3 years.",),
        ("After the operation and adjuvant chemotherapy she stays in remission with no sign of recurrence.",),
        ("The boy remains in remission after a left nephrectomy.",),
    ],
)
def test_remission_after_an_operation_or_told_as_a_state_is_no_response(texts):
    row = run(*texts)
    assert row.response is None


@pytest.mark.parametrize(
    "texts",
    [
        ("She remains in remission with crizotinib.",),
        ("He has stayed in remission on alectinib since 2022.",),
        ("The relapse went into remission following treatment with lorlatinib.",),
        ("She is in remission after eight months of crizotinib.",),
    ],
)
def test_remission_on_a_drug_is_a_complete_response(texts):
    assert run(*texts).response == "CR"


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (("Prednisolone led to a partial remission.", "Now, a year after the diagnosis, the residual tumour is stable under low-dose steroid."), "PR"),
        (("Crizotinib gave a partial response.", "At 20 months the residual mass is stable on crizotinib."), "PR"),
        (("The nodules shrank by 60%, a partial response.", "The remaining lesions were stable after two more cycles of chemotherapy."), "PR"),
        (("Alectinib produced a complete response of the liver deposits.", "The residual nodule is stable on alectinib."), "CR"),
    ],
)
def test_residual_tumour_told_stable_after_a_response_keeps_it(texts, code):
    assert run(*texts).response == code


@pytest.mark.parametrize(
    "texts",
    [
        ("The residual tumour is stable under low-dose steroid.",),
        ("Crizotinib gave a partial response.", "The tumour recurred at 14 months.", "The residual tumour was stable after radiotherapy."),
    ],
)
def test_residual_tumour_told_stable_with_no_response_before_is_stable_disease(texts):
    assert run(*texts).response == "SD"


@pytest.mark.parametrize(
    "texts",
    [
        ("A tapering oral steroid course was prescribed.", "The lesion regressed completely within 10 weeks."),
        ("Larotrectinib was started.", "After 3 months the orbital mass disappeared completely."),
        ("She received celecoxib for six months.", "The tumour had completely resolved on the last MRI."),
        ("Crizotinib was given.", "The pelvic nodules vanished completely by the fourth month."),
    ],
)
def test_tumour_told_gone_completely_after_a_course_is_a_complete_response(texts):
    assert run(*texts).response == "CR"


@pytest.mark.parametrize(
    "texts",
    [
        ("The lesion was followed without treatment.", "It regressed spontaneously, and the mass had completely resolved at one year."),
        ("The recurrence was excised.", "The mass disappeared completely after the second operation."),
        ("Only a biopsy was done.", "The nodule regressed completely without any treatment."),
        ("Ibuprofen was given.", "The mass shrank by 40%.", "The remaining nodule disappeared completely after resection."),
    ],
)
def test_tumour_gone_spontaneously_or_by_operation_is_no_complete_response(texts):
    assert run(*texts).response != "CR"


@pytest.mark.parametrize(
    "text",
    [
        "After ceritinib was stopped, the mass disappeared completely.",
        "Following withdrawal of the steroid the lesion resolved completely.",
    ],
)
def test_tumour_gone_completely_after_a_drug_was_stopped_is_no_response(text):
    assert run(text).response is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Ventilation was withdrawn and she died in her mother's arms at the age of ten weeks, one month after the biopsy.", 1),
        ("He died at his daughter's home, 14 months after the diagnosis.", 14),
        ("She died peacefully in her husband\u2019s presence 9 months after the operation.", 9),
        ("The boy died in his parents' arms two months after the biopsy.", None),
    ],
)
def test_death_told_beside_a_relatives_possession_is_the_patients(text, months):
    row = run(text)
    assert row.status == "DOD"
    if months is not None:
        assert row.follow_up_months == months


@pytest.mark.parametrize(
    "text",
    [
        "Her mother's breast cancer recurred 3 years later.",
        "His father's lymphoma relapsed at 2 years.",
        "She is well; her mother's tumour recurred at 2 years.",
    ],
)
def test_relatives_own_disease_told_with_a_possessive_stays_the_relatives(text):
    row = run(text)
    assert row.recurrence is None and row.follow_up_months is None


def _recurrence_with_primary(site_code: str, *texts: str):
    from eims_extract.records import CaseRow
    from _support import located

    row = CaseRow("doc", "1")
    row.site_code = site_code
    apply(located(*texts), row)
    return row.recurrence


@pytest.mark.parametrize(
    ("site_code", "texts", "recurrence"),
    [
        ("C48.1", ("The mesenteric mass was removed en bloc.", "He was watched with scans every 3 months.", "Peritoneal and hepatic deposits appeared on the scan of 9 May 2021."), True),
        ("C48.2", ("The retroperitoneal tumour was resected.", "Omental nodules developed on the next CT."), True),
        ("C48.1", ("The mesenteric tumour was completely excised.", "Pelvic masses appeared on the 6-month MRI."), True),
        # no complete operation before, a scan before an operation, a chest primary: nothing read
        ("C48.1", ("A core biopsy of the mesenteric mass was taken.", "Peritoneal nodules appeared on the next CT."), None),
        ("C48.1", ("The mesenteric mass was resected.", "Peritoneal nodules appeared on the CT done before the second operation."), None),
        ("C34.1", ("The lobe was resected.", "Peritoneal nodules appeared on the next CT."), None),
    ],
)
def test_cavity_deposits_appearing_on_a_scan_of_the_watch_after_resection_are_recurrence(site_code, texts, recurrence):
    assert _recurrence_with_primary(site_code, *texts) is recurrence


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("He still takes lorlatinib with a small stable nodule 11 months after starting it.", 11.0),
        ("She continues to take alectinib, with no new lesions, 2 years after diagnosis.", 24.0),
        ("The boy keeps taking ceritinib with a shrinking mass 8 months after surgery.", 8.0),
    ],
)
def test_patient_still_taking_a_drug_up_to_a_time_gives_the_follow_up(text, months):
    assert run(text).follow_up_months == months
