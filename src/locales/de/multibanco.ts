import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in German. */
export default {
  'multibanco.intro': 'Bezahlen Sie mit einer Multibanco-Referenz an jedem Multibanco-Geldautomaten oder in der App Ihrer Bank.',
  'multibanco.start': 'Multibanco-Referenz anfordern',
  'multibanco.starting': 'Ihre Referenz wird angefordert…',
  'multibanco.details.title': 'Zahlungsdaten für Multibanco',
  'multibanco.details.intro': 'Wählen Sie am Multibanco-Geldautomaten oder in der App Ihrer Bank „Zahlung von Dienstleistungen“ (Pagamento de serviços) und geben Sie ein:',
  'multibanco.details.entity': 'Entität',
  'multibanco.details.reference': 'Referenz',
  'multibanco.details.amount': 'Betrag',
  'multibanco.details.expiry': 'Zahlbar bis',
  'multibanco.copy': 'Kopieren',
  'multibanco.copy.label': '{detail} kopieren',
  'multibanco.copy.done': 'Kopiert',
  'multibanco.copy.done.label': '{detail} kopiert',
  'multibanco.copy.announce': '{detail} kopiert.',
  'multibanco.copy.failed': '{detail} konnte nicht kopiert werden. Bitte markieren und kopieren Sie es selbst.',
  'multibanco.issued.announce': 'Ihre Multibanco-Referenz ist bereit: Entität {entity}, Referenz {reference}, {amount}, zahlbar bis {expiry}.',
  'multibanco.waiting': 'Wir warten auf Ihre Zahlung. Nach der Zahlung kann es einige Minuten bis einige Tage dauern, bis Ihre Bank sie bestätigt: Sie müssen diese Seite nicht geöffnet lassen.',
  'multibanco.watching': 'Wir prüfen, ob Ihre Zahlung eingegangen ist…',
  'multibanco.stopped': 'Die Bestätigung ist noch nicht eingegangen. Das ist normal: Es kann bis zu einigen Tagen dauern. Schauen Sie später wieder vorbei oder prüfen Sie jetzt erneut.',
  'multibanco.checkAgain': 'Erneut prüfen',
  'multibanco.succeeded': 'Zahlung eingegangen. Vielen Dank!',
  'multibanco.expired': 'Diese Referenz ist abgelaufen, bevor sie bezahlt wurde. Sie können eine neue anfordern.',
  'multibanco.failed': 'Die Zahlung konnte nicht abgeschlossen werden ({reason}). Sie können eine neue Referenz anfordern.',
  'multibanco.retry': 'Wir konnten keine Multibanco-Referenz erstellen. Bitte versuchen Sie es erneut.',
  'multibanco.newReference': 'Neue Referenz anfordern',
  'multibanco.config.paymentUrl': '<pay-multibanco> benötigt payment-url: den Endpunkt des Shops, der die Referenz ausstellt (eine http(s)-URL).',
  'multibanco.config.statusUrl': '<pay-multibanco> benötigt status-url: eine http(s)-URL-Vorlage auf dem Server des Shops, die {paymentId} enthält.',
  'multibanco.error.reference': 'Der Zahlungsendpunkt des Shops antwortete mit einer Multibanco-Referenz, deren Betrag nicht angezeigt werden kann ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
