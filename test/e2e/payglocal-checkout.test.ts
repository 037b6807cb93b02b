import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { clickInHostedPage, hostedPageHas, sandboxUrl } from '../support/sandbox.js';

/**
 * demo/payglocal-checkout.html end to end, in Chromium: the Pay button → the demo shop's
 * `/merchant/payglocal/payment` → the sandbox's hosted page (a real click on an outcome) → the
 * signed form post to the shop's callback → the shop's result page, which shows what the shop's
 * server recorded after verifying the token.
 */
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function until<T>(probe: () => T | null | undefined | false | '', what: string, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Shopper {
  frame: HTMLIFrameElement;
  events: { name: string; detail: any }[];
  /** The hosted page's own token: names this payment's page among every open frame. */
  pageToken: string;
}

/** Opens the demo page in a frame and presses its Pay button with the mouse, up to the hosted page. */
async function startPayment(): Promise<Shopper> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 800px; border: 0';
  document.body.prepend(frame);
  frame.src = '/demo/payglocal-checkout.html';
  const button = await until(() => frame.contentDocument?.querySelector('pay-payglocal-checkout')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="button"]'), 'the Pay button', 20_000);
  const element = frame.contentDocument!.querySelector('pay-payglocal-checkout')!;
  const events: Shopper['events'] = [];
  for (const name of ['pay-pending', 'pay-redirect', 'pay-error']) element.addEventListener(name, (event) => events.push({ name, detail: (event as CustomEvent).detail }));
  const box = button.getBoundingClientRect();
  const offset = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)] });
  const redirect = await until(() => events.find((event) => event.name === 'pay-redirect'), 'pay-redirect');
  return { frame, events, pageToken: new URL(redirect.detail.url).searchParams.get('x-gl-token')! };
}

/** Ticks a callback switch on the hosted page (checked for real: a lost click is clicked again). */
async function tick(shopper: Shopper, name: 'idsOnly' | 'duplicate'): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await clickInHostedPage(shopper.pageToken, `input[name="${name}"]`);
    if (await hostedPageHas(shopper.pageToken, `input[name="${name}"]:checked`, 500)) return;
  }
  throw new Error(`could not tick ${name}`);
}

/** Presses an outcome on the hosted page; like a shopper, again if the page is still there a moment later. */
async function choose(shopper: Shopper, outcome: string): Promise<void> {
  const button = `button[value="${outcome}"]`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await clickInHostedPage(shopper.pageToken, button);
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      if (!(await hostedPageHas(shopper.pageToken, button, 150))) return;
      await sleep(100);
    }
  }
}

/** The result page's texts, once the shop has sent the shopper there. */
async function resultPage(shopper: Shopper): Promise<{ path: string; title: string; outcome: string; details: string; callbacks: string }> {
  const read = () => {
    try {
      const doc = shopper.frame.contentDocument;
      const text = (id: string) => doc?.getElementById(id)?.textContent?.trim() ?? '';
      return doc && text('outcome') ? { path: shopper.frame.contentWindow!.location.pathname, title: text('title'), outcome: text('outcome'), details: text('details'), callbacks: text('callbacks') } : null;
    } catch {
      return null; // still on the sandbox's origin
    }
  };
  return until(read, 'the result page', 15_000);
}

