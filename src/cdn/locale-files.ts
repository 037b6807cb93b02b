/**
 * The script-tag build's translation loaders (scripts/cdn-locales.mjs swaps them in for the ES
 * build's dynamic imports): per locale one file for every element's strings and one for the
 * diagnostics', each loaded once, with its SRI hash, as a per-element file is.
 */
import type { TranslationTable } from '../core/catalogs.js';
import { SHIPPED_LOCALES } from '../locales/shipped.js';
import { loadLazyFile } from './load-lazy-file.js';

type Strings = Readonly<Record<string, string>>;

/** `{ it: () => load pay-locale-it.iife.js, … }` for a catalog of `group`: every shipped locale has its file. */
export function cdnLocaleLoaders(group: 'elements' | 'diagnostics'): TranslationTable {
  const suffix = group === 'diagnostics' ? '-diagnostics' : '';
  return Object.fromEntries(SHIPPED_LOCALES.map((locale) => [
    locale,
    () => loadLazyFile(`pay-locale-${locale}${suffix}`) as Promise<{ default: Strings }>,
  ]));
}

const tables = new Map<string, Promise<{ default: TranslationTable }>>();

/** A catalog's table in the script-tag build (scripts/cdn-locales.mjs swaps it in): its group's, shared. */
export function cdnTable(group: 'elements' | 'diagnostics'): Promise<{ default: TranslationTable }> {
  let table = tables.get(group);
  if (!table) tables.set(group, (table = Promise.resolve({ default: cdnLocaleLoaders(group) })));
  return table;
}
