"""NCBI E-utilities (PubMed + PMC) and Europe PMC: search records, fetch full text.

Both services are read in their own published formats: E-utilities
``esearch`` / ``efetch`` XML (``eSearchResult``, ``PubmedArticleSet``,
``pmc-articleset``) with NCBI's ``tool`` / ``email`` / ``api_key`` parameters,
and the Europe PMC REST API (``search`` JSON with ``resultType=core`` and
cursor paging, ``{PMCID}/fullTextXML``). Base URLs are settings, so tests
point them at a local server.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from lxml import etree

from .http import FetchError, Http


@dataclass
class Record:
    """One article as a search found it: identifiers, bibliographic data, where full text is."""

    pmid: str | None = None
    pmcid: str | None = None
    doi: str | None = None
    title: str = ""
    journal: str = ""
    year: str = ""
    license: str = ""
    abstract: str = ""
    open_access: bool = False
    pdf_urls: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The identifier a record is remembered by: PMID, else PMCID, else DOI."""
        if self.pmid:
            return f"pmid:{self.pmid}"
        if self.pmcid:
            return f"pmcid:{self.pmcid}"
        return f"doi:{(self.doi or '').lower()}"

    def ids(self) -> list[str]:
        return [f"{k}:{v.lower()}" for k, v in (("pmid", self.pmid), ("pmcid", self.pmcid), ("doi", self.doi)) if v]

    def merge(self, other: Record) -> None:
        for name in ("pmid", "pmcid", "doi", "title", "journal", "year", "license", "abstract"):
            if not getattr(self, name) and getattr(other, name):
                setattr(self, name, getattr(other, name))
        self.open_access = self.open_access or other.open_access
        self.pdf_urls += [u for u in other.pdf_urls if u not in self.pdf_urls]
        self.sources += [s for s in other.sources if s not in self.sources]


def _norm_pmcid(v: str | None) -> str | None:
    if not v:
        return None
    v = v.strip().upper()
    return v if v.startswith("PMC") else f"PMC{v}"


