/**
 * Demo of `<pay-multibanco>`: a reference issued by the demo shop through the local SIBS
 * sandbox, every event written to the log, and a link to the sandbox's "ATM" to pay it.
 */
import '../src/components/multibanco/pay-multibanco.js';
import type { PayMultibanco } from '../src/components/multibanco/pay-multibanco.js';
import { logEvents } from './sibs-log.js';

const DEFAULT_SANDBOX = 'http://127.0.0.1:5174';
const sandbox = new URLSearchParams(location.search).get('sandbox') ?? DEFAULT_SANDBOX;

const element = document.querySelector<PayMultibanco>('#multibanco')!;
const atmLink = document.querySelector<HTMLElement>('#atm-link')!;
const atmUrl = document.querySelector<HTMLAnchorElement>('#atm-url')!;

logEvents(element, document.querySelector<HTMLOListElement>('#log')!, document.querySelector('#clear-log')!);

element.addEventListener('pay-pending', (event) => {
  const url = new URL('/sibs/multibanco', sandbox);
  url.searchParams.set('transactionId', event.detail.paymentId ?? '');
  atmUrl.href = url.href;
  atmLink.hidden = false;
});

document.querySelector('#reset')!.addEventListener('click', () => {
  atmLink.hidden = true;
  element.reset();
});
