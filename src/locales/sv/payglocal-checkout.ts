import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Swedish. */
export default {
  'payglocalCheckout.pay': 'Betala',
  'payglocalCheckout.preparing': 'Förbereder din betalning…',
  'payglocalCheckout.leaving': 'Skickar dig till PayGlocals säkra betalsida…',
  'payglocalCheckout.error.http': 'Butiken kunde inte starta betalningen ({reason}).',
  'payglocalCheckout.error.httpStatus': 'HTTP-status {status}',
  'payglocalCheckout.error.network': 'Det gick inte att nå butiken. Kontrollera din anslutning och försök igen.',
  'payglocalCheckout.error.timeout': 'Butiken svarade inte i tid. Försök igen.',
  'payglocalCheckout.error.format': 'Butikens svar anger inte var betalningen ska göras.',
  'payglocalCheckout.config.paymentUrl':
    '<pay-payglocal-checkout> payment-url krävs: din slutpunkt som initierar betalningen och svarar { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} är inte en http(s)-adress.',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} är inte en http(s)-adress.',
  'payglocalCheckout.config.amount':
    '<pay-payglocal-checkout> amount måste vara ett heltal i minsta valutaenhet (15000 för 150,00).',
  'payglocalCheckout.config.currency':
    '<pay-payglocal-checkout> currency måste vara en ISO 4217-kod på tre bokstäver, till exempel INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
