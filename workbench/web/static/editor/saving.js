// Saving a segment: the termbase's fixes and QA come back with the save and stay on the row;
// confirming is refused for an empty text, and for QA errors until the translator confirms
// again; a conflicting save shows both versions; repetitions are offered after confirming.

import { api, url } from "./api.js";
import { heldForAssignment } from "./assignments.js";
import { el, plural } from "./dom.js";
import { UPDATED, segmentUpdated } from "./events.js";
import { fit, forget, notice, remember, showQA, textarea } from "./rows.js";
import { state } from "./state.js";

// A translation the server stored, shown on its row; other modules hear of it (events.js).
export function showSaved(row, translation) {
  showTranslation(row, translation);
  forget(row);
  segmentUpdated(row, translation);
}

function showTranslation(row, translation) {
  row.dataset.version = translation.version;
  row.dataset.status = translation.status;
  const area = textarea(row);
  area.value = translation.text;
  fit(area);
  const badge = row.querySelector(".badge");
  badge.textContent = translation.status;
  badge.className = `badge status-${translation.status}`;
  row.querySelector(".origin").textContent = translation.origin + (translation.route ? ` · ${translation.route}` : "");
  row.querySelector(".conflict").hidden = true;
}

// Another module (a background draft, say) announces a changed segment: show the stored text
// unless the translator is editing that row; without a translation in the event, fetch it.
export function followOtherUpdates() {
  document.addEventListener(UPDATED, async (event) => {
    const { segmentId, translation, fromEditor } = event.detail || {};
    const row = document.getElementById(`segment-${segmentId}`);
    if (fromEditor || !row || row.classList.contains("unsaved")) return;
    let stored = translation;
    if (!stored) {
      const { code, data } = await api("GET", url("panels", segmentId));
      if (code !== 200) return;
      stored = data.translation;
    }
    if (stored.version > Number(row.dataset.version) && !row.classList.contains("unsaved")) showTranslation(row, stored);
  });
}

async function post(row, address, body, status) {
  // A second Ctrl+Enter while the first save is on its way would only meet a conflict.
  if (row.saving || heldForAssignment((warning) => notice(row, warning, "error"))) return false;
  row.saving = true;
  notice(row, "Saving…");
  let response;
  try {
    response = await api("POST", address, body);
  } catch (error) {
    notice(row, "Not saved: the server cannot be reached. Your text is kept in this browser.", "error");
    return false;
  } finally {
    row.saving = false;
  }
  const { code, data } = response;
  const typed = textarea(row).value;  // with any keys pressed while the save was on its way
  if (code === 200) {
    row.overrideText = null;
    showSaved(row, data.translation);
    showChanges(row, data.glossary_changes || []);
    showQA(row, data.qa || []);
    const problems = (data.qa || []).length;
    const saved = data.already || "Saved.";  // "already": someone saved the same text and status first
    notice(row, problems ? `${saved} ${plural(problems, "QA warning")}.` : saved, problems ? "error" : "");
    showRepetitions(row, data);
    return { typed };
  }
  if (code === 422 && data.blocked) {
    // Not saved: the text (with the termbase's fixes) stays in the box as an unsaved edit,
    // unless the translator typed on meanwhile.
    if (data.text !== typed && typed === body.text) {
      textarea(row).value = data.text;
      remember(row);
    }
    showChanges(row, data.glossary_changes || []);
    showQA(row, data.qa || []);
    row.overrideText = data.overridable ? data.text : null;
  }
  if (code === 409) showConflict(row, data.conflict);
  notice(row, data.error || `Not saved (${code}).`, "error");
  return false;
}

// Saves the row; on success answers {typedAhead}: when `advancing` (Ctrl+Enter), the keys
// typed after the sent text while the save was on its way, for the next segment.
export async function save(row, status, { enforceGlossary = true, insist = false, advancing = false } = {}) {
  const text = textarea(row).value;
  const saved = await post(row, url("panels", row.dataset.segment), {
    text,
    status,
    base_version: Number(row.dataset.version),
    enforce_glossary: enforceGlossary,
    // Confirming the same text again after QA errors refused it: the translator insists.
    allow_errors: insist || (row.overrideText != null && row.overrideText === text),
  }, status);
  return saved && { typedAhead: keepTyped(row, text, saved.typed, advancing) };
}

// The stored text replaced the box, and with it keys typed during the save: typed after the
// sent text they go to the next segment when confirming, else they stay here, unsaved.
function keepTyped(row, sent, typed, advancing) {
  if (typed === sent) return "";
  const ahead = typed.startsWith(sent) ? typed.slice(sent.length) : null;
  if (advancing && ahead !== null) return ahead;
  const area = textarea(row);
  area.value = ahead === null ? typed : area.value + ahead;
  fit(area);
  remember(row);
  return "";
}

