import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The CSP notes on where Chromium departs from CSP3 in Norwegian Bokmål. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium lar ikke en http://-kilde med port tillate https:// på den porten (den oppgraderer bare standardporter, og for rammer og skjemainnsendinger ikke engang en eksplisitt :443); CSP-spesifikasjonen tillater det, og det kan andre nettlesere også gjøre. Oppgi selve https://-kilden.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium lar en http://host:80-kilde tillate https://host (port 443), slik Firefox og Safari gjør, men CSP-spesifikasjonen gjør det ikke, så en strengere nettleser kan blokkere den. Oppgi selve https://-kilden.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium ignorerer spørrestrengen eller fragmentet i en kilde ({directive}); CSP-spesifikasjonen gjør en slik kilde ugyldig, og andre nettlesere kan ignorere hele kilden. Fjern ?…- eller #…-delen.',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium leser kommaet i din <meta>-Content-Security-Policy som starten på en ny policy; CSP-spesifikasjonen og andre nettlesere leser én policy. Bruk én <meta>-tagg per policy, uten komma.',
} satisfies Catalog<typeof cspNotesMessages>;
