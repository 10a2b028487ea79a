"""Documents that hold several unrelated items, only some of them about a patient with the tumour.

A page of a meeting abstract book or a journal supplement ("P-113  Title", "PS3-09. Title",
"e0412 | Title", "ePoster 0458  Title"), a search-results page ("3   Cite  Share" before each
entry) or a grand-rounds digest ("2) "Title" — Dr X", "Case 2 (Dr Y, ...)") strings items
together that have nothing to do with each other: other patients, with their own ages, drugs,
metastases and outcomes. Read as one report, their facts land on the one patient the document
is taken to have.

:func:`compilation_items` cuts ``Document.text`` into its items at the headings such a page repeats
(at least two of one kind, numbered upwards, ``patterns/layout.jsonl`` ``item_*_head``) and asks of each
whether it is about a patient with the tumour (the narrative family answers:
``fields.narrative.item_about_tumour_patient``). :func:`item_view` is
the document as one such item alone: the same text with every other item's characters blanked
(offsets unchanged, so evidence still points into the text), and the item's own sections.

Nothing changes for a document without such headings (a case series' own "Case 1", "Case 2" name no
presenter and carry no item code), nor for one none of whose items is about the tumour.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..rules import layout
from .model import NON_BODY, Document, Section


@dataclass(frozen=True)
class Item:
    """One item of a compilation: ``[start, end)`` of ``Document.text``, its heading line's end."""

    start: int
    end: int
    head_end: int
    relevant: bool


def _heads(text: str, body_end: int, title_end: int = 0) -> tuple[list[tuple[int, int]], int] | None:
    """``(start, end)`` of the item headings of the family the document repeats most, and where the text before them
    starts (past a heading of the page's title naming one item, else 0), or None. A heading stands
    where a line starts, or where a sentence starts inside a line (a pasted page whose paragraphs were joined), or, for
    a code of an unmistakable shape, anywhere in a joined line (``item_code_inline``); its end is its line's end, or
    the end of its code inside a joined line (where its title runs into its text). A heading of the page's title or
    running head (up to ``title_end``) numbered as high as the next one is the page naming one of its items, not an
    item: dropped (``_title_named_item``)."""
    best: list[tuple[int, int]] = []
    best_front = 0
    lines, k = [], text.find("\n", 0, body_end)
    while k >= 0:
        lines.append(k + 1)
        k = text.find("\n", k + 1, body_end)
    lines_only = [0, *lines]
    starts = sorted({0, *lines, *(m.end() for m in layout("item_sentence_gap").finditer(text, 0, body_end))})
    code = layout("item_code_head")
    inline = sorted({*starts, *(m.start() for m in layout("item_code_inline").finditer(text, 0, body_end))})
    listed, toc = layout("item_list_head"), layout("item_toc_head")
    # the heading families: a compilation repeats one of them, numbered upwards (a contents list's entries in their order)
    for rx in (code, layout("item_case_head"), layout("item_result_head"), listed, toc):
        by_key: dict[str, list[tuple[int, int, int]]] = {}
        last = -1  # the end of the heading code last read: a position inside it is the same heading
        for a in inline if rx is code else lines_only if rx in (listed, toc) else starts:
            if a >= body_end:
                break
            if a < last:
                continue
            j = bisect.bisect_right(lines, a)  # the line after the one ``a`` stands on
            e = lines[j] - 1 if j < len(lines) else body_end
            # (a code alone on its line may have its title on the next: the code family reads on into that line)
            reach = e
            if rx is code and j < len(lines):
                reach = lines[j + 1] - 1 if j + 1 < len(lines) else body_end
            m = rx.match(text, a, reach)
            if m is None:
                continue
            last = m.start("num") if "num" in rx.groupindex else m.end()
            own_line = a == 0 or text[a - 1] == "\n"
            key = "".join(c for c in m.groupdict().get("key") or "" if not c.isdigit() and c != "-").lower()
            head_end = e if own_line else m.start("title") if "title" in rx.groupindex else m.end()
            num = int(m.group("num")) if "num" in rx.groupindex else len(by_key.get(key, ())) + 1
            by_key.setdefault(key, []).append((a, head_end, num))
        for found in by_key.values():
            kept = _title_named_item(found, title_end)
            front = found[len(found) - len(kept) - 1][1] if len(kept) < len(found) else 0
            found = kept
            # numbered upwards: a code again or lower is the item's own mention of one ("Figure e0412. Panel A")
            upwards, top = [], -1
            for h in found:
                if h[2] > top:
                    upwards.append(h)
                    top = h[2]
            if rx is listed and not _every_entry_a_record(text, [a for a, _, _ in upwards], body_end):
                continue
            if len(upwards) >= 2 and len(upwards) > len(best):
                best = [(a, e) for a, e, _ in upwards]
                best_front = front
    return (best, best_front) if best else None


