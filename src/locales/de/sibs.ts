import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter’s messages in German. */
export default {
  'sibs.error.network': 'Der Zahlungsendpunkt {url} des Shops ist nicht erreichbar: {reason}.',
  'sibs.error.timeout': 'Der Zahlungsendpunkt {url} des Shops hat nicht innerhalb von {seconds} s geantwortet.',
  'sibs.error.http': 'Der Zahlungsendpunkt {url} des Shops antwortete mit HTTP {status}{detail}.',
  'sibs.error.json': 'Der Zahlungsendpunkt {url} des Shops antwortete nicht mit JSON.',
  'sibs.error.response': 'Der Zahlungsendpunkt {url} des Shops antwortete nicht mit SIBS-Daten für {what} ({reason}).',
  'sibs.what.mbway': 'einen Kauf mit MB WAY',
  'sibs.what.multibanco': 'eine Multibanco-Referenz',
  'sibs.what.card': 'einen Kartenkauf',
  'sibs.declined': 'Die Zahlung wurde abgelehnt.',
  'sibs.refused': 'Die Zahlung wurde in der MB WAY-App abgelehnt.',
  'sibs.expired': 'Die Zahlungsanfrage ist abgelaufen.',
  'sibs.referenceExpired': 'Die Multibanco-Referenz ist abgelaufen, bevor sie bezahlt wurde.',
  'sibs.failed': 'Die Zahlung ist fehlgeschlagen ({status}).',
  'sibs.config.paymentUrl': '{element} benötigt payment-url: den Endpunkt des Shops, der die Zahlung startet (eine http(s)-URL).',
  'sibs.config.statusUrl': '{element} benötigt status-url: eine http(s)-URL-Vorlage auf dem Server des Shops, die {paymentId} enthält.',
} satisfies Catalog<typeof sibsMessages>;
