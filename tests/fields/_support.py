"""Helpers shared by the field-family tests (imported as ``_support``: pytest puts this folder on sys.path)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from eims_extract.fields.base import Sentence
from eims_extract.records import CaseRow


def located(*texts: str, section: str | None = None, doc_id: str = "doc") -> list[Sentence]:
    """Sentences laid end to end, each with its offset, as the narrative orchestrator hands them over."""
    out, pos = [], 0
    for t in texts:
        out.append(Sentence(doc_id, t, pos, section))
        pos += len(t) + 1
    return out


def run_apply(apply: Callable[[list[Sentence], CaseRow], None], *texts: str, section: str | None = None) -> CaseRow:
    row = CaseRow("doc", "1")
    apply(located(*texts, section=section), row)
    return row


def seed_sentences(path: Path) -> list[Sentence]:
    """Naive split of the reference paper read at test time: title/abstract/case section plus
    sentences about "our case" (the paper's text is never copied into the repo)."""
    text = path.read_text(encoding="utf-8")
    start, disc = text.index("Epithelioid inflammatory"), text.index("3 Discussion")
    return [
        Sentence("seed", m.group(0), m.start())
        for m in re.finditer(r"[^.]+(?:\.|$)", text)
        if start <= m.start() < disc or re.search(r"\bour (?:case|patient)\b", m.group(0))
    ]


def abstract_rows(nlp, abstract: str, *names: str) -> list[tuple]:
    """The narrative rows of a one-section abstract, each as the tuple of the named fields; every value's evidence
    quotes the text as printed (lettered patients are rewritten to numbers for matching, never in the quote)."""
    from eims_extract.fields.narrative import extract_narrative
    from eims_extract.ingest.model import Document, Section

    text = abstract + "\n\n"
    doc = Document(doc_id="fict", path="fict.txt", kind="text", text=text,
                   sections=[Section("abstract", "Abstract", 0, len(abstract))])
    rows = extract_narrative(doc, nlp)
    for row in rows:
        for evs in row.evidence.values():
            for ev in evs:
                assert ev.sentence in doc.text
    return [tuple(getattr(r, n) for n in names) for r in rows]


def segmented(texts: list[str], section: str = "abstract") -> dict[str, list[str]]:
    """Each patient's sentences as ``narrative.segment_patients`` deals them, whitespace collapsed: the series tests ask
    who got which sentence, not where it lies."""
    from eims_extract.fields import narrative

    patients = narrative.segment_patients(located(*texts, section=section, doc_id="d"))
    return {p.case_id: [" ".join(s.text.split()) for s in p.sentences] for p in patients}


def site_row(nlp, *texts: str) -> CaseRow:
    """The row the site field reads from case sentences parsed by ``nlp`` (the site rules read tokens, not only text)."""
    from eims_extract.fields import site

    out, pos = [], 0
    for t in texts:
        out.append(Sentence("doc", t, pos, "case", None, nlp(t)[:]))
        pos += len(t) + 1
    row = CaseRow("doc", "index")
    site.apply(out, row)
    return row


def text_rows(nlp, text: str) -> list[CaseRow]:
    """The rows the whole pipeline gives for a plain-text document, in case-id order: the series tests ask what each
    numbered patient got, whatever order the readers emitted them in."""
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    doc = load_document("t.txt", data=text.encode(), doc_id="t")
    return sorted(extract_document(doc, nlp), key=lambda r: r.case_id)
