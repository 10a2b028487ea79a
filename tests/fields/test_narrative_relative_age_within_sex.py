"""A numbered series of mixed sexes whose later sentence opens on a relative age with a sex noun ("The older woman has
had no recurrence", "The younger of the two men died ...", "In the elder of the two girls the tumour recurred", "The
older woman's tracheal tumour was ALK-negative"): the age ranks only the patients of that sex, so of two women beside a
man it picks one of the two (``fields.narrative._rank_sex_pool``, regex ``rank_sex_noun``). Three women leave "the older
woman" undecided. Fictional patients; wording our own."""

from __future__ import annotations

import pytest

from eims_extract.ingest import load_document
from eims_extract.pipeline.extract import extract_document


_TWO_WOMEN = """Three invented airway tumours

Case reports

The first patient was a 48-year-old woman with hoarseness; a 1 cm mass of the right vocal fold was excised.

The second, a 30-year-old man, had nasal obstruction, and a mass of the left maxillary sinus was removed by maxillectomy.

The third patient, a 66-year-old woman, had stridor; a 2 cm mass of the trachea was resected bronchoscopically.

Follow-up
{last}
"""

_TWO_MEN = """Three invented abdominal tumours

Case reports

Case 1. A 25-year-old man had a mass of the jejunum that was resected.

Case 2. A 40-year-old woman had a mass of the stomach and underwent partial gastrectomy.

Case 3. A 58-year-old man had a mass of the sigmoid colon and underwent sigmoidectomy.

{last}
"""


@pytest.mark.parametrize(
    ("template", "last", "follow_up"),
    [
        (_TWO_WOMEN, "The older woman has had no recurrence at 9 months. The man is well at 30 months.", [None, 30.0, 9.0]),
        (_TWO_WOMEN, "The younger of the two women was free of disease at her last visit, 20 months after surgery.",
         [20.0, None, None]),
        (_TWO_WOMEN, "The man's course was uneventful, with no recurrence at 30 months. The older woman is well at 9 months.",
         [None, 30.0, 9.0]),
        (_TWO_MEN, "The younger of the two men is alive without disease at 16 months.", [16.0, None, None]),
        (_TWO_MEN, "In the elder of the two men the tumour recurred; he died of disease 11 months after surgery.",
         [None, None, 11.0]),
    ],
)
def test_relative_age_with_sex_noun_ranks_within_that_sex(tmp_path, nlp, template, last, follow_up):
    path = tmp_path / "series.txt"
    path.write_text(template.format(last=last), encoding="utf-8")
    assert [r.follow_up_months for r in extract_document(load_document(path), nlp)] == follow_up


_THREE_WOMEN = """Three invented uterine tumours

Case reports

Case 1. A 35-year-old woman had a mass of the uterine corpus that was removed by myomectomy.

Case 2. A 44-year-old woman had a mass of the cervix and underwent hysterectomy.

Case 3. A 61-year-old woman had a mass of the uterine corpus and underwent hysterectomy. She is well at 5 months.

Follow-up
The older woman relapsed at 7 months.
"""


def test_relative_age_among_three_of_that_sex_turns_to_no_one(tmp_path, nlp):
    """'The older' ranks two; among three women it names none of them (the superlative would)."""
    path = tmp_path / "three.txt"
    path.write_text(_THREE_WOMEN, encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [r.recurrence for r in rows][:2] == [None, None]
