import type { Catalog } from '../../core/messages.js';
import type { multibancoMessages } from '../../components/multibanco/multibanco.messages.js';

/** `<pay-multibanco>` in Italian. */
export default {
  'multibanco.intro': 'Paga con un riferimento Multibanco presso qualsiasi sportello Multibanco o nell’app della tua banca.',
  'multibanco.start': 'Ottieni un riferimento Multibanco',
  'multibanco.starting': 'Generazione del riferimento in corso…',
  'multibanco.details.title': 'Dati per il pagamento Multibanco',
  'multibanco.details.intro': 'A uno sportello Multibanco o nell’app della tua banca, scegli Pagamento di servizi (Pagamento de serviços) e inserisci:',
  'multibanco.details.entity': 'Entità',
  'multibanco.details.reference': 'Riferimento',
  'multibanco.details.amount': 'Importo',
  'multibanco.details.expiry': 'Da pagare entro',
  'multibanco.copy': 'Copia',
  'multibanco.copy.label': 'Copia {detail}',
  'multibanco.copy.done': 'Copiato',
  'multibanco.copy.done.label': 'Copiato: {detail}',
  'multibanco.copy.announce': 'Copiato: {detail}.',
  'multibanco.copy.failed': 'Impossibile copiare {detail}. Seleziona il testo e copialo manualmente.',
  'multibanco.issued.announce': 'Il tuo riferimento Multibanco è pronto: entità {entity}, riferimento {reference}, {amount}, da pagare entro il {expiry}.',
  'multibanco.waiting': 'In attesa del pagamento. Dopo aver pagato, la tua banca può impiegare da pochi minuti ad alcuni giorni per confermarlo: non serve tenere aperta questa pagina.',
  'multibanco.watching': 'Verifica del pagamento in corso…',
  'multibanco.stopped': 'Non abbiamo ancora ricevuto la conferma. È normale: possono volerci fino a qualche giorno. Torna più tardi o verifica di nuovo ora.',
  'multibanco.checkAgain': 'Verifica di nuovo',
  'multibanco.succeeded': 'Pagamento ricevuto. Grazie!',
  'multibanco.expired': 'Questo riferimento è scaduto prima del pagamento. Puoi ottenerne uno nuovo.',
  'multibanco.failed': 'Non è stato possibile completare il pagamento ({reason}). Puoi ottenere un nuovo riferimento.',
  'multibanco.retry': 'Non siamo riusciti a ottenere un riferimento Multibanco. Riprova.',
  'multibanco.newReference': 'Ottieni un nuovo riferimento',
  'multibanco.config.paymentUrl': '<pay-multibanco> richiede payment-url: l’endpoint del negozio che emette il riferimento (un URL http(s)).',
  'multibanco.config.statusUrl': '<pay-multibanco> richiede status-url: un modello di URL http(s) sul server del negozio che contenga {paymentId}.',
  'multibanco.error.reference': 'L’endpoint di pagamento del negozio ha risposto con un riferimento Multibanco il cui importo non può essere mostrato ({amount}).',
} satisfies Catalog<typeof multibancoMessages>;
