// What every module of the editor shares: the page's settings and the active segment.

const list = document.getElementById("segments");

export const state = {
  list,
  documentId: list ? list.dataset.document : "",
  lang: list ? list.dataset.lang : "",
  sourceLang: list ? list.dataset.sourceLang : "",
  canEdit: list ? list.dataset.canEdit === "1" : false,
  canReview: list ? list.dataset.canReview === "1" : false,
  // The active <li class="segment">.
  active: null,
  // The active segment's panel data, as a promise: a shortcut pressed while it loads waits for it.
  panels: Promise.resolve(null),
  // Ctrl+1…9: the numbered suggestions of the active segment, [{kind: tm|mt|term, text}].
  suggestions: [],
};

export const NEEDS_WORK = new Set(["untranslated", "draft"]);
// Confirmed by a translator, not yet approved by a reviewer.
export const AWAITING_REVIEW = new Set(["translated"]);
export const rows = () => Array.from(list.querySelectorAll("li.segment"));
