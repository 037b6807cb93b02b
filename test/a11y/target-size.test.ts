import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import '../components/bank-transfer/bank-transfer-harness.js'; // registers <test-configured-bank-transfer>
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL, FakeSibsShop, referenceGenerated } from '../components/sibs-support/fake-sibs-shop.js';
import { SANDBOX_PUBLIC_KEY } from '../support/sandbox.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';
import { openIframeModal } from '../../src/flows/iframe-modal.js';

/**
 * WCAG 2.2 2.5.8 (target size, minimum): every interactive control of every element — buttons,
 * copy buttons, inputs, disclosure summaries, links, the modal's close button, and each radio
 * together with the label that chooses it — is at least 24 × 24 CSS px.
 */

const MINIMUM = 24;
const INTERACTIVE = 'button, a[href], input:not([type=radio]):not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';

interface Target {
  what: string;
  width: number;
  height: number;
}

/** The smallest box holding every box of `elements` (a radio and its label act as one target). */
function union(elements: Element[]): { width: number; height: number } {
  const boxes = elements.map((element) => element.getBoundingClientRect());
  const left = Math.min(...boxes.map((b) => b.left));
  const right = Math.max(...boxes.map((b) => b.right));
  const top = Math.min(...boxes.map((b) => b.top));
  const bottom = Math.max(...boxes.map((b) => b.bottom));
  return { width: right - left, height: bottom - top };
}

const describe_ = (element: Element): string =>
  `${element.localName}${element.id ? `#${element.id}` : ''}[${element.getAttribute('part') ?? element.className}] "${element.textContent?.trim().slice(0, 30)}"`;

/** Every visible interactive control in `root` and its nested shadow roots. */
function targets(root: ShadowRoot | Document): Target[] {
  const found: Target[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(INTERACTIVE)) {
    // A visually hidden element (a focus trap's sentinel) is no pointer target.
    if (!element.checkVisibility() || getComputedStyle(element).clipPath !== 'none') continue;
    const { width, height } = element.getBoundingClientRect();
    found.push({ what: describe_(element), width, height });
  }
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
    const parts = [radio, ...radio.labels ?? []];
    found.push({ what: `radio ${radio.value} with its label`, ...union(parts) });
  }
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) found.push(...targets(host.shadowRoot));
  return found;
}

function expectLargeEnough(list: Target[]): void {
  expect(list.length, 'controls found').to.be.greaterThan(0);
  const small = list.filter((t) => t.width < MINIMUM - 0.01 || t.height < MINIMUM - 0.01)
    .map((t) => `${t.what}: ${t.width.toFixed(1)} × ${t.height.toFixed(1)}`);
  expect(small, 'controls under 24 × 24 px').to.deep.equal([]);
}

async function mount(template: TemplateResult): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const element = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
  await element.updateComplete;
  return element;
}

describe('every interactive control is at least 24 × 24 px', function () {
  this.timeout(20_000);
  let shop: FakeSibsShop;
  beforeEach(() => {
    shop = new FakeSibsShop().install();
    shop.paymentAnswers = [{ body: referenceGenerated('tx-target') }];
  });
  afterEach(() => shop.uninstall());

  it('<pay-card-form>, <pay-card-payment>', async () => {
    expectLargeEnough(targets((await mount(html`<pay-card-form amount="1250" currency="EUR"></pay-card-form>`)).shadowRoot!));
    const payment = await mount(html`<pay-card-payment provider="sibs" payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}></pay-card-payment>`);
    expectLargeEnough(targets(payment.shadowRoot!));
  });

  it('<pay-voucher-choice>: each radio with its label, the amount field, the button', async () => {
    const choice = await mount(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000" method="CARD_AND_VOUCHER"></pay-voucher-choice>`);
    const list = targets(choice.shadowRoot!);
    expect(list.filter((t) => t.what.startsWith('radio'))).to.have.length(3);
    expectLargeEnough(list);
  });

  it('<pay-bank-transfer>: every copy button, the fields, the button', async () => {
    const transfer = await mount(html`<test-configured-bank-transfer></test-configured-bank-transfer>`);
    const list = targets(transfer.shadowRoot!);
    expect(list.filter((t) => t.what.includes('copy')).length).to.be.greaterThan(3);
    expectLargeEnough(list);
  });

  it('<pay-mbway>', async () => {
    expectLargeEnough(targets((await mount(html`<pay-mbway payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}></pay-mbway>`)).shadowRoot!));
  });

  it('<pay-multibanco>: the start button, then every copy button', async () => {
    const mb = await mount(html`<pay-multibanco payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL} poll-interval="100"></pay-multibanco>`);
    expectLargeEnough(targets(mb.shadowRoot!));
    mb.shadowRoot!.querySelector<HTMLButtonElement>('button[part~=button]')!.click();
    await waitUntil(() => mb.shadowRoot!.querySelector('.detail--reference button'), 'the reference and its copy button');
    expectLargeEnough(targets(mb.shadowRoot!));
  });

  it('<pay-glomo-checkout>, <pay-payglobe-checkout>, <pay-payglocal-checkout>', async () => {
    expectLargeEnough(targets((await mount(html`<pay-glomo-checkout public-key=${SANDBOX_PUBLIC_KEY} order-id="order_size"></pay-glomo-checkout>`)).shadowRoot!));
    expectLargeEnough(targets((await mount(html`<pay-payglobe-checkout publishable-key=${SANDBOX_PUBLIC_KEY} amount="1000" email="shopper@example.com" script-url="/__no-script.js"></pay-payglobe-checkout>`)).shadowRoot!));
    expectLargeEnough(targets((await mount(html`<pay-payglocal-checkout payment-url="/__nowhere"></pay-payglocal-checkout>`)).shadowRoot!));
  });

  it('<pay-diagnostics>: copy buttons, the fix disclosures, the CORS link', async () => {
    const url = new URL(policyPageUrl({ coop: 'same-origin', csp: ["default-src 'self'"] }), location.href).href;
    const diagnostics = await mount(html`<pay-diagnostics providers="glomo payglobe" url=${url}></pay-diagnostics>`);
    await waitUntil(() => diagnostics.shadowRoot!.querySelector('summary'), 'a failing check with its fix');
    for (const details of diagnostics.shadowRoot!.querySelectorAll('details')) details.open = true;
    const list = targets(diagnostics.shadowRoot!);
    expect(list.some((t) => t.what.startsWith('summary'))).to.equal(true);
    expectLargeEnough(list);
  });

  it('the iframe modal: its close button', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const modal = openIframeModal({ container: root, url: new URL('/__blank', location.href).href });
    try {
      const close = root.querySelector('.pay-modal-close');
      expect(close, 'a close button').to.exist;
      expectLargeEnough(targets(root));
    } finally {
      modal.close();
      await modal.outcome;
    }
  });
});
