// The post-editor: keyboard flow, side panels, saving with conflict handling, autosave.
// Every piece of text from the server goes into the page through textContent, never as HTML.
"use strict";

(() => {
  const list = document.getElementById("segments");
  if (!list) return;
  const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  const documentId = list.dataset.document;
  const lang = list.dataset.lang;
  const canEdit = list.dataset.canEdit === "1";
  const canReview = list.dataset.canReview === "1";
  const NEEDS_WORK = new Set(["untranslated", "draft"]);
  const rows = () => Array.from(list.querySelectorAll("li.segment"));
  const textarea = (row) => row.querySelector("textarea");
  let active = null;
  // The active segment's panel data, as a promise: a shortcut pressed while it loads waits for it.
  let panels = Promise.resolve(null);

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === "onclick") node.addEventListener("click", value);
      else node.setAttribute(name, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  async function api(method, url, body) {
    const response = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data;
    try {
      data = await response.json();
    } catch (error) {
      data = { error: `The server answered ${response.status}.` };
    }
    return { code: response.status, data };
  }

  // ---- autosave: unsaved text survives a closed tab, keyed by document, language and segment
  const storageKey = (row) => `workbench:${documentId}:${lang}:${row.dataset.segment}`;

  function remember(row) {
    localStorage.setItem(storageKey(row), JSON.stringify({ text: textarea(row).value, version: row.dataset.version }));
    row.classList.add("unsaved");
  }

  function forget(row) {
    localStorage.removeItem(storageKey(row));
    row.classList.remove("unsaved");
  }

  function restoreUnsaved(row) {
    const stored = JSON.parse(localStorage.getItem(storageKey(row)) || "null");
    if (!stored) return;
    if (stored.text === textarea(row).value) {
      forget(row);
      return;
    }
    textarea(row).value = stored.text;
    // The edit started from this version: saving it after someone else's save is a conflict.
    row.dataset.version = stored.version;
    row.classList.add("unsaved");
    notice(row, "Unsaved edit restored from this browser.");
  }

  function notice(row, message, kind = "") {
    const node = row.querySelector(".notice");
    node.textContent = message;
    node.className = `notice ${kind}`;
  }

  function fit(area) {
    area.style.height = "auto";
    area.style.height = `${area.scrollHeight + 2}px`;
  }

  function setText(row, text) {
    const area = textarea(row);
    area.value = text;
    fit(area);
    remember(row);
  }

  function insertAtCursor(row, text) {
    const area = textarea(row);
    area.setRangeText(text, area.selectionStart, area.selectionEnd, "end");
    fit(area);
    remember(row);
    area.focus();
  }

  // ---- the active segment and its panels
  function activate(row, focus = true) {
    if (!row) return;
    if (focus) textarea(row).focus();
    if (active === row) return;
    if (active) active.classList.remove("active");
    active = row;
    row.classList.add("active");
    row.scrollIntoView({ block: "nearest" });
    panels = loadPanels(row);
  }

  async function loadPanels(row) {
    const { code, data } = await api("GET", `/api/segments/${row.dataset.segment}/${lang}`);
    if (row !== active) return null;
    if (code !== 200) {
      panel("glossary").replaceChildren(el("p", { class: "qa-error" }, data.error || "Could not load the panels."));
      return null;
    }
    renderGlossary(row, data.glossary);
    renderQA(data.qa);
    renderTM(row, data.tm);
    renderMT(row, data.mt);
    renderHistory(row, data.history);
    return data;
  }

  const panel = (name) => document.getElementById(`panel-${name}`);
  const empty = (text) => el("p", { class: "muted" }, text);

  function renderGlossary(row, hits) {
    if (!hits.length) return panel("glossary").replaceChildren(empty("No termbase terms in this segment."));
    const items = hits.map((hit, index) =>
      el(
        "li",
        {},
        el("span", { class: `term-status ${hit.status}` }, `${hit.source}`),
        " → ",
        ...hit.targets.map((target, n) =>
          el("button", { type: "button", class: "secondary", lang, title: `Insert${n === 0 && index < 9 ? ` (Alt+${index + 1})` : ""}`, onclick: () => insertAtCursor(row, target) }, target),
        ),
        hit.status !== "preferred" ? el("span", { class: "term-status deprecated" }, ` ${hit.status}`) : "",
        hit.note ? el("div", { class: "hit-note" }, hit.note) : "",
      ),
    );
    panel("glossary").replaceChildren(el("ol", {}, ...items));
  }

  function renderQA(warnings) {
    if (!warnings.length) return panel("qa").replaceChildren(empty("No warnings."));
    panel("qa").replaceChildren(
      el("ul", {}, ...warnings.map((w) => el("li", { class: `qa-${w.severity}` }, `${w.check}: ${w.message}`))),
    );
  }

  function diff(parts) {
    const tags = { equal: "span", delete: "del", insert: "ins" };
    return el("div", { class: "diff" }, ...parts.map((part) => el(tags[part.op], {}, part.text)));
  }

  function renderTM(row, matches) {
    if (!matches.length) return panel("tm").replaceChildren(empty("No matches."));
    panel("tm").replaceChildren(
      el(
        "ul",
        {},
        ...matches.map((match) =>
          el(
            "li",
            {},
            el("span", { class: "score" }, `${Math.round(match.score * 100)}%`),
            " ",
            el("button", { type: "button", class: "secondary", onclick: () => setText(row, match.target) }, "Use"),
            el("div", { lang }, match.target),
            diff(match.diff),
            el("div", { class: "meta-line" }, match.origin),
          ),
        ),
      ),
    );
  }

  function renderMT(row, mt) {
    const items = [];
    if (mt.raw) items.push(["Raw machine translation (Alt+M)", mt.raw]);
    mt.alternatives.forEach((text, index) => items.push([`Alternative ${index + 1}`, text]));
    const changes = mt.glossary_changes.map((change) => el("li", {}, `${change.from} → ${change.to} (${change.reason})`));
    if (!items.length && !changes.length) return panel("mt").replaceChildren(empty("No machine translation."));
    panel("mt").replaceChildren(
      ...items.map(([label, text]) =>
        el("div", {}, el("div", { class: "meta-line" }, label, " ", el("button", { type: "button", class: "secondary", onclick: () => setText(row, text) }, "Insert")), el("div", { lang }, text)),
      ),
      changes.length ? el("div", {}, el("div", { class: "meta-line" }, "The termbase changed in the draft:"), el("ul", {}, ...changes)) : "",
    );
  }

  function renderHistory(row, revisions) {
    if (!revisions.length) return panel("history").replaceChildren(empty("No history yet."));
    panel("history").replaceChildren(
      el(
        "ol",
        { reversed: "" },
        ...revisions.map((revision, index) =>
          el(
            "li",
            {},
            el("div", { class: "meta-line" }, `${new Date(revision.time).toLocaleString()} · ${revision.author || "unknown"} · ${revision.status} · ${revision.origin}`),
            el("div", { lang }, revision.text || "(empty)"),
            index > 0 && canEdit ? el("button", { type: "button", class: "secondary", onclick: () => restoreRevision(row, revision) }, "Restore") : "",
          ),
        ),
      ),
    );
  }

  // ---- saving
  function showSaved(row, translation) {
    row.dataset.version = translation.version;
    row.dataset.status = translation.status;
    const area = textarea(row);
    area.value = translation.text;
    fit(area);
    const badge = row.querySelector(".badge");
    badge.textContent = translation.status;
    badge.className = `badge status-${translation.status}`;
    row.querySelector(".origin").textContent = translation.origin + (translation.route ? ` · ${translation.route}` : "");
    row.querySelector(".conflict").hidden = true;
    forget(row);
  }

  async function post(row, url, body) {
    // A second Ctrl+Enter while the first save is on its way would only meet a conflict.
    if (row.saving) return false;
    row.saving = true;
    notice(row, "Saving…");
    let response;
    try {
      response = await api("POST", url, body);
    } catch (error) {
      notice(row, "Not saved: the server cannot be reached. Your text is kept in this browser.", "error");
      return false;
    } finally {
      row.saving = false;
    }
    const { code, data } = response;
    if (code === 200) {
      showSaved(row, data.translation);
      showChanges(row, data.glossary_changes || []);
      const problems = (data.qa || []).length;
      notice(row, problems ? `Saved, ${problems} QA warning${problems > 1 ? "s" : ""}.` : "Saved.", problems ? "error" : "");
      if (row === active) panels = loadPanels(row);
      return true;
    }
    if (code === 409) showConflict(row, data.conflict);
    notice(row, data.error || `Not saved (${code}).`, "error");
    return false;
  }

  function save(row, status, enforceGlossary = true) {
    return post(row, `/api/segments/${row.dataset.segment}/${lang}`, {
      text: textarea(row).value,
      status,
      base_version: Number(row.dataset.version),
      enforce_glossary: enforceGlossary,
    });
  }

  function restoreRevision(row, revision) {
    return post(row, `/api/revisions/${revision.id}/restore`, { base_version: Number(row.dataset.version) });
  }

  function showChanges(row, changes) {
    const box = row.querySelector(".changes");
    box.hidden = !changes.length;
    if (!changes.length) return box.replaceChildren();
    box.replaceChildren(
      el("div", {}, "Termbase, on saving:"),
      el("ul", {}, ...changes.map((change) => (change.from ? replacedItem(row, change) : el("li", {}, `“${change.to}” is expected here (${change.reason}).`)))),
    );
    // Only replacements can be undone; the rest are reminders about terms the text lacks.
    row.lastChanges = changes.filter((change) => change.from);
  }

  function replacedItem(row, change) {
    const undo = el("button", { type: "button", class: "secondary", onclick: () => undoChange(row, change) }, "Undo");
    return el("li", {}, `“${change.from}” → “${change.to}” (${change.reason}) `, undo);
  }

  // Puts the translator's words back and saves without enforcement, so the fix is not reapplied.
  function undoChange(row, change) {
    const area = textarea(row);
    const text = area.value;
    let at = text.slice(change.start, change.end) === change.to ? change.start : text.indexOf(change.to);
    if (at < 0) return notice(row, "That fix is no longer in the text.", "error");
    area.value = text.slice(0, at) + change.from + text.slice(at + change.to.length);
    return save(row, row.dataset.status === "untranslated" ? "translated" : row.dataset.status, false);
  }

  function showConflict(row, conflict) {
    const theirs = conflict.theirs;
    const box = row.querySelector(".conflict");
    const adopt = () => {
      row.dataset.version = theirs.version;
      box.hidden = true;
    };
    const when = theirs.updated_at ? new Date(theirs.updated_at).toLocaleString() : "";
    box.replaceChildren(
      el("p", {}, `Someone else saved this segment${theirs.updated_by ? ` (${theirs.updated_by}${when ? `, ${when}` : ""})` : ""}. Your text was not saved.`),
      el(
        "div",
        { class: "versions" },
        el("div", {}, el("h3", {}, `Their version (${theirs.status})`), el("p", { lang }, theirs.text)),
        el("div", {}, el("h3", {}, "Your version"), el("p", { lang }, conflict.yours)),
      ),
      el(
        "div",
        { class: "actions" },
        el("button", { type: "button", onclick: () => { adopt(); showSaved(row, theirs); notice(row, "Took their version."); } }, "Take theirs"),
        el("button", { type: "button", onclick: () => { adopt(); textarea(row).value = conflict.yours; save(row, "translated"); } }, "Take mine"),
        el("button", { type: "button", class: "secondary", onclick: () => { row.dataset.version = theirs.version; box.querySelector(".actions").remove(); textarea(row).value = conflict.yours; remember(row); textarea(row).focus(); notice(row, "Merge the two by hand, then save (Ctrl+Enter)."); } }, "Merge by hand"),
      ),
    );
    box.hidden = false;
  }

  // ---- moving
  function move(step) {
    const all = rows();
    const next = all[all.indexOf(active) + step];
    if (next) return activate(next);
    const page = step > 0 ? list.dataset.nextPage : list.dataset.prevPage;
    if (page) location.href = `${page}#${step > 0 ? "first" : "last"}`;
  }

  function nextNeedingWork() {
    const all = rows();
    const later = all.slice(all.indexOf(active) + 1);
    const target = later.find((row) => NEEDS_WORK.has(row.dataset.status)) || later[0];
    if (target) return activate(target);
    if (list.dataset.nextPage) location.href = `${list.dataset.nextPage}#work`;
  }

  async function saveAndAdvance(row) {
    if (await save(row, "translated")) nextNeedingWork();
  }

  // ---- keyboard
  const help = document.getElementById("help");
  document.getElementById("help-button").addEventListener("click", () => help.showModal());

  document.addEventListener("keydown", (event) => {
    if (event.altKey && event.code === "KeyH") {
      event.preventDefault();
      return help.open ? help.close() : help.showModal();
    }
    if (!active || help.open || !list.contains(document.activeElement)) return;
    const row = active;
    const key = event.code;
    let handled = true;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && canEdit) {
      if (event.shiftKey) save(row, "draft");
      else saveAndAdvance(row);
    } else if (event.altKey && key === "ArrowDown") move(1);
    else if (event.altKey && key === "ArrowUp") move(-1);
    else if (event.altKey && key === "KeyS" && canEdit) setText(row, row.querySelector(".source").textContent);
    else if (event.altKey && key === "KeyM" && canEdit) {
      panels.then((data) => {
        const draft = data && (data.mt.raw || data.mt.alternatives[0]);
        if (draft) setText(row, draft);
        else notice(row, "No machine translation for this segment.");
      });
    } else if (event.altKey && key === "KeyR") {
      if (canReview) save(row, "reviewed");
      else notice(row, "Only reviewers can mark segments reviewed.", "error");
    } else if (event.altKey && key === "KeyZ" && row.lastChanges && row.lastChanges.length) {
      undoChange(row, row.lastChanges[row.lastChanges.length - 1]);
    } else if (event.altKey && /^Digit[1-9]$/.test(key) && canEdit) {
      panels.then((data) => {
        const hit = data && data.glossary[Number(key.slice(5)) - 1];
        if (hit && hit.targets.length) insertAtCursor(row, hit.targets[0]);
      });
    } else handled = false;
    if (handled) event.preventDefault();
  });

  // ---- search and replace with a preview
  const replaceForm = document.getElementById("replace-form");
  if (replaceForm) {
    const preview = document.getElementById("replace-preview");
    const url = `/api/documents/${documentId}/${lang}/replace`;
    const options = () => ({
      find: replaceForm.find.value,
      replace: replaceForm.replace.value,
      case: replaceForm.case.checked,
      word: replaceForm.word.checked,
    });
    replaceForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const { code, data } = await api("POST", url, options());
      if (code !== 200) return preview.replaceChildren(el("p", { class: "qa-error" }, data.error));
      if (!data.matches.length) return preview.replaceChildren(empty("No translation contains that text."));
      const boxes = data.matches.map((match) => el("input", { type: "checkbox", checked: "", "aria-label": `Replace in segment ${match.position}`, "data-segment": match.segment, "data-version": match.version }));
      const table = el(
        "table",
        {},
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Apply"), el("th", { scope: "col" }, "Now"), el("th", { scope: "col" }, "After"))),
        el("tbody", {}, ...data.matches.map((match, i) => el("tr", {}, el("td", {}, boxes[i]), el("td", { lang }, el("del", {}, match.before)), el("td", { lang }, el("ins", {}, match.after))))),
      );
      const apply = el("button", { type: "button" }, `Replace in the selected segments`);
      apply.addEventListener("click", async () => {
        const segments = Object.fromEntries(boxes.filter((box) => box.checked).map((box) => [box.dataset.segment, Number(box.dataset.version)]));
        const result = await api("POST", url, { ...options(), apply: true, segments });
        if (result.code !== 200) return preview.replaceChildren(el("p", { class: "qa-error" }, result.data.error));
        for (const { segment, translation } of result.data.applied) {
          const row = document.getElementById(`segment-${segment}`);
          if (row) showSaved(row, translation);
        }
        const skipped = result.data.conflicts.length;
        preview.replaceChildren(el("p", { role: "status" }, `Replaced in ${result.data.applied.length} segment(s).` + (skipped ? ` ${skipped} changed meanwhile and were left alone.` : "")));
      });
      preview.replaceChildren(el("p", {}, `${data.matches.length} segment(s) would change:`), table, apply);
    });
  }

  // ---- export: download through fetch so the exporter's warnings can be shown beside the buttons
  const exportWarnings = document.getElementById("export-warnings");
  for (const link of document.querySelectorAll(".exports a[download]")) {
    link.addEventListener("click", async (event) => {
      event.preventDefault();
      const response = await fetch(link.href, { credentials: "same-origin" });
      if (!response.ok) {
        exportWarnings.textContent = `Export failed: the server answered ${response.status}.`;
        exportWarnings.hidden = false;
        return;
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
      const url = URL.createObjectURL(await response.blob());
      const save = el("a", { href: url, download: name ? name[1] : "" });
      document.body.append(save);
      save.click();
      save.remove();
      URL.revokeObjectURL(url);
      const warnings = JSON.parse(response.headers.get("X-Workbench-Warnings") || "[]");
      exportWarnings.textContent = warnings.length ? `${link.textContent}: ${warnings.join("; ")}` : "";
      exportWarnings.hidden = !warnings.length;
    });
  }

  // ---- start
  for (const row of rows()) {
    const area = textarea(row);
    restoreUnsaved(row);
    fit(area);
    area.addEventListener("focus", () => activate(row, false));
    area.addEventListener("input", () => {
      fit(area);
      remember(row);
    });
  }
  const all = rows();
  if (location.hash === "#last") activate(all[all.length - 1]);
  else if (location.hash === "#first") activate(all[0]);
  else activate(all.find((row) => NEEDS_WORK.has(row.dataset.status)) || all[0]);
})();
