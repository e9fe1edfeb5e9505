// Moving between segments: the active one is highlighted, its box focused, and (when the move
// came from the keyboard) scrolled to the upper third of the window, where the eye rests.

import { segmentActivated } from "./events.js";
import { textarea } from "./rows.js";
import { NEEDS_WORK, rows, state } from "./state.js";

function scrollToUpperThird(row) {
  const top = row.getBoundingClientRect().top;
  const wanted = window.innerHeight / 6;
  if (top < 0 || top > window.innerHeight / 3) window.scrollBy({ top: top - wanted, behavior: "instant" });
}

export function activate(row, { focus = true, scroll = false } = {}) {
  if (!row) return;
  if (focus) textarea(row).focus({ preventScroll: scroll });
  if (scroll) scrollToUpperThird(row);
  if (state.active === row) return;
  if (state.active) state.active.classList.remove("active");
  state.active = row;
  row.classList.add("active");
  segmentActivated(row);
}

export function move(step) {
  const all = rows();
  const next = all[all.indexOf(state.active) + step];
  if (next) return activate(next, { scroll: true });
  const page = step > 0 ? state.list.dataset.nextPage : state.list.dataset.prevPage;
  if (page) location.href = `${page}#${step > 0 ? "first" : "last"}`;
}

export function nextNeedingWork() {
  const all = rows();
  const later = all.slice(all.indexOf(state.active) + 1);
  const target = later.find((row) => NEEDS_WORK.has(row.dataset.status)) || later[0];
  if (target) return activate(target, { scroll: true });
  if (state.list.dataset.nextPage) location.href = `${state.list.dataset.nextPage}#work`;
}
