"""A web page or pasted dump (one paragraph per line) whose sentence is cut by clutter: a figure legend line set
between its two halves, or a running head / foot / web address / page number left between them. The legend is the
figure's caption and the halves are one sentence again, whatever the second half opens on ("partial gastrectomy", "6
months without ...", "12 months"). A legend after a finished sentence, or a line that only starts with "Figure 1
shows", is left alone. Invented patients, wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document

_HEAD = "Case presentation\n"
_OPEN = "A 41-year-old woman presented with epigastric pain. Endoscopy showed a submucosal gastric mass and she underwent"
_REST = (
    "partial gastrectomy. The tumour was positive for ALK and negative for CD34. "
    "At 10 months she was alive without recurrence.\n"
)


def _load(text: str):
    return load_document("page.txt", data=text.encode(), doc_id="page")


def _body(doc) -> str:
    return " ".join(doc.text[s.start : s.end] for s in doc.sections if s.kind != "caption")


@pytest.mark.parametrize(
    "legend",
    [
        "\nFigure 1. Axial CT image showing a 6-cm gastric mass (arrow). Scale bar 2 cm.\n\n",
        "Fig. 2. Endoscopic view of the submucosal lesion.\n",
        "\nFigure 3: Gross specimen, cut surface tan and whorled.\n\n",
        "\nFig 1. Spindle cells in a myxoid background (H&E, x200).\n",
    ],
)
def test_legend_line_inside_pasted_sentence_is_a_caption(legend):
    doc = _load(_HEAD + _OPEN + "\n" + legend + _REST)
    body = " ".join(_body(doc).split())
    assert "she underwent partial gastrectomy." in body
    captions = [doc.text[s.start : s.end] for s in doc.sections if s.kind == "caption"]
    assert len(captions) == 1 and captions[0].lstrip().startswith("Fig")


@pytest.mark.parametrize(
    "line",
    [
        "Figure 1 shows the mass on CT.",  # prose naming a figure, no caption label closed by a stop
        "Fig. 2 and Table 1 summarise the course.",
    ],
)
def test_prose_line_naming_a_figure_stays_in_the_body(line):
    doc = _load(_HEAD + "A 30-year-old man had a mesenteric mass.\n" + line + "\nHe is well.\n")
    assert " ".join(line.split()) in " ".join(_body(doc).split())


def test_legend_after_finished_sentence_is_left_to_the_caption_rules():
    doc = _load(_HEAD + "A 30-year-old man had a mesenteric mass.\n\nFigure 1. CT of the abdomen.\n\nHe is well.\n")
    assert "He is well." in _body(doc) and "A 30-year-old man" in _body(doc)


@pytest.mark.parametrize(
    ("block", "rest"),
    [
        (["www.surgicalcasesjournal.example", "Surg Cases 2020;4:55"], "6 months without complications or recurrence."),
        (["Page 4 of 9"], "14 months, with no evidence of recurrence."),
        (["Imaginary Case Reports 2019; 7: 212-218", "214"], "18 months after the operation without recurrence."),
        (["https://doi.org/10.0000/icr.2021.0099"], "the following 9 months without recurrence."),
        (["Okafor et al. Imaginary Journal of Case Reports (2030) 24:118 Page 3 of 6"], "20 months with no recurrence."),
        (["Ramos T, et al. BMJ Imag Rep 2030;13:e233344. doi:10.1136/bcr-2030-233344", "3"], "28 months after the operation."),
    ],
)
def test_pasted_sentence_goes_on_over_running_furniture(nlp, block, rest):
    from eims_extract.pipeline.extract import extract_document

    text = (
        _HEAD
        + "A 57-year-old woman underwent resection of a pancreatic mass. The tumour stained for ALK. She was followed up for\n"
        + "\n".join(block)
        + "\n"
        + rest
        + "\n"
    )
    doc = _load(text)
    assert "followed up for " + rest.split()[0] in " ".join(_body(doc).split())
    (row,) = extract_document(doc, nlp)
    want = {"6": 6.0, "14": 14.0, "18": 18.0, "the": 9.0, "20": 20.0, "28": 28.0}[rest.split()[0]]
    assert row.follow_up_months == want


def test_finished_sentence_before_furniture_still_ends_its_paragraph():
    text = _HEAD + "A 57-year-old woman had a pancreatic mass.\nPage 4 of 9\n12 patients in the literature were women.\n"
    doc = _load(text)
    assert "mass. 12 patients" not in doc.text and "mass.\n12 patients" in doc.text
