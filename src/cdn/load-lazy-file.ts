/**
 * Loads a per-element file (`pay-<name>.iife.js`, beside the main file) once: a `<script src
 * integrity crossorigin>` through the flows' SDK loader, so the URL goes through the one
 * `pay-elements` Trusted Types policy of the page (a CSP may allow a policy name only once),
 * the page's nonce applies, and a stall, a 404, an integrity mismatch or a CSP block each end
 * in a clear error within the loader's time limit.
 */
import type { PayErrorCode } from '../core/types.js';
import { localeOf, translator } from '../core/messages.js';
import { loadSdk } from '../flows/sdk-loader.js';
import { cdnMessages } from './cdn.messages.js';
import { lazyFiles, localeFiles, type LazyFile } from './manifest.js';
import { settledExports } from './lazy-registry.js';

/** A per-element file that could not be loaded: `code` and `message` as a `pay-error` carries them. */
export class LazyLoadError extends Error {
  constructor(readonly code: PayErrorCode, message: string) {
    super(message);
    this.name = 'LazyLoadError';
  }
}

// Captured while the main file runs: afterwards `document.currentScript` is someone else's.
const mainScript = typeof document === 'undefined' ? null : (document.currentScript as HTMLScriptElement | null);
const baseUrl = mainScript?.src || null;
const nonce = mainScript?.nonce || undefined;

const loads = new Map<string, Promise<Readonly<Record<string, unknown>>>>();

/** Is the per-element file for `tag` being loaded right now? */
export function isLoading(tag: string): boolean {
  return loads.has(tag) && !settledExports(tag);
}

/**
 * The exports of the per-element file that defines `tag`, loading it on first use. A failed load
 * is logged once, rejects with a `LazyLoadError`, and is tried afresh by the next call.
 */
export function loadLazyFile(tag: string): Promise<Readonly<Record<string, unknown>>> {
  let load = loads.get(tag);
  if (!load) {
    load = loadOnce(tag);
    loads.set(tag, load);
    load.catch((error: Error) => {
      loads.delete(tag);
      console.error(`[pay-elements] ${error.message}`);
    });
  }
  return load;
}

async function loadOnce(tag: string): Promise<Readonly<Record<string, unknown>>> {
  const t = translator(cdnMessages, localeOf(document.documentElement));
  // A locale file's hash is in the locale index (pay-locales.iife.js, whose hash the manifest holds).
  const entry = lazyFiles[tag] ?? localeFiles[tag]
    ?? (tag.startsWith('pay-locale-') ? ((await loadLazyFile('pay-locales')).default as Record<string, LazyFile>)[tag] : undefined);
  if (!entry) throw new LazyLoadError('invalid_config', t('cdn.error.unknownTag', { tag }));
  const already = settledExports(tag); // the merchant loaded the file with a tag of their own
  if (already) return already;
  const failed = (code: PayErrorCode, url: string, reason: string) => new LazyLoadError(code, t('cdn.error.load', { tag, url, reason }));
  if (!baseUrl) throw failed('invalid_config', entry.file, t('cdn.reason.noBase'));
  const url = new URL(entry.file, baseUrl);
  const outcome = await loadSdk(document.documentElement, {
    url: url.href,
    kind: 'classic',
    // Always there: the file reports itself through settleLazyFile, not through a global.
    name: 'customElements',
    allowedHosts: [url.hostname],
    // Only sdk-loader's own CSP explanation uses it, and this module words the error itself.
    provider: 'glomo',
    integrity: entry.integrity,
    crossOrigin: 'anonymous',
    nonce,
  });
  if (outcome.kind === 'error') {
    const { code } = outcome.error;
    if (code === 'csp_blocked') throw failed('csp_blocked', url.href, t('cdn.reason.csp', { origin: url.origin }));
    if (code === 'invalid_config') throw failed('invalid_config', url.href, t('cdn.reason.refused'));
    throw failed('sdk_load_failed', url.href, t('cdn.reason.failed'));
  }
  const exports = settledExports(tag);
  if (!exports) throw failed('sdk_load_failed', url.href, t('cdn.reason.unregistered'));
  return exports;
}
