"""Front matter of saved pages and crawler excerpts: the site's and journal's lines above the title are not the
title, a page's lines above its abstract are not the case, and a discussion alone after the abstract is not the
case either. Fictional pages in our own words."""

from __future__ import annotations

import pytest

from eims_extract.ingest.text import read_text
from eims_extract.pipeline.extract import process_path


def _sections(lines: list[str]) -> list[tuple[str, str]]:
    doc = read_text("\n".join(lines).encode(), "front", "front.txt")
    return [(s.kind, doc.text[s.start : s.end]) for s in doc.sections]


TITLE = "An invented myofibroblastic tumour of the spleen in a retired sailor"


@pytest.mark.parametrize(
    "banner",
    [
        ["Fictional Literature Index"],
        ["Invented Case Notes", "Fict Case Notes | Vol 3 | Issue 2 | Article e0412"],
    ],
    ids=["one-line", "journal-and-issue-strip"],
)
@pytest.mark.parametrize("authors", [True, False], ids=["with-authors", "no-author-line"])
def test_regression_banner_lines_above_the_title_are_not_the_title(banner: list[str], authors: bool) -> None:
    lines = [*banner, "", TITLE, ""]
    if authors:
        lines += ["Quorra T 1, Vantablack P 2, Lindgren-Oyelaran S 1", ""]
    lines += ["Abstract", "A made-up man of 70 had a splenic mass that was removed by splenectomy."]
    secs = _sections(lines)
    assert [t for k, t in secs if k == "title"] == [TITLE]
    assert all(banner[0] not in t for k, t in secs if k in ("title", "case", "abstract"))


def test_regression_page_lines_above_the_abstract_are_not_the_case() -> None:
    """Affiliations printed between the authors and the abstract were made the case when no case heading followed."""
    secs = _sections(
        [
            TITLE,
            "Quorra T 1, Vantablack P 2, Lindgren-Oyelaran S 1",
            "Affiliations",
            "1 Department of Thoracic Surgery, Invented General Hospital, Northtown.",
            "",
            "Abstract",
            "A made-up man of 70 had a splenic mass that was removed by splenectomy.",
            "",
            "Discussion",
            "Splenic tumours of this kind were treated with crizotinib in other invented reports.",
        ]
    )
    assert [k for k, _ in secs if k == "case"] == []
    assert any(k == "abstract" and "splenectomy" in t for k, t in secs)


def test_regression_title_region_gives_way_to_the_organ_the_operation_removed(tmp_path, nlp) -> None:
    """A title naming a region ("of the intestine") and a case naming only the operation ("segmental jejunal
    resection"): the organ removed is the most specific site stated. A region the case names itself stays."""
    p = tmp_path / "region.txt"
    p.write_text(
        "An invented myofibroblastic tumour of the intestine presenting as intussusception in an adult\n\n"
        "Case presentation\nA made-up man of 50 came with three days of crampy pain and vomiting. CT showed an "
        "intussusception with a lead point, and segmental jejunal resection was done. The spindle cells were "
        "ALK-positive.\n",
        encoding="utf-8",
    )
    (row,) = process_path(p, nlp).rows
    assert (row.site, row.site_code) == ("jejunum", "C17.1")
    q = tmp_path / "pelvis.txt"
    q.write_text(
        "An invented pelvic myofibroblastic tumour in a young man\n\nCase presentation\nA made-up man of 23 had a "
        "13-cm mass in the pelvic cavity pressing on the bladder. He underwent resection of the tumour with partial "
        "cystectomy.\n",
        encoding="utf-8",
    )
    (row,) = process_path(q, nlp).rows
    assert row.site == "pelvis"
