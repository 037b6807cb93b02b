import type { Catalog } from '../../core/messages.js';
import type { sibsMessages } from '../../providers/sibs/sibs.messages.js';

/** The SIBS adapter's messages in Italian. */
export default {
  'sibs.error.network': 'Impossibile raggiungere l’endpoint di pagamento del negozio {url}: {reason}.',
  'sibs.error.timeout': 'L’endpoint di pagamento del negozio {url} non ha risposto entro {seconds} s.',
  'sibs.error.http': 'L’endpoint di pagamento del negozio {url} ha risposto HTTP {status}{detail}.',
  'sibs.error.json': 'L’endpoint di pagamento del negozio {url} non ha risposto in JSON.',
  'sibs.error.response': 'L’endpoint di pagamento del negozio {url} non ha risposto con un {what} SIBS ({reason}).',
  'sibs.what.mbway': 'acquisto MB WAY',
  'sibs.what.multibanco': 'riferimento Multibanco',
  'sibs.what.card': 'acquisto con carta',
  'sibs.declined': 'Il pagamento è stato rifiutato.',
  'sibs.refused': 'Il pagamento è stato rifiutato nell’app MB WAY.',
  'sibs.expired': 'La richiesta di pagamento è scaduta.',
  'sibs.referenceExpired': 'Il riferimento Multibanco è scaduto prima del pagamento.',
  'sibs.failed': 'Il pagamento non è riuscito ({status}).',
  'sibs.config.paymentUrl': '{element} richiede payment-url: l’endpoint del negozio che avvia il pagamento (un URL http(s)).',
  'sibs.config.statusUrl': '{element} richiede status-url: un modello di URL http(s) sul server del negozio che contenga {paymentId}.',
} satisfies Catalog<typeof sibsMessages>;
