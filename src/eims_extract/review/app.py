"""The curator review page: machine values beside their evidence, decisions, audit, consensus.

A small Flask app over the results SQLite file. Every request opens its own
connection (decisions are written in ``BEGIN IMMEDIATE`` transactions, so two
curators saving at once both land). Article text is only ever rendered
through autoescaped templates, split into pieces for highlighting, never
marked safe. Bound to loopback by default; any other address needs a token
that every request must carry (query, header or the cookie set from it).
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import flask
from flask import Flask, abort, g, jsonify, redirect, render_template, request, send_file

from . import curation as cur
from .evidence import cell_pieces, evidence_pieces, table_cell
from .pageview import RESOLUTION, PageViewError, check_pdf, page_of, page_png, page_words, span_boxes
from ..fields.registry import spec
from ..pipeline.papers import Mark, store_marks
from ..records import VALUE_FIELDS, Evidence
from ..store import Store

TOKEN_HEADER = "X-Review-Token"
#: Largest request body accepted (a decision is well under 1 KiB; a 60-field added row a few KiB).
MAX_BODY_BYTES = 64 * 1024
#: Host names a loopback-bound page answers to; any other Host header is a DNS-rebinding attempt.
LOOPBACK_NAMES: frozenset[str] = frozenset({"localhost", "127.0.0.1", "::1"})
TOKEN_COOKIE = "review_token"
CURATOR_COOKIE = "curator"

#: What a correction input accepts, shown as its placeholder.
FIELD_HINTS: dict[str, str] = {
    "age_years": "years, e.g. 43 or 7mo",
    "age_text": "as printed, e.g. 43y",
    "sex": "male / female",
    "site": "tumour site",
    "site_code": "ICD-O-3 topography, e.g. C32.9",
    "treatment": "SE+Che+RT+ALKi+ST",
    "drugs": "drug; drug",
    "recurrence": "yes / no",
    "metastasis": "yes / no",
    "follow_up_months": "months",
    "status": "DOD / AWD / ANED",
    "response": "CR / PR / SD / PD",
    "ihc_positive": "marker; marker",
    "ihc_negative": "marker; marker",
    "ki67_percent": "percent",
    "alk_fusion_partner": "gene symbol",
    "kinase_fusions": "ETV6::NTRK3; RANBP2::ALK",
    "alk_tests": "IHC+; FISH-",
    "reference": "Surname et al., year",
}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(bind: str, extra: tuple[str, ...] = ()) -> frozenset[str] | None:
    """Host names (no port) the page may be addressed by when bound to ``bind``.

    None means "any": only a wildcard bind (0.0.0.0, ::), which already needs
    a token, since a DNS-rebinding page cannot know the token.
    """
    b = bind.strip("[]").lower()
    if b in ("0.0.0.0", "::", "") and not extra:
        return None
    return frozenset({*LOOPBACK_NAMES, b, *(h.strip("[]").lower() for h in extra)}) - {"0.0.0.0", "::", ""}


def host_name(host_header: str) -> str:
    """``example.org:8765`` → ``example.org``; ``[::1]:8765`` → ``::1``."""
    h = host_header.strip().lower()
    if h.startswith("["):
        return h[1 : h.find("]")] if "]" in h else h
    return h.rsplit(":", 1)[0] if h.count(":") == 1 else h


# -- display helpers ------------------------------------------------------------
def _kind(name: str) -> str | None:
    """The field's kind as the registry declares it (None for a name that is no field)."""
    try:
        return spec(name).kind
    except KeyError:
        return None


def display(name: str, v: Any) -> str:
    """A value as a curator types it back (lists ``;``-joined, booleans yes/no)."""
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(map(str, v))
    if _kind(name) == "bool" or isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def sentence_pieces(ev: Evidence, text: str | None) -> list[dict[str, Any]]:
    """The evidence around its span, the span marked by its offsets only (see ``evidence.py``)."""
    return evidence_pieces(text, ev.start, ev.end, ev.sentence)


