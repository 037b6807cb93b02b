// The script-tag build (`vite build --mode cdn`), as one vite plugin: dist/cdn/pay-elements.iife.js
// (the runtime, <pay-card-form>, window.PayElements and the autoloader: src/cdn.ts) and, beside
// it, one pay-<name>.iife.js per other element registered by src/define.ts.
//
// A per-element file must run on the main file's module instances (one Lit, one message
// registry, one violation watcher), so it carries none of the modules the main file runs:
// 1. build the main file once and note the modules it renders: the "shared" modules;
// 2. build each per-element file (IIFE, minified) with every shared module replaced by a
//    virtual module whose exports read the main file's runtime: `/*#__PURE__*/ __rt(3, "html")`;
//    tree-shaking keeps exactly the bindings the element uses;
// 3. the `__rt(i, "name")` calls left in the output are the table the main file publishes
//    (src/cdn/manifest.ts, generated: `runtimeModules`, the build id, the files' SRI hashes);
// 4. rebuild the main file with that table; if it now renders a module it did not before, the
//    shared set grew: repeat from 2 (a module must never run in two copies).
// Everything is derived from the sources, in a fixed order: the build is reproducible.
import { build } from 'vite';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { viteMinifyTemplates } from './minify-templates.mjs';
import { cdnCatalogTransform, LOCALE_INDEX, localeFileData, staticTranslationImports, wrapLocaleCode } from './cdn-locales.mjs';

const root = resolve(import.meta.dirname, '..');
const src = (path) => resolve(root, 'src', path);
const posixRelative = (id) => relative(root, id).split(sep).join('/');

const CDN_ENTRY = src('cdn.ts');
const INDEX = src('index.ts');
const MANIFEST = src('cdn/manifest.ts');
const EXPLAIN = src('diagnostics/explain.ts');
const DIAGNOSTICS_PROXY = src('cdn/diagnostics-proxy.ts');
const LAZY_REGISTRY = src('cdn/lazy-registry.ts');
export const MAIN_FILE = 'pay-elements.iife.js';
/** Elements the main file defines itself: the card form, the most used. */
const EAGER_TAGS = new Set(['pay-card-form']);
/** Index functions that live in a per-element file; the main file has async proxies for them. */
const LAZY_FUNCTIONS = { 'pay-diagnostics': ['diagnose', 'explainFailure'] };
/** Index values that belong to one lazily loaded element: on window.PayElements once its file loaded. */
const LAZY_VALUES = {
  'pay-diagnostics': ['watchViolations'],
  'pay-mbway': ['MBWAY_DEFAULT_TIMEOUT_S', 'readPhoneNumber'],
  'pay-payglobe-checkout': ['PAYGLOBE_SCRIPT_URL'],
  'pay-payglocal-checkout': ['PAYGLOCAL_HOSTS'],
};
const LIBRARY_ID = '\0pay-cdn-library';
const LAZY_ENTRY_ID = '\0pay-cdn-lazy-entry';
/** The per-element build's entry as vite's library mode needs it (a path); it is LAZY_ENTRY_ID. */
const LAZY_ENTRY_PATH = src('cdn/lazy-entry.virtual.js');
const SHARED_PREFIX = '\0pay-cdn-shared:';

/** An export name as written in an import or export list (quoted only when it is no identifier). */
const exportName = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));
/** `pay-voucher-choice` → `PayVoucherChoice`, the class name every element follows. */
const className = (tag) => tag.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
/** `pay-bank-transfer` → `bankTransferMessages`, the element's message catalog. */
const catalogName = (tag) => `${className(tag).slice(3, 4).toLowerCase()}${className(tag).slice(4)}Messages`;

/**
 * The index exports that belong to a lazily loaded element and live in its file: its class and
 * its message catalog (translations go through `registerMessages`, which the main file has), and
 * for the diagnostics `diagnose` and `explainFailure` (the main file has async proxies).
 */
const lazyExportNames = (tag) => [className(tag), catalogName(tag), ...(LAZY_FUNCTIONS[tag] ?? []), ...(LAZY_VALUES[tag] ?? [])];

