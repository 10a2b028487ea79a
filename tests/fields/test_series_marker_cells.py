"""Per-patient IHC and molecular cells of a case series' summary table, written the ways real tables write them
(``fields.ihc`` marker columns, ``fields.alk`` test and fusion columns): intensity scores, signs in brackets, two tests
under one header, methods named outside brackets and results told in words part by part. Fictional patients; wording our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document

HEAD = "Inflammatory myofibroblastic tumour of the pleura: three invented patients\n\nTable 1 Findings\n"


def _rows(tmp_path: Path, table: str):
    p = tmp_path / "series.txt"
    p.write_text(HEAD + table, encoding="utf-8")
    return rows_from_tables(load_document(p))


def test_intensity_score_in_a_marker_column_is_the_stains_sign(tmp_path):
    rows = _rows(
        tmp_path,
        "Case | Age/sex | Site | ALK | Desmin | Outcome\n"
        "1 | 20/F | pleura | 3+ | 0 | NED, 10 mo\n"
        "2 | 61/M | pleura | 0 | 1+ (focal) | NED, 8 mo\n"
        "3 | 45/F | pleura | 2 | 2+ | NED, 5 mo\n",
    )
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [
        (["ALK"], ["desmin"]),
        (["desmin"], ["ALK"]),
        (["desmin"], None),  # a bare "2" says nothing
    ]
    assert [r.alk_tests for r in rows] == [["IHC+"], ["IHC-"], None]


def test_sign_in_brackets_in_a_marker_column(tmp_path):
    rows = _rows(
        tmp_path,
        "Case | Age/sex | Site | SMA | CD34 | Outcome\n"
        "1 | 20/F | pleura | (+) | (−) | NED, 10 mo\n"
        "2 | 61/M | pleura | (++) | (-) | NED, 8 mo\n",
    )
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [(["SMA"], ["CD34"]), (["SMA"], ["CD34"])]


@pytest.mark.parametrize(
    ("header", "cell", "pos", "neg", "tests"),
    [
        ("ALK IHC/FISH", "+/+", ["ALK"], None, ["IHC+", "FISH+"]),
        ("ALK IHC/FISH", "+/−", ["ALK"], None, ["IHC+", "FISH-"]),
        ("ALK IHC/NGS", "−/ND", None, ["ALK"], ["IHC-"]),
        ("ALK IHC", "+", ["ALK"], None, ["IHC+"]),
    ],
)
def test_two_alk_tests_under_one_header_each_take_their_own_sign(tmp_path, header, cell, pos, neg, tests):
    (row,) = _rows(tmp_path, f"Case | Age/sex | Site | {header} | Outcome\n1 | 20/F | pleura | {cell} | NED, 10 mo\n")
    assert (row.ihc_positive, row.ihc_negative, row.alk_tests) == (pos, neg, tests)


@pytest.mark.parametrize(
    ("cell", "partner", "tests"),
    [
        ("EML4-ALK by RT-PCR", "EML4", ["RT-PCR+"]),
        ("NGS: RANBP2::ALK", "RANBP2", ["NGS+"]),
        ("TPM3::ALK (RNA-seq)", "TPM3", ["NGS+"]),
        ("RT-PCR: negative; FISH: rearranged", None, ["FISH+", "RT-PCR-"]),
    ],
)
def test_fusion_cell_names_its_method_outside_brackets_or_tells_results_in_words(tmp_path, cell, partner, tests):
    (row,) = _rows(tmp_path, f"Case | Age/sex | Site | ALK fusion | Outcome\n1 | 20/F | pleura | {cell} | NED, 10 mo\n")
    assert (row.alk_fusion_partner, row.alk_tests) == (partner, tests)


@pytest.mark.parametrize(
    ("cell", "tests"),
    [
        ("ALK rearranged (FISH)", ["FISH+"]),
        ("ALK FISH negative; NGS: no fusion", ["FISH-", "NGS-"]),
        ("ROS1 rearranged (FISH)", None),  # another kinase's probe: no ALK result
        ("ETV6 not rearranged (FISH); ALK rearranged (FISH)", ["FISH+"]),
    ],
)
def test_molecular_cell_told_in_words_part_by_part_reads_alk_parts_only(tmp_path, cell, tests):
    (row,) = _rows(tmp_path, f"Case | Age/sex | Site | Molecular | Outcome\n1 | 20/F | pleura | {cell} | NED, 10 mo\n")
    assert row.alk_tests == tests


@pytest.mark.parametrize(
    ("header", "cells", "expected"),
    [
        # a labelled list per sign: every stain it names takes the label's sign; its ALK is the ALK immunostain's result
        (
            "IHC",
            ["Positive: vimentin, SMA, ALK", "Positive: SMA, desmin. Negative: ALK, CD117"],
            [(["vimentin", "SMA", "ALK"], None, ["IHC+"]), (["SMA", "desmin"], ["ALK", "CD117"], ["IHC-"])],
        ),
        # stains grouped before a shared sign, one group per sign
        (
            "Immunohistochemistry",
            ["ALK, desmin (+); CD34 (−)", "desmin (+); ALK, CD34 (−)"],
            [(["ALK", "desmin"], ["CD34"], ["IHC+"]), (["desmin"], ["ALK", "CD34"], ["IHC-"])],
        ),
        # a list without ALK says nothing about the ALK test
        ("IHC", ["Positive: SMA; negative: S100", "SMA+, CD34-"], [(["SMA"], ["S-100"], None), (["SMA"], ["CD34"], None)]),
    ],
)
def test_alk_in_a_series_stain_list_column_is_that_patients_alk_immunostain(tmp_path, header, cells, expected):
    table = f"Case | Age/sex | Site | {header} | Outcome\n" + "".join(
        f"{n} | {20 + n}/F | pleura | {cell} | NED, {n + 6} mo\n" for n, cell in enumerate(cells, 1)
    )
    rows = _rows(tmp_path, table)
    assert [(r.ihc_positive, r.ihc_negative, r.alk_tests) for r in rows] == expected


def test_alk_immunostain_column_beside_a_stain_list_keeps_its_own_result(tmp_path):
    (row,) = _rows(
        tmp_path,
        "Case | Age/sex | Site | ALK IHC | Other stains | Outcome\n1 | 33/M | pleura | negative | Positive: SMA, ALK | NED, 9 mo\n",
    )
    assert row.alk_tests == ["IHC-"]


@pytest.mark.parametrize(
    ("method_header", "partner", "method", "tests"),
    [
        ("Method", "TPM3", "FISH", ["FISH+"]),
        ("Technique", "EML4", "RT-PCR", ["RT-PCR+"]),
        ("Method", "RANBP2", "RNA-seq", ["NGS+"]),
        ("Detection method", "CLTC", "targeted NGS", ["NGS+"]),
        ("Method", "–", "FISH", None),  # no fusion in that row: the method found nothing we can sign
    ],
)
def test_method_column_beside_the_partner_column_is_how_that_rows_fusion_was_found(
    tmp_path, method_header, partner, method, tests
):
    (row,) = _rows(
        tmp_path,
        f"Case | Age/sex | Site | Fusion partner | {method_header} | Outcome\n1 | 20/F | pleura | {partner} | {method} | NED, 10 mo\n",
    )
    assert row.alk_tests == tests


@pytest.mark.parametrize(
    ("cell", "positive", "negative"),
    [
        # the read golds record a stain written ± or +/- (some cells stained) as positive, like "weak +" and "focal +"
        ("±", ["desmin"], None),
        ("+/−", ["desmin"], None),
        ("(±)", ["desmin"], None),
        ("weak +", ["desmin"], None),
        ("focal +", ["desmin"], None),
        ("−", None, ["desmin"]),
    ],
)
def test_equivocal_or_partial_stain_in_a_marker_column_is_positive(tmp_path, cell, positive, negative):
    (row,) = _rows(tmp_path, f"Case | Age/sex | Site | Desmin | SMA | Outcome\n1 | 20/F | pleura | {cell} | + | NED, 10 mo\n")
    assert (row.ihc_positive and [m for m in row.ihc_positive if m != "SMA"] or None, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("cell", "positive", "negative"),
    [
        ("SMA +, desmin ±, CD34 −", ["SMA", "desmin"], ["CD34"]),
        ("SMA (+), desmin (+/−), CD34 (−)", ["SMA", "desmin"], ["CD34"]),
        ("SMA +, desmin (weak +), CD34 −", ["SMA", "desmin"], ["CD34"]),
    ],
)
def test_equivocal_or_partial_stain_in_a_stain_list_is_positive(tmp_path, cell, positive, negative):
    (row,) = _rows(tmp_path, f"Case | Age/sex | Site | IHC | Outcome\n1 | 20/F | pleura | {cell} | NED, 10 mo\n")
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("method_header", "method", "partner", "tests"),
    [
        ("Method", "FISH", "TPM4", ["FISH+"]),
        ("Technique", "RT-PCR", "EML4", ["RT-PCR+"]),
        ("Detection method", "RNA sequencing", "DCTN1", ["NGS+"]),
        ("Method", "FISH", "none found", None),  # the row has no fusion: nothing to sign
    ],
)
def test_method_column_before_the_partner_column_signs_that_rows_fusion(tmp_path, method_header, method, partner, tests):
    (row,) = _rows(
        tmp_path,
        f"Case | Age/sex | Site | {method_header} | Fusion partner | Outcome\n1 | 31/M | pleura | {method} | {partner} | NED, 7 mo\n",
    )
    assert row.alk_tests == tests


def test_marker_column_cell_opening_with_a_call_and_its_share(tmp_path):
    rows = _rows(
        tmp_path,
        "Case | Age/sex | Site | ALK | CD34 | Outcome\n"
        "1 | 20/F | pleura | Positive in 70% of tumour cells | Positive in vessels only | NED, 10 mo\n"
        "2 | 61/M | pleura | Positive, cytoplasmic granular | Negative in tumour cells | NED, 8 mo\n",
    )
    assert [(r.ihc_positive, r.ihc_negative, r.alk_tests) for r in rows] == [
        (["ALK"], None, ["IHC+"]),  # a stain of the vessels is none of the tumour's
        (["ALK"], ["CD34"], ["IHC+"]),
    ]


def test_molecular_cell_part_naming_another_genes_probe_gives_alk_nothing(tmp_path):
    rows = _rows(
        tmp_path,
        "Case | Age/sex | Site | Molecular | Outcome\n"
        "1 | 20/F | pleura | ROS1 FISH +; ALK FISH − | NED, 10 mo\n"
        "2 | 61/M | pleura | FISH+ (ALK) | NED, 8 mo\n",
    )
    assert [r.alk_tests for r in rows] == [["FISH-"], ["FISH+"]]


@pytest.mark.parametrize(
    ("header", "cell", "tests"),
    [
        ("Fusion (RNA panel)", "None detected", ["NGS-"]),
        ("Fusion (RNA panel)", "No fusion", ["NGS-"]),
        ("Fusion", "None detected", None),  # no method named: nothing to sign
        ("Fusion (RNA panel)", "ETV6::NTRK3", None),  # another kinase's fusion alone (golds split on NGS-)
    ],
)
def test_fusion_column_naming_its_method_reports_no_fusion_found(tmp_path, header, cell, tests):
    (row,) = _rows(tmp_path, f"Case | Age/sex | Site | {header} | Outcome\n1 | 20/F | pleura | {cell} | NED, 10 mo\n")
    assert row.alk_tests == tests


def test_stain_list_column_headed_negative_in_brackets(tmp_path):
    rows = _rows(
        tmp_path,
        "Case | Age/sex | Site | IHC (+) | IHC (−) | Outcome\n"
        "1 | 20/F | pleura | ALK, calponin | CD34, S100 | NED, 10 mo\n",
    )
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [(["ALK", "calponin"], ["CD34", "S-100"])]


@pytest.mark.parametrize(
    ("cell", "partner", "tests"),
    [
        ("RT-PCR: negative for RANBP2-ALK; FISH: rearranged", None, ["FISH+", "RT-PCR-"]),
        ("RNA-seq: ETV6::NTRK3; no ALK fusion", None, ["NGS-"]),
        ("RNA-seq: EML4::ALK", "EML4", ["NGS+"]),
    ],
)
def test_molecular_cell_fusion_said_not_found_is_no_partner(tmp_path, cell, partner, tests):
    (row,) = _rows(tmp_path, f"Case | Age/sex | Site | Molecular | Outcome\n1 | 20/F | pleura | {cell} | NED, 10 mo\n")
    assert (row.alk_fusion_partner, row.alk_tests) == (partner, tests)


def test_fish_cell_not_split_is_negative(tmp_path):
    (row,) = _rows(tmp_path, "Case | Age/sex | Site | ALK FISH | Outcome\n1 | 20/F | pleura | Not split | NED, 10 mo\n")
    assert row.alk_tests == ["FISH-"]


@pytest.mark.parametrize("head", ["ALK status", "ALK result", "ALK testing"])
def test_method_result_in_an_alk_status_column_is_read_as_a_molecular_cell(tmp_path, head):
    # a column headed for the ALK test whose cells name the method and its result in words, or the fusion it found
    rows = _rows(
        tmp_path,
        f"Case | Age/sex | Site | {head} | Outcome\n"
        "1 | 20/F | pleura | FISH: ALK rearranged | NED, 10 mo\n"
        "2 | 61/M | pleura | NGS: CLTC::ALK | NED, 8 mo\n"
        "3 | 45/F | pleura | FISH: no ALK rearrangement | NED, 5 mo\n"
        "4 | 33/M | pleura | FISH+ | NED, 4 mo\n"
        "5 | 52/F | pleura | NA | NED, 3 mo\n",
    )
    assert [r.alk_tests for r in rows] == [["FISH+"], ["NGS+"], ["FISH-"], ["FISH+"], None]
    assert [r.alk_fusion_partner for r in rows] == [None, "CLTC", None, None, None]
    assert rows[1].kinase_fusions == ["CLTC::ALK"]
