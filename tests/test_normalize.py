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


@pytest.mark.parametrize(
    "text,out",
    [("12 mo (DOD)", (12.0, "DOD")), ("40 mo (ANED)", (40.0, "ANED")), ("NA", (None, None)), ("2 y (AWD)", (24.0, "AWD"))],
)
def test_parse_follow_up(text, out):
    assert n.parse_follow_up(text) == out


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
