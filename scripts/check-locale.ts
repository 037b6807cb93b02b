// Checks translations against the English catalogs: `npx tsx scripts/check-locale.ts it [pt-PT …]`
// (no argument: every locale folder). Prints, per locale, missing files and keys, extra keys, a
// `{placeholder}` set that differs from English, and messages left identical to English.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { localeProblems } from '../test/node/locales/english-catalogs.js';

const root = resolve(import.meta.dirname, '..');
const locales = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync(resolve(root, 'src/locales'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

let problems = 0;
for (const locale of locales) {
  const lines = await localeProblems(locale);
  problems += lines.length;
  console.log(`${locale}: ${lines.length ? `${lines.length} problem(s)\n  ${lines.join('\n  ')}` : 'ok'}`);
}
process.exitCode = problems ? 1 : 0;
