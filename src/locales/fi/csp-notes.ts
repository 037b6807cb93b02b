import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The CSP notes on where Chromium departs from CSP3 in Finnish. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium ei anna porttinumerollisen http://-lähteen sallia https://-yhteyttä samaan porttiin (se päivittää vain oletusportit, eikä kehyksille ja lomakkeiden lähetyksille edes erikseen annettua :443-porttia); CSP-määritys sallii sen, ja muut selaimet saattavat sallia. Lisää itse https://-lähde.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium antaa http://host:80-lähteen sallia osoitteen https://host (portti 443), kuten Firefox ja Safari, mutta CSP-määritys ei salli sitä, joten tiukempi selain voi estää sen. Lisää itse https://-lähde.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium jättää huomiotta lähteen kyselymerkkijonon tai fragmentin ({directive}); CSP-määrityksen mukaan tällainen lähde on virheellinen, ja muut selaimet saattavat ohittaa koko lähteen. Poista ?…- tai #…-osa.',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium tulkitsee <meta>-tagin Content-Security-Policyssä olevan pilkun toisen käytännön aluksi; CSP-määrityksen ja muiden selainten mukaan käytäntöjä on yksi. Käytä yhtä <meta>-tagia käytäntöä kohden, ilman pilkkuja.',
} satisfies Catalog<typeof cspNotesMessages>;
