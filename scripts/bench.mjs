// `npm run bench`: builds, then prints one markdown table of figures with their targets:
// - sizes (gzip, brotli) of the card-form entry bundled for a browser with everything it imports,
//   of the script-tag bundle, and of each newer form's own code beyond the shared core (lit, live,
//   zod/mini, src/core/form-control, form-styles and money: see SHARED_CORE in bench-sizes.mjs);
// - measured in one page of headless Chromium, each against the same DOM built by hand in the
//   same run: mounting 100 card forms, a typed digit, and heap growth over mount/unmount cycles.
// Exits non-zero over a size budget, over the heap budget, past the timings' CI limits, or over
// a timing target with BENCH_ENFORCE_TIMING=1.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { bundle, sizes, ownCodeBeyondCore, SHARED_CORE_LABEL } from './bench-sizes.mjs';
import { measureRuntime } from './bench-runtime.mjs';

/**
 * Brotli budgets, in bytes (kB = 1000 bytes, as printed). The card form's 16 kB (issue 6) holds
 * with what issue 11 added to every card form (the locale chain, plural forms, the on-demand
 * request of translations, the forced-colours and reduced-motion rules) because reactive
 * properties are declared without decorators (their runtime is ≈ 0.45 kB) and the card fields
 * bind `.value` without `live()`. The translations and the code that loads them are chunks of
 * their own, measured below.
 */
const CARD_FORM_ENTRY_BUDGET = 16_000;
/** Issue 7: the script-tag bundle with everything (every element, the flows, diagnose). */
const SCRIPT_TAG_BUNDLE_BUDGET = 35_000;
const SCRIPT_TAG_CARD_FORM_BUDGET = 20_000;
/** Issue 6's target for each new form's own code: reported. CI fails only past the regression limit. */
const FORM_OWN_CODE_BUDGET = 4_000;
const FORM_OWN_CODE_CI_LIMIT = 5_000;
/**
 * Runtime targets (issue 6). Timings move with the machine's load, so CI fails only past a
 * regression limit well beyond the noise (BENCH_ENFORCE_TIMING=1 enforces the targets
 * themselves); heap growth is steady and always enforced.
 */
const MOUNT_RATIO_BUDGET = 2;
const MOUNT_RATIO_CI_LIMIT = 2.5;
const TYPED_DIGIT_MS_BUDGET = 0.5;
const TYPED_DIGIT_MS_CI_LIMIT = 1;
const HEAP_GROWTH_BUDGET = 256_000;
const HEAP_CYCLES = 1000;

const enforceRuntime = process.env.BENCH_ENFORCE_TIMING === '1';
const kB = (bytes) => (bytes / 1000).toFixed(1) + ' kB';
const ms = (value) => (value < 1 ? value.toFixed(3) : value.toFixed(1)) + ' ms';

const start = performance.now();
// Only what is measured: the script-tag bundle (and its integrity.json, so dist/cdn stays whole).
// The other entries are bundled from source below; `npm run build` checks the rest.
const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
execFileSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--mode', 'cdn', '--logLevel', 'error'], quiet);
execFileSync('node', ['scripts/sri.mjs'], quiet);
const iifeCode = readFileSync('dist/cdn/pay-elements.iife.js');

/** A table row: what, value, target; `pass` null when there is no target to meet. */
const rows = [];
const row = (what, value, target, pass, enforced = true) => rows.push({ what, value, target, pass, enforced });
const sizeRow = (what, s, budget) =>
  row(what, `${kB(s.brotli)} brotli (gzip ${kB(s.gzip)}, raw ${kB(s.raw)})`, budget ? `≤ ${kB(budget)}` : '—',
    budget ? s.brotli <= budget : null);

sizeRow('card-form entry + lit + deps (esbuild, minified)',
  sizes(await bundle('src/components/card-form/pay-card-form.ts')), CARD_FORM_ENTRY_BUDGET);
sizeRow('script-tag bundle dist/cdn/pay-elements.iife.js (every element, the flows, diagnose)', sizes(iifeCode), SCRIPT_TAG_BUNDLE_BUDGET);
// The first slice's script-tag bundle (card form only), for comparison with its 20 kB target.
sizeRow('script-tag bundle with the card form only (esbuild IIFE)',
  sizes(await bundle('src/components/card-form/pay-card-form.ts', 'iife')), SCRIPT_TAG_CARD_FORM_BUDGET);
sizeRow('lit alone (reference)', sizes(await bundle('scripts/bench-lit-only.ts')), null);

// Translations load on demand, per catalog and locale: what a card form in another language adds.
sizeRow('translation loading code (src/core/load-translations.ts; fetched only for a shipped non-English locale)',
  sizes(await bundle('src/core/load-translations.ts')), null);
const localeChunks = await Promise.all(readdirSync('src/locales', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'en-IN')
  .map(async ({ name }) => ({ name, size: sizes(Buffer.concat(await Promise.all(['form-control', 'card-form']
    .map((catalog) => bundle(`src/locales/${name}/${catalog}.ts`))))) })));
const largestLocale = localeChunks.sort((a, b) => b.size.brotli - a.size.brotli)[0];
sizeRow(`card form strings in one locale (form-control + card-form chunks; largest of ${localeChunks.length}: ${largestLocale.name})`, largestLocale.size, null);

