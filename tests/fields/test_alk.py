"""ALK test results per method and the patient's own fusion partner."""

from __future__ import annotations

import time

import pytest

from eims_extract.fields.alk import alk_ihc_sign, apply, partners_in, alk_results
from eims_extract.fields.base import Sentence
from eims_extract.records import CaseRow
from _support import located, run_apply, seed_sentences


def codes(text: str) -> list[str]:
    return sorted({c for c, _, _ in alk_results(text)})


def partner(text: str) -> str | None:
    found = partners_in(text)
    return found[0][0] if found else None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A break-apart FISH probe demonstrated rearrangement of ALK.", ["FISH+"]),
        ("Next-generation sequencing did not detect any ALK fusion.", ["NGS-"]),
        ("Immunohistochemistry was positive for ALK and desmin, but negative for CK.", ["IHC+"]),
        ("ALK (D5F3) immunostaining was negative in the tumour cells.", ["IHC-"]),
        ("Reverse transcription polymerase chain reaction confirmed an ALK fusion transcript.", ["RT-PCR+"]),
        ("FISH was positive for ALK rearrangement, while IHC for ALK was negative.", ["FISH+", "IHC-"]),
        ("FISH for ALK was not performed.", []),
        ("FISH for MDM2 amplification was negative.", []),
        ("FISH is recommended to confirm ALK rearrangement in such tumours.", []),
        ("Takeuchi's research showed that IHC staining for ALK varies with the partner.", []),
    ],
)
def test_alk_test_results(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,gene",
    [
        ("Targeted RNA sequencing revealed a RANBP2::ALK fusion.", "RANBP2"),
        ("RT-PCR confirmed an EML4-ALK transcript in the resected mass.", "EML4"),
        ("Sequencing identified a fusion of RRBP1 and ALK.", "RRBP1"),
        ("Molecular testing showed that ALK was fused with TPM3.", "TPM3"),
        ("The tumour harboured a NUP358-ALK fusion.", "RANBP2"),
    ],
)
def test_partner_found_in_this_tumour(text, gene):
    assert partner(text) == gene


@pytest.mark.parametrize(
    "text",
    [
        "EIMS often harbours RANBP2-ALK (12).",
        "Previous reports described RRBP1-ALK in such tumours.",
        "Wang et al. detected a TPM3-ALK fusion in a child.",
        "No RANBP2-ALK fusion was detected by RT-PCR.",
        "Some authors suggest that RANBP2-ALK may cause nuclear membrane staining.",
        "Immunohistochemistry showed IHC-ALK positivity.",
    ],
)
def test_cited_generic_or_negated_partner_is_not_the_patients(text):
    assert partner(text) is None


def test_apply_merges_sentences_with_evidence():
    a = "Immunostaining was diffusely positive for ALK."
    b = "FISH revealed ALK split signals; however, NGS failed to detect an ALK fusion."
    row = CaseRow("doc", "1")
    apply([Sentence("doc", a, 0), Sentence("doc", b, len(a) + 1)], row)
    assert row.alk_tests == ["IHC+", "FISH+", "NGS-"]
    assert row.alk_fusion_partner is None
    assert not row.ungrounded()
    full = a + " " + b
    assert [full[e.start : e.end] for e in row.evidence["alk_tests"]] == ["ALK", "FISH", "NGS"]


def test_seed_case_alk(seed_txt):
    row = CaseRow("seed", "52")
    apply(seed_sentences(seed_txt), row)
    assert row.alk_tests == ["IHC+", "FISH+", "NGS-"]
    assert row.alk_fusion_partner is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # a negative word belongs to the method it follows, not to every method of the clause
        ("FISH revealed an ALK split that the amplicon DNA panel did not capture.", ["FISH+", "NGS-"]),
        ("ALK rearrangement was proven by FISH, although RNA sequencing found no ALK fusion.", ["FISH+", "NGS-"]),
        ("Neither FISH nor NGS showed an ALK alteration.", ["FISH-", "NGS-"]),
        ("No ALK fusion was found by RT-PCR or by sequencing.", ["NGS-", "RT-PCR-"]),
        ("FISH with a break-apart probe showed no ALK rearrangement.", ["FISH-"]),
        # a parenthetical "however" does not cut the method off from its result
        ("A DNA panel covering ALK, however, showed no ALK fusion.", ["NGS-"]),
        # "no other alteration" is not a negative ALK result
        ("A 300-gene sequencing panel detected an ALK fusion and no other driver mutation.", ["NGS+"]),
        # the not-done cue belongs to its own method
        ("FISH demonstrated ALK rearrangement and sequencing was not performed.", ["FISH+"]),
    ],
)
def test_regression_fish_wrongly_negative_from_another_methods_negation(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("An RNA fusion panel detected an EML4/ALK fusion.", ["NGS+"]),
        ("A targeted gene panel identified ALK rearrangement.", ["NGS+"]),
        ("The Oncomine assay found an ALK fusion transcript.", ["NGS+"]),
    ],
)
def test_regression_rna_fusion_panel_is_ngs(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,gene",
    [
        ("RNA sequencing showed fusion of TPM4 exon 7 to ALK exon 20.", "TPM4"),
        ("Sequencing revealed that CLTC exon 31 was fused to ALK exon 20.", "CLTC"),
        ("Panel testing detected a fusion between RRBP1 intron 12 and ALK.", "RRBP1"),
    ],
)
def test_regression_ranbp2_exon_18_to_alk_exon_20(text, gene):
    assert partner(text) == gene


@pytest.mark.parametrize(
    "text,expected,gene",
    [
        ("Fluorescence in situ hybridization using an ALK break-apart probe was positive, with split signals in 55% of 100 nuclei.", ["FISH+"], None),
        ("Reverse-transcription PCR amplified a TPM3-ALK transcript from fresh tissue.", ["RT-PCR+"], "TPM3"),
        (
            "Targeted RNA sequencing revealed an RRBP1::ALK fusion, and the report further listed alectinib as a potentially useful drug.",
            ["NGS+"],
            "RRBP1",
        ),
    ],
)
def test_regression_fish_positive_in_72_percent_of_100_nuclei_and_rt_pcr_amplified_tpm3(text, expected, gene):
    assert codes(text) == expected
    assert partner(text) == gene


@pytest.mark.parametrize(
    "text,gene",
    [
        # ALK written first, with an en dash or em dash
        ("RNA sequencing detected an ALK\u2013TPM4 fusion transcript.", "TPM4"),
        ("The panel revealed an ALK\u2014EML4 rearrangement.", "EML4"),
        # an exon note in parentheses after either gene
        ("Targeted sequencing identified CLTC (exon 31)\u2013ALK (exon 20).", "CLTC"),
        ("NGS showed ALK (exon 20)-RRBP1 in the tumour.", "RRBP1"),
        ("A fusion NGS panel found TFG(exon 4)::ALK.", "TFG"),
    ],
)
def test_regression_alk_cltc_en_dash_and_ranbp2_exon_notation(text, gene):
    assert partner(text) == gene


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Break-apart FISH demonstrated an ALK rearrangement, although its partner could not be determined.", ["FISH+"]),
        ("An ALK rearrangement was shown by FISH; the fusion partner gene was not identified.", ["FISH+"]),
        ("FISH showed no ALK rearrangement; the partner could not be determined.", ["FISH-"]),
    ],
)
def test_regression_alk_rearrangement_detected_by_fish_partner_could_not_be_determined(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "gene"),
    [
        ("Targeted sequencing found an in-frame EML4 exon 13\u2013ALK exon 20 transcript.", "EML4"),
        ("RNA sequencing detected a CLTC exon 31-ALK exon 20 fusion.", "CLTC"),
        ("The panel identified ALK exon 20::TPM4 exon 7.", "TPM4"),
        ("NGS: TFG-ALK.", "TFG"),
        ("RT-PCR: CARS1::ALK transcript.", "CARS1"),
    ],
)
def test_regression_ranbp2_exon_18_alk_exon_20_and_ngs_colon_partner(text, gene):
    assert [g for g, _, _ in partners_in(text)] == [gene]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anchored multiplex PCR-based sequencing identified an ALK fusion.", ["NGS+"]),
        ("An amplicon PCR based NGS panel detected an EML4-ALK fusion.", ["NGS+"]),
        ("PCR detected an ALK fusion transcript.", ["RT-PCR+"]),
    ],
)
def test_regression_anchored_multiplex_pcr_based_ngs_is_not_rt_pcr(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "gene"),
    [
        ("RT-PCR amplified a chimeric transcript joining TPM3 exon 7 to ALK exon 20, verified by Sanger sequencing.",
         ["RT-PCR+"], "TPM3"),
        ("A product linking the CLTC gene with ALK was detected by RT-PCR and its junction read by capillary sequencing.",
         ["RT-PCR+"], "CLTC"),
    ],
)
def test_regression_rt_pcr_transcript_joining_ranbp2_to_alk_confirmed_by_sanger(text, expected, gene):
    assert codes(text) == expected
    assert [g for g, _, _ in partners_in(text)] == [gene]


@pytest.mark.parametrize(
    ("text", "gene"),
    [
        ("Targeted RNA fusion panel: EML4::ALK (exon 6::exon 20).", "EML4"),
        ("Archer assay: SQSTM1-ALK.", "SQSTM1"),
        ("Comprehensive genomic profiling: ALK::VCL.", "VCL"),
    ],
)
def test_regression_ngs_fusion_panel_colon_tfg_alk(text, gene):
    assert partner(text) == gene


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Spindle cell lesion with ALK staining but without a FISH-confirmed ALK rearrangement", ["IHC+", "FISH-"]),
        ("There was no NGS evidence of an ALK fusion.", ["NGS-"]),
        # a cue is not carried over "and" to the next method
        ("ALK IHC came back negative and FISH was positive.", ["IHC-", "FISH+"]),
    ],
)
def test_regression_without_a_fish_detectable_rearrangement(text, expected):
    assert [r[0] for r in alk_results(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Targeted RNA sequencing found an ALK rearrangement without a known partner gene.",
        "A DNA panel detected an ALK intron 19 breakpoint, with no identifiable fusion partner.",
    ],
)
def test_regression_without_an_identifiable_partner_gene(text):
    assert [r[0] for r in alk_results(text)] == ["NGS+"]


# -- issue 12 item 7: every kinase fusion, FIVE::THREE in current HGNC symbols ------------------------------------
from eims_extract.fields.alk import fusions_in  # noqa: E402


def fusions(text: str) -> list[str]:
    return [f for f, _, _ in fusions_in(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # written with a hyphen, a non-ASCII hyphen (U+2010, U+2011, U+2013), '::', a slash or no hyphen at all
        ("RNA sequencing of the boy's tumour revealed an ETV6-NTRK3 fusion.", ["ETV6::NTRK3"]),
        ("Sequencing detected a TFG\u2010ROS1 fusion.", ["TFG::ROS1"]),
        ("Sequencing detected a TFG\u2011ROS1 fusion.", ["TFG::ROS1"]),
        ("A panel identified a TPM3\u2013NTRK1 rearrangement.", ["TPM3::NTRK1"]),
        ("The fusion panel showed LMNA::NTRK1.", ["LMNA::NTRK1"]),
        ("RT-PCR confirmed an FN1/ROS1 transcript.", ["FN1::ROS1"]),
        ("A TPM4 NTRK3 fusion was found by next-generation sequencing.", ["TPM4::NTRK3"]),
        # prose that does not say which end is which: the kinase is the 3' gene
        ("Sequencing showed a fusion of YWHAE and ROS1.", ["YWHAE::ROS1"]),
        ("FISH and RNA sequencing confirmed rearrangement of PDGFRB with NAB2.", ["NAB2::PDGFRB"]),
        ("The report showed that ALK was fused to CLTC.", ["CLTC::ALK"]),
        # a kinase written first in a hyphenated pair still goes 3'
        ("A RET-NCOA4 fusion was identified.", ["NCOA4::RET"]),
        # the partner by its full gene name with the symbol in brackets
        (
            "RNA sequencing revealed a fusion of ran-binding protein 2 (RANBP2) and anaplastic lymphoma kinase (ALK).",
            ["RANBP2::ALK"],
        ),
        # the partner named on its own: the kinase the sentence names
        ("Targeted sequencing identified TFG as the fusion partner of ROS1.", ["TFG::ROS1"]),
        ("Sequencing showed that the NTRK3 fusion partner was ETV6.", ["ETV6::NTRK3"]),
        # previous HGNC symbols are mapped to current ones
        ("NGS detected a CARS-ALK fusion.", ["CARS1::ALK"]),
        ("The tumour harboured a NUP358-ALK fusion.", ["RANBP2::ALK"]),
        # an exon note after either gene
        ("RNA sequencing found ETV6 (exon 5)\u2013NTRK3 (exon 15).", ["ETV6::NTRK3"]),
        # the two symbols glued together by a text export
        ("Genetic testing identified the RANBP2ALK fusion in the resected tumour.", ["RANBP2::ALK"]),
        # the report's own patient said to have the fusion, without a finding verb
        ("Our patient, whose tumour carried a rare TPM4 (exon 5)-NTRK1 (exon 10) gene fusion, did well on larotrectinib.", ["TPM4::NTRK1"]),
    ],
)
def test_kinase_fusion_written_every_way(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # generic, cited, hypothetical or negated fusions are not this tumour's
        "ETV6-NTRK3 fusions are typical of infantile fibrosarcoma (12).",
        "No ETV6-NTRK3 fusion was detected by RT-PCR.",
        "Some authors suggest that TFG-ROS1 may drive these tumours.",
        "Patients with ETV6-NTRK3 fusion respond to larotrectinib.",
        # two kinases tested together are not a fusion
        "FISH was negative for ALK/ROS1 rearrangement.",
        "ALK, ROS1 and NTRK were negative by FISH.",
        # a marker list is not a fusion
        "The cells were positive for SMA/desmin and CD34.",
    ],
)
def test_no_kinase_fusion_from_generic_negated_or_lists(text):
    assert fusions(text) == []


def test_apply_sets_kinase_fusions_and_partner_from_a_full_gene_name():
    text = "Sequencing revealed a fusion between ran-binding protein 2 (RANBP2) and anaplastic lymphoma kinase (ALK)."
    row = CaseRow("doc", "1")
    apply([Sentence("doc", text, 0)], row)
    assert row.kinase_fusions == ["RANBP2::ALK"]
    assert row.alk_fusion_partner == "RANBP2"
    assert not row.ungrounded()


def test_apply_alk_partner_is_also_a_kinase_fusion_and_other_kinases_kept():
    a = "Molecular testing showed that ALK was fused with TPM3."
    b = "A second assay also found an ETV6-NTRK3 transcript."
    row = CaseRow("doc", "1")
    apply([Sentence("doc", a, 0), Sentence("doc", b, len(a) + 1)], row)
    assert row.alk_fusion_partner == "TPM3"
    assert row.kinase_fusions == ["TPM3::ALK", "ETV6::NTRK3"]


# -- real-text families (issue 12), written about fictional patients -----------------------------------------------
@pytest.mark.parametrize(
    "text,expected",
    [
        # ALK stained under an IHC method named before it, with a sequencing result in the same sentence
        (
            "Immunostaining showed diffuse reactivity for ALK, and RNA sequencing identified a TPM3-ALK fusion.",
            ["IHC+", "NGS+"],
        ),
        ("The cells stained for ALK and SMA, and FISH then confirmed an ALK rearrangement.", ["FISH+", "IHC+"]),
        # ...but a call that another method reports stays that method's
        ("FISH was positive for ALK.", ["FISH+"]),
        ("ALK was positive by FISH in the biopsy.", ["FISH+"]),
        # "did not overexpress ALK" is an IHC negative in an ALK-negative report
        ("The lesion did not overexpress the ALK protein, which argued against a rearrangement.", ["IHC-"]),
        # in situ hybridisation without "fluorescence", signals splitting apart
        ("In situ hybridization for ALK showed the two signals splitting apart.", ["FISH+"]),
        ("EBER in situ hybridization was negative, and ALK immunostaining was positive.", ["IHC+"]),
        # a contrast clause naming ALK and a negative finding reports the method of the clause before it
        ("FISH demonstrated an ETV6 rearrangement but no ALK or ROS1 translocation.", ["FISH-"]),
        ("RNA sequencing found a TFG-ROS1 fusion, whereas no ALK fusion was present.", ["NGS-"]),
        # a disease label is no test result
        ("The biopsy confirmed ALK-positive IMT.", []),
    ],
)
def test_real_text_alk_test_families(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a partner outside the usual list, older full names of the NTRK genes, a transposed ETV6 spelling
        ("Targeted RNA sequencing identified a novel FN1-ALK fusion.", ["FN1::ALK"]),
        (
            "A 9-year-old girl with an ETV6-neurotrophic tyrosine kinase receptor type 3 (NTRK3) gene fusion was treated.",
            ["ETV6::NTRK3"],
        ),
        ("Next-generation sequencing revealed an EVT6 exon5::NTRK3 exon15 fusion.", ["ETV6::NTRK3"]),
        ("Clathrin heavy chain (CLTC)-ALK fusion was found by genetic analysis.", ["CLTC::ALK"]),
        # the patient said to carry the fusion: a modal on the sentence's verb does not hedge it
        ("The outcome of our patient with a rare TPM4 (exon 7)-NTRK1 (exon 10) fusion could inform others.", ["TPM4::NTRK1"]),
    ],
)
def test_real_text_fusion_families(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Patients with an ETV6-NTRK3 fusion could respond to larotrectinib.",
        "A tumour with a TPM3-NTRK1 fusion would be expected to respond to TRK inhibitors.",
    ],
)
def test_fusion_of_a_hypothetical_patient_stays_hedged(text):
    assert fusions(text) == []


def test_title_names_the_patients_fusion_without_a_finding_word():
    title = "Inflammatory myofibroblastic tumour of the ureter with FN1-ALK gene fusion: a case report"
    row = CaseRow("doc", "1")
    apply([Sentence("doc", title, 0, "title")], row)
    assert row.alk_fusion_partner == "FN1"
    assert row.kinase_fusions == ["FN1::ALK"]
    body = CaseRow("doc", "1")
    apply([Sentence("doc", "Tumours with FN1-ALK gene fusion respond to crizotinib.", 0, "discussion")], body)
    assert body.kinase_fusions is None


@pytest.mark.parametrize(
    "text",
    [
        # a fusion named as what another finding implies was not itself found
        "FISH showed an ETV6 split signal, which in this tumour type is pathognomonic for an ETV6-NTRK3 fusion.",
        "Break-apart FISH showed an ALK rearrangement suggestive of a RANBP2-ALK fusion.",
    ],
)
def test_inferred_fusion_is_not_found(text):
    assert fusions(text) == []


def test_antibody_panel_listed_as_method_is_no_alk_result():
    assert codes("Immunohistochemistry was done with the following antibodies: vimentin, desmin, ALK and CD34.") == []


def test_inferred_partner_is_not_the_patients():
    assert partner("Break-apart FISH showed an ALK rearrangement suggestive of a RANBP2-ALK fusion.") is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # methods coordinated before the result share it, IHC included
        ("Both immunohistochemistry and FISH were negative for ALK.", ["FISH-", "IHC-"]),
        ("The tumour was negative for ALK by both IHC and FISH.", ["FISH-", "IHC-"]),
        # anchored multiplex PCR (Archer) is targeted RNA sequencing
        ("Anchored multiplex PCR (Archer) identified a TPM3-ALK fusion.", ["NGS+"]),
    ],
)
def test_coordinated_methods_and_anchored_multiplex_pcr(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the test named as done, ordered or useful states no result
        ("FISH for ALK was performed on the core biopsy.", []),
        ("The block was sent for ALK FISH.", []),
        ("We performed FISH and NGS to look for an ALK rearrangement.", []),
        ("ALK immunohistochemistry is a useful diagnostic tool.", []),
        # ...but a result word in the same clause still reads
        ("FISH was performed and showed an ALK rearrangement.", ["FISH+"]),
        ("FISH for ALK was performed and was negative.", ["FISH-"]),
    ],
)
def test_test_named_as_done_without_a_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "first,second,expected",
    [
        # the test named as done in one sentence, its result in the next
        ("FISH for ALK was performed on the core biopsy.", "It showed split signals in 35% of nuclei.", ["FISH+"]),
        ("FISH for ALK was performed on the core biopsy.", "No rearrangement was found.", ["FISH-"]),
        ("ALK immunohistochemistry was performed.", "The result was negative.", ["IHC-"]),
        # the next sentence about something else gives nothing
        ("FISH for ALK was performed on the core biopsy.", "Histology showed bland spindle cells.", None),
        ("FISH for ALK was performed on the core biopsy.", "NGS found no rearrangement.", None),
    ],
)
def test_result_given_in_the_sentence_after_the_test(first, second, expected):
    row = CaseRow("doc", "1")
    apply([Sentence("doc", first, 0), Sentence("doc", second, len(first) + 1)], row)
    assert row.alk_tests == expected
    assert not row.ungrounded()


@pytest.mark.parametrize(
    "text,expected",
    [
        # exon notes written before the gene
        ("RNA sequencing identified a fusion between exon 6 of EML4 and exon 20 of ALK.", ["EML4::ALK"]),
        ("NGS revealed the fusion of exon 18 of RANBP2 with exon 20 of ALK.", ["RANBP2::ALK"]),
        # the partner named "as partner" without an article, and "fusion transcripts of"
        ("Targeted sequencing revealed an ALK rearrangement with TPM3 as partner.", ["TPM3::ALK"]),
        ("RNA-seq detected fusion transcripts of DCTN1 and ALK.", ["DCTN1::ALK"]),
    ],
)
def test_exon_of_gene_and_bare_partner_wordings(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,partner_gene,expected",
    [
        ("Anchored multiplex PCR revealed an ALK fusion involving CLTC.", "CLTC", ["CLTC::ALK"]),
        ("RNA sequencing showed a ROS1 rearrangement with TFG.", None, ["TFG::ROS1"]),
        ("The fusion partner gene of ALK was TPM3.", "TPM3", ["TPM3::ALK"]),
        ("The partner of ALK was not determined.", None, None),
        ("The ALK partner is usually TPM3 in such tumours (4).", None, None),
    ],
)
def test_kinase_event_then_its_partner(text, partner_gene, expected):
    row = CaseRow("doc", "1")
    apply([Sentence("doc", text, 0)], row)
    assert row.alk_fusion_partner == partner_gene
    assert row.kinase_fusions == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the test as the topic of a statement about its use
        ("Detection of ALK expression by immunohistochemistry expedites the diagnosis.", []),
        ("Testing for ALK rearrangement by FISH is essential in these tumours.", []),
        # ...but a past-tense finding about the patient still reads
        ("Detection of ALK expression by immunohistochemistry confirmed the diagnosis.", ["IHC+"]),
    ],
)
def test_test_named_as_a_topic(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected,fusion",
    [
        # the test ordered in one clause, its finding given by a pronoun after the semicolon
        ("As ALK staining was faint, an RNA fusion panel was ordered; it identified a TPM3-ALK fusion.", ["NGS+"], ["TPM3::ALK"]),
        # negation about other alterations does not cancel the fusion found
        (
            "RNA sequencing identified RANBP2::ALK with no additional kinase domain mutations.",
            ["NGS+"],
            ["RANBP2::ALK"],
        ),
        # a method label with its assay in brackets
        ("NGS (targeted RNA panel): CLTC-ALK fusion.", ["NGS+"], ["CLTC::ALK"]),
    ],
)
def test_pronoun_finding_shielded_negation_and_bracketed_method_label(text, expected, fusion):
    assert codes(text) == expected
    assert fusions(text) == fusion


def test_tests_named_as_discordant_give_no_result_each():
    assert codes("Bladder tumour with discordant ALK FISH and RNA sequencing results") == []
    assert codes("FISH and NGS for ALK gave discrepant findings.") == []


@pytest.mark.parametrize(
    "text",
    [
        # fusions given as examples of a class, not found in this tumour
        "The partner may help the diagnosis; for example RANBP2::ALK and PRRC2B::ALK occur in the epithelioid variant.",
        "Fusions such as TPM3-ALK and CLTC-ALK were reported in similar tumours.",
        # alternatives joined by "or" describe a class of tumours
        "These tumours show ALK staining with RANBP2-ALK fusion or RANBP1-ALK fusion, or EML4-ALK fusion.",
        "A TFG-ROS1 or TPM3-ROS1 rearrangement is found in some of them.",
    ],
)
def test_fusions_named_as_examples_or_alternatives_are_not_the_patients(text):
    assert fusions(text) == []
    assert partner(text) is None



@pytest.mark.parametrize(
    "tail,alternative",
    [("or TPM3-ROS1 rearrangement is found in some of them.", True), ("in the tumour was confirmed.", False)],
    ids=["alternative_after_the_run", "own_fusion_before_the_run"],
)
def test_blank_run_after_a_fusion_costs_its_length(tail, alternative):
    """The blanks around the optional words after a fusion ("fusion , or", "fusion, which was") are one run each
    (possessive): a wide gap costs its length, not a power of it (1.5 s for 200 blanks before, hours for 2,000)."""
    from eims_extract.fields.alk import _alternative

    text = "Sequencing identified a PRRC2B::ALK fusion" + " " * 2000 + tail
    t0 = time.monotonic()
    assert _alternative(text, text.index("PRRC2B"), text.index("fusion") + 6) is alternative
    assert time.monotonic() - t0 < 30  # a hang guard (hours before), not a speed figure: speed is benchmarked


