import re

import pytest

from eims_extract import normalize as n


@pytest.mark.parametrize(
    "text,years",
    [("59y", 59.0), ("7mo", 0.58), ("4mo", 0.33), ("10d", 0.03), ("NA", None), ("", None), ("43", 43.0)],
)
def test_parse_age(text, years):
    assert n.parse_age(text) == years


@pytest.mark.parametrize(
    "a,b",
    [("S100", "S-100"), ("α-SMA", "SMA"), ("smooth muscle actin", "SMA"), ("MIB-1", "Ki-67"), ("c-kit", "CD117"), ("podoplanin", "D2-40"), ("AE1/AE3", "CK")],
)
def test_marker_synonyms_share_a_canonical_name(a, b):
    assert n.canonical_marker(a) == n.canonical_marker(b)


@pytest.mark.parametrize(
    "text,site",
    [("Mesenchymal tissue", "mesenchymal tissue"), ("small bowel mesentery", "mesentery"), ("Greater omentum", "omentum"), ("Intra- abdominal", "intra-abdominal"), ("Intra-abdominal", "intra-abdominal"), ("NA", None)],
)
def test_canonical_site(text, site):
    assert n.canonical_site(text) == site


@pytest.mark.parametrize(
    "codes,joined",
    [(["ALKi", "SE", "Che"], "SE+Che+ALKi"), (["RT", "SE"], "SE+RT"), ([], None), (["chemotherapy", "surgery"], "SE+Che")],
)
def test_treatment_join_orders_codes(codes, joined):
    assert n.treatment_join(codes) == joined


@pytest.mark.parametrize("text,val", [("+", True), ("–", False), ("-", False), ("−", False), ("NA", None)])
def test_parse_sign_accepts_every_dash(text, val):
    assert n.parse_sign(text) is val if val is not None else n.parse_sign(text) is None


@pytest.mark.parametrize("text,val", [("thirty-one", 31.0), ("six", 6.0), ("43", 43.0), ("twenty two", 22.0), ("many", None)])
def test_words_to_number(text, val):
    assert n.words_to_number(text) == val


def test_vocabularies_load_and_validate():
    for name in ("markers", "sites", "drugs", "regimens", "genes"):
        assert n.vocabulary(name), name
    assert n.regimen_drugs("Xelox") == ["capecitabine", "oxaliplatin"]
    assert n.drug_class("Alecensa") == "ALKi"


@pytest.mark.parametrize(
    "name,canonical",
    [("Left kidney", "kidney"), ("Liver (segment VI)", "liver"), ("Right lower lobe", "lung"), ("Mesocolon", "mesentery")],
)
def test_canonical_site_drops_side_and_sub_site(name, canonical):
    """Regression (blind set 9): "Left kidney" in a table stayed "left kidney"."""
    assert n.canonical_site(name) == canonical


@pytest.mark.parametrize(
    ("name", "canonical", "code"),
    [
        ("L. orbit", "orbit", "C69.6"),
        ("Rt kidney", "kidney", "C64.9"),
        ("R parotid", "parotid gland", "C07.9"),
        ("Lt. maxillary sinus", "paranasal sinus", "C31.0"),
        # precision: a bare side letter names no site
        ("R.", "r.", None),
    ],
)
def test_side_abbreviated_in_a_site_cell_is_dropped(name, canonical, code):
    assert (n.canonical_site(name), n.site_code(name)) == (canonical, code)


# -- issue 12: ICD-O-3 site codes, HGNC genes, kinase fusions ------------------------------------------------
@pytest.mark.parametrize(
    "name,canonical,code",
    [
        ("laryngeal", "larynx", "C32.9"),
        ("glottic", "larynx", "C32.0"),
        ("retroperitoneal", "peritoneum", "C48.0"),  # the gold files' row value, the precise code
        ("Peritoneum", "peritoneum", "C48.2"),
        ("pleural", "pleura", "C38.4"),
        ("hepatic", "liver", "C22.0"),
        ("Left thigh", "soft tissue", "C49.2"),
        ("lower extremity", "soft tissue", "C49.2"),  # a limb is coded as the soft tissue of that limb
        ("upper limb", "soft tissue", "C49.1"),
        ("Right upper lobe", "lung", "C34.9"),  # a lobe keeps the lung NOS code (gold convention)
        ("left main bronchus", "lung", "C34.0"),
        ("tail of the pancreas", "pancreas", "C25.2"),
        ("vesical", "bladder", "C67.9"),
        ("intestine", "intestine", "C26.0"),  # a canonical shared by several lines names its default line
        ("Skin of upper back", "skin", "C44.5"),  # the skin of a part of the trunk is the skin of the trunk
        ("skin of the lower back", "skin", "C44.5"),
        ("posterior nasopharyngeal wall", "nasopharynx", "C11.1"),  # a wall named by the organ's adjective
        ("gastric corpus", "stomach", "C16.2"),  # the body of the stomach by its Latin name and adjective
        ("lateral nasal wall", "nasal cavity", "C30.0"),
    ],
)
def test_site_synonyms_and_adjectives_have_icdo3_codes(name, canonical, code):
    assert (n.canonical_site(name), n.site_code(name)) == (canonical, code)


