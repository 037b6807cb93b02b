/**
 * Where per-element files report in: each calls `settleLazyFile` once it has defined its
 * element, and its exports (the element class; `diagnose` for the diagnostics) join
 * `window.PayElements`.
 */

const settled = new Map<string, Readonly<Record<string, unknown>>>();
let publicApi: Record<string, unknown> | null = null;

/** The object exposed as `window.PayElements`, which loaded exports are added to. */
export function exposeLoadedExportsOn(api: Record<string, unknown>): void {
  publicApi = api;
  for (const [tag, exports] of settled) if (isElementFile(tag)) Object.assign(api, exports);
}

/** Locale files (`pay-locale-it`, the `pay-locales` index) report strings, not exports for `window.PayElements`. */
const isElementFile = (tag: string) => !tag.startsWith('pay-locale');

/** Called by the per-element file for `tag` after it ran (see scripts/build-cdn.mjs). */
export function settleLazyFile(tag: string, exports: Readonly<Record<string, unknown>>): void {
  settled.set(tag, exports);
  if (publicApi && isElementFile(tag)) Object.assign(publicApi, exports);
}

/** The exports of the per-element file for `tag`, once it has run. */
export function settledExports(tag: string): Readonly<Record<string, unknown>> | undefined {
  return settled.get(tag);
}
