"""IHC polarity: shared list polarity, per-marker signs, synonyms, Ki-67 convention."""

from __future__ import annotations

import pytest

from eims_extract.fields.base import Sentence
from eims_extract.fields.ihc import apply, calls, ki67_percent, markers_in
from eims_extract.records import CaseRow
from _support import run_apply


def run(*texts: str) -> CaseRow:
    return run_apply(apply, *texts)


def polarities(text: str) -> list[tuple[str, bool]]:
    return [(c.mention.canonical, c.positive) for c in calls(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Stains showed vimentin, desmin, and ALK (granular) were positive, whereas CD117 and S100 protein were negative.",
            [("vimentin", True), ("desmin", True), ("ALK", True), ("CD117", False), ("S-100", False)],
        ),
        (
            "The spindle cells were strongly positive for WT1 and calretinin but negative for pan-CK, CD31 and HMB45.",
            [("WT1", True), ("calretinin", True), ("CK", False), ("CD31", False), ("HMB-45", False)],
        ),
        ("Desmin (+), alpha-SMA (+); CD34 (-), c-kit (-).", [("desmin", True), ("SMA", True), ("CD34", False), ("CD117", False)]),
        ("Neoplastic cells were SMA+, desmin+ and AE1/AE3\u2212.", [("SMA", True), ("desmin", True), ("CK", False)]),
        ("Tumour cells stained diffusely for smooth muscle actin.", [("SMA", True)]),
        ("S-100 was negative.", [("S-100", False)]),
        ("There was no staining for myogenin or MyoD1.", [("myogenin", False), ("MyoD1", False)]),
        ("The lesion was immunoreactive for CD30 and podoplanin.", [("CD30", True), ("D2-40", True)]),
        ("Desmin was weakly positive and ROS1 was negative.", [("desmin", True), ("ROS1", False)]),
        ("ALK showed a perinuclear staining pattern and was positive.", [("ALK", True)]),
        ("The tumour cells expressed ALK with nuclear membrane accentuation; STAT6 was not expressed.", [("ALK", True), ("STAT6", False)]),
        ("Staining for ALK was negative.", [("ALK", False)]),
        # unknown but marker-shaped token shares the list polarity
        ("CD56 and SALL4 were both negative.", [("CD56", False), ("SALL4", False)]),
        ("Desmin, SMA (+); CK, S-100 (-).", [("desmin", True), ("SMA", True), ("CK", False), ("S-100", False)]),
        ("IHC: ALK(+), CD34(-), Ki-67(+, 20%).", [("ALK", True), ("CD34", False), ("Ki-67", True)]),
        (
            "Cells showed no staining for CD117, DOG1 or S100 but were strongly immunoreactive for ALK.",
            [("CD117", False), ("DOG-1", False), ("S-100", False), ("ALK", True)],
        ),
        (
            "Immunohistochemically, the cells expressed vimentin and focally muscle-specific actin, and did not express CK or EMA.",
            [("vimentin", True), ("HHF35", True), ("CK", False), ("EMA", False)],
        ),
    ],
)
def test_polarity_forms(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Desmin (21) and SMA (22) are typically positive in this entity.",
        "ALK positivity has been reported in most cases.",
        "The tumour cells were arranged in sheets.",
    ],
)
def test_literature_and_non_ihc_sentences_give_nothing(text):
    assert polarities(text) == []


def test_pattern_words_and_common_words_are_not_markers():
    names = [m.canonical for m in markers_in("Tumor cells showed cytoplasmic and nuclear membrane staining, positive for the ALK.")]
    assert names == ["ALK"]


def test_fusion_gene_name_is_not_an_ihc_marker():
    assert markers_in("A RANBP2-ALK fusion was found.") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Desmin (+); Ki-67 about 15%.", 15.0),
        ("Tumour cells were positive for CD30, with a MIB-1 labeling index of 10-15%.", 15.0),
        ("Approximately 40% of tumour cells were Ki-67 positive.", 40.0),
        ("The Ki67 index was <5%.", 5.0),
        ("The proliferative index (Ki-67) reached 25 percent.", 25.0),
    ],
)
def test_ki67_percent_upper_bound_convention(text, value):
    row = run(text)
    assert row.ki67_percent == value
    assert "Ki-67" in row.ihc_positive
    ev = row.evidence["ki67_percent"][0]
    assert str(int(value)) in text[ev.start : ev.end]


def test_lists_keep_order_without_duplicates_and_carry_evidence():
    a = "Desmin and ALK were positive, while CK was negative."
    b = "On review, the tumour was again positive for desmin and negative for cytokeratin and EMA."
    row = run(a, b)
    assert row.ihc_positive == ["desmin", "ALK"]
    assert row.ihc_negative == ["CK", "EMA"]
    assert not row.ungrounded()
    spans = [(e.start, e.end) for e in row.evidence["ihc_negative"]]
    full = a + " " + b
    assert [full[s:e] for s, e in spans] == ["CK", "EMA"]


def test_seed_ihc_sentence_matches_gold(seed_txt):
    import re

    text = seed_txt.read_text(encoding="utf-8")
    sents = [Sentence("seed", m.group(0), m.start()) for m in re.finditer(r"[^.]+\.", text)]
    row = CaseRow("seed", "52")
    apply([s for s in sents if re.search(r"Immunohisto", s.text)], row)
    assert row.ihc_positive == [
        "ALK", "p16", "p53", "CDK4", "desmin", "SMA", "S-100", "CD34", "CD30", "CD68", "WT1", "calretinin", "D2-40", "Ki-67",
    ]
    assert row.ihc_negative == ["CK", "MDM2", "CD117", "DOG-1", "myogenin", "EMA"]
    assert row.ki67_percent == 30.0
    for ev in row.evidence["ihc_positive"]:
        assert text[ev.start : ev.end].strip()


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # regression: "... desmin and CD30, and negative for S100" read desmin/CD30 as negative
            "The cells were positive for ALK (perinuclear pattern), desmin and CD30, and negative for S100 and CD117.",
            [("ALK", True), ("desmin", True), ("CD30", True), ("S-100", False), ("CD117", False)],
        ),
        (  # regression: "... and for desmin, and were negative for S-100"
            "Tumour cells stained positive for ALK with a membranous pattern and for desmin, and were negative for S-100.",
            [("ALK", True), ("desmin", True), ("S-100", False)],
        ),
        (
            "Neoplastic cells were also positive for desmin and negative for cytokeratin.",
            [("desmin", True), ("CK", False)],
        ),
        (  # a suffix cue that opens no list still closes the one before it
            "Desmin and SMA were negative, and ALK was positive.",
            [("desmin", False), ("SMA", False), ("ALK", True)],
        ),
    ],
)
def test_negative_for_after_a_positive_list_opens_a_new_list(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Histology confirmed the diagnosis, with perinuclear ALK staining in most tumour cells.", [("ALK", True)]),
        ("Strong desmin expression was seen throughout.", [("desmin", True)]),
        ("Diffuse desmin staining was absent.", [("desmin", False)]),
        ("ALK staining was performed on the biopsy.", []),
    ],
)
def test_staining_pattern_before_marker_reads_as_positive(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # signs set off by a space, or after the antibody clone in brackets
        (
            "Immunostains: ALK (1A4) +, CD30 +, SMA \u2212, S-100 \u2212.",
            [("ALK", True), ("CD30", True), ("SMA", False), ("S-100", False)],
        ),
        ("Panel results: desmin +, myogenin - and CD34 -.", [("desmin", True), ("myogenin", False), ("CD34", False)]),
        ("ALK (clone D5F3)+ and CD117 (clone YR145)\u2212 in all cells.", [("ALK", True), ("CD117", False)]),
    ],
)
def test_regression_alk_5a4_plus_with_spaced_signs(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a staining pattern reported after the marker makes it positive
        ("On immunostaining, ALK (D5F3) showed strong granular cytoplasmic staining.", [("ALK", True)]),
        ("Desmin demonstrated focal, membranous and cytoplasmic positivity.", [("desmin", True)]),
        ("ALK showed a perinuclear pattern, and CD34 was negative.", [("ALK", True), ("CD34", False)]),
        # ... and a marker said to show no staining is negative (neg-suf-showed-no)
        ("ALK showed no staining in the tumour cells.", [("ALK", False)]),
    ],
)
def test_regression_alk_d5f3_showed_granular_staining(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "FISH was positive for ALK, and sequencing showed a fusion of TPM4 exon 7 to ALK exon 20.",
        "Targeted RNA sequencing was positive for EML4 and ALK transcripts.",
    ],
)
def test_regression_fusion_partner_gene_is_not_an_ihc_marker(text):
    assert "TPM4" not in {c.mention.canonical for c in calls(text)}
    assert "EML4" not in {c.mention.canonical for c in calls(text)}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Staining showed ALK expression accentuated around the nuclear envelope, along with strong WT1 and CD30 reactivity.",
            [("ALK", True), ("WT1", True), ("CD30", True)],
        ),
        ("The lesion showed membranous PD-L1 expression.", [("PD-L1", True)]),
        ("Immunostaining disclosed patchy desmin immunoreactivity and focal positivity for SMA.", [("desmin", True), ("SMA", True)]),
        # a negation before the marker, or a prefix that opens the list, governs the noun
        ("There was no ALK expression in the sampled tissue.", [("ALK", False)]),
        ("The tumour showed loss of INI1 expression and retained BRG1 staining.", [("INI1", False), ("SMARCA4", True)]),
        ("The neoplastic cells lacked CD34 and S100 expression.", [("CD34", False), ("S-100", False)]),
        ("Tumour cells were negative for EMA, with diffuse desmin expression.", [("EMA", False), ("desmin", True)]),
        # expression measured by sequencing is not a stain
        ("Chemotherapy failed despite high CTLA4 and PD-L1 expression found by RNA sequencing.", []),
    ],
)
def test_regression_alk_expression_accentuated_at_membrane(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Cells were immunoreactive for ALK with paranuclear accentuation, desmin and CD30, and non-reactive for AE1/AE3, S-100 protein and CD117.",
            [("ALK", True), ("desmin", True), ("CD30", True), ("CK", False), ("S-100", False), ("CD117", False)],
        ),
        ("The cells were unreactive with myogenin and CD34.", [("myogenin", False), ("CD34", False)]),
        ("Tumour cells proved nonreactive to caldesmon, while ALK was positive.", [("caldesmon", False), ("ALK", True)]),
    ],
)
def test_regression_immunoreactive_for_alk_then_non_reactive_for_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a marker hyphenated at a line end in hard-wrapped text, next to a clone in parentheses
        (
            "Tumour cells were positive for ALK (clone 5A4), smooth muscle actin and calpo-nin, but negative for myo-genin.",
            [("ALK", True), ("calponin", True), ("myogenin", False)],
        ),
        ("Vimen- tin was diffusely positive.", [("vimentin", True)]),
        # a marker spelled with an ordinary hyphen after it is still one marker
        ("The cells were desmin-negative.", [("desmin", False)]),
    ],
)
def test_regression_calponin_hyphenated_at_line_end(text, expected):
    assert [p for p in dict.fromkeys(polarities(text)) if p[0] != "SMA"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clone and pattern note in brackets, with a semicolon inside, does not end the list
        ("Tumour cells stained for ALK (granular; cytoplasmic), calponin and CD30, but were negative for CD34.",
         [("ALK", True), ("calponin", True), ("CD30", True), ("CD34", False)]),
        # "only focally positive" after a contrast word
        ("The cells expressed ALK and desmin, whereas h-caldesmon was only weakly positive.",
         [("ALK", True), ("desmin", True), ("caldesmon", True)]),
    ],
)
def test_regression_positive_for_alk_d5f3_with_a_diffuse_pattern_sma_focally(text, expected):
    assert polarities(text) == expected


def test_regression_alk_1a4_clone_and_pattern_in_brackets_keeps_later_markers():
    row = run("The cells were positive for ALK (5A4; diffuse cytoplasmic), calponin and CD30, but negative for CD34 and SOX10.")
    assert (row.ihc_positive, row.ihc_negative) == (["ALK", "calponin", "CD30"], ["CD34", "SOX10"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK (D5F3) staining was patchy but accentuated at the nuclear rim.", [("ALK", True)]),
        ("Desmin expression was strong and diffuse.", [("desmin", True)]),
        ("ALK expression was absent.", [("ALK", False)]),
    ],
)
def test_regression_alk_d5f3_staining_was_patchy(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunostains gave CD34 -, S100 - and beta-catenin (nuclear) - were all noted.",
         [("CD34", False), ("S-100", False), ("beta-catenin", False)]),
        ("Immunohistochemistry: ALK (D5F3) + with granular staining, myogenin - and desmin +.",
         [("ALK", True), ("myogenin", False), ("desmin", True)]),
    ],
)
def test_regression_beta_catenin_nuclear_minus_were_recorded(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stains: CD30 (+), calponin (patchy +), EMA (weak +), SOX10 (-), CD34 (focally -).",
         [("CD30", True), ("calponin", True), ("EMA", True), ("SOX10", False), ("CD34", False)]),
        ("Immunostaining panel: ALK (5A4) (+, granular cytoplasmic), HMB45 (-), desmin (rare cells +).",
         [("ALK", True), ("HMB-45", False), ("desmin", True)]),
    ],
)
def test_regression_sma_focal_plus_in_brackets_flipped_to_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunophenotype: desmin strong (clone D33); ALK moderate and diffuse; S100 negative.",
         [("desmin", True), ("ALK", True), ("S-100", False)]),
        ("IHC: CD30 positive; ALK weak and focal (about 20% of nuclei); CD34 and SOX10 negative.",
         [("CD30", True), ("ALK", True), ("CD34", False), ("SOX10", False)]),
    ],
)
def test_regression_alk_weak_and_focal_with_bracketed_extent(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunoprofile:\n- ALK (1A4): positive, cytoplasmic\n- CD30: positive (weak)\n- SOX10: negative\n- HMB45: negative",
         [("ALK", True), ("CD30", True), ("SOX10", False), ("HMB-45", False)]),
        ("Immunohistochemistry:\n* desmin: negative\n* ALK: positive (granular)",
         [("desmin", False), ("ALK", True)]),
    ],
)
def test_regression_bulleted_marker_colon_result_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Staining revealed diffuse cytoplasmic ALK and desmin; CD117 was negative.",
            [("ALK", True), ("desmin", True), ("CD117", False)],
        ),
        (
            "Immunoprofile - positive: desmin, ALK; negative: S100, CD34.",
            [("desmin", True), ("ALK", True), ("S-100", False), ("CD34", False)],
        ),
        ("IHC: SMA + (patchy), ALK + (cytoplasmic), CD117 -.", [("SMA", True), ("ALK", True), ("CD117", False)]),
        (
            "The lesion was CD30 positive, with patchy desmin; myogenin was negative.",
            [("CD30", True), ("desmin", True), ("myogenin", False)],
        ),
        ("Panel E. ALK immunostain, diffuse granular staining.", [("ALK", True)]),
    ],
)
def test_regression_granular_cytoplasmic_list_colon_labels_plus_with_aside_focal_and_legend(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pan-cytokeratin highlighted a few entrapped cells.", [("CK", True)]),
        ("ALK (clone 1A4) decorated the cytoplasm in a granular pattern.", [("ALK", True)]),
        # "stained no lesional cells": no positive for CD34 - the tumour's negative (neg-suf-marker-stained-no-cells)
        ("Desmin stained scattered spindle cells, but CD34 stained no lesional cells.", [("desmin", True), ("CD34", False)]),
        ("Vimentin decorated all tumour cells.", [("vimentin", True)]),
    ],
)
def test_regression_marker_stained_the_nuclear_membrane(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CD99 was negative, and beta-catenin showed no nuclear accumulation.", [("CD99", False), ("beta-catenin", False)]),
        ("STAT6 displayed no nuclear staining.", [("STAT6", False)]),
    ],
)
def test_regression_beta_catenin_showed_no_nuclear_accumulation(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "ki67"),
    [
        ("Lesional cells were negative for S100 and CD117, and the Ki-67 index was 8%.", 8.0),
        ("The tumour was negative for myogenin, and the MIB-1 labelling index reached 15%.", 15.0),
    ],
)
def test_regression_negative_for_list_then_and_the_ki67_index(text, ki67):
    row = run(text)
    assert "Ki-67" not in (row.ihc_negative or [])
    assert row.ki67_percent == ki67


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lesion surrounded the superior mesenteric artery (SMA) and was negative for CD117.", [("CD117", False)]),
        ("CT showed the mass abutting the SMA and SMV; desmin was positive.", [("desmin", True)]),
        ("SMA involvement was noted at surgery, and the cells expressed SMA and CD30.", [("SMA", True), ("CD30", True)]),
    ],
)
def test_regression_superior_mesenteric_artery_is_not_the_sma_marker(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,positive,negative",
    [
        # regressions from blind set 8
        ("ALK immunostaining negative (inset).", None, ["ALK"]),
        ("ALK immunohistochemistry (clone D5F3) was strongly positive.", ["ALK"], None),
        ("Myogenin, S100 and p63 were negative on immunohistochemistry.", None, ["myogenin", "S-100", "p63"]),
        ("IgG4-positive plasma cells were not increased; the tumour cells were positive for SMA.", ["SMA"], None),
    ],
)
def test_blind8_marker_phrasings(text, positive, negative):
    row = run(text)
    assert row.ihc_positive == positive
    assert row.ihc_negative == negative


# -- issue 12 item 6: IHC as pathologists write it -----------------------------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        # a grouped list in brackets takes the result given after the bracket
        (
            "Lymphoid markers (CD3, CD20, CD45) were all negative, but ALK was positive.",
            [("CD3", False), ("CD20", False), ("CD45", False), ("ALK", True)],
        ),
        (
            "Myogenic markers (desmin, myogenin and MyoD1) were negative, whereas SMA was focally positive.",
            [("desmin", False), ("myogenin", False), ("MyoD1", False), ("SMA", True)],
        ),
        # "but not X or Y" negates the rest of the list
        (
            "The cells expressed TLE1, SOX10 and HMB-45 but not Melan-A or MDM2.",
            [("TLE1", True), ("SOX10", True), ("HMB-45", True), ("Melan-A", False), ("MDM2", False)],
        ),
        # a staining noun introducing the list yields to the result after it
        ("Staining for p16, SATB2 and BCOR was negative.", [("p16", False), ("SATB2", False), ("BCOR", False)]),
        ("The lesion showed staining for ALK and desmin.", [("ALK", True), ("desmin", True)]),
        # signs glued to the marker, with every kind of minus
        (
            "Immunohistochemistry: ALK(+), SMA (+), desmin+, CD34 (\u2212), S100-, caldesmon (-).",
            [("ALK", True), ("SMA", True), ("desmin", True), ("CD34", False), ("S-100", False), ("caldesmon", False)],
        ),
        # clone names are the marker they stain
        (
            "The tumour was positive for ALK (clone D5F3) and negative for cytokeratin (AE1/AE3) and STAT6.",
            [("ALK", True), ("CK", False), ("STAT6", False)],
        ),
    ],
)
def test_ihc_as_pathologists_write_it(text, expected):
    assert list(dict.fromkeys(polarities(text))) == expected


@pytest.mark.parametrize(
    "name,canonical",
    [
        ("neuron-specific enolase", "NSE"),
        ("neurofilament", "neurofilament"),
        ("B-cell lymphoma 2", "BCL2"),
        ("BRG1", "SMARCA4"),
        ("cyclin-D1", "cyclin D1"),
        ("Epstein-Barr virus", "EBV"),
        ("BCL6 corepressor", "BCOR"),
        ("SMARCB1", "INI1"),
        ("pan-Trk", "pan-TRK"),
        ("thyroid transcription factor-1", "TTF-1"),
        ("Melan A", "Melan-A"),
        ("HMB45", "HMB-45"),
    ],
)
def test_marker_vocabulary_synonyms_of_soft_tissue_pathology(name, canonical):
    from eims_extract.normalize import canonical_marker, vocabulary

    assert canonical_marker(name) == canonical
    assert len(vocabulary("markers")) >= 200


@pytest.mark.parametrize(
    "text,absent",
    [
        # a gene inside a fusion written as one is not a stain, whatever kinase it pairs with
        ("Sequencing found an ETV6-NTRK3 fusion; the cells were positive for SMA.", {"ETV6", "NTRK3"}),
        ("A TFG-ROS1 fusion was present and the cells were positive for desmin.", {"ROS1", "TFG"}),
        # a kinase named as rearranged is a molecular result
        ("FISH was positive for ROS1 rearrangement.", {"ROS1"}),
        # a hedged diagnosis label
        ("The biopsy was suggestive of ALK-negative IMT.", {"ALK"}),
    ],
)
def test_fusion_gene_or_disease_label_is_not_an_ihc_marker(text, absent):
    assert not {name for name, _ in polarities(text)} & absent


# -- real-text families (issue 12), written about fictional patients -------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        # the stained cells named between the polarity noun and its list
        (
            "On immunostaining, positivity of the neoplastic cells for ALK, desmin and vimentin was seen.",
            [("ALK", True), ("desmin", True), ("vimentin", True)],
        ),
        ("Immunohistochemically, positivity of the lesional cells for actin (SM) and CD68.", [("SMA", True), ("CD68", True)]),
        ("There was negativity of the spindle cells for CD34 and S100.", [("CD34", False), ("S-100", False)]),
        # a negated positive prefix and the French-style protein S100 abbreviation
        ("The tumour cells were not reactive to PS100 or CD34.", [("S-100", False), ("CD34", False)]),
        ("The cells were not immunopositive for desmin.", [("desmin", False)]),
        # "did not overexpress" is a negative like "did not express"
        ("The lesion did not overexpress ALK protein.", [("ALK", False)]),
        # older or spelled-out marker names
        ("Focal immunoreactivity for high-molecular-weight caldesmon was also noted.", [("caldesmon", True)]),
        ("Tumour cells showed strong reactivity with pan-tyrosine receptor kinase (pan-TRK).", [("pan-TRK", True)]),
    ],
)
def test_real_text_polarity_families(text, expected):
    assert list(dict.fromkeys(polarities(text))) == expected  # a name and its bracketed abbreviation: one call


@pytest.mark.parametrize(
    "text,expected",
    [
        # a marker said to stain background cells or vessels is no call on the tumour
        ("CD45 highlighted scattered infiltrating lymphocytes.", []),
        ("CD3 and CD20 stained the admixed T and B lymphocytes, and CD31 outlined the vessels.", []),
        # ... except a stain of the vessels *only*: the tumour's negative (gold/blind.md, session 22)
        (
            "The spindle cells were positive for SMA, while CD34 highlighted only the prominent vasculature.",
            [("SMA", True), ("CD34", False)],
        ),
        # ...but a staining verb with the tumour cells as object still counts
        ("ALK (D5F3) highlighted the tumour cells with a granular pattern.", [("ALK", True)]),
    ],
)
def test_marker_staining_background_cells_is_not_the_tumours(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a disease label names the tumour's kind: no staining result without a staining method in the sentence
        ("ALK+ inflammatory myofibroblastic tumour of the cheek in an infant", []),
        ("A second biopsy of the pelvic mass confirmed ALK-positive IMT.", []),
        ("We treated a boy with an ALK-negative IMT of the lip.", []),
        ("Immunohistochemistry confirmed an ALK-positive IMT.", [("ALK", True)]),
        ("The tumour was ALK-positive.", [("ALK", True)]),
        ("A proliferation of ALK-positive spindle cells filled the biopsy.", [("ALK", True)]),
    ],
)
def test_alk_sign_in_a_disease_label_is_not_a_staining_result(text, expected):
    assert polarities(text) == expected


def test_keratin_list_after_a_contrast_keeps_a_background_marker_out_of_the_positives():
    row = run(
        "Immunostains showed the lesional cells to be variably positive for WT1 and SMA, while they were negative "
        "for keratin, desmin and S100.",
        "CD45 highlighted scattered lymphocytes, while CD34 highlighted the vessels.",
    )
    assert row.ihc_positive == ["WT1", "SMA"]
    assert row.ihc_negative == ["CK", "desmin", "S-100"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # ALK's status as an attribute of the tumour named, like the disease label
        ("The girl's biopsy revealed an IMT with anaplastic lymphoma kinase (ALK) positivity.", []),
        ("A boy with an unresectable tumour and ALK positivity was given crizotinib.", []),
        ("This is the first case of tongue IMT with ALK positivity in an infant.", []),
        # ...not when the positivity is placed in the tumour cells
        ("It was a tumour with ALK positivity in most spindle cells on immunostaining.", [("ALK", True)]),
    ],
)
def test_tumour_with_alk_positivity_is_a_label(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a flattened two-column table: each sign ends its line
        ("Antibody\tResult\nALK (D5F3)\t+\nSMA\t+\nDesmin\t\u2212", [("ALK", True), ("SMA", True), ("desmin", False)]),
        # the stain noun between the list and its result
        ("CD34 and STAT6 immunostains were both negative.", [("CD34", False), ("STAT6", False)]),
        ("Desmin and caldesmon stainings were positive.", [("desmin", True), ("caldesmon", True)]),
    ],
)
def test_sign_at_line_end_and_stain_nouns_before_the_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # short lab abbreviations in a bracketed-sign list
        ("IHC results: CK(-), Vim(+), SMA(+), Des(-), ALK(+).", [("CK", False), ("vimentin", True), ("SMA", True), ("desmin", False), ("ALK", True)]),
        # a qualifier then an unbracketed sign
        ("Tumour cells: ALK +; desmin focal +; CK -.", [("ALK", True), ("desmin", True), ("CK", False)]),
    ],
)
def test_lab_abbreviations_and_qualified_signs(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # clinical shorthand
        ("Desmin \u2212ve, SMA +ve, CD34 -ve.", [("desmin", False), ("SMA", True), ("CD34", False)]),
        ("Desmin: neg; SMA: pos.", [("desmin", False), ("SMA", True)]),
        # the polarity as a property of the marker list ("negative markers included ...")
        ("Negative markers included CD34, S100 and desmin.", [("CD34", False), ("S-100", False), ("desmin", False)]),
        ("Markers that were positive included ALK and SMA.", [("ALK", True), ("SMA", True)]),
        # "the following (markers):" opens the list instead of ending the clause
        ("The cells were negative for the following markers: CK, S100 and CD34.", [("CK", False), ("S-100", False), ("CD34", False)]),
        # "stained negatively for" is negative, not a staining verb's positive
        ("The lesion stained negatively for CD34 and S100.", [("CD34", False), ("S-100", False)]),
    ],
)
def test_shorthand_and_list_level_polarity(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a present-tense relative clause describes another entity's staining
        ("The differential diagnosis included GIST, which is positive for CD117, DOG1 and CD34.", []),
        ("Perivascular epithelioid tumour, which is HMB45-positive, was considered.", []),
        # the report's own cells in a relative clause, and a past-tense result, still count
        ("The tumour cells, which are positive for ALK and SMA, formed fascicles.", [("ALK", True), ("SMA", True)]),
        ("The tumour was positive for SMA, which is consistent with a myofibroblastic tumour.", [("SMA", True)]),
    ],
)
def test_present_tense_relative_clause_is_another_entitys_stain(text, expected):
    assert polarities(text) == expected


def test_staining_named_as_a_topic_gives_no_call():
    assert polarities("Assessment of ALK status by immunohistochemistry is essential in these tumours.") == []
    assert polarities("Looking for ALK by immunohistochemistry makes the diagnosis quicker.") == []


