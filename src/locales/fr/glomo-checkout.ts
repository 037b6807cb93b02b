import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in French (France). */
export default {
  'glomoCheckout.pay': 'Payer',
  'glomoCheckout.preparing': 'Préparation du paiement…',
  'glomoCheckout.opened': 'La fenêtre de paiement est ouverte. Finalisez-y le paiement.',
  'glomoCheckout.retry': 'Ouvrir la fenêtre de paiement',
  'glomoCheckout.redirect': 'Continuer par redirection',
  'glomoCheckout.succeeded': 'Paiement accepté.',
  'glomoCheckout.failed': 'Le paiement a échoué : {message}',
  'glomoCheckout.pending': 'Informations du virement reçues. Le paiement n’est pas encore confirmé.',
  'glomoCheckout.cancelled': 'Le paiement a été annulé.',
  'glomoCheckout.coop.offer': 'Vous pouvez continuer par redirection : le résultat reviendra alors par la page de retour de la boutique.',
  'glomoCheckout.coop.callbackHint': 'Ou utilisez le mode redirection (callback-url et mode="redirect") pour que le résultat revienne par la page de retour de la boutique.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key est obligatoire : la clé publique du tableau de bord Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key contient une clé secrète (sk_…). Une clé secrète n’a jamais sa place dans un navigateur : utilisez la clé publique, et renouvelez cette clé secrète dès maintenant.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> a besoin de order-id (la commande créée par votre serveur) ou de order-url (votre endpoint qui la crée).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} n’est pas une adresse http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} doit être une adresse https (http uniquement sur un hôte loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" a besoin de callback-url : la route de la boutique qui vérifie le résultat.',
  'glomoCheckout.config.sdk': 'Glomo Checkout a refusé ses options : {reason}',
  'glomoCheckout.error.order': 'La boutique n’a pas pu créer la commande ({reason}).',
  'glomoCheckout.error.orderFormat': 'L’endpoint de commande de la boutique a répondu sans order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout n’a pas pu ouvrir sa fenêtre : {reason}',
  'glomoCheckout.error.sdkExport': 'Le script Glomo Checkout {url} ne fournit pas de classe GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
