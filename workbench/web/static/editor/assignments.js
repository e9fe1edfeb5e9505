// Someone else is assigned to this document's language: the first save, by the keys or by the
// mouse (restoring a revision, taking my version in a conflict, undoing a termbase fix), is
// held once and says whose work it is; saving again saves. Nobody is locked out: a newsroom
// helps itself under deadline. Remembered per person, document, language and assignees
// (localStorage), so a reassignment warns again. saving.js asks before every save.

import { notice } from "./rows.js";

const line = document.getElementById("assignment");
const warning = line ? line.dataset.warning : "";
const key = line ? `workbench:assignment-warned:${line.dataset.key}` : "";

// True when this save must wait: the warning is shown on ``row`` now, the first time.
export function heldForAssignment(row) {
  if (!warning || localStorage.getItem(key)) return false;
  localStorage.setItem(key, "1");
  notice(row, `Not saved yet: ${warning} Save again to save anyway.`, "error");
  return true;
}
