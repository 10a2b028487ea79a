"""One row for the document's own patient, from its table row and its narrative.

A review lists its own patient in the literature table ("Current case") and
describes the same patient in prose. Each source is better at some fields:
the table's follow-up, outcome and coded treatment are curated summaries,
while markers, drugs, ALK tests and response are only in the prose. Where
both give a value and they disagree, the disagreement is recorded in
``row.conflicts`` instead of being silently overwritten.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..normalize import key
from ..records import VALUE_FIELDS, CaseRow
from .alk import with_tests
from .literature_table import CURRENT_REFERENCE
from .outcome import death_of_other_cause_told, told_later
from .registry import spec


def _both_evidence(first: CaseRow, second: CaseRow, name: str) -> list[Any]:
    """``first``'s evidence for a field, then ``second``'s spans it lacks: a merged value points at both sources."""
    evs = list(first.evidence.get(name, []))
    return evs + [e for e in second.evidence.get(name, []) if e not in evs]


def _norm(name: str, value: Any) -> Any:
    """Comparison form, so "SE+Che" vs "Che+SE" or "Mesentery" vs "mesentery" is no conflict
    (a field's own form is its spec's ``merge_key``)."""
    if value is None:
        return None
    merge_key = spec(name).merge_key
    if merge_key is not None:
        return merge_key(value)
    if isinstance(value, float):
        return round(value, 1)
    if isinstance(value, list):
        return frozenset(key(v) for v in value)
    return value


def _age_sex_score(narr: CaseRow, table: CaseRow) -> float:
    score = 0.0
    if narr.sex and table.sex:
        score += 1.0 if narr.sex == table.sex else -2.0
    if narr.age_years is not None and table.age_years is not None:
        score += 1.0 if abs(narr.age_years - table.age_years) < 1.0 else -2.0
    return score


def _pick(narrative: list[CaseRow], used: set[int], table: CaseRow) -> int | None:
    """The narrative patient the table's current case is: the only one, else the best age/sex match."""
    free = [i for i in range(len(narrative)) if i not in used]
    if not free:
        return None
    if len(narrative) == 1:
        return free[0] if _age_sex_score(narrative[free[0]], table) >= 0 else None
    scored = sorted(((_age_sex_score(narrative[i], table), i) for i in free), reverse=True)
    best = scored[0]
    if best[0] <= 0 or (len(scored) > 1 and scored[1][0] == best[0]):
        return None  # nothing ties it to one patient: leave both rows as they are
    return best[1]


def merge_rows(narr: CaseRow, table: CaseRow) -> CaseRow:
    """The merged row: table-first for outcome/treatment, narrative-only for pathology and drugs."""
    row = CaseRow(doc_id=table.doc_id, case_id=table.case_id, source="merged")
    row.reference = table.reference
    row.citation = table.citation
    if table.reference:
        row.evidence["reference"] = list(table.evidence.get("reference", []))
    for name in VALUE_FIELDS:
        if name == "reference":
            continue
        t, n = getattr(table, name), getattr(narr, name)
        fs = spec(name)
        narrative_first = fs.merge == "narrative"
        if narrative_first:
            keep, side = (n, narr) if n is not None else (t, table)
        else:
            keep, side = (t, table) if t is not None else (n, narr)
        if fs.merge_conflicts and t is not None and n is not None and _norm(name, t) != _norm(name, n):
            kept = "narrative" if narrative_first else "table"
            row.conflicts.append({"field": name, "table": t, "narrative": n, "kept": kept})
        if keep is None:
            continue
        setattr(row, name, copy.copy(keep))
        evs = list(side.evidence.get(name, [])) if side else []
        other = narr if side is table else table
        evs += [e for e in other.evidence.get(name, []) if e not in evs]  # both sides' evidence kept
        if evs:
            row.evidence[name] = evs
    if row.site is not None and row.site_code is not None:
        # the code belongs to the site it was read with: a table site without a code keeps no narrative code
        side = table if table.site is not None else narr
        if side.site_code is None or _norm("site", side.site) != _norm("site", row.site):
            row.site_code = None
            row.evidence.pop("site_code", None)
        elif side.site_code != row.site_code:
            row.site_code = side.site_code
            row.evidence["site_code"] = list(side.evidence.get("site_code", []))
        other = narr if side is table else table
        if row.site_code and other.site_code and _narrower(other.site_code, row.site_code, row.site, other):
            row.site_code = other.site_code
            row.evidence["site_code"] = list(other.evidence.get("site_code", []))
    row.conflicts.extend(c for c in narr.conflicts if c not in row.conflicts)
    _death_of_other_cause(row, narr, table)
    return row


