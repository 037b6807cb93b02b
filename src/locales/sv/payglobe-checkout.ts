import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Swedish. */
export default {
  'payglobeCheckout.pay': 'Betala {amount}',
  'payglobeCheckout.payPlain': 'Betala',
  'payglobeCheckout.payAgain': 'Försök igen',
  'payglobeCheckout.checkoutLabel': 'PayGlobe-kassa',
  'payglobeCheckout.preparing': 'Förbereder betalningen…',
  'payglobeCheckout.opened': 'PayGlobe-kassan är öppen nedan. Slutför betalningen där.',
  'payglobeCheckout.redirecting': 'Skickar dig till PayGlobe-kassan…',
  'payglobeCheckout.confirming': 'Bekräftar betalningen…',
  'payglobeCheckout.succeeded': 'Betalningen har godkänts: {amount}.',
  'payglobeCheckout.succeededPlain': 'Betalningen har godkänts.',
  'payglobeCheckout.succeededSplit': 'Betalningen har godkänts: {card} med kort och {voucher} med måltidskuponger.',
  'payglobeCheckout.failed': 'Betalningen misslyckades: {message}',
  'payglobeCheckout.cancelled': 'Betalningen avbröts.',
  'payglobeCheckout.error': 'Betalningen kunde inte genomföras: {message}',
  'payglobeCheckout.config.publishableKey':
    '<pay-payglobe-checkout> publishable-key måste vara din publicerbara PayGlobe-nyckel (pk_test_… eller pk_live_…).',
  'payglobeCheckout.config.secretKey':
    '<pay-payglobe-checkout> publishable-key innehåller en hemlig nyckel (sk_…). Hemliga nycklar hör aldrig hemma i en webbläsare: använd den publicerbara nyckeln (pk_…) och byt ut den här hemliga nyckeln nu.',
  'payglobeCheckout.config.amount':
    '<pay-payglobe-checkout> amount ”{amount}” är inte ett positivt heltal i minsta valutaenhet för {currency} (15000 EUR är 150,00 €).',
  'payglobeCheckout.config.email':
    '<pay-payglobe-checkout> email måste vara kundens e-postadress (PayGlobe skickar kvittot dit).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode ”{mode}” är varken ”iframe” eller ”redirect”.',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} nekas: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js tillhandahåller ingen användbar PayGlobe-klient ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe kunde inte skapa betalningen: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe kunde inte öppna sin kassa: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe svarade inte med betalningsstatusen: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
