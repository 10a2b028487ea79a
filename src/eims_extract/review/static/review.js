// Decisions are POSTed as JSON to the same origin; the page reloads to show the stored state.
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
  if (!r.ok) throw new Error(data.error || "HTTP " + r.status);
  return data;
}

function say(el, text) { if (el) el.textContent = text; }

document.addEventListener("click", async (ev) => {
  const btn = ev.target.closest("button[data-decide]");
  if (btn) {
    const action = btn.dataset.decide;
    const rowEl = btn.closest("[data-case]");
    const fieldEl = btn.closest("tr[data-field]");
    const scope = fieldEl || btn.closest(".row-actions");
    const msg = scope.querySelector(".msg");
    const body = {
      doc_id: document.body.dataset.doc,
      case_id: rowEl.dataset.case,
      field: fieldEl ? fieldEl.dataset.field : "*",
      action: action,
    };
    if (action === "correct") body.value = fieldEl.querySelector(".correct-value").value;
    if (action === "note") body.note = scope.querySelector(".note-text").value;
    if (action === "reject_row" && !window.confirm("Reject the whole row?")) return;
    say(msg, "saving…");
    try { await post("/api/decision", body); location.reload(); }
    catch (e) { say(msg, e.message); }
    return;
  }
  const res = ev.target.closest("button[data-resolve]");
  if (res) {
    const tr = res.closest("tr[data-field]");
    const msg = tr.querySelector(".msg");
    try {
      await post("/api/resolve", {
        doc_id: document.body.dataset.doc,
        case_id: tr.dataset.case,
        field: tr.dataset.field,
        value: tr.querySelector(".resolve-value").value,
        note: tr.querySelector(".resolve-note").value,
      });
      location.reload();
    } catch (e) { say(msg, e.message); }
  }
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
    await post("/api/decision", { doc_id: document.body.dataset.doc, case_id: caseId, field: "*", action: "add_row", value: value });
    location.reload();
  } catch (e) { say(msg, e.message); }
});
