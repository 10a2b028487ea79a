"""Bibliographic export records read as documents.

A PubMed MEDLINE record ("PMID- ", "TI  - ", "AB  - " with six-space continuation lines), an RIS
record ("TY  - JOUR" ... "ER  - ") or one CSV export line (Scopus, Europe PMC: a header line of
column names, then the record) carries a case report's title and abstract among fields that are
no part of its text: authors, affiliations, MeSH terms, keywords, identifiers. The record becomes
the lines of a plain document: its title, then its abstract (each field's continuation lines
joined); every other field is front or back matter and is left out, its identifiers (PMID, DOI)
read into the document's meta like a PubMed page's.
"""

from __future__ import annotations

import csv

from ..rules import Regex, layout
from .identifiers import clean_doi, ids_in

#: how many of the first non-blank lines must be tagged fields for a file to be read as a record
_MIN_TAGGED = 4
_HEAD_LINES = 12


def _tagged_fields(lines: list[str]) -> list[tuple[str, list[str]]] | None:
    """``(tag, value lines)`` of a MEDLINE / RIS record; ``None`` when the text is not one."""
    tag_line = layout("export_tag_line")
    head = [s for s in lines if s.strip()][:_HEAD_LINES]
    if not head:
        return None
    first = tag_line.match(head[0].rstrip())
    if first is None or layout("export_first_tag").match(first.group("tag")) is None:
        return None
    if sum(1 for s in head if tag_line.match(s.rstrip())) < _MIN_TAGGED:
        return None
    cont = layout("export_continuation")
    fields: list[tuple[str, list[str]]] = []
    for raw in lines:
        s = raw.rstrip()
        if not s.strip():
            continue
        m = tag_line.match(s)
        if m is not None and fields and layout("export_first_tag").match(m.group("tag")):
            break  # a file of several records: the first one is the document (the others are other papers)
        if m is not None:
            fields.append((m.group("tag"), [(m.group("value") or "").strip()]))
        elif fields and cont.match(s):  # the field's value wraps: the same line of text goes on
            vals = fields[-1][1]
            vals[-1] = f"{vals[-1]} {s.strip()}".strip()
        elif fields:  # an untagged line of its own (an RIS abstract's next labelled part): a new line
            fields[-1][1].append(s.strip())
    return fields


def _tagged_record(lines: list[str]) -> tuple[list[str], dict[str, str]] | None:
    fields = _tagged_fields(lines)
    if fields is None:
        return None
    title_tag, abstract_tag = layout("export_title_tag"), layout("export_abstract_tag")
    titles = [v for t, vals in fields if title_tag.match(t) for v in vals if v]
    abstract = [v for t, vals in fields if abstract_tag.match(t) for v in vals if v]
    if not abstract:
        return None
    meta: dict[str, str] = {}
    for t, vals in fields:
        if title_tag.match(t) or abstract_tag.match(t):
            continue
        value = " ".join(vals)
        if t == "PMID" and value.strip().isdigit():
            meta.setdefault("pmid", value.strip())
        elif "doi" not in meta and (ids := ids_in(value)).get("doi"):
            meta["doi"] = ids["doi"]
    # MEDLINE ends every title on a full stop; a title line that ends a sentence would be read as text
    out = [titles[0].removesuffix(".")] if titles else []
    return [*out, "", *abstract], meta


def _csv_record(lines: list[str]) -> tuple[list[str], dict[str, str]] | None:
    """The title and abstract of a CSV export holding one record (a header line of column names)."""
    text = "\n".join(lines).strip()
    if not text.startswith(('"', "id,")) or "," not in text.split("\n", 1)[0]:
        return None
    try:
        rows = [r for r in csv.reader(text.split("\n")) if any(c.strip() for c in r)]
    except csv.Error:
        return None
    if len(rows) != 2 or len(rows[0]) < 4 or len(rows[1]) != len(rows[0]):
        return None
    header = [c.strip() for c in rows[0]]

    def column(pat: Regex) -> int | None:
        return next((k for k, c in enumerate(header) if pat.match(c)), None)

    ti, ab = column(layout("export_csv_title_column")), column(layout("export_csv_abstract_column"))
    if ti is None or ab is None or not rows[1][ab].strip():
        return None
    meta: dict[str, str] = {}
    pm = column(layout("export_csv_pmid_column"))
    if pm is not None and rows[1][pm].strip().isdigit():
        meta["pmid"] = rows[1][pm].strip()
    for k, c in enumerate(header):
        if k not in (ti, ab) and c.lower() == "doi" and (ids := ids_in(rows[1][k])).get("doi"):
            meta["doi"] = clean_doi(ids["doi"])
    return [rows[1][ti].strip(), "", *rows[1][ab].strip().split("\n")], meta


def record_lines(lines: list[str]) -> tuple[list[str], dict[str, str]] | None:
    """The lines of the document an export record holds (title, blank, abstract) and its identifiers;
    ``None`` for anything that is not a single MEDLINE / RIS / CSV export record."""
    return _tagged_record(lines) or _csv_record(lines)
