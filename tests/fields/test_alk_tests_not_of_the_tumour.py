"""ALK test results that are not the tumour's (``fields.alk``): an ALK stain of a second lesion of another kind ("the
other nodule was an ordinary leiomyoma: ... ALK was negative") or of a lymph node free of tumour, an ALK stain the
authors did not repeat, an exception list after "negative for all markers except" (ALK is the exception, not a negative
stain), and the last gene of a primer set's targets written as a fusion with ALK (tested for, not found). Invented
sentences."""

from __future__ import annotations

import pytest

from eims_extract.fields.alk import alk_results, fusions_in, partners_in


def results(text: str) -> list[str]:
    return [r for r, _, _ in alk_results(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The second nodule was an ordinary leiomyoma: it stained for desmin and h-caldesmon, and ALK (D5F3) was negative.",
        "We did not repeat ALK with the 5A4 clone because the D5F3 stain was clear-cut.",
        "Lymph node 2 was reactive, and no ALK-positive cells were present on a D5F3 stain of that node.",
    ],
)
def test_alk_stain_of_another_lesion_or_not_done_is_no_test(text):
    assert results(text) == []


def test_lesion_named_as_the_tumour_keeps_its_alk_stain():
    assert results("The mass was a typical IMT: ALK (D5F3) was diffusely positive.") == ["IHC+"]


def test_negative_panel_except_alk_is_no_negative_alk_stain():
    assert results("On immunohistochemistry the lesion was negative for every marker except ALK, desmin and SMA.") == ["IHC+"]


def test_last_gene_of_primer_targets_is_no_partner():
    text = "RT-PCR with primer pairs for EML4, TPM3, TPM4 and CARS fused to ALK was positive for TPM4::ALK alone."
    assert [p for p, _, _ in partners_in(text)] == ["TPM4"]
    assert [f for f, _, _ in fusions_in(text)] == ["TPM4::ALK"]
    assert results(text) == ["RT-PCR+"]
