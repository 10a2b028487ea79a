"""Text ingestion on documents written for these tests (fictional patients), plus
the shared seed text, the shared PDF of the same paper and the dev corpus."""

from __future__ import annotations

import json
import re
import textwrap

import pytest

from eims_extract.errors import IngestError
from eims_extract.ingest import load_document
from eims_extract.ingest.text import ends_sentence, read_text


def _wrap(paragraph: str, width: int = 58) -> list[str]:
    return textwrap.wrap(paragraph, width, break_on_hyphens=False)


def _dump(lines: list[str]) -> bytes:
    """Like a PDF text dump: a blank line after every line."""
    return ("\n\n".join(lines) + "\n").encode()


def _broken_between(first: str, second: str) -> list[str]:
    """A dump's paragraph of full-width lines with the two lines under test in its middle."""
    return [
        "An imaginary clinic saw a patient who is entirely made up and",
        first,
        second,
        "case that exists only for testing the joining of broken",
        "lines in a dump where nearly every line ends mid sentence.",
    ]


def _body(doc, kind: str) -> str:
    return " ".join(doc.text[s.start : s.end] for s in doc.sections_of(kind) if s.title or kind != "case")


# -- decoding --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"A fictional note\x00\x01\x02 about nothing", r"binary data, not text: NUL byte at offset 16"),
        (b"  \n\t\n  ", r"^empty file$"),
        (b"12 34 -- 56\n78 %", r"no letters"),
    ],
)
def test_bad_text_is_refused_with_a_reason(data: bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_text(data, "bad", "bad.txt")


def test_utf8_bom_is_accepted() -> None:
    doc = read_text("\ufeffA made-up patient, aged 50, was seen twice.\n".encode(), "bom", "bom.txt")
    assert doc.text.startswith("A made-up patient")


# -- wrapped text ---------------------------------------------------------------------------
def test_pdf_dump_soft_hyphen_is_undone_when_the_document_spells_the_word() -> None:
    """Regression (blind set 8): "no re-" / "currence" in a PDF-to-text dump hid a negated recurrence."""
    lines = [
        "An invented woman was followed after a partial resection and",
        "local recurrence was watched for with cystoscopy every six",
        "months. At two years the scans showed no re-",
        "currence and she remains well in this made-up report today.",
    ]
    doc = read_text(_dump(lines), "hy2", "hy2.txt")
    assert "showed no recurrence and she" in doc.text


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("the proliferation index by Ki-", "67 was ten percent in our imaginary", "Ki-67 was"),
        ("she then received 5-", "fluorouracil in two short invented", "5-fluorouracil in"),
        ("both are calcium-", "binding proteins in this pretend", "calcium-binding proteins"),
        # the vocabularies spell the joined word: a typesetter's soft hyphen
        ("a mass in the Intra-", "abdominal space of a fictional man", "Intraabdominal space"),
    ],
)
def test_line_end_hyphen_is_kept_unless_the_joined_word_is_known(first: str, second: str, joined: str) -> None:
    lines = _broken_between(first, second)
    doc = read_text(_dump(lines), "hy", "hy.txt")
    assert joined in doc.text
    assert "\n" not in doc.text.strip()


CASE_PARAS = [
    "A fictional woman aged 61 came to an invented hospital after three weeks of dull flank "
    "pain that worsened at night and eased when she sat upright in a chair.",
    "Imaging showed a lobulated mass of nine centimetres beside the left kidney, and a core "
    "biopsy found plump epithelioid cells with a brisk inflammatory background and scattered "
    "mitoses in every field.",
    "She began an oral kinase inhibitor at a standard dose and the mass shrank by half over "
    "the following four months without any serious side effect being noted by the team.",
]
CAPTION = (
    "FIGURE 1 Pretend images of the invented mass. (A) A cross-sectional view before treatment "
    "with the lesion outlined by arrows. (B) The same view four months later, smaller and calmer. "
    "(C) A drawn histology field with epithelioid cells, all of it made up for this test."
)
TABLE_LINES = [
    "TABLE 1 Imaginary laboratory values during treatment.",
    "Test Week 0 Week 4 Week 8",
    "Haemoglobin 121 118 125",
    "Platelets 260 240 255",
    "(Continued)",
    "TABLE 1 Continued",
    "Test Week 0 Week 4 Week 8",
    "Creatinine 70 74 72",
]


def _report() -> bytes:
    """A wrapped dump with a footer, a caption and a continued table cutting sentences."""
    lines = ["A made-up kidney-adjacent tumour treated with a kinase", "inhibitor: an invented case"]
    lines.append(" Ada Quill1, Ben Ro2* and Cy Tam1")
    lines += _wrap("This abstract is a fiction that summarises a pretend case for a test of text reading.")
    lines.append("1 Introduction")
    lines += _wrap(
        "Invented tumours of this sort are said to be rare in the imaginary literature, and they are "
        "described here only to give the reader a body of text to parse."
    )
    lines.append("2 Case presentation")
    case = []
    for p in CASE_PARAS:
        case += _wrap(p)
    # the caption interrupts the second paragraph mid-sentence, a footer sits in the first
    cut = len(_wrap(CASE_PARAS[0])) + 2
    lines += case[:2] + ["Annals of Pretend Medicine 04"] + case[2:cut]
    lines += textwrap.wrap(CAPTION, 150)
    rest = case[cut:]
    lines += rest[:3] + TABLE_LINES + rest[3:]
    lines += ["3 Discussion"] + _wrap("Nothing in this discussion is real, and it ends the made-up body text here.")
    lines += ["Annals of Pretend Medicine 05"]
    lines += ["4 Conclusion"] + _wrap("A pretend lesson is drawn from a pretend patient in this invented report.")
    return _dump(lines)


@pytest.fixture(scope="module")
def report():
    return read_text(_report(), "report", "report.txt")


def test_sections_and_front_matter(report) -> None:
    kinds = [s.kind for s in report.sections if s.kind not in ("caption", "table")]
    assert kinds == ["title", "authors", "abstract", "introduction", "case", "discussion", "conclusion"]
    assert report.sections_of("case")[0].title == "2 Case presentation"
    assert _body(report, "authors") == "Ada Quill1, Ben Ro2* and Cy Tam1"


def test_interrupted_sentence_is_stitched_and_caption_moved_out(report) -> None:
    case = _body(report, "case")
    assert case.split() == " ".join(CASE_PARAS).split()
    assert "FIGURE" not in case and "Annals" not in report.text
    cap = report.sections_of("caption")[0]
    assert cap.title == "FIGURE 1"
    assert report.text[cap.start : cap.end].split() == CAPTION.split()


def test_continued_table_is_one_table_with_raw_lines(report) -> None:
    assert [t.id for t in report.tables] == ["T1"]
    t = report.tables[0]
    assert t.caption == "Imaginary laboratory values during treatment."
    assert t.raw_lines == TABLE_LINES[1:]
    assert report.text[t.start : t.end] == "\n".join(TABLE_LINES[1:])
    assert "Haemoglobin" not in _body(report, "case")


def test_pages_follow_running_footers(report) -> None:
    case = report.sections_of("case")[0]
    assert report.page_at(case.start) == 4
    assert report.page_at(report.sections_of("conclusion")[0].start) == 6


# -- unwrapped text -------------------------------------------------------------------------
def test_one_paragraph_per_line_without_headings_is_all_case() -> None:
    text = "\n".join(CASE_PARAS) + "\n"
    doc = read_text(text.encode(), "flat", "flat.txt")
    case = doc.sections_of("case")
    assert len(case) == 1 and case[0].title == ""
    assert doc.text[case[0].start : case[0].end].split() == " ".join(CASE_PARAS).split()


