"""Outcomes of a course told with dates rather than durations, of surveillance told as a list of time points, and of
the last line of systemic therapy (``fields.outcome``). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str, section: str | None = "case"):
    return run_apply(apply, *texts, section=section)


@pytest.mark.parametrize(
    ("texts", "months"),
    [
        # first event's month to the last contact's month, both exact month-year dates
        (("In April 2015 a 40-year-old man was admitted with a painful flank mass.",
          "A radical nephrectomy was done in April 2015.",
          "In June 2017 a nodule in the renal bed was excised.",
          "At his last clinic visit in October 2020 he had no evidence of disease."), 66.0),
        (("A 22-year-old woman presented in November 2018 with a pelvic mass and a two-month history of pain.",
          "She was last seen in February 2021, free of tumour."), 27.0),
        (("The child underwent excision of a neck mass in Sept. 2019.",
          "At the data cut-off in January 2022 she remained on treatment with a small stable remnant."), 28.0),
        (("In July 2016 a 60-year-old man was diagnosed with a mesenteric tumour.",
          "He died of progressive disease in March 2018."), 20.0),
        # both dates in one sentence
        (("Surgery took place in March 2020 and the last visit was in March 2021.",), 12.0),
    ],
)
def test_course_told_with_month_year_dates_gives_the_whole_months_between(texts, months):
    row = run(*texts)
    assert row.follow_up_months == months
    # grounded: the end date first, the start's kept
    ends = row.evidence["follow_up_months"]
    assert len(ends) == 2 and ends[0].start > ends[1].start


@pytest.mark.parametrize(
    "texts",
    [
        # a year alone is no date
        ("In 2016 a 34-year-old woman was referred with haematuria.", "At her last visit in May 2022 she was well."),
        # the first date tells an earlier history, not the tumour's course
        ("She had undergone a hysterectomy elsewhere in March 2012.", "At her last visit in May 2022 she was free of disease."),
        # an earlier date told after the start: the start is unsure
        ("In May 2018 she was referred with a thigh mass.", "A similar lump had been removed in June 2014.",
         "At her last visit in May 2022 she was free of disease."),
        # the last date tells no last contact
        ("In March 2016 he was referred with a chest mass.", "Crizotinib was stopped in January 2019."),
    ],
)
def test_dates_without_a_sure_start_or_last_contact_give_no_follow_up(texts):
    assert run(*texts).follow_up_months is None


def test_dates_in_the_discussion_start_no_course():
    assert run("In March 2016 he was referred with a chest mass.", "At his last visit in May 2022 he was well.",
               section="discussion").follow_up_months is None


def test_stated_duration_wins_over_dates():
    texts = ("In March 2016 she was referred with haematuria.", "She has no recurrence 30 months after surgery.",
             "At her last visit in May 2022 she was free of disease.")
    assert run(*texts).follow_up_months == 30.0


@pytest.mark.parametrize(
    ("texts", "months"),
    [
        # a list of surveillance points: the last one is the patient's
        (("Surveillance scans at 6, 12 and 18 months showed no recurrence.",), 18.0),
        # ... unless the real follow-up is told after it
        (("Follow-up endoscopies at 3, 12 and 24 months were normal.",
          "She is alive without disease 41 months after the resection."), 41.0),
    ],
)
def test_list_of_surveillance_time_points_gives_its_last_point_or_the_follow_up_told(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        # a new line begun after the response: the progression after it is the last therapy's assessment
        (("Alectinib was started in May 2020 and gave a partial response lasting nine months.",
          "In February 2021 the disease progressed, and lorlatinib was then started.",
          "The disease progressed again on lorlatinib."), "PD"),
        (("Crizotinib produced a partial response.", "Treatment was switched to ceritinib because of toxicity.",
          "A year later the tumour progressed."), "PD"),
        # no new line after the response: the progression ends it, and the response before it is kept (as before)
        (("Crizotinib produced a partial response lasting eight months.", "The disease then progressed."), "PR"),
    ],
)
def test_response_is_the_last_assessment_of_the_last_line(texts, response):
    assert run(*texts).response == response


def test_panel_lettered_legend_assesses_no_response():
    texts = ("Restaging CT showed progressive disease on the second inhibitor.",
             "MRI (A) before alectinib and (B) after 8 weeks showing marked regression; (C) growth on lorlatinib.")
    assert run(*texts).response == "PD"
