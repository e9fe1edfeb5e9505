// One segment row: its text box, notices, and the unsaved edits kept in this browser (they
// survive a closed tab) with the counter beside the title and the warning on leaving the page.

import { el } from "./dom.js";
import { state } from "./state.js";

export const textarea = (row) => row.querySelector("textarea");
const storageKey = (row) => `workbench:${state.documentId}:${state.lang}:${row.dataset.segment}`;

export function notice(row, message, kind = "") {
  const node = row.querySelector(".notice");
  node.replaceChildren(message);
  node.className = `notice ${kind}`;
}

export function fit(area) {
  area.style.height = "auto";
  area.style.height = `${area.scrollHeight + 2}px`;
}

export function countUnsaved() {
  const count = state.list.querySelectorAll("li.segment.unsaved").length;
  const counter = document.getElementById("unsaved-count");
  counter.textContent = count ? `${count} unsaved` : "";
  counter.hidden = !count;
  return count;
}

export function remember(row) {
  localStorage.setItem(storageKey(row), JSON.stringify({ text: textarea(row).value, version: row.dataset.version }));
  row.classList.add("unsaved");
  countUnsaved();
}

export function forget(row) {
  localStorage.removeItem(storageKey(row));
  row.classList.remove("unsaved");
  countUnsaved();
}

export function restoreUnsaved(row) {
  const stored = JSON.parse(localStorage.getItem(storageKey(row)) || "null");
  if (!stored) return;
  if (stored.text === textarea(row).value) {
    forget(row);
    return;
  }
  textarea(row).value = stored.text;
  // The edit started from this version: saving it after someone else's save is a conflict.
  row.dataset.version = stored.version;
  row.classList.add("unsaved");
  notice(row, "Unsaved edit restored from this browser.");
}

// Typed as if by the keyboard, so Ctrl+Z takes back a suggestion or a term put in with a key
// (setting the value, or setRangeText, leaves the browser's undo history behind).
function typeIn(area, text, start, end) {
  area.focus();
  area.setSelectionRange(start, end);
  if (!document.execCommand("insertText", false, text)) area.setRangeText(text, start, end, "end");
}

// Replace the whole text (a suggestion) and give the focus back to the box.
export function setText(row, text) {
  const area = textarea(row);
  typeIn(area, text, 0, area.value.length);
  fit(area);
  remember(row);
}

export function insertAtCursor(row, text) {
  const area = textarea(row);
  typeIn(area, text, area.selectionStart, area.selectionEnd);
  fit(area);
  remember(row);
}

export function warnBeforeLeaving() {
  window.addEventListener("beforeunload", (event) => {
    if (!countUnsaved()) return;
    event.preventDefault();
    event.returnValue = "";  // older browsers show the warning only when this is set
  });
}

// A QA finding says in words whether it is an error or a warning, not by its colour alone (the
// editor template's qa_line writes the same).
export const qaLine = (w) => `${w.severity} — ${w.check}: ${w.message}`;
export const qaItems = (warnings) => warnings.map((w) => el("li", { class: `qa-${w.severity}` }, qaLine(w)));

// The QA findings of the last save, on the row itself: a marker and the list.
export function showQA(row, warnings) {
  const marker = row.querySelector(".qa-marker");
  const errors = warnings.filter((w) => w.severity === "error").length;
  marker.hidden = !warnings.length;
  marker.className = `qa-marker${errors ? " has-errors" : ""}`;
  marker.textContent = warnings.length ? `⚠ ${warnings.length} QA${errors ? `: ${errors} error${errors === 1 ? "" : "s"}` : ""}` : "";
  marker.title = warnings.map(qaLine).join("\n");
  const details = row.querySelector(".row-qa");
  details.hidden = !warnings.length;
  details.replaceChildren(...qaItems(warnings));
}
