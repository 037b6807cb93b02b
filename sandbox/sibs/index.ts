import { Hono } from 'hono';
import type { ProviderDeps } from '../provider-deps.js';
import type { SandboxEnv } from '../faults.js';

/** Every Sibs route of the sandbox. */
export function sibsRoutes(_deps: ProviderDeps) {
  return new Hono<SandboxEnv>();
}
