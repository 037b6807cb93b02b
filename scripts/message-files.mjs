// The English catalogs, found on disk: every src/**/<catalog>.messages.ts outside src/locales, sorted.
// Shared by the locale generator, the locale checker and the locale tests.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'locales' ? [] : walk(path);
    return entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

/** Absolute paths of the English catalogs under `srcDir`. */
export const messageFiles = (srcDir) => walk(srcDir).sort();
