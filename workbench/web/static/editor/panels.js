// The side panels of the active segment: termbase, QA, translation memory, machine translation
// (with "draft this segment"), comments and history. TM matches, MT drafts and terms are
// numbered in that order; Ctrl+1…9 uses them (see keys.js).

import { api, url } from "./api.js";
import { renderComments } from "./comments.js";
import { diff, el, empty } from "./dom.js";
import { ACTIVATED, TERMBASE_CHANGED, UPDATED } from "./events.js";
import { insertAtCursor, notice, qaItems, setText } from "./rows.js";
import { restoreRevision } from "./saving.js";
import { state } from "./state.js";

const panel = (name) => document.getElementById(`panel-${name}`);

// Drafts made with "draft this segment", by segment id: the server keeps none, so a reload of the
// panels (a save, coming back to the tab) would otherwise drop them and their alternatives.
const freshDrafts = new Map();

async function load(row) {
  const { code, data } = await api("GET", url("panels", row.dataset.segment));
  if (row !== state.active) return null;
  if (code === 200) data.mt.drafted = freshDrafts.get(row.dataset.segment);
  if (code !== 200) {
    panel("glossary").replaceChildren(el("p", { class: "qa-error" }, data.error || "Could not load the panels."));
    return null;
  }
  render(row, data);
  return data;
}

function render(row, data) {
  state.suggestions = [];
  renderTM(row, data.tm);
  renderMT(row, data.mt);
  renderGlossary(row, data.glossary);
  renderQA(data.qa);
  renderComments(data.comments);
  renderHistory(row, data.history, false);
}

// A numbered suggestion: its Ctrl+N label (for the first nine) and the button that uses it.
function suggestion(kind, text, use, label) {
  state.suggestions.push({ kind, text, use });
  const number = state.suggestions.length;
  const key = number <= 9 ? `Ctrl+${number}` : "";
  return el("button", { type: "button", class: "secondary", lang: state.lang, title: key ? `${label} (${key})` : label, onclick: use },
    key ? el("kbd", {}, String(number)) : "", " ", label);
}

// Each concept once; its numbered suggestion is the preferred term in the form the source
// position needs ("insert", e.g. the genitive after a noun), the other targets as they are.
function renderGlossary(row, hits) {
  if (!hits.length) return panel("glossary").replaceChildren(empty("No termbase terms in this segment."));
  const items = hits.map((hit) =>
    el(
      "li",
      {},
      el("span", { class: `term-status ${hit.status}` }, hit.source),
      " → ",
      ...hit.targets.map((target, n) =>
        n === 0
          ? suggestion("term", hit.insert || target, () => insertAtCursor(row, hit.insert || target),
                       hit.insert && hit.insert !== target ? `${hit.insert} (${hit.case} of ${target})` : target)
          : el("button", { type: "button", class: "secondary", lang: state.lang, title: "Insert", onclick: () => insertAtCursor(row, target) }, target),
      ),
      hit.status !== "preferred" ? el("span", { class: "term-status deprecated" }, ` ${hit.status}`) : "",
      hit.note ? el("div", { class: "hit-note" }, hit.note) : "",
    ),
  );
  panel("glossary").replaceChildren(el("ol", {}, ...items));
}

function renderQA(warnings) {
  if (!warnings.length) return panel("qa").replaceChildren(empty("No warnings."));
  panel("qa").replaceChildren(el("ul", {}, ...qaItems(warnings)));
}

function renderTM(row, matches) {
  if (!matches.length) return panel("tm").replaceChildren(empty("No matches."));
  panel("tm").replaceChildren(
    el("ul", {}, ...matches.map((match) =>
      el("li", {},
        el("span", { class: "score" }, `${Math.round(match.score * 100)}%`), " ",
        suggestion("tm", match.target, () => setText(row, match.target), "Use"),
        el("div", { lang: state.lang }, match.target),
        diff(match.diff),
        el("div", { class: "meta-line" }, match.origin),
      ),
    )),
  );
}

