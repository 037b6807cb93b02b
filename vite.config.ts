import { defineConfig, type Plugin } from 'vite';
import { resolve } from 'node:path';
import { viteMinifyTemplates } from './scripts/minify-templates.mjs';
import { demoCdnPlugin } from './scripts/demo-cdn-plugin.mjs';

const root = import.meta.dirname;
const src = (path: string) => resolve(root, 'src', path);

/**
 * Public ES entries. The build keeps one output module per source module (as the Lit starter
 * publishes), so `sideEffects` in package.json can name exactly the registration files and the
 * violation watcher; lit and zod stay external so apps dedupe them.
 */
const esmEntries = [
  src('index.ts'),
  src('define.ts'),
  src('components/card-form/pay-card-form.ts'),
  src('components/voucher-choice/pay-voucher-choice.ts'),
  src('components/bank-transfer/pay-bank-transfer.ts'),
  src('components/glomo-checkout/pay-glomo-checkout.ts'),
  src('components/card-payment/pay-card-payment.ts'),
  src('components/mbway/pay-mbway.ts'),
  src('components/multibanco/pay-multibanco.ts'),
  src('components/payglobe-checkout/pay-payglobe-checkout.ts'),
  src('components/payglocal-checkout/pay-payglocal-checkout.ts'),
  src('components/diagnostics/pay-diagnostics.ts'),
  src('diagnostics/index.ts'),
  src('react/index.ts'),
  src('vue/index.ts'),
  src('server/index.ts'),
  src('return-page.ts'),
];

/**
 * Demo only: `?headers=<preset>` serves the demo page with real COOP/CSP headers, so
 * `<pay-diagnostics>` can be seen failing the way a production site would.
 */
const DEMO_HEADER_PRESETS: Record<string, Record<string, string>> = {
  coop: { 'Cross-Origin-Opener-Policy': 'same-origin' },
  csp: {
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self' ws://127.0.0.1:5173",
  },
  'report-only': { 'Content-Security-Policy-Report-Only': "default-src 'self'; connect-src 'self' ws://127.0.0.1:5173" },
};

/** The demo pages the presets apply to. */
const DEMO_HEADER_PAGES = new Set(['/', '/index.html', '/glomo-checkout.html']);

function demoHeaders(): Plugin {
  return {
    name: 'pay-elements-demo-headers',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const preset = url.searchParams.getAll('headers').flatMap((name) => Object.entries(DEMO_HEADER_PRESETS[name] ?? {}));
        if (DEMO_HEADER_PAGES.has(url.pathname)) for (const [name, value] of preset) res.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * `npm start` also starts the provider sandbox on its own origin (127.0.0.1:5174), as a real
 * provider is on another origin than the shop; it closes with the dev server.
 */
function providerSandbox(): Plugin {
  // Survives vite's restarts (which re-evaluate this file): a new sandbox waits for the old one to free the port.
  const slot = globalThis as typeof globalThis & { payElementsSandboxClosing?: Promise<void> };
  return {
    name: 'pay-elements-sandbox',
    apply: 'serve',
    async configureServer(server) {
      // Loaded only here, so builds never import the sandbox (or Hono).
      const { startSandbox } = await import('./sandbox/server.js');
      await slot.payElementsSandboxClosing;
      const sandbox = await startSandbox({ port: 5174 });
      server.httpServer?.once('close', () => {
        slot.payElementsSandboxClosing = sandbox.close();
      });
      server.config.logger.info(`  Provider sandbox: ${sandbox.origin}`);
      // The demo shop's own server (demo/merchant/) on the demo's origin, talking to the sandbox.
      const { createDemoMerchant } = await import('./demo/merchant/merchant-server.js');
      const { getRequestListener } = await import('@hono/node-server');
      const merchant = createDemoMerchant({ sandboxOrigin: sandbox.origin, glomoReturnUrl: '/glomo-return.html' });
      const listener = getRequestListener(async (request) => (await merchant(request)) ?? new Response('Not found', { status: 404 }));
      server.middlewares.use((req, res, next) => (req.url?.startsWith('/merchant/') ? void listener(req, res) : next()));
    },
  };
}

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // `npm start`: the demo, offline, on a fixed port.
    return {
      root: resolve(root, 'demo'),
      plugins: [demoHeaders(), providerSandbox(), demoCdnPlugin()],
      server: { host: '127.0.0.1', port: 5173, strictPort: true, fs: { allow: [root] } },
    };
  }
  if (mode === 'cdn') {
    // The script-tag files: pay-elements.iife.js (the runtime, the card form, `window.PayElements`
    // and an autoloader) and beside it one pay-<name>.iife.js per other element, loaded on demand
    // with its SRI hash (scripts/build-cdn.mjs; loaded here only, so other builds never import it).
    return {
      plugins: [viteMinifyTemplates(), import('./scripts/build-cdn.mjs').then(({ cdnLazyElements }) => cdnLazyElements())],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2021',
        minify: true,
        lib: { entry: src('cdn.ts'), name: 'PayElements', formats: ['iife'], fileName: () => 'pay-elements.iife.js' },
        // Building the per-element files first is the slow part, and expected.
        rolldownOptions: { checks: { pluginTimings: false } },
      },
    };
  }
  return {
    // Shoppers download the templates' indentation otherwise: app bundlers don't minify them either.
    plugins: [viteMinifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2021',
      minify: false,
      lib: { entry: esmEntries, formats: ['es'] },
      rolldownOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^zod($|\/)/, /^react($|\/)/, /^react-dom($|\/)/, /^@lit\/react/, /^vue($|\/)/, /^jose($|\/)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
