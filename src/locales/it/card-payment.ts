import type { Catalog } from '../../core/messages.js';
import type { cardPaymentMessages } from '../../components/card-payment/card-payment.messages.js';

/** `<pay-card-payment>` in Italian. */
export default {
  'cardPayment.modal.title': 'Conferma il pagamento con la tua banca',
  'cardPayment.waiting.newTab': 'Completa il pagamento nella nuova scheda. Questa pagina si aggiorna da sola.',
  'cardPayment.waiting.host': 'In attesa della conferma della tua banca…',
  'cardPayment.succeeded': 'Pagamento completato. Grazie!',
  'cardPayment.cancelled': 'Pagamento annullato. I dati della carta sono ancora qui, se vuoi riprovare.',
  'cardPayment.declined': 'Il pagamento è stato rifiutato: {reason}',
  'cardPayment.declined.generic': 'Il pagamento è stato rifiutato. Riprova o usa un’altra carta.',
  'cardPayment.retry': 'Non è stato possibile completare il pagamento. Riprova.',
  'cardPayment.error.network': '<pay-card-payment> non riesce a raggiungere payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} ha risposto HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} non ha risposto in JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} non ha risposto con un pagamento Glomo ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS ha richiesto un passaggio 3-D Secure che questa pagina non può eseguire ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" non è supportato: usa "glomo" o "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> richiede payment-url: l’endpoint del negozio che avvia il pagamento (un URL http(s)).',
  'cardPayment.config.statusUrl': '<pay-card-payment> richiede status-url: un modello di URL http(s) sul server del negozio che contenga {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" non è uno tra iframe, new-tab, same-tab, host.',
} satisfies Catalog<typeof cardPaymentMessages>;