def test_headings_and_inline_abstract_in_pasted_text() -> None:
    text = "\n".join(
        [
            "An imaginary retroperitoneal mass: a case report",
            "Abstract: A made-up man aged 44 had an invented mass that we describe for testing.",
            "Background",
            "Such masses are rare in the pretend literature and only a few are invented each year.",
            "Case presentation",
            *CASE_PARAS,
            "Discussion",
            "The pretend case shows nothing, because it is a pretend case.",
            "References",
            "1. Nobody N. A study that never was. J Imag Med. 2001;1:1-2.",
        ]
    )
    doc = read_text(text.encode(), "pasted", "pasted.txt")
    kinds = [s.kind for s in doc.sections]
    assert kinds == ["title", "abstract", "introduction", "case", "discussion", "references"]
    assert _body(doc, "abstract").startswith("A made-up man aged 44")
    assert _body(doc, "case").split() == " ".join(CASE_PARAS).split()


# -- shared material ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_doc(seed_txt):
    return load_document(seed_txt)


def test_seed_text_sections_tables_and_pages(seed_doc) -> None:
    kinds = {s.kind for s in seed_doc.sections}
    assert kinds == {"title", "authors", "abstract", "introduction", "case", "discussion", "conclusion", "caption", "table"}
    case = _body(seed_doc, "case")
    assert "43-year-old" in case and "FIGURE" not in case and "Frontiers" not in case
    assert [t.id for t in seed_doc.tables] == ["T1", "T2"]
    t2 = seed_doc.tables[1]
    assert "TABLE 2 Continued" in [ln.strip() for ln in t2.raw_lines]
    assert seed_doc.text[t2.start : t2.end].splitlines() == t2.raw_lines
    assert {seed_doc.page_at(c.start) for c in seed_doc.sections_of("caption")} <= {3, 4, 5}


