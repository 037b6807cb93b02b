/**
 * Publishes the main file's shared modules (Lit, the core, the flows …) for the per-element
 * files, keyed by build: each per-element file looks up the runtime of its own build, so it
 * reuses the very module instances the main file runs (one Lit, one message registry, one
 * violation watcher) and refuses to run against another version.
 */
import { RUNTIME_ID, runtime } from './manifest.js';

/** The global slot the per-element files read (scripts/build-cdn.mjs writes the reading side). */
export const RUNTIME_SLOT = Symbol.for('pay-elements.runtime');

export function registerRuntime(): void {
  const slot = globalThis as unknown as Record<symbol, Record<string, unknown> | undefined>;
  (slot[RUNTIME_SLOT] ??= {})[RUNTIME_ID] = runtime;
}
