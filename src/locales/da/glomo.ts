import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in Danish. */
export default {
  'glomo.callback.missing': 'Denne side blev åbnet uden et betalingsresultat fra Glomo.',
  'glomo.callback.invalid': 'Glomo-betalingsresultatet i denne adresse er ugyldigt formateret.',
  'glomo.callback.refused': 'Betalingsresultatet kunne ikke verificeres af butikken ({reason}).',
  'glomo.payment.failed': 'Betalingen mislykkedes.',
  'glomo.response.invalid': 'Betalingsserveren sendte et svar, der ikke er en Glomo-betaling.',
  'glomo.event.invalid': 'Glomo Checkout sendte en ugyldigt formateret {event}-payload.',
} satisfies Catalog<typeof glomoMessages>;
