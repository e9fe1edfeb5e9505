// Approving a document (or what the filter lists) at once: every translated segment becomes
// reviewed, except those with QA errors, which the answer names. The page is then reloaded,
// showing the new statuses and the server's message.

import { api, url } from "./api.js";

export function startApproving() {
  const button = document.getElementById("approve-all");
  if (!button) return;
  button.addEventListener("click", async () => {
    if (!window.confirm("Approve every translated segment (those with QA errors stay translated)?")) return;
    button.disabled = true;
    const { code, data } = await api("POST", url("approve"), { filter: JSON.parse(button.dataset.filter) });
    if (code !== 200) {
      button.disabled = false;
      return window.alert(data.error || `Not approved (${code}).`);
    }
    location.reload();
  });
}
