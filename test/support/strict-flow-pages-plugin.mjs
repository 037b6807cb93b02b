import { readFile } from 'node:fs/promises';

// Serves a merchant page that loads the script-tag bundle under exactly the Content-Security-Policy
// the README gives (section "Content Security Policy and Trusted Types"), with the provider
// sandbox standing in for every provider host, for test/distribution/strict-csp-flow.test.ts.
//   /__strict-flow/page/<flow>.html[?break=<control>]   flow: card-payment | payglobe-checkout
//   /__strict-flow/policy/<flow>.json[?break=…]          the header value the page was served with
//   /__strict-flow/readme.json                           the README's header lines, and whether README.md has them verbatim
// Every page gets the README's example header (script tag + Glomo card + PayGlobe). The bundle
// (/__pages/cdn/…) and the probes (/__pages/probe/…) come from pages-plugin.mjs, the shop's
// endpoints (/merchant/…) from merchant-plugin.mjs, the sandbox from sandbox-plugin.mjs.

/** Where the README's header says the script-tag files live; the test serves them from /__pages/cdn/. */
export const README_CDN_FOLDER = 'https://your-cdn.example/pay-elements/dist/cdn/';

/**
 * The README's header for a page using the script-tag bundle, directive by directive, before any
 * provider: only what pay-elements itself needs, on a page that otherwise allows nothing.
 */
export const README_BASE_POLICY = [
  // Nothing else: pay-elements needs no style-src (constructable stylesheets), img-src or font-src.
  "default-src 'none'",
  `script-src 'self' ${README_CDN_FOLDER}`,
  "connect-src 'self'",
  // No form-action or base-uri entry: pay-elements posts no form and sets no <base>.
  "require-trusted-types-for 'script'",
  "trusted-types lit-html pay-elements 'allow-duplicates'",
];

/** The sources each flow adds to the base header (README: "per provider"), by directive. */
export const README_PROVIDER_SOURCES = {
  // <pay-card-payment provider="glomo">: the bank's 3-D Secure page in the iframe modal, which
  // comes back in that same frame to the shop's own callback and return page ('self').
  'card-payment': { 'frame-src': ["'self'", 'https://secure.glomopay.com'] },
  // <pay-payglobe-checkout>: payglobe.js, the API it calls, and its hosted checkout in an iframe.
  'payglobe-checkout': {
    'script-src': ['https://api.payglobe.it'],
    'connect-src': ['https://api.payglobe.it'],
    'frame-src': ['https://paymentpage.igfs.payglobe.com'],
  },
};

/** The README's header with the sources of `flows` merged in, as a list of directives. */
export function readmePolicy(flows = []) {
  const additions = {};
  for (const flow of flows) {
    for (const [name, sources] of Object.entries(README_PROVIDER_SOURCES[flow])) additions[name] = [...(additions[name] ?? []), ...sources];
  }
  const directives = README_BASE_POLICY.map((directive) => {
    const name = directive.split(' ')[0];
    const added = additions[name];
    delete additions[name];
    return added ? `${directive} ${added.join(' ')}` : directive;
  });
  // Directives the base lacks go before the Trusted Types lines.
  const at = directives.findIndex((d) => d.startsWith('require-trusted-types-for'));
  directives.splice(at, 0, ...Object.entries(additions).map(([name, sources]) => `${name} ${sources.join(' ')}`));
  return directives;
}

/** The README's example header for a script-tag page with Glomo card payments and PayGlobe: what every test page is served with. */
export const README_EXAMPLE_FLOWS = ['card-payment', 'payglobe-checkout'];

/** The full header lines the README must show, verbatim (checked against README.md). */
export function readmeHeaderLines() {
  return [readmePolicy(), readmePolicy(README_EXAMPLE_FLOWS)].map((d) => `Content-Security-Policy: ${d.join('; ')}`);
}