def _row_table(st: cur.RowState, text: str | None, sections: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A table row's line: the table, its header and its cells, from the line most of its evidence is in."""
    if st.machine is None or text is None:
        return None
    starts = [e.start for evs in st.machine.evidence.values() for e in evs if 0 <= e.start < len(text)]
    cells = [c for c in (table_cell(text, sections, a, a) for a in starts) if c is not None and not c["is_header"]]
    if not cells or len(cells) * 2 < len(starts):
        return None
    lines = [c["line"] for c in cells]
    best = max(set(lines), key=lambda x: (lines.count(x), -x))
    c = next(c for c in cells if c["line"] == best)
    pages = [e.page for evs in st.machine.evidence.values() for e in evs if e.page is not None]
    page = max(set(pages), key=pages.count) if pages else None
    return {"table": c["table"], "line": c["line"], "header": c["header"], "cells": c["cells"], "page": page}


def _evidence_view(
    e: Evidence, text: str | None, sections: list[dict[str, Any]], row_table: dict[str, Any] | None
) -> dict[str, Any]:
    """One evidence item for the page: its cell under its header (tables) or its sentence, marked by offsets."""
    out: dict[str, Any] = {**e.to_dict()}
    cell = table_cell(text, sections, e.start, e.end) if text is not None and row_table is not None else None
    if cell is not None and text is not None:
        out.update(
            col=cell["col"], column=cell["column"], pieces=cell_pieces(text, cell, e.start, e.end),
            other_line=cell["line"] != row_table["line"],  # type: ignore[index]
            line_cells=None if cell["line"] == row_table["line"] else cell["cells"],  # type: ignore[index]
        )
    else:
        out.update(col=None, column=None, pieces=evidence_pieces(text, e.start, e.end, e.sentence), other_line=False)
    return out


def text_blocks(
    text: str,
    sections: list[dict[str, Any]],
    page_starts: list[Any],
    spans: list[tuple[int, int]],
    current: tuple[int, int] | None,
) -> list[dict[str, Any]]:
    """The document as section blocks of pieces: marked where evidence lies, page numbers where pages start."""
    secs = sorted(
        ((int(s["start"]), int(s["end"]), s.get("kind", "other"), s.get("title", "")) for s in sections),
        key=lambda t: (t[0], -t[1]),
    )
    blocks: list[tuple[int, int, str, str]] = []
    pos = 0
    for a, b, kind, title in secs:
        a, b = max(a, pos), min(b, len(text))
        if a >= b:
            continue
        if a > pos:
            blocks.append((pos, a, "other", ""))
        blocks.append((a, b, kind, title))
        pos = b
    if pos < len(text):
        blocks.append((pos, len(text), "other", ""))
    pages = {int(s): int(p) for s, p in page_starts}
    out: list[dict[str, Any]] = []
    for a, b, kind, title in blocks:
        cuts = {a, b} | {x for s, e in spans for x in (s, e) if a < x < b} | {x for x in pages if a < x < b}
        if current:
            cuts |= {x for x in current if a < x < b}
        pts = sorted(cuts)
        pieces = []
        for x, y in zip(pts, pts[1:], strict=False):
            pieces.append({
                "text": text[x:y],
                "mark": any(s <= x and y <= e for s, e in spans),
                "current": bool(current and current[0] <= x and y <= current[1]),
                "first_current": bool(current and x == current[0]),
                "page": pages.get(x),
                "offset": x,
            })  # fmt: skip
        out.append({"kind": kind, "title": title, "start": a, "pieces": pieces})
    return out


# -- app ------------------------------------------------------------------------
def create_app(
    db: str | Path, token: str | None = None, bind: str = "127.0.0.1", extra_hosts: tuple[str, ...] = ()
) -> flask.Flask:
    """The review app over results store ``db``; with ``token``, every request must carry it.

    Requests addressed to any host name but the bound one (and loopback
    names) are refused, so a DNS-rebinding page cannot drive the server.
    """
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = MAX_BODY_BYTES
    hosts = allowed_hosts(bind, extra_hosts)
    app.config["EIMS_DB"] = str(db)
    app.config["EIMS_TOKEN"] = token
    app.jinja_env.globals.update(display=display, FIELD_HINTS=FIELD_HINTS, VALUE_FIELDS=VALUE_FIELDS)
    cur.connect(db).close()  # schemas in place before the first request

    def conn() -> sqlite3.Connection:
        if "conn" not in g:
            g.conn = cur.connect(app.config["EIMS_DB"])
        return g.conn

    @app.teardown_appcontext
    def _close(_exc: BaseException | None) -> None:
        c = g.pop("conn", None)
        if c is not None:
            c.close()

    def curator() -> str | None:
        name = request.args.get("curator") or request.cookies.get(CURATOR_COOKIE)
        return name.strip() or None if name else None

    @app.before_request
    def _guard() -> Any:
        if hosts is not None and host_name(request.host) not in hosts:
            return _error(f"unexpected Host header {request.host!r}: address the page by the name it is bound to", 421)
        if token:
            given = request.args.get("token") or request.headers.get(TOKEN_HEADER) or request.cookies.get(TOKEN_COOKIE)
            if not given or not hmac.compare_digest(given.encode(), token.encode()):
                return _error("a valid review token is required (?token=, X-Review-Token header or cookie)", 403)
        if request.method == "POST":
            here = urlsplit(request.host_url)
            for h in ("Origin", "Referer"):
                v = request.headers.get(h)
                if v and v != "null":
                    o = urlsplit(v)
                    if (o.scheme, o.netloc) != (here.scheme, here.netloc):
                        return _error(f"cross-origin POST refused ({h}: {v})", 403)
                    break
                if v == "null":
                    return _error("cross-origin POST refused (opaque origin)", 403)
            if request.path.startswith("/api/") and not request.is_json:
                return _error("POST a JSON body (Content-Type: application/json)", 415)
        return None

    @app.after_request
    def _headers(resp: flask.Response) -> flask.Response:
        resp.headers["Content-Security-Policy"] = (
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
        )
        resp.headers["X-Content-Type-Options"] = "nosniff"
        resp.headers["Referrer-Policy"] = "same-origin"
        if token and request.args.get("token") == token:
            resp.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="Strict")
        return resp

    def _error(msg: str, code: int) -> flask.Response:
        if request.path.startswith("/api/") or request.method == "POST":
            r = jsonify({"error": msg})
        else:
            r = flask.make_response(render_template("error.html", message=msg), code)
        r.status_code = code
        return r

    def store() -> Store:
        return Store.on(conn())

    def _doc_row(doc_id: str) -> dict[str, Any]:
        r = store().document_row(doc_id)
        if r is None:
            abort(404, description=f"unknown document {doc_id!r}")
        return r

    @app.errorhandler(404)
    def _not_found(e: Any) -> Any:
        return _error(getattr(e, "description", "not found"), 404)

    # -- data shaped for pages and API --------------------------------------------
    def copy_mark(doc_id: str, by_doc: dict[str, Mark] | None = None) -> dict[str, Any]:
        """``paper`` and ``copy_of`` of a document: a copy of a paper keeps its rows, marked as the best copy's copy."""
        m = (store_marks(store()) if by_doc is None else by_doc).get(doc_id)
        return {"paper": m.paper if m else None, "copy_of": m.copy_of if m else None}

    def docs_list(status: str = "all", q: str = "") -> list[dict[str, Any]]:
        who = curator()
        out = []
        rows = store().documents_with_text()
        by_doc = store_marks(store())
        ql = q.strip().lower()
        for r in rows:
            gone = r.get("gone_at") is not None
            # a document removed from the corpus keeps its rows and decisions, listed only under "gone"
            if gone != (status == "gone"):
                continue
            if ql and not any(ql in (r[k] or "").lower() for k in ("doc_id", "path", "error", "text")):
                continue
            prog = cur.progress(conn(), r["doc_id"], who) if r["status"] == "ok" else dict.fromkeys(
                ("unreviewed", "accepted", "corrected", "rejected", "rows", "rows_rejected", "rows_added", "changed"), 0
            )  # fmt: skip
            if status == "ok" and r["status"] != "ok" or status == "failed" and r["status"] != "failed":
                continue
            if status == "todo" and not (r["status"] == "ok" and prog["unreviewed"]):
                continue
            if status == "changed" and not prog["changed"]:
                continue
            out.append({
                "doc_id": r["doc_id"], "path": r["path"], "status": r["status"], "error": r["error"],
                "n_rows": r["n_rows"], "processed_at": r["processed_at"], "pipeline_version": r["pipeline_version"],
                "gone_at": r.get("gone_at"), "progress": prog, **copy_mark(r["doc_id"], by_doc),
            })  # fmt: skip
        return out

    def doc_detail(doc_id: str) -> dict[str, Any]:
        d = _doc_row(doc_id)
        who = curator()
        stored = store().document_text(d["path"])
        text = stored["text"] if stored else None
        sections = stored["sections"] if stored else []
        states = cur.row_states(conn(), doc_id, who, with_resolutions=False) if who else [
            cur.apply_decisions(m.key, m.row, []) for m in cur.machine_rows(conn(), doc_id)
        ]  # fmt: skip
        # which table each row comes from, and the fields each table provides
        where: dict[str, dict[str, Any] | None] = {}
        provided: dict[str, set[str]] = {}
        for st in states:
            where[st.key] = _row_table(st, text, sections)
            if where[st.key] is not None:
                provided.setdefault(where[st.key]["table"], set()).update(
                    n for n, evs in st.machine.evidence.items() if evs  # type: ignore[union-attr]
                )
        mark = copy_mark(doc_id)
        rows = []
        for st in states:
            rt = where[st.key]
            shown = provided[rt["table"]] if rt is not None else set(VALUE_FIELDS)
            fields = []
            for n in VALUE_FIELDS:
                fs = st.fields[n]
                evs = st.machine.evidence.get(n, []) if st.machine is not None else []
                fields.append({
                    "name": n, "status": fs.status, "value": fs.value, "machine": fs.machine, "changed": fs.changed,
                    "list": _kind(n) == "list", "shown": n in shown or fs.status != "unreviewed" and fs.value is not None,
                    "decision": fs.decision.to_dict() if fs.decision else None,
                    "evidence": [_evidence_view(e, text, sections, rt) for e in evs],
                })  # fmt: skip
            rows.append({
                "case_id": st.key, "source": st.machine.source if st.machine else "added",
                "row_status": st.row_status, "added_by": st.added_by,
                "notes": [n.to_dict() for n in st.notes],
                "conflicts": st.machine.conflicts if st.machine else [],
                "table": rt,
                "fields": fields,
                "copy_of": mark["copy_of"],
            })  # fmt: skip
        return {
            "doc_id": doc_id, "path": d["path"], "status": d["status"], "error": d["error"],
            "curator": who, "has_text": text is not None, "rows": rows,
            "is_pdf": str(d["path"]).lower().endswith(".pdf"),
            "tables": sorted(provided),
            "orphans": [o.to_dict() for o in cur.orphans(conn(), doc_id)],
            "curators": cur.curators(conn(), doc_id),
            **mark,
        }  # fmt: skip

    # -- pages ------------------------------------------------------------------------
    @app.get("/")
    def index() -> Any:
        status = request.args.get("status", "all")
        q = request.args.get("q", "")
        return render_template("index.html", docs=docs_list(status, q), status=status, q=q, curator=curator())

    @app.post("/curator")
    def set_curator() -> Any:
        name = (request.form.get("name") or "").strip()
        nxt = request.form.get("next") or "/"
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/"
        try:
            name = cur._clean_curator(name)
        except cur.CurationError as exc:
            return _error(str(exc), 400)
        resp = redirect(nxt)
        resp.set_cookie(CURATOR_COOKIE, name, samesite="Strict", max_age=365 * 24 * 3600)
        return resp

    @app.get("/doc/<doc_id>")
    def doc_page(doc_id: str) -> Any:
        return render_template(
            "doc.html", doc=doc_detail(doc_id), doc_id=doc_id, curator=curator(), all_fields=bool(request.args.get("all"))
        )

    @app.get("/doc/<doc_id>/text")
    def text_page(doc_id: str) -> Any:
        d = _doc_row(doc_id)
        t = store().document_text(d["path"])
        if t is None:
            abort(404, description=f"no stored text for {doc_id!r} (extracted before texts were kept?)")
        spans = store().evidence_spans(d["path"])
        current = None
        hl = request.args.get("hl", "")
        if hl:
            try:
                a, b = (int(x) for x in hl.split("-", 1))
                current = (a, b) if 0 <= a < b <= len(t["text"]) else None
            except ValueError:
                current = None
        blocks = text_blocks(t["text"], t["sections"], t["page_starts"], spans, current)
        return render_template("text.html", doc_id=doc_id, blocks=blocks, current=current, curator=curator())

    def _hl() -> tuple[int, int] | None:
        try:
            a, b = (int(x) for x in request.args.get("hl", "").split("-", 1))
        except ValueError:
            return None
        return (a, b) if 0 <= a < b else None

    def page_data(doc_id: str, n: int) -> dict[str, Any]:
        """The page's size, image URL and the boxes of the ``hl`` span on it (PDF points)."""
        d = _doc_row(doc_id)
        path = check_pdf(d["path"], d["sha256"])
        pw = page_words(path, n)
        out: dict[str, Any] = {
            "doc_id": doc_id, "page": n, "pages": d["pages"], "width": pw.width, "height": pw.height,
            "image": flask.url_for("page_image", doc_id=doc_id, n=n), "boxes": [], "span": None, "note": None,
        }  # fmt: skip
        hl = _hl()
        t = store().document_text(d["path"])
        if hl and t is not None and hl[1] <= len(t["text"]):
            out["span"] = t["text"][hl[0] : hl[1]]
            on = page_of(t["page_starts"], hl[0])
            if on != n:
                out["note"] = f"the evidence is on page {on}"
            else:
                out["boxes"] = span_boxes(t["text"], hl[0], hl[1], pw)
                if not out["boxes"]:
                    out["note"] = "the evidence could not be placed on this page's characters"
        return out

    @app.get("/doc/<doc_id>/page/<int:n>.png")
    def page_image(doc_id: str, n: int) -> Any:
        d = _doc_row(doc_id)
        try:
            data = page_png(check_pdf(d["path"], d["sha256"]), n, RESOLUTION)
        except PageViewError as exc:
            return _error(str(exc), 404)
        resp = flask.make_response(data)
        resp.mimetype = "image/png"
        resp.headers["Cache-Control"] = "private, max-age=3600"
        return resp

    @app.get("/doc/<doc_id>/page/<int:n>")
    def page_page(doc_id: str, n: int) -> Any:
        try:
            data = page_data(doc_id, n)
        except PageViewError as exc:
            return _error(str(exc), 404)
        return render_template("page.html", doc_id=doc_id, p=data, curator=curator())

    @app.get("/api/page/<doc_id>/<int:n>")
    def api_page(doc_id: str, n: int) -> Any:
        try:
            return jsonify(page_data(doc_id, n))
        except PageViewError as exc:
            return _error(str(exc), 404)

    @app.get("/doc/<doc_id>/audit")
    def audit_page(doc_id: str) -> Any:
        _doc_row(doc_id)
        return render_template("audit.html", doc_id=doc_id, audit=audit_data(doc_id), curator=curator())

    @app.get("/doc/<doc_id>/consensus")
    def consensus_page(doc_id: str) -> Any:
        _doc_row(doc_id)
        items = cur.consensus(conn(), doc_id)
        return render_template(
            "consensus.html", doc_id=doc_id, items=items, curators=cur.curators(conn(), doc_id), curator=curator()
        )

    def audit_data(doc_id: str) -> dict[str, Any]:
        machine = {m.key: cur._values_dict(m.row) for m in cur.machine_rows(conn(), doc_id)}
        items = []
        for d in cur.decisions(conn(), doc_id):
            now = machine.get(d.case_id)
            current = now if d.field == cur.ROW or now is None else now.get(d.field)
            items.append({**d.to_dict(), "current_machine": current})
        chain = cur.verify_chain(conn())
        return {
            "decisions": items,
            "resolutions": [r.to_dict() for r in cur.resolutions(conn(), doc_id)],
            "chain": {"ok": chain.ok, "counts": chain.counts, "problems": chain.problems[:20]},
        }

    def _export(suffix: str) -> Any:
        who = request.args.get("curator") or None
        tmp = Path(tempfile.mkdtemp(prefix="eims-export-")) / f"curated{suffix}"
        cur.export_curated(app.config["EIMS_DB"], tmp, who)
        mime = "text/csv" if suffix == ".csv" else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        return send_file(tmp, mimetype=mime, as_attachment=True, download_name=f"eims-curated{suffix}")

    @app.get("/export.csv")
    def export_csv() -> Any:
        return _export(".csv")

    @app.get("/export.xlsx")
    def export_xlsx() -> Any:
        return _export(".xlsx")

    # -- JSON API -----------------------------------------------------------------------
    @app.get("/api/docs")
    def api_docs() -> Any:
        return jsonify(docs_list(request.args.get("status", "all"), request.args.get("q", "")))

    @app.get("/api/docs/<doc_id>")
    def api_doc(doc_id: str) -> Any:
        return jsonify(doc_detail(doc_id))

    @app.get("/api/audit/<doc_id>")
    def api_audit(doc_id: str) -> Any:
        _doc_row(doc_id)
        return jsonify(audit_data(doc_id))

    @app.get("/api/consensus/<doc_id>")
    def api_consensus(doc_id: str) -> Any:
        _doc_row(doc_id)
        return jsonify({"curators": cur.curators(conn(), doc_id), "disagreements": cur.consensus(conn(), doc_id)})

    @app.get("/api/changed")
    def api_changed() -> Any:
        who = curator()
        if not who:
            return _error("name a curator (?curator= or the curator cookie)", 400)
        return jsonify(cur.changed_fields(conn(), who, request.args.get("doc_id") or None))

    def _curation_error(exc: cur.CurationError) -> flask.Response:
        r = _error(str(exc), 400)
        if isinstance(exc, cur.NotInVocabulary):  # the page offers "keep anyway"
            r.set_data(json.dumps({"error": str(exc), "not_in_vocabulary": exc.items, "field": exc.field}))
        return r

    def _body() -> dict[str, Any]:
        body = request.get_json(silent=True)
        if not isinstance(body, dict):
            abort(400, description="expected a JSON object")
        return body

    @app.post("/api/decision")
    def api_decision() -> Any:
        b = _body()
        try:
            d = cur.record_decision(
                conn(),
                doc_id=b.get("doc_id"),
                case_id=b.get("case_id"),
                field=b.get("field"),
                action=b.get("action"),
                curator=b.get("curator") or curator(),
                value=b.get("value"),
                note=b.get("note"),
                keep_unknown=b.get("keep_unknown", False),
            )
        except cur.CurationError as exc:
            return _curation_error(exc)
        return jsonify(d.to_dict()), 201

    @app.post("/api/accept_all")
    def api_accept_all() -> Any:
        b = _body()
        doc_id, table = b.get("doc_id"), b.get("table")
        if not isinstance(doc_id, str) or table is not None and not isinstance(table, str):
            return _error("doc_id (and table, if given) must be text", 400)
        case_ids = None
        if table is not None:
            case_ids = [r["case_id"] for r in doc_detail(doc_id)["rows"] if r["table"] and r["table"]["table"] == table]
            if not case_ids:
                return _error(f"no rows from table {table!r} in {doc_id!r}", 400)
        try:
            ds = cur.accept_rows(conn(), doc_id=doc_id, curator=b.get("curator") or curator() or "", case_ids=case_ids)
        except cur.CurationError as exc:
            return _curation_error(exc)
        return jsonify({"rows": [d.to_dict() for d in ds]}), 201

    @app.post("/api/resolve")
    def api_resolve() -> Any:
        b = _body()
        try:
            r = cur.record_resolution(
                conn(),
                doc_id=b.get("doc_id"),
                case_id=b.get("case_id"),
                field=b.get("field"),
                resolver=b.get("resolver") or b.get("curator") or curator(),
                value=b.get("value"),
                note=b.get("note"),
                keep_unknown=b.get("keep_unknown", False),
            )
        except cur.CurationError as exc:
            return _curation_error(exc)
        return jsonify(r.to_dict()), 201

    @app.errorhandler(400)
    def _bad(e: Any) -> Any:
        return _error(getattr(e, "description", "bad request"), 400)

    @app.errorhandler(413)
    def _too_large(_e: Any) -> Any:
        return _error(f"request body larger than {MAX_BODY_BYTES // 1024} KiB", 413)

    return app


def serve(
    db: str | Path, host: str = "127.0.0.1", port: int = 8765, token: str | None = None,
    extra_hosts: tuple[str, ...] = (),
) -> None:
    """Run the review page; anything but a loopback address needs ``token``."""
    if not is_loopback(host) and not token:
        raise ValueError(
            f"refusing to serve the review page on {host!r} without a token: bind 127.0.0.1 "
            "or pass a token that every request must carry"
        )
    from werkzeug.serving import run_simple

    app = create_app(db, token=token, bind=host, extra_hosts=extra_hosts)
    shown = f"http://{host}:{port}/" + (f"?token={token}" if token else "")
    print(f"eims-extract review: {shown}  (database {db}; Ctrl-C stops)", flush=True)
    run_simple(host, port, app, threaded=True, use_reloader=False)
