"""Saved pages whose article is cut into sibling ``<section>`` elements, and legends written as paragraphs: the HTML
reader must keep what the same page pasted as text keeps (all fictional, built at run time)."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document

_FURNITURE = (
    '<header><nav><ul>' + "".join(f'<li><a href="/n{k}">Menu item {k}</a></li>' for k in range(8)) + "</ul></nav></header>"
)
_ASIDE = '<aside><h3>Trending now</h3><ul>' + "".join(
    f'<li><a href="/t{k}">Another made-up headline about kidneys, part {k}</a></li>' for k in range(6)
) + "</ul></aside>"

_LONG = (
    "A 52-year-old fisherman noticed a slowly growing swelling below his left ear over a winter season. "
    "Ultrasound found a lobulated hypoechoic nodule of 3.4 cm within the parotid tail, and a core biopsy "
    "showed bland spindle cells among plasma cells and lymphocytes. "
)


def _page(article: str) -> bytes:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>A made-up parotid nodule | Invented Press</title>'
        f"</head><body>{_FURNITURE}<main><article><h1>An invented parotid tumour in a fisherman</h1>{article}"
        f"</article></main>{_ASIDE}<footer><p>Invented Press, nowhere.</p></footer></body></html>"
    ).encode()


def _read(tmp_path, article: str):
    p = tmp_path / "page.html"
    p.write_bytes(_page(article))
    return load_document(p)


@pytest.mark.parametrize("tail_head, tail", [
    ("Clinical course", "Eleven months later the nodule had not come back and he was back at sea."),
    ("Outcome", "He remains free of disease 20 months after the parotidectomy."),
])
def test_short_sibling_section_readability_drops_is_kept(tmp_path, tail_head: str, tail: str) -> None:
    # one long headless section holds nearly all the text; readability keeps it and drops the short section after it
    body = "".join(f"<p>{_LONG}Paragraph {k} adds that the stroma was oedematous in places.</p>" for k in range(6))
    doc = _read(tmp_path, f"<section>{body}</section><section><h2>{tail_head}</h2><p>{tail}</p></section>")
    assert tail in doc.text
    assert "Trending now" not in doc.text and "Menu item" not in doc.text


def test_links_section_inside_article_stays_out_when_sections_are_joined(tmp_path) -> None:
    # the article also holds a card of links to other (made-up) reports: joining the sections must not bring it in
    body = "".join(f"<p>{_LONG}Paragraph {k} adds that the stroma was oedematous in places.</p>" for k in range(6))
    links = "".join(f'<li><a href="/r{k}">A 61-year-old man with a made-up lung mass, report {k}</a></li>' for k in range(6))
    doc = _read(
        tmp_path,
        f"<section>{body}</section><section><h2>Clinical course</h2><p>He was well at 14 months.</p></section>"
        f"<section><h2>More from this journal</h2><ul>{links}</ul></section>",
    )
    assert "A 61-year-old man with a made-up lung mass" not in doc.text


def test_page_readability_reads_whole_is_unchanged(tmp_path) -> None:
    # nothing dropped: the article reads as before (the second reading is only made when blocks are missing)
    secs = "".join(
        f"<section><h2>{h}</h2><p>{_LONG}{h} paragraph of the made-up report.</p></section>"
        for h in ("Case presentation", "Discussion")
    )
    doc = _read(tmp_path, secs)
    assert [s.kind for s in doc.sections] == ["title", "case", "discussion"]
    assert "Trending now" not in doc.text


def test_heading_alone_in_its_section_keeps_case_kind(tmp_path) -> None:
    # "Case presentation" stands alone in its section; the sub-sections after it are the case's
    subs = "".join(
        f"<section><h2>{h}</h2><p>{t}</p></section>"
        for h, t in (
            ("Presenting complaint", "A 47-year-old woman came with a painless lump below the jaw for five months."),
            ("Examination", _LONG),
            ("Pathology", "The spindle cells stained for ALK and SMA, while desmin and S100 were negative. " + _LONG),
        )
    )
    doc = _read(tmp_path, f"<section><h2>Case presentation</h2></section>{subs}<section><h2>Discussion</h2><p>{_LONG}</p></section>")
    kinds = {s.title: s.kind for s in doc.sections if s.title}
    assert kinds["Presenting complaint"] == kinds["Pathology"] == "case", kinds
    assert kinds["Discussion"] == "discussion"


def test_figure_legend_paragraph_in_section_flow_stays_body(tmp_path) -> None:
    legend = "Figure 2. Spindle cells positive for ALK; desmin and CD34 negative (x400)."
    boxed = "Figure 3. Axial MRI of the made-up nodule before surgery."
    captioned = "Figure 4. The resected specimen, cut surface."
    art = (
        f"<section><h2>Case presentation</h2><p>{_LONG}</p><p>{legend}</p><p>{_LONG}</p>"
        f'<div class="fig"><p>{boxed}</p></div>'
        f'<figure><img src="f4.png" alt=""/><figcaption>{captioned}</figcaption></figure></section>'
    )
    doc = _read(tmp_path, art)
    at = doc.text.index(legend)
    assert doc.section_at(at).kind == "case"
    # a legend in a figure element or a box of its own is still a caption
    assert {doc.section_at(doc.text.index(t)).kind for t in (boxed, captioned)} == {"caption"}


# -- a heading set as a paragraph ----------------------------------------------------------------------------------
@pytest.mark.parametrize("markup", ["<p>{h}</p>", "<p><strong>{h}</strong></p>", "<p><b>{h}.</b></p>"])
def test_heading_set_as_paragraph_opens_case_in_html(tmp_path, markup: str) -> None:
    para = markup.format(h="Case presentation")
    art = (
        f"<section><h2>Introduction</h2><p>{_LONG}Such nodules are seldom myofibroblastic.</p>{para}"
        f"<p>A 61-year-old baker noticed a swelling of the cheek. {_LONG}</p></section>"
    )
    doc = _read(tmp_path, art)
    at = doc.text.index("A 61-year-old baker")
    assert doc.section_at(at).kind == "case", [(s.kind, s.title) for s in doc.sections]


@pytest.mark.parametrize("para", [
    "Case report",  # before any heading: an article-type label above the text, not the case's heading
])
def test_label_paragraph_before_any_heading_stays_front_matter(tmp_path, para: str) -> None:
    art = f"<p>{para}</p><section><h2>Background</h2><p>{_LONG}</p></section>"
    doc = _read(tmp_path, art)
    assert not any(s.kind == "case" and s.title == para for s in doc.sections)


def test_prose_paragraph_naming_a_heading_word_is_not_a_heading(tmp_path) -> None:
    art = (
        f"<section><h2>Introduction</h2><p>{_LONG}</p><p>Discussion of the options followed with the family.</p>"
        f"<p>{_LONG}</p></section>"
    )
    doc = _read(tmp_path, art)
    assert "discussion" not in {s.kind for s in doc.sections}, [(s.kind, s.title) for s in doc.sections]


_JATS = """<?xml version="1.0"?>
<article><front><article-meta><title-group><article-title>An invented cheek nodule</article-title></title-group>
</article-meta></front><body><sec><title>Introduction</title><p>Cheek nodules are mostly benign, we read.</p>
<p>{para}</p><p>A 39-year-old potter had a firm nodule of the left cheek for a year.</p></sec>
<sec><title>Discussion</title><p>Nothing here is real.</p></sec></body></article>"""


@pytest.mark.parametrize("para, kind", [
    ("Patient information", "case"),
    ("<bold>Case description</bold>", "case"),
    ("The potter was seen twice.", "introduction"),  # a sentence is no heading
])
def test_heading_set_as_paragraph_in_jats(para: str, kind: str) -> None:
    from eims_extract.ingest.jats import read_jats

    doc = read_jats(_JATS.format(para=para).encode(), "j", "j.xml")
    at = doc.text.index("A 39-year-old potter")
    assert doc.section_at(at).kind == kind, [(s.kind, s.title) for s in doc.sections]


# -- a run-in label at a paragraph's start -------------------------------------------------------------------------
_NOTE = [
    "Patient: M, 58 y; referred by the district surgeons.",
    "Background: Colonic polyps were removed in 2019; no other illness is recorded.",
    "Pathology review: Spindle cells stained for ALK and SMA; desmin and CD117 were negative.",
    "Discussion: Resection was preferred to watchful waiting by the whole group.",
]


def _note_html(paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>Invented tumour board note</title></head><body>'
        f"<main><article><h1>Invented tumour board: a myofibroblastic caecal lesion</h1>{body}</article></main>"
        "</body></html>"
    ).encode()


def _note_jats(paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        '<?xml version="1.0"?><article><front><article-meta><title-group><article-title>Invented tumour board: a '
        f"myofibroblastic caecal lesion</article-title></title-group></article-meta></front><body><sec>{body}</sec>"
        "</body></article>"
    ).encode()


@pytest.mark.parametrize("fmt", ["html", "xml"])
def test_run_in_label_at_paragraph_start_opens_its_section(tmp_path, fmt: str) -> None:
    p = tmp_path / f"note.{fmt}"
    p.write_bytes(_note_html(_NOTE) if fmt == "html" else _note_jats(_NOTE))
    doc = load_document(p)
    kind = {t: doc.section_at(doc.text.index(t)).kind for t in ("Spindle cells stained", "Colonic polyps", "Resection was")}
    assert kind == {"Spindle cells stained": "case", "Colonic polyps": "introduction", "Resection was": "discussion"}, (
        [(s.kind, s.title) for s in doc.sections]
    )


@pytest.mark.parametrize("fmt", ["html", "xml"])
def test_label_inside_a_paragraph_opens_nothing(tmp_path, fmt: str) -> None:
    paras = ["The group met twice. Discussion: resection was preferred to waiting, and the lesion was removed."]
    p = tmp_path / f"note2.{fmt}"
    p.write_bytes(_note_html(paras) if fmt == "html" else _note_jats(paras))
    doc = load_document(p)
    assert "discussion" not in {s.kind for s in doc.sections}
