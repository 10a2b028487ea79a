from eims_extract.corpus import discover, sha256_file


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