def _tokens(doc, kind: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", _body(doc, kind))


def test_seed_text_and_pdf_give_the_same_document(seed_doc, seed_pdf) -> None:
    """Same paper, two renderings: same section kinds, same narrative tokens."""
    import difflib

    pdf = load_document(seed_pdf)
    assert {s.kind for s in pdf.sections} == {s.kind for s in seed_doc.sections}
    for kind in ("title", "abstract", "introduction", "case", "discussion", "conclusion"):
        a, b = _tokens(seed_doc, kind), _tokens(pdf, kind)
        ratio = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
        assert ratio >= 0.99, (kind, ratio)
    assert len(next(t for t in pdf.tables if t.id == "T2").rows) == 52


def test_dev_corpus_scrapes_load_with_a_case_section(dev_corpus) -> None:
    with open(dev_corpus, encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    assert len(records) == 20
    for i, rec in enumerate(records):
        doc = read_text(rec["text"].encode(), f"dev{i}", f"dev{i}.txt")
        case = doc.sections_of("case")
        assert case, i
        covered = sum(s.end - s.start for s in case)
        assert covered >= 0.5 * len(doc.text.strip()), i


def test_body_resumes_with_a_new_paragraph_after_a_table() -> None:
    """The sentence before the table ended, so the body resumes at a capitalised prose line."""
    before = _wrap(CASE_PARAS[0])
    after = _wrap(CASE_PARAS[1])
    table = ["TABLE 2 Pretend drug doses.", "Drug Day 1 Day 8", "Agent A 10 mg 20 mg", "Agent B 5 mg 5 mg"]
    lines = ["2 Case description", *before, *table, *after, *_wrap(CASE_PARAS[2])]
    doc = read_text(_dump(lines), "resume", "resume.txt")
    assert _body(doc, "case").split() == " ".join(CASE_PARAS).split()
    assert doc.tables[0].raw_lines == table[1:]


def test_regression_patient_n_lines_are_headings_not_running_footers() -> None:
    """"Patient 1" / "Patient 2" look like a repeated name with page numbers; they are patient headings."""
    raw = (
        "Two children with a myofibroblastic tumour\n\nCase presentations\nPatient 1\n"
        "A 4-year-old boy had a bladder mass that was resected.\n\nPatient 2\n"
        "A 12-year-old girl had a uterine mass.\n"
    ).encode()
    doc = read_text(raw, doc_id="pts", path="pts.txt")
    assert "Patient 2" in doc.text
    titles = [s.title for s in doc.sections if s.kind == "case"]
    assert "Patient 1" in titles and "Patient 2" in titles


@pytest.mark.parametrize(
    ("first", "second", "cols"),
    [
        ("Case 1", "Case 2", "                    Case 1                      Case 2"),
        ("Patient 1", "Patient 2", "                 Patient 1                   Patient 2"),
        ("Case 1", "Case 2", "Feature            Case 1                      Case 2"),
    ],
)
def test_case_headings_are_not_debris_of_a_ruled_table_header_naming_the_cases(first, second, cols) -> None:
    """A summary grid ruled off with dashes whose column header names the cases ("Case 1    Case 2") is read like a
    footer between rules; the numbered case headings of the prose are no pieces of it: they stay headings."""
    rule = "-" * 70
    raw = "\n".join(
        [
            "Two airway tumours in one clinic", "", "Summary", "Two patients with an airway tumour.", "",
            first, "A 12-year-old boy had a mass of the left main bronchus that was snared.", "",
            second, "A 50-year-old woman had a mass of the trachea that was resected.", "",
            "  Table 1. The two patients", "  " + rule, cols, "  " + rule,
            "  Site               Left main bronchus          Trachea",
            "  Treatment          Snare                       Resection", "  " + rule, "",
            "Discussion", "Airway tumours are rare.", "",
        ]
    ).encode()
    doc = read_text(raw, doc_id="grid", path="grid.txt")
    titles = [s.title for s in doc.sections if s.kind == "case"]
    assert first in titles and second in titles


@pytest.mark.parametrize("heading", ["The patients", "Our case", "The case", "Our patients"])
def test_regression_the_patients_heading_is_a_case_heading(heading: str) -> None:
    from eims_extract.ingest.sections import classify_heading

    h = classify_heading(heading)
    assert h is not None and h.kind == "case"


def test_regression_hardwrapped_sentence_carried_over_a_ruled_running_header() -> None:
    lines = [
        "Ann Fict Pathol 2024; 3(1): 10-14          CASE NOTE",
        "",
        "A 41-year-old woman had a mass of the left flank that was",
        "resected in 2022. The lesion returned and she was given",
        "ceritinib, which was later ex-",
        "",
        "------------------------------------------------------------",
        "Ann Fict Pathol 2024; 3(1)                           11",
        "------------------------------------------------------------",
        "",
        "changed for lorlatinib because of nausea. She was well at",
        "the last visit, twelve months later.",
        "",
        "12                          Ann Fict Pathol 2024; 3(1)",
        "",
        "Discussion follows here in a sentence of ordinary words.",
    ]
    doc = read_text("\n".join(lines).encode(), "fict", "fict.txt")
    assert "ex-changed for lorlatinib" in doc.text
    assert "Ann Fict Pathol 2024; 3(1)  " not in doc.text and "-----" not in doc.text


@pytest.mark.parametrize(
    "header",
    ["317                              Okafor et al. - Gastric IMT", "Okafor et al. - Gastric IMT                    317"],
)
def test_regression_single_running_header_below_a_page_rule(header: str) -> None:
    """A header printed once, at the only page break, is furniture: its "et al." must not glue onto the
    next sentence (which would then read as a citation)."""
    raw = "\n".join(
        [
            "Case report",
            "",
            "A 52-year-old man had a gastric mass that was excised.",
            "",
            "_" * 60,
            header,
            "",
            "Eight months later CT showed a hepatic recurrence.",
        ]
    ).encode()
    doc = read_text(raw, doc_id="hdr", path="hdr.txt")
    assert "et al" not in doc.text
    assert "Eight months later CT showed a hepatic recurrence." in doc.text


def test_regression_sentence_next_to_a_rule_is_kept() -> None:
    raw = "\n".join(["Case report", "", "A 7-year-old girl had fever for 3 days.", "_" * 40, "She recovered."]).encode()
    doc = read_text(raw, doc_id="r", path="r.txt")
    assert "She recovered." in doc.text and "fever for 3 days" in doc.text


def test_running_footer_printed_once_is_dropped_and_the_sentence_stitched() -> None:
    """Regression (blind set 8): a journal footer seen once split "and he / died of disease"."""
    lines = [
        "Journal of Invented Pathology and Oncology            Vol 3 No 1, 2024",
        "An imaginary man with a made-up tumour was treated with two",
        "cycles of chemotherapy, after which scans showed progression, and he",
        "Journal of Invented Pathology and Oncology 3(1)             45",
        "died of disease seven months after surgery in this fictional case.",
        "Nothing else happened to this invented patient in the report at all.",
    ]
    doc = read_text(_dump(lines), "ft", "ft.txt")
    assert "and he died of disease seven months" in doc.text
    assert "3(1)" not in doc.text


def test_figure_caption_ends_at_a_blank_line_before_the_next_paragraph():
    """A one-line figure caption between two wrapped paragraphs must not swallow the paragraph
    after it (its immunohistochemistry was lost to the caption)."""
    from eims_extract.ingest.text import read_text

    text = (
        "A fictional chest wall tumour\n\n1. Case report\n"
        "The patient, a 40-year-old man, reported a dull ache in the left flank for some weeks. Imaging\n"
        "showed a 7 cm mass against the chest wall with no other lesion anywhere in the body at staging.\n"
        "He underwent an open resection of the mass with the adjacent rib; the margins were free of tumour.\n\n"
        "Figure 3. Cut surface of the resected specimen, grey and firm, with a thin capsule.\n\n"
        "Histology showed plump spindle cells in a mixed inflammatory background of plasma cells and\n"
        "lymphocytes. The cells were positive for ALK and SMA, whereas desmin and CD34 were negative in\n"
        "all the examined blocks of the specimen.\n\n"
        "2. Discussion\nTumours of this kind are rare in adults and their behaviour is hard to predict.\n"
    )
    doc = read_text(text.encode(), doc_id="fig", path="fig.txt")
    caps = doc.sections_of("caption")
    assert len(caps) == 1 and "Histology" not in doc.text[caps[0].start : caps[0].end]
    case = doc.sections_of("case")[0]
    assert "positive for ALK" in doc.text[case.start : case.end]


def _long_paragraph(topic: str, n: int = 6) -> str:
    return " ".join(f"Invented sentence {i} about {topic} for the layout test, long enough to fill a line." for i in range(n))


def test_regression_pasted_paragraphs_ending_in_citation_digits_are_not_wrapped_lines() -> None:
    """A web excerpt keeps a whole paragraph per line; a paragraph ending in citation digits
    ("... inhibitors.4,5") and a cut-off last line made it look hard-wrapped, so all paragraphs
    were joined into one and the patient's first sentence was swallowed by the discussion."""
    text = "\n\n".join(
        [
            "Introduction",
            _long_paragraph("made-up tumours") + " Imaginary drugs work in such tumours.1",
            _long_paragraph("imaginary genes") + " They respond to invented inhibitors.4,5",
            "Report",
            "A 30-year-old invented man had a pretend mass in the lung. " + _long_paragraph("the pretend course", 3),
            _long_paragraph("the follow-up", 4) + " The excerpt stops in the midd",
        ]
    )
    doc = read_text(text.encode(), "pasted", "pasted.txt")
    i = doc.text.index("A 30-year-old")
    assert doc.text[i - 1] == "\n"  # its own paragraph, not glued after "inhibitors.4,5 Report"
    assert doc.text[: i - 1].rstrip().endswith("Report")


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("they respond to invented inhibitors.4,5", True),
        ("as reported before.[3]", True),
        ("as reported before.12–14", True),
        ("a pretend mass measuring 3.5", False),
        ("a pretend mass in the", False),
    ],
)
def test_a_full_stop_followed_by_citation_digits_ends_a_line_sentence(line: str, ends: bool) -> None:
    assert ends_sentence(line) is ends


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Resumen", "abstract"), ("Résumé", "abstract"), ("Resumo", "abstract"),
        ("Palabras clave:", "keywords"), ("Mots-clés", "keywords"), ("Palavras-chave", "keywords"),
        ("Introducción", "introduction"), ("Introdução", "introduction"),
        ("Caso clínico", "case"), ("Presentación del caso:", "case"), ("Cas clinique", "case"),
        ("Observation clinique", "case"), ("Relato de caso", "case"), ("Apresentação do caso", "case"),
        ("Material y métodos", "methods"), ("Matériel et méthodes", "methods"),
        ("Discusión", "discussion"), ("Discussão", "discussion"), ("Commentaires", "discussion"),
        ("Conclusiones", "conclusion"), ("Conclusão", "conclusion"),
        ("Bibliografía", "references"), ("Références", "references"), ("Referências", "references"),
        ("Conflits d'intérêts", "acknowledgements"), ("Agradecimientos", "acknowledgements"),
    ],
)
def test_romance_language_section_headings(heading: str, kind: str) -> None:
    from eims_extract.ingest.sections import classify_heading

    h = classify_heading(heading)
    assert h is not None and h.kind == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Introduction and importance", "introduction"), ("INTRODUCTION AND IMPORTANCE", "introduction"),
        ("Clinical discussion", "discussion"), ("CLINICAL DISCUSSION", "discussion"),
        ("Presentation of case", "case"), ("Case presentation", "case"),
    ],
)
def test_regression_surgical_case_report_journal_headings(heading: str, kind: str) -> None:
    """Regression (issue 12): the four-part headings of surgical case-report journals ("Introduction and importance",
    "Case presentation", "Clinical discussion", "Conclusion"): the clinical discussion is a discussion, not more of
    the case."""
    from eims_extract.ingest.sections import classify_heading

    h = classify_heading(heading)
    assert h is not None and h.kind == kind


@pytest.mark.parametrize(
    "head",
    [
        "57                         Lindqvist et al.",
        "Lindqvist et al.                         57",
        "R. T. Abernathy et al.               Annals of Imaginary Tumours 19 (2026) 55–61",
        "Annals of Imaginary Tumours Vol. 19 (2026) 55–61",
    ],
)
def test_running_head_printed_once_mid_sentence_is_dropped_and_the_sentence_stitched(head: str) -> None:
    """A page's running head (page number and "Surname et al.", or a journal citation "Name 19 (2026)
    55–61" with or without the authors) printed once, between the two halves of a sentence, is furniture:
    the sentence is joined again and offsets into the text stay right."""
    lines = [
        "Case report",
        "A fictional 61-year-old woman had a mass of the left kidney that was removed",
        "entirely. The spindle cells stained for vimentin and calponin, while",
        "58",
        head,
        "desmin and S100 protein were negative in this invented tumour. Her",
        "recovery was uneventful and she was well at the last visit in clinic.",
    ]
    doc = read_text(_dump(lines), "rh", "rh.txt")
    joined = "while desmin and S100 protein were negative"
    i = doc.text.find(joined)
    assert i >= 0 and doc.text[i : i + len(joined)] == joined
    assert "et al" not in doc.text and "(2026)" not in doc.text


