// Serves pages for tests that need a whole document of their own: the script-tag bundle
// (built on the fly by vite with the project's own config, exactly as `npm run build` builds
// dist/cdn/pay-elements.iife.js) under a strict CSP with Trusted Types enforced.
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let bundlePromise;

function cdnBundle() {
  bundlePromise ??= viteBuild({
    root, configFile: `${root}/vite.config.ts`, mode: 'cdn', logLevel: 'silent', build: { write: false },
  }).then((result) => (Array.isArray(result) ? result[0] : result).output[0].code);
  return bundlePromise;
}

let creditCardTypePromise;
/** credit-card-type is CommonJS: esbuild turns it into an ES module for the range drift test. */
function creditCardTypeModule() {
  creditCardTypePromise ??= build({
    stdin: { contents: "export { default } from 'credit-card-type';", resolveDir: root },
    bundle: true, format: 'esm', write: false,
  }).then((result) => result.outputFiles[0].text);
  return creditCardTypePromise;
}

export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html pay-elements";

const probe = `
const violations = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective + ' ' + e.blockedURI));
const form = document.createElement('pay-card-form');
form.setAttribute('amount', '5000');
form.setAttribute('currency', 'EUR');
document.body.append(form);
const diagnostics = document.createElement('pay-diagnostics');
diagnostics.setAttribute('providers', 'glomo');
const rendered = new Promise((resolve) => diagnostics.addEventListener('pay-diagnostics-report', resolve, { once: true }));
document.body.append(diagnostics);
Promise.all([form.updateComplete, rendered, window.PayElements.diagnose({ providers: ['glomo'] })]).then(async ([, , report]) => {
  await diagnostics.updateComplete;
  const inputs = [...form.shadowRoot.querySelectorAll('input')].map((i) => i.getAttribute('autocomplete'));
  const button = form.shadowRoot.querySelector('button')?.textContent.trim();
  const statuses = Object.fromEntries(report.checks.map((c) => [c.id, c.status]));
  const listed = diagnostics.shadowRoot.querySelectorAll('[part~="check"]').length;
  parent.postMessage({ type: 'strict-csp-result', violations, inputs, button, statuses, listed,
    globals: Object.keys(window.PayElements || {}).sort() }, '*');
});
`;

export function pagesPlugin() {
  return {
    name: 'pay-elements-test-pages',
    // Build the script-tag bundle while the browser starts, not inside a test's time limit.
    serverStart() {
      cdnBundle().catch(() => {});
    },
    async serve(context) {
      if (context.path === '/__pages/strict-csp.html') {
        context.set('Content-Security-Policy', STRICT_CSP);
        return { body: '<!doctype html><html lang="en"><head><title>strict CSP</title><script src="/__pages/cdn.js"></script></head><body><script src="/__pages/strict-csp-probe.js"></script></body></html>', type: 'html' };
      }
      if (context.path === '/__pages/cdn.js') return { body: await cdnBundle(), type: 'js' };
      if (context.path === '/__pages/credit-card-type.js') return { body: await creditCardTypeModule(), type: 'js' };
      if (context.path === '/__pages/strict-csp-probe.js') return { body: probe, type: 'js' };
      return undefined;
    },
  };
}
