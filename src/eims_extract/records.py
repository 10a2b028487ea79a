"""Typed case rows and the evidence behind every value.

A row is the unit everything else exchanges: extraction produces rows, the
store persists them, the scorer compares them and curators review them.
Unknown values are ``None`` (never a guess); a value that is set should have
at least one :class:`Evidence` under its field name in ``CaseRow.evidence``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any, Literal

Source = Literal["narrative", "table", "merged"]
Sex = Literal["male", "female"]
Status = Literal["DOD", "AWD", "ANED"]
Response = Literal["CR", "PR", "SD", "PD"]

#: Canonical order of treatment codes; ``treatment`` is these joined by ``+``.
TREATMENT_ORDER: tuple[str, ...] = ("SE", "Che", "RT", "ALKi", "ST")
STATUSES: tuple[str, ...] = ("DOD", "AWD", "ANED")
RESPONSES: tuple[str, ...] = ("CR", "PR", "SD", "PD")
SOURCES: tuple[str, ...] = ("narrative", "table", "merged")

#: Fields that carry extracted values (everything but identity columns).
VALUE_FIELDS: tuple[str, ...] = (
    "age_years",
    "age_text",
    "sex",
    "site",
    "site_code",
    "treatment",
    "drugs",
    "recurrence",
    "metastasis",
    "follow_up_months",
    "status",
    "response",
    "ihc_positive",
    "ihc_negative",
    "ki67_percent",
    "alk_fusion_partner",
    "kinase_fusions",
    "alk_tests",
    "reference",
)
#: Fields whose value is a list, scored as sets and joined by ``;`` in CSV.
LIST_FIELDS: frozenset[str] = frozenset({"drugs", "ihc_positive", "ihc_negative", "alk_tests", "kinase_fusions"})
BOOL_FIELDS: frozenset[str] = frozenset({"recurrence", "metastasis"})
FLOAT_FIELDS: frozenset[str] = frozenset({"age_years", "follow_up_months", "ki67_percent"})
ID_FIELDS: tuple[str, ...] = ("doc_id", "case_id", "source")
#: Which paper a row's document is a copy of (set when rows are written: ``pipeline.papers.mark_rows``).
COPY_FIELDS: tuple[str, ...] = ("paper", "copy_of")


@dataclass(frozen=True)
class Evidence:
    """Where a value was read: offsets index ``Document.text`` of ``doc_id``."""

    doc_id: str
    start: int
    end: int
    sentence: str
    page: int | None = None
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # explicit, not dataclasses.asdict: exports call this for every span of every row
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "page": self.page,
            "section": self.section,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        return cls(
            doc_id=d["doc_id"],
            start=int(d["start"]),
            end=int(d["end"]),
            sentence=d.get("sentence", ""),
            page=d.get("page"),
            section=d.get("section"),
        )


@dataclass
class CaseRow:
    """One patient: the document's own (``narrative``), a literature-table row
    (``table``) or the two merged (``merged``)."""

    doc_id: str
    case_id: str
    source: Source = "narrative"
    age_years: float | None = None
    age_text: str | None = None
    sex: Sex | None = None
    site: str | None = None
    #: ICD-O-3 topography code of the site as stated ("C32.9"); ``vocab/sites.jsonl``.
    site_code: str | None = None
    treatment: str | None = None
    drugs: list[str] | None = None
    recurrence: bool | None = None
    metastasis: bool | None = None
    follow_up_months: float | None = None
    status: Status | None = None
    response: Response | None = None
    ihc_positive: list[str] | None = None
    ihc_negative: list[str] | None = None
    ki67_percent: float | None = None
    alk_fusion_partner: str | None = None
    #: Every kinase fusion found in the tumour, ``FIVE::THREE`` in HGNC symbols ("ETV6::NTRK3").
    kinase_fusions: list[str] | None = None
    alk_tests: list[str] | None = None
    reference: str | None = None
    #: Citation number of ``reference`` in the source document's bibliography.
    citation: int | None = None
    #: A table row of a published case: its table's caption says so ("Previously reported cases") or
    #: another row of the table is marked as the current case ("27 (present)"). Provenance, not a value,
    #: so a row without a reference cell is still known as the literature's patient, not the document's
    #: own (merging and ``score --own-patients`` read it).
    published: bool = False
    #: The paper this row's document is a copy of (``pipeline.papers``: ``pmid:…``, ``doi:…``, ``pmcid:…`` or
    #: ``name:<doc_id>``), set when rows are written or exported, never stored with the row: copies of one paper
    #: (same DOI/PMID/PMCID, or one title in two formats) share it.
    paper: str | None = None
    #: ``doc_id`` of the paper's best copy (XML > PDF > HTML > text) when this row's document is another copy of it;
    #: None on the best copy and on a paper with one copy. Every copy keeps its rows (scored against its own gold);
    #: cohort counts leave rows with ``copy_of`` set out, so each paper's patients count once.
    copy_of: str | None = None
    evidence: dict[str, list[Evidence]] = field(default_factory=dict)
    #: Disagreements found while merging table and narrative values.
    conflicts: list[dict[str, Any]] = field(default_factory=list)

    # -- evidence -----------------------------------------------------------
    def set(self, name: str, value: Any, *evidence: Evidence) -> None:
        """Set a value together with its evidence (the only way rules should)."""
        if name not in _VALUE_SET:
            raise KeyError(f"unknown field {name!r}")
        setattr(self, name, value)
        if evidence:
            self.evidence.setdefault(name, [])
            for ev in evidence:
                if ev not in self.evidence[name]:
                    self.evidence[name].append(ev)

    def values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in VALUE_FIELDS}

    def filled(self) -> list[str]:
        return [n for n, v in self.values().items() if v is not None]

    def ungrounded(self) -> list[str]:
        """Fields with a value but no evidence: a contract violation."""
        return [n for n in self.filled() if not self.evidence.get(n)]

    # -- (de)serialisation --------------------------------------------------
    def to_dict(self, with_evidence: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {}
        for name in _PLAIN_FIELDS:
            v = getattr(self, name)
            d[name] = list(v) if isinstance(v, list) else v
        if with_evidence:
            d["evidence"] = {k: [e.to_dict() for e in evs] for k, evs in self.evidence.items()}
            d["conflicts"] = list(self.conflicts)
        return d

    def to_flat(self) -> dict[str, Any]:
        """CSV/Parquet shape: lists joined by ``;``, no evidence."""
        d = self.to_dict(with_evidence=False)
        for name in LIST_FIELDS:
            if d[name] is not None:
                d[name] = ";".join(d[name])
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> CaseRow:
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in d.items() if k in known and k not in ("evidence", "conflicts")}
        for name in LIST_FIELDS:
            v = kwargs.get(name)
            if isinstance(v, str):
                kwargs[name] = [x for x in v.split(";") if x] if v else None
        row = cls(**kwargs)
        row.evidence = {
            k: [Evidence.from_dict(e) for e in evs] for k, evs in (d.get("evidence") or {}).items()
        }
        row.conflicts = list(d.get("conflicts") or [])
        return row

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)


@dataclass
class DocumentResult:
    """What one document produced: rows, or the one-line reason it failed."""

    doc_id: str
    path: str
    sha256: str
    status: Literal["ok", "failed"]
    rows: list[CaseRow] = field(default_factory=list)
    error: str | None = None
    kind: str | None = None
    pages: int | None = None
    timings: dict[str, float] = field(default_factory=dict)
    #: ``Document.text`` and its layout, kept so curators can see evidence in context.
    text: str | None = None
    sections: list[dict[str, Any]] = field(default_factory=list)
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    #: the text encoding used (text files), so a mis-decoded file can be traced
    encoding: str | None = None
    #: whether the document reports patients at all, and why (see ``gate``)
    reports_patients: bool | None = None
    gate_reason: str | None = None
    #: ``Document.meta``: identifiers (doi, pmid, pmcid) and bibliographic data, to group copies of a paper.
    meta: dict[str, str] = field(default_factory=dict)


#: CaseRow's fields other than evidence and conflicts, in declaration order.
#: :data:`VALUE_FIELDS` as a set: ``CaseRow.set`` checks every value it is given
_VALUE_SET: frozenset[str] = frozenset(VALUE_FIELDS)
_PLAIN_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CaseRow) if f.name not in ("evidence", "conflicts"))
