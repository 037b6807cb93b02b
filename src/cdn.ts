/**
 * The script-tag bundle's entry, `dist/cdn/pay-elements.iife.js`: the runtime every element
 * needs (Lit, the core, zod/mini, the flows, the provider adapters), `<pay-card-form>`, and
 * `window.PayElements`. The other elements live in per-element files beside it
 * (`pay-voucher-choice.iife.js` …), loaded with their SRI hashes when one of their tags appears
 * in the document, or through `PayElements.load(tag)`; `PayElements.diagnose()` loads the
 * diagnostics file the same way. See scripts/build-cdn.mjs for how the files are built.
 */
import './diagnostics/violation-log.js';
import './components/card-form/pay-card-form.js';
// The script-tag build swaps this for every export of the index except the classes of the
// lazily loaded elements (they join window.PayElements once loaded) and with `diagnose` and
// `explainFailure` taken from ./cdn/diagnostics-proxy.ts.
import * as library from './index.js';
import { load, observe } from './cdn/autoloader.js';
import { exposeLoadedExportsOn } from './cdn/lazy-registry.js';
import { registerRuntime } from './cdn/runtime-registry.js';
import { warnDuplicateCopy } from './core/pay-element.js';

/** `window.PayElements`: the library, plus `load(tag)` and `observe(root)` for lazily loaded elements. */
const api: Record<string, unknown> = { load, observe };
for (const [name, value] of Object.entries(library)) if (value !== undefined) api[name] ??= value;

const page = globalThis as { PayElements?: unknown };
if (page.PayElements) {
  // Another copy (another version, another bundle) came first: it keeps the page, as its elements do.
  warnDuplicateCopy();
} else {
  page.PayElements = api;
  registerRuntime();
  exposeLoadedExportsOn(api);
  observe(document);
}
