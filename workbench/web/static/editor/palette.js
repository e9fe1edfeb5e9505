// The special characters palette of the target language, and "add this term": the text selected
// in the source or the translation opens the termbase screen with its add form filled in.

import { url } from "./api.js";
import { insertAtCursor, notice, textarea } from "./rows.js";
import { state } from "./state.js";

// The selection, its language and its segment's source sentence (the termbase screen guesses
// from it whether a name is a person, a place or an organisation).
function selectedTerm() {
  const row = state.active;
  if (row) {
    const area = textarea(row);
    const chosen = area.value.slice(area.selectionStart, area.selectionEnd).trim();
    if (chosen) return { text: chosen, lang: state.lang, source: row.querySelector(".source").textContent };
  }
  const selection = window.getSelection();
  const node = selection && selection.anchorNode;
  const source = node && (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement)?.closest(".source");
  const chosen = selection ? selection.toString().trim() : "";
  return source && chosen ? { text: chosen, lang: state.sourceLang, source: source.textContent } : null;
}

export function startPalette() {
  for (const button of document.querySelectorAll("#palette button")) {
    button.addEventListener("click", () => state.active && insertAtCursor(state.active, button.dataset.character));
  }
  const addTerm = document.getElementById("add-term");
  if (!addTerm) return;
  // Pressing the button must not clear the selection it is about.
  addTerm.addEventListener("mousedown", (event) => event.preventDefault());
  addTerm.addEventListener("click", () => {
    const term = selectedTerm();
    if (!term) {
      if (state.active) notice(state.active, "Select a word in the source or the translation first.", "error");
      return;
    }
    const address = new URL(url("termbase"), location.href);
    address.searchParams.set("add_term", term.text);
    address.searchParams.set("add_lang", term.lang);
    address.searchParams.set("add_source", term.source.trim());
    window.open(address.href, "_blank", "noopener");
  });
}
