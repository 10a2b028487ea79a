"""A curator's session in headless Chromium: open a document, accept / correct / reject,
read the audit trail, export, then score the machine rows against the curated ones."""

from __future__ import annotations

import csv
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from eims_extract.review.curation import curated_rows
from eims_extract.review import create_app
from eims_extract.review.demo import write_demo_store
from eims_extract.reporting.scoring import score
from eims_extract.store import Store

pytestmark = pytest.mark.slow  # Dask clusters, Prefect servers or a browser: minutes, not seconds


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    from werkzeug.serving import make_server

    db = write_demo_store(tmp_path / "results.sqlite")
    srv = make_server("127.0.0.1", 0, create_app(db), threaded=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.server_port}", db
    finally:
        srv.shutdown()
        t.join()


def test_curator_session_accept_correct_reject_audit_export_and_score(server, page, tmp_path):
    from playwright.sync_api import expect

    base, db = server
    expect.set_options(timeout=20_000)  # a busy shared machine can stall one request for seconds
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(base + "/")
    expect(page.locator("#ask-curator")).to_be_visible()
    page.fill("#curator-name", "Ann Curator")
    page.click("#curator-form button")
    expect(page.locator("#ask-curator")).to_have_count(0)
    expect(page.locator('tr[data-doc-id="demo-broken"]')).to_contain_text("failed")

    page.click('a:text-is("demo-alpha")')
    row = page.locator('section[data-case="current"]')
    field = lambda name: row.locator(f'tr[data-field="{name}"]')  # noqa: E731

    def decide(name: str, action: str, value: str | None = None) -> None:
        field(name).locator("th").click()  # select the value: the decision panel moves to it
        if value is not None:
            field(name).locator(".correct-value").fill(value)
        field(name).locator(f'button[data-decide="{action}"]').click()

    decide("sex", "accept")
    expect(field("sex").locator(".status")).to_have_text("accepted")

    decide("age_years", "correct", "forty")
    expect(field("age_years").locator(".msg")).to_contain_text("not a number")
    decide("age_years", "correct", "35")
    expect(field("age_years").locator(".status")).to_have_text("corrected")
    expect(field("age_years").locator(".value")).to_have_text("35")

    decide("drugs", "reject")
    expect(field("drugs").locator(".status")).to_have_text("rejected")
    expect(field("sex").locator(".who")).to_contain_text("Ann Curator")
    page.reload()  # what the page showed without reloading is what was stored
    expect(field("age_years").locator(".value")).to_have_text("35")
    expect(field("drugs").locator(".status")).to_have_text("rejected")

    # the evidence span, highlighted in the whole document text
    field("site").locator("th").click()
    field("site").locator("a.in-text").click()
    expect(page.locator("mark#hl")).to_have_text("small bowel mesentery")
    expect(page.locator(".page").first).to_be_visible()
    expect(page.locator("h3").filter(has_text="Case presentation")).to_be_visible()

    page.go_back()
    page.click("#link-audit")
    audit = page.locator("#audit tbody tr")
    expect(audit).to_have_count(3)
    expect(audit.locator("td.action")).to_have_text(["accept", "correct", "reject"])
    expect(audit.nth(1)).to_contain_text("34")  # the machine value the correction replaced
    expect(audit.locator("td.curator")).to_have_text(["Ann Curator"] * 3)

    with page.expect_download() as dl:
        page.click("#export-csv")
    out = tmp_path / "curated.csv"
    dl.value.save_as(out)
    with out.open(encoding="utf-8") as fh:
        recs = {(r["doc_id"], r["case_id"]): r for r in csv.DictReader(fh)}
    assert recs[("demo-alpha", "current")]["age_years"] == "35.0"
    assert recs[("demo-alpha", "current")]["drugs"] == ""
    assert recs[("demo-alpha", "current")]["sex"] == "male"
    assert errors == []

    with Store(db) as store:
        machine = store.rows()
    report = score(machine, curated_rows(db), fields=("age_years", "sex", "site", "drugs"))
    f = report.per_field
    assert (f["age_years"].COR, f["age_years"].INC) == (2, 1)  # beta's two unreviewed ages stand
    assert (f["sex"].COR, f["sex"].INC) == (3, 0)
    assert (f["drugs"].SPU, f["drugs"].COR) == (1, 0)  # the rejected drug is a spurious machine value
    assert report.matched == 3


def test_consensus_is_resolved_by_picking_one_curators_value_in_one_click(server, page):
    from playwright.sync_api import expect

    from eims_extract.review import curation as cur

    base, db = server
    cur.record_decision(db, doc_id="demo-alpha", case_id="current", field="status", action="correct", curator="Ann",
                        value="AWD")  # fmt: skip
    cur.record_decision(db, doc_id="demo-alpha", case_id="current", field="status", action="accept", curator="Bo")
    page.goto(base + "/")
    page.fill("#curator-name", "Cy")
    page.click("#curator-form button")
    page.goto(base + "/doc/demo-alpha/consensus")
    page.evaluate("window.__stay = 1")
    item = page.locator('#consensus tr[data-field="status"]')
    expect(item.locator(".resolution")).to_have_text("open")
    item.locator("button.pick", has_text="Use Bo's").click()
    expect(item.locator(".resolution")).to_contain_text('"ANED" by Cy')
    assert page.evaluate("window.__stay") == 1
    assert by_status(db) == "ANED"


def by_status(db):
    rows = {(r.doc_id, r.case_id): r for r in curated_rows(db)}
    return rows[("demo-alpha", "current")].status
