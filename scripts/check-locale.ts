// Checks translations against the English catalogs: `npx tsx scripts/check-locale.ts it [pt-PT …]`
// (no argument: every locale folder). Prints, per locale, missing files and keys, extra keys, a
// `{placeholder}` set that differs from English, and messages left identical to English.
import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { englishCatalogs, placeholders, SAME_AS_ENGLISH } from '../test/node/locales/english-catalogs.js';

const root = resolve(import.meta.dirname, '..');
const locales = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(resolve(root, 'src/locales'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

let problems = 0;
for (const locale of locales) {
  const lines: string[] = [];
  for (const { name, messages } of await englishCatalogs()) {
    const file = resolve(root, 'src/locales', locale, `${name}.ts`);
    if (!existsSync(file)) {
      if (locale !== 'en-IN') lines.push(`missing file src/locales/${locale}/${name}.ts`);
      continue;
    }
    const translated = (await import(pathToFileURL(file).href)).default as Record<string, string>;
    for (const [key, english] of Object.entries(messages)) {
      const text = translated[key];
      if (text === undefined) {
        if (locale !== 'en-IN') lines.push(`missing ${key}`);
        continue;
      }
      const [want, got] = [placeholders(english), placeholders(text)];
      if (want.join() !== got.join()) lines.push(`${key}: placeholders ${got.join(' ') || '(none)'} ≠ English ${want.join(' ') || '(none)'}`);
      if (text === english && !SAME_AS_ENGLISH.test(key) && !locale.startsWith('en')) lines.push(`${key}: same as English "${english}"`);
    }
    for (const key of Object.keys(translated)) {
      const base = key.replace(/\.(zero|one|two|few|many|other)$/, '');
      if (key in messages) continue;
      if (base in messages && placeholders(messages[base]!).includes('{count}')) continue;
      lines.push(`extra key ${key}`);
    }
  }
  problems += lines.length;
  console.log(`${locale}: ${lines.length ? `${lines.length} problem(s)\n  ${lines.join('\n  ')}` : 'ok'}`);
}
process.exitCode = problems ? 1 : 0;
