import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Danish. */
export default {
  'doctor.title': 'pay-elements doctor: tjekker {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'FEJL',
  'doctor.label.warn': 'ADV',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(kunne ikke læse svarets headere: header-tjekkenes resultat er ukendt)',
  'doctor.note': 'bemærk: {note}',
  'doctor.missing': 'mangler i {directive}: {sources}',
  'doctor.fix.title': 'Rettelse (flettet ind i din nuværende politik):',
  'doctor.coopFix.title': 'COOP-rettelse:',
  'doctor.how': 'Sådan: {summary}',
  'doctor.fetchFailed': 'Kunne ikke hente {url}: {reason}',
  'doctor.arg.unknown': 'Ukendt tilvalg {option}',
  'doctor.arg.unexpected': 'Uventet argument {argument}',
  'doctor.arg.missingUrl': '<url> mangler',
  'doctor.arg.timeout': 'Ugyldig --timeout {value}: et helt antal millisekunder fra 1 til 120000',
  'doctor.arg.lang': 'Ugyldig --lang {value}: et sprogtag som it, pt-PT eller zh-CN',
  'doctor.usage.summary':
    'Tjekker en sides Cross-Origin-Opener-Policy og Content-Security-Policy (headere og <meta http-equiv>) mod det, hver betalingsudbyder har brug for.',
  'doctor.usage.provider': '{names} (kan gentages eller kommasepareres; standard: alle)',
  'doctor.usage.returnUrl':
    'den side, et popup-checkout vender tilbage til (Glomos callbackUrl): dens COOP tjekkes også',
  'doctor.usage.timeout': 'opgiv en side, der ikke svarer inden for dette tidsrum (standard {ms})',
  'doctor.usage.json': 'udskriv rapporten som JSON (til CI)',
  'doctor.usage.lang': 'rapportens sprog (standard: LC_ALL, LC_MESSAGES eller LANG, ellers engelsk)',
  'doctor.usage.exit': 'Exitkoder: 0 ingen fejl, 1 et tjek fejlede, 2 ugyldige argumenter, 3 siden kunne ikke læses.',
} satisfies Catalog<typeof doctorMessages>;
