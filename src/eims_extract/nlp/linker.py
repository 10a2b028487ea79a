"""scispaCy's ``EntityLinker`` over a local knowledge base built from the vocabularies.

The UMLS index scispaCy would download is out of reach offline, and its own
index builder (``create_tfidf_ann_index``) breaks on current SciPy, so the
package builds the same two parts itself at first use, in memory: a
character-3-gram TF-IDF vectoriser over every vocabulary name and a cosine
nearest-neighbour index over those vectors. Building takes well under a
second for the package vocabularies, so nothing is cached on disk and a fresh
clone works with no downloads. The index is ``nmslib`` HNSW when available;
a brute-force sparse cosine search with the same ``knnQueryBatch`` interface
stands in otherwise (and is exact, which for a few hundred names is no loss).
"""

from __future__ import annotations

from functools import cache
from typing import Any

import numpy as np
from scispacy.candidate_generation import CandidateGenerator
from scispacy.linking import EntityLinker
from scispacy.linking_utils import Entity, KnowledgeBase
from sklearn.feature_extraction.text import TfidfVectorizer
from spacy.language import Language
from spacy.tokens import Doc

from ..normalize import vocabulary
from . import attributes
from .components import VOCAB_LABELS

attributes.register()


def concept_id(vocab: str, canonical: str) -> str:
    """KB identifier of a vocabulary concept: ``"sites:mesentery"``."""
    return f"{vocab}:{canonical}"


def build_kb(vocabs: tuple[str, ...] = tuple(VOCAB_LABELS)) -> KnowledgeBase:
    """One KB entity per vocabulary concept; its names are the aliases."""
    entities = []
    for vname in vocabs:
        for c in vocabulary(vname):
            entities.append(
                Entity(
                    concept_id=concept_id(vname, c.canonical),
                    canonical_name=c.canonical,
                    aliases=[n for n in c.synonyms if n.strip()],
                    types=[VOCAB_LABELS[vname]],
                    definition=None,
                )
            )
    return KnowledgeBase(entities)


class BruteForceCosineIndex:
    """Exact cosine k-NN over L2-normalised sparse rows, shaped like nmslib's index."""

    def __init__(self, matrix: Any) -> None:
        self.matrix = matrix.tocsr().astype(np.float32)

    def knnQueryBatch(self, queries: Any, k: int = 10, num_threads: int = 0) -> list[tuple[np.ndarray, np.ndarray]]:  # noqa: N802
        sims = (queries @ self.matrix.T).toarray()
        out = []
        for row in sims:
            kk = min(k, row.shape[0])
            idx = np.argpartition(-row, kk - 1)[:kk]
            idx = idx[np.argsort(-row[idx])]
            out.append((idx.astype(np.int32), (1.0 - row[idx]).astype(np.float32)))
        return out


def _ann_index(matrix: Any) -> Any:
    """nmslib HNSW over the sparse TF-IDF rows; brute force if nmslib is missing."""
    try:
        import nmslib
    except ImportError:
        return BruteForceCosineIndex(matrix)
    index = nmslib.init(method="hnsw", space="cosinesimil_sparse", data_type=nmslib.DataType.SPARSE_VECTOR)
    index.addDataPointBatch(matrix)
    index.createIndex({"M": 16, "efConstruction": 100, "post": 0}, print_progress=False)
    index.setQueryTimeParams({"efSearch": 100})
    return _SingleThreadIndex(index)


class CachedCandidateGenerator(CandidateGenerator):
    """Remembers the candidates of each mention string: documents keep naming
    the same few hundred vocabulary terms, so most look-ups repeat."""

    MAX_CACHE = 50_000

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._memo: dict[tuple[str, int], list] = {}

    def __call__(self, mention_texts: list[str], k: int) -> list:
        todo = list(dict.fromkeys(m for m in mention_texts if (m, k) not in self._memo))
        if todo:
            if len(self._memo) > self.MAX_CACHE:
                self._memo.clear()
            for m, cands in zip(todo, super().__call__(todo, k)):
                self._memo[(m, k)] = cands
        return [self._memo[(m, k)] for m in mention_texts]


class _SingleThreadIndex:
    """nmslib's batch query starts a thread pool per call, which costs more
    than the query itself for one document's mentions: ask for one thread."""

    def __init__(self, index: Any) -> None:
        self.index = index

    def knnQueryBatch(self, queries: Any, k: int = 10, num_threads: int = 1) -> Any:  # noqa: N802
        return self.index.knnQueryBatch(queries, k=k, num_threads=1)


@cache
def candidate_generator(use_nmslib: bool = True) -> CandidateGenerator:
    """The package's candidate generator, built once per process."""
    kb = build_kb()
    aliases = sorted(kb.alias_to_cuis)
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 3), min_df=1, dtype=np.float32, lowercase=True)
    matrix = vectorizer.fit_transform(aliases)
    index = _ann_index(matrix) if use_nmslib else BruteForceCosineIndex(matrix)
    return CachedCandidateGenerator(
        ann_index=index, tfidf_vectorizer=vectorizer, ann_concept_aliases_list=aliases, kb=kb
    )


class VocabLinker:
    """scispaCy's linker on the local KB; also copies the best hit to ``Span._.linked``."""

    def __init__(self, nlp: Language, threshold: float, k: int) -> None:
        self.linker = EntityLinker(
            nlp=nlp,
            candidate_generator=candidate_generator(),
            resolve_abbreviations=True,
            k=k,
            threshold=threshold,
            filter_for_definitions=False,
            max_entities_per_mention=3,
        )

    @property
    def kb(self) -> KnowledgeBase:
        return self.linker.kb

    def __call__(self, doc: Doc) -> Doc:
        doc = self.linker(doc)
        for ent in doc.ents:
            if ent._.kb_ents:
                ent._.linked = ent._.kb_ents[0]
        return doc


@Language.factory("eims_linker", default_config={"threshold": 0.8, "k": 10})
def make_linker(nlp: Language, name: str, threshold: float, k: int) -> VocabLinker:
    return VocabLinker(nlp, threshold, k)
