import { expect } from '@open-wc/testing';
import type { PaymentResult } from '../../src/core/types.js';
import type { PayMultibanco } from '../../src/components/multibanco/pay-multibanco.js';
import { MultibancoHarness } from '../components/multibanco/multibanco-harness.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL, sibsControl } from './support/sibs-sandbox.js';

const mounted: HTMLElement[] = [];

async function mountMultibanco(): Promise<MultibancoHarness> {
  const element = document.createElement('pay-multibanco') as PayMultibanco;
  element.setAttribute('payment-url', `${SIBS_PAYMENT_URL}?amount=1250`);
  element.setAttribute('status-url', SIBS_STATUS_URL);
  element.setAttribute('poll-interval', '200');
  element.setAttribute('lang', 'en');
  const harness = new MultibancoHarness(element);
  document.body.append(element);
  mounted.push(element);
  await element.updateComplete;
  return harness;
}

/**
 * `<pay-multibanco>` through the demo shop's server and the SIBS sandbox: the reference is
 * issued and shown, copied with real clicks, then paid at the sandbox's "ATM".
 */
describe('<pay-multibanco> end to end (demo shop + SIBS sandbox)', function () {
  this.timeout(30_000);
  const original = navigator.clipboard.writeText;
  afterEach(() => {
    mounted.splice(0).forEach((element) => element.remove());
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: original });
  });

  it('the reference is shown and copied, then paid at the ATM: pay-success', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (text: string) => { copied.push(text); return Promise.resolve(); } });
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    const pending = await mb.next('pay-pending', 10_000);
    const reference = (pending.raw as { paymentReference: { entity: string; reference: string; amount: { value: number } } }).paymentReference;
    expect(pending).to.deep.include({ provider: 'sibs', status: 'pending' });
    expect(reference.entity).to.match(/^\d{5}$/);
    expect(reference.reference).to.match(/^\d{9}$/);
    expect(mb.value('entity')).to.equal(reference.entity);
    expect(mb.value('reference')).to.equal(reference.reference.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3'));
    expect(mb.value('amount')).to.equal('€12.50');
    expect(mb.value('expiry')).to.not.equal('');

    await mb.click(mb.copyButton('reference'));
    expect(await mb.said()).to.equal('Reference copied.');
    expect(mb.copyButton('reference').textContent!.trim()).to.equal('Copied');
    await mb.click(mb.copyButton('entity'));
    await mb.until(() => copied.length === 2, 'two copies');
    expect(copied).to.deep.equal([reference.reference, reference.entity]);

    await sibsControl(pending.paymentId!, 'pay');
    const result = await mb.result(10_000);
    expect(result.name).to.equal('pay-success');
    expect(result.detail).to.deep.include({ provider: 'sibs', status: 'succeeded', paymentId: pending.paymentId });
    expect(mb.part('success')!.textContent).to.contain('Payment received');
    expect(mb.names()).to.deep.equal(['pay-pending', 'pay-success']);
  });

  it('the reference expires unpaid: pay-failure payment_expired', async () => {
    const mb = await mountMultibanco();
    await mb.click(mb.startButton!);
    const pending = await mb.next('pay-pending', 10_000);
    await sibsControl(pending.paymentId!, 'expire');
    const result = await mb.result(10_000);
    expect(result.name).to.equal('pay-failure');
    expect((result.detail as PaymentResult).error!.code).to.equal('payment_expired');
    expect(mb.part('message')!.textContent).to.contain('expired');
  });
});
