"""Text dumps printed in two columns side by side (``pdftotext -layout``, some copy-pastes): every line holds a
piece of the left column, a gutter of 3+ spaces, a piece of the right one. The reader puts each page's left column
before its right one, so the columns' sentences no longer interleave; single-column text, tables and indented lists
are left as they are. Every report here is fictional."""

from __future__ import annotations

import textwrap

import pytest

from eims_extract.ingest.text import read_text, unfold_columns

_LEFT1 = [
    "Inflammatory myofibroblastic tumours with an epithelioid morphology are rare mesenchymal neoplasms of the "
    "abdomen that behave aggressively and carry ALK rearrangements with nuclear membrane staining.",
    "CASE PRESENTATION",
    "A 37-year-old woman from a rural district was referred with four weeks of abdominal pain, fever and early "
    "satiety. Computed tomography showed a lobulated 11 cm mass in the small bowel mesentery with a small amount of "
    "ascites and no liver lesions.",
]
_RIGHT1 = [
    "She underwent laparotomy with complete resection of the mass and the attached ileal loop. Grossly the tumour "
    "was soft and grey with areas of haemorrhage.",
    "Microscopy showed sheets of round epithelioid cells with vesicular nuclei and prominent nucleoli in a myxoid "
    "stroma with many neutrophils. The tumour cells were positive for ALK with a nuclear membrane pattern, desmin "
    "and CD30, and were negative for SOX10, CD117, DOG1 and myogenin.",
]
_LEFT2 = [
    "Fluorescence in situ hybridisation showed a break-apart signal of the ALK locus, and targeted sequencing "
    "identified a RANBP2-ALK fusion transcript.",
    "Six weeks after the operation a new peritoneal nodule was found on imaging. Crizotinib was started at 250 mg "
    "twice daily and the nodule disappeared within four months.",
]
_RIGHT2 = [
    "DISCUSSION",
    "Most reported patients were young adult men, and the tumour recurred early after surgery in more than half of "
    "them. Kinase inhibitors have changed the outlook of the disease.",
    "At the last visit, 22 months after surgery, the patient was alive without evidence of disease and still "
    "taking crizotinib.",
]


def _side_by_side(left: list[str], right: list[str], width: int = 44, gutter: int = 5, indent: int = 0) -> list[str]:
    """Two columns of wrapped paragraphs printed side by side (upper-case paragraphs are headings)."""

    def wrap(paras: list[str]) -> list[str]:
        out: list[str] = []
        for p in paras:
            out += [p] if p.isupper() else textwrap.wrap(p, width)
            out.append("")
        return out[:-1]

    a, b = wrap(left), wrap(right)
    n = max(len(a), len(b))
    a += [""] * (n - len(a))
    b += [""] * (n - len(b))
    return [(" " * indent + x.ljust(width + gutter) + y) if y else (" " * indent + x).rstrip() for x, y in zip(a, b)]


def _dump(form_feed: bool = True, shift: int = 0) -> str:
    """A fictional two-page report: title and authors over both columns, two-column pages with running heads,
    a full-width table with wide gaps, a figure legend over both columns; facing pages may set their columns
    ``shift`` places apart."""
    p1 = [
        "Epithelioid inflammatory myofibroblastic sarcoma of the mesentery treated",
        "with crizotinib: a case report",
        "",
        "Halvard Brekke1, Oyelaran Dimeji2 and Suvi Pitkanen1",
        "",
        *_side_by_side(_LEFT1, _RIGHT1),
        "",
        "   Brekke et al." + " " * 69 + "141",
    ]
    p2 = [
        "Epithelioid sarcoma of the mesentery" + " " * 41 + "Brekke et al.",
        "",
        "Table 1   Laboratory values at admission",
        "Parameter                    Value          Reference range",
        "Haemoglobin                  92 g/L         120-160 g/L",
        "C-reactive protein           88 mg/L        < 5 mg/L",
        "White cell count             14.1 x 10^9/L  4-10 x 10^9/L",
        "",
        *_side_by_side(_LEFT2, _RIGHT2, indent=shift),
        "",
        "Figure 1. Sheets of epithelioid cells with nuclear membrane staining for ALK (original magnification x400).",
    ]
    return "\n".join(p1) + ("\f" if form_feed else "\n") + "\n".join(p2) + "\n"


