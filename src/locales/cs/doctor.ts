import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words, in Czech. */
export default {
  'doctor.title': 'Diagnostika pay-elements (doctor): {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'NE',
  'doctor.label.warn': 'VAR.',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(hlavičky odpovědi nelze přečíst: výsledek kontrol hlaviček není znám)',
  'doctor.note': 'poznámka: {note}',
  'doctor.missing': 'chybí v {directive}: {sources}',
  'doctor.fix.title': 'Oprava (sloučená s vaší současnou zásadou):',
  'doctor.coopFix.title': 'Oprava COOP:',
  'doctor.how': 'Postup: {summary}',
  'doctor.fetchFailed': 'Nelze stáhnout {url}: {reason}',
  'doctor.arg.unknown': 'Neznámá volba {option}',
  'doctor.arg.unexpected': 'Neočekávaný argument {argument}',
  'doctor.arg.missingUrl': 'Chybí <url>',
  'doctor.arg.timeout': 'Neplatný --timeout {value}: zadejte celý počet milisekund od 1 do 120000',
  'doctor.arg.lang': 'Neplatný --lang {value}: zadejte jazykový tag, například it, pt-PT nebo zh-CN',
  'doctor.usage.summary': 'Zkontroluje Cross-Origin-Opener-Policy a Content-Security-Policy stránky (hlavičky i <meta http-equiv>) podle toho, co potřebují jednotliví poskytovatelé plateb.',
  'doctor.usage.provider': '{names} (lze opakovat nebo oddělit čárkami; výchozí: všichni)',
  'doctor.usage.returnUrl': 'stránka, na kterou se vrací vyskakovací okno pokladny (callbackUrl u Glomo): kontroluje se i její COOP',
  'doctor.usage.timeout': 'jak dlouho čekat na odpověď stránky, než to kontrola vzdá (výchozí {ms})',
  'doctor.usage.json': 'vypsat zprávu jako JSON (pro CI)',
  'doctor.usage.lang': 'jazyk zprávy (výchozí: LC_ALL, LC_MESSAGES nebo LANG, jinak angličtina)',
  'doctor.usage.exit': 'Návratové kódy: 0 žádná chyba, 1 některá kontrola selhala, 2 chybné argumenty, 3 stránku nelze načíst.',
} satisfies Catalog<typeof doctorMessages>;