export function restoreRevision(row, revision) {
  return post(row, url("restore", revision.id), { base_version: Number(row.dataset.version) }).then((saved) => {
    textarea(row).focus();
    return saved;
  });
}

function showRepetitions(row, data) {
  for (const { segment, translation } of data.propagated || []) {
    const other = document.getElementById(`segment-${segment}`);
    if (other) showSaved(other, translation);
  }
  if ((data.propagated || []).length) {
    notice(row, `Saved, and given to ${plural(data.propagated.length, "identical segment")}.`);
    return;
  }
  if (!data.repetitions) return;
  const apply = el("button", { type: "button", class: "secondary" }, `Apply to ${plural(data.repetitions, "identical segment")}`);
  apply.addEventListener("click", async () => {
    const { code, data: result } = await api("POST", url("propagate", row.dataset.segment), {});
    if (code !== 200) return notice(row, result.error || `Not applied (${code}).`, "error");
    for (const { segment, translation } of result.applied) {
      const other = document.getElementById(`segment-${segment}`);
      if (other) showSaved(other, translation);
    }
    notice(row, `Applied to ${plural(result.applied.length, "identical segment")}.`);
  });
  row.querySelector(".notice").append(" ", apply);
}

function showChanges(row, changes) {
  const box = row.querySelector(".changes");
  box.hidden = !changes.length;
  // Only replacements can be undone; the rest are reminders about terms the text lacks.
  row.lastChanges = changes.filter((change) => change.from);
  if (!changes.length) return box.replaceChildren();
  box.replaceChildren(
    el("div", {}, "Termbase, on saving:"),
    el("ul", {}, ...changes.map((change) => (change.from ? replacedItem(row, change) : el("li", {}, `“${change.to}” is expected here (${change.reason}).`)))),
  );
}

function replacedItem(row, change) {
  const undo = el("button", { type: "button", class: "secondary", onclick: () => undoChange(row, change) }, "Undo");
  return el("li", {}, `“${change.from}” → “${change.to}” (${change.reason}) `, undo);
}

// Puts the translator's words back and saves without enforcement, so the fix is not reapplied.
// Undoing is the translator's decision: the QA error it brings back (the term is missing) does
// not refuse it, since confirming again to override would enforce, and reapply, the fix.
export function undoChange(row, change) {
  const area = textarea(row);
  const text = area.value;
  const at = text.slice(change.start, change.end) === change.to ? change.start : text.indexOf(change.to);
  if (at < 0) return notice(row, "That fix is no longer in the text.", "error");
  area.value = text.slice(0, at) + change.from + text.slice(at + change.to.length);
  area.focus();
  return save(row, row.dataset.status === "untranslated" ? "translated" : row.dataset.status, { enforceGlossary: false, insist: true });
}

function showConflict(row, conflict) {
  const theirs = conflict.theirs;
  const box = row.querySelector(".conflict");
  const adopt = () => {
    row.dataset.version = theirs.version;
    box.hidden = true;
  };
  const when = theirs.updated_at ? new Date(theirs.updated_at).toLocaleString() : "";
  const takeTheirs = () => {
    adopt();
    showSaved(row, theirs);
    notice(row, "Took their version.");
    textarea(row).focus();
  };
  // Mine is saved with the status I was saving it with (a draft stays a draft).
  const takeMine = () => {
    adopt();
    textarea(row).value = conflict.yours;
    textarea(row).focus();
    save(row, conflict.status || "translated");
  };
  const merge = () => {
    row.dataset.version = theirs.version;
    box.querySelector(".actions").remove();
    textarea(row).value = conflict.yours;
    remember(row);
    textarea(row).focus();
    notice(row, "Merge the two by hand, then save (Ctrl+Enter).");
  };
  box.replaceChildren(
    el("p", {}, `Someone else saved this segment${theirs.updated_by ? ` (${theirs.updated_by}${when ? `, ${when}` : ""})` : ""}. Your text was not saved.`),
    el(
      "div",
      { class: "versions" },
      el("div", {}, el("h3", {}, `Their version (${theirs.status})`), el("p", { lang: state.lang }, theirs.text)),
      el("div", {}, el("h3", {}, `Your version (${conflict.status || "translated"})`), el("p", { lang: state.lang }, conflict.yours)),
    ),
    el(
      "div",
      { class: "actions" },
      el("button", { type: "button", onclick: takeTheirs }, "Take theirs"),
      el("button", { type: "button", onclick: takeMine }, "Take mine"),
      el("button", { type: "button", class: "secondary", onclick: merge }, "Merge by hand"),
    ),
  );
  box.hidden = false;
}
