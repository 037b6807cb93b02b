import type { Catalog } from '../../core/messages.js';
import type { mbwayMessages } from '../../components/mbway/mbway.messages.js';

/** `<pay-mbway>` in Italian. */
export default {
  'mbway.phone.label': 'Numero di telefono MB WAY',
  'mbway.phone.hint': 'Il numero di cellulare portoghese associato alla tua app MB WAY, ad es. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Paga con MB WAY',
  'mbway.pending': 'Invio della richiesta al tuo telefono…',
  'mbway.error.phone.required': 'Inserisci il tuo numero di telefono MB WAY.',
  'mbway.error.phone.invalid_characters': 'Un numero di telefono contiene solo cifre, spazi e un + iniziale.',
  'mbway.error.phone.country': 'MB WAY richiede un numero di cellulare portoghese (+351).',
  'mbway.error.phone.not_mobile': 'Un numero di cellulare portoghese inizia con 9.',
  'mbway.error.phone.too_short': 'Un numero di cellulare portoghese ha 9 cifre.',
  'mbway.error.phone.too_long': 'Un numero di cellulare portoghese ha 9 cifre; questo ne ha di più.',
  'mbway.waiting.title': 'Approva il pagamento nell’app MB WAY',
  'mbway.waiting.body': 'Abbiamo inviato una richiesta di pagamento al numero {phone}. Apri l’app MB WAY su quel telefono e approvala.',
  'mbway.waiting.time': 'Tempo rimasto per approvare:',
  'mbway.waiting.announce': 'Richiesta di pagamento inviata al numero {phone}. Approvala nell’app MB WAY entro {time}.',
  'mbway.countdown.left': 'Tempo rimasto per approvare il pagamento: {time}.',
  'mbway.checking': 'Verifica dell’approvazione del pagamento in corso…',
  'mbway.succeeded': 'Pagamento approvato. Grazie!',
  'mbway.refused': 'Il pagamento è stato rifiutato nell’app MB WAY. Puoi inviare una nuova richiesta.',
  'mbway.expired': 'La richiesta di pagamento è scaduta prima di essere approvata. Puoi inviare una nuova richiesta.',
  'mbway.failed': 'Non è stato possibile completare il pagamento ({reason}). Puoi inviare una nuova richiesta.',
  'mbway.retry': 'Non è stato possibile inviare la richiesta di pagamento. Riprova.',
  'mbway.config.paymentUrl': '<pay-mbway> richiede payment-url: l’endpoint del negozio che avvia il pagamento (un URL http(s)).',
  'mbway.config.statusUrl': '<pay-mbway> richiede status-url: un modello di URL http(s) sul server del negozio che contenga {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" non è un numero di secondi compreso tra 1 e 3600.',
} satisfies Catalog<typeof mbwayMessages>;
