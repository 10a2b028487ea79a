"""An embryonic remnant of the organ named only as tissue taken out with the tumour ("with en bloc resection of the urachal
remnant, was performed"), or a site named only in a differential, does not give its sub-site code to a tumour placed
elsewhere in the organ; a tumour arising in the remnant is still placed there. Invented sentences."""

from __future__ import annotations

import pytest

from _support import site_row


@pytest.mark.parametrize(
    ("texts", "code"),
    [
        (
            (
                "Cystoscopy found a 4 cm polypoid tumour of the urinary bladder, at its dome.",
                "Urachal adenocarcinoma was the main concern before surgery.",
                "A partial cystectomy, with en bloc resection of the urachal remnant, was performed.",
            ),
            "C67.9",
        ),
        (
            ("Ultrasound showed a mass of the urinary bladder.", "The urachal remnant was also excised during the operation."),
            "C67.9",
        ),
    ],
)
def test_remnant_removed_with_the_tumour_is_not_its_sub_site(nlp, texts, code):
    row = site_row(nlp, *texts)
    assert (row.site, row.site_code) == ("bladder", code)


def test_tumour_arising_in_the_remnant_keeps_its_sub_site(nlp):
    row = site_row(nlp, "Imaging showed a solid mass arising from the urachal remnant above the bladder.")
    assert (row.site, row.site_code) == ("bladder", "C67.7")