def test_running_head_rule_keeps_a_sentence_opening_with_et_al() -> None:
    """Negative: a line of prose that opens with "Surname et al." (a cited study) is running text."""
    lines = [
        "Discussion",
        "Such tumours of the kidney are rare in adults and mostly benign in course.",
        "Moreau et al. reported 12 renal cases with a local recurrence in two of",
        "them, and Okonjo and Baptiste et al. 2019 series described 5 more.",
        "Iwasaki et al. (2024) 31 cases",
    ]
    doc = read_text(_dump(lines), "ea", "ea.txt")
    assert "Moreau et al. reported 12 renal cases" in doc.text
    assert "Okonjo and Baptiste et al. 2019 series" in doc.text
    assert "Iwasaki et al. (2024) 31 cases" in doc.text


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("reviews in our invented clinic found no re-", "lapse of the pretend tumour in the", "no relapse of"),
        ("the imaginary spindle cells ex-", "pressed calponin and vimentin in the", "cells expressed calponin"),
        ("margins were clear. Immunohisto-", "chemical stains of the made-up lesion", "Immunohistochemical stains"),
        ("the sample was a richly cel-", "lular growth of plump invented cells", "richly cellular growth"),
        ("after a year the made-up mass had con-", "tinued to shrink slowly in the", "had continued to shrink"),
    ],
)
def test_line_end_break_of_a_common_case_report_word_is_joined(first: str, second: str, joined: str) -> None:
    """Regression: a typesetter's soft hyphen inside a word that the document never spells again
    ("ex-" / "pressed" read as a negative sign) is closed up when the package knows the word: its
    vocabularies, its outcome and treatment rules or the kept list of common case-report words."""
    lines = _broken_between(first, second)
    doc = read_text(_dump(lines), "hw", "hw.txt")
    assert joined in doc.text
    assert "- " not in doc.text


@pytest.mark.parametrize(
    ("first", "second", "kept"),
    [
        ("a fictional nodule that was well-", "defined on the scans, and it was", "well-defined on"),
        ("unlike a non-", "small cell carcinoma of the invented", "non-small cell"),
        ("the pretend tumour was ALK-", "positive in its spindle cells and", "ALK-positive in"),
    ],
)
def test_line_end_break_of_a_real_compound_keeps_its_hyphen(first: str, second: str, kept: str) -> None:
    """Negative: a compound broken at its own hyphen stays a compound even in a dump whose other
    breaks are soft ones the vocabularies close up (the halves are words; the joined form is none)."""
    lines = [
        "An imaginary clinic saw a patient who is entirely made up and whose re-",
        "currence was watched well; a small pretend lesion was positive for ex-",
        "pressed markers in a richly cel-",
        "lular stroma of a case that exists only for testing and",
        first,
        second,
        "lines in a dump where nearly every line ends mid sentence.",
    ]
    doc = read_text(_dump(lines), "hc", "hc.txt")
    assert kept in doc.text
    assert "recurrence was watched" in doc.text and "positive for expressed markers" in doc.text


@pytest.mark.parametrize(
    "head",
    [
        "Okonkwo‐Lind et al.   Pretend kinase tumours of the pelvis          203",
        "                                   Varga et al.   7 of 9",
        "Bellweather et al.                              NTRK2::ALK in an invented spleen",
        "Duvall et al.   Imag Tumour Lett 2025;4:77‐81       78",
    ],
)
def test_running_head_with_a_short_title_after_a_wide_gap_is_dropped_and_the_sentence_stitched(head: str) -> None:
    """Regression (blind set 15): a two-column dump's running head printed once ("Surname et al.", a wide gap, then
    a short running title and the page number, or "N of M") cut a sentence in two and gave its words to it."""
    lines = [
        "Case report",
        "A fictional 48-year-old man had a mass of the spleen that was removed",
        "entirely. The plump cells stained for calponin and a targeted RNA",
        "",
        head,
        "",
        "panel then found a made-up fusion in this invented tumour. His",
        "recovery was uneventful and he was well at the last visit in clinic.",
    ]
    doc = read_text("\n".join(lines).encode(), "rt", "rt.txt")
    assert "a targeted RNA panel then found" in doc.text
    assert "et al" not in doc.text


@pytest.mark.parametrize(
    "line",
    [
        "Moreau et al.    12/F   spleen   resection   NED",  # a literature table's row: cells, an age/sex
        "Moreau et al. described a similar invented spleen tumour in",  # prose: single spaces
    ],
)
def test_running_head_with_a_title_rule_keeps_table_rows_and_prose(line: str) -> None:
    from eims_extract.rules import layout

    assert layout("running_head_et_al_gap").match(line) is None


def test_figure_caption_between_blank_lines_in_the_middle_of_a_sentence_is_set_apart() -> None:
    """Regression (blind set 15): a figure legend placed between two columns of a dump, in the middle of a
    sentence ("... and myogenin were / Figure 1 ... / negative."), stayed in the text and split the sentence."""
    text = (
        "Case report\n"
        "A fictional 12-year-old boy had a cough for two months before a\n"
        "chest film showed an opacity, and CT found a mass of the right\n"
        "lung. A biopsy showed spindle cells in an inflammatory background;\n"
        "they were positive for SMA, while desmin, S100 and calponin were\n\n"
        "Figure 2  Chest CT before (a) and after (b) four months of treatment.\n\n"
        "negative in every block. The mass was removed and he was well at\n"
        "the last visit in clinic, two years after the invented operation.\n"
    )
    doc = read_text(text.encode(), "fm", "fm.txt")
    assert "desmin, S100 and calponin were negative in every block" in doc.text
    caps = doc.sections_of("caption")
    assert len(caps) == 1 and "negative" not in doc.text[caps[0].start : caps[0].end]


def test_wide_figure_caption_gives_back_the_lower_case_rest_of_the_sentence_it_cut() -> None:
    """Regression (blind set 15): a full-width upper-case FIGURE legend wider than the column swallowed the lines
    after it, up to the middle of the next sentence, and glued the rest to the sentence it had cut."""
    text = (
        "Case report\n"
        "An invented woman aged 50 had a pelvic mass. Alectinib produced a\n"
        "partial response, and the rest was resected. Alectinib was\n\n"
        "FIGURE 4  Axial MRI before (A) and after (B) six months of the invented inhibitor\n\n"
        "stopped after the operation at her own wish.\n"
        "Eight months later a local recurrence in the pelvis\n"
        "was found; lorlatinib led to stable disease.\n"
    )
    doc = read_text(text.encode(), "fw", "fw.txt")
    assert "Alectinib was stopped after the operation" in doc.text
    assert "Eight months later a local recurrence in the pelvis was found" in doc.text
    caps = doc.sections_of("caption")
    assert len(caps) == 1 and "recurrence" not in doc.text[caps[0].start : caps[0].end]