def _death_of_other_cause(merged: CaseRow, first: CaseRow, second: CaseRow) -> None:
    """A series table's bare "Died" / "Dead" (read as a death of disease) for a patient the prose says died of another
    cause ("died of a myocardial infarction at 20 months, free of tumour"): no status, the prose's death its evidence
    and the disagreement recorded; the follow-up the table gave stays. A table's alive status ("NED, 14 mo") for that
    patient is no later news than the death ("is listed in the table as free of disease at 14 months; in fact he died
    of a stroke then"): no status either."""
    if merged.status is None:
        return
    prose = next((r for r in (first, second) if death_of_other_cause_told(r)), None)
    if prose is None:
        return
    table_status = merged.status
    merged.status = None
    merged.evidence["status"] = list(prose.evidence["status"])
    merged.conflicts.append({"field": "status", "table": table_status, "narrative": None, "kept": "narrative"})


def _narrower(kept: str, theirs: str, site: str, side: CaseRow) -> bool:
    """Is ``kept`` (the other side's code for the same site) a sub-site of ``theirs``, an unspecified code ("C16.9"
    for a table's "stomach", the prose having told the antrum, C16.3)? Then the finer code stays."""
    return (
        _norm("site", side.site) == _norm("site", site)
        and theirs.endswith(".9")
        and not kept.endswith(".9")
        and kept.split(".")[0] == theirs.split(".")[0]
    )


def merge_current_case(narrative: list[CaseRow], table_rows: list[CaseRow]) -> list[CaseRow]:
    """Narrative rows (the merged one in place of its patient), then every table row, the
    current case as its merged row. Rows marked ``published`` (their table's caption says they are
    published cases) are never a series' own patients."""
    narr = list(narrative)
    tables = list(table_rows)
    used: set[int] = set()
    drop: set[int] = set()
    for ti, trow in enumerate(tables):
        if trow.reference != CURRENT_REFERENCE:
            continue
        # "This study, case 2" (literature_table.rows_from_table): the prose's case 2; else the best age/sex match
        ni = next((i for i, r in enumerate(narr) if i not in used and r.case_id == trow.case_id), None)
        if ni is None:
            ni = _pick(narr, used, trow)
        if ni is None:
            continue
        used.add(ni)
        tables[ti] = merge_rows(narr[ni], trow)
        drop.add(ni)
    narr, tables = _merge_case_series_tables([r for i, r in enumerate(narr) if i not in drop], tables)
    return _without_faceless_prose(narr, tables) + tables


def _published(r: CaseRow) -> bool:
    """A table row of a published case: it cites a reference or a citation number, or its caption calls it published."""
    return bool(r.reference or r.citation is not None or r.published)


def _without_faceless_prose(narr: list[CaseRow], tables: list[CaseRow]) -> list[CaseRow]:
    """The prose read as one patient ("index") with neither age nor sex, beside two or more rows of the series' own
    tables (no reference, no citation, no caption calling them published): the prose tells the series ("treated with
    X or Y: two institutional cases", "The two patients were treated at ...") and no patient of its own, so it gives
    no row; its facts belong to no one row."""
    if len(narr) != 1 or narr[0].case_id != "index" or narr[0].age_years is not None or narr[0].sex:
        return narr
    own = [r for r in tables if not _published(r) and r.source == "table"]
    return [] if len(own) >= 2 else narr


def _runs(rows: list[CaseRow]) -> list[list[int]]:
    """Indices of table rows split where the case numbering starts again (one run per table)."""
    runs: list[list[int]] = []
    prev = None
    for i, r in enumerate(rows):
        n = int(r.case_id) if r.case_id.isdigit() else None
        if n is None or prev is None or n <= prev or not runs:
            runs.append([])
        runs[-1].append(i)
        prev = n
    return runs


