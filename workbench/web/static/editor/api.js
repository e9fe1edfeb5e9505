// Talking to the server: every URL comes from the data attributes the server wrote on #editor
// (url_for), so the editor works under any URL prefix; JSON in and out, with the CSRF token.

const root = document.getElementById("editor");
const placeholder = root ? root.dataset.idPlaceholder : "";

// url("panels", 12) -> the panels URL of segment 12; url("progress") -> the progress URL.
export function url(name, id) {
  const template = root.dataset[`${name}Url`];
  if (template === undefined) throw new Error(`no ${name} URL on #editor`);
  return id === undefined ? template : template.replace(placeholder, String(id));
}

export async function api(method, address, body) {
  const csrfToken = document.querySelector('meta[name="csrf-token"]').content;
  const response = await fetch(address, {
    method,
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", Accept: "application/json", "X-CSRFToken": csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data;
  try {
    data = await response.json();
  } catch (error) {
    data = { error: `The server answered ${response.status}.` };
  }
  return { code: response.status, data };
}