def test_figure_word_opening_a_wrapped_line_of_prose_stays_text() -> None:
    """Negative: without a blank line around it, a line opening with "Figure 2" in the middle of a sentence is the
    sentence going on."""
    text = (
        "Case report\n"
        "An invented man aged 37 had a slowly growing mass of the left thigh\n"
        "for a year, and imaging found a well defined lesion in the muscle,\n"
        "whose cut surface after the operation is shown in the pictures of\n"
        "Figure 2 The mass was removed with clear margins and he was well at\n"
        "the last visit in clinic, two years after the invented operation.\n"
    )
    doc = read_text(text.encode(), "fp", "fp.txt")
    assert "pictures of Figure 2 The mass was removed" in doc.text
    assert not doc.sections_of("caption")


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("2 | CASE", "case"), ("3 | DISCUSSION", "discussion"), ("1 | INTRODUCTION", "introduction"), ("Presentation", "case")],
)
def test_regression_bar_numbered_and_presentation_headings(heading: str, kind: str) -> None:
    """Regression (blind set 15): headings numbered with a bar ("3 | DISCUSSION") ran into the paragraph after them,
    so a discussion's drugs were read as the case's; a lone "Presentation" opens the case."""
    text = (
        "Invented tumour of the pelvis\n\n"
        f"{heading}\n"
        "An invented woman aged 41 had a pelvic mass that was removed. She was well.\n"
    )
    doc = read_text(text.encode(), "hd", "hd.txt")
    secs = doc.sections_of(kind)
    assert secs and doc.text[secs[0].start : secs[0].end].startswith("An invented woman")


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("negative for cytokeratins (AE1/", "AE3) and desmin in this invented case.", "(AE1/AE3)"),
        ("a dose of 250 mg/", "m2 in this invented case.", "250 mg/m2"),
        ("negative for cytokeratins /", "desmin in this invented case.", "cytokeratins / desmin"),  # spaced slash
    ],
)
def test_line_broken_after_a_slash_joins_without_a_space(first: str, second: str, joined: str) -> None:
    """Regression (blind set 14): "AE1/" at a line end and "AE3" on the next became two markers."""
    text = (
        "Case report\n"
        "An invented girl aged 7 had a slowly growing mass of the right arm\n"
        "for a year, and imaging found a well defined lesion in the muscle\n"
        f"that was removed whole; on staining it was {first}\n"
        f"{second} She was well at the last visit in the clinic\n"
        "two years after the invented operation on her arm.\n"
    )
    doc = read_text(text.encode(), "sl", "sl.txt")
    assert joined in doc.text


_UNKNOWN_CASE_HEADING = (
    "Invented tumour of the pelvis: a report\n\n"
    "{intro}"
    "History and findings\n"
    "A 44-year-old woman had a pelvic mass for a year. Imaging found a 6-cm lesion and\n"
    "it was removed whole. The spindle cells were positive for SMA and negative for\n"
    "ALK and desmin. She was well without recurrence at 14 months of follow-up after\n"
    "the operation, and no further treatment was given to this invented patient.\n\n"
    "Discussion\n"
    "Such tumours are rare. In a series of nine invented patients, three died of the\n"
    "disease after chemotherapy and two had lung metastases within a year of surgery.\n"
)


def test_case_under_an_unknown_heading_before_the_discussion_is_the_case() -> None:
    """A case told under a heading no rule knows, with only a discussion after it: the text before the discussion
    was an untitled "abstract" and the case fell back to the discussion, so the patient's own facts were lost."""
    doc = read_text(_UNKNOWN_CASE_HEADING.format(intro="").encode(), "uc", "uc.txt")
    case = doc.sections_of("case")
    assert len(case) == 1
    assert "A 44-year-old woman" in doc.text[case[0].start : case[0].end]
    assert "nine invented patients" not in doc.text[case[0].start : case[0].end]


def test_unknown_case_heading_after_an_introduction_keeps_the_body_fallback() -> None:
    """Negative: with an introduction among the headed sections, the case is still read from the body sections."""
    intro = "Introduction\nInvented tumours of the pelvis are rare and described here for a test only.\n\n"
    doc = read_text(_UNKNOWN_CASE_HEADING.format(intro=intro).encode(), "ui", "ui.txt")
    case = doc.sections_of("case")
    assert len(case) == 1 and doc.text[case[0].start :].startswith("Invented tumours of the pelvis are rare")


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        # the fi/fl ligature characters of a PDF-to-text dump, before or after the break
        ("histology of the invented mass showed an inﬂam-", "matory infiltrate around the spindle", "an inﬂammatory infiltrate"),
        ("the imaginary nodule was a myoﬁ-", "broblastic proliferation in the pretend", "a myoﬁbroblastic proliferation"),
        ("a fusion was later identi-", "ﬁed after review of the invented slides", "was later identiﬁed after"),
    ],
)
def test_line_end_break_next_to_a_ligature_character_is_joined(first: str, second: str, joined: str) -> None:
    """Regression: a word holding a ligature character ("inﬂam-" / "matory") was never closed up, so the view read
    "inflam-matory" and the rules missed the word; the text keeps the ligature, only the break goes."""
    lines = _broken_between(first, second)
    doc = read_text(_dump(lines), "lg", "lg.txt")
    assert joined in doc.text


def test_compound_broken_at_its_hyphen_next_to_a_ligature_keeps_it() -> None:
    """Negative: a real compound whose first half holds a ligature ("ﬁve-" / "year") keeps its hyphen."""
    lines = [
        "An imaginary clinic saw a patient who is entirely made up and",
        "a ﬁve-year follow-up was planned; after the ﬁve-",
        "year follow-up of the pretend tumour no one",
        "case that exists only for testing the joining of broken",
        "lines in a dump where nearly every line ends mid sentence.",
    ]
    doc = read_text(_dump(lines), "lc", "lc.txt")
    assert "after the ﬁve-year follow-up" in doc.text


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a dump whose line-end hyphen is U+2010: a known word is closed up
        ("histology of the invented mass showed an in\u2010", "flammatory infiltrate around the spindle", "an inflammatory infiltrate"),
        # negative: a compound broken at its U+2010 hyphen keeps it (its halves are words the text prints)
        ("the pretend tumour was excised and then re\u2010", "excised when it grew back in the", "then re\u2010excised when"),
    ],
)
def test_line_end_break_at_a_unicode_hyphen(first: str, second: str, expected: str) -> None:
    """Regression: only an ASCII hyphen at a line end was taken for a typesetter's break."""
    lines = _broken_between(first, second)
    doc = read_text(_dump(lines), "uh", "uh.txt")
    assert expected in doc.text


@pytest.mark.parametrize("line", ["| Case |", "| Patient | Age |"])
def test_a_table_row_opening_with_a_bar_is_no_heading(line: str) -> None:
    """Negative: only a number set off by a bar ("2 | CASE") is a numbered heading; a markdown table row is not."""
    from eims_extract.ingest.text import _heading

    assert _heading(line) is None


# -- clinical-note layouts (tumour-board summaries, consultation reports); fictional patients ----------
_BOARD_NOTE = (
    "NORTHFIELD SARCOMA MEETING - CASE SUMMARY\n"
    "Meeting of 2 March 2024\n\n"
    "Patient: M, 48 y\n\n"
    "Background: Renal calculi treated in 2019. A 3-cm mass of the right adrenal gland was found on CT.\n\n"
    "Pathology review (KT): Spindle cells in a myxoid stroma. Desmin +; CD34 -. Ki-67 about 4%.\n\n"
    "Radiology (DW): no further lesion on CT of the chest.\n\n"
    "Addendum (meeting of 6 April 2024): adrenalectomy done on 28 March 2024, margins clear.\n"
).encode()


