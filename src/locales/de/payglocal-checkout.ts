import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in German. */
export default {
  'payglocalCheckout.pay': 'Bezahlen',
  'payglocalCheckout.preparing': 'Ihre Zahlung wird vorbereitet…',
  'payglocalCheckout.leaving': 'Sie werden zur sicheren Bezahlseite von PayGlocal weitergeleitet…',
  'payglocalCheckout.error.http': 'Der Shop konnte die Zahlung nicht starten ({reason}).',
  'payglocalCheckout.error.httpStatus': 'HTTP-Status {status}',
  'payglocalCheckout.error.network': 'Der Shop ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  'payglocalCheckout.error.timeout': 'Der Shop hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut.',
  'payglocalCheckout.error.format': 'Die Antwort des Shops gibt nicht an, wo bezahlt werden soll.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url ist erforderlich: Ihr Endpunkt, der die Zahlung einleitet und mit { redirectUrl } antwortet.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} ist keine http(s)-Adresse.',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} ist keine http(s)-Adresse.',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount muss eine ganze Zahl kleinster Währungseinheiten sein (15000 für 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency muss ein dreistelliger ISO-4217-Code wie INR sein.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
