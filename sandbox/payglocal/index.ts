import { Hono } from 'hono';
import type { SandboxEnv } from '../faults.js';
import type { ProviderDeps } from '../provider-deps.js';
import { payglocalApi } from './api.js';
import { payglocalHostedPages } from './hosted.js';
import { createPayGlocalSigningKeys } from './keys.js';
import { createPayGlocalState } from './state.js';

export { merchantOfApiKey } from './api.js';

/**
 * Every PayGlocal route of the sandbox: initiate and status API, the hosted page with its signed
 * callback, and the public key (JWKS and PEM). One key pair and one state per sandbox instance.
 */
export function payglocalRoutes(_deps: ProviderDeps) {
  const state = createPayGlocalState();
  const keys = createPayGlocalSigningKeys();
  keys.catch(() => {}); // awaited by the routes; never an unhandled rejection at start
  return new Hono<SandboxEnv>().route('/', payglocalApi(state, keys)).route('/', payglocalHostedPages(state, keys));
}
