import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in Italian. */
export default {
  'payglocalCheckout.pay': 'Paga',
  'payglocalCheckout.preparing': 'Preparazione del pagamento…',
  'payglocalCheckout.leaving': 'Ti stiamo portando alla pagina di pagamento sicura di PayGlocal…',
  'payglocalCheckout.error.http': 'Il negozio non è riuscito ad avviare il pagamento ({reason}).',
  'payglocalCheckout.error.httpStatus': 'errore HTTP {status}',
  'payglocalCheckout.error.network': 'Impossibile raggiungere il negozio. Controlla la connessione e riprova.',
  'payglocalCheckout.error.timeout': 'Il negozio non ha risposto in tempo. Riprova.',
  'payglocalCheckout.error.format': 'La risposta del negozio non indica dove pagare.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url è obbligatorio: il tuo endpoint che avvia il pagamento e risponde { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} non è un indirizzo http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} non è un indirizzo http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount deve essere un numero intero di unità minori (15000 per 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency deve essere un codice ISO 4217 di tre lettere, ad esempio INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
