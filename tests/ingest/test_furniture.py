"""Web-page and dump furniture: nothing is read from it and it does not join the patient's sentences.

The pages below are written for these tests (fictional journal, authors and patients).
"""

from __future__ import annotations

import pytest

from eims_extract.errors import ConfigError
from eims_extract.pipeline.extract import extract_document
from eims_extract.ingest import furniture, load_document
from eims_extract.ingest.furniture import furniture_spans, line_rule, truncated_tail

_SAVED_PAGE = """Skip to main content
We use cookies to improve your experience. By continuing you accept our use of cookies. Accept all cookies
Journal List > Fict Rep Oncol > v.4(1); 2024
Fict Rep Oncol. 2024 Mar; 4(1): 12-15.
PMCID: PMC0000001  PMID: 00000001
Inflammatory myofibroblastic tumour of the lung in a schoolboy
Aarav Lindqvist,1 Mirela Okafor,2 and Tomasz Varga1
Aarav Lindqvist1, Mirela Okafor2, Tomasz Varga1
1Department of Urology, Northfield Children's Hospital, Northfield, Norway
2Department of Pathology, Northfield University, Northfield, Norway
1,204 Views 310 Downloads 4 Citations
Copyright \u00a9 2024 Lindqvist et al. This is an open access article distributed under the CC BY licence.
Abstract
A 9-year-old boy presented with cough and a 4 cm mass in the left lower lobe. The tumour was resected by lobectomy and was ALK-positive on immunohistochemistry. He is well 20 months later.
Keywords: IMT, lung, ALK, child
Cite this article
Similar articles
Inflammatory myofibroblastic tumour of the bladder in a 62-year-old woman. Urol Fict. 2019.
Kidney IMT treated with crizotinib in an adult female. Nephro Fict. 2021.
"""


@pytest.fixture(scope="module")
def saved_page(tmp_path_factory):
    p = tmp_path_factory.mktemp("web") / "saved_page_lung_boy.txt"
    p.write_text(_SAVED_PAGE, encoding="utf-8")
    return load_document(p)


@pytest.mark.parametrize(
    "clutter",
    [
        pytest.param("Skip to main content", id="skip-link"),
        pytest.param("cookies", id="cookie-banner"),
        pytest.param("Journal List", id="breadcrumb"),
        pytest.param("Fict Rep Oncol. 2024", id="journal-citation-line"),
        pytest.param("PMCID", id="identifiers"),
        pytest.param("Department of", id="affiliations"),
        pytest.param("Views", id="metrics-banner"),
        pytest.param("Copyright", id="copyright"),
        pytest.param("Cite this article", id="cite-this-article"),
        pytest.param("62-year-old", id="similar-articles-list"),
        pytest.param("crizotinib", id="similar-articles-second-title"),
    ],
)
def test_web_furniture_is_not_in_the_document(saved_page, clutter: str) -> None:
    assert clutter not in saved_page.text


def test_author_list_printed_twice_is_kept_once(saved_page) -> None:
    assert saved_page.text.count("Lindqvist") == 1


def test_nothing_is_read_from_furniture_and_the_patient_is_found(saved_page, nlp) -> None:
    rows = extract_document(saved_page, nlp)
    assert len(rows) == 1
    row = rows[0]
    assert (row.age_years, row.sex, row.site) == (9, "male", "lung")
    assert row.drugs is None  # the crizotinib of a similar article's title is not this patient's
    for evs in row.evidence.values():
        for e in evs:
            assert e.sentence in saved_page.text
            assert "Department" not in e.sentence and "Views" not in e.sentence


_FLAT_SCRAPE = (
    "Inflammatory myofibroblastic tumour of the tongue in a toddler Skip to main content Skip to navigation "
    "Fict J Paed Surg . 2023 Jun; 9(2): 40-43. PMCID: PMC0000002 PMID: 00000002 "
    "Lena Brandt 1 Find articles by Lena Brandt Author information Article notes Copyright and License information "
    "Disclaimer This article has been cited by other articles in PMC. "
    "Abstract We describe a 2-year-old girl with a 2 cm mass of the tongue. It was excised completely."
)


