// Serves pages for tests that need a whole document of their own: the script-tag files (built on
// the fly by vite with the project's own config, exactly as `npm run build` builds dist/cdn/)
// under a strict CSP with Trusted Types enforced.
//   /__pages/cdn/<file>            every file of dist/cdn/, as built (sizes.json: their sizes)
//   /__pages/cdn-tampered/<file>   the same, but pay-voucher-choice.iife.js altered (its SRI fails)
//   /__pages/page/<name>.html      a test page (PAGES below), probed by test/distribution/pages/<name>.js
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MAIN_FILE = 'pay-elements.iife.js';
const TAMPERED_FILE = 'pay-voucher-choice.iife.js';
let filesPromise;

/** Every file of dist/cdn/ by name, built in memory. */
function cdnFiles() {
  filesPromise ??= viteBuild({
    root, configFile: `${root}/vite.config.ts`, mode: 'cdn', logLevel: 'silent', build: { write: false },
  }).then((result) => new Map((Array.isArray(result) ? result[0] : result).output
    .map((item) => [item.fileName, Buffer.from(item.type === 'chunk' ? item.code : item.source)])));
  return filesPromise;
}

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

async function sizes() {
  const files = await cdnFiles();
  return Object.fromEntries([...files].filter(([name]) => name.endsWith('.js')).map(([name, bytes]) => [name, {
    raw: bytes.length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }]));
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

/** One element of each tag, with attributes that let it render. */
const EVERY_ELEMENT = [
  '<pay-card-form amount="5000" currency="EUR"></pay-card-form>',
  '<pay-voucher-choice total="15000" currency="EUR" voucher-balance="8000"></pay-voucher-choice>',
  '<pay-bank-transfer order-id="order_1"></pay-bank-transfer>',
  '<pay-glomo-checkout order-url="/merchant/glomo/order?amount=4999" public-key="pk_test_pages"></pay-glomo-checkout>',
  '<pay-card-payment provider="glomo" amount="5000" currency="EUR" payment-url="/merchant/glomo/payment" status-url="/merchant/glomo/payment/{paymentId}"></pay-card-payment>',
  '<pay-diagnostics providers="glomo"></pay-diagnostics>',
  '<pay-mbway payment-url="/merchant/sibs/payment" status-url="/merchant/sibs/payment/{paymentId}"></pay-mbway>',
  '<pay-multibanco payment-url="/merchant/sibs/payment" status-url="/merchant/sibs/payment/{paymentId}"></pay-multibanco>',
  '<pay-payglobe-checkout publishable-key="pk_test_pages" amount="5000" currency="EUR" email="shopper@example.test"></pay-payglobe-checkout>',
  '<pay-payglocal-checkout payment-url="/merchant/payglocal/payment"></pay-payglocal-checkout>',
].join('\n');

/** Test pages: the scripts of their head (after capture.js), their body, their CSP; probe: pages/<name>.js. */
const PAGES = {
  'every-element': { head: ['main'], body: EVERY_ELEMENT },
  // The same page in Italian: the main file loads the locale index, then the Italian files.
  'every-element-it': { head: ['main'], body: EVERY_ELEMENT, lang: 'it' },
  'added-later': { head: ['main'], body: '' },
  'shadow-roots': { head: ['main'], body: '' },
  tampered: { head: ['tampered-main'], body: '<pay-voucher-choice total="15000" currency="EUR" voucher-balance="8000"></pay-voucher-choice>' },
  // The site's CSP allows the main file only, by path: the per-element files are blocked.
  'csp-blocked': {
    head: ['main'], body: '<pay-voucher-choice total="15000" currency="EUR"></pay-voucher-choice>',
    csp: (origin) => STRICT_CSP.replace("script-src 'self'", `script-src ${origin}/__pages/probe/ ${origin}/__pages/cdn/${MAIN_FILE}`),
  },
  'element-file-alone': { head: [`/__pages/cdn/${TAMPERED_FILE}`], body: '<pay-voucher-choice total="15000" currency="EUR"></pay-voucher-choice>' },
  // The shop's own Lit first, then pay-elements twice by script tag and once more as ES modules
  // (the probe, a module, loads them in that order). Two copies create the lit-html and
  // pay-elements policies twice: the README's Trusted Types line carries 'allow-duplicates'.
  'two-copies': {
    head: ['module:/__pages/probe/shop-lit.js', 'defer:main', `defer:/__pages/cdn-copy/${MAIN_FILE}`], body: '<pay-card-form amount="5000" currency="EUR"></pay-card-form><pay-voucher-choice total="15000" currency="EUR"></pay-voucher-choice>',
    probeType: 'module', csp: () => `${STRICT_CSP} 'allow-duplicates'`,
  },
};

async function pageHtml(name) {
  const page = PAGES[name];
  const main = integrity((await cdnFiles()).get(MAIN_FILE));
  // 'defer:' and 'module:' prefixes: deferred and module scripts run in document order, after parsing.
  const script = (entry) => {
    const [, kind, src] = /^(?:(defer|module):)?(.*)$/.exec(entry);
    const attributes = kind === 'defer' ? ' defer' : kind === 'module' ? ' type="module"' : '';
    return src === 'main' || src === 'tampered-main'
      ? `<script src="/__pages/${src === 'main' ? 'cdn' : 'cdn-tampered'}/${MAIN_FILE}" integrity="${main}" crossorigin="anonymous"${attributes}></script>`
      : `<script src="${src}"${attributes}></script>`;
  };
  return `<!doctype html><html lang="${page.lang ?? 'en'}"><head><title>${name}</title>`
    + `<script src="/__pages/probe/capture.js"></script>${page.head.map(script).join('')}</head>`
    + `<body>${page.body}<script src="/__pages/probe/${name}.js"${page.probeType === 'module' ? ' type="module"' : ''}></script></body></html>`;
}

/** The body of a /__pages/cdn(-tampered)/ file, or undefined for any other path. */
async function cdnFile(path) {
  const file = /^\/__pages\/(cdn|cdn-tampered|cdn-copy)\/([\w.-]+\.js)$/.exec(path);
  const bytes = file && (await cdnFiles()).get(file[2]);
  if (!bytes) return undefined;
  const tampered = file[1] === 'cdn-tampered' && file[2] === TAMPERED_FILE;
  return tampered ? `${bytes.toString('utf8')}\n/* tampered */\n` : bytes.toString('utf8');
}

export function pagesPlugin() {
  return {
    name: 'pay-elements-test-pages',
    // Build the script-tag files while the browser starts, not inside a test's time limit.
    serverStart() {
      cdnFiles().catch(() => {});
    },
    // The dev server's esbuild plugin re-prints every .js response for its target, which would
    // break the files' SRI hashes: serve them byte for byte (this plugin runs after it).
    async transform(context) {
      const file = await cdnFile(context.path);
      return file === undefined ? undefined : { body: file };
    },
    async serve(context) {
      const path = context.path;
      if (path === '/__pages/strict-csp.html') {
        context.set('Content-Security-Policy', STRICT_CSP);
        return { body: `<!doctype html><html lang="en"><head><title>strict CSP</title><script src="/__pages/cdn/${MAIN_FILE}"></script></head><body><script src="/__pages/strict-csp-probe.js"></script></body></html>`, type: 'html' };
      }
      if (path === '/__pages/credit-card-type.js') return { body: await creditCardTypeModule(), type: 'js' };
      if (path === '/__pages/strict-csp-probe.js') return { body: probe, type: 'js' };
      if (path === '/__pages/cdn/sizes.json') return { body: JSON.stringify(await sizes()), type: 'json' };
      const file = await cdnFile(path);
      if (file !== undefined) return { body: file, type: 'js' };
      const page = /^\/__pages\/page\/([\w-]+)\.html$/.exec(path);
      if (page && page[1] in PAGES) {
        context.set('Content-Security-Policy', PAGES[page[1]].csp?.(context.origin) ?? STRICT_CSP);
        return { body: await pageHtml(page[1]), type: 'html' };
      }
      const probeFile = /^\/__pages\/probe\/([\w-]+)\.js$/.exec(path);
      if (probeFile) {
        const body = await readFile(`${root}/test/distribution/pages/${probeFile[1]}.js`, 'utf8').catch(() => undefined);
        return body === undefined ? undefined : { body, type: 'js' };
      }
      return undefined;
    },
  };
}
