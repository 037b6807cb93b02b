/**
 * Embedding with ES modules: the page imports one element's entry and nothing else. In an app
 * the import is `pay-elements/card-payment`; the demo imports the same module from the sources.
 */
import '../src/components/card-payment/pay-card-payment.js';
import { PAYMENT_EVENTS, logged } from './embed-log.js';

const payment = document.querySelector('pay-card-payment')!;
for (const name of PAYMENT_EVENTS) payment.addEventListener(name, logged(name));