def test_site_vocabulary_covers_every_body_region():
    groups = {e.code[:3] for e in n.site_entries().values()}
    # every 3-character topography group from lip (C00) to lymph nodes (C77) that ICD-O-3 uses
    expected = {f"C{i:02d}" for i in range(0, 78)} - {"C27", "C28", "C29", "C35", "C36", "C43", "C45", "C46", "C59"}  # not used by ICD-O-3
    assert expected <= groups, sorted(expected - groups)
    assert len({e.code for e in n.site_entries().values()}) > 200


@pytest.mark.parametrize("text,code", [("c32.9", "C32.9"), (" C329 ", "C32.9"), ("C32", "C32"), ("larynx", None), (None, None)])
def test_normalise_site_code(text, code):
    assert n.normalise_site_code(text) == code


@pytest.mark.parametrize(
    "text,fusion",
    [
        ("ETV6-NTRK3", "ETV6::NTRK3"),
        ("tfg::ros1", "TFG::ROS1"),
        ("CARS-ALK", "CARS1::ALK"),  # a previous HGNC symbol maps to the current one
        ("RANBP2\u2013ALK", "RANBP2::ALK"),  # en dash
        ("TPM3 NTRK1", "TPM3::NTRK1"),
        ("ALK", None),
        ("NA", None),
    ],
)
def test_canonical_fusion_uses_current_hgnc_symbols(text, fusion):
    assert n.canonical_fusion(text) == fusion


@pytest.mark.parametrize("gene,kinase", [("ALK", True), ("NTRK3", True), ("ROS1", True), ("RANBP2", False), ("ETV6", False)])
def test_kinase_genes_are_marked_in_the_gene_vocabulary(gene, kinase):
    assert n.is_kinase(gene) is kinase


@pytest.fixture
def broken_vocab(monkeypatch):
    """Serve a vocabulary file's lines from the test instead of the package, caches cleared around it."""

    def use(name: str, lines: list[dict]) -> None:
        from eims_extract import rules

        real = rules.read_lines
        numbered = list(enumerate(lines, 1))
        monkeypatch.setattr(rules, "read_lines", lambda d, f: numbered if (d, f) == ("vocab", name) else real(d, f))
        for fn in (n.vocabulary, n.site_entries, n._index):
            fn.cache_clear()

    yield use
    monkeypatch.undo()
    for fn in (n.vocabulary, n.site_entries, n._index):
        fn.cache_clear()


@pytest.mark.parametrize(
    "lines,message",
    [
        ([{"code": "32.9", "preferred": "Larynx", "canonical": "larynx", "synonyms": []}], "ICD-O-3 topography code"),
        ([{"code": "C32.9", "canonical": "larynx", "synonyms": []}], "preferred"),
        ([{"code": "C32.9", "preferred": "Larynx", "canonical": "larynx", "synonyms": [], "colour": "red"}], "unknown key"),
        (
            [
                {"code": "C32.9", "preferred": "Larynx", "canonical": "larynx", "synonyms": ["voice box"]},
                {"code": "C32.0", "preferred": "Glottis", "canonical": "larynx", "synonyms": ["voice box"]},
            ],
            "names both",
        ),
        ([{"code": "C32.9", "preferred": "Larynx", "canonical": "larynx", "synonyms": [], "within": "neck"}], "within"),
    ],
)
def test_bad_site_vocabulary_fails_at_load(broken_vocab, lines, message):
    from eims_extract.errors import ConfigError

    broken_vocab("sites", lines)
    with pytest.raises(ConfigError, match=message):
        n.site_entries()


# -- named sub-patterns (patterns/macros.jsonl) ---------------------------------
@pytest.mark.parametrize(("text", "count"), [("two and a half years", "two and a half"), ("18 months", "18")])
def test_count_half_macro_reads_a_count_with_an_optional_half(text, count):
    import re

    m = re.match(n.expand_macros("{{count_half}}", "test") + r"\s+\w+", text)
    assert m and m.group("num") == count


def test_unknown_macro_is_a_config_error_naming_the_rule():
    from eims_extract.errors import ConfigError

    with pytest.raises(ConfigError, match=r"outcome.jsonl:7.*unknown macro \{\{gene_symbl\}\}"):
        n.expand_macros(r"\b{{gene_symbl}}-ALK\b", "patterns/outcome.jsonl:7 (fu-x)")


def test_a_regex_quantifier_is_not_taken_for_a_macro():
    assert n.expand_macros(r"\d{1,3}", "test") == r"\d{1,3}"


@pytest.mark.parametrize(
    ("name", "spelling"),
    [
        ("paranasal sinuses", "para-nasal sinuses"),
        ("retroperitoneum", "retro peritoneum"),
        ("soft tissue", "soft-tissue"),
        ("soft-tissue", "soft tissue"),
    ],
)
def test_spelling_variants_cover_prefixes_set_apart_and_hyphens(name, spelling):
    from eims_extract.normalize import spelling_variants

    assert spelling in spelling_variants(name)
    assert spelling_variants("lung") == ("lung",)


