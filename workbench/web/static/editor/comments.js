// Comments: the active segment's (in its panel, with a form to add one or answer one, each
// answer under the comment it answers) and the whole document's, newest first and paged, in
// the list under the title.

import { api, url } from "./api.js";
import { el, empty, plural } from "./dom.js";
import { notice, textarea } from "./rows.js";
import { state } from "./state.js";

const when = (comment) => new Date(comment.time).toLocaleString();

// The comment the form answers (null: a new thread); cleared when another segment is shown.
let answering = null;

export function renderComments(comments) {
  const body = document.getElementById("panel-comments");
  const count = state.active?.querySelector(".comment-count");
  if (count) {
    count.hidden = !comments.length;
    count.textContent = comments.length ? plural(comments.length, "comment") : "";  // read with the text box: no "0 comments"
  }
  if (answering && !comments.some((comment) => comment.id === answering.id)) answerTo(null);
  if (!comments.length) return body.replaceChildren(empty("No comments."));
  const answers = new Map();
  for (const comment of comments) {
    if (comment.parent) answers.set(comment.parent, [...(answers.get(comment.parent) || []), comment]);
  }
  const known = new Set(comments.map((comment) => comment.id));
  const thread = (list) => el("ul", {}, ...list.map((comment) =>
    el("li", { "data-comment": comment.id },
      el("div", { class: "meta-line" }, `${comment.author || "unknown"} (${comment.lang}) · ${when(comment)} `, answerButton(comment)),
      el("div", {}, comment.text),
      answers.has(comment.id) ? thread(answers.get(comment.id)) : ""),
  ));
  body.replaceChildren(thread(comments.filter((comment) => !comment.parent || !known.has(comment.parent))));
}

function answerButton(comment) {
  const form = document.getElementById("comment-form");
  if (!form) return "";
  // Named with whom it answers: a screen reader tabbing through a thread heard "Answer" alone, again and again.
  return el("button", { type: "button", class: "secondary answer", "aria-label": `Answer ${comment.author || "unknown"}`,
    onclick: () => answerTo(comment) }, "Answer");
}

// Point the form at ``comment`` (or back at a new thread) and put the cursor in it.
function answerTo(comment) {
  const form = document.getElementById("comment-form");
  if (!form) return;
  answering = comment;
  const label = form.querySelector(".answering");
  label.hidden = !comment;
  label.querySelector("span").textContent = comment ? `Answering ${comment.author || "unknown"}: “${comment.text.slice(0, 60)}${comment.text.length > 60 ? "…" : ""}”` : "";
  form.text.placeholder = comment ? "Your answer (Ctrl+Enter)" : "Comment on this segment (Ctrl+Shift+L)";
  if (comment) form.text.focus();
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
    el("li", {}, segmentLink(comment), ` ${comment.author || "unknown"} (${comment.lang})`,
      comment.parent ? ` answering ${comment.answering || "a deleted comment"}` : "", ": ", comment.text),
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
    const body = { text: form.text.value, ...(answering ? { parent: answering.id } : {}) };
    const { code, data } = await api("POST", url("comment", row.dataset.segment), body);
    if (code !== 201) return notice(row, data.error || `Comment not saved (${code}).`, "error");
    form.text.value = "";
    notice(row, answering ? "Answer added." : "Comment added.");  // the focus goes back to the text: say it was stored
    answerTo(null);
    const panels = await state.panels;
    if (panels && row === state.active) {
      // The panels may have been fetched after the comment was stored: then it is there already.
      if (!panels.comments.some((comment) => comment.id === data.id)) panels.comments.push(data);
      renderComments(panels.comments);
    }
    textarea(row).focus();
  };
  form.querySelector(".answering button").addEventListener("click", () => {
    answerTo(null);
    form.text.focus();
  });
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
