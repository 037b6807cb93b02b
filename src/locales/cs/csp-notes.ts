import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on where Chromium departs from CSP3, in Czech. */
export default {
  'diagnostics.chromium.upgradeKeepsPort': 'Chromium nedovolí, aby zdroj http:// s portem povolil https:// na stejném portu (povyšuje jen výchozí porty a u rámců a odesílání formulářů ani výslovně uvedený :443); specifikace CSP to dovoluje a jiné prohlížeče to dovolit mohou. Uveďte přímo zdroj https://.',
  'diagnostics.chromium.upgrade80To443': 'Chromium dovolí, aby zdroj http://host:80 povolil https://host (port 443), stejně jako Firefox a Safari, specifikace CSP však ne, takže přísnější prohlížeč ho může zablokovat. Uveďte přímo zdroj https://.',
  'diagnostics.chromium.sourceQueryIgnored': 'Chromium ignoruje dotaz nebo fragment ve zdroji ({directive}); podle specifikace CSP je takový zdroj neplatný a jiné prohlížeče mohou ignorovat celý zdroj. Odstraňte část ?… nebo #….',
  'diagnostics.chromium.metaCommaSplit': 'Chromium čte čárku ve vaší <meta> Content-Security-Policy jako začátek druhé zásady; specifikace CSP i ostatní prohlížeče čtou jedinou zásadu. Použijte pro každou zásadu jednu značku <meta>, bez čárek.',
} satisfies Catalog<typeof cspNotesMessages>;
