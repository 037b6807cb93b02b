import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter’s messages in German. */
export default {
  'glomo.callback.missing': 'Diese Seite wurde ohne Zahlungsergebnis von Glomo geöffnet.',
  'glomo.callback.invalid': 'Das Zahlungsergebnis von Glomo in dieser Adresse ist fehlerhaft.',
  'glomo.callback.refused': 'Der Shop konnte das Zahlungsergebnis nicht überprüfen ({reason}).',
  'glomo.payment.failed': 'Die Zahlung ist fehlgeschlagen.',
  'glomo.response.invalid': 'Der Zahlungsserver hat eine Antwort gesendet, die keine Glomo-Zahlung ist.',
  'glomo.event.invalid': 'Glomo Checkout hat fehlerhafte Daten für {event} gesendet.',
} satisfies Catalog<typeof glomoMessages>;
