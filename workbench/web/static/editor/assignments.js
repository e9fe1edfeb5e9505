// Someone else is assigned to this document's language: the first save, by the keys or by the
// mouse (restoring a revision, taking my version in a conflict, undoing a termbase fix, applying
// a search and replace; filling in repetitions is offered only after a save), is held once and
// says whose work it is; doing it again saves. Nobody is locked out: a newsroom helps itself
// under deadline. Remembered per person, document, language and assignees
// (localStorage), so a reassignment warns again. saving.js asks before every save.

const line = document.getElementById("assignment");
const warning = line ? line.dataset.warning : "";
const key = line ? `workbench:assignment-warned:${line.dataset.key}` : "";

// True when this save must wait: ``say`` shows the warning now, the first time, with ``again``
// (how to save anyway).
export function heldForAssignment(say, again = "Save again to save anyway.") {
  if (!warning || localStorage.getItem(key)) return false;
  localStorage.setItem(key, "1");
  say(`Not saved yet: ${warning} ${again}`);
  return true;
}
