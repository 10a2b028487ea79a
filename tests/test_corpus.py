import pytest

from eims_extract.pipeline.corpus import discover, sha256_file


def test_discover_walks_folders_skipping_readmes_and_hidden(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.pdf", "README.md", ".hidden.txt", "sub/c.txt", "notes.docx"):
        (tmp_path / name).write_text("x")
    got = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert got == ["a.pdf", "b.txt", "notes.docx", "sub/c.txt"]


def test_discover_keeps_missing_paths_so_they_are_reported(tmp_path):
    assert discover([tmp_path / "nope.txt"]) == [tmp_path / "nope.txt"]


def test_sha256_of_unreadable_file_is_empty(tmp_path):
    assert sha256_file(tmp_path / "missing.txt") == ""
    (tmp_path / "x.txt").write_bytes(b"abc")
    assert sha256_file(tmp_path / "x.txt").startswith("ba7816bf")


def test_relative_and_absolute_spellings_are_one_document(tmp_path, monkeypatch):
    """Regression: a scheduled run with absolute paths duplicated the rows of an earlier relative run."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "a.txt").write_text("x")
    monkeypatch.chdir(tmp_path)
    assert discover(["c"]) == discover([tmp_path / "c"]) == [tmp_path / "c" / "a.txt"]


# -- issue 16 item 2: document ids unique and stable ------------------------------------------
from eims_extract.pipeline import runner  # noqa: E402
from eims_extract.pipeline.corpus import Found, doc_ids, scan  # noqa: E402
from eims_extract.store import Store  # noqa: E402

REPORT = (
    "Case report\nA {age}-year-old {who} presented with abdominal pain. A mesenteric mass was resected; "
    "the tumour cells were ALK positive.\n"
)


def _ids(root, names, stored=None):
    for n in names:
        (root / n).parent.mkdir(parents=True, exist_ok=True)
        (root / n).write_text("x")
    got = doc_ids(scan([root]).found, stored)
    return {str((root / n)): got[str(root / n)] for n in names}


@pytest.mark.parametrize(
    "names,expected",
    [
        (["top.txt"], ["top"]),  # a top-level file keeps its stem (gold files name documents so)
        (["a/dup.txt", "b/dup.txt"], ["a__dup", "b__dup"]),
        (["x.txt", "x.pdf"], ["x.txt", "x.pdf"]),
        (["a__b.txt", "a/b.txt"], None),  # the separator in a name: still two ids
    ],
)
def test_doc_ids_are_unique_for_files_of_one_name(tmp_path, names, expected):
    got = _ids(tmp_path, names)
    assert len(set(got.values())) == len(names)
    assert all("/" not in d for d in got.values())  # a doc id is one URL path segment
    if expected is not None:
        assert sorted(got.values()) == sorted(expected)


def test_stored_doc_id_is_kept_when_a_namesake_arrives(tmp_path):
    first = _ids(tmp_path, ["x.txt"])
    assert first == {str(tmp_path / "x.txt"): "x"}
    again = _ids(tmp_path, ["x.txt", "x.pdf"], stored=first)
    assert again[str(tmp_path / "x.txt")] == "x" and again[str(tmp_path / "x.pdf")] != "x"


def test_same_file_name_in_two_folders_gives_two_documents_end_to_end(tmp_path):
    """Regression: a/dup.txt and b/dup.txt shared one doc id, so one review page showed the first
    file's text with both files' rows."""
    corpus = tmp_path / "corpus"
    for sub, age, who in (("a", 31, "woman"), ("b", 67, "man")):
        (corpus / sub).mkdir(parents=True)
        (corpus / sub / "dup.txt").write_text(REPORT.format(age=age, who=who))
    db = tmp_path / "s.sqlite"
    runner.run_local([corpus], db, tmp_path / "out")
    with Store(db) as s:
        docs = {d.doc_id: d for d in s.documents()}
        assert set(docs) == {"a__dup", "b__dup"}
        for did, age in (("a__dup", 31.0), ("b__dup", 67.0)):
            rows = s.rows([did])
            assert [r.age_years for r in rows] == [age] and {r.doc_id for r in rows} == {did}
            text = s.document_text(docs[did].path)["text"]
            ev = rows[0].evidence["age_years"][0]
            assert ev.doc_id == did and str(int(age)) in text[ev.start : ev.end]
    exported = (tmp_path / "out" / "rows.jsonl").read_text()
    assert '"doc_id": "a__dup"' in exported and '"doc_id": "b__dup"' in exported


def test_found_file_named_alone_is_relative_to_its_folder(tmp_path):
    assert Found(tmp_path / "r.txt", tmp_path).rel.as_posix() == "r.txt"


# -- issue 16 item 3: symlinks -----------------------------------------------------------------
def test_link_outside_the_corpus_is_not_read_and_is_reported(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:male account:/root:/bin/bash\n")
    (corpus / "passwd.txt").symlink_to(outside)
    (corpus / "ok.txt").write_text("x")
    found = scan([corpus])
    assert found.paths == [corpus / "ok.txt"]
    (path, why), = found.rejected
    assert path == str(corpus / "passwd.txt") and "outside the corpus" in why and "\n" not in why


@pytest.mark.parametrize("kind", ["broken", "loop", "dir_outside"])
def test_broken_links_loops_and_outside_folders_are_reported(tmp_path, kind):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    link = corpus / "l.txt"
    if kind == "broken":
        link.symlink_to(tmp_path / "nowhere.txt")
        expect = "broken symlink"
    elif kind == "loop":
        link.symlink_to(corpus / "m.txt")
        (corpus / "m.txt").symlink_to(link)
        expect = "symlink loop"
    else:
        (tmp_path / "etc").mkdir()
        (tmp_path / "etc" / "shadow.txt").write_text("x")
        link = corpus / "etc"
        link.symlink_to(tmp_path / "etc")
        expect = "outside the corpus"
    found = scan([corpus])
    assert str(link) in dict(found.rejected) and expect in dict(found.rejected)[str(link)]
    assert all(tmp_path / "etc" not in p.parents for p in found.paths)


def test_link_inside_the_corpus_is_followed(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "real").mkdir(parents=True)
    (corpus / "real" / "r.txt").write_text("x")
    (corpus / "alias.txt").symlink_to(corpus / "real" / "r.txt")
    (corpus / "again").symlink_to(corpus / "real")  # a folder inside: walked once, where it lives
    found = scan([corpus])
    assert found.paths == [corpus / "alias.txt", corpus / "real" / "r.txt"] and not found.rejected


def test_fifo_in_the_corpus_is_reported_not_read(tmp_path):
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    found = scan([tmp_path])
    assert found.paths == [] and "not a regular file" in dict(found.rejected)[str(tmp_path / "pipe.txt")]


def test_run_stores_refused_links_as_failed_once(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (tmp_path / "outside.txt").write_text(REPORT.format(age=50, who="man"))
    (corpus / "passwd.txt").symlink_to(tmp_path / "outside.txt")
    (corpus / "broken.txt").symlink_to(tmp_path / "gone.txt")
    db = tmp_path / "s.sqlite"
    first = runner.run_local([corpus], db, tmp_path / "out")["stats"]
    assert first.failed == 2 and first.rows == 0
    with Store(db) as s:
        assert s.counts()["rows"] == 0 and s.document_text(str(corpus / "passwd.txt")) is None
        assert "outside the corpus" in s.document(str(corpus / "passwd.txt")).error
    second = runner.run_local([corpus], db, tmp_path / "out")["stats"]
    assert second.failed == 0 and second.skipped == 2