def test_inline_furniture_does_not_join_the_patients_first_sentence(tmp_path, nlp) -> None:
    p = tmp_path / "flat_scrape_tongue.txt"
    p.write_text(_FLAT_SCRAPE, encoding="utf-8")
    doc = load_document(p)
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex) == (2, "female")
    age_ev = row.evidence["age_years"][0]
    assert doc.text[age_ev.start : age_ev.end] == "2-year-old"
    assert "PMID" not in age_ev.sentence and "Find articles" not in age_ev.sentence
    assert "cited by" not in age_ev.sentence


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Skip to main content", "skip links"),
        ("This site uses cookies. Manage cookie preferences", "cookie banner"),
        ("PMCID: PMC0000003 PMID: 00000003 DOI: 10.0000/fict.3", "identifiers only"),
        ("2.1k Views | 85 Downloads | 3 Citations", "metrics banner"),
        ("aDepartment of Surgery, Westbrook General Hospital, Westbrook, Canada", "affiliation"),
        ("Received: 4 May 2022; Accepted: 9 August 2022", "article dates"),
        ("*Correspondence: Dr Ines Mbatha, ines@example.org", "correspondence"),
        ("Share  Cite  Download PDF  Email", "navigation"),
        ("Home  Journals  Books  Information  Open Access  Subscribe  Contact", "navigation"),
        ("Search articles...          Sign in  Register", "navigation"),
        ("Home  Add Document  Sign In  Create An Account", "navigation"),
        ("Add to library   Share   Cite   Sign up", "navigation"),
        ("Search within  This Journal  Anywhere   Search term   Advanced Search  Citation Search", "navigation"),
        ("Journals & Books   View PDF   Download full issue", "navigation"),
        ("Search: [                    ]  Search  Advanced  Clipboard  User Guide", "navigation"),
        ("Similar articles", "cited by list"),
        ("MeSH terms", "cited by list"),
        ("Keyphrases", "cited by list"),
        ("Key phrases", "cited by list"),
        ("Recommend Stories", "cited by list"),
        ("Related documents", "cited by list"),
        ("相关文献", "cited by list"),
        ("CASE REPORT article", "article type banner"),
        ("Sec. Paediatric Oncology", "journal section"),
        ("Volume 9 - 2025 | https://doi.org/10.0000/fict.2025.9", "volume and doi"),
        ("Fict. Oncol., 3 March 2025", "journal and date"),
        ("Fictional Oncology Research 2025, 12(3), 101-108. https://doi.org/10.0000/for.2025.3", "journal year volume pages"),
        ("(This article belongs to the Special Issue: Rare Sarcomas)", "research topic and special issue"),
        ("iconOpen Access", "publisher badges"),
        ("Oskar BrandOskar BrandLiu WeiLiu WeiMaya Patel*Maya Patel*", "author names printed twice"),
        ("Oskar Brand&#x;Oskar Brand1Liu Wei&#x;Liu Wei2Maya Patel*", "author names printed twice around an entity"),
        ("\\nSiu Man Ho&#x;Siu Man Ho1Lady Ann Kerr Lady Ann Kerr2", "author names printed twice around an entity"),
        ("  \u2022 Authors:", "authors label"),
        ("**Authors:** Kit Man Fung, Oskar Brand", "authors label"),
        ("imageOskar Brand1 imageLiu Wei2 imageMaya Patel1*", "author names after image links"),
        ("Download : Download high-res image (301KB)", "figure viewer links"),
        ("Full size table", "figure viewer links"),
        ("Full size image", "figure viewer links"),
        ("Access provided by Fictional University Library", "publisher access lines"),
        ("Published: 03 March 2025", "article dates"),
        ("Cite this article as: Brand O, Wei L (2025) A fictional case.", "cite this article"),
        ("- 3Paediatric Oncology Unit, IRCCS Fictional Institute, Northtown, Italy", "numbered affiliation"),
        ("Date of Acceptance12-Feb-2025", "submission dates"),
        ("Year : 2025  |  Volume : 3  |  Issue : 1  |  Page : 10-14", "year volume issue page strip"),
        ("  \u2022 Print this page", "site widgets"),
        ("An official website of the United States government", "government site banner"),
        ("Here's how you know", "government site banner"),
        ("Official websites use .gov. Secure .gov websites use HTTPS.", "government site banner"),
        ("doi: 10.0000/fict.2025.0412. Epub 2025 Mar 4.", "doi line"),
        ("Fictional Case Reports logoLink to Fictional Case Reports", "journal logo link"),
        ("graphic file with name FCR-3-e01-g002.jpg", "figure file note"),
        ("Fict Oncol Downloaded from example.org by a library on 01/02/24 For personal use only.", "download stamp"),
        ("Article Type: Case Report", "article type label"),
        ("Received Date: May 3, 2024; Accepted Date: June 9, 2024", "dated article labels"),
        ("\u2022 Published online on: October 2, 2024", "article dates"),
        ("FICTIONAL ONCOLOGY LETTERS 4: 101-105, 2024", "capitalised journal volume line"),
        ("AU  - Brand, Oskar", "ris tags"),
        ("Oskar Brand et al. Fict J Oncol. .", "et al citation"),
        ("Mira Holm, Department of Pathology, Fictional City Hospital, Northtown 1001, Norway", "named affiliation"),
        ("Fict J Gastro. Mar 3, 2024; 7(2): 101-104", "journal date citation"),
        ("Author contributions: Holm M wrote the paper; Brand O reviewed it.", "editorial statements"),
        ("  \u2022 2Department of Surgery, St. Agnes Hospital, Lakeview, Canada", "affiliation"),
        # preprint servers' and repositories' banners, licence lines
        ("bioRxiv preprint doi: 10.0000/2031.01.02.000001; this version posted 4 January 2031.", "preprint banner"),
        ("Preprint (version 3) posted 9 May 2031 | Fictional Preprint Hub", "preprint banner"),
        ("This version posted 9 May 2031. The copyright holder has granted a licence to display it.", "preprint banner"),
        ("The copyright holder for this preprint is the author/funder.", "preprint banner"),
        ("Not certified by peer review; shared as submitted.", "preprint banner"),
        ("Author manuscript; available in PMC 2032 Feb 1.", "author manuscript banner"),
        ("Published in final edited form as: Fict J Rare Tumours. 2031 May; 4(2): 11-15.", "author manuscript banner"),
        ("HHS Public Access", "author manuscript banner"),
        ("Licence: CC BY-NC 4.0 (reuse with attribution)", "licence line"),
        ("Licensed under CC BY 4.0", "licence line"),
        ("CC-BY 4.0 license. Version 2.", "licence line"),
        # a contents page's entries, titles run out to their page numbers
        ("  Osteoblastoma of the invented rib in a 7-year-old girl ..................... 212", "contents entry with leaders"),
        ("Sclerosing mesenteritis: twelve cases ........ 87", "contents entry with leaders"),
    ],
)
def test_furniture_lines_named_by_their_rule(line: str, rule: str) -> None:
    found = line_rule(line, front=True)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("A 9-year-old boy presented with cough.", id="patient-sentence"),
        pytest.param("Hospital course was uneventful, and he went home on day 5.", id="hospital-sentence"),
        pytest.param("hospital, where a CT scan showed a mass in the mesentery", id="wrapped-body-line"),
        pytest.param("Cookie-cutter margins were not possible.", id="cookie-word-in-prose"),
        pytest.param("The Department of Pathology reviewed the slides, which showed spindle cells.", id="department-in-prose"),
        pytest.param("2 In our department, two further children with a mass, aged 3 and 5 years", id="numbered-prose-line"),
        pytest.param("Smith, Jones, Hospital staff and the family agreed, and she was discharged.", id="names-then-hospital-in-prose"),
        pytest.param("Inflammatory Myofibroblastic Tumour in a Young Man Treated With Crizotinib", id="title-case-title"),
        pytest.param("Man Li Man Li1", id="one-author-printed-twice"),
        pytest.param("Authors of an earlier report described a man with a similar mass.", id="authors-word-in-prose"),
        pytest.param("Preprints and abstracts were searched as well as journals.", id="preprint-word-in-prose"),
        pytest.param("Author manuscripts of two earlier series were read in full.", id="manuscript-word-in-prose"),
        pytest.param("Licensed nurses gave the infusions at home.", id="licensed-word-in-prose"),
        pytest.param("The tumour had not been peer-reviewed by a second pathologist before surgery.", id="peer-review-in-prose"),
        pytest.param("Ki-67 was 5 %... and the margins 12", id="ellipsis-in-prose"),
    ],
)
def test_patient_text_is_not_furniture(line: str) -> None:
    assert line_rule(line, front=True) is None


def test_affiliation_rule_only_in_front_matter() -> None:
    line = "University Hospital, Northfield, Norway"
    assert line_rule(line, front=True) is not None
    assert line_rule(line, front=False) is None


def test_inline_spans_found_in_a_flat_scrape() -> None:
    spans = [_FLAT_SCRAPE[a:b] for a, b in furniture_spans(_FLAT_SCRAPE)]
    assert "Skip to main content" in spans and "PMID: 00000002" in spans
    assert not any("2-year-old" in s for s in spans)


def test_bad_furniture_rule_fails_at_load(monkeypatch) -> None:
    furniture.rules.cache_clear()
    from eims_extract import rules

    monkeypatch.setattr(rules, "read_lines", lambda *_: [(1, {"type": "line", "name": "broken", "pattern": "(unclosed"})])
    try:
        with pytest.raises(ConfigError, match="bad regular expression"):
            furniture.rules()
    finally:
        monkeypatch.undo()
        furniture.rules.cache_clear()


def test_short_excerpt_with_one_paragraph_per_line_is_not_rejoined_as_wrapped_text(saved_page) -> None:
    # a few short open-ended lines (title, keywords) beside one long paragraph line: pasted, not wrapped
    assert "schoolboy\n" in saved_page.text
    assert "Keywords" not in next(s for s in saved_page.sections if s.kind == "abstract").title
    abstract = next(s for s in saved_page.sections if s.kind == "abstract")
    assert saved_page.text[abstract.start : abstract.end].endswith("He is well 20 months later.")


