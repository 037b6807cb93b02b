import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in French (France). */
export default {
  'payglobe.response.invalid': 'PayGlobe a envoyé un paiement dans un format inattendu.',
  'payglobe.response.amounts': 'PayGlobe a envoyé des montants qui ne sont pas des montants exacts en {currency} ou dont la somme ne correspond pas au total.',
  'payglobe.response.mismatch': 'PayGlobe a répondu avec un autre paiement ({reason}) que celui lancé par cette page.',
  'payglobe.return.invalid': 'Cette page a été ouverte avec une référence de paiement PayGlobe mal formée.',
  'payglobe.message.invalid': 'Le paiement PayGlobe a envoyé un message mal formé.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'La carte a été refusée.',
  'payglobe.failed.VOUCHER_FAILED': 'Les titres-restaurant n’ont pas pu être utilisés.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'La carte n’a pas pu être débitée. Toute réservation de fonds sur la carte sera levée.',
  'payglobe.failed.FAILED': 'Le paiement a échoué.',
  'payglobe.failed.EXPIRED': 'Le lien de paiement a expiré.',
} satisfies Catalog<typeof payglobeMessages>;
