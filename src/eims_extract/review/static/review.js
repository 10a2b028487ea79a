// Decisions are POSTed as JSON to the same origin and the page updates in place (no reload).
// One decision panel moves to the selected value; the keyboard drives it (see the "Keys" line).
"use strict";

async function post(url, body) {
  const r = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    credentials: "same-origin",
    body: JSON.stringify(body),
  });
  let data = {};
  try { data = await r.json(); } catch (e) { data = { error: "HTTP " + r.status }; }
  if (!r.ok) { const err = new Error(data.error || "HTTP " + r.status); err.data = data; throw err; }
  return data;
}

function say(el, text) { if (el) el.textContent = text; }
const docId = () => document.body.dataset.doc;
let HINTS = {};

// -- display, as the server's display() --------------------------------------------
function show(v) {
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.join("; ");
  if (v === true) return "yes";
  if (v === false) return "no";
  if (typeof v === "number" && Number.isInteger(v)) return String(v);
  return String(v);
}

// -- the selected value and its panel ---------------------------------------------------
let current = null;
const fieldRows = () => Array.from(document.querySelectorAll("section.row tr[data-field]"));

function select(tr, focus = true) {
  if (!tr) return;
  if (current) current.classList.remove("selected");
  current = tr;
  tr.classList.add("selected");
  let cell = tr.querySelector("td.decide");
  if (!cell) { cell = document.createElement("td"); cell.className = "decide"; tr.appendChild(cell); }
  tr.tabIndex = -1;
  let panel = document.querySelector(".panel");
  if (!panel) panel = document.getElementById("decide-panel").content.firstElementChild.cloneNode(true);
  cell.appendChild(panel);
  const input = panel.querySelector(".correct-value");
  const value = tr.querySelector(".curated .value");
  input.value = value ? value.textContent.replace(/^—$/, "") : tr.querySelector(".machine").textContent.replace(/^—$/, "");
  input.placeholder = HINTS[tr.dataset.field] || "";
  say(panel.querySelector(".msg"), "");
  delete panel.dataset.keep;
  const ev = tr.querySelector(".ev");
  const evPage = ev ? (ev.dataset.p || tr.closest("section.row").dataset.p) : null;
  const info = document.getElementById("docinfo");
  const text = panel.querySelector(".in-text");
  const page = panel.querySelector(".page-view");
  text.hidden = !(ev && info && info.dataset.text);
  page.hidden = !(ev && evPage && info && info.dataset.pdf);
  if (ev) {
    const hl = ev.dataset.s + "-" + ev.dataset.e;
    text.href = "/doc/" + encodeURIComponent(docId()) + "/text?hl=" + hl + "#hl";
    if (evPage) page.href = "/doc/" + encodeURIComponent(docId()) + "/page/" + evPage + "?hl=" + hl;
  }
  const section = tr.closest("section.row");
  for (const c of section.querySelectorAll("table.src .on")) c.classList.remove("on");
  if (ev && ev.dataset.col !== undefined) {
    for (const row of section.querySelectorAll("table.src tr")) {
      const c = row.children[Number(ev.dataset.col)];
      if (c) c.classList.add("on");
    }
  }
  if (focus) tr.focus({ preventScroll: true });
  tr.scrollIntoView({ block: "nearest" });
}

function move(step) {
  const all = fieldRows();
  const i = current ? all.indexOf(current) : -1;
  select(all[Math.min(Math.max(i + step, 0), all.length - 1)]);
}

function moveRow(step) {
  const rows = Array.from(document.querySelectorAll("section.row"));
  const at = current ? rows.indexOf(current.closest("section.row")) : -1;
  const next = rows[Math.min(Math.max(at + step, 0), rows.length - 1)];
  if (next) select(next.querySelector("tr[data-field]"));
}

// -- applying a stored decision to the page ----------------------------------------------
function setField(tr, status, valueText, who) {
  tr.classList.remove("unreviewed", "accepted", "corrected", "rejected", "changed");
  tr.classList.add(status);
  const cur = tr.querySelector("td.curated");
  cur.textContent = "";
  const st = document.createElement("span");
  st.className = "status";
  st.textContent = status;
  cur.appendChild(st);
  if (status !== "unreviewed") {
    const v = document.createElement("span");
    v.className = "value";
    v.textContent = valueText || "—";
    cur.append(" ", v);
  }
  if (who) {
    const w = document.createElement("div");
    w.className = "who";
    w.textContent = who;
    cur.appendChild(w);
  }
}

