import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Italian. */
export default {
  'flows.modal.title': 'Conferma il pagamento',
  'flows.modal.close': 'Chiudi',
  'flows.url.invalid': 'non è un indirizzo valido',
  'flows.url.scheme': 'si possono aprire solo indirizzi https',
  'flows.url.credentials': 'l’indirizzo contiene un nome utente o una password',
  'flows.url.host': '{host} non è uno degli host del provider di pagamento',
  'flows.error.url': 'Il provider di pagamento ha restituito un indirizzo che questa pagina non aprirà: {reason}.',
  'flows.error.message': 'Il provider di pagamento ha inviato un messaggio in un formato inatteso.',
  'flows.error.popupBlocked': 'Il browser ha bloccato la finestra di pagamento. Consenti i pop-up per questo sito o riprova.',
  'flows.error.coopBlocked': 'La finestra di pagamento ha perso il collegamento con questa pagina (Cross-Origin-Opener-Policy), quindi il risultato del pagamento non può arrivarle.',
  'flows.error.timeout': 'Il pagamento non è stato confermato in tempo.',
  'flows.error.status': 'Non è stato possibile leggere lo stato del pagamento ({reason}).',
  'flows.error.statusFormat': 'La risposta sullo stato del pagamento ha un formato inatteso.',
  'flows.error.sdk': 'Non è stato possibile caricare lo script del provider di pagamento {url}: {reason}.',
  'flows.sdk.timeout': 'nessuna risposta entro {seconds} s',
  'flows.sdk.failed': 'manca, ha il content type sbagliato o non ha superato il controllo di integrità',
  'flows.sdk.threw': 'ha generato un errore durante l’avvio',
  'flows.sdk.missing': 'non fornisce {name}',
  'flows.sdk.notAllowed': 'non è un indirizzo SDK configurato',
  'flows.sdk.trustedTypes': 'Trusted Types ha rifiutato l’indirizzo dello script (consenti la policy "pay-elements")',
  'flows.config.modal': 'Un reindirizzamento nella modale iframe richiede un contenitore in cui mostrarla.',
  'flows.config.sdkUrl': 'L’indirizzo SDK {url} è stato rifiutato: {reason}.',
  'flows.error.csp': 'La Content-Security-Policy del sito ha bloccato lo script del provider di pagamento {url}.',
} satisfies Catalog<typeof flowsMessages>;