_MARKDOWN_PAGE = """# Bladder inflammatory myofibroblastic tumour in a young man

**Authors:** Pavel Ortiz, Hanna Reyes

PMC \u00b7 DOI: 10.0000/fict.2025.1 \u00b7 Fictional Urology Reports \u00b7 2025-02-03

## Abstract

A 24-year-old man had painless haematuria. Cystoscopy showed a 3 cm mass of the bladder dome, which was resected.

## Discussion

Bladder tumours of this kind in a 70-year-old woman were described before.
"""


def test_markdown_headings_are_headings(tmp_path, nlp) -> None:
    p = tmp_path / "markdown_page_bladder.txt"
    p.write_text(_MARKDOWN_PAGE, encoding="utf-8")
    doc = load_document(p)
    kinds = [s.kind for s in doc.sections]
    assert "abstract" in kinds and "discussion" in kinds
    assert "DOI" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex) == (24, "male")


def test_excerpt_cut_mid_word_gives_nothing_from_its_last_fragment(tmp_path, nlp) -> None:
    text = (
        "Abstract\n"
        "A 51-year-old woman had a 6 cm mass of the small bowel mesentery that was resected. "
        "The tumour cells were positive for ALK and negative for desmin and CD3"
    )
    p = tmp_path / "excerpt_cut_mid_word.txt"
    p.write_text(text, encoding="utf-8")
    row = extract_document(load_document(p), nlp)[0]
    assert row.age_years == 51
    assert "desmin" in (row.ihc_negative or [])
    assert "CD3" not in (row.ihc_negative or [])  # "CD3" may be the start of "CD34": not read


def test_a_whole_page_on_one_line_is_not_a_furniture_line() -> None:
    page = "Skip to main content " + "A 30-year-old man had a mass of the lung that was resected. " * 12 + "We use cookies."
    assert line_rule(page, front=True) is None


_PUBMED_PAGE = """Case Reports
. 2021 Mar;12(3):e01234.
 doi: 10.0000/fict.2021.1234.
Inflammatory myofibroblastic tumour of the larynx in a teenager
Hugo Lindgren 1, Ama Mensah 2, Pia Ruiz 1
Affiliations Expand
Affiliation
1 Department of Otolaryngology, Fictional University Hospital, Westby, Sweden.
2 Department of Pathology, Fictional University Hospital, Westby, Sweden.
PMID: 00001234 PMCID: PMC0001234 DOI: 10.0000/fict.2021.1234
Free PMC article
Abstract
A 15-year-old boy presented with hoarseness for two months. Laryngoscopy showed a polypoid mass of the left vocal cord, which was removed endoscopically. Histology showed a spindle cell proliferation positive for ALK and SMA. He has no recurrence after 18 months.
Keywords: ALK; IMT; larynx.
Copyright © 2021 The Authors.
Figures
Similar articles
Bladder inflammatory myofibroblastic tumour in a 68-year-old woman treated with crizotinib.
Smith A, et al. Fict Urol. 2019. PMID: 00000001
"""


def test_pubmed_record_page_publication_type_and_citation_are_furniture(tmp_path, nlp) -> None:
    p = tmp_path / "pubmed_record_larynx.txt"
    p.write_text(_PUBMED_PAGE, encoding="utf-8")
    doc = load_document(p)
    assert [s.kind for s in doc.sections] == ["title", "authors", "abstract", "keywords"]
    for clutter in ("2021 Mar", "Affiliation", "Department", "PMID", "Free PMC article", "Copyright", "68-year-old"):
        assert clutter not in doc.text, clutter
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs) == (15, "male", None)


def test_dataset_record_metadata_is_cut_but_the_title_kept() -> None:
    text = (
        "key: cord-0000001-abc authors: Doe, Jane; Roe, Rick title: A fictional tumour of the lung: Case Report "
        "date: 2021-06-15 journal: Fict Oncol DOI: 10.0000/x sha: abcdef doc_id: 1 cord_uid: abc A 30-year-old man."
    )
    cut = [text[a:b] for a, b in furniture_spans(text)]
    assert len(cut) == 2 and "Doe, Jane" in cut[0] and "cord_uid" in cut[1]
    assert not any("fictional tumour of the lung" in c or "30-year-old" in c for c in cut)


@pytest.mark.parametrize(
    ("text", "kind", "start"),
    [
        pytest.param(
            "Abstract\nBackground: Myofibroblastic tumours of the heart are rare in children and their presentation "
            "varies widely.Case Presentation: A 4-year-old boy had fainting spells and a mass on a papillary muscle.",
            "case",
            "A 4-year-old boy",
            id="structured-abstract-labels-run-together",
        ),
        pytest.param(
            "Case Report: A fictional myofibroblastic tumour of the heart in a toddler\nAbstract\n"
            "A 2-year-old girl had a murmur and a 1 cm mass on the mitral valve, which was removed.",
            "title",
            "Case Report: A fictional",
            id="article-type-before-the-title",
        ),
        pytest.param(
            "Abstract\nWe describe a rare airway tumour and its removal through a rigid bronchoscope.\n"
            "Keywords: airway, bronchoscopy, myofibroblastic tumour\n"
            "We report a 29-year-old woman with wheeze who had a tracheal mass that was removed by snaring "
            "and who has been well since.\nIntroduction\nAirway tumours are rare.",
            "abstract",
            "We report a 29-year-old woman",
            id="prose-after-keywords-is-not-keywords",
        ),
    ],
)
def test_scraped_front_matter_sections(tmp_path, text: str, kind: str, start: str) -> None:
    p = tmp_path / "front_matter.txt"
    p.write_text(text + "\n", encoding="utf-8")
    doc = load_document(p)
    assert any(s.kind == kind and doc.text[s.start : s.end].startswith(start) for s in doc.sections), [
        (s.kind, doc.text[s.start : s.start + 40]) for s in doc.sections
    ]


_PUBMED_NEW_PAGE = """Skip to main page content
An official website of the United States government
The site is secure.
Access keys NCBI Homepage MyNCBI Homepage Main Content Main Navigation
Case Reports
. 2024 Feb 2;5(1):10-14.
doi: 10.0000/fict.5.10.
A fictional myofibroblastic tumour of the spleen
Affiliations
Case Reports
A fictional myofibroblastic tumour of the spleen
Oskar Brand et al. Fict J Oncol. .
Abstract
Background: Splenic tumours of this kind are rare.
Case summary: A 44-year-old man had left upper quadrant pain and a 5 cm splenic mass, and underwent splenectomy.
"""


def test_pubmed_page_publication_type_printed_twice_is_furniture(tmp_path) -> None:
    p = tmp_path / "pubmed_new_page.txt"
    p.write_text(_PUBMED_NEW_PAGE, encoding="utf-8")
    doc = load_document(p)
    assert "Case Reports" not in doc.text and "Fict J Oncol" not in doc.text and "official website" not in doc.text
    case = next(s for s in doc.sections if s.kind == "case")
    assert doc.text[case.start : case.end].startswith("A 44-year-old man")


