import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in French (France). */
export default {
  'sibs.error.network': 'Impossible de joindre l’endpoint de paiement de la boutique {url} : {reason}.',
  'sibs.error.timeout': 'L’endpoint de paiement de la boutique {url} n’a pas répondu en {seconds} s.',
  'sibs.error.http': 'L’endpoint de paiement de la boutique {url} a répondu HTTP {status}{detail}.',
  'sibs.error.json': 'L’endpoint de paiement de la boutique {url} n’a pas répondu en JSON.',
  'sibs.error.response': 'L’endpoint de paiement de la boutique {url} n’a pas renvoyé de {what} SIBS ({reason}).',
  'sibs.what.mbway': 'achat MB WAY',
  'sibs.what.multibanco': 'référence Multibanco',
  'sibs.what.card': 'achat par carte',
  'sibs.declined': 'Le paiement a été refusé.',
  'sibs.refused': 'Le paiement a été refusé dans l’application MB WAY.',
  'sibs.expired': 'La demande de paiement a expiré.',
  'sibs.referenceExpired': 'La référence Multibanco a expiré avant d’être payée.',
  'sibs.failed': 'Le paiement a échoué ({status}).',
  'sibs.config.paymentUrl': '{element} a besoin de payment-url : l’endpoint de la boutique qui lance le paiement (une URL http(s)).',
  'sibs.config.statusUrl': '{element} a besoin de status-url : un modèle d’URL http(s) sur le serveur de la boutique contenant {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