def test_example_cue_leaves_the_patients_own_fusion_in_an_earlier_sentence():
    assert fusions("Sequencing of the mass identified a PRRC2B::ALK fusion.") == ["PRRC2B::ALK"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # ALK1 written as the gene name of a FISH result
        ("FISH showed an ALK1 gene rearrangement.", ["FISH+"]),
        ("The mass stained positively for ALK1, and FISH confirmed the ALK1 rearrangement.", ["IHC+", "FISH+"]),
    ],
)
def test_alk1_as_gene_name_of_a_test_result(text, expected):
    assert sorted(codes(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text,tests,fusion",
    [
        # a second test coordinated by "and" keeps its own result: the ALK stain is negative, the
        # sequencing finding is about another kinase and is not negated by it
        ("Sequencing of the biopsy found an LMNA-NTRK1 fusion and ALK immunohistochemistry was negative.", ["IHC-"], ["LMNA::NTRK1"]),
        ("ALK immunostaining was negative, and an RNA panel identified a TPM3-NTRK1 fusion.", ["IHC-"], ["TPM3::NTRK1"]),
        # coordinated methods with a plural verb still share one result
        ("ALK FISH and RNA sequencing were both negative.", ["FISH-", "NGS-"], []),
    ],
)
def test_coordinated_clause_of_another_test_keeps_its_own_result(text, tests, fusion):
    assert sorted(codes(text)) == sorted(tests)
    assert fusions(text) == fusion


@pytest.mark.parametrize(
    "text,gene",
    [
        # the partner named later in a sentence that names ALK before it
        ("Break-apart FISH showed an ALK rearrangement; an RNA panel then identified the fusion partner as RRBP1.", "RRBP1"),
        ("ALK immunostaining was strong, and sequencing showed that the partner gene was TPM4.", "TPM4"),
        # another kinase's partner is not ALK's
        ("ALK FISH was negative; RNA sequencing identified the ROS1 fusion partner as TFG.", None),
    ],
)
def test_alk_partner_named_later_in_the_sentence(text, gene):
    assert partner(text) == gene


@pytest.mark.parametrize(
    "text,fusion,gene",
    [
        # partner and kinase coordinated before the rearrangement noun
        ("Molecular work-up demonstrated RANBP2 and ALK gene rearrangement in the mass.", ["RANBP2::ALK"], "RANBP2"),
        ("Sequencing revealed ETV6 and NTRK3 gene fusion.", ["ETV6::NTRK3"], None),
        # two kinases coordinated are two tests, not a fusion; a generic statement is no finding
        ("FISH showed that ALK and ROS1 gene rearrangements were absent.", [], None),
        ("Tumours with RANBP2 and ALK gene rearrangement are often aggressive.", [], None),
    ],
)
def test_partner_and_kinase_coordinated_before_rearrangement_noun(text, fusion, gene):
    assert fusions(text) == fusion
    assert partner(text) == gene


@pytest.mark.parametrize(
    "text,expected",
    [
        # an equivocal or inconclusive test gives no result; the conclusive one after it does
        ("ALK immunohistochemistry was equivocal; break-apart FISH then showed an ALK rearrangement.", ["FISH+"]),
        ("ALK FISH was inconclusive.", []),
        # a test that gave no information is no result either, whatever its other words
        ("Break-apart FISH for ALK was not informative; RNA sequencing found no ALK fusion.", ["NGS-"]),
        ("ALK FISH proved uninformative because of poor hybridisation.", []),
        ("The ALK FISH assay was non-informative.", []),
    ],
)
def test_equivocal_test_gives_no_result(text, expected):
    assert codes(text) == expected


def test_fusion_of_a_class_compared_with_is_not_the_patients():
    text = "The lesion was ALK-negative on immunostaining, unlike most epithelioid cases, which carry RANBP2-ALK."
    assert fusions(text) == []
    assert partner(text) is None
    assert codes(text) == ["IHC-"]


@pytest.mark.parametrize(
    "text",
    [
        "We report an invented girl whose gastric polyp bore the ETV6-NTRK3 fusion gene, and briefly discuss the differential diagnosis of gastric polyps.",
        "A made-up nodule of the jejunum harboured an ETV6-NTRK3 fusion, and we review the differential diagnoses of intestinal nodules.",
    ],
)
def test_regression_and_discuss_the_differential_does_not_reach_back_to_the_fusion(text):
    """"..., and briefly discuss the differential diagnosis" opens the authors' discussion: the differential weighed
    there is a new clause and does not make the patient's fusion before it hypothetical."""
    row = run_apply(apply, text)
    assert row.kinase_fusions == ["ETV6::NTRK3"]


def test_a_fusion_inside_the_differential_is_still_weighed_not_found():
    row = run_apply(apply, "The differential diagnosis included an ETV6-NTRK3 fusion-positive fibrosarcoma.")
    assert row.kinase_fusions is None


@pytest.mark.parametrize(
    "text",
    [
        "A targeted DNA panel found an ALK point mutation and named dynactin subunit 1 (DCTN1) as fusion partner.",
        "RNA sequencing identified DCTN1 as fusion partner of ALK.",
    ],
)
def test_regression_partner_named_as_fusion_partner_without_article_or_after_its_full_name(text):
    row = run_apply(apply, text)
    assert (row.alk_fusion_partner, row.kinase_fusions) == ("DCTN1", ["DCTN1::ALK"])


@pytest.mark.parametrize(
    ("text", "positive", "negative"),
    [
        # the test rules read an ALK immunostain the marker lists missed: both fields state the one fact
        ("The invented lesion showed granular anaplastic lymphoma kinase-1 (ALK)-1 cytoplasmic staining.", ["ALK"], None),
        ("Tumour cells were positive for desmin; ALK immunostaining was positive.", ["desmin", "ALK"], None),
    ],
)
def test_an_alk_immunostain_result_is_also_the_alk_marker(text, positive, negative):
    from eims_extract.fields import ihc

    row = CaseRow("doc", "1")
    sents = [Sentence("doc", text, 0)]
    ihc.apply(sents, row)
    apply(sents, row)
    assert row.alk_tests and (row.ihc_positive, row.ihc_negative) == (positive, negative)
    assert all(ev.sentence == text for ev in row.evidence["ihc_positive"])


@pytest.mark.parametrize(
    "text",
    [
        "Sequencing of the boy's lesion showed a TFG-ROS1 fusion; anaplastic lymphoma kinase (ALK) was not rearranged.",
        "An ETV6::NTRK3 rearrangement and RANBP2 exon 18 were ruled out, tropomyosin 3 (TPM3) and ALK were fused.",
        "echinoderm microtubule-associated protein-like 4 (EML4)-ALK, ALKALINE, xALK and ALK1 are different words.",
        "",
    ],
)
def test_gene_names_are_found_exactly_where_the_whole_alternation_finds_them(text: str) -> None:
    """The gene vocabularies are matched through the prefilter's Alternation (tried only where a name can
    begin): spans and the bracketed symbol must be those of the plain compiled alternation."""
    import re

    from eims_extract.fields.alk import _gene_regexes

    for fast in _gene_regexes():
        whole = re.compile(fast.pattern, fast.flags)
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in whole.finditer(text)
        ]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("RNA sequencing of this ALK-negative IMT identified a TFG-ROS1 fusion.", ["TFG::ROS1"]),
        ("RNA sequencing detected an ETV6-NTRK3 fusion, which put the tumour among the ALK-negative IMTs.", ["ETV6::NTRK3"]),
        ("The ALK-negative tumour carried no ETV6-NTRK3 fusion on sequencing.", []),
        ("Sequencing of the ROS1-negative lesion showed no TFG-ROS1 fusion.", []),
    ],
)
def test_another_genes_negative_status_does_not_negate_the_fusion(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A novel VCL-ALK fusion in a renal inflammatory myofibroblastic tumour of a boy", ["VCL::ALK"]),
        ("Novel ALK-TIMP3 fusion in a cervical inflammatory myofibroblastic tumour: a case report", ["TIMP3::ALK"]),
        ("Novel fusions involving ROS1 and NTRK3 have been described in IMT.", []),
    ],
)
def test_a_fusion_called_novel_was_found_in_this_tumour(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Targeted sequencing of the lesion detected an ETV6:NTRK3 rearrangement.", ["ETV6::NTRK3"]),
        ("The panel detected the fusion genes EML4(NM_019063) and ALK(NM_004304).", ["EML4::ALK"]),
        ("Sequencing identified a TPM3 (NM_152263.4) exon 8-ALK exon 20 fusion.", ["TPM3::ALK"]),
        ("MOLECULAR STUDIES: ALK rearranged by FISH.", []),
        ("Sequencing identified a CLTC exon 31 to ALK exon 20 fusion.", ["CLTC::ALK"]),
        ("An ETV6 (exon 5) to NTRK3 (exon 15) transcript was amplified.", ["ETV6::NTRK3"]),
    ],
)
def test_single_colon_and_transcript_notes_in_fusions(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ninety percent of congenital fibrosarcomas carry a t(12;15) translocation that results in an ETV6-NTRK3 fusion.", []),
        ("The majority of these tumours harbour a RANBP2-ALK fusion.", []),
        ("In our patient, sequencing showed an ETV6-NTRK3 fusion in 70% of the reads.", ["ETV6::NTRK3"]),
    ],
)
def test_a_fusion_in_a_share_of_a_class_of_tumours_is_not_this_tumours(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("In one of the largest series of such lesions, ALK was not detected by immunohistochemistry.", []),
        ("Earlier reports have shown ALK rearrangement by FISH in most paediatric cases.", []),
        ("In the present case, FISH showed an ALK rearrangement.", ["FISH+"]),
    ],
)
def test_another_studys_test_result_is_not_this_patients(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Broad use of RNA sequencing has made the study of ALK-negative IMTs easier.", []),
        ("Sequencing found kinase fusions in 11 sarcomas, including 4 ALK/ROS1 wild-type myofibroblastic tumours.", []),
        ("Targeted sequencing of our patient's tumour found no ALK rearrangement.", ["NGS-"]),
    ],
)
def test_alk_status_of_a_class_or_counted_group_is_not_a_test_of_this_tumour(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Immunostaining was positive for SMA, and she was treated with an ALK TKI.", []),
        ("Sequencing was positive for an ETV6-NTRK3 fusion and ALK-directed therapy was not given.", []),
        ("FISH showed an ALK rearrangement, and an ALK inhibitor was started.", ["FISH+"]),
    ],
)
def test_alk_named_as_a_drug_target_is_no_alk_test(text, expected):
    assert codes(text) == expected


ASKED = [
    "Targeted RNA sequencing revealed a TFG-ALK fusion in the resected nodule.",
    "The mass measured 6 cm and was resected with clear margins.",
    "FISH with a break-apart probe and NGS were both performed; IHC for ALK (D5F3) was diffusely positive.",
    "A reverse-transcription PCR assay verified the transcript, and qRT-PCR was repeated.",
    "Panel testing: no fusion; a boy aged 3 years with a rearrangement was described elsewhere.",
    "",
]


@pytest.mark.parametrize("order", [ASKED, ASKED[::-1], [t for t in ASKED for _ in range(2)]])
def test_the_finding_gate_kept_for_the_next_ask_answers_like_the_finding_rules(order: list[str]) -> None:
    """partners_in and fusions_in ask the same sentence in turn: the kept answer is that sentence's own."""
    from eims_extract.fields.alk import _any, _has_finding

    for text in order:
        assert _has_finding(text) == _any("finding", text)


@pytest.mark.parametrize("text", ASKED)
def test_method_mentions_through_the_literal_index_are_those_of_every_method_rule(text: str) -> None:
    from eims_extract.fields.alk import _method_mentions, _rules

    every = sorted(
        ((r.method, m.start(), m.end()) for r in _rules()["method"] for m in r.regex.finditer(text)),
        key=lambda t: (t[1], -t[2]),
    )
    kept: list[tuple[str, int, int]] = []
    for f in every:
        if not (kept and f[1] < kept[-1][2]):
            kept.append(f)
    assert _method_mentions(text) == kept


# -- reference reading (sweepA): exon ranges, a bracketed symbol after an unknown full name, a fusion the tumour "had" --
@pytest.mark.parametrize(
    "text,expected",
    [
        ("Transcriptome sequencing disclosed a fusion between SQSTM1 exons 1-5 and ALK exons 20-29.", ["SQSTM1::ALK"]),
        ("Transcriptome sequencing disclosed a fusion between SQSTM1 exons 1\u20135 and ALK exons 20\u201329.", ["SQSTM1::ALK"]),
        ("The panel found a fusion between exons 2 to 6 of DCTN1 and exons 20 to 29 of ALK.", ["DCTN1::ALK"]),
        ("A DCTN1 (exons 1-26)-ALK (exons 20-29) fusion was detected by RNA sequencing.", ["DCTN1::ALK"]),
        ("Sequencing identified an LMNA exons 1-2 to NTRK1 exons 11-17 fusion.", ["LMNA::NTRK1"]),
        # a single exon after the gene is still read as before
        ("Sequencing identified TPM4 exon 7-ALK exon 20.", ["TPM4::ALK"]),
    ],
)
def test_fusion_with_exon_ranges_after_or_before_each_gene(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Hybrid-capture sequencing showed a calreticulin (CALR)-ALK fusion in the biopsy.", ["CALR::ALK"]),
        ("Sequencing showed a kinesin family member 5B (KIF5B)\u2013RET fusion.", ["KIF5B::RET"]),
        ("The assay detected a Ran-binding protein 2 (RANBP2)-ALK fusion.", ["RANBP2::ALK"]),
    ],
)
def test_full_gene_name_with_bracketed_symbol_then_kinase(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # an antibody clone or a note in brackets before a hyphen is no partner
        "The tumour cells were diffusely positive for ALK (D5F3)-positive staining and SMA.",
        "Immunostaining for anaplastic lymphoma kinase (ALK)-1 was positive.",
        "Sequencing detected no calreticulin (CALR)-ALK fusion.",
    ],
)
def test_bracketed_symbol_dash_needs_a_partner_and_a_finding(text):
    assert fusions(text) == []


@pytest.mark.parametrize(
    "text,gene",
    [
        ("We describe a case of retroperitoneal IMT with a DCTN1-ALK fusion in a 52-year-old man.", "DCTN1"),
        ("The resected tumour contained a CLTC-ALK rearrangement.", "CLTC"),
        ("The lesion bore an EML4::ALK fusion.", "EML4"),
        ("This tumour also had a TPM4-ALK fusion.", "TPM4"),
    ],
)
def test_case_or_tumour_said_to_have_the_fusion_without_a_finding_verb(text, gene):
    assert partner(text) == gene


@pytest.mark.parametrize(
    "text",
    [
        "Lee et al. described a case of IMT with a TPM3-ALK fusion (14).",
        "A case of IMT with a TPM3-ALK fusion has been reported before (8).",
        "The tumour had no DCTN1-ALK fusion.",
        "Whether the tumour had a TPM3-ALK fusion remains unknown.",
        "IMTs with a CLTC-ALK fusion tend to stain in a granular way.",
    ],
)
def test_cited_negated_or_hedged_case_with_fusion_is_not_the_patients(text):
    assert partner(text) is None and fusions(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Transcriptome analysis confirmed an ALK fusion, with SQSTM1 being the 5' partner.", ["SQSTM1::ALK"]),
        ("RNA sequencing revealed an ALK fusion with DCTN1 acting as the 5' partner.", ["DCTN1::ALK"]),
        ("Targeted sequencing showed a ROS1 fusion with TFG serving as its partner.", ["TFG::ROS1"]),
    ],
)
def test_partner_being_or_acting_as_the_partner(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "RNA sequencing revealed no ALK fusion, with RANBP2 being the usual partner in such tumours.",
        "Sequencing was not performed, RANBP2 being the most likely partner.",
    ],
)
def test_partner_being_the_partner_needs_a_found_fusion(text):
    assert fusions(text) == [] and partner(text) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        # IHC positive but FISH 'lacked' the rearrangement: a discordant pair, read per method
        ("The nodule was ALK-positive on immunohistochemistry but lacked ALK rearrangement on FISH.", ["FISH-", "IHC+"]),
        ("Break-apart FISH showed a lack of ALK split signals.", ["FISH-"]),
        ("By FISH the mass lacked any ALK rearrangement.", ["FISH-"]),
        ("ALK immunolabelling was absent in the spindle cells.", ["IHC-"]),
        ("Strong cytoplasmic ALK immunolabeling was observed.", ["IHC+"]),
        # 'lacking' about something else in the clause does not negate the ALK finding
        ("The lesion, lacking a capsule, showed ALK rearrangement by FISH.", ["FISH+"]),
        ("The tumour lacked desmin, but FISH demonstrated ALK rearrangement.", ["FISH+"]),
        ("The biopsy lacked enough material for sequencing, but FISH demonstrated ALK rearrangement.", ["FISH+"]),
    ],
)
def test_lacked_the_rearrangement_and_immunolabelling(text, expected):
    assert codes(text) == expected


def test_tumour_that_lacked_the_fusion_has_no_partner():
    text = "RNA sequencing showed that the tumour lacked a TPM3-ALK fusion."
    assert partner(text) is None and fusions(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The biopsy was screened for a TPM4-ALK fusion, which could not be confirmed.", None),
        ("The nodule was tested for an EML4::ALK fusion, which was not detected by RT-PCR.", None),
        ("We searched for a CLTC-ALK transcript, which was subsequently excluded.", None),
        ("The nodule was tested for a TPM4-ALK fusion, which RT-PCR then confirmed.", "TPM4"),
        ("RNA sequencing revealed a CARS1-ALK fusion, which explained the staining pattern.", "CARS1"),
    ],
)
def test_fusion_looked_for_but_not_confirmed_is_no_partner(text, expected):
    assert partner(text) == expected
    assert bool([f for f, _, _ in fusions_in(text)]) == (expected is not None)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("IMTs with a TPM4-ALK fusion show a diffuse cytoplasmic pattern.", None),
        ("Tumours harbouring an RANBP2::ALK fusion often display nuclear membrane staining.", None),
        ("Lesions with a CLTC-ALK rearrangement tend to stain in a granular fashion.", None),
        ("Our tumours with a TPM4-ALK fusion were both found in the bladder; sequencing revealed it.", "TPM4"),
        ("Sequencing of the mass showed a TPM4-ALK fusion, and the tumour cells show granular staining.", "TPM4"),
    ],
)
def test_generic_statement_about_a_class_with_the_fusion_is_no_partner(text, expected):
    assert partner(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Exome sequencing showed an ALK point mutation but no rearrangement.", []),
        ("Panel sequencing detected a missense variant in ALK, but no fusion was seen.", []),
        ("Targeted DNA sequencing revealed ALK amplification.", []),
        ("Targeted sequencing revealed an ALK amplification and a TPM4-ALK fusion.", ["NGS+"]),
        ("RNA sequencing detected an ALK rearrangement.", ["NGS+"]),
    ],
)
def test_alk_variant_without_a_fusion_is_no_positive_fusion_test(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The second patient had a CLTC-ALK fusion.", "CLTC"),
        ("Our patient also had an EML4::ALK rearrangement on RNA sequencing.", "EML4"),
        ("This girl had a TPM4-ALK fusion confirmed by RT-PCR.", "TPM4"),
        ("The first patient had no TPM4-ALK fusion.", None),
        ("The patient had surgery after a CLTC-ALK fusion was considered unlikely.", None),
    ],
)
def test_patient_had_the_fusion(text, expected):
    assert partner(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Both invented patients had a CLTC-ALK fusion.", "CLTC"),
        ("Both had an EML4::ALK rearrangement on RNA sequencing.", "EML4"),
        ("The two imaginary sisters had a TPM4-ALK fusion.", "TPM4"),
        ("Both of them also had a TPM3-ALK fusion confirmed by RT-PCR.", "TPM3"),
        ("The three tumours had an RANBP2-ALK fusion.", "RANBP2"),
        ("Both invented patients had no TPM4-ALK fusion.", None),
        ("Both boys had surgery after a CLTC-ALK fusion was considered unlikely.", None),
        ("Tumours in both children and adults had a TPM3-ALK fusion in older series.", None),
    ],
)
def test_plural_subject_had_the_fusion(text, expected):
    assert partner(text) == expected


def test_alk_variant_beside_a_fusion_written_as_a_gene_pair_keeps_the_test():
    text = "RNA sequencing found TPM4::ALK and no ALK kinase domain mutation."
    assert codes(text) == ["NGS+"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("RNA sequencing found TPM4::ALK and no ALK kinase domain mutation.", ["NGS+"]),
        ("Sequencing detected a CLTC-ALK fusion without any ALK resistance variants.", ["NGS+"]),
        ("Sequencing found no ALK mutation or rearrangement.", ["NGS-"]),
        ("Next-generation sequencing did not detect an ALK fusion.", ["NGS-"]),
    ],
)
def test_negation_about_an_alk_variant_is_not_a_negative_fusion_test(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A TPM4-ALK fusion was excluded by RT-PCR.", ["RT-PCR-"]),
        ("ALK rearrangement was ruled out with FISH.", ["FISH-"]),
        ("FISH showed an ALK rearrangement, and lymphoma was excluded.", ["FISH+"]),
        ("RT-PCR was performed to exclude an ALK fusion and detected a TPM4-ALK transcript.", ["RT-PCR+"]),
    ],
)
def test_alk_fusion_excluded_by_the_test_is_negative(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The stain for ALK was negative, and an ALK rearrangement was excluded by FISH.", ["FISH-", "IHC-"]),
        ("ALK immunoreactivity was strong, but ALK rearrangement was ruled out with break-apart FISH.", ["FISH-", "IHC+"]),
        ("ALK immunoreactivity was strong, and an ALK rearrangement was confirmed by FISH.", ["FISH+", "IHC+"]),
    ],
)
def test_exclusion_after_a_stain_is_the_later_test_result(text, expected):
    """"..., and an ALK rearrangement was excluded by FISH" after a stain's result: the exclusion is the test named after
    "by", not the stain named before it."""
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The nodule was screened for a TPM4-ALK fusion, but this could not be verified.", None),
        ("The nodule was screened for a CLTC-ALK fusion; it was subsequently ruled out.", None),
        ("We looked for an EML4-ALK transcript, which was not found.", None),
        ("RNA sequencing revealed a TPM4-ALK fusion, which was not detected by FISH.", "TPM4"),
        ("RNA sequencing revealed a CLTC-ALK fusion, which was not anticipated.", "CLTC"),
    ],
)
def test_fusion_said_unconfirmed_in_the_next_clause_is_no_partner(text, expected):
    assert partner(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Patient 3 had a CLTC-ALK fusion.", "CLTC"),
        ("Case II had an EML4-ALK rearrangement.", "EML4"),
        ("Patient 3 had a relapse two years after the CLTC-ALK fusion was reported in another child.", None),
    ],
)
def test_numbered_patient_had_the_fusion(text, expected):
    assert partner(text) == expected


def _two_patient_report(closing: str):
    from eims_extract.ingest.model import Document, Section

    head = "Case presentation\n\n"
    body = (
        "Case 1. A 41-year-old invented woman presented with a 6 cm mass in the greater omentum. She underwent "
        "complete resection.\n\nCase 2. A 37-year-old invented woman presented with a 4 cm mass in the greater "
        "omentum. She underwent complete resection.\n\n" + closing
    )
    text = head + body
    return Document("twofict", "twofict.txt", "text", text, sections=[Section("case", "Case presentation", len(head), len(text))])


@pytest.mark.parametrize(
    "closing,expected",
    [
        ("Both patients had a TPM3-ALK fusion.", [("TPM3", None)] * 2),
        ("Both patients had a TPM3-ALK fusion detected by RNA sequencing.", [("TPM3", ["NGS+"])] * 2),
        ("Both tumours were ALK-positive by immunohistochemistry.", [(None, ["IHC+"])] * 2),
        ("Both were negative for ALK rearrangement by FISH.", [(None, ["FISH-"])] * 2),
        ("Both patients had no TPM3-ALK fusion on RNA sequencing.", [(None, ["NGS-"])] * 2),
    ],
)
def test_plural_subject_alk_finding_reaches_both_patients_of_a_report(nlp, closing, expected):
    from eims_extract.fields.narrative import extract_narrative

    rows = extract_narrative(_two_patient_report(closing), nlp)
    assert [(r.alk_fusion_partner, r.alk_tests) for r in rows] == expected


@pytest.mark.parametrize(
    "text,tests,fusion",
    [
        # the method as the bare subject of a clause opened by ", and" keeps its own result: the sequencing or FISH
        # finding is about another kinase, not a result for ALK
        ("ALK immunolabelling was absent, and sequencing revealed an SQSTM1-NTRK2 fusion.", ["IHC-"], ["SQSTM1::NTRK2"]),
        ("The spindle cells were negative for ALK, and FISH demonstrated a PDGFRB rearrangement.", ["IHC-"], []),
        ("ALK staining was diffuse, and FISH confirmed an ALK split in 31% of nuclei.", ["FISH+", "IHC+"], []),
        # without the comma the two methods are one subject and share the result
        ("IHC and FISH showed ALK positivity in the excised nodule.", ["FISH+", "IHC+"], []),
    ],
)
def test_comma_and_bare_method_opens_a_new_test_clause(text, tests, fusion):
    assert sorted(codes(text)) == sorted(tests)
    assert fusions(text) == fusion


@pytest.mark.parametrize(
    "text,tests,fusion",
    [
        # ALK named only as the tumour's status, the clause's tests are about another kinase
        ("In this ALK-negative lesion, RNA sequencing detected a TIMP3-RET fusion that a RET break-apart FISH probe confirmed.", [], ["TIMP3::RET"]),
        ("For the ALK-negative IMT of our patient, an RNA panel identified a TFG-ROS1 fusion.", [], ["TFG::ROS1"]),
        # ALK named in the test too, or no other kinase: the ALK result stands
        ("In this ALK-negative lesion, RNA sequencing detected no ALK fusion.", ["NGS-"], []),
        ("In this ALK-positive tumour, FISH showed split signals in 44% of nuclei.", ["FISH+"], []),
    ],
)
def test_alk_status_of_the_tumour_is_not_a_result_of_another_kinase_test(text, tests, fusion):
    assert sorted(codes(text)) == sorted(tests)
    assert fusions(text) == fusion


@pytest.mark.parametrize(
    "text,gene",
    [
        ("Targeted sequencing showed the ALK gene to be fused to the clathrin heavy chain gene.", "CLTC"),
        ("The ALK gene was found to be fused with the tropomyosin 4 gene on RNA sequencing.", "TPM4"),
        ("RNA sequencing showed ALK to be fused to CARS1.", "CARS1"),
        ("Sequencing revealed that EML4 was shown to be fused to ALK.", "EML4"),
    ],
)
def test_alk_found_or_shown_to_be_fused_to_the_partner(text, gene):
    assert fusions(text) == [f"{gene}::ALK"]
    assert run_apply(apply, text).alk_fusion_partner == gene


@pytest.mark.parametrize(
    "text",
    [
        "The ALK gene was not found to be fused with TPM4 on RNA sequencing.",
        "In such tumours ALK may be shown to be fused to CLTC (14).",
    ],
)
def test_alk_found_to_be_fused_negated_or_cited_is_no_fusion(text):
    assert run_apply(apply, text).alk_fusion_partner is None
    assert fusions(text) == []


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sequencing of the mesenteric mass disclosed a Ran binding protein 2 (RANPB2)-ALK fusion.", ["RANBP2::ALK"]),
        ("RT-PCR amplified a RANPB2-ALK transcript.", ["RANBP2::ALK"]),
    ],
)
def test_transposed_ranbp2_spelling_is_ranbp2(text, expected):
    assert fusions(text) == expected
    assert run_apply(apply, text).alk_fusion_partner == "RANBP2"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The ALK break-apart probe gave split signals in 7% of nuclei, below the 15% cut-off.", ["FISH-"]),
        ("ALK FISH showed a rearrangement pattern in 11% of cells, under the positivity threshold.", ["FISH-"]),
        # above the threshold, or the threshold only named, stays positive
        ("The ALK break-apart probe gave split signals in 46% of nuclei, above the 15% cut-off.", ["FISH+"]),
        ("FISH detected ALK split signals in 38% of nuclei (cut-off 15%).", ["FISH+"]),
    ],
)
def test_fish_count_below_the_cut_off_is_negative(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,partner_gene,fusion,evidence",
    [
        # italic gene symbols of a page saved as markdown, each gene in its own marks
        ("Targeted RNA sequencing identified a *CLTC*-*ALK* fusion.", "CLTC", ["CLTC::ALK"], "CLTC*-*ALK"),
        ("RNA sequencing showed fusion of *TPM4* exon 8 with *ALK* exon 20.", "TPM4", ["TPM4::ALK"], None),
        ("A panel found an _ETV6_::_NTRK3_ fusion.", None, ["ETV6::NTRK3"], "ETV6_::_NTRK3"),
    ],
)
def test_markdown_emphasis_around_gene_symbols(text, partner_gene, fusion, evidence):
    row = run_apply(apply, text)
    assert row.alk_fusion_partner == partner_gene
    assert row.kinase_fusions == fusion
    if evidence is not None:
        ev = row.evidence["kinase_fusions"][0]
        assert text[ev.start : ev.end] == evidence


def test_markdown_marks_do_not_make_a_test_of_a_literature_list():
    # the marks are dropped, the guards still apply: partners listed from the literature are no finding
    row = run_apply(apply, "Known partners of *ALK* in IMT include *TPM3*, *TPM4*, *CLTC* and *RANBP2* (8).")
    assert row.alk_fusion_partner is None and row.kinase_fusions is None


@pytest.mark.parametrize(
    "text",
    [
        # the fusion as the subject of a present-tense statement about a class of tumours
        "The RRBP1-ALK fusion is characteristic of epithelioid tumours and results in a perinuclear pattern.",
        "A CLTC-ALK fusion found in many IMTs produces a granular cytoplasmic pattern.",
        # a test named as what establishes a class diagnosis, present tense
        "Detection of a TPM3-ALK fusion confirms the diagnosis of IMT in such tumours.",
    ],
)
def test_fusion_in_a_present_tense_class_statement_is_no_finding(text):
    assert partner(text) is None
    assert fusions(text) == []


@pytest.mark.parametrize(
    "text,gene",
    [
        # the past tense, or the report's own tumour, or the comment in a relative clause, stays this tumour's finding
        ("Detection of an RRBP1-ALK fusion confirmed the diagnosis of EIMS.", "RRBP1"),
        ("Targeted sequencing identified a CLTC-ALK fusion, which is typical of such tumours.", "CLTC"),
        ("The CLTC-ALK fusion identified in our patient results in a granular pattern.", "CLTC"),
    ],
)
def test_fusion_of_this_tumour_beside_a_class_statement_is_kept(text, gene):
    assert partner(text) == gene
    assert fusions(text) == [f"{gene}::ALK"]


@pytest.mark.parametrize(
    "text,tests,fusion",
    [
        # another author's case, named without "et al." or a reference number
        ("Unlike our case, the girl described by Moreau carried a TFG-ROS1 fusion.", [], []),
        ("In the tumour reported by Lindqvist and Ortega, RNA sequencing found a TPM4-ALK fusion.", [], []),
        # the report's own case, or a person who is no author, stays
        ("The case reported by the referring pathologist as IMT was reviewed; RNA sequencing found a TPM4-ALK fusion.", ["NGS+"], ["TPM4::ALK"]),
    ],
)
def test_case_reported_by_another_author_is_not_this_tumour(text, tests, fusion):
    assert codes(text) == tests
    assert fusions(text) == fusion