@pytest.mark.parametrize(
    "unit,k",
    [("años", "y"), ("anos", "y"), ("ans", "y"), ("meses", "m"), ("mois", "m"), ("semanas", "w"), ("jours", "d"), ("lunes", None)],
)
def test_romance_language_time_units(unit, k):
    assert n.unit_key(unit) == k


@pytest.mark.parametrize(
    "text,val", [("dos", 2.0), ("trois", 3.0), ("cuatro", 4.0), ("sept", 7.0), ("dez", 10.0), ("doce", 12.0), ("quince", None)]
)
def test_romance_language_number_words(text, val):
    assert n.words_to_number(text) == val


def test_romance_language_ages_convert_to_years():
    assert (n.to_years(18, "meses"), n.to_years(3, "ans"), n.months(2, "anos")) == (1.5, 3.0, 24.0)


@pytest.mark.parametrize(
    "text,val",
    [
        # Spanish, French and Portuguese teens, tens and compounds, with or without their accents
        ("dieciocho", 18.0), ("dieciséis", 16.0), ("dieciseis", 16.0), ("veintitrés", 23.0), ("treinta", 30.0),
        ("treinta y seis", 36.0), ("cincuenta", 50.0), ("sesenta", 60.0),
        ("quinze", 15.0), ("dix-sept", 17.0), ("vingt-deux", 22.0), ("vingt et un", 21.0), ("quarante", 40.0),
        ("soixante", 60.0), ("trente", 30.0),
        ("dezoito", 18.0), ("três", 3.0), ("vinte e dois", 22.0), ("catorze", 14.0), ("cinquenta", 50.0),
        ("trinta", 30.0),
        # not a number: a unit after a connector, two units joined, a teen after "y"
        ("seis y ocho", None), ("dix huit", None), ("doce y dos", None), ("veinte y", None), ("treinta y año", None),
    ],
)
def test_romance_language_number_words_up_to_sixty(text, val):
    assert n.words_to_number(text) == val


@pytest.mark.parametrize("unit,k", [("año", "y"), ("an", "y"), ("ano", "y"), ("mes", "m"), ("mês", "m")])
def test_romance_language_singular_time_units(unit, k):
    assert n.unit_key(unit) == k


@pytest.mark.parametrize(
    ("name", "canonical", "code"),
    [
        ("lumbar vertebra", "bone", "C41.2"),
        ("cervical vertebrae", "bone", "C41.2"),
        ("sacral vertebra", "bone", "C41.4"),
        ("spinal meninges", "meninges", "C70.1"),
        ("thoracic dura", "meninges", "C70.1"),
        ("cavernous sinus", "meninges", "C70.0"),
        # precision: a spinal level alone keeps its own meaning
        ("cervical spine", "bone", "C41.2"),
    ],
)
def test_regression_gold_spine_and_dura_names_map_to_their_site(name, canonical, code):
    """A gold site named with its spinal level ("lumbar vertebra") did not map to its canonical site and code."""
    from eims_extract.normalize import canonical_site, site_code

    assert (canonical_site(name), site_code(name)) == (canonical, code)


def _site_titles() -> dict[str, set[str]]:
    """Each code of ``vocab/sites.jsonl`` -> the titles its lines give, each line's own bracketed part dropped."""
    from eims_extract.normalize import site_entries

    out: dict[str, set[str]] = {}
    for e in {id(e): e for e in site_entries().values()}.values():
        out.setdefault(e.code, set()).add(re.sub(r"\s*\([^()]*\)$", "", e.preferred))
    return out


#: titles of the ICD-O-3 topography list: codes whose lines named a part ("Mesentery" for C48.1) or a shortened
#: title in its place, and C48's neighbours
@pytest.mark.parametrize(
    "code,title",
    [
        ("C01.9", "Base of tongue, NOS"),
        ("C04.9", "Floor of mouth, NOS"),
        ("C16.5", "Lesser curvature of stomach, NOS"),
        ("C18.0", "Cecum"),
        ("C18.9", "Colon, NOS"),
        ("C41.0", "Bones of skull and face and associated joints"),
        ("C47.0", "Peripheral nerves and autonomic nervous system of head, face and neck"),
        ("C47.6", "Peripheral nerves and autonomic nervous system of trunk, NOS"),
        ("C48.0", "Retroperitoneum"),
        ("C48.1", "Specified parts of peritoneum"),
        ("C48.2", "Peritoneum, NOS"),
        ("C49.4", "Connective, subcutaneous and other soft tissues of abdomen"),
        ("C63.7", "Other specified parts of male genital organs"),
    ],
)
def test_site_line_preferred_name_is_its_codes_icdo3_title(code, title):
    assert _site_titles()[code] == {title}


def test_site_lines_of_one_code_share_its_title():
    """A code kept as several row values (mesentery and omentum, both C48.1) is one ICD-O-3 title: no line may name
    its own part in the title's place."""
    assert {code: titles for code, titles in _site_titles().items() if len(titles) > 1} == {}
