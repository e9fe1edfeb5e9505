// Building the page from server data: text always goes in through textContent (append of a
// string), never as HTML, so a segment or comment holding markup stays inert text.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "onclick") node.addEventListener("click", value);
    else node.setAttribute(name, value);
  }
  for (const child of children) node.append(child);
  return node;
}

export const empty = (text) => el("p", { class: "muted" }, text);

// A word diff from the server ([{op: equal|delete|insert, text}]) as <span>/<del>/<ins>.
export function diff(parts) {
  const tags = { equal: "span", delete: "del", insert: "ins" };
  return el("div", { class: "diff" }, ...parts.map((part) => el(tags[part.op], {}, part.text)));
}

export const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
