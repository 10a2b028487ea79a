"""A table's id is the number its label gives, in digits, whichever reader met the table: "Table II" is T2 in a text
dump as on a web page (``sections.table_id``). Every document here is invented for these tests."""

from __future__ import annotations

import pytest

from eims_extract.ingest.sections import table_id
from eims_extract.ingest.text import read_text


@pytest.mark.parametrize(
    ("num", "tid"),
    [("2", "T2"), ("12", "T12"), ("II", "T2"), ("IV", "T4"), ("IX", "T9"), ("XIV", "T14"), ("U1", "TU1")],
)
def test_a_roman_table_number_reads_as_its_digits(num: str, tid: str) -> None:
    assert table_id(num) == tid


def _dump(caption: str) -> bytes:
    return "\n".join(
        [
            "An invented kinase-fusion tumour of the forearm: a pretend case and review",
            "",
            "Case presentation",
            "A fictional woman of 41 noticed a slowly growing lump on her forearm, which was excised.",
            "",
            "Discussion",
            "Earlier made-up cases of this tumour are listed below.",
            caption,
            "No. | Author, year | Age/Sex | Site | Treatment | Outcome",
            "1 | Marsh T, 2015 | 33/F | Forearm | SE | ANED",
            "2 | Oakley B, 2020 | 58/M | Thigh | SE | AWD",
            "These pretend patients mostly did well after excision.",
            "",
            "Conclusion",
            "Excision alone was enough for most of them.",
        ]
    ).encode()


@pytest.mark.parametrize("caption", ["Table II. Earlier cases (fictional)", "Table 2. Earlier cases (fictional)"])
def test_text_dumps_table_numbered_in_roman_has_the_id_of_its_digits(caption: str) -> None:
    doc = read_text(_dump(caption), "forearm", "forearm.txt")
    assert [t.id for t in doc.tables] == ["T2"]