/** Negative controls: each takes away one thing the README says is needed. */
const BREAKS = {
  // The library's own Trusted Types policy name: its per-element files and SDKs cannot be loaded.
  'no-pay-elements-policy': (directives) => directives.map((d) => d.startsWith('trusted-types ') ? d.replace(' pay-elements', '') : d),
  // The provider (the sandbox) out of frame-src: its hosted page cannot be framed.
  'no-provider-frame': (directives, sandboxOrigin) => directives.map((d) => d.startsWith('frame-src ') ? d.replace(` ${sandboxOrigin}`, '') : d),
  // The script-tag folder out of script-src ('self' is the page's origin, not the CDN's): nothing loads.
  'no-cdn-folder': (directives) => directives.map((d) => d.startsWith('script-src ') ? d.replace(/ \S+\/__pages\/cdn\//, '') : d),
  // The shop's own origin out of frame-src: the bank's page cannot come back to the shop's return page in the frame.
  'no-shop-frame': (directives) => directives.map((d) => d.startsWith('frame-src ') ? d.replace(" 'self'", '') : d),
};

/** The README's header with the test's hosts substituted: the CDN folder, and the sandbox for every provider host. */
export function servedPolicy({ cdnOrigin, sandboxOrigin, breakName }) {
  const providerHosts = README_EXAMPLE_FLOWS.flatMap((flow) => Object.values(README_PROVIDER_SOURCES[flow]).flat()).filter((s) => s.startsWith('https://'));
  let directives = readmePolicy(README_EXAMPLE_FLOWS).map((directive) => {
    let value = directive.replace(README_CDN_FOLDER, `${cdnOrigin}/__pages/cdn/`);
    for (const host of providerHosts) value = value.replace(host, sandboxOrigin);
    // One source is enough where several provider hosts map onto the one sandbox origin.
    const [name, ...sources] = value.split(' ');
    return [name, ...new Set(sources)].join(' ');
  });
  if (breakName) directives = BREAKS[breakName](directives, sandboxOrigin);
  return directives.join('; ');
}

const FLOWS = {
  'card-payment': () =>
    '<pay-card-payment provider="glomo" amount="1234" currency="EUR" payment-url="/merchant/glomo/payment" status-url="/merchant/glomo/payment/{paymentId}"></pay-card-payment>',
  'payglobe-checkout': (sandboxOrigin) =>
    `<pay-payglobe-checkout amount="15000" currency="EUR" description="Strict CSP order" email="shopper@example.com" publishable-key="pk_test_strict_csp" poll-interval="250" script-url="${sandboxOrigin}/payglobe/js/payglobe.js"></pay-payglobe-checkout>`,
};

/**
 * The "CDN": the test server under its other loopback name, so it is another origin than the
 * page's and 'self' does not cover it — the README's folder source must.
 */
function cdnOriginFor(origin) {
  const url = new URL(origin);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

function pageHtml(flow, sandboxOrigin, cdnOrigin) {
  // No inline script or style anywhere: the page runs only files the policy allows.
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict CSP shop</title>'
    + '<script src="/__pages/probe/capture.js"></script>'
    + `<script src="${cdnOrigin}/__pages/cdn/pay-elements.iife.js" crossorigin="anonymous"></script>`
    + '<script src="/__pages/probe/strict-flow.js"></script>'
    + `</head><body><main><h1>Checkout</h1>${FLOWS[flow](sandboxOrigin)}</main></body></html>`;
}

export function strictFlowPagesPlugin() {
  return {
    name: 'pay-elements-strict-flow-pages',
    async serve(context) {
      if (context.path === '/__strict-flow/readme.json') {
        const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
        return { body: JSON.stringify(readmeHeaderLines().map((line) => ({ line, present: readme.includes(line) }))), type: 'json' };
      }
      const match = /^\/__strict-flow\/(page|policy)\/([\w-]+)\.(html|json)$/.exec(context.path);
      if (!match || !(match[2] in FLOWS)) return undefined;
      const [, kind, flow] = match;
      const breakName = context.URL.searchParams.get('break');
      if (breakName && !(breakName in BREAKS)) return { body: `unknown break ${breakName}`, status: 400 };
      const sandboxOrigin = process.env.PAY_SANDBOX_ORIGIN;
      if (!sandboxOrigin) throw new Error('strict-flow pages: the sandbox plugin has not started the sandbox');
      const cdnOrigin = cdnOriginFor(context.origin);
      const policy = servedPolicy({ cdnOrigin, sandboxOrigin, breakName });
      if (kind === 'policy') return { body: JSON.stringify({ policy, cdnOrigin }), type: 'json' };
      context.set('Content-Security-Policy', policy);
      return { body: pageHtml(flow, sandboxOrigin, cdnOrigin), type: 'html' };
    },
    // A CDN serves the files with CORS: the tags carry crossorigin (SRI on another origin needs it).
    transform(context) {
      if (context.path.startsWith('/__pages/cdn/')) context.set('Access-Control-Allow-Origin', '*');
      return undefined;
    },
  };
}
