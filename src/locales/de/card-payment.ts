import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in German. */
export default {
  'cardPayment.modal.title': 'Zahlung bei Ihrer Bank bestätigen',
  'cardPayment.waiting.newTab': 'Schließen Sie die Zahlung im neuen Tab ab. Diese Seite aktualisiert sich automatisch.',
  'cardPayment.waiting.host': 'Warten auf die Bestätigung Ihrer Bank…',
  'cardPayment.succeeded': 'Zahlung abgeschlossen. Vielen Dank!',
  'cardPayment.cancelled': 'Zahlung abgebrochen. Ihre Kartendaten sind noch eingetragen, falls Sie es erneut versuchen möchten.',
  'cardPayment.declined': 'Die Zahlung wurde abgelehnt: {reason}',
  'cardPayment.declined.generic': 'Die Zahlung wurde abgelehnt. Versuchen Sie es erneut oder verwenden Sie eine andere Karte.',
  'cardPayment.retry': 'Die Zahlung konnte nicht abgeschlossen werden. Bitte versuchen Sie es erneut.',
  'cardPayment.error.network': '<pay-card-payment> konnte payment-url {url} nicht erreichen: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} antwortete mit HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} antwortete nicht mit JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} antwortete nicht mit einer Glomo-Zahlung ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS verlangte einen Schritt für 3-D Secure, den diese Seite nicht ausführen kann ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" wird nicht unterstützt: Verwenden Sie "glomo" oder "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> benötigt payment-url: den Endpunkt des Shops, der die Zahlung startet (eine http(s)-URL).',
  'cardPayment.config.statusUrl': '<pay-card-payment> benötigt status-url: eine http(s)-URL-Vorlage auf dem Server des Shops, die {paymentId} enthält.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" ist keiner der Werte iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
