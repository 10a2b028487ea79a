"""Issue 16 item 5: text files in any common encoding are read, and the encoding is stored."""

import pytest

from eims_extract.errors import IngestError
from eims_extract.pipeline.extract import process_path
from eims_extract.ingest.encoding import detect_and_decode
from eims_extract.store import Store

REPORT = (
    "Case report\nA 58-year-old woman presented with abdominal pain. A mesenteric mass was resected; "
    "the tumour cells were ALK positive. Café-au-lait spots were absent.\n"
)


@pytest.mark.parametrize(
    "encode,encoding",
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: t.encode("utf-16"), "utf-16-le"),  # Python writes the LE BOM first
        (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16-be"),
        (lambda t: t.encode("utf-16-le"), "utf-16-le"),  # Windows "Unicode" without a BOM
        (lambda t: t.encode("utf-16-be"), "utf-16-be"),
        (lambda t: t.encode("utf-32"), "utf-32-le"),
        (lambda t: t.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8_bom", "utf16_bom_le", "utf16_bom_be", "utf16le_no_bom", "utf16be_no_bom", "utf32", "cp1252"],
)
def test_report_in_any_common_encoding_is_read_and_the_encoding_stored(encode, encoding, tmp_path, nlp):
    p = tmp_path / "r.txt"
    p.write_bytes(encode(REPORT))
    res = process_path(p, nlp)
    assert res.status == "ok", res.error
    assert "\x00" not in res.text and "Café-au-lait" in res.text
    assert [(r.age_years, r.sex) for r in res.rows] == [(58.0, "female")]
    assert res.encoding == encoding
    with Store(tmp_path / "s.sqlite") as s:
        s.save_result(res)
        assert s.document(str(p)).encoding == encoding


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("Une patiente de 43 ans, tumeur épithélioïde du mésentère.", "cp1252"),  # short: the detector alone said Big5
        ("Пациентка 43 лет поступила с болью в животе. Опухоль удалена.", "cp1251"),
    ],
)
def test_legacy_encodings_are_detected(text, encoding):
    got, enc = detect_and_decode(text.encode(encoding))
    assert got == text and enc.replace("_", "-") in (encoding, "windows-" + encoding[2:])


@pytest.mark.parametrize(
    "data,reason",
    [
        (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)), "binary data, not text"),
        (b"\xff\xfe" + b"\x00\xd8A\x00", "not valid utf-16-le text"),  # a lone surrogate after a BOM
    ],
)
def test_binary_or_broken_text_is_refused_with_a_reason(data, reason):
    with pytest.raises(IngestError, match=reason):
        detect_and_decode(data)