_PUBMED_BANNER_PAGE = """Skip to main page content
An official website of the United States government
Here's how you know
Official websites use .gov. Secure .gov websites use HTTPS.
Search: [          ]  Search  Advanced  Clipboard  User Guide
Case Reports
Fict Thorac Rep. 2025 Jan;3(1):20-24.
doi: 10.0000/ftr.2025.0020. Epub 2024 Dec 12.
A fictional myofibroblastic tumour of the chest wall in a carpenter
Oskar Brand 1, Liu Wei 2
Abstract
A 61-year-old carpenter had a painful chest wall mass that was excised.
"""


def test_regression_government_banner_lines_are_never_the_title(tmp_path) -> None:
    """Every PubMed and PMC page copied whole opens on the same banner; its "Here's how you know" line was read as
    the article's title, so the real title (which often names the site) was lost and every such page shared one
    title — which tied different papers together as copies of one."""
    p = tmp_path / "pubmed_banner_page.txt"
    p.write_text(_PUBMED_BANNER_PAGE, encoding="utf-8")
    doc = load_document(p)
    assert "how you know" not in doc.text and "Clipboard" not in doc.text and "Epub" not in doc.text
    title = next(s for s in doc.sections if s.kind == "title")
    assert doc.text[title.start : title.end] == "A fictional myofibroblastic tumour of the chest wall in a carpenter"


_PROSE = "The fictional patient was followed in our clinic after the operation and remained well "


@pytest.mark.parametrize(
    ("tail", "blanked"),
    [
        ("and the cells were negative for desmin and CD3", "CD3"),  # may be CD34: never read
        ("with tumour cells staining for desmi", "desmi"),  # short stem: could be anything
        ("with no sign of recurren", None),  # a long lower-case stem: an ordinary word cut short, kept
        ("and then received radiothera", None),
    ],
)
def test_excerpt_cut_mid_word_blanks_only_fragments_that_could_misread(tail, blanked):
    text = _PROSE + tail
    span = truncated_tail(text)
    assert (text[span[0] : span[1]] if span else None) == blanked


def _rule_by_rule(line: str, front: bool) -> str | None:
    """``line_rule`` without the joined gate: every rule in file order, then the navigation phrases."""
    s = furniture._BULLET.sub("", line).strip()
    r = furniture.rules()
    for rule in r.lines:
        if not rule.first_line_only and (front or not rule.front_only) and rule.regex.fullmatch(s):
            return rule.name
    if r.nav is not None and (front or not r.nav_front_only) and r.nav.fullmatch(s):
        return "navigation"
    return None


@pytest.mark.parametrize("front", [True, False], ids=["front-matter", "body"])
@pytest.mark.parametrize(
    "line",
    [
        *_SAVED_PAGE.splitlines(),
        "University Hospital, Northfield, Norway",
        "Fict J Gastro. Mar 3, 2024; 7(2): 101-104",
        "Downloaded from fictpress.example by guest on 3 May 2024. For personal use only.",
        "Fictional Journal logo",
        "Home > Journals > Fict Rep Oncol",
        "A 9-year-old boy presented with cough.",
    ],
)
def test_joined_gate_names_the_rule_trying_each_rule_would(line: str, front: bool) -> None:
    found = line_rule(line, front)
    assert (found.name if found else None) == _rule_by_rule(line, front)


def test_rule_with_numbered_backreference_stays_outside_the_joined_gate(monkeypatch) -> None:
    # "\\1" would name another rule's group inside one joined pattern
    furniture.rules.cache_clear()
    from eims_extract import rules

    lines = [
        (1, {"type": "line", "name": "repeated word", "pattern": r"(\w+) \1"}),
        (2, {"type": "line", "name": "skip links", "pattern": r"skip to (content)"}),
    ]
    monkeypatch.setattr(rules, "read_lines", lambda *_: lines)
    try:
        r = furniture.rules()
        assert [x.name for x in r.ungated] == ["repeated word"]
        assert line_rule("again again", front=False).name == "repeated word"  # type: ignore[union-attr]
        assert line_rule("skip to content", front=False).name == "skip links"  # type: ignore[union-attr]
        assert line_rule("again later", front=False) is None
    finally:
        monkeypatch.undo()
        furniture.rules.cache_clear()


# PubMed prints links to other records under "Comment in", "Erratum in", "Update of", "Grant support" …: their
# titles are other papers' patients (ages, drugs, sites) and must give nothing
_PUBMED_LINKED_RECORDS = """Case Reports
. 2022 Oct;7(4):301-304. doi: 10.0000/fict.2022.301.

Omental inflammatory myofibroblastic tumour in a teenager

Ilse Marchetti 1
Affiliations
1 Department of Surgery, Fictional Lakeside Hospital, Lakeside, Italy.

Abstract
A 16-year-old girl had a 7 cm omental mass that was removed completely. It was ALK positive on immunohistochemistry. She remains free of disease after 11 months.

{label}
  Hepatic myofibroblastic tumour answering to lorlatinib in a 58-year-old man. Okoro D. Fict Hep Rep. 2023. PMID: 00000071
  Alectinib for a pelvic tumour of a 4-year-old boy. Fict Paed Onc. 2023.
"""


@pytest.mark.parametrize(
    "label",
    ["Comment in", "Comment on", "Erratum in", "Erratum for", "Update of", "Update in", "Retraction in",
     "Expression of concern in", "Grant support", "Associated data", "Republished in"],
)
def test_pubmed_linked_record_lists_give_nothing(tmp_path, nlp, label: str) -> None:
    p = tmp_path / "pubmed_linked_records_omentum.txt"
    p.write_text(_PUBMED_LINKED_RECORDS.format(label=label), encoding="utf-8")
    doc = load_document(p)
    assert "lorlatinib" not in doc.text and "Alectinib" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs, row.treatment) == (16, "female", None, "SE")


_AGGREGATOR_KEYPHRASES = """Login / Signup
Inflammatory myofibroblastic tumour of the spleen with a liver deposit: an invented case.
Ida MorrowLeo Banks
Published in: Invented Case Reports (2019)
Methods. A 44-year-old patient had had pain under the left ribs for two months. CT showed a mass in her spleen. A splenectomy was performed.
{label}
  \u2022 single cell
  \u2022 {term}
  \u2022 lymph node
"""


