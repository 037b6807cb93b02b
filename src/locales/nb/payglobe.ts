import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in Norwegian Bokmål. */
export default {
  'payglobe.response.invalid': 'PayGlobe sendte en betaling i et uventet format.',
  'payglobe.response.amounts':
    'PayGlobe sendte beløp som ikke er nøyaktige beløp i {currency}, eller som ikke summerer seg til totalen.',
  'payglobe.response.mismatch': 'PayGlobe svarte med en annen betaling ({reason}) enn den denne siden startet.',
  'payglobe.return.invalid': 'Denne siden ble åpnet med en feilformatert PayGlobe-betalingsreferanse.',
  'payglobe.message.invalid': 'PayGlobe-betalingssiden sendte en feilformatert melding.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Kortet ble avvist.',
  'payglobe.failed.VOUCHER_FAILED': 'Matkupongene kunne ikke brukes.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Kortet kunne ikke belastes. Eventuell reservasjon på kortet frigis.',
  'payglobe.failed.FAILED': 'Betalingen mislyktes.',
  'payglobe.failed.EXPIRED': 'Betalingslenken er utløpt.',
} satisfies Catalog<typeof payglobeMessages>;
