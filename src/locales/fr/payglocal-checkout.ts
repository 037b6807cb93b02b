import type { Catalog } from '../../core/messages.js';
import type { payglocalCheckoutMessages } from '../../components/payglocal-checkout/payglocal-checkout.messages.js';

/** `<pay-payglocal-checkout>` in French (France). */
export default {
  'payglocalCheckout.pay': 'Payer',
  'payglocalCheckout.preparing': 'Préparation de votre paiement…',
  'payglocalCheckout.leaving': 'Redirection vers la page de paiement sécurisée de PayGlocal…',
  'payglocalCheckout.error.http': 'La boutique n’a pas pu lancer le paiement ({reason}).',
  'payglocalCheckout.error.httpStatus': 'erreur HTTP {status}',
  'payglocalCheckout.error.network': 'Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.',
  'payglocalCheckout.error.timeout': 'La boutique n’a pas répondu à temps. Réessayez.',
  'payglocalCheckout.error.format': 'La réponse de la boutique n’indique pas où payer.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url est obligatoire : votre endpoint qui initie le paiement et répond { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} n’est pas une adresse http(s).',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} n’est pas une adresse http(s).',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount doit être un nombre entier d’unités mineures (15000 pour 150,00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency doit être un code ISO 4217 à trois lettres, comme INR.',
} satisfies Catalog<typeof payglocalCheckoutMessages>;
