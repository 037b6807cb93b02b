/**
 * The script-tag build's translation loaders (scripts/cdn-locales.mjs swaps them in for the ES
 * build's dynamic imports): per locale one file for every element's strings and one for the
 * diagnostics', each loaded once, with its SRI hash, as a per-element file is.
 */
import type { TranslationTable } from '../core/catalogs.js';
import { loadLazyFile } from './load-lazy-file.js';

type Strings = Readonly<Record<string, string>>;

/** `{ it: () => load pay-locale-it.iife.js, … }` for a catalog of `group` translated into `locales` (lower case). */
export function cdnLocaleLoaders(group: 'elements' | 'diagnostics', locales: readonly string[]): TranslationTable {
  const suffix = group === 'diagnostics' ? '-diagnostics' : '';
  return Object.fromEntries(locales.map((locale) => [
    locale,
    () => loadLazyFile(`pay-locale-${locale}${suffix}`) as Promise<{ default: Strings }>,
  ]));
}
