import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Polish. */
export default {
  'payglocalCheckout.pay': 'Zapłać',
  'payglocalCheckout.preparing': 'Przygotowujemy płatność…',
  'payglocalCheckout.leaving': 'Przekierowujemy na bezpieczną stronę płatności PayGlocal…',
  'payglocalCheckout.error.http': 'Sklep nie mógł rozpocząć płatności ({reason}).',
  'payglocalCheckout.error.httpStatus': 'Status HTTP {status}',
  'payglocalCheckout.error.network': 'Nie można połączyć się ze sklepem. Sprawdź połączenie i spróbuj ponownie.',
  'payglocalCheckout.error.timeout': 'Sklep nie odpowiedział na czas. Spróbuj ponownie.',
  'payglocalCheckout.error.format': 'Odpowiedź sklepu nie wskazuje, gdzie zapłacić.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url jest wymagany: Twój endpoint, który inicjuje płatność i odpowiada { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} nie jest adresem http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} nie jest adresem http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount musi być liczbą całkowitą najmniejszych jednostek waluty (15000 dla 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency musi być trzyliterowym kodem ISO 4217, np. INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
