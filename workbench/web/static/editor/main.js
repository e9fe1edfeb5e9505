// The post-editor's entry point (an ES module, no build step): wires the modules together and
// activates the first segment that needs work. See events.js for the hooks other panels use.

import { startApproving } from "./approving.js";
import { startComments } from "./comments.js";
import { INSERT } from "./events.js";
import { startExports } from "./exporting.js";
import { startKeys } from "./keys.js";
import { activate, lastPlace } from "./navigation.js";
import { startPalette } from "./palette.js";
import { startPanels } from "./panels.js";
import { startPresence } from "./presence.js";
import { startProgress } from "./progress.js";
import { startReplace } from "./replace.js";
import { countUnsaved, fit, insertAtCursor, remember, restoreUnsaved, setText, textarea, warnBeforeLeaving } from "./rows.js";
import { followOtherUpdates } from "./saving.js";
import { NEEDS_WORK, rows, state } from "./state.js";

function start() {
  startPanels();
  startComments();
  startApproving();
  startKeys();
  startReplace();
  startExports();
  startProgress();
  startPresence();
  startPalette();
  followOtherUpdates();
  warnBeforeLeaving();
  document.addEventListener(INSERT, (event) => {
    if (!state.active || !state.canEdit || typeof event.detail?.text !== "string") return;
    (event.detail.replace ? setText : insertAtCursor)(state.active, event.detail.text);
  });
  for (const row of rows()) {
    const area = textarea(row);
    restoreUnsaved(row);
    fit(area);
    area.addEventListener("focus", () => activate(row, { focus: false }));
    // A click on the source makes the segment the active one, leaving the text selectable.
    row.addEventListener("click", () => activate(row, { focus: false }));
    area.addEventListener("input", () => {
      fit(area);
      remember(row);
    });
  }
  countUnsaved();
  const all = rows();
  const linked = linkedRow();
  if (linked) {
    activate(linked, { scroll: true });
    // Chromium takes the focus away when it scrolls to the fragment's row (not focusable itself):
    // give it back once the page has loaded, unless the translator has moved on meanwhile.
    window.addEventListener("load", () => state.active === linked && activate(linked, { scroll: true }), { once: true });
  } else if (location.hash === "#last") activate(all[all.length - 1], { scroll: true });
  else if (location.hash === "#first") activate(all[0], { scroll: true });
  else {
    // Back on the page after a reload or the back button: the cursor goes to the edit kept
    // unsaved, else to the segment left last time, else to the first that needs work.
    const unsaved = all.find((row) => row.classList.contains("unsaved"));
    const left = unsaved ? undefined : lastPlace(all);
    if (left === null) return;  // on its way to the page holding it
    activate(unsaved || left || all.find((row) => NEEDS_WORK.has(row.dataset.status)) || all[0]);
  }
  // A link to a segment of this page (a comment's ¶ link) only scrolls: make it the active one.
  window.addEventListener("hashchange", () => activate(linkedRow(), { scroll: true }));
}

function linkedRow() {
  const target = location.hash.startsWith("#segment-") && document.getElementById(location.hash.slice(1));
  return target && target.matches("li.segment") ? target : null;
}

if (state.list) start();