@pytest.mark.parametrize(
    "text,tests,fusion",
    [
        # ALK named only in the list of genes the panel covers: the finding is another kinase's
        ("A targeted RNA panel (covering ALK, ROS1, NTRK1-3 and RET) revealed an LMNA-NTRK1 fusion.", [], ["LMNA::NTRK1"]),
        ("The DNA/RNA panel, which includes ALK, ROS1 and PDGFRB, detected a CCDC6-RET fusion.", [], ["CCDC6::RET"]),
        # the panel's result about ALK itself stands
        ("A targeted RNA panel including ALK, ROS1 and RET detected no fusion.", ["NGS-"], []),
        ("A targeted RNA panel covering ALK, ROS1 and RET identified a TPM4-ALK fusion.", ["NGS+"], ["TPM4::ALK"]),
        # a negative list is a result for each gene, not a panel's coverage
        ("RNA sequencing was negative for ALK, ROS1 and RET fusions.", ["NGS-"], []),
    ],
)
def test_alk_in_a_panel_gene_list_is_not_a_result_of_another_kinase_finding(text, tests, fusion):
    assert codes(text) == tests
    assert fusions(text) == fusion


@pytest.mark.parametrize(
    "text,expected",
    [
        ("La secuenciación de nueva generación identificó una fusión CLTC-ALK.", ["NGS+"]),
        ("O sequenciamento de nova geração identificou uma fusão EML4-ALK.", ["NGS+"]),
        ("Le séquençage de l'ARN a mis en évidence un transcrit de fusion TPM4-ALK.", ["NGS+"]),
        ("La secuenciación de nueva generación no detectó reordenamientos de ALK.", ["NGS-"]),
        # Sanger sequencing of a junction is no NGS
        ("La secuenciación Sanger confirmó la unión de la fusión CLTC-ALK.", []),
    ],
)
def test_sequencing_named_in_spanish_portuguese_or_french(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the hedge or negation of a clause about the partner is not the test's
        ("An ALK rearrangement was found by FISH, and the partner could not be determined by RNA sequencing.", ["FISH+"]),
        ("An ALK rearrangement was found by FISH, and the ALK fusion partner could not be determined by RNA sequencing.",
         ["FISH+"]),
        ("Break-apart FISH showed an ALK rearrangement, but the ALK fusion partner could not be identified by the RNA panel.",
         ["FISH+"]),
        ("FISH showed an ALK rearrangement whose partner could not be identified by RNA sequencing.", ["FISH+"]),
        ("The ALK fusion partner could not be identified by the RNA panel.", []),
        ("Break-apart FISH showed ALK split signals, but the fusion partner might not be identifiable.", ["FISH+"]),
        # a hedge about the test itself still removes it
        ("FISH could show an ALK rearrangement in such a tumour.", []),
    ],
)
def test_clause_about_the_partner_does_not_hedge_the_test(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Targeted RNA sequencing showed CLTC exon 31 fused in frame to ALK exon 20.", ["CLTC::ALK"]),
        ("Transcriptome sequencing found the DCTN1 gene to be the fusion partner of ALK.", ["DCTN1::ALK"]),
        ("Transcriptome sequencing found the DCTN1 gene not to be the fusion partner of ALK.", []),
    ],
)
def test_fused_in_frame_and_found_to_be_the_partner(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sequencing showed an in-frame fusion between the 5' end of CLTC and the 3' end of ALK.", ["CLTC::ALK"]),
        ("RNA sequencing found the 5′ portion of EML4 joined to the 3′ kinase domain of ALK.", ["EML4::ALK"]),
        ("RNA sequencing showed a fusion between 5' TPM4 and 3' ALK.", ["TPM4::ALK"]),
        # a 3' signal of a FISH probe is no partner
        ("Break-apart FISH showed an isolated 3' ALK signal in 28% of nuclei.", []),
    ],
)
def test_five_and_three_prime_notes_before_the_genes(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "texts,expected",
    [
        # the sentence before names ALK alone: a molecular test naming no gene reports ALK
        (("ALK immunostaining was diffusely positive.", "Break-apart FISH confirmed the rearrangement in 52% of nuclei."), ["IHC+", "FISH+"]),
        (("The spindle cells were positive for ALK.", "Fluorescence in situ hybridisation showed split signals in 24% of cells."), ["IHC+", "FISH+"]),
        (("ALK immunostaining was negative.", "FISH showed no rearrangement."), ["IHC-", "FISH-"]),
        # another gene named before, a gene named in the test sentence, or a hedge: no ALK result
        (("The lesion was negative for ALK and positive for ROS1.", "FISH confirmed a rearrangement."), ["IHC-"]),
        (("ALK immunostaining was diffusely positive.", "FISH might show a rearrangement in such lesions."), ["IHC+"]),
        (("ALK immunostaining was diffusely positive.", "FISH for USP6 showed no rearrangement."), ["IHC+"]),
    ],
)
def test_gene_free_test_sentence_after_an_alk_sentence(texts, expected):
    assert run_apply(apply, *texts).alk_tests == expected


def test_gene_free_sentence_about_what_a_test_missed_is_no_result():
    row = run_apply(apply, "ALK immunostaining was weakly positive.", "The small inversion probably escaped FISH detection.")
    assert row.alk_tests == ["IHC+"]


@pytest.mark.parametrize(
    "text,partner_gene,fusion",
    [
        ("RNA sequencing identified a Rrbp1-Alk fusion in the resected lesion.", "RRBP1", ["RRBP1::ALK"]),
        ("Targeted sequencing revealed an etv6-ntrk3 fusion.", None, ["ETV6::NTRK3"]),
        # words that are no pair of vocabulary genes stay as written
        ("RNA sequencing identified a Well-Known fusion of ALK with an unknown partner.", None, None),
    ],
)
def test_gene_pair_in_lower_or_mixed_case(text, partner_gene, fusion):
    row = run_apply(apply, text)
    assert row.alk_fusion_partner == partner_gene
    assert row.kinase_fusions == fusion


@pytest.mark.parametrize(
    "text,tests,fusion",
    [
        # a negation about ALK beside another kinase's fusion negates ALK only
        ("Targeted RNA sequencing revealed a TPM3-NTRK1 fusion and no ALK rearrangement.", ["NGS-"], ["TPM3::NTRK1"]),
        ("Targeted RNA sequencing revealed a TPM3-NTRK1 fusion, whereas ALK was not rearranged.", ["NGS-"], ["TPM3::NTRK1"]),
        ("Targeted RNA sequencing revealed a TPM3-NTRK1 fusion; ALK was wild type.", ["NGS-"], ["TPM3::NTRK1"]),
        ("RNA sequencing found a CLTC-ALK fusion but no ROS1 rearrangement.", ["NGS+"], ["CLTC::ALK"]),
        # the fusion itself negated stays negated
        ("Targeted RNA sequencing revealed no TPM3-NTRK1 fusion.", [], []),
        ("No CLTC-ALK transcript was amplified by RT-PCR.", ["RT-PCR-"], []),
    ],
)
def test_negation_about_another_gene_does_not_negate_the_fusion(text, tests, fusion):
    assert codes(text) == tests
    assert fusions(text) == fusion


@pytest.mark.parametrize(
    "text,tests,gene",
    [
        # a concessive opener's negation is its own: the main clause's fusion and test stand
        ("Although ALK immunolabelling was absent, targeted RNA sequencing identified a CLTC-ALK fusion.", ["IHC-", "NGS+"], "CLTC"),
        ("Despite negative ALK immunostaining, targeted RNA sequencing identified a CLTC-ALK fusion.", ["IHC-", "NGS+"], "CLTC"),
        ("Although FISH showed no ALK rearrangement, RNA sequencing identified an EML4-ALK fusion.", ["FISH-", "NGS+"], "EML4"),
        # the opener still gives its test the main clause's result when it has none of its own
        ("Although FISH was performed, no ALK rearrangement was found.", ["FISH-"], None),
        ("Although ALK staining was diffuse, FISH did not show a rearrangement.", ["FISH-", "IHC+"], None),
    ],
)
def test_concessive_opener_keeps_its_negation_to_itself(text, tests, gene):
    assert codes(text) == sorted(tests)
    assert partner(text) == gene


@pytest.mark.parametrize(
    "text,tests,gene",
    [
        # a passive negation right after the finding, its agent a test: that test missed it
        ("RNA sequencing identified a CLTC-ALK fusion not detected by FISH.", ["FISH-", "NGS+"], "CLTC"),
        ("RNA sequencing identified a CLTC-ALK fusion, which was not detected by conventional FISH.", ["FISH-", "NGS+"], "CLTC"),
        # the fusion as the subject of the negation stays negated
        ("The CLTC-ALK fusion was not detected by RT-PCR.", ["RT-PCR-"], None),
    ],
)
def test_fusion_missed_by_another_test(text, tests, gene):
    assert codes(text) == sorted(tests)
    assert partner(text) == gene


@pytest.mark.parametrize(
    "text,tests,gene",
    [
        # "missed by"/"overlooked by" a test: that test was negative, the finding of the other test stands
        ("A fusion panel by sequencing found a SEC31A-ALK fusion that had been missed by FISH.", ["FISH-", "NGS+"], "SEC31A"),
        ("Targeted RNA sequencing showed a PPFIBP1-ALK fusion overlooked by break-apart FISH.", ["FISH-", "NGS+"], "PPFIBP1"),
        ("Mesenteric myofibroblastic tumour with an ALK fusion missed by FISH", ["FISH-"], None),
        ("The FISH assay missed the ALK rearrangement.", ["FISH-"], None),
        # a missed diagnosis in another clause says nothing of the ALK test
        ("The lesion was missed on the first scan, and ALK staining was strong.", ["IHC+"], None),
    ],
)
def test_fusion_missed_by_a_test_without_a_negation_word(text, tests, gene):
    assert codes(text) == sorted(tests)
    assert partner(text) == gene


@pytest.mark.parametrize(
    "texts,partner_gene,fusion",
    [
        # the partner named alone goes with the one kinase the sentence before reports rearranged
        (("Targeted sequencing detected an ALK rearrangement.", "The fusion partner was CLTC."), "CLTC", ["CLTC::ALK"]),
        (("RNA sequencing detected an ALK fusion.", "DCTN1 was identified as the 5' partner."), "DCTN1", ["DCTN1::ALK"]),
        (("Break-apart FISH showed a ROS1 rearrangement.", "The partner was TFG on RNA sequencing."), None, ["TFG::ROS1"]),
        # no partner named, partners listed, two kinases before, or a negated partner: nothing
        (("Targeted sequencing detected an ALK rearrangement.", "The fusion partner could not be identified."), None, None),
        (("Targeted sequencing detected an ALK rearrangement.", "Known partners include TPM3 and TPM4."), None, None),
        (("ALK and ROS1 rearrangements were looked for.", "The partner was TFG."), None, None),
        (("Targeted sequencing detected an ALK rearrangement.", "The fusion partner was not CLTC."), None, None),
    ],
)
def test_partner_named_in_the_sentence_after_the_rearrangement(texts, partner_gene, fusion):
    row = run_apply(apply, *texts)
    assert row.alk_fusion_partner == partner_gene
    assert row.kinase_fusions == fusion


def test_clause_naming_the_partner_found_keeps_its_method():
    # the partner identified by a method in a clause after the rearrangement: that method reports the fusion too
    text = "FISH showed an ALK rearrangement in 48% of nuclei, and the partner gene was identified as CLTC by RNA sequencing."
    assert codes(text) == ["FISH+", "NGS+"]
    assert run_apply(apply, text).alk_fusion_partner == "CLTC"


@pytest.mark.parametrize(
    "text,expected",
    [
        # ALK named alone before: a coordinated clause naming no gene gives its test's verdict for ALK
        ("Break-apart FISH showed no ALK split signals, and a 48-gene RNA fusion panel was negative.", ["FISH-", "NGS-"]),
        ("ALK immunostaining was diffusely positive; anchored multiplex PCR was also positive.", ["IHC+", "NGS+"]),
        ("The tumour was negative for ALK by immunohistochemistry, and FISH was likewise negative.", ["FISH-", "IHC-"]),
        ("ALK (D5F3) stained the cytoplasm strongly, and break-apart FISH confirmed the rearrangement.", ["FISH+", "IHC+"]),
        # a test done for something else, a test with no verdict, or a clause naming another gene: no ALK result
        ("Spindle cells were positive for ALK and desmin; PCR for mycobacteria was negative.", ["IHC+"]),
        ("ALK immunostaining was positive, and Epstein-Barr virus in situ hybridisation was negative.", ["IHC+"]),
        ("ALK immunostaining was positive, and targeted sequencing was requested.", ["IHC+"]),
        ("ALK immunostaining was weak, and whole-exome sequencing revealed a low mutational burden.", ["IHC+"]),
        ("ALK immunostaining was negative, and FISH for ROS1 was positive.", ["IHC-"]),
    ],
)
def test_gene_free_test_clause_after_alk_in_the_same_sentence(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected_partner,expected_codes",
    [
        # a novelty claim about the fusion found ("not reported before", "never described in ...") is no negative
        ("Targeted RNA sequencing revealed a TPM4-ALK fusion, which has not been reported before in this site.", "TPM4", ["NGS+"]),
        ("Sequencing uncovered a novel CLTC-ALK fusion not previously described.", "CLTC", ["NGS+"]),
        ("RNA sequencing found an EML4-ALK fusion, which had never been described in IMT.", "EML4", ["NGS+"]),
        # "not yet" is no clause break ("yet" as a conjunction is)
        ("Targeted sequencing revealed an LMNA-ALK fusion, which has not yet been described in IMT.", "LMNA", ["NGS+"]),
        ("FISH showed no ALK rearrangement, yet sequencing found an EML4-ALK fusion.", "EML4", ["FISH-", "NGS+"]),
        # a real negative stays one, even beside a novelty clause
        ("NGS did not show an ALK fusion, which has not been reported before.", None, ["NGS-"]),
        ("FISH for ALK was negative, a finding not previously reported in this setting.", None, ["FISH-"]),
    ],
)
def test_novelty_claim_about_fusion_is_no_negative(text, expected_partner, expected_codes):
    assert partner(text) == expected_partner
    assert codes(text) == expected_codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK IHC strong/diffuse; FISH negative.", ["FISH-", "IHC+"]),
        ("ALK positive by IHC; dual-colour FISH positive in 48% of nuclei.", ["FISH+", "IHC+"]),
        ("ALK immunostaining positive, but FISH negative and RT-PCR not informative.", ["FISH-", "IHC+"]),
        # a verdict for another gene is not ALK's
        ("ALK IHC positive; FISH negative for MDM2 amplification.", ["IHC+"]),
    ],
)
def test_telegraphic_verdict_right_after_a_test_in_a_clause_naming_no_gene(text, expected):
    """'ALK IHC weak/focal; FISH negative' and 'break-apart FISH positive in 64% of nuclei' (trial narratives in note
    form) lost their FISH results: only a copula ('FISH was negative') gave a gene-free clause its verdict."""
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A 9-year-old girl had an IMT harbouring EML4::ROS1 on RNA sequencing, ALK IHC negative.",
        "The tumour carried ETV6::NTRK3 by targeted RNA panel and was ALK negative by IHC.",
    ],
)
def test_other_kinase_fusion_named_right_before_its_test(text):
    """'harbouring YWHAE::ROS1 on RNA sequencing, ALK IHC negative' read as an ALK NGS positive: the fusion named bare
    before its test makes the test that kinase's, as 'fusion detected by' does."""
    assert not any(r.startswith(("NGS", "RT-PCR")) for r in codes(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CD30 negative; FISH negative; RNA sequencing SQSTM1::ALK.", ["SQSTM1::ALK"]),
        ("Targeted RNA panel EML4-ALK (exon 13/exon 20).", ["EML4::ALK"]),
        # a test in note form followed by a negated fusion finds none
        ("Targeted panel EML4-ALK not detected.", []),
    ],
)
def test_test_in_note_form_followed_right_by_the_fusion_it_found(text, expected):
    """'ALK IHC weak/focal; FISH negative; RNA sequencing DCTN1::ALK.' lost its fusion: no finding word, no colon or dash
    after the test."""
    from eims_extract.fields.alk import fusions_in

    assert [f for f, _, _ in fusions_in(text)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the sentence introducing the patient names her tumour's fusion
        ("A 5-month-old girl had a renal mass with a CLTC-ALK fusion.", "CLTC"),
        ("A 2-year-old boy presented with a hepatic lesion with a TFG-ALK fusion.", "TFG"),
        ("She had a large pelvic tumour with an ETV6-NTRK3 fusion.", None),  # not an ALK partner (fusion below)
        # ... also after the tumour's place or its extent, between the tumour and "with"
        ("A 61-year-old man had an inoperable IMT of the urinary bladder with an FN1-ALK fusion.", "FN1"),
        ("The girl had a mass arising in the left psoas with a TPM4-ALK fusion.", "TPM4"),
        ("He had a tumour extending from T10 to L1 with a KLC1-ALK fusion.", "KLC1"),
        ("Patients who had a tumour of the bladder with an FN1-ALK fusion responded to crizotinib.", None),
        # no patient of this report, or no fusion found
        ("Patients who had a tumour with an EML4-ALK fusion responded to crizotinib.", None),
        ("A 5-month-old girl had a renal mass without an ALK fusion.", None),
        ("Whether she had a tumour with a TPM3-ALK fusion remained unclear.", None),
    ],
)
def test_fusion_named_in_the_sentence_introducing_the_patient(text, expected):
    assert partner(text) == expected


def test_fusion_named_in_the_sentence_introducing_the_patient_other_kinase():
    assert fusions("She had a large pelvic tumour with an ETV6-NTRK3 fusion.") == ["ETV6::NTRK3"]
    assert fusions("A man had a spindle cell tumour spanning T12 to L3 with an LMNA-NTRK1 fusion.") == ["LMNA::NTRK1"]
    assert fusions("Patients who had a tumour with an ETV6-NTRK3 fusion responded well.") == []


@pytest.mark.parametrize(
    "text,expected",
    [
        # a partner symbol glossed with its full name in brackets, then the kinase
        ("Sequencing identified a novel fusion between KIF5B (kinesin family member 5B) and ALK.", ["KIF5B::ALK"]),
        ("RNA sequencing showed fusion of EML4 (echinoderm microtubule associated protein like 4) with ALK.", ["EML4::ALK"]),
        ("RNA sequencing detected a TPM3 (tropomyosin 3)-ALK fusion.", ["TPM3::ALK"]),
        # negated, or the bracket holds no gloss of the same gene
        ("Sequencing did not identify a fusion between KIF5B (kinesin family member 5B) and ALK.", []),
        ("Sequencing identified a fusion between KIF5B (exon 15) and RET.", ["KIF5B::RET"]),
    ],
)
def test_partner_symbol_glossed_with_full_name_then_kinase(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "not yet performed": the test is not done, no negative result
        ("FISH for ALK was not yet performed.", []),
        ("FISH for ALK has not yet been performed.", []),
        # a real result beside a test not yet done keeps its own sign
        ("ALK FISH was negative, yet NGS was not performed.", ["FISH-"]),
        ("FISH did not show an ALK rearrangement.", ["FISH-"]),
    ],
)
def test_test_not_yet_performed_gives_no_result(text, expected):
    assert codes(text) == expected


def _row_partner(text: str) -> tuple[str | None, list[str] | None]:
    row = run_apply(apply, text)
    return row.alk_fusion_partner, row.kinase_fusions


@pytest.mark.parametrize(
    "text,gene",
    [
        # the exon note on both sides of a colon with spaces, as fusion reports print it
        ("Targeted sequencing showed an ALK fusion (TPM4 exon7: ALK exon20).", "TPM4"),
        ("The panel detected CLTC (exon 31) : ALK (exon 20) in the tumour.", "CLTC"),
        ("RNA sequencing detected the fusion EML4 E13:ALK E20.", "EML4"),
        # ALK told in the past as rearranged with or fused to its partner, no other finding word
        ("In this boy ALK was rearranged with DCTN1 as the 5' partner.", "DCTN1"),
        ("The SQSTM1 gene was fused to the ALK gene.", "SQSTM1"),
    ],
)
def test_partner_by_exon_colon_or_told_as_fused_in_the_past(text, gene):
    assert _row_partner(text) == (gene, [f"{gene}::ALK"])


@pytest.mark.parametrize(
    "text",
    [
        # a bare label colon, a general present-tense statement, a possibility: no partner
        "Fusion partner tested: TPM4; ALK: not assessed.",
        "In most of these tumours ALK is fused with RANBP2.",
        "The RANBP2 gene may be fused to ALK in such sarcomas.",
    ],
)
def test_label_general_or_possible_fusion_gives_no_partner(text):
    assert _row_partner(text) == (None, None)


def test_exon_token_is_never_the_partner():
    assert _row_partner("NGS detected a RANBP2 E18-ALK E20 fusion.") == ("RANBP2", ["RANBP2::ALK"])


@pytest.mark.parametrize(
    "text,gene",
    [
        # the kinase named between the article and "fusion partner"
        ("Targeted sequencing identified VCL as the ALK fusion partner.", "VCL"),
        ("RNA sequencing confirmed TPM4 as the 5' ALK partner.", "TPM4"),
        # the fusion characterised or typed as a pair
        ("The rearrangement was characterised as CLTC-ALK by RNA sequencing.", "CLTC"),
        # exon notes before both genes of a joining verb
        ("The chimeric transcript joined exon 31 of CLTC to exon 20 of ALK.", "CLTC"),
    ],
)
def test_partner_named_before_the_kinase_partner_word_characterised_or_joined_by_exons(text, gene):
    assert _row_partner(text) == (gene, [f"{gene}::ALK"])


@pytest.mark.parametrize(
    "text",
    [
        "RANBP2 is the most frequent ALK fusion partner in epithelioid sarcomas.",
        "Whether TPM4 could act as the ALK fusion partner here was not tested.",
        "Such tumours are characterised by ALK rearrangement.",
        "A transcript joining exon 18 of RANBP2 to exon 20 of ALK is typical of this variant (4).",
    ],
)
def test_generic_or_untested_partner_sentences_give_no_partner(text):
    assert _row_partner(text) == (None, None)


@pytest.mark.parametrize(
    "text,expected",
    [
        # comprehensive genomic profiling is sequencing
        ("Comprehensive genomic profiling of the resected mass identified a TPM3-ALK fusion.", ["NGS+"]),
        ("Genomic profiling detected no ALK alteration.", ["NGS-"]),
        ("CGP revealed a DCTN1::ALK rearrangement.", ["NGS+"]),
        # not done or advised: no result
        ("CGP was not performed.", []),
        ("Genomic profiling is advisable for ALK-negative tumours.", []),
    ],
)
def test_comprehensive_genomic_profiling_is_ngs(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,gene",
    [
        # Spanish, French, Portuguese finding verbs before the patient's fusion
        ("La secuenciación de nueva generación mostró la fusión DCTN1-ALK.", "DCTN1"),
        ("Le séquençage de nouvelle génération a mis en évidence une fusion TPM4-ALK.", "TPM4"),
        ("O sequenciamento de RNA evidenciou a fusão CLTC-ALK.", "CLTC"),
    ],
)
def test_romance_language_finding_verbs_name_the_partner(text, gene):
    assert _row_partner(text) == (gene, [f"{gene}::ALK"])


@pytest.mark.parametrize(
    "text",
    [
        # English words that only look like them
        "The RANBP2-ALK fusion is the hallmark of this sarcoma.",
        "An objective response is typical of RANBP2-ALK tumours.",
    ],
)
def test_english_look_alikes_of_romance_finding_verbs_give_no_partner(text):
    assert _row_partner(text) == (None, None)


@pytest.mark.parametrize(
    "text,gene",
    [
        # the partner alone in brackets after "ALK fusion" or between ALK and "fusion"
        ("Targeted RNA sequencing revealed an ALK fusion (TPM4).", "TPM4"),
        ("The panel identified an ALK (SQSTM1) rearrangement in the mass.", "SQSTM1"),
    ],
)
def test_bracketed_partner_after_or_inside_alk_fusion(text, gene):
    assert _row_partner(text) == (gene, [f"{gene}::ALK"])


@pytest.mark.parametrize(
    "text",
    [
        # a method, an antibody clone, a variant fraction or a general statement in the brackets: no partner
        "FISH showed ALK rearrangement (FISH).",
        "Sequencing showed an ALK fusion (VAF 12%).",
        "ALK fusions (EML4) are frequent in lung adenocarcinoma.",
        "ALK (D5F3) rearrangement was not tested.",
    ],
)
def test_bracketed_method_clone_or_general_statement_is_no_partner(text):
    assert _row_partner(text)[0] is None


@pytest.mark.parametrize(
    "texts,gene",
    [
        # the method between the verb and "as"/"to be"
        (("FISH showed ALK rearrangement.", "The fusion partner was identified by anchored multiplex PCR as THBS1."), "THBS1"),
        (("Break-apart FISH was positive for ALK.", "The partner gene was confirmed by RNA sequencing to be SEC31A."), "SEC31A"),
        (("The ALK fusion partner was identified with a targeted RNA panel as TIMP3.",), "TIMP3"),
    ],
)
def test_partner_identified_by_a_method_as_a_gene(texts, gene):
    row = run_apply(apply, *texts)
    assert (row.alk_fusion_partner, row.kinase_fusions) == (gene, [f"{gene}::ALK"])


def test_partner_not_identified_by_a_method_is_none():
    row = run_apply(apply, "FISH showed ALK rearrangement.", "The fusion partner could not be identified by RNA sequencing.")
    assert (row.alk_fusion_partner, row.kinase_fusions) == (None, None)


@pytest.mark.parametrize(
    "text,gene",
    [
        # the authors presenting their own tumour with the fusion
        ("We describe a paediatric vesical IMT with ALK-THBS1 fusion.", "THBS1"),
        ("Here we report an aggressive omental tumour harbouring a RRBP1-ALK fusion.", "RRBP1"),
    ],
)
def test_we_describe_a_tumour_with_a_fusion_is_the_patients(text, gene):
    assert _row_partner(text) == (gene, [f"{gene}::ALK"])