@pytest.mark.parametrize(
    "title,first_words",
    [
        ("Pathology review (KT)", "Spindle cells in a myxoid stroma"),
        ("Radiology (DW)", "no further lesion"),
        ("Addendum (meeting of 6 April 2024)", "adrenalectomy done"),
    ],
)
def test_regression_clinical_note_labels_with_a_signer_in_brackets_open_case_sections(title, first_words) -> None:
    doc = read_text(_BOARD_NOTE, doc_id="board", path="board.txt")
    secs = [s for s in doc.sections if s.kind == "case" and s.title and s.title.startswith(title.split(" (")[0])]
    assert secs, [(s.kind, s.title) for s in doc.sections]
    assert doc.text[secs[0].start : secs[0].end].strip().startswith(first_words)


@pytest.mark.parametrize(
    "line",
    [
        "Specimen (A1): core biopsy of the adrenal mass, three cores.",
        "Ki-67 (MIB-1): about 4% of the nuclei.",
        "Desmin (D33): positive in most cells.",
    ],
)
def test_regression_bracketed_labels_outside_the_heading_list_stay_text(line) -> None:
    from eims_extract.ingest.sections import split_inline_heading

    assert split_inline_heading(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "Annals of Imagined Surgery    214",
        "  88      Okafor and Lindqvist  ",
        "Journal of Fictional Oncology 7",
        "The mass measured 4 cm",
        "A 19-year-old man presented with cough.",
        "12",
        "",
        "   ",
        "Pediatric Reports\u00a0\u00a0\u2003٣٤",
        "٣   Invented Clinics",
        "Page footer²",
        "\u2003 61\u2003\u2003\u2003Nowak et al.\u2003",
        "Table 3  continued  19\x1f",
        "Case notes 2031 (4)",
    ],
)
def test_footer_shape_pre_test_answers_as_the_patterns(line):
    from eims_extract.ingest import text

    want = text._FOOTER_NUM_TRAIL.match(line) or text._FOOTER_NUM_LEAD.match(line)
    got = text._footer_num(line)
    assert (got is None) == (want is None)
    if got is not None:
        assert got.group("name", "num") == want.group("name", "num")


@pytest.mark.parametrize("label", ["CASE SERIES", "Case Report", "CASE REPORTS"])
def test_regression_article_type_printed_over_the_title_is_front_matter(label: str) -> None:
    text = "\n".join(
        [
            "Imag J Ren Pathol 2031; 4: 12-19",
            label,
            "Renal inflammatory myofibroblastic tumour in two invented men: one cured, one relapsing",
            "Quorra T.1, Vantablack P.2, Lindgren-Oyelaran S.1",
            "Case descriptions",
            "The two invented men were 41 and 66 years old. Both had a mass of the kidney that was removed.",
        ]
    )
    doc = read_text(text.encode(), "label", "label.txt")
    title = " ".join(doc.text[s.start : s.end] for s in doc.sections_of("title"))
    assert "Renal inflammatory myofibroblastic tumour in two invented men" in title
    assert [s.title for s in doc.sections_of("case")] == ["Case descriptions"]


@pytest.mark.parametrize(
    "between",
    [
        [". 2031 Feb 13;112(11):1040-1045. doi: 10.10000/fict.2031.01040. Epub 2030 Dec 11."],
        ["Fict J Thorac Cases. 2031 Feb;12(1):40-45.", "doi: 10.0000/fict.2031.040."],
    ],
    ids=["citation-and-doi-on-one-line", "citation-then-doi"],
)
def test_regression_article_type_over_the_citation_of_a_pubmed_page_is_front_matter(between: list[str]) -> None:
    """A PubMed page prints its article type, then the citation and DOI lines, then the title and the authors: the
    type line is not the case heading (it made the title, the authors and their affiliations the case text)."""
    text = "\n".join(
        [
            "Case Reports",
            *between,
            "An invented endobronchial myofibroblastic tumour in a schoolboy",
            "Quorra T 1, Vantablack P 2, Lindgren-Oyelaran S 1",
            "Affiliations",
            "1 Department of Paediatric Pulmonology, Invented Children's Hospital, Northtown.",
            "Abstract",
            "A nine-year-old invented boy had wheezing; bronchoscopy found a polyp that was removed.",
        ]
    )
    doc = read_text(text.encode(), "pubmed", "pubmed.txt")
    title = " ".join(doc.text[s.start : s.end] for s in doc.sections_of("title"))
    assert title.endswith("An invented endobronchial myofibroblastic tumour in a schoolboy")
    case = " ".join(doc.text[s.start : s.end] for s in doc.sections_of("case"))
    assert "Pulmonology" not in case and "Quorra" not in case


def test_regression_case_heading_over_the_case_text_stays_a_heading() -> None:
    text = "\n".join(
        [
            "An invented renal tumour",
            "Case report",
            "A made-up man of 41 had a mass of the kidney that was removed by nephrectomy.",
            "He is well.",
        ]
    )
    doc = read_text(text.encode(), "plain", "plain.txt")
    assert [s.title for s in doc.sections_of("case")] == ["Case report"]


def test_regression_comment_heading_on_its_own_line_is_the_discussion() -> None:
    text = "\n".join(
        [
            "An invented splenic tumour in a made-up man",
            "Case report",
            "A made-up man of 63 had a mass of the spleen that was removed. He is well.",
            "Comment",
            "Splenic tumours of this invented kind are said to recur in a tenth of pretend cases [4].",
        ]
    )
    doc = read_text(text.encode(), "comment", "comment.txt")
    assert [s.title for s in doc.sections_of("discussion")] == ["Comment"]


def test_regression_inline_comment_label_of_a_report_stays_its_text() -> None:
    text = "\n".join(
        [
            "An invented renal lesion: surgical pathology consult",
            "Case report",
            "A made-up man of 58 had a renal mass removed by nephrectomy.",
            "COMMENT: The invented lesion is a bland spindle-cell proliferation positive for ALK and SMA.",
        ]
    )
    doc = read_text(text.encode(), "consult", "consult.txt")
    assert doc.sections_of("discussion") == []
    case = " ".join(doc.text[s.start : s.end] for s in doc.sections_of("case"))
    assert "positive for ALK and SMA" in case


@pytest.mark.parametrize(
    ("label_line", "conclusion"),
    [
        ("Conclusion: Invented myofibroblastic tumour, ALK negative, with a made-up ROS1 fusion.", False),
        ("Conclusion: epithelioid inflammatory myofibroblastic sarcoma of the pretend mesentery.", False),
        ("CONCLUSION: Inflammatory myofibroblastic tumour (ALK positive), margins free.", False),
        # guards: a conclusion told in a sentence with a verb is the article's conclusion
        ("Conclusion: This invented tumour should be considered in the differential diagnosis.", True),
        ("Conclusions: Complete resection remains the treatment of choice for such lesions.", True),
    ],
)
def test_inline_conclusion_label_of_a_diagnosis_line_stays_the_case(label_line: str, conclusion: bool) -> None:
    """A pathologist's 'Conclusion: <tumour>, <qualifiers>' inside the case is its diagnosis line: the case section goes
    on (the treatment told under the next numbered heading is still the patient's), not the article's conclusion."""
    text = "\n".join(
        [
            "An invented orbital tumour in a made-up man",
            "1. Case report",
            "A made-up man of 45 had an orbital mass that was biopsied.",
            "2. Pathological findings",
            "The fusiform cells expressed SMA.",
            label_line,
            "3. Treatment and evolution",
            "The residual lesion was excised by orbitotomy.",
        ]
    )
    doc = read_text(text.encode(), "concl", "concl.txt")
    case = " ".join(doc.text[s.start : s.end] for s in doc.sections_of("case"))
    assert ("excised by orbitotomy" in case) is not conclusion