function renderMT(row, mt) {
  const items = [];
  if (mt.drafted) {
    items.push([`Fresh draft · ${mt.drafted.route}`, mt.drafted.text]);
    mt.drafted.alternatives.forEach((text, index) => items.push([`Fresh alternative ${index + 1}`, text]));
  }
  if (mt.raw) items.push(["Raw machine translation", mt.raw]);
  mt.alternatives.forEach((text, index) => items.push([`Alternative ${index + 1}`, text]));
  const changes = mt.glossary_changes.map((change) => el("li", {}, `${change.from} → ${change.to} (${change.reason})`));
  const unknown = mt.unknown || [];
  showMachineEdits(row, mt.edits);
  if (!items.length && !changes.length && !mt.edits) return panel("mt").replaceChildren(empty("No machine translation yet."));
  panel("mt").replaceChildren(
    mt.edits ? el("div", { class: "mt-edits" }, el("div", { class: "meta-line" },
      mt.edits.edited ? "Changes to the machine draft:" : "The machine draft, confirmed unchanged."),
      mt.edits.edited ? el("div", { lang: state.lang }, diff(mt.edits.diff)) : "") : "",
    unknown.length
      ? el("div", { class: "mt-unknown" }, el("div", { class: "meta-line" }, "Words the MT did not know (guessed, check them):"),
          el("ul", {}, ...unknown.map((word) => el("li", { lang: state.lang }, el("mark", {}, word)))))
      : "",
    ...items.map(([label, text]) =>
      el("div", {}, el("div", { class: "meta-line" }, label, " ", suggestion("mt", text, () => setText(row, text), "Insert")), el("div", { lang: state.lang }, text)),
    ),
    changes.length ? el("div", {}, el("div", { class: "meta-line" }, "The termbase changed in the draft:"), el("ul", {}, ...changes)) : "",
  );
}

// The row's marker says whether the person changed the machine draft (kept current by each load).
function showMachineEdits(row, edits) {
  const marker = row.querySelector(".mt-edit");
  marker.hidden = !edits;
  marker.classList.toggle("edited", Boolean(edits?.edited));
  marker.textContent = edits ? (edits.edited ? "MT edited" : "MT unchanged") : "";
}

function renderHistory(row, history, append) {
  const list = append ? panel("history").querySelector("ol") : el("ol", {});
  if (!append) {
    if (!history.revisions.length) return panel("history").replaceChildren(empty("No history yet."));
    panel("history").replaceChildren(list);
  }
  for (const revision of history.revisions) {
    list.append(
      el("li", {},
        el("div", { class: "meta-line" }, `${new Date(revision.time).toLocaleString()} · ${revision.author || "unknown"} · ${revision.status} · ${revision.origin}`),
        el("div", { lang: state.lang }, revision.text ? diff(revision.diff) : "(empty)"),
        !revision.current && state.canEdit
          ? el("button", { type: "button", class: "secondary restore", onclick: () => restoreRevision(row, revision) }, "Restore")
          : "",
      ),
    );
  }
  panel("history").querySelector(".older")?.remove();
  if (history.more) {
    const older = el("button", { type: "button", class: "secondary older" }, "Older revisions");
    older.addEventListener("click", async () => {
      const { code, data } = await api("GET", `${url("history", row.dataset.segment)}?page=${history.page + 1}`);
      if (code === 200 && row === state.active) renderHistory(row, data, true);
    });
    panel("history").append(older);
  }
}

// Machine-translate the active segment now; the draft goes into the box (unsaved) and the
// alternatives into the MT panel, numbered for Ctrl+1…9.
export async function draftSegment(row) {
  notice(row, "Drafting…");
  const { code, data } = await api("POST", url("draft", row.dataset.segment), {});
  if (code !== 200) return notice(row, data.error || `No draft (${code}).`, "error");
  const panels = await state.panels;
  if (row !== state.active || !panels) return;
  setText(row, data.text);
  notice(row, "Machine draft inserted; edit, then save.");
  freshDrafts.set(row.dataset.segment, data);
  panels.mt.drafted = data;
  render(row, panels);
}

export function startPanels() {
  document.addEventListener(ACTIVATED, () => {
    state.panels = load(state.active);
  });
  document.addEventListener(UPDATED, (event) => {
    if (state.active && Number(state.active.dataset.segment) === event.detail.segmentId) state.panels = load(state.active);
  });
  document.addEventListener(TERMBASE_CHANGED, () => {
    if (state.active) state.panels = load(state.active);
  });
  // "Add the selected text" adds the concept in another tab: coming back, show what it changed.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible" && state.active) state.panels = load(state.active);
  });
  document.getElementById("draft-segment")?.addEventListener("click", () => state.active && draftSegment(state.active));
}
