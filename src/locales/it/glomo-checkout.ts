import type { Catalog } from '../../core/messages.js';
import type { glomoCheckoutMessages } from '../../components/glomo-checkout/glomo-checkout.messages.js';

/** `<pay-glomo-checkout>` in Italian. */
export default {
  'glomoCheckout.pay': 'Paga',
  'glomoCheckout.preparing': 'Preparazione del pagamento…',
  'glomoCheckout.opened': 'La finestra di pagamento è aperta. Completa lì il pagamento.',
  'glomoCheckout.retry': 'Apri la finestra di pagamento',
  'glomoCheckout.redirect': 'Continua in modalità reindirizzamento',
  'glomoCheckout.succeeded': 'Pagamento approvato.',
  'glomoCheckout.failed': 'Il pagamento non è riuscito: {message}',
  'glomoCheckout.pending': 'Dati del bonifico ricevuti. Il pagamento non è ancora confermato.',
  'glomoCheckout.cancelled': 'Il pagamento è stato annullato.',
  'glomoCheckout.coop.offer': 'Puoi continuare in modalità reindirizzamento: il risultato tornerà tramite la pagina di ritorno del negozio.',
  'glomoCheckout.coop.callbackHint': 'Oppure usa la modalità reindirizzamento (callback-url e mode="redirect"), così il risultato torna tramite la pagina di ritorno del negozio.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key è obbligatorio: la chiave pubblica della dashboard Glomo.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key contiene una chiave segreta (sk_…). Le chiavi segrete non devono mai finire in un browser: usa la chiave pubblica e rigenera subito questa chiave segreta.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> richiede order-id (l’ordine creato dal tuo server) o order-url (il tuo endpoint che lo crea).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} non è un indirizzo http(s).',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} deve essere un indirizzo https (http solo su un host di loopback).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" richiede callback-url: la route del negozio che verifica il risultato.',
  'glomoCheckout.config.sdk': 'Glomo Checkout ha rifiutato le sue opzioni: {reason}',
  'glomoCheckout.error.order': 'Il negozio non è riuscito a creare l’ordine ({reason}).',
  'glomoCheckout.error.orderFormat': 'L’endpoint degli ordini del negozio ha risposto senza order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout non è riuscito ad aprire la sua finestra: {reason}',
  'glomoCheckout.error.sdkExport': 'Lo script di Glomo Checkout {url} non fornisce una classe GlomoCheckoutApi.',
} satisfies Catalog<typeof glomoCheckoutMessages>;