def test_anti_prefixed_antibody_is_not_a_fusion():
    assert polarities("Anti-ALK (OTI1A4) immunostaining was positive.") == [("ALK", True)]
    assert polarities("Sequencing found a TFG-ROS1 fusion, while ROS1 immunostaining was negative.") == [("ROS1", False)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # "immunoreaction for" opens a positive list, "but not for" a negative one
        (
            "The lesional cells gave an immunoreaction for vimentin and ALK, but not for desmin and keratin.",
            [("vimentin", True), ("ALK", True), ("desmin", False), ("CK", False)],
        ),
        # bare present-tense "express" as the verb of a finding, kept apart from "did not express"
        ("In places the spindle cells also express SMA.", [("SMA", True)]),
        ("The cells did not express CD34; they express CD30.", [("CD34", False), ("CD30", True)]),
        ("Tumour cells failed to express S100.", [("S-100", False)]),
    ],
)
def test_immunoreaction_for_and_bare_express_verb(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # markers grouped by lineage, each group's members in brackets, one verdict for all groups
        (
            "Lymphoid markers (CD20, PAX5) and T-cell markers (CD3, CD5) were negative.",
            [("CD20", False), ("PAX5", False), ("CD3", False), ("CD5", False)],
        ),
        (
            "Other haematopoietic markers (CD45, CD117) were negative, but CD138 was positive.",
            [("CD45", False), ("CD117", False), ("CD138", True)],
        ),
        ("Negativity for S100 and MYO-D1 was noted.", [("S-100", False), ("MyoD1", False)]),
        ("B-cell markers (CD19, CD79a) and T-cell receptor-\u03b2 were negative.", [("CD19", False), ("CD79a", False), ("TCR-beta", False)]),
    ],
)
def test_lineage_grouped_marker_panels_share_one_verdict(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "positive expression of A, B, and negative expression of C": each noun phrase opens its own list
        (
            "Staining showed positive expression of desmin and ALK, and negative expression of CD34 and S100.",
            [("desmin", True), ("ALK", True), ("CD34", False), ("S-100", False)],
        ),
        (
            "The cells had positive staining for SMA, and negative staining for CD117.",
            [("SMA", True), ("CD117", False)],
        ),
    ],
)
def test_positive_and_negative_expression_of_open_their_own_lists(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a passive modal describing the slide reports a finding
        ("Fine granular ALK staining of the cytoplasm could also be seen.", [("ALK", True)]),
        ("Desmin positivity can be seen in the plump cells.", [("desmin", True)]),
        # but not a conditional or a statement about other tumours
        ("ALK expression could be detected by immunohistochemistry if the lesion were an IMT.", []),
        ("CD34 staining can be seen in 30% of such tumours.", []),
        ("CD34 staining may be observed in some tumours of this kind.", []),
    ],
)
def test_descriptive_passive_modal_reports_a_finding(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # kinases listed before a rearrangement noun are genes tested by FISH/NGS, not stained markers
        ("FISH was negative for ALK, ROS1 and NTRK3 rearrangements.", []),
        ("Break-apart probes showed no ALK or ROS1 gene fusions; desmin was positive.", [("desmin", True)]),
        # "<marker> immunostain: negative" carries its own sign
        ("ALK immunostain: negative. CD30 staining: positive.", [("ALK", False), ("CD30", True)]),
    ],
)
def test_kinase_lists_before_rearrangement_and_stain_colon_signs(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,value",
    [
        ("About 7% of tumour cell nuclei were positive for Ki-67.", 7.0),
        ("Roughly 12% of neoplastic cells stained for MIB-1.", 12.0),
    ],
)
def test_ki67_percentage_of_cell_nuclei_before_the_marker(text, value):
    assert run(text).ki67_percent == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative staining verb right before the marker governs the staining noun after it; a clause that
        # weighs what it means ("and it could indicate ...") does not hedge the finding
        ("The spindle cells did not present ALK-1 granular positivity and it may have pointed to a poorer outlook.", [("ALK", False)]),
        ("The cells did not display desmin staining.", [("desmin", False)]),
        # "protein" between a marker list and its staining noun
        ("A core sample of the invented mass revealed desmin and ALK protein expression.", [("desmin", True), ("ALK", True)]),
    ],
)
def test_regression_negative_verb_before_marker_and_protein_expression(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


def test_regression_ki67_share_stated_after_a_negative_list_is_positive():
    """"negative for CD56, desmin, and Ki-67 was < 1%": the Ki-67 share belongs to Ki-67, not to the list."""
    row = CaseRow("doc", "1")
    apply([Sentence("doc", "The invented cells were negative for CD56, desmin, and Ki-67 was < 2%.", 0)], row)
    assert (row.ihc_positive, row.ihc_negative, row.ki67_percent) == (["Ki-67"], ["CD56", "desmin"], 2.0)
    row = CaseRow("doc", "1")
    apply([Sentence("doc", "The invented cells were negative for CD34 and Ki-67.", 0)], row)
    assert (row.ihc_positive, row.ihc_negative) == (None, ["CD34", "Ki-67"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clone written onto the marker ("ALK-D5F3") ends the list; partner genes named beside it are not antibodies
        ("Both made-up lesions were reactive for CD34 and S100 and for ALK-D5F3; the fusion partner genes (QRSL9 and PLXW4) differed.",
         [("CD34", True), ("S-100", True), ("ALK", True)]),
        ("Two made-up nodules showed S100 and CD34 co-expression, both benign.", [("S-100", True), ("CD34", True)]),
        # NTRK immunostaining is the pan-TRK stain
        ("MITF and NTRK were negative on immunostaining.", [("MITF", False), ("pan-TRK", False)]),
    ],
)
def test_regression_clone_on_marker_partner_genes_co_expression_and_ntrk_stain(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


def test_regression_coexpression_of_markers_is_positive():
    text = "Sampling found made-up spindle cells, necrotic foci and coexpression of S100 and CD34; sequencing followed."
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == [("S-100", True), ("CD34", True)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A biopsy of the nodule found a spindle cell lesion with positive CD34 and pan-TRK on immunostaining.", [("CD34", True), ("pan-TRK", True)]),
        ("The lesional cells showed negative S100 and SOX10, with positive SMA.", [("S-100", False), ("SOX10", False), ("SMA", True)]),
        ("The spindle cells showed positive desmin staining and negative CD117.", [("desmin", True), ("CD117", False)]),
    ],
)
def test_polarity_adjective_before_the_marker_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Panel sequencing revealed negative EGFR variants, BAP1 loss and a low mutational burden.",
        "Both positive and negative controls behaved as expected.",
        "The specimen had positive margins and negative lymph nodes.",
    ],
)
def test_polarity_adjective_without_a_marker_list_reads_nothing(text):
    assert polarities(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The background held sheets of T cells, and a few plasma cells expressing IgG4.", []),
        ("Numerous inflammatory cells did stain for CD68 and CD163, whereas the spindle cells were positive for SMA.", [("SMA", True)]),
        ("Scattered lymphocytes positive for CD3 and CD20 surrounded the tumour, which was ALK positive.", [("ALK", True)]),
        ("Most of the plasma cells were unexpectedly positive for IgG4; the spindle cells were positive for ALK.", [("ALK", True)]),
    ],
)
def test_background_cells_carrying_a_marker_are_not_the_tumour(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A ROS1-positive uterine IMT in an invented teenage girl", []),
        ("On immunostaining the invented lesion proved to be a ROS1-positive IMT.", [("ROS1", True)]),
        ("ALK-positive tumours usually respond well to kinase inhibitors.", []),
        ("ALK-negative cases tend to present at an older age.", []),
        ("Immunostaining showed ALK-positive spindle cells throughout.", [("ALK", True)]),
    ],
)
def test_kinase_sign_in_a_disease_label_is_a_result_only_with_a_stain_named(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The immunohistochemical panel comprised ALK (D5F3), SMA, desmin and h-caldesmon for every patient, with ROS1 added in ALK-negative tumours.", []),
        ("Immunostains for ALK, SMA and CD30 were done in every case; pan-TRK was added for ALK-negative tumours.", []),
        ("The immunohistochemical panel was widened with pan-TRK in the ALK-negative cases.", []),
        ("Immunohistochemistry showed the tumour to be ALK-negative, and pan-TRK was added in ALK-negative cases.", [("ALK", False)]),
    ],
)
def test_kinase_sign_on_a_class_a_protocol_is_kept_for_is_no_result_even_with_a_stain_named(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In a large series, desmin protein was expressed in 45.5% of the tumours studied.", []),
        ("Pan-TRK and CD34 staining are reported in 20-30% of such lesions.", []),
        ("Desmin is usually expressed in about 30 to 40% of cases [7].", []),
        ("Desmin was positive in 60% of the tumour cells.", [("desmin", True)]),
    ],
)
def test_a_prevalence_share_of_a_class_is_not_this_tumours_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Immunohistochemical stains for desmin and several other antibodies were performed.", []),
        ("Staining for CD34, SMA and S100 was carried out; SMA was positive.", [("SMA", True)]),
        ("Immunostaining for desmin was performed and was positive.", [("desmin", True)]),
    ],
)
def test_a_panel_named_as_done_states_no_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Relapse occurred in 20% of the ALK-1 negative cases and never in the ALK-1 positive group.", []),
    ],
)
def test_kinase_sign_on_a_group_of_cases_is_a_class_statement(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Desmin expression was confirmed by a second immunostain.", [("desmin", True)]),
        ("The ALK expression was supported by the morphology.", [("ALK", True)]),
        ("No ROS1 expression was demonstrated.", [("ROS1", False)]),
    ],
)
def test_staining_noun_confirmed_by_a_verb_of_proof_is_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The series was reviewed to correlate desmin expression with outcome.", []),
        ("No association between ALK expression and relapse was found.", []),
        ("The role of CD30 staining in these tumours remains unclear.", []),
        ("The spindle cells showed strong CD30 staining.", [("CD30", True)]),
    ],
)
def test_a_markers_expression_as_a_studied_variable_is_no_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Desmin and myogenin positivity supports a rhabdomyosarcoma.", []),
        ("S100 and SOX10 expression is needed for a schwannoma.", []),
        ("Nuclear beta-catenin expression favours desmoid fibromatosis.", []),
        ("The spindle cells were positive for SMA, and the diffuse SMA staining supported the diagnosis.", [("SMA", True), ("SMA", True)]),
    ],
)
def test_a_present_tense_diagnostic_criterion_is_not_this_tumours_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The lesion carried a BRAF fusion with golgin A4 (GOLGA4), and its cells were positive for CD34.", [("CD34", True)]),
        ("Sequencing found rearrangements involving NCOA2 or TLN2; the cells expressed desmin.", [("desmin", True)]),
    ],
)
def test_fusion_partner_genes_are_not_markers(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a drug class named after its target is a treatment, not a stain
        ("The mass was positive for an ETV6-NTRK3 fusion, and an oral NTRK inhibitor was begun.", []),
        ("Her scan was positive for uptake, so a second-generation ALK tyrosine kinase inhibitor was chosen.", []),
        ("Tumour cells were positive for ALK and desmin; an ALK inhibitor followed.", [("ALK", True), ("desmin", True)]),
        ("Immunostaining was positive for SMA, and she was treated with an ALK TKI.", [("SMA", True)]),
        ("Staining was positive for desmin before ROS1-targeted therapy began.", [("desmin", True)]),
    ],
)
def test_drug_class_named_after_a_kinase_is_not_a_marker(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A close mimic is IgG4-related disease, which is distinguished by IgG4 positivity.", []),
        ("Such lesions are usually separated from fibromatosis by their ALK expression.", []),
        ("The tumour cells were positive for IgG4 in scattered foci.", [("IgG4", True)]),
    ],
)
def test_how_a_class_is_told_apart_is_not_this_tumours_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Spindle cells showed positivity for desmin and for cluster of differentiation 34.", [("desmin", True), ("CD34", True)]),
        ("Stains for human herpesvirus-8 and Epstein-Barr virus were both negative here.", [("HHV8", False), ("EBV", False)]),
        ("Immunostaining showed loss of retinoblastoma 1 in the spindle cells.", [("Rb", False)]),
        ("Lesional cells stained for CD163 and phosphorylated ERK.", [("CD163", True), ("p-ERK", True)]),
    ],
)
def test_spelled_out_marker_names(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Immunostaining was positive for desmin, negative for CD34, and a smooth muscle tumour was suspected.",
         [("desmin", True), ("CD34", False)]),
        ("Staining for SMA was positive, and a diagnosis of a possible IMT was considered.", [("SMA", True)]),
        ("Immunostaining was possibly positive for desmin, and a diagnosis of sarcoma was made.", []),
    ],
)
def test_hedge_of_a_later_clause_does_not_reach_the_stains(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("La inmunohistoquímica resultó positiva para ALK y vimentina, y negativa para CD34 y S-100.",
         ["ALK", "vimentin"], ["CD34", "S-100"]),
        ("Las células fusiformes expresaban ALK y actina de músculo liso.", ["ALK", "SMA"], None),
        ("La citoqueratina fue negativa.", None, ["CK"]),
        ("Les cellules étaient positives pour ALK, mais négatives pour la desmine et CD117.", ["ALK"], ["desmin", "CD117"]),
        ("Il n'y avait pas d'expression de CD34.", None, ["CD34"]),
        ("A imuno-histoquímica foi positiva para ALK e desmina e negativa para CD34.", ["ALK", "desmin"], ["CD34"]),
        ("Não houve expressão de miogenina.", None, ["myogenin"]),
    ],
)
def test_romance_language_staining_results(text, positive, negative):
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)




@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neither vimentin nor CD117 was expressed by the lesion.", [("vimentin", False), ("CD117", False)]),
        ("The spindle cells expressed neither DOG1 nor CD34.", [("DOG-1", False), ("CD34", False)]),
        ("Lesional cells stained for calponin but neither for myogenin nor for S-100.",
         [("calponin", True), ("myogenin", False), ("S-100", False)]),
        # precision: a neither/nor pair of other words does not reach a stain stated later in the sentence
        ("Neither relapse nor spread was seen, and desmin staining was positive.", [("desmin", True)]),
        # a neither/nor pair of rearranged kinase genes is a molecular result, not a stain
        ("Neither ALK nor ROS1 fusion was found by sequencing, and immunostaining for h-caldesmon was positive.",
         [("caldesmon", True)]),
    ],
)
def test_neither_nor_pair_of_markers_is_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pan-TRK staining was negative, as were CD30, EMA and SOX10.",
         [("pan-TRK", False), ("CD30", False), ("EMA", False), ("SOX10", False)]),
        ("Calponin was negative, as was myogenin.", [("calponin", False), ("myogenin", False)]),
        ("Desmin was focally positive, as was h-caldesmon, whereas CD117 was negative.",
         [("desmin", True), ("caldesmon", True), ("CD117", False)]),
        # precision: "as was" followed by other words is not a list of markers
        ("CD117 was negative, as was the resection margin, and calponin was positive.",
         [("CD117", False), ("calponin", True)]),
    ],
)
def test_result_then_as_were_list_takes_that_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calponin and WT1 were negative, as were the lymphoid markers CD20, CD3 and CD43.",
         [("calponin", False), ("WT1", False), ("CD20", False), ("CD3", False), ("CD43", False)]),
        ("ALK was negative, as were the melanocytic markers S100 and HMB45.",
         [("ALK", False), ("S-100", False), ("HMB-45", False)]),
        ("Desmin was diffusely positive, as were all smooth muscle markers SMA and caldesmon.",
         [("desmin", True), ("SMA", True), ("caldesmon", True)]),
        ("CD117 was negative; so were the vascular antibodies CD31 and ERG, while SMA was positive.",
         [("CD117", False), ("CD31", False), ("ERG", False), ("SMA", True)]),
        ("CD34 was negative, as were the markers STAT6 and EMA.", [("CD34", False), ("STAT6", False), ("EMA", False)]),
    ],
)
def test_as_were_the_class_markers_list_takes_that_result(text, expected):
    """"as were the hematolymphoid markers X, Y": the class noun naming the list does not cut it off its result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Keratin and EMA were negative; so too were CD30 and CD15.", [("CK", False), ("EMA", False), ("CD30", False), ("CD15", False)]),
        ("Desmin was positive, and so too was calponin.", [("desmin", True), ("calponin", True)]),
        ("ALK was negative, as also were ROS1 and pan-TRK.", [("ALK", False), ("ROS1", False), ("pan-TRK", False)]),
    ],
)
def test_so_too_were_list_takes_that_result(text, expected):
    """"so too were X", "as also were X": the list takes the result before it, as after "as were"."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunoreactivity was noted for calponin and ALK, but not for CD34.",
         [("calponin", True), ("ALK", True), ("CD34", False)]),
        ("Diffuse staining was observed for vimentin and desmin.", [("vimentin", True), ("desmin", True)]),
        ("No staining was found for SOX10 or HMB45.", [("SOX10", False), ("HMB-45", False)]),
        ("Staining was not observed for CD30.", [("CD30", False)]),
        # the polarity word before the noun is the result: a negative noun seen for the markers is negative
        ("Negative staining was observed for ALK, TTF-1 and CD34.", [("ALK", False), ("TTF-1", False), ("CD34", False)]),
        ("Negative immunoreactivity was noted with desmin and S100.", [("desmin", False), ("S-100", False)]),
        (
            "Positive staining was found for SMA, while negative expression was seen for myogenin.",
            [("SMA", True), ("myogenin", False)],
        ),
        (
            "Negative results were obtained for thyroglobulin and calcitonin; positive results were seen for ALK.",
            [("thyroglobulin", False), ("calcitonin", False), ("ALK", True)],
        ),
    ],
)
def test_staining_noun_seen_for_markers(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunohistochemistry: ALK (+), EMA (-), CD34 (vessels +), desmin (-).",
         [("ALK", True), ("EMA", False), ("desmin", False)]),
        ("Stains: SMA(+), CD31(positive in vessels), CD20(lymphocytes +), S-100(-).",
         [("SMA", True), ("S-100", False)]),
        # precision: a bracketed sign with an extent or the tumour cells is still the tumour's result
        ("Immunohistochemistry: CD34 (focal +), CD99 (diffuse +).", [("CD34", True), ("CD99", True)]),
    ],
)
def test_bracketed_sign_on_vessels_or_background_cells_is_no_call(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "positive for:" / "negative for:" opens its list across the colon
        ("Staining showed lesional cells positive for: calponin, ALK; negative for: myogenin, SOX10.",
         [("calponin", True), ("ALK", True), ("myogenin", False), ("SOX10", False)]),
        # a singular "stain" between the marker and its result is list filler like "staining"
        ("The h-caldesmon stain was negative.", [("caldesmon", False)]),
        # "negative, as was staining for X": the repeated staining noun does not turn the result round
        ("Staining for pan-TRK was negative, as was staining for CD30.", [("pan-TRK", False), ("CD30", False)]),
    ],
)
def test_colon_after_for_singular_stain_and_as_was_staining_for(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a polarity word before a bracketed list governs the list
        ("Lesional cells were positive (calponin, ALK) and negative (myogenin, SOX10, CD117).",
         [("calponin", True), ("ALK", True), ("myogenin", False), ("SOX10", False), ("CD117", False)]),
        ("Staining was negative (CD31, EMA), but positive (vimentin).",
         [("CD31", False), ("EMA", False), ("vimentin", True)]),
        # precision: a bracket of extent or a note after the result does not reach the next marker
        ("Calponin positive (diffuse), CD117 negative (focal), myogenin positive (weak).",
         [("calponin", True), ("CD117", False), ("myogenin", True)]),
        ("EMA was negative (vessels served as internal control), and calponin was positive.",
         [("EMA", False), ("calponin", True)]),
        # an extent in brackets between "positive" and "for"
        ("The spindle cells were positive (strong, diffuse) for calponin and negative for SOX10.",
         [("calponin", True), ("SOX10", False)]),
    ],
)
def test_polarity_word_before_a_bracketed_marker_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lesional cells were +ve for calponin and vimentin and -ve for myogenin.",
         [("calponin", True), ("vimentin", True), ("myogenin", False)]),
        # "with negative results for" opens its own list and does not turn back the list before it
        ("The cells were positive for vimentin, calponin and ALK (Figure 2), with negative results for SOX10 and CD31.",
         [("vimentin", True), ("calponin", True), ("ALK", True), ("SOX10", False), ("CD31", False)]),
    ],
)
def test_ve_shorthand_prefix_and_negative_results_for(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The nodule was positive (+ve) for calponin and vimentin and negative (-ve) for SOX10 and CD31.",
         [("calponin", True), ("vimentin", True), ("SOX10", False), ("CD31", False)]),
        ("Spindle cells were positive (+) for desmin and h-caldesmon, and negative (\u2212) for STAT6.",
         [("desmin", True), ("caldesmon", True), ("STAT6", False)]),
        # the bracketed sign after a marker is still that marker's own result
        ("Calponin (+), CD31 (-) and STAT6 (-) in the lesional cells.",
         [("calponin", True), ("CD31", False), ("STAT6", False)]),
    ],
)
def test_sign_repeated_in_brackets_after_the_polarity_word(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calponin and vimentin were +ve; SOX10 and CD31 were -ve.",
         [("calponin", True), ("vimentin", True), ("SOX10", False), ("CD31", False)]),
        ("STAT6, myogenin and CD31 all \u2212ve, calponin +ve (patchy).",
         [("STAT6", False), ("myogenin", False), ("CD31", False), ("calponin", True)]),
        ("Both desmin and h-caldesmon +ve.", [("desmin", True), ("caldesmon", True)]),
        # each marker's own sign still wins over a later list result
        ("Vimentin +ve, SOX10 -ve, CD31 -ve.", [("vimentin", True), ("SOX10", False), ("CD31", False)]),
    ],
)
def test_ve_shorthand_as_the_result_of_a_marker_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The biopsy stained positively for calponin and negatively for SOX10.", [("calponin", True), ("SOX10", False)]),
        ("Vimentin and calponin were expressed, whereas CD31 and EMA were not.",
         [("vimentin", True), ("calponin", True), ("CD31", False), ("EMA", False)]),
        ("Calponin stained the lesional cells, but myogenin did not.", [("calponin", True), ("myogenin", False)]),
        # precision: "was not" followed by another verb is no elliptic result
        ("ALK was not evaluated, and calponin was positive.", [("calponin", True)]),
    ],
)
def test_negatively_for_after_positively_and_elliptic_were_not(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Staining with anti-myogenin and anti-CD31 antibodies was negative.", [("myogenin", False), ("CD31", False)]),
        ("The lesional cells reacted with antibodies against calponin and vimentin but not against SOX10.",
         [("calponin", True), ("vimentin", True), ("SOX10", False)]),
        # precision: a patient's reaction to a drug is no stain
        ("She reacted with a rash to the infusion, and calponin staining was positive.", [("calponin", True)]),
    ],
)
def test_anti_marker_antibodies_and_reacted_with(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vendor clone name in brackets after the marker is not a second marker
        ("Immunohistochemistry: CD31 (QBEnd10) negative, DOG1 (SP31) negative, SOX10 (EP268) negative, calponin positive.",
         [("CD31", False), ("DOG-1", False), ("SOX10", False), ("calponin", True)]),
        # hyphenated spellings of vocabulary markers
        ("Immunohistochemistry showed that TFE-3, SATB-2 and HHF-35 were negative.",
         [("TFE3", False), ("SATB2", False), ("HHF35", False)]),
    ],
)
def test_clone_names_and_hyphenated_marker_spellings(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kinase result by a molecular test is not a stain
        ("ROS1 was positive by FISH, and calponin staining was negative.", [("calponin", False)]),
        ("ALK was negative by break-apart FISH; immunostaining for SOX10 was negative.", [("SOX10", False)]),
        # precision: the stain named with the molecular test is kept
        ("The tumour was positive for ALK by both IHC and FISH.", [("ALK", True)]),
    ],
)
def test_kinase_result_by_a_molecular_test_is_no_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "negative for ALK by FISH": the tumour's result for the kinase by a molecular test, not a stain
        ("The nodule was positive for desmin and negative for ALK by FISH.", [("desmin", True)]),
        ("The lesion carried a TPM3-NTRK1 fusion and was negative for ROS1 by fluorescence in situ hybridisation.", []),
        # precision: the kinase positive on immunostaining stays a stain
        ("The nodule was positive for ALK on immunohistochemistry and for desmin.", [("ALK", True), ("desmin", True)]),
    ],
)
def test_kinase_result_for_the_tumour_by_a_molecular_test_is_no_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunohistochemistry: calponin: +; vimentin: +; SOX10: -; CD31: -.",
         [("calponin", True), ("vimentin", True), ("SOX10", False), ("CD31", False)]),
        ("Sheets of calponin-expressing spindle cells were present on immunostaining.", [("calponin", True)]),
        # a method label before a dash is not a fusion partner of the kinase
        ("IHC – ALK positive, calponin positive, SOX10 negative.", [("ALK", True), ("calponin", True), ("SOX10", False)]),
        # precision: a real fusion written with a dash stays molecular
        ("Sequencing found EML4-ALK, and calponin staining was positive.", [("calponin", True)]),
    ],
)
def test_colon_sign_participle_and_method_label_before_a_dash(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the exception to a negative panel is positive
        ("On immunohistochemistry all markers were negative except calponin and ALK.", [("calponin", True), ("ALK", True)]),
        ("The lesion was negative for all markers tested except vimentin.", [("vimentin", True)]),
        ("Except for calponin, all stains (myogenin, SOX10, CD31) were negative.",
         [("calponin", True), ("myogenin", False), ("SOX10", False), ("CD31", False)]),
        ("Apart from ALK, the spindle cells were negative for myogenin and CD31.",
         [("ALK", True), ("myogenin", False), ("CD31", False)]),
        ("Other than focal calponin, no markers were expressed (SOX10, CD31).",
         [("calponin", True), ("SOX10", False), ("CD31", False)]),
        # precision: "except" about areas of a positive stain is no exception to a negative panel
        ("The cells were positive for calponin except in necrotic areas.", [("calponin", True)]),
    ],
)
def test_exception_to_a_negative_panel_is_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a differential excluded by the patient's own stains: the stains are results
        ("A rhabdomyosarcoma was excluded by negative myogenin and MyoD1.", [("myogenin", False), ("MyoD1", False)]),
        ("The diagnosis was supported by positive calponin staining.", [("calponin", True)]),
    ],
)
def test_differential_excluded_by_negative_stains(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calponin and myogenin were positive and negative, respectively.", [("calponin", True), ("myogenin", False)]),
        ("The spindle cells were negative and positive for SOX10 and calponin, respectively.",
         [("SOX10", False), ("calponin", True)]),
        ("CD31, EMA and vimentin were negative, negative and positive, respectively.",
         [("CD31", False), ("EMA", False), ("vimentin", True)]),
        # precision: a list of shares, not results, keeps the ordinary reading
        ("Calponin and vimentin were positive in 60% and 30% of the cells, respectively.",
         [("calponin", True), ("vimentin", True)]),
    ],
)
def test_results_paired_with_markers_by_respectively(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calponin, but not myogenin, was positive.", [("calponin", True), ("myogenin", False)]),
        ("Vimentin and, to a lesser extent, calponin were positive on immunostaining.",
         [("vimentin", True), ("calponin", True)]),
        # precision: a clause after "but not" that is no aside keeps the split
        ("Calponin was positive but not diffusely, and SOX10 was negative.", [("calponin", True), ("SOX10", False)]),
    ],
)
def test_aside_in_commas_inside_a_marker_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a results table flattened into text with pipes between its cells
        ("Immunohistochemistry | Result | calponin | Positive | SOX10 | Negative |", [("calponin", True), ("SOX10", False)]),
        ("| CD31 | Negative (staining) |", [("CD31", False)]),
    ],
)
def test_pipe_separated_result_rows(text, expected):
    assert polarities(text) == expected


def test_clone_and_vendor_columns_between_marker_and_result():
    text = "Antibody\tClone\tResult\nCalponin\tEP798Y\tPositive\nMyogenin\tF5D\tNegative\nCD31\tJC70A\tNegative\nSOX10\tpolyclonal\tNegative"
    assert polarities(text) == [("calponin", True), ("myogenin", False), ("CD31", False), ("SOX10", False)]


def test_clone_vendor_and_dilution_in_brackets_before_the_result():
    text = "Immunohistochemistry: myogenin (clone F5D, Dako, 1:50) was negative, and calponin (EP798Y, prediluted) was positive."
    assert polarities(text) == [("myogenin", False), ("calponin", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cells were positive for calponin and vimentin, suggesting a myofibroblastic origin.",
         [("calponin", True), ("vimentin", True)]),
        ("Lesional cells were negative for SOX10, which suggested that a nerve sheath tumour was unlikely.", [("SOX10", False)]),
        # precision: a hedge on the stain itself still drops it
        ("Immunostaining, which was possibly positive for desmin, was repeated.", []),
    ],
)
def test_interpretation_after_the_stains_does_not_hedge_them(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Myogenin, SOX10 and CD31 were absent.", [("myogenin", False), ("SOX10", False), ("CD31", False)]),
        ("INI1 was retained.", [("INI1", True)]),
        # precision: an absent histological feature names no marker
        ("Mitoses were absent.", []),
    ],
)
def test_panel_result_absent_or_retained_without_a_staining_word(text, expected):
    assert polarities(text) == expected


def test_plus_sign_with_the_stained_cells_in_the_bracket():
    text = "Immunohistochemistry: calponin (+ in lesional cells), CD31 (+ in vessels), SOX10 (-)."
    assert polarities(text) == [("calponin", True), ("SOX10", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Myogenin and CD31 were immunonegative.", [("myogenin", False), ("CD31", False)]),
        ("ALK was immunohistochemically negative.", [("ALK", False)]),
        ("Calponin was immunohistochemically positive, whereas SOX10 was immunonegative.",
         [("calponin", True), ("SOX10", False)]),
    ],
)
def test_immunonegative_and_immunohistochemically_before_the_result(text, expected):
    assert polarities(text) == expected


# -- an IHC panel table (one row per antibody) read for the report's own patient ------------------
_PANEL_CASE = (
    "Inflammatory myofibroblastic tumour of the {organ}: an invented report\n\n"
    "Case presentation\n{patient} The mass was removed and showed spindle cells among plasma cells. "
    "Table 1 lists the stains.\n\n"
    "Table 1. {caption}\n{table}\n"
    "Discussion\nThis invented tumour did not come back during follow-up.\n"
)
_ONE = "A 38-year-old man had a slowly growing swelling of the {organ}."
_PIPES = (
    "| Antibody | Clone | Dilution | Result |\n| ALK | 5A4 | 1:60 | Focal + |\n| Desmin | D33 | 1:80 | Negative |\n"
    "| CD34 | QBEnd10 | 1:100 | - |\n| SMA | 1A4 | 1:250 | diffusely positive |\n| Myogenin | F5D | 1:50 | not done |\n"
)
_TABS = (
    "Antibody\tClone\tSource\tStaining\nALK\tD5F3\tVentana\tpositive\nDesmin\tDE-R-11\tDako\tnegative\n"
    "CD34\tQBEnd10\tDako\t-\nSMA\t1A4\tDako\t+\nMyogenin\tF5D\tDako\tND\n"
)
_PLAIN = (
    "Marker      Clone      Dilution     Expression\nALK         5A4        1:40         Positive\n"
    "Desmin      D33        1:90         Negative\nCD34        QBEnd10    1:100        Negative\n"
    "SMA         1A4        1:300        Positive\n"
)


def _extract(tmp_path, nlp, text: str, name: str = "panel.txt"):
    from eims_extract.pipeline.extract import process_path

    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    res = process_path(p, nlp)
    assert res.status == "ok"
    return res


@pytest.mark.parametrize("table", [_PIPES, _TABS, _PLAIN], ids=["pipes", "tabs", "plain_text"])
def test_ihc_panel_table_gives_the_single_patient_its_calls(table, tmp_path, nlp):
    organ = "spleen"
    text = _PANEL_CASE.format(organ=organ, patient=_ONE.format(organ=organ), caption="Antibodies used", table=table)
    res = _extract(tmp_path, nlp, text)
    (row,) = res.rows
    assert set(row.ihc_positive or []) == {"ALK", "SMA"}
    assert set(row.ihc_negative or []) == {"desmin", "CD34"}  # "not done" / "ND" is no call
    for name in ("ihc_positive", "ihc_negative"):
        for ev in row.evidence[name]:
            assert ev.section == "table" and res.text and res.text[ev.start : ev.end].strip()


def test_ihc_panel_table_does_not_override_the_narrative_call(tmp_path, nlp):
    organ = "stomach"
    patient = _ONE.format(organ=organ) + " Tumour cells were negative for ALK."
    text = _PANEL_CASE.format(organ=organ, patient=patient, caption="Stains", table=_PIPES)
    (row,) = _extract(tmp_path, nlp, text).rows
    assert "ALK" in (row.ihc_negative or []) and "ALK" not in (row.ihc_positive or [])
    assert "SMA" in (row.ihc_positive or [])


_TWO = (
    "Inflammatory myofibroblastic tumour of the kidney in two adults: two invented cases\n\n"
    "Case 1\nA 47-year-old woman had flank pain; a renal mass was resected.\n\n"
    "Case 2\nA 29-year-old man had haematuria; a partial nephrectomy was done.\n\n"
    "Table 1. Stains of both tumours\n{table}\n"
    "Discussion\nNeither invented patient had a recurrence.\n"
)


def test_ihc_panel_table_with_a_column_per_case_gives_each_case_its_calls(tmp_path, nlp):
    table = "| Antibody | Clone | Case 1 | Case 2 |\n| ALK | 5A4 | + | - |\n| SMA | 1A4 | - | focal + |\n| Desmin | D33 | + | + |\n"
    rows = {r.case_id: r for r in _extract(tmp_path, nlp, _TWO.format(table=table)).rows}
    assert set(rows["case-1"].ihc_positive or []) == {"ALK", "desmin"} and rows["case-1"].ihc_negative == ["SMA"]
    assert set(rows["case-2"].ihc_positive or []) == {"SMA", "desmin"} and rows["case-2"].ihc_negative == ["ALK"]



def test_ihc_panel_flattened_with_single_spaces_gives_each_case_its_column(tmp_path, nlp):
    """A PDF dump prints the panel's cells one space apart, a result column per case: each case its own column's calls
    and its own Ki-67 share, an approximate one too ("\u22484%"); a cell "n.p." is no call."""
    table = (
        "Antibody Clone Dilution Case 1 Case 2\nALK D5F3 RTU + \u2212\nSMA 1A4 1:200 \u2212 focal weak +\n"
        "Desmin D33 1:100 + n.p.\nKi-67 MIB-1 1:100 \u22484% 20\u201325%\n"
    )
    rows = {r.case_id: r for r in _extract(tmp_path, nlp, _TWO.format(table=table)).rows}
    assert set(rows["case-1"].ihc_positive or []) == {"ALK", "desmin", "Ki-67"} and rows["case-1"].ihc_negative == ["SMA"]
    assert set(rows["case-2"].ihc_positive or []) == {"SMA", "Ki-67"} and rows["case-2"].ihc_negative == ["ALK"]
    assert (rows["case-1"].ki67_percent, rows["case-2"].ki67_percent) == (4.0, 25.0)


def test_ihc_panel_whose_caption_names_one_case_is_that_cases(tmp_path, nlp):
    """"Table 1 Immunohistochemistry, Case 2" over one result column: the calls are the patient the caption names."""
    text = _TWO.replace("Stains of both tumours", "Immunohistochemistry, Case 2").format(
        table="Antibody Clone Result\nALK 5A4 \u2212\nSMA 1A4 +\nCD34 QBEnd10 \u2212\n"
    )
    rows = {r.case_id: r for r in _extract(tmp_path, nlp, text).rows}
    assert rows["case-2"].ihc_positive == ["SMA"] and set(rows["case-2"].ihc_negative or []) == {"ALK", "CD34"}
    assert not rows["case-1"].ihc_positive and not rows["case-1"].ihc_negative

def test_ihc_panel_table_with_one_result_column_is_not_guessed_for_several_patients(tmp_path, nlp):
    rows = _extract(tmp_path, nlp, _TWO.format(table=_PIPES)).rows
    assert len(rows) == 2
    assert all(not r.ihc_positive and not r.ihc_negative for r in rows)


def test_ihc_panel_headers_do_not_change_a_literature_summary_table(tmp_path, nlp):
    """A review table of published cases (with a "Markers" and a "Result" column) stays a summary
    table read row by row; none of its cells reaches the narrative row as a panel call."""
    from eims_extract.fields.literature_table import panel_lines, rows_from_table

    text = (
        "Inflammatory myofibroblastic tumour: an invented review\n\n"
        "Table 2. Published cases\n"
        "Case | Author | Age/Sex | Site | Markers | Result\n"
        "1 | Hazel et al. [5] | 33/F | Liver | ALK | Alive\n"
        "2 | Rowan et al. [6] | 12/M | Lung | SMA | Dead\n\n"
        "Discussion\nThese invented cases are of no real patient.\n"
    )
    from eims_extract.ingest.text import read_text

    doc = read_text(text.encode(), "review", "review.txt")
    (table,) = doc.tables
    assert not panel_lines(doc, table)
    table_rows = rows_from_table(doc, table)
    assert [r.case_id for r in table_rows] == ["1", "2"]
    assert all(r.ihc_positive is None and r.ihc_negative is None for r in table_rows)
    rows = _extract(tmp_path, nlp, text, "review.txt").rows
    assert all(not r.ihc_positive and not r.ihc_negative for r in rows if r.source != "table")