def _dump_running_head_between_pages() -> str:
    """No form feeds: a running head alone between the pages (blank lines around it, its gap over the gutter),
    the second page's columns set 3 places right, its right column's heading centred in the column."""
    p2 = _side_by_side(_LEFT2, _RIGHT2, indent=3)
    p2 = [r.replace("     DISCUSSION", " " * 20 + "DISCUSSION") for r in p2]
    head = "Brekke et al." + " " * 35 + "J Imag Sarc Rep 2031"
    return "\n".join(["Epithelioid sarcoma of the mesentery treated with crizotinib", "", *_side_by_side(_LEFT1, _RIGHT1), "", "", head, "", "", *p2, ""])


_WHOLE_SENTENCES = [
    "no liver lesions. She underwent laparotomy with complete resection of the mass",
    "The tumour cells were positive for ALK with a nuclear membrane pattern, desmin and CD30, and were negative for "
    "SOX10, CD117, DOG1 and myogenin.",
    "Crizotinib was started at 250 mg twice daily and the nodule disappeared within four months.",
    "At the last visit, 22 months after surgery, the patient was alive without evidence of disease and still taking "
    "crizotinib.",
]


@pytest.mark.parametrize("form_feed,shift", [(True, 0), (False, 3)], ids=["pages-by-form-feed", "facing-pages-shifted"])
def test_two_column_dump_reads_left_column_then_right(form_feed: bool, shift: int) -> None:
    raw = _dump(form_feed, shift)
    doc = read_text(raw.encode(), "twocol", "twocol.txt")
    _reads_in_order(doc)
    # the table over both columns stays a table, the legend a caption
    t1 = next(t for t in doc.tables if t.id == "T1")
    assert any("C-reactive protein" in x for x in t1.raw_lines)
    assert any(s.kind == "caption" and s.title == "Figure 1" for s in doc.sections)


def _reads_in_order(doc) -> None:
    for s in _WHOLE_SENTENCES:
        assert s in doc.text
    case = next(s for s in doc.sections if s.kind == "case")
    assert "She underwent laparotomy" in doc.text[case.start : case.end]
    assert [s.kind for s in doc.sections if s.kind in ("case", "discussion")] == ["case", "discussion"]


def test_two_column_dump_with_a_running_head_between_pages_and_a_centred_heading() -> None:
    doc = read_text(_dump_running_head_between_pages().encode(), "twocol", "twocol.txt")
    _reads_in_order(doc)
    assert "Brekke et al." not in doc.text


def test_two_column_dump_pieces_keep_the_printed_characters() -> None:
    """Each unfolded line is a piece of one printed line, as printed: evidence read from the document's text
    points at characters of the file."""
    raw = _dump()
    lines = unfold_columns(raw)
    assert lines is not None
    printed = raw.replace("\f", "\n").split("\n")
    for piece in filter(str.strip, lines):
        assert any(piece in x for x in printed), piece


def test_two_column_dump_rows_have_evidence_from_one_column(nlp) -> None:
    from eims_extract.pipeline.extract import extract_document

    raw = _dump()
    doc = read_text(raw.encode(), "twocol", "twocol.txt")
    rows = extract_document(doc, nlp)
    row = rows[0]
    assert row.age_years == 37 and row.sex == "female"
    assert "CD30" in row.ihc_positive and "SOX10" in row.ihc_negative
    assert row.status == "ANED" and row.follow_up_months == 22
    flat = " ".join(raw.replace("\f", "\n").split())
    for evs in row.evidence.values():
        for ev in evs:
            span = " ".join(doc.text[ev.start : ev.end].split())
            assert span in flat or span in " ".join(doc.text.split())
            assert "     " not in ev.sentence  # no gutter inside a sentence: the columns did not interleave


_TABLE_ONLY = """Case report
A 52-year-old man was seen for a painless mass of the left thigh that had grown over six months.
Table 1   Cases reported so far
Case   Age/sex   Site                 Treatment              Outcome
1      34/F      Small bowel          Resection              Alive, no disease at 12 mo
2      61/M      Omentum              Resection, crizotinib  Alive with disease at 8 mo
3      28/M      Mesentery            Resection              Died of disease at 5 mo
4      45/F      Stomach              Resection              Alive, no disease at 30 mo
5      19/M      Pelvis               Biopsy, alectinib      Alive with disease at 14 mo
6      72/F      Liver                Resection              Alive, no disease at 20 mo
7      39/M      Retroperitoneum      Resection, radiation   Died of disease at 9 mo
He is well without disease 18 months after surgery.
"""