/** The elements src/define.ts registers that the main file does not: tag and registration module. */
export function lazyElements() {
  const define = readFileSync(src('define.ts'), 'utf8');
  return [...define.matchAll(/import '\.\/(components\/[\w-]+\/(pay-[\w-]+))\.js';/g)]
    .map(([, path, tag]) => ({ tag, registration: src(`${path}.ts`) }))
    .filter(({ tag }) => !EAGER_TAGS.has(tag))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The main file's stand-in for src/index.ts: every export but those of the lazily loaded elements. */
function libraryModule(lazy) {
  const proxied = Object.values(LAZY_FUNCTIONS).flat();
  const left = lazy.flatMap(({ tag }) => lazyExportNames(tag)).filter((name) => !proxied.includes(name));
  return [
    `export * from ${JSON.stringify(INDEX)};`,
    `export { ${proxied.join(', ')} } from ${JSON.stringify(DIAGNOSTICS_PROXY)};`,
    // An explicit export shadows the star's: these stay out of the main file (cdn.ts skips them).
    `export const ${left.map((name) => `${name} = void 0`).join(', ')};`,
  ].join('\n');
}

/** The per-element file's entry: define the element, then report its exports to the main file. */
function lazyEntryModule({ tag, registration }, indexExports) {
  const names = lazyExportNames(tag).filter((name) => indexExports.includes(name));
  return [
    `import ${JSON.stringify(registration)};`,
    `import { ${names.join(', ')} } from ${JSON.stringify(INDEX)};`,
    `import { settleLazyFile } from ${JSON.stringify(LAZY_REGISTRY)};`,
    `settleLazyFile(${JSON.stringify(tag)}, { ${names.join(', ')} });`,
  ].join('\n');
}

/** `export * from '…'` specifiers of a module's code (its exports list only says "*"). */
const STAR_REEXPORT = /export\s*\*\s*from\s*(["'])([^"']+)\1/g;

/** A shared module seen from a per-element file: each export reads the main file's runtime. */
async function sharedModule(context, id, index, { exports, code }) {
  const lines = exports.filter((name) => name !== '*').map((name, i) =>
    `const b${i} = /*#__PURE__*/ __rt(${index}, ${JSON.stringify(name)}); export { b${i} as ${exportName(name)} };`);
  for (const [, , specifier] of (code ?? '').matchAll(STAR_REEXPORT)) {
    const target = await context.resolve(specifier, id);
    if (target && !target.external) lines.push(`export * from ${JSON.stringify(target.id)};`);
  }
  return lines.join('\n');
}

/**
 * Resolution shared by every build: `diagnostics/explain` is the proxy everywhere but in the
 * diagnostics file; from a per-element file, shared modules are runtime reads.
 */
function resolutionPlugin({ library, lazy, shared, keepExplain }) {
  const sharedIndex = new Map((shared?.ids ?? []).map((id, index) => [id, index]));
  return {
    name: 'pay-elements-cdn-resolution',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source === LIBRARY_ID || source === LAZY_ENTRY_ID) return source;
      if (source === LAZY_ENTRY_PATH) return LAZY_ENTRY_ID;
      if (library && importer === CDN_ENTRY && source === './index.js') return LIBRARY_ID;
      if (source.startsWith(SHARED_PREFIX)) return source;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const id = !keepExplain && resolved.id === EXPLAIN ? DIAGNOSTICS_PROXY : resolved.id;
      if (sharedIndex.has(id)) return `${SHARED_PREFIX}${sharedIndex.get(id)}`;
      return id === resolved.id ? resolved : id;
    },
    async load(id) {
      if (id === LIBRARY_ID) return libraryModule(library);
      if (id === LAZY_ENTRY_ID) return lazyEntryModule(lazy, shared.infoOf.get(INDEX)?.exports ?? []);
      if (id.startsWith(SHARED_PREFIX)) {
        const index = Number(id.slice(SHARED_PREFIX.length));
        const sharedId = shared.ids[index];
        return sharedModule(this, sharedId, index, shared.infoOf.get(sharedId));
      }
      return null;
    },
    // The ES build's dynamic import per locale and catalog becomes a load of the locale's file, and
    // the translation tables and their loading code become static imports (an IIFE has no chunks).
    transform: (code, id) => cdnCatalogTransform(code, id) ?? staticTranslationImports(code),
  };
}

/** Replaces src/cdn/manifest.ts with the generated tables. */
function manifestPlugin(manifestCode) {
  return {
    name: 'pay-elements-cdn-manifest',
    load: (id) => (id === MANIFEST && manifestCode ? manifestCode : null),
  };
}

function iifeBuild({ entry, plugins, minify }) {
  return build({
    root, configFile: false, envFile: false, publicDir: false, logLevel: 'silent', mode: 'production',
    plugins: [viteMinifyTemplates(), ...plugins],
    build: {
      write: false, target: 'es2021', minify, emptyOutDir: false, copyPublicDir: false, reportCompressedSize: false,
      lib: { entry, formats: ['iife'], name: 'PayElementsBuild', fileName: () => 'out.js' },
    },
  }).then((result) => (Array.isArray(result) ? result[0] : result).output.find((item) => item.type === 'chunk'));
}

/** The real modules the main file renders code of (sorted: the shared set), and their exports and code. */
async function mainSharedModules(lazy, manifestCode) {
  const infoOf = new Map();
  const chunk = await iifeBuild({
    entry: CDN_ENTRY, minify: false,
    plugins: [resolutionPlugin({ library: lazy }), manifestPlugin(manifestCode), {
      name: 'pay-elements-cdn-exports',
      generateBundle() {
        for (const id of this.getModuleIds()) {
          const info = this.getModuleInfo(id);
          infoOf.set(id, { exports: info?.exports ?? [], code: info?.code ?? '' });
        }
      },
    }],
  });
  const ids = Object.entries(chunk.modules)
    .filter(([id, info]) => info.renderedLength > 0 && !id.startsWith('\0') && id !== CDN_ENTRY && id !== MANIFEST && existsSync(id))
    .map(([id]) => id)
    .sort((a, b) => posixRelative(a).localeCompare(posixRelative(b)));
  return { ids, infoOf };
}

/** A runtime read as the minifier leaves it: `__rt(3,"html")` or `__rt(3,\`html\`)`. */
const RUNTIME_READ = /__rt\((\d+),\s*(["'`])([\w$]+)\2\)/g;

/** One per-element file's minified code and the runtime bindings it reads, by shared index. */
async function buildLazyCode(element, shared) {
  const chunk = await iifeBuild({
    entry: LAZY_ENTRY_PATH, minify: true,
    plugins: [resolutionPlugin({ lazy: element, shared, keepExplain: element.tag in LAZY_FUNCTIONS })],
  });
  const reads = new Map();
  for (const [, index, , name] of chunk.code.matchAll(RUNTIME_READ)) {
    const names = reads.get(Number(index)) ?? new Set();
    names.add(name);
    reads.set(Number(index), names);
  }
  const rendered = Object.keys(chunk.modules).filter((id) => !id.startsWith('\0'));
  return { element, code: chunk.code, reads, rendered };
}

const sha384 = (code) => `sha384-${createHash('sha384').update(code).digest('base64')}`;

/** The per-element file: runs only where the main file of the same build published its runtime. */
function wrapLazyCode({ element, code }, runtimeId, positionOf) {
  const file = `${element.tag}.iife.js`;
  const missing = `[pay-elements] ${file} needs ${MAIN_FILE} of the same build on the page first (it loads this file itself when <${element.tag}> appears); nothing was defined.`;
  const body = code.replace(RUNTIME_READ, (_, index, quote, name) => `__rt(${positionOf.get(`${index} ${name}`)})`).trim();
  return `/*! pay-elements <${element.tag}>: loaded by ${MAIN_FILE} */\n`
    + `(function(R){var m=R&&R[${JSON.stringify(runtimeId)}];if(!m){console.error(${JSON.stringify(missing)});return}`
    + `function __rt(k){return m[k]}\n${body}\n})(globalThis[Symbol.for("pay-elements.runtime")]);\n`;
}

/**
 * src/cdn/manifest.ts as generated: the runtime (every binding some per-element file reads, in
 * table order: a file reads binding k as `__rt(k)`), its id, and the per-element files.
 */
function manifestModule(table, runtimeId, files, localeFiles) {
  const imports = table.flatMap(({ id, names }, slot) =>
    names.map((name, i) => `import { ${exportName(name)} as m${slot}_${i} } from ${JSON.stringify(id)};`));
  const bindings = table.flatMap(({ names }, slot) => names.map((_, i) => `m${slot}_${i}`));
  return [
    ...imports,
    `export const RUNTIME_ID = ${JSON.stringify(runtimeId)};`,
    `export const runtime = [${bindings.join(', ')}];`,
    `export const lazyFiles = ${JSON.stringify(files)};`,
    `export const localeFiles = ${JSON.stringify(localeFiles)};`,
  ].join('\n');
}

/** Builds every per-element file against a stable shared set; returns the files and the manifest. */
export async function buildLazyFiles() {
  const lazy = lazyElements();
  const version = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')).version;
  let shared = await mainSharedModules(lazy, null);
  const locales = await localeFileData();
  for (let round = 1; ; round++) {
    const built = [];
    for (const element of lazy) built.push(await buildLazyCode(element, shared)); // one at a time: 2 cores, shared
    // The table: the shared modules some file reads, each with the names read, in a fixed order.
    const used = [...new Set(built.flatMap(({ reads }) => [...reads.keys()]))].sort((a, b) => a - b);
    const table = used.map((index) => ({
      index,
      id: shared.ids[index],
      names: [...new Set(built.flatMap(({ reads }) => [...(reads.get(index) ?? [])]))].sort(),
    }));
    const positionOf = new Map(table.flatMap(({ index, names }) => names.map((name) => `${index} ${name}`))
      .map((key, position) => [key, position]));
    const runtimeId = `${version}+${createHash('sha256')
      .update(JSON.stringify(table.map(({ id, names }) => [posixRelative(id), names])))
      .update(built.map(({ code }) => code).join('\0'))
      .digest('hex').slice(0, 12)}`;
    const outputs = built.map((result) => ({ fileName: `${result.element.tag}.iife.js`, source: wrapLazyCode(result, runtimeId, positionOf) }));
    const files = Object.fromEntries(built.map(({ element }, i) => [element.tag, { file: outputs[i].fileName, integrity: sha384(outputs[i].source) }]));
    // Locale files report in through the same settleLazyFile the per-element files read.
    const settle = positionOf.get(`${shared.ids.indexOf(LAZY_REGISTRY)} settleLazyFile`);
    const localeOutputs = locales.map((data) => ({ fileName: `${data.tag}.iife.js`, source: wrapLocaleCode(data, runtimeId, settle, MAIN_FILE) }));
    // The main file carries one hash, of the index of the locale files' hashes (not 40 of them).
    const index = { tag: LOCALE_INDEX, strings: Object.fromEntries(locales.map(({ tag }, i) =>
      [tag, { file: localeOutputs[i].fileName, integrity: sha384(localeOutputs[i].source) }])) };
    localeOutputs.push({ fileName: `${LOCALE_INDEX}.iife.js`, source: wrapLocaleCode(index, runtimeId, settle, MAIN_FILE) });
    const localeFiles = { [LOCALE_INDEX]: { file: localeOutputs.at(-1).fileName, integrity: sha384(localeOutputs.at(-1).source) } };
    outputs.push(...localeOutputs);
    const manifestCode = manifestModule(table, runtimeId, files, localeFiles);
    const mainShared = await mainSharedModules(lazy, manifestCode);
    const grown = mainShared.ids.filter((id) => !shared.ids.includes(id));
    if (grown.length === 0) {
      const duplicated = built.flatMap(({ element, rendered }) =>
        rendered.filter((id) => mainShared.ids.includes(id)).map((id) => `${posixRelative(id)} in ${element.tag}`));
      if (duplicated.length) throw new Error(`pay-elements cdn: modules would run twice: ${duplicated.join(', ')}`);
      return { lazy, outputs, manifestCode };
    }
    if (round === 4) throw new Error(`pay-elements cdn: the shared modules do not settle (${grown.map(posixRelative).join(', ')})`);
    shared = mainShared;
  }
}

/**
 * The `vite build --mode cdn` plugin: builds the per-element files first, feeds their table to
 * the main file's src/cdn/manifest.ts, and emits them beside it.
 */
export function cdnLazyElements() {
  const lazy = lazyElements();
  let result;
  return [resolutionPlugin({ library: lazy }), {
    name: 'pay-elements-cdn',
    async buildStart() {
      result = await buildLazyFiles();
    },
    load(id) {
      return id === MANIFEST ? result.manifestCode : null;
    },
    generateBundle() {
      for (const { fileName, source } of result.outputs) this.emitFile({ type: 'asset', fileName, source });
    },
  }];
}
