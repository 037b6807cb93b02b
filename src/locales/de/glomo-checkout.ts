import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in German. */
export default {
  'glomoCheckout.pay': 'Bezahlen',
  'glomoCheckout.preparing': 'Zahlung wird vorbereitet…',
  'glomoCheckout.opened': 'Das Zahlungsfenster ist geöffnet. Schließen Sie die Zahlung dort ab.',
  'glomoCheckout.retry': 'Zahlungsfenster öffnen',
  'glomoCheckout.redirect': 'Mit Weiterleitung fortfahren',
  'glomoCheckout.succeeded': 'Zahlung erfolgreich.',
  'glomoCheckout.failed': 'Die Zahlung ist fehlgeschlagen: {message}',
  'glomoCheckout.pending': 'Überweisungsdaten erhalten. Die Zahlung ist noch nicht bestätigt.',
  'glomoCheckout.cancelled': 'Die Zahlung wurde abgebrochen.',
  'glomoCheckout.coop.offer': 'Sie können mit Weiterleitung fortfahren: Das Ergebnis kommt dann über die Rückkehrseite des Shops zurück.',
  'glomoCheckout.coop.callbackHint': 'Oder verwenden Sie den Weiterleitungsmodus (callback-url und mode="redirect"), damit das Ergebnis über die Rückkehrseite des Shops zurückkommt.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key ist erforderlich: der öffentliche Schlüssel aus dem Glomo-Dashboard.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key enthält einen geheimen Schlüssel (sk_…). Geheime Schlüssel gehören nie in einen Browser: Verwenden Sie den öffentlichen Schlüssel und tauschen Sie diesen geheimen Schlüssel sofort aus.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> benötigt order-id (die Bestellung, die Ihr Server angelegt hat) oder order-url (Ihren Endpunkt, der sie anlegt).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} ist keine http(s)-Adresse.',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} muss eine https-Adresse sein (http nur auf einem Loopback-Host).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" benötigt callback-url: die Route des Shops, die das Ergebnis prüft.',
  'glomoCheckout.config.sdk': 'Glomo Checkout hat seine Optionen abgelehnt: {reason}',
  'glomoCheckout.error.order': 'Der Shop konnte die Bestellung nicht anlegen ({reason}).',
  'glomoCheckout.error.orderFormat': 'Der Bestell-Endpunkt des Shops antwortete ohne order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout konnte sein Fenster nicht öffnen: {reason}',
  'glomoCheckout.error.sdkExport': 'Das Skript {url} von Glomo Checkout stellt keine Klasse GlomoCheckoutApi bereit.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
