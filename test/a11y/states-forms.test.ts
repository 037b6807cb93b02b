import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/voucher-choice/pay-voucher-choice.js';
import '../../src/components/diagnostics/pay-diagnostics.js';
import type { PayVoucherChoice } from '../../src/components/voucher-choice/voucher-choice.js';
import type { PayMbway } from '../../src/components/mbway/pay-mbway.js';
import type { PayMultibanco } from '../../src/components/multibanco/pay-multibanco.js';
import type { PayDiagnostics } from '../../src/components/diagnostics/diagnostics.js';
import { until } from '../support/a11y-states.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';
import { VoucherChoiceHarness } from '../components/voucher-choice/voucher-choice-harness.js';
import { MbwayHarness } from '../components/mbway/mbway-harness.js';
import { MultibancoHarness } from '../components/multibanco/multibanco-harness.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL, sibsControl } from '../e2e/support/sibs-sandbox.js';

const stall = () => `/__flows/stall?key=a11y-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

async function mountSibs<T extends HTMLElement>(tag: 'pay-mbway' | 'pay-multibanco', attributes: Record<string, string> = {}): Promise<T> {
  const all = { 'payment-url': `${SIBS_PAYMENT_URL}?amount=1250`, 'status-url': SIBS_STATUS_URL, 'poll-interval': '200', lang: 'en', ...attributes };
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  return fixture<T>(html`<div>${element}</div>`).then(() => element as unknown as T);
}

/**
 * axe finds nothing in the states test/components/*.a11y.test.ts don't reach: MB WAY sending,
 * disabled and misconfigured, Multibanco issuing, the voucher choice with each method chosen,
 * and the diagnostics while they run and with failures — driven through the SIBS sandbox where a
 * provider is involved.
 */
describe('accessibility in the states the element tests leave out', function () {
  this.timeout(30_000);

  it('<pay-mbway> sending the request (pending), disabled, and with a misconfigured timeout', async () => {
    const sending = new MbwayHarness(await mountSibs<PayMbway>('pay-mbway', { 'payment-url': stall() }));
    await sending.pay();
    await until(() => sending.element.hasAttribute('pending'), 'the pending state');
    await sending.settle();
    await expect(sending.element).to.be.accessible();

    const disabled = new MbwayHarness(await mountSibs<PayMbway>('pay-mbway', { disabled: '' }));
    expect(disabled.input.disabled).to.equal(true);
    await expect(disabled.element).to.be.accessible();

    const misconfigured = new MbwayHarness(await mountSibs<PayMbway>('pay-mbway', { timeout: '-5', 'status-url': '' }));
    await misconfigured.pay();
    await misconfigured.result();
    expect(misconfigured.results()[0]!.detail).to.include({ code: 'invalid_config' });
    expect(misconfigured.submitError()).to.not.equal('');
    await expect(misconfigured.element).to.be.accessible();
  });

  it('<pay-mbway> through the sandbox: waiting, then refused in the app', async () => {
    const mbway = new MbwayHarness(await mountSibs<PayMbway>('pay-mbway'));
    await mbway.pay();
    const pending = await mbway.next('pay-pending');
    await mbway.settle();
    await expect(mbway.element).to.be.accessible();
    await sibsControl(pending.paymentId!, 'refuse');
    await mbway.result();
    expect(mbway.submitError()).to.not.equal('');
    await expect(mbway.element).to.be.accessible();
  });

  it('<pay-multibanco> issuing the reference, and misconfigured', async () => {
    const issuing = new MultibancoHarness(await mountSibs<PayMultibanco>('pay-multibanco', { 'payment-url': stall() }));
    await issuing.click(issuing.startButton!);
    await until(() => issuing.startButton?.getAttribute('aria-busy') === 'true', 'the issuing state');
    await expect(issuing.element).to.be.accessible();

    const misconfigured = new MultibancoHarness(await mountSibs<PayMultibanco>('pay-multibanco', { 'payment-url': '' }));
    await misconfigured.click(misconfigured.startButton!);
    await misconfigured.result();
    await misconfigured.settle();
    await expect(misconfigured.element).to.be.accessible();
  });

  it('<pay-voucher-choice> with each method chosen', async () => {
    const choice = new VoucherChoiceHarness(await fixture<PayVoucherChoice>(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="20000"></pay-voucher-choice>`));
    for (const method of ['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY'] as const) {
      await choice.choose(method);
      await choice.settle();
      expect(choice.checked).to.equal(method);
      await expect(choice.element, method).to.be.accessible();
    }
    await choice.choose('CARD_AND_VOUCHER');
    await choice.split('40');
    await choice.settle();
    await expect(choice.element).to.be.accessible();
  });

  it('<pay-diagnostics> while it runs, and with failures and their fixes open', async () => {
    const running = document.createElement('pay-diagnostics') as PayDiagnostics;
    running.providers = 'glomo';
    running.fetchImpl = (() => new Promise<Response>(() => undefined)) as typeof fetch;
    running.url = new URL(policyPageUrl({}), location.href).href;
    await fixture(html`<div>${running}</div>`);
    await running.updateComplete;
    expect(running.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(running).to.be.accessible();

    const failing = document.createElement('pay-diagnostics') as PayDiagnostics;
    failing.providers = 'glomo payglobe sibs payglocal';
    failing.url = new URL(policyPageUrl({ csp: ["default-src 'self'"], coop: 'same-origin' }), location.href).href;
    const ready = new Promise((resolve) => failing.addEventListener('pay-diagnostics-report', resolve, { once: true }));
    await fixture(html`<div>${failing}</div>`);
    await ready;
    await failing.updateComplete;
    expect(failing.shadowRoot!.querySelectorAll('li[data-status="fail"]').length).to.be.greaterThan(0);
    for (const details of failing.shadowRoot!.querySelectorAll('details')) details.open = true;
    await expect(failing).to.be.accessible();
  });
});
