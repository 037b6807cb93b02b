import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Norwegian Bokmål. */
export default {
  'payglocalCheckout.pay': 'Betal',
  'payglocalCheckout.preparing': 'Forbereder betalingen din…',
  'payglocalCheckout.leaving': 'Sender deg videre til PayGlocals sikre betalingsside…',
  'payglocalCheckout.error.http': 'Butikken kunne ikke starte betalingen ({reason}).',
  'payglocalCheckout.error.httpStatus': 'HTTP-status {status}',
  'payglocalCheckout.error.network': 'Fikk ikke kontakt med butikken. Sjekk tilkoblingen din og prøv igjen.',
  'payglocalCheckout.error.timeout': 'Butikken svarte ikke i tide. Prøv igjen.',
  'payglocalCheckout.error.format': 'Butikkens svar sier ikke hvor du skal betale.',
  'payglocalCheckout.config.paymentUrl':
    '<pay-payglocal-checkout> payment-url er påkrevd: endepunktet ditt som starter betalingen og svarer { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid':
    '<pay-payglocal-checkout> payment-url {url} er ikke en http(s)-adresse.',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} er ikke en http(s)-adresse.',
  'payglocalCheckout.config.amount':
    '<pay-payglocal-checkout> amount må være et heltall i minste valutaenhet (15000 for 150,00).',
  'payglocalCheckout.config.currency':
    '<pay-payglocal-checkout> currency må være en ISO 4217-kode på tre bokstaver, for eksempel INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