/** For each form over its budget: its largest modules (printed under the table). */
const overBudgetModules = [];
for (const entry of ['src/components/voucher-choice/pay-voucher-choice.ts', 'src/components/bank-transfer/pay-bank-transfer.ts']) {
  const what = `${entry.split('/').pop()}: the form's own code beyond the shared core (${SHARED_CORE_LABEL})`;
  const own = await ownCodeBeyondCore(entry);
  if (own.missing) row(what, `not built yet (no ${own.missing})`, `≤ ${kB(FORM_OWN_CODE_BUDGET)}`, null);
  else if (own.error) row(what, `does not bundle: ${own.error}`, `≤ ${kB(FORM_OWN_CODE_BUDGET)}`, false);
  else {
    row(what, `${kB(own.brotli)} brotli (gzip ${kB(own.gzip)}, raw ${kB(own.raw)})`,
      `≤ ${kB(FORM_OWN_CODE_BUDGET)} (CI fails over ${kB(FORM_OWN_CODE_CI_LIMIT)})`,
      own.brotli <= FORM_OWN_CODE_BUDGET, own.brotli > FORM_OWN_CODE_CI_LIMIT);
    // Where to look when it is over: its largest modules (minified, before compression).
    if (own.brotli > FORM_OWN_CODE_BUDGET) {
      overBudgetModules.push(`${entry.split('/').pop()}: ${own.modules.slice(0, 6).map(({ path, raw }) => `${path} ${kB(raw)}`).join(', ')}`);
    }
  }
}

/** The runtime rows: a target missed fails CI past its regression limit, or always with BENCH_ENFORCE_TIMING=1. */
function runtimeRows({ mount, typing, heap }) {
  row(`mount: create + render + lay out + remove ${mount.count} \`<pay-card-form>\`, ÷ the same DOM by hand`,
    `${mount.ratio.toFixed(2)}× (${ms(mount.elementMs)} vs ${ms(mount.handMs)}, medians of ${mount.runs} runs; `
      + `wall-time ratio ${mount.wallRatio.toFixed(2)}×)`,
    `≤ ${MOUNT_RATIO_BUDGET}× (CI fails over ${MOUNT_RATIO_CI_LIMIT}×)`, mount.ratio <= MOUNT_RATIO_BUDGET,
    enforceRuntime || mount.ratio > MOUNT_RATIO_CI_LIMIT);
  row('a typed digit: `input` event on the number field → re-render done, mean',
    `${ms(typing.elementMs)} (${typing.digits} digits, median of ${typing.rounds} rounds; wall time ${ms(typing.wallElementMs)})`,
    `≤ ${TYPED_DIGIT_MS_BUDGET} ms (CI fails over ${TYPED_DIGIT_MS_CI_LIMIT} ms)`, typing.elementMs <= TYPED_DIGIT_MS_BUDGET,
    enforceRuntime || typing.elementMs > TYPED_DIGIT_MS_CI_LIMIT);
  row('a typed digit, ÷ the same input handling by hand (value set + a listener)',
    `${typing.handMs > 0 ? typing.ratio.toFixed(1) + '×' : '— (hand-built side below resolution)'} `
      + `(by hand ${ms(typing.handMs)}; both less ${ms(typing.overheadMs)} measuring overhead)`, '—', null);
  row(`heap growth after ${heap.cycles} mount/unmount cycles (JS + DOM heap, after full GC)`,
    kB(heap.growthBytes), `≤ ${kB(HEAP_GROWTH_BUDGET)}`, heap.growthBytes <= HEAP_GROWTH_BUDGET);
}

let clockNote = '';
try {
  const runtime = await measureRuntime(iifeCode, { heapCycles: HEAP_CYCLES });
  runtimeRows(runtime);
  clockNote = `Times: ${runtime.clock} of the page in headless Chromium (one page`
    + `${runtime.timerIsolated ? ', cross-origin isolated' : ''}). `;
} catch (error) {
  // A page that cannot run the card form is a broken build, not a slow one: always a failure.
  row('runtime figures (mount, typed digit, heap)', `failed: ${String(error.message ?? error).split('\n')[0]}`, '—', false);
}

console.log('| what | value | target | ✓/✗ |');
console.log('| --- | --- | --- | :---: |');
for (const { what, value, target, pass } of rows) {
  console.log(`| ${what} | ${value} | ${target} | ${pass === null ? '—' : pass ? '✓' : '✗'} |`);
}
if (overBudgetModules.length) console.log(`\nLargest own modules (minified, raw):\n${overBudgetModules.map((line) => `- ${line}`).join('\n')}`);
console.log(`\n${clockNote}The bench took ${((performance.now() - start) / 1000).toFixed(0)} s.`);

const failed = rows.filter((r) => r.pass === false);
const unenforced = failed.filter((r) => !r.enforced);
if (unenforced.length) {
  console.log(`Targets missed but not enforced (${unenforced.length}): timings fail the bench past their CI limits or with BENCH_ENFORCE_TIMING=1; a form's own code past ${kB(FORM_OWN_CODE_CI_LIMIT)}.`);
}
if (failed.some((r) => r.enforced)) process.exitCode = 1;
