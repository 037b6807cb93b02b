// web-test-runner middleware: the demo shop's server (demo/merchant/merchant-server.ts) on the
// test server's own origin under /merchant/…, talking to the sandbox the sandbox plugin started,
// so end-to-end tests run merchant page → merchant server → provider sandbox as production does.
// A Koa middleware (config `middleware`), not a plugin: it must see POSTs before the file server.
import { tsImport } from 'tsx/esm/api';
import { getRequestListener } from '@hono/node-server';

export function merchantMiddleware() {
  let listener;
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/merchant/')) return next();
    if (!listener) {
      const { createDemoMerchant } = await tsImport('../../demo/merchant/merchant-server.ts', import.meta.url);
      // The sandbox plugin has published its origin by the time a test page asks.
      const handle = createDemoMerchant({ sandboxOrigin: process.env.PAY_SANDBOX_ORIGIN, glomoReturnUrl: '/demo/glomo-return.html', sibsReturnUrl: '/demo/sibs-return.html' });
      listener = getRequestListener(async (request) => (await handle(request)) ?? new Response('Not found', { status: 404 }));
    }
    ctx.respond = false;
    await listener(ctx.req, ctx.res);
  };
}
