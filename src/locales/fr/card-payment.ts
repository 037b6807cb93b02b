import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in French (France). */
export default {
  'cardPayment.modal.title': 'Confirmez votre paiement auprès de votre banque',
  'cardPayment.waiting.newTab': 'Finalisez le paiement dans le nouvel onglet. Cette page se mettra à jour automatiquement.',
  'cardPayment.waiting.host': 'En attente de la confirmation de votre banque…',
  'cardPayment.succeeded': 'Paiement effectué. Merci !',
  'cardPayment.cancelled': 'Paiement annulé. Les informations de votre carte sont toujours là si vous souhaitez réessayer.',
  'cardPayment.declined': 'Le paiement a été refusé : {reason}',
  'cardPayment.declined.generic': 'Le paiement a été refusé. Réessayez ou utilisez une autre carte.',
  'cardPayment.retry': 'Le paiement n’a pas pu aboutir. Veuillez réessayer.',
  'cardPayment.error.network': '<pay-card-payment> n’a pas pu joindre payment-url {url} : {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} a répondu HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} n’a pas répondu en JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} n’a pas répondu avec un paiement Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS a demandé une étape 3-D Secure que cette page ne peut pas exécuter ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" n’est pas pris en charge : utilisez "glomo" ou "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> a besoin de payment-url : l’endpoint de la boutique qui lance le paiement (une URL http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> a besoin de status-url : un modèle d’URL http(s) sur le serveur de la boutique contenant {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" ne fait pas partie de iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
