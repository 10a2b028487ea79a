"""Row writers: JSONL keeps evidence; CSV and Parquet are flat (lists joined by ``;``)."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path

from .records import COPY_FIELDS, ID_FIELDS, VALUE_FIELDS, CaseRow

FLAT_COLUMNS: tuple[str, ...] = (*ID_FIELDS, *VALUE_FIELDS, "citation", "published", *COPY_FIELDS)
FORMATS = (".jsonl", ".csv", ".parquet")
#: First characters a spreadsheet reads as the start of a formula (tab and CR too, per OWASP).
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(v: object) -> object:
    """A text cell a spreadsheet shows as text, never runs: a leading ``'`` before ``=``, ``+``,
    ``-``, ``@`` (formula injection from article text or curator input). Numbers pass unchanged."""
    if isinstance(v, str) and v.startswith(FORMULA_STARTS):
        return "'" + v
    return v


def write_rows(rows: Sequence[CaseRow], path: str | Path) -> Path:
    """Write ``rows`` in the format named by the suffix of ``path``."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"unsupported output format {suffix or '(none)'!r}: use one of {', '.join(FORMATS)}")
    p.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".jsonl":
        with p.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    elif suffix == ".csv":
        with p.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(FLAT_COLUMNS), extrasaction="ignore")
            w.writeheader()
            for r in rows:
                w.writerow({k: ("" if v is None else safe_cell(v)) for k, v in r.to_flat().items()})
    else:
        import pandas as pd

        frame = pd.DataFrame([r.to_flat() for r in rows], columns=list(FLAT_COLUMNS))
        frame.to_parquet(p, index=False)
    return p


def read_jsonl(path: str | Path) -> list[CaseRow]:
    with Path(path).open(encoding="utf-8") as fh:
        return [CaseRow.from_dict(json.loads(line)) for line in fh if line.strip()]