@pytest.mark.parametrize("label", ["Keyphrases", "Key phrases"])
@pytest.mark.parametrize("term", ["squamous cell carcinoma", "nodular fasciitis", "poor prognosis"])
def test_aggregator_keyphrase_bullets_are_furniture_not_the_patients_diagnosis(tmp_path, nlp, label: str, term: str) -> None:
    # an indexer's machine-made keyphrases under the abstract name other diseases ("squamous cell carcinoma"): read as
    # a bare diagnosis line they had set the patient apart as another entity's, and the page gave no row at all
    p = tmp_path / "aggregator_keyphrases_spleen.txt"
    p.write_text(_AGGREGATOR_KEYPHRASES.format(label=label, term=term), encoding="utf-8")
    doc = load_document(p)
    assert term not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.site, row.treatment) == (44, "female", "spleen", "SE")


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Comment", id="discussion-heading-comment"),
        pytest.param("Comments", id="discussion-heading-comments"),
        pytest.param("Comment on the histology: the cells were ALK positive.", id="comment-on-in-prose"),
        pytest.param("Update of the scan at 6 months showed no tumour.", id="update-of-in-prose"),
    ],
)
def test_comment_and_update_words_in_the_report_are_not_linked_record_lists(line: str) -> None:
    assert line_rule(line, front=False) is None


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("57 Fict Paed Rep 2021;11(4):55-59", "running head with citation"),
        ("Annals of Invented Surgery 2020; 8: e1043   12", "running head with citation"),
        ("FICTIONAL PATHOLOGY LETTERS            2018; 3(1): 20-24", "running head with citation"),
        ("Oyelaran et al.", "running head authors"),
        ("Brandt and Moreau et al", "running head authors"),
        ("\u00b2 Present address: Fictional Children's Hospital, Eastport.", "footnote line"),
        ("\u2020 Both authors contributed equally to this work.", "footnote line"),
    ],
)
def test_pdf_dump_running_heads_and_footnotes_anywhere(line: str, rule: str) -> None:
    found = line_rule(line, front=False)
    assert found is not None and found.name == rule


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("In 2019; 3 of 12 children relapsed at 14-20 months.", id="year-semicolon-in-prose"),
        pytest.param("Oyelaran et al. described an 8-year-old girl with a similar mass.", id="et-al-in-prose"),
        pytest.param("2 The boy was readmitted after 6 weeks.", id="numbered-prose-line"),
        pytest.param("* ALK positive", id="asterisk-bullet"),
    ],
)
def test_report_lines_are_not_running_heads_or_footnotes(line: str) -> None:
    assert line_rule(line, front=False) is None


_PDF_DUMP = """Invented Journal of Paediatric Surgery 2020;6:33-37

Inflammatory myofibroblastic tumour of the caecum in a schoolgirl

An 11-year-old girl was admitted with right iliac fossa pain. Ultrasound showed a 5 cm mass of the caecum, and
a right hemicolectomy was performed. The lesion was positive for ALK and SMA and negative for desmin and
34 Invent J Paed Surg 2020;6:33-37
Achterberg et al.
CD117. She has had no recurrence in the 26 months since surgery.\u00b9
\u00b9 An earlier report of ours concerned a 50-year-old man who was given ceritinib.
"""


def test_pdf_dump_running_head_and_footnote_do_not_break_the_patients_sentences(tmp_path, nlp) -> None:
    p = tmp_path / "pdf_dump_caecum.txt"
    p.write_text(_PDF_DUMP, encoding="utf-8")
    doc = load_document(p)
    assert "Achterberg" not in doc.text and "ceritinib" not in doc.text and "Invent J" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs) == (11, "female", None)
    assert row.follow_up_months == 26 and row.recurrence is False


_PUBMED_IDS = """Case Reports
. 2021 May;5(2):70-72. doi: 10.0000/fict.2021.70.

Pleural inflammatory myofibroblastic tumour in a farmer

Tamsin Okafor 1
Affiliations
1 Department of Thoracic Surgery, Fictional Hill Hospital, Hilltown, Ghana.
{own}

Abstract
A 58-year-old man had a pleural mass that was excised; it was ALK positive. He is well at 8 months.

Comment in
  Pleural tumours in farmers: a letter. Fict Chest. 2021. PMID: 00000991
Similar articles
  Chest wall IMT in a 20-year-old woman. Fict Chest. 2019. PMID: 00000992
"""


@pytest.mark.parametrize(
    ("own", "pmid"),
    [
        pytest.param("PMID: 00000990 PMCID: PMC0000990", "00000990", id="own-pmid-line-dropped-as-furniture"),
        pytest.param("", None, id="only-linked-records-carry-pmids"),
    ],
)
def test_pubmed_page_pmid_is_the_papers_own_not_a_linked_records(tmp_path, own: str, pmid: str | None) -> None:
    p = tmp_path / "pubmed_ids_pleura.txt"
    p.write_text(_PUBMED_IDS.format(own=own), encoding="utf-8")
    doc = load_document(p)
    assert doc.meta.get("pmid") == pmid
    assert doc.meta.get("doi") == "10.0000/fict.2021.70"


# a page scraped onto one line: the title, then the abstract label glued between two sentences without a full stop
_FLAT_ABSTRACT = (
    "Fict Rep Surg 2022;9(1):4-7 Case report Inflammatory myofibroblastic tumour of the jejunum in an eight-year-old "
    "boy {label} An eight-year-old boy was admitted with vomiting and a jejunal mass was resected. He is well at 10 months."
)


@pytest.mark.parametrize("label", ["ABSTRACT", "Abstract", "SUMMARY", "Abstract:"])
def test_abstract_label_glued_in_a_flat_scrape_ends_the_title_sentence(tmp_path, nlp, label: str) -> None:
    p = tmp_path / "flat_abstract_jejunum.txt"
    p.write_text(_FLAT_ABSTRACT.format(label=label), encoding="utf-8")
    row = extract_document(load_document(p), nlp)[0]
    assert (row.age_years, row.sex) == (8, "male")
    assert row.evidence["age_years"][0].sentence.startswith("An eight-year-old boy was admitted")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Abstract A nine-year-old girl had a mass.", id="label-opening-the-line"),
        pytest.param("as stated in the abstract The girl was well.", id="lower-case-abstract-in-prose"),
        pytest.param("the drug Summary of the findings follows.", id="summary-not-before-an-opener"),
    ],
)
def test_abstract_word_not_glued_between_sentences_is_kept(text: str) -> None:
    cut = [text[a:b] for a, b in furniture_spans(text)]
    assert not any(c.strip().lower().startswith(("abstract", "summary")) for c in cut)


_AUTHORS_TWICE_AROUND_ENTITY = """Skip to main content

CASE REPORT article

Fict. Oncol., 2 June 2024
Sec. Pediatric Oncology

Alectinib for an ALK-positive inflammatory myofibroblastic tumour of the chest wall

\\nKwok Man Lau&#x;Kwok Man Lau1Wing Yan Chow&#x;Wing Yan Chow1Man Kit Ng Man Kit Ng2Pui Shan Yeung*
Pui Shan Yeung1*
  \u2022 1Department of Paediatrics, Fictional Bay Hospital, Bay City, China
  \u2022 2Department of Pathology, Fictional Bay Hospital, Bay City, China

The child came with a painful chest wall swelling. Biopsy showed an ALK-positive inflammatory myofibroblastic
tumour, and alectinib was given. Her pain settled and she was well at 10 months.
"""


def test_author_names_printed_twice_around_an_entity_give_no_sex(tmp_path, nlp) -> None:
    p = tmp_path / "authors_twice_entity.txt"
    p.write_text(_AUTHORS_TWICE_AROUND_ENTITY, encoding="utf-8")
    doc = load_document(p)
    assert "Kwok Man Lau" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert row.sex == "female"
    assert "Man" not in row.evidence["sex"][0].sentence


