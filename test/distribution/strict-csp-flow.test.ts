import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { clickInHostedPage, hostedPageHas, sandboxOrigin } from '../support/sandbox.js';

/**
 * The README's Content-Security-Policy for the script-tag bundle, exactly (no 'unsafe-inline',
 * `require-trusted-types-for 'script'`), served on a shop page with the sandbox standing in for
 * the provider hosts (test/support/strict-flow-pages-plugin.mjs): a shopper pays through the
 * sandbox with real clicks and keys, and the page sees no `securitypolicyviolation` at all.
 * Negative controls take one README line away and see the violation and the failure.
 */

type Flow = 'card-payment' | 'payglobe-checkout';
type Control = 'no-cdn-folder' | 'no-pay-elements-policy' | 'no-provider-frame' | 'no-shop-frame';

interface PayEventRecord { type: string; tag: string; detail: Record<string, unknown> }
interface Captured {
  errors: string[];
  violations: string[];
  uncaught: string[];
  payErrors: { tag: string; code: string; message: string }[];
  events: PayEventRecord[];
}
interface ShopWindow extends Window {
  captured: Captured;
  PayElements: { diagnose(options: unknown): Promise<{ checks: { id: string; provider: string; status: string; message: string }[] }> };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(read: () => T | null | undefined | false, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await sleep(50);
  }
}

interface Shop {
  frame: HTMLIFrameElement;
  view: ShopWindow;
  doc: Document;
  captured: Captured;
  /** The first pay-* event of one of `types` the page saw. */
  next(types: readonly string[], ms?: number): Promise<PayEventRecord>;
  policy: string;
}

const opened: HTMLIFrameElement[] = [];

/** Loads the shop page in a full-window same-origin frame (its own document, its own CSP header). */
async function openShop(flow: Flow, control?: Control): Promise<Shop> {
  const query = control ? `?break=${control}` : '';
  const { policy } = (await (await fetch(`/__strict-flow/policy/${flow}.json${query}`)).json()) as { policy: string };
  const frame = document.createElement('iframe');
  frame.title = 'Strict CSP shop';
  frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;border:0;background:#fff;z-index:1';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/__strict-flow/page/${flow}.html${query}`;
  document.body.append(frame);
  opened.push(frame);
  await loaded;
  const view = frame.contentWindow as ShopWindow;
  const next = (types: readonly string[], ms = 20_000) =>
    waitFor(() => view.captured.events.find((event) => types.includes(event.type)), ms, `one of ${types.join(', ')} (saw ${view.captured.events.map((e) => e.type).join(', ') || 'nothing'})`);
  return { frame, view, doc: frame.contentDocument!, captured: view.captured, next, policy };
}

/** A real mouse click on `target` inside the shop frame. */
async function realClick(target: Element, frame: HTMLIFrameElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  const offset = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)] });
}

/** The element once the script-tag bundle has loaded its file and rendered it. */
async function upgraded<T extends HTMLElement & { updateComplete: Promise<unknown> }>(shop: Shop, tag: string): Promise<T> {
  await waitFor(() => shop.view.customElements.get(tag), 15_000, `${tag} to be defined`);
  const element = shop.doc.querySelector(tag) as T;
  await element.updateComplete;
  return element;
}

const RESULT_EVENTS = ['pay-success', 'pay-failure', 'pay-cancel', 'pay-error'];
const CARD = { 'cc-number': '4111111111111111', 'cc-exp': `12${String((new Date().getFullYear() + 2) % 100).padStart(2, '0')}`, 'cc-csc': '123', 'cc-name': 'Test Shopper' };

/** Types the test card into `<pay-card-payment>`'s card form with real clicks and keys, then clicks Pay. */
async function payByCard(shop: Shop): Promise<string> {
  const element = await upgraded(shop, 'pay-card-payment');
  const form = await waitFor(() => element.shadowRoot!.querySelector('pay-card-form') as (HTMLElement & { updateComplete: Promise<unknown> }) | null, 5000, 'the card form');
  await form.updateComplete;
  for (const [autocomplete, text] of Object.entries(CARD)) {
    await realClick(form.shadowRoot!.querySelector(`input[autocomplete="${autocomplete}"]`)!, shop.frame);
    await sendKeys({ type: text });
  }
  await realClick(form.shadowRoot!.querySelector('button')!, shop.frame);
  return (await shop.next(['pay-pending', 'pay-error'])).detail.paymentId as string;
}

/**
 * Clicks `selector` on the hosted page once it shows it. A button that leads on is clicked again
 * if it is still there (a click can land before a just-loaded cross-origin frame takes input).
 */
