import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in Norwegian Bokmål. */
export default {
  'glomo.callback.missing': 'Denne siden ble åpnet uten et betalingsresultat fra Glomo.',
  'glomo.callback.invalid': 'Glomo-betalingsresultatet i denne adressen er feilformatert.',
  'glomo.callback.refused': 'Betalingsresultatet kunne ikke bekreftes av butikken ({reason}).',
  'glomo.payment.failed': 'Betalingen mislyktes.',
  'glomo.response.invalid': 'Betalingsserveren sendte et svar som ikke er en Glomo-betaling.',
  'glomo.event.invalid': 'Glomo Checkout sendte en feilformatert {event}-payload.',
} satisfies Catalog<typeof glomoMessages>;
