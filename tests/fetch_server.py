"""A local stand-in for NCBI E-utilities and Europe PMC on 127.0.0.1, for fetch tests.

It answers in the services' real formats (``eSearchResult`` and
``PubmedArticleSet`` XML, ``pmc-articleset`` JATS, Europe PMC ``search`` JSON
with ``resultType=core`` and cursor paging, ``fullTextXML``) about five
articles written for these tests — fictional patients, fictional identifiers —
and misbehaves on purpose: 429s and 503s before an answer, a full text that
never arrives in time, a malformed full text. Every request is logged with its
time and parameters so tests can check rate limits, identification and that
nothing is downloaded twice.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape

from fpdf import FPDF


@dataclass
class Article:
    pmid: str
    title: str
    abstract: str
    pmcid: str | None = None
    doi: str | None = None
    jats_body: str | None = None  # paragraphs of the case section (None: no open XML)
    pdf: bool = False
    in_epmc: bool = True
    year: str = "2031"


ARTICLES = [
    Article(
        "90000001", "Epithelioid inflammatory myofibroblastic sarcoma of the invented mesentery",
        "We describe an imaginary patient with an abdominal epithelioid tumour.",
        pmcid="PMC9000001", doi="10.99999/fict.a",
        jats_body="A 52-year-old man from an invented village presented with abdominal swelling. "
        "Computed tomography showed a 9 cm mass in the mesentery. The tumour was resected. "
        "Immunohistochemistry showed ALK positive and desmin positive cells. "
        "He was alive without evidence of disease 14 months after surgery.",
    ),
    Article(
        "90000002", "An inflammatory myofibroblastic tumor of a fictional bladder",
        "A made-up bladder tumour with a ROS1 fusion.", doi="10.99999/fict.b", pdf=True,
    ),
    Article(
        "90000003", "Invented NTRK-rearranged inflammatory myofibroblastic tumour in a child",
        "A fictional eight-year-old girl had a lung mass; NTRK rearrangement was found.", in_epmc=False,
    ),
    Article(
        "90000004", "Imaginary omental epithelioid inflammatory myofibroblastic sarcoma treated with an ALK inhibitor",
        "An invented omental tumour responded to crizotinib.",
        pmcid="PMC9000004", doi="10.99999/fict.d",
        jats_body="A 37-year-old woman, a fictional patient, had a mass of the omentum. "
        "The tumour was ALK positive. She received crizotinib and had a partial response.",
    ),
    Article("90000005", "A fictional report whose full text never arrives", "", pmcid="PMC9000005"),
]


def jats(a: Article) -> str:
    body = f'<body><sec sec-type="cases"><title>Case presentation</title><p>{escape(a.jats_body or "")}</p></sec></body>' if a.jats_body else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and '
        'Interchange DTD with MathML3 v1.3 20210610//EN" "JATS-archive-oasis-article1-3-mathml3.dtd">\n'
        '<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="case-report"><front>'
        '<journal-meta><journal-title-group><journal-title>Journal of Invented Cases</journal-title></journal-title-group></journal-meta>'
        f'<article-meta><article-id pub-id-type="pmid">{a.pmid}</article-id>'
        f'<article-id pub-id-type="pmc">{a.pmcid}</article-id><article-id pub-id-type="doi">{a.doi}</article-id>'
        f"<title-group><article-title>{escape(a.title)}</article-title></title-group>"
        f'<pub-date pub-type="epub"><year>{a.year}</year></pub-date>'
        '<permissions><license xlink:href="https://creativecommons.org/licenses/by/4.0/"><license-p>CC BY</license-p></license></permissions>'
        f"<abstract><p>{escape(a.abstract)}</p></abstract></article-meta></front>{body}</article>"
    )


def pubmed_xml(arts: list[Article]) -> str:
    out = []
    for a in arts:
        ids = f'<ArticleId IdType="pubmed">{a.pmid}</ArticleId>'
        ids += f'<ArticleId IdType="doi">{a.doi}</ArticleId>' if a.doi else ""
        ids += f'<ArticleId IdType="pmc">{a.pmcid}</ArticleId>' if a.pmcid else ""
        abstract = f"<Abstract><AbstractText>{escape(a.abstract)}</AbstractText></Abstract>" if a.abstract else ""
        out.append(
            f'<PubmedArticle><MedlineCitation Status="MEDLINE" Owner="NLM"><PMID Version="1">{a.pmid}</PMID>'
            f'<Article PubModel="Electronic"><Journal><JournalIssue CitedMedium="Internet"><PubDate><Year>{a.year}</Year>'
            f"</PubDate></JournalIssue><Title>Journal of Invented Cases</Title></Journal>"
            f"<ArticleTitle>{escape(a.title)}</ArticleTitle>{abstract}</Article></MedlineCitation>"
            f"<PubmedData><ArticleIdList>{ids}</ArticleIdList></PubmedData></PubmedArticle>"
        )
    return (
        '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" '
        '"https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet>' + "".join(out) + "</PubmedArticleSet>"
    )


def epmc_result(a: Article, base: str) -> dict:
    r = {
        "id": a.pmid, "source": "MED", "pmid": a.pmid, "doi": a.doi, "title": a.title,
        "authorString": "Invented A, Madeup B.", "pubYear": a.year,
        "journalInfo": {"journal": {"title": "Journal of Invented Cases"}},
        "isOpenAccess": "Y" if (a.jats_body or a.pdf) else "N", "inEPMC": "Y" if a.pmcid else "N",
        "hasPDF": "Y" if a.pdf else "N", "license": "cc by", "abstractText": a.abstract,
        "firstPublicationDate": f"{a.year}-01-15",
    }
    if a.pmcid:
        r["pmcid"] = a.pmcid
    if a.pdf:
        r["fullTextUrlList"] = {"fullTextUrl": [
            {"availability": "Subscription required", "availabilityCode": "S", "documentStyle": "html", "site": "DOI", "url": "https://doi.example/x"},
            {"availability": "Open access", "availabilityCode": "OA", "documentStyle": "pdf", "site": "Europe_PMC", "url": f"{base}/files/{a.pmid}.pdf"},
        ]}
    return {k: v for k, v in r.items() if v is not None}


def make_pdf(a: Article) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    pdf.multi_cell(0, 6, a.title, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Case report. A 61-year-old man, an invented patient, had a bladder mass. The tumour was ALK negative.")
    return bytes(pdf.output())


@dataclass
class Behaviour:
    """Faults keyed by path: how many 429 / 503 answers precede the real one, paths that stall."""

    too_many: dict[str, int] = field(default_factory=dict)
    unavailable: dict[str, int] = field(default_factory=dict)
    stall: set[str] = field(default_factory=set)
    stall_s: float = 2.0
    malformed: set[str] = field(default_factory=set)


class LiteratureServer:
    def __init__(self, articles: list[Article] | None = None, behaviour: Behaviour | None = None, page_size: int = 2) -> None:
        self.articles = list(articles or ARTICLES)
        self.behaviour = behaviour or Behaviour()
        self.page_size = page_size
        self.log: list[tuple[float, str, dict[str, list[str]], int]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                u = urlparse(self.path)
                q = parse_qs(u.query)
                code, ctype, body, headers = server.answer(u.path, q)
                with server._lock:
                    server.log.append((time.monotonic(), u.path, q, code))
                if code == -1:  # stall past the client's timeout, then drop
                    time.sleep(server.behaviour.stall_s)
                    return
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> LiteratureServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def eutils(self) -> str:
        return self.base + "/eutils"

    @property
    def epmc(self) -> str:
        return self.base + "/epmc"

    def hits(self, fragment: str) -> int:
        return sum(1 for _, p, q, _ in self.log if fragment in p + "?" + "&".join(f"{k}={','.join(v)}" for k, v in q.items()))

    def _fault(self, path: str) -> tuple[int, str, bytes, dict[str, str]] | None:
        b = self.behaviour
        with self._lock:
            if b.too_many.get(path, 0) > 0:
                b.too_many[path] -= 1
                return 429, "text/plain", b"Too Many Requests", {"Retry-After": "0"}
            if b.unavailable.get(path, 0) > 0:
                b.unavailable[path] -= 1
                return 503, "text/html", b"<html>Service unavailable</html>", {}
        if path in b.stall:
            return -1, "", b"", {}
        return None

    def answer(self, path: str, q: dict[str, list[str]]) -> tuple[int, str, bytes, dict[str, str]]:
        fault = self._fault(path) or (self._fault(path + "?" + (q.get("id") or [""])[0]) if "efetch" in path else None)
        if fault:
            return fault
        xml = "text/xml; charset=UTF-8"
        by_pmid = {a.pmid: a for a in self.articles}
        if path == "/eutils/esearch.fcgi":
            if path in self.behaviour.malformed:
                return 200, xml, b"<eSearchResult><Count>3</Count><IdList><Id>9000", {}
            ids = "".join(f"<Id>{a.pmid}</Id>" for a in self.articles)
            body = (
                '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE eSearchResult PUBLIC "-//NLM//DTD esearch 20060628//EN" '
                '"https://eutils.ncbi.nlm.nih.gov/eutils/dtd/20060628/esearch.dtd">\n'
                f"<eSearchResult><Count>{len(self.articles)}</Count><RetMax>{len(self.articles)}</RetMax><RetStart>0</RetStart>"
                f"<IdList>{ids}</IdList><TranslationSet/><QueryTranslation>{escape(q.get('term', [''])[0])}</QueryTranslation></eSearchResult>"
            )
            return 200, xml, body.encode(), {}
        if path == "/eutils/efetch.fcgi":
            ids = (q.get("id") or [""])[0].split(",")
            if q.get("db") == ["pubmed"]:
                return 200, xml, pubmed_xml([by_pmid[i] for i in ids if i in by_pmid]).encode(), {}
            if q.get("db") == ["pmc"]:
                a = next((a for a in self.articles if a.pmcid and a.pmcid.removeprefix("PMC") == ids[0]), None)
                if a is None:
                    return 200, xml, b'<?xml version="1.0"?><pmc-articleset><error>invalid id</error></pmc-articleset>', {}
                art = jats(a).split("\n", 2)[2]  # the article without its XML declaration and DOCTYPE
                return 200, xml, f'<?xml version="1.0"?>\n<pmc-articleset>{art}</pmc-articleset>'.encode(), {}
        if path == "/epmc/search":
            if path in self.behaviour.malformed:
                return 200, "application/json", b'{"hitCount": 3, "resultList": {"result": [', {}
            cursor = (q.get("cursorMark") or ["*"])[0]
            start = 0 if cursor == "*" else int(cursor.removeprefix("AoE"))
            shown = [a for a in self.articles if a.in_epmc]
            page = shown[start : start + self.page_size]
            nxt = f"AoE{start + len(page)}" if page else cursor
            data = {
                "version": "6.9", "hitCount": len(shown), "nextCursorMark": nxt,
                "request": {"queryString": q.get("query", [""])[0], "resultType": "core", "cursorMark": cursor, "pageSize": self.page_size},
                "resultList": {"result": [epmc_result(a, self.base) for a in page]},
            }
            return 200, "application/json;charset=UTF-8", json.dumps(data).encode(), {}
        if path.startswith("/epmc/") and path.endswith("/fullTextXML"):
            pmcid = path.split("/")[2]
            a = next((a for a in self.articles if a.pmcid == pmcid and a.jats_body), None)
            if a is None:
                return 404, "text/plain", b"", {}
            data = jats(a).encode()
            if path in self.behaviour.malformed:
                data = data[: len(data) // 2]
            return 200, "application/xml", data, {}
        if path.startswith("/files/") and path.endswith(".pdf"):
            a = by_pmid.get(path.split("/")[-1].removesuffix(".pdf"))
            if a and a.pdf:
                return 200, "application/pdf", make_pdf(a), {}
        return 404, "text/plain", b"not found", {}