def _text(el: etree._Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _xml(data: bytes, what: str) -> etree._Element:
    """Strict parse: a malformed answer is a failure with its reason, not a half-read record list."""
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.XMLSyntaxError as exc:
        raise FetchError(f"malformed {what} XML: {str(exc).splitlines()[0]}") from None


# -- NCBI E-utilities ----------------------------------------------------------------------------
class EUtils:
    """PubMed search and records, PMC full text (``efetch db=pmc``), with NCBI's identification."""

    name = "pubmed"

    def __init__(self, http: Http, base: str, tool: str, email: str | None, api_key: str | None) -> None:
        self.http, self.base = http, base.rstrip("/")
        self.ident = {"tool": tool, "email": email, "api_key": api_key}

    def _get(self, util: str, **params: object) -> bytes:
        return self.http.get(f"{self.base}/{util}", {**params, **self.ident}).content

    def search(self, query: str, since: dt.date | None, until: dt.date, limit: int) -> list[Record]:
        params: dict[str, object] = {"db": "pubmed", "term": query, "retmax": limit, "sort": "pub_date"}
        if since:
            params.update(datetype="edat", mindate=since.strftime("%Y/%m/%d"), maxdate=until.strftime("%Y/%m/%d"))
        root = _xml(self._get("esearch.fcgi", **params), "esearch")
        err = root.find("ERROR")
        if err is not None:
            raise FetchError(f"esearch error: {_text(err)}")
        ids = [i.text.strip() for i in root.iterfind("IdList/Id") if i.text]
        out: list[Record] = []
        for k in range(0, len(ids), 100):
            out += self.records(ids[k : k + 100])
        return out

    def records(self, pmids: list[str]) -> list[Record]:
        root = _xml(self._get("efetch.fcgi", db="pubmed", id=",".join(pmids), retmode="xml"), "efetch")
        return [pubmed_record(a) for a in root.iterfind("PubmedArticle")]

    def full_text_xml(self, rec: Record) -> bytes | None:
        if not rec.pmcid:
            return None
        return self._get("efetch.fcgi", db="pmc", id=rec.pmcid.removeprefix("PMC"), retmode="xml")


def pubmed_record(a: etree._Element) -> Record:
    """A ``PubmedArticle`` of ``efetch db=pubmed`` as a :class:`Record`."""
    cit = a.find("MedlineCitation")
    art = cit.find("Article") if cit is not None else None
    rec = Record(pmid=_text(cit.find("PMID")) if cit is not None else None, sources=["pubmed"])
    if art is not None:
        rec.title = _text(art.find("ArticleTitle"))
        rec.journal = _text(art.find("Journal/Title"))
        year = art.find("Journal/JournalIssue/PubDate/Year")
        medline = art.find("Journal/JournalIssue/PubDate/MedlineDate")
        rec.year = _text(year) if year is not None else _text(medline)[:4]
        parts = []
        for t in art.iterfind("Abstract/AbstractText"):
            label = t.get("Label")
            parts.append(f"{label.capitalize()}: {_text(t)}" if label else _text(t))
        rec.abstract = "\n".join(p for p in parts if p)
        for eid in art.iterfind("ELocationID"):
            if eid.get("EIdType") == "doi" and not rec.doi:
                rec.doi = _text(eid)
    for aid in a.iterfind("PubmedData/ArticleIdList/ArticleId"):
        kind = aid.get("IdType")
        if kind == "doi" and not rec.doi:
            rec.doi = _text(aid)
        elif kind == "pmc":
            rec.pmcid = _norm_pmcid(_text(aid))
    rec.open_access = bool(rec.pmcid)  # PMC says at efetch time whether the XML may be downloaded
    return rec


# -- Europe PMC ---------------------------------------------------------------------------------------
class EuropePMC:
    """Europe PMC REST: ``search`` (JSON, core result type, cursor paging) and ``fullTextXML``."""

    name = "europepmc"
    PAGE = 100

    def __init__(self, http: Http, base: str) -> None:
        self.http, self.base = http, base.rstrip("/")

    def search(self, query: str, since: dt.date | None, until: dt.date, limit: int) -> list[Record]:
        q = f"({query})"
        if since:
            q += f" AND (FIRST_PDATE:[{since.isoformat()} TO {until.isoformat()}])"
        out: list[Record] = []
        cursor = "*"
        while len(out) < limit:
            resp = self.http.get(
                f"{self.base}/search",
                {"query": q, "format": "json", "resultType": "core", "pageSize": min(self.PAGE, limit), "cursorMark": cursor},
            )
            try:
                data = json.loads(resp.content)
                results = data["resultList"]["result"]
            except (ValueError, KeyError, TypeError) as exc:
                raise FetchError(f"malformed Europe PMC search JSON: {type(exc).__name__}: {exc}") from None
            out += [europepmc_record(r) for r in results]
            nxt = data.get("nextCursorMark")
            if not results or not nxt or nxt == cursor:
                break
            cursor = nxt
        return out[:limit]

    def full_text_xml(self, rec: Record) -> bytes | None:
        if not rec.pmcid:
            return None
        return self.http.get(f"{self.base}/{rec.pmcid}/fullTextXML").content


def europepmc_record(r: dict) -> Record:
    """One ``resultList.result`` entry of a ``resultType=core`` search."""
    journal = ((r.get("journalInfo") or {}).get("journal") or {}).get("title") or r.get("journalTitle") or ""
    urls = ((r.get("fullTextUrlList") or {}).get("fullTextUrl")) or []
    pdfs = [
        u["url"]
        for u in urls
        if isinstance(u, dict) and u.get("documentStyle") == "pdf" and u.get("availabilityCode") in ("OA", "F") and u.get("url")
    ]
    return Record(
        pmid=r.get("pmid") or None,
        pmcid=_norm_pmcid(r.get("pmcid")),
        doi=r.get("doi") or None,
        title=" ".join(str(r.get("title") or "").split()),
        journal=journal,
        year=str(r.get("pubYear") or ""),
        license=str(r.get("license") or ""),
        abstract=" ".join(str(r.get("abstractText") or "").split()),
        open_access=r.get("isOpenAccess") == "Y",
        pdf_urls=pdfs,
        sources=["europepmc"],
    )


def merge_records(found: list[Record]) -> list[Record]:
    """Records of both services joined on any shared identifier, in first-seen order."""
    out: list[Record] = []
    by_id: dict[str, Record] = {}
    for r in found:
        hit = next((by_id[i] for i in r.ids() if i in by_id), None)
        if hit is None:
            out.append(r)
            hit = r
        else:
            hit.merge(r)
        for i in hit.ids():
            by_id[i] = hit
    return [r for r in out if r.ids()]
