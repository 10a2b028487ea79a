"""A small fictional results store, so the review page can be tried (and tested)
without running extraction. The patients and wording are invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..records import CaseRow, DocumentResult, Evidence
from ..store import Store

_DOCS: list[dict[str, Any]] = [
    {
        "doc_id": "demo-alpha",
        "sections": [
            ("title", "Title", "Mesenteric sarcoma with an ALK rearrangement in a young adult\n\n"),
            (
                "case",
                "Case presentation",
                "A 34-year-old man came to our clinic with six weeks of abdominal swelling. "
                "Imaging found a large mass in the small bowel mesentery. "
                "The tumour was removed surgically and it stained for desmin and ALK, "
                "while S-100 and CD117 were not expressed. "
                "FISH showed an ALK split signal. "
                "He received crizotinib after an early relapse and was alive without disease at 14 months.\n\n",
            ),
            ("discussion", "Discussion", "Round cells with a nuclear membrane ALK pattern are typical of this entity.\n"),
        ],
        "pages": [(0, 1), ("The tumour was removed", 2)],
        "rows": [
            {
                "case_id": "current",
                "source": "narrative",
                "values": {
                    "age_years": (34.0, "34-year-old"),
                    "sex": ("male", "man"),
                    "site": ("mesentery", "small bowel mesentery"),
                    "treatment": ("SE+ALKi", "removed surgically"),
                    "drugs": (["crizotinib"], "crizotinib"),
                    "ihc_positive": (["desmin", "ALK"], "desmin and ALK"),
                    "ihc_negative": (["S-100", "CD117"], "S-100 and CD117"),
                    "alk_tests": (["FISH+"], "FISH showed an ALK split signal"),
                    "recurrence": (True, "early relapse"),
                    "follow_up_months": (14.0, "14 months"),
                    "status": ("ANED", "alive without disease"),
                },
            }
        ],
    },
    {
        "doc_id": "demo-beta",
        "sections": [
            ("title", "Title", "Two children with an epithelioid myofibroblastic tumour of the lung\n\n"),
            (
                "case",
                "Cases",
                "Patient 1 was a 9-year-old girl whose pleural-based lung lesion was excised. "
                "The neoplasm was positive for ALK and negative for myogenin. "
                "Patient 2, a boy aged 6, had a pulmonary mass treated with chemotherapy; he died of disease at 8 months.\n",
            ),
        ],
        "pages": [],
        "rows": [
            {
                "case_id": "1",
                "source": "narrative",
                "values": {
                    "age_years": (9.0, "9-year-old"),
                    "sex": ("female", "girl"),
                    "site": ("lung", "lung lesion"),
                    "treatment": ("SE", "excised"),
                    "ihc_positive": (["ALK"], "positive for ALK"),
                    "ihc_negative": (["myogenin"], "negative for myogenin"),
                },
            },
            {
                "case_id": "2",
                "source": "narrative",
                "values": {
                    "age_years": (6.0, "aged 6"),
                    "sex": ("male", "boy"),
                    "site": ("lung", "pulmonary mass"),
                    "treatment": ("Che", "chemotherapy"),
                    "follow_up_months": (8.0, "8 months"),
                    "status": ("DOD", "died of disease"),
                },
            },
        ],
    },
]


def _sentence(text: str, start: int, end: int) -> str:
    a = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    b = min(stops) + 1 if stops else len(text)
    return text[a:b].strip()


def build_result(
    doc_id: str,
    sections: list[tuple[str, str, str]],
    rows: list[dict[str, Any]],
    pages: list[tuple[int | str, int]] | None = None,
    path: str | None = None,
) -> DocumentResult:
    """A ``DocumentResult`` whose evidence offsets are found in the text it builds.

    ``rows[i]["values"]`` maps a field to ``(value, cue)``: the first
    occurrence of ``cue`` is the evidence span (or ``(value, None)`` for none).
    """
    text, secs = "", []
    for kind, title, body in sections:
        secs.append({"kind": kind, "title": title, "start": len(text), "end": len(text) + len(body)})
        text += body
    # a page may start at an offset or at the first occurrence of a cue
    pages = [(text.index(s) if isinstance(s, str) else s, p) for s, p in (pages or [])]

    def page_at(off: int) -> int | None:
        got = [p for s, p in pages if s <= off]
        return got[-1] if got else None

    def section_at(off: int) -> str | None:
        for s in secs:
            if s["start"] <= off < s["end"]:
                return s["title"]
        return None

    out: list[CaseRow] = []
    for spec in rows:
        row = CaseRow(doc_id=doc_id, case_id=spec["case_id"], source=spec.get("source", "narrative"))
        for name, (value, cue) in spec["values"].items():
            evs = []
            if cue is not None:
                start = text.index(cue)
                end = start + len(cue)
                evs.append(Evidence(doc_id, start, end, _sentence(text, start, end), page_at(start), section_at(start)))
            row.set(name, value, *evs)
        out.append(row)
    return DocumentResult(
        doc_id=doc_id,
        path=path or f"corpus/{doc_id}.txt",
        sha256=f"sha-{doc_id}",
        status="ok",
        rows=out,
        kind="pdf" if pages else "text",
        pages=len(pages) or None,
        text=text,
        sections=secs,
        page_starts=pages,
    )


def demo_results() -> list[DocumentResult]:
    out = [build_result(d["doc_id"], d["sections"], d["rows"], d["pages"]) for d in _DOCS]
    out.append(
        DocumentResult(
            doc_id="demo-broken",
            path="corpus/demo-broken.pdf",
            sha256="sha-broken",
            status="failed",
            error="not a PDF: the file starts with an HTML page",
        )
    )
    return out


def write_demo_store(db: str | Path) -> Path:
    """Fill ``db`` with the fictional documents (replacing them if present)."""
    with Store(db) as store:
        for r in demo_results():
            store.save_result(r)
    return Path(db)
