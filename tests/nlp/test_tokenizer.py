"""The pipeline's tokenizer (spaCy's, its chunk cache warmed) gives exactly spaCy's tokens."""

from __future__ import annotations

import pytest

from eims_extract.nlp.pipeline import ChunkCachedTokenizer, build_nlp


def _sig(doc):
    return [(t.text, t.idx, t.whitespace_, t.is_space, t.norm_) for t in doc]


@pytest.fixture(scope="module")
def tokenizer() -> ChunkCachedTokenizer:
    tok = build_nlp().tokenizer
    assert isinstance(tok, ChunkCachedTokenizer)
    return tok


@pytest.fixture(scope="module")
def plain():
    """spaCy's tokenizer of another pipeline, called directly (its cache as spaCy leaves it)."""
    return build_nlp().tokenizer.inner


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "  leading spaces",
        "trailing spaces   ",
        "A 41-year-old man (e.g., with fever) was seen by Dr. Vale vs. the team.",
        "Lines\n\nbroken \n  and\tindented\t\tcells",
        "The IL-6-positive cells :) and 3.5 x 2 cm, i.e. large; ALK+ (1:100).",
        "non\u00a0breaking \u2009thin spaces \u00a0 here",
        "He's fine, isn't he? 5'4\" tall.",
        "She cannot say when; gonna wait 10mg daily",  # special cases made only of letters
    ],
)
def test_tokens_match_spacys_own_tokenizer_twice(tokenizer, plain, text):
    # the second call finds every chunk warm
    assert _sig(tokenizer(text)) == _sig(plain(text))
    assert _sig(tokenizer(text)) == _sig(plain(text))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  two leading spaces, a tab\there and a newline\n\nbelow it  ",
        "A 9-year-old boy (i.e. the index case) had ALK+ cells; Fig. 3.\r\nDone.",
        "non\u00a0breaking and\u2009thin spaces",
    ],
)
def test_doc_keeps_the_text_it_was_made_from(text):
    """``Doc._.source_text`` is what ``doc.text`` rebuilds from the tokens, through the whole pipeline."""
    nlp = build_nlp()
    for doc in (nlp(text), nlp.make_doc(text), *nlp.pipe([text, text + " again"])):
        assert doc._.source_text == doc.text


def test_words_after_a_special_case_are_warmed():
    tok = build_nlp().tokenizer
    tok("Seen e.g. twice: mesenteric mass.")
    assert {"mesenteric", "mass."} <= tok._warm


@pytest.mark.parametrize("max_chunks", [1, 3, 100])
def test_chunk_cache_is_bounded_and_stays_exact(plain, max_chunks):
    tok = ChunkCachedTokenizer(build_nlp().tokenizer.inner, max_chunks=max_chunks)
    for text in ("one two three four five six", "six five four (e.g. three) two one", "seven eight"):
        assert _sig(tok(text)) == _sig(plain(text))
        assert len(tok._warm) <= max(max_chunks, len(set(text.split())))


@pytest.mark.parametrize(
    "text",
    [
        "A 7-year-old girl had a mass in the transverse mesocolon. It was removed.\nShe is well (Fig. 2).",
        "Staining for ALK and desmin was positive.\n\nCrizotinib was then given. No relapse occurred.",
    ],
)
def test_sentences_and_entities_stable_when_words_are_known(text):
    """The second reading of a text (its words' classes and chunks already known) splits and tags alike."""
    nlp = build_nlp()

    def read(t):
        doc = nlp(t)
        return [s.text for s in doc.sents], [(e.text, e.label_, e._.canonical) for e in doc.ents]

    assert read(text) == read(text)
    assert len(read(text)[0]) >= 2


def test_sentencizer_word_classes_are_bounded():
    nlp = build_nlp()
    sentencizer = nlp.get_pipe("eims_sentencizer")
    sentencizer.MAX_KNOWN = 12
    first = nlp("One man. Two men. Three women came.")
    second = nlp("Four boys left. Five girls stayed. Six dogs barked.")
    assert [s.text for s in first.sents] == ["One man.", "Two men.", "Three women came."]
    assert [s.text for s in second.sents] == ["Four boys left.", "Five girls stayed.", "Six dogs barked."]
    assert len(sentencizer._known[0]) <= 12
