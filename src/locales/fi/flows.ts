import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Finnish. */
export default {
  'flows.modal.title': 'Vahvista maksusi',
  'flows.modal.close': 'Sulje',
  'flows.url.invalid': 'se ei ole kelvollinen osoite',
  'flows.url.scheme': 'vain https-osoitteita saa avata',
  'flows.url.credentials': 'osoite sisältää käyttäjätunnuksen tai salasanan',
  'flows.url.host': '{host} ei ole maksupalveluntarjoajan palvelin',
  'flows.error.url': 'Maksupalveluntarjoaja palautti osoitteen, jota tämä sivu ei avaa: {reason}.',
  'flows.error.message': 'Maksupalveluntarjoaja lähetti viestin odottamattomassa muodossa.',
  'flows.error.popupBlocked': 'Selain esti maksuikkunan. Salli ponnahdusikkunat tälle sivustolle tai yritä uudelleen.',
  'flows.error.coopBlocked':
    'Maksuikkunan yhteys tähän sivuun katkesi (Cross-Origin-Opener-Policy), joten maksun tulos ei tavoita sitä.',
  'flows.error.timeout': 'Maksua ei vahvistettu ajoissa.',
  'flows.error.status': 'Maksun tilaa ei voitu lukea ({reason}).',
  'flows.error.statusFormat': 'Maksun tilaa koskeva vastaus on odottamattomassa muodossa.',
  'flows.error.sdk': 'Maksupalveluntarjoajan skriptiä {url} ei voitu ladata: {reason}.',
  'flows.sdk.timeout': 'ei vastausta {seconds} s:n kuluessa',
  'flows.sdk.failed': 'se puuttuu, sen sisältötyyppi on väärä tai sen eheystarkistus epäonnistui',
  'flows.sdk.threw': 'se epäonnistui käynnistyessään',
  'flows.sdk.missing': 'se ei tarjoa kohdetta {name}',
  'flows.sdk.notAllowed': 'se ei ole määritetty SDK-osoite',
  'flows.sdk.trustedTypes': 'Trusted Types hylkäsi skriptin osoitteen (salli käytäntö ”pay-elements”)',
  'flows.config.modal': 'Uudelleenohjaus iframe-modaaliin tarvitsee säilön, johon se piirretään.',
  'flows.config.sdkUrl': 'SDK-osoite {url} hylätään: {reason}.',
  'flows.error.csp': 'Sivuston Content-Security-Policy esti maksupalveluntarjoajan skriptin {url}.',
} satisfies Catalog<typeof flowsMessages>;
