"""Soft tissue named by its region: the region's names, a deep item of a case row, a cervical mass told by its side
(fictional sentences written for these tests)."""

from __future__ import annotations

import pytest

from eims_extract.fields import site
from eims_extract.fields.base import Sentence
from eims_extract.normalize import lookup
from eims_extract.records import CaseRow


def _row(nlp, text: str) -> CaseRow:
    doc = nlp(text)
    row = CaseRow("doc", "index")
    site.apply([Sentence("doc", text, 0, "case", None, doc[:])], row)
    return row


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("soft tissue of lower limb", "C49.2"),
        ("soft tissue of the upper limb", "C49.1"),
        ("soft tissue of trunk", "C49.6"),
        ("soft tissue of limb", "C49.9"),
        ("soft tissue of neck", "C49.0"),
    ],
)
def test_soft_tissue_named_by_region_is_the_soft_tissue_row(name: str, code: str) -> None:
    assert site.canonical_site(name) == "soft tissue"
    concept = lookup("sites", name)
    assert concept is not None and concept.attrs.get("code") == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Patient 4: 52-year-old woman, deep soft tissue of the back; excised.", "C49.6"),
        ("Case 2, 40F, deep soft tissue of the thigh, wide excision", "C49.2"),
        ("Case 3: 12-year-old boy, superficial soft tissue of the forearm;", "C49.1"),
    ],
)
def test_deep_soft_tissue_item_of_a_case_row(nlp, text: str, code: str) -> None:
    row = _row(nlp, text)
    assert (row.site, row.site_code) == ("soft tissue", code)


@pytest.mark.parametrize(
    "text",
    [
        "A 51-year-old man noticed a firm right cervical mass growing over two months.",
        "She was seen for a slowly enlarging lateral cervical swelling.",
    ],
)
def test_cervical_mass_told_by_its_side_is_the_neck(nlp, text: str) -> None:
    row = _row(nlp, text)
    assert (row.site, row.site_code) == ("soft tissue", "C49.0")


@pytest.mark.parametrize(
    "text",
    [
        "Colposcopy showed a friable cervical mass bleeding on contact.",
        "MRI of the left cervical spine was unremarkable.",
    ],
)
def test_cervical_without_a_side_or_not_a_mass_is_not_the_neck(nlp, text: str) -> None:
    assert _row(nlp, text).site_code != "C49.0"



@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a series' case keeps only its own item of the shared list (the other items blanked)
        ("Cystoscopy showed a sessile tumour located at the             , right lateral wall (case 2)          .", "C67.2"),
        ("Cystoscopy showed a sessile tumour located at the                          and posterior wall (case 3).", "C67.4"),
        ("Cystoscopy showed a sessile tumour located at the trigone, then biopsied.", "C67.0"),
        # one patient's several parts name no one part
        ("Cystoscopy showed a broad mass at the dome, left lateral wall and trigone.", "C67.9"),
        ("Cystoscopy showed a broad mass at the dome and posterior wall.", "C67.9"),
    ],
)
def test_bladder_part_as_a_later_item_of_a_shared_list(text: str, code: str) -> None:
    row = CaseRow("doc", "case-2")
    row.set("site", "bladder")
    row.set("site_code", "C67.9")
    site._anaphoric_subsite([Sentence("doc", text, 0, "case")], row)
    assert row.site_code == code


@pytest.mark.parametrize(("cell", "want"), [("not determined, NED no", None), ("unknown, AWD", None), ("Trachea", "trachea")])
def test_site_cell_holding_another_columns_words_is_no_site(cell: str, want: str | None) -> None:
    from types import SimpleNamespace

    row = CaseRow("doc", "1")
    c = SimpleNamespace(cell=SimpleNamespace(text=cell), row=row, put=lambda f, v, _cell: setattr(row, f, v), about="")
    site._read_site(c)
    assert row.site == want
