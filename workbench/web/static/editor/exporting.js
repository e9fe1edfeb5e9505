// Export buttons download through fetch, so the exporter's warnings (untranslated segments in
// the source language, unconfirmed drafts, with counts) can be shown beside the buttons. "reviewed
// only" asks for reviewed translations alone (what a newsroom publishes).

import { el } from "./dom.js";

export function startExports() {
  const warningsBox = document.getElementById("export-warnings");
  const reviewedOnly = document.getElementById("export-reviewed-only");
  for (const link of document.querySelectorAll(".exports a[download]")) {
    link.addEventListener("click", async (event) => {
      event.preventDefault();
      const wanted = new URL(link.href);
      if (reviewedOnly && reviewedOnly.checked) wanted.searchParams.set("reviewed", "1");
      const response = await fetch(wanted, { credentials: "same-origin" });
      if (!response.ok) {
        warningsBox.textContent = `Export failed: the server answered ${response.status}.`;
        warningsBox.hidden = false;
        return;
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
      const address = URL.createObjectURL(await response.blob());
      const download = el("a", { href: address, download: name ? name[1] : "" });
      document.body.append(download);
      download.click();
      download.remove();
      URL.revokeObjectURL(address);
      const warnings = JSON.parse(response.headers.get("X-Workbench-Warnings") || "[]");
      warningsBox.textContent = warnings.length ? `${link.textContent}: ${warnings.join("; ")}` : "";
      warningsBox.hidden = !warnings.length;
    });
  }
}
