import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Swedish. */
export default {
  'glomoCheckout.pay': 'Betala',
  'glomoCheckout.preparing': 'Förbereder betalningen…',
  'glomoCheckout.opened': 'Betalningsfönstret är öppet. Slutför betalningen där.',
  'glomoCheckout.retry': 'Öppna betalningsfönstret',
  'glomoCheckout.redirect': 'Fortsätt med omdirigering',
  'glomoCheckout.succeeded': 'Betalningen har godkänts.',
  'glomoCheckout.failed': 'Betalningen misslyckades: {message}',
  'glomoCheckout.pending': 'Överföringsuppgifterna har tagits emot. Betalningen är inte bekräftad än.',
  'glomoCheckout.cancelled': 'Betalningen avbröts.',
  'glomoCheckout.coop.offer':
    'Du kan fortsätta med omdirigering: resultatet kommer då tillbaka via butikens retursida.',
  'glomoCheckout.coop.callbackHint':
    'Eller använd omdirigeringsläget (callback-url och mode="redirect") så att resultatet kommer tillbaka via butikens retursida.',
  'glomoCheckout.config.publicKey':
    '<pay-glomo-checkout> public-key krävs: den publika nyckeln från Glomos instrumentpanel.',
  'glomoCheckout.config.secretKey':
    '<pay-glomo-checkout> public-key innehåller en hemlig nyckel (sk_…). Hemliga nycklar hör aldrig hemma i en webbläsare: använd den publika nyckeln och byt ut den här hemliga nyckeln nu.',
  'glomoCheckout.config.orderId':
    '<pay-glomo-checkout> behöver order-id (ordern som din server skapade) eller order-url (din slutpunkt som skapar den).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} är inte en http(s)-adress.',
  'glomoCheckout.config.callbackUrl':
    '<pay-glomo-checkout> callback-url {url} måste vara en https-adress (http endast på en loopback-värd).',
  'glomoCheckout.config.mode':
    '<pay-glomo-checkout> mode="redirect" behöver callback-url: butikens route som verifierar resultatet.',
  'glomoCheckout.config.sdk': 'Glomo Checkout nekade sina alternativ: {reason}',
  'glomoCheckout.error.order': 'Butiken kunde inte skapa ordern ({reason}).',
  'glomoCheckout.error.orderFormat': 'Butikens orderslutpunkt svarade utan order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout kunde inte öppna sitt fönster: {reason}',
  'glomoCheckout.error.sdkExport': 'Glomo Checkout-skriptet {url} tillhandahåller ingen GlomoCheckoutApi-klass.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
