"""Two copies of one invented paper, as a benchmark may give them: a PubMed-style abstract page and the full text,
sharing a PMID and a DOI. The patient, journal, identifiers and wording are fictional."""

from __future__ import annotations

from pathlib import Path

PMID = "39990001"
DOI = "10.99999/fict.2026.0412"
TITLE = "Epithelioid inflammatory myofibroblastic sarcoma of the jejunum in a young carpenter: an invented case report"

ABSTRACT = f"""{TITLE}

PMID: {PMID}
DOI: {DOI}

Abstract

Background: Epithelioid inflammatory myofibroblastic sarcoma is a rare mesenchymal tumour.

Case presentation: A 27-year-old man came to our clinic with cramping abdominal pain. Computed tomography showed a \
mass in the jejunum. He underwent segmental resection of the jejunum. The tumour cells were positive for ALK and \
desmin. He was alive without disease 14 months after surgery.
"""

FULL_TEXT = f"""{TITLE}

DOI: {DOI}
PMID: {PMID}

Introduction

Epithelioid inflammatory myofibroblastic sarcoma is a rare mesenchymal tumour of the abdomen.

Case presentation

A 27-year-old man came to our clinic with cramping abdominal pain for three weeks. Computed tomography showed a mass \
in the jejunum. He underwent segmental resection of the jejunum. Immunohistochemistry showed that the tumour cells \
were positive for ALK, desmin and CD30, and negative for S-100 and CD117. He was alive without disease 14 months \
after surgery.

Discussion

Complete resection remains the main treatment.
"""


def write_two_copies(folder: Path) -> tuple[Path, Path]:
    """``abstract_page.txt`` and ``full_text.txt`` in ``folder``: one paper (same PMID and DOI), two documents.
    Both are text, so the best copy is the first by path (the abstract page); the full text is its copy."""
    folder.mkdir(parents=True, exist_ok=True)
    a, f = folder / "abstract_page.txt", folder / "full_text.txt"
    a.write_text(ABSTRACT, encoding="utf-8")
    f.write_text(FULL_TEXT, encoding="utf-8")
    return a, f
