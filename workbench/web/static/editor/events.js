// The editor's hooks for other panels (each its own ES module), as DOM events on `document`:
//
//   workbench:segment-activated  detail {segmentId, lang, sourceLang, source, text}
//       the translator moved to another segment (also fired for the first one on load).
//   workbench:segment-updated    detail {segmentId, lang, translation, fromEditor}
//       a segment's stored translation changed (a save, restore, replacement, repetition);
//       translation is {text, status, version, origin, route, updated_by, updated_at}.
//       A panel that changed a segment on the server (a background draft) dispatches it too,
//       with or without `translation`: the editor then shows the new text (fetching it when
//       not given) unless the translator has unsaved edits in that row.
//   workbench:termbase-changed   (dispatched BY a panel that added or changed a concept)
//       the editor reloads the active segment's panels, so its termbase hits show the change.
//   workbench:insert-text        detail {text, replace}   (dispatched BY a panel)
//       put text into the active segment's box: at the cursor, or replacing it all when
//       `replace` is true. The edit is unsaved until the translator saves it.

import { state } from "./state.js";

export const ACTIVATED = "workbench:segment-activated";
export const UPDATED = "workbench:segment-updated";
export const INSERT = "workbench:insert-text";
export const TERMBASE_CHANGED = "workbench:termbase-changed";

export function segmentActivated(row) {
  document.dispatchEvent(new CustomEvent(ACTIVATED, {
    detail: {
      segmentId: Number(row.dataset.segment),
      lang: state.lang,
      sourceLang: state.sourceLang,
      source: row.querySelector(".source").textContent,
      text: row.querySelector("textarea").value,
    },
  }));
}

export function segmentUpdated(row, translation) {
  document.dispatchEvent(new CustomEvent(UPDATED, {
    detail: { segmentId: Number(row.dataset.segment), lang: state.lang, translation, fromEditor: true },
  }));
}
