import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in Swedish. */
export default {
  'payglobe.response.invalid': 'PayGlobe skickade en betalning i ett oväntat format.',
  'payglobe.response.amounts':
    'PayGlobe skickade belopp som inte är exakta belopp i {currency} eller inte summerar till totalen.',
  'payglobe.response.mismatch': 'PayGlobe svarade med en annan betalning ({reason}) än den som den här sidan startade.',
  'payglobe.return.invalid': 'Sidan öppnades med en felformaterad PayGlobe-betalningsreferens.',
  'payglobe.message.invalid': 'PayGlobe-kassan skickade ett felformaterat meddelande.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Kortet nekades.',
  'payglobe.failed.VOUCHER_FAILED': 'Måltidskupongerna kunde inte användas.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Kortet kunde inte debiteras. En eventuell reservation på kortet släpps.',
  'payglobe.failed.FAILED': 'Betalningen misslyckades.',
  'payglobe.failed.EXPIRED': 'Betalningslänken har gått ut.',
} satisfies Catalog<typeof payglobeMessages>;
