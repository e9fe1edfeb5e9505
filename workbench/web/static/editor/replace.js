// Search and replace in the translations: a preview (the replaced words marked, with what the
// termbase would change and QA would say), then only the chosen segments are saved; the whole
// replacement can be undone in one step.

import { api, url } from "./api.js";
import { heldForAssignment } from "./assignments.js";
import { diff, el, empty, plural } from "./dom.js";
import { qaItems, showQA, textarea } from "./rows.js";
import { showSaved } from "./saving.js";
import { state } from "./state.js";

function consequences(match) {
  const lines = match.glossary_changes.map((change) => el("li", {}, change.from ? `termbase: “${change.from}” → “${change.to}”` : `termbase: “${change.to}” expected`));
  lines.push(...qaItems(match.qa));
  return lines.length ? el("ul", { class: "consequences" }, ...lines) : "";
}

// Puts back the texts the replacement changed, each with the status it has, as the translator
// wrote them (no termbase fixes, QA not refusing); a segment saved again since is left alone.
function undoButton(applied, before, preview) {
  const button = el("button", { type: "button", class: "secondary" }, "Undo this replacement");
  button.addEventListener("click", async () => {
    button.disabled = true;
    let undone = 0;
    const failed = [];
    for (const { segment, translation } of applied) {
      const { code, data } = await api("POST", url("panels", segment), {
        text: before[segment], status: translation.status, base_version: translation.version, enforce_glossary: false, allow_errors: true,
      });
      if (code !== 200) {
        failed.push(code === 409 ? "changed since" : data.error);
        continue;
      }
      undone += 1;
      const row = document.getElementById(`segment-${segment}`);
      if (row) {
        showSaved(row, data.translation);
        showQA(row, data.qa || []);
      }
    }
    const report = [`Undone in ${undone} segment(s).`];
    if (failed.length) report.push(`${failed.length} left as replaced: ${failed.join("; ")}.`);
    preview.replaceChildren(el("p", { role: "status" }, report.join(" ")));
  });
  return button;
}

// Ctrl+K (OmegaT's search and replace key) from a segment: the form opens with the words
// selected in the segment, if any, to find; Esc goes back to the segment.
export function openReplace(row) {
  const form = document.getElementById("replace-form");
  if (!form) return;
  form.closest("details").open = true;
  const area = textarea(row);
  const selected = area.value.slice(area.selectionStart, area.selectionEnd);
  if (selected.trim() && !selected.includes("\n")) form.find.value = selected;
  form.find.focus();
  form.find.select();
}

export function startReplace() {
  const form = document.getElementById("replace-form");
  if (!form) return;
  const preview = document.getElementById("replace-preview");
  const tell = (text) => { document.getElementById("replace-status").textContent = text; };
  const options = () => ({
    find: form.find.value,
    replace: form.replace.value,
    case: form.case.checked,
    word: form.word.checked,
    regex: form.regex.checked,
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const { code, data } = await api("POST", url("replace"), options());
    const shown = (node) => {
      tell(node.textContent);
      return preview.replaceChildren(node);
    };
    if (code !== 200) return shown(el("p", { class: "qa-error" }, data.error));
    if (!data.matches.length) return shown(empty("No translation contains that text."));
    const boxes = data.matches.map((match) => el("input", { type: "checkbox", checked: "", "aria-label": `Replace in segment ${match.position}`, "data-segment": match.segment, "data-version": match.version }));
    const table = el(
      "table",
      {},
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Apply"), el("th", { scope: "col" }, "Segment"), el("th", { scope: "col" }, "Change"))),
      el("tbody", {}, ...data.matches.map((match, i) =>
        el("tr", {}, el("td", {}, boxes[i]), el("td", {}, String(match.position)), el("td", { lang: state.lang }, diff(match.diff), consequences(match))),
      )),
    );
    const apply = el("button", { type: "button" }, "Replace in the selected segments");
    const held = el("p", { class: "qa-error", role: "alert", hidden: "" });
    apply.addEventListener("click", async () => {
      const say = (warning) => Object.assign(held, { textContent: warning, hidden: false });
      if (heldForAssignment(say, "Replace again to replace anyway.")) return;
      const segments = Object.fromEntries(boxes.filter((box) => box.checked).map((box) => [box.dataset.segment, Number(box.dataset.version)]));
      const result = await api("POST", url("replace"), { ...options(), apply: true, segments });
      if (result.code !== 200) return preview.replaceChildren(el("p", { class: "qa-error" }, result.data.error));
      let fixes = 0;
      for (const { segment, translation, glossary_changes: changes, qa } of result.data.applied) {
        fixes += changes.filter((change) => change.from).length;
        const row = document.getElementById(`segment-${segment}`);
        if (row) {
          showSaved(row, translation);
          showQA(row, qa);
        }
      }
      const { applied, conflicts, refused } = result.data;
      const report = [`Replaced in ${applied.length} segment(s).`];
      if (fixes) report.push(`The termbase changed ${plural(fixes, "term")}.`);
      if (conflicts.length) report.push(`${conflicts.length} changed meanwhile and were left alone.`);
      if (refused.length) report.push(`${refused.length} refused: ${refused.map((r) => r.error).join("; ")}`);
      const before = Object.fromEntries(data.matches.map((match) => [match.segment, match.before]));
      const undo = result.data.applied.length ? undoButton(result.data.applied, before, preview) : "";
      const status = el("p", { role: "status", tabindex: "-1" }, report.join(" "));
      preview.replaceChildren(status, undo);
      (undo || status).focus();  // the pressed button is gone: the focus stays here, where Esc goes back
    });
    preview.replaceChildren(el("p", {}, `${data.matches.length} segment(s) would change:`), table, apply, held);
    tell(`${data.matches.length} segment(s) would change; Enter replaces in the selected ones.`);
    apply.focus();  // Enter previewed, Enter again replaces: the keyboard goes on without a dozen Tabs
  });
}
