/**
 * What the script-tag build knows about the per-element files. In source these tables are
 * empty, so the module type-checks and the ES build never needs them; `vite build --mode cdn`
 * (scripts/build-cdn.mjs) replaces this module with the real tables.
 */

/** A per-element file beside pay-elements.iife.js, with its Subresource Integrity hash. */
export interface LazyFile {
  file: string;
  integrity: string;
}

/** This build's runtime: a per-element file runs only against the main file of its own build. */
export const RUNTIME_ID: string = 'source';

/** Every binding of the main file's modules that some per-element file imports, in table order. */
export const runtime: readonly unknown[] = [];

/** Tag → the per-element file that defines it. */
export const lazyFiles: Readonly<Record<string, LazyFile>> = {};

/** `pay-locales` → the index of the locale files (`pay-locale-<locale>[-diagnostics]`, scripts/cdn-locales.mjs), with their hashes. */
export const localeFiles: Readonly<Record<string, LazyFile>> = {};
