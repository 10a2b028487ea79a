"""Outcome wordings seen in real single-case reports of non-native authors and in letters (invented sentences):
the adjective before an ordinal month ("in the postoperative 14th month"), a tumour excised elsewhere that "had come
back each time", and a complete response told as lasting in a relative clause ("which has remained stable")."""

from __future__ import annotations

import pytest

from eims_extract.fields import treatment
from eims_extract.fields.outcome import apply
from eims_extract.records import CaseRow
from _support import located, run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("In the postoperative 14th month the invented patient is followed without any recurrence.", 14.0),
        ("At the postoperative 9th month, there was no sign of disease.", 9.0),
        # precision: the month of an event, no state of no disease after it
        ("In the postoperative 7th month a recurrence was found in the pelvis.", None),
    ],
)
def test_postoperative_before_the_ordinal_month(text, months):
    assert run(text).follow_up_months == months


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("The invented lesions had been excised locally twice elsewhere but had come back each time.", True),
        ("The mass was resected at another hospital but later grew back.", True),
        # precision: something else came back
        ("The mass was resected; her appetite came back within a week.", None),
    ],
)
def test_excised_elsewhere_but_came_back(text, recurrence):
    assert run(text).recurrence is recurrence


@pytest.mark.parametrize(
    ("texts", "status"),
    [
        (("Cyclophosphamide then induced a complete response, which has remained stable after five years.",), "ANED"),
        (("Celecoxib gave a complete remission that has been sustained.",), "ANED"),
        # precision: a complete response held only until an event is no state at the last news
        (("Crizotinib induced a complete response, which remained stable until month 20, when the tumour recurred.",), None),
        # precision: a partial response that lasts is not told gone
        (("Crizotinib gave a partial response, which has remained stable.",), None),
    ],
)
def test_complete_response_which_remained_stable(texts, status):
    row = CaseRow("doc", "1")
    sentences = located(*texts)
    treatment.apply(sentences, row)
    apply(sentences, row)
    assert row.status == status


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        (("Oral prednisolone 2 mg/kg/day was given, and the invented mass disappeared within 8 weeks.",), "CR"),
        (("Celecoxib was started and the lesion resolved completely.",), "CR"),
        # precision: almost gone is partial; gone only after an operation is no drug's response
        (("Prednisolone was given, and the mass disappeared almost entirely.",), "PR"),
        (("Crizotinib was started, and the mass was resected; afterwards the mass disappeared.",), None),
    ],
)
def test_drug_given_and_the_tumour_disappeared(texts, response):
    row = CaseRow("doc", "1")
    sentences = located(*texts)
    treatment.apply(sentences, row)
    apply(sentences, row)
    assert row.response == response


@pytest.mark.parametrize(
    ("texts", "response"),
    [
        (("After 3 months of crizotinib the tumour size remained unchanged.",), "SD"),
        (("On celecoxib, the mass stayed essentially unchanged for a year.",), "SD"),
        # precision: unchanged after an operation is no medical course's response
        (("After the operation the tumour size remained unchanged.",), None),
    ],
)
def test_course_first_then_size_unchanged(texts, response):
    row = CaseRow("doc", "1")
    sentences = located(*texts)
    treatment.apply(sentences, row)
    apply(sentences, row)
    assert row.response == response


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        # "recidivism" / "recidivated": a recurrence in the English of non-native authors, negation read as for "recurrence"
        ("Local recidivism occurred in the scar five months after the excision.", True),
        ("The invented tumour recidivated after eight months and was excised again.", True),
        ("No recidivism was seen during two years of follow-up.", False),
        ("She is without recidivism at the last control.", False),
        # a rate of the literature is no event of this tumour
        ("The recidivism rate of these tumours is about a quarter in published series.", None),
    ],
)
def test_recidivism_is_a_recurrence(text, recurrence):
    assert run(text).recurrence == recurrence
