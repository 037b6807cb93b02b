/**
 * The English catalogs (every `src/**\/*.messages.ts`), found on disk as the locale generator
 * finds them: `card-form.messages.ts` is the catalog `card-form`, translated in
 * `src/locales/<locale>/card-form.ts`.
 */
import { existsSync } from 'node:fs';
import { messageFiles } from '../../../scripts/message-files.mjs';
import { resolve, relative, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../../..');

export interface EnglishCatalog {
  name: string;
  path: string;
  messages: Record<string, string>;
}

let cached: Promise<EnglishCatalog[]> | undefined;

/** Every English catalog, sorted by name. */
export function englishCatalogs(): Promise<EnglishCatalog[]> {
  cached ??= Promise.all(
    messageFiles(resolve(root, 'src')).map(async (file) => {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      const [, messages] = Object.entries(module).find(([name]) => name.endsWith('Messages'))!;
      return { name: basename(file, '.messages.ts'), path: relative(root, file), messages: messages as Record<string, string> };
    }),
  ).then((list) => list.sort((a, b) => a.name.localeCompare(b.name)));
  return cached;
}

/** The sorted `{name}` placeholders of a message. */
export const placeholders = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

/**
 * Keys whose text may rightly equal the English one in another language: brand, scheme,
 * provider and server product names ("Node.js / Express"), "IBAN", the +351 prefix, a
 * message made only of other messages ("{title}. {body}"), and the doctor's column labels
 * (PASS / FAIL / WARN are terminal words in many languages' tooling).
 */
export const SAME_AS_ENGLISH =
  /^(brand\.|diagnostics\.provider\.|diagnostics\.server\.|doctor\.label\.|bank\.details\.iban$|bank\.submitted\.announce$|mbway\.phone\.prefix$)/;

const PLURAL = /\.(zero|one|two|few|many|other)$/;

/** A locale's translation of catalog `name` (src/locales/<locale>/<name>.ts). */
export const loadTranslation = async (locale: string, name: string): Promise<Record<string, string>> =>
  (await import(pathToFileURL(resolve(root, 'src/locales', locale, `${name}.ts`)).href)).default as Record<string, string>;

/**
 * What is wrong with a locale against the English catalogs: a missing file or key, a
 * `{placeholder}` set unlike English, an empty message, a message left in English, a key English
 * lacks (plural forms only for messages with `{count}`). en-IN writes only what differs from English.
 */
export async function localeProblems(locale: string): Promise<string[]> {
  const partial = locale === 'en-IN';
  const problems: string[] = [];
  for (const { name, messages } of await englishCatalogs()) {
    if (!existsSync(resolve(root, 'src/locales', locale, `${name}.ts`))) {
      if (!partial) problems.push(`no ${locale}/${name}.ts`);
      continue;
    }
    const translated = await loadTranslation(locale, name);
    for (const [key, english] of Object.entries(messages)) {
      const text = translated[key];
      if (text === undefined) {
        if (!partial) problems.push(`${name}: ${key} missing`);
      } else {
        if (placeholders(text).join() !== placeholders(english).join()) problems.push(`${key}: ${placeholders(text)} ≠ ${placeholders(english)}`);
        if (!text.trim()) problems.push(`${key}: empty`);
        if (text === english && !SAME_AS_ENGLISH.test(key) && !partial) problems.push(`${key}: still English "${english}"`);
      }
    }
    for (const [key, text] of Object.entries(translated)) {
      if (key in messages) continue;
      const base = messages[key.replace(PLURAL, '')];
      if (!PLURAL.test(key) || base === undefined || !base.includes('{count}')) problems.push(`${key}: not in the English catalog`);
      else if (placeholders(text).join() !== placeholders(base).join()) problems.push(`${key}: ${placeholders(text)} ≠ ${placeholders(base)}`);
    }
  }
  return problems;
}