_AUTHORS_LABEL_BULLETS = """Inflammatory myofibroblastic tumour of the tonsil treated by excision: A case report

  \u2022 Authors:
    \u2022 Tak Man Leung
    \u2022 Man Hin Kwok
    \u2022 Oskar Brand
  \u2022 View Affiliations

  \u2022 Published online on: May 4, 2023     https://doi.org/10.0000/fol.2023.101
  \u2022 Pages: 101-104

Abstract

A child had a tonsillar mass that was excised; it was an inflammatory myofibroblastic tumour positive for ALK.
She was free of disease 14 months later.
"""


def test_an_authors_label_and_its_bulleted_names_give_no_sex(tmp_path, nlp) -> None:
    p = tmp_path / "authors_label_bullets.txt"
    p.write_text(_AUTHORS_LABEL_BULLETS, encoding="utf-8")
    doc = load_document(p)
    assert "Authors:" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert row.sex == "female" and "Man" not in row.evidence["sex"][0].sentence


_SHARING_SITE = """Ileal Inflammatory Myofibroblastic Tumour in a Child: Report of a Case Treated by Segmental Resection

Uploaded by Marit

31 downloads 877 Views 402KB Size

Recommend Stories

Pancreatic inflammatory myofibroblastic tumour in a 66-year-old man treated by distal pancreatectomy
Wisdom begins in wonder, and a wise man keeps wondering all his life long. Anonymous

Idea Transcript

Ileal Inflammatory Myofibroblastic Tumour in a Child: Report of a Case Treated by Segmental Resection

Abstract
A 4-year-old girl had colicky pain from an ileal mass, which was resected; it was an ALK-positive inflammatory
myofibroblastic tumour. She was well 15 months later.
"""


def test_a_sharing_sites_recommended_titles_give_no_age_or_sex(tmp_path, nlp) -> None:
    p = tmp_path / "sharing_site.txt"
    p.write_text(_SHARING_SITE, encoding="utf-8")
    doc = load_document(p)
    assert "66-year-old" not in doc.text and "Wisdom" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex) == (4.0, "female")


@pytest.mark.parametrize(
    "line,rule",
    [
        ("Present: K. Odell (colorectal surgery, chair); R. Anand (radiotherapy); M. Sato (pathology); nurse B. Lund", "meeting attendance"),
        ("In attendance: Dr Voss (thoracic surgery); Dr Iqbal (oncology); Dr Mertens (radiology)", "meeting attendance"),
        # a clinical line with a colon is no attendance list
        ("Present: a firm painless mass of the left thigh; no fever; weight stable", None),
        ("Presentation: a 50-year-old man with haemoptysis.", None),
    ],
)
def test_regression_tumour_board_attendance_line_is_furniture(line, rule):
    found = line_rule(line, front=True)
    assert (found.name if found is not None else None) == rule


@pytest.mark.parametrize(
    "line",
    [
        "Similar articles",
        "  • Cited by 4 articles",
        "Share and cite",
        "Share and Cite:",
        "Related articles in the same journal",
        "Recommended articles",
        "**Cited by**",
        "PMID: 12345678 DOI: 10.9999/fict.2031.001",
        "Case report",
        "A 31-year-old woman was seen for a mass in the left thigh.",
        "Copyright © 2031 the authors.",
        "Download PDF",
        "",
        "   ",
        "x" * 600,
    ],
)
def test_block_pre_test_never_hides_a_block_rule(line):
    got = line_rule(line, front=False)
    if got is not None and got.block:
        assert furniture.may_open_block(line)
    if not furniture.may_open_block(line):
        assert got is None or not got.block


def test_block_rules_join_into_one_pre_test():
    assert furniture.rules().block_gate is not None


@pytest.mark.parametrize(
    "line",
    [
        "Poster session 7: Spindle cell tumours of the kidney and ureter",
        "Oral Session IV - Head and neck tumours in children",
        "E-poster session B | Thoracic and mediastinal lesions",
    ],
)
def test_regression_meeting_session_heading_is_furniture(line: str) -> None:
    found = line_rule(line, front=True)
    assert found is not None and found.name == "meeting session heading"


@pytest.mark.parametrize(
    "line",
    ["Topic: Neoplasms of the pancreas and spleen", "Abstract category: Paediatric thoracic tumours", "Track: Gynaecological oncology"],
)
def test_regression_meeting_topic_label_is_furniture(line: str) -> None:
    found = line_rule(line, front=True)
    assert found is not None and found.name == "meeting topic label"
    assert line_rule(line, front=False) is None


@pytest.mark.parametrize(
    "line",
    [
        "The first session of chemotherapy was given: vincristine alone.",
        "After the session, a 3-cm mass of the ureter was excised.",
        "The topic of the tumour board was her 5-cm mass of the kidney.",
    ],
)
def test_regression_session_word_in_prose_is_not_furniture(line: str) -> None:
    assert line_rule(line, front=True) is None


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("Age ...................... 61", id="one-word-field"),
        pytest.param("Nodes (n) ............... 14", id="two-word-field"),
    ],
)
def test_regression_data_sheet_field_run_out_to_a_number_is_no_contents_entry(line: str) -> None:
    """A data sheet's short field label run out by leaders to a number is the patient's field, kept as text."""
    assert line_rule(line, front=True) is None


# a news aggregator's or paper-summary site's page: the one paper, then lists of other records under "Related papers",
# "Recent <topic> News:", "More News from <site>" — their titles (an age, a drug, a site) are other patients
_AGGREGATOR_PAGE = """Case Report:
Pleural myofibroblastic tumour of a 14-year-old boy removed by thoracoscopy
A 14-year-old boy had a 5 cm pleural mass that was removed by thoracoscopy. It was ALK positive on immunohistochemistry.

{label}
Lorlatinib-associated oedema in a 71-year-old woman with a pulmonary nodule
Source: Fict Case Digest - Category: Oncology
Cancer & Oncology | Pediatrics | Surgery
"""


@pytest.mark.parametrize(
    "label",
    ["Related papers", "Related papers  |  Full text: Publisher site", "Related Links:", "Recent Cancer & Oncology News:",
     "Latest news in Oncology", "More News from FictWire", "You may also like", "People also looked at", "Most read"],
)
def test_aggregator_lists_of_other_records_give_nothing(tmp_path, nlp, label: str) -> None:
    p = tmp_path / "aggregator_pleura_boy.txt"
    p.write_text(_AGGREGATOR_PAGE.format(label=label), encoding="utf-8")
    doc = load_document(p)
    assert "Lorlatinib" not in doc.text and "Pediatrics" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs, row.treatment) == (14, "male", None, "SE")


# PubMed's "Similar articles": each record's citation line, then its publication type ("Case Reports.") — which reads
# as a case heading but is the record's label, so the list goes on past it
_PUBMED_SIMILAR_WITH_TYPES = """Abstract
A 3-year-old girl had a 4 cm mesenteric mass that was excised. It was ALK positive on immunohistochemistry.

Similar articles
Ceritinib for a renal tumour in a 45-year-old man.
Quist A, et al. Fict Nephro Rep. 2021. PMID: 30000001
Case Reports.
Ovarian myofibroblastic tumour in a 60-year-old woman treated with crizotinib.
Lund B, et al. Fict Gyn Rep. 2020. PMID: 30000002
Review.
"""


