import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in German. */
export default {
  'mbway.phone.label': 'Handynummer für MB WAY',
  'mbway.phone.hint': 'Die portugiesische Handynummer, die mit Ihrer MB WAY-App verknüpft ist, z. B. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Mit MB WAY bezahlen',
  'mbway.pending': 'Anfrage wird an Ihr Handy gesendet…',
  'mbway.error.phone.required': 'Geben Sie Ihre Handynummer für MB WAY ein.',
  'mbway.error.phone.invalid_characters': 'Eine Telefonnummer besteht nur aus Ziffern, Leerzeichen und einem vorangestellten +.',
  'mbway.error.phone.country': 'MB WAY benötigt eine portugiesische Handynummer (+351).',
  'mbway.error.phone.not_mobile': 'Eine portugiesische Handynummer beginnt mit 9.',
  'mbway.error.phone.too_short': 'Eine portugiesische Handynummer hat 9 Ziffern.',
  'mbway.error.phone.too_long': 'Eine portugiesische Handynummer hat 9 Ziffern; diese hat mehr.',
  'mbway.waiting.title': 'Bestätigen Sie die Zahlung in Ihrer MB WAY-App',
  'mbway.waiting.body': 'Wir haben eine Zahlungsanfrage an {phone} gesendet. Öffnen Sie die MB WAY-App auf diesem Handy und bestätigen Sie sie.',
  'mbway.waiting.time': 'Verbleibende Zeit zum Bestätigen:',
  'mbway.waiting.announce': 'Zahlungsanfrage an {phone} gesendet. Bestätigen Sie sie innerhalb von {time} in der MB WAY-App.',
  'mbway.countdown.left': 'Noch {time}, um die Zahlung zu bestätigen.',
  'mbway.checking': 'Es wird geprüft, ob die Zahlung bestätigt wurde…',
  'mbway.succeeded': 'Zahlung bestätigt. Vielen Dank!',
  'mbway.refused': 'Die Zahlung wurde in der MB WAY-App abgelehnt. Sie können eine neue Anfrage senden.',
  'mbway.expired': 'Die Zahlungsanfrage ist abgelaufen, bevor sie bestätigt wurde. Sie können eine neue Anfrage senden.',
  'mbway.failed': 'Die Zahlung konnte nicht abgeschlossen werden ({reason}). Sie können eine neue Anfrage senden.',
  'mbway.retry': 'Die Zahlungsanfrage konnte nicht gesendet werden. Bitte versuchen Sie es erneut.',
  'mbway.config.paymentUrl': '<pay-mbway> benötigt payment-url: den Endpunkt des Shops, der die Zahlung startet (eine http(s)-URL).',
  'mbway.config.statusUrl': '<pay-mbway> benötigt status-url: eine http(s)-URL-Vorlage auf dem Server des Shops, die {paymentId} enthält.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" ist keine Anzahl Sekunden zwischen 1 und 3600.',
} satisfies Catalog<typeof mbwayMessages>;
