import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors) in Romanian. */
export default {
  'flows.modal.title': 'Confirmă plata',
  'flows.modal.close': 'Închide',
  'flows.url.invalid': 'nu este o adresă validă',
  'flows.url.scheme': 'se pot deschide doar adrese https',
  'flows.url.credentials': 'adresa conține un nume de utilizator sau o parolă',
  'flows.url.host': '{host} nu este unul dintre hosturile furnizorului de plăți',
  'flows.error.url': 'Furnizorul de plăți a returnat o adresă pe care această pagină nu o va deschide: {reason}.',
  'flows.error.message': 'Furnizorul de plăți a trimis un mesaj într-un format neașteptat.',
  'flows.error.popupBlocked': 'Browserul a blocat fereastra de plată. Permite ferestrele pop-up pentru acest site sau încearcă din nou.',
  'flows.error.coopBlocked': 'Fereastra de plată și-a pierdut legătura cu această pagină (Cross-Origin-Opener-Policy), deci rezultatul plății nu poate ajunge la ea.',
  'flows.error.timeout': 'Plata nu a fost confirmată la timp.',
  'flows.error.status': 'Starea plății nu a putut fi citită ({reason}).',
  'flows.error.statusFormat': 'Răspunsul cu starea plății are un format neașteptat.',
  'flows.error.sdk': 'Scriptul furnizorului de plăți {url} nu a putut fi încărcat: {reason}.',
  'flows.sdk.timeout': 'niciun răspuns în {seconds} s',
  'flows.sdk.failed': 'lipsește, are un tip de conținut greșit sau nu a trecut verificarea de integritate',
  'flows.sdk.threw': 'a eșuat la pornire',
  'flows.sdk.missing': 'nu oferă {name}',
  'flows.sdk.notAllowed': 'nu este o adresă de SDK configurată',
  'flows.sdk.trustedTypes': 'Trusted Types a refuzat adresa scriptului (permite politica "pay-elements")',
  'flows.config.modal': 'O redirecționare în fereastra modală cu iframe are nevoie de un container în care să fie afișată.',
  'flows.config.sdkUrl': 'Adresa SDK {url} este refuzată: {reason}.',
  'flows.error.csp': 'Content-Security-Policy a site-ului a blocat scriptul furnizorului de plăți {url}.',
} satisfies Catalog<typeof flowsMessages>;
