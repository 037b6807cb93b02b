/**
 * The Glomo Checkout demo: two `<pay-glomo-checkout>` elements (events and redirect mode) against
 * the local provider sandbox, with an event log. `?sandbox=<origin>` points the SDK at another
 * sandbox than `npm start`'s (the end-to-end tests start theirs on a free port).
 */
import '../src/components/glomo-checkout/pay-glomo-checkout.js';
import '../src/components/diagnostics/pay-diagnostics.js';

const DEFAULT_SANDBOX = 'http://127.0.0.1:5174';
const sandbox = new URLSearchParams(location.search).get('sandbox') ?? DEFAULT_SANDBOX;
const sdkUrl = new URL('/glomo/sdk/index.js', sandbox).href;
for (const checkout of document.querySelectorAll('pay-glomo-checkout')) checkout.setAttribute('sdk-url', sdkUrl);

// The diagnostics element checks the sandbox's SDK origin, not Glomo's (which is unreachable offline).
const diagnostics = document.querySelector('pay-diagnostics');
if (diagnostics) diagnostics.hosts = { glomo: { script: [new URL(sandbox).origin] } };

const log = document.querySelector<HTMLOListElement>('#log')!;
const LOGGED = ['pay-success', 'pay-failure', 'pay-pending', 'pay-cancel', 'pay-error', 'pay-bank-transfer-submitted'] as const;
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
