import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Danish. */
export default {
  'payglocalCheckout.pay': 'Betal',
  'payglocalCheckout.preparing': 'Forbereder din betaling…',
  'payglocalCheckout.leaving': 'Sender dig videre til PayGlocals sikre betalingsside…',
  'payglocalCheckout.error.http': 'Butikken kunne ikke starte betalingen ({reason}).',
  'payglocalCheckout.error.httpStatus': 'HTTP-status {status}',
  'payglocalCheckout.error.network': 'Butikken kunne ikke nås. Tjek din forbindelse, og prøv igen.',
  'payglocalCheckout.error.timeout': 'Butikken svarede ikke i tide. Prøv igen.',
  'payglocalCheckout.error.format': 'Butikkens svar siger ikke, hvor der skal betales.',
  'payglocalCheckout.config.paymentUrl':
    '<pay-payglocal-checkout> payment-url er påkrævet: dit endpoint, der starter betalingen og svarer { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid':
    '<pay-payglocal-checkout> payment-url {url} er ikke en http(s)-adresse.',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} er ikke en http(s)-adresse.',
  'payglocalCheckout.config.amount':
    '<pay-payglocal-checkout> amount skal være et heltal i mindste valutaenhed (15000 for 150,00).',
  'payglocalCheckout.config.currency':
    '<pay-payglocal-checkout> currency skal være en ISO 4217-kode på tre bogstaver, f.eks. INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
