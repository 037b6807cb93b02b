import { expect } from '@open-wc/testing';
import type { PayCardPayment } from '../../src/components/card-payment/card-payment.js';
import { CardFormHarness } from '../support/card-form-harness.js';
import { decideOnHostedPage, sleep, TEST_CARD } from './support/card-payment-harness.js';

/** The demo page (demo/card-payment.html) completes a payment through the sandbox and logs it. */
describe('demo/card-payment.html', function () {
  this.timeout(20_000);

  it('completes a payment through the sandbox in the modal and logs every event', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 900px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/card-payment.html';
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      let payment: PayCardPayment | null = null;
      for (let i = 0; i < 100 && !payment?.shadowRoot?.querySelector('pay-card-form')?.shadowRoot; i += 1) {
        payment = doc.querySelector<PayCardPayment>('pay-card-payment');
        await sleep(50);
      }
      const form = new CardFormHarness(payment!.shadowRoot!.querySelector('pay-card-form')!);
      await form.fill(TEST_CARD);
      await form.pay();
      const log = doc.querySelector('#log')!;
      const logged = () => Array.from(log.children, (item) => /\b(pay-[a-z]+)\b/.exec(item.textContent!)?.[1]);
      for (let i = 0; i < 100 && !logged().includes('pay-redirect'); i += 1) await sleep(50);
      const paymentId = /"paymentId":"([^"]+)"/.exec(log.textContent!)![1]!;
      await decideOnHostedPage(paymentId, 'approve');
      for (let i = 0; i < 200 && !logged().includes('pay-success'); i += 1) await sleep(50);
      expect(logged().reverse()).to.deep.equal(['pay-pending', 'pay-redirect', 'pay-success']);
      expect(log.textContent).not.to.contain(TEST_CARD.number);
    } finally {
      frame.remove();
    }
  });

  it('same-tab: the page leaves for the bank, and the return page shows the verified outcome', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 900px';
    let loads = 0;
    frame.addEventListener('load', () => { loads += 1; });
    frame.src = '/demo/card-payment.html';
    document.body.append(frame);
    try {
      for (let i = 0; i < 100 && loads === 0; i += 1) await sleep(50);
      const doc = frame.contentDocument!;
      let payment: PayCardPayment | null = null;
      for (let i = 0; i < 100 && !payment?.shadowRoot?.querySelector('pay-card-form')?.shadowRoot; i += 1) {
        payment = doc.querySelector<PayCardPayment>('pay-card-payment');
        await sleep(50);
      }
      const select = doc.querySelector<HTMLSelectElement>('#redirect-mode')!;
      select.value = 'same-tab';
      select.dispatchEvent(new Event('change'));
      const pending = new Promise<string>((resolve) => payment!.addEventListener('pay-pending', (e) => resolve(e.detail.paymentId!), { once: true }));
      const form = new CardFormHarness(payment!.shadowRoot!.querySelector('pay-card-form')!);
      await form.fill(TEST_CARD);
      await form.pay();
      const paymentId = await pending;
      await decideOnHostedPage(paymentId, 'approve');
      // Cross-origin while on the bank's page; back on this origin at the return page.
      const outcome = () => { try { return frame.contentDocument?.querySelector('#outcome')?.textContent ?? ''; } catch { return ''; } };
      for (let i = 0; i < 200 && !outcome(); i += 1) await sleep(50);
      expect(frame.contentWindow!.location.pathname).to.equal('/demo/glomo-return.html');
      expect(new URLSearchParams(frame.contentWindow!.location.search).get('verified')).to.equal('1');
      expect(outcome()).to.equal(`Thank you: your payment was accepted (payment ${paymentId}).`);
    } finally {
      frame.remove();
    }
  });
});