@pytest.mark.parametrize(
    "text",
    [
        "We describe the features of tumours with RANBP2-ALK fusion.",
        "We review published IMTs with RANBP2-ALK fusion.",
    ],
)
def test_we_describe_tumours_in_general_is_no_partner(text):
    assert _row_partner(text) == (None, None)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("A first ALK FISH failed because the probes did not hybridise, and no second attempt was made.", []),
        ("ALK IHC was positive; RT-PCR failed owing to degraded RNA.", ["IHC+"]),
        # "failed to" is still a negative result, and a failed treatment is no failed test
        ("ALK FISH failed to show a rearrangement.", ["FISH-"]),
        ("An ALK-positive tumour in which chemotherapy failed was resected.", ["IHC+"]),
        # the assay named by its kind ("panel", "assay") rather than its method
        ("ALK FISH was negative, and the targeted RNA panel failed on scant tissue.", ["FISH-"]),
        ("A DNA hybrid-capture assay failed because of low tumour content.", []),
    ],
)
def test_regression_failed_assay_gives_no_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Targeted RNA sequencing found an ETV6::NTRK3 fusion; no ALK or ROS1 rearrangement was present.", ["NGS-"]),
        ("A DNA/RNA hybrid-capture panel: KIF5B::RET fusion; no ALK fusion detected.", ["NGS-"]),
        # two methods before the semicolon: which one reported the ALK clause is not told
        ("IHC and FISH were done; no ALK fusion was found.", []),
    ],
)
def test_regression_negated_alk_clause_after_a_semicolon_carries_the_method_before(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "..., and a <method> probe/assay (aside) <verb>": a new test with its own result; a negative read before it stays
        # with the markers
        ("Desmin and CK were both negative, and a break-apart FISH probe showed ALK split signals in 30% of cells.", ["FISH+"]),
        ("Caldesmon was negative, Ki-67 was 4%, and an ALK FISH assay confirmed a rearrangement.", ["FISH+"]),
        ("The cells lacked ALK and ROS1, and targeted RNA sequencing (a 60-gene panel) identified a KIF5B::RET fusion.", ["IHC-"]),
        # precision: a shared subject and a negative test of the coordinated clause stay as before
        ("IHC and FISH showed an ALK rearrangement.", ["FISH+", "IHC+"]),
        ("ALK staining was positive, and a FISH probe failed to show any ALK split signal.", ["FISH-", "IHC+"]),
    ],
)
def test_regression_new_test_clause_with_a_probe_noun_or_bracketed_aside(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "neither X nor a N-gene panel": the article and the panel size stand between coordinated methods
        ("Neither FISH for ALK nor a 48-gene RNA fusion panel found any rearrangement.", ["FISH-", "NGS-"]),
        ("Neither ALK FISH nor an RNA sequencing panel detected a fusion.", ["FISH-", "NGS-"]),
        # precision: a method with its own positive result is not pulled into the other's negation
        ("ALK FISH was negative, but an RNA fusion panel found an ALK rearrangement.", ["FISH-", "NGS+"]),
    ],
)
def test_regression_neither_nor_with_article_and_panel_size_shares_the_negation(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Targeted RNA sequencing at an outside laboratory later reported a CLTC::ALK fusion.", "CLTC"),
        ("The fusion panel reported an EML4-ALK rearrangement in the resected tumour.", "EML4"),
        ("Novak and Ruiz reported a CLTC-ALK fusion in a similar lesion of the hip.", None),
    ],
)
def test_regression_assay_that_reported_the_partner(text, expected):
    """An assay (not an author) that "reported" the fusion found it in this tumour; an author reporting one did not."""
    assert partner(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cells stained for ALK. A request for ALK FISH went to the reference lab, but too little tissue was left.", ["IHC+"]),
        ("ALK break-apart FISH was attempted, but the test could not be performed on the decalcified core.", []),
        ("ALK FISH could not be performed because the block was used up.", []),
        # negative: an attempted test that gives its result stays a result
        ("ALK FISH was attempted and showed split signals in 30% of nuclei.", ["FISH+"]),
    ],
)
def test_regression_alk_test_requested_or_attempted_but_not_performed(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The invented nodule was ALK-negative by staining (ROS1 and pan-TRK also negative), and an RNA panel of 60 genes found no kinase fusion.", ["IHC-", "NGS-"]),
        ("ALK immunostaining was positive, yet targeted RNA sequencing detected no fusion.", ["IHC+", "NGS-"]),
        # negatives: the missing fusion is one gene's, or a partner
        ("ALK staining was negative, and sequencing found no fusion of ROS1.", ["IHC-"]),
        ("ALK staining was negative, and sequencing found no fusion partner for ROS1.", ["IHC-"]),
    ],
)
def test_regression_panel_finding_no_kinase_fusion_is_negative_for_alk(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a test coordinated after an ALK result, with where or on what it was done before its verb: its own clause, so a
        # fusion of another kinase it found is no ALK result
        ("ALK FISH was negative, and RNA sequencing done on the excision specimen revealed a KIF5B::RET fusion.", ["FISH-"]),
        ("ALK FISH showed no split, and an NGS panel performed at a referral centre identified a PPFIBP1::ROS1 fusion.",
         ["FISH-"]),
        # the same clause finding ALK's own fusion, or the rearrangement ALK alone was named for, is that test's result
        ("ALK staining was diffuse, and an RNA panel performed at the reference laboratory found a CLTC::ALK fusion.",
         ["IHC+", "NGS+"]),
        ("ALK FISH showed a split signal, and targeted NGS run by the regional laboratory confirmed the rearrangement.",
         ["FISH+", "NGS+"]),
    ],
)
def test_regression_test_done_somewhere_after_an_alk_result_is_its_own_clause(text, expected):
    assert sorted({r for r, _, _ in alk_results(text)}, key=["IHC+", "FISH-", "FISH+", "NGS+"].index) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an equivocal / inconclusive test gives no result, even beside result words of its own clause
        ("ALK was positive by immunohistochemistry, whereas ALK break-apart FISH was equivocal, with split signals in 11% of nuclei.",
         ["IHC+"]),
        ("FISH for ALK was inconclusive, although some split signals were seen.", []),
        ("ALK FISH showed a borderline split-signal rate of 13%, and NGS detected a TPM3-ALK fusion.", ["NGS+"]),
        # guard: the other method of the sentence keeps its result, and a clear FISH result stays
        ("ALK immunostaining was equivocal, but FISH demonstrated an ALK rearrangement.", ["FISH+"]),
        ("Break-apart FISH showed ALK split signals in 40% of nuclei.", ["FISH+"]),
    ],
)
def test_regression_equivocal_test_gives_no_result(text, expected):
    assert codes(text) == expected


def test_regression_alk_stain_read_across_sentences_gives_the_ihc_test():
    # the IHC lists read "Only pan-TRK was positive" after a panel naming ALK: ALK negative is the ALK stain's result
    from eims_extract.fields import ihc

    sents = located("Immunostains for ALK, ROS1 and pan-TRK were performed.", "Only pan-TRK was positive.")
    row = CaseRow("doc", "1")
    ihc.apply(sents, row)
    apply(sents, row)
    assert row.alk_tests == ["IHC-"]
    # guard: a sentence's own ALK test result is not doubled by the lists
    sents = located("ALK immunostaining was positive.", "FISH confirmed the ALK rearrangement.")
    row = CaseRow("doc", "1")
    ihc.apply(sents, row)
    apply(sents, row)
    assert row.alk_tests == ["IHC+", "FISH+"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a test done for another gene, coordinated in ALK's own clause, is that gene's test, whatever its verdict
        ("ALK immunostaining was negative, and FISH for ROS1 was positive.", ["IHC-"]),
        ("ALK was negative by IHC, and FISH for ETV6 showed a break-apart signal.", ["IHC-"]),
        ("The ALK stain was negative, and RT-PCR for an NTRK3 fusion was positive.", ["IHC-"]),
        ("ALK immunostaining was negative, and FISH for the ROS1 gene was negative too.", ["IHC-"]),
        # the test done for ALK itself, or for a fusion named only by ALK, still reports ALK
        ("ALK immunostaining was positive, and FISH for ALK confirmed a rearrangement.", ["FISH+", "IHC+"]),
        ("ALK immunostaining was positive, and RT-PCR for a TPM3-ALK transcript was positive.", ["IHC+", "RT-PCR+"]),
    ],
)
def test_regression_test_for_another_gene_in_alks_clause_is_no_alk_test(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("- (NTRK+)", False),
        ("negative (ROS1 strongly positive)", False),
        ("+ (clone 5A4)", True),
        ("(-)", False),
        ("(+)", True),
        ("granular cytoplasmic", True),
        ("diffuse (D5F3)", True),
    ],
)
def test_regression_alk_stain_cell_sign_outside_its_brackets(text, sign):
    assert alk_ihc_sign(text) is sign


_INDEXED_SENTENCES = [
    "Sequencing of the resected nodule revealed a TFG-ALK fusion.",
    "RNA sequencing identified an ETV6::NTRK3 rearrangement in the bladder mass.",
    "A break-apart FISH probe showed ALK was rearranged; the partner was not named.",
    "No fusion was detected by the targeted panel in the second biopsy.",
    "The boy was discharged on day four without fever.",
    "Anchored multiplex PCR disclosed the fusion of RANBP2 with ALK (exon 20).",
    "Fusion partners of ALK reported in IMT include TPM3, TPM4 and CLTC.",
    "The tumour harboured DCTN1-ALK, which was confirmed by RT-PCR.",
    "Immunostaining for ALK was diffusely positive, with a nuclear membrane pattern.",
    "",
]


@pytest.mark.parametrize("text", _INDEXED_SENTENCES)
def test_finding_gate_and_partner_rules_read_through_the_literal_index_as_rule_by_rule(text):
    """The finding gate and the partner rules tried through the literal index (the rules whose literals a
    sentence holds) give what trying every rule gives."""
    from eims_extract.fields import alk

    alk._LAST_FINDING = None
    assert alk._has_finding(text) == any(r.regex.search(text) for r in alk._rules()["finding"])
    # every partner rule that matches the sentence is among those tried
    everyone = alk._kind_regexes("fusion")
    tried = set(alk.may_match_indices(everyone, text))
    assert {i for i, rx in enumerate(everyone) if rx.search(text)} <= tried


@pytest.mark.parametrize(
    "text,expected",
    [
        ("RNA sequencing revealed a TEL (ETV6) exon 5 - PDGFRB exon 10 fusion.", ["ETV6::PDGFRB"]),
        ("RNA sequencing revealed a TEL (ETV6)-PDGFRB fusion.", ["ETV6::PDGFRB"]),
        ("RNA sequencing found no TEL (ETV6) exon 5 - PDGFRB exon 10 fusion.", []),
    ],
)
def test_regression_exon_note_after_a_glossed_gene(text, expected):
    assert fusions(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK FISH showed no split signals, and RT-PCR then amplified an ETV6 exon 4-NTRK3 exon 14 transcript.", ["FISH-"]),
        ("The tumour was negative for ALK, and an RNA fusion panel then found TFG joined to ROS1.", ["IHC-"]),
        ("ALK FISH was negative, and RT-PCR amplified a TPM4-ALK transcript.", ["FISH-", "RT-PCR+"]),
    ],
)
def test_regression_test_that_reports_another_kinases_fusion_is_not_alks(text, expected):
    assert list(dict.fromkeys(t for t, _, _ in alk_results(text))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The core showed the typical paranuclear ALK pattern and a rearrangement on break-apart FISH.", ["IHC+", "FISH+"]),
        ("Biopsy showed a granular cytoplasmic ALK pattern, and FISH confirmed the rearrangement.", ["IHC+", "FISH+"]),
        ("Break-apart FISH showed an ALK rearrangement.", ["FISH+"]),
    ],
)
def test_regression_alk_told_by_its_stain_pattern_beside_another_test(text, expected):
    assert list(dict.fromkeys(t for t, _, _ in alk_results(text))) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an abbreviation's full stop inside the sentence ("Fig. 2", "Figs. 3", "et al.") ends no test clause (a "no." may end one)
        ("Targeted RNA sequencing (Fig. 2B) revealed a CLTC::ALK fusion.", ["NGS+"]),
        ("A targeted sequencing panel (see Figs. 3 and 4) detected an ALK rearrangement.", ["NGS+"]),
        # a hybrid (capture) panel of DNA and RNA is sequencing
        ("A combined DNA/RNA hybrid panel detected a RANBP2::ALK fusion.", ["NGS+"]),
        ("The RNA hybrid-capture panel found no ALK fusion.", ["NGS-"]),
        # precision: a sentence's own full stop still ends the clause before the next one
        ("Sequencing was sent abroad. ALK immunostaining was negative.", ["IHC-"]),
    ],
)
def test_abbreviation_stop_and_hybrid_panel_in_test_clause(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("texts", "tests"),
    [
        # a sequencing panel that found no fusion of any gene, told without naming ALK: negative for ALK too
        (("Desmin and ROS1 stains were negative.", "No kinase fusion was detected by a 300-gene RNA panel."), ["NGS-"]),
        (("Targeted RNA sequencing found no gene fusion.",), ["NGS-"]),
        (("Oncogenic fusions were not identified by the sequencing panel.",), ["NGS-"]),
        (("The 90-gene RNA panel was negative for any kinase fusion.",), ["NGS-"]),
        (("Hybrid-capture NGS did not detect a fusion.",), ["NGS-"]),
        (("A pelvic tumour lacking kinase fusions by next-generation sequencing",), ["NGS-"]),
        (("NGS did not detect a fusion partner.",), []),
        # negatives: another gene's fusion, "no other fusion", a hedge, a one-gene probe
        (("No ROS1 fusion was detected by sequencing.",), []),
        (("The DNA panel showed no other fusion.",), []),
        (("If sequencing finds no fusion, chemotherapy will be given.",), []),
        (("FISH showed no fusion signals.",), []),
    ],
)
def test_regression_gene_free_no_fusion_by_sequencing(texts, tests):
    assert (run_apply(apply, *texts).alk_tests or []) == tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unfound partner told as an absolute phrase or a state is no negative result of the test
        ("Break-apart FISH for ALK showed a rearrangement, the partner gene not being identified.", ["FISH+"]),
        ("ALK FISH was positive, although the fusion partner remained unknown.", ["FISH+"]),
        # negative: the test itself negative
        ("ALK FISH did not show a rearrangement.", ["FISH-"]),
    ],
)
def test_regression_unfound_partner_is_no_negative_test(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the text stops after a test's name, before its result: no result for that test
        ("Break-apart FISH for ALK was negative, and an RNA sequencing panel (RO", ["FISH-"]),
        ("ALK immunostaining was positive; targeted sequencing of the tumour,", ["IHC+"]),
        # kept: the result stands in the test's own stretch, or the sentence is finished
        ("An ALK rearrangement was shown by FISH (break-apart probe,", ["FISH+"]),
        ("Gastric IMT with ALK rearrangement detected by FISH", ["FISH+"]),
        ("Break-apart FISH for ALK was negative, and an RNA sequencing panel found a TPM4-ALK fusion.", ["FISH-", "NGS+"]),
    ],
)
def test_text_cut_after_a_test_name_gives_that_test_no_result(text, expected):
    assert list(dict.fromkeys(t for t, _, _ in alk_results(text))) == expected


@pytest.mark.parametrize(
    "text,expected,quiet",
    [
        # a coordinated clause the text stops inside, with no result word: that test has none
        ("ALK break-apart FISH showed no split signals, and a targeted RNA pan", ["FISH-"], []),
        # a test only said to be done, beside another test's result: no result of its own (the next sentence may give it)
        ("As ALK immunohistochemistry was negative, ALK break-apart FISH was performed on the block.", ["IHC-"], ["FISH"]),
        # results told after the test, or finished sentences, are kept
        ("ALK FISH was carried out and showed split signals in 40% of nuclei.", ["FISH+"], []),
        ("ALK staining was negative; FISH, performed on the relapse, was positive.", ["IHC-", "FISH+"], []),
    ],
)
def test_test_only_done_or_cut_before_its_result_gives_no_result(text, expected, quiet):
    from eims_extract.fields.alk import silent_tests

    assert list(dict.fromkeys(t for t, _, _ in alk_results(text))) == expected
    assert set(quiet) <= set(silent_tests(text))


@pytest.mark.parametrize(
    ("text", "fusions"),
    [
        # the patient's tumour diagnosed as the disease with its fusion
        ("The resected mass was an epithelioid IMT with a RANBP2-ALK fusion.", ["RANBP2::ALK"]),
        ("Her tumour was EIMS with a CLTC-ALK rearrangement.", ["CLTC::ALK"]),
        # the disease class told with the fusions it usually carries
        ("EIMS is an aggressive sarcoma with RANBP2-ALK fusions.", None),
    ],
)
def test_regression_the_tumour_was_an_imt_with_a_fusion(text, fusions):
    assert run_apply(apply, text).kinase_fusions == fusions


# -- a panel table's line naming an ALK test by its method ---------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("| ALK FISH | | split in 45% of nuclei |", ["IHC+", "FISH+"]),
        ("| ALK break-apart FISH | | not rearranged |", ["IHC+", "FISH-"]),
        ("| ALK FISH | | not performed |", ["IHC+"]),
        # precision: a stain line is no method line
        ("| Vimentin | V9 | + |", ["IHC+"]),
    ],
)
def test_panel_line_naming_an_alk_method_gives_that_test(line, expected, tmp_path, nlp):
    from eims_extract.pipeline.extract import process_path

    text = (
        "Inflammatory myofibroblastic tumour of the wrist: an invented report\n\n"
        "Case presentation\nA 44-year-old man had a wrist mass that was excised whole.\n\n"
        "Table 1. Stains\n| Antibody | Clone | Result |\n| ALK | 5A4 | positive, granular |\n| SMA | 1A4 | + |\n"
        f"{line}\n\nDiscussion\nThe invented tumour has not returned.\n"
    )
    p = tmp_path / "wrist.txt"
    p.write_text(text, encoding="utf-8")
    (row,) = process_path(p, nlp).rows
    assert row.alk_tests == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a test said not attempted or not undertaken was not done: no result, whatever the next clause finds
        ("ALK FISH was not attempted; an RNA fusion panel found no ALK or ROS1 fusion.", ["NGS-"]),
        ("Break-apart FISH for ALK was not undertaken.", []),
        # guard: a test done gives its result
        ("ALK FISH was attempted twice and was negative.", ["FISH-"]),
    ],
)
def test_regression_test_not_attempted_is_not_done(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK staining was weak, FISH for ALK was negative, and no fusion was found by RNA sequencing.", {"FISH-", "NGS-"}),
        ("ALK FISH was negative, and no rearrangement was detected by NGS.", {"FISH-", "NGS-"}),
        # precision: a fusion that was found stays a positive result
        ("ALK FISH was negative, but an ALK fusion was detected by NGS.", {"FISH-", "NGS+"}),
    ],
)
def test_regression_no_fusion_detected_by_method_after_another_test(text, expected):
    """'..., and no fusion was detected by NGS' after a FISH result gave the negation to FISH and NGS+ to sequencing."""
    assert {r for r, _, _ in alk_results(text)} == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK immunostaining was negative, and no ALK alteration was detected by NGS.", {"IHC-", "NGS-"}),
        ("Break-apart FISH was negative and no ALK aberration was identified by RNA sequencing.", {"FISH-", "NGS-"}),
        # precision: an alteration that was found stays a positive result
        ("ALK FISH was negative, but an ALK alteration was detected by NGS.", {"FISH-", "NGS+"}),
    ],
)
def test_regression_no_alk_alteration_detected_by_method_after_another_test(text, expected):
    """'... and no ALK alteration was detected by NGS' after another test's result: the negation is the sequencing's, as
    for 'no ALK fusion' (it read NGS+)."""
    assert {r for r, _, _ in alk_results(text)} == expected

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plus sign standing as the result of a telegraphic row (at its end or before the next cell): the test has it
        ("IHC: ALK +; FISH: ALK split-signal +", ["FISH+", "IHC+"]),
        ("3\tIHC: ALK +; FISH: ALK split-signal +\tCity Hospital", ["FISH+", "IHC+"]),
        ("Week 2: IHC ALK negative; RT-PCR: ALK fusion +", ["IHC-", "RT-PCR+"]),
        # guard: a sentence cut inside its last test still gives that test nothing
        ("ALK FISH was negative, and an RNA-based panel (AL", ["FISH-"]),
    ],
)
def test_regression_plus_sign_result_in_a_telegraphic_row_is_not_cut(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The third man had a rib mass; ALK immunohistochemistry and FISH were both negative, and ROS1 was not tested.", {"IHC-", "FISH-"}),
        ("ALK FISH was positive, and NTRK3 was not rearranged.", {"FISH+"}),
        # precision: a coordination of genes with ALK keeps the cue ALK's, and a test not done stays not done
        ("FISH for ALK and ROS1 was negative.", {"FISH-"}),
        ("ALK FISH was not done, and ROS1 staining was negative.", set()),
    ],
)
def test_regression_polarity_cue_of_another_gene_subject(text, expected):
    """'..., and ROS1 was not tested' made ALK's own negative staining and FISH 'not done' (nothing read)."""
    assert {r for r, _, _ in alk_results(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kinase testing in soft tissue tumours of children: why not to stop at immunohistochemistry", set()),
        ("A plea to look beyond FISH in adult myofibroblastic tumours", set()),
        # precision: a negative result told plainly stays negative
        ("ALK immunohistochemistry was negative, so we went on to FISH, which was positive.", {"IHC-", "FISH+"}),
    ],
)
def test_regression_stance_on_a_test_is_no_result(text, expected):
    """A letter's title 'one more reason not to stop at immunohistochemistry' gave the patient a negative ALK stain."""
    assert {r for r, _, _ in alk_results(text)} == expected


@pytest.mark.parametrize(
    ("texts", "tests"),
    [
        (("ALK FISH on the destained smear showed no split signals.",
          "FISH on the nephrectomy block showed ALK rearrangement in 40% of nuclei."), ["FISH+"]),
        (("ALK immunostaining of the cell block was negative.", "On the resection, ALK was diffusely positive."), ["IHC+"]),
        # negative: the later test on a recurrence's biopsy is a test of its own
        (("ALK was positive in the resected tumour.", "A biopsy of the recurrence was ALK negative."), ["IHC+", "IHC-"]),
    ],
)
def test_regression_alk_test_repeated_on_a_resection_is_the_final_one(texts, tests):
    assert run_apply(apply, *texts).alk_tests == tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sequencing of an RT-PCR product, however it is worded, is the Sanger check of one junction, not NGS
        ("The ALK fusion was shown by RT-PCR followed by sequencing of the amplified product.", ["RT-PCR+"]),
        ("An EML4-ALK transcript was amplified by RT-PCR and direct sequencing.", ["RT-PCR+"]),
        ("RT-PCR yielded a CLTC-ALK product; sequencing confirmed the fusion junction.", ["RT-PCR+"]),
        # guard: sequencing named on its own, or an RNA panel, is NGS
        ("Sequencing of the tumour RNA detected a TFG-ALK fusion.", ["NGS+"]),
        ("RNA sequencing identified a DCTN1-ALK fusion.", ["NGS+"]),
    ],
)
def test_sequencing_of_an_rt_pcr_product_is_not_ngs(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an in-situ hybridisation for a virus or light chains, its probe named after it, is no ALK gene test
        ("ALK was negative by immunohistochemistry, and in situ hybridisation for Epstein-Barr virus was negative.", ["IHC-"]),
        ("In situ hybridization for kappa and lambda showed polytypic plasma cells; ALK staining was negative.", ["IHC-"]),
        # guard: an ISH of the ALK gene stays FISH
        ("Chromogenic in situ hybridisation for ALK showed no rearrangement.", ["FISH-"]),
    ],
)
def test_in_situ_hybridisation_for_a_virus_named_after_it_is_not_fish(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a negative told of another test's gene after the ALK result ("and MDM2 was not amplified") is that gene's
        ("RT-PCR detected an EML4::ALK transcript, and CDK4 was not amplified.", ["RT-PCR+"]),
        ("FISH showed an ALK split signal, while MDM2 was not amplified.", ["FISH+"]),
        # guard: ALK itself as the negated subject stays negative
        ("FISH was done, and ALK was not rearranged.", ["FISH-"]),
    ],
)
def test_negative_of_another_tests_gene_is_not_the_alk_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,tests",
    [
        ("FISH for ALK and NTRK rearrangement and a 60-gene DNA panel were negative.", ["FISH-", "NGS-"]),
        ("FISH for ALK rearrangement and RNA sequencing were both negative.", ["FISH-", "NGS-"]),
        ("FISH for ALK rearrangement and RNA sequencing both confirmed the rearrangement.", ["FISH+", "NGS+"]),
        ("FISH for ALK rearrangement was positive and RNA sequencing was negative.", ["FISH+", "NGS-"]),
    ],
    ids=["target_phrase_then_panel_plural_negative", "target_phrase_then_sequencing_negative",
         "target_phrase_then_sequencing_positive", "separate_clauses_keep_own_results"],
)
def test_method_for_gene_rearrangement_coordinated_with_another_method(text, tests):
    assert run_apply(apply, text).alk_tests == tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Whole-transcriptome sequencing detected no kinase fusion (a CDKN2A deletion only).", ["NGS-"]),
        ("The DNA and RNA panel found no fusion but an MDM2 amplification.", ["NGS-"]),
        ("FISH for ALK was negative, and a broad RNA panel showed no kinase fusion (KRAS variant only).", ["FISH-", "NGS-"]),
        # negatives: a fusion gene named beside the panel keeps the result its own
        ("The panel showed no fusion of TPM4.", []),
        ("Sequencing found no fusion; a ROS1 rearrangement was excluded by FISH.", []),
    ],
)
def test_regression_gene_named_as_a_variant_leaves_a_no_fusion_result_alks(text, expected):
    """'NGS showed no kinase fusion (TP53 mutation only)': a gene named as a mutation says nothing of a fusion, so the
    panel's negative result still counts for ALK (it was lost)."""
    assert sorted(run_apply(apply, text).alk_tests or []) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A dual-probe ALK FISH assay found split signals in 6% of 200 nuclei (cut-off 15%).", {"FISH-"}),
        ("Break-apart FISH for ALK scored 9 of 100 tumour nuclei as rearranged, threshold 15%.", {"FISH-"}),
        ("ALK staining was diffuse, and the break-apart ALK probe showed 4% separated signals (laboratory threshold 10%).", {"IHC+", "FISH-"}),
        # precision: a share at or above the stated cut-off stays positive
        ("A dual-probe ALK FISH assay found split signals in 31% of nuclei (cut-off 15%).", {"FISH+"}),
        ("Break-apart FISH for ALK scored 15 of 100 nuclei as rearranged (threshold of 15%).", {"FISH+"}),
    ],
)
def test_fish_share_under_a_stated_cut_off_value_is_negative(text, expected):
    """'ALK break-apart FISH showed 2% split signals (cut-off 15%)' was read FISH+: the cut-off given as a bare value, with
    no 'below' word, was not compared with the share."""
    assert {r for r, _, _ in alk_results(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An ETV6-NTRK3 fusion identified by targeted RNA sequencing in a girl with a negative ALK work-up", set()),
        ("A TFG::ROS1 transcript confirmed by RT-PCR after ALK immunohistochemistry had been negative", {"IHC-"}),
        # precision: an ALK fusion found so is ALK's test, and a test not the agent of the other fusion keeps its result
        ("A TPM3-ALK fusion detected by RNA sequencing in an infant", {"NGS+"}),
        ("RNA sequencing found no ALK fusion, and a KIF5B-RET fusion was detected by FISH.", {"NGS-"}),
    ],
)
def test_test_as_agent_of_another_kinase_fusion_is_not_alk_test(text, expected):
    """A title 'YWHAE-ROS1 fusion detected by RNA sequencing after a negative ALK work-up' gave NGS- for ALK."""
    assert {r for r, _, _ in alk_results(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An amplicon-based sarcoma fusion assay then reported a CLTC::ALK fusion.", {"NGS+"}),
        ("A 52-gene targeted RNA fusion assay found no ALK rearrangement.", {"NGS-"}),
        # precision: an RT-PCR fusion assay stays RT-PCR
        ("A multiplex RT-PCR fusion assay amplified an EML4-ALK transcript.", {"RT-PCR+"}),
    ],
)
def test_rna_fusion_assay_is_a_sequencing_panel(text, expected):
    """'an amplicon-based lung fusion assay reported EML4 joined to ALK' gave no test: a fusion assay was no method."""
    assert {r for r, _, _ in alk_results(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tumours negative for ALK by immunohistochemistry were then screened with a 90-gene RNA fusion assay.", {"IHC-"}),
        ("The biopsy was tested using ALK break-apart FISH.", set()),
        # precision: a result of the instrument test itself is read
        ("The biopsy was tested with ALK break-apart FISH, which was negative.", {"FISH-"}),
        ("The tumour was analysed by targeted RNA sequencing, which identified a TPM4-ALK fusion.", {"NGS+"}),
    ],
)
def test_test_named_as_instrument_reports_no_result_of_its_own(text, expected):
    """'IMTs negative for ALK by IHC were tested with a 115-gene RNA fusion assay' gave the assay NGS+ for ALK."""
    assert {r for r, _, _ in alk_results(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Break-apart FISH showed ALK split signals in 21 of 150 nuclei (14%; cut-off 15%).", {"FISH-"}),
        # precision: over the cut-off in the same bracket stays positive
        ("Break-apart FISH showed ALK split signals in 45 of 150 nuclei (30%; cut-off 15%).", {"FISH+"}),
    ],
)
def test_cut_off_in_the_bracket_after_a_semicolon(text, expected):
    """A cut-off given after a semicolon inside the share's bracket lay outside the test's clause."""
    assert {r for r, _, _ in alk_results(text)} == expected


@pytest.mark.parametrize(
    ("text", "tests", "partner"),
    [
        ("An FN1-ALK fusion was identified by RNA sequencing after a negative ALK FISH.", {"NGS+", "FISH-"}, "FN1"),
        ("Targeted sequencing found a DCTN1-ALK fusion despite negative ALK immunohistochemistry.", {"NGS+", "IHC-"}, "DCTN1"),
        # precision: a finding negated in its own clause stays negated, and a negative test after "but" is that test's
        ("No KLC1-ALK fusion was detected by RNA sequencing after a positive ALK FISH.", {"NGS-", "FISH+"}, None),
        ("RNA sequencing showed an SQSTM1-ALK fusion, but a later FISH was negative.", {"NGS+", "FISH-"}, "SQSTM1"),
    ],
)
def test_fusion_found_after_a_negative_earlier_test(text, tests, partner):
    """'a CLTC-ALK fusion identified by RNA sequencing after a negative ALK FISH' gave NGS-, FISH+ and no partner: the
    negative cue of the earlier test was owned by the sequencing and negated the fusion."""
    assert {r for r, _, _ in alk_results(text)} == tests
    assert next((p for p, _, _ in partners_in(text)), None) == partner