def _shuffled_runs(rows: list[CaseRow], runs: list[list[int]]) -> list[list[int]]:
    """``runs`` with the runs of a table that lists patients 1..n out of order ("3, 1, 2": a table of outcomes sorted
    by follow-up) joined back into one: consecutive runs, each broken where the numbering fell, whose numbers
    together are 1..n once each."""
    out: list[list[int]] = []
    k = 0
    while k < len(runs):
        got = None
        for j in range(k + 2, len(runs) + 1):
            ids = [rows[i].case_id for r in runs[k:j] for i in r]
            if not all(x.isdigit() for x in ids) or len(set(ids)) != len(ids):
                break
            if sorted(map(int, ids)) == list(range(1, len(ids) + 1)):
                got = j
        if got is None:
            out.append(runs[k])
            k += 1
        else:
            out.append([i for r in runs[k:got] for i in r])
            k = got
    return out


def own_roster(tables: list[CaseRow]) -> dict[int, CaseRow]:
    """The rows of a series' own table by case number, for the prose to find a patient it describes rather than
    numbers ("The infant received ..."): the first run of two or more rows numbered 1, 2, ... with no reference, no
    citation and no caption saying they are published; {} when there is none. A later run numbering the same patients
    (a marker table beside a clinical one) fills the traits the first leaves blank."""
    roster: dict[int, CaseRow] = {}
    for run in _runs(tables):
        rows = [tables[i] for i in run]
        if len(rows) < 2 or any(_published(r) for r in rows):
            continue
        if [r.case_id for r in rows] != [str(k) for k in range(1, len(rows) + 1)]:
            continue
        if not roster:
            roster = {k: r for k, r in enumerate(rows, 1)}
        elif set(roster) == set(range(1, len(rows) + 1)):
            roster = {k: merge_rows(roster[k], r) for k, r in enumerate(rows, 1)}
    return roster


def _merge_case_series_tables(narr: list[CaseRow], tables: list[CaseRow]) -> tuple[list[CaseRow], list[CaseRow]]:
    """A case series tabulates its own patients ("Case | Age | ...", "Case | ALK | SMA | ..."): a table
    without references whose case numbers cover every numbered patient of the narrative describes
    those patients, so each row is merged into "case-N" (rows for a patient the prose never singles
    out become "case-N" rows of their own)."""
    numbered = {int(r.case_id[5:]): i for i, r in enumerate(narr) if re.fullmatch(r"case-\d+", r.case_id)}
    # one numbered prose patient and nothing else (a series' labelled table's patient the prose alone names): its row
    if len(numbered) < 2 and not (len(numbered) == 1 and len(narr) == 1):
        return _merge_lone_narrative(narr, _merge_trait_tables(tables))
    narr = list(narr)
    taken: set[int] = set()
    extra: dict[int, CaseRow] = {}
    for run in _runs(tables):
        rows = [tables[i] for i in run]
        ids = [int(r.case_id) for r in rows if r.case_id.isdigit()]
        # the literature's cases, not the series': a reference, a citation, or a caption saying so
        theirs = any(_published(r) for r in rows)
        if len(ids) != len(rows) or theirs or not set(numbered) <= set(ids):
            continue
        for i, r in zip(run, rows):
            n = int(r.case_id)
            if n in numbered:
                ni = numbered[n]
                merged = merge_rows(narr[ni], r)
                _add_table_markers(merged, narr[ni], r)
                _add_table_tests(merged, narr[ni], r)
                _add_prose_treatment(merged, narr[ni], r)
                _later_follow_up(merged, narr[ni], r)
                merged.case_id, merged.reference, merged.citation = narr[ni].case_id, None, None
                merged.evidence.pop("reference", None)
                narr[ni] = merged
            elif n in extra:
                merged = merge_rows(r, extra[n])  # a later table adds to the row an earlier one started
                merged.case_id, merged.source = f"case-{n}", "table"
                extra[n] = merged
            else:
                r.case_id = f"case-{n}"
                extra[n] = r
            taken.add(i)
    narr += [extra[n] for n in sorted(extra)]
    return narr, [r for i, r in enumerate(tables) if i not in taken]


def _told(rows: list[CaseRow]) -> set[str]:
    """The fields some row of a table's run fills."""
    return {name for name in VALUE_FIELDS for r in rows if getattr(r, name) not in (None, [], "")}


