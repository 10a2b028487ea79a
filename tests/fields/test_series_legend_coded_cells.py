"""Result cells of a series table written as the table legend's codes (``fields.cells.legend_reading``, used by the
marker, ALK-stain and ALK-test columns): "P"/"N" spelled out as positive/negative, "F" as focal, "R"/"NR" as rearranged
/ not rearranged (NR is otherwise "not reported"), and a code the legend calls equivocal gives nothing. Fictional
patients; wording our own."""

from __future__ import annotations

from pathlib import Path

from eims_extract.fields.literature_table import rows_from_tables
from eims_extract.ingest import load_document


def _rows(tmp_path: Path, table: str):
    p = tmp_path / "series.txt"
    p.write_text("Inflammatory myofibroblastic tumour of the cervix: invented patients\n\nTable 1 Results\n" + table, encoding="utf-8")
    return rows_from_tables(load_document(p))


def test_letter_codes_spelled_out_by_the_legend_are_the_results(tmp_path):
    rows = _rows(
        tmp_path,
        "Case\tAge\tSite\tALK\tCD10\tCalponin\tALK FISH\n"
        "1\t41\tCervix\tP\tN\tF\tR\n"
        "2\t36\tCervix\tN\tP\tND\tNR\n"
        "P, positive; N, negative; F, focal; R, rearranged; NR, not rearranged; ND, not done.\n",
    )
    assert [(r.ihc_positive, r.ihc_negative, r.alk_tests) for r in rows] == [
        (["ALK", "calponin"], ["CD10"], ["IHC+", "FISH+"]),
        (["CD10"], ["ALK"], ["IHC-", "FISH-"]),
    ]


def test_sign_the_legend_calls_equivocal_gives_nothing(tmp_path):
    rows = _rows(
        tmp_path,
        "Case\tAge\tSite\tALK\tDesmin\tCD34\n"
        "1\t41\tCervix\t+\t±\t−\n"
        "+, positive; ±, equivocal; −, negative.\n",
    )
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [(["ALK"], ["CD34"])]


def test_equivocal_sign_without_a_legend_keeps_its_reading(tmp_path):
    rows = _rows(tmp_path, "Case\tAge\tSite\tALK\tDesmin\n1\t41\tCervix\t+\t±\n")
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [(["ALK", "desmin"], None)]


def test_dash_glyph_the_legend_calls_not_done_beside_a_minus_for_negative(tmp_path):
    """"−, negative; —, not done (no tissue left)": the em dash states nothing, the minus stays negative (the two fold
    alike, so only the glyph as printed tells them apart)."""
    rows = _rows(
        tmp_path,
        "Case\tAge\tSite\tALK\tDesmin\tCD34\n"
        "1\t41\tCervix\t+\t\u2014\t\u2212\n"
        "2\t36\tCervix\t+\t\u2212\t\u2014\n"
        "+, positive; \u2212, negative; \u2014, not done (no tissue left).\n",
    )
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [(["ALK"], ["CD34"]), (["ALK"], ["desmin"])]


def test_minus_for_negative_without_a_not_done_glyph_stays_negative(tmp_path):
    """Precision: a legend binding only the minus keeps every dash cell negative."""
    rows = _rows(
        tmp_path,
        "Case\tAge\tSite\tALK\tDesmin\tCD34\n"
        "1\t41\tCervix\t+\t\u2014\t\u2212\n"
        "+, positive; \u2212, negative.\n",
    )
    assert [(r.ihc_positive, r.ihc_negative) for r in rows] == [(["ALK"], ["desmin", "CD34"])]
