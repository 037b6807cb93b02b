import type { Catalog } from '../../core/messages.js';
import type { flowsMessages } from '../../flows/flows.messages.js';

/** The flow primitives (modal, errors), in Czech. */
export default {
  'flows.modal.title': 'Potvrďte platbu',
  'flows.modal.close': 'Zavřít',
  'flows.url.invalid': 'není to platná adresa',
  'flows.url.scheme': 'otevřít lze jen adresy https',
  'flows.url.credentials': 'adresa obsahuje uživatelské jméno nebo heslo',
  'flows.url.host': '{host} nepatří mezi hostitele poskytovatele plateb',
  'flows.error.url': 'Poskytovatel plateb vrátil adresu, kterou tato stránka neotevře: {reason}.',
  'flows.error.message': 'Poskytovatel plateb poslal zprávu v neočekávaném formátu.',
  'flows.error.popupBlocked': 'Prohlížeč zablokoval platební okno. Povolte pro tento web vyskakovací okna, nebo to zkuste znovu.',
  'flows.error.coopBlocked': 'Platební okno ztratilo spojení s touto stránkou (Cross-Origin-Opener-Policy), takže sem výsledek platby nemůže dorazit.',
  'flows.error.timeout': 'Platba nebyla včas potvrzena.',
  'flows.error.status': 'Stav platby nelze zjistit ({reason}).',
  'flows.error.statusFormat': 'Odpověď se stavem platby má neočekávaný formát.',
  'flows.error.sdk': 'Skript poskytovatele plateb {url} nelze načíst: {reason}.',
  'flows.sdk.timeout': 'žádná odpověď do {seconds} s',
  'flows.sdk.failed': 'chybí, má nesprávný typ obsahu, nebo neprošel kontrolou integrity',
  'flows.sdk.threw': 'selhal při spouštění',
  'flows.sdk.missing': 'neposkytuje {name}',
  'flows.sdk.notAllowed': 'není to nakonfigurovaná adresa SDK',
  'flows.sdk.trustedTypes': 'Trusted Types odmítly adresu skriptu (povolte zásadu "pay-elements")',
  'flows.config.modal': 'Přesměrování do modálního okna s iframem potřebuje kontejner, do kterého se vykreslí.',
  'flows.config.sdkUrl': 'Adresa SDK {url} je odmítnuta: {reason}.',
  'flows.error.csp': 'Content-Security-Policy webu zablokovala skript poskytovatele plateb {url}.',
} satisfies Catalog<typeof flowsMessages>;
