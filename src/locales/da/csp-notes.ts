import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The CSP notes on where Chromium departs from CSP3 in Danish. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium lader ikke en http://-kilde med port tillade https:// på den port (den opgraderer kun standardporte, og for frames og formularafsendelser ikke engang en eksplicit :443); CSP-specifikationen tillader det, og det kan andre browsere også gøre. Angiv selve https://-kilden.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium lader en http://host:80-kilde tillade https://host (port 443), ligesom Firefox og Safari, men det gør CSP-specifikationen ikke, så en strengere browser kan blokere den. Angiv selve https://-kilden.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium ignorerer forespørgselsstrengen eller fragmentet i en kilde ({directive}); CSP-specifikationen gør en sådan kilde ugyldig, og andre browsere kan ignorere hele kilden. Fjern ?…- eller #…-delen.',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium læser kommaet i din <meta>-Content-Security-Policy som starten på en ny politik; CSP-specifikationen og andre browsere læser én politik. Brug ét <meta>-tag pr. politik, uden kommaer.',
} satisfies Catalog<typeof cspNotesMessages>;
