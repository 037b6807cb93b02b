import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in Finnish. */
export default {
  'payglobe.response.invalid': 'PayGlobe lähetti maksun odottamattomassa muodossa.',
  'payglobe.response.amounts':
    'PayGlobe lähetti summia, jotka eivät ole tarkkoja {currency}-summia tai joiden yhteissumma ei täsmää.',
  'payglobe.response.mismatch': 'PayGlobe vastasi eri maksulla ({reason}) kuin sillä, jonka tämä sivu aloitti.',
  'payglobe.return.invalid': 'Tämä sivu avattiin virheellisellä PayGlobe-maksuviitteellä.',
  'payglobe.message.invalid': 'PayGlobe-maksusivu lähetti virheellisen viestin.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Kortti hylättiin.',
  'payglobe.failed.VOUCHER_FAILED': 'Lounasseteleitä ei voitu käyttää.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Korttia ei voitu veloittaa. Mahdollinen katevaraus kortilta vapautetaan.',
  'payglobe.failed.FAILED': 'Maksu epäonnistui.',
  'payglobe.failed.EXPIRED': 'Maksulinkki on vanhentunut.',
} satisfies Catalog<typeof payglobeMessages>;