def _merge_trait_tables(tables: list[CaseRow]) -> list[CaseRow]:
    """A series' own tables that number the same patients 1..n and tell different traits of them ("Table 1. Clinical
    data": age, site, outcome; "Table 2. Immunohistochemistry": "Marker | Case 1 | Case 2"), with no prose patient
    numbered to join them on: each later table's row is merged into the first table's row of its number. Tables
    sharing a trait (an abdominal and an extra-abdominal group both numbered from 1) stay apart, as do published
    cases."""
    runs = [run for run in _shuffled_runs(tables, _runs(tables)) if len(run) >= 2]
    own = [
        run
        for run in runs
        if not any(_published(tables[i]) for i in run)
        # numbered 1..n, in any order: a later table may list the same patients in another order (by outcome, by
        # site); its rows join the first table's by their numbers
        and sorted(tables[i].case_id for i in run) == sorted(str(k) for k in range(1, len(run) + 1))
    ]
    if len(own) < 2:
        return tables
    first = own[0]
    first_of = {tables[i].case_id: i for i in first}
    told = _told([tables[i] for i in first])
    out = list(tables)
    gone: set[int] = set()
    for run in own[1:]:
        rows = [tables[i] for i in run]
        traits = _told(rows)
        if len(run) != len(first) or not traits or traits & told:
            continue
        for k, i in enumerate(run):
            j = first_of[rows[k].case_id]
            merged = merge_rows(out[j], rows[k])  # the first table's row as the "narrative" side: its values stay
            merged.case_id, merged.source = out[j].case_id, "table"
            merged.reference, merged.citation, merged.published = out[j].reference, out[j].citation, out[j].published
            out[j] = merged
            gone.add(i)
        told |= traits
    return [r for i, r in enumerate(out) if i not in gone]


def _merge_lone_narrative(narr: list[CaseRow], tables: list[CaseRow]) -> tuple[list[CaseRow], list[CaseRow]]:
    """A series' own table lists every patient ("Patient | Age / sex | ...", no reference column) while the prose
    tells only one of them (a page cut after "Case 1", a report detailing one patient): the one prose patient whose
    age and sex both match exactly one table row is that row's patient. The table decides what its cells tell (the
    prose row may hold the abstract's facts of the others too); the prose adds what the table lacks, and the markers
    the table does not name."""
    if len(narr) != 1 or narr[0].age_years is None or not narr[0].sex:
        return narr, tables
    for run in _runs(tables):
        rows = [tables[i] for i in run]
        if len(rows) < 2 or not all(r.case_id.isdigit() for r in rows):
            continue
        if any(_published(r) for r in rows):
            continue
        hits = [i for i, r in zip(run, rows) if _age_sex_score(narr[0], r) >= 2]
        blank = not hits  # the row left without an age: every cell it has decides, the prose fills the blanks
        hits = hits or _only_fit(narr[0], run, rows)
        if len(hits) != 1:
            continue
        # merge_rows(prose, table) lets the table's cells decide: so for the row whose age the table left blank; the
        # age-and-sex match keeps its older argument order (the prose decides the shared fields), behaviour unchanged
        merged = merge_rows(narr[0], tables[hits[0]]) if blank else merge_rows(tables[hits[0]], narr[0])
        merged.source = "merged"
        for f in ("ihc_positive", "ihc_negative"):
            named = {key(m) for g in ("ihc_positive", "ihc_negative") for m in getattr(tables[hits[0]], g) or []}
            mine = list(getattr(tables[hits[0]], f) or [])
            extra = [m for m in getattr(narr[0], f) or [] if key(m) not in named]
            if mine or extra:
                setattr(merged, f, mine + extra)
                merged.evidence[f] = _both_evidence(tables[hits[0]], narr[0], f)
        for i in run:
            tables[i].case_id = f"case-{tables[i].case_id}"
        merged.case_id, merged.reference, merged.citation = tables[hits[0]].case_id, None, None
        merged.evidence.pop("reference", None)
        tables = [merged if i == hits[0] else r for i, r in enumerate(tables)]
        return [], tables
    return narr, tables


