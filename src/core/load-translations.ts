/**
 * Loads shipped translations (see ./catalogs.ts): a chunk of its own, imported only when some
 * element renders in a shipped language other than English, or by code that words messages in
 * one (`diagnose()`, the doctor).
 */
import { addShippedMessages, type TranslationLoader, type TranslationTable } from './catalogs.js';
import { localeChain } from './locale-chain.js';

/** Each table's loads by locale, started once: a failed load stays failed (the chain's next locale is shown, and it is said once). */
const loads = new WeakMap<TranslationTable, Map<string, Promise<void>>>();

function loadOne(table: TranslationTable, locale: string): Promise<void> {
  let byLocale = loads.get(table);
  if (!byLocale) loads.set(table, (byLocale = new Map()));
  let pending = byLocale.get(locale);
  if (!pending) {
    pending = table[locale]!()
      .then(async (module) => addShippedMessages(locale, await module.default))
      .catch((error: unknown) => {
        console.warn(`[pay-elements] the "${locale}" messages could not be loaded (${String(error)}); the next language of its chain is shown.`);
      });
    byLocale.set(locale, pending);
  }
  return pending;
}

/** Loads what the catalogs of `loaders` ship for `locale`'s chain; resolves when every load has settled (never rejects). */
export async function loadTranslations(loaders: readonly TranslationLoader[], locale: string): Promise<void> {
  const tables = await Promise.all(loaders.map((loader) => loader().then((module) => module.default, (error: unknown) => {
    console.warn(`[pay-elements] translations could not be loaded (${String(error)}); English is shown.`);
    return {} as TranslationTable;
  })));
  const chain = localeChain(locale);
  await Promise.all(tables.flatMap((table) => chain.filter((tag) => tag in table).map((tag) => loadOne(table, tag))));
}
