/**
 * Demo of `<pay-card-payment>`: the whole Glomo server-to-server flow against the local sandbox,
 * every event it fires written to the log. Switch the redirect mode to see each one.
 */
import '../src/components/card-payment/pay-card-payment.js';
import type { PayCardPayment } from '../src/components/card-payment/pay-card-payment.js';
import type { CardPaymentRedirect } from '../src/components/card-payment/card-payment-config.js';

const payment = document.querySelector<PayCardPayment>('#payment')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const mode = document.querySelector<HTMLSelectElement>('#redirect-mode')!;
const hostLink = document.querySelector<HTMLElement>('#host-link')!;
const hostUrl = document.querySelector<HTMLAnchorElement>('#host-url')!;

function record(name: string, detail: unknown): void {
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(detail)}`;
  log.prepend(item);
}

// The card never reaches these events: `pay-card-submit` stays inside the element.
const LOGGED = ['pay-pending', 'pay-redirect', 'pay-success', 'pay-failure', 'pay-cancel', 'pay-error'] as const;
for (const name of LOGGED) payment.addEventListener(name, (event) => record(name, event.detail));

payment.addEventListener('pay-redirect', (event) => {
  if (payment.redirect !== 'host') return;
  // What a WebView host would do with the URL; here, a link for the tester.
  hostUrl.href = event.detail.url;
  hostLink.hidden = false;
});
for (const name of ['pay-success', 'pay-failure', 'pay-cancel', 'pay-error'] as const) {
  payment.addEventListener(name, () => { hostLink.hidden = true; });
}

mode.addEventListener('change', () => {
  payment.redirect = mode.value as CardPaymentRedirect;
});
document.querySelector('#reset')!.addEventListener('click', () => payment.reset());
document.querySelector('#clear-log')!.addEventListener('click', () => log.replaceChildren());
