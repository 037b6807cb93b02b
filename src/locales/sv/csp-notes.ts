import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The CSP notes on where Chromium departs from CSP3 in Swedish. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium låter inte en http://-källa med port tillåta https:// på den porten (den uppgraderar bara standardportar, och för ramar och formulärposter inte ens en uttrycklig :443); CSP-specifikationen tillåter det, och det kan andra webbläsare också göra. Ange själva https://-källan.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium låter en http://host:80-källa tillåta https://host (port 443), precis som Firefox och Safari, men CSP-specifikationen gör det inte, så en striktare webbläsare kan blockera den. Ange själva https://-källan.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium ignorerar frågesträngen eller fragmentet i en källa ({directive}); enligt CSP-specifikationen är en sådan källa ogiltig, och andra webbläsare kan ignorera hela källan. Ta bort ?…- eller #…-delen.',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium läser kommatecknet i din <meta>-Content-Security-Policy som början på en andra policy; CSP-specifikationen och andra webbläsare läser en enda policy. Använd en <meta>-tagg per policy, utan kommatecken.',
} satisfies Catalog<typeof cspNotesMessages>;
