"""Age/sex accuracy of narrative extraction on a corpus of real case reports.

The development corpus (``corpora/case-report-corpus-dev/dev.jsonl`` in the
shared material) is 20 PubMed Central case reports derived from the Medical
Case Report Corpus by Ada Health (Creative Commons licence): each line has
the report's scraped text and its ``patients`` (``age_text``, ``age_years``,
``sex``) in order of first mention. Predicted patients are aligned to the
annotated ones in the same order; an age is right within 0.05 years.

The texts are flat strings (no line breaks), so sections are found here from
inline headings (``patterns/flat_headings.jsonl``) before the same
:func:`~eims_extract.fields.narrative.extract_narrative` the package uses
for every document runs on them.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..ingest.model import Document, Section
from ..rules import load as load_rules
from ..records import CaseRow

AGE_TOLERANCE = 0.05


@cache
def _headings() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out = []
    for obj in load_rules("patterns/flat_headings"):
        try:
            out.append((obj.kind, re.compile(obj.pattern)))
        except re.error as exc:
            raise ConfigError(f"{obj.where}: {exc}") from None
    return tuple(out)


#: A heading followed by less text than this before the next heading is a
#: table-of-contents entry or a title fragment, not a section.
MIN_SECTION_CHARS = 150


def flat_sections(text: str) -> list[Section]:
    """Sections of a flat text from its inline headings. Scraped pages repeat
    headings in menus and tables of contents ("Abstract Introduction Case
    presentation Discussion ..."), so a heading opens a section only when
    real text follows it. The heading stays in its section, since "Case 2" is
    also the marker that starts the second patient."""
    hits = sorted(
        (m.start(), m.end(), kind, m.group(0)) for kind, rx in _headings() for m in rx.finditer(text)
    )
    marks = [
        h for k, h in enumerate(hits)
        if (hits[k + 1][0] if k + 1 < len(hits) else len(text)) - h[1] >= MIN_SECTION_CHARS
    ]
    sections = [Section("other", "", 0, marks[0][0] if marks else len(text))]
    for k, (_start, end, kind, title) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        sections.append(Section(kind, title, _start, stop))
    return [s for s in sections if s.end > s.start]


def document_from_flat(doc_id: str, text: str) -> Document:
    return Document(doc_id=doc_id, path=doc_id, kind="text", text=text, sections=flat_sections(text))


@dataclass
class DevMiss:
    doc_id: str
    patient: int
    field: str
    expected: Any
    predicted: Any
    explanation: str


@dataclass
class DevReport:
    n_docs: int = 0
    n_patients: int = 0
    age_correct: int = 0
    sex_correct: int = 0
    both_correct: int = 0
    misses: list[DevMiss] = field(default_factory=list)

    @property
    def accuracy(self) -> dict[str, float]:
        n = self.n_patients or 1
        return {
            "age": self.age_correct / n,
            "sex": self.sex_correct / n,
            "both": self.both_correct / n,
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "n_docs": self.n_docs,
            "n_patients": self.n_patients,
            "age_correct": self.age_correct,
            "sex_correct": self.sex_correct,
            "both_correct": self.both_correct,
            "accuracy": self.accuracy,
            "misses": [asdict(m) for m in self.misses],
        }


def _explain(name: str, row: CaseRow | None, n_pred: int) -> str:
    if row is None:
        return f"no predicted patient at this position ({n_pred} predicted)"
    evs = row.evidence.get(name)
    if not evs:
        return f"no {name} found in the patient's sentences"
    ev = evs[0]
    return f"read {getattr(row, name)!r} from [{ev.section}] {ev.sentence[:160]!r}"


def evaluate_dev(path: str | Path, nlp: Any = None) -> DevReport:
    """Extract every report of ``path`` and compare age and sex per annotated patient."""
    from ..fields.narrative import extract_narrative
    from ..ingest.normalise_text import run_on_view
    from ..nlp.pipeline import get_nlp

    nlp = nlp if nlp is not None else get_nlp()
    report = DevReport()
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        doc_id = str(rec.get("id") or f"line-{lineno}")
        doc = document_from_flat(doc_id, rec["text"])
        rows = run_on_view(doc, lambda view: extract_narrative(view, nlp))
        report.n_docs += 1
        for i, gold in enumerate(rec.get("patients") or []):
            report.n_patients += 1
            row = rows[i] if i < len(rows) else None
            age = row.age_years if row else None
            sex = row.sex if row else None
            age_ok = age is not None and gold.get("age_years") is not None and abs(age - gold["age_years"]) <= AGE_TOLERANCE
            sex_ok = sex is not None and sex == gold.get("sex")
            report.age_correct += age_ok
            report.sex_correct += sex_ok
            report.both_correct += age_ok and sex_ok
            if not age_ok:
                report.misses.append(DevMiss(doc_id, i + 1, "age_years", gold.get("age_years"), age, _explain("age_years", row, len(rows))))
            if not sex_ok:
                report.misses.append(DevMiss(doc_id, i + 1, "sex", gold.get("sex"), sex, _explain("sex", row, len(rows))))
    return report


def format_dev(report: DevReport) -> str:
    """A short human-readable summary with one line per miss."""
    acc = report.accuracy
    lines = [
        f"dev corpus: {report.n_docs} documents, {report.n_patients} annotated patients",
        f"  age  {report.age_correct}/{report.n_patients} ({acc['age']:.1%})",
        f"  sex  {report.sex_correct}/{report.n_patients} ({acc['sex']:.1%})",
        f"  both {report.both_correct}/{report.n_patients} ({acc['both']:.1%})",
    ]
    for m in report.misses:
        lines.append(f"  MISS {m.doc_id} patient {m.patient} {m.field}: expected {m.expected!r}, got {m.predicted!r} — {m.explanation}")
    return "\n".join(lines)
