import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Swedish. */
export default {
  'doctor.title': 'pay-elements doctor: kontrollerar {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'FEL',
  'doctor.label.warn': 'VARN',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(kunde inte läsa svarshuvudena: huvudkontrollernas resultat är okända)',
  'doctor.note': 'obs: {note}',
  'doctor.missing': 'saknas i {directive}: {sources}',
  'doctor.fix.title': 'Åtgärd (sammanfogad med din nuvarande policy):',
  'doctor.coopFix.title': 'COOP-åtgärd:',
  'doctor.how': 'Så här: {summary}',
  'doctor.fetchFailed': 'Kunde inte hämta {url}: {reason}',
  'doctor.arg.unknown': 'Okänt alternativ {option}',
  'doctor.arg.unexpected': 'Oväntat argument {argument}',
  'doctor.arg.missingUrl': '<url> saknas',
  'doctor.arg.timeout': 'Ogiltig --timeout {value}: ett heltal millisekunder från 1 till 120000',
  'doctor.arg.lang': 'Ogiltig --lang {value}: en språktagg som it, pt-PT eller zh-CN',
  'doctor.usage.summary':
    'Kontrollerar en sidas Cross-Origin-Opener-Policy och Content-Security-Policy (huvuden och <meta http-equiv>) mot vad varje betalleverantör behöver.',
  'doctor.usage.provider': '{names} (kan upprepas eller skiljas med kommatecken; standard: alla)',
  'doctor.usage.returnUrl':
    'sidan som en popup-kassa återvänder till (Glomos callbackUrl): även dess COOP kontrolleras',
  'doctor.usage.timeout': 'ge upp en sida som inte svarar inom denna tid (standard {ms})',
  'doctor.usage.json': 'skriv ut rapporten som JSON (för CI)',
  'doctor.usage.lang': 'rapportens språk (standard: LC_ALL, LC_MESSAGES eller LANG, annars engelska)',
  'doctor.usage.exit':
    'Slutkoder: 0 inget fel, 1 en kontroll misslyckades, 2 felaktiga argument, 3 sidan kunde inte läsas.',
} satisfies Catalog<typeof doctorMessages>;