def test_fusion_told_with_a_karyotype_is_this_tumours():
    """'an inv(2)(p23q13) resulting in RANBP2/ALK': the '(2)' of the karyotype was read as a citation mark."""
    text = "Cytogenetics disclosed an inv(2)(p23q35) resulting in ATIC/ALK, and RT-PCR confirmed it."
    assert [p for p, _, _ in partners_in(text)] == ["ATIC"]


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("The lesion was ALK rearranged with SQSTM1 as the partner.", "SQSTM1"),
        ("On RNA sequencing the tumour proved ALK-rearranged, with TPM4 as the partner.", "TPM4"),
        # precision: negated or hypothetical status gives no partner
        ("The lesion was not ALK rearranged, and SQSTM1 was normal.", None),
        ("Had the tumour been ALK rearranged with a partner such as TPM3, crizotinib would have been offered.", None),
    ],
)
def test_tumour_said_alk_rearranged_with_its_partner(text, partner):
    """'The tumour was ALK rearranged with DCTN1 as the partner' gave no partner: no finding word."""
    assert run_apply(apply, text).alk_fusion_partner == partner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Break-apart FISH counted 3' signals in 6% of nuclei (threshold 15%), and ALK was thus regarded as not rearranged.", {"FISH-"}),
        ("ALK FISH showed split signals in 41% of nuclei, and the tumour was therefore considered rearranged.", {"FISH+"}),
        # precision: a test only considered stays no result
        ("ALK FISH was considered if the stain proved equivocal.", set()),
    ],
)
def test_test_result_read_as_considered_is_a_result(text, expected):
    """'..., and ALK was therefore considered not rearranged' made the FISH clause hypothetical: no result."""
    assert {r for r, _, _ in alk_results(text)} == expected


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("The ALK partner, identified by anchored multiplex PCR, was SQSTM1.", "SQSTM1"),
        ("The ALK fusion partner, confirmed with RT-PCR, was the KIF5B gene.", "KIF5B"),
        # precision: a partner not identified stays none
        ("The ALK fusion partner, despite two assays, was not identified.", None),
    ],
)
def test_partner_named_after_an_appositive(text, partner):
    """'The ALK partner, identified by anchored multiplex PCR, was PRKAR1A' gave no partner."""
    assert run_apply(apply, text).alk_fusion_partner == partner


@pytest.mark.parametrize(
    ("texts", "partner", "fusions"),
    [
        (("SIGN-OUT: ALK-POSITIVE INFLAMMATORY MYOFIBROBLASTIC TUMOUR OF THE SPLEEN.",), None, None),
        (("Conclusion: ALK-REARRANGED EPITHELIOID SARCOMA, see comment.",), None, None),
        (("RESULT: FUSION DETECTED - CLTC :: ALK, in frame.",), "CLTC", ["CLTC::ALK"]),
        # a real symbol beside ALK in capitals is still a partner
        (("SEQUENCING SHOWED A TPM4-ALK FUSION.",), "TPM4", ["TPM4::ALK"]),
    ],
)
def test_result_words_in_capitals_are_no_partner(texts, partner, fusions):
    """'ALK-POSITIVE INFLAMMATORY MYOFIBROBLASTIC TUMOUR' in a shouted diagnosis line gave POSITIVE as ALK's partner."""
    row = run_apply(apply, *texts)
    assert (row.alk_fusion_partner, row.kinase_fusions) == (partner, fusions)


@pytest.mark.parametrize(
    ("texts", "tests", "fusions"),
    [
        # the panel on one line, the fusion on the next (a molecular report's fields)
        (("MOLECULAR REPORT: hybrid-capture DNA/RNA panel (310 genes).", "Fusion: PPFIBP1::ALK (exon 9 to exon 20)."),
         ["NGS+"], ["PPFIBP1::ALK"]),
        (("Anchored multiplex RNA panel - SQSTM1::ALK fusion detected, 640 reads.",), ["NGS+"], ["SQSTM1::ALK"]),
        (("Addendum: RNA fusion panel (Archer).", "Fusions detected: none; no ALK or ROS1 rearrangement."), ["NGS-"], None),
        (("Targeted RNA sequencing: ETV6::NTRK3 fusion identified.", "No ALK, ROS1 or RET fusion was detected."),
         ["NGS-"], ["ETV6::NTRK3"]),
        # precision: a line without a fusion word after the panel reports nothing for ALK; an IHC line carries nothing
        (("Hybrid-capture DNA panel (410 genes).", "TMB 3.2 mut/Mb; ALK not listed in the report."), [], None),
        (("Immunostains: SMA positive.", "No ALK fusion was sought."), [], None),
    ],
)
def test_molecular_report_result_line_after_the_panel_line(texts, tests, fusions):
    """'SUPPLEMENTARY MOLECULAR REPORT: ... panel (523 genes).' then 'Fusion: X::ALK' gave no fusion and no NGS+; 'RNA NGS - X::ALK
    fusion' gave no fusion; 'NGS ...: X::ROS1 fusion detected.' then 'No ALK ... fusion detected.' gave no NGS-."""
    row = run_apply(apply, *texts)
    assert (row.alk_tests or [], row.kinase_fusions) == (tests, fusions)


@pytest.mark.parametrize(
    ("texts", "tests"),
    [
        (("ALK break-apart FISH: no rearrangement in 100 nuclei.",
          "AMENDED REPORT: the probe lot was faulty; on repeat hybridisation ALK FISH is positive (split signals in 29%)."),
         ["FISH+"]),
        (("ALK (5A4) immunostain negative.", "Addendum: on repeat staining with D5F3 and a fresh control, ALK is positive."),
         ["IHC+"]),
        # precision: a later result with no correction keeps both readings
        (("Immunostaining: ALK negative.", "In the specimen of the second operation ALK was positive."), ["IHC+", "IHC-"]),
    ],
)
def test_amended_alk_test_result_replaces_the_earlier_one(texts, tests):
    """An addendum or amended report correcting an ALK test kept both signs of the test: only the corrected one is the
    patient's result (as the amended immunostains of fields/ihc.py)."""
    assert run_apply(apply, *texts).alk_tests == tests


@pytest.mark.parametrize(
    ("text", "tests"),
    [
        ("ALK and ROS1 rearrangements, requested because the frozen section had suggested an IMT, were absent on FISH.", ["FISH-"]),
        ("An ALK rearrangement, looked for since the first biopsy was thought possibly IMT, was not detected by FISH.", ["FISH-"]),
        # a hedge on the result itself still holds
        ("An ALK rearrangement was possibly present on FISH.", None),
    ],
)
def test_hedge_inside_an_aside_does_not_reach_the_result(text, tests):
    """'ALK and ROS1 rearrangements, sought because an IMT had been suggested on the frozen section, were absent on
    FISH' gave no FISH result: the hedge 'suggested' in the aside reached the result after its closing comma."""
    assert run_apply(apply, text).alk_tests == tests


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Neither the FISH assay for ALK nor a 50-gene fusion panel found a rearrangement.", ["FISH-", "NGS-"]),
        ("Neither the FISH test nor the RNA panel showed an ALK fusion.", ["FISH-", "NGS-"]),
        # precision: two methods told in two clauses keep their own results
        ("The FISH assay for ALK was negative, but a 50-gene panel found a TPM4::ALK fusion.", ["FISH-", "NGS+"]),
    ],
)
def test_neither_method_with_its_noun_nor_a_panel(text, expected):
    """'Neither the FISH assay for ALK rearrangement nor a 70-gene RNA fusion panel detected a fusion' gave NGS+: the
    method's noun ('assay') and a panel size cut from 'gene' broke the coordination, so 'neither' missed the panel."""
    assert [r for r, _, _ in alk_results(text)] == expected


@pytest.mark.parametrize(
    ("texts", "fusions"),
    [
        # a mutation word in a shouted title beside another tumour's gene is no fusion partner
        (("A KIT-MUTANT RECTAL GIST AND A TPM3-ROS1 MYOFIBROBLASTIC TUMOUR OF THE MESENTERY",), ["TPM3::ROS1"]),
        (("AN EGFR-MUTATED LUNG CANCER BESIDE A PLEURAL IMT WITH A TPM4-ALK FUSION",), ["TPM4::ALK"]),
    ],
)
def test_mutation_words_in_capitals_are_no_fusion_partner(texts, fusions):
    """'A KIT-MUTANT GASTRIC GIST' in a shouted title gave the fusion MUTANT::KIT."""
    assert run_apply(apply, *texts, section="title").kinase_fusions == fusions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK FISH (dual-colour break-apart) neg.", ["FISH-"]),
        ("- ALK work-up = IHC (+); FISH not sent", ["FISH"]),  # no FISH result either way
        ("ALK FISH (+); targeted RNA NGS (02/2021): VCL::ALK", ["FISH+", "NGS+"]),
        # a note line ending without a full stop after a coordinated test with no result stays cut
        ("ALK IHC was negative, and a DNA panel (AL", []),
    ],
)
def test_alk_test_results_in_note_shorthand(text, expected):
    """Notes and slides write "neg" for negative, "not sent" for a test not done, and end a line on the gene pair with no
    full stop: "ALK FISH (break-apart) neg." was FISH+, "FISH not sent" FISH-, "RNA NGS (11/2022): DCTN1::ALK" no
    result (read as a sentence cut before its result)."""
    got = sorted({m for m, *_ in alk_results(text) if not m.startswith("IHC")})
    if expected == ["FISH"]:
        assert not any(m.startswith("FISH") for m in got)
    else:
        assert got == expected


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("- RNA fusion panel -> TPM4::ALK, in-frame", "TPM4"),
        ("Archer panel => CARS1::ALK", "CARS1"),
        # an arrow to no gene pair finds nothing
        ("ALK partner list: TPM3, CLTC (RANBP2 -> EIMS)", None),
    ],
)
def test_an_arrow_from_a_test_to_a_gene_pair_is_its_finding(text, partner):
    """Slides write the test's result as where an arrow leads ("RNA fusion panel (Archer) -> TPM3::ALK, in-frame"); the
    partner was not read (no finding word)."""
    assert run_apply(apply, text).alk_fusion_partner == partner


@pytest.mark.parametrize(
    ("text", "fusions"),
    [
        # a test that "named the partner", the pair after a colon
        ("The sarcoma panel then named the partner: RRBP1::ALK.", ["RRBP1::ALK"]),
        # a verbless result: the fusion "on" or "by" its test
        ("ALK FISH +ve and a CLTC::ALK fusion on targeted RNA sequencing.", ["CLTC::ALK"]),
        ("EML4-ALK fusion by NGS.", ["EML4::ALK"]),
        # guards: a request or a denial is no result
        ("Testing for EML4-ALK fusion by NGS was requested.", None),
        ("No TPM3-ALK fusion on RNA sequencing.", None),
    ],
)
def test_partner_named_and_verbless_fusion_on_its_test(text, fusions):
    assert run_apply(apply, text).kinase_fusions == fusions


@pytest.mark.parametrize(
    ("text", "tests"),
    [
        # an ALK result placed in the normal tissue beside the tumour is an internal control
        ("Immunostains: ALK +ve, desmin +ve; ALK negative in the adjacent bowel wall; CK -ve.", ["IHC+"]),
        # translated English for RNA sequencing
        ("The RNA sequence analysis of the tumour detected a KIF5B-ALK fusion.", ["NGS+"]),
    ],
)
def test_alk_control_tissue_and_rna_sequence_analysis(text, tests):
    assert run_apply(apply, text).alk_tests == tests


@pytest.mark.parametrize(
    "text,expected",
    [
        # a failed or borderline test repeated in the same clause: the repeat's result is the final answer
        ("ALK break-apart FISH failed (no signal in the decalcified core) and was repeated on the resection: positive.", ["FISH+"]),
        ("ALK FISH was borderline (13% split nuclei; cut-off 15%), and redone on another block it was positive (38%).", ["FISH+"]),
        ("ALK FISH was equivocal (11% of nuclei) and was repeated on the excision specimen, which was negative.", ["FISH-"]),
        # a failure never repeated stays without a result; a result before the repeat is not changed
        ("ALK FISH failed twice for poor hybridisation and was not repeated.", []),
        ("ALK FISH was negative and was repeated on a second block, which was also negative.", ["FISH-"]),
    ],
)
def test_failed_or_equivocal_test_then_repeated_with_result(text, expected):
    assert codes(text) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        # a cut-off after a semicolon inside the bracket does not end the clause of the result
        ("ALK FISH showed 9% split signals (of 100 nuclei; cut-off 15%), a negative result.", ["FISH-"]),
        # a semicolon between two results in a bracket still separates them
        ("Review of the slides (ALK and desmin positive; CD34 negative; ALK FISH positive) confirmed it.", ["FISH+", "IHC+"]),
    ],
)
def test_semicolon_before_cut_off_in_bracket_keeps_clause(text, expected):
    assert codes(text) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK FISH was negative, and no fusion was detected by a 48-gene RNA panel (which covers ALK and ROS1).",
         ["FISH-", "NGS-"]),
        ("FISH for ALK was negative, and no fusion was detected by a 48-gene RNA panel (covering ALK, ROS1 and NTRK1-3).",
         ["FISH-", "NGS-"]),
    ],
)
def test_no_fusion_detected_by_a_panel_named_with_its_size(text, expected):
    assert codes(text) == sorted(expected)


@pytest.mark.parametrize(
    "text,expected,gene",
    [
        # the assay as the passive's agent: this patient's result, not an author's report
        ("Material went abroad; a TPM3::ALK fusion was reported by anchored RNA sequencing two months later.", ["NGS+"], "TPM3"),
        # the test paid for by a collaboration, at no cost: neither literature nor a negative result
        (
            "Slides travelled to a partner centre free through a research partnership at no cost, and RNA sequencing there identified a CLTC-ALK fusion.",
            ["NGS+"],
            "CLTC",
        ),
    ],
)
def test_fusion_found_through_an_outside_laboratory(text, expected, gene):
    assert codes(text) == expected
    assert partner(text) == gene


def test_fusion_reported_by_authors_is_still_literature():
    assert partner("A TPM3::ALK fusion was reported by Lindqvist and colleagues in 2015 (4).") is None


@pytest.mark.parametrize(
    ("texts", "tests", "partner_", "fusions"),
    [
        # a partner named alone goes with the ALK of the sentence before, and the one test named beside it found the fusion
        (
            ("Break-apart FISH showed an ALK rearrangement.", "The partner gene, identified by targeted RNA sequencing, was TFG."),
            ["FISH+", "NGS+"], "TFG", ["TFG::ALK"],
        ),
        # a positive ALK stain before a partner named alone: the partner is ALK's
        (
            ("ALK immunostaining was strongly positive.", "On RNA sequencing the EML4 gene was identified as the fusion partner."),
            ["IHC+", "NGS+"], "EML4", ["EML4::ALK"],
        ),
        # a negative ALK stain, or a partner of another kinase: no ALK partner
        (
            ("ALK immunostaining was negative.", "On RNA sequencing the TFG gene was identified as the fusion partner."),
            ["IHC-"], None, None,
        ),
        (
            ("ALK immunostaining was positive.", "RNA sequencing identified TFG as the fusion partner of ROS1."),
            ["IHC+"], None, ["TFG::ROS1"],
        ),
    ],
)
def test_partner_named_alone_after_a_positive_alk_result_and_its_test(texts, tests, partner_, fusions):
    row = run_apply(apply, *texts)
    assert (row.alk_tests, row.alk_fusion_partner, row.kinase_fusions) == (tests, partner_, fusions)


@pytest.mark.parametrize(
    ("text", "tests", "partner_", "fusions"),
    [
        # a coordinated clause naming a partner alone after a clause that tells ALK's result: the clause's one test found it
        (
            "The ALK break-apart probe showed split signals, and an RNA fusion panel identified TPM4 as the partner gene.",
            ["FISH+", "NGS+"], "TPM4", ["TPM4::ALK"],
        ),
        (
            "ALK staining was diffusely positive, and RT-PCR then identified CLTC as the fusion partner.",
            ["IHC+", "RT-PCR+"], "CLTC", ["CLTC::ALK"],
        ),
        # the partner clause of another kinase gives ALK no test
        (
            "ALK staining was negative, and RNA sequencing identified a TFG-ROS1 fusion.",
            ["IHC-"], None, ["TFG::ROS1"],
        ),
    ],
)
def test_partner_named_alone_in_a_clause_after_an_alk_result_and_its_test(text, tests, partner_, fusions):
    row = run_apply(apply, text)
    assert (row.alk_tests, row.alk_fusion_partner, row.kinase_fusions) == (tests, partner_, fusions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a stain, "without ... rearrangement on FISH": the negation is the later test's, the stain keeps its result
        ("The lesion showed diffuse ALK immunoreactivity without ALK gene rearrangement on FISH.", ["FISH-", "IHC+"]),
        ("ALK immunostaining was positive, with no ALK rearrangement by break-apart FISH.", ["FISH-", "IHC+"]),
        # a negative stain followed by a positive test keeps both signs
        ("ALK immunostaining was negative, yet FISH showed an ALK rearrangement.", ["FISH+", "IHC-"]),
    ],
)
def test_negation_before_a_later_method_after_a_stain_is_the_later_methods(text, expected):
    row = run_apply(apply, text)
    assert sorted(row.alk_tests or []) == expected


@pytest.mark.parametrize(
    ("text", "tests", "fusions"),
    [
        # a sentence opened by another cohort: every coordinated clause reports that cohort, not this patient
        ("In a series of 48 IMTs, FISH found ALK rearranged in 60% and RNA sequencing identified TPM3-ALK in three cases.", None, None),
        ("Among 20 patients with uterine IMT, FISH showed ALK rearrangement in 16, and sequencing detected an IGFBP5-ALK fusion in one.", None, None),
        # our own patient's sentence keeps its facts
        ("In our patient, FISH found ALK rearranged in 60% of nuclei and RNA sequencing identified a TPM3-ALK fusion.", ["FISH+", "NGS+"], ["TPM3::ALK"]),
    ],
)
def test_sentence_opened_by_another_cohort_reaches_every_clause(text, tests, fusions):
    row = run_apply(apply, text)
    assert (row.alk_tests, row.kinase_fusions) == (tests, fusions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "we did not perform FISH": a test not done, no negative result
        ("We did not perform FISH because ALK immunostaining was strongly positive.", ["IHC+"]),
        ("FISH was not considered necessary, as the ALK stain was diffusely positive.", ["IHC+"]),
        # a test that was done and found nothing stays negative
        ("We performed FISH, which did not show an ALK rearrangement.", ["FISH-"]),
    ],
)
def test_test_said_not_performed_is_no_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "fusions"),
    [
        # another kinase's fusion found by a bracketed test, then "negative for ALK by FISH": FISH's negative, not the PCR's
        ("The lesion harboured a TPM3-NTRK1 fusion (identified by RT-PCR) and was negative for ALK by FISH.", ["FISH-"], ["TPM3::NTRK1"]),
        ("The mass carried an ETV6-NTRK3 fusion (found on RNA sequencing) and was negative for ALK by FISH.", ["FISH-"], ["ETV6::NTRK3"]),
        # an ALK fusion found by the bracketed test stays that test's finding
        ("The lesion harboured a TPM3-ALK fusion (identified by RT-PCR).", ["RT-PCR+"], ["TPM3::ALK"]),
    ],
)
def test_negative_for_alk_by_a_test_after_another_kinases_bracketed_test(text, expected, fusions):
    row = run_apply(apply, text)
    assert (sorted(row.alk_tests or []), row.kinase_fusions) == (expected, fusions)


@pytest.mark.parametrize(
    ("text", "fusions"),
    [
        # ALK partners of real reports that are HGNC genes of the vocabulary, named in apposition to "partner"
        ("A new ALK fusion partner, CASC15, was detected by RNA sequencing.", ["CASC15::ALK"]),
        ("The fusion partner of ALK, TNS1, was identified on the RNA panel.", ["TNS1::ALK"]),
        ("An RNA panel identified NRP2 as the fusion partner of ALK.", ["NRP2::ALK"]),
        ("RNA sequencing showed an ALK fusion with a new partner, LMO7.", ["LMO7::ALK"]),
        ("The RNA panel detected a NUMA1-ALK fusion transcript.", ["NUMA1::ALK"]),
        ("Sequencing found ALK fused to the alpha-2-macroglobulin gene.", ["A2M::ALK"]),
        # written beside another kinase, the same gene is that kinase's partner
        ("Targeted sequencing found a TPD52L2-ROS1 fusion.", ["TPD52L2::ROS1"]),
    ],
)
def test_partner_gene_named_in_apposition_from_the_vocabulary(text, fusions):
    row = run_apply(apply, text)
    assert row.kinase_fusions == fusions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a results line of labels and colons: the sequencing label's "no fusion" is ALK's negative too
        ("ALK: positive (5A4); ALK FISH: negative; RNA-seq: no fusion.", ["FISH-", "IHC+", "NGS-"]),
        ("ALK FISH: rearranged; RNA panel: not detected.", ["FISH+", "NGS-"]),
        # a label of another gene's test keeps its own result
        ("ALK FISH: negative; ROS1 FISH: rearranged.", ["FISH-"]),
    ],
)
def test_sequencing_label_with_no_fusion_in_a_results_line(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a stain, "no ALK or ROS1 fusion was found by sequencing": the listed genes' absence is the sequencing's
        ("ALK and ROS1 immunostains were both negative, and no ALK or ROS1 fusion was found by sequencing.", ["IHC-", "NGS-"]),
        ("IHC was negative for ALK, with no ALK or ROS1 rearrangement on FISH.", ["FISH-", "IHC-"]),
        # a conjunction opening a new clause keeps the negation with the stain
        ("Immunostaining showed no ALK expression, but a fusion was later detected by FISH for ALK.", ["FISH+", "IHC-"]),
    ],
)
def test_no_listed_gene_fusion_found_by_a_later_test_after_a_stain(text, expected):
    row = run_apply(apply, text)
    assert sorted(row.alk_tests or []) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Fluorescence in situ hybridization excluded ALK and ROS1 rearrangement.", ["FISH-"]),
        ("Break-apart FISH ruled out an ALK rearrangement.", ["FISH-"]),
        ("RNA sequencing found an ETV6-NTRK3 fusion, and FISH excluded an ALK rearrangement.", ["FISH-"]),
        ("FISH showed an ALK rearrangement, which excluded a leiomyosarcoma.", ["FISH+"]),
    ],
)
def test_test_that_excludes_the_alk_rearrangement_is_negative(text, expected):
    """The test as the subject of "excluded" / "ruled out", the ALK alteration its object, is a negative result; a
    coordinated clause of another test keeps its own finding."""
    assert codes(text) == expected


def test_fusion_found_beside_a_test_that_excluded_alk_is_kept():
    text = "Targeted RNA sequencing identified a TPM3-NTRK1 fusion, and FISH excluded ALK and ROS1 rearrangement."
    assert [f for f, _, _ in fusions_in(text)] == ["TPM3::NTRK1"]


@pytest.mark.parametrize(
    ("text", "expected", "fusion"),
    [
        # a test that found no ALK rearrangement and then another kinase's fusion: the "no" stops at the second finding
        (
            "An RNA fusion panel of the excised nodule detected no ALK rearrangement and identified an ETV6-NTRK3 fusion.",
            ["NGS-"],
            ["ETV6::NTRK3"],
        ),
        ("Sequencing showed no ALK fusion but revealed a TFG-ROS1 fusion.", ["NGS-"], ["TFG::ROS1"]),
        # guard: a fusion inside the negation itself stays negated
        ("Sequencing detected no EML4-ALK or TPM3-ROS1 fusion.", ["NGS-"], []),
    ],
)
def test_negation_ends_where_a_test_goes_on_to_find_another_fusion(text, expected, fusion):
    assert codes(text) == expected
    assert fusions(text) == fusion


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the therapy decided on the result is a clause of its own: its "not" is the drug's, not the test's
        ("A rearrangement of ALK was shown by FISH, so imatinib was not started.", ["FISH+"]),
        ("FISH confirmed the ALK rearrangement, and therefore the planned imatinib was withheld.", ["FISH+"]),
        # the rearrangement named in a clause after a stain list: the other markers' negative cues stay behind
        ("The cells were negative for CD117 and DOG1 and positive for ALK, and ALK (2p23) rearrangement was "
         "confirmed by FISH.", ["FISH+", "IHC+"]),
        # guards: a negative result keeps its sign
        ("FISH showed no ALK rearrangement, so crizotinib was not offered.", ["FISH-"]),
        ("The cells were negative for CD117 and positive for ALK, and no ALK rearrangement was detected by FISH.",
         ["FISH-", "IHC+"]),
    ],
)
def test_stain_negatives_and_therapy_decisions_do_not_flip_a_positive_fish(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consequence for the test itself stays with it; a negated fusion clause keeps its own test
        ("RT-PCR assays for EML4-ALK and TPM3-ALK fusion transcripts were negative, and the RNA left over was "
         "insufficient for sequencing, so the fusion partner could not be determined.", ["RT-PCR-"]),
        ("The nodule was ALK-positive on staining, but ALK FISH was negative, and no fusion was detected by NGS.",
         ["FISH-", "IHC+", "NGS-"]),
    ],
)
def test_clause_breaks_for_therapy_decisions_leave_test_consequences_alone(text, expected):
    assert codes(text) == expected


# -- two ALK partners in one tumour (issue 12: pages of treated disease) -------------------------------------------
@pytest.mark.parametrize(
    "text,partner_value,fusions_value",
    [
        (
            "Targeted RNA sequencing of the liver nodule revealed two distinct fusions, EML4-ALK and KIF5B-ALK.",
            "EML4;KIF5B",
            ["EML4::ALK", "KIF5B::ALK"],
        ),
        ("The fusion panel detected both CLTC-ALK and RANBP2-ALK in the relapsed mass.", "CLTC;RANBP2", ["CLTC::ALK", "RANBP2::ALK"]),
        ("The nodule harboured concurrent VCL-ALK and EML4-ALK rearrangements.", "VCL;EML4", ["VCL::ALK", "EML4::ALK"]),
        # the partner written after the kinase (reversed notation) in one of the two
        ("RNA sequencing revealed two ALK fusions: TPM3-ALK and ALK-PRKAR1A.", "TPM3;PRKAR1A", ["TPM3::ALK", "PRKAR1A::ALK"]),
        # guard: other patients' fusions counted in the same sentence
        ("Sequencing found EML4-ALK; two other cases with TPM3-ALK fusions were reported.", "EML4", ["EML4::ALK"]),
        # a fusion found and others named as absent or from the literature: the one found
        ("RNA sequencing showed TPM3-ALK, whereas TPM4-ALK and CLTC-ALK were absent.", "TPM3", ["TPM3::ALK"]),
        ("Sequencing identified EML4-ALK; TPM3-ALK and CLTC-ALK have been described by others.", "EML4", ["EML4::ALK"]),
    ],
)
def test_two_alk_partners_in_one_tumour(text, partner_value, fusions_value):
    row = run_apply(apply, text)
    assert row.alk_fusion_partner == partner_value
    assert row.kinase_fusions == fusions_value
    assert not row.ungrounded()


@pytest.mark.parametrize("value,expected", [("TPM4;SQSTM1", "TPM4;SQSTM1"), ("ranbp2", "RANBP2")])
def test_two_alk_partners_in_one_tumour_pass_curation(value, expected):
    from eims_extract.fields.alk import _valid_partner

    assert _valid_partner(value, lambda gene: None) == expected


@pytest.mark.parametrize(
    "cell,sign",
    [
        ("ALK split", True),
        ("ROS1 split; ALK intact", False),
        ("ALK intact, ROS1 split", False),
        ("ROS1 split", None),  # another kinase's probe: no ALK result
        ("split signals", True),
        ("not rearranged", False),
    ],
)
def test_molecular_test_cell_naming_each_probe_s_gene_gives_alk_s_part(cell, sign):
    from eims_extract.fields.alk import _gene_part_sign

    assert _gene_part_sign(cell) is sign


