"""The field registry: every case-row field is declared once, by its family, with a consistent kind."""

from __future__ import annotations

import pytest

from eims_extract.errors import CurationError
from eims_extract.fields.registry import FieldSpec, register, spec, specs
from eims_extract.records import BOOL_FIELDS, FLOAT_FIELDS, LIST_FIELDS, VALUE_FIELDS


def test_every_value_field_has_exactly_one_spec():
    assert sorted(specs()) == sorted(VALUE_FIELDS)


@pytest.mark.parametrize("name", VALUE_FIELDS)
def test_spec_kind_agrees_with_the_row_type(name):
    kind = spec(name).kind
    expected = "list" if name in LIST_FIELDS else "bool" if name in BOOL_FIELDS else "float" if name in FLOAT_FIELDS else "scalar"
    assert kind == expected


@pytest.mark.parametrize("name", sorted(FLOAT_FIELDS))
def test_float_fields_declare_a_curation_range(name):
    lo, hi = spec(name).value_range or (None, None)
    assert lo is not None and hi is not None and lo < hi


@pytest.mark.parametrize("name", sorted(LIST_FIELDS))
def test_list_fields_declare_an_item_validator(name):
    assert spec(name).validate is not None


@pytest.mark.parametrize(
    ("name", "family"),
    [("alk_fusion_partner", "alk"), ("follow_up_months", "outcome"), ("site", "site"), ("reference", "reference")],
)
def test_field_is_declared_by_its_family_module(name, family):
    assert spec(name).compare.__module__ in (f"eims_extract.fields.{family}", "eims_extract.fields.registry")
    validate = spec(name).validate
    assert validate is None or validate.__module__ == f"eims_extract.fields.{family}"


def test_registering_a_field_twice_is_refused():
    dup = FieldSpec("alk_fusion_partner", "scalar", lambda v: v, "narrative")
    with pytest.raises(ValueError, match="registered twice"):
        register(dup)


@pytest.mark.parametrize(("text", "partner"), [("ranbp2", "RANBP2"), ("TPM3", "TPM3")])
def test_partner_validator_gives_the_gene_symbol(text, partner):
    assert spec("alk_fusion_partner").validate(text, lambda item: None) == partner


def test_partner_validator_refuses_a_non_gene():
    with pytest.raises(CurationError, match="not a gene symbol"):
        spec("alk_fusion_partner").validate("positive by FISH", lambda item: None)
