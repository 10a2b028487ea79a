"""The document model shared by text, PDF, JATS XML and HTML ingestion.

Extraction never needs to know where a document came from: both readers
produce a :class:`Document` whose ``text`` holds, in reading order, first the
body (title, abstract, sections) and then the material taken out of the body
flow (captions, tables), each region described by a :class:`Section`. Every
offset in the package (sections, table cells, evidence) indexes ``text``;
``pages`` maps offsets back to PDF page numbers.
"""

from __future__ import annotations

import bisect
from operator import itemgetter
from dataclasses import dataclass, field
from typing import Literal

SectionKind = Literal[
    "title",
    "authors",
    "abstract",
    "keywords",
    "introduction",
    "case",
    "methods",
    "results",
    "discussion",
    "conclusion",
    "references",
    "acknowledgements",
    "caption",
    "table",
    "other",
]

#: Section kinds whose statements are about the document's own patient(s).
PATIENT_SECTIONS: frozenset[str] = frozenset({"title", "abstract", "case"})
#: Kinds that are not part of the running body text.
NON_BODY: frozenset[str] = frozenset({"caption", "table"})


@dataclass
class Section:
    """A contiguous region of ``Document.text``; ``title`` is the heading as printed."""

    kind: str
    title: str
    start: int
    end: int


@dataclass
class Cell:
    """One table cell; ``start``/``end`` locate its text in ``Document.text``."""

    text: str
    start: int | None = None
    end: int | None = None
    page: int | None = None
    #: the note under the table the cell's footnote mark points to ("Died a" over "a Died of sepsis."), the mark itself
    #: taken off the cell's text (``ingest.tables.attach_notes``)
    note: str = ""


@dataclass
class Table:
    """A table as a cell grid. ``header`` is the column names once (a header
    repeated on a continuation page is dropped); ``rows`` are data rows whose
    cells line up with ``header``; a cell that spans several printed rows is
    repeated in each of them."""

    id: str
    caption: str = ""
    header: list[Cell] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    footnotes: str = ""
    start: int = 0
    end: int = 0
    pages: list[int] = field(default_factory=list)
    #: The table's raw lines as they stood in the source, for text tables
    #: whose grid must be reconstructed (see ``ingest.tables``).
    raw_lines: list[str] = field(default_factory=list)

    def header_texts(self) -> list[str]:
        return [c.text for c in self.header]

    def row_texts(self) -> list[list[str]]:
        return [[c.text for c in r] for r in self.rows]


_first = itemgetter(0)


@dataclass
class Document:
    doc_id: str
    path: str
    kind: Literal["text", "pdf", "xml", "html"]
    text: str
    sha256: str = ""
    sections: list[Section] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    #: ``(start_offset, page_number)`` sorted by offset; empty for plain text.
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    n_pages: int | None = None
    warnings: list[str] = field(default_factory=list)
    #: the text encoding the file was decoded with (None for PDFs)
    encoding: str | None = None
    #: Bibliographic metadata and identifiers (pmid, pmcid, doi, title, journal, year, license):
    #: from the JATS front matter, a fetched file's sidecar, or the text (see ``ingest.identifiers``).
    meta: dict[str, str] = field(default_factory=dict)
    #: Where the source drew a rule between two blocks of a page (a text page's line of dashes between the entries
    #: of a listing): the offsets of ``text`` where the block after each rule starts, sorted.
    rules: list[int] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        i = bisect.bisect_right(self.page_starts, offset, key=_first) - 1
        return self.page_starts[max(i, 0)][1]

    def section_at(self, offset: int) -> Section | None:
        best: Section | None = None
        for s in self.sections:
            if s.start <= offset < s.end and (best is None or s.end - s.start < best.end - best.start):
                best = s
        return best

    def sections_of(self, *kinds: str) -> list[Section]:
        return [s for s in self.sections if s.kind in kinds]

    def body_sections(self) -> list[Section]:
        return [s for s in self.sections if s.kind not in NON_BODY]
