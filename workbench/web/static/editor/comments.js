// Comments: the active segment's (in its panel, with a form to add one) and the whole
// document's, newest first and paged, in the list under the title.

import { api, url } from "./api.js";
import { el, empty } from "./dom.js";
import { notice, textarea } from "./rows.js";
import { state } from "./state.js";

const when = (comment) => new Date(comment.time).toLocaleString();

export function renderComments(comments) {
  const body = document.getElementById("panel-comments");
  if (!comments.length) return body.replaceChildren(empty("No comments."));
  body.replaceChildren(
    el("ul", {}, ...comments.map((comment) =>
      el("li", {}, el("div", { class: "meta-line" }, `${comment.author || "unknown"} (${comment.lang}) · ${when(comment)}`), el("div", {}, comment.text)),
    )),
  );
}

function segmentLink(comment) {
  const row = document.getElementById(`segment-${comment.segment}`);
  const page = Math.ceil(comment.position / Number(document.getElementById("editor").dataset.pageSize));
  const href = row ? `#segment-${comment.segment}` : `${url("editor")}?page=${page}#segment-${comment.segment}`;
  return el("a", { href }, `¶ ${comment.position}`);
}

async function showDocumentComments(page, body) {
  const { code, data } = await api("GET", `${url("comments")}?page=${page}`);
  if (code !== 200) return body.replaceChildren(el("p", { class: "qa-error" }, data.error));
  if (page === 1) body.replaceChildren(data.comments.length ? el("ul", {}) : empty("No comments yet."));
  body.querySelector(".more")?.remove();
  body.querySelector("ul")?.append(...data.comments.map((comment) =>
    el("li", {}, segmentLink(comment), ` ${comment.author || "unknown"} (${comment.lang}): `, comment.text),
  ));
  if (data.more) {
    const more = el("button", { type: "button", class: "secondary more" }, "More comments");
    more.addEventListener("click", () => showDocumentComments(page + 1, body));
    body.append(more);
  }
}

// The active segment's comments as the server has them now (presence.js brings them on each poll).
export async function followComments(segmentId, comments) {
  const panels = await state.panels;
  if (!panels || !state.active || Number(state.active.dataset.segment) !== segmentId) return;
  if (comments.map((comment) => comment.id).join() === panels.comments.map((comment) => comment.id).join()) return;
  panels.comments = comments;
  renderComments(comments);
}

export function startComments() {
  const listing = document.getElementById("document-comments");
  listing.addEventListener("toggle", () => {
    if (listing.open) showDocumentComments(1, listing.querySelector(".document-comments-body"));
  });
  const form = document.getElementById("comment-form");
  if (!form) return;
  const submit = async () => {
    const row = state.active;
    if (!row || !form.text.value.trim()) return;
    const { code, data } = await api("POST", url("comment", row.dataset.segment), { text: form.text.value });
    if (code !== 201) return notice(row, data.error || `Comment not saved (${code}).`, "error");
    form.text.value = "";
    const panels = await state.panels;
    if (panels && row === state.active) {
      // The panels may have been fetched after the comment was stored: then it is there already.
      if (!panels.comments.some((comment) => comment.id === data.id)) panels.comments.push(data);
      renderComments(panels.comments);
    }
    textarea(row).focus();
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    submit();
  });
  form.text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && !event.altKey) {
      event.preventDefault();
      submit();
    } else if (event.key === "Escape" && state.active) textarea(state.active).focus();
  });
}
