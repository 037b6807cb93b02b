import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter’s messages in German. */
export default {
  'payglobe.response.invalid': 'PayGlobe hat eine Zahlung in einem unerwarteten Format gesendet.',
  'payglobe.response.amounts': 'PayGlobe hat Beträge gesendet, die keine exakten Beträge in {currency} sind oder nicht die Gesamtsumme ergeben.',
  'payglobe.response.mismatch': 'PayGlobe hat mit einer anderen Zahlung ({reason}) geantwortet als der, die diese Seite gestartet hat.',
  'payglobe.return.invalid': 'Diese Seite wurde mit einer fehlerhaften Zahlungsreferenz von PayGlobe geöffnet.',
  'payglobe.message.invalid': 'Die Bezahlseite von PayGlobe hat eine fehlerhafte Nachricht gesendet.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'Die Karte wurde abgelehnt.',
  'payglobe.failed.VOUCHER_FAILED': 'Die Essensgutscheine konnten nicht eingelöst werden.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Die Karte konnte nicht belastet werden. Eine eventuelle Reservierung auf der Karte wird freigegeben.',
  'payglobe.failed.FAILED': 'Die Zahlung ist fehlgeschlagen.',
  'payglobe.failed.EXPIRED': 'Der Zahlungslink ist abgelaufen.',
} satisfies Catalog<typeof payglobeMessages>;