describe('PayGlocal end to end (demo page → shop → sandbox hosted page → signed callback → result page)', function () {
  this.timeout(45_000);
  let shopper: Shopper | null = null;

  // The first load compiles the demo's modules on the test server: wait for that once, generously.
  before(async function () {
    this.timeout(120_000);
    const frame = document.createElement('iframe');
    frame.src = '/demo/payglocal-checkout.html';
    document.body.append(frame);
    try {
      await until(() => frame.contentDocument?.querySelector('pay-payglocal-checkout')?.shadowRoot?.querySelector('[part~="button"]'), 'the demo page', 110_000);
    } finally {
      frame.remove();
    }
  });
  afterEach(() => {
    shopper?.frame.remove();
    shopper = null;
  });

  it('before leaving, the page says which payment started and redirects same-tab to the hosted page', async () => {
    shopper = await startPayment();
    expect(shopper.events.map((event) => event.name)).to.deep.equal(['pay-pending', 'pay-redirect']);
    const [pending, redirect] = shopper.events;
    expect(pending!.detail.provider).to.equal('payglocal');
    expect(pending!.detail.status).to.equal('pending');
    expect(pending!.detail.paymentId).to.match(/^gl_[0-9a-f]{24}$/);
    expect(pending!.detail.orderId).to.match(/^shop_/);
    expect(redirect!.detail.target).to.equal('same-tab');
    expect(await hostedPageHas(shopper.pageToken, 'button[value="SENT_FOR_CAPTURE"]')).to.equal(true);
  });

  const outcomes: [string, string, string][] = [
    ['SENT_FOR_CAPTURE', 'Payment complete', 'Thank you: your payment was received'],
    ['AUTHORIZED', 'Payment being processed', 'Your payment is authorised and waits to be captured'],
    ['CUSTOMER_CANCELLED', 'Payment cancelled', 'The payment was cancelled or abandoned. Nothing was charged.'],
    ['ABANDONED', 'Payment cancelled', 'The payment was cancelled or abandoned. Nothing was charged.'],
    ['ISSUER_DECLINE', 'Payment not completed', 'Your payment did not go through.'],
    ['GENERAL_DECLINE', 'Payment not completed', 'Your payment did not go through.'],
    ['REQUEST_ERROR', 'Payment not completed', 'Your payment did not go through.'],
  ];
  for (const [status, title, outcome] of outcomes) {
    it(`${status}: the shop verifies the token and its result page says "${title}"`, async () => {
      shopper = await startPayment();
      await choose(shopper, status);
      const page = await resultPage(shopper);
      expect(page.path).to.equal('/demo/payglocal-result.html');
      expect(page.title).to.equal(title);
      expect(page.outcome).to.contain(outcome);
      expect(page.details).to.equal(`PayGlocal status ${status}, read from the signed callback.`);
      expect(page.callbacks).to.equal('Callbacks received: 1; repeated ones ignored: 0.');
    });
  }

  it('ids-only token (x-gl-enc "true"): the shop takes the status from the status API', async () => {
    shopper = await startPayment();
    await tick(shopper, 'idsOnly');
    await choose(shopper, 'SENT_FOR_CAPTURE');
    const page = await resultPage(shopper);
    expect(page.title).to.equal('Payment complete');
    expect(page.details).to.equal('PayGlocal status SENT_FOR_CAPTURE, read from the status API (the callback carried ids only).');
  });

  it('the same callback twice: processed once, the repeat recognised and ignored', async () => {
    shopper = await startPayment();
    await tick(shopper, 'duplicate');
    await choose(shopper, 'ISSUER_DECLINE');
    const page = await resultPage(shopper);
    expect(page.title).to.equal('Payment not completed');
    expect(page.callbacks).to.equal('Callbacks received: 2; repeated ones ignored: 1.');
  });

  it('forged tokens posted to the shop\'s callback are refused and change nothing', async () => {
    const started = await fetch('/merchant/payglocal/payment', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    const { gid, merchantTxnId } = (await started.json()) as { gid: string; merchantTxnId: string };
    const b64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const claims = b64url({ gid, merchantTxnId, status: 'SENT_FOR_CAPTURE', iat: String(Date.now()) });
    const { keys } = (await (await fetch(await sandboxUrl('/payglocal/.well-known/jwks.json'))).json()) as { keys: { kid: string }[] };
    const kid = keys[0]!.kid;
    // HS256 "signed" with the published public key as the HMAC secret: the algorithm-confusion forgery.
    const pem = await (await fetch(await sandboxUrl('/payglocal/public-key.pem'))).text();
    const hmacKey = await crypto.subtle.importKey('raw', new TextEncoder().encode(pem), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const hsInput = `${b64url({ alg: 'HS256', kid })}.${claims}`;
    const hsSignature = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, new TextEncoder().encode(hsInput))))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const forgeries = [
      `${b64url({ alg: 'none', kid })}.${claims}.`,
      `${hsInput}.${hsSignature}`,
      `${b64url({ 'issued-by': 'Glocal', alg: 'RS256', kid })}.${claims}.${'A'.repeat(342)}`,
      'not-a-token',
    ];
    for (const token of forgeries) {
      const response = await fetch('/merchant/payglocal/callback', { method: 'POST', body: new URLSearchParams({ 'x-gl-token': token }), redirect: 'manual' });
      expect(response.status, token.slice(0, 30)).to.equal(400);
      expect(await response.text()).to.contain('Payment result refused');
    }
    const order = (await (await fetch(`/merchant/payglocal/payment/${merchantTxnId}`)).json()) as { status: string; callbacks: number };
    expect([order.status, order.callbacks]).to.deep.equal(['pending', 0]);
  });
});