async function clickHosted(page: string, selector: string, { leadsOn = true } = {}): Promise<void> {
  if (!(await hostedPageHas(page, selector, 20_000))) throw new Error(`no ${selector} on the hosted page ${page}`);
  for (let attempt = 0; attempt < (leadsOn ? 3 : 1); attempt += 1) {
    await clickInHostedPage(page, selector);
    if (!leadsOn) return;
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      if (!(await hostedPageHas(page, selector, 150))) return;
      await sleep(100);
    }
  }
}

describe('the README\'s CSP and Trusted Types lines, served exactly, with a payment through the sandbox', function () {
  this.timeout(90_000);
  afterEach(() => {
    for (const frame of opened.splice(0)) frame.remove();
  });

  // The demo shop's return page is served module by module from source in tests: loaded cold in
  // the modal it would miss the flow's 1.5 s wait for the signed result, so load it once first,
  // as a shop's own cached page would be. Without a query it shows "unavailable" and posts nothing.
  before(async () => {
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.src = '/demo/glomo-return.html';
    document.body.append(frame);
    await waitFor(() => frame.contentDocument?.getElementById('title')?.textContent === 'Payment result unavailable', 30_000, 'the return page');
    frame.remove();
  });

  it('serves the README header with no \'unsafe-inline\' and Trusted Types required, the files on another origin', async () => {
    const sandbox = await sandboxOrigin();
    const response = await fetch('/__strict-flow/page/card-payment.html');
    const header = response.headers.get('content-security-policy')!;
    const { cdnOrigin } = (await (await fetch('/__strict-flow/policy/card-payment.json')).json()) as { cdnOrigin: string };
    // 'self' does not cover the script-tag files: the README's folder source has to.
    expect(cdnOrigin).not.to.equal(location.origin);
    expect(header).to.contain("require-trusted-types-for 'script'");
    expect(header).to.contain("trusted-types lit-html pay-elements 'allow-duplicates'");
    expect(header).to.contain(`script-src 'self' ${cdnOrigin}/__pages/cdn/ ${sandbox};`);
    expect(header).to.contain(`connect-src 'self' ${sandbox};`);
    expect(header).to.contain(`frame-src 'self' ${sandbox};`);
    expect(header).to.match(/^default-src 'none';/);
    expect(header).not.to.match(/unsafe-|\*|style-src|img-src/);
  });

  it('<pay-card-payment> (Glomo S2S): card typed, 3-D Secure approved in the iframe modal, pay-success, no violation', async () => {
    const shop = await openShop('card-payment');
    const paymentId = await payByCard(shop);
    expect(shop.captured.payErrors, 'no pay-error').to.deep.equal([]);
    expect(paymentId).to.be.a('string');
    const redirect = await shop.next(['pay-redirect']);
    expect(redirect.detail).to.include({ target: 'iframe' });
    expect(redirect.detail.url as string).to.contain(await sandboxOrigin());

    await clickHosted(`authenticate?paymentId=${paymentId}`, 'button[value="approve"]');
    const result = await shop.next(RESULT_EVENTS, 30_000);
    expect(result.type, JSON.stringify(result.detail)).to.equal('pay-success');
    expect(shop.captured.violations, `violations under: ${shop.policy}`).to.deep.equal([]);
    expect(shop.captured.uncaught).to.deep.equal([]);
    expect(result.detail).to.include({ provider: 'glomo', status: 'succeeded', paymentId });
    // Signed: the bank's page came back in the frame to the shop's return page ('self' in frame-src).
    expect(String(result.detail.signature), 'the signed result from the return page').to.match(/^[0-9a-f]{64}$/);
  });

  it('<pay-payglobe-checkout>: payglobe.js from the sandbox, card approved in the checkout iframe, pay-success, no violation', async () => {
    const shop = await openShop('payglobe-checkout');
    const element = await upgraded(shop, 'pay-payglobe-checkout');
    await realClick(element.shadowRoot!.querySelector('[part~="button"]')!, shop.frame);
    const redirect = await shop.next(['pay-redirect', 'pay-error']);
    expect(redirect.type, JSON.stringify(redirect.detail)).to.equal('pay-redirect');
    const paymentId = new URL(redirect.detail.url as string).searchParams.get('paymentId')!;
    const page = `paymentId=${paymentId}`;

    await clickHosted(page, 'button[value=approve]');
    await clickHosted(page, 'input[name=paymentMethod][value=CARD_ONLY]', { leadsOn: false });
    await clickHosted(page, 'button[value=choose]');
    await clickHosted(page, 'button[value=capture]');
    const result = await shop.next(RESULT_EVENTS, 30_000);
    expect(result.type, JSON.stringify(result.detail)).to.equal('pay-success');
    expect(result.detail).to.include({ provider: 'payglobe', status: 'succeeded', paymentId });
    expect(shop.captured.violations, `violations under: ${shop.policy}`).to.deep.equal([]);
    expect(shop.captured.uncaught).to.deep.equal([]);
  });

  it('diagnose() on that PayGlobe page, with the sandbox as PayGlobe\'s hosts, passes every check the README lines cover', async () => {
    const shop = await openShop('payglobe-checkout');
    await upgraded(shop, 'pay-payglobe-checkout');
    const sandbox = await sandboxOrigin();
    const report = await shop.view.PayElements.diagnose({
      providers: ['payglobe'],
      hosts: { payglobe: { script: [`${sandbox}/payglobe/js/payglobe.js`], connect: [`${sandbox}/api/payment/initiate`], frame: [`${sandbox}/payglobe/checkout`] } },
    });
    expect(Object.fromEntries(report.checks.map((check) => [check.id, check.status])), JSON.stringify(report.checks)).to.deep.equal({
      'csp-script-src': 'pass', 'csp-frame-src': 'pass', 'csp-connect-src': 'pass', 'trusted-types': 'pass',
    });
    expect(shop.captured.violations).to.deep.equal([]);
  });

  it('README.md shows these header lines verbatim (the section "Content Security Policy and Trusted Types")', async () => {
    const lines = (await (await fetch('/__strict-flow/readme.json')).json()) as { line: string; present: boolean }[];
    expect(lines).to.have.length(2);
    for (const { line, present } of lines) expect(present, `README.md lacks: ${line}`).to.equal(true);
  });

  describe('negative controls: one README line taken away', () => {
    it('without the script-tag folder in script-src: the bundle is refused (\'self\' does not cover the CDN)', async () => {
      const shop = await openShop('card-payment', 'no-cdn-folder');
      expect(shop.policy).to.contain(`script-src 'self' ${await sandboxOrigin()};`);
      await waitFor(() => shop.captured.violations.find((v) => v.startsWith('script-src') && v.includes('/__pages/cdn/pay-elements.iife.js')), 10_000, 'a script-src violation');
      expect('PayElements' in shop.view).to.equal(false);
      expect(shop.view.customElements.get('pay-card-payment')).to.equal(undefined);
    });

    it('without the pay-elements Trusted Types policy name: a violation, and pay-error csp_blocked on the element', async () => {
      const shop = await openShop('card-payment', 'no-pay-elements-policy');
      expect(shop.policy).to.contain("trusted-types lit-html 'allow-duplicates'");
      const failed = await waitFor(() => shop.captured.payErrors.find((error) => error.tag === 'pay-card-payment'), 15_000, 'a pay-error');
      expect(failed.code).to.equal('csp_blocked');
      expect(shop.view.customElements.get('pay-card-payment')).to.equal(undefined);
      expect(shop.captured.violations.some((v) => v.startsWith('trusted-types')), shop.captured.violations.join(' | ')).to.equal(true);
    });

    it('without the sandbox in frame-src: the bank\'s page is refused (a frame-src violation), no result until the shopper closes', async () => {
      const sandbox = await sandboxOrigin();
      const shop = await openShop('card-payment', 'no-provider-frame');
      expect(shop.policy).to.contain("frame-src 'self';");
      const paymentId = await payByCard(shop);
      await waitFor(() => shop.captured.violations.find((v) => v.startsWith(`frame-src ${sandbox}`)), 10_000, 'a frame-src violation');
      expect(await hostedPageHas(`authenticate?paymentId=${paymentId}`, 'button[value="approve"]', 2000), 'the bank\'s page never shows').to.equal(false);
      expect(shop.captured.events.filter((e) => RESULT_EVENTS.includes(e.type))).to.deep.equal([]);
      const element = shop.doc.querySelector('pay-card-payment')!;
      await realClick(element.shadowRoot!.querySelector('[part~="modal-close"]')!, shop.frame);
      expect((await shop.next(RESULT_EVENTS)).type).to.equal('pay-cancel');
    });

    it('without \'self\' in frame-src: the return to the shop\'s page in the frame is refused, the result only polled (unsigned)', async () => {
      const shop = await openShop('card-payment', 'no-shop-frame');
      expect(shop.policy).to.contain(`frame-src ${await sandboxOrigin()};`);
      const paymentId = await payByCard(shop);
      await clickHosted(`authenticate?paymentId=${paymentId}`, 'button[value="approve"]');
      const result = await shop.next(RESULT_EVENTS, 30_000);
      expect(result.type).to.equal('pay-success');
      expect(result.detail.signature, 'no signed result: the return page never loaded').to.equal(undefined);
      expect(shop.captured.violations.some((v) => v.startsWith(`frame-src ${location.origin}`)), shop.captured.violations.join(' | ')).to.equal(true);
    });
  });
});
