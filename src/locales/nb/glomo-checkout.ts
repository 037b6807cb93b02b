import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Norwegian Bokmål. */
export default {
  'glomoCheckout.pay': 'Betal',
  'glomoCheckout.preparing': 'Forbereder betalingen…',
  'glomoCheckout.opened': 'Betalingsvinduet er åpent. Fullfør betalingen der.',
  'glomoCheckout.retry': 'Åpne betalingsvinduet',
  'glomoCheckout.redirect': 'Fortsett med omdirigering',
  'glomoCheckout.succeeded': 'Betalingen er godkjent.',
  'glomoCheckout.failed': 'Betalingen mislyktes: {message}',
  'glomoCheckout.pending': 'Overføringsdetaljene er mottatt. Betalingen er ikke bekreftet ennå.',
  'glomoCheckout.cancelled': 'Betalingen ble avbrutt.',
  'glomoCheckout.coop.offer':
    'Du kan fortsette med omdirigering: resultatet kommer da tilbake via butikkens returside.',
  'glomoCheckout.coop.callbackHint':
    'Eller bruk omdirigeringsmodus (callback-url og mode="redirect"), slik at resultatet kommer tilbake via butikkens returside.',
  'glomoCheckout.config.publicKey':
    '<pay-glomo-checkout> public-key er påkrevd: den offentlige nøkkelen fra Glomo-dashbordet.',
  'glomoCheckout.config.secretKey':
    '<pay-glomo-checkout> public-key inneholder en hemmelig nøkkel (sk_…). Hemmelige nøkler hører aldri hjemme i en nettleser: bruk den offentlige nøkkelen, og bytt ut denne hemmelige nøkkelen nå.',
  'glomoCheckout.config.orderId':
    '<pay-glomo-checkout> trenger order-id (ordren serveren din opprettet) eller order-url (endepunktet ditt som oppretter den).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} er ikke en http(s)-adresse.',
  'glomoCheckout.config.callbackUrl':
    '<pay-glomo-checkout> callback-url {url} må være en https-adresse (http bare på en loopback-vert).',
  'glomoCheckout.config.mode':
    '<pay-glomo-checkout> mode="redirect" trenger callback-url: butikkens rute som verifiserer resultatet.',
  'glomoCheckout.config.sdk': 'Glomo Checkout avviste innstillingene sine: {reason}',
  'glomoCheckout.error.order': 'Butikken kunne ikke opprette ordren ({reason}).',
  'glomoCheckout.error.orderFormat': 'Butikkens ordre-endepunkt svarte uten order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout klarte ikke å åpne vinduet sitt: {reason}',
  'glomoCheckout.error.sdkExport': 'Glomo Checkout-skriptet {url} tilbyr ingen GlomoCheckoutApi-klasse.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