_LINE_CACHE_LINES = [
    "A 44-year-old man presented with a painless mass of the left flank.",
    "Table 3. Findings in the seven fictional children",
    "Figure 2: Spindle cells in a myxoid stroma (H&E, x200).",
    "Case | Age | Sex | Site",
    "4   12/F   bladder   NED",
    "3\t40 M\tlung",
    "The mass was removed and the margins were clear",
    "Journal of Imaginary Pathology 2031; 9: 12-19",
    "",
    "   ",
    "continued on the next page",
]


@pytest.mark.parametrize("line", _LINE_CACHE_LINES)
def test_line_caches_answer_as_the_uncached_readers(line):
    """is_prose, ends_sentence, caption_start and split_cells keep their answers per line (bounded caches): asked
    twice, each gives what its own code gives, and a caller changing the cells it got changes no later answer."""
    from eims_extract.ingest import sections, tables
    from eims_extract.ingest import text as text_mod

    for _ in range(2):
        assert text_mod.is_prose(line) == text_mod.is_prose.__wrapped__(line)
        assert text_mod.is_prose(line, 2) == text_mod.is_prose.__wrapped__(line, 2)
        assert text_mod.ends_sentence(line) == text_mod.ends_sentence.__wrapped__(line)
        assert sections.caption_start(line) == sections.caption_start.__wrapped__(line)
        uncached = tables._split_cells.__wrapped__(line)
        got = tables.split_cells(line)
        assert got == (None if uncached is None else list(uncached))
        if got is not None:
            got.clear()


_FLAT_SERIES = (
    "Case | Age (y) | Sex | Site | Fusion — A | 23 | F | kidney | SQSTM1::ALK — B | 58 | M | spleen | "
    "none found — C | 9 | F | pleura | EML4::ALK."
)


@pytest.mark.parametrize(
    "caption",
    ["Table 2 (all three patients).", "Table 2. Clinical data:", "Table 2 (summary)."],
)
def test_table_rows_run_onto_the_caption_line_are_read_as_a_table(caption: str) -> None:
    """A copy that flattens a small table onto its caption's line, rows set off by a spaced dash."""
    text = f"CASE SERIES\n{caption} {_FLAT_SERIES}\nPatient A was seen in clinic for flank pain and the mass was removed.\n"
    doc = read_text(text.encode(), "flatrows", "flatrows.txt")
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert [c.text for c in t.header] == ["Case", "Age (y)", "Sex", "Site", "Fusion"]
    assert [r[1].text for r in t.rows] == ["23", "58", "9"]
    assert t.rows[2][4].text == "EML4::ALK"


@pytest.mark.parametrize(
    ("caption", "sep"),
    [
        ("Table 1 (flattened).", "; "),
        ("Table 2. Our patients:", "; "),
        ("Table 1 (summary).", " | "),
    ],
)
def test_header_run_onto_the_caption_line_keeps_the_rows_under_it(caption: str, sep: str) -> None:
    """A dump that runs a table's header onto its caption's line, each row on a line of its own below: the rows are
    the table's, each routed by its case cell, never prose of the patient told last."""
    head = sep.join(["Case", "Age/sex", "Site", "Therapy", "Outcome"])
    rows = [sep.join(r) for r in (["1", "44/F", "kidney", "crizotinib", "DOD 9 mo"], ["2", "7/M", "spleen", "none", "NED 20 mo"])]
    text = "\n".join(["CASE SERIES", "Case 2. A boy had a splenic mass that was removed.", "", f"{caption} {head}", *rows, ""])
    doc = read_text(text.encode(), "caphead", "caphead.txt")
    assert len(doc.tables) == 1
    t = doc.tables[0]
    assert [c.text for c in t.header] == ["Case", "Age/sex", "Site", "Therapy", "Outcome"]
    assert [r[4].text for r in t.rows] == ["DOD 9 mo", "NED 20 mo"]


@pytest.mark.parametrize(
    "line",
    [
        # a title that lists the columns in words: one caption line
        "Table 1. Age, sex, site and outcome of the patients",
        # semicolons of a title, no column header after its stop
        "Table 3. Markers: ALK, diffuse; desmin, focal; SMA, patchy",
        # no caption at all
        "Case; Age/sex; Site; Therapy; Outcome",
    ],
)
def test_caption_with_no_header_after_it_stays_one_line(line: str) -> None:
    from eims_extract.ingest.text import _split_caption_header

    assert _split_caption_header(line) == [line]


@pytest.mark.parametrize(
    "line",
    [
        # cells that disagree in number: not a run of rows
        "Table 2. Clinical data: Case | Age | Site — A | 23 | kidney — B | 58",
        # no caption ends before the header's first cell
        "Table 2 Case | Age | Site — A | 23 | kidney — B | 58 | spleen",
        # prose with a dash, no caption
        "Case | Age | Site — A | 23 | kidney — B | 58 | spleen",
    ],
)
def test_dashed_line_that_is_no_flattened_table_stays_one_line(line: str) -> None:
    from eims_extract.ingest.text import _split_flat_rows

    assert _split_flat_rows(line) == [line]


def test_table_number_with_a_bracketed_note_opens_a_caption() -> None:
    from eims_extract.ingest.sections import caption_start

    assert caption_start("Table 3 (continued)") == ("table", "3")
    assert caption_start("Table 1 (online only):") == ("table", "1")
    assert caption_start("Table 1 (see below) lists the cases.") is None


@pytest.mark.parametrize(
    ("title", "header", "is_table"),
    [
        # a title ending with a full stop, then a header naming known columns: the grid is the table's
        ("Summary of the invented patients.", "Case Age/Sex Site Treatment Follow-up Outcome", True),
        ("Made-up findings of each lesion.", "Patient Age, sex Location Therapy Outcome", True),
        # precision: a prose sentence after the title still gives the body back
        ("Summary of the invented patients.", "The tumour was excised and she was well for years afterwards.", False),
    ],
)
def test_regression_table_title_with_full_stop_keeps_its_header_and_rows(title, header, is_table) -> None:
    """Wrapped dump: "Table 1" / a title ending with a full stop / the column header: the header and the rows under
    it are the table's, not body text resuming after a finished sentence."""
    rows = ["1 41/M Kidney Nephrectomy 30 mo NED", "2 19/F Spleen Splenectomy 8 mo AWD"]
    lines = ["2 Case description", *_wrap(CASE_PARAS[0]), "Table 1", title, header, *rows, *_wrap(CASE_PARAS[1])]
    doc = read_text(_dump(lines), "ttl", "ttl.txt")
    table = doc.tables[0]
    if is_table:
        assert table.caption == title
        assert table.raw_lines == [header, *rows]
        assert header not in _body(doc, "case")
    else:
        assert header.split()[1] in _body(doc, "case")


