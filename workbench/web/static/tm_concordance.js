// The editor's concordance panel: look a word or phrase up in the translation memory.
// A search runs from the panel's box, or when the translator selects words in a source segment
// (the active one, as the editor announces with `workbench:segment-activated`).
// Every text is inserted with textContent: memory units come from strangers' TMX files.

const MIN_QUERY = 3;

const panel = document.getElementById("concordance");
if (panel) {
  const form = panel.querySelector("#concordance-form");
  const input = panel.querySelector("#concordance-q");
  const field = panel.querySelector("#concordance-in");
  const status = panel.querySelector("#concordance-status");
  const results = panel.querySelector("#concordance-results");
  const pages = panel.querySelector(".concordance-pages");
  const previous = panel.querySelector("#concordance-prev");
  const next = panel.querySelector("#concordance-next");
  const state = { query: "", field: "source", page: 1, activeSource: null };
  let pending = null;

  // Python counts characters in code points; JavaScript strings in UTF-16 units.
  function highlighted(text, spans) {
    const characters = Array.from(text);
    const fragment = document.createDocumentFragment();
    let end = 0;
    for (const [start, stop] of spans) {
      fragment.append(characters.slice(end, start).join(""));
      const mark = document.createElement("mark");
      mark.textContent = characters.slice(start, stop).join("");
      fragment.append(mark);
      end = stop;
    }
    fragment.append(characters.slice(end).join(""));
    return fragment;
  }

  function render(data) {
    results.replaceChildren();
    for (const hit of data.hits) {
      const item = document.createElement("li");
      const source = document.createElement("div");
      source.className = "concordance-source";
      source.lang = panel.dataset.sourceLang;
      source.append(highlighted(hit.source, hit.highlights.source));
      const target = document.createElement("div");
      target.className = "concordance-target";
      target.lang = panel.dataset.lang;
      target.append(highlighted(hit.target, hit.highlights.target));
      const origin = document.createElement("div");
      origin.className = "muted small";
      origin.textContent = hit.origin;
      item.append(source, target, origin);
      results.append(item);
    }
    const shown = data.hits.length;
    status.textContent = shown
      ? `Page ${data.page}: ${shown} unit${shown === 1 ? "" : "s"} with “${state.query}”.`
      : (data.page > 1 ? "No more units." : `No unit holds “${state.query}”.`);
    pages.hidden = data.page === 1 && !data.has_more;
    previous.disabled = data.page <= 1;
    next.disabled = !data.has_more;
  }

  async function search(query, searchField, page) {
    query = query.trim();
    if (Array.from(query).length < MIN_QUERY) {
      status.textContent = `Type at least ${MIN_QUERY} characters.`;
      return;
    }
    Object.assign(state, { query, field: searchField, page });
    pending?.abort();
    pending = new AbortController();
    const params = new URLSearchParams({
      q: query, in: searchField, page: String(page),
      from: panel.dataset.sourceLang, to: panel.dataset.lang,
    });
    status.textContent = "Searching…";
    try {
      const response = await fetch(`${panel.dataset.searchUrl}?${params}`, {
        headers: { Accept: "application/json" }, credentials: "same-origin", signal: pending.signal,
      });
      const data = await response.json();
      if (!response.ok) {
        status.textContent = data.error || `The search failed (${response.status}).`;
        return;
      }
      render(data);
    } catch (error) {
      if (error.name !== "AbortError") status.textContent = "The search failed: the server did not answer.";
    }
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    search(input.value, field.value, 1);
  });
  previous.addEventListener("click", () => search(state.query, state.field, state.page - 1));
  next.addEventListener("click", () => search(state.query, state.field, state.page + 1));

  document.addEventListener("workbench:segment-activated", (event) => {
    state.activeSource = document.querySelector(`#segment-${event.detail.segmentId} .source`);
  });

  // Words selected in a source segment are looked up at once: in the active segment once the
  // editor has said which one it is, else in any.
  document.addEventListener("mouseup", () => {
    const selection = window.getSelection();
    const text = selection ? selection.toString().trim() : "";
    if (!text || selection.rangeCount === 0) return;
    const node = selection.getRangeAt(0).commonAncestorContainer;
    const source = (node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement)?.closest(".source");
    if (!source || (state.activeSource && source !== state.activeSource)) return;
    input.value = text;
    field.value = "source";
    search(text, "source", 1);
  });
}
