import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Norwegian Bokmål. */
export default {
  'doctor.title': 'pay-elements doctor: sjekker {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'FEIL',
  'doctor.label.warn': 'ADV',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(kunne ikke lese svarhodene: resultatet av hodesjekkene er ukjent)',
  'doctor.note': 'merk: {note}',
  'doctor.missing': 'mangler i {directive}: {sources}',
  'doctor.fix.title': 'Retting (flettet inn i din nåværende policy):',
  'doctor.coopFix.title': 'COOP-retting:',
  'doctor.how': 'Slik: {summary}',
  'doctor.fetchFailed': 'Kunne ikke hente {url}: {reason}',
  'doctor.arg.unknown': 'Ukjent alternativ {option}',
  'doctor.arg.unexpected': 'Uventet argument {argument}',
  'doctor.arg.missingUrl': '<url> mangler',
  'doctor.arg.timeout': 'Ugyldig --timeout {value}: et helt antall millisekunder fra 1 til 120000',
  'doctor.arg.lang': 'Ugyldig --lang {value}: en språkkode som it, pt-PT eller zh-CN',
  'doctor.usage.summary':
    'Sjekker en sides Cross-Origin-Opener-Policy og Content-Security-Policy (hoder og <meta http-equiv>) mot det hver betalingsleverandør trenger.',
  'doctor.usage.provider': '{names} (kan gjentas eller skilles med komma; standard: alle)',
  'doctor.usage.returnUrl': 'siden en popup-betaling returnerer til (Glomos callbackUrl): også dens COOP sjekkes',
  'doctor.usage.timeout': 'gi opp en side som ikke svarer innen denne tiden (standard {ms})',
  'doctor.usage.json': 'skriv ut rapporten som JSON (for CI)',
  'doctor.usage.lang': 'rapportens språk (standard: LC_ALL, LC_MESSAGES eller LANG, ellers engelsk)',
  'doctor.usage.exit':
    'Avslutningskoder: 0 ingen feil, 1 en sjekk feilet, 2 ugyldige argumenter, 3 siden kunne ikke leses.',
} satisfies Catalog<typeof doctorMessages>;
