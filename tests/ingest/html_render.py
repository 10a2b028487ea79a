"""Render a :class:`layouts.Paper` as a saved journal web page, at test time.

The article sits among the furniture such pages have — a site header with
navigation and a search form, a "similar articles" sidebar full of links, a
cookie banner, a footer — and its tables are PMC-style: a caption ``div``
before the ``<table>``, the footnotes in a ``div`` after it, a reference
printed once for several cases (``rowspan``). Identifiers are fictional.
"""

from __future__ import annotations

from html import escape

from jats_render import FICTIONAL_IDS
from layouts import Paper, TableSpec

FURNITURE_WORDS = ("Similar articles", "Cookie settings", "Follow the archive", "Search the archive")


def _table(t: TableSpec) -> str:
    ref = t.header.index("Reference") if "Reference" in t.header else None
    rows = []
    i = 0
    spans: dict[int, int] = {}
    if ref is not None:
        while i < len(t.rows):
            k = i + 1
            while k < len(t.rows) and len(t.rows[k]) > ref and t.rows[k][ref] == t.rows[i][ref]:
                k += 1
            spans[i] = k - i
            for m in range(i + 1, k):
                spans[m] = 0
            i = k
    for i, r in enumerate(t.rows):
        cells = []
        for j, c in enumerate(r):
            if j == ref and spans.get(i, 1) == 0:
                continue
            span = f' rowspan="{spans[i]}"' if j == ref and spans.get(i, 1) > 1 else ""
            cells.append(f"<td{span}>{escape(c)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f"<th>{escape(h)}</th>" for h in t.header)
    foot = f'<div class="fn"><p>{escape(t.footnotes)}</p></div>' if t.footnotes else ""
    return (
        f'<section class="tw" id="T{t.number}"><div class="caption"><strong>Table {t.number}.</strong> {escape(t.caption)}</div>'
        f'<div class="tbl-box"><table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>{foot}</div></section>'
    )


def render_html(paper: Paper) -> bytes:
    nav = "".join(f'<li><a href="/x{k}">Link {k}</a></li>' for k in range(12))
    similar = "".join(f'<li><a href="/s{k}">An unrelated made-up article number {k}</a></li>' for k in range(10))
    secs = []
    for head, paras in paper.sections:
        body = "".join(f"<p>{escape(p)}</p>" for p in paras)
        secs.append(f"<section><h2>{escape(head)}</h2>{body}</section>")
    tables = "".join(_table(t) for t in paper.tables)
    figs = "".join(
        f'<figure><img src="f{k}.jpg" alt=""/><figcaption>Figure {k}. {escape(c)}</figcaption></figure>'
        for k, c in enumerate(paper.figures, 1)
    )
    page = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>
<title>{escape(paper.title)} - Fictional Archive</title>
<meta name="citation_title" content="{escape(paper.title)}"/>
<meta name="citation_doi" content="{FICTIONAL_IDS['doi']}"/>
<meta name="citation_pmid" content="{FICTIONAL_IDS['pmid']}"/>
<meta name="citation_journal_title" content="Fictional Oncology Reports"/>
<meta name="citation_publication_date" content="2031/03/05"/>
<script>var tracking = "none";</script><style>.x{{color:red}}</style></head>
<body>
<div class="cookie-banner"><p>{FURNITURE_WORDS[1]}: we use cookies. <a href="/c">Accept</a> <a href="/r">Reject</a></p></div>
<header><nav><ul>{nav}</ul></nav><form><input name="q"/><button>{FURNITURE_WORDS[3]}</button></form></header>
<div class="layout">
<main><article>
<h1>{escape(paper.title)}</h1>
<div class="authors">{escape(paper.authors)}</div>
<section class="abstract"><h2>Abstract</h2><p>{escape(paper.abstract)}</p></section>
{''.join(secs)}
{figs}
{tables}
</article></main>
<aside><h3>{FURNITURE_WORDS[0]}</h3><ul>{similar}</ul></aside>
</div>
<footer><p>{FURNITURE_WORDS[2]}</p><ul>{nav}</ul></footer>
</body></html>"""
    return page.encode("utf-8")
