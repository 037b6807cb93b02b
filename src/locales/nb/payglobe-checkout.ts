import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Norwegian Bokmål. */
export default {
  'payglobeCheckout.pay': 'Betal {amount}',
  'payglobeCheckout.payPlain': 'Betal',
  'payglobeCheckout.payAgain': 'Prøv igjen',
  'payglobeCheckout.checkoutLabel': 'PayGlobe-betaling',
  'payglobeCheckout.preparing': 'Forbereder betalingen…',
  'payglobeCheckout.opened': 'PayGlobe-betalingen er åpen nedenfor. Fullfør betalingen der.',
  'payglobeCheckout.redirecting': 'Sender deg videre til PayGlobe-betalingen…',
  'payglobeCheckout.confirming': 'Bekrefter betalingen…',
  'payglobeCheckout.succeeded': 'Betalingen er godkjent: {amount}.',
  'payglobeCheckout.succeededPlain': 'Betalingen er godkjent.',
  'payglobeCheckout.succeededSplit': 'Betalingen er godkjent: {card} med kort og {voucher} med matkuponger.',
  'payglobeCheckout.failed': 'Betalingen mislyktes: {message}',
  'payglobeCheckout.cancelled': 'Betalingen ble avbrutt.',
  'payglobeCheckout.error': 'Betalingen kunne ikke fullføres: {message}',
  'payglobeCheckout.config.publishableKey':
    '<pay-payglobe-checkout> publishable-key må være din offentlige PayGlobe-nøkkel (pk_test_… eller pk_live_…).',
  'payglobeCheckout.config.secretKey':
    '<pay-payglobe-checkout> publishable-key inneholder en hemmelig nøkkel (sk_…). Hemmelige nøkler hører aldri hjemme i en nettleser: bruk den offentlige nøkkelen (pk_…), og bytt ut denne hemmelige nøkkelen nå.',
  'payglobeCheckout.config.amount':
    '<pay-payglobe-checkout> amount «{amount}» er ikke et positivt heltall i minste valutaenhet for {currency} (15000 EUR er 150,00 €).',
  'payglobeCheckout.config.email':
    '<pay-payglobe-checkout> email må være kundens e-postadresse (PayGlobe sender kvitteringen dit).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode «{mode}» er verken «iframe» eller «redirect».',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} avvises: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js tilbyr ingen brukbar PayGlobe-klient ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe kunne ikke opprette betalingen: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe kunne ikke åpne betalingssiden sin: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe svarte ikke med betalingsstatusen: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
