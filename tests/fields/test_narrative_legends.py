"""Figure legends read alike whichever reader set them: a plain-text reader keeps a legend among the case's lines,
a web page's reader lifts it into a caption; the patient's stains and Ki-67 in it count the same (all fictional,
built at run time)."""

from __future__ import annotations

import pytest

from eims_extract.fields.narrative import extract_narrative
from eims_extract.ingest import load_document

_INTRO = (
    "Inflammatory myofibroblastic tumour is a neoplasm of intermediate malignancy that seldom arises in the tongue "
    "of adults."
)
_DISCUSSION = "Tongue IMT may be mistaken for a granular cell tumour or a schwannoma."
_REFERENCE = "1. Halvorsen P. Invented tongue nodules. J Invent Med. 2019;4:11-14."


def _text(case: list[str], legends: list[str]) -> str:
    return "\n\n".join([
        "A made-up tongue tumour in a baker",
        "Introduction", _INTRO,
        "Case report", *case, *legends,
        "Discussion", _DISCUSSION,
        "References", _REFERENCE,
    ]) + "\n"


def _html(case: list[str], legends: list[str]) -> str:
    ps = "".join(f"<p>{p}</p>" for p in case)
    figures = "".join(f'<figure><img src="f{k}.png"/><figcaption>{lg}</figcaption></figure>' for k, lg in enumerate(legends))
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>A made-up tongue tumour | Invented Press</title>'
        '</head><body><main><article><h1>A made-up tongue tumour in a baker</h1>'
        f"<h2>Introduction</h2><p>{_INTRO}</p><h2>Case report</h2>{ps}{figures}"
        f"<h2>Discussion</h2><p>{_DISCUSSION}</p><h2>References</h2><p>{_REFERENCE}</p>"
        "</article></main></body></html>"
    )


def _rows(tmp_path, reader: str, case: list[str], legends: list[str], *names: str):
    from eims_extract.nlp.pipeline import get_nlp

    if reader == "text":
        p = tmp_path / "tongue.txt"
        p.write_text(_text(case, legends), encoding="utf-8")
    else:
        p = tmp_path / "tongue.html"
        p.write_text(_html(case, legends), encoding="utf-8")
    doc = load_document(p)
    if reader == "html":  # the web page's reader sets the legends apart, as captions
        assert any(s.kind == "caption" for s in doc.sections)
    return [tuple(getattr(r, n) for n in names) for r in extract_narrative(doc, get_nlp())]


_ONE_PATIENT = [
    "A 47-year-old baker noticed a painless swelling of the lateral tongue over five months.",
    "The nodule was excised with a narrow margin. The spindle cells were positive for ALK and SMA (Fig. 2).",
    "He has stayed free of disease for 15 months.",
]


@pytest.mark.parametrize("reader", ["text", "html"])
def test_uncited_legend_stains_of_a_one_patient_report_are_the_patients(tmp_path, reader):
    # the case text tells some stains and cites Figure 2; Figure 3, never cited, gives the rest and the Ki-67
    legends = [
        "Figure 2. (a) Spindle cells among plasma cells, HE x200. (b) ALK, granular cytoplasmic staining.",
        "Figure 3. Desmin and S100 were negative in the lesional cells. Ki-67 labels about 6% of nuclei.",
    ]
    rows = _rows(tmp_path, reader, _ONE_PATIENT, legends, "ihc_negative", "ki67_percent")
    assert rows == [(["desmin", "S-100"], 6.0)]


@pytest.mark.parametrize("reader", ["text", "html"])
def test_legend_of_a_published_case_is_not_the_patients(tmp_path, reader):
    # a legend showing another report's patient for comparison: its stains are that patient's
    legends = [
        "Figure 3. A tongue tumour reported by Halvorsen et al. [1]: desmin was positive and Ki-67 labelled 40% of nuclei.",
    ]
    rows = _rows(tmp_path, reader, _ONE_PATIENT, legends, "ihc_positive", "ki67_percent")
    assert rows == [(["ALK", "SMA"], None)]


@pytest.mark.parametrize("reader", ["text", "html"])
def test_series_legend_naming_its_case_goes_to_that_case(tmp_path, reader):
    case = [
        "Case 1. A 47-year-old baker had a swelling of the lateral tongue, which was excised.",
        "Case 2. A 29-year-old teacher had a nodule of the tongue base, which was excised.",
    ]
    legends = ["Figure 2. Case 2: the spindle cells were negative for ALK and positive for ROS1."]
    rows = _rows(tmp_path, reader, case, legends, "age_years", "ihc_negative")
    assert rows == [(47.0, None), (29.0, ["ALK"])]