@pytest.mark.parametrize(
    "text,expected",
    [
        # an intensity adverb before the participle: the participle is still the markers' result
        ("Vimentin was strongly expressed.", [("vimentin", True)]),
        ("CD68 was focally expressed in the lesional cells.", [("CD68", True)]),
        ("Calponin and SMA were diffusely expressed, whereas S100 was not.", [("calponin", True), ("SMA", True), ("S-100", False)]),
        ("Myogenin and CD117 were negative whereas ALK was weakly expressed.", [("myogenin", False), ("CD117", False), ("ALK", True)]),
        # guard: the adverb + participle opening its own list still reads only forward
        ("The spindle cells diffusely expressed caldesmon and CD10.", [("caldesmon", True), ("CD10", True)]),
    ],
)
def test_adverb_before_expressed_is_the_result_of_the_markers_before_it(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list of "[intensity] MARKER" items closed by a negated one: the negative adjective opens its own item
        (
            "Immunostains revealed strong CD30 staining, weak patchy calponin and absent S100 staining.",
            [("CD30", True), ("calponin", True), ("S-100", False)],
        ),
        ("The stains demonstrated faint desmin and absent DOG1 expression.", [("desmin", True), ("DOG-1", False)]),
        # guard: the same word after the list, with no marker after it, is still the list's result
        ("Desmin and calponin were absent.", [("desmin", False), ("calponin", False)]),
        ("CD34 and S100 were absent, as was DOG1.", [("CD34", False), ("S-100", False), ("DOG-1", False)]),
    ],
)
def test_negative_adjective_before_a_marker_opens_its_own_item(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # faint, partial, mild, variable: a weak or limited stain is still a positive one
        ("Neoplastic cells showed faint CD10 and absent S100 staining.", [("CD10", True), ("S-100", False)]),
        ("Calponin showed variable staining, while DOG1 was negative.", [("calponin", True), ("DOG-1", False)]),
        ("The CD68 staining was faint and granular.", [("CD68", True)]),
        ("Caldesmon was patchily positive, with CD117 negative.", [("caldesmon", True), ("CD117", False)]),
        ("The lesion showed faint, partial staining for WT1; SOX10 was negative.", [("WT1", True), ("SOX10", False)]),
        ("Desmin partial, CD34 negative.", [("desmin", True), ("CD34", False)]),
        ("Vimentin faint; myogenin negative.", [("vimentin", True), ("myogenin", False)]),
        ("The cells were mild positive for CD30 and negative for EMA.", [("CD30", True), ("EMA", False)]),
        # guard: an intensity word does not turn a negative result positive
        ("Desmin was faint at most and CD34 was negative.", [("CD34", False)]),
    ],
)
def test_faint_partial_mild_variable_staining_is_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the internal control named beside a negative result: the tumour's negative stays
        ("The lesional cells were negative for CD31, which highlighted the capillaries.", [("CD31", False)]),
        (
            "The mass was negative for CD34 and CD31, which only stained the blood vessels, and for SOX10.",
            [("CD34", False), ("CD31", False), ("SOX10", False)],
        ),
        ("The spindle cells were negative for CD34 (vessels positive) and calponin.", [("CD34", False), ("calponin", False)]),
        ("Tumour cells were negative for CD163 (positive in histiocytes) and myogenin.", [("CD163", False), ("myogenin", False)]),
        # guard: the background stain alone is still no positive call for the tumour
        ("CD31 highlighted the capillaries only.", [("CD31", False)]),  # vessels only: the tumour's negative (session 22)
        ("Stains: WT1 (+), CD34 (vascular +), SOX10 (-).", [("WT1", True), ("SOX10", False)]),
        ("The cells were positive for desmin, while CD68 highlighted scattered histiocytes.", [("desmin", True)]),
    ],
)
def test_negative_marker_with_its_background_internal_control_stays_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "immunoexpression" / "immuno-expression": the staining noun written with its method prefix
        ("The lesion showed immuno-expression of calponin and no immuno-expression of CD117.", [("calponin", True), ("CD117", False)]),
        ("The mass showed immunoexpression of SMA and was immunonegative for SOX10.", [("SMA", True), ("SOX10", False)]),
        (
            "There was diffuse immunoexpression for vimentin and WT1, with no immunoexpression for DOG1 or CD34.",
            [("vimentin", True), ("WT1", True), ("DOG-1", False), ("CD34", False)],
        ),
        ("Myogenin immunoexpression was absent.", [("myogenin", False)]),
        ("CD30 immunoexpression was strong and diffuse.", [("CD30", True)]),
        ("The spindle cells showed ALK immunoexpression.", [("ALK", True)]),
    ],
)
def test_immunoexpression_is_a_staining_noun(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a bracketed phenotype after a background cell type belongs to the infiltrate, whatever its sign
        (
            "The mass held epithelioid cells (ALK+, CD30+) mixed with plasma cells (CD138+) and eosinophils.",
            [("ALK", True), ("CD30", True)],
        ),
        ("Sheets of neutrophils (MPO positive) surrounded the nests.", []),
        ("The stroma contained T lymphocytes (CD3 and CD5 positive) and histiocytes (CD68+, S100-).", []),
        ("Plasma cells (IgG4 negative) were scattered; the spindle cells were positive for desmin.", [("desmin", True)]),
        # guard: the tumour cells' own bracketed phenotype still counts
        ("Spindle cells (SMA positive, CD34 negative) formed fascicles.", [("SMA", True), ("CD34", False)]),
    ],
)
def test_bracketed_phenotype_after_a_background_cell_type_is_not_the_tumours(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "unremarkable", "non-contributory", "lacking", "devoid of", "not detected/identified/seen": negative results
        ("The other stains, including caldesmon, CD31 and SOX10, were unremarkable.", [("caldesmon", False), ("CD31", False), ("SOX10", False)]),
        ("CD117 and DOG1 stains were non-contributory.", [("CD117", False), ("DOG-1", False)]),
        ("Staining for CK7 and EMA was noncontributory.", [("CK7", False), ("EMA", False)]),
        ("The mass was devoid of myogenin and CD34 expression.", [("myogenin", False), ("CD34", False)]),
        ("Calponin, S100 and CD117 were not detected.", [("calponin", False), ("S-100", False), ("CD117", False)]),
        ("CD31 expression was not identified.", [("CD31", False)]),
        ("Immunoreactivity for caldesmon was lacking.", [("caldesmon", False)]),
        ("Immunostaining for HMB45 and SOX10 was not seen.", [("HMB-45", False), ("SOX10", False)]),
        ("Immunoreactivity was seen for WT1, but CD10 was not seen.", [("WT1", True), ("CD10", False)]),
        # guard: a molecular test's genes and a finding that is not a stain
        ("NTRK1 and ROS1 were not identified on the NGS panel.", []),
        ("Pathogenic variants in KRAS, BRAF and NF1 were not identified.", []),
        ("Copy number alterations of MDM2 and CDK4 were not found.", []),
        ("The spindle cells were positive for ALK; mitoses were not seen.", [("ALK", True)]),
        ("ALK was positive on the immunohistochemical panel, while desmin was negative.", [("ALK", True), ("desmin", False)]),
    ],
)
def test_unremarkable_lacking_and_not_detected_are_negative_results(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # marker names spelled out or given by clone, as real reports print them
        ("The cells were negative for anaplastic lymphoma receptor tyrosine kinase.", ["ALK"]),
        ("Histiocytes aside, the lesion was negative for CD68 (PG-M1).", ["CD68"]),
        ("The large cells were positive for Ber-H2.", ["CD30"]),
        ("The spindle cells expressed smooth muscle-specific actin.", ["SMA"]),
        ("The tumour was positive for oestrogen receptors and PgR.", ["ER", "PR"]),
        ("There was no staining for glial fibrillary acidic protein.", ["GFAP"]),
        ("Plasma cells aside, the tumour was negative for IgG-4.", ["IgG4"]),
    ],
)
def test_marker_spellings_and_clone_names(text, expected):
    assert list(dict.fromkeys(m.canonical for m in markers_in(text))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # present-tense "lack" as a verb, and the exception to a panel told with "did not stain"
        ("The lesional cells lack myogenin and CD117.", [("myogenin", False), ("CD117", False)]),
        ("The cells lack caldesmon, CD34 and SOX10 expression but express CD30.",
         [("caldesmon", False), ("CD34", False), ("SOX10", False), ("CD30", True)]),
        ("Apart from calponin, the cells did not stain for any antibody of the panel (desmin, S100, CK).",
         [("calponin", True), ("desmin", False), ("S-100", False), ("CK", False)]),
        # guard: the class statement stays no call, and "lack of" still reads as before
        ("Such tumours typically express SMA and lack S100.", []),
        ("There was a lack of WT1 staining.", [("WT1", False)]),
        ("Roughly half of such tumours lack CD30 expression.", []),
    ],
)
def test_lack_as_a_verb_and_exception_before_did_not_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a clone in brackets between the staining noun and its result: the result after the bracket decides
        ("ROS1 staining (clone D4D6) was negative.", [("ROS1", False)]),
        ("CD30 immunostaining (Ber-H2, Dako) was negative, while ALK staining was diffusely positive.",
         [("CD30", False), ("ALK", True)]),
        ("Desmin expression (focal) was noted.", [("desmin", True)]),
        # guard: the bracket before a staining location still reads as a positive stain
        ("The lesion showed WT1 staining (clone 6F-H2) in most cells.", [("WT1", True)]),
    ],
)
def test_clone_bracket_between_staining_noun_and_result(text, expected):
    assert list(dict.fromkeys(polarities(text))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # Spanish / Portuguese / French: reactivity words, a negated verb, ALK's spelled-out name
        ("El estudio mostró reactividad a la quinasa del linfoma anaplásico y a la vimentina.", [("ALK", True), ("vimentin", True)]),
        ("Las células fusiformes no expresaron miogenina ni CD34.", [("myogenin", False), ("CD34", False)]),
        # calponina is a vocabulary name since round 12: its positive is read too
        ("As células eram imunorreativas para calponina e negativas para desmina.", [("calponin", True), ("desmin", False)]),
        ("As células não expressavam desmina nem S100.", [("desmin", False), ("S-100", False)]),
        ("Les cellules exprimaient la vimentine, mais n'exprimaient pas la desmine.", [("vimentin", True), ("desmin", False)]),
        # guard: the affirmative verb stays positive
        ("Las células expresaron ALK y vimentina.", [("ALK", True), ("vimentin", True)]),
    ],
)
def test_romance_reactivity_and_negated_verbs(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the differential's label and present-tense definition are another entity's markers
        ("ALK-positive anaplastic large cell lymphoma is a large-cell tumour expressing CD30 and ALK.", []),
        ("An ALK-positive histiocytosis was also considered.", []),
        ("Gastrointestinal stromal tumour is a neoplasm that expresses CD117 and DOG1.", []),
        # guard: this tumour's own sign and expression, told in the past tense, still count
        ("Our tumour was an ALK-positive neoplasm expressing CD30.", [("ALK", True), ("CD30", True)]),
        ("The epithelioid cells were ALK positive and CD30 positive.", [("ALK", True), ("CD30", True)]),
    ],
)
def test_differential_entity_label_and_definition_are_not_the_tumours(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a staining verb in the passive, as figure legends write it
        ("(C) Epithelioid cells highlighted by CD30 (x400).", [("CD30", True)]),
        ("(D) Spindle cells decorated by calponin (x200).", [("calponin", True)]),
        ("(E) Lesional cells not highlighted by SOX10 (x100).", [("SOX10", False)]),
        ("The neoplastic cells were highlighted by WT1 and CD10 but not by CD31.", [("WT1", True), ("CD10", True), ("CD31", False)]),
        # guard: background cells highlighted by a marker are no call
        ("Histiocytes highlighted by CD163.", []),
        ("The capillaries were highlighted by ERG, while the spindle cells were positive for desmin.", [("desmin", True)]),
    ],
)
def test_passive_staining_verb_in_figure_legends(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the dash or plus that opens the next bullet line is no sign of the marker above it
        ("SMA\n-", []),
        ("Immunostains were done for WT1\n+ a second panel", []),
        # guard: a sign on the marker's own line still counts
        ("Desmin -", [("desmin", False)]),
        ("CD30 +, S100 -.", [("CD30", True), ("S-100", False)]),
    ],
)
def test_bullet_of_the_next_line_is_not_a_sign(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the emphatic affirmative after a negative half ("..., but did react with X")
        ("The cells showed no reactivity to CD117 or DOG1, but did react with WT1.", [("CD117", False), ("DOG-1", False), ("WT1", True)]),
        ("The cells did not react with myogenin but did stain for calponin.", [("myogenin", False), ("calponin", True)]),
    ],
)
def test_did_react_with_after_a_negative_half(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # molecular findings named with a gene: not stains
        ("The sequencing panel was negative for fusions in ALK, ROS1 and RET.", []),
        ("The mass was negative for MDM2 amplification by FISH.", []),
        ("MDM2/CDK4 amplification was not detected.", []),
        ("RNA sequencing revealed high ALK expression.", []),
        # guard: a stain in the same sentence as a molecular finding still counts
        ("The tumour was positive for calponin and ALK rearrangement was found by FISH.", [("calponin", True)]),
        ("RNA-seq and IHC both showed ALK expression.", [("ALK", True)]),
    ],
)
def test_molecular_findings_named_with_a_gene_are_not_stains(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # another tissue of the specimen as the subject of its own clause
        ("The coexisting adenocarcinoma was positive for CK20 and CDX2, whereas the spindle cell lesion was positive for ALK.",
         [("ALK", True)]),
        ("The adjacent leiomyoma was positive for desmin and caldesmon.", []),
        ("The overlying urothelium was positive for GATA3 and CK7.", []),
        ("The entrapped smooth muscle bundles were desmin positive, while the tumour was negative.", []),
        ("The lymph nodes were reactive, with CD20-positive follicles.", []),
        ("In the background, plasma cells were CD138 positive and the spindle cells were SMA positive.", [("SMA", True)]),
        # guard: the tumour after such a clause, or in a background, is still read
        ("The adjacent normal mucosa was unremarkable, and the tumour was positive for ALK.", [("ALK", True)]),
        ("The tumour cells, in a background of lymphocytes, were positive for calponin.", [("calponin", True)]),
        ("The residual tumour was positive for ALK.", [("ALK", True)]),
    ],
)
def test_another_tissue_of_the_specimen_is_not_the_tumour(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the marker as subject of a negated staining verb
        ("Caldesmon, SOX10 and CD31 failed to stain the tumour cells.", [("caldesmon", False), ("SOX10", False), ("CD31", False)]),
        ("Myogenin and CD117 did not stain the lesional cells.", [("myogenin", False), ("CD117", False)]),
        ("CD34 did not stain the tumour cells but highlighted the vessels.", [("CD34", False)]),
        # a test said to give negative results; an adverb before the result
        ("Immunohistochemistry for calponin, SOX10 and CD31 revealed negative results.", [("calponin", False), ("SOX10", False), ("CD31", False)]),
        ("CD30 immunostaining was completely negative.", [("CD30", False)]),
        # retained / intact expression, and its loss
        ("The tumour showed retained INI1 and loss of H3K27me3.", [("INI1", True), ("H3K27me3", False)]),
        ("The cells had intact expression of SMARCB1 and ATRX.", [("INI1", True), ("ATRX", True)]),
        # guard: "did not stain for X" still reads X as the negative
        ("The tumour cells did not stain for myogenin.", [("myogenin", False)]),
    ],
)
def test_negated_staining_verb_negative_results_and_retained_expression(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "expressed none of ...", "and so were ...", "as were those for ..."
        ("The lesion expressed none of the melanocytic markers (SOX10, HMB45, Melan-A).",
         [("SOX10", False), ("HMB-45", False), ("Melan-A", False)]),
        ("CD31 was negative, and so were ERG and CD34.", [("CD31", False), ("ERG", False), ("CD34", False)]),
        ("Stains for CD117 and DOG1 were negative, as were those for CK7 and EMA.",
         [("CD117", False), ("DOG-1", False), ("CK7", False), ("EMA", False)]),
        ("WT1 was positive, as was the staining for calponin.", [("WT1", True), ("calponin", True)]),
        # guard: "none of the patients" names no stain
        ("None of the patients relapsed, and ALK was positive in all.", [("ALK", True)]),
    ],
)
def test_none_of_and_so_were_and_as_were_those_for(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # intensity scores and extents told as the result
        ("CD30 showed 2+ membranous staining in most tumour cells.", [("CD30", True)]),
        ("WT1: 3+ in 80% of cells; calponin: 1+ focal; CD34: 0.", [("WT1", True), ("calponin", True), ("CD34", False)]),
        ("Calponin showed weak-to-moderate, patchy staining.", [("calponin", True)]),
        ("Desmin was focal (<5% of cells).", [("desmin", True)]),
        # guard: a zero that is a count or a share, and an extent word about something else
        ("Ki-67: 0.5%.", []),
        ("CD68 and S100 were negative and the inflammation was patchy.", [("CD68", False), ("S-100", False)]),
    ],
)
def test_intensity_scores_and_extent_as_the_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # ALK's staining pattern, as EIMS reports describe it, is its positive result
        ("ROS1 showed a perinuclear accentuation.", [("ROS1", True)]),
        ("The epithelioid cells showed ALK with a nuclear membranous pattern.", [("ALK", True)]),
        ("ALK demonstrated a characteristic nuclear membrane pattern of staining, and CD30 was focally positive.",
         [("ALK", True), ("CD30", True)]),
        ("ALK (D5F3) revealed a nuclear-membranous staining pattern.", [("ALK", True)]),
        # guard: a pattern phrase after a negative result does not overturn it
        ("The tumour was negative for CD34 with a focal membranous pattern in vessels.", [("CD34", False)]),
    ],
)
def test_alk_staining_pattern_words_are_a_positive_result(text, expected):
    assert list(dict.fromkeys(polarities(text))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a suspended hyphen takes the sign of the hyphenated word that closes the list
        ("The lesion consisted of WT1- and CD30-positive epithelioid cells.", [("WT1", True), ("CD30", True)]),
        ("The tumour was calponin-, CD10-, and CD30-positive.", [("calponin", True), ("CD10", True), ("CD30", True)]),
        ("The spindle cells were SOX10- and CD34-negative.", [("SOX10", False), ("CD34", False)]),
        # guard: a glued minus in a signed list is still a minus
        ("The tumour was CD117-, WT1+ and CD10+.", [("CD117", False), ("WT1", True), ("CD10", True)]),
    ],
)
def test_suspended_hyphen_takes_the_closing_sign(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a legend that only names the stains by panel gives no result
        ("Figure 4. Immunohistochemical staining for WT1 (A), calponin (B) and CD31 (C).", []),
        ("Immunostaining for CD30 (A, B) and SOX10 (C).", []),
        # guard: a legend that gives the result still counts
        ("Immunohistochemical staining for WT1 (A) and calponin (B) was positive.", [("WT1", True), ("calponin", True)]),
        ("Figure 2. The tumour cells are positive for CD30 (A) and negative for SOX10 (B).", [("CD30", True), ("SOX10", False)]),
    ],
)
def test_legend_naming_stains_by_panel_gives_no_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the internal control named, then the tumour's negative result
        ("CD31 highlighted the blood vessels but was negative in the lesional cells.", [("CD31", False)]),
        ("(F) ERG highlights the vasculature but is negative in tumour cells.", [("ERG", False)]),
        # guard: a second marker after "but" keeps its own result, the control stays no call
        ("CD34 highlighted the vessels, but WT1 was positive.", [("WT1", True)]),
    ],
)
def test_internal_control_then_tumour_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Compared with the negative myogenin, calponin was strongly positive.", [("myogenin", False), ("calponin", True)]),
        ("Unlike the positive WT1, CD10 was negative.", [("WT1", True), ("CD10", False)]),
        # guard: "the negative control" names no stain
        ("The negative control was appropriate and CD30 was positive.", [("CD30", True)]),
    ],
)
def test_the_negative_marker_as_a_noun_phrase(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a sequencing panel's negative genes, named without the method word
        ("Sequencing found the fusion, while NTRK1 and ROS1 were not identified on the panel.", []),
        # guard: a staining panel keeps its results
        ("CD30 was positive on the panel of stains.", [("CD30", True)]),
        ("CD30 was positive on the IHC panel.", [("CD30", True)]),
    ],
)
def test_genes_not_identified_on_a_sequencing_panel(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a cue ending in a label colon opens the list after it, never closes the one before it
        ("calponin\nand negative for:\n-", []),
        ("WT1 positive; negative for: CD31, SOX10.", [("WT1", True), ("CD31", False), ("SOX10", False)]),
    ],
)
def test_cue_with_label_colon_opens_the_next_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a staining pattern opens the sentence, a result closes the first list: the second list takes its own result
        (
            "CD117 showed granular cytoplasmic staining, vimentin and calponin were positive, and caldesmon, CD34, STAT6 and S100 were negative.",
            [("CD117", True), ("vimentin", True), ("calponin", True), ("caldesmon", False), ("CD34", False), ("STAT6", False), ("S-100", False)],
        ),
        (
            "The lesional cells expressed WT1, desmin was positive, and SMA, CD10, CD34, SOX10 and CD68 were negative.",
            [("WT1", True), ("desmin", True), ("SMA", False), ("CD10", False), ("CD34", False), ("SOX10", False), ("CD68", False)],
        ),
        # negative: a result in brackets inside the prefix's list does not close it
        (
            "The cells were positive for SMA (strongly positive), calponin and CD99.",
            [("SMA", True), ("calponin", True), ("CD99", True)],
        ),
        # negative: a marker after the closed list with no result of its own still takes the prefix
        (
            "Tumour cells expressed ALK, desmin was negative, and CD30.",
            [("ALK", True), ("desmin", False), ("CD30", True)],
        ),
    ],
)
def test_result_after_markers_closes_the_list_a_prefix_opened(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a figure plate's label: the stain and its magnification, no result
        ("(d) CD30 immunostaining, x200.", []),
        ("Figure 4. Calponin staining (original magnification ×100).", []),
        ("(b) SMA immunostaining (×400).", []),
        # the same label with a result, or a pattern that is the result, still reads
        ("(d) CD30 immunostaining showing membranous positivity, x200.", [("CD30", True)]),
        ("(e) Perinuclear ALK staining, ×400.", [("ALK", True)]),
        ("(f) Negative desmin staining, x200.", [("desmin", False)]),
    ],
)
def test_figure_plate_label_with_only_a_magnification_is_no_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "None of A, B or C was expressed": the verb after the list is denied for every marker of it
        ("None of CD34, S-100 or myogenin was expressed.", [("CD34", False), ("S-100", False), ("myogenin", False)]),
        ("None of S-100, SOX10 and HMB-45 were expressed by the tumour cells.", [("S-100", False), ("SOX10", False), ("HMB-45", False)]),
        ("None of CD117 or DOG1 was expressed, but SMA was positive.", [("CD117", False), ("DOG-1", False), ("SMA", True)]),
        # "none of" about something else leaves the markers' own result alone
        ("None of the lymph nodes were involved, and SMA and desmin were expressed.", [("SMA", True), ("desmin", True)]),
    ],
)
def test_none_of_marker_list_then_result_verb(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a marker that repeats the result read just before it ("as was X", "X likewise") after words between
        ("SMA was negative in the lesional cells, as was desmin.", [("SMA", False), ("desmin", False)]),
        ("ALK stained the cytoplasm diffusely, as did calponin.", [("ALK", True), ("calponin", True)]),
        ("SMA was positive in the spindle cells; desmin likewise.", [("SMA", True), ("desmin", True)]),
        ("CD34 was negative; S-100 and SOX10 likewise.", [("CD34", False), ("S-100", False), ("SOX10", False)]),
        # a marker with no such word after the result stays unread
        ("SMA was positive in the spindle cells; desmin was requested.", [("SMA", True)]),
        ("CD34 was negative, and S-100 was pending.", [("CD34", False)]),
    ],
)
def test_marker_repeating_the_result_before_it(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("texts", "positive", "negative"),
    [
        (("SMA was negative in the tumour cells.", "Desmin likewise."), None, ["SMA", "desmin"]),
        (("ALK was diffusely positive.", "So was calponin."), ["ALK", "calponin"], None),
        (("ALK was diffusely positive.", "Desmin as well."), ["ALK", "desmin"], None),
        # no result in the sentence before, or the next sentence says more than the repeat
        (("The patient was well.", "Desmin likewise."), None, None),
        (("ALK was diffusely positive.", "Desmin was also requested."), ["ALK"], None),
    ],
)
def test_sentence_repeating_the_result_of_the_sentence_before(texts, positive, negative):
    v = run(*texts).values()
    assert v.get("ihc_positive") == positive
    assert v.get("ihc_negative") == negative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # elliptic share: "and desmin in 10%" after a positive result
        ("SMA was positive in 60% of cells and desmin in 10%.", [("SMA", True), ("desmin", True)]),
        ("ALK was expressed in 80% of tumour cells, and calponin in about 30%.", [("ALK", True), ("calponin", True)]),
        # after a negative, or a number that is no share of cells
        ("CD34 was negative and desmin in 10%.", [("CD34", False)]),
        ("SMA was positive, CD34 in 2018.", [("SMA", True)]),
        ("SMA was positive in 70%, desmin in 0%.", [("SMA", True)]),
    ],
)
def test_elliptic_share_after_a_positive_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a result word, a dash, then its list
        ("Immunohistochemistry: positive - ALK, SMA, vimentin; negative - desmin, CD34.",
         [("ALK", True), ("SMA", True), ("vimentin", True), ("desmin", False), ("CD34", False)]),
        ("Immunostains were positive \u2013 calponin, ALK.", [("calponin", True), ("ALK", True)]),
        ("Immunohistochemistry: SMA positive \u2013 desmin negative \u2013 CD34 negative.",
         [("SMA", True), ("desmin", False), ("CD34", False)]),
        # a dash after the result that opens no marker list; the attached hyphen keeps its own reading
        ("Immunohistochemistry: ALK was positive - a finding consistent with IMT.", [("ALK", True)]),
        ("Immunohistochemistry showed CD34-negative, SMA-positive spindle cells.", [("CD34", False), ("SMA", True)]),
    ],
)
def test_result_word_dash_then_marker_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CD34 stained no tumour cells.", [("CD34", False)]),
        ("Desmin stained occasional spindle cells, whereas S-100 stained no neoplastic cells.", [("desmin", True), ("S-100", False)]),
        # "stained no" about other things than the tumour's cells is no tumour result
        ("CD31 stained no vessels.", []),
    ],
)
def test_marker_stained_no_tumour_cells_is_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "+/-" or "±" after a marker: a focal or weak stain, read as positive like "focal +"
        ("Immunoprofile: calponin +/-, CD117 -, vimentin +.", [("calponin", True), ("CD117", False), ("vimentin", True)]),
        ("WT1 (6F-H2) ±, ALK (1A4) + (granular)", [("WT1", True), ("ALK", True)]),
        ("Immunostains: CD30 + / -; SOX10 -", [("CD30", True), ("SOX10", False)]),
        # a plus-minus that is no marker's sign calls nothing
        ("The nodule measured 3.1 +/- 0.4 cm on repeated scans.", []),
        ("Desmin was negative; the mean age of the series was 41 ± 9 years.", [("desmin", False)]),
    ],
)
def test_plus_minus_sign_after_marker_is_focal_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clone holding a slash rides in the bracket between marker and sign
        ("Cytokeratin (AE1/AE3) -", [("CK", False)]),
        ("Immunoprofile: EMA (E29) -, pan-keratin (AE1/AE3) -, ALK (OTI1H7) +.", [("EMA", False), ("CK", False), ("ALK", True)]),
    ],
)
def test_clone_with_slash_in_brackets_before_sign(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a panel written as text columns: marker, clone, result set apart by runs of spaces or a tab
        ("   Calponin          CALP          +", [("calponin", True)]),
        ("   CD117             YR145         -", [("CD117", False)]),
        ("   Vimentin          V9            +/- (scattered cells)", [("vimentin", True)]),
        ("   S100              polyclonal    -", [("S-100", False)]),
        ("WT1\t6F-H2\t+", [("WT1", True)]),
        ("   Actin (smooth muscle)  1A4   -", [("SMA", False)]),
        # no sign in the result column, or prose with single spaces: no call
        ("   CD30              Ber-H2        not done", []),
        ("The EMA E29 antibody came from a commercial kit.", []),
    ],
)
def test_text_column_panel_with_clone_column(text, expected):
    assert polarities(text) == expected