_KEY_VALUE = "\n".join(
    f"{k:<40}{v}"
    for k, v in [
        ("Age at diagnosis", "44 years"),
        ("Sex of the patient", "female"),
        ("Primary site of the tumour", "ileocaecal mesentery"),
        ("Largest diameter on imaging", "13 cm"),
        ("ALK immunostaining pattern", "nuclear membrane"),
        ("Fusion found by sequencing", "RANBP2-ALK"),
        ("First treatment given", "complete resection"),
        ("Follow-up after the operation", "16 months"),
    ]
)

_INDENTED_LIST = """Case presentation
The following findings were recorded at admission in the emergency department of the hospital:
      - a firm mass of about nine centimetres in the right iliac fossa on palpation
      - moderate anaemia with a haemoglobin of 95 g/L and raised inflammatory markers
      - low-grade fever of up to 38.2 degrees over the preceding two weeks
      - weight loss of four kilograms during the last month before admission
      - no palpable lymph nodes in the neck, the axillae or the groins at examination
      - normal liver and kidney function tests and a normal coagulation profile
The mass was removed at laparotomy.
"""

_JUSTIFIED = "\n".join(
    textwrap.wrap(
        "A 58-year-old man presented with   haematuria and a bladder mass seen on ultrasound.   Cystoscopy showed a "
        "polypoid lesion of the   posterior wall, and transurethral resection was performed.   Histology showed "
        "spindle cells in a   myxoid stroma with lymphocytes.   ALK was positive and the tumour was   classified as "
        "an inflammatory myofibroblastic tumour.   He was free of disease at   two years.   " * 3,
        70,
    )
)


@pytest.mark.parametrize(
    "text",
    [_TABLE_ONLY, _KEY_VALUE, _INDENTED_LIST, _JUSTIFIED],
    ids=["table-with-wide-gaps", "two-cell-table", "indented-list", "single-column-with-wide-word-gaps"],
)
def test_single_column_text_tables_and_lists_are_not_unfolded(text: str) -> None:
    assert unfold_columns(text) is None


_REF_LEFT = [
    "Six weeks after the operation a new peritoneal nodule was found on imaging. Crizotinib was started at 250 mg "
    "twice daily and the nodule disappeared within four months.",
    "REFERENCES",
    "1. Marino P, Okafor L. Epithelioid sarcomas of the abdomen with ALK fusions. J Imag Sarcoma. 2019;4:112-9.",
    "2. Duval R, Ishikawa M. Lorlatinib in rearranged mesenchymal tumours. Fict Oncol Rep. 2021;9:33-40.",
]
_REF_RIGHT = [
    "3. Halvorsen K, Brandt O. Outcome of abdominal myofibroblastic sarcomas in adults. Arch Nonexist Med. "
    "2020;7:1-14.",
    "4. Quill A, Norrbom E. Kinase fusions in soft tissue tumours. J Imag Pathol. 2018;12:101-9.",
]


def test_short_two_column_letter_pages_share_one_gutter() -> None:
    """Two short pages, neither with enough lines to find its gutter alone: the gutter both vote for together
    unfolds each; the references set in two columns stay references and the legend printed after them is a
    caption."""
    p1 = ["Epithelioid sarcoma of the mesentery: a case report", "", "Case report", "", *_side_by_side(_LEFT1[2:], _RIGHT1)]
    legend = "Figure 1. Computed tomography 22 months after surgery shows no evidence of disease; the patient is well."
    p2 = [*_side_by_side(_REF_LEFT, _REF_RIGHT), "", legend, ""]
    doc = read_text(("\n".join(p1) + "\f" + "\n".join(p2)).encode(), "letter", "letter.txt")
    assert [s.kind for s in doc.sections] == ["title", "case", "references", "caption"]
    case = next(s for s in doc.sections if s.kind == "case")
    assert "no liver lesions. She underwent laparotomy" in doc.text[case.start : case.end]
    assert "within four months." in doc.text[case.start : case.end]
    refs = next(s for s in doc.sections if s.kind == "references")
    assert "2021;9:33-40.\n3. Halvorsen K" in doc.text[refs.start : refs.end]


