import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in French (France). */
export default {
  'flows.modal.title': 'Confirmez votre paiement',
  'flows.modal.close': 'Fermer',
  'flows.url.invalid': 'ce n’est pas une adresse valide',
  'flows.url.scheme': 'seules les adresses https peuvent être ouvertes',
  'flows.url.credentials': 'l’adresse contient un nom d’utilisateur ou un mot de passe',
  'flows.url.host': '{host} ne fait pas partie des hôtes du prestataire de paiement',
  'flows.error.url': 'Le prestataire de paiement a renvoyé une adresse que cette page n’ouvrira pas : {reason}.',
  'flows.error.message': 'Le prestataire de paiement a envoyé un message dans un format inattendu.',
  'flows.error.popupBlocked': 'Le navigateur a bloqué la fenêtre de paiement. Autorisez les pop-ups pour ce site, ou réessayez.',
  'flows.error.coopBlocked': 'La fenêtre de paiement a perdu son lien avec cette page (Cross-Origin-Opener-Policy) : le résultat du paiement ne peut donc pas lui parvenir.',
  'flows.error.timeout': 'Le paiement n’a pas été confirmé à temps.',
  'flows.error.status': 'Le statut du paiement n’a pas pu être lu ({reason}).',
  'flows.error.statusFormat': 'La réponse sur le statut du paiement a un format inattendu.',
  'flows.error.sdk': 'Le script du prestataire de paiement {url} n’a pas pu être chargé : {reason}.',
  'flows.sdk.timeout': 'pas de réponse en {seconds} s',
  'flows.sdk.failed': 'il est absent, a un mauvais type de contenu ou a échoué au contrôle d’intégrité',
  'flows.sdk.threw': 'il a échoué au démarrage',
  'flows.sdk.missing': 'il ne fournit pas {name}',
  'flows.sdk.notAllowed': 'ce n’est pas une adresse de SDK configurée',
  'flows.sdk.trustedTypes': 'Trusted Types a refusé l’adresse du script (autorisez la politique "pay-elements")',
  'flows.config.modal': 'Une redirection dans la fenêtre modale iframe a besoin d’un conteneur où l’afficher.',
  'flows.config.sdkUrl': 'L’adresse du SDK {url} est refusée : {reason}.',
  'flows.error.csp': 'La Content-Security-Policy du site a bloqué le script du prestataire de paiement {url}.',
} satisfies Catalog<typeof flowsMessages>;
