import { Hono } from 'hono';
import type { ProviderDeps } from '../provider-deps.js';
import type { SandboxEnv } from '../faults.js';
import { sibsApi } from './api.js';
import { createSibsAuth } from './auth.js';
import { sibsControls } from './controls.js';
import { sibsHostedPages } from './hosted.js';
import { createSettler } from './settle.js';
import { createSibsState } from './state.js';

export { SIBS_TEST_CARDS } from './cards.js';
export { MBWAY_MAGIC_PHONES } from './api.js';
export { encryptNotification } from './webhooks.js';

/**
 * Every SIBS SPG route of the sandbox: the server API (`/api/v2/payments…`), the hosted pages a
 * shopper meets (MB WAY app, Multibanco ATM, 3-D Secure challenge) and the test controls
 * (`/__sandbox/sibs/…`). One state per sandbox instance.
 */
export function sibsRoutes(deps: ProviderDeps) {
  const state = createSibsState();
  const settler = createSettler(state, deps);
  const auth = createSibsAuth();
  return new Hono<SandboxEnv>()
    .route('/', sibsApi({ state, auth, settler, pollIntervalMs: deps.pollIntervalMs }))
    .route('/', sibsHostedPages(state, settler))
    .route('/', sibsControls(state, settler));
}