def test_text_column_panel_lines_give_the_lists():
    row = run(
        "   Antibody      Clone        Result",
        "   ROS1          D4D6         +",
        "   Desmin        D33          +/-",
        "   CD34          QBEnd10      -",
        "   Myogenin      F5D          -",
    )
    assert row.ihc_positive == ["ROS1", "desmin"]
    assert row.ihc_negative == ["CD34", "myogenin"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # ", and" + markers + copula + result after a list a prefix opened: a new subject with its own result
        (
            "The spindle cells were positive for ALK and calponin, and h-caldesmon was negative.",
            [("ALK", True), ("calponin", True), ("caldesmon", False)],
        ),
        (
            "The lesion was negative for CD117 and DOG1, and ALK was diffusely positive.",
            [("CD117", False), ("DOG-1", False), ("ALK", True)],
        ),
        (
            "Tumour cells were immunoreactive for vimentin, SMA, and ALK, and SOX10 and S100 protein were negative.",
            [("vimentin", True), ("SMA", True), ("ALK", True), ("SOX10", False), ("S-100", False)],
        ),
        (
            "The cells expressed SMA, and CD34, STAT6, and myogenin were all negative.",
            [("SMA", True), ("CD34", False), ("STAT6", False), ("myogenin", False)],
        ),
        (
            "There was patchy staining for ALK and desmin, and EMA was negative.",
            [("ALK", True), ("desmin", True), ("EMA", False)],
        ),
        # an Oxford-comma list with no prefix, or one a weak prefix opened, stays one list
        ("Calponin, SMA, and ALK were positive.", [("calponin", True), ("SMA", True), ("ALK", True)]),
        ("Staining for CD21, CD35, and SOX10 was negative.", [("CD21", False), ("CD35", False), ("SOX10", False)]),
        (
            "The cells were strongly positive for ALK, SMA, and calponin, and showed no staining for myogenin.",
            [("ALK", True), ("SMA", True), ("calponin", True), ("myogenin", False)],
        ),
    ],
)
def test_comma_and_new_subject_after_a_prefix_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the expression noun as the subject names the stains; the result comes after the list
        ("Expression of myogenin, MyoD1 and CD34 was negative.", [("myogenin", False), ("MyoD1", False), ("CD34", False)]),
        ("Nuclear expression of STAT6 and beta-catenin was not detected.", [("STAT6", False), ("beta-catenin", False)]),
        ("Immunoreactivity for PAX8, WT1 and calretinin was absent.", [("PAX8", False), ("WT1", False), ("calretinin", False)]),
        ("Positivity for HMB45 and Melan-A was not observed.", [("HMB-45", False), ("Melan-A", False)]),
        # still positive: no result after the list, governed by a verb, "with", or "positive expression"
        ("Expression of ALK and SMA was seen throughout the lesion.", [("ALK", True), ("SMA", True)]),
        ("Positive expression of ALK and CD30 was found.", [("ALK", True), ("CD30", True)]),
        ("With expression of ALK and calponin, the cells were negative for CD34.", [("ALK", True), ("calponin", True), ("CD34", False)]),
        (
            "The tumour showed strong expression of ALK and SMA, and CD117 was negative.",
            [("ALK", True), ("SMA", True), ("CD117", False)],
        ),
    ],
)
def test_expression_noun_as_subject_before_a_negative_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The mass was negative on immunostaining for S100 and SOX10.", [("S-100", False), ("SOX10", False)]),
        (
            "The cells were positive on IHC for ALK and negative on immunohistochemistry for myogenin.",
            [("ALK", True), ("myogenin", False)],
        ),
        ("Desmin and EMA were not immunoreactive.", [("desmin", False), ("EMA", False)]),
        ("ALK was strongly positive, and CD30 was not positive in the tumour cells.", [("ALK", True), ("CD30", False)]),
        # the prefix form and words that are no marker stay as they were
        ("The cells were not reactive for pan-CK or CD34.", [("CK", False), ("CD34", False)]),
        ("The resection margins were not positive, and ALK was expressed.", [("ALK", True)]),
    ],
)
def test_negative_on_staining_for_and_not_immunoreactive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the tumour's cells "lack" + a staining noun: the whole phrase is the negative prefix (not the weak "staining for")
        ("(b) The lesional cells lack staining for CD34 (x200), which highlights the vessels.", [("CD34", False)]),
        ("They lack nuclear expression of STAT6 and TLE1.", [("STAT6", False), ("TLE1", False)]),
        ("The tumour cells lack immunoreactivity for SOX10 and HMB45.", [("SOX10", False), ("HMB-45", False)]),
    ],
)
def test_cells_lack_staining_for_is_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a differential entity as the subject of a present-tense staining statement: that entity's profile
        ("GISTs are positive for KIT and DOG1, unlike the present lesion.", []),
        ("Follicular dendritic cell sarcoma typically expresses CD21, CD23 and CD35.", []),
        ("Schwannomas show strong S100 staining, and leiomyosarcomas are diffusely positive for desmin and caldesmon.", []),
        ("Solitary fibrous tumours are negative for ALK.", []),
        # guard: this tumour's own results, past tense or a legend with the cells as subject
        (
            "Unlike a GIST, the tumour was negative for CD117 and DOG1.",
            [("CD117", False), ("DOG-1", False)],
        ),
        ("(d) The spindle cells are positive for ALK and negative for CD21 (x200).", [("ALK", True), ("CD21", False)]),
        ("Negative staining for myogenin and MyoD1 excluded rhabdomyosarcoma.", [("myogenin", False), ("MyoD1", False)]),
    ],
)
def test_differential_entity_present_tense_profile_is_not_the_tumours(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # ", not (for)" after a positive list: the markers after it are negative
        ("The lesional cells stained for calponin and ALK, not for h-caldesmon or CD21.", [("calponin", True), ("ALK", True), ("caldesmon", False), ("CD21", False)]),
        ("The cells were reactive for WT1, not calretinin.", [("WT1", True), ("calretinin", False)]),
        ("Calponin, not h-caldesmon, was expressed.", [("calponin", True), ("caldesmon", False)]),
        # guard: "not only" stays no negation
        ("The cells were positive for ALK, not only in the spindle cells but in the epithelioid ones.", [("ALK", True)]),
    ],
)
def test_comma_not_after_a_positive_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # lineage words between a bracketed list and its result are list filler
        (
            "Markers of skeletal muscle (myogenin, MyoD1) and nerve sheath (SOX10) differentiation were negative.",
            [("myogenin", False), ("MyoD1", False), ("SOX10", False)],
        ),
        ("Negative immunohistochemical markers included PAX8, WT1 and D2-40.", [("PAX8", False), ("WT1", False), ("D2-40", False)]),
        ("Positive IHC markers included ALK and CD30.", [("ALK", True), ("CD30", True)]),
        ("Diffuse ALK immunopositivity and STAT6 immunonegativity were recorded.", [("ALK", True), ("STAT6", False)]),
    ],
)
def test_lineage_lists_and_immuno_polarity_nouns(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an equivocal stain gives no result either way
        ("ALK (D5F3) immunohistochemistry was equivocal.", []),
        ("There was faint, equivocal staining for ROS1.", []),
        ("Pan-TRK staining was weak and equivocal, while desmin was negative.", [("desmin", False)]),
        # a stain of background cells with "protein" after the marker: no positive call
        ("S-100 protein highlighted scattered dendritic cells only.", []),
        # guard: a plain result stays
        ("ALK staining was diffuse and strong.", [("ALK", True)]),
    ],
)
def test_equivocal_stain_and_background_protein_give_no_call(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # French negated verb with "ni ... ni" or "aucun" (no "pas"): every marker of the list is negative
        ("Les cellules fusiformes n'exprimaient ni la myogénine, ni la PS100, ni le CD34.", [("myogenin", False), ("S-100", False), ("CD34", False)]),
        ("La tumeur exprimait l'ALK mais n'exprimait ni la desmine ni le CD117.", [("ALK", True), ("desmin", False), ("CD117", False)]),
        # "AML" (actina de músculo liso / actine musculaire lisse) in Spanish and French reports
        ("Las células fueron positivas para AML y ALK, y negativas para desmina.", [("SMA", True), ("ALK", True), ("desmin", False)]),
        # guard: the leukaemia named outside a staining statement is no marker call
        ("Su hermano había sido tratado por AML en la infancia.", []),
    ],
)
def test_french_ni_negation_and_spanish_aml_abbreviation(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the exception before "..., all (other) stains were negative" is positive; the panel's result is not its own
        ("Except for calponin, all stains were negative.", [("calponin", True)]),
        ("With the exception of CD30, all markers were negative, including SOX10 and CD45.", [("CD30", True), ("SOX10", False), ("CD45", False)]),
        ("The epithelioid cells were positive for ALK, all other stains being negative.", [("ALK", True)]),
        # guard: a marker listed with the panel takes its result
        ("WT1 and all other markers were negative.", [("WT1", False)]),
        # "negative, including/such as ..." opens the list the result covers
        ("All remaining stains were negative, including PAX8, EMA and D2-40.", [("PAX8", False), ("EMA", False), ("D2-40", False)]),
    ],
)
def test_exception_then_panel_result_and_negative_including(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The lesional cells did not show any reactivity for ROS1, pan-TRK or STAT6.", [("ROS1", False), ("pan-TRK", False), ("STAT6", False)]),
        ("There was no evidence of MyoD1 expression.", [("MyoD1", False)]),
        ("No detectable SOX10 staining was seen, and calponin was positive.", [("SOX10", False), ("calponin", True)]),
        ("The mass was WT1-immunonegative.", [("WT1", False)]),
        # guard: "no evidence of" about something else leaves the result after it alone
        ("There was no evidence of necrosis, and ALK was positive.", [("ALK", True)]),
    ],
)
def test_negated_reactivity_and_no_evidence_of_marker_expression(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an en or em dash between a marker and its result word is list filler
        ("CD30 — positive; STAT6 — negative; SOX10 — negative.", [("CD30", True), ("STAT6", False), ("SOX10", False)]),
        ("Calponin – positive, myogenin – negative.", [("calponin", True), ("myogenin", False)]),
        # guard: a spaced dash closed by punctuation is still a minus sign
        ("Myogenin –, CD30 +.", [("myogenin", False), ("CD30", True)]),
        # an "and" inside a bracket does not close the list a weak prefix opened
        (
            "Stains for cytokeratin (AE1/AE3 and CAM5.2), EMA, and p40 were negative.",
            [("CK", False), ("CK", False), ("CAM5.2", False), ("EMA", False), ("p40", False)],
        ),
    ],
)
def test_dash_between_marker_and_result_and_bracketed_and(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a weak prefix's list closed by its own "and", or followed by a new subject that is a list of its own
        ("There was strong staining for ALK and CD30, and SOX10 and CD45 were negative.", [("ALK", True), ("CD30", True), ("SOX10", False), ("CD45", False)]),
        ("Staining for calponin, and MyoD1, STAT6, and CD21 were all negative.", [("calponin", True), ("MyoD1", False), ("STAT6", False), ("CD21", False)]),
        ("Expression of WT1 was found in the lesional cells, and calretinin was negative.", [("WT1", True), ("calretinin", False)]),
        # guard: an earlier ", and" inside the list keeps the list whole
        ("Staining for MyoD1, STAT6, and CD21 was negative.", [("MyoD1", False), ("STAT6", False), ("CD21", False)]),
    ],
)
def test_weak_prefix_list_closed_before_a_new_subject(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a negation opening a list of markers that ends in one staining noun covers every marker of the list
        ("No myogenin, SOX10 or CD31 staining was observed.", [("myogenin", False), ("SOX10", False), ("CD31", False)]),
        ("The lesion showed no STAT6, CD34 (QBEnd10), or S100 immunoreactivity.", [("STAT6", False), ("CD34", False), ("S-100", False)]),
        ("Calponin-positive cells without h-caldesmon or CD117 expression were seen.", [("calponin", True), ("caldesmon", False), ("CD117", False)]),
        # "being negative" after a list is its result
        ("The cells were reactive for ALK, with CD21 and CD35 being negative.", [("ALK", True), ("CD21", False), ("CD35", False)]),
        # guards: the noun after a list with no negation stays positive; a "no" about something else stays away
        ("WT1 and D2-40 expression was seen.", [("WT1", True), ("D2-40", True)]),
        ("No mitoses were seen at high power, and ALK staining was strong.", [("ALK", True)]),
    ],
)
def test_negation_opening_a_marker_list_with_one_staining_noun(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "rare/occasional ... positive cells" after the marker is its (focal) positive result
        ("CD30 showed diffuse membranous staining, whereas calponin showed only rare weakly positive cells.", [("CD30", True), ("calponin", True)]),
        ("Cytokeratin highlighted occasional positive cells.", [("CK", True)]),
    ],
)
def test_rare_positive_cells_after_the_marker(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a background stain named with its staining noun ("CD34 staining highlights vessels only") gives no positive call
        ("(D) CD31 staining highlights the vessels only (x100).", []),
        ("ERG immunostain decorated the capillaries, and calponin was positive.", [("calponin", True)]),
        # "did not label with/for" is a negative prefix
        ("The lesional cells did not label with SOX10 or HMB45.", [("SOX10", False), ("HMB-45", False)]),
        # guard: the tumour's own staining noun stays positive
        ("The spindle cells showed calponin staining.", [("calponin", True)]),
    ],
)
def test_background_stain_with_noun_and_did_not_label(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the negation before a staining-pattern adjective, the marker and its noun governs them all
        ("The absence of nuclear STAT6 staining argued against a solitary fibrous tumour.", [("STAT6", False)]),
        ("Loss of nuclear beta-catenin staining was noted.", [("beta-catenin", False)]),
        # "the negativity of" opens a list
        ("The negativity of HMB45 and Melan-A excluded melanoma.", [("HMB-45", False), ("Melan-A", False)]),
        # guard: the pattern adjective alone stays a positive result
        ("There was nuclear STAT6 staining.", [("STAT6", True)]),
    ],
)
def test_negation_before_pattern_adjective_marker_and_noun(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("CD30 (pos), SOX10 (neg), STAT6 (neg).", [("CD30", True), ("SOX10", False), ("STAT6", False)]),
    ],
)
def test_bracketed_pos_neg_abbreviations(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The spindle cells were positive for Alk and negative for CK-pan.", [("ALK", True), ("CK", False)]),
        # guard: the liver enzyme abbreviation gets no call
        ("Alk phos was 180 U/L, and calponin was positive.", [("calponin", True)]),
    ],
)
def test_title_case_alk_and_ck_pan(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a negated Spanish/Portuguese verb + staining noun + para/de opens a negative list
        ("Las células no mostraron inmunorreactividad para miogenina, SOX10 ni CD117.", [("myogenin", False), ("SOX10", False), ("CD117", False)]),
        ("As células não apresentavam expressão de desmina nem de CD34.", [("desmin", False), ("CD34", False)]),
        # "la proteína S100" inside a list before its result
        ("La miogenina, el CD34 y la proteína S100 fueron negativos.", [("myogenin", False), ("CD34", False), ("S-100", False)]),
        # French "négativité de la ... et du ..." / "positivité de l'..."
        ("On notait une négativité de la desmine et du CD117, et une positivité de l'ALK.", [("desmin", False), ("CD117", False), ("ALK", True)]),
        # guard: an affirmative verb stays positive
        ("Las células mostraron inmunorreactividad para ALK.", [("ALK", True)]),
    ],
)
def test_romance_negated_staining_verbs_and_negativity_of(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "as was/so were X (and Y)" repeats the result before it, even with another result written after it
        ("Calponin was positive in the spindle cells, as was CD30, and SOX10 was negative.", [("calponin", True), ("CD30", True), ("SOX10", False)]),
        ("STAT6 was negative; so were MyoD1 and CD21.", [("STAT6", False), ("MyoD1", False), ("CD21", False)]),
        # guard: a marker after the repeated one with its own result keeps it
        ("WT1 was negative, as was EMA and CD30 was positive.", [("WT1", False), ("EMA", False), ("CD30", True)]),
    ],
)
def test_as_was_so_were_repeat_the_result_before_a_later_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time adverb between the copula and the result ("was then diffusely positive")
        ("Calponin immunostaining was then diffusely positive.", [("calponin", True)]),
        ("pan-TRK staining was subsequently negative in the resected tumour.", [("pan-TRK", False)]),
    ],
)
def test_regression_time_adverb_between_marker_and_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two hormone receptors sharing one head noun: both are markers
        ("The cells were positive for SMA, estrogen and progesterone receptors.", [("SMA", True), ("ER", True), ("PR", True)]),
        ("Oestrogen and progesterone receptors were negative.", [("ER", False), ("PR", False)]),
        ("Androgen and progesterone receptors were negative.", [("AR", False), ("PR", False)]),
    ],
)
def test_hormone_receptors_sharing_one_head_noun_are_two_markers(text, expected):
    assert polarities(text) == expected


def test_hormone_names_without_a_receptor_noun_are_no_markers():
    """Negative: hormones taken as drugs are not stains."""
    assert polarities("She had taken estrogen and progesterone for years; SMA was positive.") == [("SMA", True)]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Immunostains on block B2: calponin (CALP) - positive, strong; CD99 - negative; caldesmon - focally positive; "
            "myogenin - negative.",
            [("calponin", True), ("CD99", False), ("caldesmon", True), ("myogenin", False)],
        ),
        ("Immunohistochemistry: WT1 - negative, S100 - positive.", [("WT1", False), ("S-100", True)]),
        # a bare dash is still the negative sign
        ("Immunohistochemistry: ALK (D5F3) -; SMA - and desmin +.", [("ALK", False), ("SMA", False), ("desmin", True)]),
    ],
)
def test_regression_consultation_list_with_a_dash_before_the_worded_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An expansion cohort enrolled adults with NTRK-, RET- or ALK-rearranged sarcomas.", []),
        ("Children with ROS1- and ALK-fused tumours were eligible.", []),
        # a suspended hyphen closing in a stain word still gives the sign
        ("The spindle cells were SMA- and desmin-negative.", [("SMA", False), ("desmin", False)]),
    ],
)
def test_kinases_joined_by_suspended_hyphens_before_a_fusion_word_are_no_stains(text, expected):
    """A trial title 'patients with ROS1-, NTRK- or ALK-fusion-positive solid tumours' gave ROS1 and pan-TRK negative:
    the bare hyphen of a suspended compound read as a minus sign."""
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Immunohistochemistry: caldesmon +; ROS1 (D4D6) strong diffuse cytoplasmic +; myogenin -.",
            [("caldesmon", True), ("ROS1", True), ("myogenin", False)],
        ),
        ("Immunohistochemistry: CD10 (56C6) patchy membranous +, CD99 -.", [("CD10", True), ("CD99", False)]),
        # pattern words before a minus sign do not make the marker positive
        ("Immunohistochemistry: CD99 -; ALK (D5F3) granular -.", [("CD99", False)]),
    ],
)
def test_regression_staining_pattern_between_marker_and_plus_sign(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        # a prostate marker in a spindle-cell panel, by abbreviation or in full
        ("The spindle cells were negative for PSA, NKX3.1 and keratin.", ["PSA", "NKX3.1", "CK"]),
        ("Prostate-specific antigen was negative in the lesion.", ["PSA"]),
    ],
)
def test_regression_prostate_specific_antigen_is_a_marker(text, negative):
    assert run(text).ihc_negative == negative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a positive list going on with a qualified marker and no result word of its own
        ("Stains: desmin and CD68 positive, focally h-caldesmon; CD34 and S100 negative.",
         [("desmin", True), ("CD68", True), ("caldesmon", True), ("CD34", False), ("S-100", False)]),
        ("SMA positive, and weakly CD163.", [("SMA", True), ("CD163", True)]),
        # the qualified marker with its own result keeps it
        ("SMA was positive, focally desmin negative.", [("SMA", True), ("desmin", False)]),
    ],
)
def test_regression_qualified_marker_continues_a_positive_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legend panel naming a marker and then only its staining pattern
        ("(c) Desmin, coarse granular cytoplasmic.", [("desmin", True)]),
        ("Panel B: CD30, strong membranous staining; panel C: EMA negative.", [("CD30", True), ("EMA", False)]),
        # no pattern qualifier, or a negated pattern, is no result
        ("(d) Ki-67, nuclear.", []),
        ("(e) ALK, no cytoplasmic staining.", []),
    ],
)
def test_regression_legend_marker_with_only_a_staining_pattern_is_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a marker with a count per high-power field in brackets counts background cells, not the tumour's result
        ("The tumour cells were negative for CD117, DOG1 and IgG4 (under 5/HPF).", [("CD117", False), ("DOG-1", False)]),
        ("CD138 (about 60 per high-power field) and SMA were positive.", [("SMA", True)]),
        # a bracketed pattern or clone is no count
        ("SMA (diffuse) and desmin (D33) were positive.", [("SMA", True), ("desmin", True)]),
    ],
)
def test_regression_marker_with_a_count_per_hpf_is_no_tumour_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The lesional cells expressed calponin and caldesmon, with CD117, DOG1 and ALK all negative.",
            [("calponin", True), ("caldesmon", True), ("CD117", False), ("DOG-1", False), ("ALK", False)],
        ),
        (
            "Tumour cells were positive for desmin, with S100, SOX10 and CD34 negative.",
            [("desmin", True), ("S-100", False), ("SOX10", False), ("CD34", False)],
        ),
        (  # "with" opening a description of the positive stain, not a list with its own polarity
            "The cells were positive for ALK, with granular cytoplasmic staining, and negative for myogenin.",
            [("ALK", True), ("myogenin", False)],
        ),
        (
            "Immunoreactivity was present for vimentin and absent for desmin, CD68 and ALK.",
            [("vimentin", True), ("desmin", False), ("CD68", False), ("ALK", False)],
        ),
        (
            "Staining was absent for CK and present for SMA.",
            [("CK", False), ("SMA", True)],
        ),
    ],
)
def test_regression_list_with_its_own_polarity_after_a_positive_list(text, expected):
    """A positive list, then a list opened by "with" and closed by its own polarity word ("with A, B and C (all)
    negative"), or reactivity "absent for" a list: the second list is negative, the first prefix does not reach it."""
    assert polarities(text) == expected


def test_regression_with_a_pattern_as_well_as_a_list_stays_positive():
    """Negative for the "with <list> negative" split: "positive for ALK, with a membranous pattern, as well as for X and
    Y, while Z was focally positive" keeps X and Y positive (the polarity word belongs to another clause)."""
    text = (
        "The cells were positive for ALK, with a granular pattern, as well as for calponin and CD30, "
        "while desmin was only weakly positive."
    )
    assert polarities(text) == [("ALK", True), ("calponin", True), ("CD30", True), ("desmin", True)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Immunoreactivity was absent for CD99, WT1 and calretinin.", [("CD99", False), ("WT1", False), ("calretinin", False)]),
        (
            "Staining was entirely absent for S100 and SOX10, whereas ALK was strongly positive.",
            [("S-100", False), ("SOX10", False), ("ALK", True)],
        ),
        ("Expression was negative for HMB-45 and melan-A.", [("HMB-45", False), ("Melan-A", False)]),
    ],
)
def test_staining_noun_said_absent_for_a_following_list(text, expected):
    assert polarities(text) == expected


def test_staining_absent_in_cells_names_no_marker():
    """Negative: no marker follows the cue."""
    assert polarities("Immunoreactivity was absent in the lesional cells of the omentum.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ROS1: diffuse +; desmin: focal +; CD31: -.", [("ROS1", True), ("desmin", True), ("CD31", False)]),
        ("ALK: strong, diffuse; calponin: focal; S100: negative.", [("ALK", True), ("calponin", True), ("S-100", False)]),
        ("CD30 ++ (membranous, strong)", [("CD30", True)]),
        ("Calponin + (patchy)", [("calponin", True)]),
    ],
)
def test_graded_result_after_a_label_colon_or_before_a_bracket(text, expected):
    assert polarities(text) == expected


def test_colon_grade_without_a_marker_is_nothing():
    """Negative: a histology label with a grade word names no marker."""
    assert polarities("Growth pattern: diffuse sheets; mitoses: 9 per 10 HPF; necrosis: focal.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Las células neoplásicas expresaban ROS1, pero no desmina ni CD117.",
            [("ROS1", True), ("desmin", False), ("CD117", False)],
        ),
        (
            "As células fusiformes expressavam vimentina, mas não desmina nem S-100.",
            [("vimentin", True), ("desmin", False), ("S-100", False)],
        ),
        (
            "Les cellules fusiformes exprimaient la vimentine, mais pas la desmine ni la protéine S100.",
            [("vimentin", True), ("desmin", False), ("S-100", False)],
        ),
    ],
)
def test_second_language_but_not_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "O paciente evoluiu sem recidiva, mas não realizou imuno-histoquímica para ROS1.",
        "La paciente expresaba dolor, pero no hubo recidiva a los 9 meses.",
    ],
)
def test_second_language_but_not_before_a_verb_gives_no_negative(text):
    """Negative: "mas não"/"pero no" before a verb or a non-marker denies no stain."""
    assert all(pos for _, pos in polarities(text))


def test_flattened_table_row_run_into_one_sentence():
    text = "CD30 2B5 1:50 Strong, diffuse ROS1 D4D6 1:100 Patchy Desmin D33 1:200 Negative"
    assert polarities(text) == [("CD30", True), ("ROS1", True), ("desmin", False)]


def test_grade_before_a_new_clause_is_no_row():
    """Negative: a clone and a grade word followed by prose are not a table row's result."""
    assert polarities("Desmin was negative; SMA 1A4 was applied on block 3, with weak counterstain of the nuclei.") == [
        ("desmin", False)
    ]


def _cells(*lines: str) -> CaseRow:
    return run(*lines)


@pytest.mark.parametrize(
    "lines,pos,neg",
    [
        (  # row by row: antibody, clone, dilution, result
            ("Antibody", "Clone", "Dilution", "Result", "ROS1", "D4D6", "1:100", "Positive (diffuse)", "Calponin", "CALP",
             "1:200", "Focal", "Desmin", "D33", "1:100", "Negative", "CD117", "YR145", "1:300", "Negative"),
            ["ROS1", "calponin"], ["desmin", "CD117"],
        ),
        (  # column by column: the markers, then their results in the same order
            ("Marker", "ALK", "CD30", "S-100", "CK", "Result", "Positive", "Patchy", "Negative", "Negative"),
            ["ALK", "CD30"], ["S-100", "CK"],
        ),
        (  # a clone cell joined to its sign by the line break
            ("ALK", "5A4\n+", "WT1", "6F-H2\n−", "Calretinin", "DAK-Calret 1\n−"),
            ["ALK"], ["WT1", "calretinin"],
        ),
        (  # a staining-pattern column between marker and result
            ("ALK", "Cytoplasmic", "Positive", "CD34", "Membranous", "Negative", "SOX10", "Nuclear", "Negative"),
            ["ALK"], ["CD34", "SOX10"],
        ),
    ],
)
def test_ihc_table_flattened_to_a_line_per_cell(lines, pos, neg):
    row = _cells(*lines)
    assert (row.ihc_positive, row.ihc_negative) == (pos, neg)


def test_flattened_table_ki67_share_cell():
    row = _cells("ALK", "Positive", "Desmin", "Negative", "Ki-67", "12%")
    assert row.ki67_percent == 12 and row.ihc_positive == ["ALK", "Ki-67"] and row.ihc_negative == ["desmin"]


@pytest.mark.parametrize(
    "lines",
    [
        ("The final report read as follows.", "ALK", "Positive", "The patient was discharged on day 5."),
        # column layout with one result missing: counts differ, nothing is paired
        ("Antibody", "ALK", "CD30", "Desmin", "Result", "Positive", "Negative"),
        # a literature table's marker columns and one case's signs, with no panel header: no column pairing
        ("ALK", "Desmin", "SMA", "+", "−", "+", "Reported by an earlier group in 2011"),
        # a marker line followed by prose, then a lone result
        ("ALK", "The slides were reviewed by two pathologists.", "Negative", "Desmin", "Positive"),
    ],
)
def test_lone_or_unaligned_cells_give_no_call(lines):
    """Negative: fewer than two aligned marker/result pairs, or counts that do not match, give nothing."""
    row = _cells(*lines)
    assert (row.ihc_positive, row.ihc_negative) == (None, None)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Figure 2: (A) ROS1 (+); (B) CD31 (\u2212, endothelium +); (C) calretinin (\u2212).",
            [("ROS1", True), ("CD31", False), ("calretinin", False)],
        ),
        ("Caldesmon (negative; smooth muscle of the wall positive) and CD30 (+).", [("caldesmon", False), ("CD30", True)]),
    ],
)
def test_minus_sign_in_brackets_with_a_control_aside(text, expected):
    """The tumour's negative sign stays negative when the bracket goes on to name the stained control."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Immunostaining gave the following: negative WT1, negative calretinin, positive ROS1, positive CD30.",
            [("WT1", False), ("calretinin", False), ("ROS1", True), ("CD30", True)],
        ),
        (
            "IHC showed positive expression of ALK, negative CD31, negative SOX10.",
            [("ALK", True), ("CD31", False), ("SOX10", False)],
        ),
        ("Positive CD30 and desmin; negative CD45 and S100.", [("CD30", True), ("desmin", True), ("CD45", False), ("S-100", False)]),
    ],
)
def test_polarity_word_opening_each_item_of_a_comma_list(text, expected):
    """"..., negative CD31": the word before the marker is its result, not the result of the marker before the comma."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ROS1 was positive, negative margins were confirmed at re-excision.", [("ROS1", True)]),
        ("Desmin was focally positive, negative in the stroma.", [("desmin", True)]),
    ],
)
def test_polarity_word_after_a_comma_before_a_non_marker(text, expected):
    """Negative: "negative margins", "negative in ..." after a comma name no marker's result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Las células fusiformes fueron positivas para calponina y negativas para h-caldesmona, cromogranina y sinaptofisina.",
            [("calponin", True), ("caldesmon", False), ("chromogranin A", False), ("synaptophysin", False)],
        ),
        (
            "Les cellules exprimaient la calponine, mais pas la caldesmone ni la pancytokératine.",
            [("calponin", True), ("caldesmon", False), ("CK", False)],
        ),
        (
            "Las células fueron positivas para actina y negativas para actina muscular específica y CD30.",
            [("actin", True), ("HHF35", False), ("CD30", False)],
        ),
        (
            "The cells were negative for signal transducer and activator of transcription 6 and for anoctamin-1.",
            [("STAT6", False), ("DOG-1", False)],
        ),
    ],
)
def test_second_language_and_long_marker_names(text, expected):
    assert polarities(text) == expected


def test_marker_list_cut_by_the_sentence_splitter_at_a_line_end_hyphen_or_slash():
    """A PDF line break inside a list ("S-" / "100", "AE1/" / "AE3") may end a sentence: the list goes on in the next."""
    row = run(
        "The lesional cells were positive for ROS1 and calponin, and negative for pan-cytokeratin (AE1/",
        "AE3), SOX10, S-",
        "100 protein, CD-",
        "34 and WT1.",
        "The margins were clear.",
    )
    assert row.ihc_positive == ["ROS1", "calponin"]
    assert row.ihc_negative == ["CK", "SOX10", "S-100", "CD34", "WT1"]


def test_sentence_ending_in_a_hyphen_before_unrelated_prose_adds_nothing():
    """Negative: a next sentence without a marker, or after a list that ended, takes no result."""
    row = run("ALK was diffusely positive and desmin was negative; see the dual-", "colour FISH result below.", "The margins were clear.")
    assert row.ihc_positive == ["ALK"] and row.ihc_negative == ["desmin"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Of the stains performed (ROS1, CD30, WT1, CD31), only ROS1 and CD30 were positive.", [("ROS1", True), ("CD30", True)]),
        ("Among the antibodies tested (calretinin, SOX10, ALK), only ALK was expressed.", [("ALK", True)]),
    ],
)
def test_panel_list_before_an_only_subset_takes_not_the_subsets_result(text, expected):
    """"Of the stains (A, B, C, D), only A and B were positive": C and D are not positive."""
    assert polarities(text) == expected


def test_only_before_a_grade_keeps_the_clause():
    """Negative: "only focally" grades the result; it starts no new subject."""
    assert polarities("SMA was positive, only focally, while desmin was negative.") == [("SMA", True), ("desmin", False)]


def test_flattened_table_rows_one_line_each_with_sign_clone_and_pattern_columns():
    row = _cells(
        "Table 2. Immunohistochemical results",
        "Antibody\tResult\tPattern",
        "ROS1\t+\tCytoplasmic, granular",
        "CD30    Ber-H2    1:40    Focal    Membranous",
        "WT1\t\t-\t",
        "CD31 JC70 \u2212",
    )
    assert (row.ihc_positive, row.ihc_negative) == (["ROS1", "CD30"], ["WT1", "CD31"])


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The lesional cells stained negatively for WT1 and CD31 and positively for ROS1.",
            [("WT1", False), ("CD31", False), ("ROS1", True)],
        ),
        ("CD30 stained strongly and diffusely, whereas SOX10 was negative.", [("CD30", True), ("SOX10", False)]),
        ("SOX10 was negative, while calponin stained focally.", [("SOX10", False), ("calponin", True)]),
    ],
)
def test_positively_after_negatively_and_stained_with_a_grade(text, expected):
    assert polarities(text) == expected


def test_marker_stained_with_a_grade_in_the_vessels_is_no_tumour_positive():
    """A grade said of the background's staining is no positive; the lesional cells told unstained after it make the
    marker the tumour's negative (the vessels-only convention, gold/blind.md)."""
    assert polarities("CD31 stained strongly in the vessels, whereas the lesional cells were negative.") == [("CD31", False)]
    assert polarities("CD31 stained strongly in the vessels.") == []


def test_ki67_cut_by_the_sentence_splitter_at_its_hyphen():
    row = run("ROS1 was diffusely positive. The Ki-", "67 labelling index was about 12%.")
    assert row.ki67_percent == 12 and row.ihc_positive == ["ROS1", "Ki-67"]


def test_sentence_ending_in_ki_hyphen_without_a_share_after_gives_no_value():
    """Negative: no percentage after the cut, no Ki-67 value."""
    row = run("ROS1 was diffusely positive. The Ki-", "67 stain was not evaluable.")
    assert row.ki67_percent is None


def test_panel_bracket_then_only_subset_gives_the_rest_the_other_result():
    row = run("Of the antibodies applied (ROS1, CD30, WT1, CD31), only ROS1 and CD30 were positive.")
    assert (row.ihc_positive, row.ihc_negative) == (["ROS1", "CD30"], ["WT1", "CD31"])


def test_panel_sentence_then_only_sentence_gives_the_rest_the_other_result():
    row = run("Immunostains for calretinin, WT1, SOX10, CD31 and ROS1 were performed.", "Only ROS1 and WT1 were positive.")
    assert row.ihc_positive == ["ROS1", "WT1"] and row.ihc_negative == ["calretinin", "SOX10", "CD31"]


@pytest.mark.parametrize(
    "texts",
    [
        # the subset names a marker outside the panel
        ("Stains for WT1, SOX10 and CD31 were performed.", "Only CD31 and ROS1 were positive."),
        # the "only" sentence is about something else
        ("Stains for WT1, SOX10 and CD31 were performed on block B.", "Only one block contained tumour."),
        # a panel of two: too short to read the rest as the other result
        ("Stains for WT1 and CD31 were performed.", "Only CD31 was positive."),
    ],
)
def test_only_sentence_without_a_matching_panel_adds_no_other_result(texts):
    """Negative: no result is given to markers the 'only' sentence does not cover."""
    row = run(*texts)
    assert not (row.ihc_negative or [])


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Calponin: focal (entrapped muscle fibres only); CD30: diffuse.", [("CD30", True)]),
        ("Desmin + (residual muscularis), ROS1 + (granular).", [("ROS1", True)]),
    ],
)
def test_grade_of_a_background_structure_in_brackets_is_no_tumour_positive(text, expected):
    """Negative: a grade whose bracket names the entrapped muscle, vessels or inflammatory cells is not the tumour's."""
    assert polarities(text) == expected


def test_flattened_table_rows_with_worded_results_and_a_share_row_between():
    row = _cells("Marker Result", "ROS1 Positive", "Ki-67 ~12%", "CD30 Weak", "SOX10 Negative (melanocytes positive)", "WT1 neg")
    assert (row.ihc_positive, row.ihc_negative, row.ki67_percent) == (["ROS1", "Ki-67", "CD30"], ["SOX10", "WT1"], 12)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("a ROS1 showing diffuse granular positivity.", [("ROS1", True)]),
        ("b WT1 showing no staining.", [("WT1", False)]),
        ("CD31 showing negative staining in the lesional cells (x200).", [("CD31", False)]),
        ("SOX10 showing negative staining, and CD30 showing strong membranous staining.", [("SOX10", False), ("CD30", True)]),
    ],
)
def test_legend_marker_with_a_participle_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize("text", ["c CD31 staining only in vessels.", "CD34 staining was confined to the vessels."])
def test_legend_staining_only_in_background_is_no_tumour_positive(text):
    """Negative: a stain said to be seen only in the vessels is no positive call; it is the tumour's negative
    (gold/blind.md, session 22)."""
    assert [p for p in polarities(text) if p[1]] == []
    assert len(polarities(text)) == 1 and polarities(text)[0][1] is False


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Immunohistochemistry: ROS1 (80%), CD30 (about 20%), WT1 (0%), SOX10 (0%).",
            [("ROS1", True), ("CD30", True), ("WT1", False), ("SOX10", False)],
        ),
        ("IHC: ROS1 3+, calponin 1+, CD31 0, WT1 0.", [("ROS1", True), ("calponin", True), ("CD31", False), ("WT1", False)]),
    ],
)
def test_share_in_brackets_and_score_after_a_space(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ROS1 (10%) and NTRK3 (5%) rearrangements are reported in this entity.",
        "These tumours are typically positive for calponin (90%) and CD30 (40%).",
        "In our series CD31 0 of 7 cases stained.",
    ],
)
def test_share_or_score_outside_a_result_gives_nothing(text):
    """Negative: prevalence shares of the literature and counts are no result of the patient's tumour."""
    assert polarities(text) == []


@pytest.mark.parametrize(
    "lines,pos,neg",
    [
        (("Anticuerpo", "Resultado", "ROS1", "Positivo (difuso)", "Desmina", "Negativo", "CD34", "Negativa"), ["ROS1"], ["desmin", "CD34"]),
        (("Anticorps", "Clone", "Résultat", "ALK", "5A4", "Positif", "Desmine", "D33", "Négatif"), ["ALK"], ["desmin"]),
        (("Imuno-histoquímica", "ROS1 Positivo", "Desmina Negativo", "WT1 Negativa"), ["ROS1"], ["desmin", "WT1"]),
    ],
)
def test_flattened_table_in_a_second_language(lines, pos, neg):
    row = _cells(*lines)
    assert (row.ihc_positive, row.ihc_negative) == (pos, neg)


def test_flattened_differential_table_without_a_header_gives_no_call():
    """Negative: a differential table flattened to a line per cell breaks at its entity names into runs of two pairs."""
    row = _cells("GIST", "CD117", "Positive", "DOG1", "Positive", "Leiomyosarcoma", "Desmin", "Positive", "Caldesmon", "Positive")
    assert (row.ihc_positive, row.ihc_negative) == (None, None)


