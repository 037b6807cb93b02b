import type { Catalog } from '../../core/messages.js';
import type { cspNotesMessages } from '../../diagnostics/csp-notes.messages.js';

/** The notes on Chromium’s CSP departures, in German. */
export default {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium lässt eine http://-Quelle mit Port nicht https:// auf diesem Port erlauben (es stuft nur Standardports hoch, bei Frames und Formular-Posts nicht einmal ein explizites :443); die CSP-Spezifikation erlaubt es, und andere Browser womöglich auch. Führen Sie die https://-Quelle selbst auf.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium lässt eine Quelle http://host:80 auch https://host (Port 443) erlauben, wie Firefox und Safari, die CSP-Spezifikation aber nicht, sodass ein strengerer Browser es blockieren kann. Führen Sie die https://-Quelle selbst auf.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium ignoriert Query oder Fragment in einer Quelle ({directive}); laut CSP-Spezifikation ist eine solche Quelle ungültig, und andere Browser ignorieren womöglich die ganze Quelle. Entfernen Sie den Teil ?… oder #….',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium liest das Komma in Ihrer <meta>-Content-Security-Policy als Beginn einer zweiten Richtlinie; die CSP-Spezifikation und andere Browser lesen eine einzige Richtlinie. Verwenden Sie ein <meta>-Tag pro Richtlinie, ohne Kommas.',
} satisfies Catalog<typeof cspNotesMessages>;
