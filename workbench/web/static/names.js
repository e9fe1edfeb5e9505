// The editor's "New names" panel: the names of this document the termbase lacks, with ranked
// be / uk / pl / ru spellings (each with the rule that made it). The translator picks or edits
// one per language and adds the name as a concept. Text from the server goes in through
// textContent only.

import { el } from "./editor/dom.js";

const LANGUAGES = ["be", "uk", "pl", "ru"];
const KINDS = ["person", "place", "organisation"];
const panel = document.getElementById("names-panel");
if (panel) setUp(panel);

// The rule that made a proposal, and its genitive: the termbase will match the name declined.
function describe(proposal) {
  const genitive = proposal.forms && proposal.forms.gen;
  return genitive && genitive !== proposal.text ? `${proposal.rule} · gen. ${genitive}` : proposal.rule;
}

function setUp(panel) {
  const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  const url = panel.dataset.namesUrl;
  // The termbase is the admins' (as on the termbase page): others see the proposals only.
  const canAdd = panel.dataset.canAdd === "1";
  const list = panel.querySelector("#names-list");
  const status = panel.querySelector("#names-status");
  const count = panel.querySelector("#names-count");
  const more = panel.querySelector("#names-more");
  let nextPage = 1;
  let loading = false;

  async function request(method, body, page) {
    const target = page ? `${url}?page=${page}` : url;
    const response = await fetch(target, {
      method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({ error: `the server answered ${response.status}` }));
    if (!response.ok) throw new Error(data.error || `the server answered ${response.status}`);
    return data;
  }

  async function load() {
    if (loading || !nextPage) return;
    loading = true;
    status.textContent = "Looking for names…";
    try {
      const data = await request("GET", undefined, nextPage);
      count.textContent = `(${data.count})`;
      data.names.forEach((name) => list.append(entry(name)));
      nextPage = data.page < data.pages ? data.page + 1 : 0;
      more.hidden = !nextPage;
      status.textContent = data.count ? "" : "Every name in this document is in the termbase.";
    } catch (error) {
      status.textContent = `Could not load names: ${error.message}`;
    } finally {
      loading = false;
    }
  }

  function entry(name) {
    const item = el("li", { "data-name": name.name });
    const heading = el("h3", {}, name.name, " ", el("span", { class: "small" }, `${name.count}× · origin ${name.origin}`));
    const kind = el("select", { "aria-label": `Kind of ${name.name}` });
    KINDS.forEach((value) => {
      const option = el("option", { value }, value);
      if (value === name.kind) option.selected = true;
      kind.append(option);
    });
    item.append(heading, kind);
    if (name.sentences.length) item.append(el("blockquote", {}, name.sentences[0]));
    const inputs = {};
    LANGUAGES.forEach((lang) => {
      const proposals = name.proposals[lang] || [];
      const input = el("input", { lang, "aria-label": `${name.name} in ${lang}`, "data-lang": lang });
      input.value = proposals.length ? proposals[0].text : "";
      const rule = el("span", { class: "rule" }, proposals.length ? describe(proposals[0]) : "no proposal: type the spelling");
      const choices = el("div", { class: "choices", role: "group", "aria-label": `Proposals in ${lang}` });
      proposals.forEach((proposal, index) => {
        const button = el("button", { type: "button", lang, "aria-pressed": String(index === 0), title: proposal.rule },
          proposal.text + (proposal.known ? " ✓" : ""));
        button.addEventListener("click", () => {
          input.value = proposal.text;
          rule.textContent = describe(proposal);
          choices.querySelectorAll("button").forEach((other) => other.setAttribute("aria-pressed", String(other === button)));
        });
        choices.append(button);
      });
      input.addEventListener("input", () => {
        rule.textContent = "your own spelling";
        choices.querySelectorAll("button").forEach((other) => other.setAttribute("aria-pressed", "false"));
      });
      inputs[lang] = input;
      item.append(el("div", { class: "spelling" }, el("span", {}, lang), input, choices, rule));
    });
    if (name.english_variants.length) {
      item.append(el("p", { class: "small" }, `Also deprecated in English: ${name.english_variants.join(", ")}`));
    }
    const add = el("button", { type: "button", class: "add-name" }, "Add to termbase");
    add.disabled = !canAdd;
    if (!canAdd) add.title = "Only an admin adds to the termbase";
    add.addEventListener("click", async () => {
      add.disabled = true;
      const body = { name: name.name, kind: kind.value };
      LANGUAGES.forEach((lang) => { body[lang] = inputs[lang].value; });
      try {
        const result = await request("POST", body);
        const link = el("a", { href: result.termbase_url }, result.concept);
        item.replaceChildren(el("p", { class: "added", role: "status" }, `${name.name}: added as `, link, ` (${result.terms} terms).`));
        // The editor's termbase panel shows the new name in the segment at once (editor/events.js).
        document.dispatchEvent(new CustomEvent("workbench:termbase-changed"));
      } catch (error) {
        add.disabled = false;
        status.textContent = `${name.name}: ${error.message}`;
      }
    });
    item.append(add);
    return item;
  }

  panel.addEventListener("toggle", () => { if (panel.open && !list.children.length) load(); });
  more.addEventListener("click", load);
}
