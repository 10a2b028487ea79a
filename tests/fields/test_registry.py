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


# -- table columns: header synonyms (data) and cell readers, found through the registry -------------
def _column_kinds() -> set[str]:
    from eims_extract.ingest.tables import column_specs

    return {s.field for s in column_specs()}


#: columns the dispatcher reads itself (case number, reference) or deliberately not at all (size)
_NOT_READ = {"case", "reference", "size", "prior_diagnosis"}  # columns named only so a header is cut at them


@pytest.mark.parametrize("kind", sorted(_column_kinds() - _NOT_READ))
def test_every_table_column_kind_has_a_registered_cell_reader(kind):
    from eims_extract.fields.registry import column

    col = column(kind)
    assert col is not None and kind.startswith(col.name)
    assert set(col.fields) <= set(specs()), col.fields


@pytest.mark.parametrize(
    "field,columns",
    [
        ("follow_up_months", {"follow_up", "outcome"}),
        # (a "Molecular (method)" column keyed as a method column gives the fusion its cells name)
        ("alk_fusion_partner", {"alk_fusion", "test:", "molecular", "alk_test", "fusion_method"}),
        ("sex", {"sex", "age_sex"}),
    ],
)
def test_a_field_spec_names_the_table_columns_that_give_it(field, columns):
    assert {c.name for c in spec(field).columns()} == columns


def test_a_column_family_reads_every_member_and_knows_its_headers():
    from eims_extract.fields.registry import column

    fish = column("test:FISH")
    assert fish is not None and fish is column("test:NGS")
    assert "fish" in fish.headers and "ngs" in fish.headers
    assert column("size") is None


@pytest.mark.parametrize(
    "kind,family",
    [
        ("alk_fusion", "alk"), ("test:FISH", "alk"), ("alk_test", "alk"), ("alk_ihc", "alk"), ("marker:ALK", "alk"),
        ("follow_up", "outcome"), ("outcome", "outcome"), ("recurrence", "outcome"), ("metastasis", "outcome"),
        ("age", "demographics"), ("age_sex", "demographics"), ("sex", "demographics"), ("site", "site"),
        ("treatment", "treatment"), ("ihc", "ihc"), ("marker:SMA", "ihc"), ("ki67", "ihc"),
    ],
)
def test_a_table_cell_is_read_by_the_family_that_owns_its_field(kind, family):
    from eims_extract.fields.registry import column

    col = column(kind)
    assert col is not None and col.read.__module__ == f"eims_extract.fields.{family}"


def test_the_table_dispatcher_holds_no_cell_reader_and_no_family_imports_it():
    import ast
    from pathlib import Path

    import eims_extract.fields.literature_table as lt

    assert not [n for n in vars(lt) if n.startswith("_read_")]
    fields_dir = Path(lt.__file__).parent
    for f in fields_dir.glob("*.py"):
        if f.name in ("literature_table.py", "merge.py"):  # merge reads the current-case label
            continue
        mods = {n.module for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))) if isinstance(n, ast.ImportFrom)}
        assert "literature_table" not in mods, f.name
