/**
 * Demo of `<pay-card-payment provider="sibs">`: SIBS's card purchase through the demo shop and
 * the local SIBS sandbox, with 3-D Secure in each redirect mode; every event written to the log.
 */
import '../src/components/card-payment/pay-card-payment.js';
import type { PayCardPayment } from '../src/components/card-payment/pay-card-payment.js';
import type { CardPaymentRedirect } from '../src/components/card-payment/card-payment-config.js';
import { logEvents } from './sibs-log.js';

const payment = document.querySelector<PayCardPayment>('#payment')!;
const mode = document.querySelector<HTMLSelectElement>('#redirect-mode')!;
const hostLink = document.querySelector<HTMLElement>('#host-link')!;
const hostUrl = document.querySelector<HTMLAnchorElement>('#host-url')!;

// The card never reaches these events: `pay-card-submit` stays inside the element.
logEvents(payment, document.querySelector<HTMLOListElement>('#log')!, document.querySelector('#clear-log')!);

payment.addEventListener('pay-redirect', (event) => {
  if (payment.redirect !== 'host') return;
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
