import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in German. */
export default {
  'payglobeCheckout.pay': '{amount} bezahlen',
  'payglobeCheckout.payPlain': 'Bezahlen',
  'payglobeCheckout.payAgain': 'Erneut versuchen',
  'payglobeCheckout.checkoutLabel': 'Bezahlseite von PayGlobe',
  'payglobeCheckout.preparing': 'Zahlung wird vorbereitet…',
  'payglobeCheckout.opened': 'Die Bezahlseite von PayGlobe ist unten geöffnet. Schließen Sie die Zahlung dort ab.',
  'payglobeCheckout.redirecting': 'Sie werden zur Bezahlseite von PayGlobe weitergeleitet…',
  'payglobeCheckout.confirming': 'Zahlung wird bestätigt…',
  'payglobeCheckout.succeeded': 'Zahlung erfolgreich: {amount}.',
  'payglobeCheckout.succeededPlain': 'Zahlung erfolgreich.',
  'payglobeCheckout.succeededSplit': 'Zahlung erfolgreich: {card} per Karte und {voucher} mit Essensgutscheinen.',
  'payglobeCheckout.failed': 'Die Zahlung ist fehlgeschlagen: {message}',
  'payglobeCheckout.cancelled': 'Die Zahlung wurde abgebrochen.',
  'payglobeCheckout.error': 'Die Zahlung konnte nicht abgeschlossen werden: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key muss Ihr veröffentlichbarer PayGlobe-Schlüssel sein (pk_test_… oder pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key enthält einen geheimen Schlüssel (sk_…). Geheime Schlüssel gehören nie in einen Browser: Verwenden Sie den veröffentlichbaren Schlüssel (pk_…) und tauschen Sie diesen geheimen Schlüssel sofort aus.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" ist keine positive ganze Zahl kleinster Einheiten von {currency} (15000 EUR sind 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email muss die E-Mail-Adresse des Käufers sein (PayGlobe sendet den Beleg dorthin).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" ist weder "iframe" noch "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} wird abgelehnt: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js stellt keinen nutzbaren PayGlobe-Client bereit ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe konnte die Zahlung nicht anlegen: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe konnte seine Bezahlseite nicht öffnen: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe hat den Zahlungsstatus nicht geliefert: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