@pytest.mark.parametrize("reader", ["text", "html"])
def test_series_legend_opening_on_its_case_gives_that_case_every_stain(tmp_path, reader):
    # each legend opens on its case right after the figure's label; its panels' stains follow in sentences of their own
    case = [
        "Case 1. A 47-year-old baker had a swelling of the lateral tongue, which was excised.",
        "Case 2. A 29-year-old teacher had a nodule of the tongue base, which was excised.",
    ]
    legends = [
        "Figure 2. Case 1. (a) Spindle cells among plasma cells, HE x200. (b) The spindle cells are negative for ALK and "
        "desmin.",
        "Figure 3. Case 2. (a) A loose myxoid stroma, HE x100. (b) The cells are positive for ALK. Ki-67 labels about 4% "
        "of nuclei.",
    ]
    rows = _rows(tmp_path, reader, case, legends, "age_years", "ihc_negative", "ki67_percent")
    assert rows == [(47.0, ["ALK", "desmin"], None), (29.0, None, 4.0)]



@pytest.mark.parametrize("reader", ["text", "html"])
def test_series_legend_turning_to_the_next_case_gives_its_later_panels_to_that_case(tmp_path, reader):
    # one legend shows both cases: it opens on case 1, and its panels after "Case 2." are the second case's
    case = [
        "Case 1. A 47-year-old baker had a swelling of the lateral tongue, which was excised.",
        "Case 2. A 29-year-old teacher had a nodule of the tongue base, which was excised.",
    ]
    legends = [
        "Figure 2. Case 1. (a) Spindle cells among plasma cells, HE x200. (b) The spindle cells are negative for "
        "desmin. Case 2. (c) A loose myxoid stroma, HE x100. (d) The cells are positive for desmin.",
    ]
    rows = _rows(tmp_path, reader, case, legends, "age_years", "ihc_positive", "ihc_negative")
    assert rows == [(47.0, None, ["desmin"]), (29.0, ["desmin"], None)]

def test_abstract_page_legends_opening_on_their_case_are_read(tmp_path):
    # an abstract page with no case heading that prints its figures' legends after the references
    from eims_extract.nlp.pipeline import get_nlp

    text = "\n\n".join([
        "A made-up pair of tongue tumours",
        "Abstract",
        "We describe two women with tongue IMT. In the first patient, a 41-year-old woman, the nodule was excised. "
        "In the second patient, a 58-year-old woman, the nodule was excised as well.",
        "References", _REFERENCE,
        "Fig. 1 Case 1. (A) Fascicles of spindle cells (H&E, x200). (B) The spindle cells are positive for SMA and ALK.",
        "Fig. 2 Case 2. (A) Hyalinised stroma (H&E, x100). (B) The spindle cells are negative for ALK and positive for SMA.",
    ]) + "\n"
    p = tmp_path / "tongue_pair.txt"
    p.write_text(text, encoding="utf-8")
    doc = load_document(p)
    rows = [(r.ihc_positive, r.ihc_negative) for r in extract_narrative(doc, get_nlp())]
    assert rows == [(["SMA", "ALK"], None), (["SMA"], ["ALK"])]


def _text_with_legends_at(place: str, legends: list[str]) -> str:
    parts = ["A made-up tongue tumour in a baker", "Introduction", _INTRO, "Case report", *_ONE_PATIENT, "Discussion",
             _DISCUSSION]
    if place == "after_discussion":
        parts += legends + ["References", _REFERENCE]
    else:  # after the references, as many dumps print the figures last
        parts += ["References", _REFERENCE] + legends
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("place", ["after_discussion", "after_references"])
@pytest.mark.parametrize(
    ("legends", "expected"),
    [
        (["Figure 3. (a) Desmin is negative in the lesional cells (x200). (b) Ki-67 labels about 6% of nuclei."],
         (["desmin"], 6.0)),
        (["Fig. 3 Desmin and S100 were negative in the lesional cells."], (["desmin", "S-100"], None)),
        # guards: another report's patient, and a legend telling only the image, give nothing
        (["Figure 3. A tongue tumour reported by Halvorsen et al. [1]: desmin was negative."], (None, None)),
        (["Figure 3. Fascicles of spindle cells among plasma cells (HE, x200)."], (None, None)),
    ],
)
def test_plain_text_legend_left_after_the_discussion_is_read_as_a_legend(tmp_path, place, legends, expected):
    """A plain-text reader keeps a legend printed after the discussion (or after the references) inside that part: its
    stain sentences are still the one patient's, read by the legends' rules, as a web page's caption is."""
    from eims_extract.nlp.pipeline import get_nlp

    p = tmp_path / "tongue.txt"
    p.write_text(_text_with_legends_at(place, legends), encoding="utf-8")
    rows = [(r.ihc_negative, r.ki67_percent) for r in extract_narrative(load_document(p), get_nlp())]
    assert rows == [expected]