def test_publication_type_under_a_listed_record_does_not_end_the_list(tmp_path, nlp) -> None:
    p = tmp_path / "pubmed_similar_mesentery_girl.txt"
    p.write_text(_PUBMED_SIMILAR_WITH_TYPES, encoding="utf-8")
    doc = load_document(p)
    assert "crizotinib" not in doc.text and "60-year-old" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs) == (3, "female", None)


@pytest.mark.parametrize("journal", ["Fict Skelet Radiol", "J Invent Orthop Surg"])
def test_pubmed_publication_type_over_the_journal_name_line_is_furniture(tmp_path, journal) -> None:
    """A PubMed page may print the journal's abbreviated name on a line of its own between the publication type and the
    citation ("Case Reports" / "Fict Skelet Radiol" / ". 2021 Mar;12(3):..."): the type is no case heading, so the
    title under it stays the title (not the start of a case section)."""
    page = _PUBMED_PAGE.replace("Case Reports\n", f"Case Reports\n{journal}\n", 1)
    p = tmp_path / "pubmed_record_journal_line.txt"
    p.write_text(page, encoding="utf-8")
    doc = load_document(p)
    kinds = [s.kind for s in doc.sections]
    assert "case" not in kinds and kinds[-3:] == ["authors", "abstract", "keywords"]
    title = next(s for s in doc.sections if s.kind == "title")
    assert "tumour of the larynx in a teenager" in doc.text[title.start : title.end]


# A journal page's links to its neighbours in the issue, each over the other article's title, and its reading-settings
# panel, above the article's own title (written for this test)
_NEIGHBOUR_LINKS_PAGE = """{next_label}
Ceritinib in a 6-Year-Old Boy with Hepatic Myofibroblastic Tumour: A Case Report
{previous_label}
Recurrent Renal Sarcoma in an 82-Year-Old Woman
Font Type:
Arial Georgia Verdana
Font Size:
Aa Aa Aa
Line Spacing:
Column Width:
Case Report
Inflammatory Myofibroblastic Tumour of the Submandibular Gland
Abstract
A 47-year-old man had a firm swelling of the right submandibular gland, which was excised. The spindle cells were
positive for SMA and negative for ALK. He is free of disease 9 months later.
"""


@pytest.mark.parametrize(
    "next_label, previous_label",
    [
        ("Next Article in Journal", "Previous Article in Journal"),
        ("Next article", "Previous article"),
        ("Next article in issue", "Prev. article in issue"),
    ],
)
def test_neighbour_article_titles_give_nothing(tmp_path, nlp, next_label: str, previous_label: str) -> None:
    """The title under a "Next / Previous article" link is another paper's, with its own patient: not this one's age,
    site or drug, and not the document's title."""
    p = tmp_path / "neighbour_links_submandibular_man.txt"
    p.write_text(_NEIGHBOUR_LINKS_PAGE.format(next_label=next_label, previous_label=previous_label), encoding="utf-8")
    doc = load_document(p)
    assert "Ceritinib" not in doc.text and "82-Year-Old" not in doc.text and "Georgia" not in doc.text
    rows = extract_document(doc, nlp)
    assert len(rows) == 1
    assert (rows[0].age_years, rows[0].sex, rows[0].drugs) == (47, "male", None)


def test_neighbour_article_link_with_its_title_on_one_line_is_furniture() -> None:
    assert line_rule("Previous Article in Journal Lung IMT in a 5-Year-Old Girl", front=False) is not None
    assert line_rule("The next article of this series will describe the imaging.", front=False) is None


# an issue's contents printed over the article (written for this test)
_ISSUE_CONTENTS_PAGE = """Fictional Journal of Paediatric Surgery Reports
In this issue
Hepatic IMT in an infant: response to alectinib — p. 31
Renal IMT in a 66-year-old woman -- pp. 40-44
Inflammatory myofibroblastic tumour of the abdominal wall
Case report
A 10-year-old girl had a painless mass of the abdominal wall, which was excised with clear margins. It was ALK
positive. She is well 15 months later.
"""


def test_issue_contents_entries_with_pages_give_nothing(tmp_path, nlp) -> None:
    p = tmp_path / "issue_contents_abdominal_wall_girl.txt"
    p.write_text(_ISSUE_CONTENTS_PAGE, encoding="utf-8")
    doc = load_document(p)
    assert "alectinib" not in doc.text and "66-year-old" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs, row.treatment) == (10, "female", None, "SE")


# a PDF dump whose page foot (the publisher and its web address) lands inside a sentence (written for this test)
_PUBLISHER_FOOT_DUMP = """Fictional Reports in Oncology            Inflammatory myofibroblastic tumour of the caecum
A 28-year-old woman presented with a mass in the caecum. Immunohistochemistry showed staining for SMA, while CD117 and
Fictional Medical Publishers, Basel                              www.fictpub.example/fro
DOG1 were negative. She remains free of disease 8 months after the resection.
"""


def test_publisher_line_with_web_address_inside_a_sentence_is_furniture(tmp_path, nlp) -> None:
    p = tmp_path / "publisher_foot_caecum_woman.txt"
    p.write_text(_PUBLISHER_FOOT_DUMP, encoding="utf-8")
    doc = load_document(p)
    assert "fictpub" not in doc.text and "CD117 and DOG1 were negative" in doc.text
    row = extract_document(doc, nlp)[0]
    assert "CD117" in (row.ihc_negative or []) and len(row.ihc_negative) == 2  # with DOG1
    assert line_rule("The sequence data are deposited at www.example.org/data", front=False) is None


_INDEXER_PAGE_ZH = """Abstract
Inflammatory pseudotumour is a rare spindle-cell lesion. We describe a woman in her seventies whose lesion of the
caecum was removed by right hemicolectomy after an episode of bleeding.
相关文献
Inflammatory myofibroblastic tumour of the caecum in a 6-year-old boy treated with crizotinib
Fictional Journal of Paediatric Cases, 2004
免责声明：本页面内容来源于公开数据库，仅供参考。
"""


def test_related_literature_list_of_a_chinese_indexer_page_is_furniture(tmp_path, nlp) -> None:
    # the titles under a Chinese indexer's "related literature" heading are other papers' patients
    p = tmp_path / "indexer_caecum.txt"
    p.write_text(_INDEXER_PAGE_ZH, encoding="utf-8")
    doc = load_document(p)
    assert "6-year-old" not in doc.text and "crizotinib" not in doc.text
    row = extract_document(doc, nlp)[0]
    assert (row.age_years, row.sex, row.drugs) == (None, "female", None)


