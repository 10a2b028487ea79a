"""The package's own spaCy components (registered as ``eims_*`` factories).

No trained parser or NER is available offline, so sentence boundaries and
entities come from rules and the package vocabularies: a sentencizer that
knows clinical abbreviations ("Fig. 2", "et al.", "approx.") and a phrase
matcher that tags sites, markers, drugs, regimens and genes with their
canonical names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import IS_SPACE, LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import ConfigError
from ..normalize import spelling_variants, vocabulary
from ..rules import load as load_rules
from ..ingest.assemble import marker_dot_parts
from . import attributes

attributes.register()

#: Vocabulary file → entity label.
VOCAB_LABELS: dict[str, str] = {
    "sites": "SITE",
    "markers": "MARKER",
    "drugs": "DRUG",
    "regimens": "REGIMEN",
    "genes": "GENE",
}


@dataclass(frozen=True)
class SentenceRules:
    no_split_after: frozenset[str]
    weak: frozenset[str]
    terminal: frozenset[str]
    opener: re.Pattern[str]
    #: whitespace that always ends a sentence (the blank line left where furniture was cut out)
    hard_break: re.Pattern[str] | None = None
    #: whitespace that ends a sentence when the next word opens one (a paragraph's end in a document's text)
    line_break: re.Pattern[str] | None = None
    #: the word after a weak abbreviation that lets the sentence end there ("et al. In our patient")
    weak_next: re.Pattern[str] | None = None
    #: a token before a line break that leaves its word unfinished ("S-" / "100", "AE1/" / "AE3"): no sentence start
    line_end_join: re.Pattern[str] | None = None
    #: (part before, digits after) of the full stop inside marker names ("CAM5.2"): that full stop ends nothing
    #: (``ingest.assemble.marker_dot_parts``, the same parts the text reader joins a line break at)
    marker_dots: frozenset[tuple[str, str]] = frozenset()
    #: a token ending in a full stop that ends nothing (a run of dotted leaders)
    not_terminal: re.Pattern[str] | None = None
    #: a list bullet opening a line ("- ", "* "), a space after it: the line break before it ends the sentence
    line_bullet: re.Pattern[str] | None = None
    #: words after which a single letter is a label, not an initial ("patient B"): its full stop ends the sentence
    #: before a capitalised word, as a weak abbreviation's does ("... negative in patient B. Patient A is ...")
    label_letter_after: frozenset[str] = frozenset()
    #: a word, its full stop and the citation glued after it ("responses.[4,5]", "larotrectinib.8"): a token that ends
    #: its sentence as the word's own full stop would (group "word": the word, checked as an abbreviation)
    cited_stop: re.Pattern[str] | None = None


def load_sentence_rules() -> SentenceRules:
    """``patterns/sentences.jsonl``, validated: one ``terminal``, one ``opener``, any ``no_split_after``."""
    no_split: set[str] = set()
    weak: set[str] = set()
    terminal: set[str] = set()
    label_after: set[str] = set()
    #: the one-pattern kinds, each its last line's compiled pattern
    one: dict[str, re.Pattern[str]] = {}
    for obj in load_rules("patterns/sentences"):
        kind = obj.kind
        if kind in ("no_split_after", "terminal", "weak", "label_letter_after"):
            toks = obj.tokens
            if toks is None or not all(toks):
                raise ConfigError(f"{obj.where}: 'tokens' must be a list of strings")
            {"no_split_after": no_split, "terminal": terminal, "weak": weak, "label_letter_after": label_after}[kind].update(
                t.lower() for t in toks
            )
        elif kind in (
            "opener", "hard_break", "line_break", "weak_next", "line_end_join", "not_terminal", "line_bullet", "cited_stop"
        ):
            try:
                rx = re.compile(obj.pattern)
            except (TypeError, re.error) as exc:
                raise ConfigError(f"{obj.where}: bad 'pattern' ({exc})") from None
            if kind == "cited_stop" and "word" not in rx.groupindex:
                raise ConfigError(f"{obj.where}: 'cited_stop' needs a group 'word'")
            one[kind] = rx
        else:
            raise ConfigError(f"{obj.where}: unknown kind {kind!r}")
    if not terminal or "opener" not in one or "weak_next" not in one:
        raise ConfigError("patterns/sentences.jsonl: needs a 'terminal', an 'opener' and a 'weak_next' entry")
    return SentenceRules(
        frozenset(no_split), frozenset(weak), frozenset(terminal), one["opener"], one.get("hard_break"),
        one.get("line_break"), one["weak_next"], one.get("line_end_join"), marker_dot_parts(), one.get("not_terminal"),
        one.get("line_bullet"), frozenset(label_after), one.get("cited_stop"),
    )


class ClinicalSentencizer:
    """Sentence starts after a terminal token when the next word opens a
    sentence and the token before is not an abbreviation or initial."""

    #: distinct token strings whose classification is kept (bounded: a corpus keeps bringing new words)
    MAX_KNOWN = 1 << 16

    def __init__(self, rules: SentenceRules) -> None:
        self.rules = rules
        #: (orth ids sorted, their classes): 1 if the token may end a sentence, | 2 if it holds a line
        #: break; an orth id is the hash of the string, the same in every vocabulary
        self._known: tuple[np.ndarray, np.ndarray] = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.uint8))

    def _class(self, text: str) -> int:
        ends = text in self.rules.terminal or text.endswith(".") or self._cited_word(text) is not None
        if ends and self.rules.not_terminal is not None and self.rules.not_terminal.match(text):
            ends = False  # "Margins ........ Negative": dotted leaders end nothing
        return (1 if ends else 0) | (2 if "\n" in text else 0)

    def _classes(self, orths: np.ndarray, strings: Any) -> np.ndarray:
        """The class of every token, looked up in :attr:`_known` (one vectorised search); the string
        store is asked only about tokens not seen before: asking it about every distinct token of a
        document was a third of this component's time."""
        ids, cls = self._known
        pos = np.searchsorted(ids, orths)
        seen = (ids[np.minimum(pos, len(ids) - 1)] == orths) if len(ids) else np.zeros(len(orths), dtype=bool)
        if not seen.all():
            new = np.unique(orths[~seen])
            if len(ids) + len(new) > self.MAX_KNOWN:  # start afresh from this document's tokens
                ids, cls, new = ids[:0], cls[:0], np.unique(orths)
            new_cls = np.array([self._class(strings[o]) for o in new.tolist()], dtype=np.uint8)
            at = np.searchsorted(ids, new)  # ``new`` is sorted and none of it is known: a merge, not a sort
            ids, cls = np.insert(ids, at, new), np.insert(cls, at, new_cls)
            self._known = (ids, cls)
            pos = np.searchsorted(ids, orths)
        return cls[pos]

    def _cited_word(self, tok_text: str) -> str | None:
        """The word of a token that glues a citation after the word's full stop ("responses.[4,5" → "responses")."""
        m = self.rules.cited_stop.fullmatch(tok_text) if self.rules.cited_stop is not None else None
        return m.group("word") if m else None

    def _protected(self, tok_text: str) -> bool:
        t = tok_text.lower().rstrip(".")
        return t in self.rules.no_split_after or (len(t) == 1 and t.isalpha())

    def _bullet(self, tok_text: str, ws: np.ndarray, j: int) -> bool:
        """Is token ``j`` a list bullet ("- ", "* ": a space after it) opening its line?"""
        return self.rules.line_bullet is not None and bool(ws[j]) and self.rules.line_bullet.fullmatch(tok_text) is not None

    def _weak(self, tok_text: str) -> bool:
        return tok_text.lower().rstrip(".") in self.rules.weak

    def _label_letter(self, strings: Any, orths: np.ndarray, ws: np.ndarray, i: int) -> bool:
        """Is token ``i`` (a single capital letter, its full stop glued or its own) a label after a word such as
        "patient" ("negative in patient B. Patient A ..."), not a name's initial?"""
        letter = strings[int(orths[i])].rstrip(".")
        if not self.rules.label_letter_after or i < 1 or not ws[i - 1] or len(letter) != 1 or not letter.isupper():
            return False
        return strings[int(orths[i - 1])].lower() in self.rules.label_letter_after

    def _word_goes_on(self, strings: Any, orths: np.ndarray, i: int, nxt: str) -> bool:
        """Does the line break at token ``i`` cut a word ("S-" / "100", "AE1/" / "AE3") or a marker name after
        its inner full stop ("CAM5." / "2")?"""
        before = strings[int(orths[i - 1])]
        if self.rules.line_end_join is not None and self.rules.line_end_join.search(before):
            return True
        return before == "." and i > 1 and nxt[:1].isdecimal() and (strings[int(orths[i - 2])].lower(), nxt) in self.rules.marker_dots

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        n = len(doc)
        if n == 0:
            return doc
        # token attributes as arrays: creating a Token object per token is what
        # made a per-token loop the slowest part of the pipeline
        arr = doc.to_array([ORTH, SPACY, IS_SPACE])
        orths, ws, space = arr[:, 0], arr[:, 1], arr[:, 2]
        strings = doc.vocab.strings
        classes = self._classes(orths, strings)
        starts = np.full((n, 1), -1, dtype=np.int64)  # -1: not a sentence start
        starts[0, 0] = 1
        closers = {strings[c] for c in (")", "]", '"', "\u201d", "\u2019")}
        last = -1
        for i in np.nonzero(classes & 1)[0].tolist():
            if i <= last or i >= n - 1:
                continue
            text = strings[int(orths[i])]
            weak = glued = False
            prev = ""
            if text in rules.terminal:
                glued = text == "." and i > 0 and not ws[i - 1]
                prev = strings[int(orths[i - 1])] if glued else ""
                weak = bool(glued and self._weak(prev))
                ends = weak or not (glued and self._protected(prev) and not self._label_letter(strings, orths, ws, i - 1))
            elif (word := self._cited_word(text)) is not None:
                # "... in three.[4,5] In ...": the word's full stop, a citation glued after it
                weak = self._weak(word)
                ends = weak or not self._protected(word)
            else:
                weak = self._weak(text)
                # a word the tokenizer kept with its full stop
                ends = weak or not self._protected(text) or self._label_letter(strings, orths, ws, i)
            if not ends:
                continue
            j = i + 1
            # closing quotes/brackets stay with the sentence they close
            while j < n - 1 and int(orths[j]) in closers and not ws[j - 1]:
                j += 1
            while j < n and space[j]:
                j += 1
            last = j - 1
            nxt = strings[int(orths[j])] if j < n else ""
            if glued and nxt[:1].isdecimal() and (prev.lower(), nxt) in rules.marker_dots:
                continue  # "CAM5." / "2": the full stop inside a marker name broken over two lines
            if nxt and rules.opener.match(nxt) and (not weak or (rules.weak_next is not None and rules.weak_next.match(nxt))):
                starts[j, 0] = 1
        # a line break lives in a token's own text (trailing whitespace is one plain space): asking the
        # distinct token strings spares ``doc.text``, which joins every token in Python
        if (rules.hard_break is not None or rules.line_break is not None) and (classes & 2).any():
            for i in np.nonzero(space)[0].tolist():
                if i + 1 >= n or space[i + 1]:
                    continue
                ws_text, nxt = strings[int(orths[i])], strings[int(orths[i + 1])]
                if (rules.hard_break is not None and rules.hard_break.search(ws_text)) or (
                    rules.line_break is not None
                    and rules.line_break.search(ws_text)
                    and (rules.opener.match(nxt) or self._bullet(nxt, ws, i + 1))
                    and not (i and self._word_goes_on(strings, orths, i, nxt))
                ):
                    starts[i + 1, 0] = 1
        # one bulk write: setting ``is_sent_start`` token by token is ~50x slower
        doc.from_array([SENT_START], starts.astype(np.uint64))
        return doc


