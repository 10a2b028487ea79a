"""Which encoding a text file is in, said out loud.

A UTF-16 file (Windows "Unicode" save) was refused as "not UTF-8" with a BOM and, without one,
read as UTF-8 (ASCII bytes interleaved with NULs decode as valid UTF-8) into an empty document.
Order: byte-order marks; UTF-16 recognised by its NUL pattern; strict UTF-8; Windows-1252 when
it reads cleanly; then the charset-normalizer detector for other legacy encodings. The encoding used is
returned so it can be stored with the document.
"""

from __future__ import annotations

from ..errors import IngestError

#: longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs fill one byte of most pairs (mostly-Latin text) and not the other."""
    if len(data) < 4:
        return None
    half = len(data) // 2
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        return "utf-16-le"
    if even >= 0.3 * half and odd <= 0.02 * half:
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, skip: int = 0) -> str:
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(
            f"not valid {encoding} text: invalid bytes at offset {exc.start + skip}"
        ) from None


def detect_and_decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)``; :class:`IngestError` with a one-line reason for binary data or
    bytes no encoding fits."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(data, enc.removesuffix("-sig") if enc == "utf-8-sig" else enc, len(bom)), enc
    enc16 = _utf16_without_bom(data)
    if enc16:
        return _strict(data, enc16), enc16
    nul = data.find(b"\x00")
    if nul >= 0:
        raise IngestError(f"binary data, not text: NUL byte at offset {nul}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = f"invalid byte 0x{exc.object[exc.start]:02x} at offset {exc.start}"
    from charset_normalizer import from_bytes
    from charset_normalizer.md import mess_ratio

    # Windows-1252 first: the commonest legacy encoding of English and Western-European papers,
    # and the detector alone misreads short ones (a French sentence as Big5). Kept only when its
    # text reads cleanly; Cyrillic, Greek or CJK bytes read as cp1252 are a mess and go on.
    try:
        western = data.decode("cp1252")
    except UnicodeDecodeError:
        western = None
    if western is not None and mess_ratio(western, 0.2) < 0.1:
        return western, "cp1252"
    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "utf-8"):
        raise IngestError(f"not UTF-8 text ({first_bad}) and no other text encoding fits")
    return str(best), best.encoding.replace("_", "-")