# A publisher's page of one special issue's article (written for this test): links to the issue's neighbours, the reading
# panel on one line, the article's kind printed over its title, the byline with "1,*" marks, the correspondence note, the
# citation with its doi after a semicolon, the dates and the special issue's name, which names a site of its own
_SPECIAL_ISSUE_PAGE = """Next Article in Special Issue
Alectinib for a Renal Myofibroblastic Tumour in a 70-Year-Old Woman
Previous Article in Special Issue
Spindle Cell Lesions of the Femur in Three Children
Font Type: Arial Georgia Verdana   Font Size: Aa Aa Aa   Line Spacing:   Column Width:   Background:

Case Report

Inflammatory Myofibroblastic Tumour of the Parotid Gland in a Young Man

by Oskar Lindahl 1,*, Mirela Okafor 2 and Tomasz Varga 1

1 Department of Otolaryngology, Fictional City Hospital, 1000 Fictional City, Norway
* Author to whom correspondence should be addressed.

Fict. Head Neck J. 2031, 4(2), 77; https://doi.org/10.0000/fhnj4020077
Submission received: 2 March 2031 / Revised: 9 April 2031 / Accepted: 20 April 2031 / Published: 29 April 2031
(This article belongs to the Special Issue Tumours of the Skull Base and Bone)

Abstract
A 27-year-old man had a painless swelling in front of the left ear. A 2 cm mass of the parotid gland was excised by
superficial parotidectomy, and histology showed an inflammatory myofibroblastic tumour. He is free of disease 12 months later.

Keywords: parotid gland; inflammatory myofibroblastic tumour; ALK

1. Introduction
These tumours are rare in the salivary glands.

2. Case Presentation
The patient, a 27-year-old man, had noticed the swelling for three months. He had no other illness.
"""


def test_special_issue_page_front_matter_gives_nothing_and_the_title_is_the_articles(tmp_path, nlp) -> None:
    """The neighbours' titles, the special issue's name and the article-kind label over the title are the page's, not
    the patient's: no bone or skull base site, no drug, no case section before the abstract; the title is the article's."""
    p = tmp_path / "special_issue_parotid_man.txt"
    p.write_text(_SPECIAL_ISSUE_PAGE, encoding="utf-8")
    doc = load_document(p)
    for clutter in ("Alectinib", "Femur", "Georgia", "Skull Base", "correspondence", "Submission received", "2031, 4(2)"):
        assert clutter not in doc.text, clutter
    kinds = [s.kind for s in doc.sections]
    assert kinds[0] == "title" and kinds.index("abstract") < kinds.index("case")
    title = doc.sections[0]
    assert doc.text[title.start : title.end].startswith("Inflammatory Myofibroblastic Tumour of the Parotid Gland")
    rows = extract_document(doc, nlp)
    assert [(r.age_years, r.sex, r.site, r.drugs) for r in rows] == [(27, "male", "parotid gland", None)]


@pytest.mark.parametrize(
    "line",
    [
        "Next Article in Special Issue",
        "Previous Article in Topical Collection",
        "Font Type: Arial Georgia Verdana   Font Size: Aa Aa Aa   Line Spacing:",
        "* Author to whom correspondence should be addressed.",
        "Fict. Head Neck J. 2031, 4(2), 77; https://doi.org/10.0000/fhnj4020077",
        "Submission received: 2 March 2031 / Revised: 9 April 2031 / Accepted: 20 April 2031",
    ],
)
def test_special_issue_page_lines_are_furniture(line: str) -> None:
    assert line_rule(line, front=True) is not None


def test_case_report_heading_after_the_introduction_stays_a_heading(tmp_path) -> None:
    """A "Case report" heading that follows the title and opens the patient's story (no abstract or introduction after
    it) is the case section, not a label of the article's kind."""
    p = tmp_path / "case_heading_after_title.txt"
    p.write_text(
        "Inflammatory Myofibroblastic Tumour of the Parotid Gland\n\nCase Report\nA 27-year-old man had a painless "
        "swelling in front of the left ear, which was excised.\n\nDiscussion\nThese tumours are rare.\n",
        encoding="utf-8",
    )
    doc = load_document(p)
    assert "case" in [s.kind for s in doc.sections] and "Case Report" in doc.text


def test_case_report_heading_over_the_case_text_of_an_abstract_page_stays_a_heading(tmp_path) -> None:
    """An abstract page whose "Case report" heading opens the patient's story, with its keywords printed after it: the
    case section, not a label of the article's kind."""
    p = tmp_path / "case_heading_then_keywords.txt"
    p.write_text(
        "Inflammatory Myofibroblastic Tumour of the Parotid Gland\n\nCase Report\nA 27-year-old man had a painless "
        "swelling in front of the left ear, which was excised.\n\nKeywords\nparotid; myofibroblastic tumour\n",
        encoding="utf-8",
    )
    doc = load_document(p)
    assert "case" in [s.kind for s in doc.sections] and "Case Report" in doc.text


_MARKED_BYLINE_MDPI = """Case Report

Inflammatory Myofibroblastic Tumour: An Unusual Presentation

Ines Vidal 1,\u2020, Tomas Berg 2,* and Olu Adeyemi 1,3
1 Department of Gynaecology, Women's Hospital, 12 Harbour Road, 40210 Portmere, Fictland
2 Department of Thoracic Surgery, Lung Institute, Portmere 40213, Fictland
3 Department of Paediatric Pathology, Children's Hospital, Portmere 40212, Fictland
* Correspondence: tberg@example.org
\u2020 These authors contributed equally to this work.

2. Case Presentation
The patient, aged 58 years, had flank pain. A renal mass was removed by nephrectomy. ALK was positive by
immunohistochemistry. The patient is alive without disease 11 months later.
"""

_MARKED_BYLINE_FRONTIERS = """CASE REPORT
published: 3 May 2024

Inflammatory Myofibroblastic Tumor: A Case Report

Ines Vidal1\u2020, Tomas Berg2* and Olu Adeyemi1
1Department of Obstetrics and Gynecology, Maternity Hospital, Portmere, Fictland, 2Department of Thoracic Surgery, Lung Institute, Portmere, Fictland
*Correspondence: Tomas Berg, tberg@example.org

Case description
The patient, aged 58 years, had flank pain. A renal mass was removed by nephrectomy. ALK was positive by
immunohistochemistry. The patient is alive without disease 11 months later.
"""


def test_listing_card_tallies_printed_again_are_kept_but_a_byline_printed_again_is_not() -> None:
    lines = [
        "Maren Oyelaran,1 Tobias Quist,2 and Ines Valderrama1",
        "Maren Oyelaran1, Tobias Quist2, Ines Valderrama1",
        "Smart Citation Index:  Supporting 0  |  Mentioning 5  |  Contrasting 0",
        "An invented abstract of the first card.",
        "Smart Citation Index:  Supporting 3  |  Mentioning 12  |  Contrasting 1",
    ]
    flags = furniture.furniture_lines(lines, lambda s: False)
    assert flags == [False, True, False, False, False]


@pytest.mark.parametrize("page", [_MARKED_BYLINE_MDPI, _MARKED_BYLINE_FRONTIERS])
def test_marked_author_byline_and_numbered_affiliations_give_nothing_and_the_case_is_read(tmp_path, nlp, page) -> None:
    path = tmp_path / "byline.txt"
    path.write_text(page, encoding="utf-8")
    (row,) = extract_document(load_document(path), nlp)
    # no sex from "Women's" / "Maternity", no lung or uterus from a department, no age from an affiliation's number
    assert (row.age_years, row.sex, row.site, row.status, row.follow_up_months) == (58, None, "kidney", "ANED", 11)
    assert row.alk_tests == ["IHC+"]