@pytest.mark.parametrize(
    ("texts", "positive", "negative"),
    [
        (("The invented lesion stained for desmin; CD21, CD23 and EBER were negative.",), ["desmin"], ["CD21", "CD23"]),
        (("EBER-ISH was negative.", "Keratin was negative too."), None, ["CK"]),
        (("SMA positive; EBV-encoded RNA in situ hybridisation negative; CD35 negative.",), ["SMA"], ["CD35"]),
        # the probe named after "in situ hybridisation for"
        (("CD23 was negative, and in situ hybridisation for Epstein-Barr virus was also negative.",), None, ["CD23"]),
        (("Desmin was positive; ISH for EBV (EBER) was negative.",), ["desmin"], None),
        # negatives: an immunostain for the virus's protein stays a marker
        (("LMP1 and CD21 were negative.",), None, ["EBV", "CD21"]),
    ],
)
def test_regression_in_situ_hybridisation_probe_is_not_an_immunostain(texts, positive, negative):
    row = run(*texts)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("texts", "positive", "negative"),
    [
        (("The invented mass stained for SMA and not for ALK; IgG4-positive cells were scarce.",), ["SMA"], ["ALK"]),
        (("Desmin was positive, and CD138+ cells numbered about 20 per field.",), ["desmin"], None),
        # negative: a plasma-cell marker reported as a stain of the lesion stays a marker
        (("The lesion was positive for SMA and CD38.",), ["SMA", "CD38"], None),
    ],
)
def test_regression_plasma_cell_marker_counting_background_cells_is_no_marker(texts, positive, negative):
    row = run(*texts)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    "text",
    [
        "The superior mesenteric artery (SMA) was encased; tumour cells were SMA positive.",
        "Immunostaining showed ALK, desmin and caldesmon in the spindle cells.",
        "CD34 and S-100 protein were negative; Ki-67 labelled 8% of nuclei.",
        "A panel of ALK, ROS1 and SMA was performed on the core.",
        "No stain was done.",
        "",
    ],
)
def test_not_marker_span_rules_left_out_by_the_literal_index_cannot_match(text):
    from eims_extract.fields import ihc

    spans = ihc._kind_regexes("not_marker_span")
    kept = set(ihc.may_match_indices(spans, text))
    assert {i for i, rx in enumerate(spans) if rx.search(text)} <= kept
    assert list(spans) == list(ihc._rules()["not_marker_span"])


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        ("Desmin was not expressed, whereas SMA stained strongly.", 0, 55),
        ("Desmin was not expressed, whereas SMA stained strongly.", 10, 40),
        ("Tumour cells were positive for ALK and negative for CD117.", 5, 58),
        ("ALK immunoreactivity was seen in most cells; ROS1 was absent.", 0, 61),
        ("No stain was done.", 0, 18),
    ],
)
def test_polarity_cues_with_the_literal_index_are_those_of_every_rule_run(text, lo, hi):
    from eims_extract.fields import ihc

    slow: list[tuple[int, int, str]] = []
    for kind in ihc._CUE_KINDS:
        for rx in ihc._rules()[kind]:
            for m in rx.finditer(text, lo, hi):
                if m.end() == m.start():
                    continue
                if any(m.start() < e and s < m.end() and k[:3] != kind[:3] for s, e, k in slow):
                    continue
                slow.append((m.start(), m.end(), kind))
    assert ihc._cues(text, lo, hi) == sorted(slow)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a loss of expression denied, or expression said to be preserved / intact / not lost: the marker is kept (positive)
        ("The nodule showed no loss of INI1 or BAP1 expression.", [("INI1", True), ("BAP1", True)]),
        ("Loss of H3K27me3 was not seen, and myogenin was negative.", [("H3K27me3", True), ("myogenin", False)]),
        ("Nuclear BAP1 expression was preserved in the lesional cells.", [("BAP1", True)]),
        ("SMARCB1 was intact, whereas S100 was negative.", [("INI1", True), ("S-100", False)]),
        ("INI1 expression was not lost.", [("INI1", True)]),
        # guard: a loss stated, and "intact" said of a tissue, stay as they were
        ("Loss of INI1 expression was found, and desmin was negative.", [("INI1", False), ("desmin", False)]),
        ("BRG1 was lost in the tumour nuclei.", [("SMARCA4", False)]),
        ("Desmin was negative and the overlying mucosa was intact.", [("desmin", False)]),
    ],
)
def test_regression_retained_preserved_or_not_lost_marker_is_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "(+/-)" and "(±)" in brackets are the focal or weak sign, read as the bare "+/-"
        ("Immunoprofile: ALK (+), calponin (+/-), CD34 (-).", [("ALK", True), ("calponin", True), ("CD34", False)]),
        ("SMA (±) and S100 (-).", [("SMA", True), ("S-100", False)]),
        # guard: a bracketed minus stays negative
        ("Desmin (-), SMA (+).", [("desmin", False), ("SMA", True)]),
    ],
)
def test_regression_bracketed_plus_minus_sign_is_a_weak_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the gene a molecular test was done for is no stain of the tumour
        ("Fluorescence in situ hybridisation for ALK was negative.", []),
        ("FISH for ALK and ROS1 gave negative results, while desmin was positive.", [("desmin", True)]),
        ("RT-PCR for NTRK3 was negative.", []),
        # guard: an immunostain for the same gene is read
        ("Immunohistochemistry for ALK was negative.", [("ALK", False)]),
        ("FISH for ALK was negative, but ALK immunostaining was positive.", [("ALK", True)]),
    ],
)
def test_regression_gene_named_as_a_molecular_tests_object_is_no_marker(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a present-tense statement that a marker tells tumour types apart is no result of this tumour
        ("ALK expression separates IMT from fibromatosis and leiomyosarcoma, which do not express ALK.", []),
        ("Desmin staining is useful to distinguish these lesions from schwannoma, which is S100 positive.", []),
        # guard: the past tense reports this tumour's result
        ("Diffuse ALK positivity distinguished the mass from leiomyosarcoma, and desmin was negative.",
         [("ALK", True), ("desmin", False)]),
        ("SMA and calponin were positive, distinguishing it from GIST.", [("SMA", True), ("calponin", True)]),
    ],
)
def test_regression_marker_said_to_distinguish_tumour_types_is_generic(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a second tumour of another kind found with the IMT: its stains are not the IMT's
        ("An incidental duodenal GIST in the resection was positive for CD117 and DOG1.", []),
        ("The mass was positive for ALK, while a coexisting schwannoma was positive for S100.", [("ALK", True)]),
        # guard: synchronous nodules of the tumour itself are read
        ("Synchronous tumour nodules were positive for ALK and desmin.", [("ALK", True), ("desmin", True)]),
    ],
)
def test_regression_stains_of_a_coexisting_tumour_of_another_kind_are_not_the_tumours(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "texts,positive,negative",
    [
        # a sentence cut inside its list before any result (a page's running head fell inside the clone bracket): the
        # marker of the first piece and the one after it take the result read across the cut
        (("Desmin (clone D33,", "Dako) was positive, as was caldesmon (h-CD), whereas CD117 (YR145) was negative."),
         ["desmin", "caldesmon"], ["CD117"]),
        # guard: a first piece with its own result keeps it, and prose ending in a comma before an unrelated sentence adds nothing
        (("The tumour was negative for S100 (4C4.9,", "Ventana) and positive for calponin."), ["calponin"], ["S-100"]),
        (("Grossly, the cut surface was tan,", "and the margins were clear."), None, None),
    ],
)
def test_regression_list_cut_before_any_result_reads_across_the_cut(texts, positive, negative):
    row = run(*texts)
    assert row.ihc_positive == positive
    assert row.ihc_negative == negative


@pytest.mark.parametrize(
    "text,expected",
    [
        # stains said to add nothing give no result
        ("Stains for p53, cyclin D1 and Rb gave no additional information.", []),
        ("Antibodies against p21 or PTEN did not provide further help, and desmin was negative.", [("desmin", False)]),
        # guard: a stain with a result before such a clause keeps it
        ("ALK was positive, and these findings gave no additional information about prognosis.", [("ALK", True)]),
    ],
)
def test_regression_stains_that_gave_no_information_give_no_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "texts,ki67,positive",
    [
        # the Ki-67 share written before the name
        (("ALK was positive, with 30% Ki-67-positive cells.",), 30.0, ["ALK", "Ki-67"]),
        (("The proliferative index was 12% by Ki-67 staining.",), 12.0, ["Ki-67"]),
        (("Calponin was positive, and in about 20% of the cells Ki-67 was expressed.",), 20.0, ["calponin", "Ki-67"]),
        # guard: a share that completes an earlier marker's clause is that marker's, not Ki-67's
        (("CD34 was negative in 100% of cells, Ki-67 low.",), None, None),
    ],
)
def test_regression_ki67_share_written_before_the_name(texts, ki67, positive):
    row = run(*texts)
    assert row.ki67_percent == ki67
    assert row.ihc_positive == positive


@pytest.mark.parametrize(
    "text,expected",
    [
        # a run of "name share" items: a share above 0 is positive, 0% negative
        ("Desmin 40%, CD34 0%, SMA 70%.", [("desmin", True), ("CD34", False), ("SMA", True)]),
        ("ALK 90%, Ki-67 10%.", [("ALK", True), ("Ki-67", True)]),
        # guard: vital signs and laboratory values shaped like markers are none
        ("Vital signs: pulse 96/min, SpO2 95%, temperature 37.6 C.", []),
        ("FiO2 40%, SpO2 92%.", []),
    ],
)
def test_regression_run_of_bare_shares_after_marker_names(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # stains said to be done, then their result: the result is the list's (no weak "stains for" positive)
        ("Stains for CD117 and DOG1 were done, and both were negative.", [("CD117", False), ("DOG-1", False)]),
        ("Calretinin and WT1 were also tested and found to be negative.", [("calretinin", False), ("WT1", False)]),
        ("Staining for desmin was performed, which was negative.", [("desmin", False)]),
        # a purpose opener ("To exclude a GIST,") negates none of the results after its comma
        ("To exclude a GIST, CD117 and DOG1 were examined, and both were negative.", [("CD117", False), ("DOG-1", False)]),
        # a weak prefix whose list is only said to be done gives nothing; the result of another clause stays its own
        ("Stains for CD117 were performed, and the tumour was positive for ALK.", [("ALK", True)]),
        # guard: a done list with its result after it, and a plain weak prefix, still read
        ("Immunostaining for desmin was performed, showing strong positivity.", [("desmin", True)]),
        ("Staining for ALK and SMA was performed and was diffusely positive.", [("ALK", True), ("SMA", True)]),
        ("Staining for calponin was seen in most cells.", [("calponin", True)]),
    ],
)
def test_regression_stains_said_to_be_done_then_their_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "texts,positive,negative",
    [
        # ALK negative with one antibody, positive with another in one sentence: ALK is positive
        (("ALK was negative with the ALK1 antibody but positive with the D5F3 clone.",), ["ALK"], None),
        # guard: ALK FISH named after an ALK stain is no second ALK stain; results of two sentences keep the first
        (("Immunostaining for ALK (D5F3) was negative and ALK FISH showed no split signal.",), None, ["ALK"]),
        (("ALK was negative.", "ALK was weakly positive in the recurrence."), None, ["ALK"]),
    ],
)
def test_regression_alk_read_both_ways_with_two_antibodies_is_positive(texts, positive, negative):
    row = run(*texts)
    assert row.ihc_positive == positive
    assert row.ihc_negative == negative


@pytest.mark.parametrize(
    "text,value",
    [("The Ki-67 labelling index was 8 per cent.", 8.0), ("Ki-67 was 5 percent.", 5.0), ("Ki-67 reached 12 per cent in hot spots.", 12.0)],
)
def test_regression_ki67_share_written_as_per_cent(text, value):
    assert run(text).ki67_percent == value


@pytest.mark.parametrize(
    "texts,positive,negative",
    [
        # ALK negative with one clone, then positive with another clone in a later sentence: ALK is positive
        (("ALK-1 was negative in the tumour cells.", "ALK (D5F3) showed weak granular staining."), ["ALK"], None),
        # guard: no clone named, or the same clone on a later specimen: the first result stands
        (("ALK was negative.", "ALK was weakly positive in the recurrence."), None, ["ALK"]),
        (("ALK (D5F3) was negative.", "The recurrence was ALK (D5F3) positive."), None, ["ALK"]),
    ],
)
def test_regression_alk_negative_with_one_clone_positive_with_another_is_positive(texts, positive, negative):
    row = run(*texts)
    assert row.ihc_positive == positive
    assert row.ihc_negative == negative


@pytest.mark.parametrize(
    "text,expected",
    [
        # a differential entity's profile given in a relative clause is not this tumour's; its own result after it is
        ("Schwannoma, which expresses S100 diffusely, was excluded because S100 was negative.", [("S-100", False)]),
        # the absence of stains weighed against a diagnosis is a negative result, with no staining word in the sentence
        ("The absence of S100 and SOX10 argued against a nerve sheath tumour.", [("S-100", False), ("SOX10", False)]),
        # guard: the tumour's own relative clause, and an absence of a non-marker, stay as they were
        ("The tumour, which expressed ALK and desmin, was excised.", [("ALK", True), ("desmin", True)]),
        ("The absence of necrosis argued against a sarcoma.", []),
    ],
)
def test_regression_differential_relative_clause_and_absence_weighed_against_a_diagnosis(text, expected):
    assert polarities(text) == expected


def test_regression_panel_row_retained_or_lost_result():
    # a flattened panel table whose result cell says the marker is kept or lost: retained is positive, lost negative
    row = run(
        "Table 2. Immunostains", "Antibody Clone Result", "ALK 5A4 Positive", "Desmin D33 Negative",
        "INI1 MRQ-27 Retained", "BRG1 EPR3912 Lost", "CD34 QBEnd10 Negative",
    )
    assert row.ihc_positive == ["ALK", "INI1"]
    assert row.ihc_negative == ["desmin", "SMARCA4", "CD34"]
    # guard: prose naming a retained marker outside a panel is read by the sentence rules only
    assert run("Retained tumour tissue was sent for sequencing.").ihc_positive is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The second biopsy showed the same nuclear membrane ALK pattern.", [("ALK", True)]),
        ("Tumour cells had a dot-like CD30 staining pattern.", [("CD30", True)]),
        ("The nodule had a diffuse growth pattern and was negative for ALK.", [("ALK", False)]),
    ],
)
def test_regression_marker_told_by_its_staining_pattern(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lorlatinib was offered after a desmin-positive core biopsy, but he refused it.", [("desmin", True)]),
        ("Surgery was advised following an ALK-positive needle biopsy.", [("ALK", True)]),
        ("Crizotinib may be considered for an ALK-positive tumour.", []),
    ],
)
def test_regression_finding_that_a_proposal_followed_is_a_fact(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calponin and SMA were positive, h-caldesmon weakly so, and CD117 was negative.", [
            ("calponin", True), ("SMA", True), ("caldesmon", True), ("CD117", False),
        ]),
        ("Desmin was diffusely positive and CD99 patchily so.", [("desmin", True), ("CD99", True)]),
    ],
)
def test_regression_qualified_so_repeats_the_positive_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # a result after the first marker, the rest added with "together with": the same result
            "The biopsy showed desmin positivity (patchy), together with caldesmon and ALK; CD117 was negative.",
            [("desmin", True), ("caldesmon", True), ("ALK", True), ("CD117", False)],
        ),
        ("Our review found CD30 staining along with SMA and calponin.", [("CD30", True), ("SMA", True), ("calponin", True)]),
        ("Tumour cells were ALK negative, as well as S100 and SOX10.", [("ALK", False), ("S-100", False), ("SOX10", False)]),
        ("The lesion showed strong ALK expression, in addition to h-caldesmon.", [("ALK", True), ("caldesmon", True)]),
        # not a list joined to the result: a word between "with" and the marker, or a loss named
        ("ALK was negative, along with a raised Ki-67 index.", [("ALK", False)]),
        ("The tumour showed ALK positivity, together with loss of desmin.", [("ALK", True), ("desmin", False)]),
    ],
)
def test_markers_added_with_together_with_take_the_result_before(text, expected):
    assert polarities(text) == expected


_HALVES_PIPES = (
    "| Antibody | Clone | Result | Antibody | Clone | Result |\n| ALK | 5A4 | + | CD34 | QBEnd10 | - |\n"
    "| SMA | 1A4 | focal + | Desmin | D33 | negative |\n| Caldesmon | h-CD | + | Myogenin | F5D | not done |\n"
)


_HALVES_PLAIN = (
    "Antibody     Clone      Result       Antibody     Clone      Result\n"
    "ALK          5A4        +            CD34         QBEnd10    -\n"
    "SMA          1A4        +            Desmin       D33        -\n"
    "Caldesmon    h-CD       +            Myogenin     F5D        n.d.\n"
)


@pytest.mark.parametrize("table", [_HALVES_PIPES, _HALVES_PLAIN], ids=["pipes", "plain_text"])
def test_ihc_panel_printed_in_two_halves_side_by_side_reads_both_halves(table, tmp_path, nlp):
    organ = "liver"
    text = _PANEL_CASE.format(organ=organ, patient=_ONE.format(organ=organ), caption="Antibodies used", table=table)
    (row,) = _extract(tmp_path, nlp, text).rows
    assert set(row.ihc_positive or []) == {"ALK", "SMA", "caldesmon"}
    assert set(row.ihc_negative or []) == {"CD34", "desmin"}  # "not done" is no call


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a table of marker/result pairs side by side, columns parted by runs of spaces
        ("Calponin  -  CD99  -", [("calponin", False), ("CD99", False)]),
        ("Vimentin  +  Myogenin  -", [("vimentin", True), ("myogenin", False)]),
        ("ALK(5A4)  +++  EMA  -", [("ALK", True), ("EMA", False)]),
        # negative: a dash set off by single spaces is no result of the marker before it
        ("Desmin - CD99 -", [("CD99", False)]),
    ],
)
def test_regression_side_by_side_marker_result_pairs(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the staining pattern told after a staining verb is the marker's positive result
        ("ROS1 stained in a diffuse granular pattern; CD117 was negative.", [("ROS1", True), ("CD117", False)]),
        ("ALK stained strongly with a perinuclear pattern.", [("ALK", True)]),
        # the pattern after a label colon, or after the staining noun with "in"
        ("ROS1: granular cytoplasmic pattern; CD117: negative.", [("ROS1", True), ("CD117", False)]),
        ("The spindle cells showed ALK staining in a nuclear membrane pattern.", [("ALK", True)]),
        ("No ALK expression in a cytoplasmic pattern was seen.", [("ALK", False)]),
        # negative: a denied staining stays negative
        ("ALK did not stain in a cytoplasmic pattern.", [("ALK", False)]),
    ],
)
def test_regression_marker_stained_with_a_pattern(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the markers right after "with" that follows a positive result share it; a bare intensity adverb is stained
        ("ROS1 was diffusely positive, with calponin and CD99, caldesmon only weakly, and MUC4 negative.",
         [("ROS1", True), ("calponin", True), ("CD99", True), ("caldesmon", True), ("MUC4", False)]),
        ("Desmin was positive, SMA patchily; CD34 was negative.", [("desmin", True), ("SMA", True), ("CD34", False)]),
        ("Pan-TRK was positive, as well as SMA and CD68, while S100 was negative.",
         [("pan-TRK", True), ("SMA", True), ("CD68", True), ("S-100", False)]),
        # negatives: "with" after a negative result, or before a pattern, or a list with its own result
        ("CD34 was negative, with S100 and SOX10.", [("CD34", False)]),
        ("ROS1 was positive, with calponin and CD99 negative.", [("ROS1", True), ("calponin", False), ("CD99", False)]),
        ("ALK was positive, with a granular pattern; CD117 negative.", [("ALK", True), ("CD117", False)]),
    ],
)
def test_regression_with_list_after_positive_and_bare_intensity_adverb(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the text stops inside a list whose result was to come: a weak prefix or a cue of an earlier clause gives none
        (
            "Caldesmon and SMA were expressed; immunostaining for pan-TRK, ALK (clones D5F3 as well as 5A4),",
            [("caldesmon", True), ("SMA", True)],
        ),
        ("Following the resection (May 2022), staining showed strong ALK and calponin, with DOG1,", [("ALK", True), ("calponin", True)]),
        ("Immunoreactivity for vimentin, CD30 and", []),
        # kept: a strong cue opens the open list itself, or the result is written on the marker
        ("The spindle cells were negative for S100, SOX10,", [("S-100", False), ("SOX10", False)]),
        ("Tumour cells were positive for desmin, SMA and", [("desmin", True), ("SMA", True)]),
        ("Stains: ALK+, CD34-,", [("ALK", True), ("CD34", False)]),
        # a finished sentence is read as before
        (
            "The lesion stained for caldesmon and SMA; the stains for ALK, ROS1 and pan-TRK were negative.",
            [("caldesmon", True), ("SMA", True), ("ALK", False), ("ROS1", False), ("pan-TRK", False)],
        ),
    ],
)
def test_text_cut_inside_an_open_marker_list_gives_that_list_no_result(text, expected):
    assert polarities(text) == expected


def test_text_cut_inside_the_last_row_of_a_pipe_panel_keeps_the_table(tmp_path, nlp):
    organ = "kidney"
    table = (
        "Marker | Present case | Mimic A | Mimic B\nSMA | + (focal) | - | +\nALK (5A4) | - | - | -\n"
        "Calponin | + | + | -\nCD34 | - | -"
    )
    text = (
        f"Inflammatory myofibroblastic tumour of the {organ}: an invented report\n\nCase presentation\n"
        f"{_ONE.format(organ=organ)} The mass was removed.\n\nTable 1. Stains of this tumour and its mimics\n{table}"
    )
    (row,) = _extract(tmp_path, nlp, text).rows
    assert "ALK" not in (row.ihc_positive or [])
    assert set(row.ihc_positive or []) == {"SMA", "calponin"}
    assert set(row.ihc_negative or []) == {"ALK", "CD34"}


def test_spaced_panel_in_two_halves_with_a_short_last_line_reads_both_halves(tmp_path, nlp):
    """Not a cut row: a panel set with spaces, two antibody/result pairs a line, the last line holding one pair only."""
    organ = "ureter"
    table = (
        "Antibody      Result      Antibody      Result\nSMA           +           ALK (5A4)     -\n"
        "Desmin        -           CD34          -\nCaldesmon     +           S-100         -\nKi-67         3%"
    )
    text = _PANEL_CASE.format(organ=organ, patient=_ONE.format(organ=organ), caption="Stains", table=table)
    (row,) = _extract(tmp_path, nlp, text).rows
    assert set(row.ihc_positive or []) >= {"SMA", "caldesmon"}
    assert set(row.ihc_negative or []) == {"ALK", "desmin", "CD34", "S-100"}


@pytest.mark.parametrize(
    "text,expected",
    [
        # the text stops on the polarity word that was to open the next list: it closes nothing before it
        ("The lesion was positive for calponin (weak) and ROS1 (diffuse), and negative", [("calponin", True), ("ROS1", True)]),
        ("Cells expressed ALK, SMA and, patchily, desmin, and negative", [("ALK", True), ("SMA", True), ("desmin", True)]),
        # the text stops inside a marker's name: the broken name gives no call, the list before it keeps its result
        ("Spindle cells expressed caldesmon and were negative for ALK, cytokeratin (AE1/", [("caldesmon", True), ("ALK", False), ("CK", False)]),
        # finished sentences keep their results
        ("Calponin was positive and ROS1 negative.", [("calponin", True), ("ROS1", False)]),
        ("Calponin was positive, and ROS1 was negative", [("calponin", True), ("ROS1", False)]),
    ],
)
def test_text_cut_on_a_polarity_word_or_inside_a_name_reads_no_result_for_it(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a result column run into the line, each sign in square brackets (with or without an aside)
        (
            "Stains (result in brackets): calretinin [+], CD99 [+, weak], myogenin [\u2212], ALK-1 [-], CD34 [neg].",
            [("calretinin", True), ("CD99", True), ("myogenin", False), ("ALK", False), ("CD34", False)],
        ),
        # a marker, a spaced dash and only the staining's strength or pattern: positive
        (
            "Immunoprofile: WT1 \u2014 weak, patchy nuclear; caldesmon \u2014 positive; CD117 \u2014 negative.",
            [("WT1", True), ("caldesmon", True), ("CD117", False)],
        ),
        # a slash between the positive and the negative half of a panel ends the last "+" result
        (
            "Panel (positive / negative): calponin +, CD99 + (weak) / myogenin \u2212, CD34 \u2212.",
            [("calponin", True), ("CD99", True), ("myogenin", False), ("CD34", False)],
        ),
    ],
)
def test_panel_result_signs_in_square_brackets_after_a_dash_or_before_a_slash(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bracketed citation or a dash before an ordinary clause is no result
        "The mass of the psoas [12] was removed \u2014 strong suspicion of sarcoma remained.",
        "Desmin was studied \u2014 focal areas of necrosis were seen in the centre of the mass.",
    ],
)
def test_bracket_or_dash_that_carries_no_staining_result_gives_no_call(text):
    assert [p for p in polarities(text) if p[0] in {"desmin"}] == []


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # signed markers set apart by spaces only: each its own marker
        ("CD10+ SMA+; myogenin- S100-", (["CD10", "SMA"], ["myogenin", "S-100"])),
        # how much stained, beside the name ("f" for focal, "weak", "focal"): not part of the marker's name
        ("desmin f+, weak CD68+; caldesmon-", (["desmin", "CD68"], ["caldesmon"])),
        # precision: an unsigned word before a signed marker keeps the item whole (no marker made of it)
        ("ALK+, rare ganglion-like cells", (["ALK"], [])),
    ],
)
def test_regression_table_ihc_cell_space_listed_and_qualified_markers(cell, expected):
    from eims_extract.fields.ihc import parse_ihc

    assert parse_ihc(cell) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a marker-signed name of the entity the sentence excludes: no stain of this tumour
        ("Vimentin was positive, ruling out a keratin-positive sarcomatoid carcinoma.", [("vimentin", True)]),
        ("CD21 was negative, excluding CD21-positive dendritic cell neoplasms.", [("CD21", False)]),
        # precision: a stain of this tumour before the exclusion stays
        ("The spindle cells were desmin-positive, excluding a schwannoma.", [("desmin", True)]),
    ],
)
def test_regression_excluded_entity_named_by_a_marker_sign_is_no_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        # a bare sign closing a list before a semicolon or the sentence end is the list's result
        ("Immunostains: caldesmon, desmin and CD68 +; S100, CD34 and myogenin -.", ["caldesmon", "desmin", "CD68"], ["S-100", "CD34", "myogenin"]),
        ("Stains: calponin and vimentin +.", ["calponin", "vimentin"], []),
        # precision: signs glued to each marker stay each marker's own
        ("Stains: SMA +, desmin -.", ["SMA"], ["desmin"]),
    ],
)
def test_regression_bare_sign_closing_a_marker_list(text, positive, negative):
    got = [(c.mention.canonical, c.positive) for c in calls(text)]
    assert [m for m, p in got if p] == positive
    assert [m for m, p in got if p is False] == negative


# -- an antibody panel printed as a grid under no "Table n" caption, with wrapped and short rows --------------
_BARE_CASE = (
    "Inflammatory myofibroblastic tumour of the {organ}: an invented report\n\n"
    "Case presentation\nA 61-year-old woman had a painless mass of the {organ}, which was excised whole.\n\n"
    "{label}{table}\n"
    "She remains well without treatment.\n\n"
    "Discussion\nThis invented tumour has not recurred.\n"
)
_BARE_PIPES = (
    "| Antibody | Clone | Dilution | Result |\n| ALK | OTI1H7 | 1:30 | positive (granular), |\n| | | | patchy |\n"
    "| Caldesmon | E89 | 1:75 | - |\n| Desmin | D33 | 1:80 | weak, focal |\n| MDM2 | IF2 | 1:100 | neg. |\n"
    "| Ki-67 | MIB-1 | 1:150 | 12-18% |\n"
)
_BARE_TABS = (
    "Marker\tResult\tNote\nALK (D5F3)\tstrong, diffuse\nCaldesmon\t-\tvessels stain\nDesmin\tfocal +\n"
    "-- page 2 of 3 --\nMDM2\tnegative\nKi-67\t18%\thot spot\n"
)


@pytest.mark.parametrize("table", [_BARE_PIPES, _BARE_TABS], ids=["pipes_four_columns", "tabs_two_known_columns"])
@pytest.mark.parametrize("label", ["Immunohistochemistry\n", "IHC, excision specimen\n", ""], ids=["label", "label_comma", "no_label"])
def test_uncaptioned_panel_grid_gives_each_marker_its_result_column(table, label, tmp_path, nlp):
    organ = "forearm"
    text = _BARE_CASE.format(organ=organ, label=label, table=table)
    (row,) = _extract(tmp_path, nlp, text).rows
    assert set(row.ihc_positive or []) == {"ALK", "desmin", "Ki-67"}
    # the clone column names no marker ("IF2" is MDM2's clone, not a marker called so)
    assert set(row.ihc_negative or []) == {"caldesmon", "MDM2"}
    assert row.ki67_percent == 18.0


def test_uncaptioned_grid_without_an_antibody_column_is_not_a_panel(tmp_path, nlp):
    table = "| Test | Value | Range |\n| Haemoglobin | 9.1 g/dL | 12-16 |\n| CRP | 61 mg/L | <5 |\n| Ferritin | 7 µg/L | 15-150 |\n"
    (row,) = _extract(tmp_path, nlp, _BARE_CASE.format(organ="calf", label="Laboratory\n", table=table)).rows
    assert not row.ihc_positive and not row.ihc_negative and row.ki67_percent is None


def test_lab_grid_headed_marker_gives_no_stain_calls(tmp_path, nlp):
    table = "Marker\tResult\tReference\nAFP\t3.0 ng/mL\t< 9\nLDH\t201 U/L\t< 250\nCEA\t1.1 ng/mL\t< 5\n"
    (row,) = _extract(tmp_path, nlp, _BARE_CASE.format(organ="thigh", label="Serum tests\n", table=table)).rows
    assert not row.ihc_positive and not row.ihc_negative


def test_panel_result_cell_opening_with_a_call_before_a_comma():
    from eims_extract.fields.ihc import panel_result_sign

    assert panel_result_sign("positive (cytoplasmic), patchy") is True
    assert panel_result_sign("positive, dot-like pattern") is True
    assert panel_result_sign("neg.") is False
    assert panel_result_sign("negative, vessels only") is False
    assert panel_result_sign("not done") is None
    assert panel_result_sign("rearranged (40%)") is None


def test_uncaptioned_panel_set_with_space_runs_reads_the_result_column(tmp_path, nlp):
    """The same panel aligned with runs of spaces under a plain label: the clone column ("IF2", "DCS-31") names no
    marker, each marker takes its result column."""
    table = (
        "Antibody      Clone       Dilution    Result\nALK           OTI1H7      1:30        positive\n"
        "MDM2          IF2         1:100       negative\nCDK4          DCS-31      1:50        negative\n"
        "Desmin        D33         1:80        focal +\nKi-67         MIB-1       1:150       7%\n"
    )
    (row,) = _extract(tmp_path, nlp, _BARE_CASE.format(organ="tongue", label="Immunohistochemistry\n", table=table)).rows
    assert set(row.ihc_positive or []) == {"ALK", "desmin", "Ki-67"}
    assert set(row.ihc_negative or []) == {"MDM2", "CDK4"}
    assert row.ki67_percent == 7.0


@pytest.mark.parametrize("label", ["Table 1. Stains\n", "Stains\n"], ids=["captioned", "uncaptioned"])
@pytest.mark.parametrize("sep", ["\t", " | "], ids=["tabs", "bars"])
def test_panel_result_wrapped_onto_a_line_without_delimiters_goes_on_with_the_cell_above(label, sep, tmp_path, nlp):
    """A result cell wrapped onto a line of its own that lost the delimiters ("positive (granular," over
    "cytoplasmic)"): that line goes on with the cell above, so the grid and the lines under it are still read."""
    rows = [["Antibody", "Clone", "Result"], ["ALK", "D5F3", "positive (granular,"], None, ["MDM2", "IF2", "-"],
            ["Desmin", "D33", "focal +"], ["Ki-67", "MIB-1", "6%"]]
    table = "\n".join("cytoplasmic)" if r is None else sep.join(r) for r in rows) + "\n"
    (row,) = _extract(tmp_path, nlp, _BARE_CASE.format(organ="cheek", label=label, table=table)).rows
    assert set(row.ihc_positive or []) == {"ALK", "desmin", "Ki-67"}
    assert row.ihc_negative == ["MDM2"]


@pytest.mark.parametrize(
    ("cell", "sign"),
    [
        # a call before an "in" of how many or where, a result told in words, an intensity score
        ("positive in 70% of tumour cells", True),
        ("negative in the spindle cells", False),
        ("retained", True),
        ("loss of nuclear expression", False),
        ("not expressed", False),
        ("3+", True),
        ("membranous staining", True),
        # precision: a stain told of vessels or bystander cells only is not the tumour's; no result is no sign
        ("positive in vessels only", None),
        ("present in entrapped lymphocytes", None),
        ("equivocal", None),
        ("n.d.", None),
    ],
)
def test_panel_result_cell_told_in_words_or_with_where_it_stains(cell, sign):
    from eims_extract.fields.ihc import panel_result_sign

    assert panel_result_sign(cell) is sign


@pytest.mark.parametrize("second", ["+", "focal +", "-"])
def test_panel_line_under_a_merged_antibody_cell_is_a_line_of_its_own(second, tmp_path, nlp):
    """An antibody printed once for two clones ("ALK | D5F3 | +" over " | OTI1H7 | ..."): the second line is the same
    antibody's own call, not words wrapped onto the first result; the first call stands."""
    table = (
        "| Antibody | Clone | Result |\n| ALK | D5F3 | + |\n"
        f"| | OTI1H7 | {second} |\n| Desmin | D33 | - |\n| SMA | 1A4 | focal + |\n"
    )
    (row,) = _extract(tmp_path, nlp, _BARE_CASE.format(organ="knee", label="Table 1. Stains\n", table=table)).rows
    assert set(row.ihc_positive or []) == {"ALK", "SMA"}
    assert row.ihc_negative == ["desmin"]


def _wrapped_report(label: str, table: str) -> str:
    """A report whose prose is wrapped at a column's width (a PDF's text layer), an antibody panel set with tabs."""
    import textwrap

    one = ("An invented man of 52 years noticed a slowly enlarging painless swelling of the left calf that had grown "
           "over five months; imaging showed a well-defined intramuscular lesion of 3.9 cm without bone invasion, "
           "and a wide excision with clear margins was performed without complication.")
    two = ("Sections showed spindle cells in a myxoid and collagenous stroma with many plasma cells and lymphocytes; "
           "the stains are listed below, and the diagnosis was an inflammatory myofibroblastic tumour of the calf.")
    three = ("Fourteen months after the excision he has no evidence of recurrence on imaging and needs no further "
             "treatment of any kind at the invented clinic that follows him.")
    lines = ["Inflammatory myofibroblastic tumour of the calf: an invented case", "", "Case presentation"]
    lines += textwrap.wrap(one, 78) + [""] + textwrap.wrap(two, 78) + ["", *label.splitlines(), *table.splitlines(), ""]
    lines += textwrap.wrap(three, 78) + ["", "Discussion"] + textwrap.wrap(two, 78)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("label", ["Immunohistochemistry", "Table 1. Stains"], ids=["uncaptioned", "captioned"])
