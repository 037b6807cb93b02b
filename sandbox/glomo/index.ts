import { Hono } from 'hono';
import type { SandboxEnv } from '../faults.js';
import { glomoApi } from './api.js';
import { glomoAuthenticatePages } from './authenticate.js';
import { glomoCheckoutPages } from './checkout.js';
import type { GlomoDeps } from './deps.js';
import { glomoSdkRoutes } from './sdk.js';

export type { GlomoDeps } from './deps.js';
export { createGlomoState, signGlomo } from './state.js';

/** Every Glomo route of the sandbox: API, hosted authentication, hosted checkout, SDK. */
export function glomoRoutes(deps: GlomoDeps) {
  return new Hono<SandboxEnv>()
    .route('/', glomoApi(deps))
    .route('/', glomoAuthenticatePages(deps))
    .route('/', glomoCheckoutPages(deps))
    .route('/', glomoSdkRoutes());
}
