import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in French (France). */
export default {
  'payglobeCheckout.pay': 'Payer {amount}',
  'payglobeCheckout.payPlain': 'Payer',
  'payglobeCheckout.payAgain': 'Réessayer',
  'payglobeCheckout.checkoutLabel': 'Paiement PayGlobe',
  'payglobeCheckout.preparing': 'Préparation du paiement…',
  'payglobeCheckout.opened': 'Le paiement PayGlobe est ouvert ci-dessous. Finalisez-y le paiement.',
  'payglobeCheckout.redirecting': 'Redirection vers le paiement PayGlobe…',
  'payglobeCheckout.confirming': 'Confirmation du paiement…',
  'payglobeCheckout.succeeded': 'Paiement accepté : {amount}.',
  'payglobeCheckout.succeededPlain': 'Paiement accepté.',
  'payglobeCheckout.succeededSplit': 'Paiement accepté : {card} par carte et {voucher} en titres-restaurant.',
  'payglobeCheckout.failed': 'Le paiement a échoué : {message}',
  'payglobeCheckout.cancelled': 'Le paiement a été annulé.',
  'payglobeCheckout.error': 'Le paiement n’a pas pu aboutir : {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key doit être votre clé publiable PayGlobe (pk_test_… ou pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key contient une clé secrète (sk_…). Une clé secrète n’a jamais sa place dans un navigateur : utilisez la clé publiable (pk_…), et renouvelez cette clé secrète dès maintenant.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" n’est pas un nombre entier positif d’unités mineures de {currency} (15000 EUR font 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email doit être l’adresse e-mail du client (PayGlobe y envoie le justificatif).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" n’est ni "iframe" ni "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} est refusée : {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js ne fournit pas de client PayGlobe utilisable ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe n’a pas pu créer le paiement : {reason}',
  'payglobeCheckout.error.open': 'PayGlobe n’a pas pu ouvrir sa page de paiement : {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe n’a pas répondu avec le statut du paiement : {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
