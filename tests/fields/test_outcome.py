"""Outcomes: recurrence/metastasis with negation, response, status, follow-up."""

from __future__ import annotations


import pytest

from eims_extract.fields.outcome import apply, flag_mentions, follow_up_mentions, new_lesion_spread, no_disease_mentions, parse_follow_up, response_mentions
from eims_extract.fields import treatment
from eims_extract.records import CaseRow
from _support import located, run_apply, seed_sentences


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "text,recurrence,metastasis",
    [
        ("At the last visit there was no recurrence or metastasis.", False, False),
        ("CT showed no evidence of distant metastasis.", None, False),
        ("Imaging revealed hepatic metastases and a recurrent tumour in the pelvis.", True, True),
        ("The mass relapsed in the omentum four months later.", True, None),
        ("A follow-up scan found that the tumour had spread to the lungs.", None, True),
        ("Enlarged metastatic lymph nodes were excised.", None, True),
        ("She came back with recurrent abdominal pain.", None, None),
        ("This sarcoma carries a high risk of relapse.", None, None),
        ("Lymph node metastasis was ruled out on PET.", None, False),
        ("She remained recurrence-free.", False, None),
        ("Recurrence-free survival was not reported in earlier series.", None, None),
    ],
)
def test_recurrence_and_metastasis(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


def test_true_anywhere_beats_an_earlier_negative():
    row = run("Two months after resection there was no recurrence.", "At eight months the tumour recurred in the mesentery.")
    assert row.recurrence is True
    assert [e.sentence for e in row.evidence["recurrence"]] == ["At eight months the tumour recurred in the mesentery."]


@pytest.mark.parametrize(
    "texts,response",
    [
        (["A partial response (PR) was recorded on the 8-week scan."], "PR"),
        (["He achieved complete remission after crizotinib."], "CR"),
        (["Restaging confirmed stable disease."], "SD"),
        (["Chemotherapy failed and disease progression was seen."], "PD"),
        (["The first assessment showed progressive disease.", "After lorlatinib she achieved a partial response."], "PR"),
        (["Crizotinib was given to prevent disease progression."], None),
        (["Progression-free survival is short in this entity."], None),
        (["Follow-up CT was evaluated as SD according to RECIST."], "SD"),
        (["Tumour cells were PR negative and ER positive."], None),
        (["According to RECIST the scan was assessed as SD."], "SD"),
    ],
)
def test_response_last_mention_wins(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    "text,status",
    [
        ("He died of disease progression five months later.", "DOD"),
        ("The patient passed away in hospice care.", "DOD"),
        ("Her mother died of breast cancer.", None),
        ("Twenty patients died of disease in the pooled series (33).", None),
        ("She remains alive with residual disease.", "AWD"),
        ("At the time of writing she was alive with the tumour.", "AWD"),
        ("After surgery he is alive with no evidence of disease.", "ANED"),
        ("The boy has remained disease-free.", "ANED"),
        ("No recurrence was observed at the last follow-up.", "ANED"),
    ],
)
def test_status(text, status):
    assert run(text).status == status


def test_status_dod_wins_over_earlier_awd():
    row = run("In May she was alive with disease.", "She died of the tumour in August.")
    assert row.status == "DOD"


@pytest.mark.parametrize(
    "text,value",
    [
        ("She has been followed up for 9 months.", 9.0),
        ("At 18-month follow-up, the patient was well.", 18.0),
        ("After two years of follow-up, he is well.", 24.0),
        ("The follow-up period was about six weeks.", 1.4),
        ("He was followed for a year without problems.", 12.0),
        ("The median follow-up was 24 months in that series.", None),
        ("Following three months of chemotherapy the mass shrank.", None),
        # years alone are no dates (a course told with exact month-year dates: tests/fields/test_outcome_dated_course.py)
        ("Surgery took place in 2020 and the last visit was in 2021.", None),
    ],
)
def test_follow_up_only_when_stated(text, value):
    row = run(text)
    assert row.follow_up_months == value
    if value is not None:
        ev = row.evidence["follow_up_months"][0]
        assert "follow" in text[ev.start : ev.end].lower()


@pytest.mark.parametrize(
    "text,value",
    [
        ("She was followed up for 2 years and 3 months without recurrence.", 27.0),  # was 24: the months were lost
        ("At a follow-up of 1 year, 6 months, he was well.", 18.0),
        ("He had no recurrence during 6 years and 8 months of follow-up.", 80.0),  # was 72
        ("She has been followed up for 2 years.", 24.0),  # nothing after the years: unchanged
        ("He was followed for 3 years; 4 months later a scan was clear.", 36.0),  # a later interval is not part of it
    ],
)
def test_regression_compound_durations_add_their_parts(text, value):
    assert run(text).follow_up_months == value


@pytest.mark.parametrize(
    "text,follow_up,status",
    [
        ("She remains free of recurrent disease for 20 months.", 20.0, "ANED"),  # the adjective before 'disease'
        ("No recurrence developed for over 2 years.", 24.0, "ANED"),  # 'developed', 'for over'
        ("Pelvic computed tomography at 15 months postoperatively showed no disease recurrence.", 15.0, "ANED"),
        ("Clinical follow-up showed stable disease after 7 months.", 7.0, "AWD"),
    ],
)
def test_regression_outcome_wordings_that_close_abstracts(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("She had been treated for recurring vaginal bleeding.", None),  # a symptom recurs
        ("The recurrent tumour was excised again.", True),
        ("A recurring mass was found at the old site.", True),
    ],
)
def test_regression_recurring_symptom_is_no_tumour_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


def test_seed_case_outcomes(seed_txt):
    sents = seed_sentences(seed_txt)
    row = CaseRow("seed", "52")
    apply(sents, row)
    assert (row.response, row.recurrence, row.status) == ("PR", True, "AWD")
    # the follow-up length is not stated in the text, so it stays unknown
    assert row.follow_up_months is None
    assert not row.ungrounded()


def test_regression_deceased_relative_is_not_the_patients_death():
    assert run("In her dream she spoke with her late, deceased grandmother.").status is None


def test_regression_follow_up_study_title_is_not_a_follow_up():
    assert run("Outcome of thyroid carcinoma: a 10-year follow-up study.").follow_up_months is None


def test_regression_generic_association_with_metastatic_disease():
    assert run("Certain bacterial strains have been shown to be associated with metastatic disease.").metastasis is None


@pytest.mark.parametrize(
    "text",
    [
        "Debridement removed the dead skin over both forearms.",
        "Okafor T, Brandt K, Lind M. Local recurrence and death from sarcoma in a regional series.",
        "Most were managed conservatively with no recurrence.",
    ],
)
def test_regression_clutter_and_cohort_sentences_give_no_outcome(text):
    row = run(text)
    assert (row.status, row.recurrence) == (None, None)


@pytest.mark.parametrize(
    "text,value",
    [
        ("He died of the disease 11 months after surgery.", 11.0),
        ("At the last visit, 14 months after diagnosis, she remains alive with stable nodules.", 14.0),
        ("The tumour recurred 3 months after resection.", None),  # time to recurrence, not follow-up
        ("Four months later the disease recurred.", None),
    ],
)
def test_follow_up_from_vital_status_after_an_anchor(text, value):
    assert run(text).follow_up_months == value


@pytest.mark.parametrize(
    "text,status",
    [("She remains free of disease two years later.", "ANED"), ("He was free of tumour at the last visit.", "ANED")],
)
def test_free_of_disease_is_aned(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,value",
    [
        # a time point followed by the patient's vital status gives the follow-up
        ("At 30 months the girl is alive and well.", 30.0),
        ("Now, 5 months after surgery, he remains well without disease.", 5.0),
        ("After 18 months of therapy she remains on lorlatinib with stable disease.", 18.0),
        ("At eight months after discharge, the patient was free of tumour.", 8.0),
        ("At 2 years after the first operation she is still alive with residual nodules.", 24.0),
        # time points without a vital status, or an age, are not a follow-up
        ("After 6 weeks the hepatic lesions had shrunk by half.", None),
        ("At 9 months of age the boy was well and feeding normally.", None),
        ("After 4 months she was started on crizotinib.", None),
    ],
)
def test_regression_at_22_months_he_is_alive(text, value):
    assert run(text).follow_up_months == value


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("Ten weeks later MRI showed a recurrent paravertebral soft-tissue mass.", True),
        ("CT found a recurrent left pelvic lesion.", True),
        ("He had recurrent bouts of abdominal pain.", None),
        # a generic statement about the disease is not about this patient
        ("Because local recurrence is common after incomplete excision, close imaging is advised.", None),
    ],
)
def test_regression_recurrent_retroperitoneal_mass(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    "text",
    [
        "Crizotinib was not reimbursed, and she died of disease 5 months after diagnosis.",
        "Her condition declined, and she died of progressive disease.",
    ],
)
def test_regression_declined_and_he_died_of_disease(text):
    assert run(text).status == "DOD"


@pytest.mark.parametrize(
    "text,recurrence",
    [
        # a negated verb does not negate the finding it governs
        ("Second-line chemotherapy did not control the recurrent pelvic disease.", True),
        ("Adjuvant radiotherapy failed to prevent a relapse in the tumour bed.", True),
        ("There was no relapse after the operation.", False),
    ],
)
def test_regression_did_not_control_recurrent_eims(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    "text,value",
    [
        # time point after an event, then the present vital status in the same clause
        ("At 18 months after surgery, ultrasound and chest radiography are clear, and he is alive without evidence of disease.", 18.0),
        ("At the latest clinic visit, 27 months after diagnosis, she still takes alectinib with a stable residual nodule, alive with disease.", 27.0),
        ("Two years after nephrectomy the boy is thriving and imaging shows no recurrence.", 24.0),
        ("At the most recent review, 11 months after starting therapy, he continues lorlatinib and is alive with no evidence of disease.", 11.0),
        # the status first, then the time point
        ("She is alive with disease 31 months after the diagnosis.", 31.0),
        ("The girl remains free of disease four years after resection.", 48.0),
        # an event time point with no vital status is not a follow-up
        ("Four months after surgery the tumour came back at the resection bed.", None),
        ("Two months after surgery, CT every 3 months was planned, and he is alive with disease.", None),
    ],
)
def test_regression_three_years_after_diagnosis_and_at_16_months_from_the_start_of_treatment(text, value):
    assert run(text).follow_up_months == value


@pytest.mark.parametrize(
    "text,status",
    [
        ("He is well without evidence of disease at two years.", "ANED"),
        ("She remains without any evidence of recurrence on annual MRI.", "ANED"),
    ],
)
def test_regression_well_without_evidence_of_disease_is_aned(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,recurrence,metastasis",
    [
        # a negation before a comma does not reach past a new subject and verb
        ("Five months later, without any local relapse, she developed several lung metastases.", False, True),
        ("Without adjuvant therapy, he developed a recurrence in the pelvis.", True, None),
        # a contingency plan is not an event
        ("The board advised surveillance alone; crizotinib was to be reserved for the event of relapse.", None, None),
        ("Targeted therapy is kept in reserve in the event of recurrence.", None, None),
    ],
)
def test_regression_without_local_recurrence_she_developed_liver_metastases(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    "text",
    [
        "Two months after surgery she started crizotinib and is currently alive with disease.",
        "Six weeks after resection he developed peritoneal nodules and remains alive with disease on lorlatinib.",
    ],
)
def test_regression_time_point_of_a_new_event_is_not_the_follow_up(text):
    assert run(text).follow_up_months is None


@pytest.mark.parametrize(
    "text,status",
    [
        # AWD with the disease described by its own modifiers
        ("At the latest visit he is alive with residual but slowly shrinking hepatic disease.", "AWD"),
        ("She is alive, with two small pulmonary nodules that have not grown.", "AWD"),
        ("The boy remains alive with persistent peritoneal lesions.", "AWD"),
        # ... but never an ANED phrase
        ("He is alive with no evidence of disease.", "ANED"),
        ("She is alive without any signs of recurrence.", "ANED"),
        # "well and free of ..." is ANED
        ("Two years on, he remains well and free of disease.", "ANED"),
        ("She is clinically well and free of recurrence or spread.", "ANED"),
    ],
)
def test_regression_alive_with_residual_but_stable_peritoneal_disease_and_well_and_free_of(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,months",
    [
        ("At the last review, 30 months after the first operation, there was no sign of disease.", 30.0),
        ("At last follow-up, two and a half years after diagnosis, he is alive with stable disease.", 30.0),
        ("At the most recent clinic visit 9 months after resection she had no complaints.", 9.0),
        ("At her latest assessment, one year after starting treatment, imaging was clear.", 12.0),
    ],
)
def test_regression_at_last_review_n_months_after_operation_had_no_evidence(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("He is alive with a residual pelvic mass at 9 months.", 9.0, "AWD"),
        ("The girl remains well at 2 years.", 24.0, None),
        ("At 16 months she has no evidence of recurrence.", 16.0, "ANED"),
        ("After 4 years, after the resection, he has no signs of relapse.", 48.0, "ANED"),  # a dated finding of no relapse is the last status (real reports)
        ("Yearly MRI has shown no recurrence or metastasis over 5 years.", 60.0, "ANED"),  # a dated finding of no relapse is the last status (real reports)
        ("No relapse has been observed for the following 20 months.", 20.0, "ANED"),  # a dated finding of no relapse is the last status (real reports)
        ("She is now considered disease-free.", None, "ANED"),
        ("A nodule persists and he is regarded as alive with disease.", None, "AWD"),
        ("She remained well at 5 years of age.", None, None),
    ],
)
def test_regression_alive_with_residual_disease_at_11_months_and_considered_free_of_disease(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Until her latest visit in May 2023 she has been followed up for 22 months, free of disease.", 22.0),
        ("Seen again on 3 May 2024, he had been followed for 9 months since the operation.", 9.0),
        ("Follow up: 18 months after resection, alive and well.", 18.0),
        ("Follow-up: at 2 years, no relapse on ultrasound.", 24.0),
        ("She remains alive and free of tumour, without any relapse, after 4 years.", 48.0),
        ("The lesion may be followed for 6 months before deciding.", None),
    ],
)
def test_regression_followed_up_for_14_months_after_last_follow_up_in_may(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("Scans were repeated yearly and, after 48 months, have shown no sign of relapse.", 48.0, "ANED"),
        ("At 20 months she had demonstrated no recurrence on MRI.", 20.0, "ANED"),
        ("He is tumour-free 15 months postoperatively.", 15.0, "ANED"),
        ("She remains well 7 months post-resection.", 7.0, None),
        ("At 10 months she is alive with multiple small hepatic deposits.", 10.0, "AWD"),
        ("He is alive, with persistent pelvic implants, on lorlatinib.", None, "AWD"),
        ("After 3 months the mass had grown.", None, None),
    ],
)
def test_regression_after_36_months_has_shown_no_evidence_and_disease_free_9_months_postoperatively(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("She remains tumour-free one and a half years after the resection.", 18.0, "ANED"),
        ("At 3 and a half years he is alive and well.", 42.0, "ANED"),
        ("Follow-up: two and a half years, no relapse.", 30.0, "ANED"),
        ("The girl is alive, asymptomatic and attending school.", None, "ANED"),
        ("He is alive and symptom-free.", None, "ANED"),
        ("She was alive, but her pelvic disease persisted.", None, None),
    ],
)
def test_regression_disease_free_two_and_a_half_years_and_alive_asymptomatic(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("Her general condition declined quickly and she died 8 months after surgery.", 8.0, "DOD"),
        ("After a rapid clinical decline he died at home.", None, "DOD"),
        # a dated examination finding nothing left: free of disease then (gold/heldout.md, convention of 2026-12-04)
        ("Ultrasound six months later revealed no residual tumour.", 6.0, "ANED"),
        ("MRI two years later found no local recurrence.", 24.0, "ANED"),
    ],
)
def test_regression_condition_declined_rapidly_he_died_and_one_year_later_showed_no_regrowth(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("She died of progressive sarcoma 9 months after the palliative resection.", 9.0),
        ("The boy is well, with no sign of relapse on repeated MRI and ultrasound, three years after excision.", 36.0),
        ("Ultrasound at 18 months showed no regrowth.", 18.0),
        ("A CT scan after 8 months following surgery revealed no residual disease.", 8.0),
    ],
)
def test_regression_died_of_disease_months_after_the_debulking_operation(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "response", "status"),
    [
        ("She died of progressive disease two months after the biopsy.", None, "DOD"),
        ("The man succumbed to progressive disease in hospice care.", None, "DOD"),
        ("Restaging showed progressive disease, and he died weeks later.", "PD", "DOD"),
    ],
)
def test_regression_he_died_of_progressive_disease_is_no_response(text, response, status):
    row = run(text)
    assert (row.response, row.status) == (response, status)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Five months after the debulking, MRI showed regrowth of the residual tumour.", None),
        ("The residual lesions had enlarged by the next scan.", None),
        ("A year after complete excision the tumour recurred in the pelvis.", True),
    ],
)
def test_regression_regrowth_of_residual_disease_is_not_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    "text,value",
    [
        # regressions from blind set 8: a time point anchored on surgery/biopsy with the result beside it
        ("She had no evidence of disease 12 months after surgery, with a clear pelvic MRI.", 12.0),
        ("Abdominal ultrasound 30 months after surgery shows no recurrence.", 30.0),
        ("Six months after surgery there was no recurrence.", 6.0),
        ("Nine months after the biopsy, MRI showed that the lesion had decreased to 2 cm.", 9.0),
        # a mid-course event is not a follow-up
        ("Three months after surgery, CT showed recurrence in the pelvis.", None),
        ("Two years after the operation she developed a recurrence.", None),
    ],
)
def test_follow_up_from_an_anchored_time_point_with_its_result(text, value):
    assert run(text).follow_up_months == value


def test_regression_remained_on_a_drug_without_evidence_of_disease_is_aned():
    row = run("At the last visit he remained on crizotinib without evidence of disease.")
    assert row.status == "ANED"


@pytest.mark.parametrize(
    "text,value",
    [
        # regressions from blind set 9
        ("The invented patient is alive without recurrence until now (18 months).", 18.0),
        ("He was lost to follow-up 10 months after the start of alectinib.", 10.0),
        ("She is disease-free, with no recurrence seen on three surveillance scans during 18 months.", 18.0),
        ("Crizotinib was given for 12 months.", None),
    ],
)
def test_follow_up_blind9_phrasings(text, value):
    assert run(text).follow_up_months == value


def test_regression_drug_kept_in_reserve_for_relapse_is_neither_given_nor_a_relapse():
    row = run("Crizotinib was kept in reserve for relapse.")
    assert row.recurrence is None


# -- real-report phrasings of the last status and the follow-up (issue 12, item 8) ----------------------------------
@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        (("The child remains in remission 15 months after the operation.",), "ANED", 15.0),
        (("There was no recurrence at the 9-month follow-up.",), "ANED", 9.0),
        (("She was followed up for 28 months without recurrence.",), "ANED", 28.0),
        (("He has been followed for 7 months without evidence of recurrence.",), "ANED", 7.0),
        (("The girl is alive and well.",), "ANED", None),
        (("He was disease-free at 4 years.",), "ANED", 48.0),
        (("There was no evidence of recurrence or metastasis after 26 months.",), "ANED", 26.0),
        (("He has stayed recurrence-free for more than a year.",), "ANED", 12.0),
        (("No relapse was noticed after 30 months of the operation.",), "ANED", 30.0),
        (("No regrowth was seen after a year of endoscopic surveillance.",), "ANED", 12.0),
        (("The woman showed no signs of recurrence 2 years after resection.",), "ANED", 24.0),
        (("He attends outpatient follow-up until 8 months without signs of tumour recurrence.",), "ANED", 8.0),
        (("Ten months follow-up ultrasound showed no recurrence.",), "ANED", 10.0),
        (("Four years later, at the follow-up visit, MRI showed complete resolution of the mass.",), "ANED", 48.0),
        (("Both infants were successfully treated by complete excision without recurrence.",), "ANED", None),
        (("He still remains, progression and recurrence-free at 33 months.",), "ANED", 33.0),
        (("She achieved complete remission after 5 months of therapy.",), "ANED", None),
    ],
)
def test_last_status_and_follow_up_as_real_reports_state_them(texts, status, months):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    "texts",
    [
        ("The scan three months after resection showed no recurrence.", "At eight months the tumour recurred in the pelvis."),
        ("No recurrence was noted at 6 months of follow-up, but lung metastases appeared at 10 months.",),
        ("The resection margins were clear and no recurrence was seen.",),  # no follow-up time point: not a status
    ],
)
def test_dated_finding_of_no_recurrence_is_no_status_when_disease_came_back_or_undated(texts):
    assert run(*texts).status is None


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("Recurrence rates for tracheal lesions are not known.", None, None),
        ("The high rate of local recurrence and distant metastasis seen in such tumours points to a true neoplasm.", None, None),
        ("Very rare cases of unresectable, recurrent, or metastatic tumours have been treated with inhibitors.", None, None),
        ("These tumours can show locally aggressive growth and metastases.", None, None),
        ("She remains disease-free 20 months after surgery.", None, None),  # disease-free gives the status, not recurrence
        ("She remains recurrence-free 20 months after surgery.", False, None),
        ("Follow-up MRI at one year showed no recurren", False, None),  # an excerpt cut inside its last word
    ],
)
def test_recurrence_and_metastasis_are_this_patients_events_not_rates_or_generalities(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "status", "months", "response"),
    [
        ("The boy is doing well 11 months after surgery.", "ANED", 11.0, None),
        ("Currently, 7 months after the operation, she is in good condition with no recurrence.", "ANED", 7.0, None),
        ("To date, 20 months postoperatively, there is no sign of recurrence.", "ANED", 20.0, None),
        ("Fourteen months after resection, the patient is doing well without recurrence.", "ANED", 14.0, None),
        ("The man has survived for 4 years without recurrence.", "ANED", 48.0, None),
        ("Complete remission has been maintained for 3 years.", "ANED", 36.0, "CR"),
        ("Her tumour was said to be in remission following treatment with alectinib.", "ANED", None, "CR"),
        ("A partial remission after ceritinib was recorded.", None, None, "PR"),
        ("He remains on lorlatinib with stable disease 2 years after diagnosis.", "AWD", 24.0, "SD"),
        ("She continues on entrectinib with a sustained partial response at 19 months.", "AWD", 19.0, "PR"),  # convention of 2026-12-04 night
        ("The residual mass has remained stable on crizotinib.", "AWD", None, "SD"),  # a tumour still there, held on a drug
    ],
)
def test_current_state_dated_now_or_after_an_event(text, status, months, response):
    row = run(text)
    assert (row.status, row.follow_up_months, row.response) == (status, months, response)


@pytest.mark.parametrize("text", ["The boy died due to progressive disease.", "She died because of disease progression."])
def test_cause_of_death_is_no_response_but_still_the_death(text):
    row = run(text)
    assert (row.status, row.response) == ("DOD", None)


@pytest.mark.parametrize(
    ("texts", "metastasis", "recurrence"),
    [
        (("The differential diagnosis included metastatic melanoma and sarcoma.",), None, None),
        (("A metastatic carcinoma was the main differential diagnosis.",), None, None),
        (("Local recurrence occurs in up to a third of extrapulmonary cases.",), None, None),
        (("Staging CT at diagnosis showed no distant metastases.",), False, None),
        (("Chest CT revealed two pulmonary metastases.",), True, None),
    ],
)
def test_differential_diagnoses_and_frequencies_are_not_events_staging_negatives_are(texts, metastasis, recurrence):
    row = run(*texts)
    assert (row.metastasis, row.recurrence) == (metastasis, recurrence)


@pytest.mark.parametrize(
    "text",
    [
        "She was disease-free for 6 years until a local recurrence appeared.",
        "After being recurrence-free for 3 years, he developed lung metastases.",
    ],
)
def test_disease_free_interval_before_a_relapse_is_neither_status_nor_follow_up(text):
    row = run(text)
    assert (row.status, row.follow_up_months) == (None, None)


@pytest.mark.parametrize(
    ("text", "recurrence", "status"),
    [
        ("There was no recurrence of symptoms after 3 months.", None, None),
        ("The hoarseness recurred two months later.", None, None),
        ("He had recurrent haemoptysis for a year.", None, None),
        ("The tumour recurred two months later.", True, None),
    ],
)
def test_symptoms_that_come_back_are_not_a_tumour_recurrence(text, recurrence, status):
    row = run(text)
    assert (row.recurrence, row.status) == (recurrence, status)


@pytest.mark.parametrize(
    "text,out",
    [("12 mo (DOD)", (12.0, "DOD")), ("40 mo (ANED)", (40.0, "ANED")), ("NA", (None, None)), ("2 y (AWD)", (24.0, "AWD"))],
)
def test_follow_up_cell_gives_months_and_status(text, out):
    assert parse_follow_up(text) == out


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Nothing came back during the 30-mo follow-up.", 30.0),
        ("After 9 months of close follow-up the child had no complaints.", 9.0),
        ("After 2 years, there was no sign of regrowth on MRI.", 24.0),
        ("A follow-up MRI scan after 15 months did not show any regrowth.", 15.0),
        ("At the last review 40 months later she was well.", 40.0),
        ("His disease-free survival was 28 months.", 28.0),
        ("Olaparib gave her an ongoing, durable response of 14 months.", 14.0),
        ("She started lorlatinib but died 10 days later.", 0.3),
        ("Two weeks later, the patient died of sepsis.", 0.5),
        ("Four months after starting alectinib, the scans show a smaller mass.", 4.0),
        ("He was followed closely for 20 months.", 20.0),
        ("Nine months postoperatively, the girl is free of symptoms.", 9.0),
        ("The boy has been doing well for 3 years.", 36.0),
        ("The woman has been free of symptoms for 15 months.", 15.0),
        ("He has remained free from complaints for 2 years.", 24.0),
        ("She has been on larotrectinib for 16 months.", 16.0),
        ("He was last seen 28 months after the operation.", 28.0),
        ("The infant died on postoperative day 6.", 0.2),
        ("She had remained well for 2 years until the mass came back.", None),
        # a median over a cohort and an age are no follow-up of this patient
        ("The median disease-free survival of the series was 40 months.", None),
        ("A follow-up visit at 3 years of age was planned.", None),
        ("A follow-up CT at 5 months showed a recurrence in the scar.", None),
    ],
)
def test_follow_up_in_the_ways_reports_state_it(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        (["Scar tissue only was seen on subsequent imaging, with no recurrence."], "ANED"),
        (["The boy continues to be asymptomatic."], "ANED"),
        (["A follow-up CT at 8 months did not reveal any evidence of recurrence."], "ANED"),
        (["His event-free survival is 26 months."], "ANED"),
        (["Ceritinib induced a complete remission."], "ANED"),
        (["Five months after starting crizotinib, MRI shows a marked reduction in the pelvic disease."], "AWD"),
        (["She remains stable on ceritinib."], "AWD"),
        (["The residual nodule is slowly enlarging."], "AWD"),
        (["He continues on alectinib with a small persistent mass."], "AWD"),
        # a well patient with nothing said of the tumour has no stated status
        (["She remains well and continues her treatment."], None),
        # a stable examination, a progression-free interval or a well patient on imaging say nothing of residual tumour
        (["He remains stable on follow-up imaging."], None),
        (["His progression-free survival is 26 months."], None),
        (["The median disease-free survival was 50 months."], None),
    ],
)
def test_status_alive_without_or_with_disease_in_the_ways_reports_state_it(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("The lesion has a tendency for local recurrence.", None, None),
        ("The recurrence risk of these lesions is considerable.", None, None),
        ("Owing to the metastatic potential, she is seen every three months.", None, None),
        ("Gastric IMTs in adults follow an indolent course with few relapses and no metastases.", None, None),
        ("Nodules in the liver were thought to be metastatic disease.", None, None),
        ("The tumour recurred in the scar after a year.", True, None),
    ],
)
def test_tendencies_risks_and_statements_about_the_class_are_not_this_patients_events(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("We describe a patient whose mesenteric tumour was cured with a brief course of prednisolone.", "CR"),
        ("The tumour was cured by surgery alone.", None),
    ],
)
def test_cured_by_a_medical_therapy_is_a_complete_response(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        # a watch period closed by a negative finding; a stay watched before an operation is no follow-up
        ("The girl has been observed for 3 years without recurrence.", 36.0, "ANED"),
        ("He was monitored for 14 months with no sign of relapse.", 14.0, "ANED"),
        ("She was monitored for 3 days in the intensive care unit.", None, None),
        ("He was observed for 6 months before surgery without treatment.", None, None),
        # a time point counted 'later', then the patient's present state
        ("Three years later, the woman is well.", 36.0, None),
        ("Two years later he is alive with no recurrence.", 24.0, "ANED"),
        ("Two years later, she presented with a recurrence in the pelvis.", None, None),
        # the negative finding dated from the operation
        ("There was no evidence of recurrence 10 months postoperatively.", 10.0, "ANED"),
        ("No recurrence has been noted 2 years after the surgery.", 24.0, "ANED"),
        # the time so far in brackets; a lasting state with an aside before its length
        ("Up to now (20 months), he has been free of disease.", 20.0, "ANED"),
        ("The boy has remained asymptomatic, with no radiological evidence of recurrence, for 28 months.", 28.0, "ANED"),
    ],
)
def test_follow_up_closing_an_abstract_in_the_ways_reports_end(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The patient is alive with no recurrence.", "ANED"),
        ("The boy is asymptomatic on follow-up.", "ANED"),
        ("The man survived for 2 years without evidence of disease.", "ANED"),
        ("Currently, 2 years after surgery, the patient is in good health.", "ANED"),
        ("Eight years after the resection the patient is alive and healthy.", "ANED"),
        # good health before the illness is history, not the last status
        ("A 5-year-old boy, previously in good health, presented with fever.", None),
        ("She had been in good health until two weeks before admission.", None),
    ],
)
def test_alive_and_disease_free_in_more_wordings(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("The renal mass and an abdominal wall nodule were misdiagnosed as kidney cancer with a metastatic deposit.", None),
        ("The lesion was initially diagnosed as metastatic carcinoma on biopsy.", None),
        ("The pleural mass mimicked metastatic disease on CT.", None),
        ("The patient was diagnosed with metastatic IMT of the mesentery.", True),
        ("The tumour metastasized to the lung.", True),
    ],
)
def test_metastases_of_a_cancer_first_suspected_are_not_this_tumours(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "months", "status", "recurrence"),
    [
        ("The lesion has not recurred after 5 years.", 60.0, "ANED", False),
        ("The mass has not relapsed in 18 months.", 18.0, "ANED", False),
        ("He has had no evidence of local recurrence or distant metastasis for 2 years.", 24.0, "ANED", False),
        ("The disease recurred after 5 years.", None, None, True),
    ],
)
def test_event_negated_with_the_time_it_has_been_watched(text, months, status, recurrence):
    row = run(text)
    assert (row.follow_up_months, row.status, row.recurrence) == (months, status, recurrence)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("The sarcoma spread to the regional lymph nodes.", True),
        ("Her disease progressed with peritoneal dissemination.", True),
        ("There was no peritoneal dissemination at laparotomy.", False),
        ("These tumours rarely show peritoneal dissemination.", None),
    ],
)
def test_spread_named_with_its_qualifiers_is_a_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("A cystoscopy at 9 months after surgery did not show any recurrence.", 9.0),
        ("MRI at 2 years failed to reveal any regrowth.", 24.0),
        ("A CT at 5 months after resection did not show the liver lesions described before, but a new nodule.", None),
    ],
)
def test_control_examination_at_a_time_point_with_a_negated_verb(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # half a year is six months, never the twelve a bare "a year" would give
        ("After half a year of follow-up, the girl remains well without recurrence.", 6.0),
        ("Half a year later the tumour recurred.", None),
        # abbreviated units and a time point dated from the operation, then the negative finding
        ("He has been disease free for 18 mo.", 18.0),
        ("At 14 months post-surgery, no recurrence was observed.", 14.0),
        ("At 6 months after surgery, the tumour recurred in the pelvis.", None),
    ],
)
def test_follow_up_half_years_abbreviated_units_and_postoperative_time_points(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        ("Death occurred 6 months after diagnosis due to tumour progression.", "DOD", 6.0),
        ("The boy expired 3 months after admission.", "DOD", 3.0),
        ("The tumour has remained stable for 18 months on lorlatinib.", "AWD", 18.0),
        ("The disease has remained stable for 3 months and then progressed.", None, None),
        ("These tumours can have a fatal outcome.", None, None),
    ],
)
def test_death_and_living_with_the_tumour_in_more_wordings(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("A near-complete response was achieved with alectinib.", "PR"),
        ("The mass showed almost complete regression on ceritinib.", "PR"),
        ("Crizotinib resulted in a complete response.", "CR"),
    ],
)
def test_near_complete_response_is_partial(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis", "follow_up", "status"),
    [
        # "metastasis free" without a hyphen is as negated as "metastasis-free"
        ("She had no local recurrence and was metastasis free at the end of the first year after surgery.", False, False, 12.0, "ANED"),
        ("He was recurrence free by the end of the second year postoperatively.", False, None, 24.0, "ANED"),
        # a follow-up examination named between "follow-up" and its time, finding nothing; present-tense well-being
        ("Follow-up bronchoscopy at 9 months was unremarkable, and she is now asymptomatic.", None, None, 9.0, "ANED"),
        # a remission's duration counted from the diagnosis, in brackets
        ("The invented tumour was treated locally, achieving long-term remission (6 years since her diagnosis).", None, None, 72.0, "ANED"),
        # the end of the first year of life is an age, not a follow-up
        ("By the end of the first year of life the infant was thriving.", None, None, None, None),
    ],
)
def test_regression_follow_up_wordings_of_real_abstracts(text, recurrence, metastasis, follow_up, status):
    row = run(text)
    assert (row.recurrence, row.metastasis, row.follow_up_months, row.status) == (recurrence, metastasis, follow_up, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("An invented tumour of the skull base: a benign-looking lesion with fatal outcome", "DOD"),
        ("The outcome was fatal.", "DOD"),
        ("Such tumours may rarely have a fatal outcome.", None),
    ],
)
def test_regression_fatal_outcome_is_death(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        # "X and Y free": the shared "free" negates both nouns
        ("The invented man stayed local recurrence and metastasis free through the first year.", False, False),
        ("She remained recurrence- and metastasis-free at two years.", False, False),
        # a verb before the shared "free" is not negated by it
        ("The tumour recurred and a metastasis-free interval followed.", True, False),
        # survival metrics stay masked
        ("Recurrence- and metastasis-free survival was 80% in the invented series.", None, None),
    ],
)
def test_regression_shared_free_negates_both_nouns(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)



@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Two years after the resection, the child remains stable and under surveillance.", 24.0),
        ("Eight months after surgery, she remains well.", 8.0),
        ("Seven months later, she came back with haemoptysis.", None),  # a later event, not the last news
    ],
)
def test_regression_leading_time_after_the_operation_then_the_patients_state(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("No child with this lesion has died so far, and our invented boy has remained complaint-free for 4 years.", 48.0, "ANED"),
        ("Neither local relapse nor distant metastases have been detected during 15 months of follow-up.", 15.0, "ANED"),
        ("She had been symptom-free for years before the invented mass appeared.", None, None),
    ],
)
def test_regression_free_after_a_time_and_neither_nor(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


def test_regression_a_bracketed_mean_follow_up_masks_only_the_bracket():
    """"(mean follow-up duration: two years) showed no ... recurrence": the cohort mean is no patient's
    follow-up, but the finding after the bracket is the patients' own."""
    row = run("Surveillance MRI (mean follow-up duration: two years) showed no distant metastasis and no local recurrence.")
    assert (row.recurrence, row.metastasis, row.follow_up_months, row.status) == (False, False, None, "ANED")


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        # a dated finding of no disease is dated by the time it opens with
        ("Five months following excision of the invented mass, no IMT recurrence was identified.", 5.0, "ANED"),
        ("Five months following excision, she presented with a recurrence.", None, None),
        # a follow-up visit dated by the time since; recovery stated as the last news
        ("She recovered uneventfully, as confirmed at a follow-up 2 years later.", 24.0, None),
        ("She made a recovery without any further incident.", None, "ANED"),
        ("Resection led to the diagnosis and total recovery of the patient.", None, "ANED"),
        ("He made a complete recovery from the surgery.", None, None),
    ],
)
def test_regression_dated_findings_and_recovery(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "status", "response"),
    [
        ("After surgery the invented woman remains well with stable residual tumour while taking lorlatinib.", "AWD", None),
        ("Radiotherapy with steroids gave her a complete clinico-radiologic response.", None, "CR"),
    ],
)
def test_regression_alive_with_stable_disease_and_qualified_complete_response(text, status, response):
    row = run(text)
    assert (row.status, row.response) == (status, response)


def test_regression_did_not_have_recurrence_over_the_course():
    row = run("Once operated on, the invented girl did not have local recurrence or distant metastasis over the course of her follow-up.")
    assert (row.recurrence, row.metastasis, row.status) == (False, False, "ANED")


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The patient is doing well 1 year postoperatively.", 12.0),
        ("She was asymptomatic 6 months after surgery.", 6.0),
        ("She was well 2 years before the invented mass appeared.", None),
    ],
)
def test_regression_state_then_time_since_treatment(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "recurrence", "status"),
    [
        ("No evident new or recurrent nodules were seen in 15 mo of postoperative surveillance.", False, "ANED"),
        ("No recurrent lesion was observed during follow-up.", False, "ANED"),
    ],
)
def test_regression_no_residual_or_recurrent_lesion(text, recurrence, status):
    row = run(text)
    assert (row.recurrence, row.status) == (recurrence, status)


@pytest.mark.parametrize(
    ("text", "metastasis", "status"),
    [
        ("On lorlatinib the invented man reached a durable complete remission.", None, "ANED"),
        ("At surgery a dozen disseminated nodules were found beside the primary.", True, None),
        ("Relapse and metastasis depend on where such tumours arise.", None, None),
    ],
)
def test_regression_durable_remission_disseminated_nodules_and_general_dependence(text, metastasis, status):
    row = run(text)
    assert (row.metastasis, row.status) == (metastasis, status)


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("Naming it matters given a chance of local recurrence (25%) and of distant metastasis (2%).", None, None),
        ("She developed liver metastases (two nodules).", None, True),
    ],
)
def test_regression_an_event_with_a_percentage_in_brackets_is_a_rate(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("Staging was never completed as the invented man expired after the operation.", None, "DOD"),
        ("At eighteen months of regular follow-ups, our invented girl is disease-free.", 18.0, "ANED"),
    ],
)
def test_regression_expired_and_a_time_point_of_serial_follow_ups(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


def test_regression_recrudescence_is_a_recurrence():
    assert run("The invented lesions showed a long course with significant recrudescence.").recurrence is True


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("The invented mass regressed completely after four months of steroid therapy.", "CR"),
        ("The nodule completely disappeared on lorlatinib.", "CR"),
        ("The pain resolved completely after surgery.", None),
    ],
)
def test_regression_complete_regression_on_a_drug_is_cr(text, response):
    assert run(text).response == response


# -- sweep round (issue 12): phenomena seen on several real reports, fictional wording ---------


@pytest.mark.parametrize(
    ("text", "status", "response", "follow_up"),
    [
        ("Her Hodgkin lymphoma, treated in childhood, has stayed in complete remission for nine years.", None, None, None),
        ("He had a testicular seminoma long ago and is in complete remission since.", None, None, None),
        ("She was treated for breast carcinoma in 2009, achieving a complete response.", None, None, None),
        ("After crizotinib the invented tumour went into complete remission.", "ANED", "CR", None),
    ],
)
def test_remission_of_another_earlier_cancer_is_history_not_outcome(text, status, response, follow_up):
    row = run(text)
    assert (row.status, row.response, row.follow_up_months) == (status, response, follow_up)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The wedge resection left tumour-free margins around the nodule.", None),
        ("Histology confirmed disease-free surgical margins.", None),
        ("The girl has remained tumour-free since the operation.", "ANED"),
    ],
)
def test_free_resection_margins_are_not_a_status(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("Gross haematuria, bladder mass, spindle cells, local recurrence.", None, None),
        ("Key words - pseudotumour , lung , metastasis , lobectomy , children", None, None),
        ("Liver deposits in segments two, four, six, and eight were new.", None, None),
        ("A pelvic mass, recurrence, ascites, and a pleural effusion developed later.", True, None),
    ],
)
def test_a_line_of_index_terms_asserts_nothing(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("Given the rare relapse and metastasis occurrence, we chose a limited resection.", None, None),
        ("This lesion can behave aggressively and is capable of producing metastases.", None, None),
        ("She was kept under review for a further year to detect any recurrence or metastasis.", None, None),
        ("Yearly MRI is advised for early recurrence detection.", None, None),
        ("A scan done to look for recurrence showed a new pelvic nodule, a recurrence.", True, None),
    ],
)
def test_how_often_or_why_watched_is_not_an_event(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("texts", "status", "recurrence"),
    [
        (["After the excision the boy was followed up with ultrasound without detection of any recurrence."], "ANED", False),
        (["At his last visit in spring there was no sign of relapse."], "ANED", False),
        (["Metastasis or relapse was not detected during the three-year follow-up."], "ANED", False),
        (["On the staging scan, metastasis was not detected."], None, None),
    ],
)
def test_dated_negative_finding_without_detection_or_at_last_visit(texts, status, recurrence):
    row = run(*texts)
    assert (row.status, row.recurrence) == (status, recurrence)


@pytest.mark.parametrize(
    ("text", "response", "status"),
    [
        ("On lorlatinib the woman is well, with stable metastatic disease.", "SD", "AWD"),
        ("Eight months into treatment the disease remains stable.", "SD", "AWD"),
        ("She had a partial response and is now alive with stable residual disease.", "PR", "AWD"),
        ("Both invented patients then showed lasting partial responses to ceritinib.", "PR", None),
        ("Two girls had complete responses to alectinib.", "CR", None),
    ],
)
def test_stable_metastatic_disease_and_plural_responses(text, response, status):
    row = run(text)
    assert (row.response, row.status) == (response, status)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("A recurrent inflammatory pseudotumour was removed from the same lobe.", True),
        ("Two years later a recurrent plasma cell granuloma appeared in the orbit.", True),
        ("Recurrent pseudotumours are uncommon in the published series.", None),
    ],
)
def test_recurrent_pseudotumour_under_its_older_names(text, recurrence):
    assert run(text).recurrence is recurrence  # None: a statement about the literature


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("At last follow-up, the invented girl was still in remission after 14 months on entrectinib.", 14.0),
        ("At the latest follow-up, he remained free of disease at 3 years.", 36.0),
        ("At last follow-up, the child was well.", None),
    ],
)
def test_last_follow_up_then_the_duration_later_in_the_clause(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Tras la cirugía la paciente se encuentra libre de enfermedad.", "ANED"),
        ("Un año después no hay evidencia de recidiva; sin evidencia de enfermedad actualmente.", "ANED"),
        ("El paciente falleció a los seis meses del diagnóstico.", "DOD"),
    ],
)
def test_spanish_abstract_status(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("The boy has had no relapse since then (20 months).", 20.0, "ANED"),
        ("She was checked yearly, 4 years after resection, with no recurrence.", 48.0, "ANED"),
        ("The last visit was in autumn, 15 months after surgery, without evidence of recurrence.", 15.0, "ANED"),
        ("In spring, 6 months after surgery, the patient developed a pelvic recurrence.", None, None),
        ("He has been followed until the end of last year without evidence of disease.", None, "ANED"),
    ],
)
def test_time_point_set_off_by_commas_and_since_then_in_brackets(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        ("He died of an unrelated stroke 7 years after surgery.", None, 84.0),
        ("The woman passed away from pneumonia, unrelated to the tumour.", None, None),
        ("The invented patient died of disease 9 months after diagnosis.", "DOD", 9.0),
    ],
)
def test_death_from_an_unrelated_cause_is_not_death_of_disease(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Both invented girls are free of disease at the last visit.", "ANED"),
        ("The two brothers were without evidence of recurrence two years on.", "ANED"),
        ("Under follow-up with no adjuvant therapy, the twins remain free of disease after surgery.", "ANED"),
        ("All resection margins were free of tumour.", None),
        ("The bronchial margin was free of tumour on frozen section.", None),
        ("The invented boy is now nine years old and free of disease.", "ANED"),
    ],
)
def test_plural_subjects_of_a_series_and_margins_free_of_tumour(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        ("Both invented sisters have remained alive and well at 16 months.", "ANED", 16.0),
        ("Both have remained disease-free after 4 years.", "ANED", 48.0),
        ("Both have remained alive, without disease, at 7 months.", "ANED", 7.0),
        ("At 22 months, both patients are alive and well.", "ANED", 22.0),
        ("At 10 months, the two patients have remained free of disease.", "ANED", 10.0),
        ("Both have remained alive with residual disease at 11 months.", "AWD", 11.0),
        ("Both have remained alive.", None, None),
        ("Her parents have remained well at 3 years.", None, None),
    ],
)
def test_plural_subjects_have_remained_alive_at_a_time_point(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("She remained without recurrence until May 2019.", "ANED"),
        ("As of March 2020, there has been no relapse.", "ANED"),
        ("The tumour was removed in 2015 with no residual mass.", None),
    ],
)
def test_a_calendar_date_dates_a_finding_of_no_recurrence(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("The hepatic lesion was misdiagnosed at first as an abscess or metastasis.", None),
        ("It was misinterpreted on CT as a metastasis from the colon.", None),
        ("A lung metastasis was found a year after the first operation.", True),
    ],
)
def test_what_the_tumour_was_mistaken_for_did_not_happen(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The invented woman is in good health 3 years later.", 36.0),
        ("He is doing well 20 months after surgery.", 20.0),
    ],
)
def test_state_then_time_in_good_health(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The invented boy remains in complete remission after 20 months of crizotinib.", 20.0),
        ("The patient has now been on alectinib for 2 years with a sustained partial response.", 24.0),
        ("Complete remission has lasted 3 years.", 36.0),
        ("She was alive after 20 months of chemotherapy, then relapsed.", None),
    ],
)
def test_time_on_the_drug_that_keeps_the_remission(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("Tight scan intervals are advised for tumours with local relapse or metastasis.", None, None),
        ("In patients with relapse, no standard second-line option exists.", None, None),
        ("The invented patient with the recurrence underwent a second excision.", True, None),
    ],
)
def test_whom_a_treatment_is_for_is_not_an_event(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("Staging is hard, and no scale can predict relapse or metastasis.", None, None),
        ("No stain is known to predict grade change, recurrence, or metastasis.", None, None),
        ("A local relapse is not expected in general after such a resection.", None, None),
        ("The rising marker was the first sign of a recurrence in the invented woman.", True, None),
    ],
)
def test_a_prognostic_statement_about_the_disease_is_not_an_event(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("texts", "recurrence", "metastasis", "status"),
    [
        (("After 3 years of follow-up the made-up girl had no sign of tumour recurrence.",
          "Cultures are advised, especially for recurrent ulcerated lesions."), False, None, "ANED"),
        (("Targeted agents are kept for inoperable or metastatic disease.",), None, None, None),
        (("Her scan later showed metastatic deposits in the lung.",), None, True, None),
    ],
)
def test_an_indication_class_is_not_this_patients_event(texts, recurrence, metastasis, status):
    row = run(*texts)
    assert (row.recurrence, row.metastasis, row.status) == (recurrence, metastasis, status)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("Working diagnoses were abscess in two cases, hepatoma in two cases, metastasis in one case.", None),
        ("Renal masses include angioma, oncocytoma, lymphoma and metastatic carcinoma.", None),
        ("Further lesions were found in the liver, lung, and bone, and metastases were confirmed.", True),
    ],
)
def test_metastasis_as_an_item_of_a_diagnosis_list_is_a_candidate(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The fictional boy is still thriving with no pain or relapse.", "ANED"),
        ("She has remained for a decade with no sign of local recurrence.", "ANED"),
        ("He has remained well without relapse until a mass appeared in the chest.", None),
        ("On the inhibitor she showed durable remission.", "ANED"),
    ],
)
def test_a_present_state_without_recurrence_is_the_status(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Follow-up scans at 2 months (Figure 4) and 5 months (Figure 5) showed the nodule had resolved.", 5.0),
        ("Follow-up visits at 1 month, 3 months and 9 months were normal.", 9.0),
    ],
)
def test_the_last_of_listed_follow_up_time_points_is_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("The review set out to correlate stain results with atypia, site, recurrence, and metastasis.", None, None),
        ("Metastasis to the liver and bone was noted in the stain-positive group only.", None, None),
        ("Metastasis in the pelvic bone was noted in the stain-negative arm.", None, None),
        ("The imagined man then had metastasis to the liver.", None, True),
    ],
)
def test_a_statistic_of_a_study_group_is_not_an_event(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The made-up woman has remained clinically well throughout her follow-up visits.", "ANED"),
        ("The nodule remained well circumscribed on the second scan.", None),
        ("The made-up boy remains well at 3 years.", None),
        ("He has remained well on follow-up so far.", "ANED"),
    ],
)
def test_remaining_well_is_the_status(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status", "recurrence"),
    [
        ("Results were fine, with five out of eight stable or in remission whatever the therapy.", None, None),
        ("Two out of nine relapsed within a year.", None, None),
        ("The invented girl remained in remission.", "ANED", None),
    ],
)
def test_a_tally_out_of_a_group_is_not_one_patients_outcome(text, status, recurrence):
    row = run(text)
    assert (row.status, row.recurrence) == (status, recurrence)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("According to the investigators, though its route is unclear, the metastasis to the ovary in their case was vascular.", None),
        ("According to Moreau et al, lung metastasis in their boy appeared late.", None),
        ("According to her oncologist, the lung metastasis had grown.", True),
    ],
)
def test_what_other_investigators_reported_is_not_this_patients_event(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("Staging changed because a large liver metastasis of gastric carcinoma was first suspected.", None),
        ("The scan was read as metastatic renal carcinoma before the biopsy.", None),
        ("A liver metastasis from the tumour was found in the made-up man with colon cancer.", True),
    ],
)
def test_spread_of_another_cancer_is_not_this_tumours_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        # negated in each language ("sin", "sans", "sem", "no ... ni", "não", "aucune", "libre de")
        ("Veinte meses después el paciente sigue sin recidiva.", False, None),
        ("En los controles no se detectó recidiva ni metástasis.", False, False),
        ("La paciente permanece libre de recidiva tumoral.", False, None),
        ("À deux ans, la patiente est en vie sans récidive.", False, None),
        ("Aucune récidive n'a été observée au cours du suivi.", False, None),
        ("O paciente está bem, sem recidiva ou metástases.", False, False),
        ("Não houve recorrência nos exames de controle.", False, None),
        # asserted
        ("Once meses más tarde presentó una recidiva en el lecho quirúrgico.", True, None),
        ("Une récidive locale est apparue au neuvième mois.", True, None),
        ("O tumor recidivou no mesmo local um ano depois.", True, None),
        ("La tomografía de control mostró metástasis hepáticas.", None, True),
        ("Le scanner a révélé des métastases pulmonaires.", None, True),
    ],
)
def test_romance_language_recurrence_and_metastasis(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("A los 16 meses de seguimiento la paciente está asintomática.", 16.0),
        ("Tras un seguimiento de tres años no hay signos de enfermedad.", 36.0),
        ("Après 22 mois de suivi, l'enfant va bien.", 22.0),
        ("Au terme d'un suivi de deux ans, la patiente est asymptomatique.", 24.0),
        ("Após 40 meses de seguimento, a paciente está assintomática.", 40.0),
    ],
)
def test_romance_language_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a dated finding of no disease is ANED, as "no recurrence at follow-up" in English
        ("A los 30 meses de seguimiento el paciente continúa sin recidiva.", "ANED"),
        ("Actualmente la paciente no presenta signos de recidiva.", "ANED"),
        ("À ce jour, la patiente ne présente aucune récidive.", "ANED"),
        ("Après un suivi de 4 ans, pas de récidive.", "ANED"),
        ("Até o momento, a paciente está sem sinais de recidiva.", "ANED"),
        # undated, or the disease came back: no ANED
        ("Sin recidiva.", None),
        ("Tras 2 años presentó una recidiva pélvica.", None),
        # deaths
        ("Le patient est décédé de sa maladie au huitième mois.", "DOD"),
        ("A paciente faleceu três meses após o diagnóstico.", "DOD"),
        ("O paciente evoluiu para óbito no segundo mês.", "DOD"),
    ],
)
def test_romance_language_status(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text",
    [
        "Deben resecarse con márgenes amplios para evitar la recidiva.",
        "Le risque de récidive justifie une surveillance prolongée.",
        "Na literatura, foram descritas recidivas em até um terço dos casos.",
    ],
)
def test_romance_language_advice_or_literature_gives_no_recurrence(text):
    assert run(text).recurrence is None




@pytest.mark.parametrize(
    ("texts", "months", "status"),
    [
        (("An observation period of 30 minutes followed the biopsy.",), None, None),
        (("The follow-up period at the time of submission was 19 months.",), 19.0, None),
        (("The observation period at the time of this writing is 23 months.",), 23.0, None),
        (("Follow-up to date is 2 years.",), 24.0, None),
        (("The period of observation is now 31 months.",), 31.0, None),
        (("The observation period after the second excision is now 15 months.",), 15.0, None),
        (("The observation period since the first description of the entity is 40 years.",), None, None),
        (("The period of observation up to this report is 2 and a half years.",), 30.0, None),
        (("The observation period so far has been 9 months.", "There is still no sign of local regrowth on imaging."), 9.0, "ANED"),
        (("The mean observation period was 40 months.",), None, None),
        (("The median follow-up period to date is 26 months.",), None, None),
        (("The observation period ranged from 6 to 60 months.",), None, None),
        (("The period of observation before surgery was 4 months.",), None, None),
    ],
)
def test_observation_or_follow_up_period_counted_to_the_time_of_writing(texts, months, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("There are currently no imaging signs of regrowth in the neck.", "ANED"),
        ("Presently there is no sign of tumour regrowth or relapse.", "ANED"),
        ("There is currently no evidence of recurrence on ultrasound.", "ANED"),
        ("There is no consensus on how long crizotinib should be given.", None),
        ("There is no residual tumour on the postoperative scan.", None),
        ("There are no reports of relapse after complete resection of the larynx.", None),
    ],
)
def test_present_tense_finding_of_no_relapse_is_the_current_status(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Follow-up: 4y 7m, alive without disease.", 55.0),
        ("The invented girl has been followed up for 3 y 2 m.", 38.0),
        ("FU 1y, 6m; no relapse.", 18.0),
        ("He is 6y 8m old.", None),
        ("The boy, aged 7y 3m, was followed for 14 months.", 14.0),
    ],
)
def test_compact_years_and_months_of_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The invented woman has survived without tumour for 27 months.", 27.0),
        ("He has been living free of disease for 4 years.", 48.0),
        ("She survived without tumour for 6 months until a relapse occurred in the pelvis.", None),
    ],
)
def test_survival_free_of_the_disease_with_its_length_is_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Close follow-up for 4 years after resection is essential.", None),
        ("A follow-up of 3 years is necessary given the risk of relapse.", None),
        ("Imaging surveillance for 5 years is advisable for such lesions.", None),
        ("Follow-up at 2 years showed no recurrence, and further follow-up is necessary.", 24.0),
        ("The made-up man was followed for 30 months; continued follow-up is mandatory.", 30.0),
    ],
)
def test_advice_on_how_long_to_follow_up_is_not_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("Eight months later the tumour relapsed, with spread to the central nervous system.", True),
        ("Restaging showed leptomeningeal dissemination.", True),
        ("He then developed CNS seeding despite alectinib.", True),
        ("The disease advanced, with spread to several intra-abdominal organs.", True),
        ("There was no CNS spread on the staging MRI.", False),
        ("The chance of CNS spread is low with lorlatinib.", None),
        ("The mass spread to the adjacent bowel wall.", None),
        ("Lymphatic spread is exceptional in this disease.", None),
    ],
)
def test_distant_spread_named_by_its_organ_system_is_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("Con un seguimiento de 26 meses, la niña inventada está hoy libre de enfermedad.", 26.0, "ANED"),
        ("A los 15 meses de seguimiento no hay signos de recidiva en la resonancia.", 15.0, "ANED"),
        ("Le recul est aujourd'hui de 31 mois, sans récidive locale.", 31.0, "ANED"),
        ("Le recul actuel est de 30 mois et la patiente fictive est vivante sans récidive.", 30.0, "ANED"),
        ("Après 3 ans de suivi, aucune récidive n'a été constatée chez ce garçon imaginaire.", 36.0, "ANED"),
        ("Le patient imaginaire est décédé 7 mois après l'intervention.", 7.0, "DOD"),
        ("O menino fictício faleceu 4 meses após o diagnóstico.", 4.0, "DOD"),
        ("Após 20 meses de acompanhamento, a paciente permanece sem sinais de recidiva.", 20.0, "ANED"),
        ("El varón ficticio falleció a los 9 meses del diagnóstico.", 9.0, "DOD"),
        ("Un seguimiento medio de 24 meses mostró buenos resultados en la serie.", None, None),
        ("Le recul moyen était de 19 mois.", None, None),
        ("Niña de 7 años de edad con dolor abdominal.", None, None),
        ("Tras 3 meses de tratamiento con alectinib, la masa disminuyó.", None, None),
        ("Se recomienda un seguimiento durante 5 años.", None, None),
        ("Un suivi de 10 ans est conseillé pour ces tumeurs.", None, None),
        ("Um acompanhamento de 5 anos é recomendado.", None, None),
    ],
)
def test_follow_up_and_status_in_spanish_french_and_portuguese_abstracts(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Seven months later, a new nodule appeared at the resection site.", True),
        ("The mass reappeared in the left flank after a year.", True),
        ("MRI showed reappearance of the orbital lesion.", True),
        ("A reoccurrence was treated with a second excision.", True),
        ("Imaging revealed re-emergence of the mesenteric mass.", True),
        ("No new lesion was found at the surgical bed.", False),
        ("The symptoms reappeared when the steroid dose was lowered.", None),
        ("A new mass was found in the contralateral kidney.", None),
        ("The risk of reoccurrence is high for such lesions.", None),
    ],
)
def test_tumour_back_at_its_site_in_other_words_is_a_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("The invented woman is now 5 years out from resection without evidence of disease.", 60.0, "ANED"),
        ("He is currently 14 months out from surgery and doing well.", 14.0, None),
        ("The invented boy is now 3 years post-resection and free of disease.", 36.0, "ANED"),
        ("Nineteen months have passed since the operation without any relapse.", 19.0, "ANED"),
        ("It has been 3 years since the excision and there is no recurrence.", 36.0, "ANED"),
        ("Sixteen months into alectinib therapy, she remains in remission.", 16.0, "ANED"),
        ("Until the time of this report (22 months), no relapse has occurred.", 22.0, "ANED"),
        ("Three months into therapy, the tumour progressed.", None, None),
        ("It has been 5 years since the first description of this entity.", None, None),
        ("Four years have passed since the first report of an ALK fusion in this tumour.", None, None),
    ],
)
def test_time_since_the_treatment_told_as_the_present_is_the_follow_up(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("Up to now the disease-free survival time of the invented boy is 28 months.", 28.0, "ANED"),
        ("The made-up woman's progression-free survival has exceeded 17 months on lorlatinib.", 17.0, None),
        ("His PFS was 13 months at the last visit.", 13.0, None),
        ("The overall survival of the patient has reached 41 months.", 41.0, None),
        ("No regrowth was found after half a year of surveillance.", 6.0, "ANED"),
        ("The fictional man was followed regularly, and no relapse was detected after half a year.", 6.0, "ANED"),
        ("The median PFS was 14 months in that trial.", None, None),
        ("The 5-year DFS was 85%.", None, None),
        ("The overall survival of patients with this sarcoma was 12 months.", None, None),
        ("The mass grew over half a year before admission; no spread was seen.", None, None),
    ],
)
def test_one_patients_survival_time_and_half_a_year_without_relapse(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis", "status", "months"),
    [
        ("The invented woman remains free from recurrence.", False, None, "ANED", None),
        ("He has stayed well and has remained free from relapse and metastasis for 4 years.", False, False, "ANED", 48.0),
        ("The girl is free from any local recurrence 30 months after surgery.", False, None, "ANED", 30.0),
        ("The made-up boy is healthy and free from disease.", None, None, "ANED", None),
        ("The man was free from spread at diagnosis but later developed lung metastases.", None, True, None, None),
        ("Eight months later the tumour recurred in the pelvis.", True, None, None, None),
    ],
)
def test_free_from_reads_like_free_of(text, recurrence, metastasis, status, months):
    row = run(text)
    assert (row.recurrence, row.metastasis, row.status, row.follow_up_months) == (recurrence, metastasis, status, months)


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis", "status", "months"),
    [
        ("Relapse has not been observed during follow-up.", False, None, "ANED", None),
        ("Metastasis has still not been detected.", None, False, None, None),
        ("Local recurrence or metastasis has not been found in 4 years.", False, False, "ANED", 48.0),
        ("Recurrence was absent at the 3-year review.", False, None, "ANED", 36.0),
        ("Metastases were absent on the staging scan.", None, False, None, None),
        ("The mass recurred and has not been resected.", True, None, None, None),
        ("Metastases have not been treated yet.", None, True, None, None),
        ("A local recurrence was present at 8 months.", True, None, None, None),
    ],
)
def test_negation_after_the_noun_recurrence_has_not_been_observed(text, recurrence, metastasis, status, months):
    row = run(text)
    assert (row.recurrence, row.metastasis, row.status, row.follow_up_months) == (recurrence, metastasis, status, months)


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("A metastatic work-up found no other lesion.", None, False),
        ("Metastatic evaluation was entirely unremarkable.", None, False),
        ("A metastatic workup was ordered before surgery.", None, None),
        ("ALK-negative lesions are more likely to metastasize.", None, None),
        ("Such tumours are prone to recur after incomplete excision.", None, None),
        ("EIMS is an aggressive variant with frequent relapse and metastasis.", None, None),
        ("Metastatic nodules were found in the liver.", None, True),
        ("It is a tumour that recurred twice in the invented girl.", True, None),
    ],
)
def test_a_work_up_for_spread_and_what_the_class_tends_to_do_are_not_events(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("FU: 22 mo, NED.", 22.0, "ANED"),
        ("F/U 16 months without recurrence.", 16.0, "ANED"),
        ("A 20 mths follow-up showed no relapse.", 20.0, "ANED"),
        ("Follow-up (months): 27.", 27.0, None),
        ("Follow-up, 13 months; status, alive without disease.", 13.0, "ANED"),
        ("Outcome: NED at 19 months.", 19.0, "ANED"),
        ("Status at last follow-up: alive with disease (25 months).", 25.0, "AWD"),
        ("Fu et al. described 18 cases in 2019.", None, None),
        ("Status: the invented patient was 45 years old.", None, None),
        ("Outcome: recurrence at 8 months, re-excised.", None, None),
    ],
)
def test_labelled_and_abbreviated_follow_up_and_outcome(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("texts", "metastasis", "status", "response"),
    [
        (("05/2021 CT: relapse in the pelvis + 3 liver mets -> PD on ceritinib.", "09/2021 CT: PR (RECIST 1.1).",
          "Last review 01/2022: AWD, ECOG 0."), True, "AWD", "PR"),
        (("Outcome: DOD, 11 mo.",), None, "DOD", None),
        (("The METs score was 7 during exercise testing.",), None, None, None),
        (("PR staining was positive in the tumour cells.",), None, None, None),
    ],
)
def test_telegraphic_note_mets_status_codes_and_recist_codes(texts, metastasis, status, response):
    row = run(*texts)
    assert (row.metastasis, row.status, row.response) == (metastasis, status, response)


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        ("Recurrent and metastatic cases have been treated with ALK inhibitors.", None, None),
        ("Metastatic IMTs usually respond to crizotinib.", None, None),
        ("She then developed metastatic disease in the liver.", None, True),
        ("A recurrent mass was excised in the invented man.", True, None),
    ],
)
def test_a_plural_class_of_cases_is_not_this_patients_event(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("The invented man has survived with the tumour for 3 years.", 36.0, "AWD"),
        ("So far the woman has survived for 21 months with residual disease.", 21.0, "AWD"),
        ("Regular re-examination for 9 months showed no relapse.", 9.0, "ANED"),
        ("No regrowth was found in the periodic check-ups over 2 years.", 24.0, "ANED"),
        ("Regular check-ups for 2 years are recommended.", None, None),
        ("The survival with the tumour in such cases exceeds 5 years.", None, None),
    ],
)
def test_survival_with_the_tumour_and_repeated_examinations_over_a_time(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("Excision alone, NED 26 mo.", 26.0, "ANED"),
        ("Crizotinib; alive with disease at 15 mo.", 15.0, "AWD"),
        ("DOD at 7 mo.", 7.0, "DOD"),
        ("Alive, NED, 33 months.", 33.0, "ANED"),
        ("The invented boy remains NED 4 years after surgery.", 48.0, "ANED"),
        ("Currently NED on lorlatinib (18 months).", 18.0, "ANED"),
        ("NED 2 cases, AWD 1 case.", None, None),
        ("She had no evidence of disease 2 years before the relapse.", None, None),
    ],
)
def test_status_code_right_before_its_time(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("texts", "months", "status"),
    [
        (("Five months after surgery there was no relapse.", "At 11 months, CT showed a local recurrence.",
          "Alectinib was started and she currently has stable disease at 19 months."), 19.0, "AWD"),
        (("He is alive with persistent disease after 2 years.",), 24.0, "AWD"),
        (("The girl had stable disease at 6 months before the mass grew again.",), None, "AWD"),
    ],
)
def test_disease_still_there_at_a_time_point_is_the_follow_up(texts, months, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("A year and a half after surgery, he is doing well.", 18.0, "ANED"),
        ("The boy was followed for two years and a half without relapse.", 30.0, "ANED"),
        ("At the 2-year postoperative visit, she had no recurrence.", 24.0, "ANED"),
        ("At her 30-month review she was well and free of disease.", 30.0, "ANED"),
        ("Over the past 3 years, she has had no relapse.", 36.0, "ANED"),
        ("Two years on, she remains well without recurrence.", 24.0, "ANED"),
        ("At the 6-month visit a recurrence was found.", None, None),
        ("At the 5-year visit, most patients in that series were well.", None, None),
        ("Over the past 2 years, this entity has been increasingly recognised.", None, None),
        ("In the last 10 years, no consensus has emerged on its treatment.", None, None),
    ],
)
def test_a_half_after_its_unit_a_visit_named_by_its_time_and_a_period_up_to_now(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Recurrent mesenteric inflammatory myofibroblastic tumour in an invented adult: a case report", True),
        ("Recurrent epithelioid inflammatory myofibroblastic sarcoma of the jejunum", True),
        ("There was no recurrent inflammatory myofibroblastic tumour at the last visit.", False),
        ("Recurrent and metastatic inflammatory myofibroblastic tumours are treated with ALK inhibitors.", None),
    ],
)
def test_recurrent_with_the_disease_named_in_full_is_a_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("Lymph node metastasis: 0/16.", False),
        ("Metastases (0/7 nodes).", False),
        ("0/12 regional nodes with metastasis.", None),
        ("Lymph node metastasis: 2/14.", True),
    ],
)
def test_a_node_count_of_zero_is_no_spread(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("After the resection, 0 of 11 lymph nodes contained metastases.", False),
        ("None of the seven harvested mesenteric nodes harboured metastatic tumour.", False),
        ("Zero out of 14 nodes showed metastatic deposits.", False),
        ("All nine retrieved lymph nodes were free of metastasis (0/9).", False),
        ("The regional nodes were negative for metastases (0/13).", False),
        ("Two of 12 lymph nodes contained metastases.", True),
        ("Nodal metastases (2/10) were present.", True),
    ],
)
def test_a_zero_node_count_in_words_with_a_verb_is_no_spread(text, metastasis):
    """The metastasis word in "0 of 11 nodes contained metastases" names what the nodes lacked; a bracketed count
    after the nodes counts this specimen's nodes, not a cohort."""
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The invented boy is considered cured.", "ANED"),
        ("The patient was cured by excision alone.", "ANED"),
        ("The patient was cured by surgery, but the mass recurred two years later.", None),
        ("Most patients are cured by resection.", None),
        ("The invented woman was cured of her tuberculosis in 2015.", None),
        ("The patient is cured of the tumour.", "ANED"),
        ("Surgery is considered curative.", None),
    ],
)
def test_a_patient_said_to_be_cured_is_free_of_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The 52-year-old woman remains alive without disease at 30 months of follow-up.",
        "No recurrence or metastasis was found; the lesion re-occurred once, 7 mo later (FU: 2 y 4 m).",
        "Il est décédé 3 mois après; progression-free survival was 11 months, partial response (PR) first.",
        "Lung metastases appeared and she died of disease after crizotinib; stable disease before that.",
    ],
)
def test_shared_literal_pass_answers_each_family_as_its_own_index(text):
    """One literal pass over all outcome families gives each family the patterns its own pass gives."""
    from eims_extract.fields import outcome
    from eims_extract.fields.assertion import mask
    from eims_extract.prefilter import may_match_indices

    for string in (text, mask(text, outcome._rules()["mask"])):
        for kind in outcome._SHARED:
            own = outcome._anchor_parts() if kind == "anchor" else outcome._family(kind)[1]
            outcome._PASSING.clear()
            assert list(outcome._may_match(kind, string)) == may_match_indices(own, string)
            # answered again from the kept pass, and for the other families alike
            assert list(outcome._may_match(kind, string)) == may_match_indices(own, string)
    assert len(outcome._PASSING) <= outcome._PASSING_MAX


def test_shared_literal_pass_is_bounded():
    from eims_extract.fields import outcome

    for i in range(3 * outcome._PASSING_MAX):
        outcome._may_match("status", f"Follow-up of {i} months, alive and well.")
        assert len(outcome._PASSING) <= outcome._PASSING_MAX




@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("The invented girl is well at 10 months after the resection.", 10.0, None),  # bare well-being: no status
        ("The made-up man is doing well at 13 months.", 13.0, "ANED"),
        ("He is doing well at 7 years of age.", None, "ANED"),  # an age, not a time since treatment
    ],
)
def test_well_at_a_time_point_is_the_follow_up(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("One of the invented patients died of disease at 9 months.", 9.0),
        ("The fictional woman died at 2 years.", 24.0),
        ("The invented infant died at 4 months of age.", None),
        ("He died of an unrelated stroke, aged 80 years.", None),
    ],
)
def test_a_death_dated_by_its_time_is_the_last_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months", "response"),
    [
        ("The made-up boy remains in partial response 17 months after starting crizotinib.", 17.0, "PR"),
        ("The invented woman remains in complete response 11 months after beginning lorlatinib.", 11.0, "CR"),
        ("A partial response was seen on ceritinib.", None, "PR"),
    ],
)
def test_remaining_in_response_dated_after_a_drug_start(text, months, response):
    row = run(text)
    assert (row.follow_up_months, row.response) == (months, response)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("Repeat MRI showed complete disappearance of the hepatic lesions.", "CR"),
        ("The scan after resection showed complete disappearance of the mass after surgery.", None),
        ("Complete disappearance of her flank pain followed.", None),
        ("Imaging found progression of the peritoneal deposits despite ceritinib.", "PD"),
        ("On crizotinib the nodules showed no change in size.", "SD"),
        ("There was no change in the size of the mass on alectinib at 3 months.", "SD"),
        ("The lesion showed no change in size over four weeks of observation.", None),
        ("The pelvic tumour decreased by 55% on alectinib.", "PR"),
        ("After two months of lorlatinib the mass shrank by 15%.", None),  # under the RECIST 30% threshold
        ("A 40% reduction in size was seen after two cycles of chemotherapy.", "PR"),
        ("The mass decreased by 50% after the partial resection.", None),  # surgery is no response
    ],
)
def test_response_worded_by_disappearance_progression_unchanged_size_and_shrinkage(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # Spanish number words and halves
        ("El niño inventado sigue sin recidiva a nueve años de seguimiento.", 108.0),
        ("Tras diecisiete meses de seguimiento, la paciente no presenta enfermedad.", 17.0),
        ("Tras un seguimiento de veintiocho meses no hay signos de recidiva.", 28.0),
        ("Tras treinta y cuatro meses de seguimiento sigue asintomática.", 34.0),
        ("Tras un año y medio de seguimiento no hay recidiva.", 18.0),
        ("Tras medio año de seguimiento el control es normal.", 6.0),
        ("La paciente falleció a los once meses.", None),
        # French number words and halves
        ("Après trois ans de suivi, le garçon imaginé se porte bien.", 36.0),
        ("Après quinze mois de suivi, aucune récidive n'est visible.", 15.0),
        ("Au bout de vingt-six mois de suivi, la patiente est en rémission.", 26.0),
        ("Après deux ans et demi de suivi, pas de récidive.", 30.0),
        ("Après cinq mois et demi de suivi, l'imagerie est normale.", 5.5),
        # Portuguese number words and halves
        ("Após dezanove meses de seguimento, a menina fictícia está bem.", 19.0),
        ("Após três anos de acompanhamento, sem recidiva.", 36.0),
        ("Após vinte e um meses de seguimento, não há doença.", 21.0),
        ("Após um ano e meio de seguimento, está assintomática.", 18.0),
        ("A paciente faleceu aos catorze meses.", 14.0),
    ],
)
def test_romance_language_number_words_in_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text",
    [
        # a word before a unit that is no number, and a mean follow-up of a series, read nothing
        "Tras algunos meses de seguimiento la paciente volvió a consultar.",
        "Après plusieurs mois de suivi, la masse a grossi.",
        "Un seguimiento medio de veinte meses en la serie publicada.",
    ],
)
def test_romance_language_word_that_is_no_number_gives_no_follow_up(text):
    assert run(text).follow_up_months is None


def _metastasis_with_primary(site_code, *texts):
    row = CaseRow("doc", "1")
    row.site_code = site_code
    apply(located(*texts), row)
    return row.metastasis


@pytest.mark.parametrize(
    ("site_code", "text"),
    [
        # new lesions in another organ than the primary, told with a progression, relapse or 'despite' a drug
        ("C76.2", "Eleven months into lorlatinib the mesenteric mass progressed and new liver lesions were found."),
        ("C48.2", "Progression on the second inhibitor showed as new pulmonary nodules."),
        ("C22.0", "The invented patient relapsed with several new nodules in both lungs."),
        ("C34.9", "Small new hepatic foci appeared despite ceritinib, and the disease was judged progressive."),
        ("C67.9", "After a year she progressed with new bone lesions."),
    ],
)
def test_new_lesions_in_another_organ_during_progression_are_metastasis(site_code, text):
    assert _metastasis_with_primary(site_code, text) is True


@pytest.mark.parametrize(
    ("site_code", "text"),
    [
        # new lesions at the primary site are its progression or recurrence
        ("C34.9", "The lung tumour progressed on crizotinib with new pulmonary nodules."),
        ("C22.0", "He relapsed with three new hepatic lesions next to the resection bed."),
        # no progression told, a negation, or no known primary: nothing read
        ("C76.2", "A scan showed new liver lesions that proved to be cysts."),
        ("C76.2", "The mass progressed slowly, without new liver lesions."),
        (None, "The disease progressed with new liver lesions."),
    ],
)
def test_new_lesions_at_the_primary_or_without_progression_are_not_metastasis(site_code, text):
    assert _metastasis_with_primary(site_code, text) is not True


@pytest.mark.parametrize(
    "closing,expected",
    [
        ("Both have remained alive and well at 15 months.", [("ANED", 15.0)] * 2),
        ("Both have remained alive, without disease, at 8 months.", [("ANED", 8.0)] * 2),
        ("At 19 months, both patients are alive and well.", [("ANED", 19.0)] * 2),
        ("Both have remained alive.", [(None, None)] * 2),
    ],
)
def test_plural_subject_outcome_reaches_both_patients_of_a_report(nlp, closing, expected):
    from eims_extract.fields.narrative import extract_narrative
    from eims_extract.ingest.model import Document, Section

    head = "Case presentation\n\n"
    text = head + (
        "Case 1. A 52-year-old invented man presented with a 7 cm mass in the jejunum. He underwent segmental "
        "resection.\n\nCase 2. A 48-year-old invented man presented with a 5 cm mass in the ileum. He underwent "
        "segmental resection.\n\n" + closing
    )
    doc = Document("twofict", "twofict.txt", "text", text, sections=[Section("case", "Case presentation", len(head), len(text))])
    rows = extract_narrative(doc, nlp)
    assert [(r.status, r.follow_up_months) for r in rows] == expected


@pytest.mark.parametrize(
    "texts,months",
    [
        # a time told relative to an earlier one that counts from the start: the follow-up is their sum
        (("The invented mass came back at 9 months after resection, and she died 3 months later.",), 12.0),
        (("Eleven months after the operation a pelvic relapse was found; he died of disease 4 months later.",), 15.0),
        (("The tumour recurred 8 months after surgery.", "Six months later, the boy is alive with disease."), 14.0),
        (("At 20 months of follow-up a lung nodule appeared.", "She died 2 months later."), 22.0),
        (("A relapse appeared 1 year after the initial resection.", "Four months later it progressed.",
          "He died 2 months later."), 18.0),
        # nothing counted from the start before it: the relative time alone, as before
        (("She started crizotinib in 2019.", "Two months later she died."), 2.0),
        (("Three months after starting alectinib the mass had shrunk.", "Ten months later she is well."), 10.0),
        # the operation reported with its time from diagnosis: follow-up counts from the operation
        (("Resection was performed 2 months after diagnosis.", "Thirty months later she is well."), 30.0),
        # too far from the time that set the clock
        (("The mass recurred 8 months after surgery.", "Chemotherapy was given.", "A CT scan was done.",
          "The nodule was biopsied.", "He died 2 months later."), 2.0),
    ],
)
def test_chained_times_add_up_from_the_start(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    "text,months",
    [
        # one patient's follow-up told as a range: its upper bound, the last contact
        ("The invented girl was followed for 14 to 20 months without any relapse.", 20.0),
        ("He has been free of tumour for three to four years.", 48.0),
        ("After 9-15 months of follow-up, she is alive and well.", 15.0),
        ("A 5-7 year follow-up showed no regrowth.", 84.0),
        # a range about several patients, a series' range, a median or an age: no value
        ("The patients were followed for 10 to 40 months without recurrence.", None),
        ("Follow-up ranged from 8 to 50 months.", None),
        ("Median follow-up was 30 months (range 4-70 months).", None),
        ("Both children were followed for 2-5 years.", None),
    ],
)
def test_one_patients_follow_up_range_reads_its_upper_bound(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,months",
    [
        ("Follow-up at 4-month intervals showed no recurrence.", None),
        ("Imaging was repeated every 6 months, with no relapse.", None),
        ("He was followed every 3 to 6 months for 4 years without recurrence.", 48.0),
        ("She has been followed up at 6-month intervals for 30 months, free of disease.", 30.0),
    ],
)
def test_follow_up_schedule_interval_is_not_its_length(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,months",
    [
        ("Twenty-seven months after the lobectomy she is alive and well.", 27.0),
        ("Thirty-two to forty months after resection he remains well.", 40.0),
    ],
)
def test_a_hyphenated_number_word_is_not_a_range(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,months,status",
    [
        # a relative as the subject: not the patient's follow-up or status
        ("Both parents have remained healthy at 4 years.", None, None),
        ("The parents are alive and well.", None, None),
        ("The father died of a stroke 3 years later.", None, None),
        ("The girl's twin brother is alive and free of disease 6 years after surgery.", None, None),
        ("The boy's younger sibling remains disease-free at 5 years.", None, None),
        # siblings with no possessive are the patients of a familial series
        ("The two sisters remain disease-free at 5 years.", 60.0, "ANED"),
        ("The patient's grandmother, who had colon cancer, died 2 years later.", None, None),
        # the patient is the subject, a relative only named in the clause
        ("The parents declined chemotherapy and the boy is alive with disease 11 months after diagnosis.", 11.0, "AWD"),
        ("The family moved abroad and at 2 years there was no recurrence.", 24.0, "ANED"),
        ("The mother consented to surgery and at 3 years there was no recurrence.", 36.0, "ANED"),
    ],
)
def test_relatives_subject_gives_the_patient_no_outcome(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        # the last follow-up dated by the calendar, then by its time from the start; or the time in brackets
        ("The last follow-up was in October 2019, 31 months after resection, and the lesion had not returned.", 31.0, None),
        ("At the latest follow-up (17 months), the invented boy had no evidence of disease.", 17.0, "ANED"),
        ("The last follow-up was in 2023.", None, None),
        # a postoperative month numbered after its unit, with the state after it
        ("At postoperative month 11, CT showed no recurrence.", 11.0, "ANED"),
        ("At postoperative month 11, CT showed a local recurrence.", None, None),
        # a disease-free interval told 'now'; still on a drug, N months after its start
        ("Her disease-free interval is now 26 months.", 26.0, "ANED"),
        ("He is currently on ceritinib, 13 months after its initiation, without progression.", 13.0, None),
        ("He is currently on ceritinib.", None, None),
        # (status: on a drug in partial response at the last news is AWD, the convention of gold/heldout.md settled after
        # this case was written)
        ("She is currently on larotrectinib at 9 months with a partial response.", 9.0, "AWD"),
    ],
)
def test_last_follow_up_dated_postoperative_month_and_time_on_drug(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months",
    [
        ("All the invented women were alive without disease at an average of 11 months of follow-up.", None),
        ("Recurrence occurred after a median of 7 months.", None),
        ("She is free of disease at 11 months of follow-up.", 11.0),
    ],
)
def test_a_series_average_of_months_is_no_patients_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,months,status",
    [
        # Spanish, French, Portuguese: a time from the operation or diagnosis with the patient's state
        ("La niña inventada sigue libre de enfermedad a los 16 meses de la cirugía.", 16.0, "ANED"),
        ("Transcurridos tres años de la intervención, el paciente permanece sin recidiva.", 36.0, "ANED"),
        ("A doente inventada está livre de doença 26 meses após a cirurgia.", 26.0, "ANED"),
        ("Trois ans après l'opération, la patiente est en vie sans récidive.", 36.0, "ANED"),
        # the time of a relapse is not the last news
        ("A los 10 meses de la cirugía presentó una recidiva local.", None, None),
        ("Huit mois après l'intervention, une récidive locale est apparue.", None, None),
    ],
)
def test_romance_time_from_the_operation_with_the_patients_state(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "texts,months",
    [
        # the first operation reported with no time starts the clock; 'After N months,' opening a sentence is relative
        (("The invented man underwent resection of the mass.", "Seven months later, it recurred in the omentum.",
          "He died of disease 3 months later."), 10.0),
        (("She underwent a left hemicolectomy.", "After 9 months, a hepatic nodule appeared.", "She died 2 months later."), 11.0),
        # a biopsy or a re-resection does not start it
        (("A biopsy was performed.", "Five months later, she died."), 5.0),
        (("The recurrence was resected again.", "Four months later, he is alive with disease."), 4.0),
        # 'After N months of X' (no comma) counts from X: the old value
        (("The mass was resected.", "After 6 months of crizotinib the nodules shrank.", "Two months later she is well."), 2.0),
    ],
)
def test_chained_times_start_at_the_first_operation(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("The invented woman developed liver metastases and expired at 11 months.", 11.0, "DOD"),
        ("He subsequently expired at 2 years.", 24.0, "DOD"),
        ("Her passport had expired at the time of admission.", None, None),
    ],
)
def test_expired_after_a_coordinated_clause(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months",
    [
        # an ongoing drug with its length so far
        ("The invented girl has been receiving entrectinib for 15 months with a sustained response.", 15.0),
        ("Lorlatinib has been continued for 9 months without progression.", 9.0),
        ("After 11 months of alectinib treatment, the man is still in partial response.", 11.0),
        ("He is still taking crizotinib, 19 months after starting it, and the disease is stable.", 19.0),
        ("She remains on ceritinib with stable disease 7 months after its initiation.", 7.0),
        # a drug stopped, or given before something else: not the last news
        ("Crizotinib had been given for 6 months before it was stopped for toxicity.", None),
        ("She has been receiving alectinib for 5 months until progression was seen.", None),
    ],
)
def test_ongoing_drug_with_its_length_so_far(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,months,status",
    [
        # dead of other causes: the time is the follow-up; DOC is no status of the scheme (DOD/AWD/ANED)
        ("Outcome: DOC at 40 months.", 40.0, None),
        ("The invented man was DOC, 22 months after surgery.", 22.0, None),
    ],
)
def test_dead_of_other_causes_code_gives_the_time_and_no_status(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        # a dated finding of no disease whose time is a word number with a half: the whole count, not the half
        ("Two and a half years after the excision the invented girl showed no local recurrence on ultrasound.", 30.0, "ANED"),
        ("A year and a half following nephrectomy, CT found no recurrence.", 18.0, "ANED"),
        ("Three and a half months later the pelvic MRI showed no regrowth.", 3.5, "ANED"),
        # no finding of no disease in the sentence: its time is no follow-up
        ("One and a half years after surgery the made-up man moved abroad.", None, None),
    ],
)
def test_dated_finding_time_counts_a_word_number_with_a_half(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        # a finding dated 'at N months' with something else found before the no-recurrence
        ("Cystoscopy at 11 months showed a smooth scar and no recurrence.", 11.0, "ANED"),
        ("Repeat MRI at two years demonstrated mild gliosis but no evidence of recurrence.", 24.0, "ANED"),
        # an age is no date of a finding
        ("The fictional baby, seen at 7 months of age, had no recurrence.", None, "ANED"),
        # a recurrence found at that time: no dated finding of no disease
        ("Ultrasound at 9 months showed a recurrent nodule in the flank.", None, None),
    ],
)
def test_dated_finding_at_n_months_with_other_findings_before_it(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        # 'no evidence of disease/tumour' dated by a time from the operation is a dated finding of no disease
        ("The invented patient had no evidence of disease three years after cystectomy.", 36.0, "ANED"),
        ("Twenty months after the second resection he works full time and CT shows no evidence of tumour.", 20.0, "ANED"),
        # undated: the status only
        ("Chest CT showed no evidence of disease.", None, "ANED"),
        # a residual-tumour check after the operation is no follow-up finding of the patient's state
        ("Two weeks after resection, MRI showed no evidence of residual tumour.", None, "ANED"),
    ],
)
def test_no_evidence_of_disease_dated_by_a_time_after_the_operation(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        # a drug given for a suspected or presumed other disease before the diagnosis: its failure is no stable disease
        ("Since sarcoidosis was initially suspected, he took methylprednisolone for a month, without change in size.", None),
        ("She was given amoxicillin for a presumed abscess, with no significant change in size of the collection.", None),
        ("Empirical antibiotics were prescribed, but the nodule showed no change in size.", None),
        # the tumour's own treatment (a trial of a drug for the proven tumour too): stable disease
        ("A trial of celecoxib for the biopsy-proven tumour left it with no change in size.", "SD"),
        ("For the presumed recurrence, lorlatinib was begun and the deposits showed no change in size.", "SD"),
        ("After three months of alectinib there was no change in the size of the pelvic mass.", "SD"),
    ],
)
def test_unchanged_size_after_an_empirical_trial_for_another_diagnosis_is_no_response(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        # a death from a named other cause is not a death of disease (not scored: no status); its time is the follow-up
        (["The invented girl had her pelvic mass excised.", "Eleven months later she died of pneumonia."], None, 11.0),
        (["The made-up man died of heart failure 26 months after the operation."], None, 26.0),
        (["He died of septic shock 7 months after resection, with no sign of recurrence."], None, 7.0),
        (["The imagined boy was free of disease at 2 years.", "He died of a heart attack at 4 years."], None, 48.0),
        (["Death from bronchopneumonia followed soon after."], None, None),
        # negatives: the tumour named as the cause, or a death of disease before an infection, stays DOD
        (["The made-up woman died of pneumonia caused by the growing tumour."], "DOD", None),
        (["He died of sepsis due to tumour obstruction of the colon."], "DOD", None),
        (["She died of disease progression complicated by pneumonia."], "DOD", None),
        (["He died of disease after an infection."], "DOD", None),
        (["Death from tumour progression followed soon after."], "DOD", None),
        (["The invented man died of respiratory failure."], "DOD", None),
        # another person's death of another cause leaves the patient's own status
        (["The patient is alive with no evidence of disease at 30 months; similar patients died of sepsis."], "ANED", 30.0),
        (["She is alive and free of disease; her father died of a stroke."], "ANED", None),
    ],
)
def test_death_from_a_named_other_cause_gives_no_status(texts, status, months):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        ("The invented woman survived with stable residual tumour.", "AWD", None),
        ("He survived with a small residual lesion for years.", "AWD", None),
        ("He survived with no tumour.", "ANED", None),
        # 'well' with no word about the disease, and a series' survival, give no status
        ("All are alive.", None, None),
        ("The made-up boy remains well 18 months later.", None, 18.0),
    ],
)
def test_surviving_with_residual_tumour_is_alive_with_disease(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Overall survival was 31 months.", 31.0),
        ("Her overall survival so far is 22 months.", 22.0),
        ("The imagined girl is now in her 15th month of crizotinib therapy.", 15.0),
        ("He is currently in his ninth month of alectinib treatment.", 9.0),
        # negatives: a group's or a median survival, a past month of therapy, time since stopping a drug
        ("Overall survival was 14 months in the ALK-negative group.", None),
        ("The median overall survival was 27 months.", None),
        ("Overall survival was 40 months for patients with complete resection.", None),
        ("In the first month of therapy she had a rash.", None),
        ("He has been off therapy for 10 months.", None),
    ],
)
def test_one_patients_bare_overall_survival_and_month_of_ongoing_therapy(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        (["The invented boy almost died of sepsis after the operation but is now free of disease."], "ANED"),
        (["The made-up woman is free of disease at 3 years.", "Her crizotinib licence expired last spring."], "ANED"),
    ],
)
def test_a_near_death_or_an_expired_licence_keeps_the_status(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    ("site_code", "text"),
    [
        # a progression told in named organs other than the primary's
        ("C18.9", "Seven months into alectinib the tumour progressed in the omentum and lungs."),
        ("C48.2", "At the one-year scan the disease had progressed to the liver."),
    ],
)
def test_progression_in_a_named_other_organ_is_metastasis(site_code, text):
    assert _metastasis_with_primary(site_code, text) is True


@pytest.mark.parametrize(
    ("site_code", "text"),
    [
        # the named organ is the primary's, or no primary is known
        ("C22.0", "The hepatic mass progressed in the liver despite two lines of therapy."),
        (None, "The disease progressed in the lungs."),
    ],
)
def test_progression_in_the_primary_organ_is_not_metastasis(site_code, text):
    assert _metastasis_with_primary(site_code, text) is not True


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        # what the disease does in general, in the present tense: no event of this patient
        ("Relapses arise mostly in lesions over 9 cm or with marked atypia.", None, None),
        ("Local recurrence occurs in roughly a quarter of pulmonary cases.", None, None),
        ("Metastases are seen chiefly in the epithelioid variant.", None, None),
        # the patient's own event, told in the past tense, still counts
        ("A recurrence occurred in the pelvic wall five months after the operation.", True, None),
        ("Relapse developed mostly along the scar line at 8 months.", True, None),
    ],
)
def test_generic_present_tense_event_statement_is_no_event(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("Staging CT showed a 9-cm renal mass and no extrarenal disease.", False),
        ("There was no evidence of extrathoracic spread on PET.", False),
        # extra-organ disease present is not a negative finding
        ("PET showed extrapulmonary disease in the adrenal gland.", None),
        # told with a preposition: an organ or region, never a margin or capsule (local extension)
        ("MRI showed the renal mass and no tumour outside the kidney.", False),
        ("No disease was seen beyond the pelvis.", False),
        ("There was no tumour beyond the inked margin.", None),
    ],
)
def test_no_disease_beyond_the_primary_organ_is_no_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


def test_stated_best_response_wins_over_a_later_progression():
    row = run(
        "Lorlatinib was begun in March. The best overall response was a partial response at 4 months.",
        "After a year on treatment the tumour showed progressive disease in the pelvis.",
    )
    assert row.response == "PR"


def test_without_a_stated_best_response_the_last_response_wins():
    row = run(
        "Crizotinib gave a partial response at 3 months.",
        "After 10 months the tumour showed progressive disease.",
    )
    assert row.response == "PD"


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("Cystoscopy every 4 months for 3 years revealed no recurrence.", 36.0, "ANED"),
        ("Follow-up MRI every 6 months for a total of 2 years showed no relapse.", 24.0, "ANED"),
        ("She had chest CT every 3 months over the next 15 months, with no sign of recurrence.", 15.0, "ANED"),
        ("Ultrasound every 3 to 6 months over a period of 4 years showed no recurrence.", 48.0, "ANED"),
        # a schedule advised, a phase of a longer schedule, a drug's interval: no follow-up
        ("Cystoscopy every 3 months for 2 years is recommended after such a resection.", None, None),
        ("Patients should undergo CT every 6 months for 5 years.", None, None),
        ("He was seen every 3 months for the first 2 years and every 6 months thereafter.", None, None),
        ("Vinblastine was given every 2 weeks for 6 months.", None, None),
        ("She took prednisolone for a total of 8 months.", None, None),
    ],
)
def test_imaging_schedule_with_its_total_is_the_follow_up(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("He had an uneventful follow-up of 31 months.", 31.0, "ANED"),
        ("She has had an uneventful 3-year follow-up.", 36.0, "ANED"),
        ("Her follow-up has been uneventful for 2 years.", 24.0, "ANED"),
        ("The follow-up was uneventful at 20 months.", 20.0, "ANED"),
        ("Follow-up of 4 years was uneventful.", 48.0, "ANED"),
        ("After 7 months of regular follow-up, the man had no complications or further incidents.", 7.0, "ANED"),
        ("There were no further events during the 1-year follow-up.", 12.0, "ANED"),
        # the operation's course, a general expectation, a drug's adverse events, something that came later: no status
        ("The postoperative course was uneventful and he went home on day 5.", None, None),
        ("Her recovery was uneventful.", None, None),
        ("An uneventful follow-up is usually expected after complete excision.", None, None),
        ("No adverse events were recorded during follow-up.", None, None),
        ("She was discharged with no further events.", None, None),
        ("After an uneventful follow-up of 3 years, the tumour recurred in the omentum.", 36.0, None),
    ],
)
def test_uneventful_follow_up_is_no_evidence_of_disease(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("He has been under surveillance for three years and remains disease-free.", 36.0, "ANED"),
        ("She has been under regular surveillance for 28 months without recurrence.", 28.0, "ANED"),
        ("The boy has remained under close follow-up for 5 years with no relapse.", 60.0, "ANED"),
        # a watch before the diagnosis, a stay on the ward: no follow-up
        ("She was under regular surveillance for 2 years before the mass was found.", None, None),
        ("He was kept under observation for 4 days in the ward.", None, None),
    ],
)
def test_time_under_qualified_surveillance_closed_by_a_negative_finding(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("At his last visit, 19 months postoperatively, he was in good health.", 19.0, "ANED"),
        ("At the last follow-up in 2023, the woman was in good health.", None, "ANED"),
        ("Eight months after the operation she was in good general condition.", 8.0, "ANED"),
        ("He was discharged on day 4, and at the 9-month follow-up he was in good health.", 9.0, "ANED"),
        # before the illness, on the day of discharge, beside a recurrence: no status
        ("She was in good health prior to this admission.", None, None),
        ("He was in good health until 2 months ago, when he noticed a mass.", None, None),
        ("Ten days after surgery he was in good condition and was discharged.", None, None),
        ("At follow-up she was in good condition but CT showed a recurrence in the pelvis.", None, None),
    ],
)
def test_in_good_health_when_last_seen_is_no_evidence_of_disease(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("He is on alectinib and the disease is stable 26 months after the initial diagnosis.", 26.0, "AWD"),
        ("The residual lesion is currently stable.", None, "AWD"),
        ("The tumour is stable in size on crizotinib.", None, "AWD"),
        # a condition, a past state that ended
        ("If the disease is stable, the drug is continued.", None, None),
        ("The tumour was stable for 6 months before it grew again.", None, None),
    ],
)
def test_disease_stable_at_the_time_of_writing_is_alive_with_disease(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months",
    [
        ("She goes on taking lorlatinib with stable residual disease 19 months after surgery.", 19.0),
        ("He remains on ceritinib with a small stable residual mass 2 years after the resection.", 24.0),
        ("The boy still has persistent disease 15 months from diagnosis.", 15.0),
        # patients at large, not this one
        ("Patients with stable disease 6 months after surgery are usually observed.", None),
        ("In the literature, cases with persistent disease 12 months after resection were given crizotinib.", None),
    ],
)
def test_stable_disease_with_the_time_after_an_event_told_after_it_is_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("At 4 and 10 months after radiotherapy, MRI did not indicate recurrence or metastasis.", 10.0, "ANED"),
        ("She was treated successfully without intercurrences in 5 years of follow-up.", 60.0, "ANED"),
        ("He has had no intercurrences during 16 months of follow-up.", 16.0, "ANED"),
        # no follow-up told: the operation's course
        ("The postoperative period was without intercurrences.", None, None),
        ("The frozen section did not indicate malignancy.", None, None),
    ],
)
def test_no_intercurrences_on_follow_up_and_a_scan_not_indicating_recurrence(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("site_code", "text", "metastasis"),
    [
        # a new lesion in another organ shown to be the tumour, or told as its recurrence
        ("C16.9", "Nine months later, a new 2 cm nodule appeared in the left lobe of the liver, and biopsy confirmed IMT.", True),
        ("C18.9", "One year later, CT showed new nodules in both lungs consistent with recurrence.", True),
        # the primary's own organ, a biopsy showing something else, no primary known
        ("C22.0", "Six months later, a new nodule appeared in the right lobe of the liver, and biopsy confirmed IMT.", None),
        ("C64.9", "A new 1 cm nodule in the right lung was found and resected; histology showed a hamartoma.", None),
        (None, "A new nodule appeared in the liver and biopsy confirmed IMT.", None),
    ],
)
def test_new_lesion_in_another_organ_proved_to_be_the_tumour_is_metastasis(site_code, text, metastasis):
    assert _metastasis_with_primary(site_code, text) is metastasis


@pytest.mark.parametrize(
    "texts,status",
    [
        (["The man expired due to sepsis."], None),
        (["She later expired from pneumonia 2 months after surgery."], None),
        (["The woman died suddenly of a pulmonary embolism."], None),
        (["At 2 years he was free of disease.", "He expired due to septic shock 3 years after surgery."], None),
        # a death of the disease, or with no cause told, stays DOD
        (["The patient expired."], "DOD"),
        (["He expired due to progressive disease."], "DOD"),
        (["She subsequently expired from sepsis caused by tumour perforation."], "DOD"),
    ],
)
def test_expired_of_a_named_other_cause_is_no_death_of_disease(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    "text,months",
    [
        ("The woman had an overall survival of 31 months.", 31.0),
        ("He achieved an overall survival of 4 years.", 48.0),
        ("The boy died of the disease with an overall survival of 19 months.", 19.0),
        # a group's survival, a median: not this patient's follow-up
        ("Patients had a median overall survival of 26 months.", None),
        ("In that series, patients with ALK fusions had an overall survival of 5 years.", None),
    ],
)
def test_one_patients_overall_survival_with_its_subject_or_death(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("The man remained in healthy condition thereafter.", None, "ANED"),
        ("She has remained in a healthy state since the operation.", None, "ANED"),
        ("He is in healthy condition 4 years after surgery.", 48.0, "ANED"),
        # a state before the illness
        ("She was in healthy condition before the onset of symptoms.", None, None),
    ],
)
def test_healthy_condition_since_the_treatment_is_no_evidence_of_disease(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("There was no recurrence in postoperative year 4.", 48.0, "ANED"),
        ("Follow-up imaging at 3, 9 and 18 months showed no recurrence.", 18.0, "ANED"),
        ("MRI at 3, 6 and 12 months was unremarkable.", 12.0, None),
        ("Serial imaging over 28 months has shown no recurrence.", 28.0, "ANED"),
        ("Surveillance CT scans over the past 2 years have been negative.", 24.0, "ANED"),
        # a regrowth found, a schedule of a class of patients, a staging work-up, a growth seen on serial scans
        ("Follow-up CT at 3, 6 and 12 months showed regrowth of the mass.", None, None),
        ("Patients are usually followed with CT at 3, 6 and 12 months.", None, None),
        ("Staging CT scans were negative.", None, None),
        ("Serial imaging over 6 months showed progressive enlargement.", None, None),
    ],
)
def test_time_points_listed_with_one_unit_and_serial_imaging_over_a_time(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        # a counted or other group of patients as the subject: no single patient's outcome
        ("Of the 9 previously reported cases, 4 died of disease within 2 years.", None, None),
        ("Among reported EIMS patients, most died within a year of diagnosis.", None, None),
        ("Six of the ten patients remained disease-free 3 years after surgery.", None, None),
        ("In the literature, 3 patients died 7 months after surgery.", None, None),
        # the report's own patients together, or the patient named after the group
        ("The two patients remain free of disease 2 years after surgery.", 24.0, "ANED"),
        ("Similar cases died of disease, but our patient remains free of disease 2 years after surgery.", 24.0, "ANED"),
    ],
)
def test_outcome_of_a_counted_or_other_group_is_no_single_patients(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,status",
    [
        ("Surgical resection was curative.", "ANED"),
        ("The nephrectomy proved curative.", "ANED"),
        # a rule for most patients, a group, a condition
        ("Surgery is curative in most cases.", None),
        ("Complete resection was curative in 20 of 23 patients.", None),
        ("Complete resection has proven curative in most reported cases.", None),
        ("If resection was curative, no further treatment is needed.", None),
    ],
)
def test_treatment_told_curative_for_the_patient_is_no_evidence_of_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("His 3-year follow-up CT was negative.", 36.0, "ANED"),
        ("Follow-up MRI scans have remained clear.", None, "ANED"),
        ("Follow-up PET-CT at 14 months was negative for recurrence.", 14.0, "ANED"),
        ("Follow-up MRI at 9 months was clear.", 9.0, "ANED"),
        ("She remains in remission 4 years later.", 48.0, "ANED"),
        # negative for something else
        ("Follow-up blood cultures were negative.", None, None),
        ("Follow-up CT at 6 months was negative for infection.", None, None),
    ],
)
def test_negative_follow_up_examination_and_remission_n_years_later(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("The cause of death was tumour progression.", None, "DOD"),
        ("Her death was attributed to the disease.", None, "DOD"),
        ("He was followed up for 6 years until his death from an unrelated cause.", 72.0, None),
        ("She was followed by telephone for 11 months and reported no complaints.", 11.0, None),
        # another cause, a watch before the operation
        ("The cause of death was pneumonia.", None, None),
        ("The cause of death was unrelated to the disease.", None, None),
        ("The mass was followed by ultrasound for 3 months before surgery.", None, None),
        ("The lesion was followed up for 6 months prior to resection.", None, None),
    ],
)
def test_cause_of_death_and_follow_up_by_a_means_or_before_the_operation(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,months",
    [
        ("The neonate had the mass removed at 10 days of life and is disease-free at 2 years of age.", None),
        ("She is disease-free after 3 years.", 36.0),
    ],
)
def test_disease_free_at_an_age_is_no_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("He is well without disease.", None, "ANED"),
        ("At 2.5 years of follow-up, she is well without disease.", 30.0, "ANED"),
        ("The boy remains without tumour.", None, "ANED"),
        # a stable disease, a state that ended, pathology of a margin
        ("She remains without disease progression on crizotinib.", None, None),
        ("He was well without disease until a mass appeared in the pelvis.", None, None),
        ("The resection margin was without tumour.", None, None),
    ],
)
def test_well_without_disease_is_no_evidence_of_disease(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "texts,status",
    [
        (["She declined further treatment and was referred for palliative care."], "AWD"),
        (["He received best supportive care."], "AWD"),
        (["The man was discharged to hospice."], "AWD"),
        (["The woman was transferred to palliative care and died 2 months later."], "DOD"),
        (["He was referred to the palliative care team for pain.", "After crizotinib she achieved complete remission and is now free of disease."], "ANED"),
        # a palliative operation or radiotherapy, a general option
        (["He underwent palliative resection of the mass."], None),
        (["Palliative radiotherapy was given to the bone lesions."], None),
        (["Palliative care is an option for such patients."], None),
    ],
)
def test_palliative_or_hospice_care_is_alive_with_disease(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    "text,status",
    [
        ("He has progressive disease and is receiving third-line therapy.", "AWD"),
        ("The woman is alive but the disease is progressing.", "AWD"),
        ("She is currently receiving lorlatinib for progressive disease.", "AWD"),
        # a past progression, a condition
        ("Three months into therapy, the tumour progressed.", None),
        ("If the disease is progressing, the drug is changed.", None),
    ],
)
def test_disease_progressing_at_the_time_of_writing_is_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,months",
    [
        ("She is free of disease 12 months after the re-excision and 40 months after the initial diagnosis.", 40.0),
        ("He remains disease-free 8 months after crizotinib, and 30 months after the initial surgery.", 30.0),
        # a recurrence dated twice: no state, no follow-up
        ("The tumour recurred 12 months after re-excision and 40 months after the initial diagnosis.", None),
    ],
)
def test_state_dated_twice_the_time_from_the_start_is_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,status",
    [
        ("At the most recent evaluation, 15 months after the start of crizotinib, the tumour had not recurred.", "ANED"),
        # no anchor, a state ended, a later recurrence in the sentence
        ("The tumour had not recurred before the second pregnancy.", None),
        ("Six months after surgery the tumour had not recurred, but at 12 months a pelvic recurrence was found.", None),
    ],
)
def test_tumour_had_not_recurred_at_a_dated_visit_is_no_evidence_of_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("texts", "metastasis"),
    [
        (("A lobectomy with hilar node sampling was done; the sampled nodes were free of tumour.",), False),
        (("All eleven lymph nodes were negative for malignancy.",), False),
        (("The perigastric lymph nodes were uninvolved.",), False),
        (("Final pathology showed clear margins and no nodal involvement.",), False),
        (("The regional nodes were all tumour-free.",), False),
        (("Enlarged lymph nodes were seen on CT.",), None),
        (("The resection margins were free of tumour.",), None),
        (("Two mesenteric nodes were involved by tumour.",), None),
        (("The sampled nodes were free of tumour.", "Ten months later CT showed liver metastases."), True),
    ],
)
def test_regression_nodes_stated_free_of_tumour_are_no_spread(texts, metastasis):
    """Convention of gold/heldout.md: a negative nodal finding at the resection is a stated absence of metastasis."""
    assert run(*texts).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis", "status"),
    [
        ("A PET-CT scan was requested to rule out metastatic disease.", None, None, None),
        ("Chest CT was done to exclude metastatic spread.", None, None, None),
        ("PET-CT showed no metastatic disease.", None, False, None),
        ("Since her resection two years ago, she has remained well without recurrence.", False, None, "ANED"),
        ("He had a gastric ulcer five years ago.", None, None, None),
    ],
)
def test_regression_purpose_of_a_scan_and_time_counted_since_surgery(text, recurrence, metastasis, status):
    """A scan's purpose ("to rule out metastatic disease") is no finding; "since surgery N years ago" dates the course
    the sentence reports, it does not make the sentence a past illness."""
    row = run(text)
    assert (row.recurrence, row.metastasis, row.status) == (recurrence, metastasis, status)


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        # the assessment of a result told as a judgement ("which was considered (a) partial response")
        (("After two months the nodule shrank by about 40%, which was considered partial response.",), "PR"),
        (("Restaging at twelve weeks was regarded as stable disease.",), "SD"),
        # negative: a plan weighed for later stays a plan
        (("A second inhibitor would be considered in case of progression.",), None),
    ],
)
def test_regression_response_told_as_a_judgement(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("At the last visit she continues lorlatinib and lives with a small stable residual tumour.", "AWD"),
        ("He remains with a minimal persistent lesion in the pelvis.", "AWD"),
    ],
)
def test_regression_alive_with_a_described_residual_tumour(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("texts", "recurrence"),
    [
        # a therapy kept for a relapse that has not happened: no recurrence
        (("Entrectinib was kept only as an option for the case of relapse.",), None),
        (("Imatinib will be offered in the event of progression or recurrence.",), None),
        (("Crizotinib is kept in reserve in case the tumour recurs.",), None),
        (("Entrectinib was kept as an option for the case of relapse.", "A local relapse was found at ten months."), True),
    ],
)
def test_regression_relapse_named_as_a_condition_is_no_recurrence(texts, recurrence):
    assert run(*texts).recurrence is recurrence


@pytest.mark.parametrize(
    "text", ["He had a hepatectomy for a suspected liver metastasis.", "The nodule was excised for a suspected recurrence."]
)
def test_regression_what_an_operation_was_done_for_stays_a_suspicion(text):
    row = run(text)
    assert (row.metastasis, row.recurrence) == (None, None)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a stretch of surveillance with a negative finding after it
        ("Over 14 months of radiological surveillance neither regrowth nor distant metastasis has been documented.", (False, False, 14.0)),
        ("After two years of close monitoring she is well with no recurrence.", (False, None, 24.0)),
        ("Over 2 years of surveillance the nodule grew slowly.", (None, None, None)),
        # the literature's record stays a citation
        ("Local recurrence has been documented in a quarter of reported cases.", (None, None, None)),
    ],
)
def test_regression_months_of_surveillance_with_a_negated_record(text, expected):
    row = run(text)
    assert (row.recurrence, row.metastasis, row.follow_up_months) == expected


@pytest.mark.parametrize(
    "text,follow_up",
    [
        ("The 6-month control colonoscopy was clear and she has no complaints.", 6.0),
        ("Her 2-year check MRI showed no residual tumour.", 24.0),
        ("The 3-month check CT showed a new nodule in the liver.", None),
    ],
)
def test_regression_check_examination_named_by_its_time_point(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    "text,follow_up",
    [
        # a schedule that goes on after its first phase is a plan, not the time followed
        ("Ultrasound every 3 months for 1 year, then yearly.", None),
        ("CT every 4 months for 2 years, and then every 6 months, was recommended.", None),
        ("Cystoscopy every 3 months for two years showed no recurrence.", 24.0),
    ],
)
def test_regression_schedule_phase_followed_by_then_is_no_follow_up(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    "text,status",
    [
        ("Fourteen months after resection the man is well, without clinical or radiographic evidence of disease.", "ANED"),
        ("She remains well, with no clinical or sonographic signs of recurrence.", "ANED"),
        ("At diagnosis there was no radiological evidence of disease elsewhere, and she was well.", None),
    ],
)
def test_regression_well_without_qualified_evidence_of_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "recurrence", "follow_up", "status"),
    [
        ("Over 20 months of surveillance no local recurrence has been documented.", False, 20.0, "ANED"),
        ("During two years of follow-up neither recurrence nor distant spread has been recorded.", False, 24.0, "ANED"),
        ("So far no relapse has been observed.", False, None, "ANED"),
        # the literature's perfect passive stays the literature's
        ("No recurrence has been reported in children treated this way.", None, None, None),
    ],
)
def test_regression_no_recurrence_told_as_a_perfect_passive_is_the_patients_course(text, recurrence, follow_up, status):
    """'no local recurrence has been documented' reads like the literature's 'has been documented' but is the patient's
    dated finding (ANED by the convention of gold/heldout.md)."""
    row = run(text)
    assert (row.recurrence, row.follow_up_months, row.status) == (recurrence, follow_up, status)


# -- round 11: the last status and the follow-up where full texts tell them and the pipeline said nothing ---------
@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "without/with no clinical or radiological evidence of disease": the kinds of evidence between the words
        ("Fourteen months after the operation the invented boy is well, without clinical or radiological evidence of disease.", "ANED"),
        ("The invented woman is well, with no radiological or endoscopic signs of recurrence.", "ANED"),
        ("The invented man is alive, without clinical, imaging or biochemical evidence of relapse.", "ANED"),
        # not a state of disease
        ("The invented girl was discharged well, without antibiotics.", None),
        ("He is well, with no clinical evidence of infection.", None),
    ],
)
def test_regression_no_evidence_of_disease_with_its_kinds_of_evidence(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        # a period of follow-up, surveillance or observation the state is told over
        ("During 16 months of surveillance no relapse has been documented.", "ANED", 16.0),
        ("Over three years of regular follow-up, no recurrence was seen on MRI.", "ANED", 36.0),
        ("After 20 months of observation there is still no recurrence.", "ANED", 20.0),
        ("Twenty-two months of surveillance have shown no recurrence.", "ANED", 22.0),
        # a time after the operation told with "since", or a bare "after N years", in a sentence of no disease
        ("The invented patient has had no recurrence during the 27 months since resection.", "ANED", 27.0),
        ("Fortunately, no recurrence has appeared in the invented boy after 3 years.", "ANED", 36.0),
        # an N-month check that dates a state of no disease told by a status phrase
        ("The 10-month check cystoscopy was normal and the invented man is free of disease.", "ANED", 10.0),
        # a bracketed follow-up label
        ("Follow-up (15 months): no recurrence.", "ANED", 15.0),
        # a remission "which has lasted" N months
        ("The invented girl reached a complete remission, which has lasted 21 months.", "ANED", 21.0),
        # a time of treatment dates the response, a check weeks after the operation is no last news, an age is no time
        ("She achieved complete remission after 7 months of lorlatinib and is free of disease.", "ANED", None),
        ("Three weeks after resection, MRI showed no evidence of residual tumour.", "ANED", None),
        ("At 4 years of age the invented girl was free of disease.", "ANED", None),
        ("During 5 years of follow-up, 3 of the 9 patients relapsed.", None, None),
    ],
)
def test_regression_no_disease_dated_by_a_period_or_a_check(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "months", "recurrence"),
    [
        # "has been documented" after a negated finding is the patient's course, not a citation of the literature
        ("Through 19 months of surveillance neither local relapse nor distant spread has been documented.", 19.0, False),
        ("During 16 months of follow-up no recurrence has been documented.", 16.0, False),
        # a documented finding of the literature stays masked
        ("Spontaneous regression has been documented in such tumours.", None, None),
    ],
)
def test_regression_not_documented_finding_is_no_literature(text, months, recurrence):
    row = run(text)
    assert (row.follow_up_months, row.recurrence) == (months, recurrence)


@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        # a death told through the course: "N months postoperatively", "N months after that" chained to the last time
        (("The invented girl underwent debulking.", "She succumbed to progressive disease 9 months postoperatively."), "DOD", 9.0),
        (("The boy underwent resection.", "The tumour recurred 4 months later and he passed away 2 months after that."), "DOD", 6.0),
        # treatments in several lines: alive after a progression is alive with the tumour
        (("Crizotinib was begun.", "The nodules shrank after 2 months.", "In 2022 the disease progressed and lorlatinib replaced it.",
          "The invented woman is currently alive, 34 months after diagnosis."), "AWD", 34.0),
        (("He is alive on ceritinib 17 months after starting it, with stable residual disease.",), "AWD", 17.0),
        (("Currently, 13 months into alectinib therapy, he has stable disease.",), "AWD", 13.0),
        # alive after a complete or partial response, or with no response told, states no status
        (("Crizotinib was begun.", "A complete response followed after 3 months.", "She is currently alive, 30 months after diagnosis."), None, 30.0),
        (("A partial response to crizotinib was recorded.", "She is still alive 2 years after diagnosis."), None, 24.0),
        (("The invented man is currently alive, 28 months after diagnosis.",), None, 28.0),
        (("The disease progressed on crizotinib.", "Her mother is still alive."), None, None),
    ],
)
def test_regression_course_told_over_several_lines_gives_the_last_state(texts, status, months):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        # "has not had any recurrence in the N years since surgery": a negated 'had' dated by a period since the operation
        ("The invented woman has not had any recurrence in the 4 years since surgery.", "ANED", 48.0),
        # "since the operation N months ago"
        ("Since the operation 15 months ago, there has been no recurrence.", "ANED", 15.0),
        # not a state of no disease: a presentation long ago
        ("He presented 2 years ago with abdominal pain.", None, None),
    ],
)
def test_regression_state_of_no_disease_told_with_had_since_or_ago(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        # timeline lines dated by their month from the start
        (("Day 0: hemicolectomy", "Month 4: CT, no recurrence", "Month 21: last follow-up, no evidence of disease"), "ANED", 21.0),
        (("2020 (month 0): nephrectomy", "2022 (month 26): alive without recurrence"), "ANED", 26.0),
        (("Postoperative month 15: disease-free at the last visit",), "ANED", 15.0),
        (("Month 33: died of progressive disease",), "DOD", 33.0),
        # an event on a timeline line is no last news; a month inside a sentence is no label
        (("Month 9: local recurrence, re-excision",), None, None),
        (("In month 9 a pleural nodule appeared, with no other change.",), None, None),
    ],
)
def test_regression_timeline_line_dated_by_its_month(texts, status, months):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # "expired N months after X due to <another cause>" is a death of another cause, as "died ... after ... due to"
        ("The invented patient expired 7 months after diagnosis due to pneumonia.", None),
        ("The invented patient expired 7 months after diagnosis.", "DOD"),
        ("The invented patient expired 7 months after diagnosis due to tumour progression.", "DOD"),
    ],
)
def test_regression_expired_after_a_time_of_another_cause(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status", "months", "recurrence", "metastasis"),
    [
        # two qualifiers joined by "or"/"and" before the absent disease ("no local or distant recurrence")
        ("Nineteen months after the colectomy he shows no clinical or radiological evidence of disease.", "ANED", 19.0, None, None),
        ("At 13 months there is no local or distant relapse.", "ANED", 13.0, False, False),
        ("Fourteen months after the excision the boy is thriving with no clinical or radiological recurrence.", "ANED", 14.0, False, None),
        ("The child remains free of local or distant disease, 27 months after the operation.", "ANED", 27.0, None, False),
        ("She has now been followed up for 16 months, without any local or distant relapse.", "ANED", 16.0, False, False),
        # negatives: a qualified recurrence that did happen, and a qualified absence told of a group
        ("At 13 months a local and distant relapse was found.", None, None, True, None),
        ("Most reported patients were free of local or distant disease after resection.", None, None, None, None),
    ],
)
def test_regression_absence_with_two_joined_qualifiers(text, status, months, recurrence, metastasis):
    row = run(text)
    assert (row.status, row.follow_up_months, row.recurrence, row.metastasis) == (status, months, recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "status", "months", "recurrence"),
    [
        # the time since the operation counted back from now ("N months ago"), or told as "N months on,"
        ("Since the resection 16 months ago, the man has had no relapse.", "ANED", 16.0, False),
        ("He was operated on three years ago and has had no recurrence since.", "ANED", 36.0, False),
        ("Seven months on, there has been no sign of recurrence.", "ANED", 7.0, False),
        ("There has been no recurrence since the operation.", "ANED", None, False),
        # negatives: a past operation with no state after it, a relative's, time on a drug, a recurrence since
        ("She had a cholecystectomy 5 years ago.", None, None, None),
        ("Her father underwent resection of a colon cancer 10 years ago and is well.", None, None, None),
        ("Three months on crizotinib, the mass had shrunk by half.", None, None, None),
        ("The tumour was resected 2 years ago but has recurred twice since.", None, None, True),
    ],
)
def test_regression_time_since_the_operation_counted_back_from_now(text, status, months, recurrence):
    row = run(text)
    assert (row.status, row.follow_up_months, row.recurrence) == (status, months, recurrence)


@pytest.mark.parametrize(
    ("text", "status", "months", "metastasis"),
    [
        # metastasis named before the recurrence, and a hedge word before the signs ("no apparent signs of ...")
        ("Eight months after the resection there were no signs of metastasis or local relapse.", "ANED", 8.0, False),
        ("The invented woman remains well with no apparent evidence of metastasis or recurrence.", "ANED", None, False),
        ("She is currently free of metastasis and recurrence.", "ANED", None, False),
        ("At 10 months there was no obvious recurrence on ultrasound.", "ANED", 10.0, None),
        # negatives: metastasis or recurrence found, or only looked for
        ("Eight months after the resection there were signs of metastasis and local relapse.", None, None, True),
        ("Imaging was repeated to look for metastasis or recurrence.", None, None, None),
    ],
)
def test_regression_no_signs_of_metastasis_or_recurrence(text, status, months, metastasis):
    row = run(text)
    assert (row.status, row.follow_up_months, row.metastasis) == (status, months, metastasis)


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        # the authors' comment after a comma ("..., confirming/suggesting that X may ...") leaves the outcome before it stated
        ("After 3 years the man remains free of recurrence, confirming that local excision may be enough.", "ANED", 36.0),
        ("He has been free of disease for 14 months, suggesting that segmental resection could be curative.", "ANED", 14.0),
        ("No relapse was seen at 30 months, indicating that wide excision can suffice.", "ANED", 30.0),
        # negatives: the hedge inside the outcome's own clause
        ("Surgery alone may leave her free of disease for years, suggesting that close imaging is wise.", None, None),
        ("She could remain free of recurrence after 3 years, supporting a conservative approach.", None, None),
    ],
)
def test_regression_comment_clause_after_a_comma_does_not_hedge_the_outcome(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        # a modal opening a second predicate after "and" ("... and can resume work") hedges that predicate, not the state before it
        ("Twenty months after surgery he is disease-free and can return to school.", "ANED", 20.0),
        ("At 16 months she remains free of recurrence and has to be seen once a year.", "ANED", 16.0),
        # negatives: the modal before the state, and a modal about the disease itself
        ("He may be disease-free and can return to school.", None, None),
        ("At 16 months a relapse is possible and could be treated with crizotinib.", None, None),
    ],
)
def test_regression_modal_second_predicate_does_not_hedge_the_state(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        # a symptom-free patient at a dated visit is a dated finding without disease
        (("The invented boy was asymptomatic at the 9-month follow-up.",), "ANED", 9.0),
        (("He remained asymptomatic 14 months after the excision.",), "ANED", 14.0),
        (("Tras tres años de seguimiento, el paciente permanece asintomático.",), "ANED", 36.0),
        # negatives: symptom-free before the illness or at presentation, and a later recurrence overrides the dated finding
        (("She was asymptomatic at presentation; the mass was found on a routine scan.",), None, None),
        (("He remained asymptomatic for 2 years until the mass regrew.",), None, ...),
        (("She was asymptomatic at the 6-month follow-up.", "At 11 months a pelvic recurrence was found."), None, ...),
    ],
)
def test_regression_asymptomatic_at_a_dated_visit_is_no_evidence_of_disease(texts, status, months):
    row = run(*texts)
    assert row.status == status
    if months is not ...:  # the negatives are about the status only
        assert row.follow_up_months == months


@pytest.mark.parametrize(
    ("text", "status", "months", "recurrence"),
    [
        # Spanish perfect/past "no ha presentado / no tuvo recidiva" after a follow-up time: a dated finding without disease
        ("Tras 30 meses de seguimiento, el paciente no ha presentado recidiva.", "ANED", 30.0, False),
        ("A los 14 meses de seguimiento la niña no tuvo recidiva.", "ANED", 14.0, False),
        # negatives: a relapse that was presented, and a hypothetical one
        ("Tras 30 meses de seguimiento, el paciente ha presentado una recidiva local.", None, 30.0, ...),
        ("Un paciente puede no presentar recidiva durante años.", None, None, ...),
    ],
)
def test_regression_spanish_perfect_no_relapse_is_a_dated_finding(text, status, months, recurrence):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)
    if recurrence is not ...:
        assert row.recurrence is recurrence


@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        # the follow-up's length told in one sentence dates a bare finding without disease in the next
        (("The invented man was followed for 3 years.", "No recurrence was observed."), "ANED", 36.0),
        (("Follow-up lasted 20 months.", "Neither recurrence nor metastasis was detected."), "ANED", 20.0),
        # negatives: a bare finding with no follow-up length before it, one after an unrelated sentence, and a later recurrence
        (("The margins were clear.", "No recurrence was observed."), None, None),
        (("He was followed for 3 years.", "The mass measured 4 cm.", "No relapse was seen."), None, 36.0),
        (("He was followed for 3 years.", "No recurrence was observed at first.", "At 30 months a pelvic relapse was found."), None, 36.0),
    ],
)
def test_regression_follow_up_length_dates_a_bare_finding_in_the_next_sentence(texts, status, months):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        # the patient's present age dates a finding without disease ("now 7 years old and has had no recurrence");
        # the time since surgery is not stated, so no follow-up is computed from the ages
        ("The invented girl is now 7 years old and has had no recurrence.", "ANED", None),
        ("The boy, now aged 5, shows no sign of relapse.", "ANED", None),
        # negatives: the present age with a recurrence, and an age at presentation
        ("She is now 7 years old and the mass has recurred twice.", None, None),
        ("Her brother, now aged 9, has had no recurrence.", None, None),
    ],
)
def test_regression_present_age_dates_a_finding_without_disease(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        # a possessive duration before "follow-up" ("14 months' follow-up", "two years' follow-up")
        ("After 14 months' follow-up there was no recurrence.", "ANED", 14.0),
        ("Two years' clinical follow-up showed no relapse.", "ANED", 24.0),
        # free of disease with no verb before it, dated by the sentence
        ("She was last seen 8 months after surgery, free of disease.", "ANED", 8.0),
        # negatives: margins free of disease, and a group's possessive follow-up
        ("Two weeks after surgery the pathologist reported margins free of disease.", None, None),
        ("Most reported patients had 5 years' follow-up without relapse.", None, None),
    ],
)
def test_regression_possessive_follow_up_and_verbless_free_of_disease(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a dated finding without disease told of a relative or of a group of other patients is not the patient's
        ("Her twin sister has had no recurrence 4 years after surgery.", None),
        ("Five of the eight reported patients showed no relapse at 2 years.", None),
        # positive: the patient's own
        ("She has had no recurrence 4 years after surgery.", "ANED"),
    ],
)
def test_regression_dated_finding_of_a_relative_or_group_is_not_the_patients(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        # a death dated "N months postoperatively" is the follow-up ("expired" too)
        ("The woman expired 5 months postoperatively due to tumour progression.", "DOD", 5.0),
        ("He died of disease 9 months post-operatively.", "DOD", 9.0),
        # negative: a relative's death dated from the patient's operation
        ("Her father died 9 months postoperatively of a stroke.", None, None),
    ],
)
def test_regression_death_dated_postoperatively_is_the_follow_up(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        # "N months of surveillance", a state before "since the operation N months ago", regrowth "in the N months since"
        ("So far, during 22 months of surveillance, the pelvis has remained free of tumour.", "ANED", 22.0),
        ("He has been free of symptoms since the operation 9 months ago.", "ANED", 9.0),
        ("No regrowth has been seen in the 11 months since.", "ANED", 11.0),
        # negatives: surveillance planned, and regrowth that was seen
        ("Two years of surveillance imaging are planned.", None, None),
        ("Regrowth was seen in the 11 months since.", None, None),
    ],
)
def test_regression_surveillance_length_and_time_since_the_operation(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status", "months", "recurrence", "metastasis"),
    [
        # the negation of "no clear signs of" reaches a second, coordinated event
        ("One year later he had no clear signs of metastatic disease or local recurrence.", "ANED", 12.0, False, False),
        ("At 8 months there was no radiological evidence of distant metastasis or local relapse.", "ANED", 8.0, False, False),
        # negative: a second clause with its own finding after the negated one
        ("At 8 months there was no evidence of lung metastasis, but a pelvic relapse was found.", None, 8.0, True, False),
    ],
)
def test_regression_negated_signs_reach_a_coordinated_second_event(text, status, months, recurrence, metastasis):
    row = run(text)
    assert (row.status, row.follow_up_months, row.recurrence, row.metastasis) == (status, months, recurrence, metastasis)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The invented girl remains in partial response 17 months after starting crizotinib.", "AWD"),
        ("He has now been on alectinib for 2 years with a sustained partial response.", "AWD"),
        ("At 14 months she is still on lorlatinib with a stable residual nodule.", "AWD"),
        # a response told as an event is no state
        ("A partial remission after ceritinib was recorded.", None),
        ("Crizotinib gave a partial response at 3 months.", None),
    ],
)
def test_regression_alive_in_an_ongoing_partial_response_is_awd(text, status):
    """Convention (gold/heldout.md): a patient alive with the tumour still there — in an ongoing partial response or on a
    drug with residual tumour — is AWD."""
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The invented man remained well at 2 years.", 24.0),
        ("She was well after 18 months.", 18.0),
        ("The girl was well at 2 years of age.", None),  # an age, not a time since treatment
    ],
)
def test_regression_well_at_a_time_gives_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text",
    ["She had received a kidney from a 31-year-old deceased donor.", "The donor had died of an intracranial bleed.",
     "A liver from a brain-dead donor was transplanted in 2015."],
)
def test_regression_an_organ_donor_who_died_is_not_the_patient(text):
    assert run(text).status is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lymph nodes of the resection counted and called clear before the noun: a stated absence of spread
        ("The specimen had clear margins and six unremarkable mesenteric lymph nodes.", False),
        ("All 11 negative regional nodes were examined.", False),
        ("Resection yielded 3 benign lymph nodes.", False),
        # the same told after the noun or as a count of none
        ("Nine mesocolic lymph nodes were harvested, all negative for tumour.", False),
        ("The eight perigastric nodes contained no metastatic tumour.", False),
        ("None of the 6 retrieved lymph nodes was involved.", False),
        ("All four hilar nodes were benign.", False),
        # precision: an imaging phrase, nodes with tumour, or nodes called reactive (hyperplasia, nothing said of
        # spread; gold/blind4.csv leaves such a row empty) are not this
        ("All sampled lymph nodes were reactive, with sinus histiocytosis.", None),
        ("MRI showed no enlarged cervical nodes.", None),
        ("Four enlarged lymph nodes were resected.", None),
        ("The dissection found three metastatic lymph nodes.", True),
    ],
)
def test_regression_counted_clear_lymph_nodes_before_the_noun(text, expected):
    assert run(text).metastasis is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a response told with the length it lasted, then a progression in the same sentence: the response is the row's
        (("Ceritinib gave a partial response after six weeks that lasted eleven months; when the tumour progressed, he stopped it.",), "PR"),
        (("Alectinib led to a complete response lasting 2 years, until disease progression was seen in the liver.",), "CR"),
        # precision: a later assessment naming progressive disease, on another drug in a later sentence, is the new response
        (("Crizotinib gave a partial response lasting five months.", "Lorlatinib was then started, and restaging showed progressive disease."), "PD"),
    ],
)
def test_regression_response_with_its_duration_then_progression(texts, expected):
    assert run(*texts).response == expected


@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        # still on a drug that treats the tumour after a response that left it there: alive with disease
        (("The orbital mass shrank to a small residual focus (partial response).",
          "She is still on vinblastine, 19 months after the biopsy."), "AWD", 19.0),
        (("He continues on lorlatinib, with a slowly shrinking hepatic mass, 11 months from the gastrectomy.",), None, 11.0),
        (("The pelvic mass regressed by half.", "A partial response was recorded at 3 months.",
          "She continues to receive brigatinib."), "AWD", None),
        (("Stable disease was seen on the first scan.", "He is maintained on imatinib."), "AWD", None),
        # after a complete response, with a supportive drug, or with no response told: no status from it
        (("The mass disappeared (complete response).", "He is still on crizotinib, 12 months after the operation."),
         None, 12.0),
        (("A partial response was seen.", "She is still on levofloxacin for a urinary infection."), None, None),
        (("She is still on celecoxib.",), None, None),
        # the end of a treatment is no last news
        (("She continued on imatinib until 6 months after the operation.",), None, None),
    ],
)
def test_regression_still_on_a_drug_at_a_time_after_a_partial_response(texts, status, months):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("He remains on entrectinib with small stable residual pleural nodules.", "AWD"),
        ("At 20 months she was back at work, with radiologically stable disease.", "AWD"),
        ("She lives with a tiny persistent retroperitoneal mass.", "AWD"),
        ("The operation left her with stable renal function.", None),
    ],
)
def test_regression_qualified_residual_tumour_is_awd(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a present state with a leftover of tumour named by a run of adjectives or a leftover noun
        ("Two years on, she is off therapy, with a tiny stable residual nodule on ultrasound.", "AWD"),
        ("He continues on lorlatinib, well, with a small persistent remnant, nine months after surgery.", "AWD"),
        # precision: a size word alone is no leftover tumour
        ("She presented with a small mass of the forearm.", None),
    ],
)
def test_regression_stable_residue_named_with_adjectives_is_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Four years on, he was alive with no sign of either disease.", "ANED"),
        ("She is alive with no evidence of any tumour on MRI.", "ANED"),
        ("She is alive with no sign of the rash.", None),
    ],
)
def test_regression_alive_with_no_sign_of_a_determined_disease_is_aned(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # still on a drug at a time after a reference point: the time so far
        ("After a best response of partial response, he remains on the inhibitor with a shrunken mass 19 months after surgery.", 19.0),
        ("She continues on entrectinib, asymptomatic, 8 months after diagnosis.", 8.0),
        # precision: a start time is not a follow-up ("started on X two months after surgery")
        ("He was started on crizotinib two months after surgery.", None),
    ],
)
def test_regression_still_on_the_drug_at_a_time_after_surgery(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the length told with "for" or as a duration noun
        (("Lorlatinib kept a partial response for 14 months before the tumour progressed.",), "PR"),
        (("She had a complete response of 20 months' duration, after which the disease progressed.",), "CR"),
        # precision: "for" with no length is no duration (an assessment naming progressive disease then replaces the response)
        (("Crizotinib gave a partial response for the lung nodules, but restaging later showed progressive disease.",), "PD"),
    ],
)
def test_regression_response_duration_with_for_or_a_duration_noun(texts, expected):
    assert run(*texts).response == expected


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("A 2-cm splenic nodule was feared to be a metastasis of the renal tumour.", None),
        ("A 2-cm splenic nodule proved to be a metastasis of the renal tumour.", True),
    ],
)
def test_regression_a_finding_feared_to_be_metastasis_is_hypothetical(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # nodes stated free of tumour with the finding before them: no spread (gold/heldout.md)
        ("Lumpectomy was done, and a negative sentinel node was removed.", False),
        ("The specimen included tumour-free regional lymph nodes.", False),
        ("Her negative nodal status was confirmed.", False),
        # a positive node, or a negative margin, is no such statement
        ("A positive sentinel node was found.", None),
        ("The negative margins were wide.", None),
    ],
)
def test_regression_nodes_negative_with_the_finding_first_are_no_spread(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("He was still taking lorlatinib, with the partial response ongoing, at data cut-off 17.5 months after his first dose.", 17.5, "AWD"),
        ("She remained on entrectinib, 22 months from the first dose, at the cut-off.", 22.0, None),
        ("At the database cut-off, 9 months after the first dose, she was still receiving the drug.", 9.0, None),
        # a response's duration or a median is no follow-up
        ("The median duration of response was 11 months after the first dose.", None, None),
        ("She was still receiving crizotinib with a complete response ongoing.", None, None),
    ],
)
def test_trial_cutoff_dated_from_first_dose_and_ongoing_partial_response(text, months, status):
    """A trial vignette's last news: 'still receiving X, with the partial response ongoing, at data cut-off 25.3 months
    after her first dose' gave neither the follow-up nor the status (no anchor for the first dose, and the response
    told after a comma)."""
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("Staging CT of the thorax and abdomen in the invented boy showed no distant disease.", False),
        ("A whole-body PET scan excluded distant disease before the operation.", False),
        ("Nineteen months later she developed distant disease in the spine.", True),
        ("There has been no distant relapse since the hepatectomy.", False),
        ("FDG-PET showed no other sites of increased uptake.", False),
        ("A bone scan found no evidence of tumour elsewhere.", False),
        ("After the biopsy the disease was deemed localized.", False),
        ("Staging MRI showed a localised tumour of the calf.", False),
        # negatives: a location, a statement about the entity, a survival metric
        ("The tumour was localized in the posterior wall of the bladder.", None),
        ("Distant disease is uncommon in this entity.", None),
        ("Distant disease occurs mainly in ALK-negative tumours.", None),
        ("Haematogenous dissemination is rare in this entity.", None),
        ("Distant disease-free survival was not reported in earlier series.", None),
    ],
)
def test_regression_distant_disease_and_staging_without_spread(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("The seven nodes harvested were free of tumour.", False),
        ("All fifteen lymph nodes examined were negative.", False),
        ("None of the 11 retrieved mesenteric lymph nodes contained tumour.", False),
        ("The dissected nodes showed no metastases.", False),
        # negative: nodes described without a finding about the tumour
        ("The nodes sampled were enlarged on CT.", None),
        ("Two of the nodes examined contained tumour deposits and were called metastatic.", True),
    ],
)
def test_regression_nodes_named_with_a_participle_free_of_tumour(text, metastasis):
    """Convention (gold/heldout.md): nodes free of tumour at the resection are metastasis false."""
    assert run(text).metastasis == metastasis


def test_regression_lesions_developed_in_another_organ_with_the_same_histology_are_spread():
    row = CaseRow("doc", "1")
    row.site_code = "C54.9"  # a uterine primary
    apply(located("Three years later she developed several nodules in both lungs; a core biopsy of one showed the same tumour."), row)
    assert row.metastasis is True
    lung = CaseRow("doc", "1")
    lung.site_code = "C34.9"  # the same organ as the primary: no spread
    apply(located("Three years later she developed several nodules in both lungs; a core biopsy of one showed the same tumour."), lung)
    assert lung.metastasis is None


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("She has been watched for 30 months without evidence of local failure.", False),
        ("A locoregional failure was diagnosed at 9 months.", True),
        ("The invented tumour came back at the anastomosis a year later.", True),
        ("At the latest visit, three years on, there has been no return of the tumour.", False),
        # negative: symptoms returning are no return of the tumour
        ("The return of his cough prompted a chest film.", None),
    ],
)
def test_regression_return_told_without_the_word_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("Two months into ceritinib the mass showed marked regression.", "PR"),
        ("CT after 5 months of alectinib showed a marked reduction of the renal mass.", "PR"),
        ("A marked reduction of the crizotinib dose was needed.", None),
        ("A significant reduction in tumour size followed three courses of celecoxib.", "PR"),
        ("The pelvic masses shrank dramatically on lorlatinib.", "PR"),
        ("Both nodules decreased markedly in size with tapering prednisolone.", "PR"),
        ("The clinical response was complete five months after radiotherapy.", "CR"),
        ("The radiological response to alectinib was partial at 4 months.", "PR"),
        ("The response was nearly complete after half a year.", "PR"),
        ("At 11 months no residual enhancing lesion was seen, a complete response by RECIST.", "CR"),
        ("After 14 months he developed resistance to crizotinib.", "PD"),
        ("The mass continued to enlarge despite high-dose methylprednisolone.", "PD"),
        ("The nodule increased in size on celecoxib.", "PD"),
        # negatives: shrinkage told after an operation, growth without a treatment, an unsettled grade, a negated CR
        ("A significant reduction in tumour volume was achieved by resection of the main mass.", None),
        ("The mass showed marked regression after the partial resection.", None),
        ("The lesion enlarged on the follow-up CT.", None),
        ("Whether the response was complete could not be judged.", None),
        ("No complete response was obtained.", None),
    ],
)
def test_regression_response_told_in_words_of_size_and_grade(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("No extrasplenic disease was identified at the operation.", False),
        ("The invented mass was removed without extrarenal spread.", False),
        # negatives: the extent through a wall or lumen is local, and reactive nodes are left unread (blind4 writes
        # them without a metastasis value)
        ("No extraluminal tumour was seen.", None),
        # ... so is a bladder tumour's spread through its wall (readable golds b57_03, b177_05 leave it without a value)
        ("The invented mass was removed without extravesical spread.", None),
        ("The hilar nodes sampled were reactive.", None),
    ],
)
def test_regression_no_disease_beyond_any_named_organ(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("After 3 months the pelvic mass and the lung nodules had almost disappeared.", "PR"),
        ("The lesion almost completely disappeared after 6 weeks of prednisolone.", "PR"),
        ("The lesion completely disappeared after 6 weeks of prednisolone.", "CR"),
        ("The retroperitoneal mass had nearly resolved on repeat CT.", "PR"),
        # negative: symptoms that nearly resolved
        ("His abdominal symptoms had nearly resolved.", None),
    ],
)
def test_regression_almost_disappeared_is_a_partial_response(text, response):
    assert run(text).response == response


def test_regression_new_lesions_beside_a_reappeared_mass_are_spread():
    row = CaseRow("doc", "1")
    row.site_code = "C76.3"  # a pelvic primary
    apply(located("Two years on, a mass reappeared in the pelvis and new nodules were seen in the lungs."), row)
    assert (row.recurrence, row.metastasis) == (True, True)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("The resected tumour was staged pT2 N0 M0.", False),
        ("Clinical stage was T3N0M0.", False),
        ("At diagnosis the tumour was cT4 N1 M1.", True),
        ("There were no signs of dissemination on the chest film.", False),
        ("CT showed dissemination of the tumour to the pleura.", True),
        ("Ultrasound found secondary deposits in the liver.", True),
        ("No secondary lesions were found.", False),
        ("The invented tumour had not spread at the time of surgery.", False),
        # negatives: spreading findings of a study, a risk, a local extension, lower-case words that are no TNM
        ("The dissemination of these findings is important.", None),
        ("The risk of tumour dissemination during biopsy is low.", None),
        ("The mass was removed without spread to adjacent organs.", None),
        ("The mass was t2 weighted bright on MRI with no m0 sequence.", None),
    ],
)
def test_regression_tnm_stage_dissemination_and_secondaries(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("A CR was confirmed on the 7-month scan.", "CR"),
        ("PR was obtained after three cycles.", "PR"),
        ("Best response: PR.", "PR"),
        ("Response evaluation: SD.", "SD"),
        ("The efficacy evaluation after 8 weeks was PR.", "PR"),
        ("The tumour response was graded as PR according to RECIST.", "PR"),
        ("The invented woman had a durable PR lasting 22 months.", "PR"),
        # negatives: hormone receptors, PD-1, a standard deviation, an antibody
        ("ER and PR were negative.", None),
        ("The tumour was ER-negative and PR-positive.", None),
        ("A PD-1 inhibitor was considered.", None),
        ("Values are given as mean ± SD.", None),
        ("A PR antibody was not applied.", None),
    ],
)
def test_regression_recist_abbreviation_with_a_response_word(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # 'non-metastatic' was read as metastatic
        ("At presentation the invented tumour was non-metastatic.", False),
        ("A nonmetastatic IMT of the lung was resected.", False),
        # the negation after the noun phrase: 'not identified' was taken for a novelty claim and the mention stayed true
        ("Metastatic disease was not identified at staging.", False),
        ("Metastatic lesions were not found on the CT.", False),
        ("Metastatic lesions were found in the liver.", True),
        # nodes counted without tumour
        ("Lymph nodes: 0/9 positive.", False),
        ("All resected lymph nodes (n = 13) were negative for malignancy.", False),
        ("Sixteen lymph nodes were examined, all without tumour.", False),
        ("Ten lymph nodes were retrieved, none of which contained tumour.", False),
        ("Lymph nodes: 2/9 positive.", None),
    ],
)
def test_regression_non_metastatic_postposed_negation_and_counted_free_nodes(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        # 'not identified' was taken for a novelty claim and the recurrence stayed true
        ("Recurrence was not identified during 2 years of follow-up.", False),
        ("Recurrent disease was not identified on the latest imaging.", False),
        # negative: found late is found
        ("Relapse was not recognized until 3 years later.", True),
    ],
)
def test_regression_recurrence_negated_after_the_noun(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        # a labelled field told absent was read as the event
        ("Recurrence: none.", False, None),
        ("Metastasis: no.", None, False),
        ("Recurrence (-), metastasis (-).", False, False),
        # negatives: the field with its finding
        ("Recurrence: at 9 months, in the pelvis.", True, None),
        ("Metastasis: liver and lung.", None, True),
    ],
)
def test_regression_labelled_outcome_field_told_absent(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("primary", "text", "metastasis"),
    [
        ("C34.9", "Two years later radiotherapy was given for multiple bone recurrences.", True),
        ("C48.1", "The invented tumour recurred in the liver after 8 months.", True),
        ("C48.1", "A relapse in both lungs was diagnosed at 14 months.", True),
        # negatives: the primary's own organ, a cavity next to an abdominal primary
        ("C22.0", "The invented tumour recurred in the liver after 8 months.", None),
        ("C48.1", "The tumour recurred in the mesentery.", None),
    ],
)
def test_regression_recurrence_in_another_organ_is_spread(primary, text, metastasis):
    """Convention (gold/heldout.md): progression in another organ than the primary is spread; a recurrence told there
    is read the same way."""
    row = CaseRow("doc", "1")
    row.site_code = primary
    apply(located(text), row)
    assert (row.recurrence, row.metastasis) == (True, metastasis)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("At 11 months CT showed enlargement of the pleural nodules and new lesions in the liver.", "PD"),
        ("The scan showed new hepatic deposits and growth of the pelvic mass.", "PD"),
        # negatives: no new lesion told, or both negated
        ("Enlargement of the mass was seen, without new lesions.", None),
        ("There was no new lesion and no growth of the residual mass.", None),
    ],
)
def test_regression_growth_with_new_lesions_is_progression(text, response):
    assert run(text).response == response


def test_regression_new_lesions_beside_an_enlargement_are_spread():
    row = CaseRow("doc", "1")
    row.site_code = "C38.4"  # a pleural primary
    apply(located("At 11 months CT showed enlargement of the pleural nodules and new lesions in the liver."), row)
    assert (row.metastasis, row.response) == (True, "PD")


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a partial response told after a complete one, with nothing come back between, retells the way there
        (("A complete response was documented after 5 months of alectinib.",
          "The marked shrinkage persisted throughout treatment."), "CR"),
        (("She reached a complete remission on crizotinib.", "The mass had nearly disappeared at the 3-month scan."), "CR"),
        # the usual order still ends complete
        (("Marked regression was seen at 6 weeks.", "By month 4 a complete response had been reached."), "CR"),
        # precision: a relapse after the complete response opens a new course whose partial response counts
        (("A complete response was reached on steroids.", "Eight months later the mass recurred in the pelvis.",
          "Ceritinib then produced a partial response."), "PR"),
        (("He had a complete response to crizotinib, but lung metastases appeared and lorlatinib gave a partial "
          "response.",), "PR"),
    ],
)
def test_regression_partial_response_told_after_a_complete_one_does_not_replace_it(texts, expected):
    assert run(*texts).response == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a response label in apposition after a finding of no tumour: the finding's negation does not reach it
        ("After seven months of entrectinib the nodule was no longer visible, a complete response.", "CR"),
        ("At 4 months of crizotinib no residual mass was seen (complete radiological response).", "CR"),
        ("By week 12 the hepatic lesion was no longer detectable, consistent with a complete response.", "CR"),
        # precision: a negated response stays negated
        ("The patient did not achieve a partial response on chemotherapy.", None),
        ("Chemotherapy produced no partial response.", None),
    ],
)
def test_regression_response_label_after_a_no_tumour_finding_is_asserted(text, expected):
    assert run(text).response == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a response label denied right before it, where the drug's pseudo-negation ("no response to/after X": X was
        # given) cancels the negation cue: the label is still denied
        ("There was no complete response after four cycles of vinblastine.", None),
        ("Methotrexate was continued without a partial response to it.", None),
        # precision: the label asserted elsewhere in the sentence still counts
        ("Steroids gave no partial response after a month, but crizotinib then achieved a complete response.", "CR"),
        ("Entrectinib produced a complete response after five months.", "CR"),
    ],
)
def test_regression_response_denied_right_before_it_stays_denied(text, expected):
    assert run(text).response == expected


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("He remains free of disease 26 months on.", 26.0, "ANED"),
        ("She remains alive and free of tumour two years on.", 24.0, "ANED"),
        ("She attended her 14-month review, after which she moved away and was lost to follow-up.", 14.0, None),
        ("He died of metastatic disease before the drug could be obtained, 11 months after surgery.", 11.0, "DOD"),
        ("The tumour was 40 months on average in the reviewed series.", None, None),
    ],
)
def test_regression_follow_up_told_after_the_state_or_as_the_last_visit(text, months, status):
    """The time closing a state ("free of disease 26 months on"), the last visit attended before loss to follow-up,
    and a death whose sentence hedges a later event ("before the drug could be obtained") are read."""
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,status",
    [
        ("The wedge resection was curative-intent, with clear margins.", None),
        ("The excision proved curative.", "ANED"),
    ],
)
def test_regression_curative_intent_hyphenated_is_no_outcome(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("The target lesions shrank by 40% according to RECIST.", "PR"),
        ("Ceritinib gave a dramatic response with tumour shrinkage of 75%.", "PR"),
        ("A reduction in tumour size of 55% was measured at 3 months.", "PR"),
        # negatives: below the threshold, a dose, a debulking, a laboratory value
        ("The invented tumour decreased by 20% after 2 months.", None),
        ("The dose reduction of 50% was well tolerated.", None),
        ("Tumour volume decreased by 60% after debulking surgery.", None),
        ("CRP decreased by 70% within a week.", None),
    ],
)
def test_regression_tumour_shrinkage_percent_without_a_drug_named(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "response", "metastasis"),
    [
        ("La paciente inventada presentó una respuesta parcial tras 3 meses de crizotinib.", "PR", None),
        ("Se observó respuesta completa a los 6 meses.", "CR", None),
        ("El niño presentó progresión de la enfermedad.", "PD", None),
        ("A doença permaneceu estável durante 1 ano.", "SD", None),
        ("Le patient a présenté une réponse complète.", "CR", None),
        ("No se evidenció enfermedad a distancia.", None, False),
        ("Se detectaron lesiones a distancia en el hígado.", None, True),
        # negative: a negated response
        ("Sin respuesta completa.", None, None),
    ],
)
def test_regression_romance_response_and_distant_disease(text, response, metastasis):
    row = run(text)
    assert (row.response, row.metastasis) == (response, metastasis)


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("The invented orbital mass regressed partially on prednisolone.", "PR"),
        ("The mass partially regressed after steroids.", "PR"),
        ("Partial shrinkage of the pelvic mass was seen on celecoxib.", "PR"),
        # negatives: after an operation, symptoms
        ("The mass partially regressed after the incomplete resection.", None),
        ("Her symptoms partially resolved.", None),
    ],
)
def test_regression_partial_regression_told_with_an_adverb(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a case table's outcome cell telling no recurrence or freedom from disease is alive without disease
        ("No recurrence, 26 mo", (26.0, "ANED")),
        ("Free of disease at 15 months", (15.0, "ANED")),
        ("Alive without recurrence, 3 years", (36.0, "ANED")),
        ("Tumour-free, 40 mo", (40.0, "ANED")),
        ("Alive and well (11 months)", (11.0, "ANED")),
        ("No signs of recurrence after 19 months", (19.0, "ANED")),
        # negatives: a death in the same cell, a recurrence told, a bare time
        ("No recurrence; died of a stroke at 31 mo", (31.0, None)),
        ("Local recurrence at 7 mo", (7.0, None)),
        ("22 months", (22.0, None)),
        ("Died of disease (9 mo)", (9.0, "DOD")),
    ],
)
def test_regression_outcome_cell_with_no_recurrence_or_free_of_disease_is_aned(cell, expected):
    from eims_extract.fields.outcome import parse_outcome

    assert parse_outcome(cell) == expected


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("The invented patient died of progressive sarcoma in May 2021, 27 months after the nephrectomy.", 27.0),
        ("He succumbed to the disease 3 years after his gastrectomy.", 36.0),
        ("She died of the tumour 15 months after the excision.", 15.0),
        # negative: a time dating an event, not a death
        ("The mass recurred 15 months after the splenectomy.", None),
    ],
)
def test_regression_death_dated_from_a_named_operation(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("After a wedge resection, three years on she is alive and well without recurrence.", 36.0),
        ("Eighteen months on the girl remains free of disease.", 18.0),
        # negative: "on" a drug, not a time point
        ("Six months on crizotinib, the mass was smaller.", None),
    ],
)
def test_regression_time_on_without_a_comma_then_state(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("The invented duodenal nodule was first thought to be a carcinoid or a metastasis from her colon cancer.", None),
        ("On CT the liver lesion was initially regarded as a metastatic deposit.", None),
        ("The lung mass was originally taken for an abscess, a lymphoma or a metastasis.", None),
        # negative: metastases found, not weighed
        ("The nodules were first seen in March and biopsy proved them to be metastases.", True),
    ],
)
def test_regression_metastasis_first_taken_for_is_a_differential(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "text,months,status",
    [
        # the last news told late, in a discussion's words: a postoperative month by its ordinal, a time passed since a
        # named operation, "neither residual nor recurrent"
        ("The man was last examined in the 17th postoperative month, still hoarse but with endoscopy showing no residual "
         "or recurrent disease.", 17.0, "ANED"),
        ("At his 26th month after the laryngectomy he was free of disease.", 26.0, "ANED"),
        ("Four years have passed since the cholecystectomy without evidence of disease on CT.", 48.0, "ANED"),
        ("It has now been 9 months since her thymectomy, and she remains free of tumour.", 9.0, "ANED"),
        ("Eleven months after the last dose of the steroid, MRI shows neither residual nor recurrent tumour.", 11.0, "ANED"),
        # negatives: a month of another course (pregnancy, treatment), a past perfect event time, "neither" of other things
        ("She was in the 22nd week of pregnancy, and the scan was normal.", None, None),
        ("In the 3rd month of crizotinib the mass was stable.", None, None),
        ("Eight months had passed since the cholecystectomy when the mass regrew.", None, None),
        ("The biopsy showed neither atypia nor necrosis.", None, None),
    ],
)
def test_regression_last_news_told_late_by_ordinal_month_elapsed_time_or_neither_nor(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,metastasis",
    [
        ("The 7 submandibular lymph nodes showed reactive changes only.", False),
        ("Both resected nodes were only reactive.", False),
        ("The hilar nodes displayed only reactive hyperplasia.", False),
        # negatives: reactive nodes beside a metastatic one, a reactive stroma, nodes on imaging only enlarged
        ("Two nodes showed reactive changes only, and one contained metastatic tumour.", True),
        ("The stroma showed reactive changes around the tumour.", None),
        ("CT showed enlarged cervical nodes.", None),
    ],
)
def test_regression_nodes_told_only_reactive_are_no_spread(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("texts", "follow_up", "status"),
    [
        # the disease told stable or controlled on a drug, then the time
        (("The girl has stable disease on entrectinib at 22 months.",), 22.0, "AWD"),
        (("His disease has remained stable on brigatinib for 17 months.",), 17.0, "AWD"),
        (("The pelvic disease remains under control on ceritinib after 3 years.",), 36.0, "AWD"),
        # a time counted from a drug's start, then the present state
        (("Eleven months after the start of lorlatinib, the small residual nodule remains stable.",), 11.0, "AWD"),
        (("Nine months after starting crizotinib, the boy remains in partial response.",), 9.0, "AWD"),
        (("Two years into ceritinib therapy she is alive and well.",), 24.0, "ANED"),
        # "continues X with a durable partial response" (no "on")
        (("Now 27 months from diagnosis, he continues alectinib with a durable partial response.",), 27.0, "AWD"),
        # a surveillance examination found clear
        (("His 15-month surveillance CT was clear.",), 15.0, "ANED"),
        # the last visit told with "was" and no comma
        (("He is alive and well.", "His most recent follow-up visit was 26 months after resection."), 26.0, "ANED"),
        # symptom-free and without a qualified recurrence for a period
        (("The man has remained symptom-free and without endoscopic recurrence for 13 months.",), 13.0, "ANED"),
        # negatives: a plan, an interrupted stability, a past 'remained well until', a well-circumscribed tumour
        (("She will be followed with ultrasound every 4 months for 3 years.",), None, None),
        (("He is to be seen every 6 months for 5 years.",), None, None),
        (("The mass remained stable on prednisolone for 3 months but then enlarged.",), None, "AWD"),
        (("She remained well until the tumour recurred in the pelvis.",), None, None),
        (("The tumour is well circumscribed.",), None, None),
        (("The haemorrhage was controlled with embolisation.",), None, None),
    ],
)
def test_regression_outcome_wordings_matrix_r13(texts, follow_up, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("The boy has been followed up at our paediatric clinic for 3 years with no recurrence.", 36.0, "ANED"),
        ("He was followed in the surgical department for 19 months without relapse.", 19.0, "ANED"),
        ("Four years after surgery she has no detectable disease.", 48.0, "ANED"),
        ("He remains on crizotinib and has no radiologically measurable disease.", None, "ANED"),
        # negatives: pathology of a margin, a place with no time
        ("The resection margins showed no detectable tumour.", None, None),
        ("She was followed at our clinic.", None, None),
    ],
)
def test_regression_followed_at_our_clinic_for_n_and_no_detectable_disease(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("At his latest visit, 22 mo postoperatively, there was no evidence of disease.", 22.0, "ANED"),
        ("The girl remains recurrence-free at 9 mo.", 9.0, "ANED"),
        ("He died of disease 5 mo after diagnosis.", 5.0, "DOD"),
        ("At 3 yrs after surgery, she is alive and well.", 36.0, "ANED"),
        ("No recurrence was seen at 16 mo.", 16.0, "ANED"),
        ("The woman continues on ceritinib with stable disease 13 mos after starting treatment.", 13.0, "AWD"),
        # negatives: an age in abbreviated units is no follow-up
        ("A 15 yr old girl remains free of disease.", None, "ANED"),
        ("She was 18 mos old when she presented.", None, None),
    ],
)
def test_regression_abbreviated_units_mo_and_yr_in_follow_up_wordings(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("He is now 3 years postoperative without recurrence.", 36.0, "ANED"),
        ("The girl was 7 months post-op and free of disease.", 7.0, "ANED"),
        ("Over the following 2 years, the man has had no evidence of disease.", 24.0, "ANED"),
        # negatives: a plan over the next years, an age
        ("Over the next 5 years, she will undergo ultrasound every 6 months.", None, None),
        ("The boy is 4 years old.", None, None),
    ],
)
def test_regression_n_years_postoperative_and_over_the_following_period(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("The follow-up periods were 19 months, and neither patient has relapsed.", 19.0, "ANED"),
        # negatives: a series' range, another author's patients
        ("The follow-up times were 3 to 40 months in the series.", None, None),
        ("None of the patients of Moretti et al. had relapsed at 2 years.", None, None),
    ],
)
def test_regression_follow_up_periods_were_and_neither_patient_relapsed(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("At month 15, the boy remains in complete remission.", 15.0, "ANED"),
        ("She stayed in complete remission until the last follow-up in month 22.", 22.0, "ANED"),
        ("At month 30 of follow-up, there was no recurrence.", 30.0, "ANED"),
        # negatives: a month of an event, a state ended by an event
        ("The tumour recurred in month 9.", None, None),
        ("She remained well until month 7, when the tumour recurred.", None, None),
    ],
)
def test_regression_at_month_n_and_until_month_n(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("At the time of this report, the man has completed 3 years of alectinib and has no detectable disease.", 36.0, "ANED"),
        ("She has now completed 20 months of lorlatinib and remains in partial response.", 20.0, "AWD"),
        # negative: a course of treatment with nothing said of the state
        ("He has completed 6 months of chemotherapy.", None, None),
    ],
)
def test_regression_completed_n_years_of_a_drug_then_the_state(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Colonoscopies every four months in the first year and yearly since have been clear, most recently at month 36.", 36.0),
        ("Ultrasound every 6 months has shown no recurrence, the latest in year 4.", 48.0),
        ("Alectinib was begun at month 3.", None),
    ],
)
def test_regression_last_of_a_series_of_checks_dated_by_its_month(text, months):
    found = follow_up_mentions(text)
    assert (max(v for v, _, _ in found) if found else None) == months


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Laryngoscopy 22 months after the excision showed no tumour.", True),
        ("Her CT at 3 years revealed no disease.", True),
        ("MRI two days after surgery showed no residual tumour.", False),
    ],
)
def test_regression_dated_examination_that_showed_no_tumour(text, found):
    assert bool(no_disease_mentions(text)) is found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("PET-CT after four months showed a complete metabolic and radiological response.", "CR"),
        ("Imaging at ten months showed complete resolution.", "CR"),
        ("Complete resolution of the peritoneal implants followed.", "CR"),
        ("There was complete resolution of his cough.", None),
        ("CT showed complete resolution after the resection.", None),
    ],
)
def test_regression_complete_response_of_two_kinds_or_complete_resolution(text, code):
    got = response_mentions(text)
    assert (got[0][0] if got else None) == code


def test_regression_alive_and_still_on_a_drug_after_a_partial_response():
    row = run_apply(
        apply,
        "Entrectinib produced a partial response.",
        "He is alive and still on entrectinib 26 months after the operation.",
    )
    assert row.status == "AWD"


@pytest.mark.parametrize(
    ("text", "recurred"),
    [
        ("Prednisone was tried for a month, with early shrinkage and then regrowth.", None),
        ("The mass regressed on celecoxib but then grew again.", None),
        ("Fourteen months after the excision, regrowth was found at the scar.", True),
    ],
)
def test_regression_regrowth_after_shrinkage_is_no_recurrence(text, recurred):
    got = flag_mentions("recurrence", text)
    assert (got[0][0] if got else None) is recurred


@pytest.mark.parametrize(
    ("text", "spread"),
    [
        ("Thirty months after resection, MRI revealed three hepatic nodules; the scar showed no recurrence.", True),
        ("Nine months after the nephrectomy, CT showed a single pulmonary nodule and no recurrence.", False),
        ("Ten months after excision, CT showed several lesions in the thigh; it was a recurrence.", False),
    ],
)
def test_regression_counted_lesions_of_another_organ_after_the_operation(text, spread):
    assert bool(new_lesion_spread(text, "C49.2")) is spread


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        # a long cause of death between the death and the time it is dated by
        ("She died of respiratory failure with bilateral pleural and pericardial spread in May 2018, nineteen months after the diagnosis.", 19.0, "DOD"),
        ("The man died of a massive gastrointestinal haemorrhage from the recurrent duodenal mass, 14 months after the resection.", 14.0, "DOD"),
        # negative: a death told of a relative, with the same long gap
        ("Her father died of a metastatic colon carcinoma with liver and lung spread some time ago, 30 years after his own diagnosis.", None, None),
    ],
)
def test_regression_death_dated_after_a_long_cause(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("Nothing else was prescribed, and ultrasound checks up to 40 months have shown no recurrence.", 40.0, "ANED"),
        ("Colonoscopies until 2 years have revealed no regrowth.", 24.0, "ANED"),
        # negative: a recurrence seen up to a time is a recurrence, not a state of no disease
        ("Imaging up to 10 months showed regrowth at the margin.", None, None),
    ],
)
def test_regression_checks_up_to_n_months_that_showed_no_regrowth(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("He was well, without any cervical mass on ultrasound, 20 months after the operation.", "ANED"),
        ("She has remained well without any lesion since.", "ANED"),
        ("The boy is well without new lesions.", "ANED"),
        # negatives: no mass effect is no statement of the disease; a lesion present is not its absence
        ("He was well, without any mass effect on the airway, before the operation.", None),
        ("She remained well with a small lesion.", None),
    ],
)
def test_regression_well_without_any_mass_or_lesion(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "follow_up", "status", "recurrence"),
    [
        ("At the latest cystoscopy, 31 months after the resection, the mucosa was smooth and biopsies of the scar contained no tumour.", 31.0, "ANED", False),
        ("Two years after surgery the anastomosis showed no viable tumour.", 24.0, "ANED", False),
        # negatives: a scar that contains tumour, a check of another place
        ("Eight months after surgery, biopsies of the scar contained tumour.", None, None, None),
        ("The lymph node biopsy contained no tumour at 5 months.", 5.0, "ANED", None),
    ],
)
def test_regression_dated_check_of_the_scar_that_contained_no_tumour(text, follow_up, status, recurrence):
    row = run(text)
    assert (row.follow_up_months, row.status, row.recurrence) == (follow_up, status, recurrence)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        # several dated checks in one sentence: the finding of no disease is dated by the time told just before it
        ("CT showed the mass shrinking to 3 cm after 4 months and to a thin rim after 10 months; at 16 months no residual lesion could be identified.", 16.0, "ANED"),
        ("The nodule was smaller after 3 months, and at 2 years no tumour was seen.", 24.0, "ANED"),
        # the time after the finding when none is before it
        ("No residual mass could be seen at 11 months.", 11.0, "ANED"),
        # negative: a lesion that could be seen is no absence
        ("At 9 months a residual lesion could be identified.", None, None),
    ],
)
def test_regression_finding_dated_by_the_time_just_before_it(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


def test_regression_appositive_still_on_a_drug_and_residual_thickening():
    row = run(
        "Alectinib then gave a partial response.",
        "She is alive, still on alectinib, 21 months after it was begun.",
    )
    assert (row.status, row.follow_up_months) == ("AWD", 21.0)
    assert run("He is alive with residual, stable peritoneal thickening 15 months after diagnosis.").status == "AWD"
    # negative: a drug stopped is not a drug still taken
    assert run("Ceritinib gave a partial response.", "He is alive, and ceritinib was discontinued on 3 May.").status is None


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("At her last outpatient review, 44 months after the diagnosis, she remains in partial response on entrectinib.", 44.0),
        ("At the most recent oncology visit, 27 months after surgery, he was free of disease.", 27.0),
        # negative: a visit before the treatment dates nothing after it
        ("At the last clinic visit before surgery, the mass had grown.", None),
    ],
)
def test_regression_last_visit_with_a_qualifier_word(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("At his last clinic contact in June 2022, aged 14, he had no sign of recurrence on ultrasound.", "ANED"),
        ("At the most recent visit, 19 months after surgery, she remains on entrectinib with no measurable disease.", "ANED"),
        ("He is well with no visible tumour 3 years after the operation.", "ANED"),
        # negative: measurable disease present
        ("At the last visit she remains on crizotinib with measurable disease.", None),
    ],
)
def test_regression_last_clinic_contact_and_no_detectable_tumour(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("She has stayed free of disease for 40 months since the resection and gave birth to a healthy daughter in 2021.", 40.0, "ANED"),
        ("He has remained free of disease for 3 years and became a father of a baby girl last spring.", 36.0, "ANED"),
        # negative: a relative's own state is still the relative's
        ("Her son has remained free of disease for 5 years.", None, None),
    ],
)
def test_regression_birth_of_a_child_in_the_patients_state_sentence(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("A partial gastrectomy was done; the regional lymph nodes (0/11) were free of tumour.", False),
        ("The mesenteric nodes (0/6) were negative.", False),
        # negatives: a bracketed count of patients stays another group's (no value); an involved node count is spread
        ("In the series, metastases were found in a minority (3/20).", None),
        ("The hilar lymph nodes (2/9) contained metastases.", True),
    ],
)
def test_regression_bracketed_node_count_is_no_patient_count(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "follow_up", "status", "recurrence"),
    [
        # 'could' in a finding told absent is a past finding, not a possibility
        ("At 3 years, no recurrence could be detected.", 36.0, "ANED", False),
        ("Local relapse could not be found on the MRI at 20 months.", 20.0, "ANED", False),
        ("No residual nodule could be seen 8 months after the operation.", 8.0, "ANED", None),
        # negatives: a possibility, a doubt
        ("A late recurrence could be seen in a minority of such tumours.", None, None, None),
        ("Recurrence could not be excluded at 6 months.", None, None, None),
    ],
)
def test_regression_could_in_a_finding_told_absent(text, follow_up, status, recurrence):
    row = run(text)
    assert (row.follow_up_months, row.status, row.recurrence) == (follow_up, status, recurrence)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        # a relative named before the patient is named again, or after the patient's state: the state is the patient's
        ("His father drove him to the clinic; at 20 months he had no evidence of disease.", 20.0, "ANED"),
        ("Two years later, she is doing well with no signs of recurrence, and her mother reports normal school progress.", 24.0, "ANED"),
        # negatives: the relative's own outcome, also through 'who'
        ("Her aunt died of a breast carcinoma 3 years after diagnosis.", None, None),
        ("There was a grandfather who died of a lung cancer 2 years after the diagnosis.", None, None),
        ("His sister, who had a neuroblastoma, remains free of disease 10 years after surgery.", None, None),
    ],
)
def test_regression_relative_named_elsewhere_than_the_patients_state(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("He was last seen in June 2022, 33 months after surgery.", 33.0),
        ("Her last visit was on 12 April 2020, 18 months after the operation.", 18.0),
        ("She was last reviewed in clinic 27 months after the resection.", 27.0),
        # negative: a date and an age are no follow-up
        ("She was last seen in 2019 at the age of 12 years.", None),
    ],
)
def test_regression_last_seen_with_a_date_between(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("texts", "follow_up", "status"),
    [
        # a dated examination, then its finding in the next sentence by a word pointing back at it
        (("Her latest MRI was done in October 2023, 31 months after resection.", "It showed no recurrence."), 31.0, "ANED"),
        (("A CT scan was obtained 3 years after surgery.", "The scan revealed no tumour."), 36.0, "ANED"),
        # negatives: a time of treatment is no examination; a finding of disease; a check soon after surgery
        (("Crizotinib was started 3 months after surgery.", "It showed no recurrence."), None, None),
        (("Her latest MRI was done 28 months after resection.", "It showed a recurrence in the pelvis."), None, None),
        (("An MRI was done 2 weeks after surgery.", "It showed no tumour."), None, None),
    ],
)
def test_regression_dated_examination_then_its_finding_in_the_next_sentence(texts, follow_up, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("Follow-up has now reached 42 months.", 42.0),
        ("The follow-up now extends to 19 months.", 19.0),
        ("The man has been under surveillance for 26 months.", 26.0),
        # negatives: a planned or advised follow-up
        ("Follow-up to 3 years is planned.", None),
        ("She will remain under surveillance for 5 years.", None),
        ("Close follow-up is advised for at least 10 years after resection.", None),
    ],
)
def test_regression_follow_up_has_reached_or_under_surveillance_for(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("texts", "follow_up", "status"),
    [
        # a follow-up of another condition before the tumour appeared is no follow-up of the tumour
        (("He had been followed for 6 years for a liver cyst before the mass appeared.", "At 15 months after the resection he was free of disease."), 15.0, "ANED"),
        (("She had been followed for 3 years for a thyroid nodule until the tumour was found.",), None, None),
        # negative: a follow-up after the tumour was removed
        (("She has been followed for 4 years after the tumour was removed.",), 48.0, None),
    ],
)
def test_regression_follow_up_of_another_condition_before_the_tumour(texts, follow_up, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("The woman is now 6 years out without recurrence.", 72.0, "ANED"),
        ("He is now 2 years out and free of disease.", 24.0, "ANED"),
        ("Excision alone was curative.", None, "ANED"),
        # negatives: 'out' of another place; curative in a cohort
        ("The girl is now 4 years out of hospital care.", None, None),
        ("Surgery alone was curative in most reported cases.", None, None),
    ],
)
def test_regression_n_years_out_and_surgery_alone_was_curative(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [("Outcome: ANED at 20 months.", "ANED"), ("Outcome: AWD.", "AWD"), ("The word aned in lower case is no code.", None)],
)
def test_regression_outcome_code_aned(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        # a one-patient summary table's line
        ("Follow-up | 19 months", 19.0),
        ("Follow-up duration | 2 years", 24.0),
        ("Follow-up (months) | 31", 31.0),
        ("Follow-up: 15 months | Outcome: NED", 15.0),
        # negatives: a transposed table's row over several patients
        ("Follow-up (months) | 31 | 12 | 40", None),
        ("Follow-up | 19 months | 7 months", None),
    ],
)
def test_regression_follow_up_in_a_summary_table_line(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("When last contacted by phone in May 2022, 29 months after diagnosis, he had no complaints and his latest scan was clear.", 29.0, "ANED"),
        ("His most recent MRI, done 2 years after the excision, was normal.", 24.0, "ANED"),
        ("Latest follow-up (June 2021, 44 months): alive, no evidence of disease.", 44.0, "ANED"),
        # negatives: a scan clear of one thing only, a staging scan, a clear scan with an exception
        ("The latest CT was negative for metastases but showed a local recurrence.", None, None),
        ("The staging CT was negative.", None, None),
        ("Her latest MRI 20 months after surgery was unremarkable except for a seroma.", None, None),
    ],
)
def test_regression_latest_examination_clear_and_last_contact_by_phone(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        # a fronted agreement with the literature ends at its comma; the patient's state follows
        ("Consistent with previous reports [7, 9], he has had no recurrence during 33 months of follow-up.", 33.0, "ANED"),
        ("In keeping with the published cases, our patient is free of disease at 3 years.", 36.0, "ANED"),
        # negative: the literature's patients after the comma stay theirs
        ("In line with earlier series, most children remained free of disease for 4 years.", None, None),
    ],
)
def test_regression_fronted_agreement_with_the_literature(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        # a measured residual mass in the aside before the time point
        ("He is alive with a residual 3-cm nodule, 27 months after diagnosis.", 27.0, "AWD"),
        # the residual mass told unchanged at the last visit, in the past tense
        ("At his last visit, 21 months after starting crizotinib, the residual mass was unchanged.", 21.0, "AWD"),
        # negatives: a residual mass stable until it grew
        ("The residual mass was stable until month 7, when it grew.", None, None),
        ("The residual mass was stable for 5 months but then progressed.", None, None),
    ],
)
def test_regression_residual_mass_measured_or_told_unchanged(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("She had taken letrozole since a recurrence of her breast carcinoma in 2016.", None),
        ("His bladder cancer recurrence had been resected years before.", None),
        ("A rising PSA signalled biochemical relapse, and he was started on goserelin.", None),
        ("The myofibroblastic tumour relapsed in the pelvis seven months later.", True),
        ("A relapse of the mesenteric mass was found at 9 months.", True),
    ],
)
def test_regression_relapse_of_another_cancer_is_not_this_tumours(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    "texts,follow_up,status",
    [
        (("Today, 27 months after the laser excision, she eats normally and the last endoscopy showed no intraluminal tumour.",), 27.0, "ANED"),
        (("At 14 months after surgery, pelvic MRI showed no pelvic disease.",), 14.0, "ANED"),
        (("Two years from resection she studies full time, remains on alectinib and has a small residual nodule.",), 24.0, None),
        (
            ("On entrectinib the mass shrank by 20%, which was stable disease.", "He continues entrectinib, and at the 9-month review the stable mass is still present."),
            9.0,
            "AWD",
        ),
        (("At the 6-month visit a new 2-cm nodule had appeared.",), None, None),
        (("Three years from the operation he walks unaided and continues larotrectinib.",), 36.0, None),
        (("On alectinib the nodule shrank by 45%, a partial response.", "She continues alectinib 20 months after starting it."), 20.0, "AWD"),
        (("She continues physiotherapy 3 months after surgery.",), None, None),
    ],
)
def test_regression_abstract_closings_with_a_place_adjective_a_drug_continued_or_a_stable_mass(texts, follow_up, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    "texts,response",
    [
        (("Lorlatinib was begun, but the disease continued to progress.",), "PD"),
        (("Ceritinib was added; the tumour kept progressing and ascites returned.",), "PD"),
        (("Without treatment the disease may continue to progress.",), None),
    ],
)
def test_regression_disease_told_as_still_progressing_is_pd(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("Six months after the resection, MRI revealed several new pelvic masses.", True),
        ("Following surgery, a CT scan found multiple small omental nodules.", True),
        ("Before the operation, CT showed multiple peritoneal nodules.", None),
        ("After the operation, CT showed no peritoneal nodules.", None),
    ],
)
def test_regression_cavity_deposits_found_after_the_operation_are_a_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    "text,recurrence",
    [
        # a swelling back at a site is the tumour back
        ("Nine months after the resection, the swelling recurred at the same site.", True),
        ("The swelling had recurred in the operated bed by the spring.", True),
        # a swelling that comes back with no site is a symptom, as before; so is pain at the same site
        ("The swelling recurred after the antibiotics were stopped.", None),
        ("The pain recurred at the same site after a week.", None),
    ],
)
def test_swelling_that_recurred_at_a_site_is_a_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    ("texts", "months", "status"),
    [
        # a size inside the noun phrase of what is left is no word of the phrase
        (("He continues lorlatinib and is alive with a stable 2.3 cm residual mass in the pelvis.",), None, "AWD"),
        (("The residual 14 mm nodule has remained stable.",), None, "AWD"),
        (("Imaging shows a persistent 3 x 2 cm mass, and the boy is alive with residual disease.",), None, "AWD"),
        # precision: a size in the resection of a tumour now gone gives no disease
        (("A 4 cm residual mass was excised with clear margins.", "She is free of disease."), None, "ANED"),
    ],
)
def test_size_inside_a_residual_phrase_is_read_through(texts, months, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        # what is left may be a deposit, a plaque, a thickening or a remnant; a present-tense finding is the last news
        ("At 22 months the residual deposit is unchanged on CT.", 22.0, "AWD"),
        ("At two years the residual mucosal thickening is stable.", 24.0, "AWD"),
        ("Five years after the excision, MRI demonstrates a small stable remnant.", 60.0, "AWD"),
        ("Three years on, CT still shows a tiny residuum.", 36.0, "AWD"),
        # a state with disease dated by the time told before it in its own clause
        ("By now - 19 months after alectinib was begun - he is alive with a stable residual lesion.", 19.0, "AWD"),
        # precision: the time dates another event or another time is told between
        ("Four months after surgery he began ceritinib and remains alive with disease.", None, "AWD"),
        ("CT after 5 months showed a partial response, deeper by the June 2021 visit, when she was alive with a small residual mass.", None, "AWD"),
        ("The residual plaque was resected after 6 months.", None, None),
    ],
)
def test_state_with_disease_left_is_read_and_dated_in_its_clause(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a follow-up's length told with another language's preposition ("since", "during") or with none
        ("The girl has been in close follow-up since 19 months, without relapse.", 19.0),
        ("She was kept under observation during 3 years and no recurrence appeared.", 36.0),
        ("He has been followed 2 years without any sign of recurrence.", 24.0),
        # precision: a time after or before something, an age, or an event that followed
        ("The child has been followed since 4 months of age for a heart murmur.", None),
        ("The resection was followed 5 months later by a local recurrence.", None),
    ],
)
def test_follow_up_length_with_a_foreign_or_missing_preposition(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # listed examinations at ordinal time points: the last one is the follow-up
        ("Ultrasound controls at the 2nd, 8th and 18th months were unremarkable.", 18.0),
        ("Check-ups at 1st, 4th and 10th months showed no regrowth.", 10.0),
        # the last follow-up dated by the calendar, then its interval in apposition
        ("At the last visit in May 2024, which was 27 months after the excision, she had no recurrence.", 27.0),
        ("The latest follow-up was at March 2022, i.e. 16 months after surgery, and he was free of disease.", 16.0),
    ],
)
def test_follow_up_from_ordinal_time_points_and_apposed_interval(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a partial response the patient still holds is alive with disease
        ("On alectinib, the pelvic mass maintains a partial response.", "AWD"),
        ("The liver deposit has maintained partial remission for a year.", "AWD"),
        # precision: a response held only until something else happened
        ("The nodule maintains a partial response until the disease progressed in May.", None),
    ],
)
def test_partial_response_still_held_is_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # a node count of zero told with the nodes: no spread at the resection
        ("The wedge resection had clear margins and nodes 0/7.", False),
        ("Peripancreatic lymph nodes (0/12) were reactive.", False),
        ("Dissection yielded 0/14 regional lymph nodes involved.", False),
        # negatives: nodes with tumour, a count that is not of nodes
        ("Tumour was found in 3/11 nodes.", None),
        ("Mitoses numbered 0/10 HPF in the resected mass.", None),
    ],
)
def test_regression_node_count_of_zero_is_no_spread(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a later check that found no more, new or further tumour, dated by the follow-up
        ("She was followed with yearly colonoscopy, and until March 2025 no more tumour was detected.", "ANED"),
        ("At surveillance imaging 14 months later, no new lesions were seen.", "ANED"),
        # a calendar date that the check reaches ("up to", "by" a month and year) dates the finding
        ("Up to August 2025 no recurrence or distant spread has been found.", "ANED"),
        ("By February 2024 the scans showed no relapse.", "ANED"),
        # negatives: no tumour in a specimen, no follow-up anchor, a count of the literature's cases
        ("The re-excision specimen showed no residual tumour.", None),
        ("Up to 2021, nine cases were reported with no recurrence.", None),
        ("No further tumour was found in the resected margins.", None),
    ],
)
def test_regression_no_more_tumour_found_at_a_later_check(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a partial response still held at the last news: alive with tumour
        ("Eleven months after starting entrectinib, he continues on the drug with the partial response maintained.", "AWD"),
        ("She remains on oral therapy, in partial remission, at 2 years.", "AWD"),
        ("The partial response has been maintained on lorlatinib so far.", "AWD"),
        # a partial remission ongoing is not a remission ("remission is ongoing" alone stays ANED)
        ("The partial remission is ongoing 10 months after starting ceritinib.", "AWD"),
        ("Complete remission is ongoing at 3 years.", "ANED"),
        # still on a drug, named by a noun phrase, with tumour left
        ("At the last visit she was still taking the drug, with the residual mass unchanged.", "AWD"),
        ("He is currently receiving lorlatinib, with a persistent 2-cm nodule in the lung.", "AWD"),
        # negatives: a partial response told as a past event, a residual mass before the drug
        ("A partial response was recorded after 3 months of crizotinib.", None),
        ("A residual mass was left after surgery, and crizotinib was started.", None),
    ],
)
def test_regression_partial_response_held_on_a_drug_named_by_a_noun_phrase(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        # the last visit's calendar date first, then the time, set off by dashes, a comma or a bracket
        ("At her latest review, in August 2024 - 17 months from the start of ceritinib - she was well.", 17.0),
        ("At the last visit (February 2023; 26 months after the excision) he had no recurrence.", 26.0),
        ("At his last follow-up, on 3 May 2022, 9 months after surgery, the scan was clear.", 9.0),
        # negative: a date with no time counted from an event
        ("At the last visit, in June 2024, she was well.", None),
    ],
)
def test_regression_last_visit_dated_before_its_time(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    "text,expected",
    [
        # the last examination's time, told with "have found/revealed no ...", is a follow-up time too
        ("Endoscopies at 2 and 5 months and a CT at 19 months have revealed no relapse.", 19.0),
        ("Ultrasound scans at 4, 8 and 11 months and an MRI at 30 months have found no recurrence; she is well.", 30.0),
    ],
)
def test_examination_time_that_has_found_no_disease_is_follow_up(text, expected):
    assert max(v for v, _, _ in follow_up_mentions(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["A CT at 19 months has found a new pulmonary nodule.", "An MRI at 7 months has revealed a new lesion in the liver."],
)
def test_examination_time_that_has_found_disease_is_not_read_as_disease_free(text):
    assert follow_up_mentions(text) == []


_THIGH = (
    "Inflammatory myofibroblastic tumour of the thigh in an invented man\n\nCase presentation\n"
    "A 47-year-old man had a painless mass of the left thigh. Wide excision removed a 9-cm intramuscular IMT in "
    "October 2020.\n{last}\n"
)


@pytest.mark.parametrize(
    "last,status",
    [
        # new lesions elsewhere beside a finding of no disease at the primary site only: not free of disease
        ("In March 2023, 29 months after the operation, CT showed four pulmonary nodules (largest 1.6 cm); no local "
         "recurrence was found then or afterwards.", None),
        # no new lesion: the local finding dates the disease-free state as before
        ("In March 2023, 29 months after the operation, MRI showed no local recurrence.", "ANED"),
    ],
)
def test_no_local_recurrence_beside_new_distant_nodules_is_not_disease_free(last, status, tmp_path, nlp):
    from eims_extract.pipeline.extract import process_path

    p = tmp_path / "thigh.txt"
    p.write_text(_THIGH.format(last=last), encoding="utf-8")
    (row,) = process_path(p, nlp).rows
    assert row.status == status


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        # a lesion watched before the operation: the history's observation, not the follow-up after it
        (("A woman of 51 was sent to us because an ovarian \"cyst\" followed for four years had tripled in size.",
          "She died of the disease 9 months after the oophorectomy."), 9.0),
        (("A lung nodule that had been monitored by CT for 5 years was removed by lobectomy.",
          "He is free of disease 2 years later."), 24.0),
        (("She had been followed for 6 years for a presumed renal angiomyolipoma.",
          "Seven months after the nephrectomy she is alive without recurrence."), 7.0),
        # the patient's own follow-up after treatment is one
        (("The residual nodule, followed for 26 months, has not grown and he is alive with disease.",), 26.0),
        (("After the resection she was followed for 4 years and remains free of disease.",), 48.0),
    ],
)
def test_regression_a_lesion_watched_before_surgery_is_no_follow_up(texts, value):
    assert run(*texts).follow_up_months == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a time from the operation, then a response still going on: the last news
        ("Twenty-two months after the colectomy she is still in partial response on ceritinib.", 22.0),
        ("Three years after resection he remains in a durable partial response.", 36.0),
        ("Fifteen months after diagnosis the girl remains with stable disease on crizotinib.", 15.0),
        # a time to an event told between the time and the response is no follow-up
        ("Five months after surgery the mass regrew, and he is now in partial response on alectinib.", None),
    ],
)
def test_regression_time_after_operation_then_an_ongoing_response_is_follow_up(text, value):
    assert run(text).follow_up_months == value


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        # more ways of telling a lesion watched before it was removed
        (("A thyroid nodule under surveillance for 7 years was found to have enlarged.",
          "She is well without disease 10 months after the thyroidectomy."), 10.0),
        (("After 4 years of follow-up for a presumed endometrioma, the cyst had doubled.",
          "Five months after surgery she is free of disease."), 5.0),
        (("The mass had been followed up for 3 years as a benign schwannoma.",
          "Nine months after resection he is alive and well."), 9.0),
        (("A supposed myoma had been under follow-up for 2 years when it grew quickly.",
          "She died of the disease 4 months after the hysterectomy."), 4.0),
        # a residual lesion watched after treatment that has not grown: the patient's own follow-up
        (("The remnant nodule, followed for 28 months, shows no growth and she is alive with disease.",), 28.0),
    ],
)
def test_regression_more_lesions_watched_before_surgery_are_no_follow_up(texts, value):
    assert run(*texts).follow_up_months == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nineteen months on from surgery, she continues in partial response.", 19.0),
        ("Two years after the resection he continues to be in a good partial response on alectinib.", 24.0),
    ],
)
def test_regression_time_on_from_operation_then_a_continuing_response(text, value):
    assert run(text).follow_up_months == value


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a bare "neither"/"none" as the subject of a finding of no recurrence
        ("Neither has had a relapse, with follow-up of 22 months.", "ANED"),
        ("Both were operated on, and none has recurred after 3 years of surveillance.", "ANED"),
        # "neither" with no finding of the disease
        ("Neither has had radiotherapy, with follow-up of 22 months.", None),
    ],
)
def test_regression_bare_neither_has_relapsed_is_a_finding_of_no_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        # a patient watched for another condition before the tumour: the history, not the follow-up
        (("A 58-year-old woman followed for 9 years for primary biliary cholangitis presented with a hepatic mass.",
          "She is free of disease 13 months after the hepatectomy."), 13.0),
        (("He had been followed up for Crohn's disease for 15 years when an ileal mass was found.",
          "Ten months after the ileocaecal resection he is well without recurrence."), 10.0),
        (("The girl, under surveillance for 4 years because of a cardiac transplant, developed a neck mass.",
          "She is free of disease 5 months after excision."), 5.0),
        # a watch for the tumour's return, for the patient's own tumour, or the follow-up still going on: the follow-up
        (("He was followed for 32 months for the residual nodule, which has not grown.",), 32.0),
        (("She has been followed up for 3 years for recurrence and is alive without disease.",), 36.0),
        (("The boy has been followed for 20 months for growth and development and remains well.",), 20.0),
        (("She was followed for 4 years because of the known risk of a late relapse and remains well.",), 48.0),
    ],
)
def test_regression_watched_for_another_condition_before_the_tumour_is_no_follow_up(texts, value):
    assert run(*texts).follow_up_months == value


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        # a lesion watched under a presumed benign diagnosis: the history
        (("The uterine mass was followed for 4 years as a presumed adenomyoma.",
          "She is free of disease 6 months after the hysterectomy."), 6.0),
        (("He was observed for 3 years with a working diagnosis of lipoma.",
          "He is well without recurrence 10 months after excision."), 10.0),
        # followed as an outpatient: the follow-up
        (("She was followed for 3 years as an outpatient and remains free of disease.",), 36.0),
        # the time since an operation named by its kind
        (("She is now 16 months out from her splenectomy and well.",), 16.0),
    ],
)
def test_regression_watched_under_a_presumed_diagnosis_and_time_out_from_an_ectomy(texts, value):
    assert run(*texts).follow_up_months == value


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("He is now 20 months out from surgery with a sustained partial response.", "AWD"),
        ("She remains on entrectinib, now with an ongoing partial response.", "AWD"),
        # a response that lasted until something else is no present state
        ("Alectinib was given with a durable partial response, but the disease progressed after a year.", None),
    ],
)
def test_regression_present_state_with_an_ongoing_partial_response_is_awd(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the patient has a stable residual tumour: alive with disease
        ("At the last visit he had stable residual disease at 20 months.", "AWD"),
        ("At 2 years there is still a small stable residual nodule in the pelvis.", "AWD"),
        # residual tumour then removed, or a margin's finding
        ("He had persistent residual tumour and underwent re-excision.", None),
        ("The inked margin showed residual tumour.", None),
    ],
)
def test_regression_has_a_stable_residual_tumour_is_awd(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a residual or recurrent lesion watched after the operation is the patient's follow-up
        ("The remnant nodule, followed for 19 months, then enlarged and was removed.", 19.0),
        ("The recurrent mass, followed for 10 months, grew slowly.", 10.0),
    ],
)
def test_regression_residual_lesion_watched_after_surgery_stays_follow_up(text, value):
    assert run(text).follow_up_months == value


@pytest.mark.parametrize(
    "text,months,status",
    [
        # a lesion told stable with its article and size words, then the time: follow-up and alive with disease
        ("She remains on alectinib with a stable tiny residual nodule at 14 months after surgery.", 14.0, "AWD"),
        ("The boy has a small stable focus at 2 years.", 24.0, "AWD"),
        # a lesion without "stable" is no such news
        ("The first operation left a residual mass at the pelvic wall.", None, None),
    ],
)
def test_lesion_told_stable_with_article_and_size_words(text, months, status):
    row = run(text)
    assert row.follow_up_months == months
    assert row.status == status


@pytest.mark.parametrize(
    "text,metastasis",
    [
        # nodes told "without tumour", after a benign finding or alone: no nodal metastasis
        ("Hilar node sampling was done; the nodes were hyperplastic, without tumour.", False),
        ("The two resected lymph nodes were without metastasis.", False),
        # "without" something that is no tumour says nothing of spread
        ("The nodes were enlarged, without calcification.", None),
    ],
)
def test_nodes_told_without_tumour(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "text,status",
    [
        ("When last reviewed in the clinic, she had no clinical or CT evidence of recurrence.", "ANED"),
        ("Two years on, the boy has no endoscopic or radiological signs of residual tumour.", "ANED"),
        # precision: a staging finding about spread, and a finding that is not the patient's subject
        ("At presentation he had no radiological evidence of metastases.", None),
        ("The scan showed no MRI evidence of disease in the other gland, but he relapsed locally.", None),
    ],
)
def test_regression_patient_had_no_qualified_evidence_of_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # a zero count of resected nodes told with "of" and nodes told not involved before the noun: no spread
        ("A right hemicolectomy was done; 0 of 17 mesenteric lymph nodes were involved.", False),
        ("The lobectomy specimen had clear margins and no involved hilar nodes.", False),
        ("Resection margins were clear, with no positive lymph nodes.", False),
        ("After the cystectomy, zero of 8 pelvic lymph nodes were positive.", False),
        # precision: a count with tumour is not this, nor a ratio of patients
        ("On the gastrectomy, 2 of 15 lymph nodes were involved.", None),
        ("The wedge resection was reported with 3 of 9 nodes positive.", None),
    ],
)
def test_regression_zero_of_n_nodes_or_no_involved_nodes_is_no_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        # "without (a) recurrent mass/tumour" after a dated examination is a finding of no disease, past or present tense
        ("Surveillance CT 20 months after the resection shows scarring only, without recurrent tumour.", 20.0, "ANED"),
        ("An ultrasound 11 months after excision showed a seroma, with no recurrent lesion.", 11.0, "ANED"),
        # precision: a recurrent mass that is there
        ("MRI 7 months after excision showed a recurrent mass at the scar.", None, None),
    ],
)
def test_regression_examination_without_recurrent_lesion_is_no_evidence_of_disease(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    "text,months,status",
    [
        # the participle of dying, with the interval counted from an operation
        ("Liver nodules followed, and she went downhill, dying of the tumour in June, 9 months after the nephrectomy.", 9.0, "DOD"),
        ("He dies from his sarcoma 14 months after surgery, despite two lines of therapy.", 14.0, "DOD"),
        # precision: dying cells are no death, and a death of another illness is no DOD
        ("The sheets of dying tumour cells lay in a necrotic background 3 months after the biopsy.", None, None),
    ],
)
def test_regression_dying_of_the_disease_after_an_operation(text, months, status):
    row = run(text)
    assert row.follow_up_months == months
    assert row.status == status


@pytest.mark.parametrize(
    "text,months,status",
    [
        # a time point counted in months of a treatment, then the patient's finding of no disease
        ("After 9 months of therapy she has no remaining tumour on CT and stays on entrectinib.", 9.0, "ANED"),
        ("At 15 months on crizotinib, the boy has no residual disease on ultrasound.", 15.0, "ANED"),
        # precision: the resection specimen's margins, and the past tense, are no present finding
        ("The girl now has no residual tumour at the resection margins.", None, None),
    ],
)
def test_regression_months_of_treatment_then_no_residual_disease(text, months, status):
    row = run(text)
    assert row.follow_up_months == months
    assert row.status == status


@pytest.mark.parametrize(
    "text,months",
    [
        # a time point then named as the last visit (often before the patient is lost)
        ("At 14 months, her final visit before she moved abroad, the mass measured 1.2 cm.", 14.0),
        ("He was reviewed at 2 years (the last follow-up before he stopped attending) and was well.", 24.0),
        # precision: a time point that is not called the last visit gives nothing by itself
        ("At 4 months, the scan showed the mass at 2 cm.", None),
    ],
)
def test_regression_time_point_named_the_last_visit(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,status",
    [
        # a stable lesion with its size word set off by a comma and a descriptor before the noun
        ("She is alive 3 years after diagnosis with a tiny, stable residual nodular lesion.", "AWD"),
        ("The man lives on with a small, persistent cystic mass in the pelvis.", "AWD"),
        # precision: a lesion without "stable"/"persistent" tells nothing
        ("The biopsy was taken from a small, enhancing nodular lesion.", None),
    ],
)
def test_regression_stable_lesion_with_comma_set_adjectives(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,metastasis",
    [
        # a participle or a bracketed list between the nodes and their finding
        ("The 9 nodes dissected (levels II to IV) were all negative.", False),
        ("Lymph nodes sampled at the hilum were free of tumour.", None),
        ("Regional lymph nodes harvested were free of tumour.", False),
        # precision: involved nodes are no clear nodes
        ("The 6 nodes dissected (stations 4 and 7) were involved by tumour.", None),
    ],
)
def test_regression_nodes_with_participle_or_bracket_then_clear(text, metastasis):
    assert run(text).metastasis is metastasis


# -- outcomes told through an examination or a drug still taken (specialty-journal reports) --------------------------
@pytest.mark.parametrize(
    "texts,follow_up,status",
    [
        (("CT at 4 months showed a partial response.", "Two years after lorlatinib was started she remains on the drug with a stable rim of tissue."), 24.0, "AWD"),
        (("MRI at 3 months showed a partial response.", "Ten months after treatment was begun he continues on the same tablets."), 10.0, "AWD"),
        # no state told at the time: no follow-up, no status
        (("CT at 4 months showed a partial response.", "Two years after lorlatinib was started she stopped it for a rash."), None, None),
    ],
)
def test_regression_state_at_a_time_counted_from_a_drug_start_clause(texts, follow_up, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    "text,recurrence,metastasis,status",
    [
        ("Ultrasound 10 months after surgery showed a normal kidney with no residual or new lesion.", False, None, "ANED"),
        ("The control scan at 8 months found no new or persistent tumour.", False, None, "ANED"),
        ("Staging PET-CT showed no other disease.", None, False, None),
        ("A whole-body MRI before surgery revealed no further disease.", None, False, None),
        ("A whole-body MRI before surgery revealed no further lesions.", None, None, None),
        # new lesions denied beside a residual mass, or a scan of one region, say neither
        ("MRI showed no new lesions, but the residual mass persisted.", None, None, None),
        ("Chest CT showed no other abnormality.", None, None, None),
    ],
)
def test_regression_examination_finding_no_residual_new_or_other_disease(text, recurrence, metastasis, status):
    row = run(text)
    assert (row.recurrence, row.metastasis, row.status) == (recurrence, metastasis, status)


@pytest.mark.parametrize(
    "text,follow_up",
    [
        ("Two years after the laryngectomy his voice is clear.", 24.0),
        ("Eighteen months from the orbitotomy her visual acuity remains full.", 18.0),
        ("Thirty months after the hemiglossectomy she speaks and swallows without help.", 30.0),
        # a time counted from the diagnosis or a biopsy, or no function told: no follow-up read here
        ("Two years after the diagnosis she eats normally.", None),
        ("Six months after the biopsy she speaks well.", None),
        ("Two years after the laryngectomy a second tumour was found.", None),
    ],
)
def test_regression_function_told_at_a_time_after_the_operation_is_the_last_news(text, follow_up):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, None)


@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        # a timeline row with its month in a cell of its own (tab or bar), then the last news
        (("Month 0\tresection of the mass", "Month 11\tlast clinic review, no recurrence on MRI"), "ANED", 11.0),
        (("Month 6 | last visit, free of disease",), "ANED", 6.0),
        # an event on such a row is no last news
        (("Month 7\tlocal recurrence, second excision",), None, None),
    ],
)
def test_regression_timeline_row_with_its_month_in_a_cell_of_its_own(texts, status, months):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # a last-news label, "well", then imaging told clear in telegraphic style
        ("2025-09-14\tLast visit: well, CT clear", "ANED"),
        ("Last follow-up: well; MRI and ultrasound normal.", "ANED"),
        # precision: clear margins, or imaging that shows disease, are no such statement
        ("Last visit: well, margins clear", None),
        ("Last visit: well, MRI showed a small residual mass", None),
    ],
)
def test_regression_last_news_well_with_imaging_clear(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("At her last visit, three years (36 months) after the operation, she was well.", 36.0),
        ("The boy was well 18 months (1.5 years) later.", 18.0),
        # precision: a bracket that restates a size is no time
        ("The mass measured 4 cm (40 mm) after shrinkage.", None),
    ],
)
def test_regression_duration_restated_in_brackets(text, months):
    """'four years (48 months) after the gastrectomy' lost the follow-up: the bracket broke the time phrase."""
    found = follow_up_mentions(text)
    assert (max(v for v, _, _ in found) if found else None) == months


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("At 30 months her chest CT and abdominal ultrasound show no disease.", True),
        ("Two years on, both scans reveal no tumour.", True),
        # precision: a finding of disease is no such finding
        ("At 30 months her scans show a new nodule.", False),
    ],
)
def test_regression_examinations_show_no_disease_plural_verb(text, found):
    """'her chest CT and renal ultrasound ... show no disease' (two examinations, plural verb) was no finding."""
    assert bool(no_disease_mentions(text)) is found


@pytest.mark.parametrize(
    ("text", "awd"),
    [
        ("At two years the boy remains on crizotinib with residual, non-enlarging pelvic disease.", True),
        ("She is alive with a persistent, stable hepatic lesion.", True),
        # precision: a residual symptom is no tumour left
        ("He went home with residual, painful swelling of the wound.", False),
    ],
)
def test_regression_residual_disease_with_comma_between_adjectives(text, awd):
    """'with residual, non-progressing liver disease': the comma after 'residual' hid the tumour left (status lost)."""
    from eims_extract.fields.outcome import status_mentions

    assert any(code == "AWD" for code, _, _ in status_mentions(text)) is awd


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("Nine months after the resection she was breastfeeding her daughter and had no recurrence.", 9.0, "ANED"),
        ("At 2 years he is caring for his two sons and has had no recurrence.", 24.0, "ANED"),
        # negative: a relative's own state is still the relative's
        ("Her daughter has remained free of disease for 9 months.", None, None),
    ],
)
def test_regression_patient_caring_for_a_child_in_the_outcome_sentence(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("Margins were free and none of ten perigastric and omental nodes contained tumour.", False),
        ("The iliac lymph nodes excised at cystectomy (0/8) were free of tumour.", False),
        ("The nodes removed during the operation were negative.", False),
        # negative: involved nodes stay no negative finding
        ("Two of ten perigastric and omental nodes contained tumour.", None),
    ],
)
def test_regression_node_phrases_with_longer_modifiers_are_no_spread(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("He remains on alectinib with residual pulmonary disease 18 months after the lobectomy.", 18.0),
        ("She has persistent pelvic nodules 9 months from her hysterectomy.", 9.0),
        # negative: the time is the patient's age, not a follow-up
        ("He has residual pulmonary disease 18 months old.", None),
    ],
)
def test_regression_residual_disease_with_a_place_adjective_then_time_after_event(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("Eighteen months after cisplatin was started the girl continues on it with a smaller mass.", 18.0),
        ("One year after starting methotrexate she remains on it.", 12.0),
        # negative: a complaint that goes on is no state of the disease
        ("One year after starting methotrexate she continues to complain of headache.", None),
    ],
)
def test_regression_time_after_any_drug_start_then_still_on_it(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Twenty months into treatment he is back at work; the sclerotic lesion is still visible but smaller.", "AWD"),
        ("At 9 months the pelvic mass remains detectable on MRI.", "AWD"),
        # negative: no tumour to see
        ("No mass is visible on the MRI at 9 months.", "ANED"),
    ],
)
def test_regression_tumour_still_visible_at_last_news_is_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("There was no local relapse; at 30 months he continued lorlatinib with small, stable hepatic nodules.", "AWD"),
        ("At 30 months she remained well with tiny, persistent residual lesions in the lung.", "AWD"),
    ],
)
def test_regression_listed_stable_lesions_without_article_are_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("texts", "response", "status"),
    [
        (("A partial response on alectinib lasted nine months.", "She died in May 2021, two years after surgery, of progressive disease."),
         "PR", "DOD"),
        (("He died of progressive disease 14 months after diagnosis.",), None, "DOD"),
        # the cause of death told after an adverb of time: still no assessment
        (("A partial response to lorlatinib lasted four months.", "Chemotherapy followed, and he died soon afterwards of rapidly progressive disease."),
         "PR", "DOD"),
        # negative: progression assessed on treatment is still a response
        (("Restaging CT showed progressive disease after three cycles.",), "PD", None),
    ],
)
def test_regression_progressive_disease_as_cause_of_death_is_no_response(texts, response, status):
    row = run(*texts)
    assert (row.response, row.status) == (response, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("She had a wide excision; the margins were clear and the three axillary nodes were tumour-free.", None),
        ("The resected node was tumor-free.", None),
        # negative: the patient tumour-free at follow-up
        ("At 20 months she remains tumour-free.", "ANED"),
    ],
)
def test_regression_tumour_free_nodes_at_operation_are_no_status(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,status",
    [
        ("At 16 months no residual mass is visible on MRI.", "ANED"),
        ("Eighteen months after the resection no residual tumour was visible at endoscopy.", "ANED"),
        # the residue told present stays alive with disease
        ("At 16 months a thin residual rim is still visible.", "AWD"),
        ("At 10 months the residual nodule remains stable.", "AWD"),
    ],
)
def test_regression_residual_tumour_denied_is_no_disease_left(text, status):
    """'no residual mass is visible' was read by the residue-present rule as alive with disease: the denial before
    'residual' was not looked at."""
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("After two cycles the pleural effusion re-accumulated and the nodules grew.", None),
        ("Ascites had returned within a month of the biopsy.", None),
        ("She was admitted twice with recurrent pericardial effusions.", None),
        # negatives: the tumour itself coming back
        ("The tumour recurred in the pelvis a year after the resection.", True),
        ("Ascites returned and CT showed a recurrence at the resection bed.", True),
    ],
)
def test_regression_fluid_that_comes_back_is_no_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "follow_up", "status"),
    [
        ("He has had no relapse 4 years on.", 48.0, "ANED"),
        ("She has shown no sign of regrowth eighteen months on.", 18.0, "ANED"),
        # negative: "on" not closing the time ("2 years on treatment" is time on a drug)
        ("He has had no relapse 2 years on treatment with crizotinib and continues it.", None, None),
    ],
)
def test_regression_no_disease_then_time_on(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "follow_up"),
    [
        ("The family emigrated after the 6-month visit and she was subsequently lost to follow-up.", 6.0),
        ("He was lost to follow-up after his 14-month review.", 14.0),
        # negatives: a visit with nobody lost, and a loss with no time
        ("After the 2-year check-up he moved to another city.", None),
        ("She was lost to follow-up after the operation.", None),
    ],
)
def test_regression_last_visit_named_by_its_time_then_lost(text, follow_up):
    assert run(text).follow_up_months == follow_up


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("The lesion was stable in size after stereotactic radiotherapy.", "SD"),
        ("After three cycles of chemotherapy the mass was stable.", "SD"),
        # negative: a mass stable while watched, with no therapy
        ("The mass was stable in size over a year of observation.", None),
    ],
)
def test_regression_tumour_stable_after_therapy_is_stable_disease(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("texts", "follow_up", "status"),
    [
        (("The tumour was excised.", "Follow-up urine cytology at 9 months was negative."), 9.0, "ANED"),
        (("The nodule was resected.", "A repeat aspirate of the thyroid bed 14 months later was benign."), 14.0, "ANED"),
        # negatives: a repeat aspirate negative for a marker, and one told atypical
        (("The nodule was resected.", "A repeat aspirate 14 months later was negative for ROS1."), None, None),
        (("The tumour was excised.", "Follow-up washings at 5 months were atypical."), None, None),
    ],
)
def test_regression_follow_up_cytology_told_negative_is_no_disease(texts, follow_up, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("The four nodes sampled at EBUS-TBNA (stations 7 and 11R) were negative for malignancy.", False),
        ("Lymph nodes sampled by EUS-FNA were free of tumour.", False),
        # negative: a node sampled and found involved
        ("The nodes sampled by EBUS were positive for metastatic IMT.", True),
    ],
)
def test_regression_nodes_staged_by_needle_sampling_told_negative(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("texts", "follow_up", "status"),
    [
        # imaging at a time counted from the operation shows the residual tumour unchanged: the last news, alive with tumour
        (("The nodule was partly excised.", "MRI on 3 May 2019, 26 months after the excision, showed the small residual nodule stable."), 26.0, "AWD"),
        (("Part of the mass was left behind.", "Ultrasound 18 months after the operation revealed the residual mass unchanged."), 18.0, "AWD"),
        # guard: an unchanged residue that later grew is no last news of this rule
        (("The nodule was partly excised.", "MRI 26 months after the excision showed the residual nodule unchanged, but it grew a year later."), None, None),
    ],
)
def test_imaging_after_the_operation_shows_the_residual_tumour_unchanged(texts, follow_up, status):
    row = run(*texts)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        # a bracketed response label glosses a finding told with a negation: the negation does not reach the label
        (("Celecoxib was started.", "By the ninth month no lesion was visible (complete response)."), "CR"),
        (("Alectinib was begun.", "No new growth appeared over a year (stable disease)."), "SD"),
        # guard: a negated response stays none
        (("Alectinib was begun.", "No partial response was seen."), None),
    ],
)
def test_bracketed_response_label_after_a_negated_finding(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    "texts,status",
    [
        (["The polyp was snared endoscopically.", "Colonoscopy at 4, 10 and 22 months: no recurrence."], "ANED"),
        (["The nodule was excised.", "Ultrasound at 3 and 12 months showed no recurrence."], "ANED"),
        (["The nodule was excised.", "She was offered checks at 3 and 12 months to look for recurrence."], None),
    ],
    ids=["times_listed_no_recurrence", "times_listed_showed_none", "times_listed_schedule_only"],
)
def test_check_dated_by_a_list_of_times(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    "text,status",
    [
        ("He has been seen for 4 years since the second excision without a further relapse.", "ANED"),
        ("She has been followed for 3 years since surgery without a second recurrence.", "ANED"),
        ("A second recurrence was found 3 years after surgery.", None),
    ],
    ids=["without_a_further_relapse", "without_a_second_recurrence", "second_recurrence_found"],
)
def test_no_second_relapse_at_follow_up(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,response",
    [
        ("On entrectinib the pelvic mass shrank by about a third (PR) within 3 months.", "PR"),
        ("The lung nodules remained unchanged (SD) on repeat CT.", "SD"),
        ("Response was assessed by RECIST; PR was defined as a 30% decrease.", None),
    ],
    ids=["shrank_then_bracketed_pr", "unchanged_then_bracketed_sd", "definition_of_pr"],
)
def test_bracketed_response_after_the_change(text, response):
    assert run(text).response == response


def test_still_taking_drug_after_partial_response_in_same_sentence():
    row = run(
        "She was given lorlatinib; the mass shrank by more than half (PR), with the woman still taking lorlatinib "
        "and a small stable residue 11 months into treatment."
    )
    assert (row.response, row.status, row.follow_up_months) == ("PR", "AWD", 11.0)


def test_still_taking_drug_without_response_gives_no_status():
    row = run("The girl is well, with her still taking alectinib 9 months into therapy.")
    assert row.status != "AWD"


@pytest.mark.parametrize(
    "text,metastasis",
    [
        ("Four months after the operation, MRI showed omental nodules and bone deposits.", True),
        ("Seven months after the nephrectomy, CT revealed liver implants.", True),
        ("Staging CT found no lung or liver deposits.", None),
        ("MRI showed hepatic deposits at presentation.", None),
    ],
    ids=["deposits_after_operation", "implants_after_operation", "no_organ_deposits", "deposits_at_presentation"],
)
def test_deposits_in_a_distant_organ_after_treatment_are_metastasis(text, metastasis):
    row = CaseRow(doc_id="d", case_id="index", site_code="C64.9")
    apply(located(text), row)
    assert row.metastasis is metastasis


@pytest.mark.parametrize(
    "text,months",
    [
        ("Larotrectinib was stopped at 14 months; the girl was free of disease at the three-year review.", 36.0),
        ("Alectinib was stopped at 10 months, and at 18 months the boy had no recurrence.", 18.0),
        ("MRI at 6 months showed no recurrence; the scar was soft.", 6.0),
    ],
    ids=["time_in_earlier_clause_then_visit", "time_before_finding_same_clause", "time_before_finding_only"],
)
def test_finding_dated_in_its_own_clause(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("He is alive and free of detectable tumour 40 months after the last excision.", "ANED"),
        ("The girl remains free of demonstrable disease on yearly MRI.", "ANED"),
        ("Three years on, she lives with a stable residual opacity in the antrum, thought to be tumour.", "AWD"),
        ("He is well, with a stable small soft-tissue density at the operative bed.", "AWD"),
        # negatives: a margin free of tumour, a scar with no stated stability
        ("The margins were free of detectable tumour.", None),
        ("A residual opacity at the resection site was drained.", None),
    ],
)
def test_regression_status_told_with_detectable_or_residual_imaging_finding(text, status):
    """'alive and free of detectable disease' (ANED) and 'alive with a stable residual opacity' (AWD) gave no status."""
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("She died of liver metastases in 2019, 20 months after the fourth excision and 7 years after the first.", 84.0),
        ("He died in hospital 10 months after the re-resection and 5 years after the original operation.", 60.0),
        # negatives: a bound is no stated time, and one time alone stays as it is
        ("He died of sepsis 14 months after the last excision and more than 6 years after the first.", 14.0),
        ("She died of pneumonia 9 months after the second resection.", 9.0),
    ],
)
def test_regression_death_dated_twice_counts_from_the_first_operation(text, months):
    """A recurrence-centred report dates the death from the last and from the first operation: the follow-up is the
    time from the first (the last one was taken)."""
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("He remains free of disease 3 years after the re-excision (9 years after the initial resection).", 108.0),
        ("She is alive and well 20 months after radiotherapy (about 5 years after the first operation).", 60.0),
        # negatives: a bound in brackets, and a start that is no operation
        ("She is alive and well 26 months after starting ceritinib (more than 8 years after the original lobectomy).", 26.0),
        ("He is free of disease 2 years after the re-excision (4 years after the first recurrence).", 24.0),
    ],
)
def test_regression_state_dated_again_in_brackets_from_the_first_operation(text, months):
    """A long course dates the last state twice, the time from the first operation in brackets: that time is the
    follow-up (the time from the last operation was taken)."""
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "primary", "spread"),
    [
        # a relapse in the pleura of a lung tumour is local
        ("Two years later she presented with a pleural relapse.", "C34.1", False),
        ("The tumour relapsed in the pleura 11 months after the lobectomy.", "C34.3", False),
        # precision: a pleural relapse of a tumour elsewhere, or a liver relapse of a lung tumour, is a spread
        ("Two years later she presented with a pleural relapse.", "C49.2", True),
        ("Two years later he presented with a hepatic relapse.", "C34.1", True),
    ],
)
def test_relapse_in_the_lining_of_the_primary_organ_is_local(text, primary, spread):
    """A lung tumour's 'response of pleural relapse to alectinib' made metastasis true: the pleura lines the lung."""
    assert bool(new_lesion_spread(text, primary)) is spread


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # a zero count of nodes with an involvement word before or after the noun: the resected nodes were free
        ("The colectomy had clear margins and 0/14 involved pericolic nodes.", False),
        ("Margins were clear and 0 of 9 nodes involved.", False),
        ("Clear margins; 0/12 positive lymph nodes.", False),
        # a zero count of 'metastatic nodes' denies the spread the word names
        ("The specimen had 0/8 metastatic lymph nodes.", False),
        # the pathological node stage, with or without its count in brackets
        ("The final stage was pT2 pN0.", False),
        ("Clear margins, pN0 (0/13).", False),
        # guard: a count with tumour in the nodes is no absence
        ("The specimen had 2/8 metastatic lymph nodes.", True),
    ],
)
def test_regression_zero_count_of_involved_or_metastatic_nodes_and_pn0(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C. Regional lymph nodes: no malignancy identified (0/6).", False),
        ("Lymph nodes (pelvic) ........ 0/8", False),
        ("Nodes: negative (0/15).", False),
        # precision: a node field with tumour in it, or a count with tumour, is no absence
        ("Lymph nodes: 2/7 involved by tumour.", None),
        ("Lymph nodes: metastatic tumour in 1 of 5.", True),
    ],
)
def test_node_field_of_a_pathology_report_states_no_spread(text, expected):
    """A report's node field ('B. Lymph nodes: no tumour identified (0/4)', 'Regional lymph nodes ...... 0/3') gave no
    metastasis: the value after a colon or dotted leaders, and the bracketed count read as a cohort's share."""
    assert run(text).metastasis is expected


@pytest.mark.parametrize(
    ("text", "status", "months"),
    [
        ("At his three-year visit, ultrasound showed no recurrence and the chest film was clear.", "ANED", 36.0),
        ("By her 18-month review, MRI showed no local recurrence.", "ANED", 18.0),
        # precision: a visit with tumour found gives no ANED
        ("At her two-year visit, CT showed a new nodule in the liver.", None, None),
    ],
)
def test_finding_dated_by_the_patients_own_visit(text, status, months):
    """'At her two-year visit, MRI showed no local recurrence and chest CT was clear' gave no status: the possessive
    visit was no anchor for a dated finding."""
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("texts", "status", "months"),
    [
        (("Since then the girl remains event-free, with no new lesions, 27 months from diagnosis.",), "ANED", 27.0),
        (("He is event free 15 months after the second operation.",), "ANED", 15.0),
        # precision: the trial endpoint of a series is no patient's state
        (("Event-free survival at 3 years was 82% in the cooperative-group cohort.",), None, None),
    ],
)
def test_event_free_state_is_free_of_disease(texts, status, months):
    """'he remains event-free ... 31 months from diagnosis' gave neither status nor follow-up: the oncology word for a
    course with no relapse, progression or death was not read with disease-/recurrence-free."""
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("At 22 months after the operation there was no clinical or CT sign of tumour.", "ANED"),
        ("At 14 months after cystectomy there was no evidence of recurrent or metastatic disease.", "ANED"),
        ("At 9 months after nephrectomy, MRI showed no evidence of metastatic disease.", "ANED"),
        # precision: a finding at the time of the operation, with no time after it, is no dated state
        ("The frozen section showed tumour at the margin.", None),
    ],
)
def test_dated_no_evidence_of_qualified_disease(text, status):
    """'there is no clinical or MRI sign of tumour' and 'no evidence of recurrent or metastatic disease' after a dated
    last visit gave no status: the imaging word and the qualified disease were not read."""
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("He is alive in second complete remission, 19 months after the relapse.", "ANED"),
        ("She remains in first remission 4 years after the local recurrence.", "ANED"),
        # precision: a remission that a relapse ended
        ("She was in complete remission until a relapse in the pelvis two years later.", None),
    ],
)
def test_remission_counted_from_an_earlier_relapse(text, status):
    """'alive in second complete remission, 30 months after the relapse' gave no status: the ordinal remission was not
    read, and the relapse the time is counted from was taken for one that came after the state."""
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("He is still taking entrectinib with an ongoing partial response (-41% by RECIST 1.1), 26 months after entrectinib was started.", 26.0),
        ("She remains on larotrectinib in partial response, 11 months after the start of larotrectinib.", 11.0),
        # precision: a past state ended by an event gives no follow-up
        ("She was taking crizotinib, 5 months after starting crizotinib, when the mass enlarged.", None),
    ],
)
def test_present_state_then_time_after_drug_start(text, months):
    """'She is still taking lorlatinib with a continuing partial response (-58% by RECIST 1.1), 40 months after
    crizotinib was started' gave no follow-up: the time closed the sentence after the state."""
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("After a two-week pause he was rechallenged at 150 mg without recurrence of hepatotoxicity.", None),
        ("Alectinib was resumed with no recurrence of the rash or neutropenia.", None),
        # the tumour's recurrence is still read
        ("Eighteen months later there was no recurrence of the mass on MRI.", False),
    ],
)
def test_recurrence_of_a_drug_toxicity_is_no_tumour_recurrence(text, recurrence):
    """'rechallenged at 200 mg twice daily without recurrence of transaminitis' gave recurrence False."""
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("Larotrectinib then gave stable disease for only 5 months, after which the pleural disease progressed.", "SD"),
        ("Entrectinib held the disease stable for just three months before it progressed.", "SD"),
        # a new drug begun between: the progression is that drug's response
        ("Ceritinib gave stable disease for only 3 months, after which brigatinib was begun, but the next scan showed progressive disease.", "PD"),
    ],
)
def test_stable_disease_of_told_length_ended_by_progression(text, response):
    """'entrectinib achieved stable disease for only 4 months, after which the lung disease progressed again' gave PD:
    the progression that ends a stable disease of told length does not replace it (as for a lasting partial response)."""
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("The margins were clear and the three hilar nodes removed were reactive only.", False),
        ("The four lymph nodes sampled were only reactive.", False),
        # bare 'reactive' stays unread (blind4's convention, test_regression_no_disease_beyond_any_named_organ)
        ("The nodes removed were reactive.", None),
    ],
)
def test_nodes_removed_then_told_reactive(text, metastasis):
    """'the two paratracheal nodes removed were reactive only' gave no metastasis: the participle between the nodes and
    their finding hid it."""
    assert run(text).metastasis == metastasis



@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("She is well and still taking crizotinib, with a stable residual nodule, 30 months after the perforation.", 30.0),
        ("He is back at school and taking alectinib, with persistent residual disease, two years after his collapse.", 24.0),
        # precision: a time counted from the drug's start or from a relapse is no follow-up
        ("He is back at school and taking alectinib, with persistent residual disease, 7 months after the start of therapy.", None),
        ("He is back at school and taking alectinib, with persistent residual disease, 7 months after the relapse.", None),
    ],
)
def test_state_with_disease_dated_by_a_closing_time_aside(text, months):
    """'back at work and still taking X, with small stable residual nodules, N months after the bleed' gave no
    follow-up: a state with disease was dated only by a time told before it."""
    row = run("A partial response was recorded on the inhibitor.", text)
    assert (row.follow_up_months, row.status) == (months, "AWD")


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("At the 20-month outpatient visit he was playing football again, and MRI showed no evidence of residual or recurrent disease.", 20.0, "ANED"),
        ("At her third birthday, 18 months after the nephrectomy, she was growing well; ultrasound showed no sign of the tumour.", 18.0, "ANED"),
        # precision: undated, the same finding is no status of the last visit
        ("CT showed no evidence of residual or recurrent disease.", None, None),
    ],
)
def test_dated_finding_of_no_residual_or_recurrent_disease(text, months, status):
    """'At the N-month clinic visit after surgery ... no evidence of residual or recurrent disease' and 'N months after
    the gastrectomy ...; ultrasound showed no sign of the tumour' gave no follow-up and no status."""
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("At the last dietetic review, 19 months after the gastrectomy, he continued crizotinib with a partial response.", 19.0, "AWD"),
        ("At the last rehabilitation review, 15 months after the lobectomy, she was back at work.", 15.0, None),
        ("At the 12-month nursing review she was free of disease.", 12.0, "ANED"),
        # precision: a partial response that later ended is not the last state
        ("She continued ceritinib with a partial response until the mass grew again.", None, None),
    ],
)
def test_allied_health_review_dates_the_last_state(text, months, status):
    """'At the last pharmacy review, N months after the hysterectomy, she continued X with a partial response' gave no
    follow-up and no status."""
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the status told of this tumour and another neoplasm together
        (("At the 30-month review he was free of both tumours.",), (None, None, 30.0, "ANED", None)),
        (("She is well, with no sign of either tumour, three years after the operation.",), (None, None, 36.0, "ANED", None)),
        (("Eighteen months on, MRI shows neither tumour back.",), (False, None, 18.0, "ANED", None)),
        (("At 2 years the lesion has not come back.",), (False, None, 24.0, "ANED", None)),
        # the tumour told as having come back or regrown
        (("The nodule came back at the scar eight months later and was re-excised.",), (True, None, None, None, None)),
        (("Within three months the peritoneal nodules had regrown.",), (True, None, None, None, None)),
        # another neoplasm's relapse, remission, disease-free state or metastasis is not this tumour's
        (("Because a relapse of the nephroblastoma was feared, the mass was removed.",), (None, None, None, None, None)),
        (("This was not a Hodgkin relapse.",), (None, None, None, None, None)),
        (("He had a Hodgkin lymphoma (stage IIB; CD30+) at 16, treated with ABVD, and has been in complete remission since.",), (None, None, None, None, None)),
        (("She had a hepatoblastoma at 1 year 6 months, treated by resection and cisplatin; she has been disease-free since.",), (None, None, None, None, None)),
        (("The omental nodule proved to be an IMT, not a GIST metastasis.",), (None, None, None, None, None)),
        (("The colectomy nodes were negative for adenocarcinoma.",), (None, None, None, None, None)),
        # a death of another neoplasm is a death of another cause: no status
        (("She died of metastatic ovarian carcinoma 20 months after the IMT was removed, with no sign of it returning.",), (None, None, 20.0, None, None)),
        (("He succumbed to his leukaemia a year later.",), (None, None, 12.0, None, None)),
        (("He died of progressive disease 9 months after diagnosis.",), (None, None, 9.0, "DOD", None)),
        # guard: this tumour's own metastasis and relapse
        (("Two years later lung metastases of the IMT appeared.",), (None, True, None, None, None)),
    ],
)
def test_outcome_of_this_tumour_beside_another_neoplasm(texts, expected):
    """'free of both tumours', 'no sign of either tumour', 'neither tumour back' gave no status, and another neoplasm's relapse
    ('relapse of the Wilms tumour'), remission, disease-free years or metastasis ('not a GIST metastasis') were read as this tumour's."""
    row = run(*texts)
    assert (row.recurrence, row.metastasis, row.follow_up_months, row.status, row.response) == expected


def test_relative_in_a_pedigree_bracket_is_no_death_of_the_patient():
    """'maternal uncle (osteosarcoma, deceased 19 y)' in a pedigree legend gave the patient DOD."""
    row = run("Family tree: index boy (arrow), father (sarcoma, 40 y), paternal aunt (adrenal carcinoma, deceased 30 y).")
    assert row.status is None


@pytest.mark.parametrize(
    ("texts", "recurrence", "status"),
    [
        # another cancer that relapses or kills is not this tumour's recurrence or death of disease
        (("The pelvic mass did not recur, but her CML relapsed after two years and she died of leukaemia.",), False, None),
        (("No regrowth of the IMT was seen; his lymphoma returned and he died of lymphoma at 30 months.",), False, None),
        # a symptom that relapses before the diagnosis is no recurrence
        (("She had relapsing fevers for six months before the splenic lesion was found.",
          "She is well without recurrence after 2 years."), False, "ANED"),
        # guards: this tumour's relapse and death
        (("The tumour recurred in the pleura and she died of disease 8 months later.",), True, "DOD"),
    ],
)
def test_regression_other_cancers_relapse_or_death_and_relapsing_symptoms(texts, recurrence, status):
    row = run(*texts)
    assert row.recurrence is recurrence
    assert row.status == status


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a judged therapy in a coordinated clause does not reach back to the finding before the comma
        ("PET now showed lung metastases, and surgery was deemed too risky.", [True]),
        # nodes told reactive first, then free of tumour
        ("All 14 mesenteric lymph nodes were reactive and free of tumour.", [False]),
        ("The six nodes were hyperplastic but negative.", [False]),
    ],
)
def test_regression_judged_clause_and_reactive_free_nodes(text, expected):
    assert [v for v, _, _ in flag_mentions("metastasis", text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CT 02/2021 -> 4.0 -> 1.6 cm => PR", ["PR"]),
        ("- repeat MRI -> SD, no new lesions", ["SD"]),
        ("alectinib begun 05/2020 -> PET 08/2020 PR", ["PR"]),
        ("PET 11/2021 no residual uptake => CR", ["CR"]),  # the arrow's label is out of the reach of the "no" before it
        # precision: a marker after an arrow, an arrow to no response label
        ("IHC -> PD-L1 22C3 TPS 5%", []),
        ("biopsy -> spindle cells, no PR staining", []),
    ],
)
def test_response_label_after_an_arrow_in_shorthand(text, expected):
    """Slides and notes write the response as where an arrow leads ("6.8 -> 2.9 cm => PR", "CT 05/2023 -> PR"); no
    response was read, and "no residual lesion => CR" was read as a denied response."""
    assert [code for code, *_ in response_mentions(text)] == expected


@pytest.mark.parametrize("text", ["IHC -> PR+ focal, ER+", "IHC -> PR positive in 40%", "stains -> PR neg", "IHC -> PR 70%, ER 90%"])
def test_progesterone_receptor_after_an_arrow_is_no_response(text):
    assert response_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Status @ last clinic (11/2023, ~15 mo from dx): still on celecoxib, no new lesions.", 15.0),
        ("Today: 40 mo since initial dx; well, back at school.", 40.0),
        ("- 22 mo from dx (02/2025 visit), gaining weight", 22.0),
        ("At his 3-yr post-nephrectomy visit (05/2024) -> CT abdomen clear.", 36.0),
        # precision: a time from the diagnosis to an event, not to a visit
        ("Relapse 9 mo from dx in the pelvis.", None),
    ],
)
def test_follow_up_told_in_note_shorthand(text, months):
    """"~18 mo from dx" at the last clinic, "Today: 31 mo since initial dx", "26 mo from dx (08/2024 visit)" and "at her
    2-yr post-hysterectomy visit (06/2025)" gave no follow-up: "dx" is written out as diagnosis for the outcome rules, a
    visit's time from the diagnosis is the follow-up, and a bracketed month and year is no cohort count "(n/N)"."""
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        (("CT 04/2021 -> 5.0 -> 2.2 cm => PR", "- still on alectinib; small residual rim at the hilum"), "AWD"),
        (("Status @ last clinic (02/2024): still on weekly vinblastine; MRI: residual 6 mm nodule, unchanged -> SD.",), "AWD"),
        # precision: still on the drug after a complete response, and a supportive drug
        (("CT 04/2021 => CR", "- still on alectinib, no residual disease"), None),
        (("- still on omeprazole for reflux",), None),
    ],
)
def test_still_on_the_drug_with_the_subject_left_out(texts, status):
    """A slide's "- still on crizotinib; residual rind" after a partial response, and a status line "still on weekly MTX;
    ... -> SD" (its response told after it), gave no status: "still on" was read only after a subject or a comma."""
    assert run(*texts).status == status


@pytest.mark.parametrize(
    ("text", "metastasis", "status"),
    [
        ("MRI -> 1.9 cm nodule at the margin = local recurrence; no extrapulmonary dz", False, None),
        ("- f/u 28 mo; scans clean since the re-resection", None, "ANED"),
        ("Cystoscopies have remained clear since the partial cystectomy.", None, "ANED"),
        # precision: staging imaging told clear with no time after the treatment gives no status
        ("Staging CT chest clear.", None, None),
        ("dz", None, None),
    ],
)
def test_shorthand_disease_and_imaging_clear_since_treatment(text, metastasis, status):
    """"no extrahepatic dz" gave no metastasis (the rules name "disease"), and "imaging clean since re-excision" no
    status."""
    row = run(text)
    assert (row.metastasis, row.status) == (metastasis, status)


@pytest.mark.parametrize(
    ("text", "months", "status", "metastasis"),
    [
        ("- NED x 3 yr after the wedge resection", 36.0, "ANED", None),
        ("- no evidence of dz @ 20 mo", 20.0, "ANED", None),
        ("- pt expired 08/2022 from progressive dz", None, "DOD", None),
        ("- mets to liver x2 -> RFA", None, None, True),
        # precision: an e-mail address, a "pt" inside a word
        ("Contact: onc@hospital.example, opt-out form signed", None, None, None),
    ],
)
def test_outcome_shorthand_at_for_patient_and_mets(text, months, status, metastasis):
    """"NED x 2 yr", "no evidence of dz @ 3 yr", "pt expired ...", "mets to lung" gave no follow-up, status or
    metastasis: "@", "x", "pt", "mets" are read written out (at, for, patient, metastases)."""
    row = run(text)
    assert (row.follow_up_months, row.status, row.metastasis) == (months, status, metastasis)


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        # a residue named first, then imaging at a time after the operation telling it unchanged
        ("The residual rim was watched without further treatment; on CT 30 months after the operation it remains stable.",
         30.0, "AWD"),
        ("A residual plaque near the sinus was left; at MRI two years after the resection the remnant was unchanged.",
         24.0, "AWD"),
        # a residual enhancement, told with a location, stable or unchanged
        ("She works again and the faint residual enhancement along T9 is unchanged.", None, "AWD"),
        ("He is on lorlatinib with a stable small residual enhancement in the clivus.", None, "AWD"),
        ("At her last visit the residual enhancement at the tentorium has not grown.", None, "AWD"),
        # "residual" as a noun, neuro-imaging shorthand for the tumour left
        ("He is back at school and the small residual is unchanged.", None, "AWD"),
        ("The thin dural residual has not changed since the operation.", None, "AWD"),
        # precision: no residue left, a residue told without its later course
        ("There was no residual enhancement on CT 12 months after the operation; it is stable.", None, None),
        ("Postoperative MRI showed a residual enhancement.", None, None),
        ("The residual was resected when it grew.", None, None),
    ],
)
def test_regression_residual_tumour_then_imaging_unchanged_is_awd(text, months, status):
    """A tumour left in place and then told unchanged on later imaging (by a pronoun or as a residual enhancement, the
    neuro-imaging word for a leftover) gave no status and no follow-up."""
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("After four years of clinical and CT surveillance the man is well.", 48.0),
        ("After 30 months of MRI surveillance she remains free of tumour.", 30.0),
        # precision: a watch that ends in growth is no last news
        ("After two years of MRI surveillance the nodule grew and was excised.", None),
    ],
)
def test_regression_after_a_period_of_imaging_surveillance_is_follow_up(text, months):
    """"after N years of clinical and MRI surveillance the patient is free of disease" gave no follow-up (only
    'during/over' opened the period, and imaging words did not qualify the surveillance)."""
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Entrectinib was kept on file as an option for any relapse.", None),
        ("Radiosurgery remains an alternative in the case of later regrowth.", None),
        ("A second operation is the fallback for possible recurrence.", None),
        # precision: a relapse told, and a relapse denied
        ("The tumour relapsed at the margin, and alectinib became the option.", True),
        ("There was no evidence of any recurrence.", False),
    ],
)
def test_regression_option_kept_for_a_later_relapse_is_no_recurrence(text, recurrence):
    """"X was mentioned as an option for any relapse" was read as a relapse."""
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        # a remnant or bare residual told stable where it lies
        ("At 20 months the thin remnant along the falx is stable in size and she drives again.", 20.0, "AWD"),
        ("Three years postoperatively, MRI shows a stable residual along the clivus.", 36.0, "AWD"),
        # the residue told grown since, with nothing done about it in the clause
        ("At his 30-month review the residual lesion had slowly enlarged; he is being watched.", 30.0, "AWD"),
        # imaging at a time after the operation told clear in a copula
        ("Surveillance CT four years after the excision remains clear.", 48.0, "ANED"),
        ("MRI 20 months after the operation was normal.", 20.0, "ANED"),
        ("The residual mass had enlarged; he is being observed.", None, "AWD"),
        # growth of the residue denied: the leftover is there and stable, over the time told
        ("There has been no further growth of the residual lesion over 4 years.", 48.0, "AWD"),
        ("MRI shows no regrowth of the small residual tumour.", None, "AWD"),
        # precision: a grown residue then removed is no present state; no remnant left is no tumour
        ("The residual mass had grown and was resected.", None, None),
        ("There was no remnant on the scans.", None, None),
        ("There was no growth of the residual tumour until month 9, when it doubled.", None, None),
    ],
)
def test_regression_neuro_follow_up_wording_remnant_stable_grown_or_imaging_clear(text, months, status):
    """Neuro follow-up told through the leftover tissue ("the enhancing remnant is stable", "a stable residual along X",
    "the residual nodule had enlarged") or the imaging at a time point ("MRI 5 years after resection remains clear") gave
    no status."""
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Eighteen months after the craniotomy her KPS is 100.", 18.0),
        ("A year after the laminectomy his mJOA score has improved to 17.", 12.0),
        ("Thirty months after resection she ambulates without aids.", 30.0),
        ("Two years after the operation the man has returned to full-time work.", 24.0),
        # precision: a score told before the operation, a return to work with no time after an event
        ("Before the operation her KPS was 60.", None),
        ("He has returned to work.", None),
    ],
)
def test_regression_neuro_scores_and_return_to_work_date_the_last_news(text, months):
    """"N months after surgery his KPS is 90", "... she ambulates", "... has returned to work" gave no follow-up."""
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # telegraphic or translated English: no copula, no preposition
        ("Twelve lymph nodes all reactive, no tumour.", False),
        ("Perigastric nodes benign, no metastasis.", False),
        # a singular "distant lesion", negated or told
        ("Staging CT showed the mass without distant lesion.", False),
        ("A year later PET found a distant lesion in the left femur.", True),
        # guards: reactive nodes alone, or a node with tumour, are no negative
        ("Twelve lymph nodes were reactive.", None),
        ("Two nodes reactive, one with tumour deposits.", None),
    ],
)
def test_copula_less_node_findings_and_singular_distant_lesion(text, expected):
    assert run_apply(apply, text).metastasis is expected


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a visit dated since the operation, the state put last (translated word order)
        ("The boy was seen in clinic at 9 months postoperatively well, then the family moved away.", 9.0),
        ("She was reviewed 2 years after surgery and was free of disease.", 24.0),
        # guards: a visit for a complaint, or an age, is no follow-up
        ("She was seen at 3 months postoperatively for a wound infection.", None),
        ("He was seen in clinic at 4 years of age, well.", None),
    ],
)
def test_visit_dated_after_the_operation_with_the_state_last(text, months):
    assert run_apply(apply, text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # British shorthand for durations: N/12 months, N/52 weeks
        ("At 9/12 from the start of entrectinib she remains on treatment and is well.", 9.0),
        ("Reviewed 6/12 later with no recurrence.", 6.0),
        # a time from the start of a drug with "from", a verbless state from the diagnosis
        ("At 11 months from the start of crizotinib he remains on treatment.", 11.0),
        ("Now alive and well, with no evidence of disease, 2 years from diagnosis.", 24.0),
        # guards: a date and an age in the same shorthand
        ("MRI on 14/12/2023 showed no recurrence.", None),
        ("A case of an 18/12 old girl with a neck mass.", None),
    ],
)
def test_british_fraction_durations_and_time_from_start(text, months):
    assert run_apply(apply, text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the present state first, then "with no residual disease"
        ("She remains on entrectinib with no residual disease on MRI.", "ANED"),
        ("He is now well with no remaining tumour on ultrasound.", "ANED"),
        # guards: a margin statement, and the past tense of the operation
        ("She remains on crizotinib with no residual tumour at the resection margin.", None),
        ("He was operated on with no residual disease.", None),
    ],
)
def test_state_then_with_no_residual_disease(text, status):
    assert run_apply(apply, text).status == status


@pytest.mark.parametrize(
    "text,status",
    [
        ("Two years after the first dose, a small residual pelvic mass persists, without symptoms.", "AWD"),
        ("A thin residual thickening still persists in the bladder wall.", "AWD"),
        ("She was last seen at 16 months, off treatment, with the small lesion stable.", "AWD"),
        ("He was reviewed at nine months with the known nodule unchanged.", "AWD"),
        # the tissue left, held unchanged and pointed at by "this"
        ("At the last visit she remains on the drug with this small residual tissue unchanged.", "AWD"),
        # denied, or stable only until a later change
        ("She was reviewed with normal tissue unchanged.", None),
        ("No residual mass persists on the last MRI.", None),
        ("She was seen at 6 months with the nodule stable, but it enlarged at 10 months.", None),
    ],
)
def test_residual_tumour_persisting_or_held_unchanged_is_awd(text, status):
    row = run(text)
    assert row.status == status


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("Three months later several omental nodules developed.", True),
        ("Seven months later, multiple pelvic deposits were found on CT.", True),
        # not without the lapse of time that follows the treatment
        ("Multiple peritoneal nodules were seen at the first laparoscopy.", None),
    ],
)
def test_cavity_deposits_appearing_months_later_are_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    "text,metastasis",
    [
        ("Wide excision followed; nodes in the axillary fat were free.", False),
        ("The lymph nodes along the iliac vessels were clear, and the margins were wide.", False),
        # free to move is no nodal finding
        ("The nodes were free to move on palpation.", None),
    ],
)
def test_nodes_placed_by_a_phrase_then_free_or_clear(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    "texts",
    [
        ("The girl collapsed at school; despite 40 minutes of resuscitation she was pronounced dead.",),
        ("He arrested on arrival and could not be resuscitated.",),
        ("Resuscitation on the ward was abandoned after 30 minutes.",),
    ],
)
def test_death_told_without_died_is_dod(texts):
    assert run(*texts).status == "DOD"


@pytest.mark.parametrize(
    "texts",
    [
        # the cause told in a clause of its own, after the death
        ("After the third cycle he died in intensive care.", "Death was attributed to sepsis as a complication of chemotherapy."),
        # the cause after a time aside
        ("The patient died in June 2020, nine months after surgery, of an exacerbation of his lung disease.",),
        # the cause behind a long noun phrase
        ("She died two days later from a large left cerebral territory infarct.",),
    ],
)
def test_death_of_another_cause_told_apart_gives_no_status(texts):
    assert run(*texts).status is None


def test_death_by_haemorrhage_of_the_tumour_stays_dod():
    assert run("She died at home of a further bleed from the pelvic recurrence.").status == "DOD"


@pytest.mark.parametrize(
    "text,status",
    [
        # a table's outcome cell giving the cause of death in brackets: another cause is no death of disease
        ("Died (cardiac), 9 months", None),
        ("Died (pneumonia) at 2 years", None),
        ("Deceased (unrelated causes)", None),
        # ... its time printed before the bracket
        ("Died 8 mo (stroke)", None),
        ("Died at 3 years (sepsis)", None),
        # negative: the tumour as the cause, or a time in the brackets, is still a death of disease
        ("Died (disease), 9 months", "DOD"),
        ("Died (9 months)", "DOD"),
    ],
)
def test_cause_of_death_in_brackets_of_an_outcome_cell(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,months,status",
    [
        ("Fourteen months after lorlatinib was first given, the man continues the reduced dose with a partial response.", 14.0, "AWD"),
        ("At 9 months from the start of entrectinib she continues it, with a partial response and a residual pelvic mass.", 9.0, "AWD"),
        ("Two years after alectinib was started, the boy is still taking it.", 24.0, None),
    ],
)
def test_time_from_drug_start_then_patient_still_on_it(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("After the switch there was no neurological recurrence over six weeks.", None),
        ("Rechallenge at a lower dose caused no toxicity relapse.", None),
        ("No cognitive recurrence was noted after the dose was halved.", None),
        ("A hepatic recurrence was found eight months after surgery.", True),
    ],
)
def test_side_effect_class_coming_back_is_no_tumour_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # staging imaging in one breath: regional nodes not enlarged and the liver, lungs or chest clear
        ("Contrast CT found no lymphadenopathy or hepatic nodules.", [False]),
        ("There were no enlarged mesenteric nodes and no lesions in the liver or lungs.", [False]),
        ("Imaging showed no lung nodules and no enlarged lymph nodes.", [False]),
        ("There was no axillary lymphadenopathy, and the chest radiograph was normal.", [False]),
        # negative: nodes alone, or a normal organ described rather than a lesion denied, are left unread
        ("MRI showed no enlarged cervical nodes.", []),
        ("There was no lymphadenopathy and the liver looked normal.", []),
    ],
)
def test_staging_nodes_and_distant_organs_clear_is_no_metastasis(text, expected):
    assert [v for v, _, _ in flag_mentions("metastasis", text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nodes named with how they were taken, or with a bracketed count, before their benign finding
        ("The three iliac nodes excised were benign, without tumour.", [False]),
        ("The hilar lymph nodes (n = 6) showed reactive changes only.", [False]),
        # a zero count in brackets after nodes free of tumour counts the nodes, not a share of cases
        ("All 7 harvested nodes were free of tumour (0/7).", [False, False]),
    ],
)
def test_resected_nodes_with_qualifier_or_zero_count_are_no_metastasis(text, expected):
    assert [v for v, _, _ in flag_mentions("metastasis", text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # no disease beyond the primary organ, named with its adjective, and no other tumour at autopsy
        "Whole-body CT showed no extracardiac disease.",
        "No extrapleural tumour was found.",
        "At autopsy there was no other tumour in the body.",
        "No tumour was found anywhere else.",
    ],
)
def test_no_disease_beyond_the_organ_or_in_the_body_is_no_metastasis(text):
    assert {v for v, _, _ in flag_mentions("metastasis", text)} == {False}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event an option is kept for, named right after "option for": a condition, not a recurrence
        ("Alectinib was held as an option for relapse only.", []),
        ("Larotrectinib stays the alternative in progression.", []),
        # negative: a therapy started for the recurrence that happened
        ("Alectinib was started for the relapse.", [True]),
    ],
)
def test_option_kept_for_a_recurrence_is_no_recurrence(text, expected):
    assert [v for v, _, _ in flag_mentions("recurrence", text)] == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a table's outcome cell naming another cause of death in brackets: the follow-up, no status
        ("Died (stroke), 11 months", (11.0, None)),
        ("Died (sepsis) at 2 years", (24.0, None)),
        # negative: a bare death, the tumour as the cause, or a status code stay a death of disease
        ("Died, 11 months", (11.0, "DOD")),
        ("Died (disease), 11 months", (11.0, "DOD")),
        ("DOD, 11 months", (11.0, "DOD")),
    ],
)
def test_outcome_cell_naming_another_cause_of_death_gives_no_status(cell, expected):
    from eims_extract.fields.outcome import parse_outcome

    assert parse_outcome(cell) == expected


@pytest.mark.parametrize(
    "text,spread",
    [
        ("Her tumour relapsed with fresh deposits: new lesions in the right flank, the left adnexa and the liver.", True),
        ("The disease relapsed with new nodules in the mesentery, omentum, or lungs.", True),
        ("The tumour progressed with new nodules in the pelvis abutting the liver.", False),
    ],
)
def test_new_lesions_listed_by_place_with_an_organ_last(text, spread):
    assert bool(new_lesion_spread(text, "C48.1")) is spread


@pytest.mark.parametrize(
    "texts,response",
    [
        (["Ceritinib gave a good response until spring.", "At the time of progression, CT showed two new hepatic nodules."], "PD"),
        (["Upon radiological progression, lorlatinib replaced alectinib."], "PD"),
        (["The dose was reduced, and at progression-free intervals the scans were repeated."], None),
        (["At progression of symptoms she was admitted."], None),
        (["Ceritinib and brigatinib stay in reserve as options at progression."], None),
    ],
)
def test_progression_told_as_the_moment_of_the_next_step(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    "text,response",
    [
        ("Despite four courses of chemotherapy, the mass continued to enlarge.", "PD"),
        ("In spite of high-dose prednisolone the lesion grew larger.", "PD"),
        ("Despite the heavy rain the boy came to every visit.", None),
    ],
)
def test_growth_despite_a_treatment_named_first(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    "text,response",
    [
        ("Six weeks into crizotinib there was 55% tumour shrinkage.", "PR"),
        ("After alectinib, a 40% volume reduction was measured.", "PR"),
        ("On crizotinib there was 20% tumour shrinkage.", None),
    ],
)
def test_percent_shrinkage_with_the_noun_of_what_shrank(text, response):
    assert run(text).response == response


# ---- probeout r19: the course after treatment as real reports word it (fictional sentences) ----


@pytest.mark.parametrize(
    "text,metastasis",
    [
        ("The eight mesenteric lymph nodes showed sinus histiocytosis without tumour involvement.", False),
        ("Both hilar nodes revealed follicular hyperplasia but no metastasis.", False),
        ("The nodes showed metastatic deposits without extranodal extension.", True),
        ("The nodes showed spindle cells without capsular breach.", None),
    ],
)
def test_nodes_with_a_benign_finding_then_no_tumour(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "text,metastasis",
    [
        ("He presented with stage IV disease, with lytic lesions of the sacrum.", True),
        ("The tumour was classified as IRS group IV.", True),
        ("Stage IVB disease was found at staging.", True),
        ("The tumour was staged as stage II.", None),
        ("She had grade IV oesophagitis after radiotherapy.", None),
    ],
)
def test_stage_iv_is_spread_at_diagnosis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "text,metastasis",
    [
        ("The metastatic work-up, including a chest CT and a bone scan, was unremarkable.", False),
        ("The metastatic evaluation (CT of the chest and abdomen) was negative.", False),
    ],
)
def test_metastatic_work_up_with_its_parts_named_before_its_result(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "text,response",
    [
        ("Alectinib was given for six months before surgery; the specimen showed no viable tumour, a pathological complete response.", "CR"),
        ("After neoadjuvant crizotinib there was a complete pathological response.", "CR"),
        ("All of her hepatic lesions disappeared on crizotinib within four months.", "CR"),
        ("All lesions resolved after six months of ceritinib.", "CR"),
        ("All lesions disappeared after the second operation.", None),
        ("The disease has been stable for 11 months on lorlatinib.", "SD"),
    ],
)
def test_response_worded_as_disappearance_pathology_or_lasting_stability(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    "text,status,months",
    [
        ("At the 2-year visit there were no signs of local or distant disease.", "ANED", 24.0),
        ("Follow-up at 18 months showed no evidence of locoregional or distant disease.", "ANED", 18.0),
        ("He was last seen 3 years after surgery, free of symptoms and with normal imaging.", "ANED", 36.0),
        ("A normal chest radiograph was obtained before the operation.", None, None),
        # the time it stayed unchanged, seen on imaging, is the follow-up ('remained stable for 15 mo', gold/blind.md resp19 (c))
        ("No adjuvant treatment was given, and the residual nodule has remained unchanged on imaging for 2 years.", "AWD", 24.0),
        ("The residual mass has remained unchanged, but it grew at 14 months.", None, None),
    ],
)
def test_last_state_told_through_imaging_or_an_unchanged_residual(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


def test_another_series_patient_after_an_opening_citation_gives_no_status():
    row = run("In the series of Moreau and co-workers, the patient with a pelvic mass died of disease at 11 months, while ours is alive.")
    assert (row.status, row.follow_up_months) == (None, None)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("We have now followed her in our outpatient clinic for 26 months.", 26.0),
        ("We followed him at the hospital for 4 years after the excision.", 48.0),
        ("We have followed them for 9 months, and both are well.", 9.0),
        ("A cough followed him for 3 weeks before the admission.", None),
    ],
)
def test_follow_up_told_with_the_patient_as_object(text, months):
    """"We have followed him in our clinic for 18 months": the authors follow the patient, named as the verb's
    object, for the time that is the follow-up; a time before the admission is none."""
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "months", "status"),
    [
        ("All four are alive and free of disease 12 to 70 months after their operations.", None, "ANED"),
        ("The patients were free of disease 6-40 months after resection.", None, "ANED"),
        ("She was free of disease 30 months after resection.", 30.0, "ANED"),
    ],
)
def test_range_of_several_patients_dates_no_ones_finding(text, months, status):
    """"All are alive and free of disease 18 to 60 months after surgery": the range spans several patients, so its
    end is no one patient's follow-up; the state of no disease still holds for each."""
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


def _read_cell(column: str, header: str, text: str) -> dict[str, object]:
    from eims_extract.fields.outcome import _read_flag, _read_outcome
    from eims_extract.fields.registry import CellContext
    from eims_extract.ingest.model import Cell
    from eims_extract.records import CaseRow

    got: dict[str, object] = {}
    row = CaseRow(doc_id="d", case_id="case-1")

    def put(name: str, value: object, cell: Cell) -> None:
        if value is not None:
            got[name] = value
            setattr(row, name, value)

    ctx = CellContext(row, Cell(text, 0, len(text)), column, header, "mo", {}, put, lambda c: None)
    (_read_flag if column in ("recurrence", "metastasis") else _read_outcome)(ctx)
    return got


@pytest.mark.parametrize(
    "text, expected",
    [("Pelvis (9)", {"recurrence": True}), ("Liver, lung (14)", {"recurrence": True}), ("No", {"recurrence": False})],
)
def test_relapse_cell_naming_where_the_tumour_came_back_is_a_relapse(text, expected):
    assert _read_cell("recurrence", "Relapse (mo)", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("AWD (20)", {"status": "AWD", "follow_up_months": 20.0}), ("18", {"follow_up_months": 18.0}),
     ("multiple omentectomy (5)", {})],
)
def test_status_cell_number_counts_only_beside_a_stated_outcome(text, expected):
    got = _read_cell("outcome", "Status (mo)", text)
    assert {k: v for k, v in got.items() if k in ("status", "follow_up_months")} == expected


@pytest.mark.parametrize(
    ("column", "text", "expected"),
    [
        # the event told in words in a recurrence or metastasis cell, with its time
        ("recurrence", "Omental recurrence at 7 mo", {"recurrence": True}),
        ("recurrence", "Recurrence, 11 mo; lung metastases", {"recurrence": True}),
        ("metastasis", "Bone metastases at 2 years", {"metastasis": True}),
        ("recurrence", "No recurrence at last visit", {"recurrence": False}),
        # a cell that tells no such event gives nothing
        ("recurrence", "Lost to follow-up", {}),
    ],
)
def test_recurrence_cell_telling_the_event_in_words(column, text, expected):
    assert _read_cell(column, "Recurrence/metastasis", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("AWD (PR)", {"status": "AWD", "response": "PR"}), ("NED (CR)", {"status": "ANED", "response": "CR"}), ("DOD (14)", {"status": "DOD"})],
)
def test_status_cell_with_the_response_in_brackets(text, expected):
    got = _read_cell("outcome", "Outcome", text)
    assert {k: v for k, v in got.items() if k in ("status", "response")} == expected


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a death dated, then its time counted from the patient's own operation ("her", "his")
        ("She died at home in March 2021, 26 months after her hysterectomy.", 26.0),
        ("He died of pneumonia in May 2020, 14 months after his operation.", 14.0),
        # ... or from the diagnostic biopsy of a tumour never removed
        ("Care was withdrawn and he died at the age of nine weeks, one month after the biopsy.", 1.0),
        # a relative's death is not the patient's follow-up
        ("Her mother died in 2019, 3 years after her mastectomy.", None),
    ],
)
def test_death_dated_then_counted_from_her_operation(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # an examination at a dated time point that finds nothing left: free of disease then
        ("She remains on lorlatinib, and MRI 20 months after its start shows no residual tumour.", "ANED"),
        ("CT two years after the resection revealed no residual or recurrent disease.", "ANED"),
        # right after the operation it only tells a complete resection
        ("Postoperative CT showed no residual tumour.", None),
    ],
)
def test_dated_examination_showing_no_residual_tumour_is_free_of_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        # a symptom that came back, told in a relative clause, is no tumour recurrence
        ("An old man was seen for gross haematuria that had recurred four times in a month.", None),
        ("She was referred for haematuria which recurred after each catheter change.", None),
        ("He had flank pain that had returned twice since the spring.", None),
        # guard: the tumour that recurred is still a recurrence
        ("The mass that had been excised recurred a year later.", True),
    ],
)
def test_symptom_recurring_in_a_relative_clause_is_no_tumour_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


# -- follow-up counted from the operation, the drug started later (issue 12: pages of treated disease) --------------
@pytest.mark.parametrize(
    "texts,expected",
    [
        # the length told with the event it counts from between: the longest news, not the time on the drug
        (
            ("Crizotinib brought the lung nodules down by half at the 4-month scan.",
             "She still takes crizotinib with no visible disease; overall follow-up since the nephrectomy now amounts to 52 months."),
            52.0,
        ),
        (("The boy is well; follow-up from the first operation is 3 years.",), 36.0),
        (("Follow-up after hemicolectomy was 27 months, with no recurrence.",), 27.0),
    ],
)
def test_follow_up_counted_from_surgery_not_from_the_drug(texts, expected):
    assert run_apply(apply, *texts).follow_up_months == expected


@pytest.mark.parametrize(
    "text",
    [
        "At the data cut-off she remained on study in cycle 15 with an ongoing partial response.",
        "The boy remains on larotrectinib at cycle 30 with a sustained partial response.",
    ],
)
def test_status_of_a_partial_response_ongoing_at_a_trial_cycle(text):
    row = run_apply(apply, text)
    assert (row.status, row.follow_up_months) == ("AWD", None)


@pytest.mark.parametrize(
    "texts,expected",
    [
        # a partial response told on a drug, then the patient continuing "treatment": alive with the tumour there
        (("Entrectinib was begun.", "CT after 2 months showed a 40% decrease (partial response).",
          "At the latest visit, 11 months after starting entrectinib, the response persisted and he continued treatment."),
         "AWD"),
        (("Ceritinib reduced the mass by half, a partial response.", "She still takes her therapy daily."), "AWD"),
        # guard: after a complete response, or another treatment named after it, no status is made of it
        (("Entrectinib was begun.", "CT after 2 months showed a complete response.", "He continued treatment."), None),
        (("Ceritinib gave a partial response.", "She continued treatment with radiotherapy to the hip."), None),
    ],
)
def test_last_status_of_a_partial_response_held_while_treatment_continues(texts, expected):
    assert run_apply(apply, *texts).status == expected


@pytest.mark.parametrize(
    "texts, status",
    [
        (("At her last visit, 30 months after surgery, she was alive and symptom-free, and the three small liver "
          "lesions were unchanged on MRI.",), "AWD"),
        (("He is alive and well; and the known pelvic deposits remain stable.",), "AWD"),
        (("She was alive and asymptomatic, and the resected nodules were unchanged.",), "ANED"),
        (("He was alive and asymptomatic, and the lung nodules were unchanged until a new scan showed growth.",), "ANED"),
    ],
)
def test_lesions_unchanged_joined_to_alive_state_keep_disease(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    "texts, status",
    [
        (("A thin rim was left on the pericardium.",
          "Two years later the boy was growing normally and the residual pericardial tumour measured 4 mm on ultrasound."),
         "AWD"),
        (("The residual mass measured 2.5 cm and was resected the following week.",), None),
        (("No residual tumour measured more than 3 mm on the final scan.",), None),
    ],
)
def test_residual_tumour_measured_at_last_news_is_alive_with_disease(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a present state told with "since" and its length (regional English): the follow-up so far
        ("The boy is on regular review and doing well since 16 months, with no sign of recurrence.", 16.0),
        ("He has been asymptomatic since 2 years.", 24.0),
        ("The girl is disease free since one and a half years.", 18.0),
        # precision: an age, a complaint's length, a time ago
        ("He is doing well since 3 years of age.", None),
        ("She had a swelling of the cheek since 5 months.", None),
        ("The swelling is present since 4 months and grows slowly.", None),
    ],
)
def test_follow_up_told_as_a_state_since_its_length(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("site_code", "text", "metastasis"),
    [
        # lesions told by their imaging look in a part of another organ, after the operation: a spread
        ("C48.1", "Six months after the resection, USG showed ascites and three hypoechoic lesions in the left lobe of liver.", True),
        ("C49.2", "A year after surgery CT revealed two enhancing nodules in both lungs, and the relapse was biopsied.", True),
        # guards: the primary organ, the time of presentation, a negation
        ("C22.0", "Six months after the resection, USG showed two hypoechoic lesions in the left lobe of liver.", None),
        ("C48.1", "At presentation CT showed two hypodense lesions in the right lobe of liver.", None),
    ],
)
def test_lesions_told_by_their_imaging_look_in_another_organ_after_surgery_are_metastasis(site_code, text, metastasis):
    assert _metastasis_with_primary(site_code, text) is metastasis


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # an imaging impression "suggestive of" spread is not yet a finding
        ("PET-CT was suggestive of hilar nodal metastasis; the node biopsy was benign.", None),
        ("CT showed two lung nodules suggestive of metastases.", None),
        # guard: spread found, not suggested
        ("CT showed two lung metastases.", True),
    ],
)
def test_imaging_suggestive_of_metastasis_is_no_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "response"),
    [
        # a tumour reduced "obviously" (or with another intensifier, before or after the verb): a partial response
        ("Lorlatinib was given and the tumour reduced obviously within weeks.", "PR"),
        ("On ceritinib the nodule was obviously reduced.", "PR"),
        ("Follow-up CT showed obvious shrinkage of the mass.", "PR"),
        # guards: a laboratory value, a reduction by an operation
        ("The serum CRP reduced obviously.", None),
        ("The mass reduced obviously after resection of its largest lobe.", None),
    ],
)
def test_tumour_reduced_obviously_is_a_partial_response(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the tumour still measured at the last visit: alive with disease
        ("At the latest review, a year after starting entrectinib, the mass was 2.1 cm x 1.4 cm and the cough had gone.", "AWD"),
        ("At the last visit the residual nodule measured 9 mm.", "AWD"),
        # guards: nothing left to measure, a size told of the time before the operation
        ("At the last visit the scar was clean and no mass was seen.", "ANED"),
        ("At the last visit she was well; the mass had been 5 cm before the excision.", None),
    ],
)
def test_tumour_measured_at_the_last_visit_is_disease_left(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # a scan with no uptake that would suggest spread: no metastasis
        ("PET-CT showed avid uptake in the tumour, and there was no uptake suggesting nodal or distant metastasis.", False),
        ("The scan found no abnormal accumulation indicative of metastases.", False),
        # guards: uptake that suggests spread is a suspicion only; spread found elsewhere in the sentence stays
        ("PET-CT showed uptake suggesting nodal metastasis.", None),
        ("There was no uptake suggesting lymphoma, but liver metastases were found.", True),
    ],
)
def test_no_uptake_suggesting_spread_is_no_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # a node's benign finding, then its absence of tumour told after a comma (telegraphic): free of tumour
        ("Needle aspiration of the hilar lymph node showed reactive lymphoid tissue, no tumour cells.", False),
        ("The paratracheal node showed sinus histiocytosis, and no malignancy.", False),
        # guards: a tumour word in the finding, or the absence of something else
        ("The lymph node showed metastatic deposits, no extranodal extension.", True),
        ("The lymph node showed reactive changes, no necrosis.", None),
    ],
)
def test_node_benign_finding_then_no_tumour_after_a_comma_is_no_spread(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "text, expected",
    [
        # a course of treatment, then the tumour's course told after it in the same sentence
        ("He had three courses of vinblastine and methotrexate with no effect, since the nodules continued to grow.", "PD"),
        ("A month of oral prednisone was tried, yet the mass grew again while he was taking it.", "PD"),
        ("Six cycles of ifosfamide-based chemotherapy were followed by rapid progression.", "PD"),
        ("She was given two courses of doxorubicin, after which the lesion size remained unchanged.", "SD"),
        ("His abdominal disease had shrunk considerably by the second scan.", "PR"),
        ("Entrectinib was continued for five months, shrinking the mass volume by 60%.", "PR"),
        # precision: no treatment before the growth, an operation, a small shrinkage
        ("Before treatment the mass continued to grow over two months.", None),
        ("The resection was followed by progression of her dyspnoea.", None),
        ("The swelling decreased markedly after the resection.", None),
        ("Crizotinib was continued, reducing the tumour volume by 12%.", None),
    ],
)
def test_tumour_course_told_after_a_named_treatment_course(text, expected):
    assert run_apply(apply, text).response == expected


def test_course_failure_yields_to_the_response_told_of_another_treatment():
    # a failed chemotherapy before an ALK inhibitor that worked: the inhibitor's response is the row's, whichever is told last
    texts = (
        "Crizotinib brought a partial response within two months.",
        "After relapse, three cycles of ifosfamide and doxorubicin were followed by progression.",
    )
    assert run_apply(apply, *texts).response == "PR"
    assert run_apply(apply, *reversed(texts)).response == "PR"


@pytest.mark.parametrize(
    "text, status, months",
    [
        ("At 30 months a 2-cm persistent mass remains in the pelvis on MRI.", "AWD", 30.0),
        ("He is seen every six months; a tiny residual nodule remains.", "AWD", None),
        # precision: denied or doubted residue is no state
        ("No residual tumour remains after the second excision.", None, None),
        ("Whether residual disease remains is uncertain.", None, None),
    ],
)
def test_residual_or_persistent_tumour_that_remains_is_alive_with_disease(text, status, months):
    row = run_apply(apply, text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    "text, months",
    [
        ("The boy has been followed with abdominal ultrasound for 14 months without any regrowth.", 14.0),
        ("She was followed by periodic chest CT for 3 years.", 36.0),
    ],
)
def test_follow_up_told_with_the_imaging_of_a_body_region(text, months):
    assert run_apply(apply, text).follow_up_months == months


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He died of locally progressive disease eight months after the operation.", None),
        ("Under alectinib she developed locally progressive disease.", "PD"),
    ],
)
def test_death_of_locally_progressive_disease_is_no_response(text, expected):
    assert run_apply(apply, text).response == expected


@pytest.mark.parametrize(
    ("text", "recurrence", "status"),
    [
        ("At follow-up of 15 months, neither had evidence of recurrence.", False, "ANED"),
        ("Neither patient had any radiological evidence of recurrence at 2 years.", False, "ANED"),
        ("After 10 months, neither patient had signs of local recurrence.", False, "ANED"),
        # guard: a finding of no disease on another subject is not this shape
        ("Neither margin had evidence of tumour.", None, None),
    ],
)
def test_neither_had_evidence_of_recurrence_is_a_finding_of_no_disease(text, recurrence, status):
    row = run(text)
    assert (row.recurrence, row.status) == (recurrence, status)


# -- outleft: shapes left failing by the real-phrasing probes -------------------------------------------------------


def test_relapse_recalled_in_the_discussion_keeps_the_status_the_case_told():
    """A discussion that looks back on the relapses the case section told ("repeated relapse after incomplete removal, as
    in the present case, is well documented") tells nothing that came back after the last status."""
    from eims_extract.fields.base import Sentence
    from eims_extract.records import CaseRow

    texts = [
        ("case", "The lesion recurred twice after endoscopic removal and was then resected with a rim of cartilage."),
        ("case", "She has now been followed for 20 months since the resection, without evidence of recurrence."),
        ("discussion", "Repeated relapse after incomplete removal, as in the present case, is well documented [5]."),
    ]
    sents, at = [], 0
    for section, text in texts:
        sents.append(Sentence("fict", text, at, section))
        at += len(text) + 1
    row = CaseRow(doc_id="fict", case_id="index")
    apply(sents, row)
    assert (row.status, row.follow_up_months, row.recurrence) == ("ANED", 20.0, True)


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("Relapse was suspected on MRI at nine months, but the biopsy revealed only fibrosis.", False),
        ("A local recurrence was suspected on ultrasound, but core biopsies showed only scar tissue.", False),
        ("A recurrence was suspected on CT; however, a guided biopsy showed no tumour.", False),
        # the suspicion confirmed, or the biopsy naming the tumour, is no refutation
        ("A recurrence was suspected on CT, but the biopsy confirmed recurrent IMT.", True),
        ("Recurrence was suspected on CT and biopsy showed fibrosis with tumour cells.", None),
        ("A recurrence was suspected on ultrasound.", None),
    ],
)
def test_suspected_recurrence_refuted_by_biopsy_is_no_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


def test_suspected_metastasis_refuted_by_biopsy_is_no_metastasis():
    assert run("A lung metastasis was suspected on CT, but wedge biopsy showed only granulation tissue.").metastasis is False


@pytest.mark.parametrize(
    "texts,status",
    [
        (["Crizotinib shrank the mass by 40%, a partial response.", "He remains progression-free on crizotinib at 20 months."], "AWD"),
        (["Stable disease was recorded on the first scan.", "She has remained progression-free on lorlatinib for two years."], "AWD"),
        # nothing told of the tumour left: not decidable
        (["He remains progression-free on crizotinib at 20 months."], None),
        # no disease left: not alive with disease
        (["Crizotinib led to a complete response.", "He remains progression-free on crizotinib at 20 months."], None),
    ],
)
def test_progression_free_on_a_drug_after_a_partial_response_is_alive_with_disease(texts, status):
    assert run(*texts).status == status


def _recurrence_with_primary(site_code, *texts):
    row = CaseRow("doc", "1")
    row.site_code = site_code
    apply(located(*texts), row)
    return row.recurrence


@pytest.mark.parametrize(
    "site_code,texts,recurrence",
    [
        ("C48.1", ["A 10 cm mesenteric mass was completely resected.", "CT at 5 months revealed new peritoneal nodules."], True),
        ("C16.9", ["She underwent subtotal gastrectomy.", "Ultrasound at 9 months showed several new omental nodules."], True),
        # no operation told before: the nodules may be a progression on treatment
        ("C48.1", ["Crizotinib was given for the unresectable mass.", "CT at 5 months revealed new peritoneal nodules."], None),
        # a thoracic primary: peritoneal nodules are not its region
        ("C34.1", ["The lobe was resected.", "CT at 5 months revealed new peritoneal nodules."], None),
        # the text calls them metastases: no recurrence read from them
        ("C48.1", ["The mass was completely resected.", "CT at 5 months revealed new peritoneal nodules, consistent with metastases."], None),
        # a drug begun after the operation: new nodules are its progression
        ("C48.1", ["The mass was resected with residual disease.", "Crizotinib was started.", "CT at 5 months revealed new peritoneal nodules."], None),
    ],
)
def test_new_cavity_nodules_at_a_time_point_after_resection_are_recurrence(site_code, texts, recurrence):
    assert _recurrence_with_primary(site_code, *texts) is recurrence


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("The pleural effusion recurred and contained tumour cells.", True),
        ("Three months later the ascites recurred, with malignant cells on cytology.", True),
        # fluid back with no tumour in it is a sign, like a symptom
        ("The pleural effusion recurred and was drained.", None),
    ],
)
def test_fluid_that_recurred_with_tumour_cells_is_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    "text,recurrence",
    [
        ("Five months after the operation the ascites re-accumulated, and cytology of the tap showed malignant cells.", True),
        ("Her pleural effusion returned within weeks; the fluid contained tumour cells.", True),
        ("Ascitic fluid reaccumulated with neoplastic spindle cells on cytology.", True),
        ("Malignant ascites re-accumulated eight weeks after the last cycle.", True),
        # fluid back alone, fluid back without tumour cells, or refilling after each drainage before the diagnosis is a sign
        ("The ascites re-accumulated and needed two more taps.", None),
        ("The effusion re-accumulated, but cytology found no malignant cells.", None),
        ("The effusion re-accumulated after repeated thoracentesis and cytology showed malignant cells.", None),
    ],
)
def test_fluid_reaccumulated_with_tumour_cells_is_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    ("site_code", "text", "metastasis"),
    [
        # organ lesions named beside a relapse, or in a scan at a time after the operation, in another organ than the primary
        ("C48.1", "Four months on there was a pelvic recurrence together with three hepatic deposits.", True),
        ("C48.1", "Nine months after surgery, CT showed peritoneal nodules below the spleen and two lung nodules.", True),
        ("C64.9", "The mass was excised but came back in the renal fossa, the omentum and both lungs.", True),
        ("C42.2", "The tumour relapsed in the left upper abdomen and liver a year after splenectomy.", True),
        # at diagnosis, denied, or in the primary organ itself: no spread
        ("C48.1", "CT at presentation showed a mesenteric mass and two liver lesions.", None),
        ("C48.1", "The tumour recurred in the pelvis, with no liver lesions.", None),
        ("C22.0", "Five months later a recurrence was found together with several hepatic nodules.", None),
    ],
)
def test_organ_lesions_listed_with_a_relapse_are_metastasis(site_code, text, metastasis):
    assert _metastasis_with_primary(site_code, text) is metastasis


@pytest.mark.parametrize(
    "text",
    ["The renal tumour was resected but came back within a year.", "A nodule of the scalp was excised but later grew back."],
)
def test_tumour_resected_but_came_back_is_recurrence(text):
    assert run(text).recurrence is True


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # the report's patients denied a recurrence together at a time point: free of disease, each of them
        ("So far neither has shown a recurrence or metastasis.", "ANED"),
        ("Neither child has had a relapse after three years of follow-up.", "ANED"),
        # undated: no status
        ("Neither has shown recurrence.", None),
    ],
)
def test_neither_patient_has_shown_recurrence_is_free_of_disease(text, status):
    row = run(text)
    assert (row.recurrence, row.status) == (False, status)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # alive with a lesion left elsewhere: no recurrence at the primary site is no freedom from disease
        ("Two years on she continues lorlatinib with a stable 5-mm pleural nodule and no local recurrence.", "AWD"),
        ("At last contact, 26 months after diagnosis, she remains on alectinib with a stable 4-mm nodule in the left upper lobe and no local recurrence.", "AWD"),
        ("At 30 months she remains on crizotinib with a stable residual lung nodule and no local recurrence.", "AWD"),
        # guard: the primary site clear with nothing left elsewhere
        ("Two years after the operation she is well with no local recurrence.", "ANED"),
    ],
)
def test_no_local_recurrence_beside_a_lesion_left_elsewhere_is_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,follow_up,status",
    [
        ("He died of an unrelated cause at 10 months.", 10.0, None),
        ("She died of an unrelated illness at 3 years.", 36.0, None),
        ("The patient died of unrelated causes at 14 months.", 14.0, None),
    ],
)
def test_death_of_an_unrelated_cause_at_a_time_is_follow_up_without_status(text, follow_up, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (follow_up, status)


@pytest.mark.parametrize(
    "texts",
    [
        ["She was free of disease after the operation.", "Two years later her disease relapsed."],
        ["The boy remained disease-free after resection.", "Eighteen months later the tumour recurred in the pelvis."],
    ],
)
def test_disease_free_state_before_a_later_relapse_is_no_last_status(texts):
    row = run(*texts)
    assert (row.recurrence, row.status, row.follow_up_months) == (True, None, None)


@pytest.mark.parametrize(
    "text,status,follow_up",
    [
        ("Crizotinib produced a partial response, which was maintained at his last visit 16 months after surgery.", "AWD", 16.0),
        ("She achieved stable disease that has persisted at the latest follow-up, 2 years after diagnosis.", "AWD", 24.0),
        # a response that lasted until a later event: no last status
        ("A partial response was maintained until progression 8 months later.", None, None),
    ],
)
def test_response_maintained_at_last_visit_is_alive_with_disease(text, status, follow_up):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, follow_up)


@pytest.mark.parametrize(
    ("texts", "months", "status"),
    [
        (("He began lorlatinib and had a partial response on the 3-month scan, still ongoing at 26 months.",), 26.0, "AWD"),
        (("A partial response was noted on the first scan and was maintained 9 months after starting alectinib, when she was still on treatment.",), 9.0, None),
    ],
)
def test_response_then_ongoing_at_a_time_is_the_follow_up(texts, months, status):
    row = run(*texts)
    assert row.follow_up_months == months
    if status is not None:
        assert row.status == status


@pytest.mark.parametrize(
    "text",
    [
        "After irradiation the mass has since shrunk to about half of its size.",
        "On prednisolone the lesion decreased to one third of its original volume.",
    ],
)
def test_tumour_shrunk_to_a_fraction_of_its_size_is_a_partial_response(text):
    assert [c for c, *_ in response_mentions(text)] == ["PR"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No tumour was seen at cystoscopy 10 months after the partial cystectomy.", [False]),
        ("Three years on he is well and the control abdominal ultrasound shows no mass.", [False]),
        ("No mass was seen at CT 3 months after the biopsy.", []),
        ("Preoperative CT showed no tumour in the liver.", []),
    ],
)
def test_follow_up_examination_without_tumour_after_the_operation_is_no_recurrence(text, expected):
    assert [v for v, *_ in flag_mentions("recurrence", text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("After chemotherapy the mass could no longer be palpated and was no longer seen on MRI.", ["CR"]),
        ("Following six cycles the lesion was no longer visible on CT.", ["CR"]),
        ("After surgery the mass was no longer palpable.", []),
        ("The mass could be felt on examination.", []),
    ],
)
def test_tumour_no_longer_seen_after_medical_therapy_is_a_complete_response(text, expected):
    assert [c for c, *_ in response_mentions(text)] == expected


def test_disease_still_controlled_a_time_later_is_the_follow_up():
    assert [v for v, *_ in follow_up_mentions("After three cycles the nodules had shrunk, and the disease remains controlled 9 months later.")] == [9.0]


@pytest.mark.parametrize(
    ("text", "primary", "spread"),
    [
        ("His disease came back as nodules in the right flank, the bladder wall and the lungs.", "C76.3", True),
        ("The tumour relapsed with the appearance of deposits in the pelvis and liver.", "C48.1", True),
        ("The tumour came back as a nodule in the pelvis.", "C76.3", False),
        ("The tumour came back as nodules in the liver.", "C22.0", False),
    ],
)
def test_disease_coming_back_as_deposits_ending_on_another_organ_is_a_spread(text, primary, spread):
    assert bool(new_lesion_spread(text, primary)) is spread


def test_still_on_the_drug_with_a_response_at_a_time_is_the_follow_up():
    text = "Resection was deferred, and she continues repotrectinib with a partial response at 15 months."
    assert [v for v, *_ in follow_up_mentions(text)] == [15.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nodule regressed completely on CT, and he has stayed free of disease for 3 years since irradiation.", ["CR"]),
        ("After 36 Gy of radiotherapy the orbital mass resolved completely.", ["CR"]),
        ("The mass regressed completely after surgery.", []),
    ],
)
def test_complete_regression_with_radiotherapy_is_a_complete_response(text, expected):
    assert [c for c, *_ in response_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A six-week course of oral prednisone produced no change, so the mass was excised.", ["SD"]),
        ("Three cycles of chemotherapy resulted in no shrinkage of the tumour.", ["SD"]),
        ("The operation produced no change in her voice.", []),
    ],
)
def test_drug_course_that_produced_no_change_is_stable_disease(text, expected):
    assert [c for c, *_ in response_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the appositive label names two kinds of response joined by "and" or "/": the no-tumour finding's negation
        # stops before it as it does before a label naming one kind
        ("After five months of lorlatinib the scan found no remaining avid focus, consistent with a complete metabolic "
         "and radiological response.", "CR"),
        ("At week 20 of crizotinib no measurable lesion was left, a complete clinical/radiological response.", "CR"),
        # precision: a denied two-kind label stays denied
        ("There was no complete metabolic and radiological response to chemotherapy.", None),
    ],
)
def test_response_label_naming_two_kinds_after_a_no_tumour_finding_is_asserted(text, expected):
    assert run(text).response == expected


@pytest.mark.parametrize(
    ("text", "recurrence", "metastasis"),
    [
        # a share of a class as the subject ("a minority of cases recur") tells about other patients, not this one
        ("Most of these lesions are indolent, but a minority of cases recur after excision.", None, None),
        ("The vast majority of patients are cured by surgery, yet a small subset of tumours metastasize.", None, None),
        ("A proportion of IMTs relapse locally within two years.", None, None),
        # precision: a share of the patient's own tumours is the patient's
        ("The majority of her tumours recurred within a year.", True, None),
        ("At nine months the tumour recurred at the anastomosis.", True, None),
    ],
)
def test_a_share_of_a_class_that_recurs_is_no_recurrence_of_the_patient(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the tumour or the patient told not responding to a course: a progression on it
        (("Entrectinib was begun.", "The nodules did not respond to entrectinib and he died of liver failure."), "PD"),
        (("Lorlatinib was begun.", "She did not respond: the peritoneal masses kept growing and ascites returned."), "PD"),
        (("The boy failed to respond to four cycles of chemotherapy.",), "PD"),
        # a later response told is the row's: a failed course is only a fallback
        (("The relapse did not respond to vinblastine.", "Crizotinib then produced a partial response."), "PR"),
        # precision: a symptom that did not respond, and a failure only feared, are no response of the tumour
        (("Her cough did not respond to inhaled steroids.",), None),
        (("Surgery would follow if the mass failed to respond.",), None),
    ],
)
def test_tumour_told_not_responding_to_a_course_is_progression(texts, expected):
    assert run(*texts).response == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a shrinkage of 30% or more told with "fell" / "had fallen" / "dropped": a partial response, as with "shrank"
        ("Ten weeks into larotrectinib, the longest tumour diameter had fallen by 45%.", "PR"),
        ("Within a month the measurable tumour burden fell by roughly 60%, and the fever settled.", "PR"),
        ("On MRI the sum of the lesion diameters dropped by 35% after two months of crizotinib.", "PR"),
        # ... and a shrinkage told as a fraction of a half or more
        ("After the radiotherapy course the orbital mass shrank by about one half.", "PR"),
        ("Under celecoxib the nodules decreased by two thirds within a year.", "PR"),
        ("Six months into entrectinib the volume had fallen by 64%.", "PR"),
        # precision: a small fall, and a fall of tumour markers, are no response
        ("The tumour diameter fell by 12% over the first cycle.", None),
        ("Serum tumour markers fell by 70% after the operation.", None),
    ],
)
def test_tumour_size_told_fallen_by_a_third_or_more_is_partial_response(text, expected):
    assert run(text).response == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rounded duration with the exact count in brackets: the bracket's count is the follow-up
        ("At the last visit, nearly two years (22 months) after the resection, he had no sign of disease.", 22.0),
        ("She has been followed for about a year (13 months) with no recurrence.", 13.0),
        # a bracket that is no duration leaves the stated one
        ("She has been followed for 2 years (Figure 3) with no recurrence.", 24.0),
    ],
)
def test_rounded_follow_up_with_exact_months_in_brackets_takes_the_exact_count(text, expected):
    assert run(text).follow_up_months == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # alive, still on the drug with a lasting partial response, told after "and still": alive with disease, even
        # beside a statement of good general condition
        ("At the last review she was in good general condition, back at school, and still taking entrectinib with a "
         "persisting partial response.", "AWD"),
        ("He was working again and still receiving crizotinib in continuing partial remission.", "AWD"),
        # precision: good condition without the tumour told present stays free of disease
        ("At the last review she was in good general condition with no evidence of disease.", "ANED"),
    ],
)
def test_still_on_a_drug_in_a_lasting_partial_response_after_and_is_alive_with_disease(text, expected):
    assert run(text).status == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the residue left by a debulking grown, with new lesions: a progression
        ("After two cycles, CT showed growth of the abdominal residue and new peritoneal nodules.", "PD"),
        ("Restaging found new lung metastases and enlargement of the tumour remnant.", "PD"),
        # precision: a residue grown with no new lesion is not read by this rule
        ("MRI showed growth of the residue without any new lesion.", None),
    ],
)
def test_grown_residue_with_new_lesions_is_progression(text, expected):
    assert run(text).response == expected


@pytest.mark.parametrize(
    ("text", "spread"),
    [
        # several lesions of another organ found by a surveillance or restaging scan: a distant spread
        ("Two years later, surveillance CT showed several bilateral lung nodules; the nephrectomy bed was clear.", True),
        ("Restaging MRI revealed multiple liver lesions.", True),
        # precision: one nodule, or a scan at the primary organ, is not read as spread
        ("Surveillance CT showed a single lung nodule.", False),
        ("Surveillance ultrasound showed multiple renal cysts.", False),
    ],
)
def test_several_lesions_of_another_organ_on_a_surveillance_scan_are_spread(text, spread):
    assert bool(new_lesion_spread(text, "C64.9")) is spread


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "continued treatment with a persisting partial response": alive with the tumour there
        ("At the last visit she felt well and continued treatment with persisting partial response.", "AWD"),
        ("He continues therapy in ongoing partial remission.", "AWD"),
        # precision: a partial response told as an event gives no status
        ("A partial response to the treatment was recorded at three months.", None),
    ],
)
def test_continued_treatment_in_a_persisting_partial_response_is_alive_with_disease(text, expected):
    assert run(text).status == expected


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # a negated list of three items with one comma closing the sentence: its last item is negated too
        ("MRI showed a 5-cm mass of the uterine fundus, without parametrial invasion, enlarged iliac nodes or "
         "distant metastases.", False),
        ("The scan found a lobulated gastric mass with no perigastric fat stranding, enlarged regional nodes or liver "
         "metastases.", False),
        # precision: a list that goes on into a clause of its own is not read so
        ("Surgery went without complications, but six months later metastases appeared in the liver.", True),
    ],
)
def test_last_item_of_a_negated_list_of_three_is_negated(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short of complete: "near-total regression", "regressed almost completely" are partial responses
        ("Crizotinib led to near-total regression of the pelvic mass.", "PR"),
        ("Within a year of larotrectinib the tumour had regressed almost completely, leaving a small scar.", "PR"),
        # precision: after an operation it is no response
        ("The lesion regressed almost completely after resection of its bulk.", None),
    ],
)
def test_regression_told_almost_complete_is_partial_response(text, expected):
    assert run(text).response == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a response told maintained with residual disease: alive with the tumour there
        ("At the last review the response was maintained with small residual pleural and pulmonary nodules, and she "
         "continues treatment with good tolerance.", "AWD"),
        ("He remains well with residual mesenteric or peritoneal lesions.", "AWD"),
        # precision: a state told before a later change is not the last one
        ("She was well with residual hepatic and splenic lesions until month 14, when they grew.", None),
    ],
)
def test_residual_lesions_of_two_named_places_are_alive_with_disease(text, expected):
    assert run(text).status == expected


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a residual tumour told unchanged for a time: that time is the follow-up, as "has remained stable for"
        ("After radiotherapy the orbital mass shrank; the residual lesion has stayed unchanged for three years.", 36.0),
        ("The remaining nodules have remained unchanged for 14 months.", 14.0),
        # precision: unchanged for a time, then a change, is no last news
        ("The lesion has stayed unchanged for 6 months and then grew.", None),
    ],
)
def test_residual_tumour_unchanged_for_a_time_gives_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # an earlier progression retold in a relative clause about the patient does not end the course
        (("Entrectinib produced a partial response at 8 weeks.",
          "Our patient, who progressed on two lines of chemotherapy, had a lasting benefit from entrectinib."), "PR"),
        (("Crizotinib gave a partial response.", "The patient, who had progressed on ifosfamide, tolerated it well."), "PR"),
        # precision: a progression told in the main clause still counts (named as progressive disease, it replaces the
        # response; told only as an event it ends it, and the response before it stays: gold/blind.md)
        (("Crizotinib gave a partial response.", "Our patient later progressed on crizotinib, with progressive disease at the 9-month scan."), "PD"),
        (("Crizotinib gave a partial response.", "Our patient later progressed on crizotinib."), "PR"),
    ],
)
def test_progression_retold_in_a_relative_clause_about_the_patient_is_no_new_response(texts, expected):
    assert run(*texts).response == expected


@pytest.mark.parametrize(
    "text,metastasis",
    [
        ("Six months on, the disease had spread throughout the peritoneal cavity.", True),
        ("She relapsed, and the sarcoma was spreading all over the abdominal cavity.", True),
        ("Histology showed a myofibroblastic tumour with no regional lymph node involvement.", False),
        ("The staging work-up showed the disease to be confined to the left kidney.", False),
        ("The disease was confined to the pelvis at presentation.", False),
        # the tumour's extent within its organ, told by the pathologist: no statement about spread
        ("The tumour was confined to the bladder wall.", None),
        # another report's patient, named by its author and colleagues
        ("Lindqvist and colleagues reported peritoneal seeding after a laparoscopic resection.", None),
    ],
)
def test_spread_or_its_absence_told_without_the_word_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "site_code,text,spread",
    [
        ("C76.3", "Ten months later her disease came back with new lesions in the right iliac fossa, the left ovary and the liver.", True),
        ("C49.2", "A year later the tumour recurred both locally and in the left lung.", True),
        # a lung primary recurring in the lung: its own organ, no distant spread
        ("C34.1", "A year later the tumour recurred both locally and in the left lung.", False),
        ("C02.9", "Within two months he developed an extensive lymph node recurrence in the neck.", True),
    ],
)
def test_relapse_in_another_organ_told_as_coming_back_is_spread(site_code, text, spread):
    assert bool(new_lesion_spread(text, site_code)) is spread


@pytest.mark.parametrize(
    "text,response",
    [
        ("Ceritinib was started, and PET/CT on day 21 showed a partial metabolic response.", "PR"),
        ("Three months into alectinib the scans showed a remarkable reduction in the intra-abdominal disease.", "PR"),
        ("Larotrectinib produced significant mass shrinkage.", "PR"),
        ("After three months of alectinib the tumour burden was markedly reduced.", "PR"),
        ("Entrectinib achieved near total regression within a year.", "PR"),
        ("After seven months of crizotinib the tumour had been reduced to one third of its original size.", "PR"),
        ("No residual tumour was visible on MRI after eight months of lorlatinib.", "CR"),
        ("After five months of ceritinib the mass was no longer visible on CT.", "CR"),
        ("On entrectinib, the CT after ten weeks showed the disappearance of all lesions.", "CR"),
        ("Both liver nodules disappeared after two months of alectinib.", "CR"),
        ("The size of the mass remained unchanged after four months of crizotinib.", "SD"),
        ("Within six weeks of crizotinib the tumour enlarged and new lesions appeared in the lungs.", "PD"),
        ("At 20 months there was radiological progression in the pelvis.", "PD"),
        ("The mass grew by 35% despite methylprednisolone.", "PD"),
        # no residual tumour, or a smaller one, after an operation: the operation's result, no response
        ("After the operation no residual tumour was seen on MRI.", None),
        ("After surgical debulking the mass was reduced to one third of its original size.", None),
        ("There was no radiological progression at the last visit.", None),
        # some lesions gone while another remained: no complete response
        ("After ten months of ceritinib the lung nodules were no longer visible, but a 7-mm adrenal nodule remained.", None),
        # a residual lesion unchanged at the last visit, the drug named in another clause: the last news, no new response
        ("At the last visit the small residual mass was unchanged and she was still on alectinib.", None),
        # another report's patient, named by its author and colleagues
        ("Okafor and colleagues described a durable complete response to crizotinib.", None),
    ],
)
def test_response_told_without_the_recist_word(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    "text,response",
    [
        ("On alectinib, the mass decreased from 9.1 cm to 4.0 cm.", "PR"),
        ("The nodule shrank from 42 x 30 mm to 15 x 11 mm after three months of crizotinib.", "PR"),
        ("Despite celecoxib the lesion increased from 25 mm to 4.0 cm.", "PD"),
        # a change under 30% (or growth under 20%): no response guessed from it
        ("On crizotinib the tumour decreased from 6 cm to 5.1 cm.", None),
        # sizes told while the lesion was merely watched, or after an operation
        ("The lesion grew from 2 cm to 4 cm over a year of observation.", None),
        ("The tumour decreased from 8 cm to 3 cm after resection of its bulk.", None),
    ],
)
def test_response_read_from_sizes_before_and_after_a_drug(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    "text,status",
    [
        ("The nodule did not recur during 30 months of follow-up.", "ANED"),
        ("Neither lesion relapsed over 18 months of surveillance.", "ANED"),
        ("None of the three masses recurred during follow-up.", "ANED"),
        ("Neither patient had a relapse in 4 years of follow-up.", "ANED"),
        # a state that ended, or no follow-up to date it: no status
        ("The nodule did not recur until 30 months of follow-up had passed.", None),
        ("The nodule did not recur after the second operation.", None),
    ],
)
def test_simple_past_no_recurrence_during_follow_up_is_aned(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Restaging showed a partial response, with complete disappearance of two liver nodules.", "PR"),
        ("CT showed complete disappearance of three lung nodules, while the pelvic mass had shrunk by 40%.", "PR"),
        ("On crizotinib CT showed complete disappearance of all three lung nodules.", "CR"),
        ("CT showed complete disappearance of the pelvic mass.", "CR"),
    ],
)
def test_complete_disappearance_of_a_counted_few_lesions_is_no_complete_response(text, expected):
    assert run(text).response == expected


@pytest.mark.parametrize(
    "text,months",
    [
        # still on the drug "N months later", with the state of the tumour between
        ("The boy remains on larotrectinib with a small stable residue 16 months later.", 16.0),
        # a bare present "continues <drug> at N months"
        ("She is growing normally and continues alectinib at 22 months, with no new lesion.", 22.0),
        # negatives: a dose, a past course that stopped, a later event of the tumour
        ("He continues crizotinib at 280 mg twice daily.", None),
        ("She continued crizotinib for 6 months and then stopped.", None),
        ("She remains on crizotinib; the mass grew 5 months later.", None),
    ],
)
def test_follow_up_from_still_on_the_drug_later_or_at_a_time_point(text, months):
    found = follow_up_mentions(text)
    assert (found[0][0] if found else None) == months


@pytest.mark.parametrize(
    "texts,recurrence,metastasis",
    [
        # new cavity nodules as the subject, timed from a complete operation: a recurrence
        (("The omental tumour was excised completely.", "Nine months after the operation new lesions developed in the peritoneal cavity."), True, None),
        # the same list going on to a numbered segment of the liver, with its own "in": a distant spread as well
        (
            ("The mesenteric mass was completely resected.",
             "Eleven months after surgery new nodules appeared in the pelvic peritoneum and in segment VII of the liver."),
            True,
            True,
        ),
        # negative: after an operation that left tumour, new nodules are progression, not a recurrence
        (("The mesenteric mass was debulked, leaving tumour on the vessels.", "Fourteen months after surgery, new nodules appeared in the pelvic peritoneum."), None, None),
    ],
)
def test_new_cavity_nodules_timed_from_a_complete_operation(texts, recurrence, metastasis):
    row = CaseRow("doc", "1")
    row.site_code = "C48.1"
    apply(located(*texts), row)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    "text,status",
    [
        # a recurrence told in the present perfect at the time of writing: alive with disease
        (
            "At the time of writing the girl has been followed for 11 months, and a small nodule has appeared beside the "
            "suture line, thought to be a local recurrence; lorlatinib is being considered.",
            "AWD",
        ),
        ("At the time of this report, the tumour has recurred in the pelvis.", "AWD"),
        # negatives: nothing has appeared
        ("At the time of writing no new lesion has appeared and there is no recurrence.", "ANED"),
    ],
)
def test_recurrence_at_the_time_of_writing_is_alive_with_disease(text, status):
    assert run(text).status == status


def test_complete_removal_of_the_second_child_tumour_starts_the_clock_for_cavity_recurrence():
    """"The second child ... a mass that was removed completely": the ordinal numbers the patient, not a repeat
    operation, and a removal told complete is the operation; new cavity nodules timed from it are a recurrence."""
    row = CaseRow("doc", "2")
    row.site_code = "C48.1"
    apply(located(
        "The second child, a 6-year-old girl, had a mass of the mesentery, which was removed completely with a short "
        "jejunal segment.",
        "Ten months after surgery, new nodules appeared in the pelvic peritoneum.",
    ), row)
    assert row.recurrence is True


@pytest.mark.parametrize(
    "text,status",
    [
        # remission qualified as lasting is still remission: alive without disease
        ("The boy had his oesophageal tumour removed in 2017 and has been in persistent remission since then.", "ANED"),
        ("She has stayed in long-term remission after the excision.", "ANED"),
        ("He is in lasting remission on follow-up imaging.", "ANED"),
    ],
)
def test_remission_qualified_as_persistent_or_lasting_is_aned(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,recurrence,metastasis",
    [
        # a search for the event answered "none" after a comma: absent, never a recurrence found
        ("Endoscopy allowed surveillance for any new or recurrent lesions, of which there were none.", False, None),
        ("She was screened for metastases, none of which were found.", None, False),
        # guard: a search that finds something still reads as before
        ("A recurrent nodule was found at the margin; she was screened for distant metastases, of which there were none.", True, False),
    ],
)
def test_search_for_recurrence_answered_none_is_no_recurrence(text, recurrence, metastasis):
    row = run(text)
    assert (row.recurrence, row.metastasis) == (recurrence, metastasis)


@pytest.mark.parametrize(
    "text,months",
    [
        # "post-excision" written with a hyphen is a time counted from the operation, as "after excision" is
        ("At 7 months post-excision, follow-up MRI showed no recurrence.", 7.0),
        # a finding told clear by "without evidence of any mass" after the imaging verb
        ("At 11 months post-resection, laryngoscopy revealed smooth vocal folds without evidence of any masses.", 11.0),
        ("Two years after surgery, CT showed a normal liver without any lesions.", 24.0),
    ],
)
def test_time_post_operation_then_imaging_without_any_mass_is_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "text,status",
    [
        # a dated finding "without evidence of any masses" is no evidence of disease
        ("At 10 months post-resection, follow-up MRI revealed normal vocal folds without evidence of any masses.", "ANED"),
        ("Three years after surgery there was no evidence of any lesion on ultrasound.", "ANED"),
        # guard: an undated imaging finding before the operation tells no status
        ("CT showed a normal liver without evidence of any masses.", None),
    ],
)
def test_dated_finding_without_evidence_of_any_mass_is_aned(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,status",
    [
        # a residue denied on named imaging at a stated time: no evidence of disease
        ("The infant went home on day 9 and is well at 14 months, with no residual mass on echocardiography.", "ANED"),
        ("At 2 years she is well without residual tumour on MRI.", "ANED"),
        # guard: the resection's margin without any time is no status
        ("The margins were clear, with no residual tumour.", None),
    ],
)
def test_well_at_a_time_with_no_residual_mass_on_imaging_is_aned(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "texts,months",
    [
        # the annotators record the time counted from the repeat operation as stated, not summed with the time of the
        # recurrence (every read gold telling one keeps the stated time: b18_01, b104_03, b35_10, b4_12, b12_04, ...)
        (["She underwent resection.", "The tumour recurred 18 months later.", "She underwent a second resection.",
          "She remains free of disease 2 years after the second operation."], 24.0),
        (["The tumour recurred 10 months after surgery and was re-excised.", "He is free of disease 12 months after the re-excision."], 12.0),
        (["He underwent re-resection.", "Six months after the second operation he is free of disease."], 6.0),
        (["The patient had a recurrence 6 months after surgery.", "Crizotinib was started.", "The tumour shrank.",
          "She underwent a second operation.", "Three years after the second operation she remains well without disease."], 36.0),
        # a chain the text makes explicit is still added up ("N later" after a dated start)
        (["The tumour recurred 10 months after surgery.", "She died of disease 2 months later."], 12.0),
    ],
)
def test_time_after_a_repeat_operation_is_the_stated_time_not_a_sum(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    "texts,months",
    [
        # a follow-up told as a second stretch after an event: the stretch stated is the follow-up (not summed)
        (["Eight months after the operation the mass came back; he has been followed for 3 more years since."], 36.0),
        (["The relapse was excised.", "She has been followed up for a further 20 months."], 20.0),
        (["The nodule recurred and was excised again.", "He has been followed for another 2 years, with no further relapse."], 24.0),
        (["Her recurrence was removed; she has been followed for an additional 15 months."], 15.0),
        # a drug given for more months is no follow-up
        (["Alectinib was given for 2 more years."], None),
    ],
)
def test_follow_up_told_as_a_further_stretch_is_the_stated_stretch(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    "text,recurrence",
    [
        # operated on again and again for the same tumour: it came back
        ("The woman had been operated on twice before for the same tumour in another city.", True),
        ("He had already been operated on three times for this mesenteric mass.", True),
        ("The girl had two previous excisions of the same lesion.", True),
        ("She was admitted with a third recurrence of the pelvic tumour.", True),
        # operations for something else
        ("He had been operated on twice for inguinal hernias.", None),
        ("She had two previous operations for endometriosis.", None),
    ],
)
def test_repeated_operations_for_the_same_tumour_are_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    "text,status",
    [
        # a response held on a treatment still going, with no status word: alive with the tumour there
        ("A partial response was seen on ceritinib, and treatment continues.", "AWD"),
        ("The pelvic mass regressed on crizotinib and the girl remains on the drug.", "AWD"),
        ("Therapy with alectinib is ongoing and the tumour has shrunk by half.", "AWD"),
        ("Lorlatinib was continued, with ongoing partial response at 11 months.", "AWD"),
        ("He is still taking entrectinib, and the lesion has decreased further.", "AWD"),
        # a response told only as an event, or one that ended
        ("A partial response was noted after two months of crizotinib.", None),
        ("The tumour shrank on crizotinib, which continues until surgery becomes possible.", None),
        ("After a partial response, crizotinib was stopped.", None),
        ("The mass shrank on crizotinib; treatment continued for a year.", None),
    ],
)
def test_response_held_on_a_treatment_still_going_is_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,metastasis",
    [
        # the node category of this tumour's TNM stage: N0 nodes free, N1-3 nodes holding it
        ("The resection was staged pT2 N0.", False),
        ("The sarcoma was staged as pT3 pN1 (3/12).", True),
        ("Final staging: ypT2 ypN0.", False),
        ("Staging was pT1b pN1 M1.", True),
        ("The tumour was staged T3N2.", True),
        # another cancer's stage in the sentence is not this tumour's
        ("Her rectal adenocarcinoma had been staged pT3 N1a.", None),
        ("Beside the caecal carcinoma (pT3 N1b), the appendix held a spindle cell nodule.", None),
        ("Her earlier breast carcinoma had been staged pT1c pN0.", None),
        # ... but what the nodes were free of is no other cancer's stage
        ("All five hilar nodes were free of carcinoma (pT1b pN0).", False),
        ("Pathology: a 3.5 cm tumour, margins clear, pT2 pN0 (0/9).", False),
        # no node category stated
        ("The tumour was staged pT2 pNx.", None),
    ],
)
def test_tnm_node_category_of_this_tumour_is_metastasis(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    "text,recurrence,months,status",
    [
        # "none of them" in a small report speaks for its own patients together, not for a cohort
        ("None of them relapsed during 16 months of follow-up.", False, 16.0, "ANED"),
        ("None of them has had a recurrence after 2 years of follow-up.", False, 24.0, "ANED"),
        # a cohort counted in the sentence stays a cohort
        ("Of the 24 reported cases, most of them relapsed within a year.", None, None, None),
    ],
)
def test_none_of_them_in_a_small_report_is_the_patients_together(text, recurrence, months, status):
    row = run(text)
    assert (row.recurrence, row.follow_up_months, row.status) == (recurrence, months, status)


@pytest.mark.parametrize(
    "texts,response",
    [
        # a steroid trial told only as failing is no stated response (the read golds leave it empty)
        (("A presumed orbital pseudotumour did not respond to oral prednisolone, and it was excised.",), None),
        (("The mass failed to respond to a month of methylprednisolone.",), None),
        (("Prednisone gave no improvement.",), None),
        # ... growth told with it, or a kinase inhibitor that failed, is a progression on it
        (("The lesion did not respond to corticosteroids and continued to enlarge.",), "PD"),
        (("The nodules did not respond to ceritinib.",), "PD"),
    ],
)
def test_failed_steroid_trial_is_no_stated_response(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    "texts,status",
    [
        # a stretch of follow-up closed by no disease, told as a further one or not: alive without the tumour
        (["The relapse was excised.", "She has been followed for a further 2 years without disease."], "ANED"),
        (["The nodule was excised again; he was followed up for 3 more years with no relapse."], "ANED"),
        (["She has been followed for 18 months without evidence of recurrence."], "ANED"),
        # followed without a treatment, before the operation: no state of the disease
        (["He was followed for 6 months without treatment before surgery."], None),
    ],
)
def test_stretch_of_follow_up_closed_by_no_disease_is_aned(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    "texts,metastasis,status",
    [
        # another patient's course opened by a similar or earlier published case gives this patient nothing
        (["In a comparable case reported previously, the girl developed lung metastases and died of her disease."], None, None),
        (["In a previously published case, the tumour spread to the liver."], None, None),
        (["In an analogous patient described elsewhere [7], bone metastases appeared and the man died."], None, None),
        # ... the report's own case is still read
        (["In the present case, the tumour spread to the liver and she died of the disease."], True, "DOD"),
    ],
)
def test_course_of_a_similar_published_case_is_another_patients(texts, metastasis, status):
    row = run(*texts)
    assert (row.metastasis, row.status) == (metastasis, status)


@pytest.mark.parametrize(
    "text,response,status",
    [
        # short of complete: a partial response, and no disease-free state at the time point
        ("A CT scan 4 months into lorlatinib showed near-complete resolution of the pelvic mass.", "PR", None),
        ("At 6 months there was almost complete disappearance of the lesions.", "PR", None),
        # a complete resolution is still a complete response
        ("A CT scan at 5 months showed complete resolution of the mass.", "CR", "ANED"),
    ],
)
def test_near_complete_resolution_is_a_partial_response(text, response, status):
    row = run(text)
    assert (row.response, row.status) == (response, status)


@pytest.mark.parametrize(
    "text,recurrence",
    [
        # the tumour back under the operation scar
        ("Ten months later a new hard mass was felt beneath the scar, and excision showed IMT again.", True),
        ("At 5 months a new nodule appeared under the surgical scar.", True),
        ("At 5 months there was no new mass under the scar.", False),
    ],
)
def test_new_mass_under_the_scar_is_a_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    "text,status,months",
    [
        # a dated check that found neither recurrence nor spread: alive without disease at that time
        ("An MRI 8 months after the second excision showed neither recurrence nor metastasis.", "ANED", 8.0),
        ("At 3 years there was neither local recurrence nor distant spread.", "ANED", 36.0),
        # ... an expectation about the entity is no check of the patient
        ("Neither recurrence nor metastasis is expected after a complete excision.", None, None),
    ],
)
def test_neither_recurrence_nor_metastasis_at_a_time_point_is_aned(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    "text,status",
    [
        # the residual told unchanged in size over the follow-up: alive with the tumour there
        ("The residual mass has shown no change in size over 2 years of follow-up.", "AWD"),
        ("Her residual tumour showed no increase in size at 18 months.", "AWD"),
        # ... unless the sentence goes on to its growth
        ("The residual mass showed no change in size until month 9, when it enlarged.", None),
    ],
)
def test_residual_shown_unchanged_in_size_is_awd(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,primary,spread",
    [
        # a new nodule elsewhere, removed and shown to be the tumour: a distant spread
        ("At 11 months CT showed a new 8 mm nodule in the left lung, which was excised and proved to be IMT.", "C48.0", True),
        ("A new liver nodule was resected and showed the same tumour.", "C49.4", True),
        # ... not without the tumour shown in it, nor at the primary organ
        ("At 11 months CT showed a new 8 mm nodule in the left lung, which was excised and proved to be a granuloma.", "C48.0", False),
        ("A new nodule in the right lung was removed and showed the same tumour.", "C34.1", False),
    ],
)
def test_new_nodule_removed_and_shown_to_be_the_tumour_is_a_spread(text, primary, spread):
    assert bool(new_lesion_spread(text, primary)) is spread


@pytest.mark.parametrize(
    "text,expected",
    [
        ("After ten weeks of alectinib, the pelvic mass disappeared completely.", "CR"),
        ("Four months after starting crizotinib, the tumour had completely resolved.", "CR"),
        ("On lorlatinib the lung nodules completely regressed.", "CR"),
        # not the drug's: after stopping it, after an operation, a symptom, a counted few, an almost
        ("After ceritinib was discontinued, the mass disappeared completely.", None),
        ("After two cycles of chemotherapy, the mass was excised and the lesion disappeared completely.", None),
        ("After crizotinib, his cough disappeared completely.", None),
        ("After eight weeks of crizotinib, two of the nodules disappeared completely while the main mass shrank.", None),
        ("After crizotinib, the mass disappeared almost completely.", "PR"),
    ],
)
def test_tumour_gone_completely_after_a_drug_told_first_is_complete_response(text, expected):
    assert run(text).response == expected


@pytest.mark.parametrize(
    "text,status",
    [
        # "all of them" in a small report speaks for its own patients together, as "none of them" does
        ("All of them remain free of disease.", "ANED"),
        ("All of them are alive and free of disease.", "ANED"),
        # a cohort counted in the sentence, or a share of it, stays a cohort
        ("Of the 30 reported cases, all of them remain free of disease.", None),
        ("Most of them remain free of disease.", None),
    ],
)
def test_all_of_them_in_a_small_report_is_the_patients_together(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("At the end of the first postoperative year she was free of disease.", 12),
        ("By the end of the third post-operative year, imaging showed no regrowth.", 36),
        ("He remained well, without recurrence, at the end of the second postoperative year.", 24),
        ("After two years of surveillance there is no evidence of recurrence.", 24),
        # the time alone, with nothing said of the patient then, is no follow-up
        ("At the end of the first postoperative year a chest CT was done.", None),
    ],
)
def test_follow_up_told_by_an_ordinal_postoperative_year_beside_an_outcome(text, months):
    from eims_extract.fields.outcome import apply as outcome_apply
    from _support import run_apply as _run

    assert _run(outcome_apply, text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        ("Biopsy of an enlarged supraclavicular node showed the same spindle-cell proliferation.", True),
        ("A mediastinal lymph node was excised and showed identical tumour.", True),
        ("A lymph node biopsy revealed involvement by the tumour.", True),
        ("Biopsy of an enlarged axillary node showed the same reactive pattern as the tonsil.", None),  # not the tumour
        ("Biopsy of a cervical node was planned to exclude the same tumour.", None),
    ],
)
def test_node_biopsy_showing_this_tumour_is_a_metastasis(text, metastasis):
    from eims_extract.fields.outcome import apply as outcome_apply
    from _support import run_apply as _run

    assert _run(outcome_apply, text).metastasis is metastasis


@pytest.mark.parametrize(
    "text,value",
    [
        (
            "He remains on lorlatinib with stable residual nodules, 15 months after starting the drug and 38 months after his initial diagnosis.",
            38.0,
        ),
        ("She is still taking crizotinib without new lesions, 9 months after its initiation and 2 years after the first surgery.", 24.0),
        # two times of events, not a state at the last contact
        ("The relapse came 6 months after chemotherapy and 18 months after diagnosis.", None),
    ],
)
def test_follow_up_counted_from_diagnosis_beside_the_time_on_the_drug(text, value):
    assert run(text).follow_up_months == value


@pytest.mark.parametrize(
    "text,status",
    [
        ("Still on entrectinib with no sign of progression, she was admitted with pneumonia and died ten days later.", None),
        ("While in remission, he was hospitalised for a stroke and subsequently died.", None),
        ("He was admitted with sepsis and died of progressive disease a week later.", "DOD"),
        ("She was admitted with abdominal pain and died of tumour progression two weeks later.", "DOD"),
    ],
)
def test_death_during_an_admission_for_another_illness_gives_no_status(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "texts,response",
    [
        (
            (
                "Two chemotherapy regimens failed to control the mass.",
                "On larotrectinib the tumour disappeared, a complete response.",
                "Unlike earlier reports, our patient progressed on two regimens before the targeted drug.",
            ),
            "CR",
        ),
        (("Crizotinib gave a partial response.", "On two further lines of chemotherapy, restaging then showed progressive disease."), "PD"),
    ],
)
def test_failed_lines_looked_back_on_do_not_replace_the_later_response(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    "text,status,months",
    [
        # a recurrence denied for a listed kind of check ("clinical, laboratory or radiologic") at a time point
        ("Two years after resection, no clinical, biochemical or radiologic recurrence was found.", "ANED", 24.0),
        ("At 9 months, no clinical, laboratory, or imaging recurrence was seen.", "ANED", 9.0),
        # ... an expectation about the entity is no check of the patient
        ("No clinical or radiologic recurrence is expected after a complete excision.", None, None),
    ],
)
def test_recurrence_denied_for_listed_kinds_of_check_is_aned(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    "text,recurrence",
    [
        # a new growth where the tumour was operated on: the anastomosis, the resection bed, a stump
        ("Seven months later a new 15 mm nodule at the colonic anastomosis was biopsied and showed IMT.", True),
        ("A new mass was found in the resection bed at the 1-year scan.", True),
        ("At 14 months a new lesion appeared on the bronchial stump.", True),
        ("No new lesion was seen at the anastomosis at 1 year.", False),
        # ... a new lesion elsewhere is no recurrence by itself
        ("A new nodule was found in the contralateral lung.", None),
    ],
)
def test_new_growth_at_the_operated_site_is_a_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    "text,spread",
    [
        # new lesions in another organ that proved to be the tumour: a spread
        ("CT found new hepatic nodules, which proved to be EIMS at biopsy.", True),
        ("New pulmonary nodules were shown to be metastatic IMT.", True),
        # ... not when they proved to be something else
        ("CT found new hepatic nodules, which proved to be haemangiomas.", False),
    ],
)
def test_new_organ_nodules_proved_to_be_the_tumour_are_a_spread(text, spread):
    assert bool(new_lesion_spread(text, "C48.1")) is spread


@pytest.mark.parametrize(
    "text,status",
    [
        # stable disease held over the follow-up, told after another finding: alive with the tumour
        ("Over 18 months of follow-up the girl showed weight gain and stable disease on larotrectinib.", "AWD"),
        ("During a 3-year follow-up on entrectinib she has maintained stable disease.", "AWD"),
        # ... not when the sentence goes on to its end
        ("Follow-up imaging showed stable disease for 5 months, then progression in the liver.", None),
    ],
)
def test_stable_disease_held_over_the_follow_up_is_awd(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,status,months",
    [
        # a follow-up examination dated by a list of times, found clear: free of disease at the last of them
        ("Follow-up MRI at 3, 6 and 12 months was negative.", "ANED", 12.0),
        ("Control CT at two years after surgery was normal.", "ANED", 24.0),
        # ... a staging examination is no follow-up
        ("Staging CT at 2 months was negative.", None, None),
    ],
)
def test_examination_dated_by_listed_times_found_clear_is_aned(text, status, months):
    row = run(text)
    assert (row.status, row.follow_up_months) == (status, months)


@pytest.mark.parametrize(
    "text,months",
    [
        # the status code in brackets after the cause of death keeps the time of death a follow-up
        ("Outcome: died of disease (DOD) at 11 months.", 11.0),
        ("He died of the disease (DOD), at 2 years.", 24.0),
    ],
)
def test_death_coded_in_brackets_keeps_its_time(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    "texts,months",
    [
        # "had a nephrectomy" reports the operation: the clock of later times starts there
        (("A 50-year-old woman had a nephrectomy for a renal IMT.", "She developed lung metastases 2 years later and died 6 months after that."), 30.0),
        (("The boy has had a wide excision of the thigh mass.", "Eight months later it recurred, and 4 months later he died."), 12.0),
        # ... a history of an earlier operation is no start
        (("She had a history of appendectomy.", "Two years later a pelvic mass was found, and she died 6 months later."), 6.0),
    ],
)
def test_had_an_operation_starts_the_clock_of_later_times(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    "text,status",
    [
        # a partial response named with its criteria in brackets, held at the last follow-up: alive with the tumour
        ("The scan at 2 months showed a partial response (RECIST 1.1), which was maintained at the last follow-up.", "AWD"),
        ("She had stable disease (by RECIST) that persisted until the latest visit.", "AWD"),
        # ... a response lost before the last visit is no such state
        ("The scan at 2 months showed a partial response (RECIST 1.1), which was lost at the next scan.", None),
    ],
)
def test_response_with_bracketed_criteria_held_at_last_follow_up_is_awd(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,response",
    [
        # the RECIST measure itself shrunk by 30 per cent or more: a partial response, with no drug named in the sentence
        ("At 3 months there was a 41% decrease in the sum of diameters of the target lesions.", "PR"),
        ("The sum of the longest diameters fell by 38% at week 12.", "PR"),
        # ... under 30 per cent is not
        ("At 3 months there was a 22% decrease in the sum of diameters.", None),
    ],
)
def test_sum_of_diameters_shrunk_by_a_third_is_a_partial_response(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    "text,months,status",
    [
        # a survival free of disease or progression that the sentence goes on to close ended before the last follow-up
        ("She received alectinib with a progression-free survival of 11 months, then ceritinib.", None, None),
        ("He had a disease-free survival of 26 months before the tumour recurred in the pelvis.", None, None),
        # ... one still running is the follow-up
        ("She has a disease-free survival of 26 months to date.", 26.0, "ANED"),
    ],
)
def test_free_survival_closed_in_its_sentence_is_no_follow_up(text, months, status):
    row = run(text)
    assert (row.follow_up_months, row.status) == (months, status)


@pytest.mark.parametrize(
    "text,primary,spread",
    [
        # a new lesion named by a part of another organ (a brain lobe, the cerebellum, a bone) told with the tumour shown in it
        ("At 9 months MRI showed a new 2 cm lesion in the right parietal lobe, which was resected and showed EIMS.", "C34.9", True),
        ("Despite alectinib, a new lesion appeared in the cerebellum.", "C48.0", True),
        # ... not a lesion of the primary's own organ, nor one told without any progression or proof
        ("Despite crizotinib, a new lesion appeared in the left femur.", "C40.2", False),
        ("A new lesion was seen in the left temporal lobe on MRI.", "C49.9", False),
    ],
)
def test_new_lesion_in_a_part_of_another_organ_is_a_spread(text, primary, spread):
    assert bool(new_lesion_spread(text, primary)) is spread


@pytest.mark.parametrize(
    "text,status",
    [
        # a lesion left in place that stays unchanged over the follow-up: alive with the tumour
        ("The unresected nodule in the omentum remains unchanged at 2 years of observation.", "AWD"),
        ("The liver lesions have remained radiologically unchanged for 14 months.", "AWD"),
        # ... not when the sentence goes on to their growth
        ("The liver lesions have remained unchanged until month 8, when they grew.", None),
    ],
)
def test_lesion_left_in_place_remaining_unchanged_is_awd(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "text,response",
    [
        # a single tumour told gone on a drug, without 'completely': a complete response
        ("The mass had disappeared on MRI after 5 months of lorlatinib.", "CR"),
        ("On entrectinib the nodule disappeared.", "CR"),
        # ... not after stopping the drug or an operation, not one named among several, not a symptom
        ("After stopping crizotinib the mass disappeared.", None),
        ("On crizotinib the largest nodule disappeared.", None),
        ("On crizotinib her cough disappeared.", None),
        ("On crizotinib the mass disappeared almost completely.", "PR"),
    ],
)
def test_single_tumour_gone_on_a_drug_is_a_complete_response(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    "text,metastasis",
    [
        # an absence of spread told after its noun
        ("The specimen had clear margins, and lymph node involvement was absent.", False),
        ("Distant metastases were not found on staging.", False),
        # ... a spread that was present stays present
        ("Lymph node involvement was present in two of nine nodes.", None),
    ],
)
def test_spread_told_absent_after_its_noun_is_no_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "recurrence", "status"),
    [
        # the tumour left in place told present and not growing: alive with the tumour, no recurrence denied
        ("Two years after the start of alectinib, a thin residual mass persists in the mesentery without regrowth.", None, "AWD"),
        ("At 18 months the residual lesion remains at the skull base with no further growth, and she stays on crizotinib.",
         None, "AWD"),
        # precision: no residual left, then no regrowth: free of disease, recurrence denied
        ("At 18 months there is no residual tumour and no regrowth.", False, "ANED"),
    ],
)
def test_residual_tumour_remaining_without_regrowth_is_alive_with_disease(text, recurrence, status):
    row = run(text)
    assert (row.recurrence, row.status) == (recurrence, status)


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        # a second or another nodule at the scar of the excision: the tumour back at its site
        ("Eight months later a second nodule appeared at the excision scar and was removed again.", True),
        ("Another small mass developed beneath the surgical scar a year after the operation.", True),
        # precision: a second nodule elsewhere is no recurrence told; one denied at the scar is a recurrence denied
        ("A second nodule was found in the opposite breast and proved to be a fibroadenoma.", None),
        ("Ultrasound showed no second nodule at the scar.", False),
    ],
)
def test_second_nodule_at_the_excision_scar_is_a_recurrence(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("Ceritinib was started, but the CT after two months showed further growth of the pelvic mass.", "PD"),
        ("Imatinib 400 mg daily was begun; however, restaging revealed continued enlargement of the liver nodules.", "PD"),
        # growth that led to a treatment is no response to it; growth denied is none either
        ("Further growth of the mass was seen, and crizotinib was started.", None),
        ("Crizotinib was started, but restaging showed no further growth of the nodules.", None),
    ],
)
def test_growth_found_after_a_treatment_began_is_progression(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("Larotrectinib was started, and after five months the nodule was no longer visible on MRI.", "CR"),
        ("On crizotinib the nodules were no longer seen at four months.", "CR"),
        # gone after an operation is the operation's result, not a drug's response
        ("After the excision the nodule was no longer visible.", None),
    ],
)
def test_nodule_no_longer_visible_on_a_drug_is_complete_response(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The small residual nodule has remained unchanged, 28 months after the operation.", 28.0),
        ("Since then the scar thickening has remained stable, which we take as stable disease, 3 years after surgery.", 36.0),
        ("Follow-up cystoscopies showed a flat scar only, with slight oedema at 11 months after the resection.", 11.0),
        # a time of the treatment, not of a contact, is no follow-up
        ("The residual nodule has remained unchanged on crizotinib.", None),
    ],
)
def test_last_contact_told_by_an_unchanged_remnant_or_a_dated_surveillance_finding(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a progression told as an event after a partial or complete response ends it: the best response before it stays
        (("Crizotinib gave a partial response, but the disease progressed within months.",), "PR"),
        (
            ("On ceritinib the invented man's nodules shrank, a partial response by RECIST 1.1.", "The disease progressed at 11 months on ceritinib with new liver deposits."),
            "PR",
        ),
        (
            ("Alectinib gave a complete response.", "In spring the peritoneal disease progressed; she declined more treatment and died of her tumour."),
            "CR",
        ),
        # ... on a later line too, and a second progression told as an event does not bring the last one back
        (
            (
                "Entrectinib produced a partial response within two months.",
                "New lung nodules and pelvic progression were found in June; entrectinib was replaced by repotrectinib, but the disease continued to progress.",
            ),
            "PR",
        ),
        # precision: an assessment naming the category replaces the response, and so does a later response of any kind
        (("Lorlatinib gave a partial response.", "Restaging four months later showed progressive disease (PD)."), "PD"),
        (("Lorlatinib gave a partial response, and after a year the disease progressed.", "Brigatinib then held the disease stable for eight months."), "SD"),
        # precision: a progression with no response before it stays the response
        (("After two cycles of chemotherapy the disease progressed.",), "PD"),
    ],
)
def test_best_response_kept_when_progression_is_told_as_an_event(texts, expected):
    assert run(*texts).response == expected


@pytest.mark.parametrize(
    ("texts", "months"),
    [
        # a progression-free survival that ended, or a response duration given as a figure, is no follow-up of the patient
        (("Brigatinib gave a partial response (-40%); progression-free survival was 12.1 months, after which new liver lesions appeared.",), None),
        (("The best response was a partial response, with a duration of response of 14.2+ months.",), None),
        (("Best overall response: PR (-51%). DoR 11.4+ months; he remained on treatment.",), None),
        # ... while the patient's state at a time is ("is progression-free at 20 months")
        (("She is progression-free at 20 months on larotrectinib with a small residual nodule.",), 20.0),
    ],
)
def test_progression_free_survival_figure_is_no_follow_up(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a stated best response on one line, a progression, then a better response on the next line: the later one
        (
            (
                "Four cycles of chemotherapy were given; the best response was stable disease, and in June CT showed progression with new lung nodules.",
                "Larotrectinib was started, and the first scan showed a partial response.",
            ),
            "PR",
        ),
        (("The best response was a partial response; relapse followed, and lorlatinib then gave a complete response.",), "CR"),
        # precision: a worse response after the progression leaves the stated best, and without a progression between
        # the stated best stays
        (
            ("The best response to crizotinib was a partial response at 3 months.", "The disease progressed at 9 months, and alectinib then held it stable for half a year."),
            "PR",
        ),
        (("The best overall response was stable disease.", "At the next scan the made-up tumour shrank, a partial response."), "SD"),
    ],
)
def test_better_response_on_the_line_after_a_stated_best_and_a_progression(texts, expected):
    assert run(*texts).response == expected


@pytest.mark.parametrize(
    "site_code,texts,recurrence",
    [
        ("C48.1", ["The omental mass was completely excised.", "Several peritoneal nodules appeared seven months later."], True),
        ("C48.2", ["The retroperitoneal tumour was resected.", "Two new pelvic nodules developed ten months after the operation."], True),
        # no complete operation before, or a thoracic primary: nothing read
        ("C48.1", ["A core biopsy of the mesenteric mass was taken.", "Several peritoneal nodules appeared seven months later."], None),
        ("C34.1", ["The lobe was resected.", "Several peritoneal nodules appeared seven months later."], None),
    ],
)
def test_cavity_nodules_as_subject_appearing_months_later_after_resection_are_recurrence(site_code, texts, recurrence):
    assert _recurrence_with_primary(site_code, *texts) is recurrence


@pytest.mark.parametrize(
    "texts,response",
    [
        (["Lorlatinib was begun.", "The mass shrank by 52% at two months, and the residual mass has remained stable since then."], "PR"),
        (["Crizotinib was started for the recurrence.", "A complete response was seen at six months.",
          "The small scar remained stable on later scans."], "CR"),
        # stable disease named as a category after a partial response is a new assessment and replaces it
        (["Crizotinib was started.", "A partial response was seen at three months.", "Restaging at a year showed stable disease."], "SD"),
    ],
)
def test_lesion_remaining_stable_after_a_response_keeps_the_response(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    "text,response",
    [
        ("After the incomplete excision she received alectinib, and the residual tumour had disappeared on MRI at five months.", "CR"),
        ("Crizotinib was given, and the remaining nodules resolved within three months.", "CR"),
        # gone after a further operation: no response; only partly gone: partial
        ("Steroids were stopped and the residual mass disappeared after re-excision.", None),
        ("On crizotinib the residual disease disappeared almost entirely.", "PR"),
    ],
)
def test_residual_disease_disappearing_on_a_drug_is_complete_response(text, response):
    assert run(text).response == response


def test_response_that_made_resection_possible_replaces_earlier_stable_disease():
    row = run(
        "She first received vinblastine and methotrexate for 6 months, which produced only stable disease.",
        "Crizotinib then produced a partial response (45% smaller at 3 months), making a complete resection possible.",
    )
    assert row.response == "PR"


@pytest.mark.parametrize(
    ("texts", "recurrence"),
    [
        (("The mass was excised.", "Five months later a nodule appeared at the resection site."), True),
        (("A wedge resection was done.", "At one year a 1.5-cm lesion was detected in the operative bed."), True),
        (("The tumour was removed.", "A small swelling developed along the surgical scar 8 months later."), True),
        # the growth at the primary operation itself, or a lesion elsewhere, is no recurrence by this reading
        (("At surgery, a firm mass was found in the tumour bed of the ileum.",), None),
        (("The mass was excised.", "Nine months later a nodule appeared in the contralateral lung."), None),
    ],
)
def test_growth_appearing_at_the_operative_site_without_new_is_a_recurrence(texts, recurrence):
    assert run(*texts).recurrence is recurrence


@pytest.mark.parametrize(
    ("texts", "months"),
    [
        # a survival free of progression that the next sentence ends is no follow-up (gold/blind.md, resp19 (c))
        (("Alectinib gave a partial response.", "Progression-free survival was 13 months.", "The disease then progressed."), None),
        (("Alectinib gave a partial response.", "PFS was 13 months.", "Thereafter, the tumour progressed in the liver."), None),
        # a state free of progression at a time, or one the next sentence does not end, is
        (("Alectinib gave a partial response.", "She is progression-free at 13 months."), 13.0),
        (("Alectinib gave a partial response.", "Her progression-free survival has reached 13 months.", "She is well."), 13.0),
    ],
)
def test_progression_free_survival_ended_in_the_next_sentence_is_no_follow_up(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "status", "follow_up"),
    [
        # a finding of no disease dated by the month counted from the start, told after it
        (("No sign of relapse was seen on the most recent CT (month 16).",), "ANED", 16.0),
        (("No relapse was found on the ultrasound done at month 9.",), "ANED", 9.0),
        # negative: a later relapse is the last news; a range of months dates nothing
        (("The CT at month 4 showed no residual tumour; at month 12 the tumour recurred.",), None, None),
        (("Scans were clear during the first year (months 6-9 of therapy).",), None, None),
    ],
)
def test_regression_finding_of_no_disease_dated_by_month_number_told_after_it(texts, status, follow_up):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, follow_up)


@pytest.mark.parametrize(
    ("texts", "status", "follow_up"),
    [
        # stable disease held on a course: alive with the tumour, the time it has been held the follow-up
        (("He has maintained stable disease on alectinib for more than 3 years.",), "AWD", 36.0),
        (("She has had stable disease on celecoxib since the biopsy.",), "AWD", None),
        # negative: a death of disease after the stable phase is the last news
        (("Stable disease was maintained for 6 months; the tumour then progressed and she died of disease.",), "DOD", None),
    ],
)
def test_regression_stable_disease_maintained_on_a_course_is_alive_with_disease(texts, status, follow_up):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, follow_up)


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # a micrometastasis is a metastasis; a metastasectomy removes one
        ("Two of 14 mesenteric nodes held a micrometastasis.", True),
        ("She underwent thoracoscopic metastasectomy of a right lung nodule.", True),
        ("No micrometastasis was found in the 9 resected nodes.", False),
    ],
)
def test_regression_micrometastasis_and_metastasectomy_are_metastasis(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("texts", "status", "follow_up"),
    [
        # a dated PET with no avid disease is a finding of no disease
        (("The two-year follow-up PET-CT showed no FDG-avid disease.",), "ANED", 24.0),
        # repeated examinations told negative for a period: that period is the follow-up
        (("Surveillance MRI every 4 months has been negative for 2 years.",), "ANED", 24.0),
        (("Routine ultrasound has remained normal for 18 months, until a nodule appeared in the scar.",), None, None),
    ],
)
def test_regression_avid_disease_absent_and_examinations_negative_for_a_period(texts, status, follow_up):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, follow_up)


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        # a response told to hold at the last news gives the status of the response told before it
        (("Lorlatinib produced a partial response with a 48% reduction.", "The response is ongoing."), "AWD"),
        (("Alectinib led to a complete response.", "Her response persists after the drug was stopped."), "ANED"),
        # negative: a response that held only until the disease progressed; an ongoing response without one told
        (("Crizotinib gave a partial response.", "The response was maintained until month 14, when the disease progressed."), None),
        (("The response is ongoing.",), None),
    ],
)
def test_regression_response_told_ongoing_gives_the_status_of_the_response_before(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    ("texts", "status", "follow_up", "metastasis"),
    [
        # a death of the tumour's spread ("died of ... invasion") dated at a time
        (("Nodal metastases appeared, and she died of skull-base invasion at 20 months.",), "DOD", 20.0, True),
        # negative: "within" a time bounds the death, it does not date it
        (("Nodal metastases appeared, and she died of skull-base invasion within a year.",), "DOD", None, True),
        # a finding of no disease dated "over the course of" a period
        (("He recovered and had no recurrence or metastasis over the course of 4 years.",), "ANED", 48.0, False),
    ],
)
def test_regression_death_within_a_time_and_finding_over_the_course_of_a_period(texts, status, follow_up, metastasis):
    row = run(*texts)
    assert (row.status, row.follow_up_months, row.metastasis) == (status, follow_up, metastasis)


@pytest.mark.parametrize(
    ("texts", "status", "follow_up"),
    [
        # residual disease shown by an examination dated at a time: alive with disease then
        (("Ultrasound at 9 months showed a minimal residual mass, unchanged in size.",), "AWD", 9.0),
        (("Eighteen months after debulking, CT revealed stable residual disease.",), "AWD", 18.0),
        # negative: a residue later removed, with no disease since; an age is no time after treatment
        (("CT at 2 months showed residual tumour, which was excised; at 3 years she is free of disease.",), "ANED", 36.0),
        (("At 5 years of age, MRI showed a small residual lesion.",), None, None),
    ],
)
def test_regression_residual_disease_shown_by_an_examination_dated_at_a_time(texts, status, follow_up):
    row = run(*texts)
    assert (row.status, row.follow_up_months) == (status, follow_up)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outcome cell opening on the disease left in place: alive with disease, at the cell's time
        ("Stable residual disease, 31 mo", {"follow_up_months": 31.0, "status": "AWD"}),
        ("Residual tumour, 8 mo", {"follow_up_months": 8.0, "status": "AWD"}),
        ("Alive, persistent disease, 15 mo", {"follow_up_months": 15.0, "status": "AWD"}),
        # precision: denied, or a later status in the cell decides, or residual disease only inside another clause
        ("No residual tumour", {}),
        ("Residual disease; NED 40 mo", {"follow_up_months": 40.0, "status": "ANED"}),
        ("Re-excised, residual disease", {}),
    ],
)
def test_outcome_cell_opening_on_residual_disease_is_alive_with_disease(text, expected):
    assert _read_cell("outcome", "Outcome", text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a course of treatment told "with further growth" of the disease: a progression on it
        ("She had three cycles of ifosfamide and doxorubicin with further growth of the pelvic masses.", "PD"),
        ("Celecoxib was taken for four months, but continued enlargement of the nodule was seen on MRI.", "PD"),
        # precision: growth denied, or no treatment course before it
        ("Two cycles of chemotherapy were given with no further growth of the tumour.", None),
        ("Imaging three months later showed further growth of the mass.", None),
    ],
)
def test_treatment_course_with_further_growth_of_the_disease_is_progression(text, expected):
    assert run_apply(apply, text).response == expected


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # spread to the nodes named as disease in the patient's course: denied, or told
        ("There was no local regrowth and no nodal disease on the last scan.", False),
        ("Eight months later ultrasound showed cervical nodal disease.", True),
        ("She developed regional nodal recurrence at 10 months.", True),
        # precision: the entity in general, or a staging finding before treatment
        ("Nodal disease is rare in inflammatory myofibroblastic tumours.", None),
        ("Staging PET showed no nodal disease but a 3-cm avid mass of the spleen.", None),
    ],
)
def test_nodal_disease_is_spread_to_the_nodes(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "primary", "spread"),
    [
        # deposits of another organ told beside the tumour at presentation are its spread
        ("CT found a 9 cm retroperitoneal mass together with three liver deposits.", "C48.0", True),
        ("She presented with an omental mass with hepatic deposits.", "C48.1", True),
        # a liver primary's own deposits are no spread
        ("CT found a 9 cm hepatic mass together with two liver deposits.", "C22.0", False),
        # a deposit of something else is no spread
        ("The biopsy showed a mesenteric mass with amyloid deposits.", "C48.1", False),
    ],
)
def test_organ_deposits_told_beside_the_tumour_are_a_spread(text, primary, spread):
    assert bool(new_lesion_spread(text, primary)) is spread


@pytest.mark.parametrize(
    ("text", "primary", "spread"),
    [
        # a lesion of another organ found later and shown by its removal to be the same tumour
        ("Ten months later a 1.5 cm nodule in the left lung was resected and showed IMT.", "C55.9", True),
        ("A year afterwards a hepatic mass was excised and proved to be the same tumour.", "C67.9", True),
        # the primary's own organ: no spread
        ("Ten months later a nodule in the left lung was resected and showed IMT.", "C34.9", False),
        # removed and shown to be something else
        ("Ten months later a nodule in the left lung was resected and showed a hamartoma.", "C55.9", False),
    ],
)
def test_later_lesion_of_another_organ_proved_to_be_the_tumour_is_a_spread(text, primary, spread):
    assert bool(new_lesion_spread(text, primary)) is spread


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the course named first, then no response told by a pronoun or with no object
        ("Entrectinib was begun, but the tumour failed to respond to it.", ["PD"]),
        ("He took lorlatinib for ten weeks but did not respond.", ["PD"]),
        # ... and died of it, told in the same clause
        ("Ceritinib was tried, but he failed to respond and died of liver failure six weeks later.", ["PD"]),
        # a steroid trial told only as not responding stays unread (as for 'did not respond to prednisolone')
        ("Methylprednisolone was given, but the boy did not respond.", []),
        # a general statement on other patients is no course of this one
        ("Patients given crizotinib who did not respond were switched.", []),
        # a later improvement: not a closed 'no response'
        ("Ceritinib was begun; she did not respond to it at first but improved later.", []),
        ("Ceritinib was tried, but he failed to respond and improved only after the resection.", []),
    ],
)
def test_course_then_no_response_by_pronoun_is_progression(text, expected):
    assert [code for code, _, _ in response_mentions(text, "course_response")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no tumour where it was removed: a stated absence of recurrence
        ("At the 20-month visit no mass was found at the resection site.", [False]),
        ("No lesion was seen in the operative bed on the last MRI.", [False]),
        ("Ultrasound showed no tumour at the surgical site.", [False]),
        # a mass found there is a recurrence
        ("A 2-cm mass was found at the resection site.", [True]),
    ],
)
def test_no_tumour_at_the_operative_site_is_no_recurrence(text, expected):
    assert [v for v, _, _ in flag_mentions("recurrence", text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Progression occurred after two cycles.", ["PD"]),
        ("Radiological progression was noted during the third course.", ["PD"]),
        ("Progression was observed after 3 cycles.", ["PD"]),
        # its absence is no progression
        ("No progression occurred after four cycles.", []),
    ],
)
def test_progression_told_as_the_event_of_a_number_of_cycles_is_pd(text, expected):
    assert sorted({code for code, _, _ in response_mentions(text)}) == expected


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("At the last visit, MRI showed a stable 4-mm spot in the liver that the team regarded as residual tumour.", "AWD"),
        ("The faint enhancement on the latest scan was interpreted as residual disease.", "AWD"),
        # denied, or then removed: no disease left
        ("The faint enhancement was not regarded as residual tumour.", None),
        ("A nodule interpreted as residual tumour was excised a month later.", None),
    ],
)
def test_finding_taken_for_residual_disease_is_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    "cell,status",
    [
        # a death of another cause with the tumour's state at death after it: no scored status (the patient is not alive)
        ("Died 8 mo (stroke), NED", None),
        ("Died (sepsis), no evidence of disease, 14 mo", None),
        # negative: a death told without another cause, or of the tumour, stays a death of disease
        ("Died 8 mo", "DOD"),
        ("Died of disease, 5 mo", "DOD"),
    ],
)
def test_outcome_cell_death_of_another_cause_then_free_of_tumour(cell, status):
    from eims_extract.fields.outcome import parse_outcome

    assert parse_outcome(cell)[1] == status


@pytest.mark.parametrize(
    "text,response",
    [
        # stability of what is left told with "has been": stable disease, as "has remained stable"
        ("Entrectinib was started; the residual mass has been stable in size since.", "SD"),
        ("On ceritinib the lesion has been stable for a year.", "SD"),
        # precision: stability of something else is no response
        ("Her renal function has been stable.", None),
    ],
)
def test_residual_tumour_has_been_stable_is_stable_disease(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    "text,months",
    [
        ("Twenty weeks after the excision the boy remains NED.", 4.6),
        ("At 22 weeks he remains free of disease on clinical examination.", 5.1),
        ("At week 34 the woman remained without evidence of disease.", 7.8),
        ("The woman remained without evidence of disease at week 34.", 7.8),
    ],
)
def test_follow_up_in_weeks_with_a_lasting_state(text, months):
    """A state of no disease told as lasting at a time in weeks ('remains NED', 'remained without evidence of disease',
    'at week N') dates the last news: the weeks are the follow-up, with the status."""
    row = run("The patient had a resection of an ileal myofibroblastic tumour.", text)
    assert (row.follow_up_months, row.status) == (months, "ANED")


def test_weeks_of_an_early_check_are_still_no_follow_up():
    row = run("The patient had a resection of an ileal myofibroblastic tumour.",
              "Three weeks after resection, ultrasound showed no evidence of residual tumour.")
    assert row.follow_up_months is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share told before the shrinkage word: a partial response by RECIST's 30% threshold
        ("Three cycles of vinorelbine gave an approximate 40% reduction in the size of the mass.", ["PR"]),
        ("Larotrectinib produced a 72% decrease in tumour volume by week ten.", ["PR"]),
        ("The pelvic nodule showed a 55% size reduction on the second scan.", ["PR"]),
        # below the threshold, a dose, a marker, or after an operation: no response
        ("There was a 20% reduction in the size of the mass.", []),
        ("A 50% reduction in the dose was needed for neutropenia.", []),
        ("A 60% reduction in tumour markers followed.", []),
        ("The residue showed a 45% reduction in size after the debulking operation.", []),
    ],
)
def test_shrinkage_share_told_before_the_noun_is_a_partial_response(text, expected):
    assert sorted({code for code, _, _ in response_mentions(text)}) == expected


@pytest.mark.parametrize(
    ("text", "primary", "spread"),
    [
        # resistance to the drug told with new lesions in another organ: a spread, like a progression
        ("He had a partial response to alectinib, but resistance developed after 11 months, with new nodules in both lungs.", "C48.0", True),
        ("Acquired resistance appeared with new hepatic lesions.", "C67.9", True),
        ("The tumour escaped crizotinib control at 8 months with new liver lesions.", "C49.2", True),
        # the primary's own organ: no spread
        ("Resistance developed after 11 months, with new nodules in both lungs.", "C34.1", False),
        # resistance named with no new lesion elsewhere
        ("Resistance developed after 11 months and the drug was changed.", "C48.0", False),
    ],
)
def test_new_lesions_told_with_resistance_to_the_drug_are_a_spread(text, primary, spread):
    assert bool(new_lesion_spread(text, primary)) is spread


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        # well after a partial response or stable disease in the same sentence: alive with the tumour it left
        (["Ceritinib was begun; he achieved a partial response (PR) and is in good condition at the time of writing."], "AWD"),
        (["On entrectinib the disease has been stable (SD), and she remains well 14 months later."], "AWD"),
        # a complete response: free of the tumour
        (["Lorlatinib gave a complete response, and he is in good condition at the time of writing."], "ANED"),
        # an operation between them took the tumour out
        (["Crizotinib gave a partial response, the residue was then resected, and she is in good condition."], "ANED"),
        # well with no response told: free of disease as before
        (["After the lobectomy he is in good condition."], "ANED"),
    ],
)
def test_wellbeing_told_after_a_partial_response_is_alive_with_disease(texts, status):
    assert run(*texts).status == status


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        # stable disease, then a progression told as an event: the best response before progression is kept
        (["She had stable disease on sunitinib for 7 months, followed by progression of the liver lesions."], "SD"),
        (["Imatinib gave stable disease.", "The disease progressed at 9 months and she was switched to vinorelbine."], "SD"),
        # a progression that names the category is a new assessment
        (["Imatinib gave stable disease.", "Restaging at 9 months showed progressive disease."], "PD"),
        # a better response on the next line is the row's
        (["Imatinib gave stable disease.", "The disease progressed, and lorlatinib then gave a partial response."], "PR"),
    ],
)
def test_stable_disease_before_a_progression_told_as_an_event_is_kept(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    ("text", "metastasis"),
    [
        # one noun shared by 'local' and 'distant', negated: no distant relapse either (metastasis false)
        ("Two years on, the invented girl shows no sign of local or distant disease.", False),
        ("The made-up patient has had no local or distant recurrence in 20 months.", False),
        ("He is free of locoregional or distant relapse at 3 years.", False),
        ("There was no clinical or radiological evidence of local or distant spread at the last visit.", False),
        # not an absence in this patient: an event, or a group of other patients
        ("At 9 months the invented boy had a local and distant relapse.", None),
        ("Most patients in earlier series were free of local or distant disease after resection.", None),
    ],
)
def test_absence_of_local_or_distant_disease_sharing_one_noun(text, metastasis):
    assert run(text).metastasis == metastasis


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        # the residual left by a debulking told gone in a sentence after the drug's start: a complete response
        (("Alectinib was begun after the debulking.", "The residual tumour vanished on CT at 5 months."), "CR"),
        (("Her remaining disease had resolved by the fourth month of therapy.",), "CR"),
        # gone because it was removed: no response; only nearly gone: a partial one
        (("The residual mass had disappeared after the second excision.",), None),
        (("Following re-excision, the residual nodule disappeared.",), None),
        (("The residual lesion disappeared almost entirely.",), "PR"),
        # another response told for the patient is the row's
        (("Crizotinib gave a partial response.", "Two months later the residual mass disappeared."), "PR"),
    ],
)
def test_residual_disease_told_gone_in_a_sentence_of_its_own_is_a_complete_response(texts, response):
    assert run(*texts).response == response


@pytest.mark.parametrize(
    "text,metastasis",
    [
        # the series' patient named between the nodes' participle and their finding
        ("Lymph nodes removed at the hemicolectomy in patient 2 were free of tumour.", False),
        ("The nodes sampled at surgery in case 4 were negative.", False),
        # precision: still a node finding only when it is clear
        ("The nodes sampled at surgery in case 4 were involved.", None),
    ],
)
def test_nodes_clear_with_the_series_patient_named_after_the_participle(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "text,months",
    [
        ("By the last clinic visit she had reached 19 months without recurrence.", 19.0),
        ("He has now reached two years free of disease.", 24.0),
        # precision: a size or an age reached is no follow-up
        ("The mass had reached 6 cm without causing pain.", None),
        ("She had reached 16 years of age without symptoms.", None),
    ],
)
def test_follow_up_told_as_a_time_reached_without_relapse(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Abdominal myofibroblastic sarcoma: early relapse after debulking and a lasting answer to alectinib", None),
        ("The tumour showed a recurrence following the incomplete resection within two months.", None),
        ("She relapsed after a subtotal excision of the pelvic mass.", None),
        # precision: a recurrence after a complete operation stays one
        ("Early relapse after complete resection led to a second operation.", True),
        ("The tumour recurred in the pelvis after the operation.", True),
    ],
)
def test_relapse_after_an_operation_that_left_tumour_is_not_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("She continues on alectinib, with the residual abnormality unchanged.", "AWD"),
        ("He remains on larotrectinib with a small residual rim of soft tissue.", "AWD"),
        ("He continues on entrectinib with a persistent 1.5-cm nodule.", "AWD"),
        # precision: a follow-up visit, not a drug, with a scar left
        ("He remains on follow-up, with the operative scar unchanged.", None),
    ],
)
def test_continues_on_a_drug_with_tumour_left_is_alive_with_disease(text, status):
    assert run(text).status == status


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("After ten weeks MRI showed a reduction of more than 60% in tumour volume.", "PR"),
        ("Restaging showed a decrease of 45% in size of the pelvic mass.", "PR"),
        # precision: a small share, or the shrinkage an operation made, is no partial response
        ("CT showed a reduction of 20% in tumour size.", None),
        ("A reduction of 50% in tumour size was achieved by the debulking.", None),
    ],
)
def test_reduction_of_a_share_in_tumour_size_is_a_partial_response(text, response):
    assert run(text).response == response


@pytest.mark.parametrize(
    ("texts", "months"),
    [
        # the abstract rounds up, the case text gives the count: the count
        (("He is doing well almost two years after diagnosis.", "He remains free of disease 21 months after diagnosis."), 21.0),
        (("She was well nearly a year after the operation.", "At 11 months after the operation she had no recurrence."), 11.0),
        # the bound alone, or with an earlier visit well under it, or with a longer count: as told
        (("She was well nearly a year after the operation.",), 12.0),
        (("At 4 months after the operation she had no recurrence.", "She was well nearly a year after the operation."), 12.0),
        (("She was well nearly a year after the operation.", "At 15 months after the operation she had no recurrence."), 15.0),
    ],
)
def test_exact_follow_up_just_under_an_almost_bound_is_the_follow_up(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    "text,metastasis",
    [
        ("CT found three small nodules in the lungs, which were considered as pulmonary metastases by the tumour board.", True),
        ("The two hepatic lesions were regarded as metastatic deposits and were not biopsied.", True),
        ("The new lung nodules were considered to be metastases.", True),
        ("These nodules could be considered as metastases.", None),
        ("The nodules were not considered metastases.", None),
        ("The nodules were initially considered as metastases, but a biopsy showed granulomas.", None),
    ],
)
def test_unbiopsied_nodules_considered_metastases_set_metastasis(text, metastasis):
    # the team's reading of a finding ("considered as metastases") is the patient's spread, not a guess or a plan
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    "text,metastasis",
    [
        # a general statement in the present tense is about IMT, not this patient
        ("In this entity, distant nodules are considered as metastases only once sampled.", None),
        # the reading overturned later in the same sentence
        ("The adrenal nodule was considered as a metastasis until a biopsy proved an adenoma.", None),
        ("Both lung nodules were considered as pulmonary metastases, but they regressed without treatment.", None),
        # guard: the team's reading left standing still sets metastasis
        ("The hepatic nodules were regarded as metastatic deposits and crizotinib was started.", True),
    ],
)
def test_nodules_considered_metastases_said_in_general_or_overturned_are_no_spread(text, metastasis):
    assert run(text).metastasis is metastasis


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Local + liver", {"recurrence": True, "metastasis": True}),
        ("Locoregional, lung and bone", {"recurrence": True, "metastasis": True}),
        ("Local (7 mo) + lung", {"recurrence": True, "metastasis": True}),
        # a plain no is still no to both
        ("No", {"recurrence": False, "metastasis": False}),
    ],
)
def test_combined_event_cell_naming_the_own_place_and_an_organ_gives_both_events(text, expected):
    """A "Recurrence/metastasis" cell listing the tumour's own place and an organ elsewhere ("Local + liver"): a
    recurrence and a metastasis, not the recurrence alone (invented cells)."""
    from eims_extract.fields.outcome import _read_both
    from eims_extract.fields.registry import CellContext
    from eims_extract.ingest.model import Cell
    from eims_extract.records import CaseRow

    got: dict[str, object] = {}

    def put(name: str, value: object, cell: Cell) -> None:
        if value is not None:
            got[name] = value

    row = CaseRow(doc_id="d", case_id="case-1")
    _read_both(CellContext(row, Cell(text, 0, len(text)), "recurrence_metastasis", "Recurrence/metastasis", None, {}, put, lambda c: None))
    assert got == expected


@pytest.mark.parametrize(
    ("text", "response"),
    [
        ("Alectinib 600 mg twice daily resulted in CR.", "CR"),
        ("Crizotinib led to a durable PR.", "PR"),
        ("At progression he was switched to lorlatinib with a renewed PR.", "PR"),
        ("He received ceritinib, with SD as best response.", "SD"),
        ("The patient had PR as her best overall response to crizotinib.", "PR"),
        # negatives: no outcome verb nor best response, or another abbreviation
        ("The CR of the study was not reached in this subgroup of patients.", None),
        ("PD-L1 expression resulted in PD-L1 inhibitor use.", None),
        ("Hormonal stimulation induced PR expression in the uterine tumour.", None),
    ],
)
def test_response_abbreviation_brought_by_a_drug_or_as_best_response(text, response):
    """"Alectinib resulted in CR", "with SD as best response": the RECIST abbreviation is the patient's response."""
    assert run(text).response == response


@pytest.mark.parametrize(
    ("text", "months"),
    [
        # a series' follow-up range, then what is left of the per-patient list for one of them
        ("Follow-up ranged 6-40 months (40 months, respectively).", 40.0),
        ("Follow-up was 6-40 months (median, 20 months): 6 months for case 2.", 6.0),
        # the range with its median alone gives no patient's time
        ("Follow-up ranged from 6 to 40 months (median 20 months).", None),
    ],
)
def test_follow_up_range_then_one_patients_own_time(text, months):
    assert run_apply(apply, text).follow_up_months == months


@pytest.mark.parametrize(
    "text,value",
    [
        ("He has been stable for 14 months.", 14.0),
        ("The girl has remained clinically stable for 3 years.", 36.0),
        ("She had been stable for 5 months before the nodule enlarged.", None),
    ],
)
def test_patient_stable_over_a_stretch_gives_follow_up_not_status(text, value):
    row = run(text)
    assert row.follow_up_months == value
    assert row.status is None


@pytest.mark.parametrize(
    "text",
    [
        "She was given prednisone with some shrinkage, but the orbital mass regrew during tapering.",
        "Oral steroids produced partial regression, but the tumour later regrew.",
        "On dexamethasone it shrank; it regrew during the taper, and the dose was raised again.",
    ],
)
def test_regression_regrowth_of_a_steroid_treated_unresected_mass_is_no_recurrence(text):
    assert [v for v, _, _ in flag_mentions("recurrence", text) if v] == []


def test_a_recurrence_after_resection_is_still_read():
    # guard: the tumour removed, then back at the site
    assert [v for v, _, _ in flag_mentions("recurrence", "The mass was excised and recurred locally after 8 months.")] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was switched to lorlatinib, with PR at 8 weeks.", ["PR"]),
        ("He received crizotinib therapy, with SD (RECIST) at 6 months.", ["SD"]),
        # precision: patients grouped by response, and a marker named "PD-L1", are no response of the course
        ("Crizotinib was given to patients with SD or PR in that trial.", []),
        ("Chemotherapy was chosen for tumours with PD-L1 staining.", []),
    ],
)
def test_regression_response_abbreviation_a_drug_course_came_with(text, expected):
    assert [c for c, _, _ in response_mentions(text)][:1] == expected[:1]
    assert set(c for c, _, _ in response_mentions(text)) == set(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scans at 6 and 12 months showed slight shrinkage without new lesions \u2014 stable disease.", ["SD"]),
        ("There was no interval change (stable disease).", ["SD"]),
        ("The residual mass did not grow, stable disease.", ["SD"]),
        # precision: a denied label is still denied
        ("No stable disease was documented.", []),
    ],
)
def test_regression_a_response_label_after_a_negated_finding_is_asserted(text, expected):
    assert [c for c, _, _ in response_mentions(text)] == expected


@pytest.mark.parametrize(
    ("texts", "response", "status"),
    [
        (("The invented man refused all therapy. A year later he is alive with stable disease.",), None, "AWD"),
        (("No treatment was offered to the frail woman, and her mass has remained stable for two years.",), None, None),
        (("The child was managed by watchful waiting; the lesion regressed completely.",), None, None),
        # precision: a patient read with a treatment keeps the response; a refusal of further therapy after one too
        (("She declined treatment at first.", "Crizotinib was started later and gave a partial response."), "PR", None),
    ],
)
def test_untreated_patient_has_no_response(texts, response, status):
    row = CaseRow("doc", "1")
    sentences = located(*texts)
    treatment.apply(sentences, row)
    apply(sentences, row)
    assert row.response == response
    if status:
        assert row.status == status


@pytest.mark.parametrize(
    ("texts", "response", "status"),
    [
        # a named course given without benefit is no response to it (progressive disease on it)
        (("Vinblastine was given without benefit, and the invented girl died of tumour progression a year later.",), "PD", "DOD"),
        (("Two cycles of chemotherapy were administered without any response.",), "PD", None),
        # precision: given without complications is no failure; a steroid trial without benefit stays unread
        (("Chemotherapy was given without complications.",), None, None),
        (("Prednisolone was given without benefit.",), None, None),
        # precision: a bare therapy, treatment or course told so is as often what was tried before the diagnosis
        (("A course of antibiotics was given without benefit.",), None, None),
        (("Anti-tuberculous treatment was tried without success.",), None, None),
        (("High-dose steroid therapy was given without any effect.",), None, None),
        (("Chemotherapy was planned, but empirical antibiotics were given without benefit.",), None, None),
        # still on a kinase inhibitor without progression: alive with the tumour held
        (("The invented boy has been on alectinib for 3 years without progression.",), None, "AWD"),
        (("He was on crizotinib without progression until the spring.",), None, None),
        # still on the drug with a stable residual mass: alive with the tumour, the response told before it kept
        (("Crizotinib gave a partial response.", "She remains on crizotinib with a stable residual mass at 2 years."), "PR", "AWD"),
    ],
)
def test_course_without_benefit_and_states_on_a_drug(texts, response, status):
    row = CaseRow("doc", "1")
    sentences = located(*texts)
    treatment.apply(sentences, row)
    apply(sentences, row)
    assert (row.response, row.status) == (response, status)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The invented nodule has remained stable on CT for 2 years.", 24.0),
        ("The lesion has stayed unchanged on serial MRI over 18 months.", 18.0),
        # precision: a stable time ended by a change is no follow-up
        ("The nodule has remained stable on CT for 2 years until it grew.", None),
    ],
)
def test_tumour_stable_on_imaging_for_a_time_is_the_follow_up(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        # a progression on a line begun after the last response is that line's: no earlier response held over it
        (("The invented girl had a complete response to crizotinib but relapsed while still taking it.",
          "Lorlatinib was begun, but the disease progressed within four months."), "PD"),
        (("Crizotinib gave a partial response.", "She then progressed on lorlatinib."), "PD"),
        (("Chemotherapy gave stable disease.", "Ceritinib was started, and after 3 months the tumour progressed again."), "PD"),
        # precision: a progression on the same drug ends its response and leaves it the row's
        (("Crizotinib gave a partial response.", "She progressed on crizotinib after 9 months."), "PR"),
        (("Ceritinib was begun.", "At 3 months the nodules had shrunk (partial response).",
          "The disease progressed at 9 months on ceritinib."), "PR"),
        # precision: the progression a new line was begun for is the earlier line's
        (("Chemotherapy gave stable disease for 6 months.", "Crizotinib was begun when the disease progressed."), "SD"),
        (("Crizotinib was begun in May and gave a partial response, but the disease progressed in December.",), "PR"),
    ],
)
def test_progression_on_a_line_begun_after_the_response(texts, response):
    row = CaseRow("doc", "1")
    sentences = located(*texts)
    treatment.apply(sentences, row)
    apply(sentences, row)
    assert row.response == response


@pytest.mark.parametrize(
    ("texts", "response", "status"),
    [
        # a response told to hold in a clause after it: gone (complete) or still there (partial)
        (("Methotrexate then produced a complete response, which has been maintained over four years of follow-up.",), "CR", "ANED"),
        (("The invented boy had a partial response to ceritinib, which has persisted.",), "PR", "AWD"),
        (("Crizotinib gave a partial response.", "The response to crizotinib has lasted 14 months."), "PR", "AWD"),
        # precision: a response held until a relapse is no state at the last news
        (("Crizotinib gave a complete response, which was maintained for two years until a relapse.",), "CR", None),
    ],
)
def test_response_told_to_hold_after_it(texts, response, status):
    row = CaseRow("doc", "1")
    sentences = located(*texts)
    treatment.apply(sentences, row)
    apply(sentences, row)
    assert (row.response, row.status) == (response, status)
