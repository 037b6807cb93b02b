import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in Dutch. */
export default {
  'glomo.callback.missing': 'Deze pagina is geopend zonder betaalresultaat van Glomo.',
  'glomo.callback.invalid': 'Het betaalresultaat van Glomo in dit adres is ongeldig.',
  'glomo.callback.refused': 'De shop kon het betaalresultaat niet verifiëren ({reason}).',
  'glomo.payment.failed': 'De betaling is mislukt.',
  'glomo.response.invalid': 'De betaalserver stuurde een antwoord dat geen Glomo-betaling is.',
  'glomo.event.invalid': 'Glomo Checkout stuurde ongeldige gegevens voor {event}.',
} satisfies Catalog<typeof glomoMessages>;
