// Progress per status, in segments and words, for the document and the current filter: fetched
// once the page is there (so the page itself stays fast), and again when a translation changes.

import { api, url } from "./api.js";
import { el } from "./dom.js";
import { UPDATED } from "./events.js";

const STATUSES = ["untranslated", "draft", "translated", "reviewed"];
const number = (value) => value.toLocaleString();

function summary(label, counts) {
  const total = (field) => STATUSES.reduce((sum, status) => sum + counts[status][field], 0);
  const done = (field) => counts.translated[field] + counts.reviewed[field];
  const segments = total("segments");
  const words = total("words");
  const bar = el("div", { class: "bar", "aria-hidden": "true" }, ...STATUSES.map((status) => {
    const fill = el("span", { class: `fill status-${status}` });
    fill.style.width = `${segments ? (100 * counts[status].segments) / segments : 0}%`;  // CSSOM: allowed by a strict CSP
    return fill;
  }));
  const table = el("table", { class: "progress-table" },
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, label), ...STATUSES.map((status) => el("th", { scope: "col" }, status)))),
    el("tbody", {},
      el("tr", {}, el("th", { scope: "row" }, "segments"), ...STATUSES.map((status) => el("td", {}, number(counts[status].segments)))),
      el("tr", {}, el("th", { scope: "row" }, "words"), ...STATUSES.map((status) => el("td", {}, number(counts[status].words)))),
    ),
  );
  return el("div", { class: `progress-block ${label}` },
    el("p", { class: "progress-line" }, el("strong", {}, label === "document" ? "Document" : "This filter"), ": ",
      `${number(done("segments"))} of ${number(segments)} segments done, ${number(segments - done("segments"))} left · `,
      `${number(done("words"))} of ${number(words)} words done, ${number(words - done("words"))} left`),
    bar,
    el("details", {}, el("summary", {}, "By status"), table),
  );
}

function render(section, progress) {
  section.replaceChildren(summary("document", progress.document), progress.filter ? summary("filter", progress.filter) : "");
}

export function startProgress() {
  const section = document.getElementById("progress");
  const refresh = async () => {
    const { code, data } = await api("GET", url("progress"));
    if (code === 200) render(section, data);
  };
  refresh();
  let pending = null;
  document.addEventListener(UPDATED, () => {
    // Several saves in a row (a replacement, repetitions) need one refresh, not one each.
    clearTimeout(pending);
    pending = setTimeout(refresh, 300);
  });
}