@pytest.mark.parametrize(
    "header,cell,partner,tests",
    [
        ("RT-PCR EML4-ALK", "Positive", "EML4", ["RT-PCR+"]),
        ("RT-PCR (TPM3-ALK)", "+", "TPM3", ["RT-PCR+"]),
        ("RT-PCR EML4-ALK", "Negative", None, ["RT-PCR-"]),
        ("RT-PCR EML4-ALK", "Not done", None, []),
        ("RT-PCR", "Positive", None, ["RT-PCR+"]),
    ],
)
def test_fusion_named_in_an_assay_column_header(header, cell, partner, tests):
    """A series table's column for one fusion's assay, its cells saying only whether it was found (invented cases)."""
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = (
        "Two invented cases of a tumour of the colon\n\nResults\nBoth invented patients were seen in a made-up clinic.\n\n"
        "Table 2. Molecular results\n"
        f"Case | Age | Sex | ALK FISH | {header}\n"
        f"1 | 40 | F | Split | {cell}\n"
        "2 | 51 | M | Split | NA\n\n"
        "Discussion\nThese invented cases are of no real patient.\n"
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    first = rows_from_table(doc, table)[0]
    assert first.alk_fusion_partner == partner
    assert first.kinase_fusions == ([f"{partner}::ALK"] if partner else None)
    assert sorted(first.alk_tests or []) == sorted(["FISH+", *tests])


@pytest.mark.parametrize(
    "cell,fusions,tests",
    [
        ("ETV6::NTRK3 (no ALK fusion)", ["ETV6::NTRK3"], ["IHC-", "NGS-"]),
        ("TFG::ROS1 (ALK not rearranged)", ["TFG::ROS1"], ["IHC-", "NGS-"]),
        ("ETV6::NTRK3", ["ETV6::NTRK3"], ["IHC-"]),
        ("ETV6::NTRK3 (no ROS1 fusion)", ["ETV6::NTRK3"], ["IHC-"]),
    ],
)
def test_other_kinase_fusion_cell_with_a_bracketed_alk_result(cell, fusions, tests):
    """A sequencing column's cell names another kinase's fusion and, in brackets, what the panel found for ALK
    (invented cases)."""
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = (
        "Two invented cases of a tumour of the colon\n\nResults\nBoth invented patients were seen in a made-up clinic.\n\n"
        "Table 2. Molecular results\n"
        "Case | Age | Sex | ALK IHC | RNA sequencing\n"
        f"1 | 40 | F | Negative | {cell}\n"
        "2 | 51 | M | Positive | NA\n\n"
        "Discussion\nThese invented cases are of no real patient.\n"
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    first = rows_from_table(doc, table)[0]
    assert first.kinase_fusions == fusions and first.alk_fusion_partner is None
    assert sorted(first.alk_tests or []) == tests


@pytest.mark.parametrize(
    "text,expected",
    [
        # the panel lists ALK, finds another kinase's fusion and nothing else: ALK looked for and not found
        ("An RNA sequencing panel covering ALK, ROS1, NTRK1-3 and RET detected an invented ETV6-NTRK3 fusion and no "
         "other rearrangement.", ["NGS-"]),
        ("A fusion panel including ALK, ROS1 and RET found a TFG-ROS1 fusion, with no additional fusion.", ["NGS-"]),
        # the other kinase's fusion alone: no ALK result either way
        ("An RNA sequencing panel covering ALK, ROS1, NTRK1-3 and RET detected an invented ETV6-NTRK3 fusion.", []),
        # nothing else said of the panel's other genes, only of other variants
        ("An RNA sequencing panel covering ALK, ROS1 and RET detected a TFG-ROS1 fusion; no other variant was reported.", []),
    ],
)
def test_panel_listing_alk_that_found_another_fusion_and_no_other_rearrangement(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "legend,cell,tests",
    [
        ("RNA, targeted RNA sequencing; NED, no evidence of disease; F, female; M, male.", "KIF5B::ALK (RNA)", ["IHC+", "NGS+"]),
        ("RTP, reverse transcription PCR; NED, no evidence of disease; F, female; M, male.", "KIF5B::ALK (RTP)", ["IHC+", "RT-PCR+"]),
        ("NED, no evidence of disease; F, female; M, male.", "KIF5B::ALK (RNA)", ["IHC+"]),  # a code the legend does not spell out: no method
    ],
)
def test_fusion_cell_naming_its_method_by_a_legend_code_in_brackets(legend, cell, tests):
    """A series table's molecular cell gives the fusion with the method as a code in brackets that the table's legend
    spells out ("KIF5B::ALK (RNA)" under "RNA, targeted RNA sequencing"): that method found it (invented cases)."""
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = (
        "Two invented cases of a tumour of the colon\n\nResults\nBoth invented patients were seen in a made-up clinic.\n\n"
        "Table 1. Features\n"
        "Case | Age | Sex | ALK IHC | Molecular finding | Outcome\n"
        f"1 | 40 | F | + | {cell} | NED\n"
        "2 | 51 | M | - | None | NED\n"
        f"{legend}\n\n"
        "Discussion\nThese invented cases are of no real patient.\n"
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    first = rows_from_table(doc, table)[0]
    assert first.kinase_fusions == ["KIF5B::ALK"]
    assert sorted(first.alk_tests or []) == sorted(tests)


@pytest.mark.parametrize(
    "notes,tests2,tests3",
    [
        (
            ["a RT-PCR negative for EML4-ALK; too little RNA for sequencing", "b Targeted RNA panel negative for ALK fusions"],
            ["FISH+", "RT-PCR-"],
            ["FISH-", "NGS-"],
        ),
        (["(a) RT-PCR negative for EML4-ALK", "(b) Sequencing failed"], ["FISH+", "RT-PCR-"], ["FISH-"]),
        # a note whose mark no cell carries speaks of no row
        (["c RT-PCR negative for EML4-ALK"], ["FISH+"], ["FISH-"]),
    ],
)
def test_note_under_a_table_pointed_to_by_a_cell_mark_gives_its_alk_tests(notes, tests2, tests3):
    """A molecular cell ending on a footnote mark ("Not identified a") points to the note under the table opened by
    that mark: the ALK tests the note tells are that row's (invented cases)."""
    from eims_extract.ingest.tables import table_notes
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = "\n".join(
        [
            "Three invented cases of a tumour of the colon",
            "",
            "Results",
            "The three invented patients were seen in a made-up clinic.",
            "",
            "Table 2 Molecular results",
            "",
            "Case\tAge\tSex\tALK FISH\tALK fusion (method)",
            "1\t40\tF\tRearranged\tEML4-ALK (RT-PCR)",
            "2\t51\tM\tRearranged\tNI a",
            "3\t62\tF\tNot rearranged\tNone b",
            "",
            "NI not identified, FISH fluorescence in situ hybridisation, + positive",
            *notes,
            "",
            "Discussion",
            "These invented cases are of no real patient.",
        ]
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    assert "+ positive" in table.footnotes and len(table_notes(doc, table)) == len(notes)
    rows = rows_from_table(doc, table)
    assert sorted(rows[0].alk_tests or []) == ["FISH+", "RT-PCR+"]
    assert sorted(rows[1].alk_tests or []) == sorted(tests2)
    assert sorted(rows[2].alk_tests or []) == sorted(tests3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stain's result, then a second method told only asked for, then "it showed ...": the result is the second
        # method's
        ("As ALK immunostaining was negative, targeted RNA sequencing of the resected tumour was requested; it showed no "
         "ALK or ROS1 rearrangement but found an ETV6-NTRK3 fusion.", ["IHC-", "NGS-"]),
        ("With ALK immunohistochemistry negative, FISH was requested; it revealed no ALK rearrangement.", ["FISH-"]),
        # precision: the stain keeps its own result
        ("ALK immunostaining was negative, and FISH was performed; it showed an ALK rearrangement.", ["IHC-", "FISH+"]),
    ],
)
def test_result_after_a_method_told_only_requested_is_that_methods(text, expected):
    assert run_apply(apply, text).alk_tests == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a probe told giving a normal / intact signal pattern: no rearrangement
        ("ALK break-apart FISH showed a normal signal pattern.", ["FISH-"]),
        ("FISH with the ALK probe gave intact signals in all nuclei counted.", ["FISH-"]),
        # ... also in a clause after another gene's rearrangement, before a coordinated clause of the next method
        ("Break-apart FISH showed the ROS1 gene to be split, while ALK and NTRK3 probes gave normal patterns, and RNA "
         "sequencing then identified a TFG-ROS1 fusion.", ["FISH-"]),
        # precision: split signals remain a positive result
        ("ALK FISH showed split signals in 35% of nuclei.", ["FISH+"]),
    ],
)
def test_probe_giving_a_normal_signal_pattern_is_a_negative_result(text, expected):
    assert run_apply(apply, text).alk_tests == expected


def test_normal_probe_pattern_of_other_genes_does_not_negate_the_fusion_found():
    # the probes' normal patterns are about their genes, not about the fusion the next clause reports
    row = run_apply(
        apply,
        "Break-apart FISH showed the NTRK3 gene to be split, while ALK and ROS1 probes gave normal patterns, and RT-PCR "
        "then identified an ETV6-NTRK3 fusion transcript.",
    )
    assert row.kinase_fusions == ["ETV6::NTRK3"] and row.alk_tests == ["FISH-"]


@pytest.mark.parametrize(
    "text,expected",
    [
        # the gene named again before the second method: one coordinated subject, one shared result
        ("Both ALK immunostaining and ALK break-apart FISH came back negative in the biopsy.", ["FISH-", "IHC-"]),
        ("The resected nodule was negative on ALK IHC and ALK FISH.", ["FISH-", "IHC-"]),
        ("ALK IHC and ALK FISH were both negative.", ["FISH-", "IHC-"]),
        ("ALK immunohistochemistry and ALK break-apart FISH were negative.", ["FISH-", "IHC-"]),
        ("ALK IHC was positive and ALK FISH was negative.", ["FISH-", "IHC+"]),
        # the clone in brackets after the first method, then "and by" the second method
        ("The girl's tumour was ALK negative by IHC (D5F3) and by FISH.", ["FISH-", "IHC-"]),
        ("Her mass was ALK negative by immunohistochemistry (clone 5A4) and by FISH.", ["FISH-", "IHC-"]),
        # a bracket that carries a result keeps the methods apart
        ("ALK IHC (negative) and FISH (positive) were both reported.", ["FISH+", "IHC-"]),
    ],
)
def test_methods_coordinated_across_a_repeated_gene_or_a_bracketed_clone_share_the_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We ran targeted RNA sequencing on archival tissue from 22 IMTs that had been ALK-negative by immunohistochemistry.",
        "FISH was performed on stored blocks of thirty patients and showed ALK rearrangement in eleven.",
    ],
)
def test_test_run_on_the_material_of_a_counted_group_is_no_result_for_the_patient(text):
    assert codes(text) == []


def test_test_on_the_patients_own_specimen_keeps_its_result():
    assert codes("Sequencing of tissue from her second operation detected an EML4-ALK fusion.") == ["NGS+"]


@pytest.mark.parametrize(
    "alk_cell,positive,negative",
    [
        ("+", ["SMA", "desmin", "ALK"], ["CK", "S-100"]),
        ("-", ["SMA", "desmin"], ["CK", "S-100", "ALK"]),
    ],
)
def test_alk_ihc_column_after_the_stain_lists_adds_alk_to_them(alk_cell, positive, negative):
    """An "ALK IHC" column printed after the "Positive" / "Negative" stain columns: ALK joins the list its sign
    names, the stains read before it are kept (invented cases)."""
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = (
        "Two invented cases of a tumour of the ileum\n\nResults\nBoth invented patients were seen in a made-up clinic.\n\n"
        "Table 1. Stains\n"
        "Case | Age | Sex | Positive stains | Negative stains | ALK IHC\n"
        f"1 | 44 | F | SMA, desmin | CK, S100 | {alk_cell}\n"
        "2 | 57 | M | SMA | CD34 | NA\n\n"
        "Discussion\nThese invented cases are of no real patient.\n"
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    first = rows_from_table(doc, table)[0]
    assert first.ihc_positive == positive
    assert first.ihc_negative == negative


@pytest.mark.parametrize(
    "cell,partner",
    [("FISH (ALK)", None), ("NGS (ALK)", None), ("IHC (ALK)", None), ("RANBP2 (FISH)", "RANBP2"), ("EML4 (ALK)", "EML4")],
)
def test_test_name_over_its_gene_in_brackets_is_no_fusion_partner(cell, partner):
    """A column named "FISH (ALK)" read as a cell of a fusion column: a method over the gene it tests, not a partner
    gene beside ALK; a gene before a bracketed method or ALK still is."""
    from eims_extract.fields.alk import parse_fusion_partner

    assert parse_fusion_partner(cell) == partner


@pytest.mark.parametrize(
    "text,expected",
    [
        ("FISH with an ALK break-apart probe and an RNA fusion panel were done where indicated.", []),
        ("ALK FISH was performed when clinically indicated.", []),
        ("A fusion panel was added if indicated by the morphology.", []),
        ("FISH indicated an ALK rearrangement.", ["FISH+"]),
    ],
)
def test_tests_done_where_indicated_report_no_result(text, expected):
    """"Done where (clinically) indicated" says when a test is ordered, not what it found (invented methods lines)."""
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK was negative by IHC (clone 5A4) but positive by FISH.", ["FISH+", "IHC-"]),
        ("ALK came out weakly positive by IHC but negative by break-apart FISH.", ["FISH-", "IHC+"]),
        ("ALK was negative on immunohistochemistry and negative on targeted sequencing.", ["IHC-", "NGS-"]),
        # a verdict of another gene's test in the next clause is not ALK's
        ("ALK was positive by IHC, and desmin was negative by IHC.", ["IHC+"]),
    ],
)
def test_second_verdict_told_by_its_test_after_but_keeps_that_tests_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("No ALK fusion was found on RNA sequencing, which instead showed an ETV6-NTRK3 fusion.", ["NGS-"]),
        ("No ALK rearrangement was detected by the fusion panel, which found TPM3-ROS1 instead.", ["NGS-"]),
        # the other kinase's finding alone says nothing of ALK
        ("RNA sequencing found a TPM3-ROS1 fusion.", []),
        ("ALK staining was negative, and RNA sequencing found an ETV6-NTRK3 fusion.", ["IHC-"]),
    ],
)
def test_no_alk_fusion_found_on_a_test_that_found_another_kinase_is_negative_for_alk(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK staining and ALK FISH were both negative in the biopsy.", ["FISH-", "IHC-"]),
        ("ALK immunoreactivity and FISH were negative.", ["FISH-", "IHC-"]),
        ("ALK (D5F3) staining and break-apart FISH were negative.", ["FISH-", "IHC-"]),
    ],
)
def test_alk_staining_noun_and_a_molecular_test_sharing_a_verdict_give_both_results(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("An RNA fusion panel detected an EML4-ROS1 fusion; no ALK or RET alterations were found.", ["NGS-"]),
        ("Targeted sequencing identified an ETV6-NTRK3 fusion; no fusions of ALK, ROS1 or NTRK1 were present.", ["NGS-"]),
        ("Targeted sequencing identified an ETV6-NTRK3 fusion; no ALK inhibitor was started.", []),
    ],
)
def test_panel_that_found_another_kinase_then_no_alk_is_ngs_negative(text, expected):
    assert codes(text) == expected


def test_generic_sentence_under_a_title_naming_the_assay_is_no_result():
    title = "An Orbital Myofibroblastic Tumour with an FN1-ROS1 Fusion Found Only by RNA Sequencing"
    general = "Kinase rearrangements involving ALK, ROS1 and NTRK are frequent in this neoplasm."
    sents = [Sentence("doc", title, 0, "title"), Sentence("doc", general, len(title) + 1, "abstract")]
    row = CaseRow("doc", "1")
    apply(sents, row)
    assert row.alk_tests is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("RNA was isolated and RT-PCR was performed; two transcripts were detected, EML4-ALK and KIF5B-ALK.", ["RT-PCR+"]),
        ("RT-PCR was carried out on frozen tissue; a TPM3-ALK transcript was amplified.", ["RT-PCR+"]),
        ("RT-PCR was performed; a TPM3-ALK fusion has been described in such tumours.", []),
    ],
)
def test_test_done_in_one_clause_and_its_fusion_in_the_next(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Targeted RNA sequencing, done to settle the discrepancy, found a CLTC-ALK fusion.", ["NGS+"]),
        ("A fusion panel was ordered to resolve the discrepancy and detected a TPM4-ALK transcript.", ["NGS+"]),
        ("Given the discordant results, an RNA panel was run and identified an EML4-ALK fusion.", ["NGS+"]),
        # the tests compared, with no result of their own, stay silent
        ("The tumour had discordant ALK immunohistochemistry and FISH results.", []),
    ],
)
def test_discordance_named_as_the_reason_for_a_further_test_keeps_its_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("RNA sequencing revealed a CLTC-ALK fusion, a rearrangement that can be missed by break-apart probes.", "CLTC"),
        ("The panel detected a TPM4-ALK fusion, a partner that may be overlooked on small biopsies.", "TPM4"),
        # a hedge on the finding itself still holds it back
        ("A CLTC-ALK fusion may be present, a rearrangement that can be missed by FISH.", None),
    ],
)
def test_general_statement_in_an_apposition_does_not_hedge_the_fusion_found(text, expected):
    assert partner(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # "and no <other gene> fusion was found": the negation is that gene's, not the ALK test's of the first clause
        ("Break-apart FISH detected an ALK rearrangement and no ROS1 fusion was found.", ["FISH+"]),
        ("FISH disclosed split ALK signals, and no NTRK3 or RET rearrangements were seen.", ["FISH+"]),
        # ALK among the genes of the negated list keeps the test negative
        ("FISH showed no RET or ALK rearrangement.", ["FISH-"]),
        ("FISH found no ALK rearrangement and the mass was resected.", ["FISH-"]),
    ],
)
def test_negated_other_gene_fusion_after_an_alk_result_is_not_alks(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK staining was strong. FISH for ALK failed because of decalcification of the bone sample.", ["IHC+"]),
        ("The ALK break-apart probe failed on the core biopsy.", []),
        ("FISH for ALK failed to show any rearrangement.", ["FISH-"]),
    ],
)
def test_assay_failure_told_after_its_target_gives_no_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("FISH disclosed ALK gene amplification rather than a rearrangement.", []),
        ("FISH disclosed ALK amplification instead of a fusion.", []),
        ("FISH disclosed ALK amplification together with an ALK rearrangement.", ["FISH+"]),
    ],
)
def test_amplification_set_against_a_rearrangement_is_no_fusion_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK FISH on the needle core was not interpretable; when repeated on the excision it was positive.", ["FISH+"]),
        ("The ALK FISH was borderline, but a repeat on a second block was negative.", ["FISH-"]),
        ("ALK FISH was inconclusive; the tumour was positive for desmin.", []),
    ],
)
def test_equivocal_test_repeated_in_the_next_clause_takes_the_repeat_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Work-up in brief - ALK: positive (1A4); FISH: rearranged.", ["FISH+", "IHC+"]),
        ("ALK stain positive; FISH: not rearranged.", ["FISH-", "IHC+"]),
        ("ALK stain positive; FISH: positive for ROS1.", ["IHC+"]),
    ],
)
def test_label_colon_state_after_an_alk_clause_is_that_test_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the opening clause names no gene; the clause after it names ALK alone: the same gene's discordant result
        ("Break-apart FISH was negative, but targeted RNA sequencing detected a TPM4-ALK fusion.", ["FISH-", "NGS+"]),
        ("FISH with a dual-colour probe gave no split signals, whereas the RNA panel found a CLTC-ALK fusion.", ["FISH-", "NGS+"]),
        ("FISH was positive, and anchored multiplex PCR identified an EML4-ALK transcript.", ["FISH+", "NGS+"]),
        # a clause for another kinase, or a test named for something else, stays unread
        ("FISH was negative, but RNA sequencing found a TFG-ROS1 fusion.", []),
        ("PCR for mycobacteria was negative, and the RNA panel showed a TPM3-ALK fusion.", ["NGS+"]),
        ("FISH for MDM2 was negative, whereas sequencing found an EML4-ALK fusion.", ["NGS+"]),
    ],
)
def test_gene_free_opening_clause_before_a_clause_naming_alk(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an RNA fusion panel counted by hybridisation (NanoString nCounter) is recorded as NGS, as RNA panels are
        ("A NanoString nCounter fusion assay detected an EML4::ALK fusion.", ["NGS+"]),
        ("An nCounter fusion panel found no ALK rearrangement.", ["NGS-"]),
        # anchored multiplex PCR and the Archer panels stay NGS, never RT-PCR
        ("An anchored multiplex PCR assay (Archer FusionPlex) found a DCTN1::ALK fusion.", ["NGS+"]),
        # a word that only contains the name ('encountered') names no assay
        ("Such tumours are seldom encountered; ALK immunostaining was positive.", ["IHC+"]),
    ],
)
def test_rna_fusion_panels_by_hybridisation_or_anchored_pcr_count_as_ngs(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rearrangement told in the passive with the method as its agent, after a sentence about ALK alone
        ("The rearrangement was confirmed by FISH in 38% of nuclei.", ["FISH+"]),
        ("The rearrangement was found in both tumours on break-apart FISH.", ["FISH+"]),
        ("No rearrangement was detected by FISH.", ["FISH-"]),
        # a method told only as done finds nothing
        ("The block was examined by FISH.", []),
    ],
)
def test_rearrangement_found_by_a_method_told_in_the_passive(text, expected):
    from eims_extract.fields.alk import gene_free_results

    assert sorted(c for c, _, _ in gene_free_results(text)) == expected


_SIBLINGS = """Two invented siblings with myofibroblastic tumours of the mesentery

Case presentation

Case 1. A 6-year-old girl had a mesenteric mass that was resected.

Case 2. Her 9-year-old brother had a similar mass of the mesentery two years later, which was excised.

ALK immunostaining was diffusely positive in both. {last}
"""


@pytest.mark.parametrize(
    "last",
    [
        "The rearrangement was found in both tumours by FISH.",
        "Both lesions were ALK-rearranged on FISH.",
        "FISH showed an ALK rearrangement in both tumours.",
    ],
)
def test_rearrangement_by_fish_in_both_patients_tumours_without_a_partner(tmp_path, nlp, last):
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    path = tmp_path / "siblings.txt"
    path.write_text(_SIBLINGS.format(last=last), encoding="utf-8")
    rows = extract_document(load_document(path), nlp)
    assert [(r.alk_tests, r.alk_fusion_partner) for r in rows] == [(["IHC+", "FISH+"], None)] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another stain's result right before "and <test> showed ...": the result is that stain's, the test has its own
        ("Desmin staining was negative and RNA sequencing showed a TPM3::ALK fusion.", ["NGS+"]),
        ("Pan-TRK immunostaining was negative and NGS identified a fusion of CLTC exon 31 with ALK exon 20.", ["NGS+"]),
        ("SMA staining was positive and FISH revealed an ALK rearrangement in 40% of nuclei.", ["FISH+"]),
        # a test's own result before "and": one finding told by two tests
        ("Break-apart FISH was positive and NGS identified a TPM4::ALK fusion.", ["FISH+", "NGS+"]),
        # the same shape for ALK's own tests keeps both results
        ("ALK staining was positive and FISH showed no split signals.", ["FISH-", "IHC+"]),
        # precision: one subject of two tests ("IHC and FISH showed") stays one clause
        ("ALK IHC and FISH showed a rearrangement.", ["FISH+", "IHC+"]),
    ],
)
def test_other_stain_result_before_and_a_test_clause_is_not_the_tests(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("cell", "legend", "tests"),
    [
        # the method set as a code in brackets after the fusion, spelled out by the table's legend
        ("TPM3::ALK (TS)", "TS targeted RNA sequencing, NA not available, LN lymph node", ["NGS+"]),
        ("CLTC::ALK (RP)", "RP reverse transcription PCR, NA not available, LN lymph node", ["RT-PCR+"]),
        # precision: a code the legend spells out as no method, or as two, names none
        ("TPM3::ALK (LN)", "TS targeted RNA sequencing, NA not available, LN lymph node", []),
        ("TPM3::ALK (MM)", "MM multimodal FISH and RNA sequencing, NA not available, LN lymph node", []),
    ],
)
def test_fusion_cell_method_code_spelled_out_by_the_legend(cell, legend, tests):
    """A series table's fusion column: "TPM3::ALK (TS)" under a legend spelling out "TS" as a method (invented cases)."""
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = (
        "Two invented cases of a tumour of the colon\n\nResults\nBoth invented patients were seen in a made-up clinic.\n\n"
        "Table 2. Molecular results\n"
        "Case | Age | Sex | Fusion\n"
        f"1 | 40 | F | {cell}\n"
        "2 | 51 | M | NA\n"
        f"{legend}\n\n"
        "Discussion\nThese invented cases are of no real patient.\n"
    )
    doc = read_text(text.encode(), "t", "t.txt")
    row = rows_from_table(doc, doc.tables[0])[0]
    assert (row.alk_fusion_partner, row.alk_tests or []) == (cell.split("::")[0], tests)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The invented nodule was ALK (-) by IHC and FISH.", ["FISH-", "IHC-"]),
        ("The made-up mass was ALK (\u2212) on both IHC and FISH.", ["FISH-", "IHC-"]),
        # a bracketed plus keeps both tests positive
        ("The invented nodule was ALK (+) by IHC and FISH.", ["FISH+", "IHC+"]),
    ],
)
def test_bracketed_minus_after_alk_is_negative_for_every_method_it_names(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("FISH detected a 2p23 rearrangement in the invented tumour.", ["FISH+"]),
        ("A 2p23 break-apart probe showed a split signal in the made-up nodule.", ["FISH+"]),
        ("FISH showed no 2p23 rearrangement.", ["FISH-"]),
        # a karyotype's band pair is no test of the ALK locus
        ("G-banding gave 46,XY,t(2;19)(p23;p13) in the invented tumour.", []),
    ],
)
def test_alk_locus_named_by_its_band_2p23(text, expected):
    assert codes(text) == expected


def test_follow_up_sentence_with_a_break_apart_pattern_gives_the_fish_result():
    row = run_apply(
        apply,
        "FISH for ALK was done on the made-up resection.",
        "It gave a break-apart pattern in a third of the nuclei counted.",
    )
    assert row.alk_tests == ["FISH+"]


@pytest.mark.parametrize(
    "second,expected",
    [
        ("Targeted RNA sequencing had identified the fusion.", ["NGS+"]),
        ("The fusion was confirmed by RT-PCR.", ["RT-PCR+"]),
        # a test only planned to find the fusion gives no result
        ("RNA sequencing is planned to characterise the fusion.", None),
    ],
)
def test_the_fusion_told_again_in_the_next_sentence_gives_its_test(second, expected):
    row = run_apply(apply, "The invented patient had a TPM3-ALK fusion-positive tumour of the flank.", second)
    assert row.alk_tests == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The ALK break-apart probe gave a normal fused signal pattern in the invented nodule.", ["FISH-"]),
        ("ALK FISH showed a normal pattern.", ["FISH-"]),
        # an abnormal pattern is a rearrangement
        ("ALK FISH showed an abnormal signal pattern with split signals.", ["FISH+"]),
    ],
)
def test_normal_fused_signal_pattern_is_no_rearrangement(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("The nodule was negative for ALK rearrangement (FISH) and positive for ROS1 (IHC).", ["FISH-"]),
        ("Her tumour lacked an ALK rearrangement (FISH) but was positive for pan-TRK (IHC).", ["FISH-"]),
        ("The spindle cells were positive for ALK and ROS1 (IHC).", ["IHC+"]),
        ("The mass was positive for ALK (IHC) and negative for ROS1 (FISH).", ["IHC+"]),
    ],
)
def test_bracketed_method_after_another_marker_is_that_markers(text, expected):
    assert codes(text) == expected


def test_bracketed_ihc_of_another_marker_adds_no_alk_stain_to_the_row():
    row = run_apply(apply, "The nodule was negative for ALK rearrangement (FISH) and positive for ROS1 (IHC).")
    assert row.alk_tests == ["FISH-"]
    assert "ALK" not in (row.ihc_positive or [])


