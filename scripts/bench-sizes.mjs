// Size side of `npm run bench`: bundles entries for a browser with esbuild (minified, everything
// they import, Lit templates minified as the library's builds ship them) and measures them raw,
// gzip -9 and brotli -11.
import { build } from 'esbuild';
import { esbuildMinifyTemplates } from './minify-templates.mjs';
import { existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** raw, gzip and brotli byte counts of `code`. */
export const sizes = (code) => ({
  raw: code.length,
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * A dynamic import is a chunk of its own in any bundler that splits code (translations, the
 * code that loads them): a page downloads it only when it needs it, so it stays out of an
 * entry's size (esbuild without splitting would inline it); the bench measures them apart.
 */
const dynamicImportsApart = {
  name: 'dynamic-imports-apart',
  setup(build) {
    build.onResolve({ filter: /.*/ }, ({ path, kind }) => (kind === 'dynamic-import' ? { path, external: true } : undefined));
  },
};

const options = {
  bundle: true, minify: true, target: 'es2021', write: false, tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' }, conditions: ['production'], logLevel: 'silent',
  // What the published dist/ holds (vite.config.ts minifies the same way): an app's bundler starts from that.
  plugins: [esbuildMinifyTemplates(), dynamicImportsApart],
};

/** `entry` (a file) bundled with everything it imports. */
export async function bundle(entry, format = 'esm') {
  const result = await build({ ...options, entryPoints: [entry], format });
  return Buffer.from(result.outputFiles[0].contents);
}

/** An ES module whose source is `contents` (resolved from the project root), bundled. */
async function bundleSource(contents) {
  const result = await build({ ...options, stdin: { contents, resolveDir: process.cwd(), loader: 'ts' }, format: 'esm', metafile: true });
  return Object.assign(Buffer.from(result.outputFiles[0].contents), { inputs: Object.values(result.metafile.outputs)[0].inputs });
}

/** Minified bytes each module adds to `withForm` beyond `base` (esbuild's metafile), largest first. */
const modulesAdded = (base, withForm) => Object.entries(withForm.inputs)
  .map(([path, { bytesInOutput }]) => ({ path, raw: bytesInOutput - (base.inputs[path]?.bytesInOutput ?? 0) }))
  .filter(({ raw }) => raw > 0)
  .sort((a, b) => b.raw - a.raw);

/**
 * The shared core every pay form (and flow) builds on: lit, lit's `live` directive, zod/mini,
 * and the form core's modules (with what they import: the announcer, error display, base
 * element, catalog and events). A form's own budget counts what it adds beyond these. Only
 * modules that at least two elements import belong here: field-input and text-field (bank
 * transfer, voucher choice, MB WAY), clipboard-copy (bank transfer, Multibanco), pay-element's
 * `defineElement` and report-invalid-config (every element).
 */
export const SHARED_CORE = ['lit', 'lit/directives/live.js', 'zod/mini', 'src/core/form-control.ts', 'src/core/form-styles.ts',
  'src/core/money.ts', 'src/core/field-input.ts', 'src/core/text-field.ts', 'src/core/clipboard-copy.ts', 'src/core/pay-element.ts',
  'src/core/report-invalid-config.ts'];

/** How the table names the shared core. */
export const SHARED_CORE_LABEL = 'lit + lit/directives/live.js + zod/mini + src/core/{form-control,form-styles,money,field-input,text-field,clipboard-copy,pay-element,report-invalid-config}.ts';

// Re-exporting keeps all of each module in the bundle (an ES module's exports are never shaken
// out), so the difference below is only what the form adds.
const SHARED_CORE_SOURCE = SHARED_CORE
  .map((module) => `export * as m${SHARED_CORE.indexOf(module)} from '${module.startsWith('src/') ? './' + module : module}';\n`)
  .join('');

/**
 * What a form's entry adds beyond the shared core: brotli(core + form) −
 * brotli(core), and the same for raw and gzip; `modules`: the minified bytes each module adds.
 * A difference of two brotli sizes moves by ~±0.1 kB with where brotli's blocks fall, so a
 * figure within that of its budget is an edge, not a verdict. `{ missing }` names the file not
 * written yet; `{ error }` carries the first bundling error.
 */
export async function ownCodeBeyondCore(formEntry) {
  const missing = [...SHARED_CORE.filter((module) => module.startsWith('src/')), formEntry].find((path) => !existsSync(path));
  if (missing) return { missing };
  try {
    const baseCode = await bundleSource(SHARED_CORE_SOURCE);
    const withFormCode = await bundleSource(`${SHARED_CORE_SOURCE}import './${formEntry}';\n`);
    const [base, withForm] = [sizes(baseCode), sizes(withFormCode)];
    return {
      raw: withForm.raw - base.raw,
      gzip: withForm.gzip - base.gzip,
      brotli: withForm.brotli - base.brotli,
      modules: modulesAdded(baseCode, withFormCode),
    };
  } catch (error) {
    const first = error.errors?.[0];
    return { error: first ? `${first.location?.file ?? ''}:${first.location?.line ?? ''} ${first.text}` : String(error) };
  }
}
