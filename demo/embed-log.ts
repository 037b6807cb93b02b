/**
 * The event log of the embedding-style demo pages (demo/embed-*.html): one line per pay-* event,
 * newest first, as `<time> <event> <detail as JSON>`. The script-tag page writes the same lines
 * from its own inline script (it uses no modules).
 */

/** The events a `<pay-card-payment>` fires: what a merchant's code listens to. */
export const PAYMENT_EVENTS = ['pay-pending', 'pay-redirect', 'pay-success', 'pay-failure', 'pay-cancel', 'pay-error'] as const;

const log = (): HTMLOListElement => document.querySelector<HTMLOListElement>('#log')!;

/** Adds one line to the page's log. */
export function logEvent(name: string, detail: unknown): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(detail)}`;
  log().prepend(item);
}

/** Logs a framework's event callback: `(event) => …` for one event name. */
export const logged = (name: string) => (event: Event): void => logEvent(name, (event as CustomEvent).detail);

document.querySelector('#clear-log')?.addEventListener('click', () => log().replaceChildren());