def test_panel_grid_in_wrapped_text_gives_each_marker_its_result_column(label, tmp_path, nlp):
    table = "Antibody\tClone\tResult\nALK\tD5F3\tpositive\nMDM2\tIF2\tnegative\nDesmin\tD33\tfocal +\nKi-67\tMIB-1\t9%"
    (row,) = _extract(tmp_path, nlp, _wrapped_report(label, table)).rows
    assert set(row.ihc_positive or []) == {"ALK", "desmin", "Ki-67"}
    assert row.ihc_negative == ["MDM2"]
    assert row.ki67_percent == 9.0


def test_sentence_with_double_spaces_after_a_space_aligned_panel_stays_prose(tmp_path, nlp):
    """Precision: the paragraph right after a panel aligned with space runs, its sentences set two spaces apart, is
    not taken into the grid: its facts are still read."""
    table = (
        "Antibody      Clone       Result\nALK           OTI1H7      positive\nDesmin        D33         negative\n"
        "Ki-67         MIB-1       7%\nThe mass was excised with clear margins.  She is free of disease at 20 months.\n"
    )
    text = _BARE_CASE.format(organ="ankle", label="Immunohistochemistry\n", table=table)
    (row,) = _extract(tmp_path, nlp, text.replace("She remains well without treatment.\n", "")).rows
    assert set(row.ihc_positive or []) == {"ALK", "Ki-67"} and row.ihc_negative == ["desmin"]
    assert (row.status, row.follow_up_months) == ("ANED", 20.0)


@pytest.mark.parametrize(
    ("text", "positive"),
    [
        ("The cells were positive also for desmin and CD30.", {"desmin", "CD30"}),
        ("It was reactive too for CD30.", {"CD30"}),
        # precision: the negative list after 'also' is still negative
        ("The cells were positive for SMA and also negative for desmin.", {"SMA"}),
    ],
)
def test_regression_positive_also_for(text, positive):
    """'was positive also for desmin and CD30' lost both markers: the adverb stood between the cue and 'for'."""
    assert {c.mention.canonical for c in calls(text) if c.positive} == positive


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("Pan-TRK gave strong nuclear and cytoplasmic staining, while desmin was negative.", ["pan-TRK"], ["desmin"]),
        ("ROS1 produced diffuse granular staining.", ["ROS1"], None),
        ("CD34 gave no staining.", None, ["CD34"]),
    ],
)
def test_regression_marker_gave_or_produced_staining(text, positive, negative):
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "ki67"),
    [
        ("The Ki-67 labelling index was under 10% (7%).", 7.0),
        ("Ki-67 was below 2% (1.5%) in hot spots.", 1.5),
        # negatives: a bound alone keeps its number; a range its upper bound
        ("The Ki-67 index was below 5%.", 5.0),
        ("Ki-67 was 5-8%.", 8.0),
    ],
)
def test_regression_ki67_bound_then_exact_share_in_brackets(text, ki67):
    assert run(text).ki67_percent == ki67


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("Vimentin was positive; PAX8, low-molecular-weight keratin, HMW keratin and MOC31 were negative.",
         ["vimentin"], ["PAX8", "LMWCK", "34βE12", "MOC-31"]),
        ("The cells were negative for Ber-EP4, MOC-31 and WT1.", None, ["BerEP4", "MOC-31", "WT1"]),
    ],
)
def test_regression_keratin_weight_classes_and_epithelial_antibodies_in_a_list(text, positive, negative):
    """"high-molecular-weight keratin" was no marker, so the list broke there and the markers before it were lost."""
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("ROS1 showed a prominent (granular) cytoplasmic staining.", ["ROS1"], None),
        ("ALK displayed a striking perinuclear accentuation.", ["ALK"], None),
        # negative: no staining told with the same words
        ("ALK showed no perinuclear accentuation.", None, None),
    ],
)
def test_regression_stain_pattern_with_evaluative_or_bracketed_word(text, positive, negative):
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("texts", "positive", "negative"),
    [
        (("ROS1 was negative on the EUS aspirate.", "On the distal pancreatectomy specimen ROS1 was strongly positive."),
         ["ROS1"], None),
        (("Desmin stained the cell block cells.", "In the excised tumour desmin was negative."), None, ["desmin"]),
        # negatives: a later biopsy (of a recurrence) is a new test, and two small samples keep the first result
        (("ALK was positive in the resected tumour.", "A biopsy of the recurrence was ALK negative."), ["ALK"], None),
        (("ALK was negative on the smears.", "ALK was positive on the core biopsy."), None, ["ALK"]),
    ],
)
def test_regression_result_repeated_on_a_resection_is_the_final_one(texts, positive, negative):
    row = run(*texts)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("ROS1 was indeterminate on the aspirate smears but strongly positive in the lobectomy specimen.", ["ROS1"], None),
        ("ALK (5A4) was negative on the core biopsy, whereas diffusely positive in the excised tumour.", ["ALK"], None),
        ("Desmin was focal on the cell block but negative on the resection.", None, ["desmin"]),
        # negatives: two markers in two clauses, and a general statement with a modal
        ("ALK was negative on the cell block, while SMA was positive on the resection.", ["SMA"], ["ALK"]),
        ("In our experience ALK may be negative on smears but positive on the resection.", None, None),
    ],
)
def test_regression_result_repeated_elliptically_on_a_resection_is_the_final_one(text, positive, negative):
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    "text,expected",
    [
        # another disease as the subject of a generic present-tense sentence in a differential or teaching paragraph
        ("Clear cell sarcoma of tendons, which spares no age group, expresses S100 and HMB45 and carries EWSR1::ATF1.", []),
        ("An ependymoma would be GFAP-positive and lack SOX10.", []),
        ("Alveolar rhabdomyosarcoma, seen mostly in teenagers, is myogenin- and desmin-positive.", []),
        # guard: the report's own tumour after a contrast stays read
        (
            "Synovial sarcoma expresses TLE1, whereas the tumour cells here were negative for TLE1 and positive for ALK.",
            [("TLE1", False), ("ALK", True)],
        ),
        # guard: the report's own present-tense legend, with the cells as subject
        ("(c) The spindle cells are positive for ALK and SMA (x400).", [("ALK", True), ("SMA", True)]),
    ],
)
def test_other_disease_generic_present_profile_is_not_the_tumours(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # items of a differential list, each with its own profile after a comma or in brackets
        ("The registrars offered: (1) fibromatosis, beta-catenin-positive; (2) synovial sarcoma, TLE1-positive.", []),
        ("We weighed three entities: monophasic synovial sarcoma (TLE1 and EMA positive); and Ewing sarcoma (CD99 and NKX2.2 positive).", []),
        # guard: the report's own diagnosis line with its profile (the IMT family is never another entity)
        ("Diagnosis: inflammatory myofibroblastic tumour, ALK-positive.", [("ALK", True)]),
        # guard: a list whose items are the tumour's own results
        ("Stains: desmin negative; ALK positive.", [("desmin", False), ("ALK", True)]),
        # guard: a diagnosis after a procedure's label is that specimen's finding, not a differential item
        ("Excision: low-grade fibromyxoid sarcoma (MUC4+, ALK negative).", [("MUC4", True), ("ALK", False)]),
    ],
)
def test_differential_list_item_profile_is_not_the_tumours(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the method shows the markers in the cells: positive
        ("Immunostaining disclosed calponin and desmin in the lesional cells.", [("calponin", True), ("desmin", True)]),
        ("Immunohistochemistry demonstrated ALK in most spindle cells; CD34 was negative.", [("ALK", True), ("CD34", False)]),
        # guard: a negation before the cells keeps its own reading
        ("Immunohistochemistry showed no desmin staining in the tumour cells.", [("desmin", False)]),
        ("Immunostaining revealed no desmin or h-caldesmon in the lesional cells.", [("desmin", False), ("caldesmon", False)]),
    ],
)
def test_stain_showed_markers_in_the_cells_is_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,positive,negative",
    [
        ("The lesion was CD117 positive, with DOG1, S100 and desmin negative.", ["CD117"], ["DOG-1", "S-100", "desmin"]),
        ("Tumour cells were SMA-positive, with caldesmon, CD34 (vessels only) and ALK negative.", ["SMA"], ["caldesmon", "CD34", "ALK"]),
        ("ALK was diffusely positive, with SMA and calponin as well.", ["ALK", "SMA", "calponin"], []),
        ("ALK was positive, with SMA, desmin and calponin, but negative for CK.", ["ALK", "SMA", "desmin", "calponin"], ["CK"]),
    ],
    ids=["with_list_own_negative", "with_list_bracket_then_negative", "with_list_shares_positive", "with_list_then_contrast"],
)
def test_with_list_after_positive_takes_its_own_result(text, positive, negative):
    row = run(text)
    assert (row.ihc_positive or []) == positive
    assert (row.ihc_negative or []) == negative


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("Only on the second biopsy was ALK staining done, which was positive.", ["ALK"], []),
        ("Desmin staining was performed on the recurrent tumour and was negative.", [], ["desmin"]),
        ("Calponin was tested on the old blocks, and was positive.", ["calponin"], []),
        # negative: a stain done with its result not told
        ("CD34 staining was done on the first specimen.", [], []),
    ],
)
def test_regression_stain_done_on_a_specimen_then_its_result(text, positive, negative):
    """'only on the third specimen was ALK staining done, which was positive': the stain named as done (inverted, or
    with the specimen it was done on) then its result in a coordinated or relative clause (the result was lost)."""
    row = run(text)
    assert (sorted(row.ihc_positive or []), sorted(row.ihc_negative or [])) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("Desmin staining on the original biopsy was negative.", [], ["desmin"]),
        ("S100 staining done on the 2012 specimen was negative, and SMA was positive.", ["SMA"], ["S-100"]),
        ("Calponin staining in the recurrent tumour was strongly positive.", ["calponin"], []),
        # unchanged: a staining noun with no result after it stays expression; a result of another kind stays none
        ("SMA staining in the tumour cells was diffuse.", ["SMA"], []),
        ("CD34 staining highlighted the vessels.", [], []),
    ],
)
def test_regression_stain_on_a_named_specimen_takes_the_result_after_it(text, positive, negative):
    """'CD34 staining on the first biopsy was negative' was read as CD34 expressed (the staining noun) and its result
    lost: a review of old specimens names the specimen between the stain and its result."""
    row = run(text)
    assert (sorted(row.ihc_positive or []), sorted(row.ihc_negative or [])) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("To exclude a carcinoma, cytokeratins (OSCAR, CK7), EMA and GATA3 were stained first and were negative.",
         [("CK", False), ("CK", False), ("CK7", False), ("EMA", False), ("GATA3", False)]),
        ("Desmin and myogenin were tested initially, and both were positive.", [("desmin", True), ("myogenin", True)]),
        # precision: a list only said to be stained first stays unread, and a result of its own stays its own
        ("Desmin and myogenin were stained first; the ALK stain was positive.", [("ALK", True)]),
        ("CD117 was stained first and was negative, whereas DOG1 was positive.", [("CD117", False), ("DOG-1", True)]),
    ],
)
def test_list_stained_first_then_result(text, expected):
    """'keratins (AE1/AE3, CK5/6), p63 and p40 were stained first and were negative' read none of them: an adverb of
    sequence after the done verb, and the bracketed members of the list, broke the list's reach to its result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Panel: calretinin - negative; CD31, ERG, HMB45 - all negative.",
         [("calretinin", False), ("CD31", False), ("ERG", False), ("HMB-45", False)]),
        ("Stains: SMA, calponin - both positive.", [("SMA", True), ("calponin", True)]),
        # precision: a hyphen between two markers is still no separator, nor one before a panel clause
        ("ALK - desmin positive", [("desmin", True)]),
        ("ALK - all other stains positive", []),
    ],
)
def test_marker_list_then_hyphen_then_all_and_the_result(text, expected):
    """'CD117, DOG1, S100, ERG, myogenin - all negative' read none of them: the spaced hyphen of a key-value line broke the
    list's reach to its result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("texts", "positive", "negative"),
    [
        (("IMMUNOHISTOCHEMISTRY: SMA positive. Caldesmon positive. S100 negative.",
          "AMENDMENT: caldesmon was reported in error; on repeat staining caldesmon is negative."),
         ["SMA"], ["caldesmon", "S-100"]),
        (("Stains: CD30 negative, ALK positive.", "Revised result after the control failed: CD30 positive (membranous)."),
         ["CD30", "ALK"], []),
        (("Desmin was negative.", "The amended report states that the previous reading of desmin negativity was wrong; "
          "desmin is focally positive."), ["desmin"], []),
        # precision: a later differing result with no correction keeps the first, and the corrected result's own
        # mention of the wrong reading does not undo the correction
        (("Desmin was negative on the biopsy.", "In a later specimen desmin was positive."), [], ["desmin"]),
    ],
)
def test_amended_result_replaces_the_earlier_one(texts, positive, negative):
    """An AMENDED REPORT ('the earlier report of desmin positivity was in error ... desmin is NEGATIVE') kept the first,
    wrong, result: the first result read decided a marker's polarity."""
    row = run_apply(apply, *texts)
    assert (row.ihc_positive or [], row.ihc_negative or []) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of IgG4-positive plasma cells, however many, is the background's (the read golds' majority leaves it out)
        ("Scattered eosinophils; IgG4-positive plasma cells were abundant (about 25% of IgG cells).", []),
        ("IgG4-positive plasma cells numbered 31 per high-power field.", []),
        ("IgG4-positive plasma cells numbered fewer than 10 per high-power field.", []),
        ("IgG4-positive plasma cells were rare.", []),
        ("CD38-positive plasma cells were abundant.", []),
        # an IgG4/IgG ratio is no stain either; IgG4 named in the tumour's stain list keeps its sign
        ("Desmin was negative and the IgG4/IgG ratio was under 10%.", [("desmin", False)]),
        ("CD34, S100 and IgG4 were negative in the lesional cells.", [("CD34", False), ("S-100", False), ("IgG4", False)]),
    ],
)
def test_igg4_plasma_cell_count_or_ratio_is_no_stain_of_the_tumour(text, expected):
    """IgG4-positive plasma cells counted for an IgG4-related work-up ('numbered 14 per HPF', 'numerous', 'fewer than 10'):
    of the read golds that state such a count, most leave IgG4 out of both lists (gold/blind.md 'IgG4 counts')."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK - POSITIVE (diffuse, granular)", [("ALK", True)]),
        ("ROS1 - NEGATIVE", [("ROS1", False)]),
        # a real fusion written with a hyphen is still no marker
        ("RANBP2-ALK fusion", []),
    ],
)
def test_result_word_in_capitals_is_no_fusion_partner_of_the_marker(text, expected):
    """'ALK - POSITIVE (diffuse)' read no ALK: 'ALK - POSITIVE' was taken for a fusion notation with a gene POSITIVE."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("texts", "negative"),
    [
        (("Stains: desmin and MyoD1 positive; TFE3, CA-IX, cathepsin K and CD10 negative.",), ["TFE3", "CA-IX", "cathepsin K", "CD10"]),
        (("Langerin, BRAF V600E (VE1), S100 and CD1a were all negative.",), ["langerin", "BRAF V600E", "S-100", "CD1a"]),
        (("GFAP was expressed; pan-TRK, IDH1 R132H and H3 K27M were negative.",), ["pan-TRK", "IDH1 R132H", "H3 K27M"]),
        # a mutation told found or not in its own sentence is a molecular result, not a stain
        (("ROS1 FISH was negative.", "BRAF V600E was not detected."), None),
        (("Sequencing showed no H3 K27M mutation.",), None),
    ],
)
def test_mutation_specific_and_rarer_antibodies_keep_the_negative_list_whole(texts, negative):
    """'TFE3, cathepsin K, CK7, CA-IX, CD117 and HMB45 negative' and 'CD1a, langerin (CD207), BRAF V600E (VE1), GFAP ...
    were not expressed' kept only the items after an unknown name (CA-IX, BRAF V600E, H3 K27M were no vocabulary markers)."""
    row = run(*texts)
    if negative is None:
        assert not {"BRAF V600E", "H3 K27M"} & set(row.ihc_negative or [])
    else:
        assert row.ihc_negative == negative


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Melanoma (SOX10 negative) and leiomyosarcoma (h-caldesmon negative) were considered and excluded.", [("SOX10", False), ("caldesmon", False)]),
        ("A solitary fibrous tumour was suspected but ruled out, STAT6 being negative.", [("STAT6", False)]),
        # precision: a differential only considered stays a hypothesis
        ("Lymphoma was considered (CD45 negative).", []),
    ],
)
def test_stain_of_a_differential_considered_and_excluded(text, expected):
    """'... and recurrent breast carcinoma (GATA3 negative) were considered and excluded' lost GATA3: 'considered' made
    the settled differential a hypothesis."""
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As quoted from the pathologist's report, the spindle cells expressed SMA and were negative for desmin.", [("SMA", True), ("desmin", False)]),
        ("The radiologist's report aside, the cells were CD34 negative.", [("CD34", False)]),
        ("The histopathologist's report described spindle cells negative for desmin.", [("desmin", False)]),
        ("According to the referring hospital's report, the lesion was ALK positive.", [("ALK", True)]),
        # precision: a named author's report is another's case
        ("In Okafor's report, the tumour cells were ALK negative.", []),
    ],
)
def test_own_pathologists_report_told_second_hand(text, expected):
    """'According to the pathologist's report, the cells were ALK (D5F3) positive, SMA positive, desmin negative' lost
    every marker: a possessive before 'report' was read as another author's work."""
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


@pytest.mark.parametrize(
    ("texts", "positive", "negative"),
    [
        # another neoplasm of the patient named with its own profile in brackets
        (("In 2019 she had a right renal cell carcinoma (PAX8 and CD10 positive) removed.", "The nodule was ALK and desmin positive, CD10 negative."), ["ALK", "desmin"], ["CD10"]),
        (("A lobectomy showed squamous cell carcinoma with necrosis (stage IIA; p40 positive, TTF-1 negative).",), None, None),
        (("He had been treated for a nodular sclerosis Hodgkin lymphoma (Reed-Sternberg cells CD30+, CD15+) years before.",), None, None),
        # another neoplasm as the subject of a sentence: its findings are its own, up to a word of this tumour
        (("The adenocarcinoma was moderately differentiated and expressed CK20 and CDX2.",), None, None),
        (("The duodenal tumour was a GIST, 4 cm, CD117 and DOG1 positive.", "The mesenteric nodule was CD117 negative and SMA positive."), ["SMA"], ["CD117"]),
        # a clause opened on another neoplasm, up to this tumour's nodule
        (("In the adenocarcinoma, CK7 and TTF-1 were positive; in the nodule, ALK was positive.",), ["ALK"], None),
        (("Immunohistochemistry of the lymphoma showed CD20 and PAX5 positivity.", "The spindle cells were SMA positive and CD20 negative."), ["SMA"], ["CD20"]),
        # guards: a working or differential diagnosis; a bracket with no positive result; this tumour named after a contrast
        (("It was first misdiagnosed as a carcinoma (AE1/AE3 positive).",), ["CK"], None),
        (("The lesion was first taken for a carcinoma (keratin negative).",), None, ["CK"]),
        (("The carcinoma was excluded because the spindle cells were negative for keratin.",), None, ["CK"]),
        (("The carcinoma was excluded by negative keratin staining.",), None, ["CK"]),
        (("The tumour was negative for carcinoma markers (AE1/AE3, EMA) and positive for ALK.",), ["ALK"], ["CK", "EMA"]),
        (("A spindle cell lesion with features of a carcinoma (AE1/AE3 positive) proved to be an IMT.",), ["CK"], None),
    ],
)
def test_markers_of_another_primary_neoplasm_are_not_this_tumours(texts, positive, negative):
    """A second or earlier neoplasm's profile ('a breast carcinoma (ER and PR positive, HER2 3+)', 'The gastric tumour was a
    GIST, CD117 and DOG1 positive') was read as this tumour's, and its positives then outranked the tumour's own negatives."""
    row = run(*texts)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        # a bare intensity closing a list after a dash or a colon: each of the list stained
        ("Stains: desmin positive; CD68, CD163, ER \u2014 focal; S100 negative.", ["desmin", "CD68", "CD163", "ER"], ["S100"]),
        ("Immunohistochemistry: calponin, h-caldesmon: weak. CD34: negative.", ["calponin", "caldesmon"], ["CD34"]),
        # a probe's in-situ hybridisation then a result handed on with "as were"
        ("EBER in situ hybridization was negative, as were CD30 and CD15.", [], ["CD30", "CD15"]),
        # minus signs glued to every marker, no plus anywhere
        ("The lesional cells were CD117-, DOG1- and S100-.", [], ["CD117", "DOG1", "S100"]),
        ("Myeloid markers (CD33-, CD13-) excluded a myeloid sarcoma.", [], ["CD33", "CD13"]),
        # a marker-signed entity the report is told apart from is not a stain of this tumour
        ("Hepatic IMT: distinction from an EBV-positive follicular dendritic cell sarcoma.", [], []),
        ("A renal mass mimicking a CD117-positive oncocytic neoplasm; its cells were positive for SMA.", ["SMA"], []),
    ],
)
def test_regression_dash_intensity_as_were_glued_minus_and_told_apart_entities(text, positive, negative):
    row = run(text)
    assert [m.replace("-", "").lower() for m in row.ihc_positive or []] == [m.replace("-", "").lower() for m in positive]
    assert [m.replace("-", "").lower() for m in row.ihc_negative or []] == [m.replace("-", "").lower() for m in negative]


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        # a blood count of a lymphocyte subset is a laboratory value, not a stain
        ("On admission her CD4+ count was 240 cells/\u00b5L with an undetectable viral load.", [], []),
        ("Antiretroviral therapy had raised the CD4 cell count to 510.", [], []),
        ("Peripheral blood: CD4+ T cells 290/\u00b5L, CD8+ T cells 35%.", [], []),
        # guards: the tumour's own CD stains
        ("The lesional cells were positive for CD30 and CD68 and negative for CD4.", ["CD30", "CD68"], ["CD4"]),
    ],
)
def test_regression_lymphocyte_subset_counts_are_no_stains(text, positive, negative):
    row = run(text)
    assert (row.ihc_positive or []) == positive
    assert (row.ihc_negative or []) == negative


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("IHC: CD34 pos, S100 neg, ALK pos (granular)", ["CD34", "ALK"], ["S-100"]),
        ("stains: SMA pos; desmin, caldesmon neg", ["SMA"], ["desmin", "caldesmon"]),
        # precision: a serology panel's anti-smooth-muscle antibody, imaging told neg
        ("w/u for autoimmune hepatitis: ANA/ASMA neg", None, None),
        ("CT chest neg; margins neg", None, None),
    ],
)
def test_bare_pos_and_neg_after_a_marker(text, positive, negative):
    """Notes write "SMA pos, desmin neg" with no colon; the shorthand was read only after a label colon."""
    row = run_apply(apply, text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # brachyury, the notochordal marker of the skull-base and sacral differential, opening the list
        ("Brachyury, desmin and CD34 were all negative.", [("brachyury", False), ("desmin", False), ("CD34", False)]),
        ("The cells were negative for TBXT and positive for SMA.", [("brachyury", False), ("SMA", True)]),
        # a stain that lit only the organ's own tissue caught in the tumour: the tumour cells were negative
        ("NeuN and GFAP stained only the entrapped cortical neurons, while ALK was positive.",
         [("NeuN", False), ("GFAP", False), ("ALK", True)]),
        ("CK highlighted residual bile ducts only.", [("CK", False)]),
        # precision: a stain of the tumour cells stays positive
        ("SMA stained the spindle cells strongly.", [("SMA", True)]),
        # a gene a germline or genetic test was done for is no stain
        ("Genetic testing for NF1 and SMARCB1 was negative; S100 was negative.", [("S-100", False)]),
        ("Germline analysis of TP53 found no variant, and desmin was positive.", [("desmin", True)]),
        # the brain's own tissue as the subject of its clause, and a stain told confined to the background after its noun
        ("Reactive gliosis at the edge was GFAP-positive, whereas the spindle cells were negative.", []),
        ("The adjacent cortex was NeuN-positive; the tumour cells expressed ALK.", [("ALK", True)]),
        ("Staining for GFAP was confined to the entrapped brain tissue at the margin.", []),
        ("Immunoreactivity for CD34 was seen only in vessels.", []),
        # precision: the stain of the tumour cells after its noun stays positive
        ("Staining for desmin was diffuse in the tumour cells.", [("desmin", True)]),
    ],
)
def test_regression_neuro_panel_brachyury_entrapped_native_tissue_and_genetic_tests(text, expected):
    """Brachyury was not a known marker, "X and Y stained only entrapped glia" gave no call, and "genetic testing for NF2
    was negative" was read as a negative stain."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        # translated English keeps the source language's plural adjective ("positivas para", "positives pour")
        ("The neoplastic cells were positives for vimentin and CD99, being negatives for S100 and CD117.",
         ["vimentin", "CD99"], ["S-100", "CD117"]),
        ("Immunostains: spindle cells negatives for desmin; positives for ALK (strong).", ["ALK"], ["desmin"]),
        # calqued noun order: "actin of smooth muscle", "receptors of progesterone"
        ("The lesion was positive for actin of smooth muscle and negative for receptors of progesterone and receptors of oestrogens.",
         ["SMA"], ["PR", "ER"]),
        # guards: a plural noun "positives" or "negatives" is no stain cue
        ("False negatives for the rapid antigen test were discussed with the family.", None, None),
    ],
)
def test_translated_plural_adjectives_and_calqued_marker_names(text, positive, negative):
    row = run_apply(apply, text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        # the sign written before the clone in brackets: a spaced dash is a minus sign, the clone names the antibody
        ("IHC: CD99 +, desmin +, ALK - (D5F3), SOX10 -, CD34 -, myogenin -.", ["CD99", "desmin"], ["ALK", "SOX10", "CD34", "myogenin"]),
        ("Stains: ALK + (1A4), caldesmon -.", ["ALK"], ["caldesmon"]),
        ("Stains: ALK - (clone 5A4) and SMA +.", ["SMA"], ["ALK"]),
        # guard: a clone glued to its marker stays one name
        ("ALK (D5F3) was diffusely positive.", ["ALK"], None),
    ],
)
def test_sign_before_bracketed_clone(text, positive, negative):
    row = run_apply(apply, text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        # a result placed in another tissue after the marker is that tissue's (an internal control)
        ("Stains: ALK +ve, CD10 +ve; desmin negative in the adjacent endometrium; S100 -ve.", ["ALK", "CD10"], ["S-100"]),
        ("The spindle cells were positive for SMA; CD117 was positive in the surrounding normal mucosa.", ["SMA"], None),
        # guard: a result in the tumour itself is kept
        ("Desmin was negative in the tumour cells.", None, ["desmin"]),
    ],
)
def test_marker_result_placed_in_another_tissue(text, positive, negative):
    row = run_apply(apply, text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        # a stain told of the lymph nodes, the margins or the background is that tissue's, not the tumour's
        ("The spindle cells expressed SMA. Staining for ALK was negative in the regional lymph nodes.", ["SMA"], None),
        ("Desmin was positive. ALK was negative in all 9 excised nodes.", ["desmin"], None),
        ("CD34 was negative in the resection margins.", None, None),
        # ... unless the clause says the node holds the tumour: then it is the tumour's stain
        ("ALK was positive in the nodal metastasis.", ["ALK"], None),
        ("Staining for ALK was negative in the lymph node involved by the tumour.", None, ["ALK"]),
    ],
)
def test_stain_told_of_the_lymph_nodes_is_not_the_tumours(text, positive, negative):
    row = run_apply(apply, text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Desmin was faint and patchy (equivocal); CD34 was negative.", [("CD34", False)]),
        ("Myogenin was weak and focal, read by two observers as indeterminate, and S100 was negative.", [("S-100", False)]),
        # weak or focal alone is still a positive result
        ("Desmin was weak and focal; CD34 was negative.", [("desmin", True), ("CD34", False)]),
    ],
)
def test_weak_stain_called_equivocal_gives_no_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("With clone 1A4, ALK gave weak, granular staining, interpreted after review as non-specific.", [("ALK", False)]),
        ("ROS1 showed faint cytoplasmic staining, regarded by the panel as negative; SMA was positive.", [("ROS1", False), ("SMA", True)]),
        # the faint stain left as it is stays positive
        ("ROS1 showed faint cytoplasmic staining; SMA was positive.", [("ROS1", True), ("SMA", True)]),
    ],
)
def test_weak_stain_read_at_review_as_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Pan-TRK was initially read as equivocal and, on a second block, positive.", [("pan-TRK", True)]),
        ("CD30 was first scored as indeterminate and, after repeat staining, negative.", [("CD30", False)]),
        ("CD30 was first scored as indeterminate.", []),
    ],
)
def test_equivocal_stain_then_final_reading(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Because desmin was negative a myogenin stain was performed, which was diffusely positive.", [("desmin", False), ("myogenin", True)]),
        ("A pan-TRK stain was done, which was weakly positive.", [("pan-TRK", True)]),
        # the stain asked for with no result stays without one
        ("As ALK was positive a ROS1 stain was not needed.", [("ALK", True)]),
    ],
)
def test_stain_done_then_relative_result_after_reason_clause(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Panel: desmin +, keratin (AE1/AE3, CK8/18) -, CD117 -.", [("desmin", True), ("CK", False), ("CD117", False)]),
        ("Panel: cyclin D1 nuclear -, SMA +.", [("cyclin D1", False), ("SMA", True)]),
        ("Panel: keratin (OSCAR and AE1/AE3) +, S100 -.", [("CK", True), ("S-100", False)]),
    ],
)
def test_sign_after_clone_list_or_compartment_word(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("pan-TRK stained strongly (nuclear and cytoplasmic), and CD117 was negative.", [("pan-TRK", True), ("CD117", False)]),
        ("Desmin stained diffusely (cytoplasmic), SMA was focal.", [("desmin", True), ("SMA", True)]),
    ],
)
def test_graded_stain_followed_by_its_pattern_in_brackets(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Of the three antibodies the district laboratory could provide, the spindle cells stained for ALK and were negative for S100.",
            [("ALK", True), ("S-100", False)],
        ),
        ("Using the stains our unit can run, desmin was positive.", [("desmin", True)]),
    ],
)
def test_modal_of_what_the_laboratory_could_offer_is_no_hedge(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("CD117 had to be sent to a university laboratory in the north and was negative.", [("CD117", False)]),
        ("ROS1 was done at a reference laboratory abroad and was positive.", [("ROS1", True)]),
    ],
)
def test_stain_sent_out_before_its_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "reactive" naming the background cells a stain picked out is no positive result of the list before it
        ("Immunostains: positive - ALK, SMA; negative - desmin, CD34, CD20, CD3 (reactive T cells only).",
         [("ALK", True), ("SMA", True), ("desmin", False), ("CD34", False), ("CD20", False), ("CD3", False)]),
        ("Negative: S100, CD34, CD20 (reactive lymphocytes), CD3.",
         [("S-100", False), ("CD34", False), ("CD20", False), ("CD3", False)]),
        # negative: "reactive" as the result itself still reads positive
        ("The spindle cells were SMA reactive and desmin negative.", [("SMA", True), ("desmin", False)]),
    ],
)
def test_reactive_background_cells_in_a_negative_list_are_no_positive_cue(text, expected):
    got = {c.mention.canonical: c.positive for c in calls(text)}
    assert [(m, got.get(m)) for m, _ in expected] == expected


@pytest.mark.parametrize(
    "text,positive,negative",
    [
        ("ROS1 was diffusely positive by IHC together with calponin and desmin, with CD117 and DOG1 negative.",
         ["ROS1", "calponin", "desmin"], ["CD117", "DOG-1"]),
        ("The excised nodule was ALK-positive by immunohistochemistry (clone D5F3) with SMA and CD10, while S100 was negative.",
         ["ALK", "SMA", "CD10"], ["S-100"]),
        ("ALK was positive by IHC with desmin negative.", ["ALK"], ["desmin"]),
    ],
)
def test_markers_with_a_positive_told_by_its_method_share_it(text, positive, negative):
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


@pytest.mark.parametrize(
    "text,negative",
    [
        ("Desmin was negative, as were CK (AE1/AE3), S100 and CD34.", ["desmin", "CK", "S-100", "CD34"]),
        ("ALK was negative, as were cytokeratin (clone MNF116), SOX10 and HMB45.", ["ALK", "CK", "SOX10", "HMB-45"]),
    ],
)
def test_as_were_list_goes_on_past_a_clone_in_brackets(text, negative):
    assert run(text).ihc_negative == negative


@pytest.mark.parametrize(
    "text,expected",
    [
        # a list item's result after a dash told as graded positivity (fictional reports)
        (
            "Stains: ROS1 (clone X9) - diffuse granular cytoplasmic positivity; SMA - patchy; desmin - negative.",
            [("ROS1", True), ("SMA", True), ("desmin", False)],
        ),
        ("Panel: CD30: strong membranous staining; ALK: negative.", [("CD30", True), ("ALK", False)]),
    ],
)
def test_dash_then_graded_positivity_closes_a_list_item_as_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The lesion was diffusely positive for SMA, and no cells stained for desmin.",
            [("SMA", True), ("desmin", False)],
        ),
        ("None of the tumour cells expressed CD34, whereas ALK was positive.", [("CD34", False), ("ALK", True)]),
        ("No neoplastic cells were positive for S100 or SOX10.", [("S-100", False), ("SOX10", False)]),
    ],
)
def test_no_cells_stained_for_reads_as_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a bound, then the exact share in brackets with an approximator: the bracketed share
        ("Ki-67 labelling was below 5% (about 3%).", 3.0),
        ("The Ki-67 index was under 20% (approximately 15%).", 15.0),
        # negative: the bound alone stays the value
        ("The Ki-67 index was below 5%.", 5.0),
    ],
)
def test_ki67_bound_then_approximate_share_in_brackets(text, value):
    assert run(text).ki67_percent == value


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        # two nuclear squamous markers written as one slash pair are two markers, not a third
        ("The spindle cells were negative for p63/p40 and cytokeratin.", ["p63", "p40", "CK"]),
        ("p63/p40: negative", ["p63", "p40"]),
    ],
)
def test_slash_pair_of_two_markers_is_read_as_both(text, negative):
    assert run(text).ihc_negative == negative


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The spindle cells were negative for ALK, whereas the admixed lymphocytes were positive for CD3 and CD20 and the "
            "plasma cells for CD138.",
            [("ALK", False)],
        ),
        (
            "The T cells were positive for CD3 and the B cells for CD20; the spindle cells were positive for SMA.",
            [("SMA", True)],
        ),
    ],
)
def test_background_cell_clause_with_gapped_verb_gives_no_call(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,value",
    [
        ("The MIB-1 labelling index of the nodule ranged between 4% and 9%.", 9.0),
        ("Ki-67 was between 2 and 6%.", 6.0),
    ],
)
def test_ki67_range_written_between_and_gives_upper_bound(text, value):
    m = next(x for x in markers_in(text) if x.canonical == "Ki-67")
    assert ki67_percent(text, m)[0] == value


@pytest.mark.parametrize(
    ("cell", "positive_column", "expected"),
    [
        # bare stains listed before the one sign they share, a group of their own after ';'
        ("CD10 +; calponin, S100, caldesmon −", False, (["CD10"], ["calponin", "S-100", "caldesmon"])),
        ("desmin weak +, CD34 +; SOX10 and myogenin negative", False, (["desmin", "CD34"], ["SOX10", "myogenin"])),
        # precision: a list mixing signed and bare stains says nothing about the bare ones
        ("ALK +, calponin, CD34 −", False, (["ALK"], ["CD34"])),
        # a column of positive stains keeps its bare ones positive
        ("desmin, calponin, CD34 −", True, (["desmin", "calponin"], ["CD34"])),
    ],
)
def test_bare_stains_share_the_sign_that_closes_their_list(cell, positive_column, expected):
    from eims_extract.fields.ihc import parse_ihc

    assert parse_ihc(cell, positive_by_default=positive_column) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Desmin expression could not be demonstrated, whereas calponin was positive.", [("desmin", False), ("calponin", True)]),
        ("ROS1 staining could not be detected in the lesional cells.", [("ROS1", False)]),
        ("Myogenin expression could not be found; SMA was diffusely positive.", [("myogenin", False), ("SMA", True)]),
    ],
)
def test_stain_that_could_not_be_demonstrated_is_negative(text, expected):
    assert polarities(text) == expected


def test_stain_that_could_be_observed_stays_positive():
    assert polarities("CD30 expression could be observed in the large cells.") == [("CD30", True)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Pancytokeratin immunostaining was conspicuously absent, while ALK was strongly expressed.", [("CK", False), ("ALK", True)]),
        ("S-100 was notably negative and SMA positive.", [("S-100", False), ("SMA", True)]),
    ],
)
def test_adverb_between_stain_and_its_result_is_read_over(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Unlike a schwannoma, which is typically S-100-positive, our tumour was negative for S-100 and SOX10.",
            [("S-100", False), ("SOX10", False)],
        ),
        (
            "Unlike leiomyosarcoma, which usually expresses h-caldesmon, in our case caldesmon was negative.",
            [("caldesmon", False)],
        ),
    ],
)
def test_generic_relative_clause_ends_before_our_case(text, expected):
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (None, [m for m, _ in expected])


@pytest.mark.parametrize(
    "text,pos",
    [
        (
            "In the differential, solitary fibrous tumours are STAT6 and CD34 positive and synovial sarcomas TLE1 positive. "
            "The present lesion was ALK positive.",
            ["ALK"],
        ),
        ("Leiomyosarcomas express desmin and h-caldesmon; our case was SMA positive.", ["SMA"]),
        ("Schwannomas are usually S-100 positive. Here, ALK and SMA were positive.", ["ALK", "SMA"]),
    ],
)
def test_tumour_class_in_plural_present_tense_gives_no_result(text, pos):
    row = run(text)
    assert row.ihc_positive == pos and row.ihc_negative is None


@pytest.mark.parametrize(
    "text,pos",
    [
        ("Both tumours are positive for ALK and desmin.", ["ALK", "desmin"]),
        ("Our two nodules are positive for ALK.", ["ALK"]),
    ],
)
def test_patients_own_tumours_in_present_tense_still_read(text, pos):
    assert run(text).ihc_positive == pos


@pytest.mark.parametrize(
    "second,pos,neg",
    [
        ("Calponin and ALK were positive; the remaining stains were negative.", ["calponin", "ALK"], ["desmin", "CD117"]),
        ("ALK and calponin were positive, and all other markers were negative.", ["ALK", "calponin"], ["desmin", "CD117"]),
        ("ALK was negative; the remaining stains were positive.", ["calponin", "desmin", "CD117"], ["ALK"]),
    ],
)
def test_remaining_stains_of_a_panel_take_their_stated_result(second, pos, neg):
    row = run("Immunostains for ALK, calponin, desmin and CD117 were performed.", second)
    assert sorted(row.ihc_positive or []) == sorted(pos) and sorted(row.ihc_negative or []) == sorted(neg)


def test_remaining_stains_with_the_same_result_as_the_named_ones_are_left_alone():
    row = run("Immunostains for ALK, calponin, desmin and CD117 were performed.", "ALK was negative; the remaining stains were negative.")
    assert row.ihc_positive is None and row.ihc_negative == ["ALK"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Beta-catenin showed membranous staining only, and ALK was positive.", [("beta-catenin", False), ("ALK", True)]),
        ("β-catenin expression was membranous and cytoplasmic, without nuclear accumulation.", [("beta-catenin", False)]),
        ("Beta-catenin showed only cytoplasmic staining.", [("beta-catenin", False)]),
        # nuclear beta-catenin, and other membrane stains, keep their positive reading
        ("Beta-catenin showed membranous and nuclear staining.", [("beta-catenin", True)]),
        ("E-cadherin showed membranous staining only.", [("E-cadherin", True)]),
        # a stain line whose colon stands for the verb, alone in its sentence
        ("Beta-catenin: membranous only.", [("beta-catenin", False)]),
        ("Beta-catenin: membranous staining only.", [("beta-catenin", False)]),
        ("Beta-catenin: nuclear staining.", [("beta-catenin", True)]),
        ("E-cadherin: membranous staining only.", [("E-cadherin", True)]),
    ],
)
def test_beta_catenin_without_nuclear_staining_is_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the invented registry the case was filed under 'IMT, ALK-negative'.",
        'The pretend referral letter listed the diagnosis as "EIMS, ALK-positive, CD30-positive".',
        "The made-up tumour had been coded as \u201cspindle cell lesion, desmin-positive\u201d in the old archive.",
    ],
)
def test_quoted_diagnosis_label_of_a_filed_case_is_no_stain_result(text: str) -> None:
    row = run("The spindle cells were positive for SMA.", text)
    assert row.ihc_positive == ["SMA"] and not row.ihc_negative


def test_stain_result_beside_a_quoted_label_is_still_read() -> None:
    row = run("The case was filed under 'myofibroblastic tumour'; the cells were positive for ALK and negative for desmin.")
    assert row.ihc_positive == ["ALK"] and row.ihc_negative == ["desmin"]


# -- discordant stains of two kinases in one sentence (issue 12: pages of treated disease) --------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        # two clauses, each a marker with its staining noun and its own result: the first result stays with its marker
        ("ALK immunostaining was negative and ROS1 immunostaining was positive.", [("ALK", False), ("ROS1", True)]),
        ("Pan-TRK staining was negative and ALK staining was diffusely positive.", [("pan-TRK", False), ("ALK", True)]),
        ("ALK immunostaining was negative and ROS1 immunostaining positive.", [("ALK", False), ("ROS1", True)]),
        # guard: a negation before a list of markers with their staining noun still reaches them all
        ("There was no SMA or desmin expression.", [("SMA", False), ("desmin", False)]),
    ],
)
def test_negative_result_then_and_another_stain_with_its_own_result(text, expected):
    assert polarities(text) == expected


# -- second IHC round of issue 12: real phrasings reported by other helpers ---------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Immunostaining for ROS1 was negative in the neoplastic cells.", [("ROS1", False)]),
        ("Staining for desmin and CD34 was negative in all lesional cells.", [("desmin", False), ("CD34", False)]),
        ("Staining for calponin was negative in 100% of the spindle cells.", [("calponin", False)]),
        ("Expression of caldesmon was positive in the myoid cells.", [("caldesmon", True)]),
        # guard: "positive in" a share of the cells keeps its result too
        ("Staining for caldesmon was positive in about 40% of the tumour cells.", [("caldesmon", True)]),
    ],
)
def test_result_followed_by_where_it_was_read_stays_the_markers_result(text, expected):
    """'Staining for ALK was negative in the tumour.' was read ALK positive: 'negative in' was taken as opening a new
    list after it, so the weak 'staining for' prefix gave the marker a positive result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ROS1 immunohistochemistry: positive (clone D4D6)", [("ROS1", True)]),
        ("ALK immunohistochemistry: negative (clone 5A4).", [("ALK", False)]),
        ("ALK IHC: diffusely positive (D5F3, Ventana)", [("ALK", True)]),
        ("ALK immunohistochemistry: positive (clone D5F3), CD34 negative.", [("ALK", True), ("CD34", False)]),
        # the clone told after the result is no second mention that takes a later negative
        ("ALK was positive (clone 5A4) and caldesmon was negative.", [("ALK", True), ("caldesmon", False)]),
    ],
)
def test_clone_named_after_a_labelled_result_is_the_same_stain(text, expected):
    """'ALK immunohistochemistry: positive (clone D5F3)' gave no result: the clone in brackets was read as a second ALK
    mention, so the line was no stain line and the colon cut the marker off its result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,value",
    [
        ("The Ki-67 labelling index was about six percent.", 6.0),
        ("Ki-67 marked approximately fifteen per cent of the nuclei.", 15.0),
        ("The MIB-1 index was low (between two and four percent).", 4.0),
        ("The Ki-67 index was estimated at twenty-five percent.", 25.0),
    ],
)
def test_ki67_share_written_in_words(text, value):
    row = run(text)
    assert row.ki67_percent == value and row.ihc_positive == ["Ki-67"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Desmin immunostaining had been negative on the outside biopsy.", [("desmin", False)]),
        ("Calponin has been positive in every sample examined.", [("calponin", True)]),
        ("The stains for CD34 and S100 have been negative.", [("CD34", False), ("S-100", False)]),
    ],
)
def test_perfect_tense_between_marker_and_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("CD34 was negative in the spindle cells, whereas caldesmon highlighted most of them.", [("CD34", False), ("caldesmon", True)]),
        ("Desmin was negative in the tumour cells; calponin stained many of them.", [("desmin", False), ("calponin", True)]),
    ],
)
def test_share_of_them_after_a_stain_is_cells_not_patients(text, expected):
    assert polarities(text) == expected


def test_share_of_them_naming_patients_stays_other():
    assert polarities("Among the 14 children, ROS1 was positive in most of them.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Calponin, which is positive in most such lesions, was also positive here.", [("calponin", True)]),
        ("Caldesmon, although usually expressed in these tumours, was negative in our patient.", [("caldesmon", False)]),
        ("ROS1 (reported in a minority of IMTs) was negative.", [("ROS1", False)]),
        ("Although calponin is typically positive in IMT, it was negative in this lesion.", [("calponin", False)]),
        ("Though calponin staining is commonly seen in such tumours, it was absent here.", [("calponin", False)]),
    ],
)
def test_general_statement_about_a_marker_between_it_and_our_result(text, expected):
    """'SMA, which is positive in most such tumours, was also positive here' and 'Although desmin is often positive ...,
    it was negative in our case' gave nothing: the generic aside stood between the marker and its result (and hedged it)."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Calponin is typically positive in IMT, and it is negative in most leiomyomas.",
        "Although ALK is often positive in IMT, it is negative in most EIMS.",
        "Although the tumour is often positive for desmin in children, it was resected.",
    ],
)
def test_general_statement_about_a_marker_alone_gives_no_result(text):
    assert [c for c in polarities(text) if c[0] in ("calponin", "ALK", "desmin")] == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The gluteal tumour expressed calponin; the pelvic tumour also caldesmon.", [("calponin", True), ("caldesmon", True)]),
        ("The first nodule was negative for CD34, and the second nodule also for S100.", [("CD34", False), ("S-100", False)]),
        # precision: after mixed results the gapped clause says nothing sure
        ("The left tumour was positive for calponin but negative for CD34, the right tumour also caldesmon.",
         [("calponin", True), ("CD34", False)]),
    ],
)
def test_gapped_clause_on_another_tumour_takes_the_result_before(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("B-lineage markers (CD19, CD79a) and T-lineage markers (CD2, CD7) were negative.",
         [("CD19", False), ("CD79a", False), ("CD2", False), ("CD7", False)]),
    ],
)
def test_lineage_marker_groups_named_before_their_brackets(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ROS1 staining was detected only in the cytoplasm, in a finely granular pattern.", [("ROS1", True)]),
        ("Calponin expression was identified in most spindle cells.", [("calponin", True)]),
        # precision: a transcript found by sequencing is no stain, and a denied detection stays negative
        ("ALK expression was detected by RNA sequencing.", []),
        ("ROS1 staining was not detected.", [("ROS1", False)]),
    ],
)
def test_staining_said_to_be_detected_is_positive(text, expected):
    assert polarities(text) == expected


