"""A series' Methods telling how its fusions were found ("fusion partners were identified by targeted RNA sequencing",
"an RNA panel was applied to cases 2 and 3"), while its table gives each patient's partner without a method: that
method found each own patient's ALK fusion (``fields.alk.sign_series_fusion_method``). Fictional patients; wording
our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from eims_extract.fields.alk import series_fusion_method
from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document

TABLE = (
    "Table 1 Findings\n"
    "Case\tAge/Sex\tSite\tALK IHC\tALK FISH\tFusion\n"
    "1\t31/F\tMesentery\t+\t+\tTPM3::ALK\n"
    "2\t45/M\tOmentum\t+\t+\tRANBP2::ALK\n"
    "3\t52/F\tPelvis\t+\t+\tND\n"
)


def _rows(tmp_path: Path, methods: str):
    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumours: three invented adults\n\nMethods\n" + methods + "\n\nResults\n" + TABLE,
        encoding="utf-8",
    )
    return {r.case_id: r.alk_tests for r in extract_document(load_document(p))}


def test_fusions_identified_by_one_method_sign_each_partner_found(tmp_path):
    got = _rows(tmp_path, "Immunostains were done on whole sections. Fusion partners were determined by targeted RNA sequencing.")
    assert (got["1"], got["2"], got["3"]) == (["IHC+", "FISH+", "NGS+"], ["IHC+", "FISH+", "NGS+"], ["IHC+", "FISH+"])


def test_method_applied_to_listed_cases_signs_only_those(tmp_path):
    got = _rows(tmp_path, "An RNA fusion panel was applied to cases 2 and 3; the other case had too little tissue.")
    assert (got["1"], got["2"]) == (["IHC+", "FISH+"], ["IHC+", "FISH+", "NGS+"])


@pytest.mark.parametrize(
    "text",
    [
        "In earlier series, fusions were identified by RNA sequencing.",  # another study's
        "Fusions were identified by FISH and RNA sequencing.",  # two methods: which found which is not told
        "Rearrangements were detected by break-apart FISH.",  # FISH names no partner
    ],
)
def test_no_series_method_told(text):
    assert series_fusion_method(text) is None


def test_method_done_in_all_cases_signs_every_partner(tmp_path):
    got = _rows(tmp_path, "Targeted RNA sequencing was performed in all cases.")
    assert (got["1"], got["2"]) == (["IHC+", "FISH+", "NGS+"], ["IHC+", "FISH+", "NGS+"])


def test_one_fusions_assay_done_in_all_cases_is_no_series_method():
    assert series_fusion_method("RT-PCR for RANBP2-ALK was performed in all cases.") is None


@pytest.mark.parametrize(
    ("text", "cases"),
    [
        ("Break-apart FISH was performed in case 1 and an RNA fusion panel in cases 2 and 3.", frozenset({"2", "3"})),
        ("ALK FISH was done on cases 1 and 3, and targeted RNA sequencing on case 2.", frozenset({"2"})),
    ],
)
def test_second_method_of_a_gapped_sentence_is_told_for_its_own_cases(text, cases):
    """"X was done in case 1 and Y in cases 2 and 3": the verb gapped before the second method, its cases its own."""
    told = series_fusion_method(text)
    assert told is not None and told[:2] == ("NGS", cases)


def test_gapped_second_method_signs_only_its_cases(tmp_path):
    got = _rows(tmp_path, "ALK FISH was performed in case 1 and targeted RNA sequencing in case 2.")
    got = {k.removeprefix("case-"): v for k, v in got.items()}  # the Methods name the cases: numbered ids
    assert (got["1"], got["2"], got["3"]) == (["IHC+", "FISH+"], ["IHC+", "FISH+", "NGS+"], ["IHC+", "FISH+"])
