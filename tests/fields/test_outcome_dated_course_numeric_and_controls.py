"""A course told with dates written in numbers and its last contact named in other words (``fields.outcome``): "in
03/2017", "on 15.04.2017", "2019-11" are month-year dates as "March 2017" is; the last contact may be "the latest
visit", "the last control" (European English for a check-up), "the last in April 2021", or a death told as "expired";
a finding of no disease at "the last control" is a dated state (ANED). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts, section="case")


@pytest.mark.parametrize(
    ("texts", "months"),
    [
        (("A 47-year-old woman was admitted in 05/2016 with a pelvic mass and underwent resection on 21.06.2016.",
          "At the last control in 10/2020 she had no signs of relapse."), 53.0),
        (("2018-02 Biopsy of the neck mass: spindle-cell lesion.", "2018-03 Larotrectinib started.",
          "2021-07 Last visit: well, MRI clear."), 41.0),
        (("A 30-year-old man presented in Feb 2017 with haematuria.", "At the latest visit in Nov 2020 he remained well."), 45.0),
        (("She was seen in June 2015 for a breast lump, which was excised.",
          "She has been under regular follow-up since, the last in August 2019, with no recurrence."), 50.0),
        (("In January 2019 a 70-year-old man was diagnosed with a pulmonary tumour.",
          "He expired in October 2019 due to progression."), 9.0),
    ],
)
def test_numeric_dates_and_other_last_contacts_close_a_dated_course(texts, months):
    assert run(*texts).follow_up_months == months


@pytest.mark.parametrize(
    "texts",
    [
        # a day/month/year with slashes may be read either way: no date
        ("The operation was done on 04/05/2017.", "At the last visit on 06/07/2019 she was well."),
        # a range of years is no month
        ("Between 2015-2017 she was treated elsewhere.", "At the last visit in March 2019 she was well."),
    ],
)
def test_ambiguous_numbers_start_no_course(texts):
    assert run(*texts).follow_up_months is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("At the last control in 09/2021 the patient was in good general condition without signs of relapse.", "ANED"),
        ("On the last control, May 2022, there were no signs of disease.", "ANED"),
        ("At the latest control visit the boy had no signs of local or distant recurrence.", "ANED"),
        # disease control is no contact
        ("The disease is under control on crizotinib with a stable residual mass.", "AWD"),
    ],
)
def test_finding_at_the_last_control_is_a_dated_state(text, status):
    assert run(text).status == status
