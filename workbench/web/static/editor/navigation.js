// Moving between segments: the active one is highlighted, its box focused, and (when the move
// came from the keyboard) scrolled to the upper third of the window, where the eye rests.

import { url } from "./api.js";
import { segmentActivated } from "./events.js";
import { textarea } from "./rows.js";
import { AWAITING_REVIEW, NEEDS_WORK, rows, state } from "./state.js";

function scrollToUpperThird(row) {
  const top = row.getBoundingClientRect().top;
  const wanted = window.innerHeight / 6;
  if (top < 0 || top > window.innerHeight / 3) window.scrollBy({ top: top - wanted, behavior: "instant" });
}

// The number of the segment last active in this document and language, kept in this browser.
const lastPlaceKey = () => `workbench:${state.documentId}:${state.lang}:last`;
const positionOf = (row) => row.querySelector(".number").textContent;

export function activate(row, { focus = true, scroll = false } = {}) {
  if (!row) return;
  if (focus) textarea(row).focus({ preventScroll: scroll });
  if (scroll) scrollToUpperThird(row);
  if (state.active === row) return;
  if (state.active) state.active.classList.remove("active");
  state.active = row;
  row.classList.add("active");
  localStorage.setItem(lastPlaceKey(), positionOf(row));
  segmentActivated(row);
}

// The editor opened plainly (no page, filter or segment in the address) goes back to where the
// translator was: that row when it is on this page, else the page holding it (null: leaving). A page
// carrying the server's message (Ctrl+J past the end: "No segment from 999 on") stays, or the message
// went with the page before anyone read it.
export function lastPlace(all) {
  const position = !location.search && !location.hash && !document.querySelector(".flashes")
    && localStorage.getItem(lastPlaceKey());
  if (!position) return undefined;
  const row = all.find((candidate) => positionOf(candidate) === position);
  if (!row) {
    localStorage.removeItem(lastPlaceKey());  // set again there; gone if that segment is gone
    location.replace(`${url("editor")}?at=${encodeURIComponent(position)}`);
  }
  return row || null;
}

export function move(step) {
  const all = rows();
  const next = all[all.indexOf(state.active) + step];
  if (next) return activate(next, { scroll: true });
  const page = step > 0 ? state.list.dataset.nextPage : state.list.dataset.prevPage;
  if (page) location.href = `${page}#${step > 0 ? "first" : "last"}`;
}

// What each way of going on looks for.
const WANTED = { work: NEEDS_WORK, review: AWAITING_REVIEW };

// The next segment of ``kind`` (else the next one), on this page or the next; going on to review,
// the next page opens on the first segment from there waiting for review (the server seeks it).
// On the last page the search goes round to its start, as OmegaT's does: a segment sent back
// for work above the one the translator came back to is found.
export function nextNeedingWork(kind = "work") {
  const all = rows();
  const later = all.slice(all.indexOf(state.active) + 1);
  const wanted = (row) => row !== state.active && WANTED[kind].has(row.dataset.status);
  const target = later.find(wanted) || (!state.list.dataset.nextPage && all.find(wanted)) || later[0];
  if (target) return activate(target, { scroll: true });
  if (!state.list.dataset.nextPage) return;
  const next = new URL(state.list.dataset.nextPage, location.href);
  if (kind === "review") next.searchParams.set("seek", "translated");
  location.href = `${next}#${kind}`;
}
