// Someone else is assigned to this document's language: the first save (Ctrl+Enter,
// Ctrl+Shift+Enter, Ctrl+Shift+F) is held once and says whose work it is; pressing it again
// saves. Nobody is locked out: a newsroom helps itself under deadline. Remembered per person,
// document, language and assignees (localStorage), so a reassignment warns again.
// It listens on window in the capture phase, before keys.js sees the key on document.

import { notice } from "./rows.js";
import { state } from "./state.js";

const SAVING_CODES = new Set(["Enter", "NumpadEnter"]);

function isSaveKey(event) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.getModifierState("AltGraph")) return false;
  return SAVING_CODES.has(event.code) || (event.shiftKey && event.code === "KeyF");
}

function startAssignmentWarning() {
  const line = document.getElementById("assignment");
  const warning = line ? line.dataset.warning : "";
  if (!warning || !state.list || !state.canEdit) return;
  const key = `workbench:assignment-warned:${line.dataset.key}`;
  window.addEventListener("keydown", (event) => {
    if (!isSaveKey(event) || !state.active || localStorage.getItem(key)) return;
    // Only where keys.js would save: the segments, the panels (not the comment box, whose
    // Ctrl+Enter adds a comment) or nothing focused; never with a dialog open.
    const focused = document.activeElement;
    const inEditor = !focused || focused === document.body || focused.tagName === "MAIN"
      || state.list.contains(focused) || document.getElementById("panels").contains(focused);
    if (!inEditor || (focused && focused.id === "comment-text") || document.querySelector("dialog[open]")) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    localStorage.setItem(key, "1");
    notice(state.active, `Not saved yet: ${warning} Press the keys again to save anyway.`, "error");
  }, true);
}

startAssignmentWarning();