def test_two_column_table_of_long_cells_under_its_caption_is_not_unfolded() -> None:
    rows = [
        ("Resection of the jejunal mass with a margin", "Alive without disease at the visit of month 24"),
        ("Crizotinib started for a peritoneal nodule", "Nodule gone on the scan four months later on"),
        ("Second look laparotomy after six months", "No tumour found in the abdomen or the pelvis"),
        ("Adjuvant radiotherapy to the tumour bed", "Mild diarrhoea during the second week only"),
        ("Lorlatinib after progression on crizotinib", "Stable disease for another eleven months now"),
        ("Palliative care at home with the family", "Died of disease thirty months after surgery"),
    ]
    text = "\n".join(["Table 2   Treatments and their results", *(f"{a:<48}{b}" for a, b in rows), ""])
    assert unfold_columns(text) is None


def test_right_column_lines_set_one_place_early_or_late_stay_in_their_column() -> None:
    rows = _side_by_side(_LEFT1, _RIGHT1)
    # every fourth two-sided line: its right piece one place early or late (rounded x positions)
    jittered = []
    for n, r in enumerate(rows):
        if len(r) > 49 and r[:44].strip() and n % 4 == 1:
            r = r[:47] + r[48:]
        elif len(r) > 49 and r[:44].strip() and n % 4 == 3:
            r = r[:48] + " " + r[48:]
        jittered.append(r)
    doc = read_text(("Case report\n\n" + "\n".join(jittered) + "\n").encode(), "jitter", "jitter.txt")
    assert "no liver lesions. She underwent laparotomy with complete resection of the mass" in doc.text
    assert _WHOLE_SENTENCES[1] in doc.text


# a justified left column whose full line leaves only two spaces before the right column's piece
_NARROW_LEFT = [
    "A 58-year-old man had a painful swelling of",
    "the right forearm for three months. It was",
    "removed with a margin of normal muscle. The",
    "spindle cells were positive for ALK, desmin,",
    "caldesmon and (weakly) SMA; keratin, CD34, S-",  # 45 characters: two spaces left before the gutter
    "100 and MyoD1 were negative. The mitoses",
    "were few and there was no necrosis anywhere.",
]
_NARROW_RIGHT = [
    "He had no other treatment after the operation",
    "and was seen every six months at the clinic.",
    "At the last visit, 40 months after surgery,",
    "he was well and free of any sign of disease.",
    "A scan of the chest was clear at that visit.",
    "His arm moved freely and he went back to his",
    "work as a carpenter within half a year.",
]


@pytest.mark.parametrize("narrow", [True, False], ids=["two-space-gap-at-the-gutter", "usual-gap"])
def test_left_column_line_reaching_the_gutter_with_a_two_space_gap_is_cut_there(narrow: bool) -> None:
    rows = []
    for a, b in zip(_NARROW_LEFT, _NARROW_RIGHT):
        rows.append(f"{a}  {b}" if len(a) == 45 else f"{a:<45}  {b}")
    if not narrow:
        rows = [f"{a:<45}     {b}" for a, b in zip(_NARROW_LEFT, _NARROW_RIGHT)]
    doc = read_text(("Case report\n\n" + "\n".join(rows) + "\n").encode(), "narrow", "narrow.txt")
    assert "keratin, CD34, S-100 and MyoD1 were negative." in doc.text
    assert "work as a carpenter within half a year." in doc.text
    assert "S-  A scan" not in doc.text and "no necrosis anywhere. He had no other treatment" in doc.text


def test_full_width_line_with_a_double_space_alone_is_not_cut() -> None:
    # a single-column paragraph with two spaces after a full stop: no gutter, nothing to cut
    text = (
        "Case report\n\nA 58-year-old man had a painful swelling of the right forearm for three months.  It was\n"
        "removed with a margin of normal muscle and he was well after forty months without any sign of disease.\n"
    )
    assert unfold_columns(text) is None


# a table of two halves side by side (cells set with spaces) under its caption, after two columns of text: the
# caption and its rows end the column block, so the columns unfold and the rows stay rows
_SPLIT_TABLE = [
    "",
    "Table 1 Stains of the invented tumour",
    "Antibody        Clone         Result          Antibody       Clone        Result",
    "ALK             1A4           +               S100           4C4.9        -",
    "Desmin          D33           +               CD34           QBEnd10      -",
    "Caldesmon       h-CD          +               SOX10          SP267        -",
]


def test_table_of_two_halves_under_its_caption_ends_the_column_block() -> None:
    text = "Case report\n\n" + "\n".join(_side_by_side(_LEFT1, _RIGHT1) + _SPLIT_TABLE) + "\n"
    doc = read_text(text.encode(), "split", "split.txt")
    assert "no liver lesions. She underwent laparotomy with complete resection of the mass" in doc.text
    t1 = next(t for t in doc.tables if t.id == "T1")
    assert any("Caldesmon" in x and "SOX10" in x for x in t1.raw_lines)
    case = next(s for s in doc.sections if s.kind == "case")
    assert "QBEnd10" not in doc.text[case.start : case.end]


