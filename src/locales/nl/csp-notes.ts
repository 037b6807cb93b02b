import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on Chromium’s CSP departures, in Dutch. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium laat een http://-bron met een poort geen https:// op die poort toestaan (het upgradet alleen standaardpoorten, en voor frames en formulierverzendingen zelfs geen expliciete :443); de CSP-specificatie staat het toe, en andere browsers mogelijk ook. Vermeld de https://-bron zelf.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium laat een bron http://host:80 ook https://host (poort 443) toestaan, net als Firefox en Safari, maar de CSP-specificatie niet, dus een strengere browser kan het blokkeren. Vermeld de https://-bron zelf.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium negeert de query of het fragment in een bron ({directive}); volgens de CSP-specificatie is zo’n bron ongeldig, en andere browsers negeren mogelijk de hele bron. Verwijder het deel ?… of #….',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium leest de komma in je <meta>-Content-Security-Policy als het begin van een tweede policy; de CSP-specificatie en andere browsers lezen één policy. Gebruik één <meta>-tag per policy, zonder komma’s.',
} satisfies Catalog<typeof cspNotesMessages>;
