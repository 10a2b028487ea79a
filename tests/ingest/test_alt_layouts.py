"""The reference paper re-rendered at test time in layouts the PDF reader was never
tuned on (see ``layouts.py``): every layout must give the 52 Table-2 rows and the
index patient of the gold, the expected section kinds, narrative free of table
text, and grounded values. Layouts f-j print Table 2 as journals and HTML-to-PDF
renderers do: reference cells centred or bottom-aligned over their rows, a frame
narrower than the cells, a continuation page with neither header nor "(continued)"
and text resuming below the table, landscape pages, a table turned on its page."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from eims_extract.pipeline.extract import process_path
from eims_extract.ingest import load_document
from eims_extract.ingest.model import Document
from eims_extract.reporting.scoring import load_rows, score

from layouts import LAYOUTS, Layout, paper_of, render

ROOT = Path(__file__).resolve().parents[2]
NARRATIVE = ("abstract", "introduction", "case", "discussion", "conclusion")


@pytest.fixture(scope="module")
def text_doc(seed_txt) -> Document:
    return load_document(seed_txt)


@pytest.fixture(scope="module")
def rendered(text_doc, tmp_path_factory, nlp) -> dict[str, tuple[Document, object]]:
    """Each layout's PDF (named like the seed, so doc ids match the gold) read and extracted once."""
    paper = paper_of(text_doc)
    out = {}
    for name, layout in LAYOUTS.items():
        path = tmp_path_factory.mktemp(name) / f"{text_doc.doc_id}.pdf"
        path.write_bytes(render(paper, layout))
        res = process_path(path, nlp)
        assert res.status == "ok", (name, res.error)
        out[name] = (load_document(path), res)
    return out


def _mismatches(d: dict) -> list[str]:
    return [f"case {m['case']} {m['field']}: gold {m['gold']!r} got {m['pred']!r}" for m in d["mismatches"]]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_table2_rows_match_gold(rendered, name) -> None:
    _, res = rendered[name]
    rows = [r for r in res.rows if r.source in ("table", "merged")]
    d = score(rows, load_rows(ROOT / "gold" / "table2.csv")).to_dict()
    assert len(rows) == 52 and d["n_matched"] == 52, (len(rows), d["n_matched"])
    assert d["micro"]["f1"] == 1.0, _mismatches(d)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_index_patient_matches_gold(rendered, name) -> None:
    _, res = rendered[name]
    own = [r for r in res.rows if r.source in ("merged", "narrative")]
    d = score(own, load_rows(ROOT / "gold" / "index_case.json")).to_dict()
    assert d["micro"]["f1"] == 1.0, _mismatches(d)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_every_value_is_grounded(rendered, name) -> None:
    _, res = rendered[name]
    assert [(r.case_id, r.ungrounded()) for r in res.rows if r.ungrounded()] == []


@pytest.mark.slow
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_section_kinds_are_the_papers(rendered, text_doc, name) -> None:
    doc, _ = rendered[name]
    want = [s.kind for s in text_doc.sections if s.kind in NARRATIVE]
    got = [s.kind for s in doc.sections if s.kind in NARRATIVE]
    assert got == want
    assert [t.id for t in doc.tables] == [t.id for t in text_doc.tables]
    assert len([s for s in doc.sections_of("caption") if s.title.lower().startswith("fig")]) == 2
    if LAYOUTS[name].references:
        assert len(doc.sections_of("references")) == 1


def _words(s: str) -> list[str]:
    return re.findall(r"\w+", s.lower())


@pytest.mark.slow
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_narrative_is_the_text_readers_and_holds_no_table_text(rendered, text_doc, name) -> None:
    """Same words, same order, per section kind — so no caption, cell or furniture line slipped in."""
    doc, _ = rendered[name]
    for kind in NARRATIVE:
        want = _words(" ".join(text_doc.text[s.start : s.end] for s in text_doc.sections_of(kind)))
        got = _words(" ".join(doc.text[s.start : s.end] for s in doc.sections_of(kind)))
        ratio = SequenceMatcher(None, want, got, autojunk=False).ratio()
        assert ratio > 0.995, (kind, ratio)
    narrative = " ".join(doc.text[s.start : s.end] for s in doc.sections if s.kind in NARRATIVE)
    assert not re.search(r"\d+\s*mo\s*\((?:DOD|AWD|ANED)\)", narrative)
    for furniture in (LAYOUTS[name].footer, LAYOUTS[name].running_header):
        if furniture:
            assert furniture not in doc.text


@pytest.mark.slow
@pytest.mark.parametrize("name", list(LAYOUTS))
def test_table2_cells_equal_the_text_readers(rendered, text_doc, name) -> None:
    """Header-mapped columns, wrapped cells rejoined, blank reference cells filled from above."""
    doc, _ = rendered[name]
    layout: Layout = LAYOUTS[name]
    want_t = next(t for t in text_doc.tables if t.id == "T2")
    got_t = next(t for t in doc.tables if t.id == "T2")
    back = {v: k for k, v in layout.rename.items()}
    got_header = [back.get(h, h) for h in got_t.header_texts()]
    assert sorted(got_header) == sorted(want_t.header_texts())
    order = [got_header.index(h) for h in want_t.header_texts()]
    got_rows = [[r[j] for j in order] for r in got_t.row_texts()]
    assert got_rows == want_t.row_texts()


