"""The local knowledge base and its candidate generator (no downloads)."""

from __future__ import annotations

import pytest

from eims_extract.nlp.linker import BruteForceCosineIndex, build_kb, candidate_generator, concept_id


def test_kb_has_one_entity_per_vocabulary_concept():
    kb = build_kb()
    assert concept_id("sites", "mesentery") in kb.cui_to_entity
    assert concept_id("drugs", "alectinib") in kb.cui_to_entity
    assert concept_id("sites", "mesentery") in kb.alias_to_cuis["small bowel mesentery"]


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("mesentry", "sites:mesentery"),  # misspelt
        ("greater omentum", "sites:omentum"),
        ("alectinibum", "drugs:alectinib"),
        ("crizotinib", "drugs:crizotinib"),
    ],
)
@pytest.mark.parametrize("use_nmslib", [True, False])
def test_candidates_find_the_concept_of_near_spellings(mention, expected, use_nmslib):
    gen = candidate_generator(use_nmslib)
    [cands] = gen([mention], 10)
    best = max(cands, key=lambda c: max(c.similarities))
    assert best.concept_id == expected


def test_brute_force_index_returns_self_as_nearest():
    gen = candidate_generator(False)
    vec = gen.vectorizer.transform(["omentum"])
    idx = BruteForceCosineIndex(gen.vectorizer.transform(gen.ann_concept_aliases_list))
    [(neighbours, distances)] = idx.knnQueryBatch(vec, k=3)
    assert gen.ann_concept_aliases_list[neighbours[0]] == "omentum"
    assert distances[0] == pytest.approx(0.0, abs=1e-5)


def test_empty_mention_list_is_fine():
    assert candidate_generator()([], 5) == []


def test_cached_candidates_equal_fresh_ones():
    gen = candidate_generator()
    first = gen(["omental", "mesentry", "omental"], 5)
    again = gen(["mesentry"], 5)
    assert [c.concept_id for c in first[1]] == [c.concept_id for c in again[0]]
    assert [c.concept_id for c in first[0]] == [c.concept_id for c in first[2]]
