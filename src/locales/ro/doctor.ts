import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s own terminal words in Romanian. */
export default {
  'doctor.title': 'pay-elements doctor: verificarea {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'EȘEC',
  'doctor.label.warn': 'AVRT',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(anteturile răspunsului nu au putut fi citite: rezultatul verificărilor de anteturi este necunoscut)',
  'doctor.note': 'notă: {note}',
  'doctor.missing': 'lipsește din {directive}: {sources}',
  'doctor.fix.title': 'Soluție (combinată cu politica ta actuală):',
  'doctor.coopFix.title': 'Soluție COOP:',
  'doctor.how': 'Cum: {summary}',
  'doctor.fetchFailed': 'Nu s-a putut descărca {url}: {reason}',
  'doctor.arg.unknown': 'Opțiune necunoscută {option}',
  'doctor.arg.unexpected': 'Argument neașteptat {argument}',
  'doctor.arg.missingUrl': 'Lipsește <url>',
  'doctor.arg.timeout': '--timeout {value} invalid: un număr întreg de milisecunde între 1 și 120000',
  'doctor.arg.lang': '--lang {value} invalid: o etichetă de limbă precum it, pt-PT sau zh-CN',
  'doctor.usage.summary': 'Verifică Cross-Origin-Opener-Policy și Content-Security-Policy ale unei pagini (anteturi și <meta http-equiv>) față de ce are nevoie fiecare furnizor de plăți.',
  'doctor.usage.provider': '{names} (se poate repeta sau separa prin virgule; implicit: toți)',
  'doctor.usage.returnUrl': 'pagina la care revine o plată în pop-up (callbackUrl la Glomo): se verifică și COOP-ul ei',
  'doctor.usage.timeout': 'renunță la o pagină care nu răspunde în acest interval (implicit {ms})',
  'doctor.usage.json': 'afișează raportul ca JSON (pentru CI)',
  'doctor.usage.lang': 'limba raportului (implicit: LC_ALL, LC_MESSAGES sau LANG, altfel engleza)',
  'doctor.usage.exit': 'Coduri de ieșire: 0 niciun eșec, 1 o verificare a eșuat, 2 argumente greșite, 3 pagina nu a putut fi citită.',
} satisfies Catalog<typeof doctorMessages>;