def _title_named_item(found: list[tuple[int, int, int]], title_end: int) -> list[tuple[int, int, int]]:
    """``found`` (start, heading end, number) without the headings at its front that stand in the page's title or
    running head (before ``title_end``) and are numbered as high as the heading after them or higher: a web page's
    ``<h1>``, a JATS article title or a PDF's title line and running head name the one item the page is about ("P-113
    Title" over a page whose items run P-112, P-113, P-114), and the items then start at the lowest number. Numbered
    upwards from the title's item instead, every lower item (the page's first ones) would be taken for the item's own
    mention of a code and read as part of it."""
    k = 0
    while k + 1 < len(found) and found[k][0] < title_end and found[k][2] >= found[k + 1][2]:
        k += 1
    return found[k:]


def _ruled_heads(doc: Document, body_end: int) -> list[tuple[int, int]]:
    """``(start, end of first line)`` of the entries of a listing page whose reader kept the rules drawn between them
    (``Document.rules``: an author's or a topic's page of records, each a card with its title, journal line and
    abstract), when every entry but the last carries a record's mark (``item_record_id``, ``item_card_mark``: an
    identifier, a citation count, a publication line) and at least two do; the last may be the page's footer after
    its last rule. Else none: a report's own parts set off by rules carry no such mark each."""
    text = doc.text
    starts = [r for r in doc.rules if r < body_end and text[r:body_end].strip()]
    if len(starts) < 2:
        return []
    rid, card = layout("item_record_id"), layout("item_card_mark")
    marked = [
        rid.search(text, a, b) is not None or card.search(text, a, b) is not None
        for a, b in zip(starts, [*starts[1:], body_end])
    ]
    if not all(marked[:-1]) or sum(marked) < 2:
        return []
    ends = [text.find("\n", a, body_end) for a in starts]
    return [(a, e if e >= 0 else body_end) for a, e in zip(starts, ends)]


def _every_entry_a_record(text: str, starts: list[int], body_end: int) -> bool:
    """Does every entry of a numbered list carry a record identifier (a PMID, a DOI)? Then it is a list of records."""
    rid = layout("item_record_id")
    return all(rid.search(text, a, b) for a, b in zip(starts, [*starts[1:], body_end]))


def compilation_items(doc: Document, about_patient: Callable[[str], bool]) -> list[Item] | None:
    """The items of a compilation of unrelated items, when one or more are about a patient with the tumour
    (``about_patient`` of the item's text); None for any other document: no such headings, none of its items about
    the tumour (then it is read as it always was), or a text before the first heading that is about it (a report
    whose own lines merely look like such headings)."""
    text = doc.text
    # the body: not the captions and tables after it, nor a reference list (its numbered entries are no items)
    body_end = min(
        (s.start for s in doc.sections if (s.kind in NON_BODY or s.kind == "references") and s.end > s.start),
        default=len(text),
    )
    # the page's title (a web page's <h1>, a JATS article title, a PDF's title line) and what stands above it
    title_end = next((s.end for s in doc.sections if s.kind == "title" and s.end > s.start), 0)
    got = _heads(text, body_end, title_end)
    ruled = _ruled_heads(doc, body_end)
    if ruled and (got is None or len(ruled) >= len(got[0])):
        got = (ruled, 0)  # the cards of a listing, set off by drawn rules
    if got is None:
        return None
    heads, front = got
    # (a title naming one of the items is no text before them: it names the tumour of the item it heads)
    if about_patient(text[front : heads[0][0]]):
        return None  # the text before the first heading tells a patient with the tumour: a report, not a compilation
    items: list[Item] = []
    for k, (a, head_end) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else body_end
        body = text[a:end]
        items.append(Item(a, end, head_end, about_patient(body)))
    return items if any(it.relevant for it in items) else None


def item_view(doc: Document, item: Item) -> Document:
    """``doc`` as the one item alone: every character outside the item blanked (line breaks kept, offsets
    unchanged), its heading line as the title, its text up to its first own heading as the case, its own
    headed parts as they were read. Tables and captions, set after the body, belong to no item and are left out."""
    text = doc.text
    blanked = _blank(text[: item.start]) + text[item.start : item.end] + _blank(text[item.end :])
    inner = sorted(
        (s for s in doc.sections if item.head_end < s.start < item.end and s.kind not in NON_BODY and s.end > s.start),
        key=lambda s: s.start,
    )
    case_end = inner[0].start if inner else item.end
    # the text after the heading: past its line break, or right after its code where the title runs on in a joined line
    body = item.head_end + 1 if text[item.head_end : item.head_end + 1] == "\n" else item.head_end
    sections = [Section("title", "", item.start, item.head_end)] if item.head_end > item.start else []
    if case_end > body:
        sections.append(Section("case", "", body, case_end))
    sections += [replace(s, end=min(s.end, item.end)) for s in inner]
    return replace(
        doc,
        text=blanked,
        sections=sections,
        tables=[],
        warnings=list(doc.warnings),
        meta=dict(doc.meta),
    )


def _blank(text: str) -> str:
    """``text`` with every character but a line break made a space."""
    return "\n".join(" " * len(line) for line in text.split("\n"))

