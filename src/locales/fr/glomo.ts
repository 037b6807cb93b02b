import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in French (France). */
export default {
  'glomo.callback.missing': 'Cette page a été ouverte sans résultat de paiement Glomo.',
  'glomo.callback.invalid': 'Le résultat de paiement Glomo contenu dans cette adresse est mal formé.',
  'glomo.callback.refused': 'La boutique n’a pas pu vérifier le résultat du paiement ({reason}).',
  'glomo.payment.failed': 'Le paiement a échoué.',
  'glomo.response.invalid': 'Le serveur de paiement a envoyé une réponse qui n’est pas un paiement Glomo.',
  'glomo.event.invalid': 'Glomo Checkout a envoyé un payload {event} mal formé.',
} satisfies Catalog<typeof glomoMessages>;
