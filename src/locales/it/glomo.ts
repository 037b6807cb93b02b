import type { Catalog } from '../../core/messages.js';
import type { glomoMessages } from '../../providers/glomo/glomo.messages.js';

/** The Glomo adapter's messages in Italian. */
export default {
  'glomo.callback.missing': 'Questa pagina è stata aperta senza un risultato di pagamento Glomo.',
  'glomo.callback.invalid': 'Il risultato di pagamento Glomo contenuto in questo indirizzo non è valido.',
  'glomo.callback.refused': 'Il negozio non è riuscito a verificare il risultato del pagamento ({reason}).',
  'glomo.payment.failed': 'Il pagamento non è riuscito.',
  'glomo.response.invalid': 'Il server di pagamento ha inviato una risposta che non è un pagamento Glomo.',
  'glomo.event.invalid': 'Glomo Checkout ha inviato un payload {event} non valido.',
} satisfies Catalog<typeof glomoMessages>;
