import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { apiError } from './errors.js';
import { createFaults, type SandboxEnv } from './faults.js';
import { createGlomoState, glomoRoutes } from './glomo/index.js';
import { html, htmlDocument, SANDBOX_CSS } from './html.js';
import { createLifecycle } from './lifecycle.js';
import { payglobeRoutes } from './payglobe/index.js';
import { payglocalRoutes } from './payglocal/index.js';
import { sibsRoutes } from './sibs/index.js';

export interface SandboxSettings {
  /** `interval_in_ms` advertised by poll steps. Default 2000. */
  pollIntervalMs?: number;
  /** How long the hosted pages' Slow button keeps a payment pending. Default 3000. */
  slowMs?: number;
}

/**
 * The sandbox as one fetch-standard app: shared middleware (CORS, fault switches), then one
 * route group per provider. A new provider is a sibling folder mounted here.
 */
export function createSandboxApp(settings: SandboxSettings = {}) {
  const lifecycle = createLifecycle();
  const faults = createFaults(lifecycle);
  const app = new Hono<SandboxEnv>();

  // Provider SDK modules are imported cross-origin (module scripts need CORS), and tests call the
  // API straight from the browser: the sandbox answers any origin.
  app.use('*', cors({ origin: '*', allowHeaders: ['Authorization', 'Content-Type'], allowMethods: ['GET', 'POST', 'DELETE', 'OPTIONS'] }));
  app.use('*', faults.middleware);
  app.route('/', faults.admin);

  app.get('/assets/sandbox.css', (c) => c.body(SANDBOX_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/', (c) =>
    c.html(
      htmlDocument({
        title: 'pay-elements sandbox',
        body: html`<main><h1>pay-elements sandbox</h1><p>Local stand-ins for the payment providers.</p>
<ul><li>Glomo: <code>/api/v1/*</code>, <code>/glomo/authenticate</code>, <code>/glomo/checkout</code>, <code>/glomo/sdk/index.js</code></li></ul></main>`,
      }),
    ),
  );

  const deps = { lifecycle, pollIntervalMs: settings.pollIntervalMs ?? 2000, slowMs: settings.slowMs ?? 3000 };
  app.route('/', glomoRoutes({ state: createGlomoState(), ...deps }));
  app.route('/', payglobeRoutes(deps));
  app.route('/', sibsRoutes(deps));
  app.route('/', payglocalRoutes(deps));

  app.notFound((c) => apiError(c, 404, 'NOT_FOUND', `no sandbox route for ${c.req.method} ${new URL(c.req.url).pathname}`));
  app.onError((error, c) => {
    console.error('[sandbox]', error);
    return apiError(c, 500, 'INTERNAL_ERROR', 'the sandbox failed to handle this request');
  });

  return { app, dispose: () => lifecycle.dispose() };
}
