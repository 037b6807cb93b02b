import { expect } from '@open-wc/testing';
import type { PaymentResult } from '../../../src/core/types.js';
import { FakeSibsShop, mbwayPurchase } from '../sibs-support/fake-sibs-shop.js';
import { deepActive, mountMbway, sleep } from './mbway-harness.js';

describe('<pay-mbway>', function () {
  this.timeout(15_000);
  let shop: FakeSibsShop;
  beforeEach(() => {
    shop = new FakeSibsShop().install();
    shop.paymentAnswers = [{ body: mbwayPurchase('tx-1') }];
  });
  afterEach(() => shop.uninstall());

  describe('the phone number', () => {
    it('sends the number as typed with the +351 prefix as 351#9XXXXXXXX', async () => {
      const mbway = await mountMbway();
      await mbway.type('+351 912 345 678');
      expect(mbway.input.value, 'not retyped under the shopper').to.equal('+351 912 345 678');
      expect(mbway.errorText()).to.equal('');
      await mbway.press('Enter');
      await mbway.next('pay-pending');
      expect(shop.payments()).to.have.length(1);
      expect(shop.payments()[0]!.body).to.deep.equal({ method: 'mbway', customerPhone: '351#912345678' });
    });

    it('accepts the 00351 prefix too', async () => {
      const mbway = await mountMbway();
      await mbway.pay('00351912345678');
      await mbway.next('pay-pending');
      expect(shop.payments()[0]!.body).to.deep.equal({ method: 'mbway', customerPhone: '351#912345678' });
    });

    it('shows a number that can never be a mobile one at once, described on the input', async () => {
      const mbway = await mountMbway();
      await mbway.type('21');
      expect(mbway.errorText()).to.equal('A Portuguese mobile number starts with 9.');
      expect(mbway.input.getAttribute('aria-invalid')).to.equal('true');
      expect(mbway.input.getAttribute('aria-describedby')).to.equal('phone-hint phone-error');
    });

    it('shows a too short number only once the field is left', async () => {
      const mbway = await mountMbway();
      await mbway.type('91234');
      expect(mbway.errorText()).to.equal('');
      await mbway.press('Tab');
      expect(mbway.errorText()).to.equal('A Portuguese mobile number has 9 digits.');
      expect(await mbway.quiet()).to.equal('A Portuguese mobile number has 9 digits.');
    });

    it('refuses a foreign number', async () => {
      const mbway = await mountMbway();
      await mbway.type('+44 7911');
      expect(mbway.errorText()).to.equal('MB WAY needs a Portuguese mobile number (+351).');
    });

    it('an empty submit shows the error, focuses the field and sends nothing', async () => {
      const mbway = await mountMbway();
      mbway.button.focus();
      await mbway.press('Enter');
      expect(mbway.errorText()).to.equal('Enter your MB WAY phone number.');
      await mbway.settle();
      expect(deepActive()).to.equal(mbway.input);
      expect(shop.payments()).to.have.length(0);
      expect(mbway.events).to.have.length(0);
    });
  });

  describe('waiting for the app', () => {
    it('shows where the request went and a countdown that runs down, announced at the start', async () => {
      const mbway = await mountMbway({ timeout: 65 });
      const said = mbway.recordAnnouncements();
      await mbway.pay();
      const pending = await mbway.next('pay-pending');
      expect(pending).to.deep.include({ provider: 'sibs', status: 'pending', paymentId: 'tx-1' });
      await mbway.settle();
      expect(mbway.waiting!.textContent).to.contain('912 345 678');
      expect(mbway.clock).to.equal('1:05');
      expect(deepActive(), 'focus on the waiting panel').to.equal(mbway.waiting);
      await mbway.until(() => mbway.clock === '1:04', 'the countdown to tick', 2500);
      await mbway.quiet();
      expect(said).to.deep.equal(['Payment request sent to +351 912 345 678. Approve it in the MB WAY app within 1 minute 5 seconds.']);
      expect(mbway.root.querySelector('[part="countdown"]')!.getAttribute('role')).to.equal('timer');
      expect(mbway.root.querySelector('[part="countdown"] time')!.getAttribute('dir')).to.equal('ltr');
    });

    it('announces the time left at intervals, not every second', async () => {
      const mbway = await mountMbway({ timeout: 12 });
      const said = mbway.recordAnnouncements();
      await mbway.pay();
      await mbway.until(() => mbway.clock === '0:09', 'ten seconds to pass', 5000);
      await mbway.quiet();
      expect(said).to.deep.equal([
        'Payment request sent to +351 912 345 678. Approve it in the MB WAY app within 12 seconds.',
        '10 seconds left to approve the payment.',
      ]);
    });

    it('approved in the app: one pay-success and the success notice, focused', async () => {
      const mbway = await mountMbway();
      await mbway.pay();
      await mbway.next('pay-pending');
      shop.statuses.set('tx-1', 'Success');
      const result = await mbway.result();
      expect(result.name).to.equal('pay-success');
      expect(result.detail).to.deep.include({ provider: 'sibs', status: 'succeeded', paymentId: 'tx-1' });
      expect((result.detail as PaymentResult).raw).to.deep.include({ paymentStatus: 'Success', transactionID: 'tx-1' });
      expect(mbway.success!.textContent).to.contain('Payment approved');
      await mbway.settle();
      expect(deepActive()).to.equal(mbway.success);
      // Read as it takes focus (the waiting panel had it): the live region doesn't say it a second time.
      expect(await mbway.quiet()).to.equal('');
      expect(mbway.names()).to.deep.equal(['pay-pending', 'pay-success']);
    });

    it('refused in the app: pay-failure, the form back with the number and the reason, a retry sends a new request', async () => {
      const mbway = await mountMbway();
      await mbway.pay('912 345 678');
      await mbway.next('pay-pending');
      shop.statuses.set('tx-1', 'Declined');
      const result = await mbway.result();
      expect(result.name).to.equal('pay-failure');
      expect((result.detail as PaymentResult).error).to.deep.equal({ code: 'payment_declined', message: 'The payment was refused in the MB WAY app.' });
      expect(mbway.input.value).to.equal('912 345 678');
      expect(mbway.submitError()).to.equal('The payment was refused in the MB WAY app. You can send a new request.');
      expect(mbway.element.pending).to.equal(false);
      expect(deepActive(), 'focus on the pay button').to.equal(mbway.button);

      shop.paymentAnswers = [{ body: mbwayPurchase('tx-2') }];
      await mbway.press('Enter');
      await mbway.until(() => mbway.names().filter((name) => name === 'pay-pending').length === 2, 'a second pay-pending');
      expect(shop.payments()).to.have.length(2);
      expect(shop.payments()[1]!.body).to.deep.equal({ method: 'mbway', customerPhone: '351#912345678' });
      shop.statuses.set('tx-2', 'Success');
      expect((await mbway.result(2)).name).to.equal('pay-success');
      expect(mbway.names()).to.deep.equal(['pay-pending', 'pay-failure', 'pay-pending', 'pay-success']);
    });

    it('not approved in time: pay-failure payment_expired, then a retry with the same number', async () => {
      const mbway = await mountMbway({ timeout: 2 });
      await mbway.pay();
      await mbway.next('pay-pending');
      await mbway.until(() => mbway.clock === '0:00', 'the countdown to end', 4000);
      expect(mbway.root.querySelector('[part="checking"]')!.textContent).to.contain('Checking');
      const result = await mbway.result(1, 8000);
      expect(result.name).to.equal('pay-failure');
      expect(result.detail).to.deep.include({ provider: 'sibs', status: 'failed', paymentId: 'tx-1' });
      expect((result.detail as PaymentResult).error!.code).to.equal('payment_expired');
      expect(mbway.submitError()).to.equal('The payment request expired before it was approved. You can send a new request.');
      expect(mbway.input.value).to.equal('912 345 678');
      shop.paymentAnswers = [{ body: mbwayPurchase('tx-3') }];
      mbway.button.click();
      await mbway.until(() => mbway.waiting !== null, 'the waiting panel again');
      expect(shop.payments()).to.have.length(2);
    });

    it('SIBS says Timeout: pay-failure payment_expired', async () => {
      const mbway = await mountMbway();
      await mbway.pay();
      await mbway.next('pay-pending');
      shop.statuses.set('tx-1', 'Timeout');
      const result = await mbway.result();
      expect((result.detail as PaymentResult).error!.code).to.equal('payment_expired');
      expect(mbway.results()).to.have.length(1);
    });

    it('removed while waiting: pay-cancel aborted, and polling stops', async () => {
      const mbway = await mountMbway();
      await mbway.pay();
      await mbway.next('pay-pending');
      mbway.element.remove();
      const result = await mbway.result();
      expect(result).to.deep.equal({ name: 'pay-cancel', detail: { provider: 'sibs', reason: 'aborted' } });
      const reads = shop.statusReads().length;
      await sleep(400);
      expect(shop.statusReads().length).to.equal(reads);
    });
  });

  describe('errors', () => {
    it('the shop’s endpoint fails: pay-error network, the form back with a message', async () => {
      shop.paymentAnswers = [{ status: 502, body: { error: { code: 'sibs_unavailable', message: 'SIBS is down' } } }];
      const mbway = await mountMbway();
      await mbway.pay();
      const result = await mbway.result();
      expect(result.name).to.equal('pay-error');
      expect(result.detail).to.deep.include({ code: 'network', provider: 'sibs' });
      expect((result.detail as { message: string }).message).to.contain('sibs_unavailable');
      expect(mbway.submitError()).to.equal('The payment request could not be sent. Please try again.');
      expect(mbway.names()).to.deep.equal(['pay-error']);
    });

    it('an answer that is not SIBS’s: pay-error invalid_response', async () => {
      shop.paymentAnswers = [{ body: { hello: 'world' } }];
      const mbway = await mountMbway();
      await mbway.pay();
      const result = await mbway.result();
      expect(result.detail).to.deep.include({ code: 'invalid_response', provider: 'sibs' });
    });

    it('a malformed status answer: pay-error invalid_response', async () => {
      const mbway = await mountMbway();
      await mbway.pay();
      await mbway.next('pay-pending');
      shop.statuses.set('tx-1', 'Approved-ish');
      const result = await mbway.result();
      expect(result.detail).to.deep.include({ code: 'invalid_response', provider: 'sibs' });
    });

    it('no payment-url: pay-error invalid_config, nothing sent', async () => {
      const mbway = await mountMbway({ paymentUrl: '' });
      await mbway.pay();
      const result = await mbway.result();
      expect(result.detail).to.deep.include({ code: 'invalid_config' });
      expect((result.detail as { message: string }).message).to.contain('payment-url');
      expect(shop.requests).to.have.length(0);
    });
  });
});