@pytest.mark.parametrize(
    "texts,partner_,fusions,tests",
    [
        (("Break-apart FISH showed an ALK rearrangement.", "RNA sequencing identified the fusion partner as TPM3."), "TPM3", ["TPM3::ALK"], ["FISH+", "NGS+"]),
        (("Break-apart FISH showed an ALK rearrangement.", "Targeted RNA sequencing identified the partner gene as CLTC."), "CLTC", ["CLTC::ALK"], ["FISH+", "NGS+"]),
        (("Desmin and SMA were positive.", "RNA sequencing identified the fusion partner as TPM3."), None, None, None),
    ],
)
def test_partner_identified_as_gene_after_an_alk_sentence(texts, partner_, fusions, tests):
    row = run_apply(apply, *texts)
    assert (row.alk_fusion_partner, row.kinase_fusions, row.alk_tests) == (partner_, fusions, tests)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # a sequencing panel that found another kinase's fusion, then ALK denied any alteration in the next sentence
        (("An RNA sequencing panel found an ETV6-NTRK3 fusion.", "No ALK, ROS1 or BRAF alterations were detected."),
         ["NGS-"]),
        (("Targeted NGS showed a TFG-ROS1 fusion.", "No ALK or NTRK alterations were found."), ["NGS-"]),
        # a mutation denied says nothing of a fusion; nor is a probe's test read from a panel's wording
        (("An RNA sequencing panel found an ETV6-NTRK3 fusion.", "No ALK mutations were found."), None),
        (("FISH for ETV6 showed a break-apart signal.", "No ALK or ROS1 alterations were found."), None),
    ],
)
def test_alk_denied_any_alteration_after_a_sequencing_sentence_is_ngs_negative(texts, expected):
    assert run_apply(apply, *texts).alk_tests == expected


def _molecular_first_row(header: str, cell: str, legend: str) -> list[str]:
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = (
        "Two invented cases of a tumour of the colon\n\nResults\nBoth invented patients were seen in a made-up clinic.\n\n"
        "Table 1. Features\n"
        f"Case | Age | Sex | {header} | Outcome\n"
        f"1 | 40 | F | {cell} | NED\n"
        "2 | 51 | M | ND | NED\n"
        f"{legend}\n\n"
        "Discussion\nThese invented cases are of no real patient.\n"
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    return sorted(rows_from_table(doc, table)[0].alk_tests or [])


@pytest.mark.parametrize(
    "cell,legend,tests",
    [
        # the probe named by a code the legend spells out as a method ("SA, split-apart"): the sign after it is the test's
        ("FISH: ALK SA +", "SA, split-apart; NED, no evidence of disease; F, female; M, male.", ["FISH+"]),
        ("FISH: ALK BA −", "BA, break-apart; NED, no evidence of disease; F, female; M, male.", ["FISH-"]),
        ("FISH: ALK BA−; RNA-seq: no fusion", "BA, break-apart; NED, no evidence of disease; F, female; M, male.", ["FISH-", "NGS-"]),
        # precision: a code the legend does not spell out as a method leaves the cell unread
        ("FISH: ALK QX +", "QX, quality index; NED, no evidence of disease; F, female; M, male.", []),
    ],
)
def test_molecular_cell_probe_code_spelled_out_in_the_legend(cell, legend, tests):
    assert _molecular_first_row("Molecular", cell, legend) == tests


@pytest.mark.parametrize(
    "header,cell,tests",
    [
        # a column of two tests named together: each cell names its methods
        ("FISH / NGS", "FISH +", ["FISH+"]),
        ("FISH/RNA-seq", "FISH −; RNA-seq negative", ["FISH-", "NGS-"]),
        ("FISH / NGS", "FISH +; NGS CLTC::ALK", ["FISH+", "NGS+"]),
        # precision: a bare sign under two methods says nothing about which
        ("FISH / NGS", "+", []),
    ],
)
def test_column_of_two_tests_reads_the_methods_its_cells_name(header, cell, tests):
    assert _molecular_first_row(header, cell, "ND, not done.") == tests


@pytest.mark.parametrize(
    "middle,third,expected",
    [
        ("The spindle cells stained strongly and diffusely.", "The fusion was later confirmed by RNA sequencing.", ["NGS+"]),
        ("Mitoses were rare and no necrosis was seen.", "This rearrangement was verified by RT-PCR.", ["RT-PCR+"]),
        # the sentence between names another gene: "the fusion" may be that one's
        ("A ROS1 stain was weak and patchy.", "The fusion was later confirmed by RNA sequencing.", None),
        # a test only planned gives no result
        ("Mitoses were rare and no necrosis was seen.", "RNA sequencing is planned to characterise the fusion.", None),
    ],
)
def test_the_fusion_referred_back_over_an_intervening_sentence_gives_its_test(middle, third, expected):
    row = run_apply(apply, "The made-up tumour of the calf carried an EML4::ALK fusion.", middle, third)
    assert row.alk_tests == expected


_SERIES_WITH_METHODS = (
    "Invented kinase-fused myofibroblastic tumours: a series of three made-up patients\n\n"
    "Methods\n{methods} Immunohistochemistry followed the usual protocols.\n\n"
    "Results\nThe three patients are listed in Table 1.\n\n"
    "Table 1. Clinical and molecular features\n"
    "Case | Age/sex | Site | ALK IHC | Fusion partner | Outcome\n"
    "1 | 14/F | Bladder | + | TPM3 | NED 26 mo\n2 | 52/M | Lung | + | EML4 | NED 18 mo\n"
    "3 | 63/F | Mesentery | + | RANBP2 | AWD 9 mo\n\n"
    "Discussion\nThese invented cases show the range of the disease.\n"
)


@pytest.mark.parametrize(
    "methods,expected",
    [
        ("Fusions were detected by targeted RNA next-generation sequencing on the paraffin blocks.", "NGS+"),
        # a break-apart probe finds no partner: the partner came from some test the Methods do not name
        ("ALK rearrangements were assessed with a break-apart FISH probe.", None),
        # two tests named for fusions: which found a given partner is not said
        ("Fusions were sought by FISH and confirmed by RNA sequencing.", None),
    ],
)
def test_partner_cells_take_the_one_fusion_test_the_methods_name(methods, expected, tmp_path, nlp):
    """A series table gives each partner alone ("TPM3"); the Methods section names the only test used for fusions:
    that test found each partner."""
    from eims_extract.pipeline.extract import process_path

    p = tmp_path / "series.txt"
    p.write_text(_SERIES_WITH_METHODS.format(methods=methods), encoding="utf-8")
    res = process_path(p, nlp)
    rows = sorted(res.rows, key=lambda r: r.case_id)
    assert [r.alk_fusion_partner for r in rows] == ["TPM3", "EML4", "RANBP2"]
    for r in rows:
        assert "IHC+" in (r.alk_tests or [])
        assert ({t for t in r.alk_tests or [] if t != "IHC+"} or {None}) == {expected}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK immunoreactivity was not seen in the tumour cells of the invented nodule.", ["IHC-"]),
        ("ALK staining was not observed in the tumour cells of the made-up nodule.", ["IHC-"]),
        # a novelty claim about the finding stays no negative result
        ("FISH showed an ALK rearrangement, a pattern never observed before at this site.", ["FISH+"]),
    ],
)
def test_stain_not_seen_in_the_tumour_cells_is_negative(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "The made-up mass was negative for ALK and ROS1 rearrangements by FISH and for NTRK fusions by pan-TRK "
            "immunohistochemistry.",
            ["FISH-"],
        ),
        ("ROS1 break-apart FISH was positive, and ALK immunostaining was negative.", ["IHC-"]),
        # a marker coordinated with ALK right before the test shares it
        ("ALK and ROS1 FISH were both negative in the invented lesion.", ["FISH-"]),
    ],
)
def test_test_written_right_after_another_marker_is_that_markers(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("FISH showed that the ALK gene was amplified in the made-up femoral tumour.", []),
        ("On FISH the ALK gene was neither rearranged nor amplified.", ["FISH-"]),
        ("FISH showed an ALK rearrangement, and the ALK gene was also amplified.", ["FISH+"]),
    ],
)
def test_alk_gene_told_amplified_is_no_rearrangement_result(text, expected):
    assert codes(text) == expected


def test_rearrangement_without_a_gene_partner_is_still_positive():
    assert codes("NGS revealed an ALK rearrangement with an intergenic region, without a gene partner.") == ["NGS+"]


@pytest.mark.parametrize(
    "text,partner_",
    [
        ("RT-PCR amplified a fusion transcript, and Sanger sequencing showed the junction of KIF5B exon 24 and ALK exon 20.", "KIF5B"),
        ("Sequencing of the product showed the fusion breakpoint between EML4 exon 13 and ALK exon 20.", "EML4"),
    ],
)
def test_junction_of_a_partner_exon_and_alk_names_the_partner(text, partner_):
    row = run_apply(apply, text)
    assert (row.alk_fusion_partner, row.kinase_fusions) == (partner_, [f"{partner_}::ALK"])


@pytest.mark.parametrize(
    "texts,expected",
    [
        (("Interphase FISH was performed with an ALK break-apart probe; 55% of nuclei showed separated red and green signals.",), ["FISH+"]),
        (("Interphase FISH was performed with an ALK break-apart probe; no separated signals were seen in 200 nuclei.",), ["FISH-"]),
        (("Interphase FISH was performed with an ALK break-apart probe.", "Of the nuclei counted, 55% showed separated red and green signals."), ["FISH+"]),
        # the clause after the semicolon reports another gene's test
        (("Interphase FISH was performed with an ALK break-apart probe; ROS1 FISH showed separated signals.",), None),
    ],
)
def test_separated_signals_after_a_semicolon_give_the_fish_result(texts, expected):
    assert run_apply(apply, *texts).alk_tests == expected


@pytest.mark.parametrize(
    "first,second,expected",
    [
        ("A 50-gene RNA fusion panel covering ALK, ROS1, NTRK1-3 and RET was used on the invented tumour.", "No fusion was detected.", ["NGS-"]),
        ("An RNA panel was used on the made-up mass; it covers ALK, BRAF, ROS1 and RET.", "No fusions were found.", ["NGS-"]),
        # the panel does not list ALK
        ("A 50-gene RNA fusion panel covering ROS1, NTRK1-3 and RET was used on the invented tumour.", "No fusion was detected.", None),
        # a general statement, not the result
        ("A 50-gene RNA fusion panel covering ALK, ROS1, NTRK1-3 and RET was used on the invented tumour.", "No fusion would be expected in such lesions.", None),
    ],
)
def test_no_fusion_after_a_panel_listing_alk_is_the_panels_negative_result(first, second, expected):
    assert run_apply(apply, first, second).alk_tests == expected


def test_fusion_named_after_a_sequencing_told_only_as_performed_is_its_result():
    row = run_apply(
        apply,
        "Targeted RNA sequencing with a panel including ALK, ROS1 and NTRK1-3 was performed on the invented biopsy.",
        "A TPM3-ALK fusion was identified.",
    )
    assert (row.alk_tests, row.alk_fusion_partner) == (["NGS+"], "TPM3")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK rearrangement was not identified by FISH, whereas immunohistochemistry was weakly positive.", ["FISH-", "IHC+"]),
        # a bare stain's verdict about another marker is not ALK's
        ("ALK rearrangement was not identified by FISH, whereas immunohistochemistry was positive for desmin.", ["FISH-"]),
    ],
)
def test_bare_stain_verdict_after_an_alk_clause_is_the_alk_stain(text, expected):
    assert codes(text) == sorted(expected)


def test_partner_revealed_to_be_a_gene_after_an_alk_rearrangement():
    row = run_apply(
        apply, "FISH detected an ALK rearrangement in the made-up lesion, and RNA-seq then revealed the partner to be PRKAR1A."
    )
    assert (row.alk_fusion_partner, row.alk_tests) == ("PRKAR1A", ["FISH+", "NGS+"])


@pytest.mark.parametrize(
    "second,expected",
    [
        ("It was reported as negative two weeks later.", ["FISH-"]),
        ("It was positive.", ["FISH+"]),
    ],
)
def test_test_sent_out_and_its_result_reported_in_the_next_sentence(second, expected):
    assert run_apply(apply, "ALK FISH was sent to an outside laboratory for the invented patient.", second).alk_tests == expected


@pytest.mark.parametrize(
    "second,expected",
    [
        ("No ALK, ROS1 or BRAF alterations were found.", ["NGS-"]),
        # an alteration may be a mutation: never a positive result
        ("An ALK alteration was also found.", None),
    ],
)
def test_no_alk_alterations_after_a_panel_that_found_another_fusion_is_negative(second, expected):
    first = "A targeted RNA NGS panel then detected an in-frame NTRK3-ETV6 fusion in the made-up tumour."
    assert run_apply(apply, first, second).alk_tests == expected


_PANEL_SERIES = """Kinase fusions in three invented spindle cell tumours of made-up children

Methods
Stains: ALK (D5F3), ROS1, pan-TRK, SMA and desmin. {panel}

Results
Table 1. Findings of the three invented patients
Case | Age | Sex | Site | ALK IHC | Molecular
1 | 3 | F | Thigh | Negative | {cell}
2 | 7 | M | Orbit | Negative | NGS: TFG::ROS1
3 | 12 | F | Lung | Positive | NGS: TPM3::ALK

Discussion
These invented tumours belong to no real patient.
"""


@pytest.mark.parametrize(
    "sentence",
    [
        "ALK was assessed with clone D5F3.",
        "ALK rearrangement was evaluated by break-apart FISH on every block.",
        "ALK status was tested by immunohistochemistry (clone 5A4).",
    ],
)
def test_methods_sentence_naming_the_alk_test_gives_no_result(sentence):
    assert alk_results(sentence) == []


def test_methods_verb_with_a_result_keeps_the_result():
    assert [t for t, _, _ in alk_results("ALK was assessed with clone D5F3 and was diffusely positive.")] == ["IHC+"]


@pytest.mark.parametrize(
    ("panel", "cell", "first", "second"),
    [
        # the methods say the sequencing panel covers ALK: a patient whose tumour it found another kinase's fusion in is NGS-
        ("The targeted RNA panel covered ALK, ROS1, NTRK1-3 and RET.", "NGS: ETV6::NTRK3", ["IHC-", "NGS-"], ["IHC-", "NGS-"]),
        ("RNA was sequenced with a fusion panel covering ALK, ROS1 and NTRK1-3.", "NGS: ETV6::NTRK3", ["IHC-", "NGS-"], ["IHC-", "NGS-"]),
        # the fusion given to another test is that test's, not the panel's
        ("The targeted RNA panel covered ALK, ROS1, NTRK1-3 and RET.", "RT-PCR: ETV6::NTRK3", ["IHC-"], ["IHC-", "NGS-"]),
        # no gene list, a list given as advice, or one that leaves ALK out: no ALK result from the panel
        ("A targeted RNA panel was applied where tissue allowed.", "NGS: ETV6::NTRK3", ["IHC-"], ["IHC-"]),
        ("Sequencing panels covering ALK, ROS1 and NTRK1-3 should be used in such tumours.", "NGS: ETV6::NTRK3", ["IHC-"], ["IHC-"]),
        ("The targeted RNA panel covered ROS1, NTRK1-3 and RET.", "NGS: ETV6::NTRK3", ["IHC-"], ["IHC-"]),
    ],
)
def test_panel_covering_alk_that_found_another_kinase_fusion(tmp_path, nlp, panel, cell, first, second):
    """A series' methods name the genes its sequencing panel covers, ALK among them; a patient in whom the panel found
    another kinase's fusion had ALK looked for and not found (invented cases)."""
    from eims_extract.ingest import load_document
    from eims_extract.pipeline.extract import extract_document

    path = tmp_path / "series.txt"
    path.write_text(_PANEL_SERIES.format(panel=panel, cell=cell), encoding="utf-8")
    rows = {r.case_id: r for r in extract_document(load_document(path), nlp)}
    assert sorted(rows["1"].alk_tests or []) == first
    assert sorted(rows["2"].alk_tests or []) == second
    assert "NGS-" not in (rows["3"].alk_tests or [])
    if "NGS-" in first:
        (ev,) = [e for e in rows["1"].evidence["alk_tests"] if "covering" in e.sentence or "covered" in e.sentence]
        assert "ALK" in ev.sentence


@pytest.mark.parametrize(
    "text,expected",
    [
        # a timeline run together: the outcome after the sequencing line is the disease's course, not the test's result
        ("2019-02  wedge resection 2019-03  fusion panel: EML4-ALK 2021-01  no recurrence (22 mo)", ["NGS+"]),
        ("Targeted sequencing showed a CLTC-ALK fusion; there was no evidence of disease at 14 months.", ["NGS+"]),
        ("Break-apart FISH showed ALK split signals, and the girl is well without distant metastasis.", ["FISH+"]),
        # a negative word on the test itself still reads as negative
        ("RNA sequencing found no ALK fusion, and there has been no relapse since.", ["NGS-"]),
    ],
)
def test_no_recurrence_after_a_test_is_not_its_negative_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the negative word heads the stain list before the break-apart probe's own clause: the probe's result is its own
        ("The spindle cells stained for ALK and desmin, and were negative for S100 and CD34, and a commercial ALK "
         "break-apart probe showed split signals in 41% of nuclei.", ["FISH+", "IHC+"]),
        ("The lesion was negative for keratin and myogenin, and an ALK break-apart probe demonstrated split signals.", ["FISH+"]),
        # the probe's own negative still reads
        ("The lesion was positive for desmin, and an ALK break-apart probe showed no rearrangement.", ["FISH-"]),
    ],
)
def test_negative_stain_list_before_a_break_apart_probe_clause_is_not_the_probes_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the sequencing was never run for want of tissue: no result, and the FISH before keeps its own
        ("For the third woman ALK FISH was negative and no material remained for sequencing.", ["FISH-"]),
        ("ALK FISH was positive, but there was insufficient tissue for RNA sequencing.", ["FISH+"]),
        ("ALK FISH was negative; too little DNA was left for a fusion panel.", ["FISH-"]),
    ],
)
def test_no_material_left_for_sequencing_is_no_sequencing_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("prime", ["'", "\u2032", "\u2019"])
def test_partner_named_as_the_five_prime_partner_with_a_typeset_prime(prime):
    r = run_apply(apply, f"ALK break-apart FISH was positive, and RNA sequencing then identified CLTC as the 5{prime} partner.")
    assert r.alk_fusion_partner == "CLTC"
    assert r.alk_tests == ["FISH+", "NGS+"]


@pytest.mark.parametrize(
    "text",
    [
        "The perinuclear ALK staining of patient 2 is typically linked to RANBP2::ALK in epithelioid sarcomas; no partner was found in our tumour.",
        "Her membranous ALK pattern is classically associated with RANBP2-ALK in epithelioid tumours, but sequencing found no partner.",
    ],
)
def test_staining_pattern_linked_to_a_fusion_in_a_class_of_tumours_is_no_finding(text):
    r = run_apply(apply, text)
    assert r.alk_fusion_partner is None and r.kinase_fusions is None


# -- an ALK-test summary line: a FISH share of split nuclei as the note's finding, a bare minus (probe ihc23) ---------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK testing: IHC (D5F3) +; FISH 58% of nuclei with split signals; NGS: EML4::ALK.", ["FISH+", "IHC+", "NGS+"]),
        ("ALK work-up: IHC (5A4) +; FISH: 35% split nuclei.", ["FISH+", "IHC+"]),
        # under the stated cut-off, or under the probe's usual 15% when none is stated: negative
        ("ALK testing: IHC (D5F3) +; FISH 8% of nuclei with split signals (cut-off 10%).", ["FISH-", "IHC+"]),
        ("ALK testing: IHC (D5F3) +; FISH 5% of nuclei with split signals.", ["FISH-", "IHC+"]),
        # precision: a share of cells that names no split is no verdict
        ("ALK testing: IHC positive; FISH 25% of cells.", ["IHC+"]),
    ],
)
def test_fish_share_of_split_nuclei_in_an_alk_testing_line(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK testing: IHC (D5F3) -; FISH not done.", ["IHC-"]),
        ("ALK studies: IHC \u2212; NGS not performed.", ["IHC-"]),
        # guard: a dash that goes on to the result is a separator
        ("ALK testing: IHC (D5F3) - positive, strong and diffuse.", ["IHC+"]),
    ],
)
def test_bare_minus_after_the_method_in_an_alk_testing_line_is_negative(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("header", "legend"),
    [
        ("Molecular (method)", "R targeted RNA sequencing; B break-apart FISH; NA not assessable; ND not done"),
        ("Molecular (method)", "R, targeted RNA sequencing; B, break-apart FISH; ND, not done"),
        ("Molecular method", "R targeted RNA sequencing; B break-apart FISH; ND not done"),
    ],
)
def test_method_coded_molecular_column_gives_the_fusion_and_its_method(header, legend):
    """A series table's "Molecular (method)" column whose cells give the result with its method's code ("TFG::ALK
    (R)") and a legend spelling the codes out, set with semicolons or commas: the row's fusion and the coded method
    (invented cases); a row whose cell names only a non-ALK fusion gives no ALK partner."""
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = "\n".join(
        [
            "Three invented myofibroblastic tumours of children",
            "",
            "Results",
            "The three invented patients were seen in a made-up clinic.",
            "",
            "Table 1 Pathology",
            "",
            f"Pt\tAge\tSex\tSite\tALK\t{header}",
            "1\t4\tF\tLung\t+\tTFG::ALK (R)",
            "2\t9\tM\tBladder\t-\tETV6::NTRK3 (R)",
            "3\t12\tM\tMesentery\t+\tND",
            "",
            legend,
            "",
            "Discussion",
            "These invented cases are of no real patient.",
        ]
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    rows = rows_from_table(doc, table)
    assert rows[0].alk_fusion_partner == "TFG" and rows[0].kinase_fusions == ["TFG::ALK"]
    assert "NGS+" in (rows[0].alk_tests or [])
    assert rows[1].alk_fusion_partner is None and rows[1].kinase_fusions == ["ETV6::NTRK3"]
    assert rows[2].alk_fusion_partner is None and rows[2].kinase_fusions is None


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # the note only names the method: its result is the marked cell's
        (["Rearranged a", "No fusion b", "CLTC-ALK b", "ETV6::NTRK3 b"], [["FISH+"], ["NGS-"], ["NGS+"], ["NGS-"]]),
        (["FISH+ a", "FISH- a; no fusion b", "TFG::ROS1 b", "TPM4-ALK b"], [["FISH+"], ["FISH-", "NGS-"], ["NGS-"], ["NGS+"]]),
    ],
)
def test_method_note_under_marked_molecular_cells_takes_the_cells_result(cells, expected):
    """Notes set on one line under a series table ("a Break-apart FISH. b Targeted RNA panel (ALK, ROS1, NTRK1-3).")
    that name only the method a cell's mark points to: the method is read with the result of the marked cell (a
    negative, a non-ALK fusion, an ALK fusion), not as positive for naming it (invented cases)."""
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = "\n".join(
        [
            "Four invented tumours of the abdomen",
            "",
            "Results",
            "The four invented patients were seen in a made-up clinic.",
            "",
            "Table 1 Molecular findings",
            "",
            "Case\tAge\tSex\tSite\tMolecular",
            *[f"{k}\t{20 + k}\t{'F' if k % 2 else 'M'}\tMesentery\t{cell}" for k, cell in enumerate(cells, 1)],
            "",
            "a Break-apart FISH. b Targeted RNA panel (ALK, ROS1, NTRK1-3).",
            "",
            "Discussion",
            "These invented cases are of no real patient.",
        ]
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    rows = rows_from_table(doc, table)
    assert [sorted(r.alk_tests or []) for r in rows] == [sorted(e) for e in expected]


@pytest.mark.parametrize("method", ["IHC + FISH", "FISH+NGS", "IHC, FISH"])
def test_method_column_listing_methods_joined_by_a_plus_signs_no_test(method):
    """A "Method" column beside the partner column whose cell lists the methods used, joined by a plus ("IHC +
    FISH"), on a row without a partner: no test is read as positive from the plus (invented cases)."""
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = "\n".join(
        [
            "Two invented tumours of the lung",
            "",
            "Results",
            "The two invented patients were seen in a made-up clinic.",
            "",
            "Table 1 Molecular findings",
            "",
            "Case\tAge\tSex\tFusion partner\tMethod",
            "1\t30\tF\tTPM3\tRT-PCR",
            f"2\t45\tM\tNone\t{method}",
            "",
            "Discussion",
            "These invented cases are of no real patient.",
        ]
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    rows = rows_from_table(doc, table)
    assert rows[0].alk_fusion_partner == "TPM3"
    assert not any(t.endswith("+") for t in rows[1].alk_tests or [])


def _marked_molecular_rows(cells: list[str], notes: str):
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = "\n".join(
        [
            "Invented tumours of the abdomen",
            "",
            "Results",
            "The invented patients were seen in a made-up clinic.",
            "",
            "Table 1 Molecular findings",
            "",
            "Case\tAge\tSex\tSite\tMolecular",
            *[f"{k}\t{30 + k}\t{'M' if k % 2 else 'F'}\tOmentum\t{cell}" for k, cell in enumerate(cells, 1)],
            "",
            notes,
            "",
            "Discussion",
            "These invented cases are of no real patient.",
        ]
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    return rows_from_table(doc, table)


@pytest.mark.parametrize(
    ("part", "sign"),
    [
        ("Split signal −", False),
        ("Split signal -", False),
        ("Split signal +", True),
        ("- rearranged", True),
        ("Rearranged", True),
        ("No fusion", False),
    ],
)
def test_marked_part_signed_with_a_trailing_minus_reads_negative(part, sign):
    """The part of a molecular cell carrying a note's mark, its result signed with a minus after the words ("Split
    signal −" marked for a note naming FISH): negative; a dash before the words only separates them (invented)."""
    from eims_extract.fields.alk import _marked_part_sign

    assert _marked_part_sign(part) is sign


@pytest.mark.parametrize(
    "cell",
    ["ALK FISH neg (b); FN1::ALK (a)", "FISH negative (b); FN1::ALK (a)", "FISH negative; FN1::ALK (a)"],
)
def test_negative_method_part_beside_a_fusion_found_by_a_noted_method_stays_negative(cell):
    """A cell of two parts each with its method's mark, one test negative and the fusion found by the other ("FISH
    negative (b); FN1::ALK (a)" over notes naming RNA sequencing and FISH): the FISH negative and the sequencing's
    positive with the fusion, not FISH positive for sharing a cell with the fusion (invented cases)."""
    row, other = _marked_molecular_rows([cell, "Rearranged (b)"], "a Targeted RNA sequencing. b Break-apart FISH.")
    assert other.alk_tests == ["FISH+"]
    assert row.alk_fusion_partner == "FN1"
    assert sorted(row.alk_tests or []) == ["FISH-", "NGS+"]


@pytest.mark.parametrize("undone", ["FISH ND", "FISH not done", "FISH failed"])
def test_method_not_done_beside_a_fusion_found_by_another_method_gets_no_result(undone):
    """A molecular cell telling one method was not done and another found the fusion ("FISH ND; RNA-seq: TPM3::ALK"
    under a legend "ND, not done"): the fusion and the second method's positive, no FISH result (invented cases)."""
    (row, other) = _marked_molecular_rows(
        [f"{undone}; RNA-seq: TPM3::ALK", "FISH+; RNA-seq: EML4::ALK"], "ND, not done; RNA-seq, targeted RNA sequencing."
    )
    assert row.alk_fusion_partner == "TPM3"
    assert row.alk_tests == ["NGS+"]
    assert sorted(other.alk_tests or []) == ["FISH+", "NGS+"]


# -- an ALK fusion found with another partner, or beside a second fusion, is still the test's ALK result (review23) ----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Targeted RNA sequencing showed an ALK rearrangement with a different fusion partner, DCTN1.", ["NGS+"]),
        ("RNA sequencing found an ALK fusion and, in addition, another kinase fusion of unclear meaning.", ["NGS+"]),
        # guard: an unnamed other kinase's fusion alone is still no ALK result
        ("ALK immunostaining was negative, and RNA sequencing found an alternative kinase fusion.", ["IHC-"]),
    ],
)
def test_alk_fusion_found_with_another_partner_or_beside_a_second_fusion_is_alks(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK FISH: 6% of nuclei with split signals.", ["FISH-"]),
        ("The ALK break-apart probe showed split signals in 9% of tumour nuclei.", ["FISH-"]),
        # at or above the usual cut-off, or the author's own verdict, stays as told
        ("ALK FISH: 35% of nuclei with split signals.", ["FISH+"]),
        ("ALK FISH was positive, with split signals in 12% of nuclei.", ["FISH+"]),
        ("ALK FISH showed split signals in 12% of nuclei (cut-off 10%).", ["FISH+"]),
    ],
)
def test_split_signal_share_stated_alone_is_read_against_the_usual_cut_off(text, expected):
    assert codes(text) == expected
