import type { Catalog } from '../../core/messages.js';
import type { payglobeCheckoutMessages } from '../../components/payglobe-checkout/payglobe-checkout.messages.js';

/** `<pay-payglobe-checkout>` in Italian. */
export default {
  'payglobeCheckout.pay': 'Paga {amount}',
  'payglobeCheckout.payPlain': 'Paga',
  'payglobeCheckout.payAgain': 'Riprova',
  'payglobeCheckout.checkoutLabel': 'Pagamento PayGlobe',
  'payglobeCheckout.preparing': 'Preparazione del pagamento…',
  'payglobeCheckout.opened': 'La pagina di pagamento PayGlobe è aperta qui sotto. Completa lì il pagamento.',
  'payglobeCheckout.redirecting': 'Ti stiamo portando alla pagina di pagamento PayGlobe…',
  'payglobeCheckout.confirming': 'Conferma del pagamento in corso…',
  'payglobeCheckout.succeeded': 'Pagamento approvato: {amount}.',
  'payglobeCheckout.succeededPlain': 'Pagamento approvato.',
  'payglobeCheckout.succeededSplit': 'Pagamento approvato: {card} con carta e {voucher} in buoni pasto.',
  'payglobeCheckout.failed': 'Il pagamento non è riuscito: {message}',
  'payglobeCheckout.cancelled': 'Il pagamento è stato annullato.',
  'payglobeCheckout.error': 'Non è stato possibile completare il pagamento: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key deve essere la tua chiave pubblicabile PayGlobe (pk_test_… o pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key contiene una chiave segreta (sk_…). Le chiavi segrete non devono mai finire in un browser: usa la chiave pubblicabile (pk_…) e rigenera subito questa chiave segreta.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" non è un numero intero positivo di unità minori di {currency} (15000 EUR equivale a 150,00 €).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email deve essere l’indirizzo e-mail dell’acquirente (PayGlobe vi invia la ricevuta).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" non è né "iframe" né "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} è stato rifiutato: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js non fornisce un client PayGlobe utilizzabile ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe non è riuscito a creare il pagamento: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe non è riuscito ad aprire la pagina di pagamento: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe non ha risposto con lo stato del pagamento: {reason}',
} satisfies Catalog<typeof payglobeCheckoutMessages>;
