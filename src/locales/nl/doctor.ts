import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Dutch. */
export default {
  'doctor.title': 'pay-elements doctor: controle van {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'FOUT',
  'doctor.label.warn': 'WARN',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(de response-headers konden niet worden gelezen: uitkomst van de headercontroles onbekend)',
  'doctor.note': 'opmerking: {note}',
  'doctor.missing': 'ontbreekt in {directive}: {sources}',
  'doctor.fix.title': 'Oplossing (samengevoegd met je huidige policy):',
  'doctor.coopFix.title': 'COOP-oplossing:',
  'doctor.how': 'Hoe: {summary}',
  'doctor.fetchFailed': '{url} kon niet worden opgehaald: {reason}',
  'doctor.arg.unknown': 'Onbekende optie {option}',
  'doctor.arg.unexpected': 'Onverwacht argument {argument}',
  'doctor.arg.missingUrl': '<url> ontbreekt',
  'doctor.arg.timeout': 'Ongeldige --timeout {value}: een geheel aantal milliseconden van 1 tot 120000',
  'doctor.arg.lang': 'Ongeldige --lang {value}: een taaltag zoals it, pt-PT of zh-CN',
  'doctor.usage.summary':
    'Controleert de Cross-Origin-Opener-Policy en Content-Security-Policy van een pagina (headers en <meta http-equiv>) aan de hand van wat elke betaalprovider nodig heeft.',
  'doctor.usage.provider': '{names} (herhaalbaar of kommagescheiden; standaard: alle)',
  'doctor.usage.returnUrl': 'de pagina waarnaar een pop-upcheckout terugkeert (callbackUrl van Glomo): ook de COOP daarvan wordt gecontroleerd',
  'doctor.usage.timeout': 'opgeven bij een pagina die niet binnen deze tijd antwoordt (standaard {ms})',
  'doctor.usage.json': 'het rapport als JSON afdrukken (voor CI)',
  'doctor.usage.lang': 'de taal van het rapport (standaard: LC_ALL, LC_MESSAGES of LANG, anders Engels)',
  'doctor.usage.exit': 'Exitcodes: 0 geen fout, 1 een controle is mislukt, 2 ongeldige argumenten, 3 de pagina kon niet worden gelezen.',
} satisfies Catalog<typeof doctorMessages>;
