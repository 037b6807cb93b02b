/**
 * The English catalogs (every `src/**\/*.messages.ts`), found on disk as the locale generator
 * finds them: `card-form.messages.ts` is the catalog `card-form`, translated in
 * `src/locales/<locale>/card-form.ts`.
 */
import { readdirSync } from 'node:fs';
import { resolve, relative, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../../..');

export interface EnglishCatalog {
  name: string;
  path: string;
  messages: Record<string, string>;
}

function messageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : messageFiles(path);
    return entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

let cached: Promise<EnglishCatalog[]> | undefined;

/** Every English catalog, sorted by name. */
export function englishCatalogs(): Promise<EnglishCatalog[]> {
  cached ??= Promise.all(
    messageFiles(resolve(root, 'src')).sort().map(async (file) => {
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
