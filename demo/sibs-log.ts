/** The SIBS demos' event log: every pay-* event an element fires, newest first. */
const LOGGED = ['pay-pending', 'pay-redirect', 'pay-success', 'pay-failure', 'pay-cancel', 'pay-error'] as const;

export function logEvents(element: HTMLElement, log: HTMLOListElement, clear: Element): void {
  for (const name of LOGGED) {
    element.addEventListener(name, (event) => {
      const item = document.createElement('li');
      item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(event.detail)}`;
      log.prepend(item);
    });
  }
  clear.addEventListener('click', () => log.replaceChildren());
}
