"""A bilingual page: the English title and abstract beside the journal's own language. The facts of record are the
English ones: a paragraph in another language gives no value, and a line of it is never run into an English line."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.ingest.language import is_english, is_other, other_language_spans, word_counts
from eims_extract.ingest.normalise_text import matching_view
from eims_extract.pipeline.extract import extract_document

# fictional patients, our own words
_SPANISH_PAGE = """Revista Imaginaria de Urología Infantil
Tumor miofibroblástico inflamatorio del riñón en un niño: reporte de un caso
Inflammatory myofibroblastic tumour of the kidney in a boy: a case report

RESUMEN
Niño de 9 años con dolor lumbar. La resonancia mostró una masa renal de 4 cm. Se realizó nefrectomía parcial.
La inmunohistoquímica fue positiva para ALK, desmina y actina de músculo liso.

ABSTRACT
A nine-year-old boy presented with flank pain. Magnetic resonance imaging showed a 4-cm renal mass, and a partial
nephrectomy was performed. The tumour cells were positive for ALK and smooth muscle actin and negative for
myogenin. He is well with no recurrence after 20 months of follow-up.

Caso clínico
Escolar de sexo masculino, sin antecedentes. La tomografía de tórax no mostró metástasis. El comité discutió el uso
de crizotinib en caso de recidiva, pero no se indicó. Índice Ki-67 de 12%. Inmunohistoquímica: CD34 y S100 negativos.
Después de 20 meses de seguimiento, el niño no presenta recidiva.
"""


def _write(tmp_path, name: str, text: str):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return load_document(p)


def test_other_language_paragraphs_give_no_value_beside_an_english_abstract(tmp_path, nlp) -> None:
    doc = _write(tmp_path, "kidney_boy_spanish_page.txt", _SPANISH_PAGE)
    rows = extract_document(doc, nlp)
    assert len(rows) == 1
    row = rows[0]
    assert row.age_years == 9 and row.sex == "male"
    assert row.ki67_percent is None  # told only in Spanish
    assert row.drugs in (None, [])  # crizotinib only discussed, in Spanish
    assert row.metastasis is None  # "no mostró metástasis" only in Spanish
    assert "desmin" not in (row.ihc_positive or [])
    assert not {"CD34", "S-100"} & set(row.ihc_negative or [])
    assert row.follow_up_months == 20  # the English abstract's
    for evs in row.evidence.values():
        for e in evs:
            assert e.sentence.isascii() or "ó" not in e.sentence


def test_english_title_printed_under_the_original_one_is_a_line_of_its_own(tmp_path) -> None:
    doc = _write(tmp_path, "kidney_boy_spanish_page.txt", _SPANISH_PAGE)
    view = matching_view(doc)
    assert view is not None
    lines = [ln for ln in view[0].text.split("\n") if ln.strip()]
    assert "Inflammatory myofibroblastic tumour of the kidney in a boy: a case report" in lines
    assert not any("riñón" in ln for ln in view[0].text.split("\n"))


@pytest.mark.parametrize(
    "text",
    [
        "Tumeur myofibroblastique inflammatoire du poumon avec fusion ROS1 chez un adulte",
        "Die Patientin wurde nach der Operation mit Crizotinib behandelt und ist rezidivfrei.",
        "Paciente do sexo feminino, 40 anos, com massa no útero e sem sinais de metástases.",
        "Hastada 12 aylık takipte nüks izlenmedi ve tedavi için cerrahi uygulandı.",
        "Иммуногистохимически опухолевые клетки экспрессировали ALK и десмин.",
        "免疫组化：SMA阳性，ALK阴性，随访12个月未见复发。",
    ],
)
def test_a_line_in_another_language_is_told_by_its_own_words(text: str) -> None:
    assert is_other(*word_counts(text))


@pytest.mark.parametrize(
    "text",
    [
        "After an en bloc resection the tumour did not recur, as in the Le Fort case of Smith et al.",
        "A de novo lesion arose in the bladder of this patient.",
        "The stains were SMA +ve, ALK -ve, desmin -ve and CD34 -ve in the spindle cells.",
        "OS and DES were assessed; PAS stain was negative and EM showed myofibroblasts.",
        "Beta-catenin (β) and TGF-α were expressed in the tumour cells of the mass.",
    ],
)
def test_english_text_with_foreign_looking_words_stays_english(text: str) -> None:
    en, other = word_counts(text)
    assert not is_other(en, other)


def test_a_page_wholly_in_another_language_is_read_as_it_is() -> None:
    text = (
        "Tumor miofibroblástico inflamatorio del pulmón en una mujer de 50 años.\n"
        "La paciente fue tratada con cirugía y no presenta recidiva a los 12 meses de seguimiento.\n"
    )
    assert other_language_spans(text) == []


def test_counts_of_an_english_title_line() -> None:
    assert is_english(*word_counts("Inflammatory myofibroblastic tumour of the colon in a man"))
    assert not is_english(*word_counts("Tumor miofibroblástico inflamatorio del colon en un hombre"))


def _spans_counting_every_line(text: str) -> list[tuple[int, int]]:
    """:func:`other_language_spans` worked out from both counts of every line (no early answer)."""
    from eims_extract.ingest.language import ENGLISH_DOCUMENT_LEAST

    lines, a = [], 0
    for ln in text.split("\n"):
        if ln.strip():
            lines.append((a, a + len(ln), word_counts(ln)))
        a += len(ln) + 1
    other = [is_other(*c) for _, _, c in lines]
    if not any(other) or sum(c[0] for (_, _, c), o in zip(lines, other) if not o) < ENGLISH_DOCUMENT_LEAST:
        return []
    return [
        (a, b) for k, (a, b, (en, ot)) in enumerate(lines)
        if other[k] or (0 < k < len(lines) - 1 and other[k - 1] and other[k + 1] and en == 0 and ot > 0)
    ]


@pytest.mark.parametrize(
    "text",
    [
        _SPANISH_PAGE,
        # English prose with a name particle and a French journal title in a reference: no line is another language's
        "A woman of 50 was seen by de Vries for a mass of the colon.\nThe mass was excised and she is well.\n"
        "1. Martin A, de la Cruz B. Tumeur rare. Rev Imaginaire 2001.\n" * 3,
        # a line of two other-language words is too few, however few English words it has
        "The boy had a renal mass that was removed with the kidney and he was well after the operation.\n"
        "Informe del caso\nHe has had no recurrence at the last visit and the scans of the chest were clear.\n",
        # a list line of one other-language word and no English one between two paragraphs of that language
        "The girl was treated with an operation and she had no sign of the disease at the visit after a year.\n"
        "Her mother said that the pain in the belly had gone and that she was eating well at home.\n"
        "La biopsia fue positiva para ALK y la paciente no tuvo recidiva con el tratamiento.\n"
        "Desmina: positiva y focal\n"
        "Se realizó una resección de la masa y el estudio de la pieza fue negativo para miogenina.\n",
    ],
)
def test_other_language_spans_agree_with_counting_every_line(text: str) -> None:
    assert other_language_spans(text) == _spans_counting_every_line(text)