def test_equivocal_on_small_material_and_positive_on_resection_joined_by_and():
    text = "On immunohistochemistry, ROS1 was equivocal on the needle biopsy and diffusely positive on the lobectomy specimen."
    assert polarities(text) == [("ROS1", True)]


@pytest.mark.parametrize(
    "cell, sign",
    [
        ("Mutant (diffuse strong)", True),
        ("aberrant, overexpression", True),
        ("Mutant-type", True),
        ("Wild-type", None),
        ("Mutant (null)", None),
        ("aberrant, complete loss", None),
    ],
)
def test_marker_column_cell_calling_the_stain_mutant_or_aberrant(cell, sign):
    from eims_extract.fields.ihc import marker_cell_sign

    assert marker_cell_sign(cell) is sign


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IgG4-positive plasma cells numbered 14 per high-power field, with an IgG4/IgG ratio of 12%, below the "
         "thresholds for IgG4-related disease.", []),
        ("IgG4-positive plasma cells numbered 22 per high-power field, which does not meet the diagnostic criteria.", []),
        # a count told without such a threshold is no stain either (the background's count)
        ("IgG4-positive plasma cells numbered 22 per high-power field.", []),
    ],
)
def test_igg4_count_told_below_the_threshold_is_no_stain(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the patient's negative stains, then a comment naming the mimics they exclude
        ("SOX10, HMB-45 and CD117 were negative, excluding melanoma, GIST and other mimics.", [("SOX10", False), ("HMB-45", False), ("CD117", False)]),
        ("Desmin was negative, thus ruling out the main differential diagnoses.", [("desmin", False)]),
        ("ALK was positive, arguing against a reactive mimic.", [("ALK", True)]),
        # precision: stains named as a mimic's profile stay hypothetical
        ("Mimics such as GIST express CD117, excluding nothing here.", []),
    ],
)
def test_negative_stains_before_a_comment_on_the_mimics_they_exclude(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the result told as a reaction or staining of the cells, before the markers
        ("Immunostaining revealed positive reaction of tumour cells for calponin and vimentin.", [("calponin", True), ("vimentin", True)]),
        ("The biopsy gave a positive reaction for SMA.", [("SMA", True)]),
        ("Staining showed a negative reaction of the lesional cells for myogenin.", [("myogenin", False)]),
        # a positive reaction denied is a negative result
        ("No positive reaction of tumour cells for desmin was seen.", [("desmin", False)]),
        ("There was no positive staining for CD34.", [("CD34", False)]),
        # precision: a reaction that would favour another diagnosis is no result
        ("A positive reaction for desmin would favour a leiomyoma.", []),
    ],
)
def test_positive_or_negative_reaction_of_the_cells_for_markers(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # the absence list closes on its "and" item; the marker after "the bland nuclei and the" is no item of it
            "The absence of p63, GATA3 and CK, the bland nuclei and the ALK result pointed to an invented tumour.",
            [("p63", False), ("GATA3", False), ("CK", False)],
        ),
        (
            "Lack of desmin and S-100, the low mitotic count and the CD34 result made a sarcoma unlikely.",
            [("desmin", False), ("S-100", False)],
        ),
        (  # a list still open reaches its last marker
            "The cells were negative for p63, GATA3, CK and CD34.",
            [("p63", False), ("GATA3", False), ("CK", False), ("CD34", False)],
        ),
        (  # a new clause with its own result keeps it
            "The tumour was negative for p63 and CK, and positive for ALK.",
            [("p63", False), ("CK", False), ("ALK", True)],
        ),
    ],
)
def test_a_negative_list_closed_by_its_and_item_ends_before_another_noun_phrase(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a staining noun and a molecular test joined under one plural verb: the verb's result is the stain's too
        ("In the boy's biopsy, ALK immunostaining and FISH were negative.", [("ALK", False)]),
        ("ALK staining and ALK break-apart FISH were both negative on the core.", [("ALK", False)]),
        ("ALK immunostaining and RNA sequencing came back negative.", [("ALK", False)]),
        # a positive shared result, and a stain that is its own finding before a separate clause, stay positive
        ("Strong ALK staining and FISH were positive.", [("ALK", True)]),
        ("The cells showed ALK staining and FISH was positive.", [("ALK", True)]),
    ],
)
def test_stain_noun_sharing_a_plural_verb_with_a_molecular_test_takes_its_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # ", and showed ..." opens a second predicate of the same subject: the negative list before it ends there
        (
            "The spindle cells were negative for CD34 and S100, and showed a granular pattern of ALK staining.",
            [("CD34", False), ("S-100", False), ("ALK", True)],
        ),
        (
            "Lesional cells were negative for CK, DOG1 and SOX10, and displayed ALK staining together with desmin positivity.",
            [("CK", False), ("DOG-1", False), ("SOX10", False), ("ALK", True), ("desmin", True)],
        ),
        # the second predicate may carry its own negative
        (
            "The cells were negative for CD117, and showed no staining for myogenin or desmin.",
            [("CD117", False), ("myogenin", False), ("desmin", False)],
        ),
    ],
)
def test_negative_list_ends_at_a_second_finding_verb_of_the_same_subject(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # PD-L1 told by its tumour proportion score: 1% or more is positive, under 1% negative
        ("PD-L1 (22C3) TPS was 45%.", [("PD-L1", True)]),
        ("PD-L1 (SP263) showed a TPS of 5%.", [("PD-L1", True)]),
        ("PD-L1 tumour proportion score was 80%.", [("PD-L1", True)]),
        ("PD-L1 TPS was <1%.", [("PD-L1", False)]),
        ("PD-L1 (22C3) TPS 0%.", [("PD-L1", False)]),
    ],
)
def test_pd_l1_told_by_its_tumour_proportion_score(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("None of the three invented tumours expressed ALK.", [("ALK", False)]),
        ("None of our lesions were positive for ALK or CD34.", [("ALK", False), ("CD34", False)]),
        ("Neither tumour stained for desmin.", [("desmin", False)]),
        ("No case showed staining for S100.", [("S-100", False)]),
        ("The tumour expressed ALK.", [("ALK", True)]),
        ("No patient was given steroids; the tumour expressed SMA.", [("SMA", True)]),
    ],
)
def test_none_of_the_tumours_expressed_denies_the_stain(text, expected):
    """A series' quantifier subject that denies the stain for every tumour ("None of the tumours expressed ALK"):
    negative, not the plain "expressed" it reads like (invented sentences)."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a passive "was expressed," ends its clause: the list after the comma takes its own result
        ("Calponin was expressed, CD31 and SOX10 were negative.", [("calponin", True), ("CD31", False), ("SOX10", False)]),
        ("Although ALK was diffusely expressed, CD30 and EMA were not.", [("ALK", True), ("CD30", False), ("EMA", False)]),
        # a gapped list with no verb of its own still takes "expressed"
        ("Calponin and SOX10 were strongly expressed, CD31 in part; ALK was negative.",
         [("calponin", True), ("SOX10", True), ("CD31", True), ("ALK", False)]),
        # precision: an active "expressed" still opens its list
        ("The invented spindle cells expressed calponin, ALK and desmin.",
         [("calponin", True), ("ALK", True), ("desmin", True)]),
    ],
)
def test_passive_expressed_before_comma_opens_no_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Except for weak calponin, no myogenic marker was expressed (desmin, myogenin and MyoD1 negative).",
         [("calponin", True), ("desmin", False), ("myogenin", False), ("MyoD1", False)]),
        ("No epithelial or neural markers were expressed (CK, SOX10).", [("CK", False), ("SOX10", False)]),
    ],
)
def test_no_qualified_markers_were_expressed_denies_the_bracketed_panel(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Desmin highlighted the adjacent muscularis propria. ALK was positive.", [("ALK", True)]),
        ("Caldesmon stained the entrapped smooth muscle bundles, and SMA was positive.", [("SMA", True)]),
        # precision: the tumour's own cells, even "surrounding" ones, are still its result
        ("SMA highlighted the surrounding spindle cells.", [("SMA", True)]),
    ],
)
def test_stain_of_adjacent_normal_tissue_is_no_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Desmin proved negative, and calponin proved positive.", [("desmin", False), ("calponin", True)]),
        ("ROS1 immunostaining turned out negative, whereas ALK was diffusely positive.", [("ROS1", False), ("ALK", True)]),
        ("CD34 came back negative.", [("CD34", False)]),
        ("CD34 stained patchily; ALK was negative.", [("CD34", True), ("ALK", False)]),
    ],
)
def test_result_verbs_proved_turned_out_and_patchily(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Profile: ALK+/calponin+/desmin-/CD34-.", [("ALK", True), ("calponin", True), ("desmin", False), ("CD34", False)]),
        ("The invented lesion was CD31-/SOX10- and ALK+.", [("CD31", False), ("SOX10", False), ("ALK", True)]),
    ],
)
def test_minus_sign_before_a_slash_is_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Staining with the 5A4 clone for ALK was negative.", [("ALK", False)]),
        ("Immunostaining using the D5F3 antibody against ALK was strongly positive.", [("ALK", True)]),
        # a clone in brackets after its marker stays as before
        ("ALK (D5F3) was negative, and desmin was positive.", [("ALK", False), ("desmin", True)]),
    ],
)
def test_clone_named_before_the_marker_it_stains_is_no_second_stain(text, expected):
    """'the 5A4 clone for ALK was negative' gave ALK positive and negative: the clone, a synonym of ALK in the marker
    vocabulary, was read as a second ALK mention with the positive default."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The lesional cells expressed ALK and calponin, whereas the plasma cells were highlighted by CD138 and the "
            "lymphocytes by CD3 and CD79a.",
            [("ALK", True), ("calponin", True)],
        ),
        ("The spindle cells were highlighted by ALK and the vessels by CD31.", [("ALK", True)]),
        ("The tumour cells were highlighted by ALK and SMA, and the histiocytes by CD163.", [("ALK", True), ("SMA", True)]),
    ],
)
def test_gapped_passive_clause_for_background_cells_gives_no_call(text, expected):
    """'... and the lymphocytes by CD3 and CD20': the staining verb left out, the clause still names the background
    cells' stain, not the tumour's."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Caldesmon, CD34 and S-100 stained negatively.", [("caldesmon", False), ("CD34", False), ("S-100", False)]),
        ("Desmin and CD117 were negatively stained.", [("desmin", False), ("CD117", False)]),
        ("ALK and calponin stained positively, while DOG1 stained negatively.", [("ALK", True), ("calponin", True), ("DOG-1", False)]),
        # the adverb opening a list of its own stays read as before
        ("The cells stained positively for SMA and negatively for desmin.", [("SMA", True), ("desmin", False)]),
    ],
)
def test_stained_negatively_after_the_marker_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "In the second recurrence ALK was again positive, calponin remained positive and desmin was newly expressed.",
            [("ALK", True), ("calponin", True), ("desmin", True)],
        ),
        ("On the re-excision specimen CD34 stayed negative.", [("CD34", False)]),
        ("SMA was still focally positive in the relapse.", [("SMA", True)]),
    ],
)
def test_stain_repeated_on_a_recurrence_remained_or_newly_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "ALK immunostaining (clone 5A4) showed faint cytoplasmic (1+) staining in fewer than 5% of cells, interpreted "
            "as negative.",
            [("ALK", False)],
        ),
        ("ROS1 staining gave weak granular staining in rare tumour cells, regarded as non-specific.", [("ROS1", False)]),
        # weak staining in a large share, not read down, stays positive
        ("ALK showed weak staining in 40% of cells, and CD34 was negative.", [("ALK", True), ("CD34", False)]),
        # the staining noun as the subject of a verb giving a positive result still reads positive
        ("ALK staining showed the characteristic granular cytoplasmic pattern.", [("ALK", True)]),
    ],
)
def test_weak_stain_with_clone_and_extent_read_as_negative(text, expected):
    """'ALK immunostaining (clone D5F3) showed weak ... staining in fewer than 5% of cells, interpreted as negative'
    gave ALK positive: the noun 'immunostaining' right after the marker was read as its positive result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("At review, ALK (D5F3), ROS1 and pan-TRK immunohistochemistry showed ALK positivity only.", [("ALK", True)]),
        ("CD30, ALK and desmin staining revealed diffuse ALK expression.", [("ALK", True)]),
        # a stain named once, its result without a marker after the method, stays read as before
        ("ALK immunohistochemistry showed strong positivity.", [("ALK", True)]),
    ],
)
def test_panel_named_before_a_result_naming_one_marker_gives_no_call_for_the_rest(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("After the fusion was found, ROS1 immunostaining (clone D4D6) was later shown to be diffuse and strong.", [("ROS1", True)]),
        ("Pan-TRK staining was found to be strong and diffuse.", [("pan-TRK", True)]),
        ("Desmin immunostaining was subsequently shown to be positive.", [("desmin", True)]),
        ("ALK was shown to be negative.", [("ALK", False)]),
        ("ALK was not shown to be diffuse.", []),
    ],
)
def test_staining_told_as_shown_to_be_an_intensity_is_positive(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the stains' internal control told first, then the tumour's result: the result is the whole list's
        ("ERG and CD34 stain only the endothelium of trapped capillaries and are negative in the lesional cells.",
         [("ERG", False), ("CD34", False)]),
        ("CD31 highlights only the vessels and is negative in the spindle cells.", [("CD31", False)]),
        # the control alone is no result for the tumour
        ("CD34 and ERG highlighted the blood vessels.", []),
    ],
)
def test_control_stained_before_the_tumours_result_gives_the_list_its_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a score of 0 told after a method or score word, or out of three in brackets, is a negative stain
        ("ROS1 IHC 0 and vimentin positive.", [("ROS1", False), ("vimentin", True)]),
        ("Immunohistochemistry: desmin positive, ALK (0/3+).", [("desmin", True), ("ALK", False)]),
        ("The ALK H-score was 0; calponin was positive.", [("ALK", False), ("calponin", True)]),
        ("ALK showed an H-score of 0 and caldesmon was positive.", [("ALK", False), ("caldesmon", True)]),
        ("ALK score 0.", [("ALK", False)]),
        ("ROS1 (score 0), pan-TRK negative.", [("ROS1", False), ("pan-TRK", False)]),
        # a score of 1+ to 3+ so told is a positive one
        ("The ALK score was 3+ and desmin was negative.", [("ALK", True), ("desmin", False)]),
        ("ALK (D5F3) score 2+.", [("ALK", True)]),
        ("ALK immunostaining scored 3+.", [("ALK", True)]),
    ],
)
def test_immunostain_score_told_as_the_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK immunostaining was performed; it was negative.", [("ALK", False)]),
        ("An ALK immunostain was done; it was diffusely positive.", [("ALK", True)]),
        ("ALK immunostaining was performed, which was negative.", [("ALK", False)]),
        ("Desmin staining was also done, which was focally positive.", [("desmin", True)]),
        # a pronoun after a semicolon that follows a result, not a stain said to be done, stays its own clause
        ("SMA was positive; it was negative for S100.", [("SMA", True), ("S-100", False)]),
    ],
)
def test_stain_said_to_be_done_then_its_result_told_by_a_pronoun(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("cell", "pos", "neg", "ki67"),
    [
        # signed markers set apart by spaces, the cell ending on the proliferation index ("Ki-67 9 %", "MIB-1 4%")
        ("ALK\u2013 SMA+ CD34\u2013 p63\u2013 Ki-67 9 %", ["SMA", "Ki-67"], ["ALK", "CD34", "p63"], 9.0),
        ("desmin+ S100- MIB-1 4%", ["desmin", "Ki-67"], ["S-100"], 4.0),
        # precision: an unsigned word among them still keeps the cell whole (no marker made of it)
        ("ALK+ rare cells Ki-67 9 %", [], [], None),
    ],
)
def test_space_listed_signed_markers_ending_on_a_ki67_share(tmp_path, cell, pos, neg, ki67):
    from eims_extract.fields.literature_table import rows_from_tables
    from eims_extract.ingest import load_document

    p = tmp_path / "series.txt"
    p.write_text(
        "Inflammatory myofibroblastic tumour of the neck: two adults\n\n"
        "Table 1. Overview of patients\n"
        "Patient  Age/sex  Site        Immunoprofile\n"
        f"1        44/M     Larynx      {cell}\n"
        "2        51/F     Trachea     ALK+ SMA+\n",
        encoding="utf-8",
    )
    row = rows_from_tables(load_document(p))[0]
    assert (row.ihc_positive or [], row.ihc_negative or [], row.ki67_percent) == (pos, neg, ki67)


@pytest.mark.parametrize(
    ("cell", "sign"),
    [
        # a stain's grade glued to its plus sign in a column named after the marker
        ("focal+", True),
        ("weak+", True),
        ("strong++", True),
        ("focal +", True),
        # precision: a grade glued to a word, or a lone letter before the sign, says nothing
        ("focalpositive", None),
        ("f+", None),
    ],
)
def test_marker_column_cell_with_its_grade_glued_to_the_plus_sign(cell, sign):
    from eims_extract.fields.ihc import marker_cell_sign

    assert marker_cell_sign(cell) is sign


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a bound told of the whole series: no one patient's index
        ("The Ki-67 index was under 5% in all cases, the highest in case 2.", None),
        ("Ki-67 stayed below 20% in each of the three tumours.", None),
        ("MIB-1 labelling was up to 8% in both.", None),
        # one patient's bound, or one value for all, or the areas of one tumour: read as before
        ("The Ki-67 index was under 5%.", 5.0),
        ("Ki-67 was 3% in all cases.", 3.0),
        ("Ki-67 was below 10% in all areas examined.", 10.0),
    ],
)
def test_ki67_bound_told_of_the_whole_series_is_no_patient_s_index(text, value):
    from eims_extract.fields.ihc import ki67_percent, markers_in

    m = next(x for x in markers_in(text) if x.canonical == "Ki-67")
    got = ki67_percent(text, m)
    assert (got[0] if got else None) == value


@pytest.mark.parametrize(
    "text,expected",
    [
        # a stain named after 'for' as done, its result after a semicolon told by a pronoun
        ("Immunostaining for STAT6 was performed; it was negative.", [("STAT6", False)]),
        ("Stains for desmin and h-caldesmon were performed; both were negative.", [("desmin", False), ("caldesmon", False)]),
        # what follows the semicolon is no result
        ("Stains for desmin and h-caldesmon were performed; the slides were reviewed twice.", []),
    ],
)
def test_stain_done_for_a_marker_then_its_result_after_a_semicolon(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "texts,positive,negative",
    [
        # the result told by a pronoun in the next sentence
        (("Immunostaining for STAT6 was performed.", "It was negative."), None, ["STAT6"]),
        (("Stains for desmin and CD34 were performed.", "Both were negative."), None, ["desmin", "CD34"]),
        (("Stains for desmin, CD34 and DOG1 were performed.", "All were negative."), None, ["desmin", "CD34", "DOG-1"]),
        # 'it' cannot stand for three stains, nor 'both' for one
        (("Stains for desmin, CD34 and DOG1 were performed.", "It was negative."), None, None),
        (("Immunostaining for STAT6 was performed.", "Both were negative."), None, None),
    ],
)
def test_stain_done_then_its_result_by_a_pronoun_in_the_next_sentence(texts, positive, negative):
    row = run(*texts)
    assert row.ihc_positive == positive
    assert row.ihc_negative == negative


