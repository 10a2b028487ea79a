"""Every custom ``Doc``/``Span``/``Token`` attribute of the package, declared once.

spaCy extension attributes are process-global; declaring them in one module
(and nowhere else) keeps their names and defaults from drifting between the
components that write them and the field rules that read them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

#: ``Span._.canonical`` — canonical vocabulary name of a matched entity.
#: ``Span._.vocab`` — the vocabulary it came from (``sites``, ``markers``, ...).
SPAN_ATTRS: dict[str, object] = {"canonical": None, "vocab": None}
#: ``Token._.no_split`` — the sentencizer must not end a sentence after this token.
TOKEN_ATTRS: dict[str, object] = {"no_split": False}
#: ``Doc._.offset`` — offset of ``doc.text[0]`` in ``Document.text`` when a
#: section rather than the whole document was processed.
#: ``Doc._.source_text`` — the text the tokenizer was given (``doc.text`` equals it, but spaCy rebuilds
#: that token by token on every call); None for a doc made some other way.
DOC_ATTRS: dict[str, object] = {"offset": 0, "source_text": None}


def register() -> None:
    """Declare the attributes (idempotent, so components may call it freely)."""
    for cls, attrs in ((Span, SPAN_ATTRS), (Token, TOKEN_ATTRS), (Doc, DOC_ATTRS)):
        for name, default in attrs.items():
            if not cls.has_extension(name):
                cls.set_extension(name, default=default)


register()
