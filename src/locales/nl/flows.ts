import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Dutch. */
export default {
  'flows.modal.title': 'Bevestig je betaling',
  'flows.modal.close': 'Sluiten',
  'flows.url.invalid': 'het is geen geldig adres',
  'flows.url.scheme': 'alleen https-adressen mogen worden geopend',
  'flows.url.credentials': 'het adres bevat een gebruikersnaam of wachtwoord',
  'flows.url.host': '{host} is geen van de hosts van de betaalprovider',
  'flows.error.url': 'De betaalprovider gaf een adres terug dat deze pagina niet opent: {reason}.',
  'flows.error.message': 'De betaalprovider stuurde een bericht in een onverwacht formaat.',
  'flows.error.popupBlocked': 'De browser heeft het betaalvenster geblokkeerd. Sta pop-ups toe voor deze site of probeer het opnieuw.',
  'flows.error.coopBlocked': 'Het betaalvenster heeft de verbinding met deze pagina verloren (Cross-Origin-Opener-Policy), waardoor het betaalresultaat deze pagina niet kan bereiken.',
  'flows.error.timeout': 'De betaling is niet op tijd bevestigd.',
  'flows.error.status': 'De betaalstatus kon niet worden gelezen ({reason}).',
  'flows.error.statusFormat': 'Het antwoord met de betaalstatus heeft een onverwacht formaat.',
  'flows.error.sdk': 'Het script {url} van de betaalprovider kon niet worden geladen: {reason}.',
  'flows.sdk.timeout': 'geen antwoord binnen {seconds} s',
  'flows.sdk.failed': 'het ontbreekt, heeft het verkeerde content-type of kwam niet door de integriteitscontrole',
  'flows.sdk.threw': 'het liep vast tijdens het starten',
  'flows.sdk.missing': 'het biedt geen {name}',
  'flows.sdk.notAllowed': 'het is geen geconfigureerd SDK-adres',
  'flows.sdk.trustedTypes': 'Trusted Types heeft het scriptadres geweigerd (sta de policy "pay-elements" toe)',
  'flows.config.modal': 'Een redirect naar de iframe-modal heeft een container nodig om die in weer te geven.',
  'flows.config.sdkUrl': 'Het SDK-adres {url} wordt geweigerd: {reason}.',
  'flows.error.csp': 'De Content-Security-Policy van de site heeft het script {url} van de betaalprovider geblokkeerd.',
} satisfies Catalog<typeof flowsMessages>;