# a justified left column whose one full line runs into the gutter: the right column's piece on that line is pushed one
# place on behind a single space (``pdftotext -layout`` keeps one space where the characters ran wide)
_OVERFULL_LEFT = [
    "A 49-year-old woman noticed a firm lump in",
    "her left groin that grew slowly for a year.",
    "Ultrasound showed a solid 4 cm nodule near the",  # 46 characters: up to the gutter
    "femoral vessels, and it was excised whole;",
    "the margins were free of tumour throughout.",
    "The cells were positive for ALK and desmin.",
    "Keratin, S100 and CD34 were all negative.",
    "The diagnosis of IMT was made on review.",
]
_OVERFULL_RIGHT = [
    "She needed no further treatment afterwards",
    "and was seen every four months in clinic.",
    "Case 2. A 15-year-old boy had a large mass",
    "in the omentum with ascites at admission.",
    "Omentectomy removed all visible disease.",
    "The cells were positive for ALK and CD30.",
    "Break-apart FISH for ALK was positive too.",
    "He received crizotinib from the next month.",
]


def test_left_column_line_running_into_the_gutter_with_a_single_space_is_cut_there() -> None:
    rows = []
    for a, b in zip(_OVERFULL_LEFT, _OVERFULL_RIGHT):
        rows.append(f"{a} {b}" if len(a) > 44 else f"{a:<44}   {b}")
    doc = read_text(("Case reports\n\n" + "\n".join(rows) + "\n").encode(), "overfull", "overfull.txt")
    flat = " ".join(doc.text.split())
    assert "a solid 4 cm nodule near the femoral vessels, and it was excised whole;" in flat
    assert "The diagnosis of IMT was made on review. She needed no further treatment" in flat
    assert "Case 2. A 15-year-old boy had a large mass in the omentum" in flat


def test_legend_over_both_columns_with_a_space_at_the_gutter_stays_whole() -> None:
    above = [f"{a:<46}   {b}" for a, b in zip(_OVERFULL_LEFT, _OVERFULL_RIGHT)]
    below = [f"{a:<46}   {b}" for a, b in zip(_OVERFULL_RIGHT, _OVERFULL_LEFT)]
    legend = "Figure 1. Axial CT of the left groin showing the solid nodule beside the femoral vessels (arrow)."
    doc = read_text(("Case reports\n\n" + "\n".join([*above, legend, *below]) + "\n").encode(), "legend", "legend.txt")
    assert legend in doc.text


# -- a page of two short column blocks (one a case), a legend and a narrow table between them ----------------------
_CASE_A_LEFT = [
    "Case 1",
    "A 41-year-old carpenter came with a month of",
    "cough, night sweats and a dull pain under the",
    "left ribs. Imaging showed a 9-cm mass in the",
    "gastrosplenic ligament, lying close to the sple-",
]
_CASE_A_RIGHT = [
    "nic hilum, with no ascites and no enlarged nodes.",
    "The mass was removed whole together with the",
    "spleen at laparotomy, and the margins were free",
    "of tumour on every side of the resected specimen.",
]
_CASE_B_LEFT = [
    "Case 2",
    "A 12-year-old boy was brought with a painless",
    "swelling of the right cheek that his teacher had",
    "seen first. There was no fever and his blood count",
    "was normal apart from a slightly raised platelet",
]
_CASE_B_RIGHT = [
    "count. A biopsy through the mouth showed bland",
    "spindle cells among many plasma cells, and the",
    "swelling was then removed through a small cut",
    "under the jaw without any damage to the nerves.",
]
_NARROW_TABLE = [
    "Table 1 Stains in the two invented cases",
    "Marker      Case A        Case B",
    "ALK         +             +",
    "SMA         +             focal +",
    "Desmin      -             -",
    "CD30        +             not done",
    "Keratin     -             -",
    "S100        -             -",
    "CD34        -             not done",
    "Myogenin    -             -",
    "Ki-67       25%           4%",
]


def _paired(left: list[str], right: list[str], at: int = 55) -> list[str]:
    right = right + [""] * (len(left) - len(right))
    return [(a.ljust(at) + b).rstrip() for a, b in zip(left, right)]


