import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in Danish. */
export default {
  'payglobe.response.invalid': 'PayGlobe sendte en betaling i et uventet format.',
  'payglobe.response.amounts':
    'PayGlobe sendte beløb, der ikke er nøjagtige beløb i {currency} eller ikke summer op til totalen.',
  'payglobe.response.mismatch': 'PayGlobe svarede med en anden betaling ({reason}) end den, denne side startede.',
  'payglobe.return.invalid': 'Denne side blev åbnet med en ugyldigt formateret PayGlobe-betalingsreference.',
  'payglobe.message.invalid': 'PayGlobe-betalingssiden sendte en ugyldigt formateret besked.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Kortet blev afvist.',
  'payglobe.failed.VOUCHER_FAILED': 'Madkuponerne kunne ikke bruges.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Kortet kunne ikke trækkes. En eventuel reservation på kortet frigives.',
  'payglobe.failed.FAILED': 'Betalingen mislykkedes.',
  'payglobe.failed.EXPIRED': 'Betalingslinket er udløbet.',
} satisfies Catalog<typeof payglobeMessages>;
