import { Hono } from 'hono';
import type { ProviderDeps } from '../provider-deps.js';
import type { SandboxEnv } from '../faults.js';

/** Every PayGlobe route of the sandbox. */
export function payglobeRoutes(_deps: ProviderDeps) {
  return new Hono<SandboxEnv>();
}
