"""The one spaCy pipeline every document goes through.

``spacy.blank("en")`` with scispaCy's biomedical tokenizer (pretrained models
cannot be downloaded here), then rule components: clinical sentence splitting and
vocabulary entities (the site field reads ``SITE`` entities). scispaCy's abbreviation
detector and an entity linker over a local knowledge base used to run here too; no
field read what they produced, and their import chain (scikit-learn, SciPy) was
most of the start-up time, so they are gone.
Built once per process and reused, since building it costs far more than
running it on one document.
"""

from __future__ import annotations

import gc
import warnings
from collections.abc import Callable
from functools import cache
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


@cache
def get_nlp() -> Language:
    """The shared pipeline, built on first call.

    The pipeline, its vocabularies and every imported module then live as long as
    the process, so they are moved out of the cyclic garbage collector's reach
    (``gc.freeze``): full collections stop re-scanning them after each document,
    ≈8 % of extraction time per document in a worker process.
    """
    nlp = build_nlp()
    gc.collect()
    gc.freeze()
    return nlp
