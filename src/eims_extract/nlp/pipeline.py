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
import re
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
            return ChunkCachedTokenizer(combined_rule_tokenizer(nlp), nlp.vocab)

    return make


#: a run of non-space characters or of whitespace: the pieces spaCy's tokenizer splits a text into first
#: (``\s`` and ``str.isspace`` agree on every character)
_CHUNK = re.compile(r"\S+|\s+")


class ChunkCachedTokenizer:
    """spaCy's tokenizer, applied once per distinct whitespace-separated chunk.

    spaCy tokenizes a text chunk by chunk (a word with its punctuation), each on its own, and keeps
    a cache of chunks; but one special case anywhere in a text ("e.g.", "Dr.", an abbreviation of
    scispaCy's) switches that cache off for the rest of the text, so a scientific paper's words are
    split by the affix regexes again on every document. Here each chunk's tokens come from the real
    tokenizer once and are kept (bounded), and the document is assembled from them: the same tokens,
    offsets and whitespace (checked against the plain tokenizer on every real text)."""

    def __init__(self, inner: Any, vocab: Any, max_chunks: int = 65536) -> None:
        self.inner = inner
        self.vocab = vocab
        self.max_chunks = max_chunks
        self._chunks: dict[str, tuple[tuple[str, ...], tuple[bool, ...]]] = {}

    def _split(self, chunk: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
        words = tuple(t.text for t in self.inner(chunk))
        if len(self._chunks) >= self.max_chunks:
            self._chunks.clear()
        got = self._chunks[chunk] = (words, (False,) * len(words))
        return got

    def __call__(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        chunks = self._chunks
        for chunk in _CHUNK.findall(text):
            if chunk[0] == " " and words:
                # the one space after a word is that word's trailing whitespace, not a token
                spaces[-1] = True
                chunk = chunk[1:]
                if not chunk:
                    continue
            got = chunks.get(chunk) or self._split(chunk)
            words += got[0]
            spaces += got[1]
        return Doc(self.vocab, words=words, spaces=spaces)

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
