import type { Catalog } from '../../core/messages.js';
import type { payglobeMessages } from '../../providers/payglobe/payglobe.messages.js';

/** The PayGlobe adapter's messages in Italian. */
export default {
  'payglobe.response.invalid': 'PayGlobe ha inviato un pagamento in un formato inatteso.',
  'payglobe.response.amounts': 'PayGlobe ha inviato importi che non sono importi esatti in {currency} o la cui somma non corrisponde al totale.',
  'payglobe.response.mismatch': 'PayGlobe ha risposto con un pagamento diverso ({reason}) da quello avviato da questa pagina.',
  'payglobe.return.invalid': 'Questa pagina è stata aperta con un riferimento di pagamento PayGlobe non valido.',
  'payglobe.message.invalid': 'La pagina di pagamento PayGlobe ha inviato un messaggio non valido.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'La carta è stata rifiutata.',
  'payglobe.failed.VOUCHER_FAILED': 'Non è stato possibile utilizzare i buoni pasto.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'Non è stato possibile addebitare l’importo sulla carta. Eventuali importi bloccati sulla carta verranno sbloccati.',
  'payglobe.failed.FAILED': 'Il pagamento non è riuscito.',
  'payglobe.failed.EXPIRED': 'Il link di pagamento è scaduto.',
} satisfies Catalog<typeof payglobeMessages>;