def _short_blocks_page() -> str:
    legend = "Figure 1 Case A. Plump spindle cells in a loose stroma with plasma cells and eosinophils (H&E, x200)."
    lines = [
        "Two invented myofibroblastic tumours of the upper abdomen and of the cheek in a man and a boy",
        "",
        *_paired(_CASE_A_LEFT, _CASE_A_RIGHT),
        "",
        legend,
        "",
        *_NARROW_TABLE,
        "",
        *_paired(_CASE_B_LEFT, _CASE_B_RIGHT),
        "",
    ]
    return "\n".join(lines)


def test_short_column_blocks_of_one_page_unfold_past_a_narrow_tables_columns() -> None:
    """Two blocks of two columns, each too short to count alone, cut at one gutter on one page, with a figure legend
    over both columns and a table narrower than the left column between them; the table's own columns get more votes
    than the gutter: the gutter is still found, both blocks read left column then right, the table stays a table."""
    lines = unfold_columns(_short_blocks_page())
    assert lines is not None
    doc = read_text(_short_blocks_page().encode(), "blocks", "blocks.txt")
    assert "lying close to the splenic hilum, with no ascites" in doc.text
    assert "a slightly raised platelet count. A biopsy through the mouth" in doc.text
    cases = [s for s in doc.sections if s.kind == "case"]
    assert [s.title for s in cases] == ["Case 1", "Case 2"]
    assert "12-year-old" not in doc.text[cases[0].start : cases[0].end]
    t1 = next(t for t in doc.tables if t.id == "T1")
    assert any("Myogenin" in x for x in t1.raw_lines)


def test_one_short_column_block_alone_is_not_unfolded() -> None:
    """A single block of four two-sided lines is too little evidence of columns (a pair of lists set side by side)."""
    text = "\n".join(["Two invented tumours", "", *_paired(_CASE_A_LEFT, _CASE_A_RIGHT), "", *_NARROW_TABLE, ""])
    assert unfold_columns(text) is None


def test_single_column_text_with_a_narrow_table_is_not_unfolded() -> None:
    body = textwrap.wrap(" ".join(_CASE_A_LEFT[1:] + _CASE_A_RIGHT + _CASE_B_LEFT[1:] + _CASE_B_RIGHT), 95)
    text = "\n".join(["Case report", *body, "", *_NARROW_TABLE, "", *body, ""])
    assert unfold_columns(text) is None


def test_column_lines_wrap_against_their_column_not_the_full_page() -> None:
    """A dump whose front matter and closing text run across the page while its case is set in two columns: the
    column lines are half as long as the page's, yet they are wrapped lines (a word broken at a column's line end is
    rejoined), judged against their own column's width."""
    wide = textwrap.wrap(
        "Myofibroblastic tumours of the small bowel are rare in adults and are easily taken for stromal tumours on "
        "imaging; we describe an invented patient whose tumour of the duodenum was removed and who stayed well for "
        "years after the operation without any further treatment of any kind.",
        96,
    )
    left = [
        "Case report",
        "A 53-year-old woman had tarry stools and an",
        "anaemia for two months. Endoscopy showed an",
        "ulcerated mass in the second part of the duo-",
        "denum, and CT showed no spread to the liver or",
        "the lymph nodes around the pancreatic head.",
        "A segmental resection with a primary anasto-",
        "mosis was done, and the margins were clear.",
        "The tumour measured 4.2 cm and was made of",
        "plump spindle cells among many plasma cells.",
    ]
    right = [
        "The spindle cells stained for ALK and for SMA,",
        "and were negative for CD117, DOG1 and CD34 on",
        "the full panel of stains. A break-apart probe",
        "for ALK showed split signals in most of the nu-",
        "clei counted. She had no further treatment of",
        "any kind after the operation, and she was well",
        "without any sign of the tumour at the last vi-",
        "sit, 38 months after the resection of the mass.",
    ]
    closing = textwrap.wrap(
        "Discussion The duodenum is an unusual site for these tumours, and surgery alone was enough here; the long "
        "follow-up of this invented patient shows that a complete resection can cure such a tumour for good.",
        96,
    )
    text = "\n".join(["An invented duodenal myofibroblastic tumour", "", *wide, "", *_paired(left, right, 50), "", *closing, ""])
    doc = read_text(text.encode(), "duo", "duo.txt")
    assert "second part of the duodenum, and CT" in doc.text
    assert "in most of the nuclei counted" in doc.text