function applyDecision(tr, d) {
  const who = d.curator + " · " + d.created_at;
  if (d.action === "accept") setField(tr, "accepted", show(d.machine_value) || tr.querySelector(".machine").textContent, who);
  else if (d.action === "correct") setField(tr, "corrected", show(d.value), who);
  else if (d.action === "reject") setField(tr, "rejected", "", who);
}

function acceptRowOnPage(section, d) {
  const who = d.curator + " · " + d.created_at;
  for (const tr of section.querySelectorAll("tr.unreviewed[data-field]")) {
    setField(tr, "accepted", tr.querySelector(".machine").textContent, who);
  }
  section.classList.remove("machine");
  section.classList.add("accepted");
  say(section.querySelector(".row-status"), "accepted");
}

// -- actions -------------------------------------------------------------------------------
async function decide(action, tr, section, extra = {}) {
  const panelMsg = tr ? tr.querySelector(".panel .msg") : null;
  const msg = panelMsg || section.querySelector(".row-actions .msg");
  const body = { doc_id: docId(), case_id: section.dataset.case, field: tr ? tr.dataset.field : "*", action, ...extra };
  if (!tr && action !== "accept_row" && action !== "reject_row" && action !== "note") return;
  if (action === "correct") {
    body.value = tr.querySelector(".correct-value").value;
    const panel = tr.querySelector(".panel");
    if (panel && panel.dataset.keep === body.value) body.keep_unknown = true;
  }
  if (action === "note") body.note = section.querySelector(".note-text").value;
  if (action === "reject_row" && !window.confirm("Reject the whole row?")) return;
  say(msg, "saving…");
  try {
    const d = await post("/api/decision", body);
    say(msg, "");
    if (tr) {
      applyDecision(tr, d);
      // back to the row after a correction, unless the curator has already moved on
      if (tr.contains(document.activeElement) && document.activeElement !== tr) tr.focus({ preventScroll: true });
    }
    else if (action === "accept_row") acceptRowOnPage(section, d);
    else if (action === "reject_row") {
      section.classList.remove("machine", "accepted");
      section.classList.add("rejected");
      say(section.querySelector(".row-status"), "rejected");
    } else if (action === "note") {
      const li = document.createElement("li");
      li.textContent = d.curator + " (" + d.created_at + "): " + d.note;
      section.querySelector("ul.notes").appendChild(li);
      section.querySelector(".note-text").value = "";
    }
  } catch (e) {
    if (e.data && e.data.not_in_vocabulary && tr) {
      const panel = tr.querySelector(".panel");
      panel.dataset.keep = body.value;
      say(msg, e.message + " — press Correct again to keep it");
    } else {
      say(msg, e.message);
    }
  }
}

async function bulk(btn) {
  const msg = document.querySelector("#bulk .msg");
  const body = { doc_id: docId() };
  if (btn.dataset.bulk === "table") body.table = btn.dataset.table;
  say(msg, "saving…");
  try {
    const d = await post("/api/accept_all", body);
    for (const r of d.rows) {
      const section = document.querySelector('section.row[data-case="' + CSS.escape(r.case_id) + '"]');
      if (section) acceptRowOnPage(section, r);
    }
    say(msg, d.rows.length + " row(s) accepted");
  } catch (e) { say(msg, e.message); }
}

function placeBoxes(container) {
  const w = Number(container.dataset.w), hgt = Number(container.dataset.h);
  for (const box of container.querySelectorAll("[data-box]")) {
    const [x0, top, x1, bottom] = box.dataset.box.split(",").map(Number);
    box.style.left = (100 * x0 / w) + "%";
    box.style.top = (100 * top / hgt) + "%";
    box.style.width = (100 * (x1 - x0) / w) + "%";
    box.style.height = (100 * (bottom - top) / hgt) + "%";
  }
}

// the PDF page beside the rows, its evidence boxed
async function openPane(link) {
  const pane = document.getElementById("pane");
  const m = link.getAttribute("href").match(/\/page\/(\d+)\?hl=(\d+-\d+)/);
  if (!pane || !m) { window.location = link.href; return; }
  const r = await fetch("/api/page/" + encodeURIComponent(docId()) + "/" + m[1] + "?hl=" + m[2], { credentials: "same-origin" });
  const d = await r.json();
  const note = document.getElementById("pane-note");
  if (!r.ok) { pane.hidden = false; note.hidden = false; note.textContent = d.error; return; }
  const box = document.getElementById("pane-box");
  for (const old of box.querySelectorAll(".box")) old.remove();
  box.dataset.w = d.width; box.dataset.h = d.height;
  box.querySelector("img").src = d.image;
  for (const b of d.boxes) {
    const div = document.createElement("div");
    div.className = "box";
    div.dataset.box = [b.x0, b.top, b.x1, b.bottom].join(",");
    div.title = b.text;
    box.appendChild(div);
  }
  placeBoxes(box);
  document.getElementById("pane-title").textContent = "page " + d.page + (d.span ? ": " + d.span : "");
  document.getElementById("pane-open").href = link.getAttribute("href");
  note.hidden = !d.note; note.textContent = d.note || "";
  pane.hidden = false;
  document.body.classList.add("with-pane");
  const first = box.querySelector(".box");
  if (first) first.scrollIntoView({ block: "center" });
}

