"""The one spaCy pipeline every document goes through.

``spacy.blank("en")`` with scispaCy's biomedical tokenizer (pretrained models
cannot be downloaded here), then rule components: clinical sentence splitting and
vocabulary entities (the site field reads ``SITE`` entities). scispaCy's abbreviation
detector and an entity linker over a local knowledge base used to run here too; no
field read what they produced, and their import chain (scikit-learn, SciPy) was
most of the start-up time, so they are gone.
Built once per process and reused, since building it costs far more than
running it on one document; renewed between documents only when its string
store outgrows :data:`MAX_STRINGS` (:func:`current_nlp`).
"""

from __future__ import annotations

import gc
import warnings
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import spacy
from scispacy.custom_tokenizer import combined_rule_tokenizer
from spacy.language import Language
from spacy.tokens import Doc

from . import attributes, components  # noqa: F401  (register factories)

PIPE_NAMES: tuple[str, ...] = ("eims_sentencizer", "eims_vocab_ruler")


@spacy.registry.tokenizers("eims_scispacy_tokenizer.v1")
def scispacy_tokenizer() -> Callable[[Language], Any]:
    """scispaCy's biomedical tokenizer as the pipeline's own tokenizer factory, so
    ``spacy.blank`` does not first build English's default tokenizer (its ≈2,700
    special cases) only for it to be replaced: ≈0.1 s of every process's start."""

    def make(nlp: Language) -> Any:
        # combined_rule_tokenizer keeps the token_match of the tokenizer it replaces:
        # for a blank English pipeline that is the language default
        nlp.tokenizer = SimpleNamespace(token_match=nlp.Defaults.token_match)
        with warnings.catch_warnings():
            # scispaCy's infix pattern trips a harmless "Possible set union" FutureWarning in re
            warnings.filterwarnings("ignore", message="Possible set union", category=FutureWarning)
            return ChunkCachedTokenizer(combined_rule_tokenizer(nlp))

    return make


class ChunkCachedTokenizer:
    """spaCy's tokenizer with its chunk cache filled one chunk at a time.

    spaCy tokenizes a text chunk by chunk (a word with its punctuation, between whitespace) and keeps
    the tokens of each chunk in a cache; but one special case anywhere in a text ("e.g.", "Dr.", an
    abbreviation of scispaCy's) stops it caching any further chunk of that text, so a scientific
    paper's words were split by the affix regexes again on every document. Each chunk not seen before
    is therefore first tokenized where nothing before it can stop the caching, and then the text goes
    through spaCy's tokenizer as always: the same tokenizer, its cache simply warm (which chunks are
    cached changes speed only, never tokens). Each doc keeps the text it was made from
    (``Doc._.source_text``), so a rule needing the whole text does not rebuild it from the tokens.
    Bounded: after ``max_chunks`` new chunks both spaCy's cache and the record of them are emptied."""

    def __init__(self, inner: Any, max_chunks: int = 1 << 15) -> None:
        self.inner = inner
        self.max_chunks = max_chunks
        # room in spaCy's cache for every warmed chunk plus the whitespace chunks it keeps on its own
        inner.max_cache_size = max(inner.max_cache_size, max_chunks + 4096)
        self._warm: set[str] = set()

    def __call__(self, text: str) -> Doc:
        warm = self._warm
        new = {w: None for w in text.split() if w not in warm}  # str.split and spaCy agree on whitespace
        if new:
            if len(warm) + len(new) > self.max_chunks:
                self.inner._flush_cache()
                warm.clear()
            # plain words (letters and digits, no special case) are warmed together in one call: nothing in
            # them stops the caching; any other chunk on its own, where nothing before it can
            specials = self.inner.rules
            plain = [w for w in new if w.isalnum() and w not in specials]
            if plain:
                self.inner(" ".join(plain))
            for chunk in new:
                if not chunk.isalnum() or chunk in specials:
                    self.inner(chunk)
            warm.update(new)
        doc = self.inner(text)
        doc._.source_text = text  # spaCy's tokenizer is lossless: ``doc.text == text``, without the rebuild
        return doc

    def __getattr__(self, name: str) -> Any:  # explain(), rules, ... of the real tokenizer
        inner = self.__dict__.get("inner")  # absent while unpickling: no recursion
        if inner is None:
            raise AttributeError(name)
        return getattr(inner, name)


def build_nlp() -> Language:
    """A fresh pipeline (tests that need isolation call this; everything else :func:`get_nlp`)."""
    nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "eims_scispacy_tokenizer.v1"}}})
    nlp.add_pipe("eims_sentencizer")
    nlp.add_pipe("eims_vocab_ruler")
    return nlp


#: strings the shared pipeline's string store may hold before :func:`current_nlp` builds a fresh one.
#: spaCy keeps every string and lexeme a text brings for the life of its vocabulary (≈400 bytes each),
#: so a long run over a corpus with new words in every document grew without bound (real case reports
#: bring ≈660 new strings each over the first twenty). A fresh pipeline starts at ≈7,900 strings, so
#: 1 << 16 caps that growth near 25 MB, at one renewal (≈0.2 s) per ≈57,000 new strings.
MAX_STRINGS = 1 << 16

_SHARED: list[Language] = []  # the shared pipeline, once built
RENEWALS: list[int] = [0]  # how many times this process renewed it (the memory benchmark reports it)


def get_nlp() -> Language:
    """The shared pipeline, built on first call.

    The pipeline, its vocabularies and every imported module then live as long as
    the process (or until :func:`current_nlp` renews the pipeline), so they are moved out
    of the cyclic garbage collector's reach (``gc.freeze``): full collections stop
    re-scanning them after each document, ≈8 % of extraction time per document in a
    worker process.
    """
    if not _SHARED:
        nlp = build_nlp()
        gc.collect()
        gc.freeze()
        _SHARED.append(nlp)
    return _SHARED[0]


def current_nlp(max_strings: int | None = None) -> Language:
    """The shared pipeline, first replaced by a fresh one when its string store holds more than
    ``max_strings`` (default :data:`MAX_STRINGS`): the memory bound of a long run. Called between
    documents; a document's tokens, sentences and entities do not depend on which strings the
    store held before it (only its cache of tokenized chunks does, which changes speed only),
    so rows are the same. The old pipeline holds no reference cycle, so reference counting frees
    it once nobody holds it (frozen or not; a test checks), and the new one is frozen as the first
    was. A renewal costs ≈0.2 s of building and ≈20 ms more on the next document (caches re-warmed)."""
    nlp = get_nlp()
    if len(nlp.vocab.strings) <= (MAX_STRINGS if max_strings is None else max_strings):
        return nlp
    _SHARED.clear()
    del nlp
    RENEWALS[0] += 1
    return get_nlp()
