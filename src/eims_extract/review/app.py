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

from .. import curation as cur
from ..records import BOOL_FIELDS, LIST_FIELDS, VALUE_FIELDS, Evidence

TOKEN_HEADER = "X-Review-Token"
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


# -- display helpers ------------------------------------------------------------
def display(name: str, v: Any) -> str:
    """A value as a curator types it back (lists ``;``-joined, booleans yes/no)."""
    if v is None:
        return ""
    if isinstance(v, list):
        return "; ".join(map(str, v))
    if name in BOOL_FIELDS or isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def sentence_pieces(ev: Evidence, text: str | None) -> list[dict[str, Any]]:
    """The evidence sentence split around its span so the span can be marked (all pieces escaped later)."""
    s = ev.sentence or ""
    span = text[ev.start : ev.end] if text is not None and 0 <= ev.start <= ev.end <= len(text) else ""
    hits = [m for m in range(len(s)) if span and s.startswith(span, m)]
    # the occurrence at which the sentence lines up with the document text is the span itself
    aligned = [m for m in hits if text is not None and text[ev.start - m : ev.start - m + len(s)] == s]
    i = (aligned or hits or [-1])[0]
    if i < 0:
        return [{"text": s, "mark": False}]
    return [
        {"text": s[:i], "mark": False},
        {"text": s[i : i + len(span)], "mark": True},
        {"text": s[i + len(span) :], "mark": False},
    ]


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
def create_app(db: str | Path, token: str | None = None) -> flask.Flask:
    """The review app over results store ``db``; with ``token``, every request must carry it."""
    app = Flask(__name__)
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

    def _doc_row(doc_id: str) -> sqlite3.Row:
        r = conn().execute("SELECT * FROM documents WHERE doc_id = ? ORDER BY path LIMIT 1", (doc_id,)).fetchone()
        if r is None:
            abort(404, description=f"unknown document {doc_id!r}")
        return r

    @app.errorhandler(404)
    def _not_found(e: Any) -> Any:
        return _error(getattr(e, "description", "not found"), 404)

    # -- data shaped for pages and API --------------------------------------------
    def docs_list(status: str = "all", q: str = "") -> list[dict[str, Any]]:
        who = curator()
        out = []
        rows = conn().execute(
            "SELECT d.*, t.text AS text FROM documents d LEFT JOIN document_texts t ON t.path = d.path ORDER BY d.path"
        ).fetchall()
        ql = q.strip().lower()
        for r in rows:
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
                "progress": prog,
            })  # fmt: skip
        return out

    def doc_detail(doc_id: str) -> dict[str, Any]:
        d = _doc_row(doc_id)
        who = curator()
        stored = conn().execute("SELECT text FROM document_texts WHERE path = ?", (d["path"],)).fetchone()
        text = stored["text"] if stored else None
        rows = []
        states = cur.row_states(conn(), doc_id, who, with_resolutions=False) if who else [
            cur.apply_decisions(m.key, m.row, []) for m in cur.machine_rows(conn(), doc_id)
        ]  # fmt: skip
        for st in states:
            fields = []
            for n in VALUE_FIELDS:
                fs = st.fields[n]
                evs = st.machine.evidence.get(n, []) if st.machine is not None else []
                fields.append({
                    "name": n, "status": fs.status, "value": fs.value, "machine": fs.machine, "changed": fs.changed,
                    "list": n in LIST_FIELDS,
                    "decision": fs.decision.to_dict() if fs.decision else None,
                    "evidence": [
                        {**e.to_dict(), "pieces": sentence_pieces(e, text)} for e in evs
                    ],
                })  # fmt: skip
            rows.append({
                "case_id": st.key, "source": st.machine.source if st.machine else "added",
                "row_status": st.row_status, "added_by": st.added_by,
                "notes": [n.to_dict() for n in st.notes],
                "conflicts": st.machine.conflicts if st.machine else [],
                "fields": fields,
            })  # fmt: skip
        return {
            "doc_id": doc_id, "path": d["path"], "status": d["status"], "error": d["error"],
            "curator": who, "has_text": text is not None, "rows": rows,
            "orphans": [o.to_dict() for o in cur.orphans(conn(), doc_id)],
            "curators": cur.curators(conn(), doc_id),
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
        return render_template("doc.html", doc=doc_detail(doc_id), doc_id=doc_id, curator=curator())

    @app.get("/doc/<doc_id>/text")
    def text_page(doc_id: str) -> Any:
        d = _doc_row(doc_id)
        t = conn().execute(
            "SELECT text, sections, page_starts FROM document_texts WHERE path = ?", (d["path"],)
        ).fetchone()
        if t is None:
            abort(404, description=f"no stored text for {doc_id!r} (extracted before texts were kept?)")
        spans = [
            (int(e["start"]), int(e["end"]))
            for e in conn().execute(
                'SELECT DISTINCT e.start, e."end" FROM evidence e JOIN case_rows r ON r.id = e.row_id WHERE r.path = ?',
                (d["path"],),
            )
        ]
        current = None
        hl = request.args.get("hl", "")
        if hl:
            try:
                a, b = (int(x) for x in hl.split("-", 1))
                current = (a, b) if 0 <= a < b <= len(t["text"]) else None
            except ValueError:
                current = None
        blocks = text_blocks(t["text"], json.loads(t["sections"]), json.loads(t["page_starts"]), spans, current)
        return render_template("text.html", doc_id=doc_id, blocks=blocks, current=current, curator=curator())

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
        return {
            "decisions": items,
            "resolutions": [r.to_dict() for r in cur.resolutions(conn(), doc_id)],
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
                doc_id=str(b.get("doc_id") or ""),
                case_id=b.get("case_id"),
                field=str(b.get("field") or ""),
                action=str(b.get("action") or ""),
                curator=str(b.get("curator") or curator() or ""),
                value=b.get("value"),
                note=b.get("note"),
            )
        except cur.CurationError as exc:
            return _error(str(exc), 400)
        return jsonify(d.to_dict()), 201

    @app.post("/api/resolve")
    def api_resolve() -> Any:
        b = _body()
        try:
            r = cur.record_resolution(
                conn(),
                doc_id=str(b.get("doc_id") or ""),
                case_id=str(b.get("case_id") or ""),
                field=str(b.get("field") or ""),
                resolver=str(b.get("resolver") or b.get("curator") or curator() or ""),
                value=b.get("value"),
                note=b.get("note"),
            )
        except cur.CurationError as exc:
            return _error(str(exc), 400)
        return jsonify(r.to_dict()), 201

    @app.errorhandler(400)
    def _bad(e: Any) -> Any:
        return _error(getattr(e, "description", "bad request"), 400)

    return app


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8765, token: str | None = None) -> None:
    """Run the review page; anything but a loopback address needs ``token``."""
    if not is_loopback(host) and not token:
        raise ValueError(
            f"refusing to serve the review page on {host!r} without a token: bind 127.0.0.1 "
            "or pass a token that every request must carry"
        )
    from werkzeug.serving import run_simple

    app = create_app(db, token=token)
    shown = f"http://{host}:{port}/" + (f"?token={token}" if token else "")
    print(f"eims-extract review: {shown}  (database {db}; Ctrl-C stops)", flush=True)
    run_simple(host, port, app, threaded=True, use_reloader=False)
