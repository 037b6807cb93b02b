import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Swedish. */
export default {
  'flows.modal.title': 'Bekräfta din betalning',
  'flows.modal.close': 'Stäng',
  'flows.url.invalid': 'det är inte en giltig adress',
  'flows.url.scheme': 'endast https-adresser får öppnas',
  'flows.url.credentials': 'adressen innehåller ett användarnamn eller lösenord',
  'flows.url.host': '{host} är inte en av betalleverantörens värdar',
  'flows.error.url': 'Betalleverantören returnerade en adress som den här sidan inte öppnar: {reason}.',
  'flows.error.message': 'Betalleverantören skickade ett meddelande i ett oväntat format.',
  'flows.error.popupBlocked':
    'Webbläsaren blockerade betalningsfönstret. Tillåt popup-fönster för den här webbplatsen, eller försök igen.',
  'flows.error.coopBlocked':
    'Betalningsfönstret förlorade sin länk till den här sidan (Cross-Origin-Opener-Policy), så betalningsresultatet kan inte nå den.',
  'flows.error.timeout': 'Betalningen bekräftades inte i tid.',
  'flows.error.status': 'Betalningsstatusen kunde inte läsas ({reason}).',
  'flows.error.statusFormat': 'Svaret med betalningsstatus har ett oväntat format.',
  'flows.error.sdk': 'Betalleverantörens skript {url} kunde inte laddas: {reason}.',
  'flows.sdk.timeout': 'inget svar inom {seconds} s',
  'flows.sdk.failed': 'det saknas, har fel innehållstyp eller klarade inte integritetskontrollen',
  'flows.sdk.threw': 'det misslyckades vid start',
  'flows.sdk.missing': 'det tillhandahåller inte {name}',
  'flows.sdk.notAllowed': 'det är inte en konfigurerad SDK-adress',
  'flows.sdk.trustedTypes': 'Trusted Types nekade skriptadressen (tillåt policyn ”pay-elements”)',
  'flows.config.modal': 'En omdirigering till iframe-modalen behöver en behållare att rendera den i.',
  'flows.config.sdkUrl': 'SDK-adressen {url} nekas: {reason}.',
  'flows.error.csp': 'Webbplatsens Content-Security-Policy blockerade betalleverantörens skript {url}.',
} satisfies Catalog<typeof flowsMessages>;
