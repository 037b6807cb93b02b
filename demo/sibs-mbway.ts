/**
 * Demo of `<pay-mbway>`: the MB WAY flow against the demo shop and the local SIBS sandbox, every
 * event written to the log, and a link to the sandbox's "phone app" once a request is sent.
 */
import '../src/components/mbway/pay-mbway.js';
import type { PayMbway } from '../src/components/mbway/pay-mbway.js';
import { logEvents } from './sibs-log.js';

const DEFAULT_SANDBOX = 'http://127.0.0.1:5174';
const sandbox = new URLSearchParams(location.search).get('sandbox') ?? DEFAULT_SANDBOX;

const mbway = document.querySelector<PayMbway>('#mbway')!;
const timeout = document.querySelector<HTMLInputElement>('#timeout')!;
const phoneLink = document.querySelector<HTMLElement>('#phone-link')!;
const phoneUrl = document.querySelector<HTMLAnchorElement>('#phone-url')!;

logEvents(mbway, document.querySelector<HTMLOListElement>('#log')!, document.querySelector('#clear-log')!);

mbway.addEventListener('pay-pending', (event) => {
  const url = new URL('/sibs/mbway', sandbox);
  url.searchParams.set('transactionId', event.detail.paymentId ?? '');
  phoneUrl.href = url.href;
  phoneLink.hidden = false;
});
for (const name of ['pay-success', 'pay-failure', 'pay-cancel', 'pay-error'] as const) {
  mbway.addEventListener(name, () => { phoneLink.hidden = true; });
}

timeout.addEventListener('change', () => {
  mbway.timeout = Number(timeout.value);
});
document.querySelector('#reset')!.addEventListener('click', () => {
  phoneLink.hidden = true;
  mbway.reset();
});
