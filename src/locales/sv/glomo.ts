import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in Swedish. */
export default {
  'glomo.callback.missing': 'Sidan öppnades utan ett betalningsresultat från Glomo.',
  'glomo.callback.invalid': 'Glomo-betalningsresultatet i adressen är felformaterat.',
  'glomo.callback.refused': 'Betalningsresultatet kunde inte verifieras av butiken ({reason}).',
  'glomo.payment.failed': 'Betalningen misslyckades.',
  'glomo.response.invalid': 'Betalservern skickade ett svar som inte är en Glomo-betalning.',
  'glomo.event.invalid': 'Glomo Checkout skickade en felformaterad {event}-payload.',
} satisfies Catalog<typeof glomoMessages>;
