// Who else has this document open, and on which segment: the editor tells the server where the
// translator is (on every move and every 15 s) and shows the others it answers with; the
// answer also brings the segment's comments, so a colleague's reply shows in its panel.

import { api, url } from "./api.js";
import { followComments } from "./comments.js";
import { ACTIVATED } from "./events.js";
import { state } from "./state.js";

const POLL_SECONDS = 15;

function show(others) {
  const line = document.getElementById("presence");
  line.hidden = !others.length;
  line.textContent = others.length
    ? `Also here: ${others.map((other) => `${other.user} (${other.lang}${other.segment ? `, segment ${positionOf(other.segment)}` : ""})`).join(", ")}`
    : "";
  for (const mark of state.list.querySelectorAll(".presence")) mark.textContent = "";
  for (const other of others) {
    const row = other.lang === state.lang && document.getElementById(`segment-${other.segment}`);
    if (row) row.querySelector(".presence").textContent = `${other.user} is here`;
  }
}

function positionOf(segmentId) {
  const row = document.getElementById(`segment-${segmentId}`);
  return row ? row.querySelector(".number").textContent : `#${segmentId}`;
}

async function report() {
  const segment = state.active ? Number(state.active.dataset.segment) : null;
  try {
    const { code, data } = await api("POST", url("presence"), { segment });
    if (code === 200) {
      show(data.others);
      if (segment) followComments(segment, data.comments);
    }
  } catch (error) {
    // Offline for a moment: the next poll tries again.
  }
}

export function startPresence() {
  let pending = null;
  document.addEventListener(ACTIVATED, () => {
    clearTimeout(pending);
    pending = setTimeout(report, 500);
  });
  setInterval(report, POLL_SECONDS * 1000);
}
