"""The review app through Flask's test client, over a store of fictional documents."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from eims_extract.review import curation as cur
from eims_extract.review import create_app, serve
from eims_extract.review.app import is_loopback, text_blocks
from eims_extract.review.demo import build_result, write_demo_store
from eims_extract.records import VALUE_FIELDS
from eims_extract.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return write_demo_store(tmp_path / "results.sqlite")


@pytest.fixture
def client(db):
    c = create_app(db).test_client()
    c.set_cookie("curator", "Ann")
    return c


def post(client, body, url="/api/decision", **kw):
    return client.post(url, json=body, **kw)


def alpha(field, action, value=None, **extra):
    return {"doc_id": "demo-alpha", "case_id": "current", "field": field, "action": action, "value": value, **extra}


# -- decisions and audit -------------------------------------------------------------
def test_decision_is_stored_with_cookie_curator_and_shows_in_audit(client):
    r = post(client, alpha("age_years", "correct", "35"))
    assert r.status_code == 201
    assert r.json["curator"] == "Ann" and r.json["value"] == 35.0 and r.json["created_at"].endswith("Z")
    post(client, alpha("sex", "accept"))
    post(client, alpha("*", "note", note="age from the abstract"))
    audit = client.get("/api/audit/demo-alpha").json["decisions"]
    assert [(d["field"], d["action"], d["curator"]) for d in audit] == [
        ("age_years", "correct", "Ann"), ("sex", "accept", "Ann"), ("*", "note", "Ann")
    ]  # fmt: skip
    assert audit[0]["machine_value"] == 34.0 and audit[0]["current_machine"] == 34.0
    page = client.get("/doc/demo-alpha/audit").get_data(as_text=True)
    assert "age from the abstract" in page and page.count("<td class=\"curator\">Ann</td>") == 3


def test_doc_api_reports_field_status_and_curated_value(client):
    post(client, alpha("drugs", "reject"))
    post(client, alpha("ihc_positive", "correct", "desmin; ALK; SMA"))
    doc = client.get("/api/docs/demo-alpha").json
    fields = {f["name"]: f for f in doc["rows"][0]["fields"]}
    assert fields["drugs"]["status"] == "rejected" and fields["drugs"]["value"] is None
    assert fields["ihc_positive"]["value"] == ["desmin", "ALK", "SMA"]
    assert fields["ihc_positive"]["machine"] == ["desmin", "ALK"]
    assert fields["sex"]["status"] == "unreviewed"
    ev = fields["sex"]["evidence"][0]
    assert ev["page"] == 1 and [p["text"] for p in ev["pieces"] if p["mark"]] == ["man"]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (alpha("sex", "correct", "unknown"), "male or female"),
        (alpha("age_years", "correct", "-3"), "not a number|outside"),
        (alpha("treatment", "correct", "SE+magic"), "unknown code"),
        (alpha("status", "correct", "alive"), "DOD"),
        (alpha("nope", "accept"), "unknown field"),
        ({**alpha("sex", "accept"), "case_id": "ghost"}, "unknown row"),
    ],
)
def test_validation_errors_are_400_with_reason_and_store_nothing(client, db, body, reason):
    r = post(client, body)
    assert r.status_code == 400 and re.search(reason, r.json["error"])
    assert client.get("/api/audit/demo-alpha").json["decisions"] == []


def test_decision_needs_a_curator(db):
    c = create_app(db).test_client()
    r = post(c, alpha("sex", "accept"))
    assert r.status_code == 400 and "curator" in r.json["error"]
    assert post(c, alpha("sex", "accept", curator="Bo")).status_code == 201


def test_curator_form_sets_cookie_and_redirects_locally(db):
    c = create_app(db).test_client()
    assert "Enter your name" in c.get("/").get_data(as_text=True)
    r = c.post("/curator", data={"name": "Dana", "next": "//evil.example/"})
    assert r.status_code == 302 and r.headers["Location"] == "/"
    assert "Dana" in r.headers["Set-Cookie"]
    assert "Enter your name" not in c.get("/").get_data(as_text=True)


# -- documents list ---------------------------------------------------------------------
def test_docs_list_progress_and_filters(client):
    post(client, alpha("sex", "accept"))
    post(client, alpha("age_years", "correct", 35))
    post(client, alpha("drugs", "reject"))
    docs = {d["doc_id"]: d for d in client.get("/api/docs").json}
    p = docs["demo-alpha"]["progress"]
    assert (p["accepted"], p["corrected"], p["rejected"], p["rows"]) == (1, 1, 1, 1)
    assert p["unreviewed"] == len(VALUE_FIELDS) - 3  # every field of a narrative row is listed
    assert docs["demo-broken"]["status"] == "failed" and "HTML page" in docs["demo-broken"]["error"]
    assert [d["doc_id"] for d in client.get("/api/docs?status=failed").json] == ["demo-broken"]
    assert [d["doc_id"] for d in client.get("/api/docs?q=myogenin").json] == ["demo-beta"]  # full-text search
    page = client.get("/?status=failed").get_data(as_text=True)
    assert "the file starts with an HTML page" in page and "demo-alpha" not in page


def test_document_removed_from_corpus_is_listed_only_under_gone_with_its_decisions(client, db):
    post(client, alpha("sex", "accept"))
    with Store(db) as st:
        path = next(d.path for d in st.documents() if d.doc_id == "demo-alpha")
        assert st.mark_gone([path]) == 1
    assert "demo-alpha" not in [d["doc_id"] for d in client.get("/api/docs").json]
    (gone,) = client.get("/api/docs?status=gone").json
    assert gone["doc_id"] == "demo-alpha" and gone["gone_at"] and gone["progress"]["accepted"] == 1
    page = client.get("/?status=gone").get_data(as_text=True)
    assert "removed from the corpus" in page and "demo-beta" not in page


def test_copy_of_a_paper_is_reviewed_with_its_rows_marked_copy_of(tmp_path, nlp):
    """An abstract page and the full text of one invented paper (same PMID and DOI): both are listed and reviewable,
    the full text marked as a copy of the abstract page on the list, the document and each row; decisions on the
    copy are stored on the hash chain and the curated export carries the mark."""
    from two_copies import DOI, write_two_copies

    from eims_extract.pipeline.runner import run_local

    write_two_copies(tmp_path / "corpus")
    db = tmp_path / "s.sqlite"
    run_local([tmp_path / "corpus"], db, tmp_path / "out")
    c = create_app(db).test_client()
    c.set_cookie("curator", "Bea")
    docs = {d["doc_id"]: d for d in c.get("/api/docs").json}
    assert (docs["abstract_page"]["copy_of"], docs["full_text"]["copy_of"]) == (None, "abstract_page")
    assert docs["full_text"]["paper"] == f"doi:{DOI}" and docs["full_text"]["progress"]["rows"] == 1
    index = c.get("/").get_data(as_text=True)
    assert index.count('class="copy-of"') == 1 and 'copy of <a href="/doc/abstract_page">abstract_page</a>' in index
    doc = c.get("/api/docs/full_text").json
    assert doc["copy_of"] == "abstract_page" and [r["copy_of"] for r in doc["rows"]] == ["abstract_page"]
    page = c.get("/doc/full_text").get_data(as_text=True)
    assert 'id="copy-of"' in page and "copy of abstract_page</span>" in page
    assert 'id="copy-of"' not in c.get("/doc/abstract_page").get_data(as_text=True)
    case = doc["rows"][0]["case_id"]
    r = post(c, {"doc_id": "full_text", "case_id": case, "field": "sex", "action": "accept"})
    assert r.status_code == 201
    chain = cur.verify_chain(db)
    assert chain.ok and sum(chain.counts.values()) >= 1
    rows = {r.doc_id: r for r in cur.curated_rows(db)}
    assert (rows["abstract_page"].copy_of, rows["full_text"].copy_of) == (None, "abstract_page")
    import csv
    import io

    exported = list(csv.DictReader(io.StringIO(c.get("/export.csv").get_data(as_text=True))))
    assert {e["doc_id"]: e["copy_of"] for e in exported} == {"abstract_page": "", "full_text": "abstract_page"}


# -- re-extraction ---------------------------------------------------------------------------
def test_reextraction_keeps_decisions_and_flags_changed_field(client, db):
    post(client, alpha("sex", "accept"))
    post(client, alpha("age_years", "accept"))
    new = build_result(
        "demo-alpha",
        [("case", "Case", "A 34-year-old woman presented with a mesenteric mass.\n")],
        [{"case_id": "current", "values": {"sex": ("female", "woman"), "age_years": (34.0, "34-year-old")}}],
    )
    with Store(db) as store:
        store.save_result(new)
    fields = {f["name"]: f for f in client.get("/api/docs/demo-alpha").json["rows"][0]["fields"]}
    assert fields["sex"]["changed"] is True and fields["sex"]["machine"] == "female"
    assert fields["sex"]["value"] == "male" and fields["sex"]["status"] == "accepted"
    assert fields["age_years"]["changed"] is False
    changed = client.get("/api/changed").json
    assert [(c["field"], c["reviewed"], c["machine"]) for c in changed] == [("sex", "male", "female")]
    assert "changed since reviewed" in client.get("/doc/demo-alpha").get_data(as_text=True)
    assert [d["doc_id"] for d in client.get("/api/docs?status=changed").json] == ["demo-alpha"]
    # re-reviewing clears the flag
    post(client, alpha("sex", "accept"))
    assert client.get("/api/changed").json == []


# -- consensus ----------------------------------------------------------------------------------
def test_consensus_api_and_resolution(client):
    post(client, alpha("status", "correct", "AWD", curator="Ann"))
    post(client, alpha("status", "accept", curator="Bo"))
    got = client.get("/api/consensus/demo-alpha").json
    assert got["curators"] == ["Ann", "Bo"]
    assert [(d["field"], d["values"]) for d in got["disagreements"]] == [("status", {"Ann": "AWD", "Bo": "ANED"})]
    bad = post(client, {"doc_id": "demo-alpha", "case_id": "current", "field": "status", "value": "alive"}, "/api/resolve")
    assert bad.status_code == 400
    r = post(client, {"doc_id": "demo-alpha", "case_id": "current", "field": "status", "value": "awd",
                      "resolver": "Cy", "note": "relapse in the last visit"}, "/api/resolve")  # fmt: skip
    assert r.status_code == 201 and r.json["value"] == "AWD" and r.json["resolver"] == "Cy"
    assert client.get("/api/consensus/demo-alpha").json["disagreements"][0]["resolution"]["resolver"] == "Cy"
    page = client.get("/doc/demo-alpha/consensus").get_data(as_text=True)
    assert "by Cy" in page


# -- export ----------------------------------------------------------------------------------------
def test_export_endpoints(client):
    post(client, alpha("age_years", "correct", "36"))
    r = client.get("/export.csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    lines = r.get_data(as_text=True).splitlines()
    assert lines[0].startswith("doc_id,case_id,source,age_years")
    assert lines[1].startswith("demo-alpha,current,narrative,36.0,")
    x = client.get("/export.xlsx")
    assert x.status_code == 200 and x.data[:2] == b"PK"


# -- safety ------------------------------------------------------------------------------------------
def test_html_in_document_text_and_evidence_is_escaped(tmp_path):
    evil_text = 'Findings <script>alert("x")</script> in a 50-year-old <img src=x onerror=alert(1)> woman.\n'
    res = build_result(
        "evil",
        [("title", "<b>Bold</b> title", "Title line\n"), ("case", "Case", evil_text)],
        [{"case_id": "current", "values": {"sex": ("female", "woman"), "age_years": (50.0, "50-year-old")}}],
    )
    db = tmp_path / "evil.sqlite"
    with Store(db) as store:
        store.save_result(res)
    c = create_app(db).test_client()
    c.set_cookie("curator", '<i>Eve</i>')
    row_page = c.get("/doc/evil").get_data(as_text=True)
    start = res.rows[0].evidence["sex"][0].start
    text_page = c.get(f"/doc/evil/text?hl={start}-{start + 5}").get_data(as_text=True)
    post(c, {"doc_id": "evil", "case_id": "current", "field": "*", "action": "note", "note": "<script>bad()</script>"})
    audit_page = c.get("/doc/evil/audit").get_data(as_text=True)
    for page in (row_page, text_page, audit_page):
        assert "<script>alert" not in page and "<img src=x" not in page and "<script>bad" not in page
        assert "<i>Eve</i>" not in page
    assert html.escape('<script>alert("x")</script>') in text_page or "&lt;script&gt;alert(" in text_page
    assert "&lt;img src=x onerror=alert(1)&gt;" in row_page
    assert "&lt;b&gt;Bold&lt;/b&gt; title" in text_page
    assert '<mark class="current" id="hl">woman</mark>' in text_page
    assert "script-src 'self'" in c.get("/doc/evil").headers["Content-Security-Policy"]


def test_cross_origin_and_non_json_posts_are_refused(client):
    r = post(client, alpha("sex", "accept"), headers={"Origin": "http://evil.example"})
    assert r.status_code == 403
    r = post(client, alpha("sex", "accept"), headers={"Origin": "null"})
    assert r.status_code == 403
    r = client.post("/api/decision", data={"doc_id": "demo-alpha"})
    assert r.status_code == 415
    r = client.post("/curator", data={"name": "X"}, headers={"Referer": "http://evil.example/page"})
    assert r.status_code == 403
    ok = post(client, alpha("sex", "accept"), headers={"Origin": "http://localhost"})
    assert ok.status_code == 201
    assert len(client.get("/api/audit/demo-alpha").json["decisions"]) == 1


def test_token_is_checked_on_every_request(db):
    c = create_app(db, token="s3cret-token").test_client()
    assert c.get("/").status_code == 403
    assert c.get("/api/docs").status_code == 403
    assert c.get("/api/docs?token=wrong").status_code == 403
    r = c.get("/?token=s3cret-token")
    assert r.status_code == 200 and "review_token=s3cret-token" in r.headers["Set-Cookie"]
    assert c.get("/api/docs").status_code == 200  # the cookie now carries it
    fresh = create_app(db, token="s3cret-token").test_client()
    assert fresh.get("/api/docs", headers={"X-Review-Token": "s3cret-token"}).status_code == 200
    assert fresh.get("/static/review.js").status_code == 403


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "example.org", "::"])
def test_serve_refuses_non_loopback_without_token(db, host):
    with pytest.raises(ValueError, match="without a token"):
        serve(db, host=host, port=0)


@pytest.mark.parametrize(("host", "loop"), [("127.0.0.1", True), ("127.5.0.1", True), ("::1", True),
                                            ("localhost", True), ("0.0.0.0", False), ("10.0.0.1", False)])  # fmt: skip
def test_is_loopback(host, loop):
    assert is_loopback(host) is loop


def test_unknown_document_is_404(client):
    assert client.get("/doc/nope").status_code == 404
    assert client.get("/api/docs/nope").status_code == 404


def test_text_blocks_mark_spans_and_pages():
    text = "Alpha beta gamma. Delta epsilon."
    blocks = text_blocks(text, [{"kind": "case", "title": "Case", "start": 0, "end": 17}], [[0, 1], [18, 2]],
                         [(6, 10)], (18, 23))  # fmt: skip
    assert [b["kind"] for b in blocks] == ["case", "other"]
    assert "".join(p["text"] for b in blocks for p in b["pieces"]) == text
    marked = [p["text"] for b in blocks for p in b["pieces"] if p["mark"]]
    assert marked == ["beta"]
    assert [(p["page"], p["text"][:5]) for b in blocks for p in b["pieces"] if p["page"]] == [(1, "Alpha"), (2, "Delta")]
    assert [p["text"] for b in blocks for p in b["pieces"] if p["current"]] == ["Delta"]


def test_curated_rows_reflect_api_decisions(client, db):
    post(client, alpha("sex", "correct", "female"))
    post(client, {"doc_id": "demo-beta", "case_id": "2", "field": "*", "action": "reject_row"})
    rows = {(r.doc_id, r.case_id): r for r in cur.curated_rows(db, "Ann")}
    assert rows[("demo-alpha", "current")].sex == "female" and ("demo-beta", "2") not in rows


def test_table_row_plus_cell_is_marked_not_the_plus_in_SE_plus_Che():
    from eims_extract.records import Evidence
    from eims_extract.review.app import sentence_pieces

    text = "Row 3 | SE+Che | + | - | 9 mo\n"
    sentence = text.strip()
    start = text.index("| + |") + 2  # the recurrence cell, not the plus inside "SE+Che"
    pieces = sentence_pieces(Evidence("d", start, start + 1, sentence), text)
    assert "".join(p["text"] for p in pieces) == sentence
    marked = [(len("".join(q["text"] for q in pieces[:k])), p["text"]) for k, p in enumerate(pieces) if p["mark"]]
    assert marked == [(start, "+")]


def test_unknown_marker_is_flagged_then_kept_anyway_on_request(client):
    r = post(client, alpha("ihc_positive", "correct", "desmin; QQX1"))
    assert r.status_code == 400 and r.json["not_in_vocabulary"] == ["QQX1"] and "keep anyway" in r.json["error"]
    assert post(client, {**alpha("ihc_positive", "correct", "desmin; QQX1"), "keep_unknown": "yes"}).status_code == 400
    ok = post(client, {**alpha("ihc_positive", "correct", "desmin; QQX1"), "keep_unknown": True})
    assert ok.status_code == 201 and ok.json["value"] == ["desmin", "QQX1"]
    assert "kept outside the vocabulary: QQX1" in ok.json["note"]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("/api/page/demo-alpha/1?hl=0-5", "not a PDF"),  # a text document has no page to show
        ("/api/page/demo-broken/1", "no longer at"),  # the PDF is not on disk
        ("/api/page/nope/1", "unknown document"),
        ("/doc/demo-alpha/page/1.png", "not a PDF"),
    ],
)
def test_page_view_says_why_it_cannot_show_a_page(client, url, reason):
    r = client.get(url)
    assert r.status_code == 404 and reason in r.get_data(as_text=True)


def test_page_view_refuses_a_pdf_that_changed_since_extraction(tmp_path):
    from eims_extract.review.pageview import PageViewError, check_pdf

    p = tmp_path / "a.pdf"
    p.write_bytes(b"%PDF-1.4 first version")
    with pytest.raises(PageViewError, match="changed since it was extracted"):
        check_pdf(p, "0" * 64)