def _only_fit(narr: CaseRow, run: list[int], rows: list[CaseRow]) -> list[int]:
    """The one row the prose patient can be when the table leaves its age blank (a registry export keeping whole years
    only, "NA" for the infant the prose tells as 17 months old): its sex matches and it has no age, while every other row
    contradicts the prose patient's age or sex. [] when no row or several fit so."""
    blank = [i for i, r in zip(run, rows) if r.age_years is None and r.sex and r.sex == narr.sex]
    others = [r for i, r in zip(run, rows) if i not in blank]
    if len(blank) != 1 or not all(_age_sex_score(narr, r) < 0 for r in others):
        return []
    return blank


def _add_table_markers(merged: CaseRow, narr: CaseRow, table: CaseRow) -> None:
    """A case series' own table gives each patient's stains in columns ("ALK IHC", "Ki-67 (%)") while the prose
    tells the rest of the panel: the merged row keeps the prose's markers and adds the table's markers the prose
    does not name with either sign (a marker the prose names keeps the prose's sign)."""
    named = {key(m) for f in ("ihc_positive", "ihc_negative") for m in getattr(narr, f) or []}
    if not named:
        return  # the prose names no marker: the table's lists stand as merged
    for f in ("ihc_positive", "ihc_negative"):
        mine = list(getattr(narr, f) or [])
        extra = [m for m in getattr(table, f) or [] if key(m) not in named]
        if not mine and not extra:
            setattr(merged, f, None)
            merged.evidence.pop(f, None)
            continue
        setattr(merged, f, mine + extra)
        theirs = getattr(table, f) or []
        if extra or {key(m) for m in theirs} <= {key(m) for m in mine}:  # the table's cells hold no dropped sign
            merged.evidence[f] = _both_evidence(narr, table, f)  # both sides' evidence kept, as merge_rows
        else:
            merged.evidence[f] = list(narr.evidence.get(f, []))


def _add_table_tests(merged: CaseRow, narr: CaseRow, table: CaseRow) -> None:
    """A case series' table gives each patient's molecular tests in columns ("ALK FISH", "RNA panel") while the prose
    may tell only the stain: the merged row adds the table's results for methods the prose does not report (a method
    the prose reports keeps the prose's sign)."""
    mine = list(narr.alk_tests or [])
    if not mine or not table.alk_tests:
        return
    methods = {t.rstrip("+-") for t in mine}
    extra = [t for t in table.alk_tests if t.rstrip("+-") not in methods]
    if not extra:
        return
    merged.alk_tests = with_tests(narr, extra)
    merged.evidence["alk_tests"] = _both_evidence(narr, table, "alk_tests")


def _later_follow_up(merged: CaseRow, narr: CaseRow, table: CaseRow) -> None:
    """Give ``merged`` the follow-up of a note the authors added later ("Note added in proof: patient 2 has now been
    followed for 36 months") when it is longer than the table's, which dates from the writing; a shorter one, or one
    read from any other sentence, leaves the table's."""
    t, n = table.follow_up_months, narr.follow_up_months
    if t is None or n is None or n <= t:
        return
    evs = narr.evidence.get("follow_up_months", [])
    if not evs or not all(told_later(e.sentence) for e in evs):
        return
    merged.follow_up_months = n
    merged.evidence["follow_up_months"] = _both_evidence(narr, table, "follow_up_months")
    for c in merged.conflicts:
        if c.get("field") == "follow_up_months":
            c["kept"] = "narrative"


def _add_prose_treatment(merged: CaseRow, narr: CaseRow, table: CaseRow) -> None:
    """A case series' own table may give each patient's treatment in a narrower column ("Surgery": "TAH-BSO;
    debulking") while the prose tells a drug started later ("... debulked and crizotinib started"): where the prose's
    codes hold every code of the table's cell and more, the merged row takes the prose's (the table told a part);
    a prose that misses a code of the table's leaves the table's, its disagreement recorded."""
    t, n = table.treatment, narr.treatment
    if not t or not n:
        return
    mine, theirs = set(n.split("+")), set(t.split("+"))
    if not theirs < mine:
        return
    merged.treatment = n
    merged.evidence["treatment"] = _both_evidence(narr, table, "treatment")
    merged.conflicts = [c for c in merged.conflicts if c.get("field") != "treatment"]