@pytest.mark.parametrize(
    "head",
    [
        "303                         Imaginary Paediatr Rep 2025; 8(2)",
        "Imaginary Paediatr Rep 2025; 8(2)                         303",
    ],
)
def test_regression_running_head_with_page_number_across_a_wide_gap_is_furniture(head: str) -> None:
    """The journal's citation line repeated as a later page's head, its page number set apart by a wide gap at either
    end: furniture like the head without the number, not words glued to the sentence after it."""
    lines = [
        "Imaginary Paediatr Rep 2025; 8(2): 301-305                    CASE REPORT",
        "A made-up spindle cell lesion of the",
        "cheek in a toddler",
        "Ines Quarrell, Tomas Vedder",
        "Department of Invented Surgery, Nowhere",
        "Case",
        *_wrap(CASE_PARAS[0]),
        *_wrap(CASE_PARAS[1]),
        "*Correspondence: I. Quarrell, 1 Fictional Road.",
        head,
        *_wrap(CASE_PARAS[2]),
    ]
    doc = read_text(_dump(lines), "rhp", "rhp.txt")
    assert "2025; 8(2) She" not in doc.text and "8(2) She" not in doc.text
    assert CASE_PARAS[2].split()[0] in doc.text


@pytest.mark.parametrize(
    "heading",
    ["Declarations", "Consent for publication", "Ethics approval and consent to participate",
     "Availability of data and materials", "Authors\u2019 contributions", "Declaration of interests"],
)
def test_declarations_headings_of_a_manuscript_are_back_matter(heading: str) -> None:
    from eims_extract.ingest.sections import classify_heading

    h = classify_heading(heading)
    assert h is not None and h.kind == "acknowledgements"
    text = "\n".join([
        "Case presentation",
        "A 12-year-old girl had a lung mass that was removed by lobectomy.",
        heading,
        "The girl's father gave written consent, and Dr P. Lorne performed the FISH.",
    ])
    doc = read_text(text.encode(), "d", "d.txt")
    back = [s for s in doc.sections if s.kind == "acknowledgements"]
    assert back and doc.text[back[0].start : back[0].end].strip().startswith("The girl's father")


def _kinds_of(lines: list[str]) -> list[tuple[str, str]]:
    doc = read_text("\n".join(lines).encode(), "d", "d.txt")
    return [(s.kind, doc.text[s.start : s.end].strip()[:30]) for s in doc.sections]


@pytest.mark.parametrize(
    "label",
    ["Acknowledgements: we thank Dr Q. Amsel, who ran the ALK FISH for us.",
     "Declarations. Funding: none. Competing interests: none declared.",
     "Conflicts of interest: the authors declare none."],
)
def test_back_matter_label_run_into_its_text_after_the_case_is_back_matter(label: str) -> None:
    kinds = _kinds_of([
        "Case presentation",
        "A 12-year-old girl had a lung mass that was removed by lobectomy.",
        "She was well two years later.",
        label,
    ])
    assert kinds[-1][0] == "acknowledgements"
    assert kinds[-2] == ("case", "A 12-year-old girl had a lung ")


@pytest.mark.parametrize(
    "lines",
    [
        # before the case is told a run-in label stays where it is (a page may print its funding first)
        ["Funding: none.", "A 12-year-old girl had a lung mass that was removed by lobectomy.", "She was well."],
        # a bare consent label is a clinical note's own
        ["Case presentation", "A 12-year-old girl had a lung mass.", "Consent: signed by her father.",
         "Lobectomy was done and she was well."],
    ],
    ids=["label-before-the-case", "consent-label-in-the-case"],
)
def test_run_in_labels_that_are_not_back_matter_stay(lines: list[str]) -> None:
    assert all(kind != "acknowledgements" for kind, _ in _kinds_of(lines))


def test_run_in_main_heading_after_an_open_line_opens_its_section() -> None:
    # a wrapped dump: a timeline's rows end without a full stop, the discussion is run in on the next line
    kinds = _kinds_of([
        "Case presentation",
        "A 30-year-old woman had a cervical polyp removed by loop excision in",
        "spring; the spindle cells were positive for ALK and desmin on staining.",
        "Timeline",
        "03/2030 | loop excision",
        "05/2030 | imaging clear",
        "Discussion. Such polyps are often taken for benign lesions, and an ALK",
        "inhibitor has been given to others with tumours that could not be removed.",
    ])
    assert [k for k, _ in kinds] == ["case", "case", "discussion"]
    assert kinds[-1][1].startswith("Such polyps")


@pytest.mark.parametrize(
    "line",
    ["from the", "Discussion. the"],
    ids=["lower-case-word", "lower-case-after-the-label"],
)
def test_a_label_word_carried_over_a_line_end_is_no_run_in_heading(line: str) -> None:
    lines = [
        "Case presentation",
        "A 30-year-old woman had a cervical polyp removed by loop excision in",
        "spring; the spindle cells were positive for ALK and desmin, and the",
        "family had a long",
        f"{line} surgeon before the operation, which went well in the end, and",
        "she has stayed well since then without any sign of the tumour coming back.",
    ]
    assert [k for k, _ in _kinds_of(lines)] == ["case"]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [("Discussion (excerpt)", "discussion"), ("Case report (continued)", "case"), ("Timeline", "case"),
     ("Follow-up and outcomes", "case"), ("Treatment (crizotinib)", None)],
)
def test_headings_with_an_editorial_note_and_care_headings(heading: str, kind: str | None) -> None:
    from eims_extract.ingest.sections import classify_heading

    h = classify_heading(heading)
    assert (h.kind if h else None) == kind


@pytest.mark.parametrize(
    ("footer", "kept"),
    [
        # a page number first, a wide gap, then the journal's short name: one page's footer inside a hyphenated word
        ("317                    Imaginary Urology Letters 12(4)", False),
        ("Fictional Acta Nephrologica 8(2)                    64", False),
    ],
)
def test_footer_printed_once_inside_a_sentence_broken_by_the_page(footer, kept) -> None:
    lines = [
        "An invented woman of forty had a bladder mass resected by a made-up team, and the tissue",
        "was sent away. The targeted gene analy-",
        "",
        footer,
        "",
        "sis of the specimen later showed a fictional fusion of two genes in this imaginary case.",
        "Nothing else happened to this invented patient in the report at all, and she is well.",
    ]
    doc = read_text(_dump(lines), "pb", "pb.txt")
    assert "gene analysis of the specimen" in doc.text
    assert ("Imaginary Urology" in doc.text or "Acta Nephrologica" in doc.text) == kept


def test_footer_shaped_line_between_whole_sentences_stays() -> None:
    """Guard: a numbered short line after a finished sentence, before a capitalised one, is no cut sentence."""
    lines = [
        "An invented woman of forty had a bladder mass resected by a made-up team in the spring.",
        "",
        "2                    Imaginary outcome at one year",
        "",
        "She is well with no sign of disease in this fictional case after all that time.",
    ]
    doc = read_text(_dump(lines), "pc", "pc.txt")
    assert "Imaginary outcome at one year" in doc.text


def test_drawn_rule_between_listing_entries_opens_a_paragraph_and_is_kept():
    """A line of dashes between two entries of a listing page: the entry after it opens a paragraph, and the
    document keeps where it starts (``Document.rules``); a sentence going on over a rule (a page break) is not cut."""
    rule = "-" * 40
    text = (
        "Invented listing page\n\nFirst entry title, a long line that runs on without a full stop\n"
        f"{rule}\nSecond entry title, also with no full stop at its end\n{rule}\nThe patient was\n"
        f"{rule}\ntreated with excision alone.\n"
    )
    doc = read_text(text.encode(), "r", "r.txt")
    starts = [doc.text[r : r + 12] for r in doc.rules]
    assert starts == ["Second entry", "The patient "]
    assert "The patient was treated with excision alone." in doc.text
