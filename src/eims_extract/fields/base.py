"""The unit field rules work on: a sentence located in ``Document.text``.

Narrative extraction hands each field-family module the sentences that speak
about one patient; a module reads them and sets values on a
:class:`~eims_extract.records.CaseRow` with evidence built by
:meth:`Sentence.evidence`, so offsets are right by construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..records import Evidence


@dataclass
class Sentence:
    doc_id: str
    text: str
    #: Offset of ``text[0]`` in ``Document.text``.
    start: int
    section: str | None = None
    page: int | None = None
    #: The spaCy ``Span`` of this sentence when the pipeline produced it.
    span: Any = None
    #: The heading of the section the sentence stands in ("Case 2"), as printed.
    heading: str | None = None
    #: The sentence as printed when ``text`` has marks blanked for the rules (same length: the citation
    #: marks of a case presentation, see ``narrative.patient_sentences``); evidence quotes this.
    quote: str | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def evidence(self, rel_start: int | None = None, rel_end: int | None = None) -> Evidence:
        """Evidence for ``text[rel_start:rel_end]`` (the whole sentence by default)."""
        s = 0 if rel_start is None else rel_start
        e = len(self.text) if rel_end is None else rel_end
        return Evidence(
            doc_id=self.doc_id,
            start=self.start + s,
            end=self.start + e,
            sentence=self.text if self.quote is None else self.quote,
            page=self.page,
            section=self.section,
        )

    def piece(self, a: int, b: int) -> Sentence:
        """``text[a:b]`` without its outer blanks, as a sentence located where it stands (its quote cut alike)."""
        part = self.text[a:b]
        lead = len(part) - len(part.lstrip())
        body = part.strip()
        q0 = a + lead
        quote = None if self.quote is None else self.quote[q0 : q0 + len(body)]
        return Sentence(self.doc_id, body, self.start + q0, self.section, self.page, None, self.heading, quote)
