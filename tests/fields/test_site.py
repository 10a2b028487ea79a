"""Primary-site rules on fictional sentences written for these tests."""

from __future__ import annotations

import pytest

from eims_extract.fields import site
from eims_extract.fields.base import Sentence
from eims_extract.records import CaseRow


def sentences(nlp, *texts: str, section: str = "case") -> list[Sentence]:
    out, pos = [], 0
    for t in texts:
        doc = nlp(t)
        span = doc[:]
        out.append(Sentence("doc", t, pos, section, None, span))
        pos += len(t) + 1
    return out


def run(nlp, *texts: str, section: str = "case", with_spans: bool = True) -> CaseRow:
    sents = sentences(nlp, *texts, section=section)
    if not with_spans:
        for s in sents:
            s.span = None
    row = CaseRow("doc", "index")
    site.apply(sents, row)
    return row


@pytest.mark.parametrize("with_spans", [True, False])
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Laparotomy found a tumour arising from the small bowel mesentery.",), "mesentery"),
        (("A solid mass located in the greater omentum was excised.",), "omentum"),
        (("Histology showed the lesion originated in intra-abdominal mesenchymal tissue.",), "mesenchymal tissue"),
        (("CT showed a large mesenteric mass.",), "mesentery"),
        (("An omental lesion of 9 cm was seen.",), "omentum"),
        (("He had abdominal pain for a month.", "Imaging revealed a tumor of the stomach."), "stomach"),
    ],
)
def test_primary_site_from_cues(nlp, texts, expected, with_spans):
    row = run(nlp, *texts, with_spans=with_spans)
    assert row.site == expected
    assert not row.ungrounded()


@pytest.mark.parametrize(
    "texts",
    [
        ("She reported abdominal pain and nausea.",),
        ("The liver and spleen were normal on ultrasound.",),
        ("A mass was found.", "Metastases to the liver were present."),
    ],
)
def test_no_site_without_a_primary_cue(nlp, texts):
    assert run(nlp, *texts).site is None


def test_invaded_neighbour_is_not_the_primary(nlp):
    row = run(
        nlp,
        "The tumour had invaded the wall of the ileum.",
        "It was found to arise from the jejunal mesentery.",
    )
    assert row.site == "mesentery"


def test_metastatic_site_is_not_the_primary(nlp):
    row = run(nlp, "Eight months later liver metastases appeared.", "The primary mass was located in the omentum.")
    assert row.site == "omentum"


def test_title_site_counts(nlp):
    row = run(nlp, "Epithelioid sarcoma of the mesentery in a child", section="title")
    assert row.site == "mesentery"
    assert row.evidence["site"][0].section == "title"


def test_evidence_is_the_site_mention(nlp):
    text = "A 10 cm mass arising from the sigmoid mesocolon was removed."
    row = run(nlp, text)
    ev = row.evidence["site"][0]
    assert text[ev.start : ev.end] == "sigmoid mesocolon"


@pytest.mark.parametrize("with_spans", [True, False])
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the more specific of two positively cued sites wins
        (("A newborn girl had a firm left-sided abdominal mass.", "At surgery the mass arose from the wall of the terminal ileum."), "ileum"),
        (("An ulcerated tumour of the colon was biopsied.", "Resection showed the lesion was located in the sigmoid colon."), "sigmoid"),
        (("CT showed a bulky pelvic mass.", "The lesion arose from the posterior myometrium."), "uterus"),
        # a generic site alone stays generic
        (("A large mass in the abdominal cavity had no clear organ of origin.",), "intra-abdominal"),
        # generic statements about the disease are not the patient's site
        (("This sarcoma typically arises in the mesentery.", "Our patient had a mass of the stomach."), "stomach"),
    ],
)
def test_regression_10_week_old_infant_ileum_and_sigmoid_colon_prefer_the_specific_site(nlp, texts, expected, with_spans):
    assert run(nlp, *texts, with_spans=with_spans).site == expected


