import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Danish. */
export default {
  'glomoCheckout.pay': 'Betal',
  'glomoCheckout.preparing': 'Forbereder betalingen…',
  'glomoCheckout.opened': 'Betalingsvinduet er åbent. Gennemfør betalingen der.',
  'glomoCheckout.retry': 'Åbn betalingsvinduet',
  'glomoCheckout.redirect': 'Fortsæt med omdirigering',
  'glomoCheckout.succeeded': 'Betalingen er godkendt.',
  'glomoCheckout.failed': 'Betalingen mislykkedes: {message}',
  'glomoCheckout.pending': 'Overførselsoplysningerne er modtaget. Betalingen er endnu ikke bekræftet.',
  'glomoCheckout.cancelled': 'Betalingen blev annulleret.',
  'glomoCheckout.coop.offer':
    'Du kan fortsætte med omdirigering: resultatet kommer så tilbage via butikkens returside.',
  'glomoCheckout.coop.callbackHint':
    'Eller brug omdirigeringstilstanden (callback-url og mode="redirect"), så resultatet kommer tilbage via butikkens returside.',
  'glomoCheckout.config.publicKey':
    '<pay-glomo-checkout> public-key er påkrævet: den offentlige nøgle fra Glomo-dashboardet.',
  'glomoCheckout.config.secretKey':
    '<pay-glomo-checkout> public-key indeholder en hemmelig nøgle (sk_…). Hemmelige nøgler hører aldrig hjemme i en browser: brug den offentlige nøgle, og udskift denne hemmelige nøgle nu.',
  'glomoCheckout.config.orderId':
    '<pay-glomo-checkout> kræver order-id (ordren, din server oprettede) eller order-url (dit endpoint, der opretter den).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} er ikke en http(s)-adresse.',
  'glomoCheckout.config.callbackUrl':
    '<pay-glomo-checkout> callback-url {url} skal være en https-adresse (http kun på en loopback-vært).',
  'glomoCheckout.config.mode':
    '<pay-glomo-checkout> mode="redirect" kræver callback-url: butikkens route, der verificerer resultatet.',
  'glomoCheckout.config.sdk': 'Glomo Checkout afviste sine indstillinger: {reason}',
  'glomoCheckout.error.order': 'Butikken kunne ikke oprette ordren ({reason}).',
  'glomoCheckout.error.orderFormat': 'Butikkens ordre-endpoint svarede uden order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout kunne ikke åbne sit vindue: {reason}',
  'glomoCheckout.error.sdkExport': 'Glomo Checkout-scriptet {url} stiller ingen GlomoCheckoutApi-klasse til rådighed.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
