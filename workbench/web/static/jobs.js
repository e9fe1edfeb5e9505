// Background jobs: the editor's Draft and background-export buttons, and the user's jobs with
// their progress. While a draft of this page's document and language runs, the rows on screen
// are refreshed as its chunks land: each changed row is announced with a cancelable
// `workbench:segment-updated` event ({segmentId, lang, translation}) on document; a row nobody
// else handled (event not cancelled) is filled in here unless the translator is editing it.
// Every URL comes from data- attributes the server wrote; text goes in through textContent.

import { el } from "./editor/dom.js";

const panel = document.getElementById("jobs-panel");
const POLL_MS = 1500;

if (panel) {
  const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  const list = document.getElementById("jobs-list");
  const message = document.getElementById("jobs-message");
  const documentId = Number(panel.dataset.document || 0);
  const lang = panel.dataset.lang || "";
  const seenProgress = new Map();
  let timer = null;

  const say = (text, isError = false) => {
    message.textContent = text;
    message.classList.toggle("error", isError);
  };

  async function request(method, url) {
    const response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: { Accept: "application/json", "X-CSRFToken": csrfToken },
    });
    let data;
    try {
      data = await response.json();
    } catch (error) {
      data = { error: `The server answered ${response.status}.` };
    }
    if (!response.ok) throw new Error(data.error || `The server answered ${response.status}.`);
    return data;
  }

  const active = (job) => job.state === "queued" || job.state === "running";
  const draftsThisPage = (job) =>
    job.kind === "draft" && job.arguments.document_ids.includes(documentId) && job.arguments.targets.includes(lang);

  function render(jobs) {
    if (!jobs.length) {
      list.replaceChildren(el("li", { class: "muted" }, "No jobs yet: the editor's Draft button and background exports start them."));
      return;
    }
    list.replaceChildren(
      ...jobs.map((job) => {
        const progress = el("progress", { max: String(job.total || 1), value: String(job.done) });
        progress.textContent = `${job.done} / ${job.total}`;
        const item = el(
          "li",
          { class: `job state-${job.state}`, "data-job": String(job.id) },
          el("span", { class: "job-title" }, `${job.label} ${job.description}`),
          progress,
          el("span", { class: "job-state" }, `${job.state} · ${job.done} / ${job.total}`),
        );
        if (job.download_url) item.append(el("a", { href: job.download_url, download: "" }, `Download ${job.result.filename}`));
        if (job.error) item.append(el("span", { class: "job-error" }, job.error));
        if (job.kind === "draft" && job.result) item.append(...draftOutcome(job.result));
        if (active(job)) {
          const cancel = el("button", { type: "button", class: "secondary" }, "Cancel");
          cancel.addEventListener("click", () => cancelJob(job));
          item.append(cancel);
        }
        return item;
      }),
    );
  }

  // What a draft job did (one with no engine for a language fails, and says why in job.error).
  function draftOutcome(result) {
    const counts = [`${result.drafted || 0} drafted`, `${result.from_tm || 0} from the translation memory`];
    if (result.skipped_human) counts.push(`${result.skipped_human} kept (a person's translation)`);
    if (result.already_drafted) counts.push(`${result.already_drafted} already drafted`);
    return [el("span", { class: "job-result" }, counts.join(", "))];
  }

  function editing(row) {
    const area = row.querySelector("textarea");
    return row.classList.contains("unsaved") || area.value !== area.defaultValue;
  }

  function fillRow(row, translation) {
    const area = row.querySelector("textarea");
    area.value = translation.text;
    area.defaultValue = translation.text;
    row.dataset.version = String(translation.version);
    row.dataset.status = translation.status;
    const badge = row.querySelector(".badge");
    badge.textContent = translation.status;
    badge.className = `badge status-${translation.status}`;
    row.querySelector(".origin").textContent = translation.origin + (translation.route ? ` · ${translation.route}` : "");
  }

  async function refreshRows() {
    const rows = Array.from(document.querySelectorAll("#segments li.segment"));
    if (!rows.length || !panel.dataset.translationsUrl) return;
    const url = new URL(panel.dataset.translationsUrl, window.location.href);
    url.searchParams.set("ids", rows.map((row) => row.dataset.segment).join(","));
    const { translations } = await request("GET", url);
    for (const row of rows) {
      const translation = translations[row.dataset.segment];
      if (!translation || String(translation.version) === row.dataset.version) continue;
      const event = new CustomEvent("workbench:segment-updated", {
        cancelable: true,
        detail: { segmentId: Number(row.dataset.segment), lang, translation },
      });
      if (document.dispatchEvent(event) && !editing(row)) fillRow(row, translation);
    }
  }

  async function poll() {
    timer = null;
    let jobs;
    try {
      ({ jobs } = await request("GET", panel.dataset.jobsUrl));
    } catch (error) {
      say(error.message, true);
      return;
    }
    render(jobs);
    let landed = false;
    for (const job of jobs.filter(draftsThisPage)) {
      if (seenProgress.has(job.id) && seenProgress.get(job.id) !== job.done) landed = true;
      seenProgress.set(job.id, job.done);
    }
    if (landed) await refreshRows().catch((error) => say(error.message, true));
    if (jobs.some(active)) timer = setTimeout(poll, POLL_MS);
  }

  function pollSoon() {
    if (timer) clearTimeout(timer);
    timer = setTimeout(poll, 0);
  }

  async function start(url, what) {
    try {
      const { job } = await request("POST", url);
      seenProgress.set(job, -1);
      say(`${what} queued (job ${job}).`);
    } catch (error) {
      say(error.message, true);
    }
    pollSoon();
  }

  async function cancelJob(job) {
    try {
      await request("POST", job.cancel_url);
      say(`Job ${job.id} cancelled; the chunk under way finishes first.`);
    } catch (error) {
      say(error.message, true);
    }
    pollSoon();
  }

  const draftButton = document.getElementById("draft-job");
  if (draftButton) draftButton.addEventListener("click", () => start(draftButton.dataset.url, "Draft"));
  const exportButton = document.getElementById("export-job");
  if (exportButton) {
    exportButton.addEventListener("click", () => {
      // The header's "reviewed only" box applies to background exports too.
      const wanted = new URL(document.getElementById("export-job-format").value, window.location.href);
      if (document.getElementById("export-reviewed-only")?.checked) wanted.searchParams.set("reviewed", "1");
      start(wanted.toString(), "Export");
    });
  }
  poll();
}
