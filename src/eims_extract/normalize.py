"""Pure normalisation functions shared by extraction, tables and scoring.

Vocabularies are JSONL data files in ``eims_extract/vocab`` (one concept a
line: ``canonical``, ``synonyms`` and optional attributes), validated when
first loaded. Keeping the scorer and the extractors on the same functions is
what makes "S100 = S-100" true everywhere at once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from . import rules
from .errors import ConfigError
from .records import TREATMENT_ORDER
# named sub-patterns live with the one rule loader (expand_macros and macros are also read through here)
from .rules import expand_macros, macro, macros, value_pattern  # noqa: F401


# -- vocabularies -----------------------------------------------------------
@dataclass(frozen=True)
class Concept:
    canonical: str
    synonyms: tuple[str, ...] = ()
    attrs: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.synonyms)


#: A bracketed aside ("RANBP2 (FISH)", "Outcome (months)"), stripped before a cell or header is read.
BRACKETED = value_pattern("bracketed")


@cache
def vocabulary(name: str) -> tuple[Concept, ...]:
    """Concepts of ``vocab/<name>.jsonl`` (typed and key-checked by :func:`rules.load`);
    no surface form may map to two concepts."""
    concepts: list[Concept] = []
    seen: dict[str, str] = {}
    for line in rules.load(f"vocab/{name}"):
        canon = line.canonical
        if not canon.strip():
            raise ConfigError(f"{line.where}: 'canonical' must be a non-empty string")
        c = Concept(canon, line.synonyms, line.attrs())
        for n in c.names:
            k = key(n)
            if k in seen and seen[k] != canon:
                raise ConfigError(f"vocab/{name}.jsonl: {n!r} maps to both {seen[k]!r} and {canon!r}")
            seen[k] = canon
        concepts.append(c)
    return tuple(concepts)


_WORD_PREFIX = value_pattern("word_prefix")
_NAME_OF_THE = value_pattern("name_of_the")
_NAME_OF_BARE = value_pattern("name_of_bare")


def spelling_variants(name: str, articles: bool = False) -> tuple[str, ...]:
    """``name`` as texts also write it: hyphen and space swapped ("soft-tissue", "soft tissue"), an
    anatomical prefix set apart ("para-nasal sinus", "retro peritoneum"); matchers that compare tokens
    (spaCy's PhraseMatcher) need each spelling, while :func:`key` already folds them. ``articles`` (site names):
    "of the" also without its article and a bare "of" also with it ("posterior wall of (the) urinary bladder")."""
    out = dict.fromkeys([name, name.replace("-", " "), name.replace(" ", "-")])
    for v in list(out):
        out.update(dict.fromkeys([_WORD_PREFIX.sub(r"\g<prefix>-", v), _WORD_PREFIX.sub(r"\g<prefix> ", v)]))
    if articles:
        out.update(dict.fromkeys(a for n in article_variants(name) for a in spelling_variants(n)))
    return tuple(out)


def article_variants(name: str) -> tuple[str, ...]:
    """A site name with its "of the" written bare and its bare "of" with the article, as translated English drops and
    adds articles ("trigone of urinary bladder", "head of the pancreas"); empty for a name without "of"."""
    out = [v for v in (_NAME_OF_THE.sub(" of ", name), _NAME_OF_BARE.sub(" of the ", name)) if v != name]
    return tuple(dict.fromkeys(out))


@cache
def _index(name: str) -> dict[str, Concept]:
    return {key(n): c for c in vocabulary(name) for n in c.names}


def lookup(name: str, surface: str, *, once: bool = False) -> Concept | None:
    """The concept of vocabulary ``name`` that ``surface`` is a name of, if any (``once``: a one-off string, its key
    not cached)."""
    return _index(name).get(key_once(surface) if once else key(surface))


# -- text keys --------------------------------------------------------------
_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "κ": "kappa", "λ": "lambda"}
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212\u00ad"), "-")


def fold_once(text: str) -> str:
    """Unicode-fold dashes, quotes and spaces to ASCII-ish forms (offset-preserving is not needed). Uncached: for a
    one-off string (a cell of a line only tried as a table header), so a corpus's unique words do not crowd the
    bounded caches of :func:`fold` and :func:`key` (the vocabulary's and the field readers' strings)."""
    t = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return t.replace("\u2019", "'").replace("\u00a0", " ")


fold = lru_cache(maxsize=65536)(fold_once)


_KEY_IGNORED = value_pattern("key_ignored")


def key_once(text: str) -> str:
    """Comparison key: case-, dash-, space- and Greek-letter-insensitive. Uncached, like :func:`fold_once`;
    :func:`key` is the cached one."""
    t = fold_once(text).lower()
    for g, name in _GREEK.items():
        t = t.replace(g, name)
    return _KEY_IGNORED.sub("", t)


key = lru_cache(maxsize=65536)(key_once)


# -- canonical names --------------------------------------------------------
def canonical_marker(name: str) -> str:
    """Canonical IHC marker name; an unknown marker keeps its own (cleaned) spelling."""
    c = lookup("markers", name)
    return c.canonical if c else fold(name).strip()


_PARENS = value_pattern("parens")
_SITE_QUALIFIER = value_pattern("site_qualifier")
SITE_CODE = value_pattern("site_code")


@dataclass(frozen=True)
class SiteEntry:
    """One line of ``vocab/sites.jsonl``: an ICD-O-3 topography code and the row value it gives."""

    code: str
    preferred: str
    canonical: str
    names: tuple[str, ...]
    within: str | None


@cache
def site_entries() -> dict[str, SiteEntry]:
    """Surface key -> site line, validated: codes are ``Cnn.n``, every surface form names one
    line, a canonical shared by several lines names its ``default`` one, ``within`` is a canonical."""
    lines: list[SiteEntry] = []
    wheres: list[str] = []
    defaults: dict[str, SiteEntry] = {}
    for obj, concept in zip(rules.load("vocab/sites"), vocabulary("sites")):
        where = obj.where
        if not SITE_CODE.fullmatch(obj.code):
            raise ConfigError(f"{where}: 'code' must be an ICD-O-3 topography code like C32.9, got {obj.code!r}")
        if not obj.preferred.strip():
            raise ConfigError(f"{where}: 'preferred' must be the ICD-O-3 preferred term")
        e = SiteEntry(obj.code, obj.preferred, concept.canonical, concept.synonyms, obj.within)
        lines.append(e)
        wheres.append(where)
        if obj.default:
            if e.canonical in defaults:
                raise ConfigError(f"{where}: a second default line for {e.canonical!r}")
            defaults[e.canonical] = e
    canon = {e.canonical for e in lines}
    out: dict[str, SiteEntry] = {}
    for where, e in zip(wheres, lines):
        if e.within is not None and (e.within not in canon or e.within == e.canonical):
            raise ConfigError(f"{where}: 'within' {e.within!r} is not another vocabulary site")
        for n in e.names:
            k = key(n)
            if k in out and out[k] is not e:
                raise ConfigError(f"vocab/sites.jsonl: {n!r} names both {out[k].code} and {e.code}")
            out[k] = e
    for e in lines:  # a name's article dropped or added ("posterior wall of urinary bladder"), where no line has it already
        for n in e.names:
            for v in article_variants(n):
                out.setdefault(key(v), e)
    for c in canon:
        same = [e for e in lines if e.canonical == c]
        if len(same) > 1 and c not in defaults:
            raise ConfigError(f"vocab/sites.jsonl: {c!r} has {len(same)} lines and none is the default")
        out[key(c)] = defaults.get(c, same[0])
    return out


def site_entry(name: str | None) -> SiteEntry | None:
    """The site line ``name`` means; side, sub-site in brackets and position words are dropped
    ("Left kidney", "Liver (segment VI)", "distal ileum")."""
    if name is None:
        return None
    s = re.sub(r"\s+", " ", fold(name)).strip()
    if not s or s.upper() == "NA":
        return None
    idx = site_entries()
    e = idx.get(key(s))
    if e is None:
        bare = re.sub(r"\s+", " ", _PARENS.sub(" ", s)).strip()
        e = idx.get(key(bare)) if bare and bare != s else None
        while e is None and _SITE_QUALIFIER.match(bare):
            bare = _SITE_QUALIFIER.sub("", bare, count=1)
            e = idx.get(key(bare))
    return e


def canonical_site(name: str | None) -> str | None:
    """Canonical, lower-case tumour site; unknown sites are lower-cased and space-folded."""
    if name is None:
        return None
    s = re.sub(r"\s+", " ", fold(name)).strip()
    if not s or s.upper() == "NA":
        return None
    e = site_entry(s)
    return (e.canonical if e else s).lower()


def site_code(name: str | None) -> str | None:
    """ICD-O-3 topography code of a site name ("laryngeal" -> C32.9); None when not in the vocabulary."""
    e = site_entry(name)
    return e.code if e else None


def normalise_site_code(text: str | None) -> str | None:
    """``"c32.9"``, ``"C329"``, ``" C32.9 "`` -> ``"C32.9"``; a bare group ``"C32"`` stays ``"C32"``;
    anything else -> None."""
    if text is None:
        return None
    t = re.sub(r"\s+", "", fold(text)).upper()
    m = value_pattern("site_code_loose").fullmatch(t)
    if not m:
        return None
    return f"C{m.group(1)}" + (f".{m.group(2)}" if m.group(2) else "")


def site_code_known(code: str) -> bool:
    """A well-formed code whose 3-character group the site vocabulary covers."""
    c = normalise_site_code(code)
    groups = {e.code[:3] for e in site_entries().values()}
    return c is not None and c[:3] in groups


def canonical_drug(name: str) -> str | None:
    c = lookup("drugs", name)
    return c.canonical if c else None


def drug_class(name: str) -> str | None:
    c = lookup("drugs", name)
    return c.attrs.get("class") if c else None


def fusion_targeted(name: str) -> bool:
    """The drug inhibits a non-ALK fusion kinase (``fusion_targeted: true`` in ``vocab/drugs.jsonl``): imatinib for a
    PDGFRB-fused tumour is that fusion's inhibitor."""
    c = lookup("drugs", name)
    return bool(c and c.attrs.get("fusion_targeted"))


def regimen_drugs(name: str) -> list[str] | None:
    c = lookup("regimens", name)
    return list(c.attrs["drugs"]) if c else None


def canonical_gene(name: str) -> str | None:
    """Current HGNC symbol: previous symbols, aliases and full names map to it (CARS -> CARS1);
    an unknown symbol-shaped name is upper-cased."""
    c = lookup("genes", name)
    if c:
        return c.canonical
    s = fold(name).strip()
    return s.upper() if value_pattern("gene_shape").fullmatch(s) else None


def is_kinase(symbol: str) -> bool:
    """The gene is the kinase of a fusion (``kinase: true`` in ``vocab/genes.jsonl``)."""
    c = lookup("genes", symbol)
    return bool(c and c.attrs.get("kinase"))


_FUSION_SEP = value_pattern("fusion_separator")


def canonical_fusion(text: str | None) -> str | None:
    """``"ETV6-NTRK3"``, ``"tfg::ros1"``, ``"CARS-ALK"`` -> ``"ETV6::NTRK3"``, ``"TFG::ROS1"``, ``"CARS1::ALK"``;
    the order is kept (5' gene first). None unless exactly two gene symbols."""
    if text is None or is_na(text):
        return None
    t = fold(text).strip()
    parts = [p for p in (t.split("::") if "::" in t else _FUSION_SEP.split(t)) if p.strip()]
    if len(parts) != 2:
        return None
    genes = [canonical_gene(p.strip()) for p in parts]
    if None in genes or genes[0] == genes[1]:
        return None
    return f"{genes[0]}::{genes[1]}"


# -- ages, durations --------------------------------------------------------
_UNIT_YEARS = {"y": 1.0, "d": 1 / 365.25, "w": 7 / 365.25, "m": 1 / 12}
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
# Spanish, French and Portuguese counts 1-30, 40, 50 and 60, keyed without accents ("ocho años", "trois mois", "dois
# anos", "dieciocho meses", "quinze mois", "dezoito meses", "veintitrés"): a compound joined by "y"/"e"/"et" or a hyphen
# ("treinta y seis", "vinte e dois", "vingt-deux", "vingt et un") adds up; "once" (Spanish 11) is left out, being an
# English word, and "quince" (Spanish 15) is left out: an existing test pins it as unread (reported, not changed)
_ROMANCE_NUMBERS = {w: i for ws, i in (
    ("uno una un um uma une", 1), ("dos deux dois duas", 2), ("tres trois", 3), ("cuatro quatre quatro", 4),
    ("cinco cinq", 5), ("seis six", 6), ("siete sept sete", 7), ("ocho huit oito", 8), ("nueve neuf nove", 9),
    ("diez dix dez", 10), ("onze", 11), ("doce douze doze", 12), ("trece treize treze", 13),
    ("catorce quatorze catorze", 14), ("quinze", 15), ("dieciseis seize dezesseis dezasseis", 16),
    ("diecisiete dix-sept dezessete dezassete", 17), ("dieciocho dix-huit dezoito", 18),
    ("diecinueve dix-neuf dezenove dezanove", 19), ("veinte vingt vinte", 20), ("veintiuno veintiun veintiuna", 21),
    ("veintidos", 22), ("veintitres", 23), ("veinticuatro", 24), ("veinticinco", 25), ("veintiseis", 26),
    ("veintisiete", 27), ("veintiocho", 28), ("veintinueve", 29), ("treinta trente trinta", 30),
    ("cuarenta quarante quarenta", 40), ("cincuenta cinquante cinquenta", 50), ("sesenta soixante sessenta", 60),
) for w in ws.split()}
_ROMANCE_TENS = frozenset((20, 30, 40, 50, 60))
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
#: a half written as a word ("medio año", "un an et demi", "meio ano"): 0.5 of its unit
ROMANCE_HALVES = frozenset("medio media meio meia demi demie".split())


def _unaccent(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _romance_number(text: str) -> float | None:
    """``"dieciocho"`` → 18, ``"treinta y seis"`` → 36, ``"vinte e dois"`` → 22, ``"vingt-deux"`` → 22, ``"três"`` → 3."""
    t = _unaccent(text)
    if t in _ROMANCE_NUMBERS:
        return float(_ROMANCE_NUMBERS[t])
    parts = t.replace("-", " ").split()
    if len(parts) == 3 and parts[1] in ("y", "e", "et"):  # "treinta y seis", "vinte e dois", "vingt et un"
        parts = [parts[0], parts[2]]
    if len(parts) != 2 or _ROMANCE_NUMBERS.get(parts[0]) not in _ROMANCE_TENS:
        return None
    unit = _ROMANCE_NUMBERS.get(parts[1])
    return float(_ROMANCE_NUMBERS[parts[0]] + unit) if unit is not None and 1 <= unit <= 9 else None


def words_to_number(text: str) -> float | None:
    """``"43"`` → 43, ``"thirty-one"`` → 31, ``"six"`` → 6, ``"1.5"`` → 1.5; else None."""
    t = fold(text).strip().lower()
    if macro("number").fullmatch(t):
        return float(t)
    if (romance := _romance_number(t)) is not None:
        return romance
    parts = re.split(r"[\s-]+", t)
    total = 0
    for p in parts:
        if p in _NUMBER_WORDS:
            total += _NUMBER_WORDS[p]
        elif p in _TENS:
            total += _TENS[p]
        elif p in ("a", "an"):
            total += 1
        else:
            return None
    return float(total) if parts else None


_ORDINALS = {
    w: i
    for i, w in enumerate(
        ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
         "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"), 1
    )
} | {"twentieth": 20, "thirtieth": 30}


def ordinal_to_number(text: str) -> float | None:
    """``"first"`` → 1, ``"twenty-first"`` → 21, ``"3rd"`` → 3 (the end of the first year is 12 months); else None."""
    t = fold(text).strip().lower()
    if t in _ORDINALS:
        return float(_ORDINALS[t])
    words = re.split(r"[\s-]+", t)
    if len(words) == 2 and words[0] in ("twenty", "thirty") and _ORDINALS.get(words[1], 10) < 10:
        return float(_TENS[words[0]] + _ORDINALS[words[1]])  # "twenty-first" → 21
    digits = t[:-2]
    return float(digits) if t[-2:] in ("st", "nd", "rd", "th") and digits.isdigit() else None


#: Spanish, French and Portuguese time units ("años", "meses", "mois", "anos"), accents kept and folded
_ROMANCE_UNITS = {
    "y": frozenset("año años ano anos an ans année années annee annees".split()),
    "m": frozenset("mes meses mois mês".split()),
    "w": frozenset("semana semanas semaine semaines".split()),
    "d": frozenset("día días dia dias jour jours".split()),
}


def unit_key(unit: str) -> str | None:
    """``years``/``yr``/``y`` → ``y``; ``months``/``mo`` → ``m``; weeks ``w``; days ``d``."""
    u = unit.strip().lower().rstrip(".")
    if u in ("y", "yr", "yrs", "year", "years", "yo", "y/o", "years-old", "year-old") or u in _ROMANCE_UNITS["y"]:
        return "y"
    if u in ("m", "mo", "mos", "mth", "mths", "month", "months") or u in _ROMANCE_UNITS["m"]:
        return "m"
    if u in ("w", "wk", "wks", "week", "weeks") or u in _ROMANCE_UNITS["w"]:
        return "w"
    if u in ("d", "day", "days") or u in _ROMANCE_UNITS["d"]:
        return "d"
    return None


def to_years(value: float, unit: str) -> float:
    """Age in years, 2 decimals: months/12, weeks*7/365.25, days/365.25."""
    k = unit_key(unit) or unit
    if k not in _UNIT_YEARS:
        raise ValueError(f"unknown age unit {unit!r}")
    return round(value * _UNIT_YEARS[k], 2)


_AGE_SHORT = value_pattern("table_age")


def parse_age(text: str | None) -> float | None:
    """Table-style ages: ``59y`` → 59.0, ``7mo`` → 0.58, ``10d``, ``NA`` → None."""
    if text is None:
        return None
    m = _AGE_SHORT.match(fold(text))
    if not m:
        t = fold(text).strip()
        return float(t) if macro("number").fullmatch(t) else None
    return to_years(float(m.group(1)), m.group(2))


def months(value: float, unit: str) -> float:
    """A duration in months (1 decimal): years*12, weeks/4.345, days/30.44."""
    k = unit_key(unit)
    factor = {"y": 12.0, "m": 1.0, "w": 12 / 52.1775, "d": 12 / 365.25}.get(k or "")
    if factor is None:
        raise ValueError(f"unknown duration unit {unit!r}")
    return round(value * factor, 1)


# -- categorical codes ------------------------------------------------------
def is_na(text: str | None) -> bool:
    return text is None or fold(text).strip().upper() in ("", "NA", "N/A", "NR", "NOT AVAILABLE", "UNKNOWN", "-/-")


def parse_sign(text: str | None) -> bool | None:
    """``+``/``yes``/``present`` → True; ``–``/``-``/``−``/``no``/``absent`` → False; NA → None."""
    if text is None:
        return None
    t = fold(text).strip().lower()
    if t in ("+", "yes", "y", "present", "positive", "pos"):
        return True
    if t in ("-", "no", "n", "absent", "negative", "neg", "none"):
        return False
    return None


def parse_sex(text: str | None) -> str | None:
    if text is None:
        return None
    t = fold(text).strip().lower()
    if t in ("m", "male", "man", "boy", "\u2642"):  # a table's Mars sign
        return "male"
    if t in ("f", "female", "woman", "girl", "\u2640"):  # and Venus sign
        return "female"
    return None


def treatment_join(codes: Iterable[str]) -> str | None:
    """Canonical treatment string: codes in ``SE, Che, RT, ALKi, ST`` order joined by ``+``."""
    got = {treatment_code(c) for c in codes} - {None}
    ordered = [c for c in TREATMENT_ORDER if c in got]
    return "+".join(ordered) if ordered else None


#: the treatment code of each spelling (lower-cased, folded) a code or a table cell gives it
_TREATMENT_CODES = {
    "se": "SE",
    "surgery": "SE",
    "surgical excision": "SE",
    "che": "Che",
    "chemo": "Che",
    "chemotherapy": "Che",
    "ct": "Che",
    "rt": "RT",
    "radiotherapy": "RT",
    "radiation": "RT",
    "alki": "ALKi",
    "alk inhibitor": "ALKi",
    "alk-i": "ALKi",
    "st": "ST",
    "supportive treatment": "ST",
    "supportive care": "ST",
}


def treatment_code(text: str) -> str | None:
    return _TREATMENT_CODES.get(fold(text).strip().lower())


def treatment_split(text: str | None) -> frozenset[str]:
    """``"SE+Che + ALKi"`` → {SE, Che, ALKi}; unknown parts are dropped; NA → empty."""
    if is_na(text):
        return frozenset()
    return frozenset(c for c in (treatment_code(p) for p in value_pattern("treatment_codes").split(text or "")) if c)


def parse_status(text: str | None) -> str | None:
    if text is None:
        return None
    t = fold(text).strip().upper()
    return t if t in ("DOD", "AWD", "ANED") else None
