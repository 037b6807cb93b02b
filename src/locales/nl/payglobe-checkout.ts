import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Dutch. */
export default {
  'payglobeCheckout.pay': '{amount} betalen',
  'payglobeCheckout.payPlain': 'Betalen',
  'payglobeCheckout.payAgain': 'Opnieuw proberen',
  'payglobeCheckout.checkoutLabel': 'Betaalpagina van PayGlobe',
  'payglobeCheckout.preparing': 'Betaling wordt voorbereid…',
  'payglobeCheckout.opened': 'De betaalpagina van PayGlobe is hieronder geopend. Rond de betaling daar af.',
  'payglobeCheckout.redirecting': 'Je wordt doorgestuurd naar de betaalpagina van PayGlobe…',
  'payglobeCheckout.confirming': 'Betaling wordt bevestigd…',
  'payglobeCheckout.succeeded': 'Betaling geslaagd: {amount}.',
  'payglobeCheckout.succeededPlain': 'Betaling geslaagd.',
  'payglobeCheckout.succeededSplit': 'Betaling geslaagd: {card} met je kaart en {voucher} met maaltijdbonnen.',
  'payglobeCheckout.failed': 'De betaling is mislukt: {message}',
  'payglobeCheckout.cancelled': 'De betaling is geannuleerd.',
  'payglobeCheckout.error': 'De betaling kon niet worden voltooid: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key moet je publiceerbare PayGlobe-sleutel zijn (pk_test_… of pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key bevat een geheime sleutel (sk_…). Geheime sleutels horen nooit in een browser: gebruik de publiceerbare sleutel (pk_…) en vervang deze geheime sleutel nu.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" is geen positief geheel aantal kleinste eenheden van {currency} (15000 EUR is € 150,00).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email moet het e-mailadres van de klant zijn (PayGlobe stuurt het betaalbewijs daarheen).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" is niet "iframe" of "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} wordt geweigerd: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js biedt geen bruikbare PayGlobe-client ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe kon de betaling niet aanmaken: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe kon zijn betaalpagina niet openen: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe gaf de betaalstatus niet door: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
