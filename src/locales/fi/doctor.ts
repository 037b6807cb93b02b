import type { Catalog } from '../../core/messages.js';
import type { doctorMessages } from '../../cli/doctor.messages.js';

/** The doctor’s terminal words in Finnish. */
export default {
  'doctor.title': 'pay-elements doctor: tarkistetaan {url}',
  'doctor.label.pass': 'OK',
  'doctor.label.fail': 'VIKA',
  'doctor.label.warn': 'VAR',
  'doctor.label.unknown': '????',
  'doctor.headersUnreadable': '(vastauksen otsakkeita ei voitu lukea: otsaketarkistusten tulos on tuntematon)',
  'doctor.note': 'huom.: {note}',
  'doctor.missing': 'puuttuu direktiivistä {directive}: {sources}',
  'doctor.fix.title': 'Korjaus (yhdistetty nykyiseen käytäntöösi):',
  'doctor.coopFix.title': 'COOP-korjaus:',
  'doctor.how': 'Näin: {summary}',
  'doctor.fetchFailed': 'Osoitetta {url} ei voitu hakea: {reason}',
  'doctor.arg.unknown': 'Tuntematon valitsin {option}',
  'doctor.arg.unexpected': 'Odottamaton argumentti {argument}',
  'doctor.arg.missingUrl': '<url> puuttuu',
  'doctor.arg.timeout': 'Virheellinen --timeout {value}: kokonaisluku millisekunteina väliltä 1–120000',
  'doctor.arg.lang': 'Virheellinen --lang {value}: kielitunniste, kuten it, pt-PT tai zh-CN',
  'doctor.usage.summary':
    'Tarkistaa sivun Cross-Origin-Opener-Policyn ja Content-Security-Policyn (otsakkeet ja <meta http-equiv>) sen mukaan, mitä kukin maksupalveluntarjoaja tarvitsee.',
  'doctor.usage.provider': '{names} (voi toistaa tai erottaa pilkuilla; oletus: kaikki)',
  'doctor.usage.returnUrl':
    'sivu, jolle ponnahdusikkunassa avautuva maksu palaa (Glomon callbackUrl): myös sen COOP tarkistetaan',
  'doctor.usage.timeout': 'luovu sivusta, joka ei vastaa tässä ajassa (oletus {ms})',
  'doctor.usage.json': 'tulosta raportti JSON-muodossa (CI:tä varten)',
  'doctor.usage.lang': 'raportin kieli (oletus: LC_ALL, LC_MESSAGES tai LANG, muuten englanti)',
  'doctor.usage.exit':
    'Paluukoodit: 0 ei virheitä, 1 jokin tarkistus epäonnistui, 2 virheelliset argumentit, 3 sivua ei voitu lukea.',
} satisfies Catalog<typeof doctorMessages>;