# -- a negative that was a narrower test than its method's positive: another ALK clone, or other partners' primers ------
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("ALK stained the cells with clone 5A4 but not with clone ALK1; FISH showed no split signals.",), ["IHC+", "FISH-"]),
        (("ALK (D5F3) was diffusely positive.", "The ALK-1 antibody was negative."), ["IHC+"]),
        (("ALK1 immunostaining was negative, whereas ALK (5A4) was positive.",), ["IHC+"]),
        (("RT-PCR identified an EML4-ALK fusion transcript.", "RT-PCR for TPM3-ALK and CLTC-ALK was negative."), ["RT-PCR+"]),
        (("RT-PCR with primers for RANBP2-ALK gave no product.", "RT-PCR with 5' RACE then amplified a TFG-ALK transcript."),
         ["RT-PCR+"]),
        # guards: a negative with no positive of its method stays; one clone's negative alone stays
        (("RT-PCR for TPM3-ALK and TPM4-ALK was negative.", "RNA sequencing found an FN1-ALK fusion."), ["NGS+", "RT-PCR-"]),
        (("ALK (clone ALK1) was negative.",), ["IHC-"]),
        # guard: a partner gene named in the negative's sentence but not joined to ALK is no partner-specific assay
        (("RT-PCR of the first biopsy found no ALK fusion transcript; TPM3 expression was normal.",
          "RT-PCR of the recurrence amplified an ALK fusion transcript."), ["RT-PCR+", "RT-PCR-"]),
    ],
)
def test_negative_narrower_than_its_methods_positive_gives_way(texts, expected):
    row = run_apply(apply, *texts)
    assert row.alk_tests == expected


@pytest.mark.parametrize(
    "texts",
    [
        # the negative names two clones in one list: both clones negative, no narrower test than the positive
        ("ALK (5A4) was focally positive at the first hospital.", "On review, ALK staining with both ALK1 and D5F3 was negative."),
        ("Immunostaining for ALK was negative with ALK1 and D5F3 clones.",),
        # the positive names no clone: nothing says the negative's clone is the narrower one
        ("ALK (D5F3) immunostaining was negative.", "ALK immunostaining was positive in the recurrence."),
    ],
)
def test_negative_of_clones_listed_together_is_no_narrower_test(texts):
    assert "IHC-" in run_apply(apply, *texts).alk_tests


# -- a split-signal share told with no cut-off and no verdict: negative under the lowest cut-off in use ----------------
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Break-apart FISH for ALK showed split signals in only 4% of nuclei.",), ["FISH-"]),
        (("ALK FISH: split signals in 6% of 200 nuclei.",), ["FISH-"]),
        (("ALK FISH showed that 7% of the scored nuclei had separated signals.",), ["FISH-"]),
        (("Break-apart FISH for ALK was done on the resection.", "Only 3% of nuclei showed separated red and green signals."),
         ["FISH-"]),
        # guards: a share over the lowest cut-off in use (a lab's 10% may be stated elsewhere), or the author's own
        # verdict, stays positive
        (("ALK FISH showed split signals in 48% of nuclei.",), ["FISH+"]),
        (("ALK FISH showed split signals in 12% of nuclei.",), ["FISH+"]),
        (("ALK FISH showed a rearrangement, with split signals in 12% of nuclei.",), ["FISH+"]),
        (("Break-apart FISH for ALK was done.", "Split signals were seen in 9% of nuclei, consistent with rearrangement."),
         ["FISH+"]),
    ],
)
def test_split_share_without_cutoff_under_the_usual_one_is_negative(texts, expected):
    assert run_apply(apply, *texts).alk_tests == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("None of the three tumours showed an ALK rearrangement on RNA sequencing.", ["NGS-"]),
        ("None of the tumours showed ALK rearrangement by FISH.", ["FISH-"]),
        ("Neither tumour harboured an ALK fusion by NGS.", ["NGS-"]),
        ("ALK FISH was positive in none of our cases.", ["FISH-"]),
        # the rearrangement found stays positive
        ("The tumour showed an ALK rearrangement by FISH, but none of the nodes held tumour.", ["FISH+"]),
    ],
)
def test_none_of_the_tumours_denies_the_rearrangement(text, expected):
    """"None of the four tumours showed an ALK rearrangement on sequencing": a pronoun of denial, as "no tumour" is."""
    assert codes(text) == expected


def test_a_form_line_none_is_no_denial_of_a_test():
    """"Adjuvant: none" beside a positive sequencing result in a form: only "none of" / "neither" deny."""
    assert codes("NGS: EML4::ALK fusion detected. Adjuvant: none.") == ["NGS+"]


# -- kinase fusions as real authors write them (fus24; fictional sentences) ------------------------------------------
def _fusion_read(text: str) -> tuple[list[str] | None, str | None]:
    row = run_apply(apply, text)
    return row.kinase_fusions, row.alk_fusion_partner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sequencing revealed a TMP3-NTRK1 fusion in the resected mass.", (["TPM3::NTRK1"], None)),
        ("RNA sequencing identified a TMP4-ALK fusion.", (["TPM4::ALK"], "TPM4")),
    ],
)
def test_transposed_tropomyosin_symbols_read_as_their_gene(text, expected):
    """"TMP3"/"TMP4" (letters transposed) recur in print for TPM3/TPM4: the vocabulary maps them to the HGNC symbol."""
    assert _fusion_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ALK break-apart FISH was positive; the fusion partner was later identified as PRKAR1A.", "PRKAR1A"),
        ("FISH showed an ALK split, and the partner gene was subsequently determined to be VCL.", "VCL"),
        ("RT-PCR identified the partner of ALK as CARS.", "CARS1"),
    ],
)
def test_partner_identified_later_or_as_the_partner_of_alk(text, expected):
    """The partner told by a later test ("was later identified as X", "the partner of ALK as X")."""
    assert _fusion_read(text) == ([f"{expected}::ALK"], expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fusion gene: FN1-ALK (exon 25 : exon 19).", (["FN1::ALK"], "FN1")),
        ("Fusion status: RANBP2-ALK.", (["RANBP2::ALK"], "RANBP2")),
        ("Gene fusion: TFG-ROS1.", (["TFG::ROS1"], None)),
        # guard: a field naming no gene pair gives nothing
        ("Fusion status: pending.", (None, None)),
    ],
)
def test_fusion_result_field_labels_state_a_finding(text, expected):
    """A report's result field ("Fusion gene:", "Fusion status:", "Gene fusion:") says what was found, as "Fusion:" does."""
    assert _fusion_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ALK gene was rearranged, with HNRNPA1 as its partner.", (["HNRNPA1::ALK"], "HNRNPA1")),
        # guard: the present tense of a class of tumours is no finding
        ("ALK is rearranged in half of IMTs, with TPM3 as a frequent partner.", (None, None)),
    ],
)
def test_gene_told_rearranged_in_the_past_is_a_finding(text, expected):
    assert _fusion_read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Given the TPM3-ALK fusion, crizotinib was started.", (["TPM3::ALK"], "TPM3")),
        ("Because of the RANBP2-ALK fusion, she received alectinib.", (["RANBP2::ALK"], "RANBP2")),
        ("Alectinib was chosen because of the EML4-ALK fusion.", (["EML4::ALK"], "EML4")),
        ("In view of the KIF5B-RET fusion, selpercatinib was given.", (["KIF5B::RET"], None)),
        # guards: a present-tense rationale for a class, another author's patient
        ("Given the RANBP2-ALK fusion in EIMS, crizotinib is a rational option.", (None, None)),
        ("Crizotinib was started in the case of Smith et al. because of the TPM3-ALK fusion.", (None, None)),
    ],
)
def test_therapy_given_for_the_patients_own_fusion_tells_that_fusion(text, expected):
    """A drug chosen in the past for "the" fusion ("Given the X-ALK fusion, crizotinib was started") names the
    patient's own fusion even where no sentence says it was found."""
    assert _fusion_read(text) == expected


@pytest.mark.parametrize(
    ("cell", "partner", "fusions"),
    [
        ("ALK (RANBP2)", "RANBP2", ["RANBP2::ALK"]),
        ("ALK+ (TPM3)", "TPM3", ["TPM3::ALK"]),
        ("ALK-R (TPM4)", "TPM4", ["TPM4::ALK"]),
        ("ALK rearranged (EML4)", "EML4", ["EML4::ALK"]),
        ("ROS1 (TFG)", None, ["TFG::ROS1"]),
        ("NTRK3 (ETV6)", None, ["ETV6::NTRK3"]),
        # guards: a sign, a test, a clone or a kinase beside ALK is no partner; a negative cell names none
        ("ALK-negative", None, None),
        ("ALK-rearranged", None, None),
        ("ALK/FISH", None, None),
        ("ALK (D5F3)", None, None),
        ("ALK (FISH)", None, None),
        ("ALK-ROS1", None, None),
        ("ROS1", None, None),
        ("ALK- (TPM3)", None, None),
    ],
)
def test_fusion_cell_kinase_with_bracketed_partner_and_no_sign_as_partner(cell, partner, fusions):
    """A fusion column's cell: the kinase with its partner in brackets ("ALK+ (TPM3)", "ROS1 (TFG)") names the fusion;
    a word beside ALK ("ALK-negative", "ALK/FISH", "ALK (D5F3)") or a kinase alone is never ALK's partner."""
    from eims_extract.fields.alk import _fusions, parse_fusion_partner

    assert parse_fusion_partner(cell) == partner
    assert _fusions(cell, partner) == fusions


@pytest.mark.parametrize(
    ("cell", "partner"),
    [("TPM3 (exon 7)-ALK (exon 20)", "TPM3"), ("ALK fusion (partner: THBS1)", "THBS1"), ("ALK; partner RANBP2", "RANBP2")],
)
def test_fusion_cell_partner_from_the_one_alk_fusion_it_names(cell, partner):
    """A cell whose ALK fusion the gene reading finds (exon notes, a "partner:" label) gives that partner too."""
    from eims_extract.fields.alk import parse_fusion_partner

    assert parse_fusion_partner(cell) == partner


@pytest.mark.parametrize(
    ("sentences", "partner", "fusions"),
    [
        (("FISH showed an ALK rearrangement.", "RNA sequencing found a PPFIBP1 fusion."), "PPFIBP1", ["PPFIBP1::ALK"]),
        (("ALK break-apart FISH was positive.", "A TPM3 fusion was found by RNA sequencing."), "TPM3", ["TPM3::ALK"]),
        (("A break-apart probe showed ALK split signals.", "Targeted RNA sequencing later revealed fusion with IGFBP5."), "IGFBP5", ["IGFBP5::ALK"]),
        (("FISH showed an ALK rearrangement.", "RNA sequencing showed it to be fused with TPM3."), "TPM3", ["TPM3::ALK"]),
        (("ALK rearrangement was confirmed.", "Sequencing revealed the partner gene to be FN1."), "FN1", ["FN1::ALK"]),
        (("FISH showed an ALK rearrangement.", "Sequencing characterised the fusion as DCTN1-ALK."), "DCTN1", ["DCTN1::ALK"]),
        (("NTRK3 FISH showed a split; an ETV6 fusion was confirmed by RT-PCR.",), None, ["ETV6::NTRK3"]),
        # guards: a denied rearrangement before, a fusion denied, absent or only a class's, a fusion partner noun
        (("FISH showed no ALK rearrangement.", "RNA sequencing found a TFG fusion."), None, None),
        (("ALK IHC was negative.", "RNA sequencing revealed fusion with ETV6."), None, None),
        (("FISH showed an ALK rearrangement.", "Sequencing did not reveal fusion with RANBP2."), None, None),
        (("ALK FISH was positive, while an ETV6 fusion was absent.",), None, None),
        (("FISH showed an ALK rearrangement.", "Several IMTs with fusion to TPM3 have been reported."), None, None),
        (("FISH showed an ALK rearrangement.", "The RANBP2 fusion partner is typical of EIMS."), None, None),
    ],
)
def test_partner_named_alone_with_fusion_words_goes_with_the_kinase_rearranged(sentences, partner, fusions):
    """A fusion named by its partner alone ("a PPFIBP1 fusion", "fusion with IGFBP5", "fused with TPM3") goes with the one
    kinase the sentence or the one before reports rearranged, never with one denied there."""
    row = run_apply(apply, *sentences)
    assert (row.alk_fusion_partner, row.kinase_fusions) == (partner, fusions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Like the previously reported cases, our tumour harboured a RANBP2-ALK fusion.", (["RANBP2::ALK"], "RANBP2")),
        ("As in the cases described by Lee et al. [5], the present tumour showed a TPM3-ALK fusion.", (["TPM3::ALK"], "TPM3")),
        ("To our knowledge, this is the first report of a CASC15-ALK fusion in a uterine IMT.", (["CASC15::ALK"], "CASC15")),
        ("We report the first IMT with a KIF5B-ALK fusion arising in the colon.", (["KIF5B::ALK"], "KIF5B")),
        ("This is the third reported case of IMT with a TFG-ROS1 fusion.", (["TFG::ROS1"], None)),
        # guards: another author's first case, another series' index tumour, a denial
        ("Lee et al. reported the first IMT with a KIF5B-ALK fusion.", (None, None)),
        ("The first case with a TFG-ROS1 fusion was reported by Lovly et al.", (None, None)),
        ("In Lee's series, the index tumour harboured a TPM3-ALK fusion.", (None, None)),
        ("This is the first report of an IMT without an ALK fusion.", (None, None)),
        ("Our tumour showed no EML4-ALK fusion.", (None, None)),
    ],
)
def test_own_tumour_or_own_first_report_owns_its_fusion_beside_other_cases(text, expected):
    """The patient's own tumour told with a finding verb ("our tumour harboured X") or the report's novelty claim ("this is
    the first report of a X fusion") owns the fusion, whatever comparison with other cases opens the sentence."""
    assert _fusion_read(text) == expected


@pytest.mark.parametrize(
    ("cell", "methods"),
    [("ALK (FISH)", ["FISH"]), ("ALK+ (RT-PCR)", ["RT-PCR"]), ("ALK (FISH, NGS)", ["FISH", "NGS"]), ("ALK- (FISH)", []), ("ALK negative (FISH)", []), ("ROS1 rearranged (FISH)", [])],
)
def test_fusion_cell_alk_alone_over_its_methods_is_rearranged_by_them(cell, methods):
    """In a fusion column, ALK alone with its methods in brackets tells ALK found rearranged by them (no partner)."""
    from eims_extract.fields.alk import parse_fusion_partner, rearrangement_methods

    assert parse_fusion_partner(cell) is None
    assert rearrangement_methods(cell) == methods


def _fusion_column_rows(header: str, cells: list[str]):
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = "\n".join(
        ["Invented tumours of the abdomen", "", "Results", "The invented patients were seen in a made-up clinic.", "",
         "Table 1 Molecular findings", "", f"Case\tAge\tSex\tSite\t{header}",
         *[f"{k}\t{30 + k}\t{'M' if k % 2 else 'F'}\tOmentum\t{cell}" for k, cell in enumerate(cells, 1)], "",
         "Discussion", "These invented cases are of no real patient.", ""]
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    return rows_from_table(doc, table)


@pytest.mark.parametrize(
    ("header", "cell", "expected"),
    [
        ("ALK fusion (FISH)", "ALK-rearranged", (None, None, ["FISH+"])),
        ("ALK fusion (FISH)", "ALK-pos", (None, None, ["FISH+"])),
        ("Fusion partner", "ALK-positive by FISH", (None, None, ["FISH+"])),
        ("Fusion partner", "ALK/FISH", (None, None, ["FISH+"])),
        ("ALK fusion (FISH)", "ALK (RANBP2)", ("RANBP2", ["RANBP2::ALK"], ["FISH+"])),
        # guards: a negative cell, another kinase's fusion, its partner in brackets
        ("ALK fusion (FISH)", "ALK-negative", (None, None, None)),
        ("Fusion partner", "ALK- (FISH)", (None, None, None)),
        ("ALK fusion (FISH)", "ROS1 (TFG)", (None, ["TFG::ROS1"], None)),
    ],
)
def test_fusion_column_cell_telling_alk_rearranged_without_partner_keeps_its_method(header, cell, expected):
    """A fusion column's cell telling ALK rearranged without a partner ("ALK-rearranged" under "ALK fusion (FISH)",
    "ALK/FISH") gives the method's positive result and no partner (never "REARRANGED" or "FISH" as one)."""
    row = _fusion_column_rows(header, [cell, "RANBP2-ALK"])[0]
    assert (row.alk_fusion_partner, row.kinase_fusions, row.alk_tests) == expected


# -- an opener telling an earlier test's result: that test's, never the method after the opener ----------------------
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Although ALK staining was negative, FISH was positive for ALK rearrangement.",), ["IHC-", "FISH+"]),
        (("Despite negative ALK immunostaining, FISH showed an ALK rearrangement.",), ["IHC-", "FISH+"]),
        (("After negative ALK staining, break-apart FISH showed an ALK rearrangement.",), ["IHC-", "FISH+"]),
        (("Following an equivocal ALK IHC, FISH showed an ALK rearrangement.",), ["FISH+"]),
        # guards: a method inside the opener keeps its own result; an opener with no test result changes nothing
        (("Despite a negative FISH, RNA sequencing revealed an EML4-ALK fusion.",), ["FISH-", "NGS+"]),
        (("Although the tumour was large, FISH showed no ALK rearrangement.",), ["FISH-"]),
    ],
)
def test_earlier_result_in_an_opener_is_not_the_later_methods(texts, expected):
    assert run_apply(apply, *texts).alk_tests == expected


# -- a test that failed or gave nothing to read has no result ------------------------------------------------------
@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("An IMT of the bladder with an FN1-ALK fusion detected by RNA sequencing after failed FISH analysis",), ["NGS+"]),
        (("After a failed ALK FISH, RNA sequencing found an EML4-ALK fusion.",), ["NGS+"]),
        (("ALK FISH gave no evaluable signals owing to poor fixation.",), None),
        (("FISH for ALK was attempted, but no interpretable signals were obtained because of cautery artefact.",), None),
        (("A failed first FISH was repeated on another block and showed an ALK rearrangement.",), ["FISH+"]),
        # guards: "failed to show" is a negative result; nuclei called evaluable do not make the result void
        (("FISH failed to show an ALK rearrangement.",), ["FISH-"]),
        (("ALK FISH showed no rearrangement in 100 evaluable nuclei.",), ["FISH-"]),
    ],
)
def test_failed_or_unreadable_test_gives_no_result(texts, expected):
    assert run_apply(apply, *texts).alk_tests == expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("Rare cells were weakly positive for ALK, which was considered negative.",), ["IHC-"]),
        (("With the ALK antibody only weak staining of rare cells (<10%) was seen; we regarded this as positive.",), ["IHC+"]),
        (("ALK immunostaining showed weak staining in rare cells, which was interpreted as negative.",), ["IHC-"]),
    ],
)
def test_authors_verdict_on_a_weak_alk_stain_is_the_ihc_result(texts, expected):
    assert run_apply(apply, *texts).alk_tests == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series' methods list of tests done on a condition names the means, no patient's result
        ("ALK immunohistochemistry for all cases, FISH, RT-PCR and sequencing when indicated.", []),
        ("ALK IHC, FISH and NGS as available.", []),
        ("ALK FISH and RNA sequencing if needed.", []),
        ("FISH and RT-PCR for ALK where clinically indicated.", []),
        # a result told beside the condition still stands
        ("ALK IHC was positive; FISH was done when indicated and showed a split signal.", ["FISH+", "IHC+"]),
        ("ALK IHC+, FISH+.", ["FISH+", "IHC+"]),
    ],
)
def test_conditional_methods_list_is_no_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "gene"),
    [
        # the person named with an appositive set off by commas before the verb: the tumour's fusion is still hers
        ("The second patient, a 50-year-old man, had a pleural mass with TPM3-ALK fusion.", "TPM3"),
        ("The girl, an 8-year-old, presented with a pelvic tumour harbouring an EML4-ALK fusion.", "EML4"),
    ],
)
def test_person_with_appositive_had_mass_with_fusion(text, gene):
    assert [g for g, _, _ in partners_in(text)] == [gene]


def test_person_with_appositive_guard_hypothetical_fusion():
    # guard: a mass "with" a fusion only wished for stays unread
    assert partners_in("The patient, a 50-year-old man, had a pleural mass; an EML4-ALK fusion was suspected.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an elliptical clause giving the later tests the stain's result: the stain keeps its own
        ("The ALK immunostain was negative, as were break-apart FISH and RNA sequencing.", ["FISH-", "IHC-", "NGS-"]),
        ("ALK staining was diffusely positive, as was FISH.", ["FISH+", "IHC+"]),
        # the molecular test reporting ALK without a stain
        ("ALK was negative by FISH, as was RNA sequencing.", ["FISH-", "NGS-"]),
    ],
)
def test_stain_result_then_as_were_later_tests(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("ALK staining was negative, as were break-apart FISH and targeted RNA sequencing.", ["FISH-", "IHC-", "NGS-"]),
        ("FISH and targeted RNA sequencing were both negative for ALK.", ["FISH-", "NGS-"]),
        ("ALK IHC was negative, but FISH and hybrid-capture DNA sequencing were positive.", ["FISH+", "IHC-", "NGS+"]),
    ],
)
def test_assay_kind_before_second_coordinated_method_keeps_the_shared_result(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected", "found_partner"),
    [
        ("Targeted RNA sequencing found TPM4::ALK - a reminder that FISH can miss small inversions.", ["NGS+"], "TPM4"),
        ("Break-apart FISH was negative, whereas the fusion panel detected EML4::ALK \u2014 which underlines the value of RNA testing.",
         ["FISH-", "NGS+"], "EML4"),
    ],
)
def test_regression_an_authors_dash_comment_does_not_hedge_the_result(text, expected, found_partner):
    # the "may/can" of a comment set off by a dash belongs to the comment, not to the result before it
    assert codes(text) == expected
    assert partner(text) == found_partner


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("(B) FISH: fused signals only.", "(C) Split reads of the KIF5B::ALK junction.", []),
        ("c) Break-apart FISH, normal pattern.", "d) Junction reads, RANBP2::ALK.", []),
    ],
)
def test_regression_a_legend_panel_is_no_result_line_of_the_panel_before(before, after, expected):
    row = run_apply(apply, before, after)
    assert [t for t in row.alk_tests or [] if t.startswith("FISH+")] == expected


def test_a_result_line_after_a_molecular_panel_line_still_reads():
    # guard: the panel named on one line, its fusion on the next (no figure panels)
    row = run_apply(apply, "Molecular: FISH for ALK.", "Fusion: rearranged, EML4::ALK.")
    assert "FISH+" in (row.alk_tests or [])


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # the panel named, then its fusion of another kinase, then ALK's absence: NGS-
        (("Tumour RNA was run on a targeted sequencing panel of 60 fusion genes.",
          "An ETV6 exon 4 - NTRK3 exon 14 fusion was found.",
          "No fusions of ALK, ROS1 or RET were identified."), ["NGS-"]),
        # precision: only an absence is read over the other kinase's line, never a positive
        (("Tumour RNA was run on a targeted sequencing panel of 60 fusion genes.",
          "A TPM3::ROS1 fusion was found.",
          "Fusion reads mapped to ALK exon 20."), []),
    ],
)
def test_regression_alk_absence_told_after_the_panels_other_kinase_fusion(texts, expected):
    row = run_apply(apply, *texts)
    assert (row.alk_tests or []) == expected


# -- "Fusion assay | Fusion detected": the assay column signs the fusion the next column names ----------------------
def _assay_and_fusion_rows(cells: list[tuple[str, str]]):
    from eims_extract.fields.literature_table import rows_from_table
    from eims_extract.ingest.text import read_text

    text = "\n".join(
        ["Invented tumours of the chest", "", "Results", "The invented patients were seen in a made-up clinic.", "",
         "Table 2 Molecular results", "", "Case\tALK IHC\tFusion assay\tFusion detected",
         *[f"{k}\t+\t{assay}\t{found}" for k, (assay, found) in enumerate(cells, 1)], "",
         "Discussion", "These invented cases are of no real patient.", ""]
    )
    doc = read_text(text.encode(), "m", "m.txt")
    (table,) = doc.tables
    return rows_from_table(doc, table)


@pytest.mark.parametrize(
    ("assay", "found", "expected"),
    [
        ("Targeted RNA NGS", "EML4::ALK", ("EML4", ["EML4::ALK"], ["IHC+", "NGS+"])),
        ("RT-PCR", "NPM1-ALK", ("NPM1", ["NPM1::ALK"], ["IHC+", "RT-PCR+"])),
        # ALK told rearranged with its partner unnamed: the assay found it, no partner
        ("Hybrid-capture DNA NGS", "ALK rearrangement, partner not resolved", (None, None, ["IHC+", "NGS+"])),
        # precision: another kinase's fusion gives no ALK result; a not-done assay signs nothing
        ("RNA NGS", "PPFIBP1::ROS1", (None, ["PPFIBP1::ROS1"], ["IHC+"])),
        ("ND", "ALK rearrangement, partner not resolved", (None, None, ["IHC+"])),
    ],
)
def test_fusion_assay_column_signs_the_fusion_detected_beside_it(assay, found, expected):
    row = _assay_and_fusion_rows([(assay, found), ("RNA NGS", "no fusion")])[0]
    assert (row.alk_fusion_partner, row.kinase_fusions, row.alk_tests) == expected


@pytest.mark.parametrize(
    ("cell", "tests"),
    [
        # a share of nuclei printed in brackets beside a worded result is no part of its sign
        ("ALK FISH positive (35%)", ["FISH+"]),
        ("ALK FISH negative (4% of nuclei)", ["FISH-"]),
        ("ALK FISH positive (61%); RNA-seq ND", ["FISH+"]),
        # precision: another gene's probe gives ALK nothing
        ("ROS1 FISH positive (35%)", []),
    ],
)
def test_molecular_cell_worded_result_with_a_bracketed_share(cell, tests):
    assert _molecular_first_row("Molecular", cell, "ND, not done; NED, no evidence of disease.") == tests


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Unlike the tumour with an EML4-ALK fusion reported by Ito et al., the present tumour carried a TPM4-ALK fusion "
         "on RNA sequencing.", ("TPM4", ["TPM4::ALK"], ["NGS+"])),
        ("In contrast to the case published by Ito and colleagues, RNA sequencing found a TPM4-ALK fusion.",
         ("TPM4", ["TPM4::ALK"], ["NGS+"])),
        ("Unlike most IMTs, the tumour carried a TPM4-ALK fusion on RNA sequencing.", ("TPM4", ["TPM4::ALK"], ["NGS+"])),
        ("Unlike most EIMS, which harbour RANBP2-ALK, this tumour carried an EML4-ALK fusion.", ("EML4", ["EML4::ALK"], [])),
        ("As in many IMTs with TPM3-ALK, the stain was granular.", (None, [], [])),
        ("In the tumour described by Moreau and Dietz, sequencing found a TFG-ROS1 fusion.", (None, [], [])),
    ],
)
def test_comparison_opener_ends_at_its_comma(text, expected):
    """A comparison opening the sentence ("Unlike most IMTs, ...", "Unlike the case reported by X et al., ...") holds the
    other tumours' fusions; the main clause after its comma tells this tumour's fusion and test."""
    assert (partner(text), [f for f, _, _ in fusions_in(text)], codes(text)) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Inflammatory myofibroblastic tumour with NUMA1-ALK gene fusion mimicking a desmoid", ["NUMA1::ALK"]),
        ("An IMT carrying RANBP2 and ALK gene rearrangement, masquerading as a leiomyoma", ["RANBP2::ALK"]),
        ("A spindle cell tumour mimicking an IMT with a TPM3-ALK fusion", []),
    ],
)
def test_mimic_after_the_fusion_does_not_hedge_it(text, expected):
    """A title's "mimicking X" / "masquerading as X" after the fusion names what the tumour looked like; the
    differential-diagnosis hedge stays with the mimic, not with the fusion before it."""
    assert [f for f, _, _ in fusions_in(text, title=True)] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Break-apart FISH showed rearrangement of both RANBP2 and ALK.", ["RANBP2::ALK"]),
        ("FISH showed rearrangement of both ALK and ROS1.", []),
    ],
)
def test_rearrangement_of_both_partner_and_kinase(text, expected):
    """"rearrangement of both X and ALK": the partner gene and the kinase rearranged together name their fusion (two
    kinases name none)."""
    assert [f for f, _, _ in fusions_in(text)] == expected
