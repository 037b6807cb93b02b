import { Hono } from 'hono';
import type { ProviderDeps } from '../provider-deps.js';
import type { SandboxEnv } from '../faults.js';

/** Every PayGlocal route of the sandbox. */
export function payglocalRoutes(_deps: ProviderDeps) {
  return new Hono<SandboxEnv>();
}
