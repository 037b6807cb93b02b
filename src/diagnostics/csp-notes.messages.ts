/**
 * The notes a CSP verdict carries where Chromium departs from the CSP3 text: the evaluator
 * predicts Chromium (what most shoppers run) and these say when other browsers may decide the
 * other way. English defaults; other locales through `registerMessages()`.
 */
import type { ChromiumDeparture } from './csp-match.js';
import type { TranslationLoader } from '../core/catalogs.js';

export const cspNotesMessages = {
  'diagnostics.chromium.upgradeKeepsPort':
    'Chromium does not let an http:// source with a port allow https:// on that port (it upgrades default ports only, and for frames and form posts not even an explicit :443); the CSP specification allows it, and other browsers may too. List the https:// source itself.',
  'diagnostics.chromium.upgrade80To443':
    'Chromium lets an http://host:80 source allow https://host (port 443), as Firefox and Safari do, but the CSP specification does not, so a stricter browser may block it. List the https:// source itself.',
  'diagnostics.chromium.sourceQueryIgnored':
    'Chromium ignores the query or fragment in a source ({directive}); the CSP specification makes such a source invalid, and other browsers may ignore the whole source. Remove the ?… or #… part.',
  'diagnostics.chromium.metaCommaSplit':
    'Chromium reads the comma in your <meta> Content-Security-Policy as the start of a second policy; the CSP specification and other browsers read one policy. Use one <meta> tag per policy, without commas.',
} as const;

/** Loads the translations of this catalog (src/locales/csp-notes.ts), once an element needs them. */
export const cspNotesTranslations: TranslationLoader = () => import('../locales/csp-notes.js');

/** The catalog key of each departure's note. */
export const CHROMIUM_DEPARTURE_MESSAGE: Record<ChromiumDeparture, keyof typeof cspNotesMessages> = {
  'upgrade-keeps-port': 'diagnostics.chromium.upgradeKeepsPort',
  'upgrade-80-to-443': 'diagnostics.chromium.upgrade80To443',
  'source-query-ignored': 'diagnostics.chromium.sourceQueryIgnored',
  'meta-comma-split': 'diagnostics.chromium.metaCommaSplit',
};

declare module '../core/messages.js' {
  interface PayMessages extends Record<keyof typeof cspNotesMessages, string> {}
}
