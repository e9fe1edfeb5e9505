// The server's messages on a page it answered with (an approve-all's result, a refused filter)
// are told to a screen reader too: a live region that already holds its text when the page
// loads is not read, so the messages are taken out and put back once the page is there.

const flashes = document.querySelector(".flashes");
if (flashes) {
  const messages = [...flashes.childNodes];
  flashes.replaceChildren();
  setTimeout(() => flashes.replaceChildren(...messages), 250);
}
