import shutil
from pathlib import Path

import eims_extract
from eims_extract import PIPELINE_VERSION, pipeline_fingerprint


def test_pipeline_version_is_the_package_version_plus_a_rules_fingerprint():
    assert PIPELINE_VERSION == f"{eims_extract.__version__}+{pipeline_fingerprint()}"


def test_any_rules_change_changes_the_fingerprint(tmp_path):
    pkg = Path(eims_extract.__file__).resolve().parent
    copy = tmp_path / "pkg"
    shutil.copytree(pkg, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = pipeline_fingerprint(copy)
    assert before == pipeline_fingerprint(pkg)
    with (copy / "vocab" / "drugs.jsonl").open("a") as fh:
        fh.write('{"canonical": "fictionalumab", "synonyms": [], "class": "immuno"}\n')
    assert pipeline_fingerprint(copy) != before


def test_files_outside_extraction_do_not_change_it(tmp_path):
    pkg = Path(eims_extract.__file__).resolve().parent
    copy = tmp_path / "pkg"
    shutil.copytree(pkg, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = pipeline_fingerprint(copy)
    (copy / "cli.py").write_text((copy / "cli.py").read_text() + "\n# a comment\n")
    assert pipeline_fingerprint(copy) == before
