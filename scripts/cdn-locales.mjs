// The script-tag build's translations: per locale, one file with the strings of every element
// (`pay-locale-it.iife.js`) and one with the diagnostics' (`pay-locale-it-diagnostics.iife.js`,
// developer-facing and three times the size), loaded by the main file on first use like a
// per-element file (SRI hash, the page's nonce and Trusted Types policy). The ES build needs none
// of this: there every locale of every catalog is its own chunk (src/locales/<catalog>.ts).
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const localesDir = resolve(root, 'src/locales');
/** Catalogs of the diagnostics file; the doctor's catalog runs in Node only, never in a page. */
export const DIAGNOSTICS_CATALOGS = ['diagnostics', 'csp-notes'];
const NODE_ONLY_CATALOGS = ['doctor'];

/** The file listing every locale file with its SRI hash (the main file holds this file's hash). */
export const LOCALE_INDEX = 'pay-locales';

/** `it` → `pay-locale-it`, the file's key in the manifest (`-diagnostics` for the diagnostics' strings). */
const localeFileTag = (locale, group) => `pay-locale-${locale.toLowerCase()}${group === 'diagnostics' ? '-diagnostics' : ''}`;

/** A generated src/locales/<catalog>.ts: its table of dynamic imports, as scripts/generate-locales.mjs writes it. */
const TABLE = /export default \{\n((?:  '[\w-]+': \(\) => import\('\.\/[\w-]+\/[\w-]+\.js'\),\n)*)\} satisfies TranslationTable;/;

/**
 * The transform that swaps a generated catalog table's dynamic imports for the script-tag
 * loaders (src/cdn/locale-files.ts); `null` for every other module.
 */
export function cdnCatalogTransform(code, id) {
  const match = /[\\/]src[\\/]locales[\\/]([\w-]+)\.ts$/.exec(id);
  if (!match || match[1] === 'shipped') return null;
  const found = TABLE.exec(code);
  if (!found) throw new Error(`pay-elements cdn: ${id} is not as scripts/generate-locales.mjs writes it`);
  // A locale's file holds every catalog of its group: each table loads it for every shipped locale.
  const group = DIAGNOSTICS_CATALOGS.includes(match[1]) ? 'diagnostics' : 'elements';
  return `import { cdnLocaleLoaders } from ${JSON.stringify(resolve(root, 'src/cdn/locale-files.ts'))};\n`
    + `export default cdnLocaleLoaders(${JSON.stringify(group)});\n`;
}

/** `import('…/locales/card-form.js')`: a catalog's translation table, in a module's source. */
const TABLE_IMPORT = /\bimport\((['"])[^'"]*\/locales\/([\w-]+)\.js\1\)/g;
/** `import('./load-translations.js')`: the loading code. */
const LOADING_IMPORT = /\bimport\((['"])([^'"]*\/load-translations\.js)\1\)/g;

/**
 * The script-tag files are single IIFEs, without chunks: a catalog's table becomes the table of
 * its group (`cdnTable('elements')`: one file per locale holds every catalog of the group), and
 * the loading code a static import (`Promise.resolve(namespace)`). `null` when a module has neither.
 */
export function staticTranslationImports(code) {
  if (!code.includes('/locales/') && !code.includes('/load-translations.js')) return null;
  const tables = code.replace(TABLE_IMPORT, (_, __, name) =>
    `__cdnTable(${JSON.stringify(DIAGNOSTICS_CATALOGS.includes(name) ? 'diagnostics' : 'elements')})`);
  const body = tables.replace(LOADING_IMPORT, 'Promise.resolve(__loadTranslations)');
  return `import { cdnTable as __cdnTable } from ${JSON.stringify(resolve(root, 'src/cdn/locale-files.ts'))};\n`
    + (body === tables ? '' : `import * as __loadTranslations from ${JSON.stringify(resolve(root, 'src/core/load-translations.ts'))};\n`)
    + body;
}

/** Every locale folder's strings, by file: `[{ tag, strings }]` in a fixed order. */
export async function localeFileData() {
  const files = [];
  const locales = readdirSync(localesDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const locale of locales) {
    for (const group of ['elements', 'diagnostics']) {
      const catalogs = readdirSync(resolve(localesDir, locale))
        .map((file) => file.replace(/\.ts$/, ''))
        .filter((name) => !NODE_ONLY_CATALOGS.includes(name) && DIAGNOSTICS_CATALOGS.includes(name) === (group === 'diagnostics'))
        .sort();
      // Every shipped locale has both files (en-IN's diagnostics file is empty): the tables load them blindly.
      const contents = catalogs.map((name, i) => `import m${i} from ${JSON.stringify(resolve(localesDir, locale, `${name}.ts`))};`)
        .concat(`export default Object.assign({}${catalogs.map((_, i) => `, m${i}`).join('')});`).join('\n');
      const result = await build({ stdin: { contents, resolveDir: root, loader: 'js' }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
      const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
      files.push({ tag: localeFileTag(locale, group), strings: module.default });
    }
  }
  return files;
}

/**
 * A UTF-8 byte order mark: a browser decodes a script by its BOM before anything a server or the
 * page declares, so the file reads the same wherever it is served (escaping every non-Latin letter
 * as \\uXXXX would work too, at up to twice the brotli size for Greek, Arabic or Hindi).
 */
const BOM = '\uFEFF';

/** A locale file (or the index, whose "strings" are the files): hands its strings to the main file of its own build, as a per-element file reports in. */
export function wrapLocaleCode({ tag, strings }, runtimeId, settlePosition, mainFile) {
  const missing = `[pay-elements] ${tag}.iife.js needs ${mainFile} of the same build on the page first (it loads this file itself); nothing was registered.`;
  return `${BOM}/*! pay-elements ${tag}: loaded by ${mainFile} */\n`
    + `(function(R){var m=R&&R[${JSON.stringify(runtimeId)}];if(!m){console.error(${JSON.stringify(missing)});return}`
    + `m[${settlePosition}](${JSON.stringify(tag)},{default:${JSON.stringify(strings)}})})(globalThis[Symbol.for("pay-elements.runtime")]);\n`;
}