document.addEventListener("click", async (ev) => {
  const pv = ev.target.closest("a.page-view");
  if (pv) { ev.preventDefault(); openPane(pv); return; }
  if (ev.target.id === "pane-close") {
    document.getElementById("pane").hidden = true;
    document.body.classList.remove("with-pane");
    return;
  }
  const b = ev.target.closest("button[data-bulk]");
  if (b) { bulk(b); return; }
  const btn = ev.target.closest("button[data-decide]");
  if (btn) {
    const tr = btn.closest("tr[data-field]");
    await decide(btn.dataset.decide, tr, btn.closest("section.row"));
    return;
  }
  const pick = ev.target.closest("button[data-pick]");
  if (pick) { resolve(pick.closest("tr[data-field]"), pick.dataset.pick); return; }
  const res = ev.target.closest("button[data-resolve]");
  if (res) {
    const tr = res.closest("tr[data-field]");
    resolve(tr, tr.querySelector(".resolve-value").value);
    return;
  }
  const tr = ev.target.closest("section.row tr[data-field]");
  if (tr && tr !== current && !ev.target.closest("a")) select(tr, !ev.target.closest("input"));
});

async function resolve(tr, value) {
  const msg = tr.querySelector(".msg");
  const note = tr.querySelector(".resolve-note");
  try {
    const r = await post("/api/resolve", {
      doc_id: docId(), case_id: tr.dataset.case, field: tr.dataset.field, value: value, note: note ? note.value : null,
    });
    tr.querySelector(".resolution").textContent = JSON.stringify(r.value) + " by " + r.resolver + " at " + r.created_at;
    tr.classList.add("resolved");
    say(msg, "");
  } catch (e) { say(msg, e.message); }
}

document.addEventListener("keydown", (ev) => {
  if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const typing = ev.target.closest("input, textarea, select");
  if (typing) {
    if (ev.key === "Enter" && typing.classList.contains("correct-value")) {
      ev.preventDefault();
      decide("correct", typing.closest("tr[data-field]"), typing.closest("section.row"));
    } else if (ev.key === "Escape" && current) {
      current.focus();
    }
    return;
  }
  if (!document.querySelector("section.row")) return;
  const keys = {
    j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
    n: () => moveRow(1), p: () => moveRow(-1),
  };
  if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); return; }
  if (!current) return;
  const section = current.closest("section.row");
  if (ev.key === "a") decide("accept", current, section);
  else if (ev.key === "r") decide("reject", current, section);
  else if (ev.key === "A") decide("accept_row", null, section);
  else if (ev.key === "c" || ev.key === "Enter") { ev.preventDefault(); current.querySelector(".correct-value").focus(); }
  else if (ev.key === "t") { const a = current.querySelector(".in-text"); if (a && !a.hidden) a.click(); }
  else if (ev.key === "v") { const a = current.querySelector(".page-view"); if (a && !a.hidden) a.click(); }
  else return;
  ev.preventDefault();
});

document.addEventListener("submit", async (ev) => {
  if (ev.target.id !== "add-row-form") return;
  ev.preventDefault();
  const form = ev.target;
  const value = {};
  let caseId = null;
  for (const input of form.querySelectorAll("input[name]")) {
    if (input.name === "case_id") caseId = input.value.trim() || null;
    else if (input.value.trim()) value[input.name] = input.value;
  }
  const msg = form.querySelector(".msg");
  try {
    await post("/api/decision", { doc_id: docId(), case_id: caseId, field: "*", action: "add_row", value: value });
    location.reload();
  } catch (e) { say(msg, e.message); }
});

document.addEventListener("DOMContentLoaded", () => {
  const rp = document.getElementById("row-panel");
  if (rp) for (const div of document.querySelectorAll("section.row .row-actions")) div.appendChild(rp.content.cloneNode(true));
  const h = document.getElementById("hints");
  if (h) HINTS = JSON.parse(h.textContent);
  // the page view draws its evidence boxes from data attributes (no inline styles under the CSP)
  for (const pb of document.querySelectorAll(".pagebox")) placeBoxes(pb);
  const hit = document.querySelector(".pagebox .box");
  if (hit) hit.scrollIntoView({ block: "center" });
});
