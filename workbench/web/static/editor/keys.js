// Keyboard shortcuts: Ctrl or Ctrl+Shift with a key's physical code, so they work the same on
// be / uk / pl / ru layouts. No shortcut fires with Alt or AltGraph held: AltGr types letters
// (Polish ś = AltGr+S, which Windows reports as Ctrl+Alt+S), and those must reach the text.

import { move, nextNeedingWork } from "./navigation.js";
import { draftSegment } from "./panels.js";
import { openReplace } from "./replace.js";
import { insertAtCursor, notice, setText, textarea } from "./rows.js";
import { save, undoChange } from "./saving.js";
import { state } from "./state.js";

// Confirming moves on to the next segment that needs work; approving (reviewers), to the next
// one waiting for review, as a reviewer goes through a translator's work.
async function saveAndAdvance(row, status, kind) {
  // Going on past an approved segment left as it was keeps the approval: saving it again as
  // translated would take the reviewer's work back.
  if (status === "translated" && row.dataset.status === "reviewed" && !row.classList.contains("unsaved")) {
    notice(row, "Reviewed already: left as it is.");
    nextNeedingWork(kind);
    return;
  }
  const saved = await save(row, status, { advancing: true });
  if (!saved) return;
  nextNeedingWork(kind);
  if (saved.typedAhead) insertAtCursor(state.active, saved.typedAhead.trimStart());
}

const confirmAndAdvance = (row) => saveAndAdvance(row, "translated", "work");
const approve = (row) => (state.canReview ? saveAndAdvance(row, "reviewed", "review")
  : notice(row, "Only reviewers can mark segments reviewed.", "error"));

function useSuggestion(row, number) {
  state.panels.then(() => {
    const chosen = state.suggestions[number - 1];
    if (chosen && row === state.active) chosen.use();
    else notice(row, `No suggestion ${number} for this segment.`);
  });
}

function focusFirst(selector) {
  const target = document.querySelector(selector);
  if (target) target.focus();
  return Boolean(target);
}

// The number typed last time is selected, so the next one replaces it.
function goToSegment() {
  const field = document.getElementById("goto-segment");
  field.focus();
  field.select();
}

// [shift?, event.code, what it does]; `editing` ones need the edit right.
const SHORTCUTS = [
  [false, "Enter", (row) => confirmAndAdvance(row), true],
  [true, "Enter", (row) => save(row, "draft"), true],
  [true, "NumpadEnter", (row) => save(row, "draft"), true],
  [false, "NumpadEnter", (row) => confirmAndAdvance(row), true],
  [true, "KeyF", approve, true],
  [false, "ArrowDown", () => move(1), false],
  [false, "KeyJ", goToSegment, false],
  [false, "ArrowUp", () => move(-1), false],
  [true, "KeyS", (row) => setText(row, row.querySelector(".source").textContent), true],
  [true, "KeyD", (row) => draftSegment(row), true],
  [true, "Backspace", (row) => row.lastChanges && row.lastChanges.length && undoChange(row, row.lastChanges[row.lastChanges.length - 1]), true],
  [true, "KeyH", (row) => focusFirst("#panel-history button.restore") || notice(row, "No earlier revision to restore."), false],
  [true, "KeyK", () => focusFirst("#palette button"), true],
  [false, "KeyK", openReplace, true],
  [true, "KeyL", () => focusFirst("#comment-text"), true],
];

// Enter alone (OmegaT's "next segment", or a slip) would put a line break the source lacks into
// the translation, splitting its sentence in the exported file: only Shift+Enter makes one.
function keepOnOneLine(event) {
  const row = event.target.closest?.("li.segment");
  if (!row || event.target !== textarea(row) || row.querySelector(".source").textContent.includes("\n")) return;
  event.preventDefault();
  notice(row, "No line break: the source has none (Shift+Enter makes one; Ctrl+Enter confirms).");
}

// Clicking the source text (to read or select it) leaves the focus on <main>, where nothing is
// typed: the keys act on the active segment then too.
const nothingFocused = (element) => !element || element === document.body || element.tagName === "MAIN";

export function startKeys() {
  const help = document.getElementById("help");
  const panels = document.getElementById("panels");
  document.getElementById("help-button").addEventListener("click", () => help.showModal());
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.getModifierState("AltGraph")) return;
    if (!(event.ctrlKey || event.metaKey)) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) keepOnOneLine(event);
      // Esc in a panel, the segment number or the search and replace goes back to the text being translated.
      const away = [panels, document.getElementById("goto-segment"), document.querySelector("details.replace")]
        .some((place) => place && place.contains(document.activeElement));
      if (event.key === "Escape" && state.active && away) textarea(state.active).focus();
      return;
    }
    if (event.code === "Slash") {
      event.preventDefault();
      return help.open ? help.close() : help.showModal();
    }
    const row = state.active;
    const focused = document.activeElement;
    if (!row || help.open || !(nothingFocused(focused) || state.list.contains(focused) || panels.contains(focused))) return;
    if (document.activeElement.id === "comment-text") return;  // its own Ctrl+Enter adds the comment
    const digit = /^Digit([1-9])$/.exec(event.code) || /^Numpad([1-9])$/.exec(event.code);
    if (digit && !event.shiftKey) {
      event.preventDefault();
      if (state.canEdit) useSuggestion(row, Number(digit[1]));
      return;
    }
    const shortcut = SHORTCUTS.find(([shift, code]) => shift === event.shiftKey && code === event.code);
    if (!shortcut) return;
    event.preventDefault();
    const [, , action, editing] = shortcut;
    if (editing && !state.canEdit) return;
    action(row);
  });
}
