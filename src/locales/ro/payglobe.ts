import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in Romanian. */
export default {
  'payglobe.response.invalid': 'PayGlobe a trimis o plată într-un format neașteptat.',
  'payglobe.response.amounts': 'PayGlobe a trimis sume care nu sunt sume exacte în {currency} sau care nu se adună la total.',
  'payglobe.response.mismatch': 'PayGlobe a răspuns cu o altă plată ({reason}) decât cea inițiată de această pagină.',
  'payglobe.return.invalid': 'Această pagină a fost deschisă cu o referință de plată PayGlobe malformată.',
  'payglobe.message.invalid': 'Plata PayGlobe a trimis un mesaj malformat.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Cardul a fost refuzat.',
  'payglobe.failed.VOUCHER_FAILED': 'Tichetele de masă nu au putut fi folosite.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Cardul nu a putut fi debitat. Orice sumă blocată pe card va fi deblocată.',
  'payglobe.failed.FAILED': 'Plata a eșuat.',
  'payglobe.failed.EXPIRED': 'Linkul de plată a expirat.',
} satisfies Catalog<typeof payglobeMessages>;