@pytest.mark.slow
def test_regression_reference_column_first_wraps_without_splitting_rows(rendered) -> None:
    """A wrapped reference printed in the first column once split each row in two."""
    doc, _ = rendered["d_reordered_renamed_columns"]
    t = next(t for t in doc.tables if t.id == "T2")
    assert t.header_texts()[0] == "Reference" and len(t.rows) == 52


# -- line-end hyphenation (fictional lines) ------------------------------------------------------
from eims_extract.ingest.assemble import Line, join_lines  # noqa: E402
from eims_extract.ingest.assemble import dehyphenate as _dehyphenate  # noqa: E402


@pytest.mark.parametrize(
    "first, second, context, want",
    [
        # a vocabulary word broken by the typesetter is rejoined
        ("she then received crizo-", "tinib for six weeks", [], "she then received crizotinib for six weeks"),
        # the document spells the joined word elsewhere
        ("the nodule was hypo-", "echoic on day two", ["a hypoechoic rim"], "the nodule was hypoechoic on day two"),
        # the document prints the compound with its hyphen inside a line
        ("a short-", "term course", ["a short-term plan"], "a short-term course"),
        # a two-letter tail is never a syllable split
        ("she returned for follow-", "up visits", [], "she returned for follow-up visits"),
        # a position prefix and an organ adjective: a staging word no vocabulary spells joined
        ("PET found no extrahe-", "patic uptake", [], "PET found no extrahepatic uptake"),
        ("a submuco-", "sal nodule", [], "a submucosal nodule"),
    ],
)
def test_dehyphenate_decides_from_document_and_vocabulary(first, second, context, want) -> None:
    lines = [Line(first), Line(second)]
    _dehyphenate([lines], [first, second, *context])
    assert join_lines([ln.text for ln in lines]) == want


def test_dehyphenate_keeps_the_hyphen_of_two_known_drugs_in_a_document_that_hyphenates() -> None:
    # a scan whose typesetter hyphenates (two confirmed soft breaks) prints a regimen's pair at a line end
    # ("carboplatin-" / "etoposide"): two words the package knows are a pair, not one word split
    lines = [Line("she then received crizo-"), Line("tinib and later a recur-"), Line("rence was treated with carboplatin-"), Line("etoposide in May")]
    _dehyphenate([lines], [ln.text for ln in lines])
    assert join_lines([ln.text for ln in lines]) == "she then received crizotinib and later a recurrence was treated with carboplatin-etoposide in May"


def test_dehyphenate_keeps_undecided_breaks_in_a_document_that_never_hyphenates() -> None:
    lines = [Line("the graft was quasi-"), Line("stable after a week")]
    _dehyphenate([lines], [ln.text for ln in lines])
    assert [ln.text for ln in lines] == ["the graft was quasi-", "stable after a week"]


def _word_counts_token_by_token(bodies: str, needed: set[str], heads: set[str]):  # type: ignore[no-untyped-def]
    """The plain count: every hyphenated token of the text split into its parts."""
    import re
    from collections import Counter

    words: Counter[str] = Counter()
    compounds: set[str] = set()
    for tok in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*", bodies):
        parts = tok.split("-")
        for p in parts:
            if p.lower() in needed:
                words[p if p.islower() else p.lower() + "^"] += 1
        low = [p.lower() for p in parts]
        compounds.update(f"{x}-{y}" for x, y in zip(low, low[1:]) if x in heads)
    return words, compounds


def test_hyphenation_word_counts_match_a_token_by_token_count() -> None:
    """The words a line-end break asks about are counted by one search over a lower-cased copy; on varied
    fictional text (capitals, compounds, double hyphens, brackets, letters outside ASCII that fold to
    ASCII ones) the counts and compounds are those of counting every token's parts."""
    import random

    from eims_extract.ingest.assemble import _word_counts

    rnd = random.Random(11)
    syllables = ["lo", "ru", "ven", "ta", "mil", "o", "K", "İ", "ſ", "é", "Sa", "QU"]
    glue = [" ", " ", " ", "-", "--", "(", ") ", "\n", ", ", "1-"]
    for _ in range(1500):
        pieces = []
        for _ in range(rnd.randint(0, 30)):
            pieces.append("".join(rnd.choice(syllables) for _ in range(rnd.randint(1, 3))))
            pieces.append(rnd.choice(glue))
        bodies = "".join(pieces)
        pool = ["lo", "ru", "loru", "ven", "venta", "o", "ta", "k", "sa", "qu", "lo-ru", "x"]
        needed = set(rnd.sample(pool, rnd.randint(0, 6)))
        heads = set(rnd.sample(pool, rnd.randint(0, 4)))
        assert _word_counts(bodies, needed, heads) == _word_counts_token_by_token(bodies, needed, heads), bodies


@pytest.mark.parametrize(
    "pattern, words",
    [
        (r"\bno (?:sign|evidence) of relapse\b", ["no", "sign", "evidence", "of", "relapse"]),
        (r"(?P<site>[a-z]+) regress(?:ed|ion)", ["regress", "ed", "ion"]),
        (r"tumou?r(?=\s+shrank)", ["tumo", "u", "r", "shrank"]),
    ],
)
def test_rule_words_for_dehyphenation_are_the_literal_letter_runs_of_a_regex(pattern, words) -> None:
    """The outcome and treatment rules lend their literal words to line-end hyphenation: runs of letters
    the regex spells one by one (a group's name, a class or an escape such as \\b or \\s adds none)."""
    from eims_extract.ingest.assemble import _literal_words, _parse_regex

    assert _literal_words(_parse_regex(pattern)) == words
