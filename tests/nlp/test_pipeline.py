"""The shared spaCy pipeline: tokenizer, clinical sentence splitting and vocabulary entities."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span, Token

from eims_extract.nlp import attributes
from eims_extract.nlp.pipeline import PIPE_NAMES, build_nlp, get_nlp


def test_get_nlp_is_built_once(nlp):
    assert get_nlp() is nlp
    assert tuple(nlp.pipe_names) == PIPE_NAMES


def test_attributes_declared_in_one_place():
    for name in attributes.SPAN_ATTRS:
        assert Span.has_extension(name)
    for name in attributes.TOKEN_ATTRS:
        assert Token.has_extension(name)
    for name in attributes.DOC_ATTRS:
        assert Doc.has_extension(name)
    attributes.register()  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "The lesion is shown in Fig. 3 and measured 4 cm.",
        "Jones et al. described a similar lesion in the pelvis.",
        "A mass of approx. 12 cm filled the pelvis.",
        "Surgery vs. observation was discussed with the family.",
        "Her haemoglobin was 9.4 g/dL on admission.",
        "She was referred by Dr. Okafor to the sarcoma unit.",
        "The tumour was large, i.e. over 10 cm in diameter.",
        "Targeted agents, e.g. crizotinib, were considered.",
    ],
)
def test_sentencizer_keeps_abbreviations_inside_one_sentence(nlp, text):
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("A 50-year-old man was admitted. He had lost weight.", 2),
        ("Was it malignant? Biopsy said yes! Surgery followed.", 3),
        ("The first scan was normal (Fig. 1). The second showed a mass.", 2),
        ("See Table 2. Ten cases were reviewed.", 2),
    ],
)
def test_sentencizer_splits_real_sentence_ends(nlp, text, n):
    assert len(list(nlp(text).sents)) == n


@pytest.mark.parametrize(
    ("text", "surface", "label", "canonical"),
    [
        ("A mass in the small bowel mesentery was removed.", "small bowel mesentery", "SITE", "mesentery"),
        ("Nodules studded the greater omentum.", "greater omentum", "SITE", "omentum"),
        ("Cells stained for alpha-SMA and desmin.", "alpha-SMA", "MARKER", "SMA"),
        ("She was switched to Alecensa.", "Alecensa", "DRUG", "alectinib"),
        ("A RANBP2 fusion was found.", "RANBP2", "GENE", "RANBP2"),
    ],
)
def test_vocabulary_entities_carry_canonical_names(nlp, text, surface, label, canonical):
    ents = {e.text: e for e in nlp(text).ents}
    assert surface in ents
    ent = ents[surface]
    assert (ent.label_, ent._.canonical) == (label, canonical)


def test_longest_vocabulary_match_wins(nlp):
    ents = [(e.text, e._.canonical) for e in nlp("It arose in the transverse mesocolon.").ents]
    assert ents == [("transverse mesocolon", "mesentery")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text dump breaks a vocabulary name over one line end: the name is read over it, its offsets exact
        ("The polyp hung from the right false vocal\ncord.", [("false vocal\ncord", "SITE", "larynx")]),
        ("A 3 cm lesion sat in the neck of the\npancreas.", [("neck of the\npancreas", "SITE", "pancreas")]),
        ("Spindle cells stained for smooth muscle \nactin only.", [("smooth muscle \nactin", "MARKER", "SMA")]),
        ("A firm nodule lay in the lower outer\n quadrant.", [("lower outer\n quadrant", "SITE", "breast")]),
        # the name over the break wins over the shorter name on one side of it
        ("Colonoscopy found a polyp of the sigmoid\ncolon.", [("sigmoid\ncolon", "SITE", "sigmoid")]),
        ("A cyst lay in the body of the\npancreas.", [("body of the\npancreas", "SITE", "pancreas")]),
        ("It spread to the transverse\ncolon wall.", [("transverse\ncolon", "SITE", "colon")]),
        # precision: a line end between two names, a blank line, or a sentence that starts after the break
        ("The films showed the\nspleen was spared and a mass in the\nkidney.", [("spleen", "SITE", "spleen"), ("kidney", "SITE", "kidney")]),
        ("The lesion abutted the vocal\n\ncord.", []),
        ("He was hoarse for a month.\nVocal cord motion was normal.", [("Vocal cord", "SITE", "larynx")]),
    ],
)
def test_vocabulary_name_broken_over_a_line_end(nlp, text, expected):
    doc = nlp(text)
    assert [(e.text, e.label_, e._.canonical) for e in doc.ents] == expected
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)


def test_build_nlp_gives_an_independent_pipeline():
    other = build_nlp()
    assert other is not get_nlp()
    assert [s.text for s in other("One. Two.").sents] == ["One.", "Two."]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("It was described by Lund et al. In our patient it recurred.", 2),
        ("Lund et al. (2019) described it.", 1),
        ("Lund et al. reported two cases.", 1),
        ("Pain, fever, etc. She was admitted.", 2),
    ],
)
def test_et_al_ends_a_sentence_only_before_a_capitalised_word(nlp, text, n):
    assert len(list(nlp(text).sents)) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Pt: 12 y.o. M, fever and a neck lump.", 1),
        ("HPI: 70 y.o. F with haematuria.", 1),
        ("She was 33 y.o. The mass grew over a year.", 2),
    ],
)
def test_y_o_keeps_the_sex_letter_after_it_in_one_sentence(nlp, text, n):
    """Shorthand "15 y.o. M, ..." was cut after "y.o.", so the age lost its sex letter; a capitalised word still
    opens a new sentence after it."""
    assert len(list(nlp(text).sents)) == n


def test_shared_pipeline_is_frozen_out_of_the_cyclic_gc():
    """The long-lived pipeline is moved to the permanent generation once built (see get_nlp)."""
    import gc

    from eims_extract.nlp.pipeline import get_nlp

    nlp = get_nlp()
    assert gc.get_freeze_count() > 0
    assert not any(o is nlp for o in gc.get_objects(generation=2))


def test_pipeline_loads_neither_scikit_learn_nor_scipy_stats():
    """No component needs them since the linker went (they were most of the start-up)."""
    import subprocess
    import sys

    code = "import sys; from eims_extract.nlp.pipeline import get_nlp; get_nlp()('A mass in the omentum.'); print(sorted(m for m in ('sklearn', 'scipy.stats', 'pandas') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_entity_values_written_into_user_data_equal_those_set_through_span_underscore(nlp):
    """The entity ruler writes ``canonical``/``vocab`` straight into ``doc.user_data``; spaCy's own
    ``Span._`` route gives the same entities, the same stored values and the same values read back."""
    ruler = nlp.get_pipe("eims_vocab_ruler")
    assert ruler.direct  # spaCy 3.8 keys span values by their characters
    text = (
        "A 9-year-old girl had a mass in the transverse mesocolon and the greater omentum; the cells "
        "stained for alpha-SMA, desmin and ALK, a RANBP2-ALK fusion was found and she took Alecensa."
    )
    fast = nlp(text)
    ruler.direct = False
    try:
        slow = nlp(text)
    finally:
        ruler.direct = True
    assert fast.user_data == slow.user_data and len(fast.ents) > 5
    assert [(e.start, e.end, e.label_, e._.canonical, e._.vocab) for e in fast.ents] == [
        (e.start, e.end, e.label_, e._.canonical, e._.vocab) for e in slow.ents
    ]




# -- the memory bound: the shared pipeline renewed once its string store outgrows MAX_STRINGS -----------
def _made_up_text(k: int) -> str:
    """A sentence of words no vocabulary holds (each call its own): they grow the string store."""
    return "The ward kept samples " + ", ".join(f"zorvak{k}x{i} {k * 1000 + i}" for i in range(40)) + "."


def test_string_store_grows_with_new_words_until_the_pipeline_is_renewed(monkeypatch):
    import weakref

    from eims_extract.nlp import pipeline

    monkeypatch.setattr(pipeline, "_SHARED", [build_nlp()])  # the session's pipeline stays as it is
    monkeypatch.setattr(pipeline, "RENEWALS", [0])
    first = pipeline.current_nlp()
    fresh_size = len(first.vocab.strings)
    for k in range(3):
        first(_made_up_text(k))
    grown = len(first.vocab.strings)
    assert grown > fresh_size + 100
    assert pipeline.current_nlp(max_strings=grown) is first  # at the bound, not past it: kept
    assert pipeline.RENEWALS == [0]
    old = weakref.ref(first)
    del first
    renewed = pipeline.current_nlp(max_strings=grown - 1)
    assert pipeline.RENEWALS == [1] and pipeline.get_nlp() is renewed
    assert len(renewed.vocab.strings) < grown - 100  # a fresh store, without the made-up words
    assert old() is None, "the old pipeline is freed (frozen objects are still freed by reference counting)"
    assert tuple(renewed.pipe_names) == PIPE_NAMES


def test_renewed_pipeline_gives_the_same_tokens_sentences_and_entities(monkeypatch):
    from eims_extract.nlp import pipeline

    text = "A 41-year-old man (cf. Fig. 2) had a mass in the transverse mesocolon. It measured 6 cm, i.e. large. " + _made_up_text(7)

    def parsed(nlp):
        doc = nlp(text)
        return [t.text for t in doc], [s.text for s in doc.sents], [(e.text, e.label_, e._.canonical) for e in doc.ents]

    monkeypatch.setattr(pipeline, "_SHARED", [build_nlp()])
    monkeypatch.setattr(pipeline, "RENEWALS", [0])
    before = parsed(pipeline.current_nlp())
    again = parsed(pipeline.current_nlp(max_strings=0))  # renewed before it parses
    assert pipeline.RENEWALS == [1] and again == before


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Pathology\n- ALK (+) diffuse\n- desmin (-)", 3),
        ("Course\n* wedge resection 04/2020\n * well at 18 mo", 3),
        ("----- Case 2 -----\n- 40yoF, haematuria", 2),
        # a line opening on a signed number or a hyphen glued to a word goes on
        ("the gradient fell to\n-5 mmHg after the dose", 1),
    ],
)
def test_a_bullet_opening_a_line_opens_a_sentence(nlp, text, n):
    """Slide and note text gives one fact a bullet; every bullet after a line break was run into the sentence before."""
    assert len(list(nlp(text).sents)) == n
