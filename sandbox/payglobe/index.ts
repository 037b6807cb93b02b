import { Hono } from 'hono';
import type { SandboxEnv } from '../faults.js';
import type { ProviderDeps } from '../provider-deps.js';
import { payglobeApi } from './api.js';
import { payglobeCheckoutPages } from './checkout.js';
import { payglobeControls } from './controls.js';
import { payglobeScriptRoutes } from './script.js';
import { createPayGlobeState } from './state.js';

export { signWebhook, webhookEvent } from './webhooks.js';
export { SANDBOX_VOUCHER_OTP } from './flow.js';

/** Every PayGlobe route of the sandbox: API (payglobe.js' and the wrapper's), hosted checkout, payglobe.js, controls. */
export function payglobeRoutes(deps: ProviderDeps) {
  const state = createPayGlobeState();
  return new Hono<SandboxEnv>()
    .route('/', payglobeApi({ state }))
    .route('/', payglobeCheckoutPages({ state, ...deps }))
    .route('/', payglobeScriptRoutes())
    .route('/', payglobeControls({ state }));
}
