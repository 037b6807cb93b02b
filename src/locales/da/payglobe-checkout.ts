import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Danish. */
export default {
  'payglobeCheckout.pay': 'Betal {amount}',
  'payglobeCheckout.payPlain': 'Betal',
  'payglobeCheckout.payAgain': 'Prøv igen',
  'payglobeCheckout.checkoutLabel': 'PayGlobe-betaling',
  'payglobeCheckout.preparing': 'Forbereder betalingen…',
  'payglobeCheckout.opened': 'PayGlobe-betalingen er åben nedenfor. Gennemfør betalingen der.',
  'payglobeCheckout.redirecting': 'Sender dig videre til PayGlobe-betalingen…',
  'payglobeCheckout.confirming': 'Bekræfter betalingen…',
  'payglobeCheckout.succeeded': 'Betalingen er godkendt: {amount}.',
  'payglobeCheckout.succeededPlain': 'Betalingen er godkendt.',
  'payglobeCheckout.succeededSplit': 'Betalingen er godkendt: {card} med kort og {voucher} med madkuponer.',
  'payglobeCheckout.failed': 'Betalingen mislykkedes: {message}',
  'payglobeCheckout.cancelled': 'Betalingen blev annulleret.',
  'payglobeCheckout.error': 'Betalingen kunne ikke gennemføres: {message}',
  'payglobeCheckout.config.publishableKey':
    '<pay-payglobe-checkout> publishable-key skal være din offentlige PayGlobe-nøgle (pk_test_… eller pk_live_…).',
  'payglobeCheckout.config.secretKey':
    '<pay-payglobe-checkout> publishable-key indeholder en hemmelig nøgle (sk_…). Hemmelige nøgler hører aldrig hjemme i en browser: brug den offentlige nøgle (pk_…), og udskift denne hemmelige nøgle nu.',
  'payglobeCheckout.config.amount':
    '<pay-payglobe-checkout> amount »{amount}« er ikke et positivt heltal i mindste valutaenhed for {currency} (15000 EUR er 150,00 €).',
  'payglobeCheckout.config.email':
    '<pay-payglobe-checkout> email skal være kundens e-mailadresse (PayGlobe sender kvitteringen dertil).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode »{mode}« er hverken »iframe« eller »redirect«.',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} afvises: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js stiller ingen brugbar PayGlobe-klient til rådighed ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe kunne ikke oprette betalingen: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe kunne ikke åbne sin betalingsside: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe svarede ikke med betalingsstatus: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