@Language.factory("eims_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> ClinicalSentencizer:
    return ClinicalSentencizer(load_sentence_rules())


class VocabEntityRuler:
    """Tags vocabulary names (case-insensitive) as ``doc.ents`` with
    ``Span._.canonical``/``Span._.vocab``; the longest match wins. A name a text dump breaks over one line
    end ("true vocal\ncord", "head of the\npancreas") is read over it: the line end is a whitespace token
    of its own, which no pattern holds (:meth:`_over_line_ends`)."""

    def __init__(self, nlp: Language, vocabs: tuple[str, ...]) -> None:
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.canonical: dict[str, tuple[str, str]] = {}
        #: (lower-case id, lower-case id) of two tokens that follow each other in some pattern, and the most
        #: tokens a pattern holds: a line end between such a pair may break a name, read in a window that wide
        self.pairs: set[tuple[int, int]] = set()
        self.longest = 1
        for vname in vocabs:
            for ci, concept in enumerate(vocabulary(vname)):
                key = f"{vname}:{ci}"
                self.canonical[key] = (vname, concept.canonical)
                patterns = [nlp.make_doc(v) for n in concept.names if n.strip() for v in spelling_variants(n, articles=vname == "sites")]
                self.matcher.add(key, patterns)
                for p in patterns:
                    lows = [t.lower for t in p]
                    self.pairs.update(zip(lows, lows[1:]))
                    self.longest = max(self.longest, len(lows))
        # label ids, not names: a ``Span`` given a name looks it up in the string store each time
        self.label_ids: dict[str, int] = {v: nlp.vocab.strings.add(VOCAB_LABELS[v]) for v in vocabs}
        #: extension values written straight into ``doc.user_data`` under the key ``Span._`` uses
        self.direct = _span_values_keyed_by_chars()

    def _over_line_ends(self, doc: Doc) -> list[tuple[int, int, int]]:
        """Matches that run over one line end inside a sentence: a whitespace token holding one line break
        between two words that follow each other in a pattern ("vocal" / "cord") is left out of a window of
        the sentence around it, and the window's matches that hold both words are mapped back to the doc's
        tokens (the line end inside the match). Nothing is read over a sentence start or a blank line."""
        arr = doc.to_array([IS_SPACE, LOWER, SENT_START])
        space, lower, starts = arr[:, 0], arr[:, 1], arr[:, 2].astype(np.int64)
        n = len(doc)
        out: list[tuple[int, int, int]] = []
        pairs = self.pairs
        for i in np.nonzero(space)[0].tolist():
            if i == 0 or i + 1 >= n or space[i - 1] or space[i + 1] or starts[i + 1] == 1:
                continue
            if (int(lower[i - 1]), int(lower[i + 1])) not in pairs or doc[i].text.count("\n") != 1:
                continue
            a = i - 1
            while a > max(0, i - self.longest) and starts[a] != 1:
                a -= 1
            b = i + 2
            while b < min(n, i + self.longest + 1) and starts[b] != 1:
                b += 1
            toks = [doc[k] for k in range(a, b) if k != i]
            window = Doc(doc.vocab, words=[t.text for t in toks], spaces=[bool(t.whitespace_) for t in toks])
            cut = i - a  # window tokens before the line end
            for match_id, s, e in self.matcher(window):
                if s < cut < e:  # the match holds the words on both sides of the line end
                    out.append((match_id, a + s, a + e + 1))
        return out

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matcher(doc)
        if "\n" in (doc._.source_text or doc.text):
            matches = [*matches, *self._over_line_ends(doc)]
        # ``spacy.util.filter_spans`` on the bare matches: the longest match wins, then the earliest, ties in
        # match order (a stable sort), so only the entities kept become ``Span`` objects with extension
        # values (a third of the matches lose to a longer one; building them was most of this component)
        ranked = sorted(matches, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        seen: set[int] = set()
        kept: list[tuple[int, int, int]] = []
        for m in ranked:
            if m[1] not in seen and m[2] - 1 not in seen:
                kept.append(m)
                seen.update(range(m[1], m[2]))
        kept.sort(key=lambda m: m[1])
        # extension values live on a span's offsets only, not its label: where two vocabularies match the
        # same words ("ALK": a marker and a gene), the entity keeps the label of the match that won and the
        # values of the last match there, as when every match set them in turn
        last = {(start, end): match_id for match_id, start, end in matches}
        strings = doc.vocab.strings
        spans: list[Span] = []
        if self.direct:  # what ``span._.canonical = ...`` stores, without an ``Underscore`` per span
            data = doc.user_data
            for match_id, start, end in kept:
                span = Span(doc, start, end, label=self.label_ids[self.canonical[strings[match_id]][0]])
                vname, canon = self.canonical[strings[last[start, end]]]
                a, b = span.start_char, span.end_char
                data["._.", "canonical", a, b] = canon
                data["._.", "vocab", a, b] = vname
                spans.append(span)
        else:
            for match_id, start, end in kept:
                span = Span(doc, start, end, label=self.label_ids[self.canonical[strings[match_id]][0]])
                vname, canon = self.canonical[strings[last[start, end]]]
                ext = span._
                ext.canonical = canon
                ext.vocab = vname
                spans.append(span)
        doc.ents = spans
        return doc


def _span_values_keyed_by_chars() -> bool:
    """Does spaCy keep a span's extension values in ``doc.user_data`` under ``("._.", name, start_char,
    end_char)`` (spaCy 3.8)? Asked of spaCy itself on a two-word doc, so another keying falls back to ``Span._``.
    Why: an ``Underscore`` object per entity and value was a third of the entity ruler's time."""
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["tumour", "site"])
    span = Span(doc, 1, 2)
    span._.canonical, span._.vocab = "x", "y"
    want = {("._.", "canonical", span.start_char, span.end_char): "x", ("._.", "vocab", span.start_char, span.end_char): "y"}
    return doc.user_data == want and span._.canonical == "x" and span._.vocab == "y"


@Language.factory("eims_vocab_ruler", default_config={"vocabs": list(VOCAB_LABELS)})
def make_vocab_ruler(nlp: Language, name: str, vocabs: list[str]) -> VocabEntityRuler:
    unknown = [v for v in vocabs if v not in VOCAB_LABELS]
    if unknown:
        raise ConfigError(f"eims_vocab_ruler: unknown vocabularies {unknown}")
    return VocabEntityRuler(nlp, tuple(vocabs))
