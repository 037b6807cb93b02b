import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** `npx pay-elements doctor` in Italian (labels at most 4 characters: fixed-width column). */
export default {
  'doctor.title': 'pay-elements doctor: verifica di {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'ERR',
  'doctor.label.warn': 'ATT',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(impossibile leggere gli header della risposta: l’esito dei controlli sugli header è sconosciuto)',
  'doctor.note': 'nota: {note}',
  'doctor.missing': 'mancano in {directive}: {sources}',
  'doctor.fix.title': 'Correzione (integrata nella tua policy attuale):',
  'doctor.coopFix.title': 'Correzione COOP:',
  'doctor.how': 'Come: {summary}',
  'doctor.fetchFailed': 'Impossibile scaricare {url}: {reason}',
  'doctor.arg.unknown': 'Opzione sconosciuta {option}',
  'doctor.arg.unexpected': 'Argomento inatteso {argument}',
  'doctor.arg.missingUrl': '<url> mancante',
  'doctor.arg.timeout': '--timeout {value} non valido: un numero intero di millisecondi da 1 a 120000',
  'doctor.arg.lang': '--lang {value} non valido: un tag di lingua come it, pt-PT o zh-CN',
  'doctor.usage.summary':
    'Verifica la Cross-Origin-Opener-Policy e la Content-Security-Policy di una pagina (header e <meta http-equiv>) rispetto a ciò che serve a ciascun provider di pagamento.',
  'doctor.usage.provider': '{names} (ripetibile o separato da virgole; predefinito: tutti)',
  'doctor.usage.returnUrl': 'la pagina a cui torna un checkout in popup (la callbackUrl di Glomo): viene verificata anche la sua COOP',
  'doctor.usage.timeout': 'rinuncia a una pagina che non risponde entro questo tempo (predefinito {ms})',
  'doctor.usage.json': 'stampa il report in JSON (per la CI)',
  'doctor.usage.lang': 'la lingua del report (predefinita: LC_ALL, LC_MESSAGES o LANG, altrimenti inglese)',
  'doctor.usage.exit': 'Codici di uscita: 0 nessun errore, 1 un controllo non superato, 2 argomenti non validi, 3 impossibile leggere la pagina.',
} satisfies Catalog<typeof doctorMessages>;
