"""Text in another language beside the English (a bilingual page), as data (``patterns/layout.jsonl``).

Journals outside the English-speaking world print the title and the abstract twice, in their own language and in
English, and often the whole case in their own language only. The facts of record are the English ones: a Spanish,
Russian or Japanese paragraph must give no value (the rules half-read it: a negation they do not know turns a negative
result positive, a drug only discussed becomes a given one), and a line of it must not be run into an English title
or sentence. A line or paragraph is told by its words: English function words (``english_word``) against another
Latin-script language's function words and letters (``other_language_word``) and words of another script
(``other_script_word``). Only a document that holds English prose loses its other-language paragraphs; one written
wholly in another language is read as it is (the Romance-language rules of the field families).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from ..rules import layout
from .model import Section

_ENGLISH = layout("english_word")
_OTHER = layout("other_language_word")
_SCRIPT = layout("other_script_word")

#: the fewest other-language words that make a line or paragraph another language's (and more than twice its
#: English words)
OTHER_LEAST = 3
#: the fewest English words of a line, with no other-language word, that make it English (a title: "... of the colon")
ENGLISH_LINE_LEAST = 2
#: the fewest English words, over the paragraphs not in another language, that make a document hold English prose
ENGLISH_DOCUMENT_LEAST = 15


def other_count(s: str) -> int:
    """The words of ``s`` in another language or script."""
    other = len(_SCRIPT.findall(s)) if not s.isascii() else 0
    return other + len(_OTHER.findall(s))


def word_counts(s: str) -> tuple[int, int]:
    """``(english, other)``: the English function words of ``s`` and its words of another language or script."""
    return len(_ENGLISH.findall(s)), other_count(s)


@lru_cache(maxsize=4096)
def line_counts(line: str) -> tuple[int, int]:
    """:func:`word_counts` of one line, cached (bounded): the paragraph reader asks for the counts of the paragraph
    so far at every new line, and sums its lines' instead of counting the joined text again (quadratic in a long
    paragraph: it had made reading the reference paper 8 times slower)."""
    return word_counts(line)


def lines_counts(lines: Iterable[str]) -> tuple[int, int]:
    """The counts of lines read as one paragraph (joined by spaces): the sum of each line's."""
    english = other = 0
    for line in lines:
        e, o = line_counts(line)
        english += e
        other += o
    return english, other


def other_language_words(s: str) -> bool:
    """Does ``s`` hold a word of another Latin-script language (ASCII text may: 'de', 'und', 'une')?"""
    return _OTHER.search(s) is not None


def is_other(english: int, other: int) -> bool:
    """Counts of a text in another language: enough of its words, more than twice the English ones."""
    return other >= OTHER_LEAST and other > 2 * english


def is_english(english: int, other: int) -> bool:
    """Counts of an English line: English words and not one word of another language."""
    return other == 0 and english >= ENGLISH_LINE_LEAST


def language_turn(before: tuple[int, int], line: str) -> bool:
    """Does ``line`` change the language of the paragraph so far (its counts ``before``)? An English line after
    another language's lines (the English title under the original one, printed without a full stop), or another
    language's line after English ones: the line opens a paragraph of its own, never run into the other."""
    now = line_counts(line)
    return (is_other(*before) and is_english(*now)) or (is_english(*before) and is_other(*now))


def other_language_spans(text: str, sections: Sequence[Section] = ()) -> list[tuple[int, int]]:
    """The paragraphs (lines of ``text``) written in another language, when the document also holds English prose;
    empty otherwise. A line with a word of that language and no English word between two such paragraphs is one of
    them ("Immunhistochemie: ... Desmin fokal positiv", a Russian list line "CD34 — отрицательно"). Lines inside a
    ``table`` section are left alone (its cells are read from their own offsets)."""
    if text.isascii() and not other_language_words(text):
        return []
    tables = [(s.start, s.end) for s in sections if s.kind == "table"]
    others: list[tuple[int, int, int]] = []  # the non-blank lines outside tables and their other-language words
    a = 0
    n = len(text)
    while a < n:
        b = text.find("\n", a)
        b = n if b < 0 else b
        if text[a:b].strip() and not any(s <= a < e for s, e in tables):
            others.append((a, b, other_count(text[a:b])))
        a = b + 1
    if not any(ot >= OTHER_LEAST for _, _, ot in others):  # no line another language's (:func:`is_other`)
        return []  # (most documents: a "de" or "la" of a name or a reference; their English words need no counting)
    # a line's English words are counted only where an answer needs them: a line that may be another language's,
    # the English of the others until the document has enough, a line between two of another language
    english_of: dict[int, int] = {}

    def english(k: int) -> int:
        got = english_of.get(k)
        if got is None:
            a, b, _ = others[k]
            got = english_of[k] = len(_ENGLISH.findall(text[a:b]))
        return got

    other = [ot >= OTHER_LEAST and is_other(english(k), ot) for k, (_, _, ot) in enumerate(others)]
    if not any(other):
        return []
    total = 0
    for k, o in enumerate(other):
        if not o:
            total += english(k)
            if total >= ENGLISH_DOCUMENT_LEAST:
                break
    if total < ENGLISH_DOCUMENT_LEAST:
        return []
    found: list[tuple[int, int]] = []
    last = len(others) - 1
    for k, (a, b, ot) in enumerate(others):
        between = 0 < k < last and other[k - 1] and other[k + 1] and ot > 0 and english(k) == 0
        if other[k] or between:
            found.append((a, b))
    return found