@pytest.mark.parametrize("with_spans", [True, False])
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("MRI showed a 10 cm solid mass filling the pelvis and pushing the bladder aside.",), "pelvis"),
        (("We report an inflammatory myofibroblastic sarcoma (IMS) of the pelvis.",), "pelvis"),
        (("A man with omental epithelioid inflammatory myofibroblastic sarcoma is described.",), "omentum"),
    ],
)
def test_regression_pelvis_missed_mass_filling_the_pelvis(nlp, texts, expected, with_spans):
    assert run(nlp, *texts, with_spans=with_spans).site == expected


def test_part_of_rules_are_validated(monkeypatch):
    from eims_extract.errors import ConfigError

    site.rules.cache_clear()
    real = site.load_jsonl
    monkeypatch.setattr(
        site, "load_jsonl", lambda *a: [*real(*a), {"kind": "part_of", "site": "colon", "whole": "sigmoid"}]
    )
    try:
        with pytest.raises(ConfigError):
            site.rules()
    finally:
        monkeypatch.undo()
        site.rules.cache_clear()


@pytest.mark.parametrize(
    "texts,expected",
    [
        # British spellings of site names
        (["Ileocaecal inflammatory myofibroblastic tumour in a toddler"], "ileocecal junction"),
        (["An oesophageal mass was seen on endoscopy."], "esophagus"),
        # the tumour "found at" a site
        (["At laparoscopy, a 3-cm mass was found at the ileo-caecal junction."], "ileocecal junction"),
        (["A firm lesion was identified in the jejunum during surgery."], "jejunum"),
        # a lesion found at one site after metastasis wording is not the primary
        (["Metastatic lesions were found in the liver."], None),
    ],
)
def test_regression_ileocaecal_british_spelling_and_mass_found_at(nlp, texts, expected):
    assert run(nlp, *texts).site == expected


@pytest.mark.parametrize(
    "texts,expected",
    [
        (["A sinonasal inflammatory myofibroblastic tumour in a teenager"], "head and neck"),
        (["CT showed a 3 cm mass in the right maxillary sinus."], "head and neck"),
        (["She had a laryngeal mass causing hoarseness."], "head and neck"),
        (["An orbital tumour displaced the globe."], "head and neck"),
        (["Ultrasound showed a polyp arising from the lateral wall of the urinary bladder."], "bladder"),
        (["The lesion originated in the anterior wall of the stomach."], "stomach"),
    ],
)
def test_regression_sinonasal_head_and_neck_and_posterior_wall_of_the_urinary_bladder(nlp, texts, expected):
    assert run(nlp, *texts).site == expected


@pytest.mark.parametrize("with_spans", [True, False])
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Recurrent pelvic inflammatory myofibroblastic tumour after two resections",), "pelvis"),
        (("Endoscopy found a sessile polyp on the right false vocal fold.",), "head and neck"),
        (("A firm nodule on the skin of the forearm had grown for a year.",), "skin"),
        (("She noticed a painless swelling of the left thigh.",), "soft tissue"),
        (("Echocardiography showed a pedunculated mass in the left atrium.",), "heart"),
        (("MRI revealed a 9-cm mass in the left hemipelvis.", "Months later new intracranial lesions were seen."), "pelvis"),
    ],
)
def test_regression_recurrent_laryngeal_tumour_skin_nodule_thigh_heart_and_hemipelvis(nlp, texts, expected, with_spans):
    assert run(nlp, *texts, with_spans=with_spans).site == expected


def test_regression_recurrence_in_a_site_is_still_not_the_primary(nlp):
    assert run(nlp, "A recurrence in the pelvic cavity was seen.").site is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # regressions from blind set 8: the organ named after the part of it the tumour is in
        ("A 5-cm mass was found in the left lobe of the liver.", "liver"),
        ("CT showed a tumour in segment VI of the liver.", "liver"),
        ("There was a lesion in the tail of the pancreas.", "pancreas"),
        ("Chest CT showed a 3.8 cm mass in the left lower lobe.", "lung"),
    ],
)
def test_site_named_through_a_part_of_the_organ(nlp, text, expected):
    assert run(nlp, text).site == expected
