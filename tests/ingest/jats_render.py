"""Render a :class:`layouts.Paper` as PubMed Central-style JATS XML, at test time.

Like ``layouts.render`` for PDFs: the words come from the text-ingested seed,
so nothing of the article is stored in the repository. The rendering uses what
real PMC files use — ``sec-type`` on some sections and only a title on others,
a table inline in a section and another in ``floats-group``, ``rowspan`` for a
reference printed once for several cases, ``table-wrap-foot`` footnotes,
namespaced ``xlink`` attributes, a DOCTYPE naming the JATS DTD — and
fictional identifiers.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from layouts import Paper, TableSpec

FICTIONAL_IDS = {"pmid": "10000001", "pmcid": "PMC10000001", "doi": "10.99999/fictional.2031.0001"}
SEC_TYPES = {"introduction": "intro", "case report": "cases"}


def _e(s: str) -> str:
    return escape(s, {'"': "&quot;"})


def _authors(line: str) -> str:
    out = []
    for raw in re.split(r",|\band\b", line):
        name = re.sub(r"[\d*†‡§¶#]+", "", raw).strip()
        if not name:
            continue
        given, _, surname = name.rpartition(" ")
        out.append(
            f'<contrib contrib-type="author"><name><surname>{_e(surname)}</surname>'
            f"<given-names>{_e(given)}</given-names></name></contrib>"
        )
    return "".join(out)


def _table(t: TableSpec, span_cols: tuple[str, ...] = ("Reference",)) -> str:
    """A table-wrap; cells equal to the one above in a span column become one ``rowspan`` cell."""
    width = max([len(t.header)] + [len(r) for r in t.rows])
    rows = [r + [""] * (width - len(r)) for r in t.rows]
    spanned = {j for j, h in enumerate(t.header) if h in span_cols}
    runs: dict[tuple[int, int], int] = {}  # (row, col) -> rowspan of the first cell of a run
    for j in spanned:
        i = 0
        while i < len(rows):
            k = i + 1
            while k < len(rows) and rows[k][j] == rows[i][j] and rows[i][j]:
                k += 1
            runs[(i, j)] = k - i
            for m in range(i + 1, k):
                runs[(m, j)] = 0
            i = k
    head = "".join(f"<th>{_e(h)}</th>" for h in t.header)
    body = []
    for i, r in enumerate(rows):
        cells = []
        for j, c in enumerate(r):
            n = runs.get((i, j), 1)
            if n == 0:
                continue
            span = f' rowspan="{n}"' if n > 1 else ""
            cells.append(f"<td{span}>{_e(c)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    foot = f"<table-wrap-foot><fn><p>{_e(t.footnotes)}</p></fn></table-wrap-foot>" if t.footnotes else ""
    return (
        f'<table-wrap id="T{t.number}" position="float"><label>Table {t.number}</label>'
        f"<caption><p>{_e(t.caption)}</p></caption>"
        f'<table frame="hsides" rules="groups"><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'
        f"{foot}</table-wrap>"
    )


def render_jats(paper: Paper, ids: dict[str, str] | None = None) -> bytes:
    """The paper as one JATS ``<article>``: Table 1 inline in the case section, the rest floating."""
    ids = ids or FICTIONAL_IDS
    secs = []
    tables = list(paper.tables)
    inline = tables[:1]
    floating = tables[1:]
    for n, (head, paras) in enumerate(paper.sections, 1):
        st = SEC_TYPES.get(head.lower())
        attr = f' sec-type="{st}"' if st else ""
        body = "".join(f"<p>{_e(p)}</p>" for p in paras)
        if st == "cases" and inline:
            body += "".join(_table(t) for t in inline)
            inline = []
        secs.append(f'<sec id="s{n}"{attr}><label>{n}</label><title>{_e(head)}</title>{body}</sec>')
    figs = "".join(
        f'<fig id="F{k}"><label>Figure {k}</label><caption><p>{_e(c)}</p></caption>'
        f'<graphic xlink:href="fig{k}.jpg"/></fig>'
        for k, c in enumerate(paper.figures, 1)
    )
    floats = "".join(_table(t) for t in inline + floating)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.3 20210610//EN" "JATS-archivearticle1-3.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="case-report" dtd-version="1.3">
<front>
<journal-meta><journal-id journal-id-type="nlm-ta">Fict Oncol</journal-id>
<journal-title-group><journal-title>Fictional Oncology Reports</journal-title></journal-title-group>
<issn pub-type="epub">0000-0000</issn></journal-meta>
<article-meta>
<article-id pub-id-type="pmid">{ids['pmid']}</article-id>
<article-id pub-id-type="pmc">{ids['pmcid'].removeprefix('PMC')}</article-id>
<article-id pub-id-type="doi">{ids['doi']}</article-id>
<title-group><article-title>{_e(paper.title)}</article-title></title-group>
<contrib-group>{_authors(paper.authors)}</contrib-group>
<pub-date pub-type="epub"><day>5</day><month>3</month><year>2031</year></pub-date>
<permissions><license license-type="open-access" xlink:href="https://creativecommons.org/licenses/by/4.0/"><license-p>Open access.</license-p></license></permissions>
<abstract><p>{_e(paper.abstract)}</p></abstract>
<kwd-group><kwd>invented keyword</kwd><kwd>test rendering</kwd></kwd-group>
</article-meta>
</front>
<body>{''.join(secs)}</body>
<back><ack><p>The authors of this rendering thank nobody in particular.</p></ack>
<ref-list><title>References</title>
<ref id="B1"><label>1</label><mixed-citation publication-type="journal">Quillfeather A, Norrbom E. An invented series. <source>J Imag Pathol</source> (2003) 12:101-9.</mixed-citation></ref>
</ref-list></back>
<floats-group>{figs}{floats}</floats-group>
</article>
"""
    return xml.encode("utf-8")
