import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The Chromium notes of the CSP verdicts in Romanian. */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Chromium nu permite ca o sursă http:// cu port să autorizeze https:// pe acel port (face upgrade doar porturilor implicite, iar pentru cadre și trimiteri de formulare nici măcar unui :443 explicit); specificația CSP permite acest lucru, iar alte browsere pot face la fel. Listează direct sursa https://.',
  'diagnostics.chromium.upgrade80To443': 'Chromium permite ca o sursă http://host:80 să autorizeze https://host (portul 443), la fel ca Firefox și Safari, dar specificația CSP nu, deci un browser mai strict o poate bloca. Listează direct sursa https://.',
  'diagnostics.chromium.sourceQueryIgnored': 'Chromium ignoră interogarea sau fragmentul dintr-o sursă ({directive}); specificația CSP consideră invalidă o astfel de sursă, iar alte browsere pot ignora întreaga sursă. Elimină partea ?… sau #….',
  'diagnostics.chromium.metaCommaSplit': 'Chromium interpretează virgula din Content-Security-Policy din <meta> drept începutul unei a doua politici; specificația CSP și celelalte browsere citesc o singură politică. Folosește câte o etichetă <meta> pentru fiecare politică, fără virgule.',
} satisfies Catalog<typeof cspNotesMessages>;
