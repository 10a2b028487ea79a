"""The last line of a long course told failing (``fields.outcome``): after a response to one drug and its progression,
the next drug is begun or tried and the disease goes on growing ("switched to X, but the disease kept growing", "Y was
then tried without benefit", "Z was given, but the tumour progressed further"). That failure is the last line's
assessment (PD), not the earlier line's course retold, so the earlier response held over the first progression gives
way (gold/heldout.md: the last assessed response of the last line). Invented sentences about fictional patients."""

from __future__ import annotations

import pytest

from eims_extract.fields.outcome import apply
from _support import run_apply


def run(*texts: str):
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    "texts",
    [
        ("Crizotinib produced a partial response at three months, and the disease progressed at month 9.",
         "She was changed to ceritinib, but the pelvic disease kept growing."),
        ("A partial response was seen on alectinib; it progressed after 14 months.",
         "Lorlatinib was then tried for two months without benefit."),
        ("A partial response was seen on alectinib; it progressed after 14 months.",
         "Brigatinib was started, without response."),
        ("The nodules shrank by 40% on crizotinib (partial response) before progressing a year later.",
         "Alectinib was given, but the tumour progressed further."),
        ("Crizotinib gave a partial response.",
         "Eight months later she relapsed and was switched to lorlatinib, on which the disease progressed again."),
    ],
)
def test_failure_of_a_later_line_is_the_last_response(texts):
    assert run(*texts).response == "PD"


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        # the same line's course retold after its response: the response stays
        (("Crizotinib produced a partial response at three months.",
          "Crizotinib was continued, and the residual mass remained stable."), "PR"),
        # a progression told as an event on the only line keeps the response it ended
        (("Crizotinib produced a partial response at three months, and the disease progressed at month 9.",), "PR"),
        # a chemotherapy failing after the inhibitor that worked leaves the inhibitor's response
        (("Alectinib produced a partial response.",
          "After a relapse, four cycles of ifosfamide and doxorubicin were given without benefit."), "PR"),
        # a later line that worked is the last response
        (("Crizotinib produced a partial response, and the disease progressed at month 9.",
          "Alectinib was then started, with a complete response."), "CR"),
    ],
)
def test_same_line_or_a_later_line_that_worked_keeps_its_response(texts, response):
    assert run(*texts).response == response