@pytest.mark.parametrize(
    "text,expected",
    [
        # the stain's internal control told first, joined by 'and', then the tumour's result
        ("CD3 and CD20 stained the lymphocytes and were negative in the spindle cells.", [("CD3", False), ("CD20", False)]),
        ("CD34 outlined the capillaries and was negative in the lesional cells.", [("CD34", False)]),
        # ... or after it
        ("CD3 and CD20 were negative in the tumour cells but stained the background lymphocytes.",
         [("CD3", False), ("CD20", False)]),
        # a control alone is no result, except a stain of the vessels *only*: the tumour's negative (session 22)
        ("SMA highlighted the vessels only.", [("SMA", False)]),
        # another marker's result after the control is that marker's only
        ("CD3 and CD20 stained the lymphocytes and desmin was negative.", [("desmin", False)]),
    ],
)
def test_internal_control_of_a_stain_then_the_tumours_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("CD3 and CD20 stained the lymphocytes but were negative in the spindle cells.", [("CD3", False), ("CD20", False)]),
        ("CD4 and CD8 highlighted the background T cells, but were negative in the lesional cells.", [("CD4", False), ("CD8", False)]),
        ("SMA was positive, but desmin and CD34 were negative in the tumour cells.", [("SMA", True), ("desmin", False), ("CD34", False)]),
    ],
)
def test_control_stain_but_negative_in_the_tumour_is_the_lists_result(text, expected):
    assert polarities(text) == expected


_GRADED_PIPES = (
    "| Antibody | Clone | Pattern | Intensity | {extent} |\n| ALK | D5F3 | granular cytoplasmic | moderate | 70% |\n"
    "| SMA | 1A4 | cytoplasmic | weak | 20% |\n| Desmin | D33 | - | negative | 0% |\n| CD34 | QBEnd10 | - | 0 | - |\n"
    "| S100 | 4C4.9 | - | - | 0 % |\n| Ki-67 | MIB-1 | nuclear | - | 8% |\n"
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # the stain's pattern in brackets after its sign: the sign is the marker's
        ("ROS1+ (dot-like cytoplasmic), desmin−", (["ROS1"], ["desmin"])),
        ("CD30+ (membranous), ALK− (clone 5A4)", (["CD30"], ["ALK"])),
        # ... a bracket holding "and" is one item, not cut in two
        ("pan-TRK+ (membrane and nucleus), S100−", (["pan-TRK"], ["S-100"])),
        # a known marker told only by how much took ("focal", "patchy"): a stain that took
        ("SMA patchy, CD34−, desmin focal", (["SMA", "desmin"], ["CD34"])),
        # precision: a lone letter after a name is no grade; an unsigned bracket after a name says nothing
        ("SMA f, CD34 (vessels only)", ([], [])),
    ],
)
def test_series_ihc_cell_stain_pattern_bracketed_after_its_sign(cell, expected):
    from eims_extract.fields.ihc import parse_ihc

    assert parse_ihc(cell) == expected


@pytest.mark.parametrize("extent", ["Extent", "Distribution"])
def test_graded_panel_without_a_result_column_reads_nil_grades_as_negative(extent, tmp_path, nlp):
    """A panel graded in Pattern / Intensity / Extent columns and no Result column: a marker line with a nil intensity
    ("negative", "0") or a nil extent ("0 %") is negative, any other graded line positive; ALK's line is its IHC test."""
    organ = "cheek"
    table = _GRADED_PIPES.format(extent=extent)
    text = _PANEL_CASE.format(organ=organ, patient=_ONE.format(organ=organ), caption="Stains and their grades", table=table)
    res = _extract(tmp_path, nlp, text)
    (row,) = res.rows
    assert set(row.ihc_positive or []) == {"ALK", "SMA", "Ki-67"}
    assert set(row.ihc_negative or []) == {"desmin", "CD34", "S-100"}
    assert row.ki67_percent == 8.0 and row.alk_tests == ["IHC+"]
    for ev in row.evidence["ihc_negative"]:
        assert ev.section == "table" and res.text and res.text[ev.start : ev.end].strip()


@pytest.mark.parametrize(
    "text,expected",
    [
        # a disease label read the same way in both directions, whatever adjective sits in it: a diagnosis, no stain
        ("The final diagnosis was an ALK-negative IMT.", []),
        ("The final diagnosis was an ALK-positive IMT.", []),
        ("The lesion proved to be an ALK-negative orbital IMT.", []),
        ("The lesion proved to be an ALK-positive orbital IMT.", []),
        ("Excision revealed an ALK-positive myofibroblastic tumour of the made-up gland.", []),
        ("SMA and desmin were positive, consistent with an ALK-positive IMT.", [("SMA", True), ("desmin", True)]),
        # the staining method named in the sentence makes the label a stain result, in both directions
        ("Immunostaining was consistent with an ALK-negative orbital IMT.", [("ALK", False)]),
        ("Immunostaining was consistent with an ALK-positive orbital IMT.", [("ALK", True)]),
    ],
)
def test_alk_sign_in_a_disease_name_without_a_method_is_no_stain_either_way(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the stain named by a reactivity noun between the marker and its result
        ("ALK immunoreactivity was positive.", [("ALK", True)]),
        ("The desmin immunoreaction was negative, while the SMA immunoreaction was positive.", [("desmin", False), ("SMA", True)]),
        ("CD34 reactivity was absent.", [("CD34", False)]),
    ],
)
def test_marker_then_its_reactivity_noun_then_the_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the stain said to be done by its method name, then its result joined by 'and'
        ("ALK immunohistochemistry was performed and was positive.", [("ALK", True)]),
        ("ROS1 immunostaining was then carried out and was diffusely positive.", [("ROS1", True)]),
        ("Desmin IHC was done and was negative.", [("desmin", False)]),
        # another marker's result after 'and' is that marker's only
        ("ALK staining was performed and SMA was positive.", [("SMA", True)]),
        ("Stains for CD117 were done and DOG1 was negative.", [("DOG-1", False)]),
    ],
)
def test_stain_done_by_its_method_then_its_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a denied positivity after the markers: they are negative
        ("CD34 and S-100 did not show any positivity, whereas ALK was diffusely positive.",
         [("CD34", False), ("S-100", False), ("ALK", True)]),
        ("Desmin did not show any immunoreactivity.", [("desmin", False)]),
        ("Cytokeratin did not display positivity in the tumour cells.", [("CK", False)]),
    ],
)
def test_markers_that_did_not_show_any_positivity_are_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the staining pattern told first, the marker after 'pattern of': a positive stain
        ("A granular cytoplasmic pattern of ALK was seen in most tumour cells.", [("ALK", True)]),
        ("A cytoplasmic, granular pattern of ALK was present, and SMA was focally positive.", [("ALK", True), ("SMA", True)]),
        ("A nuclear membranous staining pattern of ALK was noted.", [("ALK", True)]),
        # ... unless a negative result follows
        ("A nuclear pattern of beta-catenin was not seen, and ALK was positive.", [("beta-catenin", False), ("ALK", True)]),
    ],
)
def test_marker_told_after_its_staining_pattern(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a marker fronted by 'Besides' / 'In addition to' before a positive result shares it
        ("Besides ALK, the spindle cells stained variably for desmin and SMA.", [("ALK", True), ("desmin", True), ("SMA", True)]),
        ("In addition to ALK, the tumour cells expressed calponin and h-caldesmon.",
         [("ALK", True), ("calponin", True), ("caldesmon", True)]),
    ],
)
def test_marker_fronted_by_besides_shares_the_positive_result(text, expected):
    assert polarities(text) == expected


def test_marker_fronted_by_besides_before_a_negative_result_is_not_positive():
    got = polarities("Besides ALK, desmin and CD34 were also negative.")
    assert ("ALK", True) not in got
    assert ("desmin", False) in got and ("CD34", False) in got
    # its own negative result before the clause: never read as positive
    got = polarities("Besides ALK, which was negative, the cells expressed SMA.")
    assert ("ALK", True) not in got and ("SMA", True) in got


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'as well as' after a molecular test with no result of its own: the list takes the result written after it
        ("ROS1 rearrangement, as well as CD34, S100 and STAT6, were negative.",
         [("CD34", False), ("S-100", False), ("STAT6", False)]),
        ("Fusion testing, as well as desmin and myogenin, were negative.", [("desmin", False), ("myogenin", False)]),
        # after a result, 'as well as' still repeats it
        ("SMA was negative in the lesional cells, as well as desmin.", [("SMA", False), ("desmin", False)]),
    ],
)
def test_list_after_as_well_as_with_no_result_before_takes_the_result_after_it(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'positive results for' opens a positive list as 'negative results for' opens a negative one
        ("Immunohistochemistry gave positive results for calponin and SMA and negative results for CD117.",
         [("calponin", True), ("SMA", True), ("CD117", False)]),
        ("The lesion showed positive findings for desmin.", [("desmin", True)]),
    ],
)
def test_positive_results_for_opens_a_positive_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the marker found where it stains
        ("ALK was detected in the cytoplasm of the spindle cells, and CD34 was absent.", [("ALK", True), ("CD34", False)]),
        ("ROS1 was found in the cytoplasm of most neoplastic cells.", [("ROS1", True)]),
        ("ALK was not detected in the tumour cells.", [("ALK", False)]),
        # a rearranged gene found in the cells is a molecular result, no stain
        ("An ALK rearrangement was detected in the tumour cells.", []),
        # a stain named by what it labels
        ("The lesional cells were labelled by SMA and calponin but not by desmin.",
         [("SMA", True), ("calponin", True), ("desmin", False)]),
    ],
)
def test_marker_found_in_the_cells_or_labelling_them(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # 'positive immunostaining of' right before the markers: positive
        ("There was positive immunostaining of calponin and SMA in the lesional cells.", [("calponin", True), ("SMA", True)]),
        # ... not of background cells named after 'of'
        ("Positive staining of the vessels was seen with CD34.", []),
        ("Positive staining of the lymphocytes for CD3 was seen, and ALK was negative.", [("ALK", False)]),
    ],
)
def test_positive_staining_of_reaches_only_the_markers_right_after_it(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,positive,negative",
    [
        # the panel named as done, a colon, then some results and 'the remaining markers': the rest takes that result
        ("Immunohistochemistry for ALK, ROS1, pan-TRK, calponin and desmin was performed: ALK and calponin were positive, "
         "and the remaining markers were negative.", ["ALK", "calponin"], ["ROS1", "pan-TRK", "desmin"]),
        ("Stains for CD34, S-100, SMA and DOG1 were done: only SMA was positive.", ["SMA"], ["CD34", "S-100", "DOG-1"]),
        # a colon with no panel before it leaves the list alone
        ("Immunohistochemistry: ALK and SMA were positive, and the remaining markers were negative.", ["ALK", "SMA"], None),
    ],
)
def test_panel_then_a_colon_then_its_subset_and_the_rest(text, positive, negative):
    row = run(text)
    assert row.ihc_positive == positive
    assert row.ihc_negative == negative


@pytest.mark.parametrize(
    "text,expected",
    [
        # positive stains of a clause that fits another neoplasm of the patient: not this tumour's
        ("The lung nodule was positive for TTF-1 and napsin A, consistent with a primary adenocarcinoma.", []),
        ("The thyroid nodule expressed TTF-1 and thyroglobulin, in keeping with a papillary carcinoma.", []),
        # the IMT family, the tumour cells or a first biopsy keep their stains
        ("The tumour cells were positive for ALK and SMA, consistent with an inflammatory myofibroblastic tumour.",
         [("ALK", True), ("SMA", True)]),
        ("The cells were positive for ALK and CD30, consistent with epithelioid inflammatory myofibroblastic sarcoma.",
         [("ALK", True), ("CD30", True)]),
        ("The biopsy was positive for CD117, consistent with a GIST.", [("CD117", True)]),
    ],
)
def test_stains_that_fit_another_neoplasm_of_the_patient_are_not_the_tumours(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a stain asked for later and then read: its result is a finding
        ("ROS1 immunostaining was requested later and was diffusely positive in the cytoplasm.", [("ROS1", True)]),
        ("Pan-TRK staining was added afterwards and was negative.", [("pan-TRK", False)]),
        # only asked for: no result
        ("ROS1 immunostaining was requested.", []),
        ("ROS1 staining was requested later and desmin was positive.", [("desmin", True)]),
    ],
)
def test_stain_requested_later_then_its_result(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "cell,expected",
    [
        # the stain's name fell into the cell before (a table row broken across columns): the grade alone names no stain
        ("focal+; CD34-", ([], ["CD34"])),
        ("weak+, desmin-", ([], ["desmin"])),
        # a grade beside its marker still reads as that marker
        ("desmin focal+; CD34-", (["desmin"], ["CD34"])),
    ],
)
def test_grade_word_left_alone_in_a_broken_cell_is_no_marker(cell, expected):
    from eims_extract.fields.ihc import parse_ihc

    assert parse_ihc(cell) == expected


@pytest.mark.parametrize(
    "text,pos,neg",
    [
        # the stain's application told with the material it was applied to, then its result
        ("CD34 was applied to the biopsy and was negative.", None, ["CD34"]),
        ("Caldesmon was applied to all four tumours and was positive.", ["caldesmon"], None),
        # precision: the tumour's own result after an application to another material is still the stain's
        ("ALK was applied to the recurrence and was diffusely positive.", ["ALK"], None),
    ],
)
def test_stain_applied_to_the_material_then_its_result(text, pos, neg):
    r = run(text)
    assert (r.ihc_positive, r.ihc_negative) == (pos, neg)


def test_stain_positive_only_in_one_numbered_patient_after_its_application_is_negative_in_the_others(nlp):
    from test_narrative import _rows, make_doc

    doc = make_doc(
        (
            "case",
            "Case 1. A 30-year-old man had an invented mass of the elbow, which was excised. "
            "Case 2. A 12-year-old girl had an invented mass of the knee, which was excised. "
            "CD10 was applied to both tumours and was positive only in case 2.",
        ),
    )
    assert _rows(doc, nlp, "age_years", "ihc_positive", "ihc_negative") == [(30.0, None, ["CD10"]), (12.0, ["CD10"], None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flattened "Antibody Clone Result" table: the short clone code after each marker is no second marker
        ("MDM2 KR7 negative SMA 1A4 positive Desmin DE7 negative", [("MDM2", False), ("SMA", True), ("desmin", False)]),
        ("Vimentin VX9 positive, SOX10 BC34 negative", [("vimentin", True), ("SOX10", False)]),
        # precision: an unknown marker in a list, parted from the known one by a comma or a conjunction, stays a marker
        ("Desmin, CD34 and Ptx14 were negative.", [("desmin", False), ("CD34", False), ("Ptx14", False)]),
        ("The cells were negative for MDM2 and KR7.", [("MDM2", False), ("KR7", False)]),
    ],
)
def test_clone_code_set_after_its_marker_without_a_bracket_is_not_a_marker(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,positive,negative",
    [
        ("The lesional cells were positive of SMA and negative of desmin.", ["SMA"], ["desmin"]),
        ("Spindle cells were negative of caldesmon and myogenin but diffusely positive of vimentin.", ["vimentin"],
         ["caldesmon", "myogenin"]),
        ("Tumour cells were strongly positive of ALK, and negative of CD34 and S-100.", ["ALK"], ["CD34", "S-100"]),
    ],
)
def test_call_told_with_of_instead_of_for(text, positive, negative):
    # translated English puts "of" where "for" goes: the markers after it take the call
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


# -- normal tissue beside the tumour named as the carrier of a stain (probe ihc23) ---------------------------------
@pytest.mark.parametrize(
    ("text", "pos", "neg"),
    [
        (
            "Hepatocytes of the adjacent liver stained for HepPar-1 and arginase-1, whereas the lesional spindle cells "
            "were positive for ALK and SMA.",
            ["ALK", "SMA"],
            [],
        ),
        ("The entrapped glands were positive for CK7; the spindle cells were negative for CK7 and positive for desmin.", ["desmin"], ["CK7"]),
        # guard: the tumour's own cells keep their stains
        ("The spindle cells of the tumour stained for ALK and desmin.", ["ALK", "desmin"], []),
    ],
)
def test_marker_of_adjacent_normal_tissue_is_not_the_tumours(text, pos, neg):
    row = run(text)
    assert (row.ihc_positive or []) == pos
    assert (row.ihc_negative or []) == neg


# -- a list whose every stain carries its sign before the name (probe ihc23) ----------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunostains: +ALK, +vimentin, -S-100, -CD34.", [("ALK", True), ("vimentin", True), ("S-100", False), ("CD34", False)]),
        ("IHC: (+) desmin, (+) ALK, (-) myogenin.", [("desmin", True), ("ALK", True), ("myogenin", False)]),
        # guards: signs after the names keep their reading; a hyphenated prefix is no sign
        ("IHC: desmin (+), ALK (+), myogenin (-).", [("desmin", True), ("ALK", True), ("myogenin", False)]),
        ("Immunostains: ALK+, vimentin+, CD34-.", [("ALK", True), ("vimentin", True), ("CD34", False)]),
    ],
)
def test_sign_written_before_each_marker_of_a_list(text, expected):
    assert polarities(text) == expected


# -- a figure legend's panel naming the stain, a comma, then only how it stained (probe ihc23) ----------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Figure 3. (a) H&E, x40; (b) desmin, diffuse; (c) ALK, granular cytoplasmic; (d) S-100 negative.",
            [("desmin", True), ("ALK", True), ("S-100", False)],
        ),
        ("Figure 2. (c) ALK, strong membranous staining (x400).", [("ALK", True)]),
        # guards: a stain named with no result gives nothing; a pattern word before "staining for" is the next marker's
        ("Figure 2. (c) ALK immunostain, x400.", []),
        (
            "The cells were negative for CK and S-100, focal staining for SMA.",
            [("CK", False), ("S-100", False), ("SMA", True)],
        ),
    ],
)
def test_legend_panel_stain_then_pattern_word_is_positive(text, expected):
    assert polarities(text) == expected


# -- a stain line "Beta-catenin: membranous only": the label's colon stands for the verb (probe ihc23) ---------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desmin: positive\nBeta-catenin: membranous only (no nuclear staining)", [("desmin", True), ("beta-catenin", False)]),
        ("Stains - beta-catenin: cytoplasmic, without nuclear staining.", [("beta-catenin", False)]),
        # guard: only beta-catenin is read so
        ("Desmin: positive\nE-cadherin: membranous staining", [("desmin", True), ("E-cadherin", True)]),
    ],
)
def test_beta_catenin_stain_line_membranous_only_is_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        ("Both lesions expressed desmin and CD10, and neither expressed h-caldesmon or S100.",
         ["desmin", "CD10"], ["caldesmon", "S-100"]),
        ("All three expressed SMA, and none of them stained for CD117 or DOG1.", ["SMA"], ["CD117", "DOG-1"]),
    ],
)
def test_neither_or_none_as_the_tumours_subject_negates_the_markers_after_it(text, positive, negative):
    row = run(text)
    assert (row.ihc_positive, row.ihc_negative) == (positive, negative)


# -- the tumour lying in or growing through normal tissue keeps its own stains (review23) ----------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leftover tumour growing through the adjacent muscle was positive for ALK.", [("ALK", True)]),
        ("Residual lesion infiltrating skeletal muscle expressed SMA and ALK.", [("SMA", True), ("ALK", True)]),
        ("Residual IMT within the bowel muscle stained for desmin.", [("desmin", True)]),
        ("Tumour deposits in the surrounding lymph nodes were positive for ALK.", [("ALK", True)]),
        ("Spindle cells within the adjacent mucosa expressed ALK.", [("ALK", True)]),
        # guards: the normal tissue itself carrying the stain is still no call for the tumour
        ("The adjacent smooth muscle expressed desmin.", []),
        ("Hepatocytes of the background liver stained for HepPar-1.", []),
        ("The residual native glands were positive for CK7.", []),
    ],
)
def test_tumour_lying_in_normal_tissue_keeps_its_stains(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("lines", "pos", "neg"),
    [
        # clones, makers and dilutions of any shape between the marker and its result cell
        (("Antibody   Clone   Maker   Dilution   Result", "CK7   OV-TL12/30   Dako   1:100   \u2212",
          "Calponin   CALP   Nichirei   prediluted   +", "CD34   NU-4A1   Nichirei   1:50   \u2212"),
         ["calponin"], ["CK7", "CD34"]),
        # a bracketed note padded off after the result; a plus-minus sign is a (weak) positive
        (("Antibody   Clone   Result", "Desmin   D33   \u00b1  (patchy)", "ALK   5A4   +  (granular, cytoplasmic)",
          "GATA3   L50-823   \u2212  (urothelium stained)"),
         ["desmin", "ALK"], ["GATA3"]),
        # a tab-padded row with a maker of two words
        (("Marker\tClone\tSource\tResult", "p63\t4A4\tCell Marque\t-", "SMA\t1A4\tDako\t+", "HMB45\tHMB-45\tIn house\tnegative"),
         ["SMA"], ["p63", "HMB-45"]),
    ],
)
def test_padded_stain_table_row_with_any_clone_cells(lines, pos, neg):
    """A stain table's row printed on one line in padded columns: whatever the clone/maker/dilution cells look like,
    the marker is the first cell and its result the last one."""
    row = _cells(*lines)
    assert (row.ihc_positive, row.ihc_negative) == (pos, neg)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Calponin (diffuse), desmin (focal), CD34 (negative), ALK (strong, granular).",
         [("calponin", True), ("desmin", True), ("CD34", False), ("ALK", True)]),
        ("Immunostains: SMA (patchy), S100 (negative), EMA (negative).", [("SMA", True), ("S-100", False), ("EMA", False)]),
        ("Stains: ROS1 (weak and focal); CD117 (-); DOG1 (-).", [("ROS1", True), ("CD117", False), ("DOG-1", False)]),
        ("The cells stained for desmin (weak) and SMA (moderate to strong), not for CD31.",
         [("desmin", True), ("SMA", True), ("CD31", False)]),
        # guard: a bracketed pattern word may qualify a negative, and is left to the list's result
        ("Beta-catenin (nuclear), CD34 and S100 were negative.", [("beta-catenin", False), ("CD34", False), ("S-100", False)]),
    ],
)
def test_bracketed_grade_after_a_listed_marker_is_its_own_positive(text, expected):
    """"SMA (diffuse), desmin (focal), caldesmon (negative)": each grade in brackets is its marker's positive result; a
    later marker's negative does not reach back over it."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SMA was positive, as the adjacent normal myocardium does not express ALK.", [("SMA", True)]),
        ("Desmin was negative in the tumour, although the surrounding normal muscle expressed desmin.", [("desmin", False)]),
        ("The tumour cells were positive for ALK, since normal bladder tissue is negative for ALK.", [("ALK", True)]),
        ("The neighbouring normal smooth muscle was positive for desmin, while the tumour cells were negative for desmin.",
         [("desmin", False)]),
        # guards: a reason about the tumour's own cells, and an organ word naming the tumour, still give calls
        ("ALK was considered positive because the tumour cells stained diffusely for ALK.", [("ALK", True)]),
        ("The adjacent lung tumour was positive for ALK.", [("ALK", True)]),
    ],
)
def test_normal_tissue_as_a_reasons_subject_is_no_call(text, expected):
    """"..., because normal atrial tissue does not express ALK": the normal tissue's stain (the authors' reason or an
    internal control), not the tumour's result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("STAT6: no nuclear staining.", [("STAT6", False)]),
        ("- STAT6: no nuclear staining", [("STAT6", False)]),
        ("Desmin: no expression; SMA: diffuse staining.", [("desmin", False), ("SMA", True)]),
        ("ROS1: no specific immunoreactivity.", [("ROS1", False)]),
    ],
)
def test_stain_line_telling_no_staining_is_negative(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rare cells were weakly positive for ALK, which was considered negative.", [("ALK", False)]),
        ("Weak ALK staining of rare cells was seen; it was interpreted as negative.", [("ALK", False)]),
        ("With the ALK antibody only weak staining of rare cells (<10%) was seen; we regarded this as positive.",
         [("ALK", True)]),
        ("ALK showed faint staining in fewer than 5% of cells, which we considered positive.", [("ALK", True)]),
        ("Desmin was focally and weakly positive; this was regarded as negative by two observers.", [("desmin", False)]),
        # guards: a verdict after a list of several markers, or after a stain told as clear, leaves the reading as it was
        ("SMA was diffusely positive and desmin weak, which was regarded as positive.", [("SMA", True), ("desmin", True)]),
        ("ALK was diffusely positive, which we regarded as positive.", [("ALK", True)]),
    ],
)
def test_authors_verdict_on_a_doubtful_stain_is_its_result(text, expected):
    """"Rare cells were weakly positive for ALK, which was considered negative": the authors' verdict on a weak or sparse
    stain of one marker told right before it is that marker's result."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Desmin and S100 resulted negative.", [("desmin", False), ("S-100", False)]),
        ("SMA resulted positive and desmin resulted negative.", [("SMA", True), ("desmin", False)]),
        ("The cells were ALK immunoreactive and CD34 non-immunoreactive.", [("ALK", True), ("CD34", False)]),
        ("CD34 was non-immunoreactive.", [("CD34", False)]),
        ("CD34 was nonimmunoreactive, SMA immunoreactive.", [("CD34", False), ("SMA", True)]),
        # guard: 'resulted in' is no result of a stain
        ("Desmin resulted in a diagnosis of leiomyoma.", []),
    ],
)
def test_result_told_by_resulted_or_non_immunoreactive(text, expected):
    """Wordings of authors writing English as a second language ('X resulted negative') and the negated form of
    'immunoreactive' ('non-immunoreactive'): the list's result, as 'were negative' is."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The CD34 immunostain decorated thin-walled vessels inside the tumour, but the tumour cells showed no immunoreactivity.",
         [("CD34", False)]),
        ("CD34 highlighted the vessels, while the tumour cells were negative.", [("CD34", False)]),
        ("CD34 outlined the vasculature but the spindle cells were unstained.", [("CD34", False)]),
        ("CD34 decorated the vessels, but the tumour cells showed no immunoreactivity for it.", [("CD34", False)]),
        ("CD31 highlighted the vessels only, the spindle cells being unstained.", [("CD31", False)]),
        ("Desmin stained entrapped muscle fibres but not the tumour cells.", [("desmin", False)]),
        # guard: the tumour cells' own result for other markers belongs to those markers
        ("CD34 highlighted the vessels, while the tumour cells were negative for SMA and desmin.",
         [("SMA", False), ("desmin", False)]),
    ],
)
def test_internal_control_then_tumour_cells_unstained_is_negative(text, expected):
    """A stain told by what it highlighted in the background, then the tumour cells as the next clause's subject with no
    staining: the marker is negative in the tumour."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # telegraphic notes: the marker, then only where in the cell it stained, closing the item
        ("Case 1: ALK nuclear membranous; FISH not evaluable.", [("ALK", True)]),
        ("Case 2: ALK perinuclear/cytoplasmic; FISH split.", [("ALK", True)]),
        ("ALK granular cytoplasmic, desmin negative.", [("ALK", True), ("desmin", False)]),
        ("Pt 3: desmin cytoplasmic; SMA negative.", [("desmin", True), ("SMA", False)]),
        # guards: the pattern word before a staining noun that is denied stays negative
        ("No ALK cytoplasmic staining was seen.", [("ALK", False)]),
        ("ALK cytoplasmic staining was absent.", [("ALK", False)]),
    ],
)
def test_marker_then_bare_staining_pattern_is_positive(text, expected):
    assert [(c.mention.canonical, c.positive) for c in calls(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list after a prefix, then "and was/were" opening a second predicate whose marker stands before its result
        ("The mass was immunoreactive for vimentin and smooth muscle actin and was ALK negative.",
         [("vimentin", True), ("SMA", True), ("ALK", False)]),
        ("The spindle cells expressed desmin and SMA and were CD34 negative.",
         [("desmin", True), ("SMA", True), ("CD34", False)]),
        ("The lesion was negative for S-100 and desmin and was focally SMA positive.",
         [("S-100", False), ("desmin", False), ("SMA", True)]),
        # guards: a second predicate with no marker of its own gives the list its result
        ("CD117 and DOG1 were examined and were strongly negative.", [("CD117", False), ("DOG-1", False)]),
        ("ALK and desmin were stained and were both positive.", [("ALK", True), ("desmin", True)]),
    ],
)
def test_list_then_and_copula_with_own_marker_result(text, expected):
    """"positive for X and Y and was Z negative": the result after Z is Z's own, the list before keeps its prefix."""
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare sign closing a list, then where it was read
        ("Stains: SMA +; CD34 \u2212; myogenin \u2212 in lesional cells (vessels positive).",
         [("SMA", True), ("CD34", False), ("myogenin", False)]),
        ("Panel: desmin +; caldesmon + in tumour cells; S100 \u2212.", [("desmin", True), ("caldesmon", True), ("S-100", False)]),
    ],
)
def test_regression_bare_sign_before_the_cells_it_was_read_in(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Immunostains:\n  positive \u2013 desmin (focal), SMA, CD30 (membranous)\n  negative \u2013 ALK, S100, CD34",
         [("desmin", True), ("SMA", True), ("CD30", True), ("ALK", False), ("S-100", False), ("CD34", False)]),
        ("negative - ALK, myogenin\npositive - SMA, calponin",
         [("ALK", False), ("myogenin", False), ("SMA", True), ("calponin", True)]),
    ],
)
def test_regression_result_word_labelling_its_own_line_with_a_dash(text, expected):
    # the second line's label is no result of the first line's markers
    assert polarities(text) == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a flattened "antibody, clone, result" row: the clone cell is no marker
        ("Antibodies: CD21, RLB25, negative | SSTR2A, UMB1, negative", ["CD21", "SSTR2"]),
        # a bracketed clone of slash-joined codes opening on a digit is one clone
        ("CD45 (2B11/PD7/26): negative; ERG (EP111): negative", ["CD45", "ERG"]),
        # precision: a marker listed between markers with its own result is kept
        ("Negative: desmin, MDM2, S100.", ["desmin", "MDM2", "S-100"]),
    ],
)
def test_regression_clone_cells_of_a_flattened_antibody_row_are_no_markers(text, names):
    assert [m.canonical for m in markers_in(text)] == names


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a sentence dealt out between patients: the others' shares blanked, the patient's own far from the name
        ("Ki-67 was" + " " * 56 + "and 25% (case 5).", 25.0),
        ("The Ki-67 index was" + " " * 70 + ", 10-30% (case 3)" + " " * 20 + ".", 30.0),
    ],
)
def test_ki67_share_after_a_run_of_blanked_items_is_the_patients(text, value):
    row = run(text)
    assert row.ki67_percent == value and "Ki-67" in row.ihc_positive
    ev = row.evidence["ki67_percent"][0]
    assert str(int(value)) in text[ev.start : ev.end]


def test_ki67_with_no_share_after_blanks_reads_none():
    assert run("Ki-67 was" + " " * 40 + "not recorded for case 4.").ki67_percent is None


# -- a stain listed with its share of stained cells in a table cell: the marker, never "Ki-67 5%" as a name ----------
@pytest.mark.parametrize(
    ("cell", "positive_column", "expected"),
    [
        ("SMA, vimentin; Ki-67 7%", True, (["SMA", "vimentin", "Ki-67"], [])),
        ("desmin (patchy), MIB-1: 12%", True, (["desmin", "Ki-67"], [])),
        ("CD10, Ki-67 20-30%", True, (["CD10", "Ki-67"], [])),
        ("Ki-67 3%, CD34 -", False, (["Ki-67"], ["CD34"])),
        # a share of none is no stain that took
        ("SMA, Ki-67 0%", True, (["SMA"], ["Ki-67"])),
        # precision: a share after a word that is no marker names nothing
        ("SMA, necrosis 10%", True, (["SMA", "necrosis 10%"], [])),
    ],
)
def test_stain_listed_with_its_share_in_a_cell_is_the_marker(cell, positive_column, expected):
    from eims_extract.fields.ihc import parse_ihc

    assert parse_ihc(cell, positive_by_default=positive_column) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "as well as" closing a comma list with no comma of its own: the result after the list is the last item's too
        ("Desmin, CD34 as well as myogenin were negative.", [("desmin", False), ("CD34", False), ("myogenin", False)]),
        ("The tumour cells were negative for EMA, CD34 as well as S100.", [("EMA", False), ("CD34", False), ("S-100", False)]),
        ("SMA and ALK were positive; desmin, CD34 as well as S100 were negative.",
         [("SMA", True), ("ALK", True), ("desmin", False), ("CD34", False), ("S-100", False)]),
        ("The lesion was immunoreactive for calponin, SMA as well as desmin, but not for CD34.",
         [("calponin", True), ("SMA", True), ("desmin", True), ("CD34", False)]),
        # kept: after a result, ", as well as" repeats that result
        ("SMA was negative in the lesional cells, as well as desmin.", [("SMA", False), ("desmin", False)]),
        ("Pan-TRK was positive, as well as SMA and CD68, while S100 was negative.",
         [("pan-TRK", True), ("SMA", True), ("CD68", True), ("S-100", False)]),
    ],
)
def test_as_well_as_closing_a_comma_list(text, expected):
    assert polarities(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # ", and <marker> expression was <result>" after a list a prefix opened: a new subject with its own result
        ("They were negative for S100, CD34 and EMA, and INI1 expression was retained.",
         [("S-100", False), ("CD34", False), ("EMA", False), ("INI1", True)]),
        ("Tumour cells were negative for desmin, CD34 and S100, and SMA expression was strong.",
         [("desmin", False), ("CD34", False), ("S-100", False), ("SMA", True)]),
        ("The cells were positive for ALK and SMA, and desmin staining was negative.",
         [("ALK", True), ("SMA", True), ("desmin", False)]),
        ("The lesion was immunoreactive for vimentin and calponin, and CD34 immunostaining was absent.",
         [("vimentin", True), ("calponin", True), ("CD34", False)]),
        # kept: one list with no prefix before it, its result after a staining noun
        ("ALK, SMA, and desmin staining was positive.", [("ALK", True), ("SMA", True), ("desmin", True)]),
    ],
)
def test_new_subject_with_staining_noun_after_a_prefixed_list(text, expected):
    assert polarities(text) == expected
