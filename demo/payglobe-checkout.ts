/**
 * The PayGlobe demo: two `<pay-payglobe-checkout>` elements (iframe and redirect mode) against the
 * local provider sandbox's payglobe.js, with an event log. `?sandbox=<origin>` points them at
 * another sandbox than `npm start`'s (the end-to-end tests start theirs on a free port).
 */
import '../src/components/payglobe-checkout/pay-payglobe-checkout.js';

const DEFAULT_SANDBOX = 'http://127.0.0.1:5174';
const sandbox = new URLSearchParams(location.search).get('sandbox') ?? DEFAULT_SANDBOX;
const scriptUrl = new URL('/payglobe/js/payglobe.js', sandbox).href;
for (const checkout of document.querySelectorAll('pay-payglobe-checkout')) checkout.setAttribute('script-url', scriptUrl);

const log = document.querySelector<HTMLOListElement>('#log')!;
const LOGGED = ['pay-redirect', 'pay-success', 'pay-failure', 'pay-pending', 'pay-cancel', 'pay-error'] as const;
for (const name of LOGGED) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const source = (event.target as Element).id || (event.target as Element).localName;
    item.textContent = `${new Date().toLocaleTimeString()} ${source} ${name} ${JSON.stringify(event.detail)}`;
    item.dataset.event = name;
    log.prepend(item);
  });
}
document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());
