// Approving a document (or what the filter lists) at once: every translated segment becomes
// reviewed, except those with QA errors, which the answer names. The server takes a batch per
// request (QA runs on each segment), so a live region beside the button counts on while the
// next batch is asked for; the page is then reloaded, showing the new statuses and the server's
// message (flashes.js has a screen reader read it).

import { api, url } from "./api.js";

export function startApproving() {
  const button = document.getElementById("approve-all");
  if (!button) return;
  button.addEventListener("click", async () => {
    if (!window.confirm("Approve every translated segment (those with QA errors stay translated)?")) return;
    button.disabled = true;
    const filter = JSON.parse(button.dataset.filter);
    const soFar = { approved: 0, held: [] };
    let after = 0;
    while (after !== null) {
      const { code, data } = await api("POST", url("approve"), { filter, after, so_far: soFar });
      if (code !== 200) {
        button.disabled = false;
        document.getElementById("approve-progress").textContent = "";
        return window.alert(`${data.error || `Not approved (${code}).`}${soFar.approved ? ` ${soFar.approved} were approved before this.` : ""}`);
      }
      soFar.approved += data.approved;
      soFar.held.push(...data.held);
      after = data.next;
      // In a live region: the button, disabled, has lost the focus and is not read again.
      document.getElementById("approve-progress").textContent = `Approving… ${soFar.approved} approved`;
    }
    location.reload();
  });
}
